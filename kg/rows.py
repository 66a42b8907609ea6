"""The rows a build writes (statements.csv and the view), read per document from its triples.

A corpus worker evaluates the shipped queries statements.rq and view.rq over a few documents' triples and
the ontology, in Python over an index of the triples by subject: an Oxigraph store per batch, loaded and
queried, took a sixth of a worker's time. Each part then carries its own rows, and a build assembles the
table and the view without loading the corpus graph. The rows are the ones the queries give over the whole
graph (tests/test_rows.py and tests/test_corpus.py compare them), so a change to either query is a change
here too.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import product
from operator import itemgetter

from rdflib import RDF, RDFS, Literal
from rdflib.namespace import DCTERMS, OWL, SKOS

from .ontology import load_ontology
from .vocab import KG, WD

STATEMENTS, VIEW = "statements", "view"  # the shipped queries the rows follow, by their names
Rows = dict[str, list[dict[str, str]]]  # {"statements": rows, "view": rows} of one document
Index = dict[object, dict[object, dict[object, None]]]  # subject -> predicate -> objects (an ordered set)
WIKIDATA = str(WD)

_STATEMENT_COLUMNS = ("doc_id", "sentence", "actor", "actor_ar", "actor_qid", "stance", "issue", "issue_text",
                      "source", "hedged", "confidence", "char_start", "char_end", "issue_start", "issue_end", "outlet",
                      "date", "cue", "rule", "concept", "concept_label", "agreement", "statement")
_VIEW_COLUMNS = ("statement", "actor", "actor_en", "actor_ar", "actor_type", "actor_type_en", "actor_type_ar", "stance",
                 "stance_en", "stance_ar", "issue", "issue_en", "issue_ar", "concept", "concept_en", "concept_ar",
                 "sentence", "char_start", "issue_start", "issue_end", "source_en", "source_ar", "outlet_en",
                 "outlet_ar", "date", "doc_id")
_NONE: tuple[None] = (None,)
_TYPE, _PREF_LABEL, _NOTATION, _IDENTIFIER, _DATE = RDF.type, SKOS.prefLabel, SKOS.notation, DCTERMS.identifier, DCTERMS.date
_STATEMENT_FIELDS = (KG.document, KG.holder, KG.stance, KG.issue, KG.source, KG.sentenceText, KG.charStart, KG.charEnd,
                     KG.issueText, KG.issueStart, KG.issueEnd, KG.hedged, KG.confidence, KG.cueText, KG.rule, KG.concept)
_VIEW_FIELDS = (KG.document, KG.holder, KG.stance, KG.issue, KG.source, KG.sentenceText, KG.charStart, KG.issueStart,
                KG.issueEnd)


def index(triples: Iterable[tuple[object, object, object]]) -> Index:
    found: Index = {}
    for s, p, o in triples:  # the documents of a batch repeat the triples of what they share (an outlet's label)
        found.setdefault(s, {}).setdefault(p, {})[o] = None
    return found


@lru_cache(maxsize=1)
def _ontology_index() -> Index:
    return index(load_ontology())


class _Graph:
    """The documents' triples and the ontology as one graph (a set: a triple in both counts once)."""

    def __init__(self, triples: Iterable[tuple[object, object, object]]) -> None:
        self.own, self.ontology = index(triples), _ontology_index()
        self.labels: dict[tuple[object, str, object], list[object]] = {}  # actors, issues and stances recur

    def objects(self, node: object, predicate: object) -> list[object]:
        own = self.own.get(node, {}).get(predicate, ())
        shared = self.ontology.get(node, {}).get(predicate, ())
        return [*own, *(o for o in shared if o not in own)] if own and shared else [*own, *shared]

    def optional(self, node: object, predicate: object) -> Sequence[object | None]:
        return self.objects(node, predicate) or _NONE

    def label(self, node: object, language: str, predicate: object = _PREF_LABEL) -> list[object]:
        """FILTER(LANG(?label) = language) over node's labels (a store reads a language tag in lower case)."""
        key = (node, language, predicate)
        found = self.labels.get(key)
        if found is None:
            found = self.labels[key] = [o for o in self.objects(node, predicate)
                                        if isinstance(o, Literal) and (o.language or "").lower() == language]
        return found

    def statements(self) -> Iterator[tuple[object, dict[object, dict[object, None]]]]:
        """Each statement with its properties (the documents' own: the ontology holds no statement)."""
        return ((s, properties) for s, properties in self.own.items()
                if KG.PositionStatement in properties.get(_TYPE, ()))


def _text(term: object | None) -> str:
    return "" if term is None else str(term)


def _first(*terms: object | None) -> object | None:
    """COALESCE."""
    return next((term for term in terms if term is not None), None)


def _labels(graph: _Graph, node: object) -> Iterator[tuple[object | None, object]]:
    """(en, ar) label pairs of node: the Arabic one required, the English one optional."""
    yield from product(graph.label(node, "en") or _NONE, graph.label(node, "ar"))


def _statement_rows(graph: _Graph, statement: object, properties: dict) -> Iterator[tuple[str, ...]]:
    """statements.rq's rows of one statement."""
    one = graph.objects  # a required pattern's bindings (none: no row)
    for (doc, holder, stance_iri, issue_iri, source_iri, sentence, char_start, char_end, issue_text, issue_start,
         issue_end, hedged, confidence, cue, rule, concept) in product(*(properties.get(p, ()) for p in _STATEMENT_FIELDS)):
        agreements = [a for iri in properties.get(KG.agreement, ()) for a in graph.objects(iri, _NOTATION)]
        for (doc_id, outlet_iri, stance, (actor_en, actor_ar), (issue_en, issue_ar), (source_en, source_ar),
             date, same, agreement) in product(
                one(doc, _IDENTIFIER), one(doc, KG.outlet), one(stance_iri, _NOTATION),
                _labels(graph, holder), _labels(graph, issue_iri), _labels(graph, source_iri),
                graph.optional(doc, _DATE),
                [o for o in graph.objects(holder, OWL.sameAs) if str(o).startswith(WIKIDATA)] or _NONE,
                agreements or _NONE):
            for (outlet_en, outlet_ar), (concept_en, concept_ar) in product(
                    _labels(graph, outlet_iri), _labels(graph, concept)):
                yield tuple(map(_text, (
                    doc_id, sentence, _first(actor_en, actor_ar), actor_ar,
                    str(same)[len(WIKIDATA):] if same is not None else "", stance, _first(issue_en, issue_ar),
                    issue_text, _first(source_en, source_ar), hedged, confidence, char_start, char_end, issue_start,
                    issue_end, _first(outlet_en, outlet_ar), date, cue, rule, concept, _first(concept_en, concept_ar),
                    agreement, statement)))


def _actor_types(graph: _Graph, actor: object) -> list[tuple[object | None, object | None, object | None]]:
    """view.rq's OPTIONAL actor type (a class under kg:Actor) with its labels, or one unbound row."""
    found = [(kind, en, ar) for kind in graph.objects(actor, _TYPE)
             if KG.Actor in graph.objects(kind, RDFS.subClassOf)
             for en in graph.label(kind, "en", RDFS.label) or _NONE
             for ar in graph.label(kind, "ar", RDFS.label) or _NONE]
    return found or [(None, None, None)]


def _optional_label(graph: _Graph, node: object, language: str) -> Sequence[object | None]:
    return graph.label(node, language) or _NONE


def _view_rows(graph: _Graph, statement: object, properties: dict) -> Iterator[tuple[str, ...]]:
    """view.rq's rows of one statement."""
    one = graph.objects  # a required pattern's bindings (none: no row)
    label = _optional_label
    for doc, actor, stance_iri, issue, source_iri, sentence, char_start, issue_start, issue_end in product(
            *(properties.get(p, ()) for p in _VIEW_FIELDS)):
        concepts = [(concept, en, ar) for concept in properties.get(KG.concept, ())
                    for en in label(graph, concept, "en") for ar in label(graph, concept, "ar")] or [(None, None, None)]
        for doc_id, outlet_iri, stance, date in product(one(doc, _IDENTIFIER), one(doc, KG.outlet),
                                                       one(stance_iri, _NOTATION), graph.optional(doc, _DATE)):
            for (stance_en, stance_ar, actor_en, actor_ar, (actor_type, type_en, type_ar), (concept, concept_en, concept_ar),
                 issue_en, issue_ar, source_en, source_ar, outlet_en, outlet_ar) in product(
                    label(graph, stance_iri, "en"), label(graph, stance_iri, "ar"), label(graph, actor, "en"),
                    label(graph, actor, "ar"), _actor_types(graph, actor), concepts, label(graph, issue, "en"),
                    label(graph, issue, "ar"), label(graph, source_iri, "en"), label(graph, source_iri, "ar"),
                    label(graph, outlet_iri, "en"), label(graph, outlet_iri, "ar")):
                yield tuple(map(_text, (
                    statement, actor, actor_en, actor_ar, actor_type, type_en, type_ar, stance, stance_en, stance_ar,
                    issue, issue_en, issue_ar, concept, concept_en, concept_ar, sentence, char_start, issue_start,
                    issue_end, source_en, source_ar, outlet_en, outlet_ar, date, doc_id)))


def read_rows(triples: Iterable[tuple[object, object, object]]) -> dict[str, Rows]:
    """The statements and view rows of the documents whose triples these are, by document id: what
    statements.rq and view.rq give over these triples and the ontology as one default graph (SELECT
    DISTINCT: a row made twice is kept once)."""
    graph = _Graph(triples)
    found: dict[str, Rows] = {}
    for statement, properties in graph.statements():
        for name, make, columns in ((STATEMENTS, _statement_rows, _STATEMENT_COLUMNS), (VIEW, _view_rows, _VIEW_COLUMNS)):
            for values in dict.fromkeys(make(graph, statement, properties)):
                row = dict(zip(columns, values))
                found.setdefault(row["doc_id"], {STATEMENTS: [], VIEW: []})[name].append(row)
    return found


def statement_order(row: dict[str, str]) -> tuple[int, int, str, str, str]:
    """statements.rq's ORDER BY within one document, for a document whose rows were read in pieces."""
    return int(row["char_start"]), int(row["issue_start"]), row["actor"], row["stance"], row["statement"]


view_order = itemgetter("statement", "actor_type")  # view.rq's ORDER BY, as a key made in C (100,000 rows a corpus)


def merge_view(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """View rows in view.rq's order, one per statement: the first actor type in IRI order is kept."""
    kept: dict[str, dict[str, str]] = {}
    for row in sorted(rows, key=view_order):
        kept.setdefault(row["statement"], row)
    return list(kept.values())
