"""The kg command as a user runs it: a real process, real files."""
import os
import subprocess
import sys
from pathlib import Path

from kg.cli import parser

SEED = Path(__file__).resolve().parents[1] / "seeds" / "shafaq-2025-11-08-iraq-syria-security.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True)


def test_build_prints_where_the_outputs_are(tmp_path: Path) -> None:
    result = run("build", str(SEED), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in ("graph.trig", "statements.csv", "graph.html"):
        assert str(tmp_path / name) in result.stdout


def test_bad_input_is_one_clear_line_and_a_nonzero_exit(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("build", str(empty), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"kg: error: {empty}: the file is empty"
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    read, write = os.pipe()
    os.close(read)  # kg query --list | head, once head has gone
    try:
        result = subprocess.run([sys.executable, "-m", "kg.cli", "query", "--list"], stdout=write,
                                stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write)
    assert result.returncode == 141 and result.stderr == ""


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "nowhere: no such file or folder" in result.stderr


def test_every_command_is_documented_with_an_example() -> None:
    commands = parser()._subparsers._group_actions[0].choices  # argparse keeps subcommands here
    for name, command in commands.items():
        assert command.description and "example: kg " + name in (command.epilog or ""), name
