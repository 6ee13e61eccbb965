"""Tokenisation and CRF features for reference strings (pure Python, no model here)."""

from __future__ import annotations

import re

__all__ = ["TOKEN_RE", "WORD_CLASSES", "featurize", "tokenize"]

# Letter runs (with apostrophes), digit runs, and runs of one punctuation character ("//",
# "..."): "D60" splits into journal letter and volume, as GROBID labels them.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|_+|([^\w\s])\1*")

# Dictionary classes: words whose role is known whatever the style (lower-cased, no dot).
WORD_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june"
        " july august september october november december янв фев мар апр май июн июл авг сен"
        " окт ноя дек января февраля марта апреля мая июня июля августа сентября октября ноября"
        " декабря".split(),
        "month",
    ),
    **dict.fromkeys("pp p pgs pages page s с б бб стр сс c".split(), "pages"),
    **dict.fromkeys("vol vols volume volumes v т том tome bd band".split(), "vol"),
    **dict.fromkeys("no nos nr num number issue iss № вып выпуск n heft".split(), "no"),
    **dict.fromkeys("ed eds edn editor editors edited hrsg ред редактор редакцией".split(), "ed"),
    **dict.fromkeys("in в кн inn dans".split(), "in"),
    **dict.fromkeys("and und et и y е мен және".split(), "and"),
    **dict.fromkeys("al др б т.б etc".split(), "etal"),
    **dict.fromkeys(
        "press verlag publishers publishing publisher издательство изд баспа"
        " наука press. wiley springer elsevier routledge".split(),
        "press",
    ),
    **dict.fromkeys(
        "university universität université univ университет университеті"
        " institute институт институты academy академия".split(),
        "univ",
    ),
    **dict.fromkeys(
        "journal j review rev letters lett transactions trans bulletin вестник"
        " журнал хабаршы известия журналы".split(),
        "journal",
    ),
    **dict.fromkeys(
        "proc proceedings conference conf symposium workshop congress материалы"
        " конференции конф сборник труды".split(),
        "proc",
    ),
    **dict.fromkeys(
        "м спб l москва moscow london алматы астана almaty astana new paris"
        " berlin киев минск новосибирск нур-султан".split(),
        "place",
    ),
    **dict.fromkeys("электронный ресурс электрондық ресурс".split(), "eres"),
    **dict.fromkeys("url http https www doi isbn issn arxiv".split(), "id"),
    **dict.fromkeys("дата обращения қаралған accessed retrieved available".split(), "access"),
    **dict.fromkeys("под пер перевод translated trans".split(), "trans"),
    **dict.fromkeys("thesis dissertation phd дис диссертация автореф канд докт".split(), "thesis"),
    **dict.fromkeys("edition изд ed 2nd 3rd 4th 2-е 3-е".split(), "edn"),
}

_CYR = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LAT = re.compile(r"[A-Za-z]")
_YEAR = re.compile(r"^(1[5-9]\d\d|20[0-4]\d)[a-z]?$")
_SHAPE_SUBS = (
    (re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"), "X"),
    (re.compile(r"[a-zа-яёәғқңөұүһі]"), "x"),
    (re.compile(r"\d"), "d"),
)
_RUN = re.compile(r"(.)\1{2,}")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens with their character spans.

    >>> [t for t, _, _ in tokenize("Иванов И.И. // Вестник. – 2019.")]
    ['Иванов', 'И', '.', 'И', '.', '//', 'Вестник', '.', '–', '2019', '.']
    """
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def _shape(tok: str) -> str:
    s = tok
    for rx, rep in _SHAPE_SUBS:
        s = rx.sub(rep, s)
    return _RUN.sub(r"\1\1", s)[:6]


def _script(tok: str) -> str:
    if _CYR.search(tok):
        return "cyr"
    if _LAT.search(tok):
        return "lat"
    if tok[:1].isdigit():
        return "dig"
    return "pun"


_Static = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_STATIC: dict[str, _Static] = {}


def _static(tok: str) -> _Static:
    """Context-free features of a token string and the features it gives its neighbours at
    -1, -2, +1, +2; cached, since tokens repeat a lot."""
    hit = _STATIC.get(tok)
    if hit is not None:
        return hit
    low = tok.lower()
    shape = _shape(tok)
    cls = WORD_CLASSES.get(low, "")
    f = ["w=" + low[:20], "sh=" + shape, "sc=" + _script(tok)]
    if cls:
        f.append("cls=" + cls)
    if _YEAR.match(low):
        f.append("year")
    if tok.isdigit():
        f.append("dig=" + str(min(len(tok), 5)))
    elif _DIGIT.search(tok):
        f.append("hasdig")
    if len(tok) > 1 and tok.isupper() and tok.isalpha():
        f.append("allcaps")
    if len(tok) > 3 and low.endswith(("ова", "ева", "ов", "ев", "ин", "ina", "ova", "ov", "ev")):
        f.append("rusfam")
    if len(tok) > 4 and tok.isalpha():
        f.append("suf=" + low[-3:])
    w = low[:20]
    out = (
        tuple(f),
        ("w-1=" + w, "sh-1=" + shape, "c-1=" + cls),
        ("w-2=" + w, "c-2=" + cls, "sh-2=" + shape),
        ("w+1=" + w, "sh+1=" + shape, "c+1=" + cls),
        ("w+2=" + w, "c+2=" + cls, "sh+2=" + shape),
    )
    if len(_STATIC) < 200_000:
        _STATIC[tok] = out
    return out


_DIGIT = re.compile(r"\d")
_POS = tuple(f"pos={k}" for k in range(10))
_DOTS = tuple(f"dots={k}" for k in range(7))
_COMMAS = tuple(f"com={k}" for k in range(7))
_CHUNK_END = frozenset({".", ",", ":", ";", "//", "–", "—", ")", "]"})


def featurize(text: str, toks: list[tuple[str, int, int]]) -> list[list[str]]:
    """CRF feature strings for each token (one list per token).

    >>> featurize("Doe J.", tokenize("Doe J."))[1][:2]
    ['w=j', 'sh=X']
    """
    n = len(toks)
    lows = [t.lower() for t, _, _ in toks]
    stat = [_static(t) for t, _, _ in toks]
    ws_before = [i == 0 or toks[i - 1][2] < s for i, (_, s, _) in enumerate(toks)]
    out: list[list[str]] = []
    dots = commas = 0
    paren = brack = quote = 0
    seen_slash = seen_year = seen_colon = seen_dash = False
    for i, (tok, _s, _e) in enumerate(toks):
        low = lows[i]
        f = list(stat[i][0])
        f.append(_POS[10 * i // n])
        f.append(_DOTS[min(dots, 6)])
        f.append(_COMMAS[min(commas, 6)])
        if i and ws_before[i] and toks[i - 1][0] in _CHUNK_END:
            f.append("chunk0")
        if len(tok) == 1 and tok.isupper() and i + 1 < n and toks[i + 1][0] == ".":
            f.append("initial")
        if ws_before[i]:
            f.append("ws")
        if i + 1 < n and not ws_before[i + 1]:
            f.append("glued")
        if paren:
            f.append("inpar")
        if brack:
            f.append("inbrk")
        if quote:
            f.append("inquo")
        if seen_slash:
            f.append("afterslash")
        if seen_year:
            f.append("afteryear")
        if seen_colon:
            f.append("aftercolon")
        if seen_dash:
            f.append("afterdash")
        if i == 0:
            f.append("BOS")
        else:
            f.extend(stat[i - 1][1])
            f.append("bg=" + lows[i - 1][:12] + "|" + low[:12])
            if i > 1:
                f.extend(stat[i - 2][2])
        if i == n - 1:
            f.append("EOS")
        else:
            f.extend(stat[i + 1][3])
            if i < n - 2:
                f.extend(stat[i + 2][4])
        out.append(f)
        # state for the next tokens
        if tok in "([":
            paren += tok == "("
            brack += tok == "["
        elif tok in ")]":
            paren = max(0, paren - (tok == ")"))
            brack = max(0, brack - (tok == "]"))
        elif tok in '"“”«»„':
            quote = 0 if quote and tok in '"”»' else 1
        elif tok == "//":
            seen_slash = True
        elif tok == ":":
            seen_colon = True
        elif tok in ("–", "—", "-") and ws_before[i]:
            seen_dash = True
        if _YEAR.match(low):
            seen_year = True
        if tok == ",":
            commas += 1
        if (
            tok in (".", "//", "?", "!")
            and i > 0
            and (len(toks[i - 1][0]) > 2 or toks[i - 1][0].isdigit())
        ):
            dots += 1
    return out
