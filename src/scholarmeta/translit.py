"""Romanisation of Kazakh and Russian Cyrillic to plain ASCII, and ASCII fallbacks for any script.

The Kazakh and Russian tables are the simple scheme that Kazakh publishing sites use in author
slugs (``Қажымұратқызы`` → ``Kazhymuratkyzy``); anyascii covers every other script.
"""

from __future__ import annotations

import unicodedata

from anyascii import anyascii

__all__ = ["CYRILLIC_TO_LATIN", "ascii_fold", "romanize"]

CYRILLIC_TO_LATIN: dict[str, str] = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
}  # fmt: skip

_TABLE = {ord(k): v for k, v in CYRILLIC_TO_LATIN.items()}
_TABLE.update({ord(k.upper()): v.title() for k, v in CYRILLIC_TO_LATIN.items() if v})
_TABLE.update({ord(k.upper()): "" for k, v in CYRILLIC_TO_LATIN.items() if not v})


def romanize(text: str) -> str:
    """Romanise Cyrillic with the table above and anything else with anyascii.

    >>> romanize("Тулекова Гүлжан Қажымұратқызы")
    'Tulekova Gulzhan Kazhymuratkyzy'
    >>> romanize("Щукин")
    'Shchukin'
    """
    return anyascii(text.translate(_TABLE))


# every byte but a-z and 0-9: what ascii_fold deletes from the (ASCII) romanised form
_NOT_FOLDED = bytes(b for b in range(256) if not (48 <= b <= 57 or 97 <= b <= 122))


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only, for keys and comparisons.

    >>> ascii_fold("Müller-Łukasz")
    'mullerlukasz'
    """
    s = romanize(unicodedata.normalize("NFC", text)).lower()
    # romanize gives ASCII; what is not a-z or 0-9 is deleted in C (no regex per call)
    return s.encode("ascii", "ignore").translate(None, _NOT_FOLDED).decode("ascii")
