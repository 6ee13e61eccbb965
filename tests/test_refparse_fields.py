"""Reference parser rule stage: non-name fields (publisher and place, links, series, edition
and genre) from labelled tokens, one behaviour per test."""

from __future__ import annotations

import pytest

from scholarmeta.refparse._features import tokenize
from scholarmeta.refparse._fields import fields_from_labels


def _labelled(parts: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    raw = ""  # a part opening with a mark is glued to the part before ("Univ" ". Press")
    for _, text in parts:
        raw += ("" if not raw or text[:1] in ".,;:" else " ") + text
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


@pytest.mark.parametrize(
    ("before", "run", "publisher"),
    [
        (("journal", "Textual Criticism. Oxford"), "University Press,", "Oxford University Press"),
        (("location", "Moscow State"), "University Publishing House,",
         "Moscow State University Publishing House"),
        (("location", "Cambridge Univ"), ". Press,", "Cambridge Univ. Press"),
        (("title", "Schiff’s Diseases. Lippincott-Raven"), "Publishers,",
         "Lippincott-Raven Publishers"),
    ],
)  # fmt: skip
def test_publisher_run_opening_with_university_or_press_takes_the_name_before_it(
    before: tuple[str, str], run: str, publisher: str
) -> None:
    raw, toks, labels = _labelled([("author", "Doe, J."), before, ("publisher", run),
                                   ("date", "1958.")])  # fmt: skip
    assert fields_from_labels(raw, toks, labels)["publisher"] == publisher


def test_publisher_head_stops_at_a_mark() -> None:
    raw, toks, labels = _labelled(
        [("author", "Doe, J."), ("title", "Textual Criticism."), ("location", "Oxford:"),
         ("publisher", "University Press,"), ("date", "1958.")]
    )  # fmt: skip
    f = fields_from_labels(raw, toks, labels)
    assert (f["publisher"], f["publisher-place"]) == ("University Press", "Oxford")
