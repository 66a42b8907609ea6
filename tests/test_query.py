"""SPARQL over the built seed graph answers the questions a reader of the seed would ask."""
import pytest
from rdflib import Literal

import kg
from kg.query import STATEMENT_COLUMNS, named_query, query_names, run_query


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
    assert {"statements", "concern"} <= set(query_names())


def test_an_unknown_query_name_is_a_clear_error() -> None:
    with pytest.raises(kg.KgError, match="no query named 'nope'"):
        named_query("nope")
