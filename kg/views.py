"""Self-contained HTML views of a built graph (pyvis), that open offline from a file:// path."""
from __future__ import annotations

import re
from collections import defaultdict

from pyvis.network import Network
from rdflib import Dataset, Graph

from .query import statement_rows

STANCE_COLOURS = {"support": "#2e7d32", "oppose": "#c62828", "concern": "#ef6c00", "reserved": "#6a1b9a"}
ACTOR_COLOUR = "#1565c0"
ISSUE_COLOUR = "#90a4ae"
# pyvis links Bootstrap from a CDN and vis from ../node_modules in every mode; vis-network itself is inlined.
_EXTERNAL_TAG = re.compile(r"<(?:link|script)\b[^>]*\b(?:href|src)\s*=\s*\"[^\"]*\"[^>]*>(?:\s*</script>)?", re.S)


def _legend() -> str:
    items = "".join(f'<span style="color:{colour};margin:0 .8em">&#9632; {stance}</span>'
                    for stance, colour in STANCE_COLOURS.items())
    return (f'<div id="kg-legend" style="font-family:sans-serif;padding:.4em">'
            f'<span style="color:{ACTOR_COLOUR}">&#9679; actor</span> '
            f'<span style="color:{ISSUE_COLOUR};margin-left:.8em">&#9646; issue</span> | {items}</div>')


def graph_html(dataset: Graph | Dataset, rows: list[dict[str, str]] | None = None, *, height: str = "800px") -> str:
    """Actors and issues as nodes, one edge per actor-stance-issue, hover shows the evidence.

    rows: the statements table where the caller has it already (it is read from the graph otherwise).
    """
    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line", heading="")
    edges: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows if rows is not None else statement_rows(dataset):
        edges[(row["actor"], row["stance"], row["issue"])].append(row)
    for (actor, stance, issue), rows in sorted(edges.items()):
        actor_id, issue_id = f"actor:{actor}", f"issue:{issue}"
        if actor_id not in net.get_nodes():
            net.add_node(actor_id, label=actor, title=rows[0]["actor_ar"], color=ACTOR_COLOUR, shape="dot", size=18)
        if issue_id not in net.get_nodes():
            net.add_node(issue_id, label=issue[:60], title=issue, color=ISSUE_COLOUR, shape="box")
        evidence = "\n\n".join(f"{r['sentence']}\n— {r['source']}, {r['outlet']} {r['date']}" for r in rows)
        net.add_edge(actor_id, issue_id, color=STANCE_COLOURS[stance], width=1 + 2 * len(rows),
                     title=f"{actor} — {stance} — {issue}\n\n{evidence}", label=stance)
    page = _EXTERNAL_TAG.sub("", net.generate_html())
    return page.replace("<body>", "<body>\n" + _legend(), 1)


def external_references(page: str) -> list[str]:
    """Every src/href in the page that would make the browser fetch something (should be none)."""
    return [m for m in re.findall(r"(?:src|href)\s*=\s*[\"']([^\"']+)[\"']", page) if not m.startswith("#")]
