"""CSL-JSON (CSL 1.0.2 input data), read and write.

The writer puts every standard field in its CSL variable, so citeproc-js, citeproc-py, pandoc and
Zotero read it as usual, and keeps what CSL cannot hold (other-language titles, abstracts and
keywords, affiliations, roles such as supervisor, sections…) in ``custom.scholarmeta``: the Work
fields whose value the standard variables do not give back exactly. The reader restores them, so
``Work -> CSL-JSON -> Work`` is lossless. Unknown CSL variables go to ``Work.extra["csl:<var>"]``
and are written back (in ``custom`` when CSL 1.0.2 has no such variable, so output stays valid).

Why hand-written: citeproc-py only *reads* CSL-JSON into its own citation objects; no kept
library maps CSL-JSON to and from a general model.

>>> from scholarmeta.model import Work, LangString
>>> w = Work(id="a", type="book", titles=[LangString(value="T", lang="en")])
>>> text = write([w], report=Report())
>>> next(read(text, source=None, report=Report())) == w
True
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError
from pydantic_core import to_json

from ..errors import ParseError
from ..lang import detect_language, normalize_space
from ..model import (
    WORK_TYPES,
    Abstract,
    Affiliation,
    Contributor,
    KeywordGroup,
    LangString,
    PartialDate,
    PersonName,
    Work,
    first_text,
    text_in,
)
from ..model.identifiers import normalize_url
from ..names import split_patronymic
from ..report import Report
from ._common import (
    full_title,
    lang_string,
    language_tag,
    no_gc,
    option_flag,
    parse_date,
    record_label,
    report_extra,
    safe_identifier,
)

__all__ = [
    "CSL_VARIABLES",
    "DATE_FIELDS",
    "DATE_VARIABLES",
    "DESCRIPTION",
    "EXTENSIONS",
    "HOLDS",
    "IDENTIFIER_FIELDS",
    "LANG_FIELDS",
    "NAME",
    "NAME_VARIABLES",
    "NAME_VARIABLE_ROLES",
    "ROLE_VARIABLES",
    "STRING_FIELDS",
    "TYPE_ALIASES",
    "WRITE_OPTIONS",
    "item_to_work",
    "read",
    "sniff",
    "work_to_item",
    "write",
]

NAME = "csljson"
DESCRIPTION = "CSL-JSON (Citation Style Language 1.0.2 data), lossless via custom.scholarmeta"
EXTENSIONS: tuple[str, ...] = (".json", ".csl.json", ".csljson")
WRITE_OPTIONS: frozenset[str] = frozenset({"references", "lossless"})
EXACT_LOSSES = True  # the writer checks its own output: its loss report is exact
HOLDS: frozenset[str] = frozenset(Work.model_fields)
"""Work fields this format keeps on a write -> read trip: all of them."""

# -- mapping tables -------------------------------------------------------------------------
NAME_VARIABLES: tuple[str, ...] = (
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
    "guest", "host", "interviewer", "illustrator", "narrator", "organizer", "original-author",
    "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
    "translator",
)  # fmt: skip
DATE_VARIABLES: tuple[str, ...] = (
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
)  # fmt: skip
CSL_VARIABLES: frozenset[str] = frozenset(
    NAME_VARIABLES + DATE_VARIABLES + (
        "DOI", "ISBN", "ISSN", "PMCID", "PMID", "URL", "abstract", "annote", "archive",
        "archive-place", "archive_collection", "archive_location", "authority", "call-number",
        "categories", "chapter-number", "citation-key", "citation-label", "citation-number",
        "collection-number", "collection-title", "container-title", "container-title-short",
        "custom", "dimensions", "division", "edition", "event", "event-place", "event-title",
        "first-reference-note-number", "genre", "id", "issue", "journalAbbreviation",
        "jurisdiction", "keyword", "language", "locator", "medium", "note", "number",
        "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place",
        "original-title", "page", "page-first", "part", "part-title", "printing", "publisher",
        "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section",
        "shortTitle", "source", "status", "supplement", "title", "title-short", "type", "version",
        "volume", "volume-title", "volume-title-short", "year-suffix",
    )
)  # fmt: skip
"""Every variable csl-data.json (CSL 1.0.2) allows; anything else is written inside ``custom``."""

ROLE_VARIABLES: dict[str, str] = {
    "author": "author", "editor": "editor", "translator": "translator",
    "supervisor": "contributor", "contributor": "contributor", "reviewer": "contributor",
    "other": "contributor", "collection-editor": "collection-editor",
    "container-author": "container-author", "compiler": "compiler", "chair": "chair",
    "organizer": "organizer", "editorial-director": "editorial-director",
    "illustrator": "illustrator", "interviewer": "interviewer", "recipient": "recipient",
    "composer": "composer", "director": "director", "original-author": "original-author",
    "curator": "curator", "guest": "guest", "host": "host", "narrator": "narrator",
    "performer": "performer", "producer": "producer", "executive-producer": "executive-producer",
    "script-writer": "script-writer", "series-creator": "series-creator",
}  # fmt: skip
"""Work role -> CSL name variable (issue 2: the supervisor goes in ``contributor``)."""

NAME_VARIABLE_ROLES: dict[str, str] = {
    v: v for v in NAME_VARIABLES if v != "reviewed-author"
}
"""CSL name variable -> Work role; ``reviewed-author`` has no role and stays in ``extra``."""

STRING_FIELDS: dict[str, str] = {
    "volume": "volume", "issue": "issue", "number": "number", "page": "page",
    "number-of-pages": "number_of_pages", "number-of-volumes": "number_of_volumes",
    "edition": "edition", "collection-number": "collection_number", "event-place": "event_place",
    "event-title": "event_title", "container-title-short": "container_short_title",
    "genre": "genre",
}  # fmt: skip
"""CSL variable -> Work field holding a plain string."""

LANG_FIELDS: dict[str, str] = {
    "title": "titles", "title-short": "short_titles", "container-title": "container_titles",
    "collection-title": "collection_titles", "publisher": "publisher",
    "publisher-place": "publisher_place",
}  # fmt: skip
"""CSL variable -> Work field holding language-tagged strings (written in the work's language)."""

DATE_FIELDS: dict[str, str] = {
    "issued": "issued", "accessed": "accessed", "available-date": "available",
    "event-date": "event_date",
}  # fmt: skip

IDENTIFIER_FIELDS: dict[str, str] = {
    "DOI": "doi", "ISBN": "isbn", "ISSN": "issn", "PMID": "pmid", "PMCID": "pmcid",
}  # fmt: skip

ALIASES: dict[str, str] = {
    "journalAbbreviation": "container-title-short", "shortTitle": "title-short",
    "event": "event-title", "rights": "license", "license": "license",
    "short-container-title": "container-title-short",
}  # fmt: skip
"""Old or Zotero-flavoured variable names read as their CSL 1.0.2 equivalents."""

TYPE_ALIASES: dict[str, str] = {
    "video": "motion_picture", "film": "motion_picture", "audio": "song", "podcast": "broadcast",
    "journal-article": "article-journal", "journalArticle": "article-journal",
    "conference-paper": "paper-conference", "proceedings-article": "paper-conference",
    "book-chapter": "chapter", "bookSection": "chapter", "dissertation": "thesis",
    "web-page": "webpage", "blog-post": "post-weblog", "newspaper-article": "article-newspaper",
    "magazine-article": "article-magazine", "encyclopedia-article": "entry-encyclopedia",
    "dictionary-entry": "entry-dictionary", "computer-program": "software", "case": "legal_case",
    "statute": "legislation", "email": "personal_communication", "letter": "personal_communication",
    "presentation": "speech", "preprint": "article", "online": "webpage", "misc": "document",
    # Crossref's work types (its REST API and its CSL output)
    "posted-content": "article", "monograph": "book", "edited-book": "book",
    "reference-book": "book", "book-set": "book", "book-series": "book", "book-section": "chapter",
    "book-part": "chapter", "book-track": "chapter", "reference-entry": "entry",
    "journal-issue": "periodical", "journal-volume": "periodical", "journal": "periodical",
    "proceedings": "book", "report-component": "report", "report-series": "report",
    "peer-review": "review", "component": "document", "other": "document",
}  # fmt: skip
"""Non-CSL type names met in the wild (Better BibTeX's ``video``, Zotero item types)."""

_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
_CHEATER_RE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,40}?)\s*:\s*(\S.*?)\s*$")


# -- writing ---------------------------------------------------------------------------------
def _stable_id(work: Work) -> str:
    # the bytes of model_dump_json(), without its decode and our encode
    digest = hashlib.sha1(work.__pydantic_serializer__.to_json(work)).hexdigest()[:10]
    return f"work-{digest}"


def _name(c: Contributor, lang: str | None) -> dict[str, str]:
    if c.name is None:
        return {"literal": first_text(c.organization, lang) or c.display()}
    n = c.name
    out: dict[str, str] = {}
    if n.literal and not (n.family or n.given):
        return {"literal": n.literal}
    if n.family:
        out["family"] = n.family
    given = n.given_full()
    if given:
        out["given"] = given
    if n.dropping_particle:
        out["dropping-particle"] = n.dropping_particle
    if n.particle:
        out["non-dropping-particle"] = n.particle
    if n.suffix:
        out["suffix"] = n.suffix
    if not out and n.literal:
        out["literal"] = n.literal
    return out


def _date(d: PartialDate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if d.year is not None:
        parts: list[list[int]] = [[v for v in (d.year, d.month, d.day) if v is not None]]
        if d.end is not None and d.end.year is not None:
            e = d.end
            parts.append([v for v in (e.year, e.month, e.day) if v is not None])
        out["date-parts"] = parts
    if d.season is not None:
        out["season"] = d.season
    if d.circa:
        out["circa"] = True
    if d.literal:
        out["literal"] = d.literal
    if not out:
        out["raw"] = d.iso()
    return out


def _scalar(value: Any) -> Any:
    return value if isinstance(value, str) else str(value)


def _standard_item(work: Work, item_id: str) -> dict[str, Any]:
    """The CSL variables for ``work`` (no ``custom`` payload)."""
    lang = work.language
    item: dict[str, Any] = {"id": item_id, "type": work.type}
    if lang:
        item["language"] = lang
    title = first_text(work.titles, lang)
    if title:
        tlang = next((t.lang for t in work.titles if t.value == title), lang)
        sub = text_in(work.subtitles, tlang) if tlang else None
        sub = sub or (work.subtitles[0].value if work.subtitles and not work.titles[1:] else None)
        item["title"] = f"{title}: {sub}" if sub else title
    for var, attr in LANG_FIELDS.items():
        if var == "title" or var in item:
            continue
        text = first_text(getattr(work, attr), lang)
        if text:
            item[var] = text
    _volume_titles(work, item)
    for var, attr in STRING_FIELDS.items():
        value = getattr(work, attr)
        if value:
            item[var] = value
    if "number" not in item and work.article_number:
        item["number"] = work.article_number
    if "publisher" not in item and work.institution:
        item["publisher"] = first_text(work.institution, lang)
    abstract = work.abstract_in(lang) or (work.abstracts[0] if work.abstracts else None)
    if abstract is not None:
        item["abstract"] = abstract.text
    terms = work.keywords_in(lang) or (work.keywords[0].terms if work.keywords else [])
    if terms:
        # "Models, Biological" (MeSH): a term with a comma needs the other separator
        item["keyword"] = ("; " if any("," in t for t in terms) else ", ").join(terms)
    for c in work.contributors:
        for role in c.roles:
            var = ROLE_VARIABLES.get(role, "contributor")
            item.setdefault(var, []).append(_name(c, lang))
    for var, attr in DATE_FIELDS.items():
        value = getattr(work, attr)
        if value is not None:
            item[var] = _date(value)
    for var, scheme in IDENTIFIER_FIELDS.items():
        schemes = ("issn", "eissn") if scheme == "issn" else (scheme,)
        values = [i.value for i in work.identifiers if i.scheme in schemes]
        if values:
            # several ISBNs / ISSNs in one string, as Zotero writes them
            item[var] = ", ".join(values) if var == "ISSN" else " ".join(values) if var == "ISBN" else values[0]
    url = work.url or work.identifier("url")
    if url:
        item["URL"] = url
    if work.notes:
        item["note"] = "\n".join(n.value for n in work.notes)
    custom: dict[str, Any] = {}
    if work.license:
        custom["rights"] = work.license
    for key, value in work.extra.items():
        if key.startswith("csl:custom."):
            custom[key[len("csl:custom.") :]] = value
        elif key.startswith("csl:"):
            var = key[4:]
            if var in DATE_VARIABLES and isinstance(value, str):
                value = {"raw": value}  # csl-data.json wants date objects
            if var in CSL_VARIABLES and var not in item and var != "custom" and _fits(var, value):
                item[var] = value if isinstance(value, list | dict) else _scalar(value)
            else:
                custom.setdefault(var, value)
    if custom:
        item["custom"] = custom
    return item


def _volume_titles(work: Work, item: dict[str, Any]) -> None:
    """The container's subtitle and annex, and a multi-volume work's title: CSL 1.0.2 puts the
    whole work in ``title`` (a volume) or ``container-title`` (a part of a volume) and the
    volume's own title in ``volume-title``."""
    lang = work.language
    ct = item.get("container-title")
    if ct:
        ct = item["container-title"] = full_title(
            ct, work.container_subtitles, work.container_title_addon, lang)
    main = full_title(first_text(work.main_titles, lang), work.main_subtitles,
                       work.main_title_addon, lang)  # fmt: skip
    if not main:
        return
    if ct:
        item["volume-title"], item["container-title"] = ct, main
    elif "title" in item:
        item["volume-title"], item["title"] = item["title"], main
    else:
        item["title"] = main


def _fits(var: str, value: Any) -> bool:
    """Whether ``value`` has the JSON shape csl-data.json wants for ``var``."""
    if var in NAME_VARIABLES:
        return isinstance(value, list) and all(
            isinstance(n, dict) and set(n) <= _NAME_KEYS and all(isinstance(x, str) for x in n.values())
            for n in value
        )
    if var in DATE_VARIABLES:
        return isinstance(value, dict) and set(value) <= _DATE_KEYS
    if var == "categories":
        return isinstance(value, list) and all(isinstance(x, str) for x in value)
    return isinstance(value, str | int | float) and not isinstance(value, bool)


_NAME_KEYS = frozenset({"family", "given", "dropping-particle", "non-dropping-particle", "suffix",
                        "literal", "comma-suffix", "static-ordering", "parse-names"})
_DATE_KEYS = frozenset({"date-parts", "season", "circa", "literal", "raw"})


def work_to_item(work: Work, *, item_id: str | None = None, lossless: bool = True) -> dict[str, Any]:
    """One CSL item for ``work``; with ``lossless`` the fields CSL cannot hold go to
    ``custom.scholarmeta``.

    >>> work_to_item(Work(id="k", type="book"))
    {'id': 'k', 'type': 'book'}
    """
    item = _standard_item(work, item_id or work.id or _stable_id(work))
    if not lossless:
        return item
    payload = _lossless_payload(work, item)
    if payload:
        item.setdefault("custom", {})["scholarmeta"] = payload
    return item


_READ_FIELDS: frozenset[str] = frozenset(
    {"id", "type", "language", "contributors", "identifiers", "url", "abstracts", "keywords",
     "notes", "license", "extra", "main_titles", *LANG_FIELDS.values(), *STRING_FIELDS.values(),
     *DATE_FIELDS.values()}
)
"""Work fields ``item_to_work`` can set from standard variables; it never sets the others."""
_DEFAULTS: dict[str, Any] = Work().model_dump(mode="json")
_STATIC_FIELDS: tuple[str, ...] = tuple(k for k in Work.model_fields if k not in _READ_FIELDS)
_STATIC_DEFAULTS: dict[str, Any] = {k: getattr(Work(), k) for k in _STATIC_FIELDS}


def _lossless_payload(work: Work, item: dict[str, Any]) -> dict[str, Any]:
    """The Work fields (compact JSON) the standard variables of ``item`` do not give back.

    Fields the reader never sets from a standard variable go in whenever they are not the
    default; only the fields it does set are read back and compared (far cheaper than dumping
    and comparing the whole work, which holds references and sections).
    """
    custom = item.get("custom")
    if isinstance(custom, dict) and "scholarmeta" in custom:
        return _full_payload(work, item)  # an extra "csl:custom.scholarmeta" can set anything
    keys = {k for k in _STATIC_FIELDS if getattr(work, k) != _STATIC_DEFAULTS[k]}
    changed = _changed_fields(work, item)
    if changed is None:  # a case the shortcut does not cover: read the item back
        back = item_to_work(item, report=Report())
        if back is None:
            return _full_payload(work, item)
        changed = {k for k in _READ_FIELDS if getattr(back, k) != getattr(work, k)}
    keys |= changed
    if not keys:
        return {}
    compact = work.model_dump(mode="json", exclude_defaults=True, include=keys)
    # in the order model_dump gives (a model_construct-ed work has its own)
    return {k: compact[k] if k in compact else _DEFAULTS[k] for k in work.__dict__ if k in keys}


_LANG_TAGS: dict[str, str | None] = {}
_SPLIT_RE = re.compile(r"[,;]")


def _split_keywords(value: str) -> list[str]:
    """``"a, b, c"`` or ``"Models, Biological; Software"``: with a semicolon, it alone separates."""
    return value.split(";") if ";" in value else _SPLIT_RE.split(value)
_PARA_RE = re.compile(r"\n\s*\n")
_ID_ORDER = {"doi": 0, "isbn": 1, "issn": 2, "pmid": 3, "pmcid": 4}
_ID_SEP_RE = re.compile(r"[,;\s]")


def _beyond_csl_name(c: Contributor) -> bool:
    """Whether ``c`` holds what a contributor read from a CSL name never has."""
    return bool(c.affiliations or c.degrees or c.positions or c.alternative_names or c.orcid
                or c.email or c.url or c.corresponding)  # fmt: skip


def _changed_fields(work: Work, item: dict[str, Any]) -> set[str] | None:
    """The read fields ``item_to_work(item)`` would not give back as in ``work``, worked out
    per variable the way the reader reads it, without building a Work; ``None`` when a case is
    not covered here (extras written as CSL variables, notes, identifiers that do not map one
    to one, text that would read as invalid): the caller then reads the item back."""
    if work.notes or work.main_titles or any(k.startswith("csl:") for k in work.extra):
        return None  # (a main title moves the title or the container title: read it back)
    changed: set[str] = set()
    if _as_text(item["id"]) != work.id:
        changed.add("id")
    lang: str | None = None
    if work.language:
        raw = normalize_space(work.language)
        if raw not in _LANG_TAGS:
            _LANG_TAGS[raw] = language_tag(raw)
        lang = _LANG_TAGS[raw]
        if lang is None:
            return None
        if lang != work.language:
            changed.add("language")
    for var, attr in LANG_FIELDS.items():
        want: list[LangString] = getattr(work, attr)
        value = item.get(var)
        if value is None:
            if want:
                changed.add(attr)
            continue
        text = normalize_space(value)
        if not text:
            return None
        if len(want) != 1 or want[0].value != text or want[0].lang != (
            lang or detect_language(text)
        ):
            changed.add(attr)
    for var, attr in STRING_FIELDS.items():
        value = item.get(var)
        got = normalize_space(value) if value is not None else None
        if value is not None and not got:
            return None
        if got != getattr(work, attr):
            changed.add(attr)
    for var, attr in DATE_FIELDS.items():
        value = item.get(var)
        date = _read_date(value) if value is not None else None
        if value is not None and date is None:
            return None
        if date != getattr(work, attr):
            changed.add(attr)
    if any(_beyond_csl_name(c) for c in work.contributors):
        changed.add("contributors")  # a name read from CSL never has these: no need to read
    else:
        contributors: list[Contributor] = []
        for var, value in item.items():
            role = NAME_VARIABLE_ROLES.get(var)
            if role is None:
                continue
            for raw in value:
                c = _read_name(raw, lang)
                if c is not None:
                    c.roles = [role]  # type: ignore[list-item]
                    contributors.append(c)
        if contributors != work.contributors:
            changed.add("contributors")
    ids = work.identifiers
    last = -1
    for ident in ids:
        order = _ID_ORDER.get(ident.scheme, -1)
        if order <= last or ident.label is not None or _ID_SEP_RE.search(ident.value):
            return None  # not one to one with the CSL variables
        last = order
    url = item.get("URL")
    if url is not None:
        if url != work.url:
            return None
    elif work.url is not None:
        changed.add("url")
    value = item.get("abstract")
    if value is not None:
        text = str(value).strip()
        norm = normalize_space(text)
        if not norm:
            return None
        paras = [normalize_space(p) for p in _PARA_RE.split(text) if p.strip()]
        alang = lang or detect_language(norm)
        a = work.abstracts
        if len(a) != 1 or a[0].lang != alang or a[0].paragraphs != paras or a[0].title:
            changed.add("abstracts")
    elif work.abstracts:
        changed.add("abstracts")
    value = item.get("keyword")
    terms: list[str] = []
    if value is not None:
        for t in _split_keywords(value):
            t = normalize_space(t)
            if t and t not in terms:
                terms.append(t)
    k = work.keywords
    if terms:
        klang = lang or detect_language(normalize_space(" ".join(terms)))
        if len(k) != 1 or k[0].lang != klang or k[0].terms != terms or k[0].vocabulary:
            changed.add("keywords")
    elif k:
        changed.add("keywords")
    if work.license is not None and _as_text(work.license) != work.license:
        return None
    if work.extra:
        changed.add("extra")
    return changed


def _full_payload(work: Work, item: dict[str, Any]) -> dict[str, Any]:
    back = item_to_work(item, report=Report())
    want = work.model_dump(mode="json")
    compact = work.model_dump(mode="json", exclude_defaults=True)
    got = back.model_dump(mode="json") if back is not None else {}
    return {k: compact.get(k, v) for k, v in want.items() if got.get(k) != v}


def _reference_items(work: Work, lossless: bool) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for n, ref in enumerate(work.references, 1):
        w = ref.as_work(n)
        extra = {k: v for k, v in w.extra.items() if k != "reference:raw"}  # custom.raw below
        item = work_to_item(w.model_copy(update={"id": ref.id or f"ref-{n}", "extra": extra}),
                            lossless=lossless)  # fmt: skip
        extra = {k: v for k, v in (("label", ref.label), ("raw", ref.raw)) if v}
        if extra:
            item.setdefault("custom", {}).update(extra)
        items.append(item)
    return items


def write(works: list[Work], *, report: Report, **options: Any) -> str:
    """A CSL-JSON array: one item per work, or with ``references=True`` the works' references.

    >>> print(write([Work(id="k", type="book")], report=Report()))
    [
      {
        "id": "k",
        "type": "book"
      }
    ]
    """
    with no_gc():  # many small dicts, no cycles: the collector's passes only cost time
        return _write(works, report, options)


def _write(works: list[Work], report: Report, options: dict[str, Any]) -> str:
    lossless = option_flag(options.get("lossless")) is not False
    items: list[dict[str, Any]] = []
    for i, work in enumerate(works):
        if option_flag(options.get("references")):
            items.extend(_reference_items(work, lossless))
            continue
        items.append(work_to_item(work, lossless=lossless))
        if not lossless:
            back = item_to_work(items[-1], report=Report())
            got = back.model_dump(mode="json") if back is not None else {}
            for key, value in work.model_dump(mode="json").items():
                if got.get(key) != value:
                    report.add("degraded" if got.get(key) else "dropped",
                               f"CSL has no standard variable for all of {key}",
                               format=NAME, record=record_label(work, i), field=key)
    return _dumps(items, any(_has_floats(w) for w in works))


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    return False


def _has_floats(work: Work) -> bool:
    """Whether a float is in the extras of ``work`` or its references (no other field holds
    one)."""
    return _has_float(work.extra) or any(
        r.work is not None and _has_floats(r.work) for r in work.references
    )


def _dumps(items: list[dict[str, Any]], floats: bool) -> str:
    """``json.dumps(items, ensure_ascii=False, indent=2)``, done by pydantic-core's Rust encoder
    (the stdlib's indenting encoder is pure Python, 10x slower) unless there are floats, which
    the two spell differently (``1e+16`` / ``1e16``)."""
    if not floats:
        try:
            return to_json(items, indent=2).decode("utf-8")
        except (ValueError, TypeError, UnicodeError):  # e.g. a lone surrogate
            pass
    return json.dumps(items, ensure_ascii=False, indent=2)


# -- reading ---------------------------------------------------------------------------------
def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        s = normalize_space(value)
        return s or None
    return None


def _texts(value: Any) -> list[str]:
    """A list of strings (``"keyword": ["a", "b"]``, as citation.js and some exporters write)."""
    if not isinstance(value, list):
        return []
    return [t for t in (_as_text(v) for v in value if isinstance(v, str)) if t]


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,5}\s*", value):
        return int(value)
    return None


def _read_date(value: Any) -> PartialDate | None:
    """A CSL date: an EDTF string, or an object with date-parts / season / circa / literal / raw."""
    if isinstance(value, str | int):
        return parse_date(str(value))
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        # the pre-1.0 citeproc-js form: [{"year": 2020, "month": 5}], start and end
        value = {"date-parts": [[v.get("year"), v.get("month"), v.get("day")][
            : 3 if v.get("day") else 2 if v.get("month") else 1] for v in value[:2]]}
    elif isinstance(value, dict) and "year" in value and "date-parts" not in value:
        value = {**value, "date-parts": [[value.get("year"), value.get("month"),
                                          value.get("day")][: 3 if value.get("day") else
                                                              2 if value.get("month") else 1]]}
    if not isinstance(value, dict):
        return None
    season: int | None = None
    s = value.get("season")
    if _int(s) is not None and 1 <= (_int(s) or 0) <= 4:
        season = _int(s)
    elif isinstance(s, str):
        season = _SEASONS.get(s.strip().lower())
    circa = bool(value.get("circa")) and value.get("circa") not in ("0", "false")
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            ends: list[PartialDate] = []
            for p in parts[:2]:
                nums = [_int(x) for x in p[:3]] if isinstance(p, list) else []
                if not nums or nums[0] is None:
                    raise ValueError("no year")
                y, m, day = [*nums, None, None][:3]
                sea = None
                if m is not None and (13 <= m <= 16 or 21 <= m <= 24):
                    # citeproc-js months 13-16 and EDTF 21-24 are seasons
                    sea = m - 12 if m <= 16 else m - 20
                    m = day = None
                ends.append(PartialDate(year=y, month=m, day=day if m else None, season=sea))
            start = ends[0]
            upd: dict[str, Any] = {"circa": circa}
            if season and start.season is None and start.month is None:
                upd["season"] = season
            if len(ends) > 1 and ends[1] != start:
                upd["end"] = ends[1]
            return PartialDate.model_validate({**start.model_dump(), **upd})
        except (ValueError, ValidationError):
            pass
    for key in ("raw", "literal"):
        text = value.get(key)
        if isinstance(text, str) and text.strip():
            date = parse_date(text) if key == "raw" else PartialDate(literal=normalize_space(text))
            if date is not None and circa and date.year is not None:
                date = date.model_copy(update={"circa": True})
            return date
    if season:
        return PartialDate(season=season, circa=circa)
    return None


_MARKUP = re.compile(r"</?(?:jats:)?[a-z][\w:-]*(?:\s[^<>]*)?/?>")
_PARA_END = re.compile(r"</(?:jats:)?(?:p|sec|title)>|<(?:jats:)?sec\b[^<>]*>")
_ABS_TITLE = re.compile(r"^\s*<(jats:)?title>(.*?)</\1title>", re.S)


def _abstract_text(value: str) -> tuple[str, str | None]:
    """An abstract as text: Crossref's come as JATS (``<jats:p>…</jats:p>``): the markup goes,
    paragraphs stay apart, and a leading ``<jats:title>`` is the heading. Other markup is CSL
    rich text and stays."""
    if "<jats:" not in value:
        return value.strip(), None
    title = None
    m = _ABS_TITLE.match(value)
    if m:
        title = normalize_space(html.unescape(_MARKUP.sub("", m.group(2)))) or None
        value = value[m.end():]
    text = _MARKUP.sub("", _PARA_END.sub("\n\n", value))
    return html.unescape(text).strip(), title


def _read_affiliations(value: Any, lang: str | None) -> list[Affiliation]:
    """Crossref's ``"affiliation": [{"name": "Google Brain"}]`` (or plain strings)."""
    out: list[Affiliation] = []
    for a in value if isinstance(value, list) else []:
        name = _as_text(a.get("name")) if isinstance(a, dict) else _as_text(a)
        ls = lang_string(name, lang) if name else None
        if ls is not None:
            out.append(Affiliation(raw=[ls]))
    return out


def _read_name(value: Any, lang: str | None) -> Contributor | None:
    if isinstance(value, str):
        fam, _, giv = value.partition(",")
        value = {"family": fam, "given": giv} if giv.strip() else {"literal": value}
    if not isinstance(value, dict):
        return None
    get = {k: _as_text(v) for k, v in value.items()}
    literal = get.get("literal")
    if value.get("isInstitution") or (literal and not (get.get("family") or get.get("given"))):
        org = lang_string(literal or get.get("family") or get.get("given"), lang)
        return Contributor(kind="organization", organization=[org]) if org else None
    try:
        given, patronymic = split_patronymic(get.get("given"))
        name = PersonName(
            family=get.get("family"), given=given, patronymic=patronymic, suffix=get.get("suffix"),
            particle=get.get("non-dropping-particle"), literal=literal,
            dropping_particle=get.get("dropping-particle"),
        )
    except ValidationError:
        return None
    c = Contributor(name=name, affiliations=_read_affiliations(value.get("affiliation"), lang))
    orcid = get.get("ORCID") or get.get("orcid")
    if orcid:
        try:
            c.orcid = orcid
        except ValidationError:
            pass
    return c


def _cheater_lines(note: str) -> dict[str, str]:
    """``Key: value`` lines of a Zotero note whose key is a CSL variable (Zotero / Better BibTeX
    "cheater syntax", e.g. ``original-date: 1990``, ``Type: video``)."""
    out: dict[str, str] = {}
    for line in note.splitlines():
        m = _CHEATER_RE.match(line)
        if not m:
            continue
        key = m.group(1).strip().lower().replace(" ", "-").replace("_", "-")
        key = {"doi": "DOI", "isbn": "ISBN", "issn": "ISSN", "pmid": "PMID", "pmcid": "PMCID",
               "url": "URL"}.get(key, key)
        if key in CSL_VARIABLES and key not in NAME_VARIABLES and key not in out:
            out[key] = m.group(2)
    return out


def item_to_work(
    item: Any,
    *,
    report: Report,
    source: str | None = None,
    index: int = 0,
) -> Work | None:
    """A ``Work`` from one CSL item; ``None`` (reported as failed) when the item is unusable.

    >>> item_to_work({"id": "a", "type": "book", "issued": {"date-parts": [["2001", 5]]}},
    ...              report=Report()).issued.iso()
    '2001-05'
    """
    where: dict[str, Any] = {"format": NAME, "source": source, "record": f"#{index + 1}"}
    since = len(report)
    if not isinstance(item, dict):
        report.add("failed", f"item {index + 1} is not a JSON object", severity="error", **where)
        return None
    item = dict(item)
    payload: Any = None
    custom = item.pop("custom", None)
    extra: dict[str, Any] = {}
    if isinstance(custom, dict):
        payload = custom.get("scholarmeta")
        for key, value in custom.items():
            if key == "scholarmeta":
                continue
            if key in item or key in ("id", "type"):
                extra[f"csl:custom.{key}"] = value
            else:
                item[key] = value
    elif custom is not None:
        extra["csl:custom"] = custom
    if isinstance(item.get("note"), str):
        for key, value in _cheater_lines(item["note"]).items():
            if key == "type":  # "Type: video" fixes a missing or non-CSL type only
                if item.get("type") not in WORK_TYPES and value.strip() in WORK_TYPES:
                    item["type"] = value.strip()
                continue
            item.setdefault(key, value)
    rid = _as_text(item.get("id"))
    where["record"] = rid or where["record"]
    fields: dict[str, Any] = {"id": rid}
    lang_raw = _as_text(item.get("language"))
    lang: str | None = None
    if lang_raw:
        lang = language_tag(lang_raw)
        if lang is None:
            extra["csl:language"] = item["language"]
            report.add("invalid", f"not a language: {lang_raw!r}", field="language", **where)
        elif lang.lower() != lang_raw.replace("_", "-").lower():
            report.add("note", f"language {lang_raw!r} read as {lang!r}", field="language",
                       **where)
    fields["language"] = lang
    ctype = _as_text(item.get("type")) or ""
    if ctype in WORK_TYPES:
        fields["type"] = ctype
    else:
        fields["type"] = TYPE_ALIASES.get(ctype, "document")
        if ctype not in TYPE_ALIASES:
            extra["csl:original-type"] = item.get("type")
            report.add("unmapped", f"unknown CSL type {ctype!r}, read as {fields['type']!r}",
                       field="type", **where)
    contributors: list[Contributor] = []
    identifiers = []
    volume_title: LangString | None = None
    for key, value in list(item.items()):
        # Crossref writes text variables as arrays (["Title"], ["Journal", "J. Abbr."])
        var = ALIASES.get(key, key)
        if (var in LANG_FIELDS or var in STRING_FIELDS) and isinstance(value, list) and value \
                and all(isinstance(v, str) for v in value):
            item[key] = value[0]
            if len(value) > 1:
                extra[f"csl:{key}"] = value[1:]
                report.add("unmapped", f"{key}: further values kept in extra", field=key, **where)
    for key, value in item.items():
        var = ALIASES.get(key, key)
        if key in ("id", "type", "language") or value is None or value == "" or value == []:
            continue
        if var in LANG_FIELDS:
            ls = lang_string(_as_text(value), lang)
            if ls is not None and not fields.get(LANG_FIELDS[var]):
                fields[LANG_FIELDS[var]] = [ls]
            elif ls is None:
                extra[f"csl:{key}"] = value
        elif var in STRING_FIELDS:
            text = _as_text(value)
            if text is not None and not fields.get(STRING_FIELDS[var]):
                fields[STRING_FIELDS[var]] = text
            elif text is None:
                extra[f"csl:{key}"] = value
        elif var in DATE_FIELDS:
            date = _read_date(value)
            if date is None:
                extra[f"csl:{key}"] = value
                report.add("invalid", f"unreadable date {value!r}", field=key, **where)
            else:
                fields[DATE_FIELDS[var]] = date
        elif var in NAME_VARIABLE_ROLES and isinstance(value, list):
            role = NAME_VARIABLE_ROLES[var]
            for raw in value:
                c = _read_name(raw, lang)
                if c is None:
                    report.add("invalid", f"unreadable name {raw!r}", field=key, **where)
                    continue
                # one contributor per name entry: merging people across variables would
                # lose the order of the editor (or translator …) list
                c.roles = [role]  # type: ignore[list-item]
                contributors.append(c)
        elif var in IDENTIFIER_FIELDS:
            if isinstance(value, list):  # Crossref: "ISSN": ["0884-8734", "1525-1497"]
                value = " ".join(str(v) for v in value if isinstance(v, str | int))
            text = _as_text(value) or ""
            parts = re.split(r"[,;\s]+", text) if var in ("ISSN", "ISBN") else [text]
            bad = []
            for part in filter(None, parts):
                ident = safe_identifier(IDENTIFIER_FIELDS[var], part)
                if ident is None:
                    bad.append(part)
                elif ident not in identifiers:
                    identifiers.append(ident)
            if bad:
                extra[f"csl:{key}"] = value
                report.add("invalid", f"invalid {var} {text!r} kept in extra", field=key, **where)
        elif var == "URL":
            try:
                fields["url"] = normalize_url(_as_text(value) or "")
            except ValueError:
                extra[f"csl:{key}"] = value
                report.add("invalid", f"not a URL: {value!r}", field=key, **where)
        elif var == "abstract" and _as_text(value):
            text, atitle = _abstract_text(str(value))
            paras = [normalize_space(p) for p in re.split(r"\n\s*\n", text) if p.strip()]
            ls = lang_string(text, lang)
            if paras:
                fields["abstracts"] = [Abstract(lang=ls.lang if ls else lang, paragraphs=paras,
                                                title=atitle)]
        elif var == "keyword" and (_as_text(value) or _texts(value)):
            terms: list[str] = []
            for t in _texts(value) or _split_keywords(str(value)):
                t = normalize_space(t)
                if t and t not in terms:
                    terms.append(t)
            if terms:
                klang = lang or (lang_string(" ".join(terms)) or LangString(value="x")).lang
                fields["keywords"] = [KeywordGroup(lang=klang, terms=terms)]
        elif var == "note" and _as_text(value):
            ls = lang_string(str(value).strip(), lang)
            if ls is not None:
                fields["notes"] = [LangString(value=str(value).strip(), lang=ls.lang)]
        elif var == "volume-title" and fields["type"] not in _PERIODICAL_TYPES and _as_text(value):
            volume_title = lang_string(_as_text(value), lang)
        elif var == "license" and _as_text(value):
            fields["license"] = _as_text(value)
        else:
            extra[f"csl:{key}"] = value
            report.add("unmapped", f"CSL variable {key!r} kept in extra", field=key, **where)
    if volume_title is not None:
        # a book's (or a part's) volume: what CSL gave as title (container title) is the whole
        # multi-volume work's; in a periodical it is a special issue's, kept in extra
        level = "container_titles" if fields.get("container_titles") else "titles"
        fields["main_titles"] = fields.get(level) or []
        fields[level] = [volume_title]
    fields["contributors"] = contributors
    fields["identifiers"] = identifiers
    fields["extra"] = extra
    report_extra(extra, report, since, **where)
    try:
        work = Work.model_validate({k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        report.add("failed", f"item cannot be read: {exc.errors()[0]['msg']}", severity="error",
                   **where)
        return None
    if isinstance(payload, dict) and payload:
        try:
            work = Work.model_validate({**work.model_dump(mode="json"), **payload})
        except ValidationError as exc:
            report.add("invalid", f"custom.scholarmeta ignored: {exc.errors()[0]['msg']}",
                       field="custom.scholarmeta", **where)
    return work


_PERIODICAL_TYPES = frozenset({"article", "article-journal", "article-magazine",
                               "article-newspaper", "periodical", "review", "review-book"})


def read(text: str, *, source: str | None, report: Report) -> Iterator[Work]:
    """Yield the works of a CSL-JSON array (or a single item, or ``{"items": [...]}``).

    >>> [w.title for w in read('[{"id": 1, "type": "book", "title": "A"}]', source=None,
    ...                        report=Report())]
    ['A']
    """
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}", source=source, line=exc.lineno,
                         column=exc.colno) from None
    except RecursionError:
        raise ParseError("JSON nested too deeply", source=source) from None
    if isinstance(data, dict) and isinstance(data.get("message"), dict) and "message-type" in data:
        data = data["message"]  # a Crossref REST answer: {"status", "message-type", "message"}
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if isinstance(data, dict) and isinstance(data.get("citationItems"), list):
        data = data["citationItems"]  # a Zotero/Mendeley citation as embedded in a Word file
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ParseError("CSL-JSON must be an array of items or one item object", source=source,
                         line=1)
    for i, item in enumerate(data):
        if isinstance(item, dict) and isinstance(item.get("itemData"), dict):
            # {"id", "itemData": {…the CSL item…}, "uris": […]}: the citation's item
            outer = {k: v for k, v in item.items() if k not in ("itemData", "id")}
            item = {**item["itemData"], **{k: v for k, v in outer.items()
                                           if k not in item["itemData"]}}
        try:
            work = item_to_work(item, report=report, source=source, index=i)
        except ValidationError as exc:  # a text the models refuse (a lone surrogate in a title)
            report.add("failed", f"item cannot be read: {exc.errors()[0]['msg']}",
                       severity="error", format=NAME, source=source, record=f"#{i + 1}")  # fmt: skip
            continue
        if work is not None:
            yield work


def sniff(text: str, filename: str | None = None) -> float:
    """Confidence that ``text`` is CSL-JSON.

    >>> sniff('[{"id": "a", "type": "book"}]')
    0.95
    """
    head = text.lstrip("\ufeff \t\r\n")[:4000]
    if not head.startswith(("[", "{")):
        return 0.0
    score = 0.3 if filename and filename.lower().endswith(EXTENSIONS) else 0.1
    if re.search(r'"type"\s*:\s*"', head):
        score += 0.4
    if re.search(r'"(?:id|title|author|issued|container-title|DOI)"\s*:', head):
        score += 0.45
    return min(score, 0.95)
