"""The HTML views: what the page carries, and what a real headless Chromium draws from it."""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.browser import Chromium
from kg import views
from kg.views import (RELATION_COLOURS, STANCE_COLOURS, busiest, external_references, graph_html, network_html,
                      position_graph, positions_page, view_html, write_view)

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
HOSTILE = '<img src=x onerror="window.pwned=1">"quoted" & </script>'
SETTLED = "window.kgView !== undefined && window.kgView.settled"
# Our own sentences: two actors support a pact that a third rejects.
PACT = "date 2025-03-01\nوأيدت تركيا الاتفاق الأمني الجديد.\nورفضت إيران الاتفاق الأمني الجديد.\nوأيدت قطر الاتفاق الأمني الجديد.\n"


def page_data(page: str) -> dict:
    """The nodes, edges and options the page hands to vis-network."""
    return json.loads(re.search(r"^const KG = (\{.*\});$", page, re.M).group(1))


def keep(browser: Chromium, tmp_path: Path, name: str) -> None:
    """Save a screenshot beside the test and in test-artifacts/ (ignored by git) for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(browser.screenshot(tmp_path / name), ARTIFACTS / name)


def row(statement: str, actor: str, stance: str, issue: str, *, actor_type: str = "State") -> dict[str, str]:
    """One statements-view row, as kg/queries/view.rq gives it, with our own sentence."""
    sentence = f"قال {actor} إن موقفه من {issue} واضح."
    start = sentence.index(issue)
    return {"statement": f"urn:test:{statement}", "actor": f"urn:test:actor/{actor}", "actor_en": actor,
            "actor_ar": f"{actor} بالعربية", "actor_type": f"https://w3id.org/kg-news/ontology#{actor_type}",
            "actor_type_en": actor_type.lower(), "actor_type_ar": "نوع", "stance": stance, "stance_en": stance,
            "stance_ar": stance, "issue": f"urn:test:issue/{issue}", "issue_en": "", "issue_ar": issue,
            "sentence": sentence, "char_start": "100", "issue_start": str(100 + start),
            "issue_end": str(100 + start + len(issue)), "source_en": "Test Agency", "source_ar": "وكالة الاختبار",
            "outlet_en": "Test Outlet", "outlet_ar": "منفذ الاختبار", "date": "2025-01-02", "doc_id": "doc"}


@pytest.fixture()
def browser() -> Iterator[Chromium]:
    with Chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def seed_view(seed_build) -> Path:
    return seed_build.files["graph.html"]


@pytest.fixture(scope="module")
def pact(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("pact") / "pact.txt"
    path.write_text(PACT, encoding="utf-8")
    return kg.build_dataset([path])


def ties(rows: list[dict[str, str]]) -> set[tuple[str, str, str]]:
    """Agreement and conflict ties between actors, worked out from the statements table: the same concept with
    the same agreement (or both reserved), or with opposite agreements."""
    held = {(r["actor"], r["agreement"], r["concept"]) for r in rows}
    found = set()
    for a, side_a, concept_a in held:
        for b, side_b, concept_b in held:
            if a < b and concept_a == concept_b:
                if side_a == side_b:
                    found.add((a, "agreement", b))
                if {side_a, side_b} == {"agree", "disagree"}:
                    found.add((a, "conflict", b))
    return found


def test_the_view_loads_nothing_from_the_network(seed_view: Path) -> None:
    page = seed_view.read_text(encoding="utf-8")
    assert external_references(page) == []
    assert "new vis.Network" in page


def test_the_view_draws_each_actor_and_issue_once(seed_view: Path, seed_rows) -> None:
    nodes = page_data(seed_view.read_text(encoding="utf-8"))["nodes"]
    actors = [n["names"][0] for n in nodes if n["kind"] == "actor"]
    issues = [n for n in nodes if n["kind"] == "issue"]
    assert sorted(actors) == sorted({r["actor"] for r in seed_rows})
    assert len(issues) == len({r["issue"] for r in seed_rows})
    assert {r["issue"] for r in seed_rows} <= {name for n in issues for name in n["names"]}


def test_one_edge_per_actor_stance_issue_coloured_by_stance(seed_view: Path, seed_rows) -> None:
    edges = page_data(seed_view.read_text(encoding="utf-8"))["edges"]
    assert len(edges) == len({(r["actor"], r["stance"], r["issue"]) for r in seed_rows})
    assert sum(e["statements"] for e in edges) == len(seed_rows)
    assert all(e["color"] == STANCE_COLOURS[e["kind"]] for e in edges)


def test_issues_are_grouped_under_their_concept(seed_view: Path, seed_rows) -> None:
    issues = [n for n in page_data(seed_view.read_text(encoding="utf-8"))["nodes"] if n["kind"] == "issue"]
    concept_of = {r["issue_text"]: r["concept_label"] for r in seed_rows}
    assert all(n["concept"] for n in issues)
    border: dict[str, set[str]] = {}
    for node in issues:
        border.setdefault(node["concept"], set()).add(node["color"]["border"])
        assert any(line == f"concept: {node['concept']}" for line in node["tip"]["head"])
    assert all(len(colours) == 1 for colours in border.values())  # one concept, one colour
    assert "engagement with a government: Syria" in border and set(concept_of.values()) >= set(border)


def test_edges_with_more_statements_are_wider() -> None:
    rows = [row("a", "Alpha", "support", "الحوار"), row("b", "Alpha", "support", "الحوار"),
            row("c", "Alpha", "support", "الحوار"), row("d", "Beta", "oppose", "الحوار")]
    edges = {e["statements"]: e["width"] for e in page_data(positions_page(position_graph(rows)))["edges"]}
    assert edges[3] > edges[1]


def test_a_corpus_view_draws_the_busiest_actors_and_issues_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [row(f"s{n}", "Alpha", "support", f"قضية {n}") for n in range(6)]
    rows += [row("t1", "Beta", "oppose", "قضية 0"), row("t2", "Beta", "oppose", "قضية 1")]
    kept, shown, total = busiest(rows, 4)
    assert (shown, total) == (4, 8)  # Alpha (6), issue 0 and issue 1 (2 each), Beta (2); the other issues fewer
    assert {r["issue"] for r in kept} == {"urn:test:issue/قضية 0", "urn:test:issue/قضية 1"}
    assert "<span>whole graph</span>" in view_html(rows, lang="en")
    monkeypatch.setattr(views, "VIEW_MAX_NODES", 4)
    page = view_html(rows, lang="en")
    assert "<span>the 4 actors and issues with the most statements, of 8</span>" in page
    assert len(page_data(page)["nodes"]) == 4


def test_the_tooltip_carries_sentence_gloss_source_outlet_and_date(seed_view: Path, seed_rows) -> None:
    first = seed_rows[0]
    edges = page_data(seed_view.read_text(encoding="utf-8"))["edges"]
    gloss = f"{first['actor']} — {first['stance']} — {first['issue']}"
    tip = next(e["tip"] for e in edges if gloss in e["tip"]["head"])
    item = next(i for i in tip["items"] if i["sentence"] == first["sentence"])
    assert [item["meta"][-1]] == [first["date"]]  # each part apart, so that the page isolates it (<bdi>)
    assert all(any(part in piece for piece in item["meta"]) for part in (first["source"], first["outlet"]))
    assert first["sentence"][slice(*item["mark"])] == first["issue_text"]


def test_the_same_graph_gives_the_same_page(seed_dataset) -> None:
    assert graph_html(seed_dataset) == graph_html(seed_dataset)


def test_rows_restrict_the_view_to_those_statements(seed_dataset, seed_rows) -> None:
    edges = page_data(graph_html(seed_dataset, seed_rows[:3]))["edges"]
    assert sum(e["statements"] for e in edges) == 3


def test_the_actor_view_holds_its_issues_and_the_other_positions_on_them(seed_dataset, seed_rows) -> None:
    actor = Counter(r["actor"] for r in seed_rows).most_common(1)[0][0]
    issues = {r["issue"] for r in seed_rows if r["actor"] == actor}
    expected = {(r["actor"], r["stance"], r["issue"]) for r in seed_rows if r["issue"] in issues}
    data = page_data(graph_html(seed_dataset, actor=actor.upper()))
    names = {n["id"]: n["names"][0] for n in data["nodes"]}
    assert {(names[e["from"]], e["kind"], names[e["to"]]) for e in data["edges"]} == expected


def test_the_issue_view_holds_every_position_on_it(seed_dataset, seed_rows) -> None:
    issue = Counter(r["issue"] for r in seed_rows).most_common(1)[0][0]
    data = page_data(graph_html(seed_dataset, issue=issue, lang="ar"))
    assert sum(e["statements"] for e in data["edges"]) == sum(r["issue"] == issue for r in seed_rows)
    assert sum(n["kind"] == "issue" for n in data["nodes"]) == 1


def test_an_unknown_actor_is_named_and_nothing_is_written(seed_build, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    out.write_text("earlier view")
    with pytest.raises(kg.InputError, match="no actor is named 'Atlantis'"):
        write_view(seed_build.out_dir, out, actor="Atlantis")
    assert out.read_text() == "earlier view" and list(tmp_path.iterdir()) == [out]


def test_an_arabic_name_matches_without_its_hamza(seed_dataset, seed_rows) -> None:
    actor = next(r for r in seed_rows if "إ" in r["actor_ar"] or "أ" in r["actor_ar"])
    plain = actor["actor_ar"].replace("إ", "ا").replace("أ", "ا")
    data = page_data(graph_html(seed_dataset, actor=plain))
    assert actor["actor"] in {n["names"][0] for n in data["nodes"]}


def test_an_ambiguous_name_lists_the_candidates(seed_dataset) -> None:
    with pytest.raises(kg.KgError, match=r"names \d+ actors"):
        graph_html(seed_dataset, actor="a")


def test_kg_view_writes_the_page_and_fails_in_one_line(seed_build, tmp_path: Path) -> None:
    out = tmp_path / "views" / "iraq.html"
    ok = subprocess.run([sys.executable, "-m", "kg.cli", "view", str(seed_build.out_dir), "--actor", "Iraq",
                         "--lang", "ar", "--out", str(out)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == str(out) and '<html lang="ar" dir="rtl">' in out.read_text(encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "kg.cli", "view", str(tmp_path / "nowhere"), "--out", str(out)],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stderr.startswith("kg: error: ")


def test_names_are_carried_as_data_not_markup() -> None:
    page = positions_page(position_graph([row("a", HOSTILE, "support", "الحوار")]))
    assert HOSTILE not in page and "<img" not in page
    assert HOSTILE in page_data(page)["nodes"][0]["names"]


def test_the_actor_network_ties_agreement_and_conflict(pact) -> None:
    rows = kg.statement_rows(pact)
    data = page_data(network_html(pact))
    names = {n["id"]: n["names"][0] for n in data["nodes"]}
    ends = {e["id"]: sorted((names[e["from"]], names[e["to"]])) for e in data["edges"]}
    drawn = {(ends[e["id"]][0], e["kind"], ends[e["id"]][1]) for e in data["edges"]}
    assert {kind for _, kind, _ in drawn} == {"agreement", "conflict"}
    assert drawn == ties(rows)
    assert all(e["color"] == RELATION_COLOURS[e["kind"]] for e in data["edges"])
    assert sorted(names.values()) == sorted({r["actor"] for r in rows})


def test_the_seed_network_holds_every_tied_actor_and_its_ties(seed_dataset, seed_rows) -> None:
    page = network_html(seed_dataset, lang="ar")
    data = page_data(page)
    tied = {actor for a, _, b in ties(seed_rows) for actor in (a, b)}
    assert len(data["nodes"]) == len(tied) < len({r["actor"] for r in seed_rows})  # untied actors are left out
    assert len(data["edges"]) == len(ties(seed_rows))
    untied = len({r["actor"] for r in seed_rows}) - len(tied)
    assert f"فاعلون بلا روابط لم يُرسموا: {untied}" in page  # and the page says so


# ---------------------------------------------------------------- in a real browser


def test_the_seed_view_draws_in_chromium_offline_without_errors(browser: Chromium, seed_view: Path, seed_rows,
                                                                tmp_path: Path) -> None:
    browser.open(seed_view.as_uri())
    browser.wait_for(SETTLED)
    drawn = browser.evaluate("[kgView.nodes.length, kgView.edges.length, kgView.network.body.nodeIndices.length, "
                             "kgView.network.body.edgeIndices.length]")
    keep(browser, tmp_path, "seed-view-en.png")
    actors, issues = {r["actor"] for r in seed_rows}, {r["issue"] for r in seed_rows}
    edges = {(r["actor"], r["stance"], r["issue"]) for r in seed_rows}
    assert drawn == [len(actors) + len(issues), len(edges), len(actors) + len(issues), len(edges)]
    browser.evaluate("1")  # collects the events that arrived since the last command
    assert browser.errors == []
    assert browser.requests == [seed_view.as_uri()]


def test_the_arabic_view_is_right_to_left(browser: Chromium, seed_build, seed_rows, tmp_path: Path) -> None:
    page = write_view(seed_build.out_dir, tmp_path / "ar.html", lang="ar")
    browser.open(page.as_uri())
    browser.wait_for(SETTLED)
    keep(browser, tmp_path, "seed-view-ar.png")
    direction, labels = browser.evaluate(
        "[getComputedStyle(document.body).direction, kgView.nodes.get({filter: n => n.kind === 'actor'})"
        ".map(n => n.label)]")
    assert direction == "rtl"
    assert sorted(labels) == sorted({r["actor_ar"] for r in seed_rows})
    assert browser.errors == []


def test_hovering_an_edge_shows_its_arabic_sentence(browser: Chromium, seed_view: Path, seed_rows) -> None:
    browser.open(seed_view.as_uri())
    browser.wait_for(SETTLED)
    # The middle of the first edge's drawn curve, in page coordinates.
    x, y = browser.evaluate("""(() => {
        const net = kgView.network, id = kgView.edges.getIds()[0];
        const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
        const box = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + box.left, p.y + box.top]; })()""")
    browser.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    browser.wait_for("(tip => tip !== null && getComputedStyle(tip).visibility === 'visible')"
                     "(document.querySelector('.vis-tooltip'))")
    tip = browser.evaluate("[document.querySelector('.vis-tooltip p[dir=rtl]').textContent, "
                           "document.querySelector('.vis-tooltip mark').textContent]")
    assert tip[0] in {r["sentence"] for r in seed_rows} and tip[1] in tip[0]


def test_unchecking_a_stance_hides_its_edges_and_the_issues_left_alone(browser: Chromium, seed_view: Path,
                                                                       seed_rows) -> None:
    stance = Counter(r["stance"] for r in seed_rows).most_common(1)[0][0]
    others = [r for r in seed_rows if r["stance"] != stance]
    browser.open(seed_view.as_uri())
    browser.wait_for(SETTLED)
    shown = browser.evaluate(f"""(() => {{
        document.querySelector('.kg-edge-filter[value="{stance}"]').click();
        return [kgView.edges.get({{filter: e => !e.hidden}}).length,
                kgView.nodes.get({{filter: n => !n.hidden && n.kind === 'issue'}}).length]; }})()""")
    assert shown == [len({(r["actor"], r["stance"], r["issue"]) for r in others}), len({r["issue"] for r in others})]
    again = browser.evaluate(f"""(() => {{
        document.querySelector('.kg-edge-filter[value="{stance}"]').click();
        return kgView.edges.get({{filter: e => !e.hidden}}).length; }})()""")
    assert again == len({(r["actor"], r["stance"], r["issue"]) for r in seed_rows})


def test_search_by_arabic_name_selects_the_actor(browser: Chromium, seed_view: Path, seed_rows) -> None:
    actor_ar = next(r["actor_ar"] for r in seed_rows if r["actor"] == "Iraq")
    browser.open(seed_view.as_uri())
    browser.wait_for(SETTLED)
    selected = browser.evaluate(f"""(() => {{
        const box = document.getElementById('kg-search');
        box.value = {json.dumps(actor_ar)};
        box.dispatchEvent(new Event('change'));
        return kgView.network.getSelectedNodes().map(id => kgView.nodes.get(id).names[0]); }})()""")
    assert selected == ["Iraq"]


def test_the_network_view_draws_and_filters_ties(browser: Chromium, pact, tmp_path: Path) -> None:
    page = tmp_path / "network.html"
    page.write_text(network_html(pact), encoding="utf-8")
    browser.open(page.as_uri())
    browser.wait_for(SETTLED)
    keep(browser, tmp_path, "pact-network.png")
    counts = browser.evaluate("""(() => {
        const before = kgView.network.body.edgeIndices.length;
        document.querySelector('.kg-edge-filter[value="conflict"]').click();
        return [before, kgView.edges.get({filter: e => !e.hidden}).map(e => e.kind)]; })()""")
    assert counts == [3, ["agreement"]]
    assert browser.errors == []


def test_a_graph_without_statements_still_settles(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text(positions_page(position_graph([])), encoding="utf-8")
    browser.open(page.as_uri())
    browser.wait_for(SETTLED, timeout=10)
    assert browser.evaluate("document.getElementById('kg-counts').textContent") == "0 actors · 0 links"


def test_hostile_names_stay_text_in_the_browser(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(positions_page(position_graph([row("a", HOSTILE, "concern", "الحوار")])), encoding="utf-8")
    browser.open(page.as_uri())
    browser.wait_for(SETTLED)
    label, tip_text, images = browser.evaluate(
        "[kgView.nodes.get({filter: n => n.kind === 'actor'})[0].label,"
        " kgView.nodes.get({filter: n => n.kind === 'actor'})[0].title.textContent,"
        " document.querySelectorAll('img').length + (window.pwned ? 100 : 0)]")
    assert label == HOSTILE and HOSTILE in tip_text and images == 0
    assert browser.errors == [] and browser.requests == [page.as_uri()]


def test_the_page_carries_what_pyvis_would_have_made(seed_dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """views._network is pyvis's Network with a dict lookup for its node check: the same nodes and edges."""
    from pyvis.network import Network

    positions, actors = position_graph(views.view_rows(seed_dataset)), views.actor_network(seed_dataset)
    ours = [views._positions_net(positions, "ar", views.UI_TEXT["ar"]),
            views._actor_network_net(actors, "en", views.UI_TEXT["en"])]
    monkeypatch.setattr(views, "_network", lambda: Network(directed=True))
    theirs = [views._positions_net(positions, "ar", views.UI_TEXT["ar"]),
              views._actor_network_net(actors, "en", views.UI_TEXT["en"])]
    for mine, pyvis in zip(ours, theirs):
        assert mine.nodes and mine.edges
        assert [list(node.items()) for node in mine.nodes] == [list(node.items()) for node in pyvis.nodes]
        assert [list(edge.items()) for edge in mine.edges] == [list(edge.items()) for edge in pyvis.edges]


def test_a_node_keeps_its_first_place_and_its_last_labels() -> None:
    first, second = row("s1", "Turkey", "support", "pact"), row("s2", "Iran", "oppose", "pact")
    renamed = {**row("s3", "Turkey", "oppose", "border"), "actor_en": "Türkiye"}
    graph = position_graph([first, second, renamed])
    assert list(graph) == ["urn:test:actor/Turkey", "urn:test:issue/pact", "urn:test:actor/Iran",
                           "urn:test:issue/border"]
    assert graph.nodes["urn:test:actor/Turkey"]["en"] == "Türkiye"
    assert [data["statements"] for *_, data in graph.edges(data=True)] == [[first], [renamed], [second]]


# ---------------------------------------------------------------- a corpus in the analyst's hands

MEASURE = """(() => {
    const net = kgView.network, box = document.getElementById('kg-network').getBoundingClientRect();
    const ids = kgView.nodes.getIds({filter: n => !n.hidden});
    const focal = kgView.nodes.get({filter: n => n.focal}).map(n => n.id)[0];
    const at = focal ? net.canvasToDOM(net.getPosition(focal)) : null;
    const rects = ids.map(id => net.getBoundingBox(id)).map(b => {
        const a = net.canvasToDOM({x: b.left, y: b.top}), c = net.canvasToDOM({x: b.right, y: b.bottom});
        return [a.x, a.y, c.x, c.y]; });
    let overlaps = 0;
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) {
        const [p, q] = [rects[i], rects[j]];
        if (p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]) overlaps++; }
    return {nodes: ids.length, width: box.width, height: box.height, focal: at,
            labelPx: (kgView.fontSize || 15) * net.getScale(), overlaps: overlaps}; })()"""


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 synthetic articles (benchmarks/synthetic_corpus.py: our own templates over the ontology)."""
    root = tmp_path_factory.mktemp("corpus300")
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic_corpus.py"
    subprocess.run([sys.executable, str(script), str(root / "corpus"), "--docs", "300"], check=True,
                   capture_output=True)
    kg.build([root / "corpus"], root / "out", jobs=2, validate=False, progress=False)
    return root / "out"


def test_a_focus_view_of_a_corpus_puts_the_actor_in_the_middle_and_stays_readable(browser: Chromium, corpus_build,
                                                                                 tmp_path: Path) -> None:
    with (corpus_build / "statements.csv").open(encoding="utf-8", newline="") as table:
        busiest = Counter(row["actor"] for row in csv.DictReader(table)).most_common(1)[0][0]  # the ontology draws them
    page = write_view(corpus_build, tmp_path / "focus.html", actor=busiest)
    data = page_data(page.read_text(encoding="utf-8"))
    assert len(data["nodes"]) <= 1 + 2 * views.FOCUS_TOP
    assert "more actors" in page.read_text(encoding="utf-8")  # what was left out is said
    browser.open(page.as_uri())
    browser.wait_for(SETTLED)
    keep(browser, tmp_path, "corpus-focus.png")
    seen = browser.evaluate(MEASURE)
    assert abs(seen["focal"]["x"] - seen["width"] / 2) < seen["width"] / 6
    assert abs(seen["focal"]["y"] - seen["height"] / 2) < seen["height"] / 6
    assert seen["labelPx"] >= 10.5  # labels stay readable at the zoom that shows the view
    assert seen["overlaps"] <= seen["nodes"]  # labels may touch, but not pile up
    assert browser.errors == []


def test_the_seed_view_keeps_its_labels_readable_at_the_zoom_that_shows_it_all(browser: Chromium, seed_view: Path,
                                                                               tmp_path: Path) -> None:
    browser.open(seed_view.as_uri())
    browser.wait_for(SETTLED)
    seen = browser.evaluate(MEASURE)
    assert seen["labelPx"] >= 10.5
    browser.evaluate("kgView.network.moveTo({scale: 0.2})")  # zoomed far out, labels grow up to three times
    browser.wait_for("kgView.fontSize > 44")
    assert browser.evaluate("kgView.fontSize") == pytest.approx(45, abs=0.6)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60))
def test_any_label_reaches_the_page_as_data_never_as_markup(actor: str, issue: str) -> None:
    page = view_html([row("s1", actor, "support", issue)], lang="en")
    data = page_data(page)
    assert {n["names"][0] for n in data["nodes"]} >= {actor}
    assert external_references(page) == []
    plain = view_html([row("s1", "x", "support", "y")], lang="en")
    for tag in ("<script", "</script", "<img", "<iframe"):  # no label opened or closed an element
        assert page.lower().count(tag) == plain.lower().count(tag), tag
