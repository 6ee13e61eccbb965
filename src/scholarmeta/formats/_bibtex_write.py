"""Writing ``Work`` as BibTeX or biblatex: one writer for both dialects.

Values are escaped with :func:`scholarmeta.latex.escape_latex` (braces and backslash always,
LaTeX specials too, non-ASCII with ``ascii_only``), so no text can unbalance an entry; the
entries are assembled as bibtexparser ``Entry``/``Field`` blocks and written by its writer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # bibtexparser is imported on first use: it is slow to import (pylatexenc)
    from bibtexparser.model import Entry

from ..latex import _MATH_OUT, ascii_latex, escape_latex
from ..model import Contributor, LangString, PersonName, Work, text_in
from ..report import Report
from ..translit import ascii_fold
from ._bibtex_tables import (
    BCP47_TO_LANGID,
    CSL_TO_BIBLATEX,
    CSL_TO_BIBTEX,
    ROLE_TO_BIBLATEX,
    ROLE_TO_BIBTEX,
)

__all__ = ["STOPWORDS", "cite_key", "protect_case", "write_bib"]

STOPWORDS: frozenset[str] = frozenset(
    "a an the on of in and for to with from at by as is are about towards toward into "
    "der die das ein eine und zur zum von la le les des du de un une et el los las "
    "о об на в во и к по с со из для от при как что "
    "және мен бен пен туралы жайлы кейбір".split()
)
"""Words skipped when a citation key takes the first significant title word."""

_KEY_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.+/\-]{0,63}$")
_FIELD_OK = re.compile(r"^[A-Za-z][A-Za-z0-9_:.+\-]*$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RANGE = re.compile(r"(?<=\w)\s*[-–—‒]+\s*(?=\w)")
_WORD = re.compile(r"\w+")

_BARE_AND = re.compile(r"(?<=\s)(and)(?=\s)", re.IGNORECASE)  # biber's list separator


MINOR_WORDS: frozenset[str] = STOPWORDS | frozenset(
    "but or nor so yet not than via per vs versus between among amongst through throughout "
    "without within over under upon onto off up out down near after before since until till "
    "during against across along around behind beyond despite except like plus unto "
    "а но или либо не ни же ли до за под над про через между без "
    "не да немесе әрі де да та бірақ үшін арқылы бойынша дейін кейін".split()
)
"""Words a Title Case title leaves in lower case: not counted when the case of a title is judged."""

_TOKEN = re.compile(r"\S+")
_CORE = re.compile(r"[^\W_](?:.*[^\W_])?", re.S)  # a token from its first to its last letter/digit
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_OPEN, _CLOSE = "\x01", "\x02"  # brace markers, put in before escaping and replaced after


def protect_case(text: str, escape: Any = escape_latex, *, colon_keeps_case: bool = True) -> str:
    """``text`` escaped, its words whose capitals are not just sentence-initial in braces.

    BibTeX styles lower-case titles for sentence case (``change.case$``: all but the first
    character and the one after ``": "``; biblatex's ``\\MakeSentenceCase`` keeps only the first);
    Unicode-aware tools (bibtexu, Biber, citeproc) lower-case Cyrillic too. A word (each part of
    a hyphenated word on its own) keeps its case in braces when

    - it has a capital after its first letter: an acronym (``UN``, ``COVID-19``, ``mRNA``,
      ``3D``), an inner capital (``iPhone``, ``McDonald``, ``ҚазҰУ``) — always;
    - it begins with a capital and is not the first word of the title, or (BibTeX, whose
      ``change.case$`` keeps it: ``colon_keeps_case``) of the part after ``": "`` — only when
      the title is in sentence case.

    The title is taken for Title Case when at least two of its words that could be capitalised
    (not first, not protected by the first rule, not in :data:`MINOR_WORDS`) are, and they are
    at least 80% of them: there every word's capital is the style's, and protecting them would
    keep Title Case in a sentence-case style. (A capitalised minor word is not counted, but is
    protected in sentence case: ``What next? A study``, ``The Hague``.) With fewer such words the case cannot be told and
    capitals are protected: a proper noun lower-cased is worse than a word left capitalised.
    Math (``$x^2$``) is left as written.

    >>> protect_case("The foreign policy of Kazakhstan and the UN: A study of mRNA")
    'The foreign policy of {Kazakhstan} and the {UN}: A study of {mRNA}'
    >>> protect_case("The Foreign Policy of Kazakhstan and the UN")
    'The Foreign Policy of Kazakhstan and the {UN}'
    >>> protect_case("Қазақстан Республикасының сыртқы саясаты және Ресей")
    'Қазақстан {Республикасының} сыртқы саясаты және {Ресей}'
    """
    if _OPEN in text or _CLOSE in text:  # the markers would be taken for braces
        return str(escape(text))
    math = [m.span() for m in _MATH_OUT.finditer(text)] if "$" in text else []
    words: list[tuple[int, int, bool, bool]] = []  # core start, end, always, if sentence case
    counted = capitals = 0
    start = True  # the next word opens the title or (colon_keeps_case) the part after ": "
    for tok in _TOKEN.finditer(text):
        t = tok.group()
        m = _CORE.search(t)
        opens, start = start, colon_keeps_case and t.endswith(":")
        if m is None or any(a < tok.end() and tok.start() < b for a, b in math):
            continue
        always = capital = False
        for i, part in enumerate(_HYPHEN.split(m.group())):
            if not part:
                continue
            if any(ch.isupper() for ch in part[1:]):
                always = True
                continue
            if i == 0 and opens and m.start() == 0:  # the capital the style keeps
                continue
            if not part[0].isupper():
                counted += part[0].isalpha() and part not in MINOR_WORDS
                continue
            capital = True  # 'A' after '? ' or 'The Hague' count not, but are protected
            if part.lower() not in MINOR_WORDS:
                counted += 1
                capitals += 1
        if always or capital:
            words.append((tok.start() + m.start(), tok.start() + m.end(), always, capital))
    if not words:
        return str(escape(text))
    title_case = counted >= 2 and capitals >= 0.8 * counted
    out: list[str] = []
    pos = 0
    for a, b, always, capital in words:
        if always or (capital and not title_case):
            out += [text[pos:a], _OPEN, text[a:b], _CLOSE]
            pos = b
    out.append(text[pos:])
    escaped: str = escape("".join(out))
    return escaped.replace(_OPEN, "{").replace(_CLOSE, "}")


def cite_key(work: Work) -> str:
    """An ASCII key: first author's family name, year, first significant title word.

    >>> from scholarmeta.model import Contributor, PersonName, LangString
    >>> w = Work(contributors=[Contributor(name=PersonName(family="Бақытқызы", given="А"))],
    ...          issued="2024", titles=[LangString(value="Қазақстанның сыртқы саясаты", lang="kk")])
    >>> cite_key(w)
    'bakytkyzy2024kazakstannyn'
    """
    who = ""
    people = work.authors or work.contributors
    if people:
        c = people[0]
        n = c.name
        who = ascii_fold((n.family or n.literal or n.given or "") if n else c.organization[0].value)
        who = who[:24]
    year = str(work.issued.year) if work.issued and work.issued.year else ""
    word = ""
    for w in _WORD.findall(work.title or ""):
        if w.lower() not in STOPWORDS and ascii_fold(w):
            word = ascii_fold(w)[:20]
            break
    return (who + year + word) or "item"


def _usable_key(key: str | None) -> bool:
    return bool(key) and bool(_KEY_OK.match(key or ""))


class _Writer:
    def __init__(self, fmt: str, report: Report, ascii_only: bool) -> None:
        self.fmt, self.report, self.ascii = fmt, report, ascii_only
        self.biblatex = fmt == "biblatex"

    def esc(self, text: str) -> str:
        return escape_latex(text, ascii_only=self.ascii)

    def literal_list(self, text: str) -> str:
        """Publisher, location, institution: escaped; in biblatex a literal list, so the items
        the reader joined with "; " are joined with " and " again, and an "and" inside an item
        ('Standards and Technology') is braced, or biber would split the item there."""
        if not self.biblatex:
            return self.esc(text)
        items = [i for i in (x.strip() for x in text.split("; ")) if i] or [text]
        return " and ".join(_BARE_AND.sub(r"{\1}", self.esc(i)) for i in items)

    def drop(self, work: Work, field: str, message: str, kind: Any = "dropped") -> None:
        self.report.add(kind, message, format=self.fmt, record=work.id or work.title, field=field)

    # -- values --------------------------------------------------------------------------
    def title(self, text: str, protect_all: bool = False) -> str:
        """Escaped title-like value, its case protected for BibTeX styles (:func:`protect_case`)."""
        if protect_all:
            return "{" + self.esc(text) + "}"
        return protect_case(text, self.esc, colon_keeps_case=not self.biblatex)

    def person(self, n: PersonName) -> str:
        if n.literal and not n.family:
            return "{" + self.esc(n.literal) + "}"
        family = n.family or ""
        fam = self.esc(family)
        words = family.split()
        particles = n.particles()
        if "," in family or (not particles and len(words) > 1 and any(w[:1].islower() for w in words)) \
                or re.search(r"\s(?:and|AND)\s", family):  # fmt: skip
            fam = "{" + fam + "}"
        if particles:
            fam = self.esc(particles) + " " + fam
        given = n.given_full() or ""
        giv = self.esc(given)
        if "," in given or re.search(r"(?:^|\s)and(?:\s|$)", given, re.I):
            giv = "{" + giv + "}"
        if not fam:
            return "{" + giv + "}"
        parts = [fam]
        if n.suffix:
            parts.append(self.esc(n.suffix))
        if giv:
            parts.append(giv)
        return ", ".join(parts)

    def names(self, people: list[Contributor]) -> str:
        out = []
        for c in people:
            if c.name is not None:
                out.append(self.person(c.name))
            else:
                out.append("{" + self.esc(c.organization[0].value) + "}")
        return " and ".join(out)

    # -- one work ------------------------------------------------------------------------
    def entry(self, work: Work, key: str) -> Entry:
        bl = self.biblatex
        table = CSL_TO_BIBLATEX if bl else CSL_TO_BIBTEX
        etype = table.get(work.type, "misc")
        if etype == "misc" and work.type not in ("document", "article"):
            self.drop(work, "type", f"CSL type {work.type!r} written as @misc", "degraded")
        if (
            etype == "phdthesis"
            and work.genre
            and re.search(r"master|magist|магист", work.genre, re.I)
        ):
            etype = "mastersthesis"
        fields: list[tuple[str, str]] = []

        def put(name: str, value: str | None, raw: bool = False) -> None:
            if value:
                fields.append((name, value if raw else "{" + value + "}"))

        lang = work.language
        # names
        by_role: dict[str, list[Contributor]] = {}  # role -> people, in order
        for c in work.contributors:
            for r in c.roles:
                by_role.setdefault(r, []).append(c)
        role_fields = ROLE_TO_BIBLATEX if bl else ROLE_TO_BIBTEX
        for role, people in by_role.items():
            et_al = any(v is True and k.endswith(f":{role}+others") for k, v in work.extra.items())
            if role in role_fields:
                put(role_fields[role], self.names(people) + (" and others" if et_al else ""))
            elif role == "supervisor" and bl:
                put("editora", self.names(people))
                put("editoratype", "supervisor")
                self.drop(work, "supervisor", "written as editora with editoratype={supervisor}, "
                          "a role biblatex styles print verbatim", "degraded")  # fmt: skip
            else:
                self.drop(work, role, f"{self.fmt} has no field for the role {role!r}")
        for c in work.contributors:
            if c.affiliations or c.orcid or c.email:
                self.drop(work, "contributors", "affiliations, ORCID iDs and e-mails are not kept")
                break
        # titles
        main = work.title
        if main:
            main_lang = next((t.lang for t in work.titles if t.value == main), lang)
            protect = not bl and main_lang is not None and not main_lang.startswith("en")
            subtitle = text_in(work.subtitles, main_lang) or (
                work.subtitles[0].value if work.subtitles else None
            )
            if subtitle and not bl:
                main = f"{main}: {subtitle}"
                self.drop(work, "subtitles", "subtitle joined to the title", "degraded")
            put("title", self.title(main, protect))
            if subtitle and bl:
                put("subtitle", self.title(subtitle, False))
            translated = [t for t in work.titles if t.value != work.title]
            if translated and bl:
                put("titleaddon", "[" + self.title(translated[0].value, False) + "]")
                self.drop(work, "titles", f"translated title ({translated[0].lang}) written as "
                          "titleaddon in brackets", "degraded")  # fmt: skip
                translated = translated[1:]
            for t in translated:
                self.drop(work, f"titles[{t.lang}]", f"{self.fmt} holds one title")
        if work.short_titles:
            put("shorttitle", self.title(work.short_titles[0].value, False))
        # container
        ct = work.container_title
        if ct:
            if etype in ("article", "review", "periodical") or work.type.startswith("article"):
                put("journaltitle" if bl else "journal", self.esc(ct))
            else:  # a book's or proceedings' title: sentence-case styles lower-case it too
                put("booktitle", self.title(ct))
        journal = etype in ("article", "review", "periodical") or work.type.startswith("article")
        if work.container_subtitles:
            put("journalsubtitle" if journal else "booksubtitle",
                self.title(first_value(work.container_subtitles, lang)))  # fmt: skip
        put("journaltitleaddon" if journal else "booktitleaddon", self.esc(work.container_title_addon or ""))
        # biblatex's fields; BibTeX styles ignore them, and they come back on a read
        if work.main_titles:
            put("maintitle", self.title(first_value(work.main_titles, lang)))
        if work.main_subtitles:
            put("mainsubtitle", self.title(first_value(work.main_subtitles, lang)))
        put("maintitleaddon", self.esc(work.main_title_addon or ""))
        if work.container_short_title:
            if bl:
                put("shortjournal", self.esc(work.container_short_title))
            else:
                self.drop(work, "container_short_title", "BibTeX has no short journal field")
        if work.collection_titles:
            put("series", self.esc(work.collection_titles[0].value))
        if work.event_title:
            if bl:
                put("eventtitle", self.esc(work.event_title))
            else:
                self.drop(work, "event_title", "BibTeX has no event field")
        if work.event_place:
            if bl:
                put("venue", self.esc(work.event_place))
            else:
                self.drop(work, "event_place", "BibTeX has no venue field")
        if work.event_date:
            if bl and work.event_date.year is not None:
                put("eventdate", work.event_date.iso())
            else:
                self.drop(work, "event_date", f"{self.fmt} cannot hold this event date")
        put("volume", self.esc(work.volume) if work.volume else None)
        numbers = [(f, n) for f, n in (("issue", work.issue), ("number", work.number),
                                        ("collection_number", work.collection_number)) if n]  # fmt: skip
        if numbers:
            put("number", self.esc(numbers[0][1]))
            for fname, value in numbers[1:]:
                self.drop(work, fname, f"one number field only; {value!r} not written")
        if work.page:
            put("pages", _RANGE.sub("--", self.esc(work.page)))
        if work.article_number:
            if bl:
                put("eid", self.esc(work.article_number))
            else:  # the ACM DL's field, which its BibTeX style prints
                put("articleno", self.esc(work.article_number))
        if work.number_of_pages:
            if bl:
                put("pagetotal", self.esc(work.number_of_pages))
            else:
                put("numpages", self.esc(work.number_of_pages))
        if work.number_of_volumes:
            if bl:
                put("volumes", self.esc(work.number_of_volumes))
            else:
                self.drop(work, "number_of_volumes", "BibTeX has no volumes field")
        put("edition", self.esc(work.edition) if work.edition else None)
        if work.publisher:
            put("publisher", self.literal_list(first_value(work.publisher, lang)))
        if work.publisher_place:
            put("location" if bl else "address", self.literal_list(first_value(work.publisher_place, lang)))
        if work.institution:
            inst = self.literal_list(first_value(work.institution, lang))
            if etype in ("phdthesis", "mastersthesis") and not bl:
                put("school", inst)
            elif etype in ("techreport", "report", "thesis"):
                put("institution", inst)
            elif etype in ("inproceedings", "proceedings", "manual"):
                put("organization", inst)
            else:
                put("institution" if bl else "organization", inst)
        if work.genre and etype in ("techreport", "report", "thesis", "phdthesis", "mastersthesis"):
            put("type", self.esc(work.genre))
        elif etype == "thesis":
            put("type", "phdthesis")
        # dates
        self.dates(work, put)
        # identifiers
        seen: set[str] = set()
        for ident in work.identifiers:
            scheme = ident.scheme
            if scheme in seen and scheme in ("doi", "isbn", "issn"):
                self.drop(work, scheme, f"second {scheme.upper()} {ident.value} not written")
                continue
            seen.add(scheme)
            if scheme in ("doi", "isbn", "issn"):
                put(scheme, _verbatim(ident.value))
            elif (
                scheme == "eissn"
                and "issn" not in seen
                and not any(i.scheme == "issn" for i in work.identifiers)
            ):
                put("issn", self.esc(ident.value))
                seen.add("issn")
            elif scheme in ("arxiv", "pmid") and "eprint" not in seen:
                seen.add("eprint")
                put("eprint", self.esc(ident.value))
                put("eprinttype" if bl else "archiveprefix",
                    {"arxiv": "arxiv" if bl else "arXiv", "pmid": "pubmed"}[scheme])  # fmt: skip
            else:
                self.drop(work, f"identifiers[{scheme}]", f"no {self.fmt} field for {scheme}")
        if work.url:
            put("url", _verbatim(work.url))
        if work.accessed:  # urldate: biblatex's, and in the BibTeX of Zotero, JabRef, Mendeley
            if work.accessed.year is not None:
                put("urldate", work.accessed.iso())
            elif not bl and work.accessed.literal:
                put("urldate", self.esc(work.accessed.literal))
            else:
                self.drop(work, "accessed", "biblatex's urldate holds a date, not "
                          f"{work.accessed.literal!r}")
        # language, abstract, keywords, notes
        babel = None
        if lang:
            babel = BCP47_TO_LANGID.get(lang) or BCP47_TO_LANGID.get(lang.split("-")[0])
            if babel:
                put("langid" if bl else "language", babel)
            else:
                put("langid" if bl else "language", self.esc(lang))
        self.abstract(work, put)
        if work.keywords:
            group = next((g for g in work.keywords if g.lang == lang), work.keywords[0])
            put("keywords", self.esc(", ".join(group.terms)))
            if any("," in t for t in group.terms):
                self.drop(work, "keywords", "a keyword containing a comma will split", "degraded")
            for g in work.keywords:
                if g is not group:
                    self.drop(
                        work, f"keywords[{g.lang}]", "one keyword list only (the work's language)"
                    )
        if work.notes:
            put("note", self.esc("; ".join(n.value for n in work.notes)))
        for name, why in (("license", "no licence field"), ("available", "no online-first date"),
                          ("references", "references are not kept"),
                          ("sections", "full text is not kept"), ("figures", "figures are not kept"),
                          ("tables", "tables are not kept"),
                          ("acknowledgements", "no acknowledgements field")):  # fmt: skip
            if getattr(work, name):
                self.drop(work, name, why)
        # fields read from BibTeX that no model field holds go back as they were
        names = {n for n, _ in fields}
        for k, v in work.extra.items():
            prefix, _, fname = k.partition(":")
            if prefix not in ("bibtex", "biblatex") or "+" in fname or fname == "entrytype":
                continue
            if not _FIELD_OK.match(fname) or fname.lower() in names or not isinstance(v, str | int):
                continue
            value = str(v)
            # checked as written: the ASCII form can put a brace right after a backslash
            raw = ascii_latex(value) if self.ascii else value
            fields.append((fname, "{" + (raw if _balanced_safe(raw) else self.esc(value)) + "}"))
            names.add(fname.lower())
        from bibtexparser.model import Entry, Field

        # "@(" or "@article{" at the start of a line in a value opens a new block for
        # bibtexparser (and BibTeX): the @ goes in braces there
        return Entry(
            etype, key, [Field(n, _LINE_AT.sub(r"\1{@}", v) if "\n" in v else v) for n, v in fields]
        )

    def dates(self, work: Work, put: Any) -> None:
        d = work.issued
        if d is None:
            return
        if self.biblatex and d.year is not None:
            put("date", d.iso())
            return
        if d.year is None:
            put("year", self.esc(d.literal or ""))
            if not self.biblatex:
                return
            self.drop(work, "issued", "a literal date is written as year", "degraded")
            return
        put("year", str(d.year) if d.end is None else f"{d.year}--{d.end.year}")
        if d.month:
            put("month", _MONTHS[d.month - 1], raw=True)  # the macro, as BibTeX styles expect
        if d.day or d.circa or d.season or (d.end and d.end.year != d.year):
            self.drop(work, "issued", f"BibTeX keeps year and month only of {d.iso()}", "degraded")

    def abstract(self, work: Work, put: Any) -> None:
        if not work.abstracts:
            return
        own = work.abstract_in(work.language) or work.abstracts[0]
        put("abstract", "\n\n".join(self.esc(p) for p in own.paragraphs))
        for a in work.abstracts:
            if a is not own:
                self.drop(work, f"abstracts[{a.lang}]", "one abstract only (the work's language)")


_LINE_AT = re.compile(r"(\n[ \t]*)@")


def _verbatim(value: str) -> str:
    """DOIs and URLs are verbatim fields (no LaTeX escapes); percent-encode what could break."""
    return value.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def first_value(items: list[LangString], lang: str | None) -> str:
    """The value in ``lang`` or the first."""
    return text_in(items, lang) or items[0].value


def _balanced_safe(value: str) -> bool:
    """A raw value read from BibTeX that can go back unescaped."""
    if "{" not in value and "}" not in value:  # nothing to count
        return not value.endswith("\\") and "@" not in value
    depth = 0
    for i, ch in enumerate(value):
        if ch == "{" and (i == 0 or value[i - 1] != "\\"):
            depth += 1
        elif ch == "}" and (i == 0 or value[i - 1] != "\\"):
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and not value.endswith("\\") and "@" not in value


def write_bib(works: list[Work], *, report: Report, fmt: str, ascii_only: bool = False) -> str:
    """The works as one ``.bib`` text; keys are de-duplicated across the batch."""
    from bibtexparser.entrypoint import write_string
    from bibtexparser.library import Library
    from bibtexparser.writer import BibtexFormat

    writer = _Writer(fmt, report, ascii_only)
    lib = Library()
    used: set[str] = set()
    for work in works:
        base = work.id if work.id and _usable_key(work.id) else cite_key(work)
        key = base
        n = 0
        while key.lower() in used:
            n += 1
            key = base + _suffix(n)
        used.add(key.lower())
        lib.add(writer.entry(work, key))
    fmt_ = BibtexFormat()  # type: ignore[no-untyped-call]
    fmt_.indent = "  "
    fmt_.block_separator = "\n"
    text: str = write_string(lib, unparse_stack=[], bibtex_format=fmt_)
    return text


def _suffix(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s
