"""Statements -> RDF dataset: one named graph per document; the only place IRIs are minted.

IRIs derive from content (document id, offsets, labels), never from counters, so the
same input always gives the same graph.
"""
from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.term import Node

from .concepts import Codebook, Coding, code_phrase, load_codebook
from .document import Document
from .normalize import normalize
from .ontology import Actor, load_ontology
from .vocab import ACTOR, CONCEPT, DATA, ISSUE, KG

if TYPE_CHECKING:  # a type only: importing the extractor would load spaCy for every reading command
    from .extract import PositionStatement

ONTOLOGY_GRAPH = DATA["graph/ontology"]

PREFIXES = {
    "kg": KG._NS, "kga": ACTOR, "kgi": ISSUE, "kgcon": CONCEPT, "data": DATA, "prov": PROV, "skos": SKOS,
    "dcterms": DCTERMS, "wd": URIRef("http://www.wikidata.org/entity/"),
}


def _digest(*parts: object, length: int = 16) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:length]


def document_iri(doc_id: str) -> URIRef:
    return DATA[f"doc/{doc_id}"]


def graph_iri(doc_id: str) -> URIRef:
    return DATA[f"graph/{doc_id}"]


def statement_iri(st: PositionStatement) -> URIRef:
    return DATA[f"statement/{st.doc_id}/{_digest(actor_iri(st.holder), st.stance, st.cue, st.issue_start, st.issue_end)}"]


def label(text: str) -> str:
    """The label of an actor or issue found only in text: as written, less diacritics and tatweel.

    Its IRI derives from exactly this string, so one IRI never carries two Arabic labels.
    """
    return normalize(text, fold=False)


def actor_iri(actor: Actor) -> URIRef:
    """A gazetteer actor's own IRI; an actor found only in text gets one from its class and label."""
    return actor.iri if actor.iri is not None else ACTOR[f"new/{_digest(actor.kind, label(actor.label_ar), length=12)}"]


def issue_iri(st: PositionStatement) -> URIRef:
    return st.issue.iri if st.issue is not None else ISSUE[f"new/{_digest(label(st.issue_label))}"]


Triple = tuple[URIRef, URIRef, Node]

# rdflib builds RDF.type, SKOS.prefLabel ... anew on each look-up (~1.5 us): those used per statement, read once.
_A, _PREF_LABEL, _IN_SCHEME, _DERIVED_FROM, _XSD_STRING = (RDF.type, SKOS.prefLabel, SKOS.inScheme,
                                                           PROV.wasDerivedFrom, XSD.string)


def _describe_new_actor(add: Callable[[URIRef, URIRef, Node], None], actor: Actor) -> URIRef:
    iri = actor_iri(actor)
    if actor.iri is None:
        add(iri, _A, actor.kind)
        add(iri, _PREF_LABEL, Literal(label(actor.label_ar), lang="ar"))
        if actor.label_en:
            add(iri, _PREF_LABEL, Literal(actor.label_en, lang="en"))
        if actor.member_of is not None:
            add(iri, KG.memberOf, actor.member_of)
        if actor.role:
            add(iri, KG.role, Literal(actor.role, lang="ar"))
    return iri


# The statement literals below recur across statements and documents (offsets, flags, rules, cue and sentence
# texts); a Literal is immutable and costs ~10 us to build (rdflib casts and checks it), so each is made once.
@lru_cache(maxsize=65536)
def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)  # stores keep xsd:integer as is (Oxigraph turns the others into it)


@lru_cache(maxsize=256, typed=True)  # typed: True == 1, but Literal(True) is not Literal(1)
def _plain(value: str | bool) -> Literal:
    return Literal(value)


@lru_cache(maxsize=256)
def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)))


@lru_cache(maxsize=8192)
def _arabic(text: str) -> Literal:
    return Literal(text, lang="ar")


def labels_given(triples: Iterable[Triple]) -> list[list[str]]:
    """[node, language, label] of each skos:prefLabel among the triples (a corpus build checks them across
    documents)."""
    return [[str(s), o.language or "", str(o)] for s, p, o in triples if p == _PREF_LABEL]


def coding(st: PositionStatement, codebook: Codebook | None = None) -> Coding:
    """The concept and agreement of a statement: its issue as labelled (a shared stance's copied issue)."""
    return code_phrase(st.issue_label or st.issue_text, st.stance, codebook=codebook)


def _describe_concept(add: Callable[[URIRef, URIRef, Node], None], found: Coding, codebook: Codebook) -> None:
    """The concept's type, scheme, labels, broader concept and actors, unless the shipped ontology has them; a
    broader concept of the user's codebook is described too."""
    parent = codebook.concepts.get(found.broader) if found.broader is not None else None
    if parent is not None and not parent.shipped:
        add(parent.iri, _A, KG.Concept)
        add(parent.iri, _IN_SCHEME, KG.codebook)
        add(parent.iri, _PREF_LABEL, _arabic(parent.label_ar))
        if parent.label_en:
            add(parent.iri, _PREF_LABEL, Literal(parent.label_en, lang="en"))
    if not found.describe:
        return
    add(found.concept, _A, KG.Concept)
    add(found.concept, _IN_SCHEME, KG.automaticConcepts if found.automatic else KG.codebook)
    add(found.concept, _PREF_LABEL, _arabic(found.label_ar))
    if found.label_en:
        add(found.concept, _PREF_LABEL, Literal(found.label_en, lang="en"))
    if found.broader is not None:
        add(found.concept, SKOS.broader, found.broader)
    for actor in found.about:
        add(found.concept, KG.about, actor)


def document_triples(document: Document, outlet: Actor, report_by: Actor | None,
                     statements: Iterable[PositionStatement], codebook: Codebook | None = None) -> list[Triple]:
    """The triples of one document's graph: the document, its statements and any actors, issues or concepts it
    introduced.

    A plain list (each triple once, in a fixed order), so a corpus worker can write it without a store.
    """
    codebook = codebook or load_codebook()
    triples: dict[Triple, None] = {}  # an ordered set

    def add(s: URIRef, p: URIRef, o: Node) -> None:
        triples[s, p, o] = None

    doc = document_iri(document.doc_id)
    add(doc, RDF.type, KG.Document)
    add(doc, DCTERMS.identifier, Literal(document.doc_id))
    add(doc, DCTERMS.language, Literal(document.language))
    add(doc, KG.sourceFile, Literal(document.path.name))
    add(doc, KG.contentHash, Literal(document.content_hash))
    add(doc, KG.outlet, _describe_new_actor(add, outlet))
    if report_by is not None:
        add(doc, KG.reportBy, _describe_new_actor(add, report_by))
    if document.date:
        add(doc, DCTERMS.date, Literal(document.date, datatype=XSD.date))
    if document.url:
        add(doc, KG.url, Literal(document.url, datatype=XSD.anyURI))
    if document.place:
        add(doc, KG.place, Literal(document.place, lang="ar"))
    for st in statements:
        node = statement_iri(st)
        issue = issue_iri(st)
        if st.issue is None:
            add(issue, _A, KG.Issue)
            add(issue, _IN_SCHEME, KG.issues)
            add(issue, _PREF_LABEL, Literal(label(st.issue_label), lang="ar"))
        for p, o in (
            (_A, KG.PositionStatement),
            (KG.holder, _describe_new_actor(add, st.holder)),
            (KG.stance, st.stance),
            (KG.issue, issue),
            (KG.source, _describe_new_actor(add, st.source)),
            (KG.document, doc),
            (_DERIVED_FROM, doc),
            (KG.sentenceText, _arabic(st.sentence)),
            (KG.charStart, _int(st.char_start)),
            (KG.charEnd, _int(st.char_end)),
            (KG.issueText, _arabic(st.issue_text)),
            (KG.issueStart, _int(st.issue_start)),
            (KG.issueEnd, _int(st.issue_end)),
            (KG.cue, st.cue),
            (KG.cueText, _arabic(st.cue_text)),
            (KG.rule, _plain(st.rule)),
            (KG.confidence, _decimal(st.confidence)),
            (KG.hedged, _plain(st.hedged)),
            (KG.viaMetonymy, _plain(st.via_metonymy)),
        ):
            add(node, p, o)
        if st.holder_text:
            add(node, KG.holderText, _arabic(st.holder_text))
        found = coding(st, codebook)
        _describe_concept(add, found, codebook)
        add(node, KG.concept, found.concept)
        if found.agreement is not None:
            add(node, KG.agreement, found.agreement)
        add(node, KG.conceptBasis, Literal(found.basis))
    return list(triples)


def add_document(dataset: Dataset, document: Document, outlet: Actor, report_by: Actor | None,
                 statements: Iterable[PositionStatement], codebook: Codebook | None = None) -> Graph:
    """The named graph of one document, added to dataset (see document_triples)."""
    graph = dataset.graph(graph_iri(document.doc_id))
    graph.addN((s, p, o, graph) for s, p, o in document_triples(document, outlet, report_by, statements, codebook))
    return graph


def new_dataset() -> Dataset:
    """An empty dataset whose ontology graph holds the vocabulary, actors, issues and lexicon."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    for triple in load_ontology():
        ontology.add(triple)
    return dataset


def flatten(dataset: Dataset) -> Graph:
    """All graphs' triples in one graph (for SHACL, which reads class hierarchies from the data)."""
    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def to_trig(dataset: Dataset) -> str:
    """TriG with the named graphs in IRI order, so the same dataset always gives the same bytes.

    rdflib orders subjects and predicates itself but writes graphs in the store's hash order.
    """
    serializer = TrigSerializer(dataset)
    serializer.contexts.sort(key=lambda graph: str(graph.identifier))
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


@lru_cache(maxsize=8192)  # the vocabulary and the actors recur in every document
def _ox_iri(iri: URIRef) -> ox.NamedNode:
    return ox.NamedNode(iri)


def ox_term(term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as Oxigraph's (its lexical form kept, so both write the same literal)."""
    if isinstance(term, URIRef):
        return _ox_iri(term)
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=_ox_iri(term.datatype or _XSD_STRING))
    return ox.BlankNode(str(term))


def rdflib_terms() -> Callable[[ox.NamedNode | ox.Literal | ox.BlankNode | None], Node | None]:
    """A converter of Oxigraph terms to rdflib's that makes each distinct term once: rdflib takes ~7 us to
    build a Literal, and an answer of 9,000 rows holds a few hundred distinct terms (oxrdflib makes each anew)."""
    made: dict[ox.NamedNode | ox.Literal | ox.BlankNode, Node] = {}

    def convert(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> Node | None:
        if term is None:
            return None
        found = made.get(term)
        if found is None:
            if isinstance(term, ox.NamedNode):
                found = URIRef(term.value)
            elif isinstance(term, ox.Literal):
                found = (Literal(term.value, lang=term.language) if term.language
                         else Literal(term.value, datatype=URIRef(term.datatype.value)))
            else:
                found = BNode(term.value)
            made[term] = found
        return found

    return convert


def ox_quads(triples: Iterable[Triple], graph: URIRef | None = None) -> list[ox.Quad]:
    """Triples as Oxigraph quads in graph (the default graph when None)."""
    name = ox.DefaultGraph() if graph is None else _ox_iri(graph)
    return [ox.Quad(ox_term(s), _ox_iri(p), ox_term(o), name) for s, p, o in triples]


_TRIG_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix != "data"}


_TYPE = str(_A)


def _order(triple: Triple) -> tuple[str, bool, str, str]:
    s, p, o = triple
    predicate = str(p)
    return str(s), predicate != _TYPE, predicate, str(o)  # ties keep document_triples' own fixed order


def graph_quads(triples: Iterable[Triple], graph: URIRef) -> list[ox.Quad]:
    """One graph's triples as Oxigraph quads, in a fixed order (subject, rdf:type first, predicate, object),
    so that the same triples always give the same TriG bytes."""
    return ox_quads(sorted(triples, key=_order), graph)


def quads_trig(quads: Iterable[ox.Quad]) -> bytes:
    """TriG of quads in their order, written by Oxigraph (fifteen times faster than rdflib's writer).

    data: IRIs are written in full: their local names hold slashes, which TriG would have to escape.
    """
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_TRIG_PREFIXES)
