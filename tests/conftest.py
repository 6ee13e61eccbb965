from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import SEED, SHARED, need_shared


@pytest.fixture
def shared() -> Path:
    return need_shared(SHARED)


@pytest.fixture
def seed_text() -> str:
    return need_shared(SEED).read_text(encoding="utf-8")
