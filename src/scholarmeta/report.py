"""Diagnostics as data: what a reader could not map, what a writer dropped or degraded.

A ``Report`` is a list of ``Diagnostic`` that readers and writers append to; the CLI prints it to
stderr, the API returns it (``write(...).report``) or fills the one you pass in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["Diagnostic", "Report", "Written"]

Kind = Literal["dropped", "degraded", "unmapped", "invalid", "skipped", "duplicate", "failed", "note"]


class Diagnostic(BaseModel):
    """One thing worth telling: a dropped field, an unmapped field kept in ``extra``, a failed entry.

    >>> str(Diagnostic(kind="dropped", field="abstracts[en]", record="doe2020", format="bibtex",
    ...                message="BibTeX holds one abstract"))
    'doe2020: abstracts[en]: dropped (bibtex): BibTeX holds one abstract'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    message: str
    severity: Literal["info", "warning", "error"] = "warning"
    format: str | None = None
    source: str | None = None
    record: str | None = None
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(self.source + (f":{self.line}" if self.line is not None else ""))
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.record:
            where.append(self.record)
        if self.field:
            where.append(self.field)
        fmt = f" ({self.format})" if self.format else ""
        prefix = ": ".join(where)
        return f"{prefix + ': ' if prefix else ''}{self.kind}{fmt}: {self.message}"


class Report(list[Diagnostic]):
    """A list of diagnostics with helpers to add them.

    >>> r = Report(); r.add("dropped", "no place for it", field="x"); len(r)
    1
    """

    def add(self, kind: Kind, message: str, **where: str | int | None) -> None:
        severity = where.pop("severity", None) or ("error" if kind == "failed" else "warning")
        self.append(Diagnostic(kind=kind, message=message, severity=severity, **where))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self if d.severity == "error"]


class Written(str):
    """The text a writer produced, with the ``report`` of what it could not keep.

    It *is* a ``str``, so ``write(...)`` can be used as text directly.

    >>> w = Written("@article{...}", Report()); w.startswith("@"), len(w.report)
    (True, 0)

    ``later`` makes the report lazy: a function returning the report, called once, when
    ``.report`` is first read (``scholarmeta.write`` defers its read-back check this way, so a
    caller that never looks at the report does not pay for it).

    >>> w = Written("x", later=lambda: Report([Diagnostic(kind="note", message="checked")]))
    >>> [d.message for d in w.report]
    ['checked']
    """

    _report: Report | None
    _later: Callable[[], Report] | None

    def __new__(cls, text: str, report: Report | None = None, *,
                later: Callable[[], Report] | None = None) -> Written:  # fmt: skip
        obj = super().__new__(cls, text)
        obj._report = None if later is not None else report if report is not None else Report()
        obj._later = later
        return obj

    @property
    def report(self) -> Report:
        if self._report is None:  # worked out once; a check that fails raises again next time
            later = self._later
            self._report = later() if later is not None else Report()
            self._later = None
        return self._report

    @report.setter
    def report(self, value: Report) -> None:
        self._report, self._later = value, None

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (e.g. across processes) with its report
        return (_written, (str(self), self.report))


def _written(text: str, report: Report) -> Written:
    return Written(text, report)
