"""Precision and recall on real news, every set in one table: its first (blind) score and today's.

    python benchmarks/realnews.py [--texts ../realnews-texts] [--devcorpus-texts ../devcorpus-texts]
                                  [--shared ../shared] [--show SET]

Sets: the shared development corpus (../shared/devcorpus) and each batch under benchmarks/realnews/
(manifest.json: url, outlet, date, title, sha256 of the text; gold.jsonl: statements located by
sentence_span, no article text). The texts are never committed: rebuild them outside the repository
as benchmarks/realnews/README.md says. Each document is built alone with kg.build, as
../shared/eval/realnews.py does with `kg build FILE`, and scored with the maintainers' scorer.
A set's "first" figures are the ones recorded in benchmarks/realnews/scores.json when kg first saw
it (blind for the batches: annotated before); "now" is measured by this run.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import kg

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent



def _batch_order(folder: Path) -> tuple[int, str]:
    """news2 before news10: by the batch's number, not its name's letters."""
    digits = "".join(c for c in folder.name if c.isdigit())
    return (int(digits) if digits else 0, folder.name)

def load_scorer(shared: Path):
    path = shared / "eval" / "score.py"
    if not path.exists():
        sys.exit(f"realnews: the scorer is not at {path} (give --shared)")
    spec = importlib.util.spec_from_file_location("kg_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sets(args: argparse.Namespace) -> list[tuple[str, Path, Path, Path]]:
    """(name, manifest, gold, texts folder) of every set."""
    found = [("devcorpus", args.shared / "devcorpus" / "manifest.json", args.shared / "devcorpus" / "gold.jsonl",
              args.devcorpus_texts)]
    for folder in sorted((p for p in (HERE / "realnews").iterdir() if (p / "gold.jsonl").exists()), key=_batch_order):
        found.append((folder.name, folder / "manifest.json", folder / "gold.jsonl", args.texts / folder.name))
    return found


def predicted_rows(path: Path) -> list[dict[str, str]]:
    """The statements.csv rows kg writes for one document built alone."""
    with tempfile.TemporaryDirectory() as out:
        result = kg.build([path], out, progress=False)
        with result.files["statements.csv"].open(encoding="utf-8", newline="") as table:
            rows = list(csv.DictReader(table))
    for row in rows:
        row["doc_id"] = path.stem
    return rows


def measure(scorer, manifest: Path, gold_path: Path, texts: Path) -> dict:
    docs = json.loads(manifest.read_text(encoding="utf-8"))
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    present = [d for d in docs if (texts / f"{d['id']}.txt").exists()]
    identical = sum(hashlib.sha256((texts / f"{d['id']}.txt").read_bytes()).hexdigest() == d["sha256"] for d in present)
    ids = {d["id"] for d in present}
    rows = [row for d in present for row in predicted_rows(texts / f"{d['id']}.txt")]
    scored = [g for g in gold if g["doc"] in ids]
    result = scorer.score(scored, rows)
    result.update(docs=len(docs), present=len(present), identical=identical, gold_all=len(gold))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=PROJECT.parent / "realnews-texts",
                        help="folder with one subfolder of ID.txt per batch (default ../realnews-texts)")
    parser.add_argument("--devcorpus-texts", type=Path, default=PROJECT.parent / "devcorpus-texts")
    parser.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    parser.add_argument("--show", metavar="SET", help="list the misses and false positives of one set")
    args = parser.parse_args()
    scorer = load_scorer(args.shared)
    recorded = json.loads((HERE / "realnews" / "scores.json").read_text(encoding="utf-8"))
    print(f"{'set':10} {'texts':>7} {'gold':>5} | {'first P':>7} {'first R':>7} ({'at':8}) | "
          f"{'now P':>6} {'now R':>6} {'now F1':>6}")
    for name, manifest, gold, texts in sets(args):
        result = measure(scorer, manifest, gold, texts)
        first = recorded.get(name, {}).get("first", {})
        print(f"{name:10} {result['present']:>3}/{result['docs']:<3} {result['gold']:>5} | "
              f"{first.get('precision', float('nan')):7.3f} {first.get('recall', float('nan')):7.3f} "
              f"({first.get('commit', '-'):8}) | {result['precision']:6.3f} {result['recall']:6.3f} {result['f1']:6.3f}")
        if result["present"] < result["docs"]:
            print(f"{'':10} ({result['docs'] - result['present']} texts not rebuilt; their "
                  f"{result['gold_all'] - result['gold']} gold statements are left out; "
                  f"{result['identical']} of {result['present']} texts identical to the annotated ones)")
        if args.show == name:
            for g in result["misses"]:
                print(f"  MISS {g['doc']} {g['actor']} {g['stance']} {'/'.join(g['issue_anchors'])}")
            for r in result["false_positives"]:
                print(f"  FP   {r['doc_id']} {r['actor']} {r['stance']} [{r['issue_text'][:60]}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
