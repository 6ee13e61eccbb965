"""JATS 1.3 writer: a ``Work`` as one ``<article>`` (Archiving, Publishing or Authoring tag set).

Built with lxml element factories rather than a template engine: lxml escapes text, keeps the
output well-formed and is fast enough for the 1,000-pages-per-second pipeline target.
Choices follow JATS4R recommendations: language variants of an affiliation in
``aff-alternatives``, name forms in ``name-alternatives``, the supervisor as a CRediT role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

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
    Work,
    text_in,
)
from ..report import Report

__all__ = [
    "CONTRIB_TYPES",
    "COUNTRY_NAMES",
    "CREDIT_ROLES",
    "CSL_TO_ARTICLE_TYPE",
    "CSL_TO_PUBLICATION_TYPE",
    "ID_TO_PUB_ID_TYPE",
    "VARIANTS",
    "clean_text",
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

# XML 1.0 forbids C0 controls other than tab/newline/CR, surrogates, U+FFFE and U+FFFF.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SubElement = etree.SubElement
# Work.extra keys (filled by the JATS reader) that the writer puts back in place
_EXTRA_WRITTEN = ("jats:subjects", "jats:copyright-statement")
# cited-work fields element_citation() does not write
_CITATION_LOST = (
    "subtitles", "abstracts", "keywords", "collection_number", "number",
    "event_place", "event_date", "notes", "extra", "sections", "references",
)  # fmt: skip
_PAGES = re.compile(r"^\s*([^\s\-–—]+)\s*(?:[-–—]+\s*([^\s\-–—]+))?\s*$")


def clean_text(text: str) -> str:
    """Remove characters XML 1.0 cannot hold.

    >>> clean_text("a\\x00b\\x1fc")
    'abc'
    """
    return _BAD_XML.sub("", text)


class _Writer:
    """One article; collects affiliations so each is written once and linked by ``xref``."""

    def __init__(self, work: Work, report: Report, variant: str, *, refs: bool, body: bool) -> None:
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

    # -- helpers ---------------------------------------------------------------------------
    def lost(self, field: str, message: str, kind: str = "dropped") -> None:
        """Report a loss once per work (the same loss on three contributors is one message)."""
        key = (kind, field, message)
        if key in self.losses:
            return
        self.losses.add(key)
        self.report.add(kind, message, format="jats", record=self.record, field=field)  # type: ignore[arg-type]

    @staticmethod
    def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
        # lxml rejects characters XML cannot hold; cleaning only then keeps the common path fast.
        try:
            el = _SubElement(parent, tag, attrs)
        except ValueError:
            el = _SubElement(parent, tag, {k: clean_text(v) for k, v in attrs.items()})
        if text is not None:
            try:
                el.text = text
            except ValueError:
                el.text = clean_text(text)
        return el

    # -- document --------------------------------------------------------------------------
    def article(self) -> etree._Element:
        w = self.w
        attrs = {"dtd-version": "1.3", "article-type": CSL_TO_ARTICLE_TYPE.get(w.type, "other")}
        if w.genre and w.type in ("article-journal", "article"):
            attrs["article-type"] = re.sub(r"[^a-z0-9-]+", "-", w.genre.lower()).strip("-") or "other"
        elif w.genre:
            self.lost("genre", "article-type holds the type; the genre is dropped")
        if w.type not in CSL_TO_ARTICLE_TYPE:
            self.lost("type", f"{w.type!r} is no journal article: written as 'other'", "degraded")
        if self.lang:
            attrs[XML_LANG] = self.lang
        art = etree.Element("article", attrs, nsmap=NSMAP)
        front = self.sub(art, "front")
        if self.variant != "authoring":
            self.journal_meta(front)
        self.article_meta(front)
        if self.body:
            self.write_body(art)
        elif w.sections or w.figures:
            self.lost("sections", "body not written (body=False)")
        self.write_back(art)
        self.report_unwritable()
        return art

    def journal_meta(self, front: etree._Element) -> None:
        w = self.w
        issns = [i for i in w.identifiers if i.scheme in ("issn", "eissn")]
        if not (w.container_titles or issns or w.publisher) and self.variant != "publishing":
            return
        jm = self.sub(front, "journal-meta")
        if self.variant == "publishing":
            # Publishing requires a journal-id; the ISSN (or title) is the only one we know.
            jid = issns[0].value if issns else (w.container_title or "unknown")
            self.sub(jm, "journal-id", jid, **{"journal-id-type": "issn" if issns else "publisher-id"})
        if w.container_titles or w.container_short_title:
            grp = self.sub(jm, "journal-title-group")
            main = text_in(w.container_titles, self.lang) or (
                w.container_titles[0].value if w.container_titles else None
            )
            if main:
                self.sub(grp, "journal-title", main)
            for t in w.container_titles:
                if t.value != main and t.lang:
                    tg = self.sub(grp, "trans-title-group", **{XML_LANG: t.lang})
                    self.sub(tg, "trans-title", t.value)
                elif t.value != main:
                    self.lost("container_titles", f"journal title without language: {t.value!r}")
            if w.container_short_title:
                self.sub(grp, "abbrev-journal-title", w.container_short_title, **{"abbrev-type": "publisher"})
        for i in issns:
            fmt = "electronic" if i.scheme == "eissn" else "print"
            self.sub(jm, "issn", i.value, **{"pub-type": "epub" if fmt == "electronic" else "ppub",
                                              "publication-format": fmt})  # fmt: skip
        if self.variant == "publishing" and not issns:
            self.lost("identifiers", "no ISSN: the Publishing tag set requires one", "degraded")
        if w.publisher:
            pub = self.sub(jm, "publisher")
            self.sub(pub, "publisher-name", text_in(w.publisher, self.lang) or w.publisher[0].value)
            if w.publisher_place:
                self.sub(pub, "publisher-loc", text_in(w.publisher_place, self.lang) or w.publisher_place[0].value)
            if len(w.publisher) > 1:
                self.lost("publisher", "one publisher name written; other languages dropped")

    def article_meta(self, front: etree._Element) -> None:
        w = self.w
        am = self.sub(front, "article-meta")
        for ident in w.identifiers:
            t = ID_TO_PUB_ID_TYPE.get(ident.scheme) or (
                (ident.label or "other") if ident.scheme == "other" else None
            )
            if t and self.authoring:
                self.lost("identifiers", f"the Authoring tag set has no article-id ({t})")
            elif t:
                self.sub(am, "article-id", ident.value, **{"pub-id-type": t})
        subjects = w.extra.get("jats:subjects")
        if isinstance(subjects, list) and subjects and not self.authoring:
            grp = self.sub(self.sub(am, "article-categories"), "subj-group")
            for subj in subjects:
                self.sub(grp, "subject", str(subj))
        self.title_group(am)
        self.contribs(am)
        if self.variant != "authoring":
            self.dates(am)
            self.pages(am)
        copyright_ = w.extra.get("jats:copyright-statement")
        if (w.license or isinstance(copyright_, str)) and not self.authoring:
            perm = self.sub(am, "permissions")
            if isinstance(copyright_, str):
                self.sub(perm, "copyright-statement", copyright_)
        if w.license and not self.authoring:
            lic = self.sub(perm, "license")
            if w.license.startswith(("http://", "https://")):
                lic.set(HREF, clean_text(w.license))
                self.sub(lic, f"{{{ALI}}}license_ref", w.license)
            else:
                self.sub(lic, "license-p", w.license)
        elif w.license:
            self.lost("license", "the Authoring tag set has no permissions")
        if w.url:
            self.sub(am, "self-uri", w.url, **{HREF: w.url})
        self.abstracts(am)
        for g in w.keywords:
            attrs = {XML_LANG: g.lang} if g.lang else {}
            if g.vocabulary:
                attrs["vocab"] = g.vocabulary
            kg = self.sub(am, "kwd-group", **attrs)
            for term in g.terms:
                self.sub(kg, "kwd", term)

    def title_group(self, am: etree._Element) -> None:
        w = self.w
        tg = self.sub(am, "title-group")
        main = text_in(w.titles, self.lang) or (w.titles[0].value if w.titles else None)
        if main is None:
            self.lost("titles", "JATS requires an article-title; written empty", "degraded")
        self.sub(tg, "article-title", main or "")
        main_lang = next((t.lang for t in w.titles if t.value == main), self.lang)
        sub = text_in(w.subtitles, main_lang) or (
            w.subtitles[0].value if w.subtitles and not w.subtitles[0].lang else None
        )
        if sub:
            self.sub(tg, "subtitle", sub)
        langs: list[str] = []
        for t in [*w.titles, *w.subtitles]:
            if t.lang and t.lang != main_lang and t.lang not in langs:
                langs.append(t.lang)
        if self.authoring and (langs or w.short_titles):
            self.lost("titles", "the Authoring tag set has no translated or short titles")
            return
        for lang in langs:
            tt = text_in([t for t in w.titles if t.lang == lang], lang)
            ts = text_in([t for t in w.subtitles if t.lang == lang], lang)
            grp = self.sub(tg, "trans-title-group", **{XML_LANG: lang})
            if tt:
                self.sub(grp, "trans-title", tt)
            if ts:
                self.sub(grp, "trans-subtitle", ts)
            if not tt:
                grp.insert(0, _el("trans-title", ""))
        for t in w.titles:
            if t.value != main and not t.lang:
                self.lost("titles", f"title without language: {t.value!r}")
        for s in w.short_titles:
            attrs = {"alt-title-type": "short"}
            if s.lang:
                attrs[XML_LANG] = s.lang
            self.sub(tg, "alt-title", s.value, **attrs)

    # -- contributors ----------------------------------------------------------------------
    def contribs(self, am: etree._Element) -> None:
        if not self.w.contributors:
            if self.authoring:  # contrib-group is required there
                self.lost("contributors", "no contributor: written as anonymous", "degraded")
                self.sub(self.sub(self.sub(am, "contrib-group"), "contrib"), "anonymous")
            return
        cg = self.sub(am, "contrib-group")
        for c in self.w.contributors:
            self.contrib(cg, c)
        for aff, aid in self.affs:
            self.write_aff(am, aff, aid)

    def contrib(self, cg: etree._Element, c: Contributor) -> None:
        primary = next((r for r in c.roles if r != "supervisor" and r in CONTRIB_TYPES), None)
        ctype = CONTRIB_TYPES.get(primary or (c.roles[0] if c.roles else "author"), "contributor")
        attrs = {"contrib-type": ctype}
        if c.corresponding:
            attrs["corresp"] = "yes"
        el = self.sub(cg, "contrib", **attrs)
        for r in c.roles:
            if r not in CONTRIB_TYPES:
                self.lost("contributors.roles", f"role {r!r} has no JATS contrib-type", "degraded")
        if c.orcid:
            self.sub(el, "contrib-id", f"https://orcid.org/{c.orcid}",
                     **{"contrib-id-type": "orcid"})  # fmt: skip
        if c.name is None:
            org = text_in(c.organization, self.lang) or c.organization[0].value
            self.sub(el, "collab", org)
            if len(c.organization) > 1:
                self.lost("contributors.organization", "one language of an organisation name kept")
        else:
            names = [c.name, *c.alternative_names]
            if len(names) == 1:
                self.person_name(el, c.name)
            else:
                alt = self.sub(el, "name-alternatives")
                for n in names:
                    self.person_name(alt, n)
        for d in c.degrees:
            self.sub(el, "degrees", d.value)
        for r in c.roles:
            term = CREDIT_ROLES.get(r)
            if term:
                slug = term.lower().replace(" ", "-")
                self.sub(el, "role", term, vocab="credit",
                         **{"vocab-identifier": "https://credit.niso.org/", "vocab-term": term,
                            "vocab-term-identifier": f"https://credit.niso.org/contributor-roles/{slug}/"})  # fmt: skip
        for aff in c.affiliations:
            if self.authoring:
                self.write_aff(el, aff, None)
            else:
                self.sub(el, "xref", **{"ref-type": "aff", "rid": self.aff_id(aff)})
        if c.email:
            self.sub(el, "email", c.email)
        if c.url:
            self.sub(el, "uri", c.url, **{HREF: c.url})
        if c.positions:
            self.lost("contributors.positions", "JATS has no element for a position; dropped")

    def person_name(self, parent: etree._Element, n: PersonName) -> None:
        attrs: dict[str, str] = {}
        if n.lang:
            attrs[XML_LANG] = n.lang
        if n.literal or not (n.family or n.given):
            self.sub(parent, "string-name", n.literal or n.display(), **attrs)
            return
        attrs["name-style"] = "western"
        el = self.sub(parent, "name", **attrs)
        family = " ".join(p for p in (n.particle, n.family) if p)
        if family:
            self.sub(el, "surname", family)
        given = n.given_full()
        if given:
            if not family:
                el.set("name-style", "given-only")
            self.sub(el, "given-names", given)
        if n.suffix:
            self.sub(el, "suffix", n.suffix)

    def aff_id(self, aff: Affiliation) -> str:
        for known, aid in self.affs:
            if known == aff:
                return aid
        aid = f"aff{len(self.affs) + 1}"
        self.affs.append((aff, aid))
        return aid

    def write_aff(self, parent: etree._Element, aff: Affiliation, aid: str | None) -> None:
        parts = [*aff.institution, *aff.department, *aff.city, *aff.address, *aff.raw]
        langs: list[str | None] = []
        for p in parts:
            if p.lang not in langs:
                langs.append(p.lang)
        if not langs:
            langs = [None]
        if len(langs) == 1:
            self.aff_variant(parent, aff, langs[0], aid, all_parts=True)
            return
        alts = self.sub(parent, "aff-alternatives", **({"id": aid} if aid else {}))
        for i, lang in enumerate(langs):
            self.aff_variant(alts, aff, lang, f"{aid}-{i + 1}" if aid else None, all_parts=False)

    def aff_variant(
        self,
        parent: etree._Element,
        aff: Affiliation,
        lang: str | None,
        aid: str | None,
        *,
        all_parts: bool,
    ) -> None:
        def pick(items: list[LangString]) -> list[str]:
            return [s.value for s in items if all_parts or s.lang == lang]

        attrs = {"id": aid} if aid else {}
        if lang:
            attrs[XML_LANG] = lang
        el = self.sub(parent, "aff", **attrs)
        pieces: list[tuple[str, str, dict[str, str]]] = []
        for d in pick(aff.department):
            pieces.append(("institution", d, {"content-type": "orgdiv1"}))
        insts = pick(aff.institution)
        for v in insts:
            pieces.append(("institution", v, {"content-type": "orgname"}))
        for v in pick(aff.address):
            pieces.append(("addr-line", v, {}))
        for v in pick(aff.city):
            pieces.append(("city", v, {}))
        if aff.country:
            pieces.append(("country", COUNTRY_NAMES.get(aff.country, aff.country), {"country": aff.country}))
        raw = pick(aff.raw)
        if raw and not insts:  # the source's own text is fuller than the parts we have
            el.text = clean_text("; ".join(raw))
            if aff.country:
                self.sub(el, "country", country=aff.country).tail = None
            return
        if raw:
            self.lost("affiliations.raw", "raw affiliation text replaced by its tagged parts", "degraded")
        prev: etree._Element | None = None
        for tag, text, a in pieces:
            if tag == "institution" and a.get("content-type") == "orgname" and aff.ror and text == insts[0]:
                wrap = self.sub(el, "institution-wrap")
                self.sub(wrap, "institution-id", aff.ror, **{"institution-id-type": "ror"})
                self.sub(wrap, "institution", text, **a)
                cur = wrap
            else:
                cur = self.sub(el, tag, text, **a)
            if prev is not None:
                prev.tail = ", "
            prev = cur

    # -- dates, pages ------------------------------------------------------------------------
    def dates(self, am: etree._Element) -> None:
        w = self.w
        if w.issued is not None:
            attrs = {"date-type": "pub"}
            if w.available is not None:
                attrs["publication-format"] = "print"
            self.date(am, "pub-date", w.issued, attrs)
        if w.available is not None:
            self.date(am, "pub-date", w.available,
                      {"date-type": "pub", "publication-format": "electronic"})  # fmt: skip

    def date(self, parent: etree._Element, tag: str, d: PartialDate, attrs: dict[str, str]) -> None:
        el = self.sub(parent, tag, **attrs)
        if d.year is None or d.end is not None:
            if d.year is not None:
                el.set("iso-8601-date", d.iso().split("/")[0])
            self.sub(el, "string-date", d.iso() if d.year is not None else d.literal or "")
            return
        if d.year >= 0:
            el.set("iso-8601-date", d.iso().rstrip("~"))
        if d.day:
            self.sub(el, "day", f"{d.day:02d}")
        if d.month:
            self.sub(el, "month", f"{d.month:02d}")
        if d.season:
            self.sub(el, "season", ("Spring", "Summer", "Autumn", "Winter")[d.season - 1])
        self.sub(el, "year", str(d.year))

    def pages(self, am: etree._Element) -> None:
        w = self.w
        if w.volume:
            self.sub(am, "volume", w.volume)
        if w.issue:
            self.sub(am, "issue", w.issue)
        for ident in w.identifiers:
            if ident.scheme == "isbn":
                self.sub(am, "isbn", ident.value)
        if w.page:
            m = _PAGES.match(w.page)
            if m:
                self.sub(am, "fpage", m.group(1))
                if m.group(2):
                    self.sub(am, "lpage", m.group(2))
            else:
                first = re.split(r"[-–—,\s]+", w.page.strip())[0]
                self.sub(am, "fpage", first)
                self.sub(am, "page-range", w.page)
            if w.article_number:
                self.lost("article_number", "JATS holds fpage/lpage or elocation-id, not both")
        elif w.article_number:
            self.sub(am, "elocation-id", w.article_number)

    # -- abstracts, body, back ---------------------------------------------------------------
    def abstracts(self, am: etree._Element) -> None:
        main: list[Abstract] = []
        trans: list[Abstract] = []
        for a in self.w.abstracts:
            same = a.lang is None or a.lang == self.lang
            (main if same else trans).append(a)
        if self.authoring and not main + trans:  # abstract+ is required there
            self.lost("abstracts", "no abstract: written empty", "degraded")
            self.sub(self.sub(am, "abstract"), "p", "")
        for a in main + trans:
            tag = "abstract" if a in main or self.authoring else "trans-abstract"
            el = self.sub(am, tag, **({XML_LANG: a.lang} if a.lang else {}))
            if a.title:
                self.sub(el, "title", a.title)
            for p in a.paragraphs:
                self.sub(el, "p", p)

    def write_body(self, art: etree._Element) -> None:
        w = self.w
        if not (w.sections or w.figures):
            return
        body = self.sub(art, "body")
        for f in w.figures:
            self.figure(body, f)
        for s in w.sections:
            self.section(body, s)

    def section(self, parent: etree._Element, s: Section, inherited: str | None = None) -> None:
        inherited = inherited or self.lang
        own = s.lang and s.lang != inherited  # xml:lang is inherited; repeat it only on change
        sec = self.sub(parent, "sec", **({XML_LANG: s.lang} if own and s.lang else {}))
        if s.label and self.authoring:
            self.sub(sec, "title", " ".join(t for t in (s.label, s.title) if t))
        else:
            if s.label:
                self.sub(sec, "label", s.label)
            self.sub(sec, "title", s.title or "")
        for p in s.paragraphs:
            self.sub(sec, "p", p)
        for f in s.figures:
            self.figure(sec, f)
        for child in s.sections:
            self.section(sec, child, s.lang or inherited)

    def figure(self, parent: etree._Element, f: Figure) -> None:
        fig = self.sub(parent, "fig", **({"id": _xml_id(f.id)} if f.id else {}))
        if f.label and not self.authoring:
            self.sub(fig, "label", f.label)
        if f.caption or (f.label and self.authoring):
            cap = self.sub(fig, "caption")
            if f.label and self.authoring:
                self.sub(cap, "title", f.label)
            for c in f.caption:
                self.sub(cap, "p", c.value, **({XML_LANG: c.lang} if c.lang else {}))
        if f.href or f.alt:
            g = self.sub(fig, "graphic", **({HREF: f.href} if f.href else {}))
            if f.alt:
                self.sub(g, "alt-text", f.alt)

    def write_back(self, art: etree._Element) -> None:
        w = self.w
        if not (w.references or w.notes):
            return
        if w.references and not self.refs:
            self.lost("references", "references not written (references=False)")
        if not (w.notes or (w.references and self.refs)):
            return
        back = self.sub(art, "back")
        if w.references and self.refs:
            rl = self.sub(back, "ref-list")
            used: set[str] = set()
            for i, r in enumerate(w.references, 1):
                rid = _xml_id(r.id) if r.id else f"ref{i}"
                if rid in used:
                    rid = f"ref{i}"
                used.add(rid)
                self.reference(rl, r, rid)
        if w.notes:
            notes = self.sub(back, "notes")
            for n in w.notes:
                self.sub(notes, "p", n.value, **({XML_LANG: n.lang} if n.lang else {}))

    def reference(self, rl: etree._Element, r: Reference, rid: str) -> None:
        ref = self.sub(rl, "ref", id=rid)
        if r.label and self.authoring:
            self.lost("references.label", "the Authoring tag set has no reference labels")
        elif r.label:
            self.sub(ref, "label", r.label)
        holder = ref
        if r.raw and r.work is not None:
            holder = self.sub(ref, "citation-alternatives")
        lang = {XML_LANG: r.lang} if r.lang else {}
        if r.raw:
            self.sub(holder, "mixed-citation", r.raw, **lang)
        if r.work is not None:
            self.element_citation(holder, r.work, lang)

    def element_citation(self, parent: etree._Element, rw: Work, lang: dict[str, str]) -> None:
        ptype = CSL_TO_PUBLICATION_TYPE.get(rw.type, "other")
        el = self.sub(parent, "element-citation", **{"publication-type": ptype}, **lang)
        groups: dict[str, list[Contributor]] = {}
        for c in rw.contributors:
            role = next((r for r in c.roles if r in ("author", "editor", "translator")), "author")
            groups.setdefault(role, []).append(c)
        for role, people in groups.items():
            pg = self.sub(el, "person-group", **{"person-group-type": role})
            for c in people:
                if c.name is None:
                    self.sub(pg, "collab", c.organization[0].value)
                else:
                    self.person_name(pg, c.name)
        title = rw.title
        chapterish = rw.type in ("chapter", "entry-encyclopedia", "entry-dictionary", "paper-conference")
        if rw.container_title:
            if title:
                self.sub(el, "chapter-title" if chapterish else "article-title", title)
            self.sub(el, "source", rw.container_title)
        elif title:
            self.sub(el, "source" if ptype in ("book", "thesis", "report") else "article-title", title)
        if rw.collection_titles:
            self.sub(el, "series", rw.collection_titles[0].value)
        if rw.event_title:
            self.sub(el, "conf-name", rw.event_title)
        if rw.edition:
            self.sub(el, "edition", rw.edition)
        if rw.publisher_place:
            self.sub(el, "publisher-loc", rw.publisher_place[0].value)
        if rw.publisher:
            self.sub(el, "publisher-name", rw.publisher[0].value)
        if rw.issued is not None and rw.issued.year is not None:
            self.sub(el, "year", str(rw.issued.year))
        if rw.volume:
            self.sub(el, "volume", rw.volume)
        if rw.issue:
            self.sub(el, "issue", rw.issue)
        if rw.page:
            m = _PAGES.match(rw.page)
            if m:
                self.sub(el, "fpage", m.group(1))
                if m.group(2):
                    self.sub(el, "lpage", m.group(2))
            else:
                self.sub(el, "page-range", rw.page)
        elif rw.article_number:
            self.sub(el, "elocation-id", rw.article_number)
        if rw.number_of_pages:
            self.sub(el, "size", rw.number_of_pages, units="pages")
        for ident in rw.identifiers:
            t = ID_TO_PUB_ID_TYPE.get(ident.scheme) or ("isbn" if ident.scheme == "isbn" else None)
            if t == "isbn":
                self.sub(el, "isbn", ident.value)
            elif t:
                self.sub(el, "pub-id", ident.value, **{"pub-id-type": t})
        if rw.url:
            self.sub(el, "ext-link", rw.url, **{"ext-link-type": "uri", HREF: rw.url})
        if rw.accessed is not None:
            self.sub(el, "date-in-citation", rw.accessed.iso(), **{"content-type": "access-date"})
        lost = [f for f in _CITATION_LOST if getattr(rw, f)]
        if lost:
            self.lost("references.work", f"not in element-citation: {', '.join(lost)}", "degraded")

    def report_unwritable(self) -> None:
        w = self.w
        simple: Iterable[tuple[str, Any]] = (
            ("collection_titles", w.collection_titles), ("collection_number", w.collection_number),
            ("event_title", w.event_title), ("event_place", w.event_place),
            ("event_date", w.event_date), ("number", w.number), ("edition", w.edition),
            ("number_of_pages", w.number_of_pages), ("number_of_volumes", w.number_of_volumes),
            ("institution", w.institution), ("accessed", w.accessed),
        )  # fmt: skip
        kept = () if self.authoring else _EXTRA_WRITTEN
        for key in w.extra:
            if key not in kept:
                self.lost(f"extra[{key}]", "JATS article metadata has no element for it")
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


def _el(tag: str, text: str) -> etree._Element:
    el = etree.Element(tag)
    el.text = text
    return el


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
        report.add("dropped", "JATS holds one article per document; write each work separately",
                   format="jats", record=extra.id or extra.title)  # fmt: skip
    art = _Writer(works[0], report, variant, refs=references, body=body).article()
    xml = etree.tostring(art, encoding="unicode", pretty_print=pretty)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if doctype:
        public, system = VARIANTS[variant]
        head += f'<!DOCTYPE article PUBLIC "{public}" "{system}">\n'
    return head + xml
