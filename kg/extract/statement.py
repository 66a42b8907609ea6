"""What extraction yields: position statements, the decision on each cue, and a document's extraction."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from spacy.tokens import Span

from ..document import Document
from ..ontology import Actor, Issue


@dataclass(frozen=True)
class PositionStatement:
    """One claim, in one sentence, that an actor holds a stance toward an issue."""

    doc_id: str
    holder: Actor
    holder_text: str
    stance: URIRef
    issue_text: str
    issue_start: int
    issue_end: int
    sentence: str
    char_start: int
    char_end: int
    source: Actor
    cue: URIRef
    cue_text: str
    rule: str
    hedged: bool = False
    via_metonymy: bool = False
    issue: Issue | None = None
    issue_label: str = ""

    def __post_init__(self) -> None:
        if self.rule not in RULE_CONFIDENCE:  # every rule says how sure it is; a new one must too
            raise ValueError(f"rule {self.rule!r} has no confidence in RULE_CONFIDENCE")

    @property
    def confidence(self) -> float:
        """The rule's confidence, lowered for a hedged claim."""
        value = RULE_CONFIDENCE[self.rule]
        return round(value * (0.9 if self.hedged else 1.0), 2)

    @property
    def stance_name(self) -> str:
        return self.stance.fragment


# How sure each rule is, from the dev set and the seed: subject positions are reliable;
# pronouns, elided subjects and inherited stances lean on context and are less so.
RULE_CONFIDENCE = {
    "subject-verb": 0.9,
    "verb-subject": 0.9,
    "genitive": 0.85,
    "demonym": 0.8,
    "opinion-object": 0.8,
    "clause-subject": 0.75,
    "relative-subject": 0.75,
    "evaluative-predicate": 0.75,
    "evaluative-object": 0.7,
    "evaluative-subject": 0.7,
    "evaluative-act": 0.7,
    "loaded-term": 0.6,
    "coordinated-object": 0.7,
    "pronoun-subject": 0.7,
    "elided-subject": 0.7,
    "coordinated-verb": 0.75,
    "purpose": 0.65,
    "without": 0.6,
    "sponsor": 0.75,
    "owner": 0.7,
    "shared-stance": 0.6,
    "first-person": 0.7,
    "obligation": 0.6,
    "matrix-subject": 0.65,
    "speaker": 0.6,
}


@dataclass(frozen=True)
class Decision:
    """What became of one cue: the statements it made, or why it made none."""

    cue_text: str
    stance: str
    char_start: int
    statements: tuple[PositionStatement, ...]
    reason: str


@dataclass(frozen=True)
class Extraction:
    """What one document yields: its statements, and who published and authored it."""

    document: Document
    outlet: Actor
    report_by: Actor | None
    statements: tuple[PositionStatement, ...]
    decisions: tuple[Decision, ...] = ()
    voices: tuple[tuple[int, str], ...] = ()  # (sentence start, who speaks there) where someone is named or unnamed


Holder = tuple[Actor, "Span | None", bool]
