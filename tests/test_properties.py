"""Property tests over every format: CSL-JSON is lossless, every writer's output is valid, every
write -> read trip keeps what the format holds and reports exactly the rest, and no reader lets
anything but a ``ScholarmetaError`` escape on any input.

Formats are discovered with ``available_formats()``, so formats added later are covered too.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scholarmeta
from scholarmeta.errors import ScholarmetaError
from scholarmeta.formats import FormatModule, available_formats, csljson
from scholarmeta.formats._common import _dash_range, _same_dialect_keys
from scholarmeta.model import Work
from scholarmeta.report import Report
from strategies import kazakh_conference_paper, works
from support import VALIDATE

FORMATS = available_formats()
WRITERS = [f for f in FORMATS if getattr(f, "write", None) is not None]
READERS = [f for f in FORMATS if getattr(f, "read", None) is not None]
ROUND_TRIP = [f for f in WRITERS if f in READERS]
# formats that read what they write are validated inside the round-trip test (one generation)
VALIDATE_ONLY = [f for f in WRITERS if f not in ROUND_TRIP]
SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _ids(fmts: list[FormatModule]) -> list[str]:
    return [f.NAME for f in fmts]


def _empty(value: Any) -> bool:
    return value in (None, [], {}, False, "")


def _without_ids(value: Any) -> Any:
    """``value`` with every dict's ``"id"`` left out: a document's own cross-reference keys
    (``aff1``, ``ref3``), which a writer makes up when the work has none, are no loss."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _kept(want: Any, got: Any) -> bool:
    """``got`` holds ``want``: equal but for ids (:func:`_without_ids`) and for a language the
    reader added where ``want`` stated none (a detected one: nothing was lost)."""
    if isinstance(want, dict) and isinstance(got, dict):
        keys = (set(want) | set(got)) - {"id"}
        return all(k in want and k in got and (
            (k == "lang" and want[k] is None) or _kept(want[k], got[k])) for k in keys)
    if isinstance(want, list) and isinstance(got, list):
        return len(want) == len(got) and all(_kept(a, b) for a, b in zip(want, got, strict=True))
    return bool(want == got)


def _field_root(field: str | None) -> str:
    """``contributors[0].name`` -> ``contributors``."""
    return re.split(r"[\[.]", field or "", maxsplit=1)[0]


@SETTINGS
@given(works())
def test_csljson_round_trip_is_lossless(work: Work) -> None:
    report = Report()
    text = csljson.write([work], report=report)
    assert next(csljson.read(text, source=None, report=Report())) == work
    assert not report


@pytest.mark.parametrize("fmt", VALIDATE_ONLY, ids=_ids(VALIDATE_ONLY))
@SETTINGS
@given(work=works())
def test_writer_output_is_valid(fmt: FormatModule, work: Work) -> None:
    validate = VALIDATE.get(fmt.NAME)
    if validate is None:
        pytest.skip(f"no validator for {fmt.NAME}")
    validate(fmt.write([work], report=Report()))


@pytest.mark.parametrize("fmt", ROUND_TRIP, ids=_ids(ROUND_TRIP))
@SETTINGS
@given(work=works())
def test_write_read_keeps_held_fields_and_reports_the_rest(fmt: FormatModule, work: Work) -> None:
    holds: frozenset[str] = getattr(fmt, "HOLDS", frozenset())
    text = scholarmeta.write(work, fmt.NAME)  # the API makes every format's loss report exact
    report = text.report
    if fmt.NAME in VALIDATE:
        VALIDATE[fmt.NAME](text)
    back = next(iter(fmt.read(text, source=None, report=Report())))
    want, got = work.model_dump(mode="json"), back.model_dump(mode="json")
    # a .bib field kept in extra comes back under the reading dialect's name: not lost
    got["extra"] = _same_dialect_keys(want["extra"], got["extra"])
    losses = [d for d in report if d.kind in ("dropped", "degraded")]
    named = {_field_root(d.field) for d in losses}
    dropped = {_field_root(d.field) for d in losses if d.kind == "dropped"}
    changed = {k for k, v in want.items()
               if not _empty(v) and not _kept(v, got[k])
               and not (k == "page" and _dash_range(got[k]) == _dash_range(v))}  # fmt: skip
    assert named == changed, (named, changed)
    for key in holds - {"type"}:
        if not _empty(want[key]):
            assert not _empty(got[key]) or key in dropped, key
    for key in (set(want) - holds - {"type"}) if holds else ():
        if not _empty(want[key]):
            assert key in named, key


def _mutations(sample: str) -> st.SearchStrategy[str]:
    n = len(sample)
    return st.builds(
        lambda i, j, ins: sample[: min(i, j)] + ins + sample[max(i, j):],
        st.integers(0, n), st.integers(0, n),
        st.text(alphabet=st.sampled_from(list("{}[]<>\"',:;=@&#%\\\n\r\t -/\x00\ufeffTYER")) | st.characters(),
                max_size=8),
    )


def _sample(fmt: FormatModule) -> str:
    writer = fmt if getattr(fmt, "write", None) is not None else None
    if writer is None:
        return "<html><head><meta name='citation_title' content='T'></head><body></body></html>"
    return writer.write([kazakh_conference_paper()], report=Report())


@pytest.mark.parametrize("fmt", READERS, ids=_ids(READERS))
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_reader_never_raises_untyped_errors(fmt: FormatModule, data: st.DataObject) -> None:
    text = data.draw(st.one_of(st.text(max_size=300), _mutations(_sample(fmt))))
    try:
        for work in fmt.read(text, source="fuzz", report=Report()):
            assert isinstance(work, Work)
    except ScholarmetaError:
        pass
