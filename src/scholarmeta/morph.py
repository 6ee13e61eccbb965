"""Russian noun phrases from the genitive to the nominative, through pymorphy3.

Affiliation lines name the institution in the genitive ("студент Карагандинского
университета"), while metadata wants the name itself ("Карагандинский университет"). Only the
head — the leading adjectives and the first noun — changes; what follows it ("имени академика
Е.А. Букетова", "экономики и бизнеса") is genitive in the name itself and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["ru_nominative", "ru_proper_kind"]

_WORD_RE = re.compile(r"^[А-Яа-яЁё-]+$")


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _with_case_of(new: str, old: str) -> str:
    """``new`` cased like ``old``, hyphen part by hyphen part ("Южно-Казахстанский")."""
    new_parts, old_parts = new.split("-"), old.split("-")
    if len(new_parts) != len(old_parts):
        new_parts, old_parts = [new], [old]
    out = []
    for n, o in zip(new_parts, old_parts, strict=True):
        if o.isupper() and len(o) > 1:
            out.append(n.upper())
        elif o[:1].isupper():
            out.append(n[:1].upper() + n[1:])
        else:
            out.append(n)
    return "-".join(out)


@lru_cache(maxsize=2048)
def ru_nominative(phrase: str) -> str:
    """The phrase with its head (leading adjectives + first noun) in the nominative; unchanged
    when the head is not in the genitive.

    >>> ru_nominative("Карагандинского университета имени академика Е.А. Букетова")
    'Карагандинский университет имени академика Е.А. Букетова'
    >>> ru_nominative("Евразийского национального университета им. Л.Н. Гумилева")
    'Евразийский национальный университет им. Л.Н. Гумилева'
    >>> ru_nominative("Казахский национальный университет")
    'Казахский национальный университет'
    """
    tokens = phrase.split()
    morph = _analyzer()
    head: list[tuple[int, Any]] = []
    for i, tok in enumerate(tokens):
        if not _WORD_RE.match(tok) or (len(tok) > 1 and tok.isupper()):
            break  # an abbreviation ("НИШ ФМН") is no declined word
        parses = [p for p in morph.parse(tok) if "gent" in p.tag and p.tag.POS in ("ADJF", "PRTF", "NOUN")]
        if not parses:
            break
        adj = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF")), None)
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        # an adjective reading wins while more words follow ("Московского" is also a surname)
        if adj is not None and (noun is None or i + 1 < len(tokens)):
            head.append((i, adj))
            continue
        if noun is not None:
            head.append((i, noun))
        break
    if not head or head[-1][1].tag.POS != "NOUN":
        return phrase
    noun = head[-1][1]
    out = list(tokens)
    for i, p in head:
        grams = {"nomn", noun.tag.number or "sing"}
        if p.tag.POS != "NOUN" and noun.tag.number != "plur" and noun.tag.gender:
            grams.add(noun.tag.gender)
        form = p.inflect(grams)
        if form is None:
            return phrase
        out[i] = _with_case_of(form.word, tokens[i])
    return " ".join(out)


@lru_cache(maxsize=8192)
def ru_proper_kind(word: str) -> str | None:
    """``"abbr"`` for a Russian abbreviation the dictionary knows (США, ООН, ВВП), ``"name"`` for a
    place or organisation name (Россия, Москвы), else None (also for unknown words: a guess is
    no evidence).

    >>> ru_proper_kind("сша"), ru_proper_kind("европы"), ru_proper_kind("опыт")
    ('abbr', 'name', None)
    """
    low = word.lower()
    if not _WORD_RE.match(low):
        return None
    morph = _analyzer()
    if not morph.word_is_known(low):
        return None
    tags = {str(g) for p in morph.parse(low)[:1] for g in p.tag.grammemes}
    if "Abbr" in tags:
        return "abbr"
    if tags & {"Geox", "Orgn"}:  # person names are left out: "Вера", "Роза" are words too
        return "name"
    return None
