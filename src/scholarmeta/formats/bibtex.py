"""BibTeX: classic ``.bib`` files (read and write).

Reading accepts BibTeX and most of biblatex (see :mod:`._bibtex_read`); writing produces
UTF-8 BibTeX, or LaTeX-escaped ASCII with ``ascii=True``.

>>> works = list(read("@article{k, author={M{\\\\\\"u}ller, Anna}, title={On {DNA}}, year=2001}",
...                   source=None, report=Report()))
>>> works[0].title, works[0].authors[0].name.family
('On DNA', 'Müller')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Work
from ..report import Report
from ._bibtex_read import read_bib, sniff_bib
from ._bibtex_tables import BIBTEX_TO_CSL, CSL_TO_BIBTEX
from ._bibtex_write import write_bib

__all__ = [
    "BIBTEX_TO_CSL",
    "CSL_TO_BIBTEX",
    "DESCRIPTION",
    "EXTENSIONS",
    "NAME",
    "WRITE_OPTIONS",
    "read",
    "sniff",
    "write",
]

NAME = "bibtex"
DESCRIPTION = "BibTeX (.bib): read BibTeX/biblatex; write UTF-8 or, with ascii=True, LaTeX-escaped"
EXTENSIONS: tuple[str, ...] = (".bib", ".bibtex")
WRITE_OPTIONS: frozenset[str] = frozenset({"ascii"})


def sniff(text: str, filename: str | None = None) -> float:
    """Confidence that ``text`` is BibTeX.

    >>> sniff("@book{a, title={T}}")
    0.9
    """
    return sniff_bib(text, biblatex=False)


def read(text: str, *, source: str | None = None, report: Report) -> Iterator[Work]:
    """Yield the works of a ``.bib`` file, lazily; broken entries are reported with their line."""
    return read_bib(text, source=source, report=report, fmt=NAME)


def write(works: list[Work], *, report: Report, **options: Any) -> str:
    """The works as BibTeX; what BibTeX cannot hold is reported.

    >>> from scholarmeta.model import LangString
    >>> print(write([Work(id="k", titles=[LangString(value="T", lang="en")])], report=Report()))
    @article{k,
      title = {T}
    }
    <BLANKLINE>
    """
    return write_bib(works, report=report, fmt=NAME, ascii_only=bool(options.get("ascii")))
