"""Unqualified Dublin Core as OAI-PMH ``oai_dc`` records, read and write.

The writer emits one ``oai_dc:dc`` record per work (an OAI-PMH ``ListRecords`` response for
several works, or with ``envelope=True``), valid against ``oai_dc.xsd``: every language of the
title, abstract and keywords with ``xml:lang``, creators as ``Family, Given``, the supervisor,
editors and other contributors as ``dc:contributor``, identifiers as URIs (``https://doi.org/``,
``urn:isbn:``, ``urn:issn:``) and the container as a ``dc:source`` citation. The reader takes
``oai_dc`` records, OAI-PMH responses (header identifiers kept in ``extra``) and any element
holding DC elements.

Why hand-written: the OAI-PMH libraries (Sickle, pyoai) harvest over HTTP into raw dicts; the
mapping to and from the Work model is the whole job here, and lxml does the XML.

>>> from scholarmeta.model import Work, LangString
>>> xml = write([Work(titles=[LangString(value="T", lang="en")])], report=Report())
>>> next(read(xml, source=None, report=Report())).title
'T'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from lxml import etree
from pydantic import ValidationError

from ..errors import ParseError
from ..lang import detect_language, normalize_space
from ..model import (
    WORK_TYPES,
    Abstract,
    Contributor,
    KeywordGroup,
    LangString,
    Work,
    first_text,
)
from ..report import Report
from . import _common
from ._common import (
    changed_values,
    classify_identifier,
    clean_text,
    has_bad_xml,
    is_empty,
    lang_string,
    loss_fields,
    option_flag,
    parse_date,
    read_contributor,
    record_label,
    reference_works,
    report_extra,
    safe_identifier,
    xml_bytes,
)

__all__ = [
    "DCMI_TYPES",
    "DCTERMS_ALIASES",
    "DESCRIPTION",
    "EXTENSIONS",
    "HOLDS",
    "NAME",
    "TYPE_FROM_DC",
    "TYPE_TO_EUREPO",
    "WRITE_OPTIONS",
    "read",
    "sniff",
    "write",
]

NAME = "dc"
DESCRIPTION = "Dublin Core (OAI-PMH oai_dc records)"
EXTENSIONS: tuple[str, ...] = (".xml", ".dc.xml", ".oai")
WRITE_OPTIONS: frozenset[str] = frozenset({"envelope", "datestamp", "references"})
EXACT_LOSSES = True  # the writer checks its own output: its loss report is exact

DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
OAI_NS = "http://www.openarchives.org/OAI/2.0/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

HOLDS: frozenset[str] = frozenset({
    "type", "language", "titles", "contributors", "keywords", "abstracts", "publisher",
    "issued", "identifiers", "url", "container_titles", "volume", "issue", "page", "license",
})  # fmt: skip
"""Work fields Dublin Core keeps on a write -> read trip."""

DCMI_TYPES: dict[str, str] = {
    "dataset": "Dataset", "software": "Software", "graphic": "StillImage", "figure": "StillImage",
    "map": "StillImage", "motion_picture": "MovingImage", "broadcast": "MovingImage",
    "song": "Sound", "event": "Event", "performance": "Event",
}  # fmt: skip
"""CSL type -> DCMI Type Vocabulary term; every other type is ``Text``."""

TYPE_TO_EUREPO: dict[str, str] = {
    "article-journal": "article", "article": "preprint", "book": "book", "chapter": "bookPart",
    "paper-conference": "conferenceObject", "thesis": "doctoralThesis", "report": "report",
    "review": "review", "review-book": "review", "patent": "patent", "dataset": "dataset",
    "software": "software", "manuscript": "workingPaper", "speech": "lecture",
}  # fmt: skip
"""CSL type -> info:eu-repo/semantics/ term (the OpenAIRE vocabulary repositories use)."""

TYPE_FROM_DC: dict[str, str] = {
    "article": "article-journal", "journalarticle": "article-journal",
    "journal article": "article-journal", "book": "book", "bookpart": "chapter",
    "book chapter": "chapter", "chapter": "chapter", "conferenceobject": "paper-conference",
    "conferencepaper": "paper-conference", "conference paper": "paper-conference",
    "conference proceedings": "paper-conference", "doctoralthesis": "thesis",
    "masterthesis": "thesis", "bachelorthesis": "thesis", "thesis": "thesis",
    "dissertation": "thesis", "report": "report", "technical report": "report",
    "workingpaper": "manuscript", "preprint": "article", "review": "review", "patent": "patent",
    "dataset": "dataset", "software": "software", "lecture": "speech", "image": "graphic",
    "stillimage": "graphic", "movingimage": "motion_picture", "sound": "song", "event": "event",
    "webpage": "webpage", "статья": "article-journal", "мақала": "article-journal",
}  # fmt: skip
"""``dc:type`` values (lower case, eu-repo prefix removed) -> CSL type; CSL names read as is."""

DCTERMS_ALIASES: dict[str, str] = {
    "abstract": "description", "issued": "date", "created": "date", "available": "date",
    "dateAccepted": "date", "alternative": "title", "bibliographicCitation": "source",
    "license": "rights", "accessRights": "rights", "isPartOf": "source",
}  # fmt: skip
"""DCMI terms (``dcterms:``) read as the element of the 15 they refine."""

# language_tag is pure and sees the same few tags over and over (it validates a Work each time)
language_tag = lru_cache(maxsize=4096)(_common.language_tag)

_PARSER_OPTS: dict[str, Any] = {
    "resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False,
    "remove_comments": True, "remove_pis": True,
}  # fmt: skip


# -- writing ---------------------------------------------------------------------------------
def _person(c: Contributor, lang: str | None) -> str:
    if c.name is None:
        return first_text(c.organization, lang) or c.display()
    n = c.name
    if not (n.family or n.given):
        return n.literal or ""
    family = " ".join(p for p in (n.particles(), n.family) if p)
    given = n.given_full()
    s = f"{family}, {given}" if family and given else (family or given or "")
    return f"{s}, {n.suffix}" if n.suffix else s


def _source_citation(work: Work) -> str | None:
    """``Container, vol. 5, no. 2, pp. 9–46`` (the form the reader parses back)."""
    container = first_text(work.container_titles, work.language)
    parts = [container] if container else []
    if work.volume:
        parts.append(f"vol. {work.volume}")
    if work.issue:
        parts.append(f"no. {work.issue}")
    if work.page:
        parts.append(f"pp. {work.page}")
    return ", ".join(parts) or None


def _identifier_uri(scheme: str, value: str) -> str | None:
    return {
        "doi": f"https://doi.org/{value}", "isbn": f"urn:isbn:{value}",
        "issn": f"urn:issn:{value}", "eissn": f"urn:issn:{value}", "url": value,
        "pmid": f"info:pmid/{value}", "arxiv": f"arXiv:{value}",
    }.get(scheme)  # fmt: skip


_NSMAP = {"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS}
_SCHEMA_LOCATION = {f"{{{XSI_NS}}}schemaLocation":
                    f"{OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"}  # fmt: skip
_DC_TAGS = {name: f"{{{DC_NS}}}{name}" for name in (
    "title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
    "format", "identifier", "source", "language", "relation", "coverage", "rights")}  # fmt: skip


_EU_CLASSIFICATIONS = frozenset({"ddc", "udc", "lcc", "bk", "rvk"})


def _values(work: Work) -> list[tuple[str, str, str | None]]:
    """The record's DC elements in order: (element name, text, xml:lang)."""
    out: list[tuple[str, str, str | None]] = []
    lang = work.language

    def add(name: str, text: str | None, xml_lang: str | None = None) -> None:
        text = clean_text(text) if text else text  # XML 1.0 cannot hold control characters
        if text is None or not text.strip():
            return
        out.append((name, text, xml_lang or None))

    for t in work.titles:
        sub = next((s.value for s in work.subtitles if s.lang == t.lang), None)
        add("title", f"{t.value}: {sub}" if sub else t.value, t.lang)
    for c in work.contributors:
        if "author" in c.roles:
            add("creator", _person(c, lang))
    for c in work.contributors:
        if any(r != "author" for r in c.roles):
            add("contributor", _person(c, lang))
    for g in work.keywords:
        vocab = (g.vocabulary or "").lower()
        for term in g.terms:
            if vocab in _EU_CLASSIFICATIONS:  # OpenAIRE's form for a classification code
                add("subject", f"info:eu-repo/classification/{vocab}/{term}")
            else:
                add("subject", term, g.lang)
    for a in work.abstracts:
        add("description", a.text, a.lang)
    for p in work.publisher:
        add("publisher", p.value, p.lang)
    if work.issued is not None:
        add("date", work.issued.iso())
    add("type", DCMI_TYPES.get(work.type, "Text"))
    eu = TYPE_TO_EUREPO.get(work.type)
    add("type", f"info:eu-repo/semantics/{eu}" if eu else work.type)
    seen: set[str] = set()
    if work.url:
        add("identifier", work.url)
        seen.add(work.url)
    for ident in work.identifiers:
        uri = _identifier_uri(ident.scheme, ident.value)
        if uri and uri not in seen:
            seen.add(uri)
            add("identifier", uri)
    add("source", _source_citation(work))
    add("language", lang)
    add("rights", work.license)
    # what the reader kept in extra of an element (dc:relation, dc:format, dc:coverage, a
    # second dc:language, a date or identifier it could not place …) goes back in that element
    for key, value in work.extra.items():
        name = key[3:] if key.startswith("dc:") else None
        if name in _DC_TAGS:
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str):
                    add(name, v)
    return out


def _record(values: list[tuple[str, str, str | None]]) -> etree._Element:
    """The ``oai_dc:dc`` element of ``_values``."""
    root = etree.Element(f"{{{OAI_DC_NS}}}dc", _SCHEMA_LOCATION, nsmap=_NSMAP)
    make = etree.SubElement
    for name, text, xml_lang in values:
        make(root, _DC_TAGS[name], {XML_LANG: xml_lang} if xml_lang else None).text = text
    return root


_RECORD_START = (
    f'<oai_dc:dc xmlns:oai_dc="{OAI_DC_NS}" xmlns:dc="{DC_NS}" xmlns:xsi="{XSI_NS}"'
    f' xsi:schemaLocation="{OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd">\n'
)
# characters that text or attributes escape
_SPECIAL = re.compile("[&<>\"\t\n\r]")


def _record_text(values: list[tuple[str, str, str | None]]) -> str | None:
    """``_record`` serialised as lxml pretty-prints it, without building it (the common path:
    a few µs instead of ~100); None when a value holds characters XML cannot hold, which
    lxml is left to refuse."""
    texts = " ".join([t for _, t, _ in values])
    if has_bad_xml(texts):  # lxml is left to refuse them
        return None
    escape = _SPECIAL.search(texts) is not None
    lines = [_RECORD_START]
    for name, text, xml_lang in values:
        if escape:
            text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\r", "&#13;"))  # fmt: skip
        if xml_lang:
            if _SPECIAL.search(xml_lang) is not None:
                return None
            lines.append(f'  <dc:{name} xml:lang="{xml_lang}">{text}</dc:{name}>\n')
        else:
            lines.append(f"  <dc:{name}>{text}</dc:{name}>\n")
    lines.append("</oai_dc:dc>\n")
    return "".join(lines)


def _envelope(records: list[tuple[Work, etree._Element]], datestamp: str) -> etree._Element:
    nsmap: Any = {None: OAI_NS, "xsi": XSI_NS}
    root = etree.Element(f"{{{OAI_NS}}}OAI-PMH", nsmap=nsmap)
    root.set(f"{{{XSI_NS}}}schemaLocation",
             f"{OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
    etree.SubElement(root, f"{{{OAI_NS}}}responseDate").text = f"{datestamp}T00:00:00Z"
    req = etree.SubElement(root, f"{{{OAI_NS}}}request")
    req.set("verb", "ListRecords")
    req.set("metadataPrefix", "oai_dc")
    req.text = "https://scholarmeta.invalid/oai"
    lst = etree.SubElement(root, f"{{{OAI_NS}}}ListRecords")
    for i, (work, dc) in enumerate(records):
        rec = etree.SubElement(lst, f"{{{OAI_NS}}}record")
        header = etree.SubElement(rec, f"{{{OAI_NS}}}header")
        oai_id = work.extra.get("oai:identifier")
        ident = oai_id if isinstance(oai_id, str) else f"oai:scholarmeta:{work.id or i + 1}"
        etree.SubElement(header, f"{{{OAI_NS}}}identifier").text = ident
        stamp = work.extra.get("oai:datestamp")
        etree.SubElement(header, f"{{{OAI_NS}}}datestamp").text = (
            stamp if isinstance(stamp, str) else datestamp
        )
        etree.SubElement(rec, f"{{{OAI_NS}}}metadata").append(dc)
    return root


_REASONS: dict[str, str] = {
    "contributors": "DC names carry no role, affiliation, ORCID or e-mail",
    "subtitles": "written after the title with ': '",
    "identifiers": "DC identifiers hold DOI, ISBN, ISSN, PMID, arXiv and URLs",
    "id": "a bare oai_dc record has no record id (use envelope=True)",
}  # fmt: skip


def write(works: list[Work], *, report: Report, **options: Any) -> str:
    """One ``oai_dc:dc`` record, or an OAI-PMH ``ListRecords`` response for several works
    (or with ``envelope=True``); ``datestamp`` (``YYYY-MM-DD``) sets the header dates;
    ``references=True`` writes the works' references instead.

    >>> print(write([Work(type="book")], report=Report()).splitlines()[1])
      <dc:type>Text</dc:type>
    """
    text, losses = write_deferred(works, **options)
    losses(report)
    return text


def write_deferred(works: list[Work], **options: Any) -> tuple[str, Callable[[Report], None]]:
    """What ``write`` writes, and its (exact) loss check as a function to run on a report
    later: ``scholarmeta.write`` runs it only when the result's ``.report`` is first read.

    >>> text, losses = write_deferred([Work(type="book", edition="2")])
    >>> report = Report(); losses(report); [d.field for d in report]
    ['edition']
    """
    if option_flag(options.get("references")):
        works = reference_works(works)
    envelope = option_flag(options.get("envelope"))
    wrap = bool(envelope) or (envelope is None and len(works) != 1)
    datestamp = str(options.get("datestamp") or datetime.now(timezone.utc).date().isoformat())
    values = [_values(w) for w in works]

    def losses(report: Report) -> None:
        for i, work in enumerate(works):
            _report_losses(work, values[i], report, record_label(work, i), wrapped=wrap)

    text = _record_text(values[0]) if len(works) == 1 and not wrap else None
    if text is not None:
        return text, losses
    records = [(w, _record(v)) for w, v in zip(works, values, strict=True)]
    root = _envelope(records, datestamp) if wrap else records[0][1]
    out = etree.tostring(root, encoding="unicode", pretty_print=True) if works or wrap else ""
    return out, losses


# Work fields the reader can fill; every other field of a work is lost on a write.
_READ_BACK = frozenset({
    "type", "language", "titles", "contributors", "keywords", "abstracts", "notes", "publisher",
    "issued", "identifiers", "url", "container_titles", "volume", "issue", "page", "license",
    "extra",
})  # fmt: skip


def _report_losses(work: Work, written: list[tuple[str, str, str | None]], report: Report,
                   record: str, *, wrapped: bool) -> None:
    """Report each field whose value does not come back from the record (an exact loss list).

    The record is read back from what was written (not re-parsed); only the fields the reader
    can fill are read back, so every other non-empty field counts as dropped.
    """
    # Only the fields the reader can fill are dumped and compared: every other one is lost
    # when it is not empty (which the model's value says as its dump would: references and
    # sections, the bulk of a work, are never dumped).
    filled = [k for k, v in work.__dict__.items() if not (wrapped and k == "id")
              and not is_empty(v)]  # fmt: skip  (in the order model_dump gives)
    readable = set(_READ_BACK.intersection(filled))
    changed: dict[str, bool] = {}
    back: Work | None = None
    if readable:
        groups: dict[str, list[tuple[str, str | None]]] = {}
        for name, text, xml_lang in written:
            value = text.strip() if name == "description" else normalize_space(text)
            if value:
                groups.setdefault(name, []).append((value, xml_lang))
        back = _groups_to_work(groups, {"format": NAME, "source": None, "line": None}, Report(), 0)
        changed = changed_values(work, back, [k for k in filled if k in readable])
    for key in filled:
        if key in readable and key not in changed:
            continue  # came back unchanged
        empty = changed.get(key, True)
        for field, gone in loss_fields(key, empty, work, back if key in readable else None):
            report.add("dropped" if gone else "degraded",
                       _REASONS.get(key, f"Dublin Core has no element for {key}"),
                       format=NAME, record=record, field=field)


# -- reading ---------------------------------------------------------------------------------
def _parse_xml(text: str, source: str | None) -> etree._Element:
    s = text.lstrip("\ufeff \t\r\n")
    if re.search(r"<!ENTITY", s[:20000], re.I):
        raise ParseError("XML with DTD entity declarations is refused (XXE / entity expansion)",
                         source=source, line=1)
    s = re.sub(r"^<\?xml[^>]*\?>", "", s)
    try:
        return etree.fromstring(xml_bytes(s, source), etree.XMLParser(**_PARSER_OPTS))
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"not well-formed XML: {exc.msg}", source=source,
                         line=exc.lineno, column=exc.offset) from None


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _is_dc(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and etree.QName(el).namespace in (DC_NS, DCTERMS_NS)


def _line(el: etree._Element) -> int | None:
    ln = el.sourceline
    return ln if isinstance(ln, int) else None


def _text(el: etree._Element) -> str:
    return normalize_space("".join(str(t) for t in el.itertext()))


_OJS_ISSUE = re.compile(
    r"(?:(?:vol|v)\.?\s*(?P<vol>[\w.-]+))?\s*,?\s*"
    r"(?:(?:no|num|núm|nro|n[º°]?|№)\.?\s*(?P<no>[\w./-]+))?"
    r"\s*(?:\((?P<year>\d{4})\))?\s*(?::.*)?", re.I)
_OJS_PAGES = re.compile(r"(?:pp?\.\s*)?(?P<page>[eE]?\d+(?:\s*[–—-]\s*[eE]?\d+)?)")


def _parse_ojs_source(text: str) -> dict[str, str] | None:
    """OJS's ``Journal; Vol. 2 No. 1 (2022): Issue title; 1-12`` (also ``Journal; No 1 (2013)``,
    ``Journal; 2022``): the journal, then the issue, then the pages, split at semicolons."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 or not parts[0] or not all(parts[1:]):
        return None
    out = {"container": parts[0]}
    for i, part in enumerate(parts[1:], 1):
        year = re.fullmatch(r"\(?(\d{4})\)?", part)
        m = _OJS_ISSUE.fullmatch(part)
        pg = _OJS_PAGES.fullmatch(part)
        if year and 1000 <= int(year.group(1)) <= 2100 and i == 1:
            continue
        if m and (m.group("vol") or m.group("no")) and i == 1:
            for key, group in (("volume", "vol"), ("issue", "no")):
                if m.group(group):
                    out[key] = m.group(group).rstrip(".,")
        elif pg and i == len(parts) - 1:
            out["page"] = pg.group("page")
        else:
            return None
    return out


def _parse_source(text: str) -> dict[str, str]:
    """``Journal, vol. 5, no. 2, pp. 9–46`` and similar citations -> container fields."""
    if ";" in text:
        ojs = _parse_ojs_source(text)
        if ojs is not None:
            return ojs
    out: dict[str, str] = {}
    rest = text
    for key, pat in (("volume", r"(?:vol\.?|volume|т\.|том)\s*([\w.-]+)"),
                     ("issue", r"(?:no\.?|№|iss\.?|issue|вып\.?)\s*([\w./-]+)"),
                     ("page", r"(?:pp?\.|с\.|б\.)\s*(\d[\d\s–—-]*\d|\d+)")):
        m = re.search(r"(?:^|[,;.(]\s*)" + pat, rest, re.I)
        if m:
            out[key] = m.group(1).strip()
            rest = rest[: m.start()] + rest[m.end():]
    container = normalize_space(re.sub(r"[\s,;.]+$", "", rest))
    if container:
        out["container"] = container
    return out


def _element_to_work(rec: etree._Element, source: str | None, report: Report,
                     index: int) -> Work | None:
    where: dict[str, Any] = {"format": NAME, "source": source, "line": _line(rec)}
    groups: dict[str, list[tuple[str, str | None]]] = {}
    for el in rec:
        if not _is_dc(el):
            continue
        value = _text(el) if _local(el) not in ("description", "abstract") else "".join(str(t) for t in el.itertext()).strip()
        if value:
            tag = DCTERMS_ALIASES.get(_local(el), _local(el))
            groups.setdefault(tag, []).append((value, el.get(XML_LANG)))
    return _groups_to_work(groups, where, report, index)


_TIMESTAMP = re.compile(r"T\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:?\d\d)?$")
_EU_CLASS = re.compile(r"^info:eu-repo/classification/([\w.-]+)/(.+)$", re.I)
_EU_ALT_ID = re.compile(r"^info:eu-repo/semantics/altIdentifier/(\w+)/(.+)$", re.I)
_EU_ACCESS = re.compile(r"^info:eu-repo/semantics/\w+Access$", re.I)
_ALT_SCHEMES: dict[str, Any] = {
    "doi": "doi", "pmid": "pmid", "pmcid": "pmcid", "pmc": "pmcid", "issn": "issn",
    "eissn": "eissn", "pissn": "issn", "isbn": "isbn", "arxiv": "arxiv", "url": "url",
}  # fmt: skip


def _groups_to_work(groups: dict[str, list[tuple[str, str | None]]], where: dict[str, Any],
                    report: Report, index: int) -> Work | None:
    """The work of one record's DC values: element name -> [(text, xml:lang)]."""
    since = len(report)
    extra: dict[str, Any] = {}

    def lang_of(raw: str | None, text: str) -> str | None:
        return (language_tag(raw) if raw else None) or detect_language(text)

    langs = [v for v, _ in groups.get("language", [])]
    lang_raw = langs[0] if langs else None
    lang = language_tag(lang_raw) if lang_raw else None
    # a record in several languages ("eng", "rus"): the first is the work's, the others kept
    other_langs = [v for v in dict.fromkeys(langs[1:])
                   if v != lang_raw and language_tag(v) != lang]
    if lang_raw and lang is None:
        extra["dc:language"] = [lang_raw, *other_langs] if other_langs else lang_raw
        report.add("invalid", f"not a language: {lang_raw!r}", field="language", **where)
    elif other_langs:
        extra["dc:language"] = other_langs
        report.add("unmapped", "dc:language: the first is the work's language, the others are "
                   "kept in extra", field="language", **where)
    out: dict[str, Any] = {"language": lang}
    titles = [LangString(value=normalize_space(v), lang=lang_of(lg, v))
              for v, lg in groups.get("title", [])]
    out["titles"] = list(dict.fromkeys(titles))
    if lang is None and titles:
        out["language"] = titles[0].lang
    contributors: list[Contributor] = []
    for tag, role in (("creator", "author"), ("contributor", "contributor")):
        for v, lg in groups.get(tag, []):
            person = read_contributor(v, role, lg)
            if person is None:
                continue
            same = next((c for c in contributors if c.name == person.name
                         and c.organization == person.organization), None)
            if same is None:
                contributors.append(person)
            elif role not in same.roles:
                same.roles = [*same.roles, role]  # type: ignore[list-item]
            else:
                report.add("skipped", f"dc:{tag} {v!r} repeated: read once", field=tag,
                           severity="info", **where)
    out["contributors"] = contributors
    kw: dict[str | None, list[str]] = {}
    classes: dict[str, list[str]] = {}
    for v, lg in groups.get("subject", []):
        m = _EU_CLASS.match(v.strip())
        if m:  # OpenAIRE "info:eu-repo/classification/ddc/590": a code in a vocabulary
            classes.setdefault(m.group(1).lower(), []).append(m.group(2))
            continue
        key = lang_of(lg, v) if lg else None
        terms = kw.setdefault(key, [])
        if v not in terms:
            terms.append(v)
    if None in kw:  # untagged subjects: one group in the language most of them are in
        terms = kw.pop(None)
        guess = detect_language(" ".join(terms)) or out["language"]
        kw.setdefault(guess, []).extend(t for t in terms if t not in kw.get(guess, []))
    out["keywords"] = [KeywordGroup(lang=k, terms=v) for k, v in kw.items()] + [
        KeywordGroup(lang=None, terms=list(dict.fromkeys(v)), vocabulary=k) for k, v in classes.items()]
    abstracts: list[Abstract] = []
    notes: list[LangString] = []
    for v, lg in groups.get("description", []):
        paras = [normalize_space(p) for p in re.split(r"\n\s*\n", v) if p.strip()]
        alang = lang_of(lg, v)
        if any(a.lang == alang for a in abstracts):
            ls = lang_string(v, alang)
            if ls:
                notes.append(ls)
        elif paras:
            abstracts.append(Abstract(lang=alang, paragraphs=paras))
    out["abstracts"], out["notes"] = abstracts, notes
    out["publisher"] = [x for x in (lang_string(v, lang_of(lg, v)) for v, lg in
                                    groups.get("publisher", [])) if x]
    dates = [v for v, _ in groups.get("date", [])]
    if dates:
        # DSpace writes the accession and availability timestamps ("2012-03-15T14:10:37Z")
        # before the date of issue ("2011"): a date without a time of day is the publication's
        at = next((i for i, d in enumerate(dates) if not _TIMESTAMP.search(d.strip())), 0)
        issued = parse_date(_TIMESTAMP.sub("", dates[at].strip()))
        for i, d in enumerate(dates):  # a timestamp of that same year and month tells the day
            more = parse_date(_TIMESTAMP.sub("", d.strip())) if i != at else None
            if (issued is not None and more is not None and more.year == issued.year
                    and issued.day is None and (issued.month in (None, more.month))
                    and (more.month or 0) > (issued.month or 0)):
                issued, at = more, i
        out["issued"] = issued
        rest = [d for i, d in enumerate(dates) if i != at]
        if rest:
            extra["dc:date"] = rest
    ctype = None
    for v, _ in groups.get("type", []):
        key = re.sub(r"^info:eu-repo/semantics/", "", v.strip(), flags=re.I)
        if key == v.strip() and key in WORK_TYPES:
            ctype = key
            break
        mapped = TYPE_FROM_DC.get(key.lower())
        if mapped and (ctype is None or mapped != "graphic"):
            ctype = mapped if key.lower() != "text" else ctype
    out["type"] = ctype or "document"
    identifiers = []
    others: list[str] = []
    for v, _ in groups.get("identifier", []):
        kind = classify_identifier(v)
        if kind is None:
            m = re.match(r"^(?:info:pmid/|pmid:\s*)(\d+)$", v, re.I)
            kind = ("pmid", m.group(1)) if m else None
            if kind is None and v.lower().startswith("arxiv:"):
                kind = ("arxiv", v)
        ident = safe_identifier(*kind) if kind else None
        if ident is None:
            others.append(v)
        elif ident.scheme == "url" and "url" not in out:
            out["url"] = ident.value
        elif ident not in identifiers:
            identifiers.append(ident)
    if others:
        extra["dc:identifier"] = others
    for v, _ in groups.get("source", []):
        kind = classify_identifier(v)
        ident = safe_identifier(*kind) if kind else None
        if ident is not None:
            if ident not in identifiers:
                identifiers.append(ident)
            continue
        if "container_titles" in out:
            extra.setdefault("dc:source", []).append(v)
            continue
        parts = _parse_source(v)
        if "container" in parts:
            ls = lang_string(parts["container"], lang)
            out["container_titles"] = [ls] if ls else []
        for key in ("volume", "issue", "page"):
            if key in parts:
                out[key] = parts[key]
    relations: list[str] = []
    for v, _ in groups.get("relation", []):
        m = _EU_ALT_ID.match(v.strip())  # OpenAIRE: another identifier of this same work
        scheme = _ALT_SCHEMES.get(m.group(1).lower()) if m else None
        ident = safe_identifier(scheme, m.group(2).strip()) if m and scheme else None
        if ident is None:
            relations.append(v)
        elif ident not in identifiers:
            identifiers.append(ident)
    if relations:
        extra["dc:relation"] = relations
        report.add("unmapped", "dc:relation kept in extra", field="relation", **where)
    out["identifiers"] = identifiers
    rights = [v for v, _ in groups.get("rights", [])]
    # "info:eu-repo/semantics/openAccess" tells the access, not the licence: a licence beside
    # it (a Creative Commons URL) is the one to keep as the licence
    licences = [r for r in rights if not _EU_ACCESS.match(r.strip())] or rights
    if licences:
        out["license"] = licences[0]
        if len(rights) > 1:
            extra["dc:rights"] = [r for r in rights if r != licences[0]]
    handled = {"title", "creator", "contributor", "subject", "description", "publisher", "date",
               "type", "identifier", "source", "language", "rights", "relation"}
    for tag, vals in groups.items():
        if tag not in handled:
            extra[f"dc:{tag}"] = [v for v, _ in vals]
            report.add("unmapped", f"dc:{tag} kept in extra", field=tag, **where)
    out["extra"] = extra
    report_extra(extra, report, since, **where)
    try:
        return Work.model_validate({k: v for k, v in out.items() if v is not None})
    except ValidationError as exc:
        report.add("failed", f"record {index + 1} cannot be read: {exc.errors()[0]['msg']}",
                   severity="error", **where)
        return None


def _records(root: etree._Element) -> list[etree._Element]:
    """Elements whose children include DC elements (oai_dc:dc, <metadata>, <dc>, <record>)."""
    return [el for el in root.iter() if isinstance(el.tag, str) and any(_is_dc(c) for c in el)]


def read(text: str, *, source: str | None, report: Report) -> Iterator[Work]:
    """Yield the works of ``oai_dc`` records (bare, or inside an OAI-PMH response).

    >>> xml = ('<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
    ...        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A</dc:title>'
    ...        '<dc:creator>Doe, Jane</dc:creator><dc:date>2020</dc:date></oai_dc:dc>')
    >>> w = next(read(xml, source=None, report=Report()))
    >>> w.title, w.authors[0].name.family, w.issued.year
    ('A', 'Doe', 2020)
    """
    root = _parse_xml(text, source)
    found = False
    for header in root.iter(f"{{{OAI_NS}}}header"):
        if header.get("status") == "deleted":
            found = True
            ident = header.findtext(f"{{{OAI_NS}}}identifier")
            report.add("skipped", f"deleted record {ident}", format=NAME, source=source,
                       line=_line(header), record=ident)
    for i, rec in enumerate(_records(root)):
        found = True
        oai_rec = next((a for a in rec.iterancestors() if _local(a) == "record"), None)
        oai_header = None if oai_rec is None else next(
            (c for c in oai_rec if _local(c) == "header"), None)
        meta: dict[str, Any] = {}
        if oai_header is not None:
            for c in oai_header:
                name = _local(c)
                if name in ("identifier", "datestamp") and (c.text or "").strip():
                    meta[f"oai:{name}"] = c.text.strip()  # type: ignore[union-attr]
                elif name == "setSpec" and c.text:
                    meta.setdefault("oai:setSpec", []).append(c.text.strip())
        work = _element_to_work(rec, source, report, i)
        if work is None:
            continue
        if meta:
            work = work.model_copy(update={"extra": {**work.extra, **meta}})
            if work.id is None and "oai:identifier" in meta:
                oai_id = meta["oai:identifier"]
                work = work.model_copy(update={"id": oai_id.removeprefix("oai:scholarmeta:")})
        yield work
    if not found:
        err = root.find(f"{{{OAI_NS}}}error")
        if err is not None:  # an OAI-PMH error response ("noRecordsMatch", "badArgument" …)
            detail = normalize_space(err.text or "")
            raise ParseError(f"OAI-PMH error response {err.get('code') or '?'!r}"
                             + (f": {detail}" if detail else "") + "; no record",
                             source=source, line=_line(err))
        raise ParseError("no Dublin Core elements found", source=source,
                         line=_line(root))


def sniff(text: str, filename: str | None = None) -> float:
    """Confidence that ``text`` is Dublin Core XML.

    >>> sniff('<oai_dc:dc xmlns:dc="http://purl.org/dc/elements/1.1/">')
    0.9
    """
    head = text.lstrip("\ufeff \t\r\n")[:5000]
    if not head.startswith("<"):
        return 0.0
    if DC_NS in head and ("oai_dc" in head or "<dc:" in head):
        return 0.9
    if DC_NS in head:
        return 0.6
    if OAI_NS in head and "<OAI-PMH" in head:  # a response with no record (an error)
        return 0.5
    return 0.0
