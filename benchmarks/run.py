"""Run every benchmark in turn: ``python benchmarks/run.py``.

Each prints its figures as ratios against a baseline measured in the same run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"

BENCHMARKS: list[list[str]] = [
    ["pipeline.py"],
    ["bibtex_vs_pandoc.py"],
    ["refparse_eval.py", str(SHARED / "references-dev.jsonl")],
]


def main() -> int:
    failed = 0
    for args in BENCHMARKS:
        script = HERE / args[0]
        if not script.exists():
            print(f"== {args[0]}: missing, skipped")
            continue
        print(f"== {' '.join(args)}", flush=True)
        failed += subprocess.call([sys.executable, str(script), *args[1:]]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
