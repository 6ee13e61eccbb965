"""Helpers shared by the CSL-JSON, RIS and Dublin Core formats: loss reports, identifier
recognition, language-tagged strings.

>>> classify_identifier("urn:isbn:0-306-40615-2")
('isbn', '0-306-40615-2')
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import ParseError
from ..lang import detect_language, normalize_space
from ..model import Contributor, Identifier, LangString, PartialDate, PersonName, Work, first_text
from ..model.identifiers import normalize_doi, normalize_isbn, normalize_issn, normalize_url
from ..report import Report

__all__ = [
    "changed_fields",
    "changed_values",
    "classify_identifier",
    "clean_text",
    "full_title",
    "is_empty",
    "lang_string",
    "language_tag",
    "no_gc",
    "option_flag",
    "parse_date",
    "record_label",
    "reference_works",
    "report_extra",
    "safe_identifier",
    "split_person_name",
    "xml_bytes",
]


def full_title(title: str | None, subtitles: list[LangString], addon: str | None,
               lang: str | None) -> str | None:
    """A title, its subtitle and its annex as one string, for formats with one title field
    (pandoc joins biblatex's ``booktitle``, ``booksubtitle``, ``booktitleaddon`` so too).

    >>> full_title("Kants Werke", [LangString(value="Akademie Textausgabe")], "Abdruck", None)
    'Kants Werke: Akademie Textausgabe. Abdruck'
    """
    if not title:
        return None
    sub = first_text(subtitles, lang)
    return title + (f": {sub}" if sub else "") + (f". {addon}" if addon else "")


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (restored after): writers build many small dicts and
    no reference cycles, and on large batches the collector's passes only cost time.

    >>> with no_gc():
    ...     gc.isenabled()
    False
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def record_label(work: Work, index: int | None = None) -> str:
    """How a report names a work: its id, else its title, else its position.

    >>> record_label(Work(id="x"))
    'x'
    """
    if work.id:
        return work.id
    if work.title:
        return work.title[:60]
    return f"#{index + 1}" if index is not None else "<work>"


def is_empty(value: Any) -> bool:
    """True for ``None``, empty containers and ``False``.

    >>> is_empty([]), is_empty("a")
    (True, False)
    """
    return value is None or value is False or (hasattr(value, "__len__") and len(value) == 0)


def changed_fields(want: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """The fields of ``want`` (a model dump) that did not come back unchanged in ``got`` (the dump
    of what a writer's output reads back as), each with ``True`` when nothing came back at all
    (the field was dropped) and ``False`` when something else did (degraded). The one loss
    check behind every exact loss report.

    Ids inside fields (``aff1``, ``ref3``: a document's own cross-reference keys, which a writer
    makes up when the work has none) are not compared.

    >>> changed_fields({"title": "A", "volume": "3", "page": None}, {"title": "a", "page": "1"})
    {'title': False, 'volume': True}
    >>> changed_fields({"references": [{"id": None, "raw": "x"}]}, {"references": [{"id": "ref1", "raw": "x"}]})
    {}
    >>> changed_fields({"page": "1-22"}, {"page": "1–22"})
    {}
    """
    if isinstance(want.get("extra"), dict) and isinstance(got.get("extra"), dict):
        got = {**got, "extra": _same_dialect_keys(want["extra"], got["extra"])}
    return {k: is_empty(got.get(k)) for k, v in want.items()
            if not is_empty(v) and not _same_but_ids(v, got.get(k))
            and not (k == "page" and _dash_range(v) == _dash_range(got.get(k)))}  # fmt: skip


def changed_values(want: BaseModel, got: BaseModel | None, keys: Iterable[str]) -> dict[str, bool]:
    """``changed_fields`` of the two models' JSON dumps restricted to ``keys`` (in that order),
    worked out on the models themselves: most values that differ do so in a plain field found
    at once, and dumping a work's references and sections cost more than the rest of the check.
    A value this cannot judge (a JSON dict, a float, a value of another type) is dumped.

    >>> from scholarmeta.model import LangString
    >>> changed_values(Work(titles=[LangString(value="A")], page="1-2", volume="3"),
    ...                Work(titles=[LangString(value="a")], page="1–2"), ["titles", "page", "volume"])
    {'titles': False, 'volume': True}
    """
    out: dict[str, bool] = {}
    for k in keys:
        v = getattr(want, k)
        g = getattr(got, k) if got is not None else None
        if k == "extra" and isinstance(v, dict) and isinstance(g, dict):
            g = _same_dialect_keys(v, g)
        if is_empty(v) or v is g or v == g:
            continue
        if k == "page" and _dash_range(v) == _dash_range(g):
            continue
        same = _same_values(v, g)
        if same is None:
            back = got.model_dump(mode="json", include={k}).get(k) if got is not None else None
            if k == "extra" and isinstance(back, dict):
                back = _same_dialect_keys(v, back)
            same = _same_but_ids(want.model_dump(mode="json", include={k})[k], back)
        if not same:
            out[k] = is_empty(g)
    return out


_BIB_DIALECTS = ("bibtex:", "biblatex:")


def _same_dialect_keys(want: dict[str, Any], got: dict[str, Any]) -> dict[str, Any]:
    """``got`` with a ``biblatex:x`` key named ``bibtex:x`` where ``want`` has that one (and the
    other way round): the same .bib field, read back by the other dialect's reader.

    >>> _same_dialect_keys({"bibtex:numpages": "8"}, {"biblatex:numpages": "8"})
    {'bibtex:numpages': '8'}
    """
    if not any(k.startswith(_BIB_DIALECTS) for k in got):
        return got
    out: dict[str, Any] = {}
    for k, v in got.items():
        if k.startswith(_BIB_DIALECTS) and k not in want:
            name = k.partition(":")[2]
            twin = next((p + name for p in _BIB_DIALECTS if p + name in want and p + name not in got), None)
            k = twin or k
        out[k] = v
    return out


def loss_fields(key: str, empty: bool, want: Work, got: Work | None) -> list[tuple[str, bool]]:
    """The fields to name for a changed ``key`` (with whether nothing came back): an
    ``extra`` that changed is named key by key, since "extra" alone says nothing of what went.

    >>> loss_fields("extra", False, Work(extra={"a": 1, "b": 2}), Work(extra={"a": 1}))
    [('extra[b]', True)]
    """
    if key != "extra":
        return [(key, empty)]
    kept = _same_dialect_keys(want.extra, got.extra) if got is not None else {}
    lost = [(extra_field(k), k not in kept) for k, v in want.extra.items() if kept.get(k) != v]
    return lost or [(key, empty)]


_SCALARS = (str, int, bool, type(None))  # dumped as they are (exact types: no subclass)
_ABSENT = object()


def _same_values(a: Any, b: Any) -> bool | None:
    """``_same_but_ids`` of the JSON dumps of ``a`` and ``b`` (models, lists of them, plain
    scalars), worked out without dumping; ``None`` when a value is of another kind."""
    ta, tb = type(a), type(b)
    if ta in _SCALARS and tb in _SCALARS:
        return bool(a == b)
    if ta is list and tb is list:
        if len(a) != len(b):
            return False
        for x, y in zip(a, b, strict=True):
            if x is not y and x != y:
                same = _same_values(x, y)
                if not same:
                    return same
        return True
    if ta is tb and isinstance(a, BaseModel):
        da, db = a.__dict__, b.__dict__
        for name in ta.model_fields:
            if name == "id":
                continue
            x, y = da.get(name, _ABSENT), db.get(name, _ABSENT)
            if name == "lang" and x is None:  # a language the reader added: nothing lost
                continue
            if x is _ABSENT or y is _ABSENT:
                return None
            if x is not y and x != y:
                same = _same_values(x, y)
                if not same:
                    return same
        return True
    # a list or a model against None (dumped: a list or a dict against null)
    if (a is None and (tb is list or isinstance(b, BaseModel))) or (
        b is None and (ta is list or isinstance(a, BaseModel))
    ):
        return False
    return None


_RANGE_DASH = re.compile(r"\s*[-‐‑–—]+\s*")


def _dash_range(value: Any) -> Any:
    """A page range with its dash written one way: ``1-22``, ``1--22`` and ``1–22`` are one range
    (writers set the range dash of their format, readers give it back as an en dash)."""
    return _RANGE_DASH.sub("–", value) if isinstance(value, str) else value


def _same_but_ids(a: Any, b: Any) -> bool:
    """``a == b`` when the ``"id"`` keys of every dict inside are left out (compared in place,
    stopping at the first difference, without building id-less copies).

    >>> _same_but_ids([{"id": "ref1", "raw": "x"}], [{"raw": "x", "id": None}])
    True
    >>> _same_but_ids({"raw": "x"}, {"raw": "x", "label": "1"}), _same_but_ids([1], [1, 2])
    (False, False)
    >>> _same_but_ids({"value": "A", "lang": None}, {"value": "A", "lang": "en"})
    True
    """
    if isinstance(a, dict):
        if not isinstance(b, dict):
            return False
        n = 0
        for k, v in a.items():
            if k == "id":
                continue
            if k not in b:
                return False
            w = b[k]
            # equal as they are (compared in C) is equal without the ids: no need to recurse;
            # a language the source did not state, which the reader added, is nothing lost
            if v != w and not (k == "lang" and v is None) and not _same_but_ids(v, w):
                return False
            n += 1
        return n == len(b) - ("id" in b)
    if isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            return False
        for x, y in zip(a, b, strict=True):
            if x != y and not _same_but_ids(x, y):
                return False
        return True
    if isinstance(b, (dict, list)):
        return False
    return bool(a == b)


def lang_string(text: Any, lang: str | None = None) -> LangString | None:
    """A ``LangString`` for ``text`` (white space normalised), in ``lang`` or the detected
    language; ``None`` for empty text.

    >>> lang_string(" Мақала және   зерттеу ")
    LangString(value='Мақала және зерттеу', lang='kk')
    """
    if text is None:
        return None
    value = normalize_space(str(text))
    if not value:
        return None
    return LangString(value=value, lang=lang or detect_language(value))


def safe_identifier(scheme: str, value: str) -> Identifier | None:
    """The identifier, or ``None`` when it does not validate.

    >>> safe_identifier("issn", "1234-5678") is None
    True
    """
    try:
        return Identifier(scheme=scheme, value=value)
    except (ValidationError, ValueError):
        return None


_ISBN_SHAPE = re.compile(r"^(?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx]$")
_ISSN_SHAPE = re.compile(r"^\d{4}-?\d{3}[\dXx]$")


def classify_identifier(text: str) -> tuple[str, str] | None:
    """Recognise an identifier by its shape: DOI, ISBN, ISSN, URL (with or without a prefix).

    >>> classify_identifier("https://doi.org/10.1000/182")
    ('doi', '10.1000/182')
    >>> classify_identifier("0378-5955")
    ('issn', '0378-5955')
    """
    s = text.strip()
    low = s.lower()
    for prefix, scheme in (
        ("urn:isbn:", "isbn"),
        ("isbn:", "isbn"),
        ("isbn ", "isbn"),
        ("urn:issn:", "issn"),
        ("issn:", "issn"),
        ("issn ", "issn"),
    ):
        if low.startswith(prefix):
            try:
                fn = normalize_isbn if scheme == "isbn" else normalize_issn
                return scheme, fn(s[len(prefix) :].strip())
            except ValueError:
                return None
    if re.match(r"^(?:doi:|info:doi/|urn:doi:|https?://(?:dx\.)?doi\.org/|10\.\d{4,9}/)", low):
        try:
            return "doi", normalize_doi(s)
        except ValueError:
            return None
    compact = s.replace(" ", "")
    if _ISSN_SHAPE.match(compact):
        try:
            return "issn", normalize_issn(compact)
        except ValueError:
            return None
    if _ISBN_SHAPE.match(s):
        try:
            return "isbn", normalize_isbn(s)
        except ValueError:
            return None
    if re.match(r"^(?:https?|ftp)://", low):
        try:
            return "url", normalize_url(s)
        except ValueError:
            return None
    return None


_YMD = re.compile(r"^\s*(-?\d{1,4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")
_DMY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$")


def parse_date(text: str) -> PartialDate | None:
    """A ``PartialDate`` from ``2019``, ``2019-05-03``, ``2019/05/03``, EDTF or anything else
    (kept as a literal); ``None`` for empty text.

    >>> parse_date("2019/05/03").iso()
    '2019-05-03'
    >>> parse_date("Spring 2019").literal
    'Spring 2019'
    >>> parse_date("OCT 2019").iso(), parse_date("2019 Oct 15").iso()  # WoS, PubMed, EndNote
    ('2019-10', '2019-10-15')
    >>> parse_date("1/14/2026").iso(), parse_date("14.01.2026").iso()  # the year last
    ('2026-01-14', '2026-01-14')
    """
    s = normalize_space(text)
    if not s:
        return None
    m = _DMY.match(s)
    if m:  # the year last: "1/14/2026" (US exports), "14.01.2026", "14/1/2026"
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        # month first with a slash unless that cannot be (the US form exporters write);
        # day first with a dot or a hyphen unless that cannot be (the European form)
        month_first = (m.group(2) == "/" and a <= 12) or b > 12
        month, day = (a, b) if month_first else (b, a)
        try:
            return PartialDate(year=year, month=month, day=day)
        except ValidationError:
            return PartialDate(literal=s)
    m = _YMD.match(s)
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
        try:
            return PartialDate(year=y, month=mo, day=d if mo else None)
        except ValidationError:
            pass
    try:
        parsed = PartialDate.parse(s)
        if parsed.year is not None or not parsed.literal:
            return parsed
    except (ValidationError, ValueError):
        pass
    if re.search(r"[^\W\d_]", s) and re.search(r"\d{4}", s):
        # one month name and a year ("OCT 2019", "15 October 2019", "2019 Oct 15"); a range of
        # months ("JAN-FEB 2020") or a season stays a literal
        from ._html_meta import _MONTHS
        from ._html_meta import parse_date as page_date

        words = re.findall(r"[^\W\d_]+", s.lower())
        if len(words) == 1 and (words[0] in _MONTHS or words[0][:3] in _MONTHS):
            named = page_date(s)
            if named is not None and named.month is not None:
                return named
    return PartialDate(literal=s)


LANGUAGE_NAMES: dict[str, str] = {
    "english": "en", "anglais": "en", "englisch": "en", "inglês": "en", "inglés": "en",
    "английский": "en", "ағылшын": "en", "eng": "en",
    "russian": "ru", "русский": "ru", "russe": "ru", "russisch": "ru", "орыс": "ru", "rus": "ru",
    "kazakh": "kk", "қазақ": "kk", "казахский": "kk", "kaz": "kk", "kazakh (cyrillic)": "kk",
    "german": "de", "deutsch": "de", "allemand": "de", "ger": "de", "deu": "de",
    "french": "fr", "français": "fr", "francais": "fr", "französisch": "fr", "fre": "fr",
    "fra": "fr", "italian": "it", "italiano": "it", "italien": "it", "ita": "it",
    "spanish": "es", "español": "es", "espagnol": "es", "spa": "es",
    "portuguese": "pt", "português": "pt", "por": "pt", "chinese": "zh", "chi": "zh",
    "zho": "zh", "japanese": "ja", "jpn": "ja", "polish": "pl", "polski": "pl", "pol": "pl",
    "hungarian": "hu", "magyar": "hu", "hun": "hu", "hebrew": "he", "heb": "he",
    "arabic": "ar", "ara": "ar", "ukrainian": "uk", "українська": "uk", "ukr": "uk",
    "turkish": "tr", "türkçe": "tr", "tur": "tr", "dutch": "nl", "nederlands": "nl",
    "dut": "nl", "nld": "nl", "uzbek": "uz", "kyrgyz": "ky", "tatar": "tt", "татарча": "tt",
    "bel": "be", "kir": "ky", "uzb": "uz", "ces": "cs", "cze": "cs", "swe": "sv", "fin": "fi", "kor": "ko", "tat": "tt",
}  # fmt: skip
"""Language names (English and endonyms) and ISO 639-2 codes met in metadata -> BCP-47."""


def language_tag(text: str) -> str | None:
    """A BCP-47 tag for a language tag or name (``English``, ``rus``, ``kk-KZ``); else ``None``.

    >>> language_tag("English (EN)"), language_tag("ru_RU"), language_tag("Klingon")
    ('en', 'ru-RU', None)
    """
    s = text.strip()
    first = re.split(r"[,;(/.]|\s+(?:and|in)\s", s)[0].strip().lower()
    if first in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[first]
    try:
        return Work(language=s).language
    except ValidationError:
        pass
    word = first.split()[0] if first.split() else ""
    return LANGUAGE_NAMES.get(word)


def split_person_name(text: str) -> PersonName | None:
    """``Family, Given[, Suffix]``; without a comma ``Family I.I.`` or ``Given Family``.

    >>> split_person_name("Иванов И.И.").family, split_person_name("Jane Doe").family
    ('Иванов', 'Doe')
    """
    s = normalize_space(text)
    if not s:
        return None
    if "," in s:
        fam, _, rest = s.partition(",")
        given, _, suffix = rest.partition(",")
        if not fam.strip():
            return PersonName(literal=s)
        return PersonName(
            family=fam.strip(), given=given.strip() or None, suffix=suffix.strip() or None
        )
    words = s.split()
    if len(words) == 1:
        return PersonName(family=s)
    if all(re.fullmatch(r"(?:\w\.)+(?:-\w\.)?|\w{1,2}", w) for w in words[1:]):
        return PersonName(family=words[0], given=" ".join(words[1:]))
    return PersonName(family=words[-1], given=" ".join(words[:-1]))


def read_person_name(text: str, lang: str | None = None) -> PersonName | None:
    """A name field as a reader takes it: ``split_person_name``, None for a name the model
    refuses, tagged with ``lang`` (an ``xml:lang``), else with the language of its letters.

    >>> read_person_name("Иванов, И.").lang, read_person_name("Doe, J.", "de").lang
    ('ru', 'de')
    """
    try:
        name = split_person_name(text)
    except ValidationError:
        return None
    return name.model_copy(update={"lang": lang or detect_language(text)}) if name else None


# words that make a name field an organisation's, not a person's ("World Health Organization",
# "Helsingin yliopisto, soveltavan biologian laitos", "Институт физики"); the weak ones are also
# family names ("Press", "Center"): they need a longer name, not inverted ("Family, Given")
_ORG_WORD = re.compile(
    r"(?i)\b(?:universit\w*|univ\.|yliopisto\w*|hochschule|institut\w*|инстит\w*|университет\w*"
    r"|академи\w*|academy|akademi\w*|faculty|fakult\w*|facultad|faculdade|department"
    r"|departamento|laitos|laborator\w*|лаборатор\w*|ministry|министерств\w*|министрлігі"
    r"|organi[sz]ation|организаци\w*|association|society|committee|комитет\w*|consortium"
    r"|collaboration|corporation|gmbh|secretaria|commission)\b"
)
_WEAK_ORG_WORD = re.compile(
    r"(?i)\b(?:college|school|council|foundation|agency|bureau|centre|center|центр\w*|company"
    r"|inc|ltd|press|library|bibliothek|museum|office|government|group|team)\b"
)


def is_organization_name(text: str) -> bool:
    """A name field naming a body: an organisation word in more words than a person's name.

    >>> is_organization_name("World Health Organization"), is_organization_name("Doe, Jane")
    (True, False)
    >>> is_organization_name("Helsingin yliopisto, soveltavan biologian laitos")
    True
    >>> is_organization_name("Press, John"), is_organization_name("Oxford University Press")
    (False, True)
    """
    s = normalize_space(text)
    words = len(s.replace(",", " ").split())
    if _ORG_WORD.search(s):
        return words > 1
    return "," not in s and words > 2 and _WEAK_ORG_WORD.search(s) is not None


def read_contributor(text: str, role: str, lang: str | None = None) -> Contributor | None:
    """A name field as a contributor: an organisation (``is_organization_name``) or a person
    (``read_person_name``); None when neither can be read."""
    if is_organization_name(text):
        org = lang_string(text, lang)
        if org is None:
            return None
        return Contributor(kind="organization", organization=[org], roles=[role])
    name = read_person_name(text, lang)
    return Contributor(name=name, roles=[role]) if name is not None else None


def extra_field(key: str) -> str:
    """How a report names one key of ``extra``.

    >>> extra_field("html:phone")
    'extra[html:phone]'
    """
    return f"extra[{key}]"


def option_flag(value: Any) -> bool | None:
    """A writer option given as a bool or as CLI text (``true``/``no``/``auto``).

    >>> option_flag("no"), option_flag(True), option_flag("auto")
    (False, True, None)
    """
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("", "auto"):
        return None
    return text not in ("0", "false", "no", "off")


def reference_works(works: list[Work]) -> list[Work]:
    """The works' references as works (:meth:`Reference.as_work`): the structured ones as they
    are, the others as a ``document`` titled with the raw string.

    >>> from scholarmeta.model import Reference
    >>> [w.title for w in reference_works([Work(references=[Reference(raw="Doe. T. 2020.")])])]
    ['Doe. T. 2020.']
    """
    return [ref.as_work(n) for work in works for n, ref in enumerate(work.references, 1)]


def report_extra(extra: dict[str, Any], report: Report, since: int, **where: Any) -> None:
    """Report as unmapped each ``extra`` key that no diagnostic since ``report[since]`` names,
    so nothing lands in ``extra`` silently.

    >>> r = Report(); report_extra({"ris:ZZ": "v"}, r, 0, format="ris"); [d.field for d in r]
    ['ZZ']
    """
    named = {d.field for d in report[since:]}
    for key in extra:
        name = key.split(":", 1)[-1]
        if name not in named:
            report.add(
                "unmapped", f"{name} has no Work field; kept in extra[{key!r}]", field=name, **where
            )


# XML 1.0 forbids C0 controls other than tab/newline/CR, surrogates, U+FFFE and U+FFFF.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_BAD_CHARS = tuple(chr(c) for c in (*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF))


def has_bad_xml(text: str) -> bool:
    """``_BAD_XML.search(text)``, several times faster on long texts: one C scan
    (``isprintable``) for the common text, else one per character (``in``) and the UTF-8
    encoder, which refuses lone surrogates.

    >>> has_bad_xml("ok\\n"), has_bad_xml("a\\x0bb"), has_bad_xml("\\ud800")
    (False, True, True)
    """
    if text.isprintable():  # C0 controls, surrogates, U+FFFE/U+FFFF are not printable
        return False
    for c in _BAD_CHARS:
        if c in text:
            return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean_text(text: str) -> str:
    """Remove characters XML 1.0 cannot hold.

    >>> clean_text("a\\x00b\\x1fc")
    'abc'
    """
    return _BAD_XML.sub("", text)


def xml_bytes(text: str, source: str | None) -> bytes:
    """``text`` as UTF-8 for lxml; a lone surrogate (no character, so no XML) is a ParseError
    naming its line.

    >>> xml_bytes("<a/>", None)
    b'<a/>'
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise ParseError(
            "not valid Unicode text (a lone surrogate)", source=source, line=line
        ) from None
