"""References written in Chinese, Japanese or Korean: the tagger's features (case, word
shape, the word lexicon) say little about them, and it often labels a whole title or journal
as a date, page or name («高倉洋章, 1972, 弥生時代小形仿製鏡について, 考古學雜誌 58.»). Their
layout is plain, so the segments between the commas and full stops are read by their order:
names, the year, the title, the journal (with its volume), the publisher."""

from __future__ import annotations

import re

__all__ = ["is_cjk", "relabel_cjk"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")
_SEPARATORS = frozenset({",", "，", ".", "。", "、"})
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20[0-4]\d)$")
_KEEP = frozenset({"url", "doi", "isbn", "issn", "accessed", "citation-number"})
_NUMBERED = frozenset({"volume", "issue", "pages"})


def is_cjk(text: str) -> bool:
    """Whether most letters of ``text`` are Chinese, Japanese or Korean.

    >>> is_cjk("高倉洋章, 1972, 弥生時代小形仿製鏡について, 考古學雜誌 58."), is_cjk("Doe J. Title")
    (True, False)
    """
    if text.isascii() or not _CJK.search(text):  # the common case, cheaply
        return False
    letters = len(_LETTER.findall(text))
    return bool(letters) and 2 * len(_CJK.findall(text)) > letters


def _segments(toks: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, (tok, _, _) in enumerate(toks):
        if tok in _SEPARATORS:
            out.append((start, i + 1))
            start = i + 1
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _cjk_chars(tok: str) -> int:
    return len(_CJK.findall(tok))


def relabel_cjk(toks: list[tuple[str, int, int]], labels: list[str]) -> list[str]:
    """Labels of a CJK reference by the order of its segments, where the tagger gave no
    title or put CJK text under a date, page, volume or issue label.

    >>> from ._features import tokenize
    >>> t = tokenize("高倉洋章, 1972, 弥生時代小形仿製鏡について, 考古學雜誌 58.")
    >>> relabel_cjk(t, ["author", "author", "date", "date"] + ["date"] * 5)
    ['author', 'author', 'date', 'date', 'title', 'title', 'journal', 'volume', 'volume']
    """
    out = list(labels)
    if len(out) != len(toks):
        return out
    misplaced = any(
        _cjk_chars(tok) >= 2 and lab in ("date", "pages", "volume", "issue")
        for (tok, _, _), lab in zip(toks, out, strict=True)
    )
    segs = _segments(toks)
    misplaced = (
        misplaced
        or any(  # a long CJK text among the names after the first
            all(out[k] == "author" for k in range(a, b))
            and any(_cjk_chars(toks[k][0]) > 5 for k in range(a, b))
            for a, b in segs[1:]
        )
    )
    if "title" in out and not misplaced:
        return out
    texts: list[tuple[int, int]] = []  # CJK text segments after the names
    names_done = False
    for a, b in segs:
        if any(out[k] in _KEEP for k in range(a, b)):
            names_done = True
            continue
        words = [toks[k][0] for k in range(a, b) if toks[k][0] not in _SEPARATORS]
        if not words:
            continue
        year_only = len(words) == 1 and bool(_YEAR.match(words[0]))
        bracketed = "(" in words and any(_YEAR.match(w) for w in words)
        if year_only or (bracketed and not any(_cjk_chars(w) for w in words)):
            for k in range(a, b):
                if toks[k][0][:1].isdigit() or toks[k][0] in "()":
                    out[k] = "date"
            names_done = True
            continue
        cjk = sum(_cjk_chars(w) for w in words)
        if not cjk:
            continue  # numbers: the tagger's volume / issue / pages stand
        short = all(_cjk_chars(w) <= 5 for w in words)
        if not names_done and out[a] == "author" and short:
            continue  # a name («박상찬, 차현진», «최영락·이은경»)
        names_done = True
        texts.append((a, b))
    if not texts:
        return out
    for n, (a, b) in enumerate(texts):
        label = ("title", "journal", "publisher")[min(n, 2)]
        first_num = next(
            (k for k in range(a, b) if toks[k][0][:1].isdigit() and _cjk_chars(toks[k][0]) == 0),
            b,
        )
        for k in range(a, b):
            if k < first_num or label == "title":
                out[k] = label
            elif out[k] not in _NUMBERED:  # "考古學雜誌 58", "史林 67-5": the journal's volume
                out[k] = "volume" if label == "journal" else out[k]
    return out
