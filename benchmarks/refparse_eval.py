"""Evaluate the reference-string parser.

Usage: python benchmarks/refparse_eval.py DATA.jsonl [--folds 5] [--only-fold 0] [--cache F.json]

With --folds K (use it when DATA is the training file) each fold is scored by a model trained
on the other K-1 folds (plus the synthetic GOST strings, which are never scored) with a word
lexicon built from those training folds only; --only-fold K
trains and scores fold K alone (quick experiments). Without
--folds the shipped model is scored. Prints per-field precision / recall / F1, micro-F1, the
Cyrillic subset, exact-match rate and references per second on one core.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import json  # noqa: E402

from scholarmeta.refparse import finish_fields, label_tokens, parse_reference  # noqa: E402
from scholarmeta.refparse._train import (  # noqa: E402
    Example,
    Lexicon,
    Score,
    folds,
    gost_pools,
    load_examples,
    synthetic_examples,
    tagger_for,
    train_model,
)

SHARED = ROOT.parent / "shared" / "data"


def score(examples: list[Example], preds: list[dict[str, Any]]) -> tuple[Score, Score]:
    everything, cyr = Score(), Score()
    for ex, p in zip(examples, preds, strict=True):
        everything.add(ex.fields, p)
        if ex.cyrillic:
            cyr.add(ex.fields, p)
    return everything, cyr


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data")
    ap.add_argument(
        "--folds", type=int, default=None, help="default 5 on the training file, else 0"
    )
    ap.add_argument(
        "--only-fold", type=int, default=None, help="train and score one fold only (fast runs)"
    )
    ap.add_argument("--cache", help="JSON file keeping held-out token labels (re-score rules fast)")
    ap.add_argument(
        "--bib", default=str(SHARED / "bibtex/tricky/biblatex-gost-examples.part-dev.bib")
    )
    args = ap.parse_args()
    train_file = SHARED / "references-dev.jsonl"
    if args.folds is None:  # never score the shipped model on the strings it was trained on
        same = train_file.exists() and Path(args.data).resolve() == train_file.resolve()
        args.folds = 5 if same else 0
    examples = load_examples(args.data)
    labels: list[list[str]] = [[] for _ in examples]
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        labels = json.loads(cache.read_text())
        print(f"held-out labels from {cache}")
    elif args.folds > 1:
        synth = synthetic_examples(1500, 13, gost_pools(args.bib))
        with tempfile.TemporaryDirectory() as tmp:
            for k, fold in enumerate(folds(len(examples), args.folds)):
                if args.only_fold is not None and k != args.only_fold:
                    continue
                held = set(fold)
                model = Path(tmp) / f"fold{k}.crfsuite"
                train = [e for i, e in enumerate(examples) if i not in held] + synth
                lexicon = Lexicon(train)  # from the training folds only
                train_model(train, model, lexicon=lexicon)
                tagger, lex = tagger_for(model), lexicon.mapping()
                for i in fold:
                    labels[i] = label_tokens(examples[i].raw, tagger, lex)[1]
                print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)
        print(f"held-out {args.folds}-fold cross-validation on {len(examples)} strings")
    else:
        labels = [label_tokens(e.raw)[1] for e in examples]
        print(f"shipped model on {len(examples)} strings")
    if cache and not cache.exists():
        cache.write_text(json.dumps(labels))
    if args.only_fold is not None:
        keep = set(folds(len(examples), args.folds)[args.only_fold])
        examples = [e for i, e in enumerate(examples) if i in keep]
        labels = [lab for i, lab in enumerate(labels) if i in keep]
        print(f"scored fold {args.only_fold} only ({len(examples)} strings)")
    preds = [finish_fields(e.raw, e.toks, lab) for e, lab in zip(examples, labels, strict=True)]
    everything, cyr = score(examples, preds)
    print(everything.table())
    print(f"\nCyrillic subset ({cyr.n} strings)")
    print(cyr.table())
    by_source: dict[str, Score] = {}
    for ex, p in zip(examples, preds, strict=True):
        by_source.setdefault(ex.dataset or "-", Score()).add(ex.fields, p)
    print("\nper source (the noisier sources' gold labels are less consistent):")
    for name, s in sorted(by_source.items()):
        f1 = s.micro()[2]
        print(f"  {name:<18} {s.n:5d} strings  micro-F1 {f1:.3f}  exact {s.exact / s.n:.3f}")
    # speed: the full public path (parse_reference builds the Reference/Work models)
    raws = [e.raw for e in examples][:3000]
    parse_reference(raws[0])
    t0, c0 = time.perf_counter(), time.process_time()
    for s in raws:
        parse_reference(s)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"\nspeed: {len(raws) / cpu:.0f} references per CPU-second on one core"
        f" ({len(raws) / wall:.0f}/s wall clock; parse_reference, {len(raws)} strings)"
    )


if __name__ == "__main__":
    main()
