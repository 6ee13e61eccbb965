"""Loading a source (path, bytes, text or file object) and decoding its bytes."""

from __future__ import annotations

import codecs
import os
import re
from itertools import pairwise
from pathlib import Path
from typing import IO, Union

from .errors import DecodeError, SourceNotFoundError

__all__ = ["Source", "decode_bytes", "load_source"]

Source = Union[str, bytes, "os.PathLike[str]", IO[str], IO[bytes]]

_XML_ENC = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_META_ENC = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.I)
# Kazakh letters of KZ-1048 outside the block they share with cp1251: lower, upper case
_KZ_LOWER = frozenset((0x9D, 0x9E, 0xA2, 0xB4, 0xBA, 0xBC, 0xBE, 0xBF))
_KZ_UPPER = frozenset((0x8D, 0x8E, 0xA1, 0xA5, 0xAA, 0xA3, 0xBD, 0xAF))
_CYR_LOWER = set(range(0xE0, 0x100)) | _KZ_LOWER  # lower-case Cyrillic letters
_CYR_OTHER = {0xA8, 0xB8, 0xB2, 0xB3} | _KZ_LOWER | _KZ_UPPER  # Ё ё І і and the above
_KZ1048_ONLY = [bytes([b]) for b in (0x8D, 0x9D, 0xA3, 0xBC, 0xBD, 0xBE, 0x8E, 0x9E)]


def _looks_cp1251(data: bytes) -> bool:
    """High bytes mostly in cp1251's (or KZ-1048's) letter blocks, lower case dominating:
    Cyrillic text."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return False
    letters = sum(1 for b in high if b >= 0xC0 or b in _CYR_OTHER)
    lower = sum(1 for b in high if b in _CYR_LOWER)
    # Cyrillic words are runs of high bytes; accented Latin has lone ones between ASCII letters.
    paired = sum(1 for a, b in pairwise(data) if a >= 0x80 and b >= 0x80)
    return letters / len(high) > 0.9 and lower / len(high) > 0.5 and paired / len(high) > 0.4


def decode_bytes(data: bytes, source: str | None = None) -> str:
    """Decode with a BOM, an XML or HTML declared encoding, UTF-8, then cp1251 (or KZ-1048
    for Kazakh) or latin-1.

    >>> decode_bytes("Привет".encode("cp1251")), decode_bytes("Қазақ әдебиеті".encode("kz1048"))
    ('Привет', 'Қазақ әдебиеті')
    >>> decode_bytes("café".encode("latin-1"))
    'café'
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(enc)
    declared = _XML_ENC.match(data) or _META_ENC.search(data[:4096])
    if declared:
        enc = declared.group(1).decode("ascii")
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _looks_cp1251(data):
        # KZ-1048 (Windows Kazakh) shares cp1251's layout but puts Қ Ә Ң Һ where cp1251 has
        # Macedonian/Serbian letters (Ќ Ј Ѕ Ћ) no Russian or Kazakh text uses
        kazakh = sum(data.count(b) for b in _KZ1048_ONLY)
        return data.decode("kz1048" if kazakh >= 2 else "cp1251")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        line = data[:first_bad].count(b"\n") + 1
        raise DecodeError("not UTF-8 and no fallback encoding fits", source=source, line=line) from None


def load_source(source: Source, *, limit_path_len: int = 4096) -> tuple[str, str | None]:
    """Return ``(text, name)``. A ``str`` is a path when it is one line naming a file, else text.

    >>> load_source("@misc{a, title={x}}")[1] is None
    True
    """
    name: str | None = None
    if isinstance(source, os.PathLike):
        path = Path(source)
        name = str(path)
        return _read_path(path), name
    if isinstance(source, bytes):
        return decode_bytes(source), None
    if isinstance(source, str):
        looks_like_path = (
            len(source) < limit_path_len
            and "\n" not in source
            and not source.lstrip().startswith(("<", "{", "[", "@", "TY  -"))
        )
        if looks_like_path:
            return _read_path(Path(source)), source
        return source, None
    data = source.read()
    name = getattr(source, "name", None)
    if isinstance(data, bytes):
        return decode_bytes(data, name), name
    return data, name


def _read_path(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceNotFoundError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise SourceNotFoundError("is a directory, not a file", source=str(path)) from None
    except OSError as exc:
        raise SourceNotFoundError(f"cannot read: {exc.strerror}", source=str(path)) from None
    except ValueError:  # a NUL byte or a lone surrogate: no file can have that name
        raise SourceNotFoundError("not a usable file name", source=repr(str(path))) from None
    return decode_bytes(data, str(path))
