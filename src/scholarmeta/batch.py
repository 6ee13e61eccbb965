"""Converting many files: each file is read and written on its own, a bad file is reported and
the batch goes on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import read_all
from .errors import ScholarmetaError
from .model import Work
from .report import Report

__all__ = ["BatchResult", "FileFailure", "iter_works"]


@dataclass(frozen=True)
class FileFailure:
    """A file the batch could not read, and why."""

    path: str
    error: ScholarmetaError

    def __str__(self) -> str:
        return str(self.error)


@dataclass
class BatchResult:
    """What a batch did: works read, files that failed, diagnostics."""

    works: int = 0
    files: int = 0
    failures: list[FileFailure] = field(default_factory=list)
    report: Report = field(default_factory=Report)


def iter_works(
    paths: Iterable[str | Path],
    format: str | None = None,
    *,
    result: BatchResult | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Iterator[Work]:
    """Yield the works of every file in turn. A file that fails is recorded in ``result``
    and skipped; works already yielded from it stay yielded.

    >>> r = BatchResult(); list(iter_works(["/nonexistent.bib"], result=r)); len(r.failures)
    []
    1
    """
    res = result if result is not None else BatchResult()
    kw: dict[str, Any] = dict(overrides or {})
    for p in paths:
        res.files += 1
        try:
            for work in read_all(Path(p), format, report=res.report, **kw):
                res.works += 1
                yield work
        except ScholarmetaError as exc:
            if exc.source is None:
                exc.source = str(p)
            res.failures.append(FileFailure(str(p), exc))
