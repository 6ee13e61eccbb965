"""Reference parser rule stage: non-name fields (publisher and place, links, series, edition
and genre) from labelled tokens, one behaviour per test."""

from __future__ import annotations

import pytest

from scholarmeta.refparse._features import tokenize
from scholarmeta.refparse._fields import fields_from_labels


def _labelled(parts: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    raw = " ".join(text for _, text in parts)
    labels = [lab for lab, text in parts for _ in tokenize(text)]
    return raw, tokenize(raw), labels


_HEAD = [("author", "Doe, J."), ("title", "A Book Title,")]


@pytest.mark.parametrize(
    ("place_run", "place", "publisher"),
    [
        ("Paris, Seuil,", "Paris", "Seuil"),  # the place, then the publisher
        ("New York, NY: Guilford.", "New York, NY", "Guilford"),
        ("Ellipses, Paris,", "Paris", "Ellipses"),  # the publisher, then the place
        ("Prentice Hall, Upper Saddle River, NJ,", "Upper Saddle River, NJ", "Prentice Hall"),
        ("Touchstone Pictures, Burbank, Calif.,", "Burbank, Calif", "Touchstone Pictures"),
    ],
)
def test_place_run_holding_the_publisher_is_split(
    place_run: str, place: str, publisher: str
) -> None:
    raw, toks, labels = _labelled([*_HEAD, ("location", place_run), ("date", "2001.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher-place"], f.get("publisher")) == (place, publisher)


@pytest.mark.parametrize(
    "place_run",
    [
        "Paris, France,",
        "Lawrence, Kansas, USA,",
        "Washington, D. C.,",
        "Amsterdam, The Netherlands,",
        "Chicago, Il,",
        "Boston, Mass.,",
        "Reno, Nevada, US,",
    ],
)
def test_place_run_that_is_all_place_stays_whole(place_run: str) -> None:
    raw, toks, labels = _labelled([*_HEAD, ("location", place_run), ("date", "2001.")])
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher-place"], f.get("publisher")) == (place_run.rstrip(".,"), None)


def test_place_run_is_not_split_beside_a_publisher_run() -> None:
    raw, toks, labels = _labelled(
        [*_HEAD, ("location", "Paris, Seuil,"), ("publisher", "Gallimard,"), ("date", "2001.")]
    )
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher-place"], f["publisher"]) == ("Paris, Seuil", "Gallimard")
