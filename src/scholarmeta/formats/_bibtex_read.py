"""Reading BibTeX and biblatex into ``Work``: one reader for both dialects.

bibtexparser v2 splits the file into blocks (without its middlewares, which are slow); we
resolve ``@string`` macros and ``#`` concatenation, ``crossref`` / ``xdata`` inheritance, decode
LaTeX with :mod:`scholarmeta.latex` and split names with :mod:`scholarmeta.names`.
Works are built with ``model_construct`` from values checked here (identifiers and dates still go
through their validators), because pydantic validation was the largest cost on big files.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel

from ..lang import detect_language as _detect_language
from ..latex import latex_to_unicode, strip_outer_braces
from ..model import (
    Abstract,
    Contributor,
    Identifier,
    KeywordGroup,
    LangString,
    PersonName,
    Work,
)
from ..model.dates import PartialDate
from ..names import is_others, parse_name, split_names, split_patronymic
from ..report import Diagnostic, Report
from ._bibtex_tables import (
    BIBLATEX_TO_CSL,
    EDITORTYPE_TO_ROLE,
    LANGID_TO_BCP47,
    MONTHS,
    NAME_FIELDS,
)
from ._common import no_gc as _no_gc

__all__ = ["INHERIT_TITLE", "read_bib", "sniff_bib"]

_M = TypeVar("_M", bound=BaseModel)

_ENTRY_RE = re.compile(r"^\s*@\s*([A-Za-z]+)\s*[{(]", re.M)
_BIBLATEX_HINTS = re.compile(
    r"[\s,{](?:journaltitle|date|langid|location|urldate|eprinttype|xdata|editora|"
    r"editoratype|maintitle|pagetotal|origdate|eventtitle)\s*=|^\s*@(?:online|mvbook|"
    r"bookinbook|xdata|dataset|software|thesis|report|mvcollection|inreference|set)\s*[{(]",
    re.I | re.M,
)
_ENCODING_HINT = re.compile(
    r"(?:-\*-\s*coding:\s*([\w.-]+?)(?:-unix|-dos|-mac)?\s*-\*-|%\s*!TEX\s+encoding\s*=\s*"
    r"([\w.-]+)|jabref-meta:\s*encoding:?\s*([\w.-]+)|^%\s*Encoding:\s*([\w.-]+))",
    re.I | re.M,
)

# Parent title -> child field, by parent type (biblatex's default inheritance rules).
INHERIT_TITLE: dict[str, str] = {
    "book": "booktitle", "collection": "booktitle", "proceedings": "booktitle",
    "reference": "booktitle", "mvbook": "maintitle", "mvcollection": "maintitle",
    "mvproceedings": "maintitle", "mvreference": "maintitle", "periodical": "journaltitle",
}  # fmt: skip
_NO_INHERIT = frozenset("ids crossref xref entryset entrysubtype execute label options related "
                        "relatedoptions relatedstring relatedtype shorthand shorthandintro "
                        "sortkey xdata key".split())  # fmt: skip

_SPACE = re.compile(r"\s+")
_DASH_SPACES = re.compile(r"(?<=\w)\s+([-–—])\s+(?=\w)")
_YEAR = re.compile(r"^\s*(-?\d{1,4})\s*$")
_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*(?:[-–—/]+)\s*(\d{4})\s*$")
_YEAR_IN = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_URL_IN = re.compile(r"(?:https?|ftp)://[^\s{}<>\";]+")
_ISBN_TOKEN = re.compile(r"[\dXx][\d\s-]{8,}[\dXx]")
_ISSN_TOKEN = re.compile(r"\d{4}-?\d{3}[\dXx]")
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
_KEYLESS = re.compile(r"\s*@\s*\w+\s*([{(])\s*[\w-]+\s*=")
_NEXT_BLOCK = re.compile(r"^[ \t]*@[ \t]*\w+[ \t]*[{(]", re.M)
_VERBATIM = frozenset({"doi", "url", "eprint", "file", "pdf", "isbn", "issn", "urlraw"})
_CONSUMED = frozenset({"crossref", "xdata", "key", "ids"})
# Fields the reader maps; any other goes straight to ``extra`` (checked first: it is cheap).
_KNOWN = frozenset(
    "title langid language hyphenation year month day date editora editorb editorc editortype "
    "maintitle mainsubtitle maintitleaddon booksubtitle booktitleaddon journalsubtitle "
    "journaltitleaddon "
    "editoratype editorbtype editorctype subtitle shorttitle titleaddon journal journaltitle "
    "booktitle shortjournal journalabbr journal-abbrev journal-abbreviation iso-abbrev series volume number issue "
    "pages pagetotal numpages volumes eid articleno edition publisher address location institution school "
    "organization eventtitle venue eventdate urldate type abstract keywords keyword note doi "
    "url howpublished isbn issn eissn pmid pmcid pmc arxiv eprint eprinttype archiveprefix".split()
) | frozenset(NAME_FIELDS) | _CONSUMED


def sniff_bib(text: str, biblatex: bool) -> float:
    """Confidence that ``text`` is BibTeX (or, with ``biblatex``, biblatex)."""
    head = text[:20000]
    m = _ENTRY_RE.search(head)
    if not m:
        return 0.0
    if biblatex:
        return 0.92 if _BIBLATEX_HINTS.search(head) else 0.5
    return 0.9


def _redecode(text: str) -> str:
    """Honour an 8-bit encoding hint (Emacs ``coding:``, ``% !TEX encoding``, JabRef meta)
    when the text was decoded by a Latin-1/cp1252 fallback and the hint names another code."""
    if text.isascii():
        return text
    m = _ENCODING_HINT.search(text[:4096])
    if not m:
        return text
    enc = next(g for g in m.groups() if g).lower()
    if enc.replace("_", "-") in {"utf-8", "utf8"}:
        return text
    aliases = {"latin-9": "iso8859-15", "latin9": "iso8859-15", "latin-1": "latin-1"}
    enc = aliases.get(enc, enc)
    for fallback in ("cp1252", "latin-1"):
        try:
            return text.encode(fallback).decode(enc)
        except (UnicodeError, LookupError):
            continue
    return text


@contextmanager
def _quiet() -> Iterator[None]:
    """bibtexparser logs each broken block; we report them ourselves, with their line."""
    log = logging.getLogger("bibtexparser")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


_BRACE_RE = re.compile(r"[{}]")


def _match_brace(s: str, i: int) -> int:
    """Index just after the brace group opening at ``s[i]`` (the braces found in C).

    >>> _match_brace("{a {b} c} d", 0), _match_brace("x{a", 1), _match_brace("{}", 0)
    (9, 3, 2)
    """
    depth = 0
    for m in _BRACE_RE.finditer(s, i):
        if m.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end()
    return len(s)


_OUTSIDE_MARK = re.compile(r"(?<!\\)%|@[ \t]*\w+[ \t]*(?=[{(])").search
_BRACE_ENTRY_MARK = re.compile(r'(?<!\\)[{}"%]').search
_PAREN_ENTRY_MARK = re.compile(r'(?<!\\)[{}()"%]').search
_QUOTE_STANDIN = "\ue000"  # a private-use character, for a '"' bibtexparser would end a value at
_COMMENT_HINT = re.compile(r"^[ \t]*%|[,}][ \t]*%", re.M)


def _strip_comments(text: str, force: bool = False) -> str:
    """``%`` comments blanked where biber and pandoc read them as comments: outside entries
    (``% @article{…}`` is a commented-out entry) and between the fields of an entry
    (``issn = {…},% e-ISSN``, ``%  note = {…},``). A ``%`` inside a braced or quoted value
    is text (URLs). Newlines stay, so line numbers do not move. With ``force`` (for
    bibtexparser, which ends a quoted value at any ``"``), a ``"`` inside braces inside a quoted
    value, which BibTeX reads as text (``"{… "optionalen" …}"``), becomes a stand-in character,
    turned back into ``"`` in the field's value.

    >>> _strip_comments('%@book{x,\\n@book{y, a = {50%},% c\\n%b = 1,\\n}')
    '\\n@book{y, a = {50%},\\n\\n}'
    >>> _strip_comments('@book{y, a = "{x "b" y}"}', force=True) == '@book{y, a = "{x \ue000b\ue000 y}"}'
    True
    """
    if not force and ("%" not in text or not _COMMENT_HINT.search(text)):
        return text
    out: list[str] = []
    keep = pos = 0  # text[keep:] is not copied yet; the scan goes on from pos
    entry = paren = quoted = False
    depth = 0  # brace depth; a brace-delimited entry's own brace counts as one
    while True:
        m = (_PAREN_ENTRY_MARK if paren else _BRACE_ENTRY_MARK)(text, pos) if entry else (
            _OUTSIDE_MARK(text, pos))
        if m is None:
            break
        mark, pos = m.group(0), m.end()
        if mark[0] == "@":
            entry, paren, depth, quoted = True, text[pos] == "(", 0, False
            continue
        if mark == "%":
            if entry and (quoted or depth != (0 if paren else 1)):
                continue  # inside a value: a literal per cent sign
            end = text.find("\n", m.start())
            end = len(text) if end < 0 else end
            out.append(text[keep : m.start()])
            keep = pos = end
        elif mark == '"':
            if depth == (0 if paren else 1):
                quoted = not quoted
            elif quoted and force:
                out.append(text[keep : m.start()] + _QUOTE_STANDIN)
                keep = pos
        elif mark == "{":
            depth += 1
        elif mark == "}" and depth:
            depth -= 1
            entry = bool(depth) or paren or quoted
        elif mark == ")" and depth == 0 and not quoted:
            entry = False
    out.append(text[keep:])
    return "".join(out)


_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _evaluate(raw: str, macros: dict[str, str], unknown: list[str]) -> str:
    """A field value without its delimiters, ``#`` concatenations and macros resolved."""
    s = raw.strip()
    if not s:
        return ""
    first = s[0]
    if first == "{" and _match_brace(s, 0) == len(s):
        return s[1:-1]
    if first == '"' and s.endswith('"') and s.count('"') == 2:
        return s[1:-1]
    if first not in '{"' and "#" not in s and "%" not in s:
        if s.isdigit():
            return s
        if s.lower() not in macros:
            unknown.append(s)  # "journal = jomch" with no @string jomch: reported
        return macros.get(s.lower(), s)
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isspace() or ch == "#":
            i += 1
        elif ch == "%":  # a comment between the parts of a value
            j = s.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch == "{":
            j = _match_brace(s, i)
            out.append(s[i + 1 : j - 1])
            i = j
        elif ch == '"':
            j, depth = i + 1, 0
            while j < n and not (s[j] == '"' and depth == 0):
                depth += {"{": 1, "}": -1}.get(s[j], 0)
                j += 1
            out.append(s[i + 1 : j])
            i = j + 1
        else:
            j = i
            while j < n and s[j] != "#" and not s[j].isspace():
                j += 1
            tok = s[i:j]
            if tok.isdigit():
                out.append(tok)
            elif tok.lower() in macros:
                out.append(macros[tok.lower()])
            else:
                unknown.append(tok)
                out.append(tok)
            i = j
    return "".join(out)


@lru_cache(maxsize=16384)
def _text(value: str) -> str:
    """Decoded LaTeX with white space collapsed (cached: journals, publishers repeat)."""
    t = latex_to_unicode(value)
    if "  " in t or "\n" in t or "\t" in t or "\r" in t or "\u00a0" in t:
        return _SPACE.sub(" ", t).strip()
    return t.strip()


_SCHOLAR_ARXIV = re.compile(
    r"arxiv(?:\s+preprint)?\s*:?\s*(?:arxiv\s*:\s*)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[a-z]{2})?/\d{7}(?:v\d+)?)",
    re.I,
)
_COMMA_LIST = re.compile(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)+(?:, [^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)+){2,}")


def _date_text(value: str) -> str:
    """A biblatex date (EDTF): decoded like any field, except that its ``~`` marks an
    approximate date (``1034~``), not LaTeX's tie."""
    return "~".join(_text(part) for part in value.split("~"))


def _verbatim(value: str) -> str:
    """URL-like values: no LaTeX decoding beyond escaped specials and ``\\url{}``."""
    v = value.strip()
    if v.startswith("\\url{") and v.endswith("}"):
        v = v[5:-1]
    v = strip_outer_braces(v)
    for a, b in (("\\_", "_"), ("\\%", "%"), ("\\&", "&"), ("\\#", "#"), ("\\~{}", "~"),
                 ("{\\textunderscore}", "_"), ("\\textunderscore{}", "_"), ("\\textunderscore", "_")):  # fmt: skip
        if a in v:
            v = v.replace(a, b)
    return v.replace("{", "").replace("}", "").strip()


_setattr = object.__setattr__
_DEFAULTS: dict[type[Any], tuple[dict[str, Any], list[tuple[str, Any]]] | None] = {}


_FIELDS_SET: dict[type[Any], set[str]] = {}


def _frozen(cls: type[_M], data: dict[str, Any]) -> _M:
    """A frozen model from a dict holding every field: one shared fields-set (never mutated)."""
    fields_set = _FIELDS_SET.get(cls)
    if fields_set is None:
        fields_set = _FIELDS_SET[cls] = set(cls.model_fields)
    obj = cls.__new__(cls)
    _setattr(obj, "__dict__", data)
    _setattr(obj, "__pydantic_fields_set__", fields_set)
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


def _ls(value: str, lang: str | None) -> LangString:
    return _frozen(LangString, {"value": value, "lang": lang})


def _construct(cls: type[_M], **values: Any) -> _M:
    """What ``model_construct`` does, minus its per-call cost: pydantic inspects each default
    factory's signature on every call, which cost more than the whole parse on large files.
    Only for models without aliases or post-init (else plain ``model_construct``)."""
    spec = _DEFAULTS.get(cls, ())
    if spec == ():
        simple = not cls.__pydantic_post_init__ and all(
            f.alias is None and f.validation_alias is None for f in cls.model_fields.values()
        )
        fields = cls.model_fields.items()
        spec = _DEFAULTS[cls] = (
            ({n: f.default for n, f in fields if f.default_factory is None},
             [(n, f.default_factory) for n, f in fields if f.default_factory is not None])
            if simple else None
        )  # fmt: skip
    if spec is None:
        return cls.model_construct(**values)
    static, factories = spec  # type: ignore[misc]  # mypy narrows () wrongly
    data = static.copy()
    data.update(values)
    for name, factory in factories:
        if name not in values:
            data[name] = factory()
    obj = cls.__new__(cls)
    _setattr(obj, "__dict__", data)
    _setattr(obj, "__pydantic_fields_set__", set(values))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


@lru_cache(maxsize=8192)
def detect_language(text: str) -> str | None:
    """Cached: names and journal titles repeat across a file."""
    return _detect_language(text)


@lru_cache(maxsize=8192)
def _identifier(scheme: Any, value: str) -> Identifier:
    """Cached: a journal's ISSN repeats in every one of its articles (identifiers are frozen)."""
    return Identifier(scheme=scheme, value=value)


@lru_cache(maxsize=4096)
def _date(year: int, month: int | None, day: int | None, season: int | None) -> PartialDate:
    """Cached: dates repeat across a bibliography, and PartialDate is frozen."""
    return PartialDate(year=year, month=month, day=day, season=season)


class _Entry:
    __slots__ = ("fields", "key", "line", "type")

    def __init__(self, type_: str, key: str, fields: dict[str, str], line: int) -> None:
        self.type, self.key, self.fields, self.line = type_, key, fields, line


def _inherit(entry: _Entry, parent: _Entry, xdata: bool) -> None:
    """Fill ``entry``'s missing fields from ``parent`` (biblatex's crossref/xdata rules)."""
    f = entry.fields
    for k, v in parent.fields.items():
        if k in _NO_INHERIT:
            continue
        target = k
        if not xdata:
            if k == "title":
                target = INHERIT_TITLE.get(parent.type, "booktitle" if entry.type.startswith("in")
                                           else "title")  # fmt: skip
                if target == "title" and "title" in f:
                    continue
            elif k in ("subtitle", "titleaddon") and parent.type in INHERIT_TITLE:
                target = INHERIT_TITLE[parent.type].replace("title", k)
            elif k == "shorttitle":
                continue
            elif k == "author" and parent.type in ("book", "mvbook") and entry.type in (
                "inbook", "bookinbook", "suppbook"
            ):
                f.setdefault("bookauthor", v)
        f.setdefault(target, v)


class _Reader:
    def __init__(self, fmt: str, source: str | None, report: Report) -> None:
        self.fmt, self.source, self.report = fmt, source, report
        self.types = BIBLATEX_TO_CSL  # a superset: BibTeX files often use biblatex types

    def add(self, kind: Any, message: str, *, record: str | None = None,
            field: str | None = None, line: int | None = None, severity: str | None = None) -> None:
        # Report.add validates each Diagnostic; big files have tens of thousands of them
        data = {"kind": kind, "message": message,
                "severity": severity or ("error" if kind == "failed" else "warning"),
                "format": self.fmt, "source": self.source, "record": record, "field": field,
                "line": line}  # fmt: skip
        self.report.append(_frozen(Diagnostic, data))

    # -- names ---------------------------------------------------------------------------
    def contributors(self, value: str, role: str, extra: dict[str, Any], field: str) -> list[Contributor]:
        out: list[Contributor] = []
        names = split_names(value)
        if len(names) == 1 and _COMMA_LIST.fullmatch(_text(value)):
            # "Qiange Wang, Chaoyi Chen, Jingqi Gao": full names with commas for "and" (no
            # BibTeX name has three parts of two words each)
            names = [n.strip() for n in value.split(",")]
            self.add("degraded", "names separated by commas, not 'and', read as a list",
                     field=field)  # fmt: skip
        for raw in names:
            if is_others(raw):
                extra[f"{self.fmt}:{field}+others"] = True
                continue
            parts = parse_name(raw)
            if not (parts.first or parts.von or parts.jr) and parts.last.startswith("{") and (
                strip_outer_braces(parts.last) != parts.last
            ) and " " in parts.last:
                org = _text(parts.last)
                if org:
                    out.append(_construct(Contributor,
                        kind="organization", organization=[_construct(LangString,
                            value=org, lang=detect_language(org))], roles=[role]))  # fmt: skip
                continue
            family = _text(parts.last) or None
            given = _text(parts.first) or None
            given, patronymic = split_patronymic(given)
            if not (family or given):
                continue
            name = _construct(PersonName,
                family=family, given=given, patronymic=patronymic,
                particle=_text(parts.von) or None, suffix=_text(parts.jr) or None,
                literal=None, lang=detect_language((family or "") + " " + (given or "")),
            )  # fmt: skip
            out.append(_construct(Contributor, name=name, roles=[role]))
        return out

    # -- dates ---------------------------------------------------------------------------
    def issued(self, f: dict[str, str], key: str) -> PartialDate | None:
        if "date" in f:
            raw = _date_text(f["date"])
            try:
                d = PartialDate.parse(raw)
            except ValueError:
                d = PartialDate(literal=raw)
            if d.year is not None or "year" not in f:
                return d
        year_raw = _text(f.get("year", ""))
        if not year_raw:
            return None
        m = _YEAR.match(year_raw)
        month = self.month(f.get("month"), key)
        season = _SEASONS.get(_text(f.get("month", "")).lower())
        day_raw = _text(f.get("day", ""))
        rng = _YEAR_RANGE.match(year_raw)
        if m is None and rng:
            return PartialDate(year=int(rng.group(1)), end=PartialDate(year=int(rng.group(2))))
        if m is None and month is None and _ISO_DATE.fullmatch(year_raw):
            try:  # "year = {2013-02-21}" (Citavi, Mendeley): the whole date in the year
                return PartialDate.parse(year_raw)
            except ValueError:
                pass
        if m is None:
            m2 = _YEAR_IN.search(year_raw)
            if m2 and len(year_raw) <= 6:  # 2004a, [1999]
                m = m2
            else:
                return PartialDate(literal=year_raw)
        try:
            day = int(day_raw) if day_raw.isdigit() and month else None
            return _date(int(m.group(1)), month, day, season)
        except ValueError:
            return PartialDate(year=int(m.group(1)))

    def month(self, raw: str | None, key: str) -> int | None:
        if not raw:
            return None
        v = _text(raw).strip().lower().rstrip(".")
        if v.isdigit() and 1 <= int(v) <= 12:
            return int(v)
        if v in _SEASONS:
            return None
        n = MONTHS.get(v[:3])
        if n is None:
            self.add("invalid", f"month {raw!r} not understood", record=key, field="month")
        return n

    # -- identifiers -----------------------------------------------------------------------
    def ident(self, scheme: Any, value: str, key: str, field: str, extra: dict[str, Any],
              ids: list[Identifier]) -> None:  # fmt: skip
        try:
            ident = _identifier(scheme, value)
        except ValueError as exc:
            why = str(exc).splitlines()[1 if "validation error" in str(exc) else 0].strip()
            why = why.split(" [type=")[0].removeprefix("Value error, ")
            self.add("invalid", f"{field} {value!r} kept in extra: {why}", record=key, field=field)
            extra[f"{self.fmt}:{field}"] = value
            return
        if ident not in ids:
            ids.append(ident)

    def literal_list(self, raw: str) -> str:
        """A biblatex literal list (``location = {Durham and London}``) as one string, its
        items joined with "; " as CSL writes several places; BibTeX's fields are plain text."""
        if self.fmt != "biblatex" or " and " not in raw.lower():
            return raw
        items = [x for x in split_names(raw) if x.lower() != "others"]
        return "; ".join(items) if items else raw

    # -- the entry -----------------------------------------------------------------------
    def work(self, e: _Entry) -> Work:
        f, key, fmt = e.fields, e.key, self.fmt
        csl_type = self.types.get(e.type)
        extra: dict[str, Any] = {}
        if csl_type == "book" and "booktitle" in f and "title" in f and f["booktitle"] != f["title"]:
            csl_type = "chapter"  # a @book with a booktitle of its own is a part of that book
        if csl_type is None:
            csl_type = "document"
            extra[f"{fmt}:entrytype"] = e.type
            self.add("unmapped", f"entry type @{e.type} read as 'document'", record=key,
                     line=e.line)  # fmt: skip
        d: dict[str, Any] = {"id": key, "type": csl_type}
        lang_raw = f.get("langid") or f.get("language") or f.get("hyphenation")
        language = None
        if lang_raw:
            lv = _text(lang_raw)
            language = LANGID_TO_BCP47.get(lv) or LANGID_TO_BCP47.get(lv.lower())
            if language is None and re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", lv):
                language = lv.lower() if len(lv) <= 3 else lv
            if language is None:
                extra[f"{fmt}:language"] = lv
        title = _text(f["title"]) if "title" in f else ""
        if language is None and title:
            language = detect_language(title)
        d["language"] = language

        def ls(value: str) -> list[LangString]:
            t = _text(value)
            return [_ls(t, language)] if t else []

        def ls_detect(value: str) -> list[LangString]:
            t = _text(value)
            return [_ls(t, detect_language(t) or language)] if t else []

        if title:
            d["titles"] = [_ls(title, language)]
        contributors: list[Contributor] = []
        ids: list[Identifier] = []
        keywords: list[str] = []
        notes: list[LangString] = []
        is_article = csl_type.startswith("article") or csl_type in ("review", "periodical")
        for name, raw in f.items():
            if name not in _KNOWN:
                extra[f"{fmt}:{name}"] = raw.strip()
                self.add("unmapped", "kept in extra", record=key, field=name)
                continue
            if name == "title" or name in _CONSUMED or name in ("langid", "language", "hyphenation",
                                                              "year", "month", "day", "date"):  # fmt: skip
                continue
            if name in NAME_FIELDS:
                contributors += self.contributors(raw, NAME_FIELDS[name], extra, name)
            elif name in ("editora", "editorb", "editorc"):
                etype = _text(f.get(name + "type", "editor")).lower()
                role = EDITORTYPE_TO_ROLE.get(etype)
                if role is None:
                    role = "editor"
                    self.add("degraded", f"{name}type {etype!r} read as editor", record=key,
                             field=name)  # fmt: skip
                contributors += self.contributors(raw, role, extra, name)
            elif name in ("editortype", "editoratype", "editorbtype", "editorctype"):
                if name == "editortype" and _text(raw).lower() != "editor":
                    extra[f"{fmt}:{name}"] = _text(raw)
                    self.add("unmapped", "kept in extra", record=key, field=name)
            elif name == "subtitle":
                d["subtitles"] = ls(raw)
            elif name in ("shorttitle", "shortTitle"):
                d["short_titles"] = ls(raw)
            elif name == "titleaddon" and _text(raw).startswith("[") and _text(raw).endswith("]"):
                t = _text(raw)[1:-1].strip()
                if t:
                    d.setdefault("titles", []).append(_construct(LangString,
                        value=t, lang=detect_language(t)))  # fmt: skip
            elif name in ("journal", "journaltitle", "booktitle"):
                if "container_titles" not in d or name == "journaltitle":
                    d["container_titles"] = ls(raw)
                else:
                    extra[f"{fmt}:{name}"] = _text(raw)
                    self.add("unmapped", "second container title kept in extra", record=key,
                             field=name)  # fmt: skip
            elif name in ("booksubtitle", "journalsubtitle"):
                d["container_subtitles"] = ls(raw)
            elif name == "maintitle":
                d["main_titles"] = ls(raw)
            elif name == "mainsubtitle":
                d["main_subtitles"] = ls(raw)
            elif name in ("booktitleaddon", "journaltitleaddon", "maintitleaddon"):
                d["main_title_addon" if name[0] == "m" else "container_title_addon"] = _text(raw) or None
            elif name in ("shortjournal", "journalabbr", "journal-abbrev", "journal-abbreviation",
                          "iso-abbrev"):
                d["container_short_title"] = _text(raw) or None
            elif name == "series":
                d["collection_titles"] = ls(raw)
            elif name == "volume":
                d["volume"] = _text(raw) or None
            elif name == "number":
                v = _text(raw) or None
                if is_article and "issue" in f and _text(f["issue"]) == v:
                    continue
                if is_article and "issue" not in f:
                    d["issue"] = v
                elif csl_type in ("book", "chapter", "paper-conference") and "series" in f:
                    d["collection_number"] = v
                else:
                    d["number"] = v
            elif name == "issue":
                d["issue"] = _text(raw) or None
            elif name == "pages":
                d["page"] = _DASH_SPACES.sub(r"\1", _text(raw)) or None
            elif name == "pagetotal" or (name == "numpages" and "pagetotal" not in f):
                d["number_of_pages"] = _text(raw) or None  # numpages, articleno: the ACM DL's
            elif name == "volumes":
                d["number_of_volumes"] = _text(raw) or None
            elif name == "eid" or (name == "articleno" and "eid" not in f):
                d["article_number"] = _text(raw) or None
            elif name == "edition":
                d["edition"] = _text(raw) or None
            elif name == "publisher":
                d["publisher"] = ls(self.literal_list(raw))
            elif name in ("address", "location"):
                d["publisher_place"] = ls(self.literal_list(raw))
            elif name in ("institution", "school", "organization"):
                d.setdefault("institution", []).extend(ls(self.literal_list(raw)))
            elif name == "eventtitle":
                d["event_title"] = _text(raw) or None
            elif name == "venue":
                d["event_place"] = _text(raw) or None
            elif name in ("eventdate", "urldate"):
                try:
                    pd = PartialDate.parse(_date_text(raw))
                except ValueError:
                    pd = None
                d["event_date" if name == "eventdate" else "accessed"] = pd
            elif name == "type":
                d["genre"] = _text(raw) or None
            elif name == "abstract":
                text = latex_to_unicode(raw)
                paras = [_SPACE.sub(" ", p).strip() for p in re.split(r"\n\s*\n|\\par\b", text)]
                paras = [p for p in paras if p]
                if paras:
                    d.setdefault("abstracts", []).append(_construct(Abstract,
                        lang=detect_language(paras[0]) or language, paragraphs=paras,
                        title=None))  # fmt: skip
            elif name in ("keywords", "keyword"):
                text = _text(raw)
                sep = ";" if ";" in text else ","
                keywords += [k.strip() for k in text.split(sep) if k.strip()]
            elif name == "note":
                notes += ls_detect(raw)
            elif name == "doi":
                self.ident("doi", _verbatim(raw), key, name, extra, ids)
            elif name in ("url", "howpublished") and _URL_IN.search(_verbatim(raw)):
                urls = _URL_IN.findall(_verbatim(raw))
                try:
                    url = _identifier("url", urls[0]).value
                except ValueError as exc:
                    self.add("invalid", f"URL kept in extra: {exc}", record=key, field=name)
                    extra[f"{fmt}:{name}"] = _verbatim(raw)
                else:
                    if "url" not in d:
                        d["url"] = url
                    for more in urls[1:]:
                        self.ident("url", more, key, name, extra, ids)
            elif name == "isbn":
                for tok in _ISBN_TOKEN.findall(_verbatim(raw)) or [_verbatim(raw)]:
                    self.ident("isbn", tok, key, name, extra, ids)
            elif name in ("issn", "eissn"):
                for tok in _ISSN_TOKEN.findall(_verbatim(raw)) or [_verbatim(raw)]:
                    self.ident(name, tok, key, name, extra, ids)
            elif name in ("pmid", "pmcid", "pmc", "arxiv"):  # pmc: JabRef's Medline import
                self.ident("pmcid" if name == "pmc" else name, _verbatim(raw), key, name, extra, ids)
            elif name == "eprint":
                etype = _text(f.get("eprinttype") or f.get("archiveprefix") or "").lower()
                scheme = {"arxiv": "arxiv", "pubmed": "pmid", "pmid": "pmid", "pmc": "pmcid",
                          "pmcid": "pmcid", "doi": "doi"}.get(etype)  # fmt: skip
                if scheme:
                    self.ident(scheme, _verbatim(raw), key, name, extra, ids)
                else:
                    extra[f"{fmt}:eprint"] = _verbatim(raw)
                    self.add("unmapped", "kept in extra", record=key, field=name)
            elif name in ("eprinttype", "archiveprefix") and "eprint" in f:
                continue
            else:
                extra[f"{fmt}:{name}"] = raw if name in _VERBATIM else _SPACE.sub(" ", raw).strip()
                self.add("unmapped", "kept in extra", record=key, field=name)
        # Google Scholar: journal = {arXiv preprint arXiv:2301.00303}; the id is in the name
        if d.get("container_titles") and not any(i.scheme == "arxiv" for i in ids):
            m = _SCHOLAR_ARXIV.match(d["container_titles"][0].value)
            if m:
                self.ident("arxiv", m.group(1), key, "journal", extra, ids)
        issued = self.issued(f, key)
        if issued is not None:
            d["issued"] = issued
        if contributors:
            d["contributors"] = contributors
        if ids:
            d["identifiers"] = ids
        if keywords:
            d["keywords"] = [_construct(KeywordGroup,
                lang=language or detect_language(" ".join(keywords)),
                terms=list(dict.fromkeys(keywords)), vocabulary=None)]  # fmt: skip
        if notes:
            d["notes"] = notes
        if csl_type == "thesis" and "genre" not in d:
            d["genre"] = {"mastersthesis": "Master's thesis", "phdthesis": "PhD thesis"}.get(e.type)
        if extra:
            d["extra"] = extra
        return _construct(Work, **{k: v for k, v in d.items() if v is not None})




class _Field:
    __slots__ = ("key", "start_line", "value")

    def __init__(self, key: str, value: str, start_line: int) -> None:
        self.key, self.value, self.start_line = key, value, start_line


class _Block:
    __slots__ = ("entry_type", "fields", "key", "start_line", "value")

    def __init__(self, entry_type: str, key: str, fields: list[_Field], value: str,
                 start_line: int) -> None:
        self.entry_type, self.key, self.fields = entry_type, key, fields
        self.value, self.start_line = value, start_line


class _Lib:
    __slots__ = ("entries", "strings")
    failed_blocks: tuple[Any, ...] = ()

    def __init__(self) -> None:
        self.entries: list[_Block] = []
        self.strings: list[_Block] = []


_BLOCK_START_RE = re.compile(r"@[\w]*(?: |\t)*(?=[{(])")
# bibtexparser's marks inside a block, minus newlines (counted apart) and "=" in values
_VALUE_MARK_RE = re.compile(r"(?<!\\)[{}\",]|@[\w]*(?: |\t)*(?=[{(])")
_KEY_MARK_RE = re.compile(r"(?<!\\)[{}\",=]|@[\w]*(?: |\t)*(?=[{(])")
_QUOTE_MARK_RE = re.compile(r"(?<!\\)\"|@[\w]*(?: |\t)*(?=[{(])")
_IN = r"[^{}@]*(?:(?<=\\)[{}][^{}@]*)*"  # inside braces: characters and escaped braces
_FIELD_RE = re.compile(
    r'([^{}",=@\\]*)=(\s*(?:"[^"@]*(?:(?<=\\)"[^"@]*)*(?<![\\{])"'
    r"|(?<!\\)\{" + _IN + r"(?:(?<!\\)\{" + _IN + r"(?<!\\)\}" + _IN + r")*(?<!\\)\})?"
    r'[^{}",@\\]*)([,}])'
)
"""One field, ``name = "value"``, ``{value}`` (two brace levels at most) or a bare value, up to
its ``,`` or the closing ``}``, exactly as bibtexparser delimits it; other shapes go mark by
mark."""
_BRACE_MARK_RE = re.compile(r"(?<!\\)[{}]|@[\w]*(?: |\t)*(?=[{(])")


def _fast_split(text: str) -> _Lib | None:
    """bibtexparser's splitter result (entries, strings) for a well-formed file, found with a
    few regular expressions instead of its mark-by-mark state machine (most of the read time
    on large files). ``None`` as soon as anything is unusual (a ``(`` block, ``@comment``, a
    failed or duplicate block, an escaped newline, ``@`` inside a block): bibtexparser then
    splits the file and reports what it must."""
    escaped = "\\\n" in text  # bibtexparser does not count an escaped newline as a line

    def lines(a: int, b: int) -> int:
        if escaped:
            return text.count("\n", a, b) - text.count("\\\n", max(a - 1, 0), b)
        return text.count("\n", a, b)

    lib = _Lib()
    keys: set[str] = set()
    line_pos, line = 0, 0
    pos, n = 0, len(text)
    value_marks, key_marks = _VALUE_MARK_RE.search, _KEY_MARK_RE.search
    brace_marks, quote_marks = _BRACE_MARK_RE.search, _QUOTE_MARK_RE.search
    field_match = _FIELD_RE.match
    while True:
        m = _BLOCK_START_RE.search(text, pos)
        if m is None:
            break
        kind = m.group(0).lower()
        if text[m.end()] != "{" or kind.startswith("@comment") or len(kind.strip()) < 2:
            return None
        line += lines(line_pos, m.start())
        line_pos, start_line = m.start(), line
        i = m.end() + 1
        if kind.startswith("@preamble") or kind.startswith("@string"):
            key = ""
            if kind.startswith("@string"):
                k = key_marks(text, i)
                if k is None or k.group(0) != "=":
                    return None
                key, i = text[m.end() + 1 : k.start()].strip(), k.end()
            depth, j = 0, i
            while True:
                b = brace_marks(text, j)
                if b is None or b.group(0)[0] == "@":
                    return None
                j = b.end()
                if b.group(0) == "{":
                    depth += 1
                elif depth:
                    depth -= 1
                else:
                    break
            if key:
                low = key.lower()
                if low in keys:
                    return None
                keys.add(low)
                lib.strings.append(_Block("string", key, [], text[i : b.start()].strip(),
                                          start_line))  # fmt: skip
            pos = j
            continue
        k = key_marks(text, i)
        if k is None or k.group(0) not in ",}":
            return None
        key = text[i : k.start()].strip()
        fields: list[_Field] = []
        names: set[str] = set()
        end = k.end()
        if k.group(0) == ",":
            key_start = k.end()
            while True:
                f = field_match(text, key_start)
                if f is not None:  # the common shapes of a field, in one match
                    name = f.group(1).strip()
                    if name in names:
                        return None
                    names.add(name)
                    line += lines(line_pos, f.end(1))
                    line_pos = f.end(1)
                    fields.append(_Field(name, f.group(2).strip(), line))
                    key_start = f.end() if f.group(3) == "," else f.start(3)
                    continue
                eq = key_marks(text, key_start)
                if eq is None:
                    return None
                mark = eq.group(0)
                if mark == "}":
                    if text[key_start : eq.start()].strip():
                        return None
                    end = eq.end()
                    break
                if mark != "=":
                    return None
                name = text[key_start : eq.start()].strip()
                if name in names:
                    return None
                names.add(name)
                line += lines(line_pos, eq.start())
                line_pos = eq.start()
                j, depth, quoted = eq.end(), 0, False
                while True:  # bibtexparser's _move_to_comma_or_closing_delimiter
                    # only the marks that matter in the current state are looked for
                    v = (quote_marks if quoted else brace_marks if depth else value_marks)(text, j)
                    if v is None:
                        return None
                    mark, j = v.group(0), v.end()
                    if mark == '"' and not depth:
                        p = v.start()
                        if quoted and text[p - 1] == "{" and p + 2 < n and text[p + 1] == "}":
                            continue  # {"}: a literal quote
                        quoted = not quoted
                    elif mark == "{" and not quoted:
                        depth += 1
                    elif mark == "}" and not quoted and depth:
                        depth -= 1
                    elif mark[0] == "@":
                        return None
                    elif mark in ",}" and not quoted and not depth:
                        break
                fields.append(_Field(name, text[eq.end() : v.start()].strip(), line))
                if mark == ",":
                    key_start = v.end()
                else:
                    key_start = v.start()
        low = key.lower()
        if low in keys:
            return None
        if low:  # "@article{," has no key: one is made for it later, whatever the others
            keys.add(low)
        lib.entries.append(_Block(kind[1:].strip(), key, fields, "", start_line))
        pos = end
    return lib


def read_bib(text: str, *, source: str | None, report: Report, fmt: str) -> Iterator[Work]:
    """Yield the works of a BibTeX / biblatex file; broken and duplicate entries are reported
    with their line and skipped."""
    text = _strip_comments(_redecode(text))
    with _no_gc():
        lib: Any = _fast_split(text)
    if lib is None:
        # bibtexparser is imported only when needed: it is slow to import (pylatexenc)
        from bibtexparser.entrypoint import parse_string

        text = _strip_comments(text, force=True)
        with _quiet():
            lib = parse_string(text, parse_stack=[])
    reader = _Reader(fmt, source, report)
    real = _real_line(text)
    recovered: list[tuple[Any, int]] = []
    for block in lib.failed_blocks:
        from bibtexparser.model import DuplicateBlockKeyBlock, Entry

        start = real(block.start_line or 0)
        raw = block.raw or ""
        keyless = _KEYLESS.match(raw)
        if keyless and not isinstance(block, DuplicateBlockKeyBlock):
            # an entry without a key (EndNote exports): give it one and read it again
            ent = _reparse_keyless(text, start, fmt)
            if ent is not None:
                recovered.append((ent, start))
                reader.add("invalid", f"entry without a key read as {ent.key!r}", record=ent.key,
                           line=start + 1)  # fmt: skip
                continue
        if isinstance(block, DuplicateBlockKeyBlock) and not block.key.strip():
            recovered.append((block.ignore_error_block, 0))  # a second "@article{,"
            continue
        if isinstance(block, DuplicateBlockKeyBlock):
            reader.add("duplicate", f"duplicate key {block.key!r}: the first entry is kept",
                       record=block.key, line=start + 1)  # fmt: skip
            continue
        err = block.error
        msg = getattr(err, "abort_reason", None) or str(err) or type(err).__name__
        kept = block.ignore_error_block
        if isinstance(kept, Entry) and "Duplicate field" in msg:
            # BibTeX keeps the first of repeated fields; so do we (below), and say so
            recovered.append((kept, 0))
            continue
        m = re.match(r"\s*@\s*\w+\s*[{(]\s*([^,\s]+)", raw)
        reader.add("failed", f"entry not read: {msg.strip()}", record=m.group(1) if m else None,
                   line=start + 1, severity="error")  # fmt: skip
    with _no_gc():
        entries, by_key = _entries(lib, recovered, reader, real)
    _resolve_inheritance(entries, by_key, reader)
    items = [item for item in entries if item.type != "xdata"]
    for start in range(0, len(items), _CHUNK):
        works: list[Work] = []
        with _no_gc():  # in chunks: the caller runs with the collector on
            for item in items[start : start + _CHUNK]:
                try:
                    works.append(reader.work(item))
                except (ValueError, TypeError) as exc:  # pydantic's ValidationError is one
                    reader.add("failed", f"entry not read: {exc}", record=item.key,
                               line=item.line, severity="error")  # fmt: skip
        yield from works


_CHUNK = 128


def _real_line(text: str) -> Callable[[int], int]:
    r"""bibtexparser's line number (0-based; it does not count a newline after a backslash,
    which ends many lines of Beebe's ``tableofcontents = "… \\``) -> the file's line.

    >>> _real_line("a\\\nb\nc")(1)
    2
    """
    if "\\\n" not in text:
        return lambda n: n
    starts = [0] + [i for i, m in enumerate(re.finditer("\n", text), 1)
                    if text[m.start() - 1] != "\\"]
    return lambda n: starts[n] if 0 <= n < len(starts) else n


def _entries(
    lib: Any, recovered: list[tuple[Any, int]], reader: _Reader, real: Callable[[int], int]
) -> tuple[list[_Entry], dict[str, _Entry]]:
    """The entries with their field values evaluated (macros, ``#``), and the entries by key
    and ``ids`` alias."""
    macros: dict[str, str] = {k: k for k in MONTHS}  # month macros stay names, read by month()
    unknown: list[str] = []
    for s in lib.strings:
        macros[s.key.lower()] = _evaluate(s.value, macros, unknown)
    entries: list[_Entry] = []
    by_key: dict[str, _Entry] = {}
    for ent, offset in [*((e, 0) for e in lib.entries), *recovered]:
        fields: dict[str, str] = {}
        # a keyless entry re-parsed alone counts from its own first line, already the file's
        at = real if not offset else offset.__add__
        for fld in ent.fields:
            name = fld.key.lower()
            if name in fields:
                reader.add("duplicate", f"field {name!r} given twice: the first is kept",
                           record=ent.key, field=name, line=at(fld.start_line) + 1)  # fmt: skip
                continue
            unknown.clear()
            fields[name] = _evaluate(fld.value, macros, unknown) if isinstance(fld.value, str) else str(fld.value)
            if _QUOTE_STANDIN in fields[name]:
                fields[name] = fields[name].replace(_QUOTE_STANDIN, '"')
            for tok in unknown:
                reader.add("invalid", f"undefined macro {tok!r} kept as text", record=ent.key,
                           field=name, line=at(fld.start_line) + 1)  # fmt: skip
        key = ent.key.strip()
        line = at(ent.start_line) + 1
        if not key:  # "@article{, title = …}"
            key = f"{reader.fmt}-line{line}"
            reader.add("invalid", f"entry without a key read as {key!r}", record=key, line=line)
        item = _Entry(ent.entry_type.lower(), key, fields, line)
        entries.append(item)
        by_key.setdefault(key.lower(), item)
        for alias in fields.get("ids", "").split(","):  # biblatex key aliases
            if alias.strip():
                by_key.setdefault(alias.strip().lower(), item)
    entries.sort(key=lambda e: e.line)  # recovered entries were read last: back in file order
    return entries, by_key


def _reparse_keyless(text: str, start_line: int, fmt: str) -> Any:
    """Parse the keyless entry starting on ``start_line`` (0-based) with a made-up key."""
    pos = 0
    for _ in range(start_line):
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return None
    nxt = _NEXT_BLOCK.search(text, pos + 1)
    chunk = text[pos : nxt.start() if nxt else len(text)]
    m = _KEYLESS.match(chunk)
    if m is None:
        return None
    key = f"{fmt}-line{start_line + 1}"
    from bibtexparser.entrypoint import parse_string

    with _quiet():
        sub = parse_string(chunk[: m.end(1)] + key + "," + chunk[m.end(1) :],
                                        parse_stack=[])  # fmt: skip
    if not sub.entries or sub.failed_blocks:
        return None
    return sub.entries[0]


def _resolve_inheritance(entries: list[_Entry], by_key: dict[str, _Entry], reader: _Reader) -> None:
    done: set[int] = set()

    def resolve(e: _Entry, stack: tuple[int, ...]) -> None:
        if id(e) in done:
            return
        if id(e) in stack:
            reader.add("invalid", "circular crossref/xdata", record=e.key, line=e.line)
            return
        for field, is_xdata in (("xdata", True), ("crossref", False)):
            if field not in e.fields:
                continue
            for ref in (r.strip() for r in e.fields[field].split(",") if r.strip()):
                parent = by_key.get(ref.lower())
                if parent is None:
                    reader.add("invalid", f"{field} {ref!r} names no entry", record=e.key,
                               field=field, line=e.line)  # fmt: skip
                    continue
                resolve(parent, (*stack, id(e)))
                _inherit(e, parent, is_xdata)
        done.add(id(e))

    for e in entries:
        if "xdata" in e.fields or "crossref" in e.fields:
            resolve(e, ())

