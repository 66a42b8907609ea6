"""How long the reading commands take on a built corpus: each shipped query, kg view --actor, kg network and
kg concepts, as a user runs them (a fresh process each), minus the start-up of `kg --version`.

    python benchmarks/reading_speed.py --docs 300          # builds a synthetic corpus of 300 articles first
    python benchmarks/reading_speed.py --out DIR            # times an existing build

Prints one line per command: seconds in all, and beyond start-up. The target (issue 19) is 2 s beyond
start-up on a 300-article build.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARAMS = {"actor": "Turkey", "issue": "النفوذ", "concept": "influence", "statement": "", "from": "2025-01-01",
          "to": "2025-12-31"}


def seconds(*args: str) -> float:
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"kg {' '.join(args)} failed: {run.stderr.strip()}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--out", type=Path, help="an existing build to time (else one is built)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-reading-"))
    out = args.out
    if out is None:
        subprocess.run([sys.executable, str(HERE / "synthetic_corpus.py"), str(work / "corpus"), "--docs",
                        str(args.docs)], check=True, capture_output=True)
        out = work / "out"
        subprocess.run([sys.executable, "-m", "kg", "build", str(work / "corpus"), "--out", str(out), "--jobs", "2",
                        "--no-validate", "--no-progress"], check=True, capture_output=True)
    from kg.query import query_info, query_names  # the shipped queries and the options they take
    import kg
    first = kg.statement_rows(kg.open_build(out)) if hasattr(kg, "open_build") else []
    if first:
        PARAMS["statement"] = first[0]["statement"]
    start_up = min(seconds("--version") for _ in range(3))
    print(f"{out}: start-up (kg --version) {start_up:.2f} s")
    commands = [[ "query", str(out), "--name", name,
                  *(part for p in query_info(name).params if PARAMS.get(p.name)
                    for part in (f"--{p.name}", PARAMS[p.name]))]
                for name in query_names() if name not in ("network", "network-context", "statements", "view",
                                                          "concepts")]
    commands += [["view", str(out), "--actor", PARAMS["actor"], "--out", str(work / "turkey.html")],
                 ["network", str(out)], ["network", str(out), "--kind", "conflict"], ["concepts", str(out)]]
    for command in commands:
        took = seconds(*command)
        label = " ".join(part for part in command if part != str(out))
        print(f"  {label:70} {took:6.2f} s   beyond start-up {took - start_up:6.2f} s")


if __name__ == "__main__":
    main()
