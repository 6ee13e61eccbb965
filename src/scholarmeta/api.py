"""The library's entry points: ``read``, ``read_all`` and ``write``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ._io import Source, load_source
from .errors import InputError, ScholarmetaError
from .formats import FormatModule, detect_format, reader_of, writer_of
from .formats._common import changed_values, loss_fields
from .model import ROLES, Work
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
    verify: bool = True,
    **options: Any,
) -> Written:
    """Write one work or many in ``format``. The result is a ``str`` whose ``.report`` lists
    each field the format could not hold (dropped or degraded), per record.

    With ``verify`` (the default) the report is exact: the output is read back and compared
    field by field. ``verify=False`` skips that (faster; the writer's own report remains).

    The report is worked out lazily: the read-back (or a writer's own exact loss check) runs
    when ``.report`` is first read, so a caller that never reads it does not pay for it. It
    describes the works as they are at that moment: read it before changing a work in place.
    A ``report`` passed in is filled at once, before ``write`` returns.

    >>> from scholarmeta.model import Work, LangString
    >>> out = write(Work(id="x", titles=[LangString(value="T", lang="en")]), "csljson")
    >>> out.startswith("[")
    True
    >>> [d.field for d in write(Work(id="x"), "dc").report]
    ['id']
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
    exact = getattr(fmt, "EXACT_LOSSES", False) or getattr(fmt, "read", None) is None
    deferred = getattr(fmt, "write_deferred", None)
    later: Callable[[], Report] | None = None
    if exact and deferred is not None:  # the writer's own exact check, run later
        text, losses = deferred(works, **options)

        def later() -> Report:
            out = Report()
            losses(out)
            return out
    elif exact or not verify or options.get("references"):  # references=True: other records
        own = report if report is not None else Report()
        text = fmt.write(works, report=own, **options)
    else:
        own = Report()
        text = fmt.write(works, report=own, **options)

        def later() -> Report:
            return _exact_losses(fmt, works, text, own)

    if report is None:
        return Written(text, later=later) if later is not None else Written(text, own)
    if later is not None:
        report.extend(later())
    elif own is not report:
        report.extend(own)
    return Written(text, report)


_ROLE_FIELDS = frozenset(ROLES)


def _root(field: str | None) -> str:
    """``contributors[0].name`` -> ``contributors``; a role name stands for ``contributors``."""
    root = re.split(r"[\[.]", field or "", maxsplit=1)[0]
    return "contributors" if root in _ROLE_FIELDS else root


def _exact_losses(fmt: FormatModule, works: list[Work], text: str, own: Report) -> Report:
    """The writer's loss report made exact by reading the output back: every field that did not
    come back unchanged is named (``dropped`` when nothing came back, else ``degraded``), and a
    claimed loss of a field that came back unchanged is withdrawn."""
    try:
        back = list(fmt.read(text, source=None, report=Report()))
    except ScholarmetaError:
        return own
    out = Report(d for d in own if d.kind not in ("dropped", "degraded") or _root(d.field) not in
                 Work.model_fields)  # fmt: skip
    for work, got in zip(works, back, strict=False):
        changed = changed_values(work, got, Work.model_fields)
        record = work.id or work.title
        claimed: set[str] = set()
        for d in own:
            mine = len(works) == 1 or d.record in (record, None, work.id, work.title)
            if d.kind in ("dropped", "degraded") and mine:
                root = _root(d.field)
                if root in changed:
                    if d.field == "extra":
                        out.extend(d.model_copy(update={"field": f})
                                   for f, _ in loss_fields("extra", changed[root], work, got))
                    else:
                        out.append(d if d.field and root == d.field.split("[")[0] else
                                   d.model_copy(update={"field": root}))  # fmt: skip
                    claimed.add(root)
        for k in sorted(changed.keys() - claimed):
            for field, empty in loss_fields(k, changed[k], work, got):
                out.add("dropped" if empty else "degraded",
                        f"{fmt.NAME} does not keep this field" if empty else
                        f"{fmt.NAME} keeps this field only in part",
                        format=fmt.NAME, record=record, field=field)  # fmt: skip
    return out
