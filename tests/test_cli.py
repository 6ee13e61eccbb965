"""The command line: every command, exit codes from the documented table, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scholarmeta.cli import cli
from support import EXAMPLES, VALIDATE

KK = EXAMPLES / "kk-article.html"


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("fmt", ["csljson", "bibtex", "biblatex", "jats", "dc", "ris"])
def test_convert_example_page_gives_valid_output(fmt: str) -> None:
    code, out, err = run("convert", str(KK), "--from", "html", "--to", fmt)
    assert code == 0, err
    VALIDATE[fmt](out)


def test_convert_sniffs_the_input_format() -> None:
    code, out, _ = run("convert", str(KK), "--to", "csljson")
    assert code == 0 and json.loads(out)[0]["type"]


def test_set_supplies_what_the_page_lacks() -> None:
    code, out, _ = run("convert", str(KK), "--to", "csljson", "--set", "container-title=Жаршы",
                       "--set", "issued=2024-05", "--set", "URL=https://example.org/a")  # fmt: skip
    item = json.loads(out)[0]
    assert code == 0
    assert (item["container-title"], item["issued"]["date-parts"], item["URL"]) == (
        "Жаршы", [[2024, 5]], "https://example.org/a",
    )


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "a.xml"
    code, _, _ = run("convert", str(KK), "--to", "jats", "-o", str(out))
    assert code == 0
    VALIDATE["jats"](out.read_text(encoding="utf-8"))


def test_missing_file_exits_3_with_a_message_and_no_traceback() -> None:
    code, _, err = run("convert", "missing.html", "--to", "jats")
    assert code == 3 and "missing.html" in err and "Traceback" not in err


def test_unknown_output_format_exits_2() -> None:
    code, _, err = run("convert", str(KK), "--to", "docx")
    assert code == 2 and "docx" in err


def test_bad_set_exits_2() -> None:
    code, _, err = run("convert", str(KK), "--to", "jats", "--set", "nonsense")
    assert code == 2 and "KEY=VALUE" in err


def test_unparsable_input_exits_4(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<article><front>", encoding="utf-8")
    code, _, err = run("convert", str(bad), "--from", "jats", "--to", "csljson")
    assert code == 4 and "bad.xml" in err and "Traceback" not in err


def test_batch_goes_on_past_a_bad_file(tmp_path: Path) -> None:
    code, out, err = run("convert", str(KK), str(tmp_path / "gone.html"),
                         str(EXAMPLES / "ru-article.html"), "--to", "csljson")  # fmt: skip
    assert code == 1
    assert len(json.loads(out)) == 2
    assert "gone.html" in err and "1 of 3 files failed" in err


def test_quiet_hides_the_loss_report() -> None:
    _, _, loud = run("convert", str(KK), "--to", "ris")
    _, _, quiet = run("convert", str(KK), "--to", "ris", "--quiet")
    assert loud and not quiet


def test_formats_lists_every_format() -> None:
    code, out, _ = run("formats")
    assert code == 0
    assert {line.split()[0] for line in out.splitlines()} >= {"html", "bibtex", "csljson", "jats", "dc", "ris"}


def test_cite_formats_a_bibliography_entry() -> None:
    code, out, _ = run("cite", str(KK), "--style", "apa")
    assert code == 0 and out.strip()


def test_refs_parses_a_numbered_list(tmp_path: Path) -> None:
    lst = tmp_path / "refs.txt"
    lst.write_text(
        "1. Smith, J. (2019). A study of things. Journal of Stuff, 12(3), 45-67.\n"
        "2. Иванов И.И. Теория всего. – М.: Наука, 2018. – 288 с.\n",
        encoding="utf-8",
    )
    code, out, _ = run("refs", str(lst), "--to", "csljson")
    assert code == 0 and len(json.loads(out)) == 2


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "dc"])
def test_refs_does_not_report_the_raw_line_as_lost(tmp_path: Path, fmt: str) -> None:
    lst = tmp_path / "refs.txt"
    lst.write_text("Smith, J. (2019). A study of things. Journal of Stuff, 12(3), 45-67.\n",
                   encoding="utf-8")  # fmt: skip
    code, _, err = run("refs", str(lst), "--to", fmt)
    assert code == 0 and "extra" not in err  # the raw string is the input line itself


def test_python_dash_m_runs_the_cli() -> None:
    r = subprocess.run([sys.executable, "-m", "scholarmeta", "formats"], capture_output=True, text=True)
    assert r.returncode == 0 and "jats" in r.stdout


def test_set_url_makes_profile_links_absolute() -> None:
    code, out, _ = run("convert", str(KK), "--to", "csljson", "--set", "URL=https://conf.example.kz/kk/a/1")
    assert code == 0
    payload = json.loads(out)[0]["custom"]["scholarmeta"]
    urls = [c.get("url") for c in payload["contributors"]]
    assert urls and all(u and u.startswith("https://conf.example.kz/author/") for u in urls)


def test_a_broken_record_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    bib = tmp_path / "mixed.bib"
    bib.write_text("@article{x, title={Unbalanced}\n@book{y, title={Ok}, year=2001}\n", encoding="utf-8")
    code, out, err = run("convert", str(bib), "--to", "csljson")
    assert code == 1
    assert [i["title"] for i in json.loads(out)] == ["Ok"]
    assert "mixed.bib:1" in err


def test_repeated_diagnostics_are_summarised(tmp_path: Path) -> None:
    bib = tmp_path / "many.bib"
    bib.write_text("\n".join(f"@book{{k{i}, title={{T{i}}}, year=2001, shelfmark={{S{i}}}}}"
                             for i in range(20)), encoding="utf-8")  # fmt: skip
    code, _, err = run("convert", str(bib), "--from", "bibtex", "--to", "csljson")
    lines = [ln for ln in err.splitlines() if "shelfmark" in ln]
    assert code == 0 and len(lines) == 4 and "17 more" in lines[-1]
