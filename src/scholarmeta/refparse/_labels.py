"""The common label set and the mapping of third-party gold labels onto it (data tables)."""

from __future__ import annotations

import re

from ._features import tokenize

__all__ = ["LABELS", "SOURCE_LABELS", "align", "common_label"]

LABELS: tuple[str, ...] = (
    "O", "citation-number", "author", "editor", "translator", "title", "journal", "container-title",
    "collection-title", "date", "volume", "issue", "pages", "publisher", "location", "edition",
    "genre", "note", "doi", "url", "isbn", "issn", "id", "accessed",
)  # fmt: skip
"""Token labels the CRF predicts; ``O`` is punctuation or text outside every field. A
``journal`` and a book's ``container-title`` both give CSL ``container-title``, but tell the type."""

# AnyStyle (res/parser/*.xml) and GROBID (citation TEI) labels -> common labels.
SOURCE_LABELS: dict[str, str] = {
    # AnyStyle
    "author": "author", "editor": "editor", "translator": "translator", "title": "title",
    "journal": "journal", "container-title": "container-title",
    "collection-title": "collection-title", "date": "date", "volume": "volume",
    "pages": "pages", "publisher": "publisher", "location": "location", "edition": "edition",
    "genre": "genre", "note": "note", "doi": "doi", "url": "url", "isbn": "isbn",
    "citation-number": "citation-number", "source": "note", "medium": "note",
    "director": "note", "producer": "note", "accessed": "accessed",
    # GROBID
    "title-a": "title", "title-j": "journal", "title-s": "collection-title",
    "biblScope-volume": "volume", "biblScope-issue": "issue", "biblScope-page": "pages",
    "biblScope": "note", "biblScope-chapter": "note", "pubPlace": "location",
    "publishe": "publisher", "idno-doi": "doi", "idno-isbn": "isbn", "idno-issn": "issn",
    "idno": "id", "idno-arxiv": "id", "idno-arxive": "id", "idno-pii": "id", "idno-pmc": "id",
    "idno-pmid": "id", "idno-report": "id", "ptr-web": "url", "note-report": "genre",
    "notes": "note", "orgName": "author", "orgName-collaboration": "author",
}  # fmt: skip

_NOSPACE = re.compile(r"\s+")
_COMMON = frozenset(LABELS)
_OPENING = frozenset("([{«“„‘<")


def common_label(label: str, labels_in_line: set[str]) -> str:
    """The common label for a source label; GROBID's ``title-m`` is the title of a
    monograph unless an article title is present, then it is the container.

    >>> common_label("title-m", {"title-a", "title-m"})
    'container-title'
    >>> common_label("issue", set())  # a common label (the synthetic strings use them) is kept
    'issue'
    """
    if label == "title-m":
        return "container-title" if "title-a" in labels_in_line else "title"
    if label in _COMMON:
        return label
    return SOURCE_LABELS.get(label, "note")


def align(
    raw: str, segments: list[tuple[str, str]]
) -> tuple[list[tuple[str, int, int]], list[str]]:
    """Tokens of ``raw`` and a common label for each, from gold segments found in order
    (whitespace-insensitive, since GROBID segments and raw text space differently).

    >>> toks, labs = align("Doe J. Title. 2020", [("author", "Doe J."), ("date", "2020")])
    >>> labs
    ['author', 'author', 'author', 'O', 'O', 'date']
    >>> align("Doe J, Title", [("author", "Doe J"), ("title", "Title")])[1]
    ['author', 'author', 'author', 'title']
    """
    # character map of raw without whitespace
    idx = [i for i, c in enumerate(raw) if not c.isspace()]
    squeezed = "".join(raw[i] for i in idx)
    char_label: list[str] = ["O"] * len(raw)
    present = {lab for lab, _ in segments}
    pos = 0
    for lab, text in segments:
        seg = _NOSPACE.sub("", text)
        if not seg:
            continue
        k = squeezed.find(seg, pos)
        if k < 0:
            continue
        common = common_label(lab, present)
        for j in range(k, k + len(seg)):
            char_label[idx[j]] = common
        pos = k + len(seg)
    toks = tokenize(raw)
    labels = []
    for _, s, e in toks:
        # the label of the token's first labelled character
        lab = next((char_label[j] for j in range(s, e) if char_label[j] != "O"), "O")
        labels.append(lab)
    # GROBID leaves the punctuation between fields outside them, AnyStyle keeps it with the
    # field before: one convention (AnyStyle's) makes cleaner training labels; an opening
    # bracket or quote goes with the field it opens ("(2019)", "«Title»")
    nxt = "O"
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i][0]
        if tok[0].isalnum():
            nxt = labels[i]
        elif labels[i] == "O" and tok in _OPENING and nxt != "O":
            labels[i] = nxt
    prev = "O"
    for i, (tok, _, _) in enumerate(toks):
        if tok[0].isalnum():
            prev = labels[i]
        elif labels[i] == "O" and prev != "O":
            labels[i] = prev
    return toks, labels
