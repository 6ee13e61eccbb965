"""Free-text reference strings into structured references (interface; the parser fills it)."""

from __future__ import annotations

from collections.abc import Iterable

from ..lang import detect_language, normalize_space
from ..model import Reference

__all__ = ["parse_reference", "parse_references"]


def parse_reference(text: str, lang: str | None = None) -> Reference:
    """Parse one reference string. The raw string is always kept.

    >>> parse_reference("Doe J. A title. 2020.").raw
    'Doe J. A title. 2020.'
    """
    raw = normalize_space(text)
    return Reference(raw=raw, lang=lang or detect_language(raw))


def parse_references(lines: Iterable[str], lang: str | None = None) -> list[Reference]:
    """Parse many reference strings (blank lines skipped)."""
    return [parse_reference(s, lang) for s in lines if s.strip()]
