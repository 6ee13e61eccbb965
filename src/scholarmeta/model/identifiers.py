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
    """Return the ISBN in the form the source gave (an ISBN-10 stays an ISBN-10: it is what is
    printed in the book and what a user wrote), canonically hyphenated after checking its
    checksum.

    >>> normalize_isbn("0306406152"), normalize_isbn("978 0 306 40615 7")
    ('0-306-40615-2', '978-0-306-40615-7')
    """
    s = re.sub(r"^(?:ISBN(?:-1[03])?:?\s*)", "", raw.strip(), flags=re.I)
    try:
        valid = _isbn.validate(s)
        return str(_isbn.format(valid))
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
    r"(?:arxiv:\s*|https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/)?"
    r"(?:(\d\d)(\d\d)\.(\d{4,5})|([a-z-]+)(\.[a-z]{2})?/(\d\d)(\d\d)(\d{3}))(v\d+)?",
    re.I,
)
# the archives of the old scheme (1991-2007: archive[.CLASS]/YYMMNNN), retired ones included
_ARXIV_ARCHIVES = frozenset(
    "acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg "
    "comp-gas cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph "
    "mtrl-th nlin nucl-ex nucl-th patt-sol physics plasm-ph q-alg q-bio q-fin quant-ph solv-int "
    "stat supr-con".split()
)


def normalize_arxiv(raw: str) -> str:
    """Return the arXiv id without prefix; an old-style id (``hep-th/9901001``,
    ``math.GT/0309136``) with its archive in lower case and its subject class in capitals, as
    arXiv writes them. The month (and, old-style, the archive) is checked.

    >>> normalize_arxiv("arXiv:2101.00001v2"), normalize_arxiv("arXiv:MATH.gt/0309136")
    ('2101.00001v2', 'math.GT/0309136')
    """
    m = _ARXIV_RE.fullmatch(raw.strip().removesuffix(".pdf"))
    if not m:
        raise ValueError(f"not an arXiv id: {raw!r}")
    yy, mm, num, archive, klass, oyy, omm, onum, version = m.groups()
    version = (version or "").lower()
    if archive is None:
        # four digits after the dot until 2014, five since 2015 (arXiv's scheme of 2007)
        if not 1 <= int(mm) <= 12 or (len(num) == 5) != (int(yy) >= 15) or int(yy + mm) < 704:
            raise ValueError(f"not an arXiv id (date or number): {raw!r}")
        return f"{yy}{mm}.{num}{version}"
    archive = archive.lower()
    if archive not in _ARXIV_ARCHIVES:
        raise ValueError(f"not an arXiv archive: {archive!r} in {raw!r}")
    if not 1 <= int(omm) <= 12 or not (int(oyy) >= 91 or int(oyy) <= 7):
        raise ValueError(f"not an arXiv id (date): {raw!r}")
    return f"{archive}{(klass or '').upper()}/{oyy}{omm}{onum}{version}"


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
