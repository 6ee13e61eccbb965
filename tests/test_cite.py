"""Formatted citations (:func:`scholarmeta.cite.cite`, through citeproc-py)."""

from __future__ import annotations

import pytest

from scholarmeta.cite import cite
from scholarmeta.errors import UnknownFormatError
from scholarmeta.model import (
    Contributor,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Work,
)

STYLES = ["apa", "mla", "chicago", "harvard", "ieee", "vancouver", "gost"]


def _en(text: str) -> list[LangString]:
    return [LangString(value=text, lang="en")]


AUTHORED = Work(id="doe", type="book", titles=_en("Deep rivers"), issued=PartialDate(year=2019),
                contributors=[Contributor(name=PersonName(family="Doe", given="Jane"))],
                publisher=_en("Routledge"))  # fmt: skip
EDITED = Work(id="roe", type="book", titles=_en("Edited volume"), issued=PartialDate(year=2018),
              contributors=[Contributor(name=PersonName(family="Roe", given="Ann"),
                                        roles=["editor"])],
              publisher=_en("Springer"))  # fmt: skip
ANONYMOUS = Work(id="anon", type="book", titles=_en("Nameless annals"),
                 issued=PartialDate(year=2017), publisher=_en("Springer"))  # fmt: skip
KAZAKH = Work(id="kk", type="book", language="kk",
              titles=[LangString(value="Қазақ тарихы", lang="kk")], issued=PartialDate(year=2020),
              contributors=[Contributor(name=PersonName(family="Әбілов", given="Қ."))])  # fmt: skip


@pytest.mark.parametrize("style", STYLES)
def test_entry_names_author_title_and_year(style: str) -> None:
    out = cite(AUTHORED, style)
    assert "Doe" in out and "2019" in out and "deep rivers" in out.lower()


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "harvard"])
def test_substituted_title_is_not_printed_twice(style: str) -> None:
    assert cite(ANONYMOUS, style).lower().count("nameless annals") == 1


@pytest.mark.parametrize("style", ["apa", "mla", "harvard"])
def test_substituted_editor_is_not_printed_twice(style: str) -> None:
    assert cite(EDITED, style).count("Roe") == 1


def test_editor_after_an_author_still_printed() -> None:
    both = AUTHORED.model_copy(update={"contributors": [*AUTHORED.contributors,
                                                        *EDITED.contributors]})  # fmt: skip
    out = cite(both, "apa")
    assert "Doe" in out and "Roe" in out


def test_numbered_label_is_spaced() -> None:
    assert cite(AUTHORED, "ieee").startswith("[1] ")


def test_kazakh_entry_keeps_its_script() -> None:
    assert "Қазақ тарихы" in cite(KAZAKH, "gost") and "Әбілов" in cite(KAZAKH, "gost")


def test_citation_mode_gives_in_text_citations() -> None:
    assert cite([AUTHORED, EDITED], "apa", mode="citation").splitlines() == ["(Doe, 2019)",
                                                                            "(Roe, 2018)"]


def test_html_output_marks_up_the_title() -> None:
    assert "<i>Deep rivers</i>" in cite(AUTHORED, "apa", output="html")


def test_unparsed_reference_prints_whole() -> None:
    raw = "Reports of international organisations on the region."
    assert cite(Reference(raw=raw, label="6").as_work(), "gost").endswith(raw)


def test_unknown_style_is_a_typed_error() -> None:
    with pytest.raises(UnknownFormatError, match="no-such-style"):
        cite(AUTHORED, "no-such-style")


def test_no_works_give_no_text() -> None:
    assert cite([], "apa") == ""
