"""Pipeline speed: read an article page and write csljson, bibtex, jats and dc, in a loop.

Prints pages per second on one core and the ratio to a bare ``lxml.html`` parse of the same page,
both measured in this run. Goal: within 10x of the bare parse (over 1,000 pages per second).

``write``'s loss report is worked out when ``.report`` is first read, so two figures are given:
the writes with the reports not read (an ingest script) and with every exact report read (what
the CLI does unless ``--quiet``).

    python benchmarks/pipeline.py [PAGE.html] [--seconds 3]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

import scholarmeta

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_fd67b657eafb6089.txt"
FALLBACK = ROOT / "examples" / "kk-article.html"
FORMATS = ("csljson", "bibtex", "jats", "dc")


def rate(fn: Callable[[], object], seconds: float) -> float:
    """Calls per second: best of five timed rounds, each about seconds/5 long."""
    fn()  # warm caches and lazy imports
    n = 1
    while True:  # calibrate a batch size that takes ~ seconds/5
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        dt = time.perf_counter() - t0
        if dt > seconds / 25:
            break
        n *= 2
    batch = max(1, int(n * (seconds / 5) / dt))
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(batch):
            fn()
        best = min(best, (time.perf_counter() - t0) / batch)
    return 1.0 / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
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

    def read_only() -> object:
        return scholarmeta.read(text, "html")

    work = scholarmeta.read(text, "html")
    base = rate(bare, args.seconds)
    full = rate(pipeline, args.seconds)
    reported = rate(pipeline_reported, args.seconds)
    rd = rate(read_only, args.seconds)
    fast = rate(pipeline_unverified, args.seconds)
    print(f"page: {page.name} ({len(text):,} chars)")
    print(f"bare lxml.html parse:        {base:10,.0f} pages/s  ({1e3 / base:.3f} ms)")
    print(f"read html only:              {rd:10,.0f} pages/s  ({1e3 / rd:.3f} ms)")
    for f in FORMATS:
        r = rate(lambda f=f: scholarmeta.write(work, f), args.seconds / 2)
        v = rate(lambda f=f: scholarmeta.write(work, f).report, args.seconds / 2)
        q = rate(lambda f=f: scholarmeta.write(work, f, verify=False).report, args.seconds / 2)
        print(f"  write {f:<8}              {r:10,.0f} works/s  ({1e3 / r:.3f} ms; "
              f"{1e3 / v:.3f} ms with the report read; {1e3 / q:.3f} ms unverified)")
    from scholarmeta.refparse import parse_reference

    refs = [(r.raw, r.lang) for r in work.references if r.raw]
    rp = rate(lambda: [parse_reference(t, lg) for t, lg in refs], args.seconds / 2)
    print(f"  of which reference parsing: {1e3 / rp:.3f} ms ({len(refs)} references, CRF)")
    print(f"read + write {'/'.join(FORMATS)}, reports not read: {full:10,.0f} pages/s  "
          f"({1e3 / full:.3f} ms)")
    print(f"  same, each exact loss report read: {reported:10,.0f} pages/s  ({1e3 / reported:.3f} ms)")
    print(f"  same, write(verify=False), report read: {fast:10,.0f} pages/s  ({1e3 / fast:.3f} ms)")
    print(f"ratio to bare parse: {base / full:.1f}x slower with the reports not read, "
          f"{base / reported:.1f}x with the exact reports read, {base / fast:.1f}x unverified"
          " (goal: <= 10x, and > 1,000 pages/s)")
    rest = 1 / full - 1 / rp
    print(f"  without the reference parser's share (reports not read): {base * rest:.1f}x "
          f"({1e3 * rest:.3f} ms)")


if __name__ == "__main__":
    main()
