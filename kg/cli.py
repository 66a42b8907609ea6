"""The kg command: thin commands over the public API; every failure becomes one clear line."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .build import build
from .errors import KgError
from .explain import explain, format_explanation


def _cmd_build(args: argparse.Namespace) -> int:
    result = build(args.paths, args.out)
    print(f"built {result.documents} document(s), {result.statements} statement(s)")
    for name, path in result.files.items():
        print(f"  {name:15} {path}")
    return 0


def _add_build(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "build", help="extract position statements and write graph.trig, statements.csv and graph.html",
        description="Extract position statements from .txt reports (files or folders) and write the graph.",
        epilog="example: kg build seeds/ --out out/")
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a .txt file or a folder of them")
    cmd.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (created if missing)")
    cmd.set_defaults(func=_cmd_build)


def _cmd_explain(args: argparse.Namespace) -> int:
    print(format_explanation(explain(args.text, sentence=args.sentence)))
    return 0


def _add_explain(commands: argparse._SubParsersAction) -> None:
    cmd = commands.add_parser(
        "explain", help="show the mentions, cues and the reason each statement was or was not made",
        description="Explain the extraction of an Arabic sentence given inline, or of a document file.",
        epilog='example: kg explain "وتخشى أنقرة توسع النفوذ الإيراني في سوريا."  |  '
               "example: kg explain seeds/shafaq-2025-11-08-iraq-syria-security.txt --sentence 17")
    cmd.add_argument("text", metavar="TEXT_OR_FILE", help="Arabic text, or the path of a .txt document")
    cmd.add_argument("--sentence", type=int, metavar="N", help="only the N-th sentence (1-based)")
    cmd.set_defaults(func=_cmd_explain)


# Each command adds its own sub-parser; the epilog gives an example (a test checks it).
COMMANDS = (_add_build, _add_explain)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description="Build knowledge graphs of positions from Arabic news.")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(commands)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted; earlier outputs are untouched", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
