"""JATS 1.3 writer: a ``Work`` as one ``<article>`` (Archiving, Publishing or Authoring tag set).

Serialised directly (escaping as libxml2 does) rather than through an lxml tree: the output is
the same bytes lxml's pretty printer gives, at a fraction of the cost, for the
1,000-pages-per-second pipeline target.
Choices follow JATS4R recommendations: language variants of an affiliation in
``aff-alternatives``, name forms in ``name-alternatives``, the supervisor as a CRediT role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import Any

from pydantic import ValidationError

from ..errors import WriteError
from ..model import (
    Abstract,
    Affiliation,
    Contributor,
    Figure,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Section,
    Table,
    Work,
    first_text,
    text_in,
)
from ..report import Report
from ._common import clean_text, extra_field, full_title, has_bad_xml

__all__ = [
    "CONTRIB_TYPES",
    "COUNTRY_NAMES",
    "CREDIT_ROLES",
    "CSL_TO_ARTICLE_TYPE",
    "CSL_TO_PUBLICATION_TYPE",
    "ID_TO_PUB_ID_TYPE",
    "VARIANTS",
    "write_jats",
]

XLINK = "http://www.w3.org/1999/xlink"
MML = "http://www.w3.org/1998/Math/MathML"
ALI = "http://www.niso.org/schemas/ali/1.0/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HREF = f"{{{XLINK}}}href"
NSMAP = {"xlink": XLINK, "mml": MML, "ali": ALI}

VARIANTS: dict[str, tuple[str, str]] = {
    "archiving": (
        "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD with MathML3 v1.3 20210610//EN",
        "https://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3-mathml3.dtd",
    ),
    "publishing": (
        "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD with MathML3 v1.3 20210610//EN",
        "https://jats.nlm.nih.gov/publishing/1.3/JATS-journalpublishing1-3-mathml3.dtd",
    ),
    "authoring": (
        "-//NLM//DTD JATS (Z39.96) Article Authoring DTD with MathML3 v1.3 20210610//EN",
        "https://jats.nlm.nih.gov/articleauthoring/1.3/JATS-articleauthoring1-3-mathml3.dtd",
    ),
}
"""variant -> (DOCTYPE public id, system id) of the JATS 1.3 DTD with MathML 3."""

# Model role -> contrib-type. "supervisor" is no JATS/JATS4R contrib-type value; JATS4R says
# to give the contribution as a CRediT <role>, so supervisors are neutral "contributor"s.
CONTRIB_TYPES: dict[str, str] = {
    "author": "author",
    "editor": "editor",
    "collection-editor": "editor",
    "translator": "translator",
    "reviewer": "reviewer",
    "compiler": "compiler",
    "illustrator": "illustrator",
    "chair": "chair",
    "organizer": "organizer",
    "supervisor": "contributor",
    "contributor": "contributor",
}

# Model role -> CRediT term (https://credit.niso.org/), written as <role vocab="credit">.
CREDIT_ROLES: dict[str, str] = {"supervisor": "Supervision"}

CSL_TO_ARTICLE_TYPE: dict[str, str] = {
    "article-journal": "research-article",
    "article": "research-article",
    "article-magazine": "article-commentary",
    "article-newspaper": "news",
    "review": "review-article",
    "review-book": "book-review",
    "paper-conference": "meeting-report",
    "report": "research-article",
}

CSL_TO_PUBLICATION_TYPE: dict[str, str] = {
    "article-journal": "journal",
    "article-magazine": "magazine",
    "article-newspaper": "newspaper",
    "article": "journal",
    "review": "journal",
    "review-book": "journal",
    "book": "book",
    "chapter": "book",
    "entry-encyclopedia": "book",
    "entry-dictionary": "book",
    "paper-conference": "confproc",
    "thesis": "thesis",
    "report": "report",
    "webpage": "webpage",
    "post-weblog": "blog",
    "patent": "patent",
    "dataset": "data",
    "software": "software",
    "standard": "standard",
    "legislation": "legislation",
    "manuscript": "preprint",
}

ID_TO_PUB_ID_TYPE: dict[str, str] = {
    "doi": "doi",
    "pmid": "pmid",
    "pmcid": "pmcid",
    "arxiv": "arxiv",
}

COUNTRY_NAMES: dict[str, str] = {
    "KZ": "Kazakhstan", "RU": "Russia", "KG": "Kyrgyzstan", "UZ": "Uzbekistan", "UA": "Ukraine",
    "BY": "Belarus", "TR": "Turkey", "CN": "China", "US": "USA", "GB": "United Kingdom",
    "DE": "Germany", "FR": "France", "BR": "Brazil", "PT": "Portugal", "ES": "Spain",
    "IT": "Italy", "JP": "Japan", "KR": "South Korea", "IN": "India", "CA": "Canada",
}  # fmt: skip
"""English country names written beside ``country/@country`` (the code alone is also valid)."""


# Characters needing work in text / attribute values (escaping or removal).
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTR_SPECIAL = re.compile("[&<>\"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Work.extra keys (filled by the JATS reader) that the writer puts back in place
_EXTRA_WRITTEN = ("jats:subjects", "jats:copyright-statement", "jats:footnotes", "jats:appendices")
# cited-work fields element_citation() does not write
_CITATION_LOST = (
    "subtitles", "abstracts", "keywords", "collection_number", "number",
    "event_place", "event_date", "notes", "extra", "sections", "references",
)  # fmt: skip
_PAGES = re.compile(r"^\s*([^\s\-–—]+)\s*(?:[-–—]+\s*([^\s\-–—]+))?\s*$")
_CHAPTERISH = frozenset({"chapter", "entry-encyclopedia", "entry-dictionary", "paper-conference"})


def _esc(text: str) -> str:
    """Text content as libxml2 serialises it (illegal characters removed first)."""
    if _TEXT_SPECIAL.search(text) is None:
        return text
    text = clean_text(text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))  # fmt: skip


def _esc_attr(value: str) -> str:
    """An attribute value as libxml2 serialises it."""
    if _ATTR_SPECIAL.search(value) is None:
        return value
    value = clean_text(value)
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
            .replace("\r", "&#13;"))  # fmt: skip


def _attrs(attrs: dict[str, str]) -> str:
    """Attributes serialised: `` name="value"`` each."""
    return "".join([f' {k}="{_esc_attr(v)}"' for k, v in attrs.items()])


_LANG_ATTRS: dict[str | None, str] = {None: ""}


def _lang_attr(lang: str | None) -> str:
    """`` xml:lang="…"`` (or nothing), remembered: a few tags recur on every element."""
    a = _LANG_ATTRS.get(lang)
    if a is None:
        a = f' xml:lang="{_esc_attr(lang)}"' if lang else ""
        if len(_LANG_ATTRS) < 512:
            _LANG_ATTRS[lang] = a
    return a


class _Writer:
    """One article, serialised as it is built; collects affiliations so each is written once
    and linked by ``xref``.

    Why not an lxml tree: building ~200 elements and re-serialising them cost most of the
    write; the output here is byte-identical to lxml's (``pretty_print`` included).
    """

    def __init__(self, work: Work, report: Report, variant: str, *, refs: bool, body: bool,
                 pretty: bool = True) -> None:  # fmt: skip
        self.w = work
        self.report = report
        self.variant = variant
        self.refs = refs
        self.body = body
        self.record = work.id or work.title or None
        self.lang = work.language or _first_lang(work)
        self.affs: list[tuple[Affiliation, str]] = []
        # Article Authoring is a smaller tag set: no article-id, translated titles,
        # trans-abstract, labels or xref to affiliations (the aff sits in the contrib).
        self.authoring = variant == "authoring"
        self.losses: set[tuple[str, str, str]] = set()
        self.extra_written: set[str] = set()  # extra keys written in their JATS element
        # output state: pieces, current indentation, open elements, a start tag not yet closed
        self.parts: list[str] = []
        self.nl = "\n" if pretty else ""
        self.step = "  " if pretty else ""
        self.ind = ""
        self.stack: list[tuple[str, str]] = []
        self.pending: str | None = None
        self.texts: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def lost(self, field: str, message: str, kind: str = "dropped") -> None:
        """Report a loss once per work (the same loss on three contributors is one message)."""
        key = (kind, field, message)
        if key in self.losses:
            return
        self.losses.add(key)
        self.report.add(kind, message, format="jats", record=self.record, field=field)  # type: ignore[arg-type]

    def leaf(self, tag: str, text: str | None = None, a: str = "") -> None:
        """An element without children (``<tag/>`` when ``text`` is None); ``a``: its
        attributes, serialised (``_attrs``)."""
        if self.pending is not None:
            self.parts.append(self.pending + ">" + self.nl)
            self.pending = None
        if text is None:
            self.parts.append(f"{self.ind}<{tag}{a}/>{self.nl}")
        else:  # the text goes in at the end, escaped with all others at once (see text())
            self.parts.append(f"{self.ind}<{tag}{a}>\0</{tag}>{self.nl}")
            self.texts.append(text)

    def leaves(self, tag: str, texts: list[str]) -> None:
        """Sibling elements holding text only, without attributes (paragraphs, keywords)."""
        if not texts:
            return
        if self.pending is not None:
            self.parts.append(self.pending + ">" + self.nl)
            self.pending = None
        line = f"{self.ind}<{tag}>\0</{tag}>{self.nl}"
        self.parts.append(line * len(texts))
        self.texts.extend(texts)

    def block(self, tag: str, a: str, kids: list[tuple[str, str]]) -> None:
        """An element holding only text-only children (tag, text): one piece of output."""
        if self.pending is not None:
            self.parts.append(self.pending + ">" + self.nl)
            self.pending = None
        ind, nl = self.ind, self.nl
        if not kids:
            self.parts.append(f"{ind}<{tag}{a}/>{nl}")
            return
        inner = ind + self.step
        self.parts.append(f"{ind}<{tag}{a}>{nl}"
                          + "".join([f"{inner}<{k}>\0</{k}>{nl}" for k, _ in kids])
                          + f"{ind}</{tag}>{nl}")  # fmt: skip
        self.texts.extend([t for _, t in kids])

    def raw_line(self, xml: str) -> None:
        """An element already serialised (mixed content, written unindented inside)."""
        if self.pending is not None:
            self.parts.append(self.pending + ">" + self.nl)
            self.pending = None
        self.parts.append(self.ind + xml + self.nl)

    def open(self, tag: str, a: str = "") -> None:
        if self.pending is not None:
            self.parts.append(self.pending + ">" + self.nl)
        self.pending = f"{self.ind}<{tag}{a}"
        self.stack.append((tag, self.ind))
        self.ind += self.step

    def close(self) -> None:
        tag, self.ind = self.stack.pop()
        if self.pending is not None:  # no child: an empty element
            self.parts.append(self.pending + "/>" + self.nl)
            self.pending = None
        else:
            self.parts.append(f"{self.ind}</{tag}>{self.nl}")

    def text(self) -> str:
        """The document: markup with a NUL where each text goes, filled in one pass.

        Escaping all texts joined (C string methods) instead of one by one is most of the
        speed-up; NUL cannot be in a text once XML-illegal characters are removed.
        """
        texts = self.texts
        if not texts:
            return "".join(self.parts)
        if has_bad_xml("".join(texts)):
            texts = [clean_text(t) for t in texts]
        joined = "\0".join(texts)
        if "&" in joined:
            joined = joined.replace("&", "&amp;")
        if "<" in joined:
            joined = joined.replace("<", "&lt;")
        if ">" in joined:
            joined = joined.replace(">", "&gt;")
        if "\r" in joined:
            joined = joined.replace("\r", "&#13;")
        chunks = "".join(self.parts).split("\0")
        last = chunks.pop()
        return "".join(chain.from_iterable(zip(chunks, joined.split("\0"), strict=True))) + last

    # -- document --------------------------------------------------------------------------
    def article(self) -> str:
        w = self.w
        attrs = {"dtd-version": "1.3", "article-type": CSL_TO_ARTICLE_TYPE.get(w.type, "other")}
        if w.genre and w.type in ("article-journal", "article"):
            attrs["article-type"] = re.sub(r"[^a-z0-9-]+", "-", w.genre.lower()).strip("-") or "other"
        elif w.genre:
            self.lost("genre", "article-type holds the type; the genre is dropped")
        if w.type not in CSL_TO_ARTICLE_TYPE:
            self.lost("type", f"{w.type!r} is no journal article: written as 'other'", "degraded")
        if self.lang:
            attrs["xml:lang"] = self.lang
        self.pending = f"<article{_NS_DECL}{_attrs(attrs)}"
        self.stack.append(("article", ""))
        self.ind = self.step
        self.open("front")
        if self.variant != "authoring":
            self.journal_meta()
        self.article_meta()
        self.close()
        if self.body:
            self.write_body()
        elif w.sections or w.figures:
            self.lost("sections", "body not written (body=False)")
        if self.authoring and not (self.body and (w.sections or w.figures or w.tables)):
            self.leaf("body")  # the Authoring tag set requires a body: an empty one
        self.write_back()
        self.close()
        self.report_unwritable()
        return self.text()

    def journal_meta(self) -> None:
        w = self.w
        issns = [i for i in w.identifiers if i.scheme in ("issn", "eissn")]
        if not (w.container_titles or issns or w.publisher) and self.variant != "publishing":
            return
        self.open("journal-meta")
        if self.variant == "publishing":
            # Publishing requires a journal-id; the ISSN (or title) is the only one we know.
            jid = issns[0].value if issns else (w.container_title or "unknown")
            self.leaf("journal-id", jid, _attrs({"journal-id-type": "issn" if issns else "publisher-id"}))
        if w.container_titles or w.container_short_title:
            self.open("journal-title-group")
            main = text_in(w.container_titles, self.lang) or (
                w.container_titles[0].value if w.container_titles else None
            )
            if main:
                # its own language when not the article's (xml:lang is inherited otherwise)
                main_lang = next((t.lang for t in w.container_titles if t.value == main), None)
                own = main_lang if main_lang and main_lang != self.lang else None
                self.leaf("journal-title", main, _lang_attr(own))
            for t in w.container_titles:
                if t.value != main and t.lang:
                    self.open("trans-title-group", _lang_attr(t.lang))
                    self.leaf("trans-title", t.value)
                    self.close()
                elif t.value != main:
                    self.lost("container_titles", f"journal title without language: {t.value!r}")
            if w.container_short_title:
                self.leaf("abbrev-journal-title", w.container_short_title, _attrs({"abbrev-type": "publisher"}))
            self.close()
        for i in issns:
            fmt = "electronic" if i.scheme == "eissn" else "print"
            self.leaf("issn", i.value, _attrs({"pub-type": "epub" if fmt == "electronic" else "ppub",
                                               "publication-format": fmt}))  # fmt: skip
        if self.variant == "publishing" and not issns:
            self.lost("identifiers", "no ISSN: the Publishing tag set requires one", "degraded")
        if w.publisher:
            self.open("publisher")
            self.leaf("publisher-name", text_in(w.publisher, self.lang) or w.publisher[0].value)
            if w.publisher_place:
                self.leaf("publisher-loc", text_in(w.publisher_place, self.lang) or w.publisher_place[0].value)
            self.close()
            if len(w.publisher) > 1:
                self.lost("publisher", "one publisher name written; other languages dropped")
        self.close()

    def article_meta(self) -> None:
        w = self.w
        self.open("article-meta")
        for ident in w.identifiers:
            t = ID_TO_PUB_ID_TYPE.get(ident.scheme) or (
                (ident.label or "other") if ident.scheme == "other" else None
            )
            if t and self.authoring:
                self.lost("identifiers", f"the Authoring tag set has no article-id ({t})")
            elif t:
                self.leaf("article-id", ident.value, _attrs({"pub-id-type": t}))
        subjects = w.extra.get("jats:subjects")
        if isinstance(subjects, list) and subjects and not self.authoring:
            self.open("article-categories")
            self.open("subj-group")
            self.leaves("subject", [str(subj) for subj in subjects])
            self.close()
            self.close()
        self.title_group()
        self.contribs()
        notes = w.extra.get("jats:author-notes")
        if isinstance(notes, str) and notes.strip() and not self.authoring:
            self.open("author-notes")
            self.open("fn")
            self.leaf("p", notes)
            self.close()
            self.close()
            self.extra_written.add("jats:author-notes")
        if self.variant != "authoring":
            self.dates()
            self.pages()
            self.history()
        copyright_ = w.extra.get("jats:copyright-statement")
        if (w.license or isinstance(copyright_, str)) and not self.authoring:
            self.open("permissions")
            if isinstance(copyright_, str):
                self.leaf("copyright-statement", copyright_)
            if w.license:
                if w.license.startswith(("http://", "https://")):
                    self.open("license", _attrs({"xlink:href": w.license}))
                    self.leaf("ali:license_ref", w.license)
                else:
                    self.open("license")
                    self.leaf("license-p", w.license)
                self.close()
            self.close()
        elif w.license:
            self.lost("license", "the Authoring tag set has no permissions")
        if w.url:
            self.leaf("self-uri", w.url, _attrs({"xlink:href": w.url}))
        self.abstracts()
        for g in w.keywords:
            attrs = {"xml:lang": g.lang} if g.lang else {}
            if g.vocabulary:
                attrs["vocab"] = g.vocabulary
            self.open("kwd-group", _attrs(attrs))
            self.leaves("kwd", g.terms)
            self.close()
        funding = w.extra.get("jats:funding")
        if (isinstance(funding, list) and funding and all(isinstance(f, str) for f in funding)
                and not self.authoring):
            self.open("funding-group")  # each funder and award as the reader joined them
            self.leaves("funding-statement", [str(f) for f in funding])
            self.close()
            self.extra_written.add("jats:funding")
        if w.number_of_pages and w.number_of_pages.isdigit() and not self.authoring:
            self.open("counts")
            self.leaf("page-count", None, _attrs({"count": w.number_of_pages}))
            self.close()
        custom = w.extra.get("jats:custom-meta")
        if (isinstance(custom, dict) and custom and not self.authoring
                and all(isinstance(v, str) and v.strip() and k.strip() for k, v in custom.items())):
            self.open("custom-meta-group")
            for name, value in custom.items():
                self.open("custom-meta")
                self.leaf("meta-name", name)
                self.leaf("meta-value", str(value))
                self.close()
            self.close()
            self.extra_written.add("jats:custom-meta")
        self.close()

    def history(self) -> None:
        """``extra["jats:history"]`` (date type -> date, as the reader keeps it) as <history>."""
        history = self.w.extra.get("jats:history")
        if not isinstance(history, dict) or not history:
            return
        dates: list[tuple[str, PartialDate]] = []
        for kind, value in history.items():
            try:
                d = PartialDate.parse(value) if isinstance(value, str) else None
            except (ValueError, ValidationError):
                d = None
            if d is None or d.year is None:
                return  # not the reader's form: reported as lost
            dates.append((kind, d))
        self.open("history")
        for kind, d in dates:
            self.date("date", d, {"date-type": kind})
        self.close()
        self.extra_written.add("jats:history")

    def title_group(self) -> None:
        w = self.w
        self.open("title-group")
        main = text_in(w.titles, self.lang) or (w.titles[0].value if w.titles else None)
        if main is None:
            self.lost("titles", "JATS requires an article-title; written empty", "degraded")
        self.leaf("article-title", main or "")
        main_lang = next((t.lang for t in w.titles if t.value == main), self.lang)
        sub = text_in(w.subtitles, main_lang) or (
            w.subtitles[0].value if w.subtitles and not w.subtitles[0].lang else None
        )
        if sub:
            self.leaf("subtitle", sub)
        langs: list[str] = []
        for t in [*w.titles, *w.subtitles]:
            if t.lang and t.lang != main_lang and t.lang not in langs:
                langs.append(t.lang)
        if self.authoring and (langs or w.short_titles):
            self.lost("titles", "the Authoring tag set has no translated or short titles")
            self.close()
            return
        for lang in langs:
            tt = text_in([t for t in w.titles if t.lang == lang], lang)
            ts = text_in([t for t in w.subtitles if t.lang == lang], lang)
            self.open("trans-title-group", _lang_attr(lang))
            self.leaf("trans-title", tt or "")
            if ts:
                self.leaf("trans-subtitle", ts)
            self.close()
        for t in w.titles:
            if t.value != main and not t.lang:
                self.lost("titles", f"title without language: {t.value!r}")
        for s in w.short_titles:
            attrs = {"alt-title-type": "short"}
            if s.lang:
                attrs["xml:lang"] = s.lang
            self.leaf("alt-title", s.value, _attrs(attrs))
        self.close()

    # -- contributors ----------------------------------------------------------------------
    def contribs(self) -> None:
        if not self.w.contributors:
            if self.authoring:  # contrib-group is required there
                self.lost("contributors", "no contributor: written as anonymous", "degraded")
                self.open("contrib-group")
                self.open("contrib")
                self.leaf("anonymous")
                self.close()
                self.close()
            return
        self.open("contrib-group")
        for c in self.w.contributors:
            self.contrib(c)
        self.close()
        for aff, aid in self.affs:
            self.write_aff(aff, aid)

    def contrib(self, c: Contributor) -> None:
        primary = next((r for r in c.roles if r != "supervisor" and r in CONTRIB_TYPES), None)
        ctype = CONTRIB_TYPES.get(primary or (c.roles[0] if c.roles else "author"), "contributor")
        attrs = {"contrib-type": ctype}
        if c.corresponding:
            attrs["corresp"] = "yes"
        self.open("contrib", _attrs(attrs))
        for r in c.roles:
            if r not in CONTRIB_TYPES:
                self.lost("contributors.roles", f"role {r!r} has no JATS contrib-type", "degraded")
        if c.orcid:
            self.leaf("contrib-id", f"https://orcid.org/{c.orcid}", _attrs({"contrib-id-type": "orcid"}))
        if c.name is None:
            org = text_in(c.organization, self.lang) or c.organization[0].value
            self.leaf("collab", org)
            if len(c.organization) > 1:
                self.lost("contributors.organization", "one language of an organisation name kept")
        elif not c.alternative_names:
            self.person_name(c.name)
        else:
            self.open("name-alternatives")
            self.person_name(c.name)
            for n in c.alternative_names:
                self.person_name(n)
            self.close()
        self.leaves("degrees", [d.value for d in c.degrees])
        for r in c.roles:
            term = CREDIT_ROLES.get(r)
            if term:
                slug = term.lower().replace(" ", "-")
                self.leaf("role", term, _attrs({"vocab": "credit",
                          "vocab-identifier": "https://credit.niso.org/", "vocab-term": term,
                          "vocab-term-identifier": f"https://credit.niso.org/contributor-roles/{slug}/"}))  # fmt: skip
        for p in c.positions:  # a job title or study level: <role> as the tag library allows
            self.leaf("role", p.value, _attrs({"content-type": "position"}) + _lang_attr(p.lang))
        for aff in c.affiliations:
            if self.authoring:
                self.write_aff(aff, None)
            else:
                self.leaf("xref", None, f' ref-type="aff" rid="{self.aff_id(aff)}"')
        if c.email:
            self.leaf("email", c.email)
        if c.url:
            self.leaf("uri", c.url, _attrs({"xlink:href": c.url}))
        self.close()

    def person_name(self, n: PersonName) -> None:
        lang = _lang_attr(n.lang)
        if n.literal or not (n.family or n.given):
            self.leaf("string-name", n.literal or n.display(), lang)
            return
        family = f"{n.particles()} {n.family}" if n.particles() and n.family else n.particles() or n.family
        given = n.given_full()
        style = "western" if family or not given else "given-only"
        kids = [(t, v) for t, v in (("surname", family), ("given-names", given),
                                    ("suffix", n.suffix)) if v]  # fmt: skip
        self.block("name", f'{lang} name-style="{style}"', kids)

    def aff_id(self, aff: Affiliation) -> str:
        for known, aid in self.affs:
            if known == aff:
                return aid
        aid = f"aff{len(self.affs) + 1}"
        self.affs.append((aff, aid))
        return aid

    def write_aff(self, aff: Affiliation, aid: str | None) -> None:
        parts = [*aff.institution, *aff.department, *aff.city, *aff.address, *aff.raw]
        langs: list[str | None] = []
        for p in parts:
            if p.lang not in langs:
                langs.append(p.lang)
        if not langs:
            langs = [None]
        if len(langs) == 1:
            self.aff_variant(aff, langs[0], aid, all_parts=True)
            return
        self.open("aff-alternatives", (_attrs({"id": aid}) if aid else ""))
        for i, lang in enumerate(langs):
            self.aff_variant(aff, lang, f"{aid}-{i + 1}" if aid else None, all_parts=False)
        self.close()

    def aff_variant(self, aff: Affiliation, lang: str | None, aid: str | None, *,
                    all_parts: bool) -> None:  # fmt: skip
        def pick(items: list[LangString]) -> list[str]:
            return [s.value for s in items if all_parts or s.lang == lang]

        attrs = {"id": aid} if aid else {}
        if lang:
            attrs["xml:lang"] = lang
        start = f"<aff{_attrs(attrs)}"
        country = (f'<country country="{_esc_attr(aff.country)}">'
                   f"{_esc(COUNTRY_NAMES.get(aff.country, aff.country))}</country>"
                   if aff.country else None)  # fmt: skip
        insts = pick(aff.institution)
        raw = pick(aff.raw)
        if raw and not insts:  # the source's own text is fuller than the parts we have
            tail = f'<country country="{_esc_attr(aff.country)}"/>' if aff.country else ""
            self.raw_line(f"{start}>{_esc('; '.join(raw))}{tail}</aff>")
            return
        if raw:
            self.lost("contributors.affiliations.raw", "raw affiliation text replaced by its tagged parts", "degraded")
        # each piece serialised; the ROR-wrapped institution as (institution-id, institution)
        pieces: list[str | tuple[str, str]] = []
        for d in pick(aff.department):
            pieces.append(f'<institution content-type="orgdiv1">{_esc(d)}</institution>')
        for v in insts:
            inst = f'<institution content-type="orgname">{_esc(v)}</institution>'
            if aff.ror and v == insts[0]:
                ror = f'<institution-id institution-id-type="ror">{_esc(aff.ror)}</institution-id>'
                pieces.append((ror, inst))
            else:
                pieces.append(inst)
        for v in pick(aff.address):
            pieces.append(f"<addr-line>{_esc(v)}</addr-line>")
        for v in pick(aff.city):
            pieces.append(f"<city>{_esc(v)}</city>")
        if country:
            pieces.append(country)
        if len(pieces) > 1:  # mixed content (", " between parts): lxml does not indent inside
            inline = [p if isinstance(p, str) else f"<institution-wrap>{p[0]}{p[1]}</institution-wrap>"
                      for p in pieces]  # fmt: skip
            self.raw_line(f"{start}>{', '.join(inline)}</aff>")
            return
        self.open("aff", _attrs(attrs))
        for p in pieces:
            if isinstance(p, str):
                self.raw_line(p)
            else:
                self.open("institution-wrap")
                self.raw_line(p[0])
                self.raw_line(p[1])
                self.close()
        self.close()

    # -- dates, pages ------------------------------------------------------------------------
    def dates(self) -> None:
        w = self.w
        if w.issued is not None:
            attrs = {"date-type": "pub"}
            if w.available is not None:
                attrs["publication-format"] = "print"
            self.date("pub-date", w.issued, attrs)
        if w.available is not None:
            self.date("pub-date", w.available,
                      {"date-type": "pub", "publication-format": "electronic"})  # fmt: skip

    def date(self, tag: str, d: PartialDate, attrs: dict[str, str]) -> None:
        if d.year is None or d.end is not None:
            if d.year is not None:
                attrs["iso-8601-date"] = d.iso().split("/")[0]
            self.open(tag, _attrs(attrs))
            self.leaf("string-date", d.iso() if d.year is not None else d.literal or "")
            self.close()
            return
        if d.year >= 0:
            attrs["iso-8601-date"] = d.iso().rstrip("~")
        self.open(tag, _attrs(attrs))
        if d.day:
            self.leaf("day", f"{d.day:02d}")
        if d.month:
            self.leaf("month", f"{d.month:02d}")
        if d.season:
            self.leaf("season", ("Spring", "Summer", "Autumn", "Winter")[d.season - 1])
        self.leaf("year", str(d.year))
        self.close()

    def pages(self) -> None:
        w = self.w
        if w.volume:
            self.leaf("volume", w.volume)
        if w.issue:
            self.leaf("issue", w.issue)
        for ident in w.identifiers:
            if ident.scheme == "isbn":
                self.leaf("isbn", ident.value)
        if w.page:
            m = _PAGES.match(w.page)
            if m:
                self.leaf("fpage", m.group(1))
                if m.group(2):
                    self.leaf("lpage", m.group(2))
            else:
                first = re.split(r"[-–—,\s]+", w.page.strip())[0]
                self.leaf("fpage", first)
                self.leaf("page-range", w.page)
            if w.article_number:
                self.lost("article_number", "JATS holds fpage/lpage or elocation-id, not both")
        elif w.article_number:
            self.leaf("elocation-id", w.article_number)

    # -- abstracts, body, back ---------------------------------------------------------------
    def abstracts(self) -> None:
        main: list[Abstract] = []
        trans: list[Abstract] = []
        for a in self.w.abstracts:
            same = a.lang is None or a.lang == self.lang
            (main if same else trans).append(a)
        if self.authoring and not main + trans:  # abstract+ is required there
            self.lost("abstracts", "no abstract: written empty", "degraded")
            self.open("abstract")
            self.leaf("p", "")
            self.close()
        for a in main + trans:
            tag = "abstract" if a in main or self.authoring else "trans-abstract"
            self.open(tag, _lang_attr(a.lang))
            if a.title:
                self.leaf("title", a.title)
            self.leaves("p", a.paragraphs)
            self.close()

    def write_body(self) -> None:
        w = self.w
        if not (w.sections or w.figures or w.tables):
            return
        self.open("body")
        for f in w.figures:
            self.figure(f)
        for t in w.tables:
            self.table(t)
        for s in w.sections:
            self.section(s)
        self.close()

    def section(self, s: Section, inherited: str | None = None) -> None:
        inherited = inherited or self.lang
        own = s.lang and s.lang != inherited  # xml:lang is inherited; repeat it only on change
        self.open("sec", _lang_attr(s.lang if own else None))
        if s.label and self.authoring:
            self.leaf("title", " ".join(t for t in (s.label, s.title) if t))
        else:
            if s.label:
                self.leaf("label", s.label)
            self.leaf("title", s.title or "")
        self.leaves("p", s.paragraphs)
        for f in s.figures:
            self.figure(f)
        for t in s.tables:
            self.table(t)
        for child in s.sections:
            self.section(child, s.lang or inherited)
        self.close()

    def float_head(self, tag: str, item: Figure | Table) -> None:
        """Open a ``fig`` or ``table-wrap`` with its label and caption (the Authoring tag set
        has no label: it becomes the caption's title)."""
        self.open(tag, (f' id="{_xml_id(item.id)}"' if item.id else ""))
        if item.label and not self.authoring:
            self.leaf("label", item.label)
        if item.caption or (item.label and self.authoring):
            self.open("caption")
            if item.label and self.authoring:
                self.leaf("title", item.label)
            for c in item.caption:
                self.leaf("p", c.value, _lang_attr(c.lang))
            self.close()

    def figure(self, f: Figure) -> None:
        self.float_head("fig", f)
        if f.href or f.alt:
            self.open("graphic", (_attrs({"xlink:href": f.href}) if f.href else ""))
            if f.alt:
                self.leaf("alt-text", f.alt)
            self.close()
        self.close()

    def table(self, t: Table) -> None:
        """``table-wrap`` with the XHTML table model: heading rows in ``thead`` (``th`` cells),
        the others in ``tbody``; a table of heading rows only is ``tr`` rows of ``th``."""
        self.float_head("table-wrap", t)
        # a row without cells has no XHTML form (tr needs a cell): it is not written
        head = [r for r in t.rows[: t.header_rows] if r]
        body = [r for r in t.rows[t.header_rows :] if r]
        if head or body:
            self.open("table")
            groups = [("thead", "th", head), ("tbody", "td", body)] if body else [("", "th", head)]
            for group, cell, rows in groups:
                if not rows:
                    continue
                if group:
                    self.open(group)
                for row in rows:
                    self.block("tr", "", [(cell, c) for c in row])
                if group:
                    self.close()
            self.close()
        self.close()

    def write_back(self) -> None:
        w = self.w
        kept = {} if self.authoring else {
            k: [str(x) for x in v] for k in ("jats:footnotes", "jats:appendices")
            if isinstance(v := w.extra.get(k), list) and v and all(isinstance(x, str) for x in v)
        }  # fmt: skip
        if not (w.references or w.notes or w.acknowledgements or kept):
            return
        if w.references and not self.refs:
            self.lost("references", "references not written (references=False)")
        if not (w.notes or w.acknowledgements or kept or (w.references and self.refs)):
            return
        self.open("back")
        for key, group, item in (("jats:appendices", "app-group", "app"),
                                 ("jats:footnotes", "fn-group", "fn")):  # fmt: skip
            if key in kept:
                self.open(group)
                for text in kept[key]:
                    self.open(item)
                    if item == "app":  # the Publishing tag set requires the title
                        self.leaf("title", "")
                    self.leaf("p", text)
                    self.close()
                self.close()
        if w.acknowledgements:
            self.open("ack")
            for a in w.acknowledgements:
                self.leaf("p", a.value, _lang_attr(a.lang))
            self.close()
        if w.references and self.refs:
            self.open("ref-list")
            used: set[str] = set()
            for i, r in enumerate(w.references, 1):
                rid = _xml_id(r.id) if r.id else f"ref{i}"
                if rid in used:
                    rid = f"ref{i}"
                used.add(rid)
                self.reference(r, rid)
            self.close()
        if w.notes:
            self.open("notes")
            for n in w.notes:
                self.leaf("p", n.value, _lang_attr(n.lang))
            self.close()
        self.close()

    def reference(self, r: Reference, rid: str) -> None:
        self.open("ref", f' id="{rid}"')  # [A-Za-z0-9._-] only
        if r.label and self.authoring:
            self.lost("references.label", "the Authoring tag set has no reference labels")
        elif r.label:
            self.leaf("label", r.label)
        alternatives = bool(r.raw and r.work is not None)
        if alternatives:
            self.open("citation-alternatives")
        lang = _lang_attr(r.lang)
        if r.raw:
            self.leaf("mixed-citation", r.raw, lang)
        cited = r.work is not None and self.element_citation(r.work, lang)
        if not (r.raw or cited):  # a ref needs a citation: keep its place (and id) empty
            self.leaf("mixed-citation", None)
            self.lost("references", "a reference with no text and no field to cite")
        if alternatives:
            self.close()
        self.close()

    def element_citation(self, rw: Work, lang: str) -> bool:
        """Write the fields of a cited work; False (nothing written) when none is known."""
        ptype = CSL_TO_PUBLICATION_TYPE.get(rw.type, "other")
        self.open("element-citation", f' publication-type="{ptype}"{lang}')
        leaf = self.leaf
        groups: dict[str, list[Contributor]] = {}
        for c in rw.contributors:
            role = next((r for r in c.roles if r in ("author", "editor", "translator")), "author")
            groups.setdefault(role, []).append(c)
        for role, people in groups.items():
            self.open("person-group", f' person-group-type="{role}"')
            for c in people:
                if c.name is None:
                    leaf("collab", c.organization[0].value)
                else:
                    self.person_name(c.name)
            if any(v is True and k.endswith(f":{role}+others") for k, v in rw.extra.items()):
                leaf("etal")  # read as "and others" from BibTeX, <etal/> from JATS
            self.close()
        title = rw.title
        container = full_title(rw.container_title, rw.container_subtitles, rw.container_title_addon,
                                rw.language)  # fmt: skip
        main = full_title(first_text(rw.main_titles, rw.language), rw.main_subtitles,
                           rw.main_title_addon, rw.language)  # fmt: skip
        if main:  # a volume of a multi-volume work: the whole work is the <source>, the volume
            # a <part-title> of it (JATS 1.3: "the title of a subpart of a hierarchical source")
            if container and title:
                leaf("chapter-title" if rw.type in _CHAPTERISH else "article-title", title)
            leaf("source", main)
            if container or title:
                leaf("part-title", container or title)
        elif container:
            if title:
                leaf("chapter-title" if rw.type in _CHAPTERISH
                     else "data-title" if rw.type == "dataset" else "article-title", title)  # fmt: skip
            leaf("source", container)
        elif title:
            leaf("source" if ptype in ("book", "thesis", "report") else "article-title", title)
        if rw.collection_titles:
            leaf("series", rw.collection_titles[0].value)
        if rw.event_title:
            leaf("conf-name", rw.event_title)
        if rw.edition:
            leaf("edition", rw.edition)
        if rw.publisher_place:
            leaf("publisher-loc", rw.publisher_place[0].value)
        if rw.publisher:
            leaf("publisher-name", rw.publisher[0].value)
        if rw.issued is not None and rw.issued.year is not None:
            leaf("year", str(rw.issued.year))
        if rw.volume:
            leaf("volume", rw.volume)
        if rw.issue:
            leaf("issue", rw.issue)
        if rw.page:
            m = _PAGES.match(rw.page)
            if m:
                leaf("fpage", m.group(1))
                if m.group(2):
                    leaf("lpage", m.group(2))
            else:
                leaf("page-range", rw.page)
        elif rw.article_number:
            leaf("elocation-id", rw.article_number)
        if rw.number_of_pages:
            leaf("size", rw.number_of_pages, _attrs({"units": "pages"}))
        for ident in rw.identifiers:
            t = ID_TO_PUB_ID_TYPE.get(ident.scheme) or ("isbn" if ident.scheme == "isbn" else None)
            if t == "isbn":
                leaf("isbn", ident.value)
            elif t:
                leaf("pub-id", ident.value, _attrs({"pub-id-type": t}))
        if rw.url:
            leaf("ext-link", rw.url, _attrs({"ext-link-type": "uri", "xlink:href": rw.url}))
        if rw.accessed is not None:
            leaf("date-in-citation", rw.accessed.iso(), _attrs({"content-type": "access-date"}))
        if self.pending is not None:  # nothing known to cite: no (invalid) empty element
            _, self.ind = self.stack.pop()
            self.pending = None
            return False
        self.close()
        lost = [f for f in _CITATION_LOST if getattr(rw, f)]
        if lost:
            self.lost("references.work", f"not in element-citation: {', '.join(lost)}", "degraded")
        return True

    def report_unwritable(self) -> None:
        w = self.w
        simple: Iterable[tuple[str, Any]] = (
            ("collection_titles", w.collection_titles), ("collection_number", w.collection_number),
            ("event_title", w.event_title), ("event_place", w.event_place),
            ("event_date", w.event_date), ("number", w.number), ("edition", w.edition),
            ("number_of_pages", None if self.authoring or (w.number_of_pages or "").isdigit()
             else w.number_of_pages),
            ("number_of_volumes", w.number_of_volumes),
            ("institution", w.institution), ("accessed", w.accessed),
        )  # fmt: skip
        kept = self.extra_written | (set() if self.authoring else set(_EXTRA_WRITTEN))
        for key in w.extra:
            if key not in kept:
                self.lost(extra_field(key), "JATS article metadata has no element for it")
        for field, value in simple:
            if value:
                self.lost(field, "JATS article metadata has no element for it")
        for i in w.identifiers:
            if i.scheme in ("orcid", "url"):
                self.lost("identifiers", f"{i.scheme} identifier of a work has no article-id type")
        if w.publisher_place and not w.publisher:
            self.lost("publisher_place", "publisher-loc needs a publisher")
        if self.variant == "authoring":
            for field, value in (("container_titles", w.container_titles), ("issued", w.issued),
                                 ("volume", w.volume), ("issue", w.issue), ("page", w.page),
                                 ("publisher", w.publisher)):  # fmt: skip
                if value:
                    self.lost(field, "the Authoring tag set has no publication metadata")


_NS_DECL = "".join(f' xmlns:{p}="{uri}"' for p, uri in NSMAP.items())
_ID_BAD = re.compile(r"[^A-Za-z0-9._-]")


def _xml_id(value: str) -> str:
    """An XML NCName (ids must not start with a digit)."""
    s = _ID_BAD.sub("_", value)
    return s if s[:1].isalpha() or s[:1] == "_" else f"id{s}"


def _first_lang(w: Work) -> str | None:
    for t in w.titles:
        if t.lang:
            return t.lang
    return None


def write_jats(
    works: list[Work],
    *,
    report: Report,
    variant: str = "archiving",
    doctype: bool = True,
    references: bool = True,
    body: bool = True,
    pretty: bool = True,
) -> str:
    """Write the first work as a JATS 1.3 ``<article>``; JATS holds one article per document.

    >>> from scholarmeta.model import Work, LangString
    >>> out = write_jats([Work(titles=[LangString(value="T", lang="en")])], report=Report())
    >>> "<article-title>T</article-title>" in out
    True
    """
    if variant not in VARIANTS:
        raise WriteError(f"unknown JATS variant {variant!r}; known: {', '.join(VARIANTS)}")
    if not works:
        raise WriteError("no work to write")
    for extra in works[1:]:
        report.add("dropped", "JATS holds one article per document; write each work separately (convert -d DIR)",
                   format="jats", record=extra.id or extra.title)  # fmt: skip
    xml = _Writer(works[0], report, variant, refs=references, body=body, pretty=pretty).article()
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if doctype:
        public, system = VARIANTS[variant]
        head += f'<!DOCTYPE article PUBLIC "{public}" "{system}">\n'
    return head + xml
