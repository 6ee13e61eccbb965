"""BibTeX -> CSL-JSON speed: scholarmeta against pandoc on the same file, in the same run.

Usage::

    python benchmarks/bibtex_vs_pandoc.py [FILE.bib] [--runs N]

Default file: ../shared/data/bibtex/large/tugboat.bib. For each tool it prints the best
wall-clock time and the CPU time (user+sys) of N runs: the CPU time is fairer when other jobs
share the machine. Timed: ``pandoc -f bibtex -t csljson FILE`` and ``scholarmeta convert FILE
--from bibtex --to csljson`` as subprocesses (start-up included for both), and the library
in-process (read + write, no interpreter start-up). pandoc is skipped with a message if absent.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "bibtex" / "large" / "tugboat.bib"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_command(cmd: list[str], runs: int) -> tuple[float, float]:
    """Best wall time and best CPU time of ``runs`` runs of ``cmd`` (output discarded)."""
    walls, cpus = [], []
    for _ in range(runs):
        cpu0, t0 = _children_cpu(), time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        cpus.append(_children_cpu() - cpu0)
    return min(walls), min(cpus)


def time_in_process(path: Path, runs: int, write: bool = True) -> tuple[float, float, int]:
    """Best wall and CPU time of the read (+ CSL-JSON write) in this process, and the count."""
    from scholarmeta import api
    from scholarmeta.report import Report

    walls, cpus, n = [], [], 0
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        works = list(api.read_all(path, "bibtex", report=Report()))
        if write:
            api.write(works, "csljson", report=Report())
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        n = len(works)
    return min(walls), min(cpus), n


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print a small table; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.file.exists():
        print(f"no such file: {args.file}", file=sys.stderr)
        return 2
    exe = shutil.which("scholarmeta") or str(Path(sys.executable).with_name("scholarmeta"))
    ours_cmd = [exe, "convert", str(args.file), "--from", "bibtex", "--to", "csljson", "-q"]
    if not os.path.exists(exe):
        ours_cmd = [sys.executable, "-m", "scholarmeta", *ours_cmd[1:]]
    print(f"file: {args.file} ({args.file.stat().st_size / 1e6:.1f} MB), best of {args.runs}")
    print(f"{'tool':34} {'wall s':>8} {'cpu s':>8}")
    rows: dict[str, tuple[float, float]] = {}
    pandoc = shutil.which("pandoc")
    if pandoc:
        rows["pandoc -t csljson"] = time_command(
            [pandoc, "-f", "bibtex", "-t", "csljson", str(args.file)], args.runs
        )
    else:
        print("pandoc not found: skipped (apt-get install pandoc)")
    rows["scholarmeta convert (CLI)"] = time_command(ours_cmd, args.runs)
    wall, cpu, n = time_in_process(args.file, args.runs)
    rows[f"in-process read+write ({n})"] = (wall, cpu)
    wall, cpu, n = time_in_process(args.file, args.runs, write=False)
    rows["in-process read only"] = (wall, cpu)
    for name, (w, c) in rows.items():
        print(f"{name:34} {w:8.2f} {c:8.2f}")
    if pandoc:
        pw, pc = rows["pandoc -t csljson"]
        ow, oc = rows["scholarmeta convert (CLI)"]
        print(f"ratio CLI/pandoc: wall {ow / pw:.2f}, cpu {oc / pc:.2f} (target <= 0.50)")
        rw, rc = rows["in-process read only"]
        print(f"ratio read-only/pandoc: wall {rw / pw:.2f}, cpu {rc / pc:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
