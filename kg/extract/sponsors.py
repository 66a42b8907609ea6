"""Sponsors: whoever proposes or mediates a proposal supports it (الخطة التي طرحها X، الاتفاق الذي أبرم بوساطة X)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..vocab import LEX
from .sentence import PREPOSITIONS, Sentence
from .stage import Stage
from .statement import Holder, PositionStatement

MAX_PROPOSAL_DISTANCE = 10  # tokens from the proposal noun to the sponsor cue: its name and a short relative clause
_PRONOUN_OBJECTS = ("به", "بها", "بهما", "بهم")  # تقدمت به: the relative's pronoun after the verb


class Sponsors(Stage):
    """Who proposes or mediates supports the proposal named before the cue, in the same clause."""

    def read(self, s: Sentence, cue: Span) -> list[PositionStatement]:
        proposal = self.proposal_before(s, cue)
        if proposal is None:
            return []
        start, end = proposal
        made = (
            self.frames.make(s, cue, URIRef(cue.kb_id_), actor, mention, metonymy, start, end, "sponsor")
            for actor, mention, metonymy in self.sponsors_after(s, cue)
        )
        return [statement for statement in made if statement is not None]

    def proposal_before(self, s: Sentence, cue: Span) -> tuple[int, int] | None:
        """The proposal's span: from the nearest proposal noun before the cue to the relative pronoun that
        opens the cue's clause. A verb needs that relative (الخطة التي طرحها); a noun of mediation after a
        preposition may follow the proposal directly (وقف إطلاق النار بوساطة قطر)."""
        relative = None
        for k in range(cue.start - 1, max(s.span.start, cue.start - MAX_PROPOSAL_DISTANCE) - 1, -1):
            if s.punct[k] or s.phrase_at(k, LEX.complementizer):
                return None
            if s.phrase_at(k, LEX["relative-pronoun"]):
                if relative is not None:
                    return None  # a second relative: the proposal belongs to another clause
                relative = k
                continue
            if relative is not None or s.norms[cue.start][:1] in PREPOSITIONS:
                if s.phrase_at(k, LEX["proposal-noun"]):
                    while k - 1 >= s.span.start and s.phrase_at(k - 1, LEX["proposal-noun"]):
                        k -= 1  # اتفاق وقف إطلاق النار: a proposal noun in construct with another
                    return k, relative if relative is not None else cue.start
        return None

    def sponsors_after(self, s: Sentence, cue: Span) -> list[Holder]:
        """The actors after the cue: its subject (تقدمت به المملكة المتحدة), the agent after من (بوساطة من
        مصر وقطر), or a demonym (بوساطة مصرية)."""
        i = cue.end
        if i < s.span.end and s.norms[i] in _PRONOUN_OBJECTS:
            i += 1
        if i < s.span.end and s.phrase_at(i, LEX.agent):
            i += s.phrase_at(i, LEX.agent)
        i = self.actors.after_honorifics(s, i)
        if i in s.mention_start and not self.actors.governed_by_clitic(s, s.mention_start[i]):
            return self.actors.resolve(s, self.actors.coordinated(s, s.mention_start[i]))
        state = self.lex.demonyms.get(s.norms[i]) if i < s.span.end else None
        if state is not None:
            return [(self.lex.actors[state], None, False)]
        return []
