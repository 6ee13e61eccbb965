"""Identifier normalisation and validation (DOI, ISBN, ISSN, ORCID, URL, PMID, PMCID, arXiv).

Checksums come from python-stdnum; DOI and URL have no checksum, so they are checked by shape.
Every ``normalize_*`` function returns the canonical form or raises ``ValueError`` with a reason.
"""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import unquote, urlsplit

from stdnum import isbn as _isbn
from stdnum import issn as _issn
from stdnum.exceptions import ValidationError as _StdnumError
from stdnum.iso7064 import mod_11_2

__all__ = [
    "IdentifierScheme",
    "normalize_arxiv",
    "normalize_doi",
    "normalize_identifier",
    "normalize_isbn",
    "normalize_issn",
    "normalize_orcid",
    "normalize_pmcid",
    "normalize_pmid",
    "normalize_url",
]

IdentifierScheme = Literal["doi", "isbn", "issn", "eissn", "orcid", "url", "pmid", "pmcid", "arxiv", "other"]

_DOI_RE = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = re.compile(
    r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/|https?://doi\.org/|info:doi/|urn:doi:)", re.I
)


def normalize_doi(raw: str) -> str:
    """Return the bare DOI (``10.xxxx/...``), prefix (the registrant code) as given, suffix as given.

    DOIs are case-insensitive; we keep the case as written but strip resolvers and trailing punctuation.

    >>> normalize_doi("https://doi.org/10.1000/XYZ.123.")
    '10.1000/XYZ.123'
    """
    s = unquote(raw.strip())
    s = _DOI_PREFIXES.sub("", s).strip()
    m = _DOI_RE.search(s)
    if not m:
        raise ValueError(f"not a DOI: {raw!r}")
    doi = m.group(0).rstrip(".,;:)]}>\"'")
    # an opening bracket inside the DOI keeps its closing one
    if doi.count("(") > doi.count(")") and s[m.start() + len(doi) :].startswith(")"):
        doi += ")"
    return doi


def normalize_isbn(raw: str) -> str:
    """Return the ISBN-13 with hyphens, after checking its checksum.

    >>> normalize_isbn("0-306-40615-2")
    '978-0-306-40615-7'
    """
    s = re.sub(r"^(?:ISBN(?:-1[03])?:?\s*)", "", raw.strip(), flags=re.I)
    try:
        valid = _isbn.validate(s)
        return str(_isbn.format(_isbn.to_isbn13(valid)))
    except _StdnumError as exc:
        raise ValueError(f"invalid ISBN {raw!r}: {exc}") from None


def normalize_issn(raw: str) -> str:
    """Return the ISSN as ``NNNN-NNNC`` after checking its checksum.

    >>> normalize_issn("0378 5955")
    '0378-5955'
    """
    s = re.sub(r"^(?:e?ISSN:?\s*)", "", raw.strip(), flags=re.I)
    try:
        return str(_issn.format(_issn.validate(s)))
    except _StdnumError as exc:
        raise ValueError(f"invalid ISSN {raw!r}: {exc}") from None


_ORCID_RE = re.compile(r"(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])", re.I)


def normalize_orcid(raw: str) -> str:
    """Return the bare ORCID iD ``0000-0002-1825-0097`` after checking its ISO 7064 11,2 checksum.

    >>> normalize_orcid("https://orcid.org/0000-0002-1825-0097")
    '0000-0002-1825-0097'
    """
    m = _ORCID_RE.search(raw.strip())
    if not m:
        raise ValueError(f"not an ORCID iD: {raw!r}")
    digits = "".join(m.groups()).upper()
    if not mod_11_2.is_valid(digits):
        raise ValueError(f"ORCID iD checksum fails: {raw!r}")
    return "-".join(m.groups()).upper()


def normalize_url(raw: str) -> str:
    """Return the URL with a lower-case scheme and host; only http(s) and ftp are accepted.

    >>> normalize_url("HTTPS://Example.org/a b")
    'https://example.org/a%20b'
    >>> normalize_url("//www.sciencedirect.com/science/article/pii/S1")
    'https://www.sciencedirect.com/science/article/pii/S1'
    """
    s = raw.strip().strip("<>")
    if s.lower().startswith("www."):
        s = "http://" + s
    elif s.startswith("//") and not s.startswith("///"):  # protocol-relative (ScienceDirect RIS)
        s = "https:" + s
    parts = urlsplit(s)
    if parts.scheme.lower() not in {"http", "https", "ftp"} or not parts.netloc or " " in parts.netloc:
        raise ValueError(f"not an absolute http(s) URL: {raw!r}")
    rest = s[len(parts.scheme) + 3 + len(parts.netloc) :].replace(" ", "%20")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{rest}"


def normalize_pmid(raw: str) -> str:
    """Return the PubMed id as digits.

    >>> normalize_pmid("PMID: 12345")
    '12345'
    """
    m = re.fullmatch(r"(?:PMID:?\s*)?(\d{1,9})", raw.strip(), flags=re.I)
    if not m:
        raise ValueError(f"not a PMID: {raw!r}")
    return m.group(1)


def normalize_pmcid(raw: str) -> str:
    """Return the PubMed Central id as ``PMC`` + digits.

    >>> normalize_pmcid("pmc 12345")
    'PMC12345'
    """
    m = re.fullmatch(r"(?:PMC(?:ID)?:?\s*)?(\d{1,9})", raw.strip().upper().replace("PMC ", "PMC"))
    if not m:
        raise ValueError(f"not a PMCID: {raw!r}")
    return "PMC" + m.group(1)


_ARXIV_RE = re.compile(
    r"(?:arxiv:\s*|https?://arxiv\.org/(?:abs|pdf)/)?"
    r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.I,
)


def normalize_arxiv(raw: str) -> str:
    """Return the arXiv id without prefix.

    >>> normalize_arxiv("arXiv:2101.00001v2")
    '2101.00001v2'
    """
    m = _ARXIV_RE.fullmatch(raw.strip().removesuffix(".pdf"))
    if not m:
        raise ValueError(f"not an arXiv id: {raw!r}")
    return m.group(1)


_NORMALIZERS = {
    "doi": normalize_doi,
    "isbn": normalize_isbn,
    "issn": normalize_issn,
    "eissn": normalize_issn,
    "orcid": normalize_orcid,
    "url": normalize_url,
    "pmid": normalize_pmid,
    "pmcid": normalize_pmcid,
    "arxiv": normalize_arxiv,
}


def normalize_identifier(scheme: str, raw: str) -> str:
    """Normalise ``raw`` according to ``scheme``; ``other`` is only trimmed.

    >>> normalize_identifier("issn", "2049-3630")
    '2049-3630'
    """
    fn = _NORMALIZERS.get(scheme)
    if fn is None:
        s = raw.strip()
        if not s:
            raise ValueError("empty identifier")
        return s
    return fn(raw)
