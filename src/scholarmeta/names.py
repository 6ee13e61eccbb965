"""BibTeX name lists: split ``A and B and others`` and each name into First / von / Last / Jr.

Why hand-written: bibtexparser's name middleware re-scans every value character by character and
is several times slower; this keeps BibTeX's own rules (brace depth, lower-case ``von`` words,
zero/one/two commas) in one pass per name, on the LaTeX source, before decoding.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "PATRONYMIC_ENDINGS",
    "PATRONYMIC_RE", "NameParts", "is_others", "parse_name", "split_names", "split_patronymic"]


PATRONYMIC_ENDINGS: tuple[str, ...] = (
    "ұлы", "улы", "қызы", "кызы", "ович", "евич", "ьич", "овна", "евна", "ична", "инична",
    "uly", "kyzy", "qyzy", "ovich", "evich", "ovna", "evna", "ichna",
)  # fmt: skip
"""Endings of Kazakh and Russian patronymics (Cyrillic and romanised)."""

PATRONYMIC_RE = re.compile("(?:" + "|".join((*PATRONYMIC_ENDINGS, "ич")) + r")\.?$", re.I)
"""A word ending like a patronymic ("Ильич" too)."""

_AND = re.compile(r"\s+and\s+", re.I)


def split_patronymic(given: str | None) -> tuple[str | None, str | None]:
    """Given names whose last word is a patronymic, as (given, patronymic): formats with no
    patronymic field (BibTeX, JATS, CSL) write it after the given name.

    >>> split_patronymic("Гүлжан Қажымұратқызы"), split_patronymic("Mary Ann")
    (('Гүлжан', 'Қажымұратқызы'), ('Mary Ann', None))
    """
    if given and " " in given.strip() and PATRONYMIC_RE.search(given.strip()):
        first, _, patronymic = given.strip().rpartition(" ")
        if not first.endswith("."):  # "И. Ильич" keeps the initial as it is
            return first, patronymic
    return given, None


class NameParts(NamedTuple):
    """The four BibTeX parts of a name, still in LaTeX."""

    first: str
    von: str
    last: str
    jr: str


def split_names(value: str) -> list[str]:
    """Split a name list on `` and `` at brace depth 0.

    >>> split_names("Doe, J. and {Barnes and Noble} AND others")
    ['Doe, J.', '{Barnes and Noble}', 'others']
    """
    value = value.strip()
    if not value:
        return []
    if "{" not in value:
        return [n.strip() for n in _AND.split(value) if n.strip()]
    out: list[str] = []
    depth = start = 0
    i, n = 0, len(value)
    while i < n:
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and ch.isspace():
            m = _AND.match(value, i)
            if m:
                out.append(value[start:i])
                start = i = m.end()
                continue
        i += 1
    out.append(value[start:])
    return [s.strip() for s in out if s.strip()]


def is_others(name: str) -> bool:
    """``others`` ends a truncated list ("et al.").

    >>> is_others(" others")
    True
    """
    return name.strip().lower() == "others"


def _tokens(name: str) -> list[str]:
    """Words and commas at brace depth 0 (``~`` separates words as a space does)."""
    if "{" not in name and "\\" not in name:
        return name.replace(",", " , ").replace("~", " ").split()
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    prev = ""
    for ch in name:
        escaped, prev = prev == "\\", ch
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0 and not escaped and (ch.isspace() or ch == "~" or ch == ","):
            if cur:
                out.append("".join(cur))
                cur = []
            if ch == ",":
                out.append(",")
            continue
        cur.append(ch)
    if cur:
        out.append("".join(cur))
    return out


def _is_von(word: str) -> bool:
    """BibTeX's test: the first letter at depth 0 (or of a ``{\\x}`` special) is lower case."""
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch.isalpha():
            return ch.islower()
        if ch == "{":
            if i + 1 < n and word[i + 1] == "\\":
                j = i + 2
                if j < n and word[j].isalpha():  # {\oe}, {\L}: the command decides
                    return word[j].islower()
                while j < n and not word[j].isalpha():
                    j += 1
                return j < n and word[j].islower()
            depth = 1
            i += 1
            while i < n and depth:  # a plain group is caseless: skip it
                depth += {"{": 1, "}": -1}.get(word[i], 0)
                i += 1
            continue
        i += 1
    return False


def _split_von_last(words: list[str]) -> tuple[str, str]:
    """``von Last`` words: von runs to the last lower-case word before the final word."""
    if not words:
        return "", ""
    last_von = -1
    for k, w in enumerate(words[:-1]):
        if _is_von(w):
            last_von = k
    if last_von < 0:
        return "", " ".join(words)
    return " ".join(words[: last_von + 1]), " ".join(words[last_von + 1 :])


@lru_cache(maxsize=16384)
def parse_name(name: str) -> NameParts:
    """Split one BibTeX name into First, von, Last, Jr (still LaTeX); cached, names repeat.

    >>> parse_name("Ludwig van Beethoven")
    NameParts(first='Ludwig', von='van', last='Beethoven', jr='')
    >>> parse_name("de la Vallée Poussin, Jr, Charles")
    NameParts(first='Charles', von='de la', last='Vallée Poussin', jr='Jr')
    >>> parse_name("{World Health Organization}")
    NameParts(first='', von='', last='{World Health Organization}', jr='')
    """
    toks = _tokens(name)
    parts: list[list[str]] = [[]]
    for t in toks:
        if t == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    parts = [p for p in parts if p] or [[]]
    if len(parts) == 1:
        words = parts[0]
        if len(words) <= 1:
            return NameParts("", "", " ".join(words), "")
        # First = words before the first von word (the last word is always Last)
        k = next((i for i, w in enumerate(words[:-1]) if _is_von(w)), None)
        if k is None:
            return NameParts(" ".join(words[:-1]), "", words[-1], "")
        von, last = _split_von_last(words[k:])
        return NameParts(" ".join(words[:k]), von, last, "")
    von, last = _split_von_last(parts[0])
    if len(parts) == 2:
        return NameParts(" ".join(parts[1]), von, last, "")
    return NameParts(" ".join(" ".join(p) for p in parts[2:]), von, last, " ".join(parts[1]))
