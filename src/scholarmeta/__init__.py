"""scholarmeta: scholarly articles into clean, standard metadata.

>>> import scholarmeta
>>> work = scholarmeta.read('[{"id": "a", "type": "book", "title": "Title"}]')
>>> work.title
'Title'
"""

from __future__ import annotations

from collections.abc import Iterable

__version__ = "0.1.0"

from .api import read, read_all, write
from .errors import (
    DecodeError,
    FormatDetectionError,
    FormatError,
    InputError,
    InvalidFieldError,
    OverrideError,
    ParseError,
    ScholarmetaError,
    SourceNotFoundError,
    UnknownFormatError,
    UnsupportedOperationError,
    WriteError,
)
from .model import (
    Abstract,
    Affiliation,
    Contributor,
    Figure,
    Identifier,
    KeywordGroup,
    LangString,
    PartialDate,
    PersonName,
    Reference,
    Section,
    Table,
    Work,
)
from .report import Diagnostic, Report, Written


# thin wrappers: the reference parser (its rule tables and CRF model) loads on first use, so
# `import scholarmeta` stays fast for scripts that never parse a reference string
def parse_reference(text: str, lang: str | None = None) -> Reference:
    """Parse one free-text reference string into a :class:`Reference` (the raw string always
    kept; ``lang`` is detected when not given). See :mod:`scholarmeta.refparse`.

    >>> r = parse_reference("Иванов И.И. Физика. – М.: Наука, 2019. – 288 с.")
    >>> r.work.type, r.work.issued.year
    ('book', 2019)
    """
    from .refparse import parse_reference as parse

    return parse(text, lang)


def parse_references(lines: Iterable[str] | str, lang: str | None = None) -> list[Reference]:
    """Parse a reference list: one string per reference, or a numbered list whose items may
    wrap over several lines.

    >>> refs = parse_references("1. Doe J. Title. 2020.\\n2. Roe R. Other. 2021.")
    >>> [(r.label, r.work.issued.year) for r in refs]
    [('1', 2020), ('2', 2021)]
    """
    from .refparse import parse_references as parse

    return parse(lines, lang)


__all__ = [
    "Abstract",
    "Affiliation",
    "Contributor",
    "DecodeError",
    "Diagnostic",
    "Figure",
    "FormatDetectionError",
    "FormatError",
    "Identifier",
    "InputError",
    "InvalidFieldError",
    "KeywordGroup",
    "LangString",
    "OverrideError",
    "ParseError",
    "PartialDate",
    "PersonName",
    "Reference",
    "Report",
    "ScholarmetaError",
    "Section",
    "SourceNotFoundError",
    "Table",
    "UnknownFormatError",
    "UnsupportedOperationError",
    "Work",
    "WriteError",
    "Written",
    "__version__",
    "parse_reference",
    "parse_references",
    "read",
    "read_all",
    "write",
]
