"""scholarmeta: scholarly articles into clean, standard metadata.

>>> import scholarmeta
>>> work = scholarmeta.read('[{"id": "a", "type": "book", "title": "Title"}]')
>>> work.title
'Title'
"""

from __future__ import annotations

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
    "read",
    "read_all",
    "write",
]
