"""Format plugins. A format is one module exporting ``NAME``, ``DESCRIPTION``, ``EXTENSIONS``,
``sniff``, ``read`` and/or ``write`` (see :class:`FormatModule`) and its mapping tables. A
format whose document holds a single work (JATS) sets ``ONE_WORK_PER_DOCUMENT = True``. A
format whose writer checks its own losses (``EXACT_LOSSES = True``) may also export
``write_deferred(works, **options) -> (text, losses)``: the text now, and the loss check as a
function that fills a report later (``scholarmeta.write`` runs it only when ``.report`` is read).

Modules are imported on first use, so the CLI starts fast and a format's dependencies load only
when it is used.

>>> get_format("csljson").NAME
'csljson'
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any, Protocol

from ..errors import FormatDetectionError, UnknownFormatError, UnsupportedOperationError
from ..model import Work
from ..report import Report

__all__ = [
    "FORMAT_MODULES",
    "FormatModule",
    "available_formats",
    "detect_format",
    "get_format",
    "reader_of",
    "writer_of",
]

# name -> module; the order is the order of `scholarmeta formats` and of sniffing ties.
FORMAT_MODULES: dict[str, str] = {
    "html": "scholarmeta.formats.html",
    "bibtex": "scholarmeta.formats.bibtex",
    "biblatex": "scholarmeta.formats.biblatex",
    "csljson": "scholarmeta.formats.csljson",
    "jats": "scholarmeta.formats.jats",
    "ris": "scholarmeta.formats.ris",
    "dc": "scholarmeta.formats.dc",
}


class FormatModule(Protocol):
    """What a format module provides. ``read`` or ``write`` may be ``None``."""

    NAME: str
    DESCRIPTION: str
    EXTENSIONS: tuple[str, ...]
    WRITE_OPTIONS: frozenset[str]

    def sniff(self, text: str, filename: str | None = None) -> float:
        """Confidence in [0, 1] that ``text`` is in this format."""
        ...

    def read(self, text: str, *, source: str | None, report: Report) -> Iterator[Work]:
        """Yield the works in ``text``; report problems per record and go on."""
        ...

    def write(self, works: list[Work], *, report: Report, **options: Any) -> str:
        """Return the works in this format; report what the format cannot hold."""
        ...


_cache: dict[str, FormatModule] = {}


def get_format(name: str) -> FormatModule:
    """The format module called ``name`` (``bibtex``, ``jats`` …).

    >>> get_format("nope")
    Traceback (most recent call last):
    ...
    scholarmeta.errors.UnknownFormatError: <input>: unknown format 'nope'; known: html, bibtex, biblatex, csljson, jats, ris, dc
    """
    key = name.strip().lower()
    if key in _cache:
        return _cache[key]
    if key not in FORMAT_MODULES:
        raise UnknownFormatError(f"unknown format {name!r}; known: {', '.join(FORMAT_MODULES)}")
    module: Any = importlib.import_module(FORMAT_MODULES[key])
    _cache[key] = module
    return module  # type: ignore[no-any-return]


def available_formats() -> list[FormatModule]:
    """Every format module that imports, in registry order."""
    out = []
    for name in FORMAT_MODULES:
        try:
            out.append(get_format(name))
        except ImportError:  # a format still being written must not break the others
            continue
    return out


def reader_of(name: str) -> FormatModule:
    fmt = get_format(name)
    if getattr(fmt, "read", None) is None:
        raise UnsupportedOperationError(f"format {name!r} cannot be read")
    return fmt


def writer_of(name: str) -> FormatModule:
    fmt = get_format(name)
    if getattr(fmt, "write", None) is None:
        raise UnsupportedOperationError(f"format {name!r} cannot be written")
    return fmt


def detect_format(text: str, filename: str | None = None) -> str:
    """The name of the readable format most confident about ``text``.

    >>> detect_format('[{"id": "a", "type": "book"}]')
    'csljson'
    """
    best, best_score = None, 0.0
    for fmt in available_formats():
        if getattr(fmt, "read", None) is None:
            continue
        score = fmt.sniff(text, filename)
        if score > best_score:
            best, best_score = fmt.NAME, score
    if best is None or best_score < 0.2:
        raise FormatDetectionError("cannot tell the input format; pass --from", source=filename)
    return best
