"""Every real file in ../shared/data reads without an unhandled error, and converting it into
every writer's format gives output valid against ../shared/validators (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scholarmeta
from scholarmeta.model import Work
from scholarmeta.report import Report
from support import DATA, VALIDATE, need_shared

WRITERS = ["csljson", "bibtex", "biblatex", "jats", "dc", "ris"]
LARGE = {"tugboat.bib"}  # timed in benchmarks/; read in tests/test_bibtex_read.py


def _files() -> list[Path]:
    if not DATA.exists():
        return []
    pats = ["bibtex/**/*.bib", "bibtex/**/*.bibtex", "jats/*.xml", "jats/*.nxml", "html/*.html",
            "csl/bbt/*.json"]  # fmt: skip
    return sorted(p for pat in pats for p in DATA.glob(pat) if p.name not in LARGE)


def _jsonl_items() -> list[tuple[str, list[dict[str, object]]]]:
    out = []
    for name, key in (("csl-test-suite-items.jsonl", "item"), ("zotero-translator-items.jsonl", "csl")):
        path = DATA / "csl" / name
        if path.exists():
            items = [json.loads(line)[key] for line in path.read_text("utf-8").splitlines() if line]
            out.append((name, items))
    return out


def _read(path: Path) -> list[Work]:
    try:
        return list(scholarmeta.read_all(path, report=Report()))
    except scholarmeta.ScholarmetaError:
        # a page with no scholarly metadata at all (a bot-check page) is a typed error: fine
        assert path.suffix == ".html", path
        return []


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_real_file_converts_to_every_format_validly(path: Path) -> None:
    need_shared(DATA)
    works = _read(path)
    for fmt in WRITERS if works else []:
        out = scholarmeta.write(works, fmt, verify=False)
        VALIDATE[fmt](out)


@pytest.mark.parametrize("name,items", _jsonl_items(), ids=lambda v: v if isinstance(v, str) else "")
def test_real_csl_items_convert_to_every_format_validly(name: str, items: list[dict[str, object]]) -> None:
    need_shared(DATA)
    for i, item in enumerate(items):
        item.setdefault("id", f"item-{i}")
        item.setdefault("type", "document")
    works = list(scholarmeta.read_all(json.dumps(items), "csljson", report=Report()))
    assert len(works) == len(items)
    for fmt in WRITERS:
        VALIDATE[fmt](scholarmeta.write(works, fmt, verify=False))


def test_shared_data_is_covered() -> None:
    need_shared(DATA)
    assert len(_files()) >= 30
