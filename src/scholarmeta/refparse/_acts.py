"""Acts and standards: their designations follow fixed patterns that rules read more
reliably than the tagger ("Об образовании: Закон Республики Казахстан от 27 июля 2007 года
№ 319-III", "Білім туралы: Қазақстан Республикасының 2007 жылғы 27 шілдедегі № 319-III
Заңы", "ГОСТ 7.1-2003. Библиографическая запись …")."""

from __future__ import annotations

import re
from typing import Any

from ._fields import clean, month_number

__all__ = ["finish_act", "finish_standard"]

_STANDARD = re.compile(
    r"^\s*((?:ГОСТ(?:\s+Р)?|СТ\s+РК|ҚР\s+СТ|СНиП|ISO(?:/IEC)?|IEC|DIN(?:\s+EN)?|BS|ASTM)"
    r"\s+[A-Z]?\s?\d[\d.\-–/:]*\d)"
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d\d|20[0-4]\d)(?!\d)")
# "№ 319-III ҚРЗ", "№ 83-V ЗРК": the kind of act (Kazakh/Russian "law of the RK") is part of it
_LAW_NUMBER = re.compile(r"(?:№|\bN[o°]\.?)\s*(\d[\w/.\-–]*(?:\s+(?:ҚРЗ|ЗРК|ҚРК|ҚРП|ФКЗ)\b)?)")
# "от 27 июля 2007 года", "27 шілде 2007 жылғы", "2007 жылғы 27 шілдедегі", "от 29.12.2012"
_ACT_DATE = re.compile(
    r"(?:\bот\s+)?(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})\s*(?:года|г\.|жылғы|ж\.)?"
    r"|(\d{4})\s*(?:жылғы|ж\.)\s+(\d{1,2})\s+([^\W\d_]+)"
    r"|\bот\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:года|г\.)?",
    re.I,
)
# an act's title before the colon: "Об образовании: Закон …", "Білім туралы: … Заңы"
_TITLE_COLON = re.compile(r"^([^:\d№]{3,200}?)\s*:\s+(.+)$", re.S)
_ACT_WORD = re.compile(
    r"\b(?:закон|кодекс|постановление|указ|приказ|заңы|кодексі|жарлығы|қаулысы|бұйрығы)\b", re.I
)


def finish_standard(f: dict[str, Any], text: str) -> None:
    """A standard's designation as ``number``, out of the title, and the year printed after
    it as the date ("ГОСТ 7.1-2003. … – М., 2004." was issued in 2004)."""
    m = _STANDARD.match(text)
    if not m or f.get("author"):
        return
    designation = m.group(1)
    f["type"], f["number"] = "standard", designation
    title = f.get("title", "")
    if title.startswith(designation) and clean(title[len(designation) :]):
        f["title"] = clean(title[len(designation) :])  # "ISO 690:2010. Information …"
    years = [y for y in _YEAR.finditer(text) if y.start() >= m.end()]
    if years:  # the year in the designation is not the year it was published
        f["issued"] = years[-1].group()
    elif f.get("issued") and f["issued"] in designation:
        del f["issued"]


def _act_date(text: str) -> str | None:
    for m in _ACT_DATE.finditer(text):
        if m.group(7):
            d, mo = int(m.group(7)), int(m.group(8))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                return f"{m.group(9)}-{mo:02d}-{d:02d}"
            continue
        if m.group(1):
            day, name, year = m.group(1), m.group(2), m.group(3)
        else:
            year, day, name = m.group(4), m.group(5), m.group(6)
        month = month_number(name)
        if month and 1 <= int(day) <= 31:
            return f"{year}-{month:02d}-{int(day):02d}"
    return None


def finish_act(f: dict[str, Any], text: str) -> None:
    """An act's number, its date as ``issued`` (day included), and, for "Title: Act of …",
    the title before the colon with the kind of act as ``genre``: the tagger splits such
    lines at random."""
    m = _LAW_NUMBER.search(text)
    number = m.group(1).rstrip(".-–") if m else None
    if number:
        f["number"] = number
        for key in ("page", "issue", "volume", "genre"):
            if key in f and re.sub(r"\W", "", f[key]) in re.sub(r"\W", "", "№" + number):
                del f[key]
        genre = f.get("genre", "")
        if genre.startswith(number):  # "604 бұйрығы": the number, then the kind of act
            f["genre"] = clean(genre[len(number) :])
    date = _act_date(text)
    if date:
        f["issued"] = date
    # the act's own description, before its source ("// Казахстанская правда …") or link
    head = re.split(
        r"\s//|\sURL\b|\[Электрон|\sРежим доступа|\sҚол жеткізу|\.\s+[–—-]\s", text, maxsplit=1
    )[0]
    t = _TITLE_COLON.match(head)
    if t and _ACT_WORD.search(t.group(2)) and not _ACT_WORD.search(t.group(1)):
        f["title"] = clean(t.group(1))  # "Об образовании: Закон Республики Казахстан от …"
        kind = _bare(t.group(2))
        if kind:
            f["genre"] = kind
    elif not t and _ACT_WORD.search(head) and f.get("title", "") and _ACT_DATE.search(head):
        f["title"] = _bare(head)  # "Кодекс Республики Казахстан о … от 7 июля 2020 года № 360-VI"
    else:
        return
    for key in ("_journal", "note", "publisher", "publisher-place"):
        if key not in f or str(f[key]) in head:  # not an imprint after ". –"
            f.pop(key, None)
    if "//" not in text:
        f.pop("container-title", None)


def _bare(text: str) -> str:
    """An act's words without its date and number."""
    text = _LAW_NUMBER.sub(" ", _ACT_DATE.sub(" ", text))
    return clean(re.sub(r"\s+от\s*$", "", re.sub(r"\s+", " ", text).strip(" .,;–—-")))
