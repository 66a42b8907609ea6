"""The HTML view is self-contained and shows every actor and issue of the table."""
import json
import re

from kg.views import STANCE_COLOURS, external_references


def test_the_view_loads_nothing_from_the_network(seed_build) -> None:
    page = seed_build.files["graph.html"].read_text(encoding="utf-8")
    assert external_references(page) == []
    assert "vis.Network" in page or "new vis.Network" in page


def test_the_view_draws_each_actor_and_issue_once(seed_build, seed_rows) -> None:
    page = seed_build.files["graph.html"].read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    expected = {f"actor:{r['actor']}" for r in seed_rows} | {f"issue:{r['issue']}" for r in seed_rows}
    assert sorted(node["id"] for node in nodes) == sorted(expected)


def test_edges_are_coloured_by_stance(seed_build, seed_rows) -> None:
    page = seed_build.files["graph.html"].read_text(encoding="utf-8")
    for stance in {r["stance"] for r in seed_rows}:
        assert STANCE_COLOURS[stance] in page
