"""``changed_values`` (the models compared in place) gives what ``changed_fields`` gives on the
models' JSON dumps, which it stands in for in the exact loss reports."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scholarmeta
from scholarmeta.errors import ScholarmetaError
from scholarmeta.formats import get_format
from scholarmeta.formats._common import changed_fields, changed_values
from scholarmeta.model import Work
from scholarmeta.report import Report
from strategies import works

KEYS = list(Work.model_fields)


def _by_dumps(want: Work, got: Work | None) -> dict[str, bool]:
    return changed_fields(want.model_dump(mode="json"), got.model_dump(mode="json") if got else {})


@settings(max_examples=60, suppress_health_check=list(HealthCheck), deadline=None)
@given(works(), works())
def test_same_as_the_dumps_on_any_two_works(a: Work, b: Work) -> None:
    assert changed_values(a, b, KEYS) == _by_dumps(a, b)
    assert changed_values(a, None, KEYS) == _by_dumps(a, None)


@settings(max_examples=40, suppress_health_check=list(HealthCheck), deadline=None)
@given(works(), st.sampled_from(["jats", "bibtex", "ris", "dc"]))
def test_same_as_the_dumps_on_a_read_back(work: Work, fmt: str) -> None:
    out = scholarmeta.write(work, fmt, verify=False)
    try:
        back = next(iter(get_format(fmt).read(out, source=None, report=Report())), None)
    except ScholarmetaError:
        return
    if back is not None:
        assert changed_values(work, back, KEYS) == _by_dumps(work, back)


@settings(max_examples=40, suppress_health_check=list(HealthCheck), deadline=None)
@given(works(), st.sampled_from([None, "x", "ref1"]))
def test_ids_are_not_compared(work: Work, rid: str | None) -> None:
    refs = [r.model_copy(update={"id": rid}) for r in work.references]
    other = work.model_copy(update={"references": refs, "extra": {**work.extra, "id": "q"}})
    assert changed_values(work, other, KEYS) == _by_dumps(work, other)
    only_id = work.model_copy(update={"extra": {"id": "q"}})
    assert changed_values(only_id, work.model_copy(update={"extra": {}}), KEYS) == {}
