"""The codebook: concepts, their heads and inverters, read from ontology/concepts.ttl and a user's Turtle file."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ..errors import OntologyError
from ..ontology import Phrase, load_lexicon, load_ontology, phrase
from ..vocab import KG, LEX

DEFAULT_SLOTS = 1


@dataclass(frozen=True)
class Concept:
    """A codebook concept: what coders call it, and how many named actors make it specific."""

    iri: URIRef
    label_en: str | None
    label_ar: str
    slots: int = DEFAULT_SLOTS
    argument_class: URIRef | None = None
    inverters: frozenset[Phrase] = frozenset()
    broader: URIRef | None = None
    about: tuple[URIRef, ...] = ()
    shipped: bool = True  # described by the shipped ontology graph (a user's concept is described per document)


@dataclass(frozen=True)
class Head:
    """Words that name a concept (or its opposite) at the head of an issue phrase."""

    words: Phrase
    concept: URIRef
    opposite: bool = False


@dataclass(frozen=True)
class Codebook:
    """Everything the coder looks up: concepts, heads by first word, the specific concepts by their actors."""

    concepts: dict[URIRef, Concept]
    heads: dict[str, tuple[Head, ...]]  # first word -> heads beginning with it, longest first
    specific: dict[tuple[URIRef, frozenset[URIRef]], URIRef]
    inverters: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # first word -> inverter phrases
    light: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # first word -> light-noun phrases
    filler: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # prepositions, determiners
    own_inverters: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # concepts' own, by first word
    inverted_by: dict[Phrase, frozenset[URIRef]] = field(default_factory=dict)  # own inverter -> its concepts
    purpose: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # بهدف، من أجل ... by first word


def head_words(text: str) -> Phrase:
    """A head or function-word form as the coder compares it: normalised, the article dropped from each word.

    >>> head_words("وقف إطلاق النار")
    ('وقف', 'اطلاق', 'نار')
    """
    return tuple(word[2:] if word.startswith("ال") and len(word) > 4 else word for word in phrase(text))


def _by_first(forms: list[Phrase]) -> dict[str, tuple[Phrase, ...]]:
    table: dict[str, list[Phrase]] = {}
    for form in forms:
        table.setdefault(form[0], []).append(form)
    return {first: tuple(sorted(set(found), key=lambda f: (-len(f), f))) for first, found in table.items()}


def _label(graph: Graph, node: URIRef, lang: str) -> str | None:
    found = sorted(str(o) for o in graph.objects(node, SKOS.prefLabel) if isinstance(o, Literal) and o.language == lang)
    return found[0] if found else None


def _forms(graph: Graph, node: URIRef, predicate: URIRef) -> list[Phrase]:
    return [form for o in graph.objects(node, predicate)
            if isinstance(o, Literal) and o.language == "ar" and (form := head_words(str(o)))]


def _concepts(graph: Graph, shipped: bool, known: frozenset[URIRef] = frozenset()
              ) -> tuple[dict[URIRef, Concept], list[Head]]:
    """The concepts of a graph and their heads; a concept in known (shipped) may leave out its labels."""
    concepts: dict[URIRef, Concept] = {}
    heads: list[Head] = []
    for node in sorted(n for n in graph.subjects(RDF.type, KG.Concept) if isinstance(n, URIRef)):
        label_ar = _label(graph, node, "ar") or ("" if node in known else None)
        if label_ar is None:
            raise OntologyError(f"concept {node} has no Arabic skos:prefLabel")
        slots = graph.value(node, KG.slots)
        try:
            count = DEFAULT_SLOTS if slots is None else int(slots)
        except ValueError:
            raise OntologyError(f"concept {node}: kg:slots {slots} is not a number") from None
        if count not in (0, 1, 2):
            raise OntologyError(f"concept {node}: kg:slots {count}; a concept takes 0, 1 or 2 actors")
        about = tuple(sorted(o for o in graph.objects(node, KG.about) if isinstance(o, URIRef)))
        broader = graph.value(node, SKOS.broader)
        if about and broader is None:
            raise OntologyError(f"concept {node} is about {', '.join(about)} but has no skos:broader concept")
        argument_class = graph.value(node, KG.argumentClass)
        concepts[node] = Concept(node, _label(graph, node, "en"), label_ar, count,
                                 argument_class if isinstance(argument_class, URIRef) else None,
                                 frozenset(_forms(graph, node, KG.inverter)),
                                 broader if isinstance(broader, URIRef) else None, about, shipped)
        heads += [Head(words, node) for words in _forms(graph, node, KG.head)]
        heads += [Head(words, node, True) for words in _forms(graph, node, KG.oppositeHead)]
    return concepts, heads


def _function_words(word_set: URIRef) -> list[Phrase]:
    return [tuple(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in form)
            for form in load_lexicon().words.get(word_set, frozenset())]


@lru_cache(maxsize=8)
def load_codebook(user_text: str = "", source: str = "codebook") -> Codebook:
    """The shipped codebook, and over it the concepts of a user's codebook (Turtle text) where given.

    A user's concept with a shipped concept's IRI replaces its heads, inverters and slots; its labels stay
    the shipped ones (the shipped graph already describes it)."""
    concepts, heads = _concepts(load_ontology(), shipped=True)
    user_heads: list[Head] = []
    if user_text:
        try:
            graph = Graph().parse(data=user_text, format="turtle")
        except SyntaxError as exc:  # rdflib raises BadSyntax, a SyntaxError
            raise OntologyError(f"{source}: not a Turtle codebook: {exc}") from exc
        mine, my_heads = _concepts(graph, shipped=False, known=frozenset(concepts))
        if not mine:
            raise OntologyError(f"{source}: defines no kg:Concept")
        replaced = {iri for iri in mine if iri in concepts}
        heads, user_heads = [head for head in heads if head.concept not in replaced], my_heads
        for iri, concept in mine.items():
            old = concepts.get(iri)
            concepts[iri] = concept if old is None else Concept(
                iri, old.label_en, old.label_ar, concept.slots, concept.argument_class, concept.inverters,
                concept.broader or old.broader, concept.about or old.about, shipped=True)
    owner: dict[Phrase, Head] = {}
    for source_heads in (heads, user_heads):
        claimed: dict[Phrase, Head] = {}
        for head in source_heads:  # within one codebook a head names one concept; a user's head wins over ours
            if claimed.get(head.words, head).concept != head.concept:
                raise OntologyError(f"head {' '.join(head.words)} belongs to both {claimed[head.words].concept} "
                                    f"and {head.concept}")
            claimed[head.words] = head
        owner.update(claimed)
    for concept in concepts.values():
        if concept.broader is not None and concept.broader not in concepts:
            raise OntologyError(f"concept {concept.iri}: its skos:broader {concept.broader} is not in the codebook")
    by_first: dict[str, list[Head]] = {}
    for head in owner.values():
        by_first.setdefault(head.words[0], []).append(head)
    specific = {(c.broader, frozenset(c.about)): c.iri for c in concepts.values() if c.about and c.broader}
    inverted_by: dict[Phrase, set[URIRef]] = {}
    for concept in concepts.values():
        for form in concept.inverters:
            inverted_by.setdefault(form, set()).add(concept.iri)
    return Codebook(concepts, {w: tuple(sorted(hs, key=lambda h: (-len(h.words), h.words))) for w, hs in by_first.items()},
                    specific, _by_first(_function_words(LEX["concept-inverter"])),
                    _by_first(_function_words(LEX["concept-light"])), _by_first(_function_words(LEX["concept-filler"])),
                    _by_first(list(inverted_by)), {form: frozenset(c) for form, c in inverted_by.items()},
                    _by_first([tuple(form) for form in load_lexicon().words.get(LEX.purpose, ())]))
