"""The central document model: a scholarly ``Work`` and its parts. No format knowledge here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    field_validator,
    model_validator,
)

from .dates import PartialDate
from .identifiers import IdentifierScheme, normalize_identifier, normalize_orcid, normalize_url

__all__ = [
    "ROLES",
    "WORK_TYPES",
    "Abstract",
    "Affiliation",
    "Contributor",
    "Figure",
    "Identifier",
    "KeywordGroup",
    "LangString",
    "PersonName",
    "Reference",
    "Role",
    "Section",
    "Table",
    "Work",
    "WorkType",
    "first_text",
    "text_in",
]

_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


_CANONICAL_LANGS: dict[str, str] = {}  # tag as given -> canonical: a few dozen in practice


def _check_lang(value: str | None) -> str | None:
    """BCP-47 tag, canonical case: language lower, script title, region upper."""
    if value is None:
        return None
    known = _CANONICAL_LANGS.get(value)
    if known is not None:
        return known
    canonical = _canonical_lang(value)
    if canonical is not None and len(_CANONICAL_LANGS) < 1024 and type(value) is str:
        _CANONICAL_LANGS[value] = canonical
    return canonical


def _canonical_lang(value: str) -> str | None:
    v = value.strip().replace("_", "-")
    if not v:
        return None
    if not _LANG_RE.match(v):
        raise ValueError(f"not a BCP-47 language tag: {value!r}")
    parts = v.split("-")
    out = [parts[0].lower()]
    for p in parts[1:]:
        if len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif len(p) == 2 and p.isalpha():
            out.append(p.upper())
        else:
            out.append(p.lower())
    return "-".join(out)


Lang = Annotated[str | None, AfterValidator(_check_lang)]
"""A BCP-47 tag (``kk``, ``ru``, ``en``, ``kk-Latn``) or ``None`` when unknown."""

_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_assignment=True)

WorkType = Literal[
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
    "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
]  # fmt: skip
"""Work types: the CSL 1.0.2 vocabulary, which every format maps to and from."""
WORK_TYPES: tuple[str, ...] = WorkType.__args__  # type: ignore[attr-defined]

Role = Literal[
    "author", "editor", "supervisor", "translator", "reviewer", "contributor", "collection-editor",
    "container-author", "compiler", "chair", "organizer", "editorial-director", "illustrator",
    "interviewer", "recipient", "composer", "director", "original-author", "curator", "guest",
    "host", "narrator", "performer", "producer", "executive-producer", "script-writer",
    "series-creator", "other",
]  # fmt: skip
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]


class LangString(BaseModel):
    """A human-readable text and the language it is written in.

    >>> LangString(value="Алматы", lang="kk")
    LangString(value='Алматы', lang='kk')
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    value: str = Field(min_length=1)
    lang: Lang = None


def text_in(items: Iterable[LangString], lang: str | None) -> str | None:
    """The text in ``lang`` (matching the primary subtag), else ``None``.

    >>> text_in([LangString(value="a", lang="en"), LangString(value="b", lang="kk")], "kk")
    'b'
    """
    if lang is None:
        return None
    primary = lang.split("-")[0]
    for s in items:
        if s.lang == lang:
            return s.value
    for s in items:
        if s.lang and s.lang.split("-")[0] == primary:
            return s.value
    return None


def first_text(items: Iterable[LangString], lang: str | None = None) -> str | None:
    """The text in ``lang`` if present, else the first one.

    >>> first_text([LangString(value="a", lang="en")], "kk")
    'a'
    """
    items = list(items)
    return text_in(items, lang) or (items[0].value if items else None)


class Identifier(BaseModel):
    """A normalised, validated identifier. An ISBN keeps the length the source gave (an
    ISBN-10 is not turned into its ISBN-13), canonically hyphenated.

    >>> Identifier(scheme="doi", value="https://doi.org/10.1000/182").value
    '10.1000/182'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    scheme: IdentifierScheme
    value: str
    label: str | None = Field(default=None, description="name of an 'other' scheme, e.g. 'elibrary'")

    @model_validator(mode="after")
    def _normalise(self) -> Identifier:
        object.__setattr__(self, "value", normalize_identifier(self.scheme, self.value))
        return self


class PersonName(BaseModel):
    """One written form of a person's name. ``literal`` holds a name that cannot be split.

    >>> PersonName(family="Тулекова", given="Гүлжан", patronymic="Қажымұратқызы", lang="kk").display()
    'Тулекова Гүлжан Қажымұратқызы'
    """

    model_config = _STRICT

    family: str | None = None
    given: str | None = None
    patronymic: str | None = None
    particle: str | None = Field(default=None, description="'von', 'de la' …")
    dropping_particle: str | None = Field(
        default=None, description="CSL's dropping particle: the 'van' of 'Ludwig van Beethoven', "
        "which goes after the given names when the family name leads ('Beethoven, Ludwig van')",
    )
    suffix: str | None = Field(default=None, description="'Jr.', 'III' …")
    literal: str | None = None
    lang: Lang = None

    @model_validator(mode="after")
    def _not_empty(self) -> PersonName:
        if not (self.family or self.given or self.literal):
            raise ValueError("a name needs a family name, a given name or a literal")
        return self

    def given_full(self) -> str | None:
        """Given name with the patronymic, as CSL and BibTeX want it."""
        parts = [p for p in (self.given, self.patronymic) if p]
        return " ".join(parts) or None

    def particles(self) -> str | None:
        """Every particle before the family name, as one (``'de la'`` of "Gérard de la
        Martinière"), for formats with one particle or none."""
        return " ".join(p for p in (self.dropping_particle, self.particle) if p) or None

    def display(self) -> str:
        """Family-first display form."""
        if self.literal:
            return self.literal
        parts = [self.particle, self.family, self.given, self.patronymic, self.dropping_particle]
        s = " ".join(p for p in parts if p)
        return f"{s}, {self.suffix}" if self.suffix else s


class Affiliation(BaseModel):
    """Where a contributor works or studies; each part may have variants in several languages.

    ``raw`` keeps the affiliation lines as the source wrote them.
    """

    model_config = _STRICT

    institution: list[LangString] = Field(default_factory=list)
    department: list[LangString] = Field(default_factory=list)
    city: list[LangString] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code")
    address: list[LangString] = Field(default_factory=list)
    raw: list[LangString] = Field(default_factory=list)
    id: str | None = Field(default=None, description="source's id (JATS aff/@id)")
    ror: str | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", v):
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code: {v!r}")
        return v


def _default_roles() -> list[Role]:
    return ["author"]


class Contributor(BaseModel):
    """A person or an organisation with roles in a work.

    >>> c = Contributor(name=PersonName(family="Doe", given="Jane"), roles=["author"])
    >>> c.is_person
    True
    """

    model_config = _STRICT

    kind: Literal["person", "organization"] = "person"
    name: PersonName | None = None
    organization: list[LangString] = Field(default_factory=list, description="organisation name")
    alternative_names: list[PersonName] = Field(
        default_factory=list, description="romanised or other-language forms"
    )
    roles: list[Role] = Field(default_factory=_default_roles)
    degrees: list[LangString] = Field(default_factory=list)
    positions: list[LangString] = Field(default_factory=list)
    affiliations: list[Affiliation] = Field(default_factory=list)
    orcid: str | None = None
    email: str | None = None
    url: str | None = Field(default=None, description="profile page")
    corresponding: bool = False

    @field_validator("orcid")
    @classmethod
    def _orcid(cls, v: str | None) -> str | None:
        return None if v is None else normalize_orcid(v)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        return None if v is None else normalize_url(v)

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip().removeprefix("mailto:")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError(f"not an e-mail address: {v!r}")
        return v

    @model_validator(mode="after")
    def _named(self) -> Contributor:
        if self.name is None and not self.organization:
            raise ValueError("a contributor needs a name or an organisation name")
        return self

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    def display(self) -> str:
        """The name as one string."""
        if self.name is not None:
            return self.name.display()
        return self.organization[0].value


class Abstract(BaseModel):
    """An abstract in one language, as paragraphs."""

    model_config = _STRICT

    lang: Lang = None
    paragraphs: list[str] = Field(min_length=1)
    title: str | None = Field(default=None, description="the label the source gave it")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


class KeywordGroup(BaseModel):
    """Keywords in one language, in order, without duplicates."""

    model_config = _STRICT

    lang: Lang = None
    terms: list[str] = Field(min_length=1)
    vocabulary: str | None = Field(default=None, description="e.g. 'MeSH', 'UDC'")


class Figure(BaseModel):
    """A figure with its label, caption and image location."""

    model_config = _STRICT

    id: str | None = None
    label: str | None = None
    caption: list[LangString] = Field(default_factory=list)
    href: str | None = None
    alt: str | None = None


class Table(BaseModel):
    """A table with its label and caption; its cells as text, row by row, the first
    ``header_rows`` rows being headings. Cell spans are not kept.

    >>> Table(label="Table 1", rows=[["Year", "n"], ["2024", "70"]], header_rows=1).rows[1]
    ['2024', '70']
    """

    model_config = _STRICT

    id: str | None = None
    label: str | None = None
    caption: list[LangString] = Field(default_factory=list)
    header_rows: int = Field(default=0, ge=0)
    rows: list[list[str]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _headers_within_rows(self) -> Table:
        if self.header_rows > len(self.rows):
            raise ValueError(f"header_rows ({self.header_rows}) exceeds the {len(self.rows)} rows")
        return self


class Section(BaseModel):
    """A body section: a title, paragraphs, figures, tables and subsections, in order of the
    source."""

    model_config = _STRICT

    title: str | None = None
    label: str | None = Field(default=None, description="'I.', '2.' …")
    lang: Lang = None
    paragraphs: list[str] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)


class Reference(BaseModel):
    """One entry of a reference list: the raw string, always kept when the source had one,
    and the structured fields (as a ``Work``) when known.

    >>> Reference(raw="Doe J. Title. 2020.").raw
    'Doe J. Title. 2020.'
    """

    model_config = _STRICT

    id: str | None = None
    label: str | None = Field(default=None, description="citation number or label")
    raw: str | None = None
    lang: Lang = None
    work: Work | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Reference:
        if self.raw is None and self.work is None:
            raise ValueError("a reference needs a raw string or structured fields")
        return self

    def as_work(self, n: int | None = None) -> Work:
        """The reference as a ``Work`` of its own: the structured fields when they say what the
        work is (a title, a contributor or a container), else a ``document`` titled with the raw
        string, so every writer and citation style still shows the reference whole. Either way
        ``extra["reference:raw"]`` keeps the raw string.

        >>> ref = Reference(raw="Some report.", label="6")
        >>> w = ref.as_work(); w.id, w.type, w.title
        ('ref-6', 'document', 'Some report.')
        """
        ident = self.id or (f"ref-{self.label}" if self.label else f"ref-{n}" if n else None)
        w = self.work
        if w is not None and (w.titles or w.contributors or w.container_titles):
            upd: dict[str, object] = {}
            if w.id is None and ident:
                upd["id"] = ident
            if self.raw and "reference:raw" not in w.extra:
                upd["extra"] = {**w.extra, "reference:raw": self.raw}
            return w.model_copy(update=upd) if upd else w
        lang = self.lang or (w.language if w is not None else None)
        return Work(
            id=ident,
            type="document",
            language=lang,
            titles=[LangString(value=self.raw, lang=lang)] if self.raw else [],
            extra={"reference:raw": self.raw} if self.raw else {},
        )


class Work(BaseModel):
    """A scholarly work. Text fields are lists of ``LangString`` so every language is kept;
    the first item is the work's own language unless a ``lang`` says otherwise.

    Titles have three levels: the work's own (``titles``), its container's (``container_titles``:
    journal, book, proceedings) and, for a volume of a multi-volume work, the whole work's
    (``main_titles``). A chapter of volume 5 of *Kants Werke* has the chapter as title, the
    volume as container and *Kants Werke* as main title; a book that is itself volume 5 has its
    own title, no container, and the main title.

    >>> w = Work(type="article-journal", language="kk", titles=[LangString(value="Тақырып", lang="kk")])
    >>> w.title
    'Тақырып'
    """

    model_config = _STRICT

    id: str | None = Field(default=None, description="citation key or record id")
    type: WorkType = "article-journal"
    genre: str | None = None
    language: Lang = None
    titles: list[LangString] = Field(default_factory=list)
    subtitles: list[LangString] = Field(default_factory=list)
    short_titles: list[LangString] = Field(default_factory=list)
    abstracts: list[Abstract] = Field(default_factory=list)
    keywords: list[KeywordGroup] = Field(default_factory=list)
    contributors: list[Contributor] = Field(default_factory=list)

    container_titles: list[LangString] = Field(default_factory=list, description="journal, book, proceedings")
    container_short_title: str | None = None
    container_subtitles: list[LangString] = Field(
        default_factory=list, description="subtitle of the container (biblatex booksubtitle)"
    )
    container_title_addon: str | None = Field(
        default=None, description="annex printed after the container title (biblatex booktitleaddon)"
    )
    main_titles: list[LangString] = Field(
        default_factory=list,
        description="title of the multi-volume work that this work, or its container, is one "
        "volume of (biblatex maintitle)",
    )
    main_subtitles: list[LangString] = Field(default_factory=list, description="subtitle of the main title")
    main_title_addon: str | None = Field(default=None, description="annex printed after the main title")
    collection_titles: list[LangString] = Field(default_factory=list, description="series")
    collection_number: str | None = None
    event_title: str | None = None
    event_place: str | None = None
    event_date: PartialDate | None = None
    volume: str | None = None
    issue: str | None = None
    number: str | None = Field(default=None, description="report / patent / standard number")
    page: str | None = Field(default=None, description="page range as written, '9–46' or '163'")
    article_number: str | None = None
    number_of_pages: str | None = None
    number_of_volumes: str | None = None
    edition: str | None = None
    publisher: list[LangString] = Field(default_factory=list)
    publisher_place: list[LangString] = Field(default_factory=list)
    institution: list[LangString] = Field(default_factory=list, description="degree-granting or issuing body")

    issued: PartialDate | None = None
    accessed: PartialDate | None = None
    available: PartialDate | None = Field(default=None, description="online first")

    identifiers: list[Identifier] = Field(default_factory=list)
    url: str | None = None
    license: str | None = None
    notes: list[LangString] = Field(default_factory=list)
    acknowledgements: list[LangString] = Field(
        default_factory=list, description="acknowledgement paragraphs, each with its language"
    )

    references: list[Reference] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)

    extra: dict[str, JsonValue] = Field(
        default_factory=dict,
        description="fields no other field holds, keyed '<format>:<field>' (e.g. 'bibtex:timestamp')",
    )

    @field_validator("url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        return None if v is None else normalize_url(v)

    # -- convenience accessors -------------------------------------------------------------
    @property
    def title(self) -> str | None:
        """The title in the work's language, else the first one."""
        return first_text(self.titles, self.language)

    @property
    def container_title(self) -> str | None:
        return first_text(self.container_titles, self.language)

    def identifier(self, scheme: str) -> str | None:
        """The first identifier of a scheme.

        >>> Work(identifiers=[Identifier(scheme="doi", value="10.1234/x")]).identifier("doi")
        '10.1234/x'
        """
        for i in self.identifiers:
            if i.scheme == scheme:
                return i.value
        return None

    @property
    def doi(self) -> str | None:
        return self.identifier("doi")

    def contributors_with(self, role: str) -> list[Contributor]:
        """Contributors having ``role``, in order."""
        return [c for c in self.contributors if role in c.roles]

    @property
    def authors(self) -> list[Contributor]:
        return self.contributors_with("author")

    def abstract_in(self, lang: str | None) -> Abstract | None:
        for a in self.abstracts:
            if a.lang == lang:
                return a
        return None

    def keywords_in(self, lang: str | None) -> list[str]:
        for g in self.keywords:
            if g.lang == lang:
                return g.terms
        return []


Reference.model_rebuild()
Section.model_rebuild()
