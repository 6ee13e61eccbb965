"""``html``: scholarly article pages.

Two readers combine: the article-page layout reader (``_html_article``: the title, authors,
affiliation lines, labelled abstract / keywords / references of a journal or conference page)
and the landing-page metadata reader (``_html_meta``: Highwire ``citation_*``, ``DC.*``, PRISM,
JSON-LD and OpenGraph). When a page has both, the layout wins for the fields it found and the
meta tags fill the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

from ..errors import ParseError
from ..model import Work
from ..report import Report

__all__ = ["DESCRIPTION", "EXTENSIONS", "NAME", "WRITE_OPTIONS", "parse_html", "read", "sniff"]

NAME = "html"
DESCRIPTION = "article pages: journal/conference layout and landing-page meta tags"
EXTENSIONS = (".html", ".htm", ".xhtml")
WRITE_OPTIONS: frozenset[str] = frozenset()
write = None

_HTML_HINT = re.compile(r"<(?:!doctype html|html|head|body|meta|div|h1|p)\b", re.I)


def sniff(text: str, filename: str | None = None) -> float:
    """How sure we are that ``text`` is an HTML page.

    >>> sniff('<h1 class="page_title">T</h1><div class="authors"></div>')
    0.9
    """
    head = text[:4096].lstrip()
    if head.startswith("<?xml") and "<html" not in head[:2048].lower():
        return 0.0
    if _HTML_HINT.search(head):
        return 0.9
    if filename and filename.lower().endswith(EXTENSIONS):
        return 0.5
    return 0.0


_NOT_XML_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def parse_html(text: str, source: str | None = None) -> lxml.html.HtmlElement:
    """Parse a page (or a fragment) into an lxml tree, safely: no network, no entities. A
    ``<br>`` gets a line break after it, so the text of the tree keeps words apart.

    >>> parse_html("<p>a<br>b</p>").text_content()
    'a\\nb'
    """
    if not text.strip():
        raise ParseError("empty HTML input", source=source)
    parser = lxml.html.HTMLParser(remove_comments=True, no_network=True, encoding=None)
    try:
        # a page decoded to str must not carry its old charset declaration into lxml
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot parse HTML: {exc}", source=source) from None
    for br in root.iter("br"):  # a line break separates words: "факультета<br/>университета"
        # lxml keeps control characters it parsed but refuses them when text is set
        br.tail = "\n" + _NOT_XML_RE.sub(" ", br.tail or "")
    return root


def read(text: str, *, source: str | None = None, report: Report | None = None) -> Iterator[Work]:
    """Read one page into one work.

    >>> w = next(read('<h1 class="page_title">A title</h1><div class="authors"></div>'))
    >>> w.title
    'A title'
    """
    rep = report if report is not None else Report()
    tree = parse_html(text, source)
    from ._html_article import read_article

    article = read_article(tree, source=source, report=rep)
    try:
        from ._html_meta import read_meta
    except ImportError:  # pragma: no cover - during development
        meta = None
    else:
        meta = read_meta(tree, source=source, report=rep)
    if article is None and meta is None:
        raise ParseError("no article metadata found on this page", source=source)
    if article is None:
        assert meta is not None
        yield meta
    elif meta is None:
        yield article
    else:
        yield merge_works(article, meta)


def merge_works(primary: Work, secondary: Work) -> Work:
    """Fields of ``primary`` win; empty ones are filled from ``secondary``; lists of language
    variants gain the languages ``primary`` lacks."""
    update: dict[str, object] = {}
    for name in Work.model_fields:
        mine, theirs = getattr(primary, name), getattr(secondary, name)
        if theirs in (None, [], {}, ""):
            continue
        if mine in (None, [], {}, ""):
            update[name] = theirs
        elif name in {"titles", "container_titles", "publisher", "publisher_place"}:
            langs = {s.lang for s in mine}
            update[name] = [*mine, *(s for s in theirs if s.lang not in langs)]
        elif name == "abstracts" or name == "keywords":
            langs = {a.lang for a in mine}
            update[name] = [*mine, *(a for a in theirs if a.lang not in langs)]
        elif name == "identifiers":
            have = {(i.scheme, i.value) for i in mine}
            update[name] = [*mine, *(i for i in theirs if (i.scheme, i.value) not in have)]
        elif name == "extra":
            update[name] = {**theirs, **mine}
    return primary.model_copy(update=update) if update else primary
