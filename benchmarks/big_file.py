"""One big file: wall time, peak RSS, statements and output sizes of `kg build` on a single long Arabic text,
for several file sizes, to show whether memory grows with the file (issue #10).

    python benchmarks/big_file.py                 # 5 MB and 50 MB
    python benchmarks/big_file.py --mb 5 10 20    # where a 50 MB build takes too long

The file is synthetic (benchmarks/synthetic_corpus.py's articles, our own sentences, one after another in
one file). Peak RSS is sampled over the process tree every 50 ms and also read exactly from the kernel
for the build process (its ru_maxrss, which a 50 ms sample can miss short spikes of). Figures are printed,
never asserted.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run, size_mb  # noqa: E402 (sibling scripts, not a package)
from synthetic_corpus import article, vocabulary  # noqa: E402


def write_big_file(path: Path, mb: float, seed: int = 1) -> int:
    """Articles of 300-1,500 words one after another until the file holds `mb` MB; returns its size in bytes."""
    rng = random.Random(seed)
    actors, issues = vocabulary(rng)
    target, size = int(mb * 2**20), 0
    with path.open("wb") as stream:
        while size < target:
            data = (article(rng, rng.randint(300, 1500), actors, issues) + "\n").encode("utf-8")
            stream.write(data)
            size += len(data)
    return path.stat().st_size


def bench(mb: float, jobs: int, store: str, work: Path) -> None:
    text = work / f"big-{mb:g}mb.txt"
    started = time.perf_counter()
    size = write_big_file(text, mb)
    with text.open(encoding="utf-8") as stream:
        chars = sum(len(line) for line in stream)
    written = time.perf_counter() - started
    out = work / f"out-{mb:g}mb"
    spec = "memory" if store == "memory" else f"oxigraph:{out / 'store'}"
    command = [sys.executable, "-m", "kg", "build", str(text), "--out", str(out), "--jobs", str(jobs),
               "--store", spec, "--no-progress"]
    seconds, tree_peak, own_peak = run(command)
    with (out / "statements.csv").open(encoding="utf-8", newline="") as table:
        statements = sum(1 for _ in csv.reader(table)) - 1
    outputs = ", ".join(f"{name} {size_mb(out / name):,.1f} MB" for name in ("graph.trig", "statements.csv",
                                                                             "graph.html"))
    print(f"{size / 2**20:,.1f} MB file ({chars:,} characters, written in {written:.0f} s): {seconds:,.0f} s, "
          f"peak RSS {tree_peak:,.0f} MB (tree, sampled) / {own_peak:,.0f} MB (build process, exact), "
          f"{statements:,} statements, {statements / seconds:,.0f} statements/s\n"
          f"  outputs: {outputs}; parts {size_mb(out / '.kg'):,.1f} MB", flush=True)
    text.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[5, 50], help="file sizes in MB (default 5 50)")
    parser.add_argument("--jobs", type=int, default=1, help="kg build --jobs (default 1: one file is one task)")
    parser.add_argument("--store", default="memory", choices=["memory", "oxigraph"])
    parser.add_argument("--work", type=Path, help="folder for the files and outputs (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-big-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for mb in args.mb:
            bench(mb, args.jobs, args.store, work)


if __name__ == "__main__":
    main()
