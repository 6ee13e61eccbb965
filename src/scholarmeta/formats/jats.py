"""``jats``: JATS (ANSI/NISO Z39.96) and its predecessor NLM 2.x/3.x journal article XML.

The reader takes every JATS/NLM version (``element-citation``, ``mixed-citation``, ``citation``,
``nlm-citation``, translated ``sub-article``s) and parses safely: no DTD, no entities, no
network. The writer produces JATS 1.3 in the Archiving (default), Publishing or Authoring tag set.
Mapping tables live in ``_jats_read`` / ``_jats_write`` and are re-exported here.

Choices (JATS4R where it has a recommendation):

- a name with romanised or other-language forms is one ``name-alternatives`` holding every
  form (``xml:lang``, ``name-style="western"``); the patronymic goes in ``given-names``;
- an affiliation with parts in several languages is an ``aff-alternatives`` of one ``aff``
  per language, linked from each contributor by ``xref ref-type="aff"``;
- a supervisor is ``contrib-type="contributor"`` with the CRediT role "Supervision"
  (JATS has no supervisor contrib-type; the reader maps it back);
- a document holds one article: extra works are reported as dropped;
- the reader's ``references`` are every ``ref`` of the document, sub-articles included
  (a letter's reply cites its own works).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Work
from ..report import Report
from ._jats_read import ARTICLE_TYPES, CONTRIB_ROLES, PUBLICATION_TYPES, parse_jats, read_jats
from ._jats_write import (
    CONTRIB_TYPES,
    CREDIT_ROLES,
    CSL_TO_ARTICLE_TYPE,
    CSL_TO_PUBLICATION_TYPE,
    VARIANTS,
    write_jats,
)

__all__ = [
    "ARTICLE_TYPES",
    "CONTRIB_ROLES",
    "CONTRIB_TYPES",
    "CREDIT_ROLES",
    "CSL_TO_ARTICLE_TYPE",
    "CSL_TO_PUBLICATION_TYPE",
    "DESCRIPTION",
    "EXTENSIONS",
    "NAME",
    "ONE_WORK_PER_DOCUMENT",
    "PUBLICATION_TYPES",
    "VARIANTS",
    "WRITE_OPTIONS",
    "parse_jats",
    "read",
    "sniff",
    "write",
]

NAME = "jats"
DESCRIPTION = "JATS / NLM journal article XML (reads NLM 2.x-JATS 1.3; writes JATS 1.3)"
EXTENSIONS = (".xml", ".nxml", ".jats")
ONE_WORK_PER_DOCUMENT = True
"""A JATS document is one article: a batch writes each work to its own file."""
WRITE_OPTIONS: frozenset[str] = frozenset({"variant", "doctype", "references", "body", "pretty"})
"""``variant``: "archiving" (default), "publishing" or "authoring"; ``doctype``: emit the
DOCTYPE declaration (default True); ``references`` / ``body``: write the ref-list / body
(default True); ``pretty``: indent (default True)."""

_ARTICLE = re.compile(r"<(?:[\w-]+:)?article[\s>]")
_JATS_HINT = re.compile(
    r"<!DOCTYPE\s+article\s+PUBLIC\s+\"-//NLM//|dtd-version=|<(?:[\w-]+:)?(?:article-meta|front)[\s>]"
    r"|xmlns(?::\w+)?=\"[^\"]*(?:JATS|jats|nlm\.nih)",
)


_HTML = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.I)


def sniff(text: str, filename: str | None = None) -> float:
    """How sure we are that ``text`` is a JATS/NLM article.

    >>> sniff('<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) x//EN" "a.dtd"><article>')
    0.95
    >>> sniff("<html><body>article</body></html>")
    0.0
    """
    head = text[:20000]
    score = 0.0
    if _ARTICLE.search(head):
        score = 0.95 if _JATS_HINT.search(head) else 0.5
        if score < 0.9 and _HTML.search(head[:4096]):  # HTML5 pages have <article> too
            score = 0.1
    if filename and filename.lower().endswith(".nxml"):
        score = max(score, 0.9)
    return score


def read(text: str, *, source: str | None = None, report: Report) -> Iterator[Work]:
    """Yield one ``Work`` per ``<article>`` in ``text`` (an article or a wrapper holding several).

    >>> w = next(read("<article xml:lang='en'><front><article-meta><title-group>"
    ...               "<article-title>T</article-title></title-group></article-meta></front>"
    ...               "</article>", report=Report()))
    >>> w.title, w.language
    ('T', 'en')
    """
    return read_jats(text, source=source, report=report)


def write(works: list[Work], *, report: Report, **options: Any) -> str:
    """Write the first work as a JATS 1.3 article (see ``WRITE_OPTIONS``).

    >>> from scholarmeta.model import LangString
    >>> out = write([Work(titles=[LangString(value="T", lang="en")])], report=Report(),
    ...             variant="publishing", doctype=False)
    >>> out.splitlines()[1].startswith("<article")
    True
    """
    return write_jats(works, report=report, **options)
