"""Hypothesis strategies for valid ``Work`` objects, and a fixed Kazakh conference paper.

Text mixes Latin, Cyrillic (with the Kazakh letters) and the characters formats escape
(braces, @ % # \\ & < > quotes); control, format and private-use characters are left out since
the model strips or forbids them. Identifiers are valid: check digits are computed.
"""

from __future__ import annotations

import string
from typing import Any

from hypothesis import strategies as st

from scholarmeta.model import (
    ROLES,
    WORK_TYPES,
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

__all__ = [
    "dois",
    "isbns",
    "issns",
    "kazakh_conference_paper",
    "orcids",
    "partial_dates",
    "texts",
    "works",
]

_KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"
_SPECIAL = "{}@%#\\&<>\"'$_^~.,;:!?()[]/-–"
_ALPHABET = string.ascii_letters + string.digits + _CYRILLIC + _KAZAKH + _SPECIAL

_word = st.one_of(
    st.text(alphabet=_ALPHABET, min_size=1, max_size=10),
    st.text(
        alphabet=st.characters(categories=("L", "N", "P", "S"), exclude_characters="\x85\ufeff"),
        min_size=1,
        max_size=6,
    ),
)
texts = st.lists(_word, min_size=1, max_size=6).map(" ".join)
"""Non-empty single-spaced text (what the model keeps after stripping)."""

_langs = st.sampled_from(["kk", "ru", "en", None])
_name_word = st.text(alphabet=string.ascii_letters + _CYRILLIC + _KAZAKH, min_size=1, max_size=10)


def _check_isbn13(digits12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits12))
    return digits12 + str((10 - total % 10) % 10)


isbns = st.text(alphabet=string.digits, min_size=9, max_size=9).map(lambda d: _check_isbn13("978" + d))
"""Valid ISBN-13 strings."""


def _issn(digits7: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits7, range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{digits7[:4]}-{digits7[4:]}{'X' if check == 10 else check}"


issns = st.text(alphabet=string.digits, min_size=7, max_size=7).map(_issn)
"""Valid ISSN strings."""


def _orcid(digits15: str) -> str:
    total = 0
    for d in digits15:
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    full = digits15 + ("X" if check == 10 else str(check))
    return "-".join(full[i : i + 4] for i in range(0, 16, 4))


orcids = st.text(alphabet=string.digits, min_size=15, max_size=15).map(_orcid)
"""Valid ORCID iDs (ISO 7064 11,2 check character)."""

dois = st.builds(
    lambda p, s: f"10.{p}/{s}",
    st.integers(1000, 99999),
    st.text(alphabet=string.ascii_letters + string.digits + "._-", min_size=1, max_size=12).filter(
        lambda s: s[-1] not in "._-"
    ),
)
"""DOIs in normalised form."""


@st.composite
def partial_dates(draw: st.DrawFn, allow_range: bool = True) -> PartialDate:
    """Years, year-months, full days, seasons, circa, ranges or literals."""
    kind = draw(st.sampled_from(["y", "ym", "ymd", "season", "literal", "range"]))
    year = draw(st.integers(1000, 2100))
    if kind == "literal":
        return PartialDate(literal=draw(texts))
    if kind == "season":
        return PartialDate(year=year, season=draw(st.integers(1, 4)))
    month = draw(st.integers(1, 12)) if kind in ("ym", "ymd") else None
    day = draw(st.integers(1, 28)) if kind == "ymd" else None
    end = None
    if kind == "range" and allow_range:
        end = PartialDate(year=year + draw(st.integers(0, 3)))
    return PartialDate(year=year, month=month, day=day, circa=draw(st.booleans()), end=end)


@st.composite
def _lang_strings(draw: st.DrawFn, max_size: int = 2) -> list[LangString]:
    return draw(st.lists(st.builds(LangString, value=texts, lang=_langs), max_size=max_size))


@st.composite
def _person(draw: st.DrawFn) -> PersonName:
    if draw(st.integers(0, 9)) == 0:
        return PersonName(literal=draw(texts))
    return PersonName(
        family=draw(_name_word),
        given=draw(st.none() | _name_word),
        patronymic=draw(st.none() | _name_word),
        particle=draw(st.none() | st.sampled_from(["van", "de la", "von"])),
        suffix=draw(st.none() | st.sampled_from(["Jr.", "III"])),
        lang=draw(_langs),
    )


@st.composite
def _table(draw: st.DrawFn) -> Table:
    rows = draw(st.lists(st.lists(st.one_of(st.just(""), texts), min_size=1, max_size=3),
                         max_size=3))  # fmt: skip
    return Table(label=draw(st.none() | texts), caption=draw(_lang_strings(1)), rows=rows,
                 header_rows=draw(st.integers(0, len(rows))))  # fmt: skip


@st.composite
def _contributor(draw: st.DrawFn) -> Contributor:
    roles = draw(st.lists(st.sampled_from(ROLES), min_size=1, max_size=2, unique=True))
    affs = draw(st.lists(st.builds(Affiliation, institution=_lang_strings(1),
                                   country=st.none() | st.sampled_from(["KZ", "RU", "US"])),
                         max_size=1))
    if draw(st.integers(0, 5)) == 0:
        return Contributor(kind="organization", organization=[LangString(value=draw(texts),
                                                                         lang=draw(_langs))],
                           roles=roles)
    return Contributor(
        name=draw(_person()),
        alternative_names=draw(st.lists(_person(), max_size=1)),
        positions=draw(_lang_strings(1)),
        roles=roles,
        affiliations=affs,
        orcid=draw(st.none() | orcids),
        email=draw(st.none() | st.just("a.b@example.kz")),
        degrees=draw(_lang_strings(1)),
        corresponding=draw(st.booleans()),
    )


@st.composite
def _identifiers(draw: st.DrawFn) -> list[Identifier]:
    out = []
    for scheme, strat in (("doi", dois), ("isbn", isbns), ("issn", issns), ("eissn", issns),
                          ("pmid", st.integers(1, 10**8).map(str))):
        if draw(st.booleans()):
            ident = Identifier(scheme=scheme, value=draw(strat))  # type: ignore[arg-type]
            if ident not in out:
                out.append(ident)
    return out


_simple = st.none() | st.text(alphabet=string.digits + "IVXivx-–", min_size=1, max_size=6).filter(
    lambda s: s.strip() != ""
)


@st.composite
def _reference(draw: st.DrawFn, depth: int) -> Reference:
    work = draw(works(depth=depth + 1)) if depth < 1 and draw(st.booleans()) else None
    raw = draw(texts) if work is None or draw(st.booleans()) else None
    return Reference(raw=raw, work=work, label=draw(st.none() | st.integers(1, 99).map(str)),
                     lang=draw(_langs))


@st.composite
def works(draw: st.DrawFn, depth: int = 0) -> Work:
    """Valid ``Work`` objects with every kind of field filled now and then."""
    fields: dict[str, Any] = {
        "id": draw(st.none() | st.text(alphabet=string.ascii_letters + string.digits + "_:-",
                                       min_size=1, max_size=12)),
        "type": draw(st.sampled_from(WORK_TYPES)),
        "language": draw(_langs),
        "titles": draw(_lang_strings()),
        "subtitles": draw(_lang_strings(1)),
        "abstracts": draw(st.lists(st.builds(Abstract, lang=_langs,
                                             paragraphs=st.lists(texts, min_size=1, max_size=2)),
                                   max_size=2)),
        "keywords": draw(st.lists(st.builds(KeywordGroup, lang=_langs,
                                            terms=st.lists(texts, min_size=1, max_size=3,
                                                           unique=True)), max_size=2)),
        "contributors": draw(st.lists(_contributor(), max_size=3)),
        "container_titles": draw(_lang_strings(1)),
        "volume": draw(_simple),
        "issue": draw(_simple),
        "page": draw(st.none() | st.sampled_from(["9–46", "163", "e123", "5-7"])),
        "publisher": draw(_lang_strings(1)),
        "publisher_place": draw(_lang_strings(1)),
        "issued": draw(st.none() | partial_dates()),
        "accessed": draw(st.none() | partial_dates(allow_range=False)),
        "identifiers": draw(_identifiers()),
        "url": draw(st.none() | _name_word.map(lambda w: f"https://example.org/{w}")),
        "notes": draw(_lang_strings(1)),
        "short_titles": draw(_lang_strings(1)),
        "collection_titles": draw(_lang_strings(1)),
        "collection_number": draw(_simple),
        "container_short_title": draw(st.none() | texts),
        "event_title": draw(st.none() | texts),
        "event_place": draw(st.none() | texts),
        "event_date": draw(st.none() | partial_dates(allow_range=False)),
        "number": draw(_simple),
        "article_number": draw(_simple),
        "number_of_pages": draw(_simple),
        "edition": draw(_simple),
        "genre": draw(st.none() | texts),
        "institution": draw(_lang_strings(1)),
        "available": draw(st.none() | partial_dates(allow_range=False)),
        "license": draw(st.none() | st.just("CC BY 4.0")),
        "sections": draw(st.lists(st.builds(Section, title=st.none() | texts, lang=_langs,
                                            paragraphs=st.lists(texts, max_size=2),
                                            tables=st.lists(_table(), max_size=1)),
                                  max_size=1)),
        "figures": draw(st.lists(st.builds(Figure, label=st.none() | texts,
                                           caption=_lang_strings(1)), max_size=1)),
        "extra": draw(st.dictionaries(st.sampled_from(["bibtex:timestamp", "x:y"]), texts,
                                      max_size=1)),
    }
    if depth == 0:
        fields["references"] = draw(st.lists(_reference(depth), max_size=2))
    return Work.model_validate(fields)


def kazakh_conference_paper() -> Work:
    """A Kazakh conference paper with a supervisor, kk/en titles, abstracts and keywords,
    an affiliation, a DOI and references (text written for these tests)."""
    aff = Affiliation(
        institution=[LangString(value="Әл-Фараби атындағы Қазақ ұлттық университеті", lang="kk"),
                     LangString(value="Al-Farabi Kazakh National University", lang="en")],
        city=[LangString(value="Алматы", lang="kk")],
        country="KZ",
    )
    return Work(
        id="tulegenova2023",
        type="paper-conference",
        language="kk",
        titles=[LangString(value="Қазақ тіліндегі ғылыми мәтіндердің метадеректері", lang="kk"),
                LangString(value="Metadata of scientific texts in the Kazakh language", lang="en")],
        abstracts=[
            Abstract(lang="kk", paragraphs=["Мақалада ғылыми мақалалардың метадеректерін "
                                            "стандартты пішімдерге түрлендіру қарастырылады."]),
            Abstract(lang="en", paragraphs=["The paper considers converting the metadata of "
                                            "scholarly articles into standard formats."]),
        ],
        keywords=[KeywordGroup(lang="kk", terms=["метадеректер", "қазақ тілі", "библиография"]),
                  KeywordGroup(lang="en", terms=["metadata", "Kazakh language", "bibliography"])],
        contributors=[
            Contributor(name=PersonName(family="Төлегенова", given="Айгүл",
                                        patronymic="Серікқызы", lang="kk"),
                        roles=["author"], affiliations=[aff], orcid="0000-0002-1825-0097",
                        email="aigul@example.kz", corresponding=True),
            Contributor(name=PersonName(family="Омаров", given="Ержан", lang="kk"),
                        roles=["supervisor"], affiliations=[aff],
                        degrees=[LangString(value="PhD", lang="en")]),
        ],
        container_titles=[LangString(value="Жас ғалымдар конференциясының материалдары",
                                     lang="kk")],
        event_title="Жас ғалымдар конференциясы",
        event_place="Алматы",
        publisher=[LangString(value="Қазақ университеті", lang="kk")],
        publisher_place=[LangString(value="Алматы", lang="kk")],
        page="112–118",
        issued=PartialDate(year=2023, month=4, day=12),
        identifiers=[Identifier(scheme="doi", value="10.1234/kaznu.2023.15"),
                     Identifier(scheme="isbn", value="978-601-04-0000-9")],
        url="https://example.kz/conf/2023/15",
        references=[
            Reference(label="1", raw="Иванов И.И. Библиографические стандарты. М.: Наука, 2015."),
            Reference(label="2", work=Work(type="book",
                                           titles=[LangString(value="Metadata basics", lang="en")],
                                           contributors=[Contributor(name=PersonName(
                                               family="Doe", given="Jane"))],
                                           issued=PartialDate(year=2019))),
        ],
    )
