"""SPARQL over the built seed graph answers the questions a reader of the seed would ask."""
import csv
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL

import kg
from kg.cli import main
from kg.query import (STATEMENT_COLUMNS, bind_params, format_table, named_query, query_info, query_names,
                      run_query, sparql, text_width)

COMPETENCY = ("positions-of", "actors-on-issue", "agreement", "evidence", "contested-issues", "metonymy", "hedged",
              "changes", "wikidata-actors", "report-sourced")
SEED_ID = "shafaq-2025-11-08-iraq-syria-security"
# Our own follow-up report, a month after the seed: Qatar and Iran take opposite sides on one known issue,
# Turkey speaks of Iranian influence again, Washington hedges.
FOLLOW_UP = ("وأعربت تركيا عن قلقها من النفوذ الإيراني في سوريا.\n"
             "وتؤيد قطر التعاون الأمني بين العراق وسوريا.\n"
             "وترفض إيران التعاون الأمني بين العراق وسوريا.\n"
             "وقد تدعم واشنطن أمن الحدود بين البلدين.\n")
FOLLOW_UP_ID = "follow-up-2025-12-01"


@pytest.fixture(scope="module")
def corpus(seed_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """The seed plus the follow-up report, built as one corpus."""
    docs = tmp_path_factory.mktemp("corpus-docs")
    (docs / seed_path.name).write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    meta = seed_path.with_name(seed_path.stem + ".meta.json")
    (docs / meta.name).write_text(meta.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / f"{FOLLOW_UP_ID}.txt").write_text(FOLLOW_UP, encoding="utf-8")
    (docs / f"{FOLLOW_UP_ID}.meta.json").write_text(
        json.dumps({"outlet": "Shafaq News", "date": "2025-12-01"}), encoding="utf-8")
    out = tmp_path_factory.mktemp("corpus-out")
    kg.build([docs], out)
    return kg.load_dataset(out)


def ask(graph, name: str, **params: str) -> list[dict[str, str]]:
    """A shipped query's rows as plain strings, the way a script reads them."""
    result = sparql(graph, named_query(name), bind_params(name, params))
    return [{str(v): ("" if row.get(v) is None else str(row.get(v))) for v in result.vars} for row in result.bindings]


def run_cli(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(["query", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_statements_table_has_the_documented_columns(seed_rows) -> None:
    assert seed_rows and list(seed_rows[0]) == list(STATEMENT_COLUMNS)
    assert {r["stance"] for r in seed_rows} <= {"support", "oppose", "concern", "reserved"}


def test_which_actors_express_concern_about_which_issues(seed_dataset) -> None:
    rows = {(str(r.actor), str(r.issue)) for r in run_query(seed_dataset, "concern")}
    assert any(actor == "Turkey" and "النفوذ الإيراني" in issue for actor, issue in rows)
    assert any(actor == "Iraq" and "الفراغ الأمني" in issue for actor, issue in rows)


def test_wikidata_ids_reach_the_table(seed_rows) -> None:
    assert {(r["actor"], r["actor_qid"]) for r in seed_rows if r["actor"] in ("Iraq", "Syria")} == {
        ("Iraq", "Q796"), ("Syria", "Q858")}


def test_values_are_bound_not_pasted(seed_dataset) -> None:
    hostile = Literal('Turkey" } ; DROP ALL ; #')
    rows = list(run_query(seed_dataset, "concern", {"actor": hostile}))
    assert rows == []


def test_shipped_queries_are_listed() -> None:
    assert {"statements", "concern", *COMPETENCY} <= set(query_names())


def test_an_unknown_query_name_is_a_clear_error() -> None:
    with pytest.raises(kg.KgError, match="no query named 'nope'"):
        named_query("nope")


# ---------------------------------------------------------------- the ten competency queries, on the seed


def test_positions_of_turkey_include_concern_about_iranian_influence(seed_dataset) -> None:
    rows = ask(seed_dataset, "positions-of", actor="Turkey")
    assert any(r["stance"] == "concern" and "النفوذ الإيراني" in r["issue"] for r in rows)
    assert all(r["date"] == "2025-11-08" and r["doc_id"] == SEED_ID and r["source"] for r in rows)


@pytest.mark.parametrize("name", ["تركيا", "turkey", "Q43", "تُركيا"])
def test_an_actor_is_found_by_any_label_or_its_wikidata_id(seed_dataset, name: str) -> None:
    assert ask(seed_dataset, "positions-of", actor=name) == ask(seed_dataset, "positions-of", actor="Turkey")


def test_a_hostile_actor_name_is_a_value_not_query_text(seed_dataset) -> None:
    assert ask(seed_dataset, "positions-of", actor='Turkey")) } } ; DROP ALL ; #') == []


@pytest.mark.parametrize("issue", ["النفوذ الإيراني", "النفوذ الايراني", "النفوذ الإيرانيّ"])
def test_actors_on_an_issue_are_grouped_by_stance(seed_dataset, issue: str) -> None:
    rows = ask(seed_dataset, "actors-on-issue", issue=issue)
    concern = [r for r in rows if r["stance"] == "concern" and "النفوذ الإيراني" in r["issue_label"]]
    assert concern and {"Turkey", "Gulf states"} <= set(concern[0]["actors"].split(", "))
    assert concern[0]["actor_count"] == str(len(concern[0]["actors"].split(", ")))


def test_an_issue_is_found_by_its_english_label_too(corpus) -> None:
    rows = ask(corpus, "actors-on-issue", issue="iranian INFLUENCE")
    assert {r["issue_label"] for r in rows} == {"Iranian influence"}
    assert "Turkey" in next(r["actors"] for r in rows if r["stance"] == "concern").split(", ")


def test_actors_who_agree_on_an_issue_are_paired(seed_dataset) -> None:
    pairs = {(r["relation"], r["actor_a"], r["actor_b"], r["stance_a"]) for r in ask(seed_dataset, "agreement")}
    assert ("agree", "Saudi Arabia", "United Arab Emirates", "support") in pairs
    assert ("agree", "Gulf states", "Turkey", "concern") in pairs


def test_actors_on_opposite_sides_are_paired_as_disagreeing(corpus) -> None:
    rows = [r for r in ask(corpus, "agreement") if r["relation"] == "disagree"]
    assert any({r["actor_a"], r["actor_b"]} == {"Iran", "Qatar"} and r["issue"] == "Iraq–Syria security cooperation"
               and {r["stance_a"], r["stance_b"]} == {"support", "oppose"} for r in rows)


def test_agreement_is_sorted_column_by_column(tmp_path: Path) -> None:
    """The query sorts on one joined key; it must give the order of sorting by each column in turn."""
    (tmp_path / "a.txt").write_text(
        "وتخشى أنقرة توسع النفوذ الإيراني في سوريا. وتخشى الرياض توسع النفوذ الإيراني في سوريا.\n"
        "وتخشى عمّان توسع النفوذ الإيراني في سوريا. ويدعم حزب الله النفوذ الإيراني في سوريا.\n"
        "وترفض قطر النفوذ الإيراني في سوريا. ورحبت بغداد بالتعاون الأمني مع دمشق.\n"
        "ورحبت واشنطن بالتعاون الأمني مع دمشق. وترفض طهران التعاون الأمني مع دمشق.\n", encoding="utf-8")
    kg.build([tmp_path / "a.txt"], tmp_path / "out")
    rows = ask(kg.load_dataset(tmp_path / "out"), "agreement")
    columns = ("relation", "issue", "actor_a", "actor_b", "stance_a", "stance_b")
    assert len({r["relation"] for r in rows}) == 2 and len({r["issue"] for r in rows}) >= 2 and len(rows) >= 5
    assert rows == sorted(rows, key=lambda r: tuple(r[c] for c in columns))


@pytest.mark.parametrize("actor", ["Turkey", "تركيا", "q43"])
def test_agreement_for_one_actor_is_every_pair_with_that_actor(corpus, actor: str) -> None:
    everyone = ask(corpus, "agreement")
    turkey = [r for r in everyone if "Turkey" in (r["actor_a"], r["actor_b"])]
    assert turkey and len(turkey) < len(everyone)
    assert ask(corpus, "agreement", actor=actor) == turkey
    assert ask(corpus, "agreement", actor="Atlantis") == []  # an actor no one names: no rows, not an empty one


def test_an_optional_parameter_may_be_left_out_and_is_listed_in_brackets(capsys) -> None:
    assert [p.optional for p in query_info("agreement").params] == [True]
    assert bind_params("agreement", {}) == {}
    code, listing, _ = run_cli(capsys, "--list")
    assert code == 0 and "[--actor TEXT]" in next(line for line in listing.splitlines() if line.startswith("agreement"))


def test_the_evidence_of_a_statement_points_into_the_document(seed_dataset, seed_rows, seed_path: Path) -> None:
    turkey = next(r for r in ask(seed_dataset, "positions-of", actor="Turkey") if "النفوذ الإيراني" in r["issue"])
    (row,) = ask(seed_dataset, "evidence", statement=turkey["statement"])
    text = kg.read_document(seed_path).text
    assert text[int(row["char_start"]):int(row["char_end"])] == row["sentence"]
    assert row["issue_text"] == text[int(row["issue_start"]):int(row["issue_end"])]
    assert (row["doc_id"], row["outlet"], row["date"], row["hedged"], row["actor"]) == (
        SEED_ID, "Shafaq News", "2025-11-08", "false", "Turkey")
    assert row["source"] == next(r["source"] for r in seed_rows if r["statement"] == turkey["statement"])


def test_a_statement_can_be_named_by_a_prefixed_iri(seed_dataset) -> None:
    iri = ask(seed_dataset, "positions-of", actor="Turkey")[0]["statement"]
    short = "data:" + iri.removeprefix("https://w3id.org/kg-news/data/")
    assert ask(seed_dataset, "evidence", statement=short) == ask(seed_dataset, "evidence", statement=iri)


def test_contested_issues_come_first(corpus) -> None:
    rows = ask(corpus, "contested-issues")
    cooperation = next(r for r in rows if r["issue"] == "Iraq–Syria security cooperation")
    assert (cooperation["support"], cooperation["against"], cooperation["contested"]) == ("1", "1", "1")
    assert all(r["contested"] != "0" for r in rows[:rows.index(cooperation)])
    keys = [(int(r["contested"]), int(r["stance_count"]), int(r["actor_count"])) for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_issues_two_actors_share_outrank_single_voices_on_the_seed(seed_dataset) -> None:
    rows = ask(seed_dataset, "contested-issues")
    shared = [r for r in rows if "النفوذ الإيراني" in r["issue"] and r["actor_count"] == "2"]
    assert shared and all(int(r["actor_count"]) <= 2 for r in rows)
    assert rows.index(shared[0]) < next(i for i, r in enumerate(rows) if r["actor_count"] == "1")


def test_capitals_that_stood_for_states_are_resolved(seed_dataset) -> None:
    rows = {(r["written"], r["figure"], r["stands_for"], r["qid"]) for r in ask(seed_dataset, "metonymy")}
    assert ("أنقرة", "capital", "Turkey", "Q43") in rows
    assert ("دمشق", "capital", "Syria", "Q858") in rows


def test_hedged_statements_are_exactly_the_hedged_rows_of_the_table(seed_dataset, seed_rows) -> None:
    rows = ask(seed_dataset, "hedged")
    assert {r["statement"] for r in rows} == {r["statement"] for r in seed_rows if r["hedged"] == "true"}
    assert "United States" in {r["actor"] for r in rows}


def test_what_changed_for_turkey_between_two_dates(corpus) -> None:
    rows = ask(corpus, "changes", actor="Turkey", **{"from": "2025-11-08", "to": "2025-12-31"})
    changes = {(r["issue"], r["stance"], r["change"]) for r in rows}
    assert ("Iranian influence", "concern", "new") in changes
    assert any(change == "not restated" and "النفوذ الإيراني" in issue for issue, _, change in changes)


def test_what_changed_between_two_documents_matches_the_dates(corpus) -> None:
    by_docs = ask(corpus, "changes", actor="Turkey", **{"from": SEED_ID, "to": FOLLOW_UP_ID})
    by_dates = ask(corpus, "changes", actor="Turkey", **{"from": "2025-11-08", "to": "2025-12-01"})
    assert by_docs and by_docs == by_dates


def test_in_the_seed_alone_everything_is_new(seed_dataset) -> None:
    rows = ask(seed_dataset, "changes", actor="Iraq", **{"from": "2025-11-01", "to": "2025-11-30"})
    assert rows and {r["change"] for r in rows} == {"new"}


def test_actors_linked_to_wikidata_carry_their_ids(seed_dataset) -> None:
    rows = ask(seed_dataset, "wikidata-actors")
    assert {("Turkey", "Q43"), ("Iraq", "Q796"), ("Syria", "Q858")} <= {(r["actor"], r["qid"]) for r in rows}
    assert all(r["wikidata"] == "http://www.wikidata.org/entity/" + r["qid"] for r in rows)
    assert all((URIRef(r["actor_iri"]), OWL.sameAs, URIRef(r["wikidata"])) in seed_dataset for r in rows)


def test_report_sourced_statements_are_those_the_summarised_report_claims(seed_dataset, seed_rows) -> None:
    rows = ask(seed_dataset, "report-sourced")
    institute = "Washington Institute for Near East Policy"  # the report the seed summarises (its meta.json)
    assert rows and {r["statement"] for r in rows} == {r["statement"] for r in seed_rows if r["source"] == institute}
    assert {(r["source"], r["outlet"]) for r in rows} == {(institute, "Shafaq News")}


def test_the_outlet_s_own_statements_are_not_report_sourced(corpus) -> None:
    rows = ask(corpus, "report-sourced")
    assert rows and all(r["doc_id"] == SEED_ID for r in rows)
    assert ask(corpus, "positions-of", actor="Qatar")  # the follow-up's statements exist, claimed by the outlet


# ---------------------------------------------------------------- declaring and binding parameters


def test_every_shipped_query_describes_itself_in_one_line() -> None:
    for name in COMPETENCY:
        info = query_info(name)
        assert info.description and "\n" not in info.description, name


def test_a_missing_parameter_names_the_option() -> None:
    with pytest.raises(kg.QueryError, match="needs --actor"):
        bind_params("positions-of", {})


def test_a_parameter_the_query_does_not_take_is_refused() -> None:
    with pytest.raises(kg.QueryError, match="does not take --issue"):
        bind_params("positions-of", {"actor": "Turkey", "issue": "x"})


def test_dates_bind_as_dates_and_document_ids_as_strings() -> None:
    bound = bind_params("changes", {"actor": "Iraq", "from": "2025-11-08", "to": SEED_ID})
    assert bound["from"].datatype == URIRef("http://www.w3.org/2001/XMLSchema#date")
    assert bound["to"] == Literal(SEED_ID)


def test_a_timeout_stops_a_runaway_query(seed_dataset) -> None:
    started = time.monotonic()
    with pytest.raises(kg.QueryTimeout, match="longer than the 0.5 s timeout"):
        sparql(seed_dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    assert time.monotonic() - started < 10


# ---------------------------------------------------------------- the terminal table


def _cut(line: str, starts: list[int]) -> list[str]:
    """Split a table line at display columns, the way a terminal shows it."""
    cells, column, current = [], 0, ""
    bounds = starts[1:] + [10 ** 9]
    for char in line:
        if column >= bounds[len(cells)]:
            cells.append(current)
            current = ""
        current += char
        column += text_width(char)
    cells.append(current)
    return [c.strip().strip("\u2068\u2069") for c in cells] + [""] * (len(starts) - len(cells) - 1)


def test_the_table_lines_arabic_up_by_display_width(seed_build, capsys) -> None:
    code, table, _ = run_cli(capsys, str(seed_build.out_dir), "--name", "positions-of", "--actor", "Iraq")
    assert code == 0
    _, as_csv, _ = run_cli(capsys, str(seed_build.out_dir), "--name", "positions-of", "--actor", "Iraq",
                           "--format", "csv")
    expected = list(csv.reader(io.StringIO(as_csv)))
    header, rule, *rows, count = table.splitlines()
    starts = [i for i, char in enumerate(rule) if char == "─" and (i == 0 or rule[i - 1] == " ")]
    assert _cut(header, starts) == expected[0]
    assert count == f"({len(expected) - 1} rows)"
    for line, want in zip(rows, expected[1:]):
        cells = _cut(line, starts)
        assert cells[:6] == want[:6]  # stance .. doc_id; the table shortens the IRIs that follow


def test_long_cells_wrap_within_the_terminal_width(seed_rows) -> None:
    rows = [[str(n), r["sentence"]] for n, r in enumerate(seed_rows[:5])]
    table = format_table(["n", "sentence"], rows, width=60)
    lines = table.splitlines()
    assert max(text_width(line) for line in lines) <= 60
    wrapped = " ".join(line[line.index("\u2068") + 1:line.index("\u2069")] for line in lines[2:] if "\u2068" in line)
    assert wrapped == " ".join(r[1] for r in rows)


def test_arabic_cells_are_isolated_for_bidi_terminals() -> None:
    line = format_table(["a", "b"], [["تركيا", "سوريا"]]).splitlines()[2]
    assert line.startswith("\u2068تركيا\u2069") and "\u2068سوريا\u2069" in line


# ---------------------------------------------------------------- the command


def test_json_csv_and_tsv_carry_the_same_rows(seed_build, capsys) -> None:
    out = str(seed_build.out_dir)
    _, as_json, _ = run_cli(capsys, out, "--name", "hedged", "--format", "json")
    _, as_csv, _ = run_cli(capsys, out, "--name", "hedged", "--format", "csv")
    _, as_tsv, _ = run_cli(capsys, out, "--name", "hedged", "--format", "tsv")
    results = json.loads(as_json)
    statements = [b["statement"]["value"] for b in results["results"]["bindings"]]
    assert results["head"]["vars"][0] == "actor" and statements
    assert [row["statement"] for row in csv.DictReader(io.StringIO(as_csv))] == statements
    tsv = [line.split("\t") for line in as_tsv.splitlines()]
    assert tsv[0][0] == "?actor" and [row[-1] for row in tsv[1:]] == [f"<{s}>" for s in statements]


def test_prefixes_are_predeclared_and_ask_answers_true_or_false(seed_build, capsys) -> None:
    out = str(seed_build.out_dir)
    assert run_cli(capsys, out, "ASK { kga:turkey owl:sameAs wd:Q43 }")[1] == "true\n"
    assert run_cli(capsys, out, "ASK { kga:turkey owl:sameAs wd:Q30 }")[1] == "false\n"
    assert json.loads(run_cli(capsys, out, "ASK { ?s a prov:Entity }", "--format", "json")[1]) == {
        "head": {}, "boolean": False}


def test_construct_writes_turtle(seed_build, capsys) -> None:
    code, turtle, _ = run_cli(capsys, str(seed_build.out_dir),
                              "CONSTRUCT { ?a owl:sameAs ?q } WHERE { ?s kg:holder ?a . ?a owl:sameAs ?q }")
    graph = Graph().parse(data=turtle, format="turtle")
    assert code == 0 and (URIRef("https://w3id.org/kg-news/actor/turkey"), OWL.sameAs,
                          URIRef("http://www.wikidata.org/entity/Q43")) in graph


def test_a_query_from_a_file_runs_and_its_errors_name_the_file(seed_build, tmp_path: Path, capsys) -> None:
    good, bad = tmp_path / "good.rq", tmp_path / "bad.rq"
    good.write_text("SELECT ?q WHERE { kga:iraq owl:sameAs ?q }\n", encoding="utf-8")
    bad.write_text("SELECT ?q\nWHERE {\n  kga:iraq owl:sameAs ?q\n  FILTER(?q = )\n}\n", encoding="utf-8")
    assert "wd:Q796" in run_cli(capsys, str(seed_build.out_dir), "--file", str(good))[1]
    code, _, err = run_cli(capsys, str(seed_build.out_dir), "--file", str(bad))
    assert code == 2 and err.startswith(f"kg: error: {bad}: line 4, column 3: syntax error: Expected")


def test_an_unknown_prefix_is_located(seed_build, capsys) -> None:
    code, _, err = run_cli(capsys, str(seed_build.out_dir), "SELECT ?a WHERE {\n  ?s foo:holder ?a }")
    assert code == 2 and "line 2, column 6: unknown prefix foo:" in err


def test_list_shows_every_query_with_its_description(capsys) -> None:
    code, listing, _ = run_cli(capsys, "--list")
    lines = {line.split()[0]: line for line in listing.splitlines()}
    assert code == 0 and set(lines) == set(query_names())
    assert query_info("positions-of").description in lines["positions-of"] and "--actor TEXT" in lines["positions-of"]


def test_a_malformed_query_exits_non_zero_with_line_and_column(seed_build) -> None:
    result = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(seed_build.out_dir),
                             "SELECT ?a WHERE {\n  ?s kg:holder ?a\n  LIMT 3 }"], capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("kg: error: query: line 3, column 3: syntax error: ")


def test_a_slow_query_is_stopped_by_the_timeout_option(seed_build) -> None:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(seed_build.out_dir),
                             "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "longer than the 1 s timeout" in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("name, params", [
    ("actors-on-issue", {"issue": "nothing matches this"}),
    ("actors-on-concept", {"concept": "nothing matches this"}),
    ("changes", {"actor": "Nobody", "from": "2025-01-01", "to": "2025-12-31"}),
    ("positions-of", {"actor": "Nobody"}),
])
def test_a_shipped_query_that_matches_nothing_gives_no_rows_on_rdflib_too(seed_dataset, name, params) -> None:
    from kg.query import bind_params, named_query, sparql
    assert list(sparql(seed_dataset, named_query(name), bind_params(name, params))) == []
