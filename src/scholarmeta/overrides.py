"""Caller-supplied fields (``--set container-title=…``, ``read(..., issued="2024-05")``).

Keys are CSL variable names; ``_`` and ``-`` are interchangeable and case does not matter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urljoin

from pydantic import ValidationError

from .errors import OverrideError
from .lang import detect_language
from .model import Identifier, LangString, PartialDate, Work
from .model.identifiers import normalize_url

__all__ = ["OVERRIDE_FIELDS", "apply_overrides"]


def _lang_list(field: str) -> Callable[[Work, str], dict[str, Any]]:
    def setter(work: Work, value: str) -> dict[str, Any]:
        lang = detect_language(value)
        return {field: [LangString(value=value, lang=lang)]}

    return setter


def _plain(field: str) -> Callable[[Work, str], dict[str, Any]]:
    return lambda work, value: {field: value}


def _date(field: str) -> Callable[[Work, str], dict[str, Any]]:
    return lambda work, value: {field: PartialDate.parse(value)}


def _ident(scheme: str) -> Callable[[Work, str], dict[str, Any]]:
    def setter(work: Work, value: str) -> dict[str, Any]:
        new = Identifier.model_validate({"scheme": scheme, "value": value})
        kept = [i for i in work.identifiers if i.scheme != scheme]
        return {"identifiers": [*kept, new]}

    return setter


OVERRIDE_FIELDS: dict[str, Callable[[Work, str], dict[str, Any]]] = {
    "id": _plain("id"),
    "type": _plain("type"),
    "genre": _plain("genre"),
    "language": _plain("language"),
    "title": _lang_list("titles"),
    "container-title": _lang_list("container_titles"),
    "container-title-short": _plain("container_short_title"),
    "collection-title": _lang_list("collection_titles"),
    "collection-number": _plain("collection_number"),
    "event-title": _plain("event_title"),
    "event-place": _plain("event_place"),
    "event-date": _date("event_date"),
    "publisher": _lang_list("publisher"),
    "publisher-place": _lang_list("publisher_place"),
    "volume": _plain("volume"),
    "issue": _plain("issue"),
    "number": _plain("number"),
    "page": _plain("page"),
    "edition": _plain("edition"),
    "issued": _date("issued"),
    "accessed": _date("accessed"),
    "url": _plain("url"),
    "license": _plain("license"),
    "doi": _ident("doi"),
    "isbn": _ident("isbn"),
    "issn": _ident("issn"),
    "pmid": _ident("pmid"),
}


def apply_overrides(work: Work, overrides: Mapping[str, str]) -> Work:
    """Return a copy of ``work`` with the caller's fields set.

    >>> apply_overrides(Work(), {"container_title": "Вестник", "issued": "2024-05"}).issued.iso()
    '2024-05'
    """
    if not overrides:
        return work
    update: dict[str, Any] = {}
    for key, value in overrides.items():
        norm = key.strip().lower().replace("_", "-")
        setter = OVERRIDE_FIELDS.get(norm)
        if setter is None:
            raise OverrideError(
                f"unknown field {key!r}; known: {', '.join(sorted(OVERRIDE_FIELDS))}", field=key
            )
        try:
            update.update(setter(work.model_copy(update=update), str(value)))
        except (ValueError, ValidationError) as exc:
            raise OverrideError(f"bad value {value!r}: {exc}", field=key) from None
    try:
        out = Work.model_validate({**work.model_dump(exclude_unset=False), **_dump(update)})
    except ValidationError as exc:
        raise OverrideError(f"bad value: {exc.errors()[0]['msg']}") from None
    return _resolve_profile_links(out) if "url" in update else out


# A page fragment's relative author-profile links (kept by the html reader) become absolute
# once the caller says where the page lives.
_PROFILES_KEY = "html:author_profiles"


def _resolve_profile_links(work: Work) -> Work:
    """Resolve ``extra["html:author_profiles"]`` against ``work.url`` into ``Contributor.url``.

    >>> from scholarmeta.model import Contributor, PersonName
    >>> w = Work(extra={"html:author_profiles": [{"name": "Doe", "path": "/author/doe"}]},
    ...          contributors=[Contributor(name=PersonName(family="Doe"))],
    ...          url="https://conf.example.kz/article/1")
    >>> _resolve_profile_links(w).contributors[0].url
    'https://conf.example.kz/author/doe'
    """
    profiles = work.extra.get(_PROFILES_KEY)
    if not work.url or not isinstance(profiles, list):
        return work
    contributors = list(work.contributors)
    left = []
    for prof in profiles:
        path = prof.get("path") if isinstance(prof, dict) else None
        if not isinstance(prof, dict) or not isinstance(path, str):
            left.append(prof)
            continue
        for i, c in enumerate(contributors):
            if c.url is None and c.name is not None and (c.name.family or "") == prof.get("name"):
                url = urljoin(work.url, path)
                contributors[i] = c.model_copy(update={"url": normalize_url(url)})
                break
        else:
            left.append(prof)
    extra = {k: v for k, v in work.extra.items() if k != _PROFILES_KEY}
    if left:
        extra[_PROFILES_KEY] = left
    return work.model_copy(update={"contributors": contributors, "extra": extra})


def _dump(update: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in update.items():
        if isinstance(v, list):
            out[k] = [x.model_dump() if hasattr(x, "model_dump") else x for x in v]
        elif hasattr(v, "model_dump"):
            out[k] = v.model_dump()
        else:
            out[k] = v
    return out
