"""The library's entry points: ``read``, ``read_all`` and ``write``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._io import Source, load_source
from .errors import InputError
from .formats import detect_format, reader_of, writer_of
from .model import Work
from .overrides import apply_overrides
from .report import Report, Written

__all__ = ["read", "read_all", "write"]


def read_all(
    source: Source,
    format: str | None = None,
    *,
    report: Report | None = None,
    **overrides: str,
) -> Iterator[Work]:
    """Yield every work in ``source``, lazily. Broken records are reported in ``report``
    (with their line) and skipped; the rest is still read.

    ``source`` is a path, an open file, bytes, or the text itself.

    >>> works = list(read_all("@book{a, title={One}, year=2001}\\n@book{b, title={Two}}", "bibtex"))
    >>> [w.title for w in works]
    ['One', 'Two']
    """
    text, name = load_source(source)
    fmt = format or detect_format(text, name)
    reader = reader_of(fmt)
    rep = report if report is not None else Report()
    for work in reader.read(text, source=name, report=rep):
        yield apply_overrides(work, overrides) if overrides else work


def read(
    source: Source,
    format: str | None = None,
    *,
    report: Report | None = None,
    **overrides: str,
) -> Work:
    """Read the first (usually the only) work in ``source``; keyword arguments set fields
    the source lacks, by their CSL names (``container_title=…``, ``issued="2024-05"``, ``URL=…``).

    >>> read('[{"id": "x", "type": "book", "title": "T"}]', issued="2024").issued.year
    2024
    """
    rep = report if report is not None else Report()
    text, name = load_source(source)
    fmt = format or detect_format(text, name)
    works = reader_of(fmt).read(text, source=name, report=rep)
    first = next(iter(works), None)
    if first is None:
        failed = rep.errors
        if failed:
            d = failed[0]
            raise InputError(d.message, source=name, line=d.line, field=d.field, record=d.record)
        raise InputError(f"no record found in this {fmt} input", source=name)
    return apply_overrides(first, overrides) if overrides else first


def write(
    work: Work | Iterable[Work],
    format: str,
    *,
    report: Report | None = None,
    **options: Any,
) -> Written:
    """Write one work or many in ``format``. The result is a ``str`` whose ``.report`` lists
    each field the format could not hold (dropped or degraded), per record.

    >>> from scholarmeta.model import Work, LangString
    >>> out = write(Work(id="x", titles=[LangString(value="T", lang="en")]), "csljson")
    >>> out.startswith("[")
    True
    """
    fmt = writer_of(format)
    unknown = set(options) - set(fmt.WRITE_OPTIONS)
    if unknown:
        from .errors import UnsupportedOperationError

        raise UnsupportedOperationError(
            f"format {format!r} takes no option(s) {', '.join(sorted(unknown))}; "
            f"it takes: {', '.join(sorted(fmt.WRITE_OPTIONS)) or 'none'}"
        )
    works = [work] if isinstance(work, Work) else list(work)
    rep = report if report is not None else Report()
    text = fmt.write(works, report=rep, **options)
    return Written(text, rep)
