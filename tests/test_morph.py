"""Russian institution names from the genitive of affiliation lines to the nominative."""

from __future__ import annotations

import pytest

from scholarmeta.morph import ru_nominative


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("Казахского национального университета имени аль-Фараби",
         "Казахский национальный университет имени аль-Фараби"),
        ("Института истории и этнологии", "Институт истории и этнологии"),
        ("Академии наук", "Академия наук"),
        ("Южно-Казахстанского университета им. М. Ауэзова", "Южно-Казахстанский университет им. М. Ауэзова"),
        ("Московского государственного университета", "Московский государственный университет"),
    ],
)
def test_genitive_head_becomes_nominative(genitive: str, nominative: str) -> None:
    assert ru_nominative(genitive) == nominative


@pytest.mark.parametrize("name", ["Карагандинский университет", "КазНУ им. аль-Фараби", "Turan University"])
def test_a_name_already_in_the_nominative_is_unchanged(name: str) -> None:
    assert ru_nominative(name) == name
