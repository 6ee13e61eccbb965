"""The exception tree. Every error raised on bad input is a ``ScholarmetaError`` that names
the source (file) and, where known, the place in it (line, column, field).

::

    ScholarmetaError
    ├── InputError                 bad input
    │   ├── SourceNotFoundError    the file does not exist / cannot be read      (exit 3)
    │   ├── DecodeError            bytes that decode in no known encoding        (exit 4)
    │   ├── ParseError             syntax error in the input                      (exit 4)
    │   └── InvalidFieldError      a value that does not fit its field           (exit 4)
    ├── FormatError                format problems
    │   ├── UnknownFormatError     no such format name                            (exit 2)
    │   ├── FormatDetectionError   --from not given and no reader recognises it   (exit 5)
    │   └── UnsupportedOperationError  the format cannot read (or write)          (exit 2)
    ├── OverrideError              a bad --set KEY=VALUE                          (exit 2)
    └── WriteError                 the work cannot be written in that format      (exit 6)
"""

from __future__ import annotations

__all__ = [
    "EXIT_CODES",
    "DecodeError",
    "FormatDetectionError",
    "FormatError",
    "InputError",
    "InvalidFieldError",
    "OverrideError",
    "ParseError",
    "ScholarmetaError",
    "SourceNotFoundError",
    "UnknownFormatError",
    "UnsupportedOperationError",
    "WriteError",
]


class ScholarmetaError(Exception):
    """Base of every error scholarmeta raises on purpose.

    >>> str(ParseError("unexpected '}'", source="a.bib", line=3))
    "a.bib:3: unexpected '}'"
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
        field: str | None = None,
        record: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.field = field
        self.record = record

    @property
    def location(self) -> str:
        """``file:line:column`` plus record and field where known."""
        loc = self.source or "<input>"
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        if self.record:
            loc += f" [{self.record}]"
        if self.field:
            loc += f" (field {self.field})"
        return loc

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class InputError(ScholarmetaError):
    """The input cannot be read as asked."""

    exit_code = 4


class SourceNotFoundError(InputError):
    """The input file does not exist or cannot be opened."""

    exit_code = 3


class DecodeError(InputError):
    """The bytes are in no encoding we could detect."""


class ParseError(InputError):
    """The input is not well-formed for its format."""


class InvalidFieldError(InputError):
    """A value does not fit its field (a bad date, an identifier whose checksum fails)."""


class FormatError(ScholarmetaError):
    """A problem with the choice of format."""

    exit_code = 2


class UnknownFormatError(FormatError):
    """No format has that name."""


class FormatDetectionError(FormatError):
    """No ``--from`` was given and no reader recognises the input."""

    exit_code = 5


class UnsupportedOperationError(FormatError):
    """The format exists but cannot do this (e.g. write ``html``)."""


class OverrideError(ScholarmetaError):
    """A ``--set KEY=VALUE`` override names no field or has a bad value."""

    exit_code = 2


class WriteError(ScholarmetaError):
    """The work cannot be written in the requested format."""

    exit_code = 6


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "some files or records failed (the others were written)",
    2: "usage error: unknown format, bad option or bad --set",
    3: "input file not found or unreadable",
    4: "input could not be parsed (syntax, encoding or an invalid field)",
    5: "input format could not be detected; pass --from",
    6: "the work could not be written in the requested format",
}
