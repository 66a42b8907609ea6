"""Closed namespaces of our terms: a typo raises instead of minting a new IRI."""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-news/"

ACTOR = Namespace(BASE + "actor/")
ISSUE = Namespace(BASE + "issue/")
CUE = Namespace(BASE + "cue/")
CONCEPT = Namespace(BASE + "concept/")
DATA = Namespace(BASE + "data/")
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """Classes and properties of ontology/kg.ttl (a test checks the two agree)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    Actor: URIRef
    Agreement: URIRef
    ArmedGroup: URIRef
    City: URIRef
    Concept: URIRef
    Cue: URIRef
    Document: URIRef
    EvaluativeCue: URIRef
    EvaluativeVerbCue: URIRef
    ObligationCue: URIRef
    SponsorCue: URIRef
    EffortCue: URIRef
    FunctionWords: URIRef
    GovernmentBody: URIRef
    InternationalOrganisation: URIRef
    Issue: URIRef
    LexicalEntry: URIRef
    MediaOutlet: URIRef
    NonGovernmentalOrganisation: URIRef
    NounCue: URIRef
    Person: URIRef
    PoliticalFaction: URIRef
    PositionStatement: URIRef
    Seat: URIRef
    Stance: URIRef
    State: URIRef
    StateCollective: URIRef
    ThinkTank: URIRef
    VerbCue: URIRef
    about: URIRef
    agree: URIRef
    agreement: URIRef
    agreements: URIRef
    argumentClass: URIRef
    automaticConcepts: URIRef
    codebook: URIRef
    concept: URIRef
    conceptBasis: URIRef
    disagree: URIRef
    head: URIRef
    inverter: URIRef
    oppositeHead: URIRef
    slots: URIRef
    capitalOf: URIRef
    charEnd: URIRef
    charStart: URIRef
    concern: URIRef
    confidence: URIRef
    contentHash: URIRef
    cue: URIRef
    cueText: URIRef
    demonym: URIRef
    document: URIRef
    form: URIRef
    hedged: URIRef
    holder: URIRef
    holderText: URIRef
    issue: URIRef
    issueEnd: URIRef
    issueStart: URIRef
    issueText: URIRef
    issues: URIRef
    memberOf: URIRef
    members: URIRef
    oppose: URIRef
    outlet: URIRef
    place: URIRef
    reportBy: URIRef
    requires: URIRef
    reserved: URIRef
    role: URIRef
    rule: URIRef
    sentenceText: URIRef
    signals: URIRef
    seatOf: URIRef
    source: URIRef
    sourceFile: URIRef
    stance: URIRef
    stances: URIRef
    support: URIRef
    url: URIRef
    viaMetonymy: URIRef
    whenNegated: URIRef
    onThing: URIRef
    yieldsToCue: URIRef
    takesAddressee: URIRef
    impersonal: URIRef
    namesAct: URIRef
    onlyNegated: URIRef
    issueIncludesCue: URIRef
    chargesDeed: URIRef
    announcedAct: URIRef
    requiredHeadsIssue: URIRef
    nounObjectOnly: URIRef
    namedSubjectOnly: URIRef
    constructForm: URIRef
    loadedTerm: URIRef


class LEX(DefinedNamespace):
    """Function-word sets of ontology/lexicon.ttl that the extractor reads by name."""

    _fail = True
    _NS = Namespace(BASE + "lexicon/")
    _extras = ["accompaniment", "act-preposition", "asset-noun", "designation-particle", "aim-participle", "addressee-noun", "according-to", "armed-adjective", "armed-noun", "body-noun", "circumstance-preposition", "clause-boundary", "concept-filler", "concept-inverter", "concept-light", "express-verb", "faction-noun", "first-form-verbal-noun", "first-person-pronoun", "given-name", "group-noun", "honorific", "institution-noun",
               "issue-preposition", "led-by", "alongside", "governments-noun", "light-verb", "manner-noun", "modal-particle", "name-link", "name-prefix", "non-issue", "opinion-verb", "own-country", "pair-noun", "passive-auxiliary", "content-verb", "copula", "one-of", "time-word", "adverb-head", "pair-title", "attendee-noun", "whoever", "member-in", "member-link", "issued-by", "issuer-preposition", "not-a-cue", "fronted-predicate", "adjunct-preposition", "ambiguous-name", "ambiguous-demonym-organ", "anonymous-official", "what-relative", "so-called", "copula-pronoun", "number-word", "object-pronoun", "totality", "folded-homograph", "camp-noun", "cessation-verb", "subordinate-to", "organ-noun", "plural-title", "existential", "inclusion", "verb-negation", "already", "verb-link", "portfolio", "counterpart", "step-noun", "empty-noun", "issued-statement", "statement-qualifier", "channel-preposition", "channel-noun", "possession", "any", "first-person-singular", "list-disjunction", "association-noun", "call-particle", "in-it", "came-in", "right-noun", "vote-noun", "without", "without-manner", "contrast-clause", "cause-preposition", "predicate-noun", "honorific-pronoun", "time-antecedent", "manner-verb", "time-preposition", "period-noun",
               "part-noun", "party-noun", "position-noun", "posted-to", "proposal-noun", "quantifier", "region", "refrain", "relative-pronoun", "relay-preposition", "relay-verb", "report-noun", "reporting-verb", "resolution-noun", "share-verb", "state-noun", "state-title", "statement-noun", "subject-pronoun", "title-adjective", "organ-adjective", "occurrence-noun", "source-preposition", "state-preposition",
               "topic-preposition", "correction", "exceptive"]

    adverb: URIRef
    agent: URIRef
    between: URIRef
    affiliation: URIRef
    complementizer: URIRef
    conditional: URIRef
    continuity: URIRef
    demonstrative: URIRef
    denial: URIRef
    hedge: URIRef
    locative: URIRef
    manner: URIRef
    negation: URIRef
    office: URIRef
    purpose: URIRef
    same: URIRef
    title: URIRef


class KGN(DefinedNamespace):
    """Terms of ontology/networks.ttl: the discourse networks that kg.networks.to_rdf writes."""

    _fail = True
    _NS = Namespace(BASE + "network#")

    Network: URIRef
    Tie: URIRef
    actor: URIRef
    agreement: URIRef
    concept: URIRef
    count: URIRef
    end: URIRef
    issue: URIRef
    kind: URIRef
    level: URIRef
    network: URIRef
    node: URIRef
    normalization: URIRef
    sign: URIRef
    stance: URIRef
    start: URIRef
    weight: URIRef


def _resolved(namespace: type[DefinedNamespace]) -> None:
    """Make each declared term a plain class attribute: rdflib builds a new URIRef on every `KG.holder`
    (1.7 µs), and the extractor and the graph writer read these terms hundreds of times per document."""
    for name in namespace.__annotations__:
        setattr(namespace, name, namespace._NS[name])


for _namespace in (KG, LEX, KGN):
    _resolved(_namespace)
