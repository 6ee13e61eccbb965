"""BibTeX name lists and name parts (scholarmeta.names)."""

from __future__ import annotations

import pytest

from scholarmeta.names import NameParts, is_others, parse_name, split_names, split_patronymic

SPLIT = [
    ("A and B", ["A", "B"]),
    ("A AND B and\nC", ["A", "B", "C"]),
    ("{Barnes and Noble} and Doe, J.", ["{Barnes and Noble}", "Doe, J."]),
    ("Anderson, A. and Sandy", ["Anderson, A.", "Sandy"]),
    ("A and others", ["A", "others"]),
    ("", []),
]


@pytest.mark.parametrize(("value", "names"), SPLIT)
def test_split_names(value: str, names: list[str]) -> None:
    assert split_names(value) == names


PARSE = [
    ("Donald E. Knuth", NameParts("Donald E.", "", "Knuth", "")),
    ("Knuth, Donald E.", NameParts("Donald E.", "", "Knuth", "")),
    ("Ludwig van Beethoven", NameParts("Ludwig", "van", "Beethoven", "")),
    ("van Beethoven, Ludwig", NameParts("Ludwig", "van", "Beethoven", "")),
    ("Charles Louis Xavier Joseph de la Vallee Poussin",
     NameParts("Charles Louis Xavier Joseph", "de la", "Vallee Poussin", "")),
    ("Ford, Jr., Henry", NameParts("Henry", "", "Ford", "Jr.")),
    ("von Neumann, Jr, John", NameParts("John", "von", "Neumann", "Jr")),
    ("{World Health Organization}", NameParts("", "", "{World Health Organization}", "")),
    ("{\\\"U}nal, Ali", NameParts("Ali", "", "{\\\"U}nal", "")),
    ("Jean {de La} Fontaine", NameParts("Jean {de La}", "", "Fontaine", "")),
    ("Тулекова, Гүлжан Қажымұратқызы", NameParts("Гүлжан Қажымұратқызы", "", "Тулекова", "")),
    ("Plato", NameParts("", "", "Plato", "")),
    ("Brinch~Hansen, Per", NameParts("Per", "", "Brinch Hansen", "")),
    ("Brise\\~no-Garc\\'ia, H.", NameParts("H.", "", "Brise\\~no-Garc\\'ia", "")),
    ("Merle, J., C.", NameParts("C.", "", "Merle", "J.")),
]  # fmt: skip


@pytest.mark.parametrize(("name", "parts"), PARSE)
def test_parse_name(name: str, parts: NameParts) -> None:
    assert parse_name(name) == parts


@pytest.mark.parametrize(("name", "expected"), [("others", True), ("Others ", True), ("Other", False)])
def test_is_others(name: str, expected: bool) -> None:
    assert is_others(name) is expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Гүлжан Қажымұратқызы", ("Гүлжан", "Қажымұратқызы")), ("Иван Иванович", ("Иван", "Иванович")),
     ("Bolat Serikuly", ("Bolat", "Serikuly")), ("Mary Ann", ("Mary Ann", None)),
     ("И. Ильич", ("И. Ильич", None)), (None, (None, None)), ("Ильич", ("Ильич", None))],
)  # fmt: skip
def test_split_patronymic(given: str | None, expected: tuple[str | None, str | None]) -> None:
    assert split_patronymic(given) == expected
