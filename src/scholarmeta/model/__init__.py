"""Pydantic models of a scholarly work. They know no format; readers fill them, writers read them."""

from .dates import PartialDate
from .identifiers import IdentifierScheme, normalize_identifier
from .work import (
    ROLES,
    WORK_TYPES,
    Abstract,
    Affiliation,
    Contributor,
    Figure,
    Identifier,
    KeywordGroup,
    LangString,
    PersonName,
    Reference,
    Role,
    Section,
    Table,
    Work,
    WorkType,
    first_text,
    text_in,
)

__all__ = [
    "ROLES",
    "WORK_TYPES",
    "Abstract",
    "Affiliation",
    "Contributor",
    "Figure",
    "Identifier",
    "IdentifierScheme",
    "KeywordGroup",
    "LangString",
    "PartialDate",
    "PersonName",
    "Reference",
    "Role",
    "Section",
    "Table",
    "Work",
    "WorkType",
    "first_text",
    "normalize_identifier",
    "text_in",
]
