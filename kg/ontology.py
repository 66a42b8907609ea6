"""Load the Turtle ontology and turn its labels and forms into look-up tables for the extractor."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .errors import OntologyError
from .normalize import nisba_forms, normalize
from .vocab import KG, LEX, WD

ONTOLOGY_FILES = ("kg.ttl", "networks.ttl", "actors.ttl", "states.ttl", "issues.ttl", "concepts.ttl", "lexicon.ttl")
SHAPES_FILE = "shapes.ttl"
PLACES = frozenset({KG.City, KG.Seat})  # places whose names stand for a state (capitals, seats of government)

_WORD = re.compile(r"\w+")

Phrase = tuple[str, ...]


def joined_compound(form: Phrase, heads: frozenset[str]) -> Phrase:
    """A name with a compound head (عبد، أبو: kgl:name-prefix) and its next word written as one, as the press
    often prints them.

    >>> joined_compound(("عبد", "الفتاح", "البرهان"), frozenset({"عبد"}))
    ('عبدالفتاح', 'البرهان')
    """
    words: list[str] = []
    for word in form:
        if words and words[-1] in heads and word.startswith("ال"):
            words[-1] += word
        else:
            words.append(word)
    return tuple(words)


def hard_g(form: Phrase) -> Phrase:
    """A foreign name's /g/ as the Egyptian press writes it, with ج where others write غ.

    >>> hard_g(("انطونيو", "غوتيريش"))
    ('انطونيو', 'جوتيريش')
    """
    return tuple(word.replace("\u063a", "\u062c") for word in form)


def split_compound(form: Phrase, heads: frozenset[str]) -> Phrase:
    """The other spelling: عبدالله written as two words.

    >>> split_compound(("عبدالله", "السعدي"), frozenset({"عبد"}))
    ('عبد', 'الله', 'السعدي')
    """
    words: list[str] = []
    for word in form:
        head = next((h for h in heads if word.startswith(h + "ال") and len(word) > len(h) + 3), None)
        words.extend((head, word[len(head):]) if head else (word,))
    return tuple(words)


def phrase(text: str) -> Phrase:
    """Normalised word tuple of a label or form, the key every look-up table uses.

    >>> phrase("خط كركوك - بانياس")
    ('خط', 'كركوك', 'بانياس')
    """
    return tuple(_WORD.findall(normalize(text)))


@dataclass(frozen=True)
class Actor:
    iri: URIRef | None
    kind: URIRef
    label_en: str | None
    label_ar: str
    qid: str | None = None
    member_of: URIRef | None = None
    role: str | None = None

    @property
    def name(self) -> str:
        """The canonical name: English where there is one, else Arabic."""
        return self.label_en or self.label_ar


@dataclass(frozen=True)
class Cue:
    iri: URIRef
    kind: URIRef
    stance: URIRef
    requires: tuple[Phrase, ...] = ()
    when_negated: URIRef | None = None
    yields: bool = False  # kg:yieldsToCue: a stance cue that opens its issue gives the stance instead
    addressee: bool = False  # kg:takesAddressee: دعا X إلى، هنأ X على
    impersonal: bool = False  # kg:impersonal: يجب، ينبغي take no subject
    act: bool = False  # kg:namesAct: إسرائيل تنتهك الاتفاق: the doer's act is the issue
    only_negated: bool = False  # kg:onlyNegated: لن نسمح ب; سمح alone tells an effect
    loaded: bool = False  # kg:loadedTerm: أن العدوان الإسرائيلي أسفر: naming it so opposes it
    with_cue: bool = False  # kg:issueIncludesCue: لن تتنازل عن أرضها: giving up its land is the issue
    charges: bool = False  # kg:chargesDeed: اتهمها بالعدوان ودعم ...: what joins its issue is more of the charge
    announced: bool = False  # kg:announcedAct: أعلنت طهران تشغيل ...: an act only as what a verb announces
    heads_issue: bool = False  # kg:requiredHeadsIssue: نفى الاتهامات: the required noun begins the issue
    noun_only: bool = False  # kg:nounObjectOnly: استبعد الحل العسكري; استبعد أن ... is a forecast
    named_only: bool = False  # kg:namedSubjectOnly: تهدف الخطة إلى; only a named subject holds it
    on_thing: URIRef | None = None  # kg:onThing: الحقوق المائية خط أحمر defends what one keeps; التهجير opposed


@dataclass(frozen=True)
class Issue:
    iri: URIRef
    label_en: str | None
    label_ar: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor knows, read from the ontology and nothing else."""

    actors: dict[URIRef, Actor]
    actor_forms: dict[Phrase, URIRef]
    stands_for: dict[URIRef, URIRef]
    cues: dict[URIRef, Cue]
    cue_forms: dict[Phrase, URIRef]
    issues: dict[URIRef, Issue]
    issue_forms: dict[Phrase, URIRef]
    words: dict[URIRef, frozenset[Phrase]] = field(default_factory=dict)
    demonyms: dict[str, URIRef] = field(default_factory=dict)
    members: dict[URIRef, URIRef] = field(default_factory=dict)
    # kg:constructForm: وزير خارجية عمان is Oman's, where عمان alone is Amman
    construct: dict[str, URIRef] = field(default_factory=dict)
    # one-word function words (and obligation cues) as written (no letters folded): على is not the name علي
    written: dict[URIRef, frozenset[str]] = field(default_factory=dict)
    lengths: dict[URIRef, int] = field(default_factory=dict)
    by_first_word: dict[str, list[tuple[URIRef, Phrase]]] = field(default_factory=dict)
    issues_by_first_word: dict[str, list[tuple[Phrase, URIRef]]] = field(default_factory=dict)
    # The function-word entries each word can begin: kg.extract.sentence fills it on first use of a word.
    entries_by_word: dict[str, tuple[tuple[URIRef, Phrase], ...]] = field(default_factory=dict, compare=False,
                                                                         repr=False)

    def __post_init__(self) -> None:
        self.lengths.update({ws: max((len(p) for p in forms), default=0) for ws, forms in self.words.items()})
        for word_set, forms in self.words.items():
            for form in forms:
                self.by_first_word.setdefault(form[0], []).append((word_set, form))
        for form, iri in self.issue_forms.items():
            self.issues_by_first_word.setdefault(form[0], []).append((form, iri))

    def has(self, word_set: URIRef, *words: str) -> bool:
        """True when the normalised words form an entry of the function-word set."""
        return tuple(words) in self.words.get(word_set, frozenset())

    def max_len(self, word_set: URIRef) -> int:
        """The longest entry of a function-word set, in words."""
        return self.lengths.get(word_set, 0)


def ontology_text(name: str) -> str:
    """The text of one shipped Turtle file."""
    resource = files("kg.ontology_files") / name
    if not resource.is_file():
        raise OntologyError(f"ontology file {name} is missing from the installation")
    return resource.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """The ontology, actors, issues and lexicon as one rdflib graph (parsed once per process)."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        try:
            graph.parse(data=ontology_text(name), format="turtle")
        except SyntaxError as exc:  # rdflib raises BadSyntax, a SyntaxError
            raise OntologyError(f"ontology file {name} does not parse: {exc}") from exc
    return graph


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    return Graph().parse(data=ontology_text(SHAPES_FILE), format="turtle")


def _label(graph: Graph, node: URIRef, lang: str) -> str | None:
    for label in graph.objects(node, SKOS.prefLabel):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return None


def _arabic_forms(graph: Graph, node: URIRef, *predicates: URIRef) -> list[Phrase]:
    return [phrase(str(o)) for p in predicates for o in graph.objects(node, p)
            if isinstance(o, Literal) and o.language == "ar" and phrase(str(o))]


def _subclasses(graph: Graph, root: URIRef) -> set[URIRef]:
    return {c for c in graph.transitive_subjects(RDFS.subClassOf, root) if isinstance(c, URIRef)}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Build the look-up tables; a label claimed by two concepts is an ontology error."""
    graph = load_ontology()
    actors: dict[URIRef, Actor] = {}
    actor_forms: dict[Phrase, URIRef] = {}
    stands_for: dict[URIRef, URIRef] = {}

    def claim(table: dict[Phrase, URIRef], key: Phrase, iri: URIRef) -> None:
        if table.get(key, iri) != iri:
            raise OntologyError(f"Arabic form {' '.join(key)} belongs to both {table[key]} and {iri}")
        table[key] = iri

    heads = frozenset(form[0] for form in _arabic_forms(graph, LEX["name-prefix"], KG.form) if len(form) == 1)
    actor_classes = _subclasses(graph, KG.Actor) - {KG.Actor}
    for kind in sorted(actor_classes | PLACES):
        for node in sorted(graph.subjects(RDF.type, kind)):
            label_ar = _label(graph, node, "ar")
            if label_ar is None:
                raise OntologyError(f"{node} has no Arabic skos:prefLabel")
            qids = [str(o)[len(str(WD)):] for o in graph.objects(node, OWL.sameAs) if str(o).startswith(str(WD))]
            for form in _arabic_forms(graph, node, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                claim(actor_forms, form, node)
                spellings = (joined_compound(form, heads), split_compound(form, heads))
                for variant in spellings + ((hard_g(form),) if kind == KG.Person else ()):
                    if variant != form and actor_forms.get(variant, node) == node:
                        actor_forms[variant] = node  # عبدالفتاح البرهان as printed, for عبد الفتاح البرهان
            if kind in PLACES:
                state = graph.value(node, KG.capitalOf if kind == KG.City else KG.seatOf)
                if state is not None:
                    stands_for[node] = state
            actors[node] = Actor(node, kind, _label(graph, node, "en"), label_ar, qids[0] if qids else None)

    cues: dict[URIRef, Cue] = {}
    cue_forms: dict[Phrase, URIRef] = {}
    for kind in sorted(_subclasses(graph, KG.Cue) - {KG.Cue}):
        for node in sorted(graph.subjects(RDF.type, kind)):
            stance = graph.value(node, KG.signals)
            if stance is None:
                raise OntologyError(f"cue {node} signals no stance")
            requires = tuple(phrase(str(o)) for o in graph.objects(node, KG.requires))
            flags = [graph.value(node, p) for p in (KG.yieldsToCue, KG.takesAddressee, KG.impersonal, KG.namesAct, KG.onlyNegated, KG.loadedTerm,
                                                   KG.issueIncludesCue, KG.chargesDeed, KG.announcedAct,
                                                   KG.requiredHeadsIssue, KG.nounObjectOnly, KG.namedSubjectOnly)]
            cues[node] = Cue(node, kind, stance, requires, graph.value(node, KG.whenNegated),
                             *(flag is not None and flag.toPython() is True for flag in flags),
                             on_thing=graph.value(node, KG.onThing))
            for form in _arabic_forms(graph, node, KG.form):
                claim(cue_forms, form, node)

    issues: dict[URIRef, Issue] = {}
    issue_forms: dict[Phrase, URIRef] = {}
    for node in sorted(graph.subjects(RDF.type, KG.Issue)):
        label_ar = _label(graph, node, "ar")
        if label_ar is None:
            raise OntologyError(f"issue {node} has no Arabic skos:prefLabel")
        issues[node] = Issue(node, _label(graph, node, "en"), label_ar)
        for form in _arabic_forms(graph, node, SKOS.prefLabel, SKOS.altLabel):
            claim(issue_forms, form, node)

    words = {node: frozenset(_arabic_forms(graph, node, KG.form))
             for node in graph.subjects(RDF.type, KG.FunctionWords) if isinstance(node, URIRef)}
    demonyms: dict[str, URIRef] = {}
    for state in sorted(graph.subjects(KG.demonym, None)):
        for adjective in graph.objects(state, KG.demonym):
            for form in nisba_forms(str(adjective)):
                if demonyms.setdefault(form, state) != state:
                    raise OntologyError(f"demonym {form} belongs to both {demonyms[form]} and {state}")
    members = {s: o for s, o in graph.subject_objects(KG.memberOf) if s in actors and o in actors}
    written = {node: frozenset(normalize(str(o), fold=False) for o in graph.objects(node, KG.form)
                               if isinstance(o, Literal) and o.language == "ar" and len(phrase(str(o))) == 1)
               for node in [*words, *(iri for iri, cue in cues.items() if cue.kind == KG.ObligationCue)]}
    construct = {normalize(str(o)): s for s, o in graph.subject_objects(KG.constructForm) if s in actors}
    return Lexicon(actors, actor_forms, stands_for, cues, cue_forms, issues, issue_forms, words, demonyms, members,
                   construct, written)
