"""Free-text reference strings into structured references (APA, MLA, Chicago, Harvard,
Vancouver, IEEE, GOST R 7.0.5-2008 / GOST 7.1-2003, Kazakh GOST lists).

A linear-chain CRF (python-crfsuite; no pure-Python sequence labeller is fast enough) labels
tokens; rules then turn labelled runs into CSL fields and a ``Work``. The model file ships in
``data/`` and is rebuilt with ``python scripts/train_refparse.py``.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from importlib import resources
from typing import Any

import pycrfsuite

from ..lang import detect_language, normalize_space
from ..model import Contributor, Identifier, LangString, PersonName, Reference, Work
from ..model.dates import PartialDate
from ..model.identifiers import normalize_url
from ._acts import finish_act, finish_standard
from ._cjk import is_cjk
from ._features import featurize, tokenize
from ._fields import doi_from_link, fields_from_labels, guess_type, is_reference

__all__ = [
    "LEXICON_FILE",
    "MODEL_FILE",
    "finish_fields",
    "label_tokens",
    "parse_fields",
    "parse_reference",
    "parse_references",
    "split_list",
]

MODEL_FILE = "refparse.crfsuite"
"""Name of the shipped model inside ``scholarmeta/refparse/data``."""
LEXICON_FILE = "refparse-lexicon.json"
"""Word lexicon the model's features use (built from the same training data)."""

_LOCAL = threading.local()  # a crfsuite Tagger must not be shared between threads
# what follows an item's number: "12.", "12)", and "12-Smith" / "12 – Smith" (a hyphen before
# a name: not "3-D printing", whose letter after the hyphen stands alone)
_NUMBER_MARK = r"(?:[.)](?!\d)|[-–](?=\s*[^\W\d_][^\W\d_]))"
# "[12]", "(12)" and the marks above: the label goes to Reference.label
_LABEL_RE = re.compile(
    rf"^\s*(?:\[(\d{{1,4}}[a-z]?)\]|\((\d{{1,4}})\)|(\d{{1,3}})\s*{_NUMBER_MARK})\s*"
)


_LEXICON: dict[str, str] = {}


def _tagger() -> Any:
    tagger = getattr(_LOCAL, "tagger", None)
    if tagger is None:
        ref = resources.files(__name__) / "data" / MODEL_FILE
        with resources.as_file(ref) as path:
            if not path.exists():
                raise RuntimeError(f"{path} is missing: run python scripts/train_refparse.py")
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
        lex = resources.files(__name__) / "data" / LEXICON_FILE
        if not _LEXICON and lex.is_file():
            _LEXICON.update(json.loads(lex.read_text(encoding="utf-8")))
        _LOCAL.tagger = tagger
    return tagger


def label_tokens(
    text: str, tagger: Any = None, lex: dict[str, str] | None = None
) -> tuple[list[tuple[str, int, int]], list[str]]:
    """Tokens of ``text`` and their predicted labels (``tagger`` and its ``lex`` word
    lexicon default to the shipped model).

    >>> toks, labels = label_tokens("Иванов И.И. Физика. М.: Наука, 2019. 288 с.")
    >>> labels[0], labels[-3]
    ('author', 'pages')
    """
    toks = tokenize(text)
    if not toks:
        return toks, []
    if tagger is None:
        tagger, lex = _tagger(), _LEXICON
    labels: list[str] = tagger.tag(featurize(text, toks, lex))
    return toks, labels


def parse_fields(text: str, tagger: Any = None) -> dict[str, Any]:
    """CSL-named fields of one reference string (``{}`` for a line that is no reference).

    >>> parse_fields("Smith J. A. Deep learning. London: Routledge, 2019.")["publisher"]
    'Routledge'
    """
    if not is_reference(text):
        return {}
    toks, labels = label_tokens(text, tagger)
    return _finish(text, toks, labels)


def finish_fields(text: str, toks: list[tuple[str, int, int]], labels: list[str]) -> dict[str, Any]:
    """Fields and type from labelled tokens (the rule stage after the CRF).

    >>> finish_fields("Doe J. 2020", tokenize("Doe J. 2020"), ["author"] * 3 + ["date"])["type"]
    'document'
    """
    return _finish(text, toks, labels) if is_reference(text) else {}


# a line whose only field is a "title" shows no sign of being a reference: a sentence
# ("Автор алғысын білдіреді.") would be a book titled by itself
_TITLE_ONLY = frozenset({"title", "note", "citation-number"})


_PROSE_WORD = re.compile(r"[^\W\d_]+")


def _prose(text: str) -> bool:
    """A sentence, not a title: no figures or quotes, most words in lower case.

    >>> _prose("Автор алғысын білдіреді."), _prose("Optimising Comprehensibility in Translation")
    (True, False)
    """
    words: list[str] = _PROSE_WORD.findall(text)
    if not words or re.search(r"[\d\"«»“”:]", text):
        return False
    return 2 * sum(w[0].islower() for w in words) >= len(words)


# an act's kind opening the line ("Закон Республики Казахстан …", "Кодекс …", "Указ …")
_ACT_LEAD = re.compile(
    r"\s*(?:Федеральный\s+закон|Закон|Кодекс|Указ|Постановление|Приказ|Распоряжение)\b"
)
_ACT_OF = re.compile(r"\bот\s+\d{1,2}[.\s]")  # "от 7 июля 2020", "от 29.12.2012"


def _finish(text: str, toks: list[tuple[str, int, int]], labels: list[str]) -> dict[str, Any]:
    f = fields_from_labels(text, toks, labels)
    if "title" in f and not {k for k in f if not k.startswith("_")} - _TITLE_ONLY and _prose(text):
        return {"type": "document"}
    if f.get("author") and _ACT_LEAD.match(text) and ("№" in text or _ACT_OF.search(text)):
        # "Кодекс Республики Казахстан «…» от 7 июля 2020 года № 360-VI": an act, no author
        del f["author"]
        f.setdefault("title", text)
    f["type"] = guess_type(f, text)
    if f["type"] == "article-newspaper" and "page" not in f and "number-of-pages" in f:
        f["page"] = f.pop("number-of-pages")  # "– 3 б." in a newspaper: its page, no count
    finish_standard(f, text)
    if f["type"] == "legislation":
        finish_act(f, text)
    return f


def _given(g: str | None) -> str | None:
    if g and re.search(r"(?:^|[\s.\-])[^\W\d_]$", g) and "." in g + ".":
        last = g.split()[-1].split(".")[-1]
        if len(last) == 1 and last.isupper() and ("." in g or len(g) == 1):
            return g + "."
    return g


_CJK_LANGS = frozenset({"zh", "ja", "ko"})


def _own_lang(value: str, lang: str | None) -> str | None:
    """The reference's language, or the value's own where the value is written in CJK and
    the reference is not, or the other way round ("马达, …, The Environment …")."""
    if value.isascii():
        return lang if lang not in _CJK_LANGS else detect_language(value)
    if is_cjk(value) != (lang in _CJK_LANGS):
        return detect_language(value)
    return lang


def _contributors(f: dict[str, Any], lang: str | None) -> list[Contributor]:
    out: list[Contributor] = []
    for role in ("author", "editor", "translator"):
        for n in f.get(role, []):
            if "literal" in n:
                out.append(
                    Contributor(
                        kind="organization",
                        organization=[
                            LangString(value=n["literal"], lang=_own_lang(n["literal"], lang))
                        ],
                        roles=[role],
                    )
                )
            else:
                name = PersonName(
                    family=n.get("family"),
                    given=_given(n.get("given")),
                    suffix=n.get("suffix"),
                    lang=_own_lang(n.get("family") or n.get("given") or "", lang),
                )
                out.append(Contributor(name=name, roles=[role]))
    return out


def _issued(f: dict[str, Any]) -> PartialDate | None:
    """The date of issue: the year the fields give, with the month the rules kept beside it."""
    if not f.get("issued"):
        return None
    if f.get("_month") and re.fullmatch(r"\d{4}", f["issued"]):
        return PartialDate.parse(f"{f['issued']}-{f['_month']:02d}")
    return PartialDate.parse(f["issued"])


def _work(f: dict[str, Any], lang: str | None) -> Work:
    def ls(key: str) -> list[LangString]:
        return [LangString(value=f[key], lang=_own_lang(f[key], lang))] if f.get(key) else []

    extra: dict[str, Any] = {}
    idents: list[Identifier] = []
    doi = doi_from_link(f.get("URL", ""))
    if doi and "DOI" not in f:  # a doi.org link is the DOI too
        f = {**f, "DOI": doi}
    for key, scheme in (("DOI", "doi"), ("ISBN", "isbn"), ("ISSN", "issn")):
        if key in f:
            try:
                idents.append(Identifier(scheme=scheme, value=f[key]))
            except ValueError:
                extra[f"refparse:{key}"] = f[key]
    url = f.get("URL")
    if url:
        try:
            normalize_url(url)  # the check Work(url=…) makes, without building a Work
        except ValueError:
            extra["refparse:URL"] = url
            url = None
    if f.get("_ids"):
        extra["refparse:id"] = f["_ids"]
    for role in ("author", "editor", "translator"):
        if f.get(f"_{role}_etal"):
            extra[f"refparse:{role}-et-al"] = True
    accessed = None
    if f.get("accessed"):
        try:
            accessed = PartialDate.parse(f["accessed"])
        except ValueError:
            extra["refparse:accessed"] = f["accessed"]
    return Work(
        type=f.get("type", "document"),
        language=lang,
        genre=f.get("genre"),
        titles=ls("title"),
        contributors=_contributors(f, lang),
        container_titles=ls("container-title"),
        collection_titles=ls("collection-title"),
        volume=f.get("volume"),
        issue=f.get("issue"),
        page=f.get("page"),
        number=f.get("number"),
        number_of_pages=f.get("number-of-pages"),
        edition=f.get("edition"),
        publisher=ls("publisher"),
        publisher_place=ls("publisher-place"),
        issued=_issued(f),
        accessed=accessed,
        identifiers=idents,
        url=url,
        notes=ls("note"),
        extra=extra,
    )


def parse_reference(text: str, lang: str | None = None) -> Reference:
    """Parse one reference string. The raw string (without a leading citation number, which
    goes to ``label``) is always kept; a line that is no reference keeps type ``document``
    and no other field.

    >>> r = parse_reference("1. Иванов И.И. Физика. – М.: Наука, 2019. – 288 с.")
    >>> r.label, r.work.type, r.work.publisher[0].value, r.work.issued.year
    ('1', 'book', 'Наука', 2019)
    """
    raw = normalize_space(text)
    label = None
    m = _LABEL_RE.match(raw)
    if m and len(raw) > m.end():
        label = next(g for g in m.groups() if g)
        raw = raw[m.end() :]
    lang = lang or detect_language(raw)
    fields = parse_fields(raw)
    try:
        work = _work(fields, lang) if fields else Work(type="document", language=lang)
    except ValueError:  # a field the model rejects: keep the string rather than fail
        work = Work(type="document", language=lang)
    return Reference(raw=raw, label=label, lang=lang, work=work)


_NEW_ITEM_START = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+(?:-[^\W\d_]+)?,?\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*){1,3}"
    r"(?=[,A-ZА-ЯЁӘҒҚҢӨҰҮҺІ(])"
)
_ITEM_RE = re.compile(rf"^\s*(?:\[\d{{1,4}}\]|\d{{1,3}}\s*{_NUMBER_MARK})\s*")


def split_list(lines: Iterable[str] | str) -> list[str]:
    """Reference strings of a list; numbered items ("1. ", "[1] ", "1) ", "1- ") absorb the
    wrapped lines that follow them.

    >>> split_list(["1. Doe J. A long", "title. 2020.", "2) Roe R. Other. 2021."])
    ['1. Doe J. A long title. 2020.', '2) Roe R. Other. 2021.']
    """
    if isinstance(lines, str):
        lines = lines.splitlines()
    items = [s for s in (normalize_space(x) for x in lines) if s]
    if not any(_ITEM_RE.match(s) for s in items):
        return items
    out: list[str] = []
    numbered = False  # lines before the first numbered item stand alone
    for s in items:
        if _ITEM_RE.match(s):
            out.append(s)
            numbered = True
        elif not numbered or not _continues(out[-1], s):
            out.append(s)
        else:
            out[-1] = out[-1].removesuffix("-") + ("" if out[-1].endswith("-") else " ") + s
    return out


def _continues(prev: str, line: str) -> bool:
    """Whether an unnumbered ``line`` after a numbered item is that item wrapped: always,
    unless the item is complete (it ends in a full stop or a bracket) and the line opens
    with an author heading of its own ("Иванов И.И.", "Doe, J.")."""
    if not prev.rstrip().endswith((".", ")", "]", "»", "”", '"')):
        return True
    return _NEW_ITEM_START.match(line) is None


def parse_references(lines: Iterable[str] | str, lang: str | None = None) -> list[Reference]:
    """Parse a reference list: one string per reference, or a numbered list whose items
    may wrap over several lines (blank lines skipped).

    >>> [r.label for r in parse_references(["[1] Doe J. Title. 2020.", "[2] Roe R. Other. 2021."])]
    ['1', '2']
    """
    return [parse_reference(s, lang) for s in split_list(lines)]
