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

__all__ = [
    "BatchResult",
    "FileFailure",
    "FileResult",
    "convert_file",
    "convert_files",
    "expand_inputs",
    "iter_works",
    "output_name",
]


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


@dataclass
class FileResult:
    """What converting one input file gave: output documents (relative file name, text), the
    diagnostics, how many works it held, and the error if the file could not be read."""

    path: str
    outputs: list[tuple[str, str]] = field(default_factory=list)
    report: Report = field(default_factory=Report)
    works: int = 0
    error: ScholarmetaError | None = None


def expand_inputs(inputs: Iterable[str | Path], format: str | None = None) -> list[tuple[Path, Path]]:
    """Files to convert, each with the path its output is named after: a file stands for
    itself; a directory is walked (sorted, hidden entries skipped) for files with an extension
    of ``format`` (of any readable format when ``format`` is None), named relative to it, so
    the output tree mirrors the input tree.

    >>> expand_inputs(["a.bib"])
    [(PosixPath('a.bib'), PosixPath('a.bib'))]
    """
    from .formats import available_formats, reader_of

    if format:
        exts = tuple(e.lower() for e in reader_of(format).EXTENSIONS)
    else:
        exts = tuple(e.lower() for f in available_formats() if getattr(f, "read", None)
                     for e in f.EXTENSIONS)  # fmt: skip
    out: list[tuple[Path, Path]] = []
    for item in map(Path, inputs):
        if not item.is_dir():
            out.append((item, Path(item.name)))
            continue
        for p in sorted(item.rglob("*")):
            rel = p.relative_to(item)
            if p.is_file() and p.name.lower().endswith(exts) and not any(
                part.startswith(".") for part in rel.parts
            ):
                out.append((p, rel))
    return out


def output_name(name: Path, format: str, index: int | None = None) -> str:
    """The output file name for an input named ``name``: its extension replaced by the
    format's first one; ``index`` numbers the works of a multi-work input written to a format
    that holds one work per document (JATS).

    >>> output_name(Path("2024/a.html"), "jats"), output_name(Path("refs.bib"), "jats", 2)
    ('2024/a.xml', 'refs-2.xml')
    """
    from .formats import writer_of

    ext = writer_of(format).EXTENSIONS[0]
    stem = name.name.split(".")[0] if name.name.split(".")[0] else name.name
    if index is not None:
        stem += f"-{index}"
    return str(name.with_name(stem + ext))


def convert_file(
    path: str | Path,
    to: str,
    *,
    name: str | Path | None = None,
    format: str | None = None,
    overrides: Mapping[str, str] | None = None,
    options: Mapping[str, Any] | None = None,
    verify: bool = True,
) -> FileResult:
    """Read one file and write its works in ``to``: one output document, or one per work when
    the format holds a single work per document. Never raises on bad input: a file that cannot
    be read or written comes back with ``error`` set, so a batch can go on.

    >>> r = convert_file("/nonexistent.html", "jats"); r.error is not None, r.outputs
    (True, [])
    """
    from .api import write
    from .formats import writer_of

    res = FileResult(str(path))
    label = Path(name) if name is not None else Path(Path(path).name)
    try:
        fmt = writer_of(to)
        works = list(read_all(Path(path), format, report=res.report, **dict(overrides or {})))
        res.works = len(works)
        opts = dict(options or {})
        single = getattr(fmt, "ONE_WORK_PER_DOCUMENT", False)
        groups = [[w] for w in works] if single and len(works) > 1 else [works] if works else []
        wrep = Report()
        for i, group in enumerate(groups, 1):
            text = write(group, to, report=wrep, verify=verify, **opts)
            out = output_name(label, to, i if len(groups) > 1 else None)
            res.outputs.append((out, text if text.endswith("\n") else text + "\n"))
        res.report.extend(d if d.source else d.model_copy(update={"source": str(path)})
                          for d in wrep)  # fmt: skip
    except ScholarmetaError as exc:
        if exc.source is None:
            exc.source = str(path)
        res.error = exc
    return res


def _convert_one(args: tuple[Path, Path, str, dict[str, Any]]) -> FileResult:
    path, name, to, kw = args
    return convert_file(path, to, name=name, **kw)


def convert_files(
    files: Iterable[tuple[Path, Path]],
    to: str,
    *,
    jobs: int = 1,
    format: str | None = None,
    overrides: Mapping[str, str] | None = None,
    options: Mapping[str, Any] | None = None,
    verify: bool = True,
) -> Iterator[FileResult]:
    """:func:`convert_file` over ``(path, name)`` pairs (as :func:`expand_inputs` gives them),
    in input order; ``jobs`` > 1 converts in that many worker processes.

    >>> [r.error is not None for r in convert_files([(Path("/nope.bib"), Path("nope.bib"))], "ris")]
    [True]
    """
    kw: dict[str, Any] = {"format": format, "overrides": dict(overrides or {}),
                          "options": dict(options or {}), "verify": verify}  # fmt: skip
    tasks = ((p, n, to, kw) for p, n in files)
    if jobs <= 1:
        yield from map(_convert_one, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_convert_one, tasks, chunksize=8)
