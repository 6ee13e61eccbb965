"""Landing-page metadata: Highwire ``citation_*``, Dublin Core (``DC.*``, ``DCTERMS.*``), PRISM,
EPrints, JSON-LD schema.org, ``<meta itemprop>`` microdata and OpenGraph, with ``<title>``,
``<meta name="description">`` and ``<link rel="canonical">`` as a last resort.

Why hand-written: extruct & co. only *extract* the tags; the work here is the mapping (repeated
tags in order, institutions attached to the preceding author, family-first names, per-language
variants, precedence between sources), which no library does. One pass over the ``<meta>``,
``<script type="application/ld+json">``, ``<link>`` and ``<title>`` elements collects everything.

Precedence (``SOURCE_ORDER``): for each field the first source that has it wins; lists of
language variants (titles, abstracts, keywords, container titles, publishers) take every
language from the first source that has it; identifiers are the union of all sources.

Family-first ``citation_author`` (``NAME_ORDER_RULE``): "Family, Given" (comma) is explicit.
Without a comma a name is family-first when (1) its first word is a family name another source
gives (DC.creator "Family, Given", JSON-LD familyName, EPrints), or (2) it has initials last
("Smith J.", "Иванов И.И."), an all-capitals word first ("SMITH John"), a Cyrillic
patronymic last ("Иванов Иван Иванович"), or a Russian/Kazakh family-name ending (-ов, -ева,
-ский, -енко, -ұлы…) on the first word only ("Петрова Ирина").
A name with no such evidence follows the others on the page when some are family-first and
none given-first; otherwise it is read given-first.
"""

from __future__ import annotations

import functools
import html as _html
import json
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree
from pydantic import ValidationError

from ..lang import detect_language, normalize_space, script_of
from ..model import (
    Abstract,
    Affiliation,
    Contributor,
    Identifier,
    KeywordGroup,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Work,
)
from ..model.identifiers import normalize_url
from ..names import PATRONYMIC_RE
from ..refparse import parse_reference
from ..report import Report
from ._affiliation import parse_affiliation_lines
from ._common import LANGUAGE_NAMES

__all__ = [
    "DC_MAP",
    "HIGHWIRE_MAP",
    "JSONLD_TYPES",
    "NAME_ORDER_RULE",
    "OG_MAP",
    "PRISM_MAP",
    "SCHOLARLY_PREFIXES",
    "SOURCE_ORDER",
    "body_abstract",
    "parse_date",
    "read_meta",
    "split_name",
]

FORMAT = "html"

SOURCE_ORDER: tuple[str, ...] = (
    "highwire",
    "dc",
    "prism",
    "eprints",
    "jsonld",
    "microdata",
    "body",
    "og",
    "page",
)
"""Sources by precedence: the first one that has a field wins (``body`` = the abstract element
of the page body, read only when no tag gives an abstract; ``page`` = ``<title>``,
``<meta name="description|keywords|author|doi">``, ``<link rel="canonical">``)."""

NAME_ORDER_RULE = __doc__.split("Family-first")[1].split("\n\n")[0] if __doc__ else ""

SCHOLARLY_PREFIXES: tuple[str, ...] = (
    "citation_", "bepress_citation_", "dc.", "dcterms.", "prism.", "eprints.",
)  # fmt: skip
"""Meta-tag namespaces whose unknown tags are kept in ``Work.extra`` and reported."""

# Highwire Press tags -> action. Several tags share an action (``issued`` dates are then ranked
# by the order of DATE_RANK).
HIGHWIRE_MAP: dict[str, str] = {
    "citation_title": "title",
    "citation_author": "author",
    "citation_authors": "authors",
    "citation_author_institution": "author_aff",
    "citation_author_affiliation": "author_aff",
    "citation_author_orcid": "author_orcid",
    "citation_author_email": "author_email",
    "citation_editor": "editor",
    "citation_journal_title": "container",
    "citation_journal_abbrev": "container_short",
    "citation_conference_title": "conference",
    "citation_conference": "conference",
    "citation_book_title": "book_title",
    "citation_inbook_title": "inbook_title",
    "citation_series_title": "collection",
    "citation_dissertation_institution": "thesis_institution",
    "citation_dissertation_name": "genre",
    "citation_technical_report_institution": "report_institution",
    "citation_technical_report_number": "report_number",
    "citation_publisher": "publisher",
    "citation_publication_date": "date",
    "citation_cover_date": "date",
    "citation_date": "date",
    "citation_year": "date",
    "citation_online_date": "online_date",
    "citation_volume": "volume",
    "citation_issue": "issue",
    "citation_firstpage": "first_page",
    "citation_lastpage": "last_page",
    "citation_num_pages": "number_of_pages",
    "citation_doi": "doi",
    "citation_issn": "issn",
    "citation_eissn": "eissn",
    "citation_isbn": "isbn",
    "citation_pmid": "pmid",
    "citation_pmcid": "pmcid",
    "citation_arxiv_id": "arxiv",
    "citation_pii": "pii",
    "citation_abstract": "abstract",
    "citation_keywords": "keywords",
    "citation_keyword": "keywords",
    "citation_language": "language",
    "citation_abstract_html_url": "url",
    "citation_fulltext_html_url": "url",
    "citation_public_url": "url",
    "citation_reference": "reference",
    "citation_type": "type",
    "citation_article_type": "genre",
}
DATE_RANK: tuple[str, ...] = (
    "citation_publication_date", "citation_cover_date", "citation_date", "citation_year",
    "issued", "date.issued", "dateissued", "date", "created", "date.created",
    "publicationdate", "coverdate", "datepublished", "article:published_time",
)  # fmt: skip

# Dublin Core (``DC.`` / ``DCTERMS.`` / ``dc.`` stripped, lower-cased; OJS sub-fields included).
DC_MAP: dict[str, str] = {
    "title": "title",
    "title.alternative": "title",
    "alternative": "title",
    "creator": "author",
    "creator.personalname": "author",
    "contributor": "contributor",
    "contributor.author": "author",
    "contributor.editor": "editor",
    "date": "date",
    "date.issued": "date",
    "issued": "date",
    "created": "date",
    "date.created": "date",
    "date.available": "online_date",
    "available": "online_date",
    "identifier": "identifier",
    "identifier.uri": "identifier",
    "identifier.doi": "doi",
    "identifier.pagenumber": "page",
    "identifier.isbn": "isbn",
    "identifier.issn": "issn",
    "description": "abstract",
    "description.abstract": "abstract",
    "abstract": "abstract",
    "subject": "keywords",
    "language": "language",
    "language.iso": "language",
    "publisher": "publisher",
    "type": "type",
    "source": "source",
    "source.issn": "issn",
    "source.eissn": "eissn",
    "source.volume": "volume",
    "source.issue": "issue",
    "source.uri": "skip",
    "relation.ispartof": "container",
    "ispartof": "container",
    "rights": "license",
    "license": "license",
    "citation.volume": "volume",
    "citation.issue": "issue",
    "citation.spage": "first_page",
    "citation.epage": "last_page",
    "citation.journaltitle": "container",
    "citation.jtitle": "container",
    "citation.title": "container",
    "bibliographiccitation": "reference_self",
}

PRISM_MAP: dict[str, str] = {
    "publicationname": "container",
    "issn": "issn",
    "eissn": "eissn",
    "isbn": "isbn",
    "doi": "doi",
    "volume": "volume",
    "number": "issue",
    "issueidentifier": "issue",
    "startingpage": "first_page",
    "endingpage": "last_page",
    "pagerange": "page",
    "publicationdate": "date",
    "coverdate": "date",
    "url": "url",
    "keyword": "keywords",
}

EPRINTS_MAP: dict[str, str] = {
    "title": "title",
    "creators_name": "author",
    "editors_name": "editor",
    "date": "date",
    "abstract": "abstract",
    "publication": "container",
    "volume": "volume",
    "number": "issue",
    "pagerange": "page",
    "id_number": "identifier",
    "issn": "issn",
    "isbn": "isbn",
    "publisher": "publisher",
    "keywords": "keywords",
    "type": "type",
    "official_url": "url",
    "institution": "thesis_institution",
    "event_title": "conference",
}

OG_MAP: dict[str, str] = {
    "og:title": "title",
    "og:description": "abstract",
    "og:url": "url",
    "og:type": "type",
    "og:site_name": "container",
    "og:locale": "language",
    "article:published_time": "date",
    "article:author": "author",
    "article:tag": "keywords",
    "book:isbn": "isbn",
}

# ``<meta itemprop>`` (schema.org microdata) and plain page tags.
MICRODATA_MAP: dict[str, str] = {
    "datepublished": "date", "sameas": "identifier", "headline": "title", "issn": "issn",
    "isbn": "isbn", "volumenumber": "volume", "issuenumber": "issue", "pagestart": "first_page",
    "pageend": "last_page", "inlanguage": "language",
}  # fmt: skip
PAGE_MAP: dict[str, str] = {
    "description": "abstract", "keywords": "keywords", "author": "author", "doi": "doi",
}  # fmt: skip

# Type hints per source -> CSL type. Keys are lower-cased with non-letters removed.
TYPE_MAP: dict[str, str | None] = {
    "jour": "article-journal", "journalarticle": "article-journal", "article": "article-journal",
    "originalpaper": "article-journal", "researcharticle": "article-journal",
    "textserialjournal": "article-journal", "scholarlyarticle": "article-journal",
    "medicalscholarlyarticle": "article-journal", "reviewarticle": "article-journal",
    "conf": "paper-conference", "cpaper": "paper-conference", "conferencepaper": "paper-conference",
    "conferenceobject": "paper-conference", "inproceedings": "paper-conference",
    "conferenceitem": "paper-conference", "book": "book", "monograph": "book",
    "chap": "chapter", "chapter": "chapter", "bookpart": "chapter", "booksection": "chapter",
    "inbook": "chapter", "thes": "thesis", "thesis": "thesis", "phdthesis": "thesis",
    "doctoralthesis": "thesis", "masterthesis": "thesis", "mastersthesis": "thesis",
    "dissertation": "thesis", "rprt": "report", "report": "report", "techreport": "report",
    "technicalreport": "report", "workingpaper": "report", "preprint": "article",
    "dataset": "dataset", "data": "dataset", "newsarticle": "article-newspaper",
    "blogposting": "post-weblog", "website": "webpage", "webpage": "webpage",
    "journal": "article-journal", "text": None, "creativework": None,
}  # fmt: skip

JSONLD_TYPES: dict[str, str] = {
    "ScholarlyArticle": "article-journal", "MedicalScholarlyArticle": "article-journal",
    "Article": "article-journal", "Book": "book", "Chapter": "chapter", "Thesis": "thesis",
    "Dataset": "dataset", "CreativeWork": "document", "Report": "report",
}  # fmt: skip
"""schema.org types read as a scholarly work, with their CSL type."""
_JSONLD_RANK: tuple[str, ...] = (
    "ScholarlyArticle", "MedicalScholarlyArticle", "Article", "Chapter", "Thesis", "Report",
    "Book", "Dataset", "CreativeWork",
)  # fmt: skip

_DETECTABLE = frozenset({"en", "ru", "kk", "uk", "be", "ky"})  # what lang.detect_language knows

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "jan january янв январь января қаңтар",
        "feb february фев февраль февраля ақпан",
        "mar march мар март марта наурыз",
        "apr april апр апрель апреля сәуір",
        "may май мая мамыр",
        "jun june июн июнь июня маусым",
        "jul july июл июль июля шілде",
        "aug august авг август августа тамыз",
        "sep sept september сен сентябрь сентября қыркүйек",
        "oct october окт октябрь октября қазан",
        "nov november ноя ноябрь ноября қараша",
        "dec december дек декабрь декабря желтоқсан",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_MIN_PAGE_ABSTRACT_WORDS = 12
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}

_PARTICLES = frozenset(
    "van von de der den del della di da du la le ten ter dos das do bin ibn al el zu".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv v".split())
# degrees written after a comma ("Harry Wong, ing.", "Jane Doe, PhD"): not part of the name
_DEGREES = frozenset(
    "phd ph.d. ph.d md m.d. dr dr. ing ing. msc m.sc. bsc b.sc. mba ma ba prof prof. dsc d.sc.".split()
)
# Russian / Kazakh family-name endings (Cyrillic and romanised); 5+ letters so "Eva" is no family
_SURNAME_END = re.compile(
    r"^\w{2,}(?:ов|ев|ёв|ова|ева|ёва|ский|ская|цкий|цкая|енко|ұлы|қызы|ov|ev|ova|eva|skiy|sky"
    r"|skaya|enko|uly|kyzy)$",
    re.I,
)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.-?\s?)+$|^[^\W\d_]{1,2}$")
_TAG_RE = re.compile(r"<[^>]+>")
_INLINE_TAG_RE = re.compile(
    r"</?(?:i|b|em|strong|sub|sup|span|a|u|sc|small|mml:[a-z]+)\b[^>]*>", re.I
)
# words that make a citation_author an organisation, not a person
_ORG_WORDS = re.compile(
    r"\b(?:consortium|collaboration|group|society|association|institute|university|committee|"
    r"team|network|project|council|organi[sz]ation|working party|консорциум|группа|коллектив)\b",
    re.I,
)
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
# the label with a separator ("Abstract: …", "Аннотация. …") or before a capital ("Abstract Background
# …"); "Abstract in English", "Аннотация статьи …" are the text itself
_ABSTRACT_LABEL = re.compile(
    r"^(?i:abstract|summary|аннотация|аңдатпа|резюме)"
    r"(?:\s*[:.\-–—]\s*|\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ]))")
_DOI_HINT = re.compile(
    r"^(?:doi:|info:doi/|urn:doi:|https?://(?:dx\.)?doi\.org/|10\.\d{4,9}/)", re.I
)
_ISSN_HINT = re.compile(r"^(?:urn:issn:|e?issn:?\s*)(.+)$", re.I)
_ISBN_HINT = re.compile(r"^(?:urn:isbn:|isbn(?:-1[03])?:?\s*)(.+)$", re.I)
_REF_FIELD = re.compile(r"(?:^|;)\s*(citation_[a-z_]+)\s*=", re.I)


# --------------------------------------------------------------------------------------------
# text helpers


def _clean(text: str | None, *, paragraphs: bool = False) -> str:
    """Unescape (double-escaped entities too), drop tags, collapse white space."""
    if not text:
        return ""
    if "&" in text and _ENTITY_RE.search(text):
        text = _html.unescape(text)
    if "<" in text:
        if paragraphs:
            text = re.sub(r"(?i)</p\s*>|<br\s*/?>\s*<br\s*/?>", "\n\n", text)
        text = _TAG_RE.sub(" " if not paragraphs else "", _INLINE_TAG_RE.sub("", text))
    if paragraphs:
        return "\n\n".join(p for p in (normalize_space(x) for x in text.split("\n\n")) if p)
    return normalize_space(text)


@functools.lru_cache(maxsize=256)
def _lang_tag(value: str | None) -> str | None:
    """A BCP-47 tag from what a page wrote (``en_US``, ``eng``, ``En``), or ``None``."""
    if not value:
        return None
    v = value.strip().replace("_", "-")
    head, _, rest = v.partition("-")
    head = LANGUAGE_NAMES.get(head.lower(), head)
    try:
        return LangString(value="-", lang=head + ("-" + rest if rest else "")).lang
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def _text_lang(tag_lang: str | None, text: str, page_lang: str | None) -> str | None:
    """The tag's language, else the detected one; a page language the detector cannot
    recognise (German, French…) is used when detection fails on text of the same script."""
    if tag_lang:
        return tag_lang
    found = detect_language(text)
    if found:  # the page's own tag when it is that language with a region ("ru_RU")
        return page_lang if page_lang and page_lang.split("-")[0] == found else found
    if page_lang and page_lang.split("-")[0] not in _DETECTABLE and script_of(text) == "Latn":
        return page_lang
    return None


def parse_date(text: str | None) -> PartialDate | None:
    """Read a date as pages write it: ISO (``2015/02/09``, ``2010/09``, ``2022-12-06T10:00Z``),
    ``09.02.2015``, ``May 2017``, ``15 мая 2017``, ``Fall 2013``; else ``None``.

    >>> parse_date("2010/09").iso(), parse_date("15 May 2017").iso(), parse_date("Fall 2013").iso()
    ('2010-09', '2017-05-15', '2013-23')
    """
    if not text:
        return None
    s = normalize_space(text)
    y = mo = d = None
    m = re.match(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s]\d{1,2}:\d{2}\S*)?$", s)
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
    elif m := re.match(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$", s):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d, mo = (b, a) if (m.group(2) == "/" and b > 12) else (a, b)
    else:
        words = re.findall(r"[^\W\d_]+|\d+", s.lower())
        years = [int(w) for w in words if w.isdigit() and len(w) == 4]
        if len(set(years)) != 1:
            return None
        y = years[0]
        names = [_MONTHS.get(w) or _MONTHS.get(w[:3]) for w in words if not w.isdigit()]
        months = [n for n in names if n]
        season = next((_SEASONS[w] for w in words if w in _SEASONS), None)
        if months:
            mo = months[0]
            days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
            d = days[0] if len(days) == 1 else None
        elif season:
            return PartialDate(year=y, season=season)
    if y is None or not 1000 <= y <= 2999:
        return None
    if mo is not None and not 1 <= mo <= 12:
        mo = d = None
    if d is not None and (mo is None or not 1 <= d <= 31):
        d = None
    return PartialDate(year=y, month=mo, day=d)


# --------------------------------------------------------------------------------------------
# names


def _is_initials(tok: str) -> bool:
    return bool(_INITIALS.match(tok)) and (tok.isupper() or "." in tok)


def _is_caps(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and "." not in tok


def _name_shape(raw: str, known_families: set[str]) -> str:
    """``comma``, ``ff`` (family first), ``gf`` (given first) or ``?``; see NAME_ORDER_RULE."""
    if "," in raw:
        head, _, tail = raw.partition(",")
        if tail.strip().casefold() not in _DEGREES | _SUFFIXES:
            return "comma"
        raw = head  # "Harry Wong, PhD": the order of the name itself is still open
    toks = raw.split()
    if len(toks) < 2:
        return "?"
    first, last = toks[0].casefold(), toks[-1].casefold()
    if known_families:
        if first in known_families and last not in known_families:
            return "ff"
        if last in known_families and first not in known_families:
            return "gf"
    ini_first, ini_last = _is_initials(toks[0]), _is_initials(toks[-1])
    if ini_first and not ini_last:
        return "gf"
    if ini_last and not ini_first:
        return "ff"
    caps = [_is_caps(t) for t in toks]
    if any(caps) and not all(caps):
        return "ff" if caps[0] else "gf" if caps[-1] else "?"
    if script_of(raw) == "Cyrl" and len(toks) >= 3:
        if PATRONYMIC_RE.search(toks[-1]):
            return "ff"
        if PATRONYMIC_RE.search(toks[1]):
            return "gf"
    sur_first, sur_last = _SURNAME_END.search(toks[0]), _SURNAME_END.search(toks[-1])
    if sur_first and not sur_last:
        return "ff"
    if sur_last and not sur_first:
        return "gf"
    return "?"


def _recase(tok: str) -> str:
    """An all-capitals family name in mixed-case company, in title case (SMITH -> Smith)."""
    return "-".join(p[:1] + p[1:].lower() for p in tok.split("-"))


def split_name(
    raw: str, *, family_first: bool = False, lang: str | None = None
) -> PersonName | None:
    """Split a personal name written "Given Middle Family", "Family, Given", or family first.

    >>> split_name("Ludwig van Beethoven").model_dump(exclude_none=True)
    {'family': 'Beethoven', 'given': 'Ludwig', 'particle': 'van'}
    >>> split_name("SMITH John", family_first=True).display()
    'Smith John'
    >>> split_name("Иванов Иван Иванович", family_first=True).patronymic
    'Иванович'
    """
    s = normalize_space(re.sub(r"[\d*†‡§¶]+$", "", normalize_space(raw))).strip(" ,;")
    if not s:
        return None
    suffix = None
    parts = [p.strip() for p in s.split(",") if p.strip()]
    while len(parts) >= 2 and parts[-1].casefold() in _DEGREES:
        parts.pop()
    if len(parts) >= 2 and parts[-1].casefold() in _SUFFIXES:
        suffix = parts.pop()
    given: str | None
    if len(parts) >= 2:
        family, given = parts[0], " ".join(parts[1:])
        gtoks = given.split()
        particle_toks: list[str] = []
        while gtoks and gtoks[-1] in _PARTICLES:  # "Beethoven, Ludwig van"
            particle_toks.insert(0, gtoks.pop())
        given = " ".join(gtoks) or None
        ftoks = family.split()
        while len(ftoks) > 1 and ftoks[0] in _PARTICLES:
            particle_toks.append(ftoks.pop(0))
        family = " ".join(ftoks)
        return _person(family, given, None, " ".join(particle_toks) or None, suffix, lang, s)
    toks = parts[0].split()
    if len(toks) > 1 and toks[-1].casefold() in _SUFFIXES:
        suffix = toks.pop()
    if len(toks) == 1:
        return _person(toks[0], None, None, None, suffix, lang, s)
    patronymic = None
    cyrl = script_of(s) == "Cyrl"
    if family_first:
        fam = [toks.pop(0)]
        while toks and fam[-1] in _PARTICLES:
            fam.append(toks.pop(0))
        if cyrl and len(toks) >= 2 and PATRONYMIC_RE.search(toks[-1]):
            patronymic = toks.pop()
        particle = [t for t in fam[:-1] if t in _PARTICLES]
        return _person(
            fam[-1], " ".join(toks), patronymic, " ".join(particle) or None, suffix, lang, s
        )
    family = toks.pop()
    particle_toks = []
    while len(toks) > 1 and toks[-1] in _PARTICLES:
        particle_toks.insert(0, toks.pop())
    if cyrl and len(toks) >= 2 and PATRONYMIC_RE.search(toks[-1]):
        patronymic = toks.pop()
    return _person(
        family, " ".join(toks), patronymic, " ".join(particle_toks) or None, suffix, lang, s
    )


def _person(
    family: str, given: str | None, patronymic: str | None, particle: str | None,
    suffix: str | None, lang: str | None, whole: str,
) -> PersonName:  # fmt: skip
    toks = whole.replace(",", " ").split()
    if _is_caps(family) and not all(_is_caps(t) or _is_initials(t) for t in toks):
        family = _recase(family)
    return PersonName(
        family=family or None, given=given or None, patronymic=patronymic, particle=particle,
        suffix=suffix, lang=lang or _name_lang(whole),
    )  # fmt: skip


def _name_lang(text: str) -> str | None:
    """A name's language only when its script tells (a Latin-script name is no proof of English)."""
    return detect_language(text) if script_of(text) == "Cyrl" else None


# --------------------------------------------------------------------------------------------
# collected data, one bag per source


@dataclass
class _Author:
    raw: str | None = None
    family: str | None = None
    given: str | None = None
    lang: str | None = None
    org: bool = False
    role: str = "author"
    affs: list[tuple[str, str | None]] = field(default_factory=list)
    orcid: str | None = None
    email: str | None = None
    url: str | None = None


Texts = list[tuple[str, str | None]]  # (text, language the tag gave)


@dataclass
class _Bag:
    titles: Texts = field(default_factory=list)
    abstracts: Texts = field(default_factory=list)
    keywords: list[tuple[list[str], str | None]] = field(default_factory=list)
    container_titles: Texts = field(default_factory=list)
    publisher: Texts = field(default_factory=list)
    institution: Texts = field(default_factory=list)
    collection_titles: Texts = field(default_factory=list)
    authors: list[_Author] = field(default_factory=list)
    editors: list[_Author] = field(default_factory=list)
    contributors: list[_Author] = field(default_factory=list)
    dates: list[tuple[int, PartialDate]] = field(default_factory=list)  # (rank, date)
    available: PartialDate | None = None
    ids: list[tuple[str, str, str]] = field(default_factory=list)  # (scheme, raw, tag)
    urls: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    scalars: dict[str, str] = field(default_factory=dict)  # volume, issue, first_page …
    types: list[str] = field(default_factory=list)
    language: str | None = None

    def set(self, key: str, value: str) -> None:
        if value and key not in self.scalars:
            self.scalars[key] = value


@dataclass
class _Meta:
    key: str  # lower-cased name / property / itemprop / id
    name: str  # as written
    content: str
    lang: str | None
    scheme: str | None
    via: str  # name, property, itemprop or id


@dataclass
class _State:
    bags: dict[str, _Bag]
    report: Report
    source: str | None
    extra: dict[str, Any] = field(default_factory=dict)
    scholarly: bool = False
    known_families: set[str] = field(default_factory=set)

    def unmapped(self, name: str, value: str) -> None:
        key = f"html:{name}"
        if key in self.extra:
            old = self.extra[key]
            self.extra[key] = [*old, value] if isinstance(old, list) else [old, value]
            return
        self.extra[key] = value
        self.report.add(
            "unmapped", f"meta tag {name!r} has no model field; kept in extra[{key!r}]",
            format=FORMAT, field=name, source=self.source, severity="info",
        )  # fmt: skip

    def invalid(self, name: str, value: str, why: str) -> None:
        key = f"html:{name}"
        old = self.extra.get(key)
        self.extra[key] = (
            value if old is None else [*old, value] if isinstance(old, list) else [old, value]
        )
        self.report.add(
            "invalid", f"{why}; kept in extra[{key!r}]", format=FORMAT, field=name,
            source=self.source,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# the reader


def read_meta(
    tree: lxml.html.HtmlElement, *, source: str | None = None, report: Report | None = None
) -> Work | None:
    """Read a landing page's metadata tags into a ``Work``; ``None`` when it has none.

    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     '<html><head><meta name="citation_title" content="On Things">'
    ...     '<meta name="citation_author" content="Doe, Jane">'
    ...     '<meta name="citation_author_institution" content="Univ. X">'
    ...     '<meta name="citation_doi" content="10.1234/abc"></head></html>')
    >>> w = read_meta(page)
    >>> w.title, w.authors[0].name.family, w.doi, w.authors[0].affiliations[0].raw[0].value
    ('On Things', 'Doe', '10.1234/abc', 'Univ. X')
    >>> read_meta(lxml.html.fromstring('<html><head><title>Home</title></head></html>')) is None
    True
    """
    rep = report if report is not None else Report()
    st = _State(bags={s: _Bag() for s in SOURCE_ORDER}, report=rep, source=source)
    page_title: str | None = None
    canonical: str | None = None
    root_lang = _lang_tag(
        tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    )
    itemtype = (tree.get("itemtype") or "").rsplit("/", 1)[-1]
    if itemtype in JSONLD_TYPES:
        st.scholarly = True
        st.bags["microdata"].types.append(JSONLD_TYPES[itemtype])
    metas: list[_Meta] = []
    scripts: list[str] = []
    for el in tree.iter("meta", "script", "link", "title"):
        tag = el.tag
        if tag == "meta":
            m = _meta_of(el)
            if m is not None:
                metas.append(m)
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
                scripts.append(el.text)
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and el.get("href") and canonical is None:
                canonical = el.get("href")
        elif tag == "title" and page_title is None and el.getparent() is not None:
            if el.getparent().tag == "head":
                page_title = el.text_content()

    _read_tags(metas, st)
    for i, text in enumerate(scripts):
        _read_jsonld(text, i, st)
    page = st.bags["page"]
    if page_title and _clean(page_title):
        page.titles.append((_clean(page_title), None))
    if canonical:
        page.urls.append(canonical)
    if not st.scholarly:
        return None
    if not any(st.bags[src].abstracts for src in SOURCE_ORDER[: SOURCE_ORDER.index("body")]):
        # og:description is often a cut-off teaser; publishers' pages carry the abstract itself
        teasers = [t for src in ("og", "page") for t, _ in st.bags[src].abstracts]
        body = body_abstract(tree, teasers[0] if teasers else None)
        if body:
            st.bags["body"].abstracts.append((body, None))
    if not any(st.bags[src].authors for src in SOURCE_ORDER):
        st.bags["page"].authors.extend(_marked_up_names(tree))
    return _build(st, root_lang)


_ABSTRACT_TOKEN = re.compile(
    r"(?:[a-z]+[-_])*(?:abstract|abs\d+|abstracttext|abstract[-_]?text)(?:[-_][a-z0-9]+)*", re.I
)
_OTHER_CONTENT = re.compile(r"graphical|highlight|referen|related|citation|keyword|trans", re.I)
_NOT_ABSTRACT = re.compile(
    _OTHER_CONTENT.pattern + r"|preview|teaser|nav|tab|link|toggle|button|menu|popup|modal|"
    r"header|title|heading|label",
    re.I,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _tokens(el: etree._Element) -> list[str]:
    """The element's class names and id."""
    ident = el.get("id")
    return [*(el.get("class") or "").split(), *([ident] if ident else [])]


def _excluded(el: etree._Element) -> bool:
    return any(_NOT_ABSTRACT.search(t) for t in _tokens(el))


def _other_content(el: etree._Element) -> bool:
    return any(_OTHER_CONTENT.search(t) for t in _tokens(el))


def _named_abstract(el: etree._Element) -> bool:
    return any(_ABSTRACT_TOKEN.fullmatch(t) for t in _tokens(el))


def _abstract_candidate(el: etree._Element) -> bool:
    if not _named_abstract(el) or _excluded(el):
        return False
    # inside an abstract-named wrapper that is not the abstract (highlights, graphical …)
    return not any(_named_abstract(a) and _other_content(a) for a in el.iterancestors())


def _prefix_key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())[:40]


def body_abstract(tree: lxml.html.HtmlElement, teaser: str | None = None) -> str | None:
    """The abstract printed in the page body: the innermost ``div``/``section``/``p`` whose class
    or id names it an abstract (not highlights, graphical or reference abstracts), its heading
    dropped, paragraphs joined by blank lines. With a ``teaser`` (a cut-off description from the
    meta tags), only an abstract that begins like it is taken: pages list other articles'
    abstracts too.

    >>> import lxml.html
    >>> t = lxml.html.fromstring('<html><body><div class="Abstracts"><div class="abstract author">'
    ...     '<h2>Abstract</h2><p>' + 'Words here. ' * 20 + '</p></div></div></body></html>')
    >>> body_abstract(t)[:22]
    'Words here. Words here'
    """
    found = [el for el in tree.iter("div", "section", "p", "blockquote") if _abstract_candidate(el)]
    for el in found:
        if any(other is not el and el in other.iterancestors() for other in found):
            continue  # an outer wrapper: its inner abstract is the one
        paras = [
            _clean(" ".join(p.itertext()))
            for p in el.iter("p")
            if not any(a.tag in _HEADINGS for a in p.iterancestors())
        ]
        paras = [p for p in paras if p]
        if not paras:
            parts = [t for c in el for t in ([] if c.tag in _HEADINGS else [" ".join(c.itertext())])]
            paras = [_clean((el.text or "") + " ".join(parts))]
        text = "\n\n".join(p for p in paras if p)
        text = _ABSTRACT_LABEL.sub("", text, count=1)
        if len(text) < 150:
            continue
        if teaser is None or _prefix_key(text).startswith(_prefix_key(teaser)[:30]):
            return text
    return None


_NAME_PARTS = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' surname ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' family-name ')"
    " or @itemprop='familyName']"
)
_GIVEN_PART = etree.XPath(
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' given-name ')"
    " or @itemprop='givenName']"
)
_NOT_AUTHOR = re.compile(r"citation|referen|bibliograph|editor", re.I)


def _elements(result: Any) -> list[etree._Element]:
    return [x for x in result if isinstance(x, etree._Element)] if isinstance(result, list) else []


def _is_given(el: etree._Element) -> bool:
    return " given-name " in f" {el.get('class') or ''} " or el.get("itemprop") == "givenName"


def _text_of(el: etree._Element) -> str:
    return _clean("".join(str(t) for t in el.itertext()))


def _marked_up_names(tree: lxml.html.HtmlElement) -> list[_Author]:
    """Authors from name markup in the body, when no tag gave any: microformats hCard and
    Elsevier's ``given-name`` / ``surname`` (and family-name), microdata ``givenName`` /
    ``familyName``; names inside references or editor lists are not the work's authors."""
    out: list[_Author] = []
    seen: set[tuple[str, str]] = set()
    for fam_el in _elements(_NAME_PARTS(tree)):
        where = (
            " ".join((a.get("class") or "", a.get("id") or "", a.get("itemprop") or ""))
            for a in fam_el.iterancestors()
        )
        if any(_NOT_AUTHOR.search(w) for w in where):
            continue
        family, given = _text_of(fam_el), ""
        node: etree._Element | None = fam_el
        for _ in range(2):  # the nearest given name before, else after, the family name
            if node is None or given:
                break
            near = [(x, True) for x in node.itersiblings(preceding=True)]
            for sib, before in near + [(x, False) for x in node.itersiblings()]:
                found = [sib] if _is_given(sib) else _elements(_GIVEN_PART(sib))
                if found:
                    given = _text_of(found[-1] if before else found[0])
                    break
            node = node.getparent()
        if family and (given, family) not in seen:
            seen.add((given, family))
            out.append(_Author(family=family, given=given or None))
    return out


def _meta_of(el: lxml.html.HtmlElement) -> _Meta | None:
    content = el.get("content")
    if content is None:
        content = el.get("value")
    if content is None:
        return None
    for via in ("name", "property", "itemprop", "id"):
        name = el.get(via)
        if name:
            name = name.strip()
            break
    else:
        return None
    lang = (
        el.get("{http://www.w3.org/XML/1998/namespace}lang") or el.get("xml:lang") or el.get("lang")
    )
    return _Meta(name.lower(), name, content, _lang_tag(lang), el.get("scheme"), via)


def _read_tags(metas: list[_Meta], st: _State) -> None:
    """Route each tag to its source; the first pass collects family names other sources give."""
    for m in metas:
        k = m.key
        if (
            k.startswith(("dc.creator", "dcterms.creator", "eprints.creators_name"))
            and "," in m.content
        ):
            st.known_families.add(m.content.split(",")[0].strip().casefold())
    for m in metas:
        k = m.key
        content = m.content.strip()
        if not content:
            continue
        if k.startswith("bepress_citation_"):
            k = k.removeprefix("bepress_")
        if k.startswith("citation_"):
            st.scholarly = True
            _highwire(k, m, content, st)
        elif k.startswith(("dc.", "dcterms.")):
            st.scholarly = True
            sub = k.split(".", 1)[1]
            _apply("dc", DC_MAP.get(sub), m, content, st)
        elif k.startswith("prism."):
            st.scholarly = True
            _apply("prism", PRISM_MAP.get(k[6:]), m, content, st)
        elif k.startswith("eprints."):
            st.scholarly = True
            _apply("eprints", EPRINTS_MAP.get(k[8:]), m, content, st)
        elif k in OG_MAP:
            if k == "og:type" and _type_of(content) not in (None, "webpage"):
                st.scholarly = True
            if k == "article:author" and re.match(r"https?://", content):
                continue  # a profile link, not a name
            _apply("og", OG_MAP[k], m, content, st)
        elif m.via == "itemprop" and k in MICRODATA_MAP:
            _apply("microdata", MICRODATA_MAP[k], m, content, st)
        elif k in PAGE_MAP and m.via in ("name", "id"):
            if k == "doi":
                st.scholarly = True
            _apply("page", PAGE_MAP[k], m, content, st)


def _highwire(k: str, m: _Meta, content: str, st: _State) -> None:
    bag = st.bags["highwire"]
    action = HIGHWIRE_MAP.get(k)
    if action in ("author_aff", "author_orcid", "author_email"):
        if not bag.authors:
            st.unmapped(m.name, content)
            return
        a = bag.authors[-1]
        if action == "author_aff":
            a.affs.append((_clean(content), m.lang))
        elif action == "author_orcid":
            a.orcid = content
        else:
            a.email = content
        return
    if action == "authors":  # "A; B; C"
        for part in content.split(";"):
            if _clean(part):
                bag.authors.append(_Author(raw=_clean(part), lang=m.lang))
        return
    if action == "book_title":
        bag.types.append("book-or-chapter")
        action = "container"
    elif action == "inbook_title":
        bag.types.append("chapter")
        action = "container"
    elif action == "conference":
        bag.types.append("paper-conference")
        bag.set("event_title", _clean(content))
        action = "container"
    elif action == "thesis_institution":
        bag.types.append("thesis")
    elif action == "report_institution":
        bag.types.append("report")
        action = "thesis_institution"
    elif action == "report_number":
        bag.types.append("report")
        bag.set("number", _clean(content))
        return
    elif action == "container" and k == "citation_journal_title":
        bag.types.append("article-journal")
    _apply("highwire", action, m, content, st)


def _type_of(value: str) -> str | None:
    key = re.sub(r"[^a-z]", "", value.rsplit("/", 1)[-1].lower())
    return TYPE_MAP.get(key)


def _apply(src: str, action: str | None, m: _Meta, content: str, st: _State) -> None:
    """Store one tag's value in the bag of ``src`` according to ``action``."""
    bag = st.bags[src]
    if action is None:
        if src in ("highwire", "dc", "prism", "eprints"):
            st.unmapped(m.name, content)
        return
    text = _clean(content)
    if action == "skip" or not text:
        return
    if action == "title":
        bag.titles.append((text, m.lang))
    elif action == "abstract":
        ab = _ABSTRACT_LABEL.sub("", _clean(content, paragraphs=True))
        if src == "page" and len(ab.split()) < _MIN_PAGE_ABSTRACT_WORDS:
            return  # "D-Lib Magazine Article": a site blurb, not an abstract
        if ab:
            bag.abstracts.append((ab, m.lang))
    elif action == "keywords":
        bag.keywords.append(([text], m.lang))
    elif action in ("author", "editor", "contributor"):
        role = {"author": "author", "editor": "editor", "contributor": "contributor"}[action]
        parts = [p for p in (_clean(x) for x in text.split(";")) if p] if ";" in text else [text]
        if len(parts) > 1:  # "Doe, J.; Roe, R." in one tag
            for part in parts:
                _apply(src, action, m, part, st)
            return
        a = _Author(raw=text, lang=m.lang, role=role)
        (
            bag.authors
            if role == "author"
            else bag.editors
            if role == "editor"
            else bag.contributors
        ).append(a)
    elif action == "container":
        bag.container_titles.append((text, m.lang))
    elif action == "container_short":
        if re.search(r"[^\W\d_]", text):  # OJS 3.1 can print the journal's id ("1") there
            bag.set("container_short_title", text)
        else:
            st.invalid(m.name, text, f"not a journal abbreviation: {text!r}")
    elif action == "publisher":
        bag.publisher.append((text, m.lang))
    elif action == "thesis_institution":
        bag.institution.append((text, m.lang))
    elif action == "collection":
        bag.collection_titles.append((text, m.lang))
    elif action == "date":
        d = parse_date(text)
        if d is None:
            st.invalid(m.name, text, f"unreadable date {text!r}")
        else:
            k = m.key if m.key in DATE_RANK else m.key.split(".", 1)[-1]
            rank = DATE_RANK.index(k) if k in DATE_RANK else len(DATE_RANK)
            bag.dates.append((rank, d))
    elif action == "online_date":
        d = parse_date(text)
        if d is None:
            st.invalid(m.name, text, f"unreadable date {text!r}")
        elif bag.available is None:
            bag.available = d
    elif action in ("doi", "issn", "eissn", "isbn", "pmid", "pmcid", "arxiv"):
        bag.ids.append((action, text, m.name))
    elif action == "pii":
        bag.ids.append(("other:pii", text, m.name))
    elif action == "identifier":
        _identifier(bag, text, m, st)
    elif action == "url":
        bag.urls.append(text)
    elif action == "language":
        tag = _lang_tag(text)
        if tag is None:
            st.invalid(m.name, text, f"not a language code: {text!r}")
        elif bag.language is None:
            bag.language = tag
    elif action == "type":
        t = _type_of(text)
        if t is not None:
            bag.types.append(t)
        elif re.sub(r"[^a-z]", "", text.lower()) not in TYPE_MAP:
            st.unmapped(m.name, text) if src != "og" else None
    elif action == "genre":
        bag.set("genre", text)
    elif action == "source":  # DC.source: a journal name, perhaps with "2010 18:3" after it
        if _DOI_HINT.match(text) or re.match(r"https?://(?:dx\.)?doi\.org/", text):
            bag.ids.append(("doi", text, m.name))
        elif not re.match(r"https?://", text):
            bag.container_titles.append(
                (re.sub(r"\s+\d{4}(?:\s+\d+(?::\d+)?)?$", "", text), m.lang)
            )
    elif action == "license":
        # OJS writes "Copyright (c) 2020 …" and the licence URL as two DC.Rights: the URL is
        # the licence; the other text is kept in extra
        old = bag.scalars.get("license")
        if old is None:
            bag.set("license", text)
        elif text != old:
            if re.match(r"https?://", text) and not re.match(r"https?://", old):
                bag.scalars["license"], text = text, old
            st.unmapped(m.name, text)
    elif action == "reference":
        bag.references.append(_reference(content))
    elif action == "reference_self":
        _citation_string(bag, text)
        st.unmapped(m.name, text)
    else:  # volume, issue, first_page, last_page, page, number_of_pages, event_title …
        bag.set(action, text)


def _identifier(bag: _Bag, text: str, m: _Meta, st: _State) -> None:
    """DC.identifier and friends: a DOI, ISSN, ISBN, URL or a local id."""
    scheme = (m.scheme or "").lower()
    if _DOI_HINT.match(text) or "doi" in scheme:
        bag.ids.append(("doi", text, m.name))
    elif (mm := _ISSN_HINT.match(text)) or "issn" in scheme:
        bag.ids.append(("issn", mm.group(1) if mm else text, m.name))
    elif (mm := _ISBN_HINT.match(text)) or "isbn" in scheme:
        bag.ids.append(("isbn", mm.group(1) if mm else text, m.name))
    elif re.match(r"https?://", text):
        if "doi.org/" in text:
            bag.ids.append(("doi", text, m.name))
        elif not re.search(r"(?:\.pdf|/document|/download)$", text, re.I):
            bag.urls.append(text)
    elif m.via != "itemprop":  # a local id, or a citation line (Atypon's scheme="coden")
        _citation_string(bag, text)
        st.unmapped(m.name, text)


_VOL_RE = re.compile(r"\b(?:Vol(?:ume)?|Т|Том)\.?\s*(\d[\w\-–]*)", re.I)
_ISS_RE = re.compile(r"\b(?:No|Issue|Nr|№)\.?\s*(\d[\w\-–/]*)", re.I)
_PP_RE = re.compile(r"\b(?:pp?|С|с)\.\s*(\d+(?:\s*[-–]\s*\d+)?)")


def _citation_string(bag: _Bag, text: str) -> bool:
    """Volume, issue and pages of a citation line ("Molecular Physics, Vol. 111, No. 9-11,
    July 2013, pp. 1092–1099"), as DC.identifier (scheme coden) and bibliographicCitation
    give it; the line itself stays in ``extra``. True when it had any of them."""
    found = False
    for rx, key in ((_VOL_RE, "volume"), (_ISS_RE, "issue"), (_PP_RE, "page")):
        if mm := rx.search(text):
            bag.set(key, re.sub(r"\s+", "", mm.group(1)))
            found = True
    return found


def _reference(content: str) -> Reference:
    """A ``citation_reference``: ``citation_title=…; citation_author=…`` fields, else free text."""
    text = _clean(content)
    if not _REF_FIELD.match(text):
        return parse_reference(text)
    fields: list[tuple[str, str]] = []
    marks = list(_REF_FIELD.finditer(text))
    for i, mk in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        value = text[mk.end() : end].strip(" ;")
        if value:
            fields.append((mk.group(1).lower(), value))
    bag = _Bag()
    for key, value in fields:
        action = HIGHWIRE_MAP.get(key)
        if action in ("author", "authors"):
            sep = ";" if ";" in value else ","
            for part in value.split(sep) if (action == "authors" or "," in value) else [value]:
                if part.strip():
                    bag.authors.append(_Author(raw=part.strip()))
        elif action == "container" or key in ("citation_conference_title", "citation_book_title"):
            bag.container_titles.append((value, None))
            bag.types.append(
                "article-journal" if key == "citation_journal_title"
                else "paper-conference" if key == "citation_conference_title" else "chapter"
            )  # fmt: skip
        elif action == "title":
            bag.titles.append((value, None))
        elif action == "date":
            d = parse_date(value)
            if d is not None:
                bag.dates.append((0, d))
        elif action in ("doi", "isbn", "issn", "pmid"):
            bag.ids.append((action, value, key))
        elif action == "publisher":
            bag.publisher.append((value, None))
        elif action in ("volume", "issue", "first_page", "last_page"):
            bag.set(action, value)
    st = _State(
        bags={s: bag if s == "highwire" else _Bag() for s in SOURCE_ORDER},
        report=Report(),
        source=None,
    )
    try:
        work = _build(st, None)
    except ValueError:
        return Reference(raw=text)
    return Reference(work=work, lang=work.language)


# --------------------------------------------------------------------------------------------
# JSON-LD


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def _jtexts(v: Any) -> list[str]:
    """Strings of a JSON-LD value: a string, a number, {"@value"} / {"name"}, or a list of them."""
    out: list[str] = []
    for x in _as_list(v):
        if isinstance(x, str | int | float) and not isinstance(x, bool):
            out.append(str(x))
        elif isinstance(x, dict):
            y = x.get("@value", x.get("name"))
            if isinstance(y, str | int | float):
                out.append(str(y))
    return [t for t in (_clean(s) for s in out) if t]


def _jtypes(node: dict[str, Any]) -> list[str]:
    return [
        t.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
        for t in _as_list(node.get("@type"))
        if isinstance(t, str)
    ]


def _read_jsonld(text: str, index: int, st: _State) -> None:
    raw = re.sub(
        r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$|^\s*<!--|-->\s*$", "", text.strip()
    )
    try:
        data = json.loads(raw, strict=False)
    except ValueError as exc:
        st.report.add(
            "invalid", f"JSON-LD block {index + 1} is not JSON: {exc}", format=FORMAT,
            field="application/ld+json", source=st.source,
        )  # fmt: skip
        return
    by_id: dict[str, dict[str, Any]] = {}
    nodes: list[dict[str, Any]] = []

    def walk(v: Any, depth: int) -> None:
        if depth > 6:
            return
        for x in _as_list(v):
            if isinstance(x, dict):
                nodes.append(x)
                if isinstance(x.get("@id"), str):
                    by_id.setdefault(x["@id"], x)
                walk(x.get("@graph"), depth + 1)
                walk(x.get("mainEntity"), depth + 1)

    walk(data, 0)
    bag = st.bags["jsonld"]
    if bag.titles or bag.authors:  # an earlier block already gave the work
        return
    # the work of the page: in an @graph, an article before the data set or the book beside it
    best: tuple[int, dict[str, Any], str] | None = None
    for node in nodes:
        types = [t for t in _jtypes(node) if t in JSONLD_TYPES]
        if types and (node.get("headline") or node.get("name")):
            rank = min(_JSONLD_RANK.index(t) for t in types)
            if best is None or rank < best[0]:
                best = (rank, node, _JSONLD_RANK[rank])
    if best is not None:
        st.scholarly = True
        _jsonld_work(best[1], best[2], by_id, bag, st)


def _resolve(v: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    if isinstance(v, dict) and set(v) == {"@id"} and isinstance(v["@id"], str):
        return by_id.get(v["@id"], v)
    return v


def _jsonld_work(
    node: dict[str, Any], typ: str, by_id: dict[str, dict[str, Any]], bag: _Bag, st: _State
) -> None:
    lang = _lang_tag(next(iter(_jtexts(node.get("inLanguage"))), None))
    if lang is None and isinstance(node.get("inLanguage"), dict):
        lang = _lang_tag(next(iter(_jtexts(node["inLanguage"].get("alternateName"))), None))
    bag.language = lang
    bag.types.append(JSONLD_TYPES[typ])
    for t in _jtexts(node.get("headline") or node.get("name"))[:1]:
        bag.titles.append((t, lang))
    for t in _jtexts(node.get("alternativeHeadline")):
        bag.titles.append((t, None))
    for key in ("abstract", "description"):
        for t in _jtexts(node.get(key))[:1]:
            ab = _ABSTRACT_LABEL.sub("", t)
            if ab:
                bag.abstracts.append((ab, lang))
        if bag.abstracts:
            break
    kw = node.get("keywords")
    terms = _jtexts(kw)
    if isinstance(kw, str):
        terms = [t.strip() for t in re.split(r"[;,]" if ";" not in kw else ";", _clean(kw))]
    if terms := [t for t in terms if t]:
        bag.keywords.append((terms, lang))
    for role, key in (("author", "author"), ("author", "creator"), ("editor", "editor")):
        for a in _as_list(node.get(key)):
            person = _jsonld_person(_resolve(a, by_id), role, by_id)
            if person is not None:
                (bag.authors if role == "author" else bag.editors).append(person)
                if person.family:
                    st.known_families.add(person.family.casefold())
        if bag.authors and key == "author":
            break
    for t in _jtexts(node.get("datePublished")) + _jtexts(node.get("dateCreated")):
        d = parse_date(t)
        if d is not None:
            bag.dates.append((DATE_RANK.index("datepublished"), d))
            break
    pub = _resolve(node.get("publisher"), by_id)
    for t in _jtexts(pub)[:1]:
        bag.publisher.append((t, None))
    for key in ("identifier", "sameAs", "@id", "url"):
        for v in _as_list(node.get(key)):
            v = _resolve(v, by_id)
            if isinstance(v, dict):  # PropertyValue
                pid = str(v.get("propertyID", "")).lower()
                vals = _jtexts(v.get("value"))
                if pid in ("doi", "isbn", "issn", "pmid") and vals:
                    bag.ids.append((pid, vals[0], f"ld:{key}"))
            elif isinstance(v, str):
                if _DOI_HINT.match(v.strip()):
                    bag.ids.append(("doi", v, f"ld:{key}"))
                elif key == "url" and re.match(r"https?://", v):
                    bag.urls.append(v)
    for key, scheme in (("isbn", "isbn"), ("issn", "issn")):
        for v in _jtexts(node.get(key)):
            bag.ids.append((scheme, v, f"ld:{key}"))
    pagination = _jtexts(node.get("pagination"))
    if pagination:
        bag.set("page", pagination[0])
    for key, name in (("pageStart", "first_page"), ("pageEnd", "last_page")):
        for v in _jtexts(node.get(key))[:1]:
            bag.set(name, v)
    lic = _jtexts(node.get("license"))
    if lic:
        bag.set("license", lic[0])
    # isPartOf: PublicationIssue -> PublicationVolume -> Periodical (or Book for a chapter)
    part: Any = _resolve(node.get("isPartOf"), by_id)
    for _ in range(6):
        part = _resolve(_as_list(part)[0] if _as_list(part) else None, by_id)
        if not isinstance(part, dict):
            break
        ptypes = _jtypes(part)
        for v in _jtexts(part.get("issueNumber"))[:1]:
            bag.set("issue", v)
        for v in _jtexts(part.get("volumeNumber"))[:1]:
            bag.set("volume", v)
        if "PublicationIssue" in ptypes and not bag.dates:
            for t in _jtexts(part.get("datePublished"))[:1]:
                if (d := parse_date(t)) is not None:
                    bag.dates.append((DATE_RANK.index("datepublished"), d))
        names = _jtexts(part.get("name"))
        if names and bag.container_titles and {"CreativeWorkSeries", "BookSeries"} & set(ptypes):
            # the book's series (Springer's "Lecture Notes in …"), after the book itself
            if not bag.collection_titles:
                bag.collection_titles.append((names[0], None))
            part = part.get("isPartOf")
            continue
        if names and not bag.container_titles and "Book" in ptypes:
            # a ScholarlyArticle in a Book is a chapter, or a paper in proceedings
            if bag.types and bag.types[-1] == "article-journal":
                bag.types[-1] = "paper-conference" if _PROCEEDINGS.search(names[0]) else "chapter"
            if not bag.publisher:
                for t in _jtexts(_resolve(part.get("publisher"), by_id))[:1]:
                    bag.publisher.append((t, None))
        if (
            names
            and not bag.container_titles
            and (
                not ptypes
                or {"Periodical", "Book", "CreativeWorkSeries", "Journal"} & set(ptypes)
                or not {"PublicationIssue", "PublicationVolume"} & set(ptypes)
            )
        ):
            bag.container_titles.append((names[0], None))
        for v in _jtexts(part.get("issn")):
            bag.ids.append(("issn", v, "ld:isPartOf.issn"))
        part = part.get("isPartOf")


_PROCEEDINGS = re.compile(r"\b(?:proceedings|conference|symposium|workshop|congress)\b", re.I)


def _jsonld_person(a: Any, role: str, by_id: dict[str, dict[str, Any]]) -> _Author | None:
    if isinstance(a, str):
        return _Author(raw=_clean(a), role=role) if _clean(a) else None
    if not isinstance(a, dict):
        return None
    org = "Organization" in _jtypes(a)
    given = " ".join(_jtexts(a.get("givenName"))) or None
    family = " ".join(_jtexts(a.get("familyName"))) or None
    names = _jtexts(a.get("name"))
    if not (given or family or names):
        return None
    out = _Author(raw=names[0] if names else None, given=given, family=family, org=org, role=role)
    for aff in _as_list(a.get("affiliation")):
        aff = _resolve(aff, by_id)
        text = _jtexts(aff)
        if isinstance(aff, dict) and isinstance(aff.get("address"), dict):
            addr = _jtexts(aff["address"])  # Springer: the full affiliation line is the address
            if addr and text and text[0] in addr[0]:
                text = addr
        if text:
            out.affs.append((text[0], None))
    emails = _jtexts(a.get("email"))
    out.email = emails[0] if emails else None
    for v in _as_list(a.get("@id")) + _as_list(a.get("sameAs")) + _as_list(a.get("identifier")):
        if isinstance(v, str) and "orcid.org" in v:
            out.orcid = v
    return out


# --------------------------------------------------------------------------------------------
# building the work


def _first(st: _State, getter: str) -> Any:
    for src in SOURCE_ORDER:
        v = getattr(st.bags[src], getter)
        if v:
            return v
    return None


def _scalar(st: _State, key: str) -> str | None:
    for src in SOURCE_ORDER:
        v = st.bags[src].scalars.get(key)
        if v:
            return v
    return None


def _lang_list(st: _State, attr: str, page_lang: str | None) -> list[LangString]:
    """Texts from every source: the first source that has any gives its texts (one per
    language); a later source adds only texts in a language its tag declares and no earlier
    source has (a detected language is no proof: "SpringerLink" is no English journal title)."""
    out: list[LangString] = []
    seen: set[str] = set()
    for src in SOURCE_ORDER:
        earlier = {s.lang for s in out}
        mine: set[str | None] = set()
        for text, tag in getattr(st.bags[src], attr):
            lang = _text_lang(tag, text, page_lang)
            if text.casefold() in seen or lang in mine:
                continue
            if earlier and (tag is None or lang in earlier):
                continue
            mine.add(lang)
            seen.add(text.casefold())
            out.append(LangString(value=text, lang=lang))
    return out


def _src_of(st: _State, attr: str, out: list[LangString]) -> str:
    first = out[0].value.casefold()
    for src in SOURCE_ORDER:
        if any(t.casefold() == first for t, _ in getattr(st.bags[src], attr)):
            return src
    return ""


def _drop_citation_lines(st: _State) -> None:
    """A page description that names the authors ("R. Florian, H. Hassan, … Proceedings of …
    2004.", the ACL Anthology's og:description) is the page's formatted citation, not an
    abstract: it is dropped from the teaser sources (reported), so it does not become one."""
    families = {
        (a.family or (a.raw or "").replace(",", " ").split()[-1] if (a.family or a.raw) else "")
        .casefold()
        for src in SOURCE_ORDER for a in st.bags[src].authors
    } - {""}
    families = {f for f in families if len(f) > 2}
    if len(families) < 2:
        return
    need = min(3, len(families))
    for src in ("og", "page"):
        bag = st.bags[src]
        keep = []
        for text, tag in bag.abstracts:
            low = text.casefold()
            hits = sum(1 for f in families if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", low))
            if hits >= need and len(text) < 1500:
                st.report.add("skipped", "page description names the authors: a citation line, "
                              "not an abstract", format=FORMAT, field="description",
                              source=st.source, severity="info")
            else:
                keep.append((text, tag))
        bag.abstracts = keep


def _build(st: _State, root_lang: str | None) -> Work:
    _drop_citation_lines(st)
    page_lang = _first(st, "language")
    rep, source = st.report, st.source
    titles = _lang_list(st, "titles", page_lang)
    titles = _trim_site(titles, st)
    abstracts = [
        Abstract(lang=ls.lang, paragraphs=ls.value.split("\n\n"))
        for ls in _lang_list(st, "abstracts", page_lang)
    ]
    language = page_lang or (titles[0].lang if titles else None) or root_lang

    contributors = _contributors(st)
    ids = _identifiers(st)
    dates = [d for src in SOURCE_ORDER for d in sorted(st.bags[src].dates, key=lambda x: x[0])]
    issued = dates[0][1] if dates else None
    available = _first(st, "available")
    if issued is None and available is not None:
        issued = available
    first, last, page = _scalar(st, "first_page"), _scalar(st, "last_page"), _scalar(st, "page")
    if page is None and first:
        page = first if not last or last == first else f"{first}-{last}"
    url = None
    for u in (u for src in SOURCE_ORDER for u in st.bags[src].urls):
        try:
            url = normalize_url(u)
            break
        except ValueError:
            continue
    wtype = _work_type(st)
    data: dict[str, Any] = {
        "type": wtype,
        "language": language,
        "titles": titles,
        "abstracts": abstracts,
        "keywords": _keywords(st, page_lang),
        "contributors": contributors,
        "container_titles": []
        if wtype == "thesis" and not _first(st, "container_titles")
        else _lang_list(st, "container_titles", page_lang),
        "container_short_title": _scalar(st, "container_short_title"),
        "collection_titles": _lang_list(st, "collection_titles", page_lang),
        "event_title": _scalar(st, "event_title"),
        "volume": _scalar(st, "volume"),
        "issue": _scalar(st, "issue"),
        "number": _scalar(st, "number"),
        "page": page,
        "number_of_pages": _scalar(st, "number_of_pages"),
        "publisher": _lang_list(st, "publisher", page_lang),
        "institution": _lang_list(st, "institution", page_lang),
        "genre": _scalar(st, "genre"),
        "license": _scalar(st, "license"),
        "issued": issued,
        "available": available if available != issued else None,
        "identifiers": ids,
        "url": url,
        "references": _first(st, "references") or [],
        "extra": st.extra,
    }
    if wtype == "thesis" and not data["institution"] and data["publisher"]:
        data["institution"] = data["publisher"]
    og_container = bool(data["container_titles"]) and (
        _src_of(st, "container_titles", data["container_titles"]) == "og")
    if wtype == "article-journal" and any(i.scheme == "arxiv" for i in ids) and (
            not data["container_titles"] or og_container):
        data["type"] = wtype = "article"  # a preprint: an arXiv id and no journal
    if og_container and wtype in ("thesis", "webpage", "article"):
        # og:site_name is the site ("arXiv.org"), not a container of a thesis or preprint
        data["container_titles"] = []
    for _ in range(len(data)):
        try:
            return Work(**{k: v for k, v in data.items() if v not in (None, [], {})})
        except ValidationError as exc:  # drop the fields that do not validate, say so
            bad = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")} & set(data)
            if not bad:
                break
            for name in bad:
                rep.add(
                    "invalid",
                    f"{name}: {exc.errors()[0]['msg']}",
                    format=FORMAT,
                    field=name,
                    source=source,
                )
                data[name] = "article-journal" if name == "type" else None
    rep.add("invalid", "the page's metadata did not validate; kept the titles only",
            format=FORMAT, source=source)  # fmt: skip
    return Work(titles=data["titles"])


def _trim_site(titles: list[LangString], st: _State) -> list[LangString]:
    """Drop a " | Site" / " - Journal" tail that OpenGraph and <title> add."""
    sites = [
        t.casefold()
        for src in ("og", "highwire", "dc", "prism")
        for t, _ in st.bags[src].container_titles
    ]
    out = []
    for ls in titles:
        v = ls.value
        for sep in (" | ", " - ", " — ", " – ", " :: "):
            head, _, tail = v.rpartition(sep)
            if head and tail.strip().casefold() in sites:
                v = head.strip()
        out.append(LangString(value=v, lang=ls.lang) if v != ls.value else ls)
    return out


def _list_sep(text: str) -> str | None:
    """How the only keyword tag of a source separates its terms: ',', or '. ' when it reads as
    a run of three or more short capitalised terms (OJS 2: 'Semântica. Relevância. Informação.')."""
    if "," in text:
        return ","
    parts = [p.strip() for p in text.strip(" .").split(". ")]
    if len(parts) >= 3 and all(len(p) > 2 and len(p.split()) <= 6 and p[:1].isupper() for p in parts):
        return ". "
    return None


def _keywords(st: _State, page_lang: str | None) -> list[KeywordGroup]:
    """Keyword groups by language, first source per language. A tag with ';' is split on ';';
    a tag with ',' (or terms each ending with '. ') only when it is the only keyword tag of its
    source (else one tag = one term)."""
    groups: dict[str | None, list[str]] = {}
    for src in SOURCE_ORDER:
        items = st.bags[src].keywords
        if not items:
            continue
        single = len(items) == 1
        mine: dict[str | None, list[str]] = {}
        declared: set[str | None] = set()
        for terms, tag in items:
            split: list[str] = []
            for t in terms:
                sep = ";" if ";" in t else _list_sep(t) if single and len(terms) == 1 else None
                split.extend(t.split(sep) if sep else [t])
            split = [s.strip(" .") for s in split if s.strip(" .")]
            if not split:
                continue
            lang = _text_lang(tag, " ".join(split), page_lang)
            mine.setdefault(lang, []).extend(split)
            if tag:
                declared.add(lang)
        for lang, terms in mine.items():
            if lang in groups or (groups and lang not in declared):
                continue  # later sources add only languages their tags declare
            seen: set[str] = set()
            kept: list[str] = []
            for t in terms:
                if t.casefold() not in seen:
                    seen.add(t.casefold())
                    kept.append(t)
            groups[lang] = kept
    return [KeywordGroup(lang=lang, terms=terms) for lang, terms in groups.items()]


def _identifiers(st: _State) -> list[Identifier]:
    out: list[Identifier] = []
    seen: set[tuple[str, str]] = set()
    for src in SOURCE_ORDER:
        for scheme, raw, tag in st.bags[src].ids:
            label = None
            if scheme.startswith("other:"):
                scheme, label = "other", scheme[6:]
            try:
                ident = Identifier(scheme=scheme, value=raw, label=label)
            except ValueError:
                st.invalid(tag, raw, f"invalid {scheme.upper()} {raw!r}")
                continue
            key = (ident.scheme, ident.value.lower())
            if ident.scheme == "eissn" and ("issn", key[1]) in seen:
                continue
            if key not in seen:
                seen.add(key)
                out.append(ident)
    return out


def _work_type(st: _State) -> str:
    scholarly = any(st.bags[src].titles for src in ("highwire", "dc", "prism") if src in st.bags)
    for src in SOURCE_ORDER:
        for t in st.bags[src].types:
            if t == "webpage" and src == "og" and scholarly:
                continue  # og:type "website" is the site's type, not the paper's (arXiv)
            if t == "book-or-chapter":
                b = st.bags[src]
                same = (
                    b.titles and b.container_titles and b.titles[0][0] == b.container_titles[0][0]
                )
                return "book" if same else "chapter"
            return t
    return "article-journal"


def _contributors(st: _State) -> list[Contributor]:
    out: list[Contributor] = []
    for attr in ("authors", "editors", "contributors"):
        people: list[_Author] = _first(st, attr) or []
        raws = [a.raw for a in people if a.raw and not (a.family or a.given) and not a.org]
        shapes = [_name_shape(r, st.known_families) for r in raws]
        page_ff = "ff" in shapes and "gf" not in shapes
        for a in people:
            c = _contributor(a, page_ff, st)
            if c is not None:
                out.append(c)
    return out


def _contributor(a: _Author, page_ff: bool, st: _State) -> Contributor | None:
    role = a.role
    if a.raw and not (a.family or a.given) and _ORG_WORDS.search(a.raw):
        a.org = True
    try:
        if a.org:
            c = Contributor(
                kind="organization",
                organization=[LangString(value=a.raw or a.family or "", lang=a.lang)],
                roles=[role],
            )
        else:
            if a.family or a.given:
                name = PersonName(
                    family=a.family,
                    given=a.given,
                    lang=a.lang or _name_lang(f"{a.given} {a.family}"),
                )
            else:
                shape = _name_shape(a.raw or "", st.known_families)
                ff = shape == "ff" or (shape == "?" and page_ff)
                parsed = split_name(a.raw or "", family_first=ff, lang=a.lang)
                if parsed is None:
                    return None
                name = parsed
            c = Contributor(name=name, roles=[role])
            if a.raw and "," in a.raw and not (a.family or a.given):
                # "Harry Wong, ing.", "Jane Doe, PhD": the degree split off the name is kept
                degrees = [p.strip() for p in a.raw.split(",")[1:]
                           if p.strip().casefold() in _DEGREES]
                if degrees:
                    c.degrees = [LangString(value=d, lang=None) for d in degrees]
    except ValueError:
        st.invalid("author", a.raw or "", f"unusable name {a.raw!r}")
        return None
    read = [_affiliation(t, _text_lang(lg, t, None)) for t, lg in a.affs if t]
    if read:
        c.affiliations = [aff for aff, _ in read]
    programmes = [x for _, studied in read for x in studied]
    if programmes:  # as the article reader keeps them: by family name, in extra
        who = (c.name.family if c.name else None) or a.raw or ""
        kept = st.extra.setdefault("html:study_programmes", {})
        if not kept:
            st.report.add(
                "unmapped", "study programmes beside a department kept in extra",
                format=FORMAT, field="html:study_programmes", source=st.source, severity="info",
            )  # fmt: skip
        kept.setdefault(who, []).extend(x for x in programmes if x not in kept.get(who, []))
    for attr, value in (("orcid", a.orcid), ("email", a.email)):
        if value:
            try:
                setattr(c, attr, value)
            except ValueError:
                st.invalid(f"citation_author_{attr}", value, f"invalid {attr} {value!r}")
    return c


@functools.lru_cache(maxsize=1024)
def _affiliation(text: str, lang: str | None) -> tuple[Affiliation, tuple[str, ...]]:
    """The line as ``raw``, split into institution / department / city / country by the shared
    affiliation-line parser when it recognises the parts; and the study programmes it names
    beside a department (no field takes them). Cached: callers copy before changing it."""
    raw = [LangString(value=text, lang=lang)]
    try:
        found = parse_affiliation_lines([text], lang)["affiliations"]
    except (ValueError, KeyError, IndexError, TypeError):  # the line stays raw
        found = []
    if not found:
        return Affiliation(raw=raw), ()
    part = found[0]
    plang = part.get("lang") or lang
    studied = tuple(part.get("programme") or ())
    try:
        return _part_affiliation(raw, part, plang), studied
    except ValueError:
        return Affiliation(raw=raw), ()


def _part_affiliation(raw: list[LangString], part: dict[str, Any], plang: str | None) -> Affiliation:
    """The model of one parsed affiliation (ValueError when the model refuses a part)."""
    return Affiliation(
        raw=raw,
        institution=[LangString(value=v, lang=plang) for v in part.get("institution", []) if v],
        department=[LangString(value=v, lang=plang) for v in part.get("department", []) if v],
        city=[LangString(value=v, lang=plang) for v in part.get("city", []) if v],
        country=part.get("country"),
    )
