"""The models: identifiers normalised and validated, dates partial, languages BCP-47, schema fresh."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from scholarmeta.model import (
    Contributor,
    Identifier,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Work,
)
from scholarmeta.model.schema import SCHEMA_FILE, render
from support import ROOT


@pytest.mark.parametrize(
    ("scheme", "raw", "expected"),
    [
        ("doi", "https://doi.org/10.1000/ABC.1.", "10.1000/ABC.1"),
        ("doi", "doi:10.1016/j.cell.2009.01.002", "10.1016/j.cell.2009.01.002"),
        ("doi", "https://dx.doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
         "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"),
        ("isbn", "0-306-40615-2", "0-306-40615-2"),
        ("isbn", "ISBN-13: 9780306406157", "978-0-306-40615-7"),
        ("isbn", "ISBN 978-5-02-038262-6", "978-5-02-038262-6"),
        ("issn", "0378-5955", "0378-5955"),
        ("issn", "2049 3630", "2049-3630"),
        ("orcid", "https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("orcid", "0000-0002-1694-233x", "0000-0002-1694-233X"),
        ("url", "HTTPS://Example.ORG/Path?q=1", "https://example.org/Path?q=1"),
        ("pmcid", "PMC12345", "PMC12345"),
        ("arxiv", "arXiv:2101.00001v2", "2101.00001v2"),
    ],
)
def test_identifier_is_normalised(scheme: str, raw: str, expected: str) -> None:
    assert Identifier(scheme=scheme, value=raw).value == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("scheme", "raw"),
    [("isbn", "0-306-40615-3"), ("issn", "0378-5956"), ("orcid", "0000-0002-1825-0098"),
     ("doi", "11.1000/x"), ("url", "javascript:alert(1)")],
)
def test_identifier_with_bad_checksum_or_shape_is_rejected(scheme: str, raw: str) -> None:
    with pytest.raises(ValidationError):
        Identifier(scheme=scheme, value=raw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2024", "2024"), ("2024-05", "2024-05"), ("2024-05-10", "2024-05-10"),
     ("2019~", "2019~"), ("2019/2020", "2019/2020"), ("2019-21", "2019-21")],
)
def test_partial_date_round_trips_through_iso(text: str, iso: str) -> None:
    assert PartialDate.parse(text).iso() == iso


def test_unreadable_date_is_kept_as_literal() -> None:
    assert PartialDate.parse("в печати").literal == "в печати"


def test_language_tag_is_canonicalised() -> None:
    assert LangString(value="x", lang="kk_latn_kz").lang == "kk-Latn-KZ"


def test_bad_language_tag_is_rejected() -> None:
    with pytest.raises(ValidationError):
        LangString(value="x", lang="kazakh language")


def test_contributor_needs_a_name() -> None:
    with pytest.raises(ValidationError):
        Contributor()


def test_reference_needs_raw_or_fields() -> None:
    with pytest.raises(ValidationError):
        Reference()


def test_work_accessors() -> None:
    w = Work(
        language="kk",
        titles=[LangString(value="Title", lang="en"), LangString(value="Тақырып", lang="kk")],
        contributors=[Contributor(name=PersonName(family="A"), roles=["supervisor"])],
    )
    assert (w.title, w.authors, len(w.contributors_with("supervisor"))) == ("Тақырып", [], 1)


def test_schema_file_is_fresh() -> None:
    stored = (ROOT / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert json.loads(stored) == json.loads(render()), (
        "schemas/ is stale: run `python -m scholarmeta.model.schema`"
    )
