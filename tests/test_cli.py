"""The kg command as a user runs it: a real process, real files."""
import os
import subprocess
import sys
from pathlib import Path

from kg.cli import parser
from kg.vocab import KG

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


# ---------------------------------------------------------------- habits of command-line tools

def test_version_and_options_anywhere(seed_build) -> None:
    assert run("--version").stdout.startswith("kg ")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:PositionStatement }"
    after, before = run("query", str(seed_build.out_dir), count, "--format", "csv"), \
        run("query", str(seed_build.out_dir), "--format", "csv", count)
    assert after.returncode == before.returncode == 0, before.stderr
    assert after.stdout == before.stdout == f"n\n{seed_build.statements}\n"


def test_a_dash_means_standard_output(seed_build, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kg", "export", str(seed_build.out_dir), "--format", "nt",
                             "--out", "-"], capture_output=True, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.count(b" .\n") > 1000
    assert not (tmp_path / "-").exists()
    assert run("export", str(seed_build.out_dir), "--out", "-").returncode == 2  # no suffix to tell the format


def test_exports_and_views_are_readable_by_others_as_builds_are(seed_build, tmp_path: Path) -> None:
    assert run("export", str(seed_build.out_dir), "--out", str(tmp_path / "g.ttl")).returncode == 0
    assert run("view", str(seed_build.out_dir), "--out", str(tmp_path / "v.html")).returncode == 0
    modes = {oct((tmp_path / name).stat().st_mode & 0o777) for name in ("g.ttl", "v.html")}
    assert modes == {oct(seed_build.files["graph.trig"].stat().st_mode & 0o777)} == {"0o644"}


def test_explain_refuses_what_it_cannot_explain(tmp_path: Path) -> None:
    for args, message in ((["nosuch.txt"], "nosuch.txt: no such file"), ([str(tmp_path)], "is a folder"),
                          ([str(SEED), "--sentence", "9999"], "--sentence 9999 is not one of them")):
        result = run("explain", *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr


def test_a_query_file_declares_its_options_as_shipped_queries_do(seed_build, tmp_path: Path) -> None:
    mine = tmp_path / "stances.rq"
    mine.write_text("# The stances of one actor.\n# param actor text: an English label\n"
                    "SELECT ?stance WHERE { ?s kg:holder/skos:prefLabel ?l ; kg:stance ?stance . "
                    "FILTER(STR(?l) = ?actor) }\n", encoding="utf-8")
    found = run("query", str(seed_build.out_dir), "--file", str(mine), "--actor", "Turkey", "--format", "csv")
    assert found.stdout.splitlines()[1:] == [str(KG.concern)] * 2
    assert "needs --actor" in run("query", str(seed_build.out_dir), "--file", str(mine)).stderr


def test_commands_that_only_read_never_load_spacy(seed_build) -> None:
    script = ("import sys; from kg.cli import main; "
              f"codes = [main(['query', {str(seed_build.out_dir)!r}, '--name', 'contested-concepts']), "
              f"main(['network', {str(seed_build.out_dir)!r}]), main(['concepts', {str(seed_build.out_dir)!r}])]; "
              "assert codes == [0, 0, 0] and 'spacy' not in sys.modules, sorted(sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
