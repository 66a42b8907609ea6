"""The base of the walk's stages: each reads the document, the lexicon and its sibling stages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..document import Document
    from ..ontology import Actor, Lexicon
    from .actors import Actors
    from .attribution import Attribution
    from .evaluative import Evaluative
    from .extractor import Extractor
    from .frames import Frames
    from .holders import Holders
    from .issues import Issues
    from .sponsors import Sponsors
    from .statement import PositionStatement


class Stage:
    """One job of the walk over a document; bind() hands it what the walk shares once every stage exists."""

    doc: Doc
    document: Document
    lex: Lexicon
    outlet: Actor
    report_author: Actor | None
    statements: list[PositionStatement]
    actors: Actors
    attribution: Attribution
    holders: Holders
    issues: Issues
    frames: Frames
    evaluative: Evaluative
    sponsors: Sponsors

    def __init__(self, walk: Extractor) -> None:
        self.walk = walk

    def bind(self) -> None:
        walk = self.walk
        self.doc, self.document, self.lex = walk.doc, walk.document, walk.lex
        self.outlet, self.report_author, self.statements = walk.outlet, walk.report_author, walk.statements
        self.actors, self.attribution, self.holders = walk.actors, walk.attribution, walk.holders
        self.issues, self.frames, self.evaluative = walk.issues, walk.frames, walk.evaluative
        self.sponsors = walk.sponsors
