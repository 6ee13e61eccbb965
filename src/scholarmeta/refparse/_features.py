"""Tokenisation and CRF features for reference strings (pure Python, no model here)."""

from __future__ import annotations

import re
from collections.abc import Mapping

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


# own features; those given at -1, -2, +1, +2; the chunk-start class; the lower-cased
# token; its bigram prefix ("bg=" and its first 12 letters); whether it is one capital;
# its kind for the chunk features
_Static = tuple[
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
    str,
    str,
    str,
    bool,
    int,
]
_STATIC: dict[str, _Static] = {}


def _static(tok: str) -> _Static:
    """Context-free features of a token string, the features it gives its neighbours at
    -1, -2, +1, +2 and its coarse word class; cached, since tokens repeat a lot."""
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
        f.append("pre=" + low[:3])
    w = low[:20]
    # the neighbours' word class only when they have one, no shape two tokens away: each
    # feature string costs tagging time, these earned little weight
    c = (cls,) if cls else ()
    out = (
        tuple(f),
        ("w-1=" + w, "sh-1=" + shape, *("c-1=" + x for x in c)),
        ("w-2=" + w,),
        ("w+1=" + w, "sh+1=" + shape, *("c+1=" + x for x in c)),
        ("w+2=" + w,),
        _chunk_word(tok, low),
        low,
        "bg=" + low[:12] + "|",
        len(tok) == 1 and tok.isupper(),
        _kind(tok),
    )
    if len(_STATIC) < 200_000:
        _STATIC[tok] = out
    return out


_DIGIT = re.compile(r"\d")
_POS = tuple(f"pos={k}" for k in range(10))
_DOTS = tuple(f"dots={k}" for k in range(7))
_CHUNK_END = frozenset({".", ",", ":", ";", "//", "–", "—", ")", "]"})


def _chunk_word(tok: str, low: str) -> str:
    """A coarse class of a chunk's first word (what the next chunk starts with)."""
    cls = WORD_CLASSES.get(low)
    if cls:
        return cls
    if _YEAR.match(low):
        return "year"
    if tok[:1].isdigit():
        return "dig"
    if tok[:1].isupper():
        return "cap" if len(tok) > 1 else "ini"
    return "low" if tok[:1].isalpha() else "pun"


_CKP = tuple(f"ckp={k}" for k in range(4))
_CKR = tuple(f"ckr={k}" for k in range(5))
_CKN = tuple(f"ckn={k}" for k in range(5))


def _chunks(
    toks: list[tuple[str, int, int]], lx: list[str], stat: list[_Static] | None = None
) -> tuple[list[int], list[tuple[str, ...]]]:
    """Chunk index of each token (chunks end at ". : ; // ? !", a dot only after a word of
    three letters or more or a number, so initials do not split names) and each chunk's
    features: has a year / digits, share of capitalised words, next chunk's start,
    the lexicon classes of its words. ``stat``: the tokens' :func:`_static` features."""
    n = len(toks)
    words = [t for t, _, _ in toks]
    if stat is None:
        stat = [_static(t) for t in words]
    starts = [0]
    for i in [i for i, tok in enumerate(words) if tok in _STRONG]:
        # a full stop after an initial or a two-letter word (not a number) ends no chunk
        if i + 1 < n and not (
            words[i] == "." and i and len(words[i - 1]) < 3 and not words[i - 1].isdigit()
        ):
            starts.append(i + 1)
    starts.append(n)
    of: list[int] = []
    kinds = [st[9] for st in stat]
    feats: list[tuple[str, ...]] = []
    last = len(starts) - 2
    for c in range(last + 1):
        a, b = starts[c], starts[c + 1]
        of += [c] * (b - a)
        ks = kinds[a:b]
        caps = ks.count(_CAP_WORD)
        words_n = caps + ks.count(_LOW_WORD)
        classes = {x for x in lx[a:b] if x in _CHUNK_LEX}
        f = [_CKR[min(last - c, 4)], _CKN[min(c, 4)]]
        if c:
            f.append("pck=" + stat[starts[c - 1]][5])
        if classes:
            f.extend(sorted("ckx=" + x for x in classes))
        if _YEAR_NUM in ks:
            f.append("cky")
        if _NUM in ks:
            f.append("ckd")
        if words_n:
            f.append(
                "ckc=" + ("all" if caps == words_n else "most" if 2 * caps > words_n else "few")
            )
        f.append("nck=" + stat[b][5] if c < last else "nck=END")
        feats.append(tuple(f))
    return of, feats


# a token's kind, as a chunk's features count them
_OTHER, _YEAR_NUM, _NUM, _LOW_WORD, _CAP_WORD = range(5)


def _kind(tok: str) -> int:
    if tok.isdigit():
        return _YEAR_NUM if _YEAR.match(tok) else _NUM
    if len(tok) > 3 and tok.isalpha():
        return _CAP_WORD if tok[0].isupper() else _LOW_WORD
    return _OTHER


_CHUNK_LEX = frozenset({"journal", "cont", "pub", "loc", "title", "note", "genre", "edn"})
_STRONG = frozenset({".", ":", ";", "//", "?", "!"})


def featurize(
    text: str, toks: list[tuple[str, int, int]], lex: Mapping[str, str] | None = None
) -> list[list[str]]:
    """CRF feature strings for each token (one list per token). ``lex`` maps lower-cased
    words to the field they mostly belong to in the training data (the lexicon shipped
    with the model, see ``_train.Lexicon``).

    >>> featurize("Doe J.", tokenize("Doe J."))[1][:2]
    ['w=j', 'sh=X']
    """
    n = len(toks)
    words = [t for t, _, _ in toks]
    stat = [_static(t) for t in words]
    lows = [st[6] for st in stat]
    lx = [lex.get(w, "") for w in lows] if lex else [""] * n
    ends = [e for _, _, e in toks]
    # white space before each token: the previous token ends before it starts
    ws_before = [True, *map(int.__lt__, ends, [s for _, s, _ in toks][1:])]
    chunk_of, chunk_feats = _chunks(toks, lx, stat)
    # nearest punctuation mark after each token and the word that follows it
    next_pw: list[tuple[str, str]] = [("np=END", "nw=END")] * n
    nxt, last = ("np=END", "nw=END"), "END"
    for i in range(n - 1, -1, -1):
        next_pw[i] = nxt
        tok = words[i]
        if tok[0].isalnum():
            last = stat[i][5]
        else:
            nxt = ("np=" + tok[:2], "nw=" + last)
    bgs = [st[7] for st in stat]
    prev_pw, last = ("pp=BOS", "pw=BOS"), "BOS"
    cur = cstart = 0
    out: list[list[str]] = []
    dots = 0
    paren = brack = quote = 0
    seen_slash = seen_year = seen_colon = seen_dash = False
    flags: tuple[str, ...] = ()
    chunk_end = _CHUNK_END
    last_i = n - 1
    for i, tok in enumerate(words):
        st = stat[i]
        c = chunk_of[i]
        if c != cur:
            cur, cstart = c, i
        ws = ws_before[i]
        f = [
            *st[0],
            _POS[10 * i // n],
            _DOTS[dots if dots < 6 else 6],
            *chunk_feats[c],
            _CKP[i - cstart if i - cstart < 3 else 3],
            *prev_pw,
            *next_pw[i],
            *flags,
        ]
        if lx[i]:
            f.append("lx=" + lx[i])
        if i:
            if lx[i - 1]:
                f.append("lx-1=" + lx[i - 1])
            if ws and words[i - 1] in chunk_end:
                f.append("chunk0")
            f += stat[i - 1][1]
            f.append(bgs[i - 1] + lows[i][:12])
            if i > 1:
                f += stat[i - 2][2]
                if lx[i - 2]:
                    f.append("lx-2=" + lx[i - 2])
        else:
            f.append("BOS")
        if i < last_i:
            if lx[i + 1]:
                f.append("lx+1=" + lx[i + 1])
            if st[8] and words[i + 1] == ".":
                f.append("initial")
            if not ws_before[i + 1]:
                f.append("glued")
            f += stat[i + 1][3]
            if i + 1 < last_i:
                f += stat[i + 2][4]
                if lx[i + 2]:
                    f.append("lx+2=" + lx[i + 2])
        else:
            f.append("EOS")
        if ws:
            f.append("ws")
        out.append(f)
        # state for the next tokens
        if tok[0].isalnum():
            last = st[5]
            if st[5] == "year":
                if not seen_year:
                    seen_year = True
                    flags = _flags(
                        paren, brack, quote, seen_slash, seen_year, seen_colon, seen_dash
                    )
            continue
        prev_pw = ("pp=" + tok[:2], "pw=" + last)
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
        elif tok in ("–", "—", "-") and ws:
            seen_dash = True
        if (
            tok in (".", "//", "?", "!")
            and i > 0
            and (len(words[i - 1]) > 2 or words[i - 1].isdigit())
        ):
            dots += 1
        flags = _flags(paren, brack, quote, seen_slash, seen_year, seen_colon, seen_dash)
    return out


_FLAG_NAMES = ("inpar", "inbrk", "inquo", "afterslash", "afteryear", "aftercolon", "afterdash")
_FLAGS = tuple(
    tuple(name for k, name in enumerate(_FLAG_NAMES) if bits >> k & 1) for bits in range(128)
)


def _flags(
    paren: int, brack: int, quote: int, slash: bool, year: bool, colon: bool, dash: bool
) -> tuple[str, ...]:
    """The state features (inside brackets or quotes, after «//», a year, «:», «–»)."""
    return _FLAGS[
        (paren > 0)
        | (brack > 0) << 1
        | (quote > 0) << 2
        | slash << 3
        | year << 4
        | colon << 5
        | dash << 6
    ]
