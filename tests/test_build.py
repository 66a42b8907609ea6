"""The main job end to end on the seed: outputs, determinism, and the maintainers' score."""
import csv
import json
import re
import signal
import subprocess
import sys
import time
from importlib import import_module
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef

import kg
from kg.build import dataset_of
from kg.document import Document, pipeline_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def outputs(out: Path) -> dict[str, bytes]:
    """The bytes of the files a build writes (not its cache in .kg/)."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def test_build_writes_the_three_outputs(seed_build: kg.BuildResult) -> None:
    assert seed_build.documents == 1 and seed_build.statements > 0
    assert all(path.stat().st_size > 0 for path in seed_build.files.values())


def test_the_table_agrees_with_the_graph(seed_build: kg.BuildResult, seed_rows) -> None:
    with seed_build.files["statements.csv"].open(encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == seed_rows


def test_two_builds_are_byte_identical(seed_build: kg.BuildResult, tmp_path: Path) -> None:
    again = kg.build([SEEDS], tmp_path)
    for name, path in seed_build.files.items():
        assert path.read_bytes() == again.files[name].read_bytes(), name


def test_the_graph_has_one_named_graph_per_document(seed_build: kg.BuildResult) -> None:
    dataset = Dataset()
    dataset.parse(seed_build.files["graph.trig"], format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/kg-news/data/graph/shafaq-2025-11-08-iraq-syria-security" in names


def test_metadata_reaches_every_row(seed_rows) -> None:
    assert {(r["outlet"], r["date"]) for r in seed_rows} == {("Shafaq News", "2025-11-08")}


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the shared scorer is not beside this checkout")
def test_seed_score_meets_the_bar(seed_build: kg.BuildResult) -> None:
    result = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(SHARED_EVAL / "seed_gold.jsonl"),
         str(seed_build.files["statements.csv"]), "--doc", "seed", "--json"],
        capture_output=True, text=True, check=True)
    score = json.loads(result.stdout.splitlines()[0])
    assert score["precision"] >= 0.85 and score["f1"] >= 0.75, score


def test_a_failed_build_leaves_earlier_outputs_untouched(seed_build: kg.BuildResult, tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg.build([SEEDS], out)
    before = outputs(out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with pytest.raises(kg.InputError):
        kg.build([bad], out)
    assert outputs(out) == before


def test_a_corpus_folder_builds_every_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("وترفض دمشق أي وجود عسكري أجنبي على أراضيها.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وتسعى أنقرة إلى إقامة منطقة آمنة شمال سوريا.", encoding="utf-8")
    result = kg.build([tmp_path], tmp_path / "out")
    with result.files["statements.csv"].open(encoding="utf-8", newline="") as f:
        assert sorted((r["doc_id"], r["actor"]) for r in csv.DictReader(f)) == [("a", "Syria"), ("b", "Turkey")]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


SENTENCES = "وترفض دمشق أي وجود عسكري أجنبي على أراضيها.\nوتخشى أنقرة توسع النفوذ الإيراني في سوريا.\n"


def test_one_bad_file_is_reported_and_the_rest_is_built(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SENTENCES, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    (tmp_path / "english.txt").write_text("Turkey fears Iranian influence in Syria.", encoding="utf-8")
    result = kg.build([tmp_path], tmp_path / "out")
    problems = {Path(p.path).name: p.severity for p in result.problems}
    assert problems == {"binary.txt": "error", "english.txt": "warning"} and result.failed
    assert {r["doc_id"] for r in read_rows(result.files["statements.csv"])} == {"good"}


def test_strict_stops_at_a_bad_file_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SENTENCES, encoding="utf-8")
    (tmp_path / "pdf.txt").write_bytes(b"%PDF-1.4 binary")
    with pytest.raises(kg.InputError, match="pdf.txt.*PDF"):
        kg.build([tmp_path], tmp_path / "out", strict=True)
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_nothing_to_build_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "english.txt").write_text("Turkey fears Iranian influence in Syria.", encoding="utf-8")
    with pytest.raises(kg.InputError, match="english.txt: is not Arabic"):
        kg.build([tmp_path], tmp_path / "out")


def test_the_cli_lists_skipped_files_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SENTENCES, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True)
    assert result.returncode == 1 and f"kg: error: {tmp_path / 'bad.txt'}: the file is binary" in result.stderr


NOISY = ("date ٢٠٢٥-١١-٠٨\n"
         "وتخشى \u202bأنقرة\u202c توسع النفوذ الإيراني في سوريا.\n"  # a bidi embedding around the actor
         "وترفض دمشق\u200f أي وجود عسكري أجنبي على أراضيها.\n"  # a right-to-left mark
         "وترفض ترکیا أي وجود عسكري أجنبي على أراضيها.\n"  # Persian kaf and yeh
         "وتُرَحِّبُ بغداد بالـــتعاون الأمني مع دمشق.\n")  # diacritics and tatweel


def test_noisy_text_keeps_offsets_into_the_text_as_decoded(tmp_path: Path) -> None:
    (tmp_path / "noisy.txt").write_text(NOISY, encoding="utf-8")
    result = kg.build([tmp_path / "noisy.txt"], tmp_path / "out")
    rows = read_rows(result.files["statements.csv"])
    assert {r["actor"] for r in rows} >= {"Turkey", "Syria", "Iraq"}
    for row in rows:
        assert NOISY[int(row["char_start"]):int(row["char_end"])] == row["sentence"]
        assert NOISY[int(row["issue_start"]):int(row["issue_end"])] == row["issue_text"]
    assert {(r["date"]) for r in rows} == {"2025-11-08"}


def test_a_long_text_read_in_segments_gives_the_same_statements() -> None:
    from kg.corpus import extract_segments
    text = SENTENCES * 20
    document = Document(doc_id="long", text=text, path=Path("long.txt"))
    whole = [(s.char_start, s.issue_end, s.holder.name) for e in extract_segments(document, 10**6) for s in e.statements]
    pieces = [(s.char_start, s.issue_end, s.holder.name) for e in extract_segments(document, 300) for s in e.statements]
    assert pieces == whole and len(whole) == 40


EVIL = 'Evil" } ; DROP ALL ; # <script>alert(1)</script>\n<b>&amp;\'\u202e'


def test_names_with_markup_and_sparql_syntax_stay_data(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(SENTENCES, encoding="utf-8")
    (tmp_path / "evil.meta.json").write_text(json.dumps({"outlet": EVIL, "report_by": EVIL}), encoding="utf-8")
    result = kg.build([tmp_path / "evil.txt"], tmp_path / "out")
    assert {r["outlet"] for r in read_rows(result.files["statements.csv"])} == {EVIL}
    dataset = kg.load_dataset(result.out_dir)
    iris = {str(term) for quad in dataset.quads() for term in quad[:3] if isinstance(term, URIRef)}
    assert all(re.fullmatch(r"[A-Za-z0-9:/._#~%-]+", iri) for iri in iris), iris
    page = result.files["graph.html"].read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<b>&amp;" not in page


def test_values_bound_into_a_query_cannot_change_it(seed_dataset) -> None:
    rows = list(kg.run_query(seed_dataset, "statements", {"doc_id": Literal('x" } UNION { ?s ?p ?o } #')}))
    assert rows == []


def test_ctrl_c_mid_build_leaves_the_previous_outputs(tmp_path: Path) -> None:
    for attempt in range(3):  # an interrupt that lands once the work is done ends a complete build (exit 0): again
        corpus, out = tmp_path / f"corpus-{attempt}", tmp_path / f"out-{attempt}"
        corpus.mkdir()
        (corpus / "a.txt").write_text(SENTENCES, encoding="utf-8")
        kg.build([corpus], out)
        before = outputs(out)
        for n in range(40):
            (corpus / f"more-{n:02d}.txt").write_text(SENTENCES * 30, encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not list((out / ".kg" / "parts").glob("*.partial")) and time.monotonic() < deadline:
            time.sleep(0.05)  # wait until it is extracting, well past start-up
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
        if process.returncode != 0:
            break
    # 130, or death by the SIGINT itself where it lands as the interpreter shuts down (a shell shows 130 for both)
    assert process.returncode in (130, -signal.SIGINT) and "interrupted" in err, err
    assert outputs(out) == before and not list(out.glob(".kg-build-*"))


ARABIC_LIKE = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ،.؟\n٠١٢ یک\u200f\u200c")),
                      max_size=300)
SEED_TEXT = (ROOT / "seeds" / "shafaq-2025-11-08-iraq-syria-security.txt").read_text(encoding="utf-8")


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A window of the seed with characters deleted, replaced or inserted at random places."""
    start = draw(st.integers(0, len(SEED_TEXT) - 1))
    text = list(SEED_TEXT[start:start + draw(st.integers(1, 1500))])
    for _ in range(draw(st.integers(0, 20))):
        at = draw(st.integers(0, len(text)))
        text[at:at + draw(st.integers(0, 3))] = draw(st.text(max_size=3))
    return "".join(text)


def check_pipeline(text: str) -> None:
    """Extraction, the graph and SHACL on any text: no exception, offsets into the text, a conforming graph."""
    document = Document(doc_id="random", text=text, path=Path("random.txt"))
    assert len(pipeline_text(text)) == len(text)
    extraction = kg.extract_documents([document])[0]
    assert all(text[s.char_start:s.char_end] == s.sentence for s in extraction.statements)
    conforms, report = kg.validation_report(dataset_of([extraction]))
    assert conforms, report


PROPERTY = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.text(max_size=300))
def test_any_unicode_text_goes_through(text: str) -> None:
    check_pipeline(text)


@PROPERTY
@given(ARABIC_LIKE)
def test_any_arabic_like_text_goes_through(text: str) -> None:
    check_pipeline(text)


@PROPERTY
@given(mutated_seed())
def test_any_mutated_seed_goes_through(text: str) -> None:
    check_pipeline(text)


def test_inputs_are_named_by_their_resolved_paths(tmp_path: Path) -> None:
    """The manifest's names: each folder resolved once, a linked file or folder as Path.resolve gives it."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    (tmp_path / "b.txt").symlink_to(real / "a.txt")
    resolved = import_module("kg.build")._resolver()
    for path in (real / "a.txt", tmp_path / "linked" / "a.txt", tmp_path / "b.txt",
                 tmp_path / "linked" / ".." / "b.txt", tmp_path / "linked" / ".." / "real" / "a.txt"):
        assert resolved(path) == str(path.resolve())


# ---------------------------------------------------------------- hardening

def test_a_second_build_into_the_same_folder_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    import fcntl

    from kg.build import LOCK_FILE
    (tmp_path / "out" / ".kg").mkdir(parents=True)
    with (tmp_path / "out" / ".kg" / LOCK_FILE).open("a") as held:  # as a running build holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        result = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(tmp_path / "out")],
                                capture_output=True, text=True)
    assert result.returncode == 2 and "another kg build is writing there" in result.stderr
    assert kg.build([SEEDS], tmp_path / "out").documents == 1  # free again


def test_a_file_system_error_is_one_line_naming_the_path(tmp_path: Path, monkeypatch, capsys) -> None:
    from kg.cli import main
    build_module = import_module("kg.build")  # the module: kg.build is the function

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "out" / "graph.trig"))

    monkeypatch.setattr(build_module, "_build", full)
    assert main(["build", str(SEEDS), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f"kg: error: {tmp_path / 'out' / 'graph.trig'}: No space left on device; earlier outputs are " \
                  "untouched\n"


def test_workers_die_with_the_build_even_when_it_is_killed(tmp_path: Path) -> None:
    import psutil
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic_corpus.py"
    subprocess.run([sys.executable, str(script), str(tmp_path / "corpus"), "--docs", "400"], check=True,
                   capture_output=True)
    build = subprocess.Popen([sys.executable, "-m", "kg", "build", str(tmp_path / "corpus"), "--out",
                              str(tmp_path / "out"), "--jobs", "2", "--no-progress"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(build.pid)
    deadline = time.monotonic() + 60
    while len(parent.children()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = parent.children(recursive=True)
    assert len(workers) >= 2, "the build never started its workers"
    build.kill()
    build.wait(30)
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert not alive


def test_a_build_killed_midway_keeps_what_it_finished(tmp_path: Path) -> None:
    import psutil
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic_corpus.py"
    subprocess.run([sys.executable, str(script), str(tmp_path / "corpus"), "--docs", "300"], check=True,
                   capture_output=True)
    build = subprocess.Popen([sys.executable, "-c", "import importlib, sys; "
                              "importlib.import_module('kg.build').MANIFEST_EVERY = 0.5; "
                              "from kg.cli import main; sys.exit(main(sys.argv[1:]))", "build",
                              str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-progress"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = tmp_path / "out" / ".kg" / "manifest.json"
    deadline = time.monotonic() + 120
    while not manifest.exists() and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.1)
    time.sleep(1)
    psutil.Process(build.pid).kill()
    build.wait(30)
    finished = len(json.loads(manifest.read_text())["documents"])
    assert 0 < finished < 300, finished
    result = kg.build([tmp_path / "corpus"], tmp_path / "out", progress=False)
    assert result.reused >= finished and result.extracted <= 300 - finished
