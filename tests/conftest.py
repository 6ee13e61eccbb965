from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import SEED, SHARED, need_shared

# CI runs the property tests on a fixed sequence of examples, so a run there gives what the same
# run gave here (CI=true python -m pytest); at a desk they explore new examples every run.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def shared() -> Path:
    return need_shared(SHARED)


@pytest.fixture
def seed_text() -> str:
    return need_shared(SEED).read_text(encoding="utf-8")
