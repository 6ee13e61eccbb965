"""RIS (Research Information Systems) tagged format, read and write.

Reads the 2011 RIS specification's tags plus the variants EndNote, Zotero, Mendeley and Web of
Science write (``TY -`` with missing spaces, CRLF, a BOM, continuation lines, ``Y1`` dates as
``YYYY/MM/DD/other``). Unknown tags go to ``Work.extra["ris:XX"]`` and are written back.
What RIS cannot hold (other-language titles and abstracts, affiliations…) is reported per field.

Why hand-written: the RIS libraries on PyPI (rispy) map to their own flat dicts with a fixed tag
list and raise on stray lines; we need line numbers, per-record recovery and the Work model.

>>> from scholarmeta.model import Work, LangString
>>> text = write([Work(type="book", titles=[LangString(value="T", lang="en")])], report=Report())
>>> text.splitlines()
['TY  - BOOK', 'TI  - T', 'ER  - ']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from ..errors import ParseError
from ..lang import detect_language, normalize_space
from ..model import (
    Abstract,
    Affiliation,
    Contributor,
    KeywordGroup,
    LangString,
    PartialDate,
    Work,
    first_text,
)
from ..model.identifiers import normalize_url
from ..report import Report
from ._common import (
    changed_values,
    classify_identifier,
    lang_string,
    language_tag,
    loss_fields,
    option_flag,
    parse_date,
    read_contributor,
    record_label,
    reference_works,
    report_extra,
    safe_identifier,
)

__all__ = [
    "DESCRIPTION",
    "EXTENSIONS",
    "HOLDS",
    "NAME",
    "NAME_TAGS",
    "TAG_FIELDS",
    "TYPE_FROM_RIS",
    "TYPE_TO_RIS",
    "WRITE_OPTIONS",
    "read",
    "sniff",
    "write",
]

NAME = "ris"
DESCRIPTION = "RIS tagged bibliography format (EndNote, Zotero, Mendeley, Web of Science)"
EXTENSIONS: tuple[str, ...] = (".ris", ".enw", ".txt")
WRITE_OPTIONS: frozenset[str] = frozenset({"references"})
EXACT_LOSSES = True  # the writer checks its own output: its loss report is exact

TYPE_FROM_RIS: dict[str, str] = {
    "JOUR": "article-journal", "EJOUR": "article-journal", "JFULL": "periodical",
    "ABST": "article-journal", "INPR": "article-journal", "BOOK": "book", "EBOOK": "book",
    "EDBOOK": "book", "CTLG": "book", "SER": "book", "CHAP": "chapter", "ECHAP": "chapter",
    "CONF": "paper-conference", "CPAPER": "paper-conference", "THES": "thesis",
    "RPRT": "report", "GOVDOC": "report", "ELEC": "webpage", "WEB": "webpage",
    "BLOG": "post-weblog", "GEN": "document", "NEWS": "article-newspaper",
    "MGZN": "article-magazine", "DATA": "dataset", "DBASE": "dataset", "AGGR": "dataset",
    "COMP": "software", "PAT": "patent", "STAT": "legislation", "LEGAL": "legislation",
    "BILL": "bill", "CASE": "legal_case", "HEAR": "hearing", "MAP": "map",
    "MPCT": "motion_picture", "VIDEO": "motion_picture", "SOUND": "song",
    "MUSIC": "musical_score", "ART": "graphic", "CHART": "graphic", "FIGURE": "figure",
    "PCOMM": "personal_communication", "ICOMM": "personal_communication",
    "UNPB": "manuscript", "MANSCPT": "manuscript", "DICT": "entry-dictionary",
    "ENCYC": "entry-encyclopedia", "STAND": "standard", "PAMP": "pamphlet", "SLIDE": "speech",
    "ANCIENT": "classic", "CLSWK": "classic", "GRANT": "document", "MULTI": "document",
    "EQUA": "document",
}  # fmt: skip
"""RIS reference type (TY) -> CSL type."""

TYPE_NAMES: dict[str, str] = {
    "JOURNAL ARTICLE": "JOUR", "ELECTRONIC ARTICLE": "EJOUR", "MAGAZINE ARTICLE": "MGZN",
    "NEWSPAPER ARTICLE": "NEWS", "BOOK": "BOOK", "ELECTRONIC BOOK": "EBOOK",
    "EDITED BOOK": "EDBOOK", "BOOK SECTION": "CHAP", "ELECTRONIC BOOK SECTION": "ECHAP",
    "CONFERENCE PAPER": "CPAPER", "CONFERENCE PROCEEDINGS": "CONF", "THESIS": "THES",
    "REPORT": "RPRT", "GOVERNMENT DOCUMENT": "GOVDOC", "WEB PAGE": "ELEC",
    "GENERIC": "GEN", "DATASET": "DATA", "COMPUTER PROGRAM": "COMP", "PATENT": "PAT",
    "STATUTE": "STAT", "CASE": "CASE", "HEARING": "HEAR", "MAP": "MAP", "FILM OR BROADCAST": "MPCT",
    "UNPUBLISHED WORK": "UNPB", "MANUSCRIPT": "MANSCPT", "DICTIONARY": "DICT",
    "ENCYCLOPEDIA": "ENCYC", "STANDARD": "STAND", "PAMPHLET": "PAMP", "BLOG": "BLOG",
    "PERSONAL COMMUNICATION": "PCOMM", "SERIAL": "SER", "CATALOG": "CTLG", "GRANT": "GRANT",
}  # fmt: skip
"""EndNote's reference type names, which some exporters write in TY (``TY  - Journal Article``)."""

TYPE_TO_RIS: dict[str, str] = {
    "article": "JOUR", "article-journal": "JOUR", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "bill": "BILL", "book": "BOOK", "broadcast": "MPCT",
    "chapter": "CHAP", "classic": "CLSWK", "collection": "EDBOOK", "dataset": "DATA",
    "document": "GEN", "entry": "GEN", "entry-dictionary": "DICT",
    "entry-encyclopedia": "ENCYC", "event": "GEN", "figure": "FIGURE", "graphic": "ART",
    "hearing": "HEAR", "interview": "PCOMM", "legal_case": "CASE", "legislation": "STAT",
    "manuscript": "MANSCPT", "map": "MAP", "motion_picture": "MPCT", "musical_score": "MUSIC",
    "pamphlet": "PAMP", "paper-conference": "CPAPER", "patent": "PAT", "performance": "GEN",
    "periodical": "JFULL", "personal_communication": "PCOMM", "post": "BLOG",
    "post-weblog": "BLOG", "regulation": "STAT", "report": "RPRT", "review": "JOUR",
    "review-book": "JOUR", "software": "COMP", "song": "SOUND", "speech": "SLIDE",
    "standard": "STAND", "thesis": "THES", "treaty": "LEGAL", "webpage": "ELEC",
}  # fmt: skip
"""CSL type -> RIS reference type."""

NAME_TAGS: dict[str, str] = {
    "AU": "author", "A1": "author", "A2": "editor", "ED": "editor", "A3": "collection-editor",
    "A4": "translator",
}  # fmt: skip
"""RIS name tags -> Work role (in a thesis, A3 is the advisor: ``supervisor``)."""

ROLE_TAGS: dict[str, str] = {
    "author": "AU", "editor": "A2", "collection-editor": "A3", "supervisor": "A3",
    "translator": "A4",
}  # fmt: skip
"""Work role -> RIS tag when writing; other roles are reported."""

TAG_FIELDS: dict[str, str] = {
    "TI": "titles", "T1": "titles", "CT": "titles", "ST": "short_titles",
    "T2": "container_titles", "JO": "container_titles", "JF": "container_titles",
    "JA": "container_short_title", "J1": "container_short_title", "J2": "container_short_title",
    "BT": "container_titles", "T3": "collection_titles", "VL": "volume", "IS": "issue",
    "CP": "issue", "SP": "page", "EP": "page", "M1": "number", "M3": "genre", "ET": "edition",
    "C7": "article_number",
    "NV": "number_of_volumes", "PB": "publisher", "CY": "publisher_place", "PY": "issued",
    "Y1": "issued", "DA": "issued", "Y2": "accessed", "SN": "identifiers", "DO": "identifiers",
    "UR": "url", "AB": "abstracts", "N2": "abstracts", "KW": "keywords", "LA": "language",
    "N1": "notes", "ID": "id",
}  # fmt: skip
"""RIS tag -> Work field it fills (dates, pages and identifiers are combined when read)."""

HOLDS: frozenset[str] = frozenset({
    "id", "type", "titles", "short_titles", "contributors", "container_titles",
    "container_short_title", "collection_titles", "volume", "issue", "page", "number", "genre",
    "article_number",
    "edition", "number_of_volumes", "publisher", "publisher_place", "issued", "accessed",
    "available",
    "identifiers", "url", "abstracts", "keywords", "language", "notes",
})  # fmt: skip
"""Work fields RIS keeps on a write -> read trip (in the work's language)."""

_TAG_RE = re.compile(r"^([A-Z][A-Z0-9])(?:\s{1,3}-(?:\s(.*))?|-\s(.*))\s*$")
_MULTI = {"AU", "A1", "A2", "A3", "A4", "ED", "KW", "SN", "UR", "N1", "L1", "L2", "L4"}


# -- reading ---------------------------------------------------------------------------------
_RIS_DATE = re.compile(r"(\d{4})?/(\d{1,2})?/?(\d{1,2})?/?(.*)")


def _ris_date(text: str) -> PartialDate | None:
    """``YYYY/MM/DD/other`` (RIS 2011), or any date text."""
    s = text.strip()
    m = _RIS_DATE.fullmatch(s)
    if m:
        y, mo, d, other = m.groups()
        if y:
            try:
                return PartialDate(year=int(y), month=int(mo) if mo else None,
                                   day=int(d) if d and mo else None)
            except ValidationError:
                pass
        return parse_date(other or s)
    return parse_date(s)


def _same_date(text: str, issued: PartialDate | None) -> bool:
    """Whether a date tag's value says the issued date again (or a part of it)."""
    d = _ris_date(text)
    if d is None or issued is None:
        return d is None
    m = _RIS_DATE.fullmatch(text.strip())
    if m and m.group(4).strip():
        return False  # "2013/02/15/received": another date of the work
    if d.year is None or d.end is not None:
        return d == issued
    return d.year == issued.year and d.month in (None, issued.month) and d.day in (None, issued.day)


_EPUB_ET = frozenset({"article-journal", "article-magazine", "article-newspaper"})
_NOT_SINGLE = {"SN", "DO", "PY", "Y1", "DA", "Y2"}  # combined, or dates read by precision
_DOI_NOTE = re.compile(r"^(?:doi:?\s*)(?=10\.\d{4,9}/\S+$)", re.I)


def _split_urls(value: str) -> list[str]:
    """``UR  - http://a; http://b`` (rispy, EndNote): one tag line holding several URLs."""
    parts = [p for p in re.split(r"\s*;\s*|\s+(?=(?:https?|ftp)://)", value.strip()) if p]
    if len(parts) > 1 and all(re.match(r"(?:https?|ftp)://|www\.", p, re.I) for p in parts):
        return parts
    return [value]


def _keep_leftovers(
    values: dict[str, list[tuple[str, int]]], used: dict[tuple[str, ...], set[str]],
    extra: dict[str, Any], report: Report, where: dict[str, Any],
) -> None:
    """A single-valued field read from the first of its tags: the other, different values
    (a second ``PB``, ``T1`` beside ``TI``, ``N2`` beside ``AB``) go to ``extra``, reported,
    instead of vanishing."""
    for tags, seen in used.items():
        for t in tags:
            if t in _MULTI or t in _NOT_SINGLE:
                continue
            rest = [(v, ln) for v, ln in values.get(t, [])
                    if normalize_space(v).casefold() not in seen]
            if not rest or f"ris:{t}" in extra:
                continue
            extra[f"ris:{t}"] = [v for v, _ in rest] if len(rest) > 1 else rest[0][0]
            report.add("unmapped", f"{t}: a further value kept in extra (the field holds one)",
                       field=t, line=rest[0][1], **where)


def _parse_records(text: str, source: str | None, report: Report) -> Iterator[tuple[int, list[tuple[str, str, int]]]]:
    """Yield ``(line of TY, [(tag, value, line)])`` per record; stray lines are reported."""
    fields: list[tuple[str, str, int]] | None = None
    start = 0
    stray_from: int | None = None
    noise: list[int] = []
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.replace("\ufeff", "").rstrip()
        if not line.strip():
            continue
        m = _TAG_RE.match(line.lstrip())
        if m is None:
            if fields:
                tag, value, ln = fields[-1]
                fields[-1] = (tag, f"{value}\n{line.strip()}" if value else line.strip(), ln)
            else:  # text between records (export banners, numbering): not a record
                noise.append(n)
            continue
        tag, value = m.group(1), (m.group(2) or m.group(3) or "").strip()
        if tag == "TY":
            if fields is not None:
                report.add("invalid", "record has no ER line; ended at the next TY",
                           format=NAME, source=source, line=start)
                yield start, fields
            if stray_from is not None:
                report.add("failed", "lines outside a record (no TY) skipped", format=NAME,
                           source=source, line=stray_from, severity="error")
                stray_from = None
            fields, start = [(tag, value, n)], n
        elif tag == "ER":
            if fields is None:
                report.add("failed", "ER without a TY; record skipped", format=NAME,
                           source=source, line=stray_from or n, severity="error")
                stray_from = None
            else:
                yield start, fields
            fields = None
        elif fields is None:
            if stray_from is None:
                stray_from = n
        else:
            fields.append((tag, value, n))
    if fields is not None:
        report.add("invalid", "last record has no ER line", format=NAME, source=source,
                   line=start)
        yield start, fields
    elif stray_from is not None:
        report.add("failed", "lines outside a record (no TY) skipped", format=NAME,
                   source=source, line=stray_from, severity="error")
    if noise:
        report.add("skipped", f"{len(noise)} line(s) of text outside records ignored",
                   format=NAME, source=source, line=noise[0])


def _record_to_work(
    fields: list[tuple[str, str, int]], source: str | None, report: Report, line: int
) -> Work:
    where: dict[str, Any] = {"format": NAME, "source": source}
    since = len(report)
    ty = fields[0][1].strip().upper()
    ty = TYPE_NAMES.get(" ".join(ty.split()), ty)
    ctype = TYPE_FROM_RIS.get(ty)
    extra: dict[str, Any] = {}
    if ctype is None:
        ctype = "document"
        extra["ris:TY"] = fields[0][1]
        report.add("unmapped", f"unknown RIS type {ty!r}, read as 'document'", field="TY",
                   line=line, **where)
    values: dict[str, list[tuple[str, int]]] = {}
    for tag, value, ln in fields[1:]:
        if value:
            values.setdefault(tag, []).append((value, ln))

    used: dict[tuple[str, ...], set[str]] = {}

    def first(*tags: str) -> str | None:
        seen = used.setdefault(tags, set())
        for t in tags:
            for v, _ in values.get(t, []):
                seen.add(normalize_space(v).casefold())
                return normalize_space(v)
        return None

    lang_raw = first("LA")
    lang = language_tag(lang_raw) if lang_raw else None
    if lang_raw and lang is None:
        extra["ris:LA"] = lang_raw
        report.add("invalid", f"not a language: {lang_raw!r}", field="LA", line=line, **where)
    elif lang_raw and len(re.split(r"\s*[;,/]\s*|\s+and\s+", lang_raw.strip())) > 1:
        # "LA  - English; Russian": the work's language is the first; the list is kept
        extra["ris:LA"] = lang_raw
        report.add("unmapped", f"languages {lang_raw!r}: the first is the work's, the list is "
                   "kept in extra", field="LA", line=line, **where)
    out: dict[str, Any] = {"type": ctype, "language": lang, "id": first("ID")}
    title = first("TI", "T1", "CT") or (first("BT") if ctype in ("book", "report") else None)
    out["titles"] = [x for x in [lang_string(title, lang)] if x]
    if title:  # "TI  - Title" beside "T1  - Title: a subtitle" (ProQuest): the rest is the subtitle
        for t in ("TI", "T1", "CT"):
            for v, _ in values.get(t, []):
                full = normalize_space(v)
                m = re.match(re.escape(title) + r"\s*[:.]\s+(\S.*)$", full)
                if m and not out.get("subtitles"):
                    out["subtitles"] = [x for x in [lang_string(m.group(1), lang)] if x]
                    used.setdefault(("TI", "T1", "CT"), set()).add(full.casefold())
    translated = first("TT")
    tt_read = bool(translated and out["titles"])
    if translated and out["titles"]:
        out["titles"].append(LangString(value=translated, lang=detect_language(translated)))
    out["short_titles"] = [x for x in [lang_string(first("ST"), lang)] if x]
    container = first("T2", "JF", "JO") or (first("BT") if ctype not in ("book", "report") else None)
    short = first("J2", "JA", "J1")
    if container is None and short is not None:
        container, short = short, None
    if container is not None and short is None:  # "T2  - The J… of Chemical Physics", "JO  - J. Chem. Phys."
        other = next((normalize_space(v) for t in ("JO", "JF", "T2") for v, _ in values.get(t, [])
                      if len(normalize_space(v)) < len(container)
                      and normalize_space(v).casefold() != container.casefold()), None)
        if other is not None:
            short = other
            used[("T2", "JF", "JO")].add(other.casefold())
    out["container_titles"] = [x for x in [lang_string(container, lang)] if x]
    out["container_short_title"] = short
    out["collection_titles"] = [x for x in [lang_string(first("T3"), lang)] if x]
    for tag, attr in (("VL", "volume"), ("M1", "number"), ("M3", "genre"), ("ET", "edition"),
                      ("NV", "number_of_volumes"), ("C7", "article_number")):
        out[attr] = first(tag)
    epub = _ris_date(out["edition"]) if out["edition"] and ctype in _EPUB_ET else None
    if epub is not None and epub.year is not None and epub.month is not None:
        # EndNote's journal, magazine and newspaper articles: ET is the "Epub Date"
        out["available"], out["edition"] = epub, None
    if out["genre"] and _DOI_NOTE.match(out["genre"]):  # "M3  - doi: 10.…" (refman exports)
        values.setdefault("DO", []).append((_DOI_NOTE.sub("", out["genre"]), values["M3"][0][1]))
        out["genre"] = None
    out["issue"] = first("IS", "CP")
    sp, ep = first("SP"), first("EP")
    out["page"] = f"{sp}–{ep}" if sp and ep and sp != ep else (sp or ep)
    out["publisher"] = [x for x in [lang_string(first("PB"), lang)] if x]
    out["publisher_place"] = [x for x in [lang_string(first("CY"), lang)] if x]
    date_py, date_da = first("PY", "Y1"), first("DA")
    issued = _ris_date(date_da) if date_da else None
    from_py = _ris_date(date_py) if date_py else None
    if issued is None or (from_py is not None and issued.year is None and from_py.year):
        issued = from_py
    if issued is not None and issued.year and issued.day is None:
        # "PY  - 2016" beside "Y1  - 2016/10/19": the same year, told more precisely
        for t in ("DA", "Y1", "PY"):
            for v, _ in values.get(t, []):
                d = _ris_date(v)
                if d is not None and d.year == issued.year and (d.month or 0) > (issued.month or 0) and (
                        issued.month is None or d.month == issued.month):
                    issued = d
    out["issued"] = issued
    # the other dates of the record ("PY  - 2013/02/15/received", PMC): kept, not dropped
    for t in ("PY", "Y1", "DA"):
        rest = [(v, ln) for v, ln in values.get(t, []) if not _same_date(v, issued)]
        if rest:
            extra[f"ris:{t}"] = [v for v, _ in rest]
            report.add("unmapped", f"{t}: a further date kept in extra", field=t,
                       line=rest[0][1], **where)
    out["accessed"] = _ris_date(first("Y2") or "") if first("Y2") else None
    identifiers = []
    for tag in ("DO", "SN"):
        for v, ln in values.get(tag, []):
            # "2325-9671 (electronic)": the qualifier is not part of the number
            v = re.sub(r"\s*\([^)]*\)", " ", v) if tag == "SN" else v
            for part in re.split(r"[;,]\s*|\s+(?=\d)", v) if tag == "SN" else [v]:
                part = part.strip()
                if not part:
                    continue
                kind = classify_identifier(part) if tag == "SN" else ("doi", part)
                ident = safe_identifier(*kind) if kind else None
                if ident is None:
                    extra.setdefault(f"ris:{tag}", []).append(part)
                    report.add("invalid", f"unrecognised {tag} value {part!r} kept in extra",
                               field=tag, line=ln, **where)
                elif ident not in identifiers:
                    identifiers.append(ident)
    out["identifiers"] = identifiers
    urls = [u for v, _ in values.get("UR", []) for u in _split_urls(v)]
    for i, u in enumerate(urls):
        try:
            url = normalize_url(u)
        except ValueError:
            extra.setdefault("ris:UR", []).append(u)
            continue
        if out.get("url") is None:
            out["url"] = url
        elif i:
            ident = safe_identifier("url", url)
            if ident and ident not in identifiers:
                identifiers.append(ident)
    abstracts = []
    abs_tags = ("AB",) if values.get("AB") else ("N2",)
    used[("AB", "N2")] = {normalize_space(v).casefold() for v, _ in values.get(abs_tags[0], [])[:1]}
    for v, _ in values.get(abs_tags[0], []):
        paras = [normalize_space(p) for p in re.split(r"\n\s*\n", v) if p.strip()]
        if paras:
            ls = lang_string(" ".join(paras), lang)
            abstracts.append(Abstract(lang=ls.lang if ls else lang, paragraphs=paras))
    out["abstracts"] = abstracts[:1]
    terms: list[str] = []
    for v, _ in values.get("KW", []):
        for t in re.split(r"[;\n]", v) if ";" in v or "\n" in v else [v]:
            t = normalize_space(t)
            if t and t not in terms:
                terms.append(t)
    if terms:
        ls = lang_string(" ".join(terms), lang)
        out["keywords"] = [KeywordGroup(lang=ls.lang if ls else lang, terms=terms)]
    out["notes"] = [x for x in (lang_string(v, lang) for v, _ in values.get("N1", [])) if x]
    contributors: list[Contributor] = []
    authors: list[tuple[int, Contributor]] = []  # the AU / A1 lines, with their line
    for tag, default_role in NAME_TAGS.items():
        role = "supervisor" if tag == "A3" and ctype == "thesis" else default_role
        for v, ln in values.get(tag, []):
            person = read_contributor(v, role)
            if person is None:
                report.add("invalid", f"unreadable name {v!r}", field=tag, line=ln, **where)
                continue
            same = next((c for c in contributors if c.name == person.name
                         and c.organization == person.organization), None)
            if same is not None and role not in same.roles:
                same.roles = [*same.roles, role]  # type: ignore[list-item]
            elif same is None:
                contributors.append(person)
            if tag in ("AU", "A1"):
                authors.append((ln, same or contributors[-1]))
    _addresses(values, authors, lang)
    out["contributors"] = contributors
    _keep_leftovers(values, used, extra, report, where)
    known = set(TAG_FIELDS) | set(NAME_TAGS) | {"TY", "ER", "N2"} | ({"TT"} if tt_read else set())
    for tag, vals in values.items():
        if tag in known:
            continue
        extra[f"ris:{tag}"] = [v for v, _ in vals] if len(vals) > 1 or tag in _MULTI else vals[0][0]
        report.add("unmapped", f"RIS tag {tag} kept in extra", field=tag, line=vals[0][1], **where)
    out["extra"] = extra
    report_extra(extra, report, since, line=line, **where)
    return Work.model_validate({k: v for k, v in out.items() if v is not None})


def _addresses(values: dict[str, list[tuple[str, int]]], authors: list[tuple[int, Contributor]],
               lang: str | None) -> None:
    """``AD`` (author address) lines as the authors' affiliations: one per author, in order,
    or each after its author's ``AU`` line. Any other count (one address after several
    authors: the group's, the first's or the corresponding author's?) cannot be placed: the
    lines stay for extra."""
    ads = values.get("AD", [])
    if not ads or not authors:
        return
    if len(ads) == len(authors):
        pairs = [(c, v) for (_, c), (v, _) in zip(authors, ads, strict=True)]
    elif all(ln > authors[-1][0] for _, ln in ads):
        return  # fewer (or more) addresses than authors, all after them: whose is which?
    else:
        pairs = []
        for v, ln in ads:
            before = [c for aln, c in authors if aln < ln]
            if not before or before[-1] in (c for c, _ in pairs):
                return  # an address before any author, or two for one author
            pairs.append((before[-1], v))
    for c, v in pairs:
        ls = lang_string(v, lang)
        if ls is not None:
            c.affiliations = [*c.affiliations, Affiliation(raw=[ls])]
    del values["AD"]


def read(text: str, *, source: str | None, report: Report) -> Iterator[Work]:
    """Yield the works of a RIS file; a broken record is reported with its line and skipped.

    >>> ris = "TY  - JOUR\\nAU  - Doe, Jane\\nTI  - A title\\nPY  - 2020\\nER  - \\n"
    >>> [(w.type, w.title, w.issued.year) for w in read(ris, source=None, report=Report())]
    [('article-journal', 'A title', 2020)]
    """
    found = False
    for line, fields in _parse_records(text, source, report):
        found = True
        try:
            yield _record_to_work(fields, source, report, line)
        except (ValidationError, ValueError) as exc:
            msg = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            report.add("failed", f"record cannot be read: {msg}", format=NAME, source=source,
                       line=line, severity="error")
    if not found:
        first_line = next((n for n, ln in enumerate(text.splitlines(), 1) if ln.strip()), 1)
        raise ParseError("no RIS record (TY  - … ER  -) found", source=source, line=first_line)


# -- writing ---------------------------------------------------------------------------------
def _tag(tag: str, value: str) -> str:
    return f"{tag}  - {normalize_space(value)}"


def _ris_name(c: Contributor, lang: str | None) -> str:
    if c.name is None:
        return first_text(c.organization, lang) or c.display()
    n = c.name
    if not (n.family or n.given):
        return n.literal or ""
    family = " ".join(p for p in (n.particles(), n.family) if p)
    parts = [family, n.given_full() or "", n.suffix or ""]
    while parts and not parts[-1]:
        parts.pop()
    return ", ".join(parts)


def _address(a: Affiliation) -> str | None:
    """An affiliation as one ``AD`` line: the source's own text, else its parts."""
    if a.raw:
        return a.raw[0].value
    parts = [x[0].value for x in (a.department, a.institution, a.address, a.city) if x]
    return ", ".join(parts + ([a.country] if a.country else [])) or None


def _date_da(d: PartialDate) -> str:
    if d.year is None:
        return d.literal or d.iso()
    return f"{d.year:04d}/{d.month or '':0>2}/{d.day or '':0>2}/".replace("/00/", "//")


def _record(work: Work) -> list[str]:
    lang = work.language
    lines = [_tag("TY", TYPE_TO_RIS.get(work.type, "GEN"))]
    if work.id:
        lines.append(_tag("ID", work.id))
    thesis = work.type == "thesis"
    for c in work.contributors:
        for role in c.roles:
            tag = ROLE_TAGS.get(role)
            if tag is None or (role == "supervisor" and not thesis) or (
                role == "collection-editor" and thesis
            ):
                continue
            lines.append(_tag(tag, _ris_name(c, lang)))
            if tag == "AU":  # read back as this author's address: AD follows its AU
                lines += [_tag("AD", a) for a in map(_address, c.affiliations) if a]
    title = first_text(work.titles, lang)
    if title:
        lines.append(_tag("TI", title))
        # RIS has one slot for a translated title: the first title in another language
        tt = next((t.value for t in work.titles if t.value != title), None)
        if tt:
            lines.append(_tag("TT", tt))
    for tag, attr in (("ST", "short_titles"), ("T2", "container_titles"),
                      ("T3", "collection_titles"), ("PB", "publisher"), ("CY", "publisher_place")):
        text = first_text(getattr(work, attr), lang)
        if text:
            lines.append(_tag(tag, text))
    if work.container_short_title:
        lines.append(_tag("J2", work.container_short_title))
    if work.issued is not None:
        if work.issued.year is not None:
            lines.append(_tag("PY", f"{work.issued.year:04d}"))
        if work.issued.month is not None or work.issued.year is None:
            lines.append(_tag("DA", _date_da(work.issued)))
    if work.accessed is not None:
        lines.append(_tag("Y2", _date_da(work.accessed)))
    if work.available is not None and work.type in _EPUB_ET and not work.edition:
        lines.append(_tag("ET", _date_da(work.available)))  # EndNote's "Epub Date"
    for tag, attr in (("VL", "volume"), ("IS", "issue"), ("M1", "number"), ("M3", "genre"),
                      ("ET", "edition"), ("NV", "number_of_volumes"), ("C7", "article_number")):
        value = getattr(work, attr)
        if value:
            lines.append(_tag(tag, value))
    if work.page:
        pages = re.split(r"\s*[–—-]\s*", work.page, maxsplit=1)
        lines.append(_tag("SP", pages[0]))
        if len(pages) > 1 and pages[1]:
            lines.append(_tag("EP", pages[1]))
    for ident in work.identifiers:
        if ident.scheme in ("isbn", "issn", "eissn"):
            lines.append(_tag("SN", ident.value))
        elif ident.scheme == "doi":
            lines.append(_tag("DO", ident.value))
    urls = [work.url] if work.url else []
    urls += [i.value for i in work.identifiers if i.scheme == "url" and i.value not in urls]
    lines += [_tag("UR", u) for u in urls]
    abstract = work.abstract_in(lang) or (work.abstracts[0] if work.abstracts else None)
    if abstract is not None:
        lines.append(_tag("AB", " ".join(abstract.paragraphs)))
    terms = work.keywords_in(lang) or (work.keywords[0].terms if work.keywords else [])
    lines += [_tag("KW", t) for t in terms]
    if lang:
        lines.append(_tag("LA", lang))
    lines += [_tag("N1", n.value) for n in work.notes if not lang or n.lang in (lang, None)]
    for key, value in work.extra.items():
        if key.startswith("ris:") and re.fullmatch(r"[A-Z][A-Z0-9]", key[4:]) and key != "ris:TY":
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str | int | float) and str(v).strip():
                    lines.append(_tag(key[4:], str(v)))
    lines.append("ER  - ")
    return [ln for ln in lines if not ln.endswith("  - ") or ln.startswith("ER")]


_REASONS: dict[str, str] = {
    "titles": "RIS holds one title (the work's language)",
    "subtitles": "RIS has no subtitle tag",
    "abstracts": "RIS holds one abstract (the work's language), as one paragraph",
    "keywords": "RIS keywords carry no language; only the work's language is written",
    "contributors": "RIS names carry no ORCID, e-mail, degree or other roles, and an author's "
                    "affiliation only as its text (AD)",
    "identifiers": "RIS holds DOI, ISBN, ISSN and URLs only",
}  # fmt: skip


def write(works: list[Work], *, report: Report, **options: Any) -> str:
    """RIS records, one per work (with ``references=True``, one per reference of the works);
    each field RIS cannot hold is reported.

    >>> from scholarmeta.model import LangString
    >>> r = Report()
    >>> titles = [LangString(value="A", lang="en"), LangString(value="Б", lang="ru"),
    ...           LangString(value="Ә", lang="kk")]  # RIS holds two: TI and TT
    >>> _ = write([Work(titles=titles)], report=r)
    >>> [d.field for d in r]
    ['titles']
    """
    if option_flag(options.get("references")):
        works = reference_works(works)
    out: list[str] = []
    for i, work in enumerate(works):
        lines = _record(work)
        out.extend(lines)
        out.append("")
        _report_losses(work, "\n".join(lines), report, record_label(work, i))
    return "\n".join(out)


def _report_losses(work: Work, text: str, report: Report, record: str) -> None:
    """Report each field whose value does not come back from ``text`` (so the report is exact)."""
    back: Work | None
    try:
        back = next(read(text, source=None, report=Report()))
    except (ParseError, StopIteration):
        back = None
    for key, empty in changed_values(work, back, Work.model_fields).items():
        reason = _REASONS.get(key, f"RIS has no tag for {key}")
        for field, gone in loss_fields(key, empty, work, back):
            report.add("dropped" if gone else "degraded", reason, format=NAME, record=record,
                       field=field)


def sniff(text: str, filename: str | None = None) -> float:
    """Confidence that ``text`` is RIS.

    >>> sniff("TY  - JOUR\\nTI  - x\\nER  - ")
    0.95
    """
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    if re.match(r"TY\s{1,3}-", head):
        return 0.95 if re.search(r"^ER\s{1,3}-", text, re.M) else 0.8
    if filename and filename.lower().endswith(".ris"):
        return 0.3
    return 0.0
