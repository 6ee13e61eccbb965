"""Pipeline speed: read an article page and write csljson, bibtex, jats and dc, in a loop.

Prints pages per second on one core and the ratio to a bare ``lxml.html`` parse of the same page,
both measured in this run. Goal: within 10x of the bare parse (over 1,000 pages per second).

``write``'s loss report is worked out when ``.report`` is first read, so two figures are given:
the writes with the reports not read (an ingest script) and with every exact report read (what
the CLI does unless ``--quiet``). All figures are CPU time of this process (``time.process_time``:
one core's work, not the time the process waits while a shared machine runs others), the best of
seven interleaved rounds.

The same page in a loop hits the library's memo caches (per word, per affiliation line, per
paragraph's language) far more than a batch of distinct pages would, so one more figure clears
every such cache before each page: the cold, pessimistic figure for a page never seen before.

    python benchmarks/pipeline.py [PAGE.html] [--seconds 3]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

import scholarmeta

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_fd67b657eafb6089.txt"
FALLBACK = ROOT / "examples" / "kk-article.html"
FORMATS = ("csljson", "bibtex", "jats", "dc")


def _batch(fn: Callable[[], object], seconds: float) -> int:
    """How many calls of ``fn`` take about ``seconds``."""
    fn()  # warm caches and lazy imports
    n = 1
    while True:
        t0 = time.process_time()
        for _ in range(n):
            fn()
        dt = time.process_time() - t0
        if dt > seconds / 5:
            break
        n *= 2
    return max(1, int(n * seconds / dt))


def rates(fns: dict[str, tuple[Callable[[], object], float]], rounds: int = 7) -> dict[str, float]:
    """Calls per second of each function: the best of ``rounds`` timed batches (each about the
    seconds given with it). The rounds are interleaved (every function once per round), so that
    a change in the machine's load hits all figures alike and the ratios stay fair."""
    batches = {k: _batch(fn, sec / rounds) for k, (fn, sec) in fns.items()}
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for k, (fn, _sec) in fns.items():
            n = batches[k]
            t0 = time.process_time()
            for _ in range(n):
                fn()
            best[k] = min(best[k], (time.process_time() - t0) / n)
    return {k: 1.0 / v for k, v in best.items()}


def memo_caches() -> list[functools._lru_cache_wrapper[object]]:
    """The memo caches of the scholarmeta modules loaded now. Caches of one entry (loaded
    resources: the morphology dictionary, LaTeX tables) are left alone: a real batch loads them
    once too."""
    found: dict[int, functools._lru_cache_wrapper[object]] = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("scholarmeta") or mod is None:
            continue
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if callable(info) and hasattr(obj, "cache_clear") and (info().maxsize or 2) > 1:
                found[id(obj)] = obj
    return list(found.values())


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("page", nargs="?", type=Path)
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    page = args.page or (SEED if SEED.exists() else FALLBACK)
    text = page.read_text(encoding="utf-8")

    def bare() -> object:
        return lxml.html.document_fromstring(text)

    def pipeline() -> object:  # the loss reports are lazy: not read here, not paid for
        work = scholarmeta.read(text, "html")
        return [scholarmeta.write(work, f) for f in FORMATS]

    def pipeline_reported() -> object:  # the same, reading each write's (exact) loss report
        work = scholarmeta.read(text, "html")
        return [scholarmeta.write(work, f).report for f in FORMATS]

    def pipeline_unverified() -> object:
        work = scholarmeta.read(text, "html")
        return [scholarmeta.write(work, f, verify=False).report for f in FORMATS]

    caches: list[functools._lru_cache_wrapper[object]] = []

    from scholarmeta.refparse import _features

    def pipeline_cold() -> object:  # as pipeline(), every memo cache emptied first
        for c in caches:
            c.cache_clear()
        _features._STATIC.clear()  # the tagger's per-token feature memo (a plain dict)
        return pipeline()

    def read_only() -> object:
        return scholarmeta.read(text, "html")

    from scholarmeta.refparse import parse_reference

    work = scholarmeta.read(text, "html")
    for f in FORMATS:  # load every module whose caches the cold figure empties
        _ = scholarmeta.write(work, f).report
    caches.extend(memo_caches())
    refs = [(r.raw, r.lang) for r in work.references if r.raw]
    sec, half = args.seconds, args.seconds / 2
    fns: dict[str, tuple[Callable[[], object], float]] = {
        "bare": (bare, sec), "full": (pipeline, sec), "reported": (pipeline_reported, sec),
        "cold": (pipeline_cold, sec), "read": (read_only, sec), "fast": (pipeline_unverified, sec),
        "refparse": (lambda: [parse_reference(t, lg) for t, lg in refs], half),
    }  # fmt: skip
    for f in FORMATS:
        fns[f"w:{f}"] = (lambda f=f: scholarmeta.write(work, f), half)
        fns[f"v:{f}"] = (lambda f=f: scholarmeta.write(work, f).report, half)
        fns[f"q:{f}"] = (lambda f=f: scholarmeta.write(work, f, verify=False).report, half)
    got = rates(fns)
    base, full, reported, rd, fast, rp = (got[k] for k in
                                          ("bare", "full", "reported", "read", "fast", "refparse"))  # fmt: skip
    cold = got["cold"]
    print(f"page: {page.name} ({len(text):,} chars)")
    print(f"bare lxml.html parse:        {base:10,.0f} pages/s  ({1e3 / base:.3f} ms)")
    print(f"read html only:              {rd:10,.0f} pages/s  ({1e3 / rd:.3f} ms)")
    for f in FORMATS:
        r, v, q = got[f"w:{f}"], got[f"v:{f}"], got[f"q:{f}"]
        print(
            f"  write {f:<8}              {r:10,.0f} works/s  ({1e3 / r:.3f} ms; "
            f"{1e3 / v:.3f} ms with the report read; {1e3 / q:.3f} ms unverified)"
        )
    print(f"  of which reference parsing: {1e3 / rp:.3f} ms ({len(refs)} references, CRF)")
    print(
        f"read + write {'/'.join(FORMATS)}, reports not read: {full:10,.0f} pages/s  "
        f"({1e3 / full:.3f} ms)"
    )
    print(
        f"  same, every memo cache emptied before each page ({len(caches)} caches): "
        f"{cold:10,.0f} pages/s  ({1e3 / cold:.3f} ms; {base / cold:.1f}x)"
    )
    print(
        f"  same, each exact loss report read: {reported:10,.0f} pages/s  ({1e3 / reported:.3f} ms)"
    )
    print(f"  same, write(verify=False), report read: {fast:10,.0f} pages/s  ({1e3 / fast:.3f} ms)")
    print(
        f"ratio to bare parse: {base / full:.1f}x slower with the reports not read, "
        f"{base / reported:.1f}x with the exact reports read, {base / fast:.1f}x unverified"
        " (goal: <= 10x, and > 1,000 pages/s)"
    )
    rest = 1 / full - 1 / rp
    print(
        f"  without the reference parser's share (reports not read): {base * rest:.1f}x "
        f"({1e3 * rest:.3f} ms)"
    )


if __name__ == "__main__":
    main()
