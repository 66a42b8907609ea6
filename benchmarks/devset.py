"""Precision and recall of the extractor on our own annotated sentences, with the shared scorer.

    python benchmarks/devset.py [--scorer ../shared/eval/score.py]

benchmarks/dev/ holds sets written for this project (no third-party text): dev.txt (tuned
on) and heldout.txt to heldout16.txt (each written before its first score, then used to fix
rules; the first scores are in README.md). Each has a gold file in the scorer's format.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent / "dev"
SETS = {"dev": ("dev.txt", "gold.jsonl"), "heldout": ("heldout.txt", "heldout_gold.jsonl"),
        "heldout2": ("heldout2.txt", "heldout2_gold.jsonl"), "heldout3": ("heldout3.txt", "heldout3_gold.jsonl"),
        "heldout4": ("heldout4.txt", "heldout4_gold.jsonl"), "heldout5": ("heldout5.txt", "heldout5_gold.jsonl"),
        "heldout6": ("heldout6.txt", "heldout6_gold.jsonl"), "heldout7": ("heldout7.txt", "heldout7_gold.jsonl"),
        "heldout8": ("heldout8.txt", "heldout8_gold.jsonl"), "heldout9": ("heldout9.txt", "heldout9_gold.jsonl"),
        "heldout10": ("heldout10.txt", "heldout10_gold.jsonl"), "heldout11": ("heldout11.txt", "heldout11_gold.jsonl"),
        "heldout12": ("heldout12.txt", "heldout12_gold.jsonl"), "heldout13": ("heldout13.txt", "heldout13_gold.jsonl"),
        "heldout14": ("heldout14.txt", "heldout14_gold.jsonl"), "heldout15": ("heldout15.txt", "heldout15_gold.jsonl"),
        "heldout16": ("heldout16.txt", "heldout16_gold.jsonl")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scorer", type=Path, default=Path(__file__).resolve().parents[2] / "shared/eval/score.py")
    args = parser.parse_args()
    if not args.scorer.exists():
        sys.exit(f"devset: scorer not found at {args.scorer} (give --scorer)")
    for name, (text, gold) in SETS.items():
        with tempfile.TemporaryDirectory() as out:
            result = kg.build([HERE / text], out)
            score = subprocess.run([sys.executable, str(args.scorer), str(HERE / gold),
                                    str(result.files["statements.csv"]), "--doc", name, "--show"],
                                   capture_output=True, text=True, check=True)
        print(f"== {name}\n{score.stdout.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
