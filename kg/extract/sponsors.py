"""Sponsors and owners: whoever proposes or mediates a proposal supports it (الخطة التي طرحها X، الاتفاق الذي أبرم
بوساطة X); whoever makes an effort or plan supports its aim (جهود الأمم المتحدة لتشجيع الحوار)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..normalize import has_verb_shape, is_verbal_noun, strip_proclitics
from ..ontology import Actor
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    BARE_PRONOUNS,
    COMMAS,
    CONJUNCTION,
    CONJUNCTIONS,
    PREPOSITIONS,
    QUOTE_MARKS,
    Sentence,
    is_function_word,
    our_verb,
    without_pronoun,
)
from .stage import Stage
from .statement import Holder, PositionStatement

MAX_PROPOSAL_DISTANCE = 10  # tokens from the proposal noun to the sponsor cue: its name and a short relative clause
ONLY_IN_FRAME = frozenset({KG.SponsorCue, KG.EffortCue})  # cues that read only their own frame, even inside
# another statement's issue (رحبت مصر بالجهود التي يبذلها المغرب لـ ...)


def resumptive(word: str) -> bool:
    """به، بها: ب on a bare pronoun, the relative clause's pronoun after its verb (تقدمت به)."""
    return word[:1] == PREPOSITIONS[0] and word[1:] in BARE_PRONOUNS


class Sponsors(Stage):
    """Who proposes or mediates supports the proposal named before the cue; who makes an effort, its aim."""

    def read(self, s: Sentence, cue: Span) -> list[PositionStatement]:
        proposal = self.proposal_before(s, cue)
        if proposal is not None:
            holders = self.sponsors_after(s, cue)
            named = [mention for _, mention, _ in holders if mention is not None]
            included = self.included_end(s, max(m.end for m in named)) if named else None
            if included is None and self.bare_step(s, *proposal):
                return []  # الخطوات التي تتخذها الحكومة: steps with nothing said of them
            proposal = (proposal[0], included or proposal[1])
        else:
            holders, proposal = self.proposal_after(s, cue)
        if proposal is None:
            return []
        start, end = proposal
        made = (
            self.frames.make(s, cue, URIRef(cue.kb_id_), actor, mention, metonymy, start, end, "sponsor")
            for actor, mention, metonymy in holders
        )
        return [statement for statement in made if statement is not None]

    def bare_step(self, s: Sentence, start: int, end: int) -> bool:
        """A proposal that is only a noun of steps or measures (بالخطوات), nothing of its own."""
        return end - start == 1 and any(s.lex.has(LEX["step-noun"], form) for form, _ in strip_proclitics(s.norms[start]))

    def included_end(self, s: Sentence, i: int) -> int | None:
        """الخطوات التي اتخذها الاتحاد، بما فيها تعليق العقوبات / القرار الذي اتخذته واشنطن بشأن تصنيف الجماعة: what
        the proposal includes or is about, named after its sponsor, goes on it; the end of it, or None."""
        k = i + (1 if i < s.span.end and s.texts[i] in COMMAS else 0)
        while k < s.span.end and s.texts[k] in QUOTE_MARKS:
            k += 1
        length = max(self.issues.inclusion_at(s, k), s.phrase_at(k, LEX["topic-preposition"])) if k < s.span.end else 0
        return self.issues.issue_end(s, k + length) if length and k + length < s.span.end else None

    def proposal_after(self, s: Sentence, cue: Span) -> tuple[list[Holder], tuple[int, int] | None]:
        """قدّمت روسيا مشروع قرارها، روسيا طرحت مبادرة: a verb of proposing with its subject (after or before
        it) and a proposal for its object."""
        if s.norms[cue.start][:1] in PREPOSITIONS:
            return [], None  # بوساطة names no object
        i = self.actors.after_honorifics(s, cue.end)
        mention = s.mention_start.get(i)
        if mention is not None and not self.actors.in_phrase(s, mention):
            mentions = self.actors.coordinated(s, mention)
            i = self.actors.past_aside(s, mentions[-1].end)
        else:
            before = s.mention_end.get(self.actors.skip_back(s, cue.start))
            if before is None or self.actors.in_phrase(s, before) or s.clause[before.start] != s.clause[cue.start]:
                return [], None
            mentions = [before]
        if i >= s.span.end or not s.phrase_at(i, LEX["proposal-noun"]):
            return [], None
        return self.actors.resolve(s, mentions), (i, self.issues.issue_end(s, i))

    def proposal_before(self, s: Sentence, cue: Span) -> tuple[int, int] | None:
        """The proposal's span: from the nearest proposal noun before the cue to the relative pronoun that
        opens the cue's clause. A verb needs that relative (الخطة التي طرحها), or after an indefinite proposal
        the pronoun that resumes it (مشروع قرار تقدمت به); a noun of mediation after a preposition may follow
        the proposal directly (وقف إطلاق النار بوساطة قطر). Without a relative, only the proposal's own words
        stand between."""
        relative = end = None
        for k in range(cue.start - 1, max(s.span.start, cue.start - MAX_PROPOSAL_DISTANCE) - 1, -1):
            if relative == k + 1 and s.texts[k] in COMMAS:
                end = k  # القرار، الذي صاغته الولايات المتحدة: a comma before the relative
                continue
            if s.punct[k] or s.phrase_at(k, LEX.complementizer):
                return None
            if s.phrase_at(k, LEX["relative-pronoun"]):
                if relative is not None:
                    return None  # a second relative: the proposal belongs to another clause
                relative = k
                continue
            if relative is not None or s.norms[cue.start][:1] in PREPOSITIONS or self.resumed(s, cue):
                if s.phrase_at(k, LEX["proposal-noun"]):
                    if relative is None and not self.adjacent(s, k, cue):
                        return None
                    while k - 1 >= s.span.start and s.phrase_at(k - 1, LEX["proposal-noun"]):
                        k -= 1  # اتفاق وقف إطلاق النار: a proposal noun in construct with another
                    return k, end or relative or cue.start
        return None

    def adjacent(self, s: Sentence, k: int, cue: Span) -> bool:
        """Only the proposal's own words (no actor, cue or function word) between it at k and a verb cue."""
        if s.norms[cue.start][:1] in PREPOSITIONS:
            return True  # بوساطة attaches to the proposal through its own preposition
        end = k + s.phrase_at(k, LEX["proposal-noun"])
        return all(
            i not in s.cue_at and i not in s.mention_start and not is_function_word(s, i) for i in range(end, cue.start)
        )

    def resumed(self, s: Sentence, cue: Span) -> bool:
        """مشروع قرار تقدمت به دول المجلس، خطة طرحتها مصر: after an indefinite proposal the relative clause has no
        relative pronoun, only the pronoun that resumes the proposal (به after the verb, or on it)."""
        after = cue.end < s.span.end and resumptive(s.norms[cue.end])
        return after or without_pronoun(s, cue.start, s.norms[cue.start], min_stem=2) is not None

    def sponsors_after(self, s: Sentence, cue: Span) -> list[Holder]:
        """The actors after the cue: its subject (تقدمت به المملكة المتحدة), the agent after من (بوساطة من
        مصر وقطر), or a demonym (بوساطة مصرية)."""
        i = cue.end
        if i < s.span.end and resumptive(s.norms[i]):
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

    def owned(self, s: Sentence, cue: Span) -> list[PositionStatement]:
        """جهود الأمم المتحدة لتشجيع الحوار، الجهود التي يبذلها المغرب من أجل ...، خطة الحكومة لنزع السلاح: the
        owner of an effort or plan (the genitive after it, the subject of the relative's verb, or the subject
        its pronoun stands for) supports its aim (ل before a verbal noun, or a purpose marker)."""
        i = cue.end
        if i + 1 < s.span.end and s.norms[i].startswith(ARTICLE) and self.adjective(s, i) \
                and s.phrase_at(i + 1, LEX["relative-pronoun"]):
            i += 1  # المساعي الحميدة التي تقودها السعودية: an adjective before the relative
        if i < s.span.end and s.phrase_at(i, LEX["relative-pronoun"]):
            i += 1  # التي يبذلها: the verb after the relative; its subject owns the effort
            if i >= s.span.end or s.punct[i] or i in s.mention_start:
                return []
            i += 1
            if i < s.span.end and resumptive(s.norms[i]):
                i += 1  # التي تقوم بها
        i = self.actors.after_honorifics(s, i)
        mention = s.mention_start.get(i)
        nisbas, after = self.holders.demonym_after(s, cue)
        if not nisbas:  # جهود الوساطة القطرية لغرس بذور السلام، جهود الوساطة السعودية–الإماراتية الهادفة إلى
            nisbas, after = self.nisba_of_genitive(s, cue)
        if nisbas:  # الجهود الأممية الرامية إلى ...، ضغوط أمريكية ل...
            return self.aimed(s, cue, [(nisba, None, False) for nisba in nisbas], after)
        if mention is None or self.actors.governed_by_clitic(s, mention):
            mention = self.possessor(s, cue)
            if mention is None:
                if self.attribution.voiced() and s.phrase_ending(self.actors.skip_back(s, cue.start), LEX.existential):
                    # قال إن هناك خطة لخروج التحالف: the speaker's side has the plan
                    return self.aimed(s, cue, [(self.attribution.speaker, None, False)], cue.end)
                owner = self.verb_possessor(s, cue)
                if owner is None and self.attribution.voiced() and self.our_verb_before(s, cue):
                    owner = (self.attribution.speaker, None, False)  # لقد بذلنا جهدا ل...: the speaker's side
                return self.aimed(s, cue, [owner], cue.end) if owner is not None else []
            mentions, after = [mention], cue.end
        else:
            mentions = self.actors.coordinated(s, mention)
            after = self.actors.past_aside(s, mentions[-1].end)
        return self.aimed(s, cue, self.actors.resolve(s, mentions), after)

    def aimed(self, s: Sentence, cue: Span, owners: list[Holder], after: int) -> list[PositionStatement]:
        """The owners' statements on the aim that begins at or shortly after token after."""
        for _ in range(3):  # محاولات واشنطن الحالية لفصل ...: an adjective or a few between the owner and the aim
            if self.aim_at(s, after) is None and after < s.span.end and self.adjective(s, after):
                after += 1
        aim = self.aim_at(s, after)
        if aim is None:
            return []
        end = self.issues.issue_end(s, aim)
        made = (
            self.frames.make(s, cue, URIRef(cue.kb_id_), actor, held, metonymy, aim, end, "owner")
            for actor, held, metonymy in owners
        )
        return [statement for statement in made if statement is not None]

    def nisba_of_genitive(self, s: Sentence, cue: Span) -> tuple[list[Actor], int]:
        """جهود الوساطة القطرية: the states the nisbas after the effort's genitive name, and the token after them."""
        i = cue.end
        if i + 1 >= s.span.end or not s.norms[i].startswith(ARTICLE) or i in s.mention_start or i in s.cue_at:
            return [], i
        return self.holders.joined_demonyms(s, i + 1)

    def possessor(self, s: Sentence, cue: Span) -> Span | None:
        """تواصل بغداد مساعيها لبسط سيطرتها: an effort with its owner's pronoun belongs to the subject right
        before it."""
        if without_pronoun(s, cue.start, s.norms[cue.start], min_stem=2) is None:
            return None  # مساعيها, not مبادرة
        j = self.actors.skip_back(s, cue.start)
        mention = s.mention_end.get(j)
        if mention is None and j >= s.span.start and s.phrase_at(j, LEX.complementizer):
            matrix = self.attribution.matrix_subject(s, cue.start)  # أكدت عمان أن جهودها ل...: the subject's
            return matrix[1] if matrix is not None else None
        if mention is None or self.actors.in_phrase(s, mention):
            return None
        return mention

    def verb_possessor(self, s: Sentence, cue: Span) -> Holder | None:
        """إنه سيواصل جهوده من أجل ...، بأنها تواصل جهودها ل: an effort with its owner's pronoun right after a verb
        with no named subject belongs to the sentence's subject, else its speaker."""
        if without_pronoun(s, cue.start, s.norms[cue.start], min_stem=2) is None:
            return None
        j = self.actors.skip_back(s, cue.start)
        word = s.norms[j] if j >= s.span.start else ""
        word = word[1:] if word[:1] in (*CONJUNCTIONS, "\u0633") and len(word) > 4 else word  # و، ف، the future's س
        if not has_verb_shape(word) or j in s.mention_end or (
                j in s.cue_at and not self.lex.cues[URIRef(s.cue_at[j].kb_id_)].yields):  # سيواصل جهوده: it yields
            return None
        matrix = self.attribution.matrix_subject(s, cue.start)
        if matrix is not None:
            return matrix
        return (self.attribution.speaker, None, False) if self.attribution.voiced() else None

    def our_verb_before(self, s: Sentence, cue: Span) -> bool:
        """بذلنا جهدا، نبذل جهودا: a verb in the first person plural right before the effort noun."""
        j = self.actors.skip_back(s, cue.start)
        if j < s.span.start or j in s.mention_end or j in s.cue_at or not s.doc[j].is_alpha:
            return False
        word = s.norms[j]
        return our_verb(word[1:] if word[:1] in CONJUNCTIONS and len(word) > 4 else word)

    def aim_at(self, s: Sentence, i: int) -> int | None:
        """Where an aim begins at token i: after a purpose marker (من أجل، الرامية إلى), or at ل before a
        verbal noun (لتشجيع، للحد); None where none begins."""
        if i >= s.span.end:
            return None
        marker = s.phrase_at(i, LEX.purpose) or s.phrase_at(i, LEX["aim-participle"])
        if marker:
            return i + marker if i + marker < s.span.end else None
        word = s.norms[i]
        if i in s.mention_start or is_function_word(s, i) or not word.startswith("ل"):
            return None  # لبنان، لها: a name or a pronoun, no aim
        if word.startswith("لل"):  # للحد من، للتوصل إلى, not a plan's name (خطة ترامب للسلام)
            stem = word[2:]
            return i if is_verbal_noun(stem) or len(stem) <= 3 or (stem[:1] == "ت" and len(stem) <= 5) else None
        stem = word[1:]
        if is_verbal_noun(stem):
            return i  # لتشجيع، لإعادة
        stem = without_pronoun(s, i, stem) or stem  # لتجريده: the verbal noun takes its object's pronoun
        form_one = len(stem) == 3 or (len(stem) == 4 and stem[2] == "و")  # Form I: لفصل، لنزع، لوقف، لخروج
        return i if is_verbal_noun(stem) or form_one else None

    def adjective(self, s: Sentence, i: int) -> bool:
        """A word that is neither a name, a cue nor a function word, definite like the noun before it: an adjective
        of the owner (محاولات واشنطن الحالية، برنامج واضح)."""
        word = s.norms[i][1:] if s.norms[i][:3] == CONJUNCTION + ARTICLE else s.norms[i]  # والإنسانية: a second one
        return (
            (word.startswith(ARTICLE) or not (s.norms[i - 1].startswith(ARTICLE) or i - 1 in s.mention_end))
            and i not in s.mention_start
            and i not in s.cue_at
            and not s.punct[i]
            and not is_function_word(s, i)
        )
