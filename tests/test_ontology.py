"""The ontology is the single source of the extractor's vocabulary: check its wiring."""
import csv
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDFS, SKOS

from kg.errors import OntologyError
from kg.nlp import make_nlp
from kg.ontology import Lexicon, load_lexicon, load_ontology, load_shapes, phrase
from kg.vocab import KG, LEX, WD

VERIFIED = Path(__file__).parent / "fixtures" / "wikidata-verified.tsv"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_every_actor_and_issue_has_arabic_and_english_labels(lexicon: Lexicon) -> None:
    graph = load_ontology()
    for node in [*lexicon.actors, *lexicon.issues]:
        languages = {o.language for o in graph.objects(node, SKOS.prefLabel) if isinstance(o, Literal)}
        assert {"ar", "en"} <= languages, node


def test_no_term_has_two_preferred_labels_in_one_language() -> None:
    """A second definition under a name already taken (two kgc:wish) merges two terms into one: an error."""
    graph = load_ontology()
    labels = [(node, o.language) for node, o in graph.subject_objects(SKOS.prefLabel) if isinstance(o, Literal)]
    doubled = {key for key in labels if labels.count(key) > 1}
    assert not doubled


def test_wikidata_ids_are_only_verified_ones() -> None:
    with VERIFIED.open(encoding="utf-8") as f:
        verified = {row["qid"] for row in csv.DictReader(f, delimiter="\t")}
    used = {str(o)[len(str(WD)):] for o in load_ontology().objects(None, OWL.sameAs) if str(o).startswith(str(WD))}
    assert used and used <= verified


def test_capitals_stand_for_states(lexicon: Lexicon) -> None:
    for city, state in lexicon.stands_for.items():
        assert lexicon.actors[state].kind == KG.State, city


def test_every_cue_signals_one_of_the_four_stances(lexicon: Lexicon) -> None:
    stances = {KG.support, KG.oppose, KG.concern, KG.reserved}
    assert {cue.stance for cue in lexicon.cues.values()} == stances


def test_every_cue_form_is_found_by_the_pipeline(lexicon: Lexicon) -> None:
    """A word cue alone; an obligation cue (a frame, not a word) in its frame: على + an actor + أن."""
    nlp = make_nlp()
    for form, iri in lexicon.cue_forms.items():
        if lexicon.cues[iri].kind == KG.ObligationCue:
            for written in lexicon.written[iri]:
                doc = nlp(f"{written} مصر أن تقبل")
                assert [span.kb_id_ for span in doc.spans["cues"]][:1] == [str(iri)], form
                assert not [span for span in nlp(f"حصلت مصر {written} الدعم").spans["cues"]
                            if span.kb_id_ == str(iri)], form  # not outside its frame
            continue
        if lexicon.has(LEX["folded-homograph"], *form):
            continue  # هنا (here) is the congratulating هنأ only as written: tests/test_nlp.py
        doc = nlp(" ".join(form))
        assert [span.kb_id_ for span in doc.spans["cues"]] == [str(iri)], form


def test_every_actor_label_is_found_by_the_pipeline(lexicon: Lexicon) -> None:
    nlp = make_nlp()
    for form, iri in lexicon.actor_forms.items():
        doc = nlp("و" + " ".join(form))  # with the conjunction attached, as in running text
        assert [span.kb_id_ for span in doc.spans["actors"]] == [str(iri)], form


def test_no_arabic_form_belongs_to_two_concepts(lexicon: Lexicon) -> None:
    """Actor and issue labels, and cue forms, each name one concept (checked on the raw Turtle)."""
    graph = load_ontology()
    groups = {"labels": ([*lexicon.actors, *lexicon.issues], (SKOS.prefLabel, SKOS.altLabel)),
              "cues": (list(lexicon.cues), (KG.form,))}
    for name, (nodes, predicates) in groups.items():
        owners: dict[tuple[str, ...], set[URIRef]] = {}
        for node in nodes:
            for predicate in predicates:
                for label in graph.objects(node, predicate):
                    if isinstance(label, Literal) and label.language == "ar":
                        owners.setdefault(phrase(str(label)), set()).add(node)
        assert not {form: iris for form, iris in owners.items() if len(iris) > 1}, name


def test_actor_classes_align_with_prov() -> None:
    graph = load_ontology()
    assert (KG.Actor, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Agent")) in graph
    assert (KG.Issue, RDFS.subClassOf, SKOS.Concept) in graph


def test_shapes_parse() -> None:
    assert len(load_shapes()) > 0


def test_a_duplicated_label_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import ontology
    original = ontology.ontology_text
    extra = ('@prefix kg: <https://w3id.org/kg-news/ontology#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .'
             ' <urn:x:iraq2> a kg:State ; skos:prefLabel "العراق"@ar .')
    monkeypatch.setattr(ontology, "ontology_text",
                        lambda name: original(name) + (extra if name == "actors.ttl" else ""))
    load_lexicon.cache_clear()
    load_ontology.cache_clear()
    try:
        with pytest.raises(OntologyError, match="belongs to both"):
            load_lexicon()
    finally:
        load_lexicon.cache_clear()
        load_ontology.cache_clear()
