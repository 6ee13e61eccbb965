"""Shared test helpers: where ../shared is, and validators for every output format.

Tests that need ../shared call the ``shared`` fixture or ``need_shared()``; they skip with a
clear reason when the folder is absent, so the package still tests standalone.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SCHOLARMETA_SHARED", ROOT.parent / "shared"))
VALIDATORS = SHARED / "validators"
DATA = SHARED / "data"
SEED = SHARED / "seeds" / "000_fd67b657eafb6089.txt"
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"


def need_shared(path: Path = SHARED) -> Path:
    """Skip the calling test when a ../shared path is missing."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not beside the checkout)")
    return path


@functools.cache
def _jats_dtd() -> etree.DTD:
    return etree.DTD(str(need_shared(VALIDATORS / "jats" / "JATS-archivearticle1-3-mathml3.dtd")))


@functools.cache
def _dc_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(need_shared(VALIDATORS / "dc" / "oai_dc.xsd"))))


@functools.cache
def _csl_validator() -> Any:
    import jsonschema

    schema = json.loads((need_shared(VALIDATORS / "csl" / "csl-data.json")).read_text("utf-8"))
    return jsonschema.Draft7Validator(schema)


def _xml(text: str | bytes) -> etree._Element:
    data = text.encode("utf-8") if isinstance(text, str) else text
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def assert_valid_jats(text: str | bytes) -> None:
    """The JATS document is valid against the JATS 1.3 Archiving DTD (with MathML 3)."""
    dtd = _jats_dtd()
    doc = _xml(text)
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


def assert_valid_dc(text: str | bytes) -> None:
    """Each oai_dc:dc element is valid against oai_dc.xsd (the root may be an OAI-PMH wrapper)."""
    schema = _dc_schema()
    doc = _xml(text)
    ns = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    records = [doc] if doc.tag == f"{{{ns}}}dc" else list(doc.iter(f"{{{ns}}}dc"))
    assert records, "no oai_dc:dc element"
    for rec in records:
        assert schema.validate(etree.ElementTree(rec)), schema.error_log


def assert_valid_csljson(text: str | list[Any]) -> None:
    """The CSL-JSON array is valid against csl-data.json."""
    items = json.loads(text) if isinstance(text, str) else text
    errors = list(_csl_validator().iter_errors(items))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:10]]


def assert_valid_bibtex(text: str) -> None:
    """The BibTeX re-parses with bibtexparser v2 with no failed block."""
    import bibtexparser

    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks, [b.error for b in lib.failed_blocks]
    assert lib.entries, "no entry"


def assert_valid_ris(text: str) -> None:
    """Every RIS record starts with TY and ends with ER; every line is a tag line."""
    import re

    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert lines, "empty RIS"
    in_rec = False
    for ln in lines:
        m = re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", ln)
        assert m, f"not a RIS tag line: {ln!r}"
        if m.group(1) == "TY":
            assert not in_rec, "TY inside a record"
            in_rec = True
        elif m.group(1) == "ER":
            assert in_rec, "ER outside a record"
            in_rec = False
        else:
            assert in_rec, f"tag outside a record: {ln!r}"
    assert not in_rec, "record without ER"


VALIDATE = {
    "jats": assert_valid_jats,
    "dc": assert_valid_dc,
    "csljson": assert_valid_csljson,
    "bibtex": assert_valid_bibtex,
    "biblatex": assert_valid_bibtex,
    "ris": assert_valid_ris,
}


def labelled(parts: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]], list[str]]:
    """A reference string built from (label, text) parts, its tokens and their labels, for the
    reference parser's rule tests; a part opening with a mark is glued to the part before
    ("Univ" ". Press")."""
    from scholarmeta.refparse._features import tokenize

    raw = ""
    for _, text in parts:
        raw += ("" if not raw or text[:1] in ".,;:" else " ") + text
    labels = [lab for lab, text in parts for _ in tokenize(text)]
    return raw, tokenize(raw), labels
