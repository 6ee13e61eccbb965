"""Language detection for the languages this project reads most: Kazakh, Russian, English
(and, more roughly, other Cyrillic and Latin-script languages).

Why hand-written: general detectors either lack Kazakh (langdetect), need a model download
(fastText) or cost milliseconds per call (lingua); Kazakh, Russian and English are told apart
exactly by script and by the nine letters only Kazakh uses, plus a few function words for short
texts. This runs in microseconds, which the 1,000-pages-per-second target needs.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["detect_language", "letter_counts", "normalize_space", "script_of"]

_KK_WORDS = frozenset(
    "және мен бен пен бұл осы үшін деп болып табылады арқылы туралы сондай ал бойынша қазақстан "
    "мақала зерттеу жылы бірге тек бар жоқ емес еді оның олар біз сіз мұнда".split()
)
_RU_WORDS = frozenset(
    "и в во на не что с со по из к у от для как это при о об а но же или также был была были "
    "статья статье исследования которые который является этого".split()
)
_EN_WORDS = frozenset(
    "the of and to in is for on with as by that this are from at be an which was were".split()
)
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def normalize_space(text: str) -> str:
    """Collapse runs of white space (including no-break and zero-width spaces) to one space.

    >>> normalize_space("a\\u00a0\\u00a0 b\\u200b ")
    'a b'
    """
    # Fast paths, in C: a printable text has no white space but " " and none of the three
    # invisible characters (all are Unicode separators or "other"), so it is already
    # normalised when it has no double, leading or trailing space; and most texts come that way.
    if text.isprintable():
        if "  " not in text and text[:1] != " " and text[-1:] != " " and type(text) is str:
            return text
        return " ".join(text.split())
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    return " ".join(text.split())


# Letters are counted on the UTF-8 bytes, in C: ASCII letters are those bytes; U+00C0-U+023F
# have lead bytes C3-C8 and U+0240-U+024F are C9 80-8F; Cyrillic (U+0400-U+04FF) leads D0-D3.
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_LATIN_LEAD = bytes(b for b in range(256) if not 0xC3 <= b <= 0xC8)
_NOT_CYRL_LEAD = bytes(b for b in range(256) if not 0xD0 <= b <= 0xD3)
_C9_LATIN_RE = re.compile(rb"\xc9[\x80-\x8f]")
# words (maximal runs of word characters) that begin with a Cyrillic letter
_CYR_WORD_RE = re.compile(r"(?<!\w)(?=[\u0400-\u04ff])\w+")
_KK_SET = frozenset("әғқңөұүһі")
_KK_ONLY_SET = frozenset("әғқұі")
_KY_SET = frozenset("ңөү")
_UK_SET = frozenset("їєґ")
# Kazakh in the Latin alphabet of 2021 ("Qazaqstan", "ǵylymı", "zertteý"): its letters beyond
# ASCII, of which ǵ, ń, ý and dotless ı mark it off from the Romance languages' accents (Turkish,
# Czech and Polish writing have letters outside the set: ş ç ğ, ř č š, ł ą ę)
_KK_LATN_LETTERS = frozenset("áéíóúǵńýı")
_KK_LATN_MARKS = frozenset("ǵńýı")
_KK_LATN_WORDS = frozenset(
    "jáne men ben pen bul osy úshin arqyly týraly boıynsha maqala maqalada zertteý zertteýler "
    "qazaqstan qazaqstannyń retinde sondaı".split()
)
_SAMPLE = 600  # characters: more rarely changes the verdict, and long texts stay cheap


def letter_counts(text: str) -> tuple[int, int]:
    """How many Latin (A-Z, a-z, U+00C0-U+024F) and Cyrillic (U+0400-U+04FF) letters ``text``
    has, counted in C on its UTF-8 bytes.

    >>> letter_counts("Алматы, KZ")
    (2, 6)
    """
    raw = text.encode("utf-8", "surrogatepass")
    lat = len(raw.translate(None, _NOT_ASCII_LETTER))
    if text.isascii():
        return lat, 0
    lat += len(raw.translate(None, _NOT_LATIN_LEAD))
    if b"\xc9" in raw:
        lat += len(_C9_LATIN_RE.findall(raw))
    return lat, len(raw.translate(None, _NOT_CYRL_LEAD))


def script_of(text: str, sample: int = _SAMPLE) -> str | None:
    """``Cyrl``, ``Latn`` or ``None``: the script of most letters of the first ``sample``
    characters.

    >>> script_of("Алматы қаласы, KZ")
    'Cyrl'
    """
    lat, cyr = letter_counts(text[:sample])
    if cyr == lat == 0:
        return None
    return "Cyrl" if cyr >= lat else "Latn"


_HANGUL_RE = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RE = re.compile("|".join(r.pattern for r in (_HANGUL_RE, _KANA_RE, _HAN_RE)))


def _cjk_language(sample: str) -> str | None:
    """``ko`` for Hangul, ``ja`` for kana (Japanese writes its particles in kana), ``zh`` for
    Han alone, else None."""
    if _HANGUL_RE.search(sample):
        return "ko"
    if _KANA_RE.search(sample):
        return "ja"
    return "zh" if _HAN_RE.search(sample) else None


@lru_cache(maxsize=4096)
def detect_language(text: str) -> str | None:
    """Guess the language of ``text``: ``kk``, ``ru``, ``uk``, ``be``, ``ky``, ``en``, ``zh``,
    ``ja``, ``ko``, ``kk-Latn`` (Kazakh in the Latin alphabet) or ``None``.

    >>> detect_language("Мақала тәуелсіздік тәжірибесін зерттейді")
    'kk'
    >>> detect_language("Статья посвящена внешней политике Казахстана")
    'ru'
    >>> detect_language("This article analyses foreign policy")
    'en'
    >>> detect_language("城市规划研究"), detect_language("弥生時代小形仿製鏡について")
    ('zh', 'ja')
    """
    sample = text[:_SAMPLE].lower()
    script = script_of(sample)
    if script is None:
        return None if sample.isascii() else _cjk_language(sample)
    if script == "Cyrl":
        cyr_words = _CYR_WORD_RE.findall(sample)
        n = len(cyr_words)
        if not n:
            return None
        letters = "".join(cyr_words)
        if any(c in letters for c in _UK_SET):
            return "uk"
        if "ў" in letters:
            return "be"
        # counted with C-level maps (the word sets are disjoint)
        kk_words = n - sum(map(_KK_SET.isdisjoint, cyr_words))
        kk_fn = sum(map(_KK_WORDS.__contains__, cyr_words))
        ru_fn = sum(map(_RU_WORDS.__contains__, cyr_words))
        # A Russian text may quote a Kazakh name or two; Kazakh text has such letters in
        # roughly every third word, and its own function words.
        kk_score = kk_words / n + 0.5 * kk_fn / n
        ru_score = 0.6 * ru_fn / n
        if kk_words and kk_score >= max(0.12, ru_score):
            if not any(c in letters for c in _KK_ONLY_SET) and any(c in letters for c in _KY_SET):
                return "ky"
            return "kk"
        return "ru"
    if not sample.isascii():  # "城市规划研究[J]": a Latin letter or two among CJK ones
        cjk = len(_CJK_RE.findall(sample))
        if cjk and cjk > letter_counts(sample)[0]:
            return _cjk_language(sample)
    words = _WORD_RE.findall(sample)
    if not sample.isascii() and _kazakh_latin(words):
        return "kk-Latn"
    if any(w in _EN_WORDS for w in words) or sample.isascii():
        return "en"
    return None


def _kazakh_latin(words: list[str]) -> bool:
    """Whether Latin-script ``words`` are Kazakh: no letter outside the 2021 alphabet, one of
    its own (ǵ ń ý ı), and either a fifth of the words with its letters or a Kazakh function
    word outnumbering the English ones (a Polish name in an English sentence is no Kazakh)."""
    extra = {c for w in words for c in w if not c.isascii()}
    if not extra or not extra <= _KK_LATN_LETTERS or not extra & _KK_LATN_MARKS:
        return False
    marked = sum(not w.isascii() for w in words)
    en = sum(w in _EN_WORDS for w in words)
    kk = sum(w in _KK_LATN_WORDS for w in words)
    return (5 * marked >= len(words) and 10 * en < len(words)) or (kk > en and 20 * marked >= len(words))
