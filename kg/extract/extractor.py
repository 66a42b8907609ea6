"""The walk over a document: attribution first, then each cue's frame, holders and issue."""

from __future__ import annotations

from rdflib import URIRef
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.tokens import Doc

from ..document import Document
from ..nlp.components import (
    doc_norms,
)
from ..ontology import Lexicon, load_lexicon
from .actors import Actors, outlet_actor, report_author
from .attribution import Attribution
from .evaluative import Evaluative
from .frames import Frames
from .holders import Holders
from .issues import Issues
from .sentence import by_sentence, is_heading, prepare
from .sponsors import ONLY_IN_FRAME, Sponsors
from .statement import Decision, Extraction, PositionStatement


class Extractor:
    """Walks one document, sentence by sentence, through the stages; keeps what has been said."""

    def __init__(self, doc: Doc, document: Document, lex: Lexicon) -> None:
        self.doc, self.document, self.lex = doc, document, lex
        self.outlet = outlet_actor(document, lex)
        self.report_author = report_author(doc, document, lex)
        self.statements: list[PositionStatement] = []
        self.decisions: list[Decision] = []
        self.voices: list[tuple[int, str]] = []  # the attribution stage's decision per sentence, for kg explain
        self.actors = Actors(self)
        self.attribution = Attribution(self)
        self.holders = Holders(self)
        self.issues = Issues(self)
        self.frames = Frames(self)
        self.evaluative = Evaluative(self)
        self.sponsors = Sponsors(self)
        stages = (self.actors, self.attribution, self.holders, self.issues, self.frames, self.evaluative, self.sponsors)
        for stage in stages:
            stage.bind()

    def run(self) -> list[PositionStatement]:
        flags = self.doc.to_array([IS_PUNCT, IS_SPACE]).astype(bool).tolist()
        strings = self.doc.vocab.strings
        texts = [strings[orth] for orth in self.doc.to_array(ORTH).tolist()]
        tokens = doc_norms(self.doc), [p for p, _ in flags], [w for _, w in flags], texts
        actors, cues = list(self.doc.spans["actors"]), list(self.doc.spans["cues"])
        for sent in self.doc.sents:
            if is_heading(sent, tokens[1], tokens[2]):
                continue
            s = prepare(sent, self.lex, tokens, by_sentence(actors, sent), by_sentence(cues, sent))
            self.attribution.update_speaker(s)
            speaker = self.attribution.speaker
            if speaker != self.outlet:
                self.voices.append((sent.start_char, speaker.name if speaker is not None else ""))
            consumed: set[int] = set()
            for start in sorted(s.cue_at):
                cue = s.cue_at[start]
                if (
                    start in consumed
                    and self.lex.cues[URIRef(cue.kb_id_)].kind not in ONLY_IN_FRAME
                    and self.holders.position_owner(s, cue) is None
                    and not self.holders.described_actor(s, cue)
                ):
                    # a sponsor names the proposal before it, and دورها الداعم its owner: inside another's issue
                    # is where they stand
                    self.decisions.append(
                        Decision(cue.text, cue.label_, cue.start_char, (), "inside another statement's issue")
                    )
                    continue
                made, reason = self.frames.from_cue(s, cue)
                for statement in made:
                    self.add(statement)
                    # a cue between this one and the end of its issue (دعا إلى ضرورة X، X) is part of its frame
                    consumed.update(c for c in s.cue_at if start < c and self.doc[c].idx < statement.issue_end)
                self.decisions.append(Decision(cue.text, cue.label_, cue.start_char, tuple(made), reason))
        return self.statements

    def add(self, statement: PositionStatement) -> None:
        key = (statement.holder, statement.stance, statement.issue_text, statement.char_start)
        if all((x.holder, x.stance, x.issue_text, x.char_start) != key for x in self.statements):
            self.statements.append(statement)


def extract(doc: Doc, document: Document, lexicon: Lexicon | None = None) -> Extraction:
    """All position statements of one parsed document, in text order."""
    extractor = Extractor(doc, document, lexicon or load_lexicon())
    statements = tuple(extractor.run())
    return Extraction(
        document,
        extractor.outlet,
        extractor.report_author,
        statements,
        tuple(extractor.decisions),
        tuple(extractor.voices),
    )
