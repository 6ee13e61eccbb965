"""Batch conversion: ``convert --output-dir`` and :mod:`scholarmeta.batch`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from scholarmeta.batch import convert_file, convert_files, expand_inputs, output_name
from scholarmeta.cli import cli
from support import EXAMPLES, VALIDATE

KK = EXAMPLES / "kk-article.html"
RU = EXAMPLES / "ru-article.html"
TWO_ENTRIES = """@book{a, author = {Doe, Jane}, title = {One}, year = {2001}, publisher = {P}}
@article{b, author = {Roe, Rick}, title = {Two}, journal = {J}, year = {2002}}
"""


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """pages/kk-article.html, pages/sub/ru-article.html, pages/sub/broken.html, pages/.hidden/x.html"""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    shutil.copy(KK, root)
    shutil.copy(RU, root / "sub")
    (root / "sub" / "broken.html").write_text("<p>no article here</p>", encoding="utf-8")
    shutil.copy(KK, root / ".hidden" / "x.html")
    (root / "notes.odt").write_bytes(b"\0")
    return root


def test_directory_is_walked_by_extension_skipping_hidden(tree: Path) -> None:
    names = [str(n) for _, n in expand_inputs([tree], "html")]
    assert names == ["kk-article.html", "sub/broken.html", "sub/ru-article.html"]


def test_output_dir_mirrors_the_input_tree(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run("convert", str(tree), "--from", "html", "--to", "jats", "-d", str(out), "-q")
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.xml")) == [
        "kk-article.xml", "sub/ru-article.xml"]  # fmt: skip


@pytest.mark.parametrize("fmt", ["jats", "dc", "csljson", "bibtex", "ris"])
def test_every_written_file_is_valid(tree: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    run("convert", str(tree), "--from", "html", "--to", fmt, "-d", str(out), "-q")
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) == 2
    for p in files:
        VALIDATE[fmt](p.read_text(encoding="utf-8"))


def test_bad_file_is_reported_and_the_batch_goes_on(tree: Path, tmp_path: Path) -> None:
    code, _, err = run("convert", str(tree), "--from", "html", "--to", "dc", "-d", str(tmp_path / "o"))
    assert code == 1
    assert "broken.html" in err and "2 of 3 files converted" in err


def test_one_jats_document_per_work(tmp_path: Path) -> None:
    bib = tmp_path / "two.bib"
    bib.write_text(TWO_ENTRIES, encoding="utf-8")
    result = convert_file(bib, "jats")
    assert [name for name, _ in result.outputs] == ["two-1.xml", "two-2.xml"]


def test_many_works_share_one_document_where_the_format_allows(tmp_path: Path) -> None:
    bib = tmp_path / "two.bib"
    bib.write_text(TWO_ENTRIES, encoding="utf-8")
    result = convert_file(bib, "ris")
    assert [name for name, _ in result.outputs] == ["two.ris"] and result.works == 2


def test_parallel_jobs_give_the_same_files(tree: Path) -> None:
    files = expand_inputs([tree], "html")
    serial = [r.outputs for r in convert_files(files, "csljson", verify=False)]
    parallel = [r.outputs for r in convert_files(files, "csljson", jobs=2, verify=False)]
    assert parallel == serial


def test_writer_diagnostics_name_their_file(tree: Path) -> None:
    result = convert_file(tree / "kk-article.html", "bibtex")
    assert result.report and all(d.source for d in result.report)


def test_output_and_output_dir_together_exit_2(tmp_path: Path) -> None:
    code, _, err = run("convert", str(KK), "--to", "jats", "-o", str(tmp_path / "a"), "-d", str(tmp_path))
    assert code == 2 and "not both" in err


def test_empty_directory_is_an_input_error(tmp_path: Path) -> None:
    code, _, err = run("convert", str(tmp_path), "--to", "jats", "-d", str(tmp_path / "o"))
    assert code == 3 and "no input files" in err


def test_alike_names_do_not_overwrite_each_other(tmp_path: Path) -> None:
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        shutil.copy(KK, tmp_path / d / "page.html")
    out = tmp_path / "out"
    run("convert", str(tmp_path / "a" / "page.html"), str(tmp_path / "b" / "page.html"),
        "--to", "dc", "-d", str(out), "-q")  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == ["page.xml", "page~2.xml"]


@pytest.mark.parametrize(
    ("name", "fmt", "index", "expected"),
    [("a.html", "jats", None, "a.xml"), ("x/a.csl.json", "bibtex", None, "x/a.bib"),
     ("refs.bib", "jats", 3, "refs-3.xml")],
)  # fmt: skip
def test_output_name(name: str, fmt: str, index: int | None, expected: str) -> None:
    assert output_name(Path(name), fmt, index) == expected
