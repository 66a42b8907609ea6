"""What `kg concepts` prints: each concept with its statements, actors and phrases, so a codebook can grow
where a corpus needs it (the automatic concepts are the phrases no codebook head reached)."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph

from ..query import run_query
from ..reading import open_build
from ..vocab import KG

SHOWN_PHRASES = 5


@dataclass
class ConceptUse:
    """One concept as a build uses it."""

    concept: str
    label: str
    automatic: bool
    broader: str = ""
    statements: int = 0
    agree: int = 0
    disagree: int = 0
    documents: list[str] = field(default_factory=list)
    actors: dict[str, str] = field(default_factory=dict)  # actor -> agree / disagree / neither / both
    phrases: list[str] = field(default_factory=list)


def concept_uses(dataset: Graph) -> list[ConceptUse]:
    """The concepts a dataset's statements are coded to, most used first (codebook concepts before automatic)."""
    found: dict[str, ConceptUse] = {}
    sides: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    phrases: dict[str, Counter] = defaultdict(Counter)
    for row in run_query(dataset, "concepts"):
        iri = str(row["concept"])
        use = found.setdefault(iri, ConceptUse(iri, str(row["concept_label"]), row["scheme"] == KG.automaticConcepts,
                                               str(row["broader"] or "")))
        use.statements += 1
        agreement = str(row["agreement"] or "neither")
        use.agree += agreement == "agree"
        use.disagree += agreement == "disagree"
        if str(row["doc_id"]) not in use.documents:
            use.documents.append(str(row["doc_id"]))
        sides[iri][str(row["actor"])].add(agreement)
        phrases[iri][str(row["issue_text"])] += 1
    for iri, use in found.items():
        use.actors = {actor: "both" if {"agree", "disagree"} <= seen else min(seen)
                      for actor, seen in sorted(sides[iri].items())}
        use.phrases = [text for text, _ in phrases[iri].most_common()]
    return sorted(found.values(), key=lambda u: (u.automatic, -u.statements, u.label, u.concept))


def _line(use: ConceptUse) -> str:
    actors = ", ".join(f"{actor} ({side})" for actor, side in use.actors.items())
    shown = " | ".join(use.phrases[:SHOWN_PHRASES]) + (f" | … {len(use.phrases) - SHOWN_PHRASES} more"
                                                       if len(use.phrases) > SHOWN_PHRASES else "")
    return (f"  {use.label}  [{use.statements} statements, {use.agree} agree, {use.disagree} disagree, "
            f"{len(use.documents)} documents]\n    <{use.concept}>\n    actors: {actors}\n    phrases: {shown}\n")


def concepts_report(source: Path | str | Graph, *, as_json: bool = False) -> str:
    """Concepts with their statements, actors and phrases; then the automatic ones (phrases no codebook concept
    covers); first a count of both."""
    uses = concept_uses(open_build(source))
    if as_json:
        return json.dumps([asdict(use) for use in uses], ensure_ascii=False, indent=2) + "\n"
    total = sum(use.statements for use in uses)
    coded = sum(use.statements for use in uses if not use.automatic)
    shared = sum(1 for use in uses if len(use.documents) > 1)
    share = f"{coded / total:.0%}" if total else "0%"
    head = (f"{total} statements: {coded} ({share}) coded to {sum(not u.automatic for u in uses)} codebook concepts, "
            f"{total - coded} to {sum(u.automatic for u in uses)} automatic ones; {shared} concepts appear in more "
            "than one document\n")
    codebook = "".join(_line(use) for use in uses if not use.automatic) or "  none\n"
    automatic = "".join(_line(use) for use in uses if use.automatic) or "  none\n"
    return f"{head}\ncodebook concepts\n{codebook}\nphrases no codebook concept covers (automatic concepts)\n{automatic}"
