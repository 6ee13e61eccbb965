"""Train the reference-string CRF shipped in src/scholarmeta/refparse/data/ (the model and
the word lexicon its features use, both from the same training strings).

Usage: python scripts/train_refparse.py [--data ../shared/data/references-dev.jsonl]
Deterministic: fixed seeds for the synthetic GOST/Kazakh strings; L-BFGS is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from scholarmeta.refparse import LEXICON_FILE, MODEL_FILE  # noqa: E402
from scholarmeta.refparse._train import (  # noqa: E402
    HOLDOUT_EVERY,
    Lexicon,
    gost_pools,
    load_examples,
    synthetic_examples,
    train_model,
)

SHARED = ROOT.parent / "shared" / "data"
N_SYNTHETIC = 1500
SEED = 13


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(SHARED / "references-dev.jsonl"))
    ap.add_argument(
        "--bib", default=str(SHARED / "bibtex/tricky/biblatex-gost-examples.part-dev.bib")
    )
    ap.add_argument("--out", default=str(ROOT / "src/scholarmeta/refparse/data" / MODEL_FILE))
    args = ap.parse_args()
    t0 = time.time()
    # every HOLDOUT_EVERY-th line stays out: tests score the shipped model on it
    examples = [e for i, e in enumerate(load_examples(args.data)) if i % HOLDOUT_EVERY]
    synth = synthetic_examples(N_SYNTHETIC, SEED, gost_pools(args.bib))
    lexicon = Lexicon(examples + synth)
    train_model(examples + synth, args.out, lexicon=lexicon)
    lex_path = Path(args.out).with_name(LEXICON_FILE)
    lex_path.write_text(
        json.dumps(lexicon.mapping(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    size = Path(args.out).stat().st_size
    print(
        f"trained on {len(examples)} + {len(synth)} synthetic strings in {time.time() - t0:.0f}s;"
        f" {args.out} ({size / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
