"""biblatex: ``.bib`` files for biber (read and write).

The reader is shared with :mod:`.bibtex` (biblatex fields, ``@xdata``, ``crossref``
inheritance, ``date``); the writer uses biblatex's fields: ``journaltitle``, ``date``,
``langid``, ``location``, ``editora`` + ``editoratype`` for a supervisor, ``titleaddon`` for a
translated title.

>>> works = list(read("@online{k, title={T}, date={2024-05-10}, langid={russian}}",
...                   source=None, report=Report()))
>>> works[0].type, str(works[0].issued), works[0].language
('webpage', '2024-05-10', 'ru')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Work
from ..report import Report
from ._bibtex_read import read_bib, sniff_bib
from ._bibtex_tables import BIBLATEX_TO_CSL, CSL_TO_BIBLATEX
from ._bibtex_write import write_bib

__all__ = [
    "BIBLATEX_TO_CSL",
    "CSL_TO_BIBLATEX",
    "DESCRIPTION",
    "EXTENSIONS",
    "NAME",
    "WRITE_OPTIONS",
    "read",
    "sniff",
    "write",
]

NAME = "biblatex"
DESCRIPTION = "biblatex (.bib for biber): UTF-8, or LaTeX-escaped ASCII with ascii=True"
EXTENSIONS: tuple[str, ...] = (".bib",)
WRITE_OPTIONS: frozenset[str] = frozenset({"ascii"})


def sniff(text: str, filename: str | None = None) -> float:
    """Confidence that ``text`` is biblatex (above BibTeX only with biblatex-only fields).

    >>> sniff("@online{a, title={T}, date={2020}}") > sniff("@book{a, title={T}}")
    True
    """
    return sniff_bib(text, biblatex=True)


def read(text: str, *, source: str | None = None, report: Report) -> Iterator[Work]:
    """Yield the works of a biblatex file, lazily; broken entries are reported with their line."""
    return read_bib(text, source=source, report=report, fmt=NAME)


def write(works: list[Work], *, report: Report, **options: Any) -> str:
    """The works as biblatex; what biblatex cannot hold is reported.

    >>> from scholarmeta.model import LangString
    >>> print(write([Work(id="k", issued="2024-05", language="en", titles=[LangString(value="T", lang="en")])],
    ...             report=Report()))
    @article{k,
      title = {T},
      date = {2024-05},
      langid = {english}
    }
    <BLANKLINE>
    """
    return write_bib(works, report=report, fmt=NAME, ascii_only=bool(options.get("ascii")))
