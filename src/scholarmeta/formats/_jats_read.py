"""JATS / NLM reader: ``<article>`` elements to ``Work``.

Parsing is safe by construction: the DOCTYPE (with any internal subset, so billion-laughs and
external entities) is cut before lxml sees the text, named character entities of the JATS
entity sets are replaced from the HTML5 table, and the parser loads no DTD and no network.
Hand-written because no maintained library maps JATS to a CSL-like model with every language
variant (pubmed_parser and elife-tools are tied to one publisher's output and to English).
"""

from __future__ import annotations

import copy
import html.entities
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from pydantic import ValidationError

from ..errors import ParseError
from ..lang import detect_language, normalize_space
from ..model import (
    Abstract,
    Affiliation,
    Contributor,
    Figure,
    Identifier,
    KeywordGroup,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Section,
    Table,
    Work,
)
from ..names import split_patronymic
from ..report import Report
from ._common import xml_bytes
from ._countries import COUNTRY_FIELD_NAMES

__all__ = [
    "ARTICLE_TYPES",
    "CONTRIB_ROLES",
    "COUNTRY_CODES",
    "PUBLICATION_TYPES",
    "parse_jats",
    "read_jats",
]

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DOI_LINK = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?10\.\d{4,9}/\S+$", re.I)
_ACK_TITLE = re.compile(r"\s*acknowledge?ments?\s*:?\s*$", re.I)
_KEEP_NS = ("http://www.w3.org/1999/xlink", "http://www.w3.org/XML/1998/namespace")

ARTICLE_TYPES: dict[str, str] = {
    "research-article": "article-journal",
    "review-article": "article-journal",
    "brief-report": "article-journal",
    "case-report": "article-journal",
    "rapid-communication": "article-journal",
    "letter": "article-journal",
    "editorial": "article-journal",
    "correction": "article-journal",
    "retraction": "article-journal",
    "article-commentary": "article-journal",
    "discussion": "article-journal",
    "reply": "article-journal",
    "systematic-review": "article-journal",
    "data-paper": "article-journal",
    "methods-article": "article-journal",
    "book-review": "review-book",
    "product-review": "review",
    "meeting-report": "paper-conference",
    "abstract": "article-journal",
    "news": "article-newspaper",
    "obituary": "article-journal",
    "other": "article-journal",
}
"""article/@article-type -> CSL type; the JATS value is kept as ``genre``."""

CONTRIB_ROLES: dict[str, str] = {
    "author": "author",
    "editor": "editor",
    "guest-editor": "editor",
    "section-editor": "editor",
    "series-editor": "collection-editor",
    "translator": "translator",
    "reviewer": "reviewer",
    "compiler": "compiler",
    "illustrator": "illustrator",
    "chair": "chair",
    "organizer": "organizer",
    "supervisor": "supervisor",
    "contributor": "contributor",
    "collab": "author",
}
"""contrib/@contrib-type and person-group/@person-group-type -> model role."""

PUBLICATION_TYPES: dict[str, str] = {
    "journal": "article-journal",
    "magazine": "article-magazine",
    "newspaper": "article-newspaper",
    "book": "book",
    "book-chapter": "chapter",
    "confproc": "paper-conference",
    "conf-proc": "paper-conference",
    "conference": "paper-conference",
    "thesis": "thesis",
    "dissertation": "thesis",
    "report": "report",
    "gov": "report",
    "web": "webpage",
    "webpage": "webpage",
    "website": "webpage",
    "blog": "post-weblog",
    "patent": "patent",
    "data": "dataset",
    "dataset": "dataset",
    "database": "dataset",
    "software": "software",
    "standard": "standard",
    "legislation": "legislation",
    "preprint": "manuscript",
    "other": "document",
}
"""citation/@publication-type (also @citation-type in NLM 2.x) -> CSL type."""

# Roles given in words or as CRediT terms that the model holds as a role.
_ROLE_WORDS: dict[str, str] = {
    "supervision": "supervisor",
    "supervisor": "supervisor",
    "научный руководитель": "supervisor",
    "ғылыми жетекші": "supervisor",
    "ғылыми жетекшісі": "supervisor",
    "editor": "editor",
    "translator": "translator",
}

COUNTRY_CODES: dict[str, str] = COUNTRY_FIELD_NAMES
"""Country names seen in affiliations -> ISO 3166-1 alpha-2 (when ``@country`` is absent)."""

_DOCTYPE = re.compile(r"<!DOCTYPE\s[^\[>]*(?:\[.*?\]\s*)?>", re.S | re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
# an element is in a namespace only by a prefix on its tag or a default xmlns in scope
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_SKIP_TEXT = frozenset({"fn", "fig", "table-wrap", "disp-formula-group", "supplementary-material"})
_TITLE_SKIP = _SKIP_TEXT | {"xref"}
_COLLAB_SKIP = _SKIP_TEXT | {"contrib-group", "xref"}
_NOT_PLAIN = (etree.Comment, etree.ProcessingInstruction, etree.Entity)  # nodes _text walks past
_NAME_PARTS = ("surname", "given-names", "suffix", "prefix")  # the order name() unpacks them
_DATE_TYPES = ("pub", "epub", "collection", "ppub", "epub-ppub", "epreprint", "")


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name in _XML_ENTITIES:
        return m.group(0)
    ch = html.entities.html5.get(name + ";")
    return ch if ch is not None else m.group(0)


def _lines_of(m: re.Match[str]) -> str:
    return "\n" * m.group(0).count("\n")


def parse_jats(text: str | bytes, *, source: str | None = None) -> etree._Element:
    """Parse JATS text safely and return the root element, namespaces removed from JATS tags.

    >>> parse_jats('<!DOCTYPE article [<!ENTITY x "boom">]><article>&ndash;&x;</article>').text
    '–'
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    # cut, but their line breaks kept: an error's line number is the file's
    text = _XML_DECL.sub(_lines_of, text.lstrip("\ufeff"), count=1)
    text = _DOCTYPE.sub(_lines_of, text, count=1)
    text = _ENTITY.sub(_entity, text)
    data = xml_bytes(text, source)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True, remove_pis=True, encoding="utf-8",
    )  # fmt: skip
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        msg = str(exc.msg) if exc.msg else str(exc)
        if "Entity" not in msg:
            line = exc.lineno if exc.lineno else None
            raise ParseError(f"not well-formed XML: {msg}", source=source, line=line) from None
        # An undeclared entity (its DTD was cut): drop it and keep the rest of the article.
        recover = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
            remove_comments=True, remove_pis=True, recover=True, encoding="utf-8",
        )  # fmt: skip
        root = etree.fromstring(data, recover)
        if root is None:
            raise ParseError(f"not well-formed XML: {msg}", source=source) from None
        root.set("{urn:scholarmeta}recovered", msg)
    for el in root.iter():
        tag = el.tag
        if isinstance(tag, str) and tag[0] == "{":
            ns, _, local = tag[1:].partition("}")
            if ns not in _KEEP_NS and "MathML" not in ns:
                el.tag = local
    return root


_FUNDER_SKIP = _SKIP_TEXT | {"institution-id"}


def _funding(meta: etree._Element) -> list[str]:
    """``Funder: award, award`` per award group; the funder's registry id (JATS 1.2+
    ``<institution-id>``, a Crossref Funder DOI) is left out of its name."""
    out: list[str] = []
    groups = meta.findall(".//award-group")
    for g in groups or [meta]:
        awards = [_text(a) for a in g.iter("award-id") if _text(a)] if groups else []
        for f in g.iter("funding-source"):
            name = _text(f, _FUNDER_SKIP)
            if name:
                out.append(f"{name}: {', '.join(awards)}" if awards else name)
                awards = []
        if awards:
            out.append(", ".join(awards))
    for fs in meta.iter("funding-statement"):  # the funding told as a sentence: kept too
        text = _text(fs, _FUNDER_SKIP)
        if text and text not in out:
            out.append(text)
    return out


def _author_notes(el: etree._Element | None) -> str:
    """The author notes' text: the correspondence line and each footnote (conflicts of
    interest, contributions, "the article is based on the thesis …"), one after the other."""
    if el is None:
        return ""
    skip = _SKIP_TEXT - {"fn"}
    parts = [_text(c, skip) for c in el if isinstance(c.tag, str)]
    head = normalize_space(el.text or "")
    return normalize_space(" ".join([head, *parts])) if parts else _text(el, skip)


def _text(el: etree._Element | None, skip: frozenset[str] = _SKIP_TEXT) -> str:
    """Text content with white space normalised, leaving out footnotes, figures and tables."""
    if el is None:
        return ""
    if len(el) == 0:
        return normalize_space(el.text or "")
    if next(el.iterdescendants(*_NOT_PLAIN, *skip), None) is None:  # nothing to leave out: in C
        return normalize_space(etree.tostring(el, method="text", encoding=str, with_tail=False))
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(e.text)
        for c in e:
            if isinstance(c.tag, str) and c.tag not in skip:
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    return normalize_space("".join(parts))


def _block_text(el: etree._Element) -> str:
    """The text of a block's titles and paragraphs, one after the other with a space between
    (``_text`` would run "Competing interests" into the paragraph after it)."""
    parts = [_text(x) for x in el.iter("title", "label", "p", "def", "term")]
    return " ".join(p for p in parts if p) or _text(el)


def _title(el: etree._Element) -> str:
    """A title without its footnote and cross-reference markers."""
    return _text(el, _TITLE_SKIP)


def _citation_text(el: etree._Element) -> str:
    """A mixed citation's text, a space between the parts of each name (PMC writes
    ``<surname>LaBeaud</surname><given-names>AD</given-names>``, which reads "LaBeaudAD").

    >>> _citation_text(etree.fromstring("<m><name><surname>Roe</surname><given-names>J</given-names>"
    ...                                 "</name> (2001) T.</m>"))
    'Roe J (2001) T.'
    """
    if not any(not p.tail for n in el.iter("name", "string-name") for p in list(n)[:-1]):
        return _text(el)
    el = copy.deepcopy(el)
    for n in el.iter("name", "string-name"):
        for p in list(n)[:-1]:
            p.tail = p.tail or " "
    return _text(el)


def _spaced_text(el: etree._Element) -> str:
    """Text of an element whose children carry no punctuation (element-citation): spaced."""
    out = normalize_space(" ".join(str(t) for t in el.itertext() if t.strip()))
    return re.sub(r"\s+([,.;:)])", r"\1", out)


def _lang(el: etree._Element | None, default: str | None) -> str | None:
    if el is None:
        return default
    v = el.get(XML_LANG)
    return _valid_lang(v) or default


_LANG_TAG_RE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


_VALID_LANGS: dict[str, str | None] = {}  # xml:lang as written -> its tag: a few per document


_LOOSE_WORDS = re.compile(r"[^\W\d_]{2}")  # untagged text of a mixed citation with a word in it
_NO_LANG = frozenset({None, "mul", "und", "mis", "zxx"})  # ISO 639 codes naming no one language


def _valid_lang(v: str | None) -> str | None:
    if not v:
        return None
    if v in _VALID_LANGS:
        return _VALID_LANGS[v]
    tag = v.strip().replace("_", "-")
    out = tag.lower() if _LANG_TAG_RE.fullmatch(tag) else None
    if len(_VALID_LANGS) < 1024:
        _VALID_LANGS[v] = out
    return out


def _child_text(el: etree._Element, tag: str) -> str | None:
    """The text of the first child called ``tag`` (a plain name: what ``el.find(tag)`` finds,
    without the path machinery)."""
    c = next(el.iterchildren(tag), None)
    return (_text(c) or None) if c is not None else None


class _Reader:
    def __init__(self, art: etree._Element, source: str | None, report: Report) -> None:
        self.art = art
        self.source = source
        self.report = report
        self.extra: dict[str, Any] = {}
        self.record: str | None = None
        self.lang: str | None = _valid_lang(art.get(XML_LANG))
        self.affs: dict[str, etree._Element] = {}
        self.corresp: dict[str, etree._Element] = {}

    def note(self, kind: str, message: str, field: str | None = None) -> None:
        self.report.add(kind, message, format="jats", source=self.source, record=self.record,  # type: ignore[arg-type]
                        field=field)  # fmt: skip

    def keep(self, key: str, value: Any) -> None:
        if value in (None, "", [], {}):
            return
        self.extra[f"jats:{key}"] = value
        self.note("unmapped", "kept in extra", field=f"jats:{key}")

    # -- entry point -------------------------------------------------------------------------
    def work(self) -> Work:
        art = self.art
        front = art.find("front")
        meta = front.find("article-meta") if front is not None else None
        if meta is None:
            meta = etree.Element("article-meta")
        jmeta = front.find("journal-meta") if front is not None else None
        data: dict[str, Any] = {}
        ids = self.identifiers(meta)
        doi = next((i.value for i in ids if i.scheme == "doi"), None)
        title_el = meta.find("title-group/article-title")
        title = _text(title_el)
        self.record = doi or title[:60] or None
        if self.lang in _NO_LANG:  # xml:lang="mul" (a bilingual article): its first language
            found = [_valid_lang(el.get(XML_LANG)) for el in meta.findall("title-group/article-title")]
            found += [_valid_lang(_text(el)) for el in meta.findall("content-language")]
            found += [_valid_lang(el.get(XML_LANG)) for el in meta.findall("title-group")]
            self.lang = next((v for v in found if v not in _NO_LANG), None)
        if self.lang is None:
            self.lang = detect_language(title) if title else None
        self.collect_affs()
        atype = (art.get("article-type") or "").strip().lower()
        data["type"] = ARTICLE_TYPES.get(atype, "article-journal")
        if atype and atype != "research-article":
            data["genre"] = atype
        data["language"] = self.lang
        data["identifiers"] = ids
        self.titles(meta, data)
        data["contributors"] = self.contributors(meta)
        data["abstracts"] = self.abstracts(meta, self.lang)
        data["keywords"] = self.keywords(meta, self.lang)
        self.translations(data)
        if jmeta is not None:
            self.journal(jmeta, data)
        self.dates(meta, data)
        self.numbers(meta, data)
        for su in meta.findall("self-uri"):
            url = su.get(XLINK_HREF) or _text(su)
            if url and url.startswith(("http://", "https://")) and "url" not in data:
                data["url"] = url
        self.permissions(meta, data)
        subjects = [t for s in meta.findall("article-categories//subject") if (t := _text(s))]
        self.keep("subjects", subjects)
        history = {}
        for hd in meta.findall("history/date"):
            d = _date(hd)
            if d is not None:
                history[hd.get("date-type") or "date"] = d.iso()
        self.keep("history", history)
        self.keep("funding", _funding(meta))
        self.keep("author-notes", _author_notes(meta.find("author-notes")) or None)
        custom = {}
        for cm in meta.iter("custom-meta"):
            name, value = _child_text(cm, "meta-name"), _child_text(cm, "meta-value")
            if name and value:
                custom[name] = value
        self.keep("custom-meta", custom)
        for body in art.findall("body"):  # a second <body xml:lang="en">: the translation
            sections, figures, tables = self.body(body)
            data.setdefault("sections", []).extend(sections)
            data.setdefault("figures", []).extend(figures)
            data.setdefault("tables", []).extend(tables)
        floats = art.find("floats-group")
        if floats is not None:
            data.setdefault("figures", []).extend(self.fig(f) for f in floats.iter("fig"))
            data.setdefault("tables", []).extend(self.table(t) for t in floats.iter("table-wrap"))
        data["references"] = self.references()
        back = art.find("back")
        if back is not None:
            self.back(back, data)
        data["extra"] = self.extra
        if art.get("{urn:scholarmeta}recovered"):
            self.note("degraded", "undeclared entity dropped: " + art.get("{urn:scholarmeta}recovered", ""))
        return self.safe_work({k: v for k, v in data.items() if v not in (None, [], {})})

    def back(self, back: etree._Element, data: dict[str, Any]) -> None:
        """Back matter besides the references: ``ack`` and ``notes`` paragraphs into their
        fields; footnotes and appendices (``fn-group``, ``app-group``, ``sec``) kept in extra."""
        # BMC and other PMC files: <back><sec><title>Acknowledgements</title>, not <ack>
        ack_secs = [] if back.find("ack") is not None else [
            el for el in back if el.tag == "sec" and (
                _ACK_TITLE.match(_child_text(el, "title") or "")
                or (el.get("sec-type") or "").lower().startswith("acknowledg"))]
        for key, els in (("acknowledgements", back.findall("ack") or ack_secs),
                         ("notes", back.findall("notes"))):
            paras = [LangString(value=t, lang=_lang(p, _lang(el, self.lang)))
                     for el in els for p in el.iter("p") if (t := _text(p))]  # fmt: skip
            if paras:
                data[key] = paras
        # MDPI, Frontiers and other PMC files: the floats at the end, <sec sec-type="display-objects">
        shown = [el for el in back if el.tag == "sec"
                 and (el.get("sec-type") or "").lower() == "display-objects"]  # fmt: skip
        for el in shown:
            data.setdefault("figures", []).extend(self.fig(f) for f in el.iter("fig"))
            data.setdefault("tables", []).extend(self.table(t) for t in el.iter("table-wrap"))
        self.keep("footnotes", [t for g in back.findall("fn-group") for fn in g.iter("fn")
                                if (t := _text(fn))])  # fmt: skip
        self.keep("appendices", [t for el in back if el.tag in ("app-group", "app", "sec", "glossary")
                                 and not (el.tag == "sec" and (el in ack_secs or el in shown))
                                 if (t := _block_text(el))])  # fmt: skip

    def safe_work(self, data: dict[str, Any]) -> Work:
        """A ``Work``; a field the model rejects is reported and left out, not the whole work."""
        for _ in range(5):
            try:
                return Work(**data)
            except ValidationError as exc:
                bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
                if not bad & set(data):
                    raise
                for key in bad & set(data):
                    self.note("invalid", f"{key} {data.pop(key)!r} ignored", field=key)
        return Work(**data)

    # -- identifiers, titles -----------------------------------------------------------------
    def identifiers(self, meta: etree._Element) -> list[Identifier]:
        out: list[Identifier | None] = []
        for el in meta.findall("article-id"):
            kind = (el.get("pub-id-type") or "other").lower()
            value = _text(el)
            if not value:
                continue
            scheme = {"doi": "doi", "pmid": "pmid", "pmc": "pmcid", "pmcid": "pmcid",
                      "arxiv": "arxiv"}.get(kind, "other")  # fmt: skip
            out.append(self.ident(scheme, value, None if scheme != "other" else kind))
        return [i for i in out if i is not None]

    def ident(self, scheme: str, value: str, label: str | None = None) -> Identifier | None:
        if not value.strip():  # an empty <issn/> of a template: nothing to report
            return None
        try:
            return Identifier(scheme=scheme, value=value, label=label)
        except ValidationError:
            self.note("invalid", f"bad {scheme} {value!r} ignored", field=scheme)
            return None

    def titles(self, meta: etree._Element, data: dict[str, Any]) -> None:
        titles: list[LangString] = []
        subtitles: list[LangString] = []
        short: list[LangString] = []
        # one title-group, or (generators of bilingual articles) one per language
        for tg in meta.findall("title-group"):
            tg_lang = _lang(tg, self.lang)
            for el in tg.findall("article-title"):
                _add(titles, _title(el), _lang(el, tg_lang))
            for el in tg.findall("subtitle"):
                _add(subtitles, _title(el), _lang(el, tg_lang))
            for grp in tg.findall("trans-title-group"):
                lang = _lang(grp, None)
                for el in grp.findall("trans-title"):
                    _add(titles, _title(el), _lang(el, lang))
                for el in grp.findall("trans-subtitle"):
                    _add(subtitles, _title(el), _lang(el, lang))
            for el in tg.findall("trans-title"):  # NLM 2.x: trans-title directly in title-group
                _add(titles, _title(el), _lang(el, None))
            for el in tg.findall("alt-title"):
                if (el.get("alt-title-type") or "short") in ("short", "running-head", "running"):
                    _add(short, _title(el), _lang(el, tg_lang))
        data["titles"], data["subtitles"], data["short_titles"] = titles, subtitles, short

    # -- contributors and affiliations ---------------------------------------------------------
    def collect_affs(self) -> None:
        self.corresp = {el.get("id", ""): el for el in self.art.iter("corresp") if el.get("id")}
        for el in self.art.iter("aff", "aff-alternatives"):
            aid = el.get("id")
            if aid and aid not in self.affs:
                self.affs[aid] = el

    def contributors(self, meta: etree._Element) -> list[Contributor]:
        out: list[Contributor] = []
        for cg in meta.findall("contrib-group"):
            group_affs = [a for a in cg if a.tag in ("aff", "aff-alternatives")]
            contribs = cg.findall("contrib")
            for el in contribs:
                c = self.contrib(el, group_affs)
                if c is not None:
                    out.append(c)
        return out

    def contrib(self, el: etree._Element, group_affs: list[etree._Element]) -> Contributor | None:
        ctype = (el.get("contrib-type") or "author").lower()
        roles: list[str] = []
        base = CONTRIB_ROLES.get(ctype)
        if base is None:
            self.note("degraded", f"contrib-type {ctype!r} read as 'other'", field="contrib-type")
            base = "other"
        kids: dict[str, list[etree._Element]] = {}  # the children by name, in one pass
        for ch in el:
            if isinstance(ch.tag, str):
                kids.setdefault(ch.tag, []).append(ch)
        positions: list[LangString] = []
        for r in kids.get("role", ()):
            if (r.get("content-type") or "").lower() == "position" and (t := _text(r)):
                positions.append(LangString(value=t, lang=_lang(r, self.lang)))
                continue
            term = (r.get("vocab-term") or _text(r)).strip().lower().rstrip(",. ")
            mapped = _ROLE_WORDS.get(term)
            if mapped and mapped not in roles:
                roles.append(mapped)
        # a neutral "contributor" with a specific <role> (the writer's supervisor) takes that role
        if base not in roles and not (base == "contributor" and roles):
            roles.insert(0, base)
        d: dict[str, Any] = {"roles": roles, "positions": positions}
        names: list[PersonName] = []
        for n in el:
            if n.tag == "name-alternatives":
                names.extend(x for x in (self.name(c) for c in n) if x is not None)
            elif n.tag in ("name", "string-name"):
                pn = self.name(n)
                if pn is not None:
                    names.append(pn)
        collab = kids["collab"][0] if "collab" in kids else next(
            (c for a in kids.get("collab-alternatives", ()) for c in a.iterchildren("collab")), None)
        if names:
            main = next((n for n in names if n.lang in (None, self.lang)), names[0])
            d["name"] = main
            d["alternative_names"] = [n for n in names if n is not main]
        elif collab is not None and (org := _text(collab, _COLLAB_SKIP)):
            d["kind"] = "organization"
            d["organization"] = [LangString(value=org, lang=_lang(collab, self.lang))]
        else:
            return None
        for ci in kids.get("contrib-id", ()):
            if (ci.get("contrib-id-type") or "").lower() == "orcid" or "orcid" in _text(ci):
                d["orcid"] = _text(ci)
        d["degrees"] = [LangString(value=t, lang=self.lang) for x in kids.get("degrees", ()) if (t := _text(x))]
        email = next(el.iterdescendants("email"), None)
        if email is not None and _text(email):
            d["email"] = _text(email)
        for u in [*kids.get("uri", ()), *kids.get("ext-link", ())]:
            href = u.get(XLINK_HREF) or _text(u)
            if href.startswith(("http://", "https://")):
                d["url"] = href
                break
        xrefs = kids.get("xref", ())
        if el.get("corresp") == "yes" or any(x.get("ref-type") == "corresp" for x in xrefs):
            d["corresponding"] = True
        if "email" not in d:  # the one address of the note its corresp xref points to
            for x in xrefs:
                note = self.corresp.get(x.get("rid") or "") if x.get("ref-type") == "corresp" else None
                mails = {t for m in note.iter("email") if (t := _text(m))} if note is not None else set()
                if len(mails) == 1:
                    d["email"] = mails.pop()
                    break
        aff_els: list[etree._Element] = []
        for x in xrefs:
            if x.get("ref-type") == "aff":
                for rid in (x.get("rid") or "").split():
                    if rid in self.affs:
                        aff_els.append(self.affs[rid])
        aff_els.extend(a for a in el if a.tag in ("aff", "aff-alternatives"))
        if not aff_els and not any(x.get("ref-type") == "aff" for x in xrefs):
            aff_els = [a for a in group_affs if a.get("id") is None or len(group_affs) == 1]
        affs = []
        for a in aff_els:
            aff = self.affiliation(a)
            if aff is not None and aff not in affs:
                affs.append(aff)
        d["affiliations"] = affs
        try:  # valid as a whole, each of these is valid alone: no need to check them one by one
            return Contributor(**d)
        except ValidationError:
            pass
        for key in ("orcid", "email", "url"):
            if d.get(key) is None:  # nothing to check (None is always valid)
                continue
            try:
                Contributor.model_validate({"name": {"literal": "x"}, key: d.get(key)})
            except ValidationError:
                self.note("invalid", f"bad {key} {d[key]!r} ignored", field=key)
                d.pop(key)
        try:
            return Contributor(**d)
        except ValidationError as exc:
            self.note("invalid", f"contributor not read: {exc.errors()[0]['msg']}", field="contrib")
            return None

    def name(self, el: etree._Element) -> PersonName | None:
        lang = _lang(el, None)
        if el.tag not in ("name", "string-name"):
            return None
        parts: dict[str, etree._Element] = {}  # the first child of each part, in one pass
        for ch in el:
            if ch.tag in _NAME_PARTS and ch.tag not in parts:
                parts[ch.tag] = ch
        if el.tag == "string-name" and "surname" not in parts and "given-names" not in parts:
            t = _text(el)
            inv_family, comma, inv_given = t.partition(",")
            if (comma and inv_family.strip() and inv_given.strip() and "," not in inv_given
                    and not re.search(r"\d", t)):
                # "Teuten, E." (Scholarcy, reference tools): an inverted name, unambiguous
                return PersonName(family=inv_family.strip(), given=inv_given.strip(), lang=lang)
            return PersonName(literal=t, lang=lang) if t else None
        family, given, suffix, prefix = (
            (_text(c) or None) if (c := parts.get(k)) is not None else None for k in _NAME_PARTS
        )
        if prefix:
            self.note("dropped", f"name prefix {prefix!r} (an honorific) not kept", field="prefix")
        if not (family or given):
            return None
        given, patronymic = split_patronymic(given)
        return PersonName(family=family, given=given, patronymic=patronymic, suffix=suffix, lang=lang)

    def affiliation(self, el: etree._Element) -> Affiliation | None:
        variants = el.findall("aff") if el.tag == "aff-alternatives" else [el]
        d: dict[str, Any] = {"institution": [], "department": [], "city": [], "address": [], "raw": []}
        d["id"] = el.get("id")
        for aff in variants:
            lang = _lang(aff, self.lang)
            seen = len(d["institution"]) + len(d["raw"])
            for c in aff.iter():
                tag = c.tag
                if not isinstance(tag, str):
                    continue
                ct = (c.get("content-type") or "").lower()
                if tag == "institution":
                    if ct == "original":
                        _add(d["raw"], _text(c), lang)
                        continue
                    key = "department" if ct.startswith("orgdiv") or ct in ("dept", "department") else "institution"
                    _add(d[key], _text(c).strip(" ,;"), lang)  # SciELO: ",Hospital General …"
                elif tag == "institution-id" and "ror" in (c.get("institution-id-type") or "").lower():
                    d["ror"] = _text(c)
                elif tag == "city" or (tag == "named-content" and ct == "city") or (
                    tag == "addr-line" and ct == "city"
                ):
                    _add(d["city"], _text(c), lang)
                elif tag in ("addr-line", "state", "postal-code") and not c.findall("*"):
                    _add(d["address"], _text(c), lang)
                elif tag == "country":
                    code = (c.get("country") or "").strip().upper()
                    if not re.fullmatch(r"[A-Z]{2}", code):
                        code = COUNTRY_CODES.get(_text(c).lower(), "")
                    if code:
                        d["country"] = code
                    elif _text(c):
                        _add(d["address"], _text(c), lang)
            if len(d["institution"]) + len(d["raw"]) == seen:
                # untagged or only addr-line: the text itself is the affiliation
                skip = frozenset({"label", "sup", "email", *_SKIP_TEXT})
                raw = _text(aff, skip).strip(" ,;")
                _add(d["raw"], raw, lang)
        if not any(d[k] for k in ("institution", "department", "city", "address", "raw")):
            return None
        return Affiliation(**d)

    # -- abstracts, keywords, translations ---------------------------------------------------
    def abstracts(self, meta: etree._Element, lang: str | None) -> list[Abstract]:
        plain: list[Abstract] = []
        typed: list[Abstract] = []
        for el in meta:
            if el.tag not in ("abstract", "trans-abstract"):
                continue
            a_lang = _lang(el, lang if el.tag == "abstract" else None)
            paras: list[str] = []
            for sec_or_p in el:
                if sec_or_p.tag == "p":
                    _add_str(paras, _text(sec_or_p))
                elif sec_or_p.tag == "sec":
                    head = _child_text(sec_or_p, "title")
                    ps = [t for p in sec_or_p.iter("p") if (t := _text(p))]
                    if head and ps:
                        ps[0] = f"{head.rstrip(':')}: {ps[0]}"
                    for p in ps:
                        _add_str(paras, p)
            if not paras:
                _add_str(paras, _text(el, frozenset({"title", "label", *_SKIP_TEXT})))
            if not paras:
                continue
            if a_lang is None:
                a_lang = detect_language(" ".join(paras))
            title = _child_text(el, "title")
            a = Abstract(lang=a_lang, paragraphs=paras, title=title)
            (typed if el.get("abstract-type") else plain).append(a)
        return plain + typed

    def keywords(self, meta: etree._Element, lang: str | None) -> list[KeywordGroup]:
        out: list[KeywordGroup] = []
        for g in meta.findall("kwd-group"):
            terms: list[str] = []
            for k in g:
                if k.tag == "kwd":
                    _add_str(terms, _text(k))
                elif k.tag == "compound-kwd":
                    _add_str(terms, " — ".join(_text(p) for p in k if _text(p)))
            if not terms:
                continue
            glang = _lang(g, lang)
            vocab = g.get("vocab") or g.get("kwd-group-type")
            by_lang: dict[str | None, list[str]] = {}  # SciELO's pre-JATS <kwd lng="es">
            for k in g:
                if k.tag == "kwd" and (t := _text(k)) and k.get("lng"):
                    _add_str(by_lang.setdefault(_valid_lang(k.get("lng")) or glang, []), t)
            if by_lang and sum(len(v) for v in by_lang.values()) == len(terms):
                out.extend(KeywordGroup(lang=kl, terms=kt, vocabulary=vocab) for kl, kt in by_lang.items())
                continue
            out.append(KeywordGroup(lang=glang, terms=terms, vocabulary=vocab))
        return out

    def translations(self, data: dict[str, Any]) -> None:
        for sub in self.art.iter("sub-article"):
            kind = (sub.get("article-type") or "").lower()
            if kind != "translation":
                continue
            lang = _lang(sub, None)
            stub = sub.find("front-stub")
            if stub is None:
                stub = sub.find("front/article-meta")
            if stub is None:
                continue
            tg = stub.find("title-group")
            if tg is not None:
                for el in tg.findall("article-title"):
                    _add(data["titles"], _title(el), _lang(el, lang))
                for el in tg.findall("subtitle"):
                    _add(data["subtitles"], _title(el), _lang(el, lang))
            have = {a.lang for a in data["abstracts"]}
            for a in self.abstracts(stub, lang):
                if a.lang not in have or a.title is not None:
                    if a not in data["abstracts"]:
                        data["abstracts"].append(a)
            have_kw = {g.lang for g in data["keywords"]}
            for g in self.keywords(stub, lang):
                if g.lang not in have_kw:
                    data["keywords"].append(g)

    # -- journal, dates, pages, license -----------------------------------------------------
    def journal(self, jm: etree._Element, data: dict[str, Any]) -> None:
        titles: list[LangString] = []
        for el in jm.iter("journal-title"):
            _add(titles, _text(el), _lang(el, self.lang))
        for grp in jm.iter("trans-title-group"):
            for el in grp.findall("trans-title"):
                _add(titles, _text(el), _lang(el, _lang(grp, None)))
        data["container_titles"] = titles
        abbrev = jm.find(".//abbrev-journal-title")
        if abbrev is None:
            abbrev = jm.find("journal-id[@journal-id-type='iso-abbrev']")
        if abbrev is None:
            abbrev = jm.find("journal-id[@journal-id-type='nlm-ta']")
        if abbrev is not None and _text(abbrev):
            data["container_short_title"] = _text(abbrev)
        for el in jm.findall("issn"):
            kind = (el.get("pub-type") or el.get("publication-format") or "").lower()
            scheme = "eissn" if kind in ("epub", "electronic", "online") else "issn"
            ident = self.ident(scheme, _text(el))
            if ident is not None and ident not in data["identifiers"]:
                data["identifiers"].append(ident)
        # the journal's editors and managers (OJS): not the article's contributors, kept
        staff = []
        for el in jm.iter("contrib"):
            n = next((c for c in el.iter("name", "string-name", "collab") if _text(c)), None)
            pn = self.name(n) if n is not None and n.tag != "collab" else None
            who = pn.display() if pn is not None else _text(n) if n is not None else ""
            if who:
                staff.append(f"{who} ({el.get('contrib-type')})" if el.get("contrib-type") else who)
        self.keep("journal-contributors", staff)
        pub = jm.find("publisher")
        if pub is not None:
            names = [LangString(value=_text(n), lang=_lang(n, self.lang)) for n in pub.findall("publisher-name") if _text(n)]
            data["publisher"] = names
            data["publisher_place"] = [
                LangString(value=_text(n), lang=_lang(n, self.lang)) for n in pub.findall("publisher-loc") if _text(n)
            ]

    def dates(self, meta: etree._Element, data: dict[str, Any]) -> None:
        found: dict[str, PartialDate] = {}
        for el in meta.findall("pub-date"):
            kind = (el.get("date-type") or el.get("pub-type") or "").lower()
            fmt = (el.get("publication-format") or "").lower()
            if fmt == "electronic" and kind in ("pub", ""):
                kind = "epub"
            d = _date(el)
            if d is not None and kind not in found:
                found[kind] = d
        for kind in _DATE_TYPES:
            if kind in found:
                data["issued"] = found[kind]
                break
        else:
            if found:
                data["issued"] = next(iter(found.values()))
        epub = found.get("epub")
        if epub is not None and data.get("issued") is not None and epub != data["issued"]:
            data["available"] = epub

    def numbers(self, meta: etree._Element, data: dict[str, Any]) -> None:
        for key, tag in (("volume", "volume"), ("issue", "issue"), ("issue", "numero")):
            v = _child_text(meta, tag)  # <numero>: the issue in SciELO's pre-JATS markup
            if v and key not in data:
                data[key] = v
        fpage, lpage = _child_text(meta, "fpage"), _child_text(meta, "lpage")
        prange = _child_text(meta, "page-range")
        if prange:
            data["page"] = prange
        elif fpage:
            data["page"] = f"{fpage}–{lpage}" if lpage and lpage != fpage else fpage
        count = meta.find("counts/page-count")
        if count is not None and (count.get("count") or "").strip().isdigit():
            data["number_of_pages"] = count.get("count", "").strip()
        eloc = _child_text(meta, "elocation-id")
        if eloc:
            data["article_number"] = eloc
        for el in meta.findall("isbn"):
            ident = self.ident("isbn", _text(el))
            if ident is not None:
                data["identifiers"].append(ident)

    def permissions(self, meta: etree._Element, data: dict[str, Any]) -> None:
        perm = meta.find("permissions")
        if perm is None:
            perm = meta.find("copyright-statement/..")
        if perm is None:
            return
        lic = perm.find("license")
        if lic is not None:
            url = lic.get(XLINK_HREF)
            if not url:
                ref = next((c for c in lic.iter() if isinstance(c.tag, str) and c.tag.endswith("license_ref")), None)
                url = _text(ref) if ref is not None else None
            if not url:
                link = lic.find(".//ext-link")
                url = link.get(XLINK_HREF) if link is not None else None
            data["license"] = url or _text(lic) or None
        self.keep("copyright-statement", _child_text(perm, "copyright-statement"))

    # -- body --------------------------------------------------------------------------------
    def body(self, body: etree._Element) -> tuple[list[Section], list[Figure], list[Table]]:
        lang = _lang(body, self.lang)
        if not len(body) and (body.text or "").strip():
            # SciELO's pre-JATS markup: the full text as HTML in a CDATA section
            paras = _html_paragraphs(body.text or "")
            return ([Section(paragraphs=paras, lang=lang)] if paras else []), [], []
        sections: list[Section] = []
        loose: list[str] = []
        figures: list[Figure] = []
        tables: list[Table] = []
        for c in body:
            if c.tag == "sec":
                sections.append(self.section(c, lang))
            elif c.tag == "p":
                _add_str(loose, _text(c))
                if len(c):  # a figure or table can only be inside a paragraph with children
                    figures.extend(self.fig(f) for f in c.iter("fig"))
                    tables.extend(self.table(t) for t in c.iter("table-wrap"))
            elif c.tag in ("fig", "fig-group"):
                figures.extend(self.fig(f) for f in c.iter("fig"))
            elif c.tag in ("table-wrap", "table-wrap-group"):
                tables.extend(self.table(t) for t in c.iter("table-wrap"))
        if loose:
            sections.insert(0, Section(paragraphs=loose, lang=lang))
        return sections, figures, tables

    def section(self, sec: etree._Element, lang: str | None = None) -> Section:
        d: dict[str, Any] = {"paragraphs": [], "figures": [], "tables": [], "sections": []}
        title = label = None  # the first of each, found in the one pass over the children
        d["lang"] = _lang(sec, lang or self.lang)
        for c in sec:
            tag = c.tag
            if tag == "p":
                _add_str(d["paragraphs"], _text(c))
                if len(c):  # a figure or table can only be inside a paragraph with children
                    d["figures"].extend(self.fig(f) for f in c.iter("fig"))
                    d["tables"].extend(self.table(t) for t in c.iter("table-wrap"))
            elif tag == "title":
                title = c if title is None else title
            elif tag == "label":
                label = c if label is None else label
            elif tag in ("fig", "fig-group"):
                d["figures"].extend(self.fig(f) for f in c.iter("fig"))
            elif tag in ("table-wrap", "table-wrap-group"):
                d["tables"].extend(self.table(t) for t in c.iter("table-wrap"))
            elif tag == "sec":
                d["sections"].append(self.section(c, d["lang"]))
            elif tag in ("list", "disp-quote", "boxed-text"):
                for p in c.iter("p"):
                    _add_str(d["paragraphs"], _text(p))
        d["title"] = (_text(title) or None) if title is not None else None
        d["label"] = (_text(label) or None) if label is not None else None
        return Section(**d)

    def fig(self, el: etree._Element) -> Figure:
        caption: list[LangString] = []
        for cap in el.findall("caption"):
            lang = _lang(cap, self.lang)
            t = _text(cap)
            if t:
                caption.append(LangString(value=t, lang=lang))
        g = el.find(".//graphic")
        alt = el.find(".//alt-text")
        return Figure(
            id=el.get("id"),
            label=_child_text(el, "label"),
            caption=caption,
            href=g.get(XLINK_HREF) if g is not None else None,
            alt=_text(alt) or None if alt is not None else None,
        )

    def table(self, el: etree._Element) -> Table:
        """A ``table-wrap``: label, caption and the text of each cell of its first table, row by
        row (heading rows: those in ``thead``, or leading rows of ``th`` cells only)."""
        caption = [LangString(value=t, lang=_lang(cap, self.lang))
                   for cap in el.findall("caption") if (t := _text(cap))]  # fmt: skip
        rows: list[list[str]] = []
        header_rows = 0
        tab = el.find(".//table")
        if tab is not None:
            body_seen = False
            for tr in tab.iter("tr"):
                cells = [c for c in tr if c.tag in ("td", "th")]
                rows.append([_text(c) for c in cells])
                parent = tr.getparent()
                in_head = parent is not None and parent.tag == "thead"
                if not body_seen and (in_head or (cells and all(c.tag == "th" for c in cells))):
                    header_rows += 1
                else:
                    body_seen = True
        return Table(id=el.get("id"), label=_child_text(el, "label"), caption=caption,
                     header_rows=header_rows, rows=rows)  # fmt: skip

    # -- references --------------------------------------------------------------------------
    def references(self) -> list[Reference]:
        out: list[Reference] = []
        for ref in self.art.iter("ref"):
            r = self.reference(ref)
            if r is not None:
                out.append(r)
        return out

    def reference(self, ref: etree._Element) -> Reference | None:
        cits = [c for c in ref.iter("element-citation", "mixed-citation", "citation", "nlm-citation")]
        label = _child_text(ref, "label")
        if not cits:
            raw = _text(ref, frozenset({"label"}))
            if not raw:
                return None
            cits = []
        mixed = next((c for c in cits if c.tag in ("mixed-citation", "citation")), None)
        structured = next((c for c in cits if c.tag in ("element-citation", "nlm-citation")), None)
        if structured is None and mixed is not None and len(mixed):
            structured = mixed
        if mixed is not None:
            # NLM 2.x <citation> is often fully tagged with no punctuation between the tags
            loose = (mixed.text or "") + "".join(c.tail or "" for c in mixed)
            raw = _citation_text(mixed) if loose.strip(" \n\t.,;:") else _spaced_text(mixed)
        elif structured is not None:
            raw = _spaced_text(structured)
        src = mixed if mixed is not None else structured
        lang = _lang(src, None)
        if label and raw.startswith(label):
            raw = raw[len(label) :]
        raw = raw.lstrip(" .,;:")
        if lang is None and raw:
            lang = detect_language(raw)
            # the detector's fallback for Latin script is English; in a non-English article
            # that guess is as likely wrong as right
            if lang == "en" and self.lang not in (None, "en"):
                lang = None
        work = self.cited_work(structured, lang) if structured is not None else None
        # a mixed citation whose only tags are links ("INAM (2010) Available: <ext-link>"):
        # the untagged text holds the rest, for refparse; the links are kept
        links = work if work is not None and structured is mixed and not (
            work.model_fields_set - {"type", "url", "identifiers", "notes"}) else None
        if work is not None and links is None and structured is mixed and raw and not (
                work.contributors and work.issued) and _LOOSE_WORDS.search(loose):
            # "Bellei, C., & Muñoz, G. (2021). <article-title>…": the tags hold the title and
            # source, the untagged text the authors and the year, which refparse reads
            try:
                from ..refparse import parse_reference

                got = parse_reference(raw, lang).work
            except Exception:  # best effort: the tagged fields stand
                got = None
            if got is not None:
                work = work.model_copy(update={k: getattr(got, k) for k in ("contributors", "issued")
                                               if getattr(got, k) and not getattr(work, k)})  # fmt: skip
        if (work is None or links is not None) and raw:
            try:
                from ..refparse import parse_reference

                parsed = parse_reference(raw, lang)
                if links is not None and parsed.work is not None:
                    got = parsed.work
                    more = [i for i in links.identifiers if i not in got.identifiers]
                    parsed = parsed.model_copy(update={"work": got.model_copy(update={
                        "url": got.url or links.url, "identifiers": [*got.identifiers, *more],
                        "notes": got.notes or links.notes})})  # fmt: skip
                return parsed.model_copy(update={"id": ref.get("id"), "label": label, "raw": raw})
            except Exception:  # refparse is best effort; the raw string is what matters
                self.note("degraded", "reference string not parsed", field="references")
        if not raw and work is None:
            return None
        return Reference(id=ref.get("id"), label=label, raw=raw or None, lang=lang, work=work)

    def cited_work(self, c: etree._Element, lang: str | None) -> Work | None:
        ptype = (c.get("publication-type") or c.get("citation-type") or "").lower()
        d: dict[str, Any] = {"type": PUBLICATION_TYPES.get(ptype, "article-journal" if not ptype else "document")}
        # the children by name, in one pass (findall per tag walked them once each)
        first: dict[str, etree._Element] = {}
        kids: dict[str, list[etree._Element]] = {}
        loose: list[etree._Element] = []  # names and collabs outside a person-group
        for ch in c:
            tag = ch.tag
            if not isinstance(tag, str):
                continue
            if tag not in first:
                first[tag] = ch
                kids[tag] = [ch]
            else:
                kids[tag].append(ch)
            if tag in ("name", "string-name", "collab"):
                loose.append(ch)
        contributors: list[Contributor] = []
        etal: dict[str, Any] = {}  # <etal/>: the names go on ("and others", as BibTeX keeps it)
        if "etal" in kids:
            etal["jats:author+others"] = True
        for pg in kids.get("person-group", ()):
            role = CONTRIB_ROLES.get((pg.get("person-group-type") or "author").lower(), "author")
            for n in pg:
                if n.tag == "etal":
                    etal[f"jats:{role}+others"] = True
                elif n.tag in ("name", "string-name"):
                    pn = self.name(n)
                    if pn is not None:
                        contributors.append(Contributor(name=pn, roles=[role]))
                elif n.tag == "collab" and (t := _text(n)):
                    contributors.append(Contributor(kind="organization", organization=[LangString(value=t, lang=lang)], roles=[role]))
        for n in loose:  # NLM/mixed citations may hold names without a person-group
            if n.tag != "collab":
                pn = self.name(n)
                if pn is not None:
                    contributors.append(Contributor(name=pn))
            elif t := _text(n):
                contributors.append(Contributor(kind="organization", organization=[LangString(value=t, lang=lang)]))
        d["contributors"] = contributors
        if etal and contributors:
            d["extra"] = etal

        texts: dict[str, str | None] = {}  # each child's text worked out once

        def child_text(tag: str) -> str | None:
            if tag not in texts:
                el = first.get(tag)
                texts[tag] = (_text(el) or None) if el is not None else None
            return texts[tag]

        # a cited data set (JATS 1.2+): its title is the <data-title>, the repository the <source>
        title = child_text("article-title") or child_text("chapter-title") or child_text("data-title")
        source = child_text("source")
        part = child_text("part-title")
        if part and source:  # a volume of a multi-volume work (the <source>): the volume's
            # title, or the book holding the cited chapter, is the <part-title>
            d["main_titles"] = [LangString(value=source, lang=lang)]
            title, source = (title, part) if title else (part, None)
        elif part:
            title = title or part
        if title:
            d["titles"] = [LangString(value=title, lang=lang)]
            if source:
                d["container_titles"] = [LangString(value=source, lang=lang)]
            if child_text("chapter-title") and d["type"] == "book":
                d["type"] = "chapter"
        elif source:
            d["titles"] = [LangString(value=source, lang=lang)]
        for key, tag in (("volume", "volume"), ("issue", "issue"), ("edition", "edition")):
            v = child_text(tag)
            if v:
                d[key] = v
        fpage, lpage = child_text("fpage"), child_text("lpage")
        if child_text("page-range"):
            d["page"] = child_text("page-range")
        elif fpage:
            d["page"] = f"{fpage}–{lpage}" if lpage and lpage != fpage else fpage
        if child_text("elocation-id"):
            d["article_number"] = child_text("elocation-id")
        if (size_text := child_text("size")) and d.get("page") is None:
            d["number_of_pages"] = re.sub(r"\D+", "", size_text) or None
        year = child_text("year")
        if year:
            m = re.search(r"-?\d{1,4}", year)
            if m:
                d["issued"] = PartialDate(year=int(m.group(0)))
        pub = child_text("publisher-name")
        if pub:
            d["publisher"] = [LangString(value=pub, lang=lang)]
        loc = child_text("publisher-loc")
        if loc:
            d["publisher_place"] = [LangString(value=loc, lang=lang)]
        series = child_text("series")
        if series:
            d["collection_titles"] = [LangString(value=series, lang=lang)]
        conf = child_text("conf-name")
        if conf:
            d["event_title"] = conf
        ids: list[Identifier] = []
        for p in kids.get("pub-id", ()):
            kind = (p.get("pub-id-type") or "").lower()
            scheme = {"doi": "doi", "pmid": "pmid", "pmc": "pmcid", "pmcid": "pmcid", "arxiv": "arxiv"}.get(kind)
            if scheme:
                ident = self.ident(scheme, _text(p))
                if ident is not None:
                    ids.append(ident)
        for tag in ("isbn", "issn"):
            for p in kids.get(tag, ()):
                ident = self.ident(tag, _text(p))
                if ident is not None:
                    ids.append(ident)
        d["identifiers"] = ids
        # links also sit inside <comment> (PLOS, PMC: "doi:<ext-link …dx.doi.org/10.…>")
        for link in c.iter("ext-link", "uri"):
            url = (link.get(XLINK_HREF) or _text(link)).strip()
            if (link.get("ext-link-type") or "").lower() == "doi" or _DOI_LINK.match(url):
                ident = self.ident("doi", url)
                if ident is not None and all(i.scheme != "doi" for i in ids):
                    ids.append(ident)
                continue
            if "url" not in d and url.startswith(("http://", "https://", "www.")):
                try:
                    d["url"] = Work(url=url).url
                except ValidationError:
                    continue
        # "Available at", "Retrieved 14th July 2014, from", "in press": a note, not lost
        notes = [t for el in kids.get("comment", ()) if (t := _text(el))
                 and not _DOI_LINK.fullmatch(re.sub(r"^doi:?\s*", "", t, flags=re.I))]
        if notes:
            d["notes"] = [LangString(value=t, lang=lang) for t in notes]
        access = first.get("date-in-citation")
        if access is not None:
            iso = access.get("iso-8601-date") or _text(access)
            m = re.search(r"\d{4}-\d{2}-\d{2}", iso)
            if m:
                d["accessed"] = PartialDate.parse(m.group(0))
        d = {k: v for k, v in d.items() if v not in (None, [], "")}
        if len(d) <= 1:  # only a type: nothing tagged
            return None
        return self.safe_work(d)


def _date(el: etree._Element) -> PartialDate | None:
    iso = el.get("iso-8601-date")
    year = _child_text(el, "year")
    y = int(m.group(0)) if year and (m := re.search(r"-?\d{1,4}", year)) else None
    if y is None and iso:
        try:
            return PartialDate.parse(iso)
        except ValidationError:
            return None
    if y is None:
        s = _child_text(el, "string-date")
        return PartialDate(literal=s) if s else None
    d: dict[str, Any] = {"year": y}
    month = _child_text(el, "month")
    if month and month.isdigit() and 1 <= int(month) <= 12:
        d["month"] = int(month)
        day = _child_text(el, "day")
        if day and day.isdigit() and 1 <= int(day) <= 31:
            d["day"] = int(day)
    season = (_child_text(el, "season") or "").lower()
    if season and "month" not in d:
        for i, names in enumerate((("spring",), ("summer",), ("autumn", "fall"), ("winter",)), 1):
            if any(n in season for n in names):
                d["season"] = i
    return PartialDate(**d)


def _html_paragraphs(html: str) -> list[str]:
    """The text of each paragraph of an HTML fragment (blank ones left out)."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    paras: list[str] = []
    for p in root.iter("p") if root.find(".//p") is not None else [root]:
        _add_str(paras, re.sub(r"\s+", " ", p.text_content()).strip())
    return paras


def _add(items: list[LangString], value: str, lang: str | None) -> None:
    if value and not any(s.value == value and s.lang == lang for s in items):
        items.append(LangString(value=value, lang=lang))


def _add_str(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def read_jats(text: str, *, source: str | None, report: Report) -> Iterator[Work]:
    """Yield one work per top-level ``<article>``; a broken article is reported and skipped.

    >>> [w.title for w in read_jats("<articles><article><front><article-meta><title-group>"
    ...  "<article-title>A</article-title></title-group></article-meta></front></article>"
    ...  "</articles>", source=None, report=Report())]
    ['A']
    """
    root = parse_jats(text, source=source)
    articles = [root] if root.tag == "article" else list(root.iter("article"))
    if not articles:
        raise ParseError(f"no <article> element (root is <{root.tag}>)", source=source)
    for art in articles:
        try:
            yield _Reader(art, source, report).work()
        except (ValidationError, ValueError) as exc:
            line = art.sourceline if isinstance(art.sourceline, int) else None
            report.add("failed", f"article not read: {exc}", format="jats", source=source,
                       line=line, severity="error")  # fmt: skip
