"""Reading bytes: BOMs, declared encodings, UTF-8, and the legacy Cyrillic code pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import scholarmeta
from scholarmeta._io import decode_bytes
from support import EXAMPLES

KAZAKH = "Қазақстан Республикасының ғылыми әдебиеті туралы мақала"
RUSSIAN = "Научная статья о развитии образования в Республике Казахстан"


@pytest.mark.parametrize(
    ("data", "text"),
    [(RUSSIAN.encode("cp1251"), RUSSIAN),
     (KAZAKH.encode("kz1048"), KAZAKH),
     (KAZAKH.encode("utf-8"), KAZAKH),
     (KAZAKH.encode("utf-16"), KAZAKH),
     (b'<?xml version="1.0" encoding="windows-1251"?><a>' + RUSSIAN.encode("cp1251") + b"</a>",
      f'<?xml version="1.0" encoding="windows-1251"?><a>{RUSSIAN}</a>'),
     ("Müller café".encode("cp1252"), "Müller café")],
    ids=["cp1251", "kz1048", "utf-8", "utf-16-bom", "declared", "cp1252"],
)  # fmt: skip
def test_decode(data: bytes, text: str) -> None:
    assert decode_bytes(data) == text


def test_kazakh_page_in_kz1048_reads_like_utf8(tmp_path: Path) -> None:
    page = (EXAMPLES / "kk-article.html").read_text(encoding="utf-8")
    legacy = tmp_path / "page.html"
    legacy.write_bytes(page.encode("kz1048", errors="replace"))
    work = scholarmeta.read(legacy, "html")
    assert work.language == "kk" and work.title == scholarmeta.read(page, "html").title
