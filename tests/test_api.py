"""The public API: sources of every kind, typed errors, overrides, loss reports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import scholarmeta
from scholarmeta import (
    FormatDetectionError,
    OverrideError,
    SourceNotFoundError,
    UnknownFormatError,
    UnsupportedOperationError,
)
from scholarmeta.model import LangString, Work
from support import EXAMPLES

CSL = '[{"id": "a", "type": "book", "title": "Title", "issued": {"date-parts": [[2001]]}}]'


def test_all_is_explicit_and_importable() -> None:
    for name in scholarmeta.__all__:
        assert hasattr(scholarmeta, name), name


@pytest.mark.parametrize(
    "make",
    [
        lambda p: str(p),
        lambda p: p,
        lambda p: p.read_bytes(),
        lambda p: p.read_text(encoding="utf-8"),
        lambda p: io.BytesIO(p.read_bytes()),
        lambda p: io.StringIO(p.read_text(encoding="utf-8")),
    ],
    ids=["str-path", "pathlib", "bytes", "text", "binary-file", "text-file"],
)
def test_read_accepts_every_kind_of_source(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "a.json"
    p.write_text(CSL, encoding="utf-8")
    assert scholarmeta.read(make(p)).title == "Title"


def test_missing_file_is_a_typed_error_naming_the_file() -> None:
    with pytest.raises(SourceNotFoundError) as e:
        scholarmeta.read("no/such/file.bib")
    assert "no/such/file.bib" in str(e.value)


def test_undetectable_input_asks_for_from() -> None:
    with pytest.raises(FormatDetectionError):
        scholarmeta.read(b"just some words\nand more words")


def test_unknown_format_is_a_typed_error() -> None:
    with pytest.raises(UnknownFormatError):
        scholarmeta.write(Work(), "docx")


def test_unknown_writer_option_is_refused() -> None:
    with pytest.raises(UnsupportedOperationError):
        scholarmeta.write(Work(), "csljson", colour="red")


def test_overrides_set_missing_fields() -> None:
    w = scholarmeta.read(CSL, container_title="Вестник КазНУ", issued="2024-05",
                         URL="https://example.org/a/1")  # fmt: skip
    assert (w.container_title, w.issued.iso() if w.issued else None, w.url) == (
        "Вестник КазНУ", "2024-05", "https://example.org/a/1",
    )
    assert w.container_titles[0].lang == "ru"


def test_unknown_override_is_a_typed_error() -> None:
    with pytest.raises(OverrideError):
        scholarmeta.read(CSL, colour="red")


def test_bad_override_value_is_a_typed_error() -> None:
    with pytest.raises(OverrideError):
        scholarmeta.read(CSL, issued="2024-13-45")


def test_write_returns_text_with_a_loss_report() -> None:
    w = Work(id="x", type="article-journal", language="kk",
             titles=[LangString(value="Тақырып", lang="kk"), LangString(value="Title", lang="en")])  # fmt: skip
    out = scholarmeta.write(w, "bibtex")
    assert isinstance(out, str) and isinstance(out.report, list)


def test_read_all_is_lazy(tmp_path: Path) -> None:
    entries = "\n".join(f"@book{{k{i}, title={{T{i}}}, year=2000}}" for i in range(50))
    it = scholarmeta.read_all(entries, "bibtex")
    assert next(it).title == "T0"


def test_example_pages_exist_for_three_languages() -> None:
    names = {p.name for p in EXAMPLES.glob("*.html")}
    assert {"kk-article.html", "ru-article.html", "en-article.html"} <= names


def test_verified_loss_report_names_each_field_the_format_does_not_keep() -> None:
    from scholarmeta.model import Abstract, Section

    w = Work(id="x", type="article-journal", language="kk",
             titles=[LangString(value="Тақырып", lang="kk")],
             abstracts=[Abstract(lang="kk", paragraphs=["Аңдатпа."]),
                        Abstract(lang="en", paragraphs=["Abstract."])],
             sections=[Section(title="Кіріспе", paragraphs=["Мәтін."])])  # fmt: skip
    fields = {(d.field or "").split("[")[0] for d in scholarmeta.write(w, "bibtex").report}
    assert {"abstracts", "sections"} <= fields


@pytest.mark.parametrize("fmt", ["csljson", "bibtex", "biblatex", "jats", "ris", "dc"])
def test_lazy_report_is_the_report_filled_at_once(fmt: str) -> None:
    """``write(...).report`` is worked out when first read; it is the same report a ``report``
    passed in gets at once, it is worked out once, and a pickled result carries it."""
    import pickle

    from scholarmeta.report import Report

    for page in sorted(EXAMPLES.glob("*.html")):
        work = scholarmeta.read(page, "html")
        eager = Report()
        text = scholarmeta.write(work, fmt, report=eager)
        lazy = scholarmeta.write(work, fmt)
        assert lazy == text and lazy.report == eager, page.name
        assert lazy.report is lazy.report
        back = pickle.loads(pickle.dumps(scholarmeta.write(work, fmt)))
        assert back == text and back.report == eager


def test_report_is_worked_out_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing without reading ``.report`` does not read the output back; reading it does, once;
    a ``report`` passed in is filled at once."""
    from scholarmeta import api
    from scholarmeta.report import Report

    calls: list[str] = []
    real = api._exact_losses

    def counted(*args: object) -> Report:
        calls.append("read back")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "_exact_losses", counted)
    work = scholarmeta.read(EXAMPLES / "kk-article.html", "html")
    out = scholarmeta.write(work, "jats")
    assert out.startswith("<") and calls == []
    assert out.report == out.report and calls == ["read back"]
    mine = Report()
    scholarmeta.write(work, "bibtex", report=mine)
    assert calls == ["read back", "read back"] and mine


@pytest.mark.parametrize("text", ["\ud800<article/>", "a\x00b"])
def test_unusable_path_string_is_a_typed_error(text: str) -> None:
    with pytest.raises(SourceNotFoundError):
        scholarmeta.read(text, "jats")


@pytest.mark.parametrize("fmt", ["jats", "dc"])
def test_lone_surrogate_in_xml_text_is_a_parse_error(fmt: str) -> None:
    with pytest.raises(scholarmeta.ParseError):
        scholarmeta.read("<article>\n\ud800</article>", fmt)


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "ris", "jats", "csljson"])
def test_hyphenated_page_range_is_no_loss(fmt: str) -> None:
    # "SP  - 1-22" (JabRef's RIS fixture RisImporterTest3.ris): written as the format's range,
    # read back with an en dash: the same range, not a degraded field
    work = Work(type="chapter", titles=[LangString(value="T", lang="en")], page="1-22")
    assert [d.field for d in scholarmeta.write(work, fmt).report if d.field == "page"] == []


def test_the_reference_parser_is_at_the_top_level_as_the_issue_names_it() -> None:
    from scholarmeta import refparse

    text = "Иванов И.И. Физика. – М.: Наука, 2019. – 288 с."
    assert scholarmeta.parse_reference(text) == refparse.parse_reference(text)
    assert {"parse_reference", "parse_references"} <= set(scholarmeta.__all__)
