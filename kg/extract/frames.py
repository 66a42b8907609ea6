"""A cue's frame: negation, condition, topic, the particle it needs, and the statements it makes."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from rdflib import URIRef
from spacy.tokens import Span

from ..nlp.components import (
    FACTION,
)
from ..normalize import (
    is_verbal_noun,
    normalize,
    strip_proclitics,
    without_preposition,
)
from ..ontology import Actor, Issue
from ..vocab import KG, LEX
from .issues import known_issue
from .particles import Particles
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    OUR,
    PREPOSITIONS,
    THIRD_PERSON_PRONOUNS,
    Sentence,
    has_particle,
    hedge_at,
    indefinite_accusative,
    is_function_word,
    our,
    pronounless_forms,
    trimmed,
    without_conjunction,
    without_pronoun,
)
from .sponsors import ONLY_IN_FRAME
from .stage import Stage
from .statement import PositionStatement

_FLIPPED = {KG.support: KG.oppose, KG.oppose: KG.support}  # the stance on X of a stance on not-X


MAX_DESCRIPTION = 3  # tokens between an unnamed camp and the issue that names it (معسكر يدعو إلى ...)
_ELATIVE = re.compile("^\u0627(?!\u0644)[^\u0627\u0648\u064a]{3}$")  # أفعل (normalised): أكبر، أخطر، أهم; not الرد، الحل
EXCEPT_REACH = 6  # words back from إلا to the negation that makes it "nothing but" (لا يسع المملكة ... إلا)


MAX_FRONTED_SUBJECT = 8  # tokens of a subject before يجب (أن تطبيع الوضع في سوريا يجب أن يتم ...)
MAX_PROPOSAL_NAME = 4  # tokens of a proposal named before a vote (مشروع القرار الأمريكي الجديد)


_CALL_PARTICLES = ((normalize("\u0625\u0644\u0649"),), ("\u0628",))  # إلى، ب: what a call asks, after whom it addresses
_PEOPLE_PLURALS = ("\u0627\u0621", "\u064a\u0646", "\u0648\u0646")  # أبرياء، المدنيين، المواطنون: people, no act


_NAMED_SUBJECT_RULES = frozenset({"subject-verb", "verb-subject", "clause-subject"})  # an actor named as subject


class Frames(Particles, Stage):
    """A cue's frame: negation, condition, topic, the particle it needs, and the statements it makes."""

    def timed_event(self, s: Sentence, cue: Span) -> bool:
        """بعد الموافقة على الخطة، فور المصادقة على النتائج: a definite verbal noun after a preposition of time, with
        no actor right after it, names the event that dates the clause, held by nobody the sentence names."""
        return cue.start > s.span.start and s.norms[cue.start].startswith(ARTICLE) \
            and s.phrase_ending(cue.start - 1, LEX["time-preposition"]) > 0 \
            and not (cue.end < s.span.end and cue.end in s.mention_start)

    def from_cue(self, s: Sentence, cue: Span) -> tuple[list[PositionStatement], str]:
        """The statements one cue yields, and why (the reason is what `kg explain` prints)."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if self.is_topic(s, cue):
            return [], "only the topic of a discussion (بشأن، حول ...)"
        if self.timed_event(s, cue):
            return [], "an event that dates something (فور المصادقة على ...), not a stance"
        if self.conditional(s, cue):
            return [], "under a condition (إذا، لو ...): hypothetical"
        stance = entry.stance
        if self.denied(s, cue):
            return [], "denied: a clause governed by a verb of denial (نفى أن تكون بلاده قد وافقت) says no stance"
        if self.doubted(s, cue):
            return [], "doubted: a negated hedge over its clause (لا يبدو أن ...)"
        if self.negated(s, cue):
            if entry.when_negated is None:
                return [], "negated, and the cue has no negated reading"
            if entry.kind in (KG.EvaluativeCue, KG.EvaluativeVerbCue) and any(
                s.phrase_at(k, LEX.correction) for k in range(cue.end, min(cue.end + 3, s.span.end))
            ):
                return [], "negated and corrected (ليس خيارا بل ضرورة): what follows بل is the stance"
            stance = entry.when_negated
        elif entry.only_negated:
            return [], "a stance only when negated (لن نسمح ب), an effect otherwise"
        if entry.kind == KG.SponsorCue:
            made = self.sponsors.read(s, cue)
            return made, "" if made else "no proposal named before it, or no sponsor after it (الخطة التي طرحها X)"
        if entry.kind == KG.EffortCue:
            made = self.sponsors.owned(s, cue)
            return made, "" if made else "no owner and aim after it (جهود X لتشجيع ...)"
        if entry.kind in (KG.EvaluativeCue, KG.EvaluativeVerbCue):
            made = list(self.evaluative.read(s, cue, entry.kind == KG.EvaluativeVerbCue, stance))
            return made, "" if made else "an evaluative word that nobody here asserts of an issue"
        if entry.announced:
            verb = self.holders.governing_verb(s, cue)
            if verb is None or s.phrase_at(verb, LEX.denial):  # not نفت الوزارة وقف الهجمات: denied, not announced
                return [], "an act named, not announced (أعلن بدء ...)"
        shared = self.evaluative.shared(s, cue)
        if shared is not None:
            return [shared], ""
        holders, rule, after = self.holders.find(s, cue, entry.kind)
        if entry.named_only and (rule not in _NAMED_SUBJECT_RULES
                                 or any(self.in_relative(s, cue, mention) for _, mention, _ in holders)):
            holders = []  # تهدف الخطة إلى، قالت إنها تهدف إلى، الهجمات التي تعرضت لها السفارة تهدف: a thing's aim
        if not holders:
            return [], "no actor holds it (no subject, genitive, pronoun or known speaker)"
        antecedent = self.antecedent_clause(s, cue)
        if antecedent is not None:  # ...، وهو ما ترفضه مصر تماما: what it rejects is the clause before
            made = [self.make(s, cue, entry.iri, holder, mention, metonymy, *antecedent, rule, stance=stance)
                    for holder, mention, metonymy in holders]
            made = [statement for statement in made if statement is not None]
            return made, "" if made else "no issue follows within the clause"
        if self.verb_pronoun_object(s, cue):  # ...، ورفضته إسرائيل: what it rejects was named before
            named = self.cleft(s, cue) or self.named_before(s, cue)
            made = [self.make(s, cue, entry.iri, holder, mention, metonymy, *named, rule, stance=stance)
                    for holder, mention, metonymy in holders] if named is not None else []
            made = [statement for statement in made if statement is not None]
            return made, "" if made else "its object is a pronoun for what no statement of this sentence names"
        particle = self.particle(s, after, entry.requires) if entry.requires else after
        if particle is not None and entry.addressee and not entry.requires and s.norms[particle][:1] == "\u0644":
            addressed = self.addressee_end(s, particle)
            if addressed:  # جددت دعوتها للمجتمع الدولي، ومجلس الأمن، بتحمل مسؤولياته: whom it addresses, then what
                asked = self.particle(s, addressed, _CALL_PARTICLES)
                if asked is None or not (asked == addressed or s.texts[asked - 1] in COMMAS):
                    return [], "the call names whom it addresses, not what it asks"
                particle = asked
        if particle is not None and entry.addressee and s.norms[particle][:1] == "\u0644" \
                and not any(has_particle(s.norms[particle], p) for p in entry.requires if len(p[0]) > 1) \
                and s.norms[particle].endswith(_PEOPLE_PLURALS):
            particle = None  # دعا للأبرياء، للمدنيين (prayed for them): a call's ل comes before an act (دعا لوقف)
        if particle is None and entry.addressee:
            particle = self.bare_object(s, after)  # وطالب الصفدي المجتمع الدولي اتخاذ ...: no ب

        if particle is None:
            return [], "the particle this cue needs does not follow"
        refused = self.no_noun_object(s, particle) if entry.noun_only else ""
        if refused:
            return [], refused
        if entry.yields and (
            (
                particle + 1 < s.span.end
                and (s.phrase_at(particle + 1, LEX.complementizer) or s.phrase_at(particle + 1, LEX["subject-pronoun"]))
            )
            or (particle < s.span.end and s.lex.has(LEX.complementizer, s.norms[particle][1:]))  # نوه بأن
        ):
            return [], "an affirmation of a clause (شدد على أن ...), not a stance"
        own = max((len(p) for p in entry.requires if len(p) > 1 or len(p[0]) > 1
                   if tuple(s.norms[particle : particle + len(p)]) == p), default=0)
        if own and not s.phrase_at(particle, LEX["issue-preposition"]) and not entry.heads_issue:
            particle += own  # خطوة نحو X: a particle of the cue's own (not a preposition of every issue) is no part of X
        elif entry.heads_issue and particle - 1 >= cue.end and s.phrase_at(particle - 1, LEX.demonstrative):
            particle -= 1  # نفت هذه الرواية: the demonstrative with its noun
        start = self.position_content(s, self.issues.issue_start(s, particle))
        if start == cue.end and self.indefinite_noun_cue(s, cue):
            while start < min(cue.end + 2, s.span.end) and indefinite_accusative(s, start):
                start += 1  # نداءً عاجلاً لوقف العنف، دعما كاملا ل: the noun's adjectives, then what it calls for
        following = s.cue_at.get(start)
        opening = self.lex.cues[URIRef(following.kb_id_)] if following is not None else None
        if opening is not None and opening.kind == KG.EffortCue and entry.yields \
                and without_pronoun(s, start, s.norms[start], min_stem=2) is not None:
            # سيواصل جهوده من أجل ...، أكد على خطته ل ...: one's own effort or plan carries the issue (another's,
            # نوه بجهود الوساطة القطرية، is what the cue is about)
            return [], "its holder's own effort or plan after it carries the issue"
        if opening is not None and (opening.kind in ONLY_IN_FRAME or opening.announced):
            following = None  # a sponsor's, an effort's or an announced act's word (خطة، جهود، وقف) is part of the issue
        if following is not None and following.kb_id_ == cue.kb_id_ and following.end - following.start == 1 \
                and indefinite_accusative(s, start):
            k = following.end  # نرفض رفضا كاملا أي وجود: the verb's own noun and its adjective, then what it rejects
            if k < s.span.end and indefinite_accusative(s, k):
                k += 1  # one adjective of degree (كاملا); a second accusative is what it rejects (رفضا قاطعا مشروعا)
            start, following = self.issues.issue_start(s, k), None
        if following is not None and following.label_ == cue.label_ and s.norms[start][:1] == CONJUNCTION:
            # رفضها وإدانتها لمحاولات الضم، إدانتها واستنكارها الشديدين للهجوم: two nouns of one stance, one issue
            k = following.end
            while k < s.span.end and k - following.end < 2 and s.norms[k].startswith(ARTICLE) and (
                k not in s.mention_start and k not in s.cue_at
            ):
                k += 1
            start, following = self.issues.issue_start(s, k), None
        if following is not None and following.label_ != cue.label_ and entry.yields:
            return [], "an affirmation: the cue that opens its issue gives the stance (تأكيده على رفض ...)"
        if following is not None and stance == KG.support and self.lex.cues[URIRef(following.kb_id_)].stance == KG.oppose:
            # تمسكهم برفض التدخلات، دعا إلى رفض الخطة: wanting a rejection is the rejection, of what it rejects
            stance, start = KG.oppose, self.issues.issue_start(s, following.end)
        if following is not None and following.label_ == cue.label_:
            if self.evaluates_next(s, following):
                start = self.issues.issue_start(s, following.end)  # حذر من خطورة X، دعا إلى ضرورة X: the issue is X
            elif (entry.yields or s.phrase_at(cue.start, LEX.manner)) and self.has_own_particle(s, following):
                return [], "the next cue of the same stance carries the issue"
            # دعا إلى دعم الجيش: the call's issue is the support it asks for
        if (
            start < s.span.end
            and stance in _FLIPPED
            and not entry.yields
            and (s.phrase_at(start, LEX.negation) or s.phrase_at(start, LEX.refrain))
        ):
            # طالب بعدم التدخل، دعا إلى عدم السماح ب: asking that it not happen opposes it (an affirmation of
            # non-interference, التأكيد على عدم التدخل, stays support for it)
            stance, start = (
                _FLIPPED[stance],
                start + max(s.phrase_at(start, LEX.negation), s.phrase_at(start, LEX.refrain)),
            )
        if start < s.span.end and stance != KG.support and s.phrase_at(start, LEX["non-issue"]):
            # رفض التعليق، طلب عدم الكشف عن هويته: declined to comment (دعا إلى الكشف عن: asked for it)
            return [], "an idiom, not an issue (رفض التعليق: declined to comment)"
        end = self.issues.issue_end(s, start)
        if entry.impersonal and start < end and s.phrase_at(start, LEX["manner-verb"]):
            start, end = self.manner_issue(s, cue, start)
        elif entry.impersonal and self.lone_verb(s, start, end):
            verb, (start, end) = start, self.manner_issue(s, cue, start)  # الاتفاق يجب أن يصمد: the subject must hold
            if start == verb or start in s.mention_start:
                return [], "what must be so is a verb without its subject, or an actor's doing (بوتين يجب أن يتوقف)"
            if s.phrase_at(verb, LEX["cessation-verb"]) and stance in _FLIPPED:
                stance, end = _FLIPPED[stance], self.subject_end(s, start, cue.start)  # ما يحدث يجب أن يتوقف
        if start < end and s.phrase_at(start, LEX["vote-noun"]):
            start, end = self.voted_on(s, cue, start, end)
        if s.phrase_at(cue.start, LEX.manner) and (end == start or self.closed_after(s, cue.end)):
            start, end = self.issues.manner_object(s, cue, holders)  # تتابع التطورات بقلق بالغ، مشيرا: the object
        if end <= start:
            return [], "no issue follows within the clause"
        if entry.with_cue and stance == entry.when_negated and self.right(s, start):
            stance = entry.stance  # لن تتنازل عن حقها في التخصيب: not giving up a right upholds it
        elif entry.with_cue:
            start = cue.start  # لن تتنازل عن أرضها: giving up its land
        first = min((m.start for _, m, _ in holders if m is not None), default=cue.start)
        holders = holders + [h for h in self.holders.alongside(s, min(first, cue.start), end) if h[0] not in
                             {held for held, _, _ in holders}]
        # طالب بأن ...، وأن ...: a clause goes on the list of a cue whose own issue is a clause, or of one no verb of
        # saying came before (أكد أن الأردن يرفض ...، وأن ...: that clause is the verb of saying's)
        clauses = (start > s.span.start and s.phrase_ending(start - 1, LEX.complementizer) > 0) \
            or not s.reported_before(cue.start)
        made = []
        for holder, mention, metonymy in holders:
            pieces = [(start, end), *self.issues.listed(s, end, clauses)]
            for piece_start, piece_end in [part for a, b in pieces for part in self.issues.conjoined(s, a, b)]:
                piece_stance = stance
                if piece_start > start and stance in _FLIPPED and not entry.yields \
                        and s.lex.has(LEX.negation, s.norms[piece_start].removeprefix(CONJUNCTION)):
                    piece_stance, piece_start = _FLIPPED[stance], piece_start + 1  # ...، وعدم التهجير: opposes it
                elif piece_start > start and stance in _FLIPPED and not entry.yields \
                        and (refrained := self.issues.refrain_end(s, piece_start)):
                    # ...، والامتناع الكامل عن استخدام القوة: refraining from it opposes it
                    piece_stance, piece_start = _FLIPPED[stance], refrained
                statement = self.make(
                    s, cue, entry.iri, holder, mention, metonymy, piece_start, piece_end, rule, stance=piece_stance
                )
                if statement is not None:
                    made.append(statement)
            purpose = self.purpose(s, made[-1], end, mention) if made else None
            if purpose is not None:
                made.append(purpose)
            excluded = self.without(s, made[-1], end, mention) if made else None
            if excluded is not None:
                made.append(excluded)
        return made, "" if made else "no issue follows within the clause"

    @staticmethod
    def subject_end(s: Sentence, start: int, cue: int) -> int:
        """Where the subject before an obligation ends: before its و, or a predicate after a comma."""
        end = cue
        while end > start + 1 and (s.texts[end - 1] in COMMAS or s.norms[end - 1] == CONJUNCTION):
            end -= 1
        return end

    @staticmethod
    def lone_verb(s: Sentence, start: int, end: int) -> bool:
        """The issue is one imperfect verb and nothing after it (يجب أن يتوقف، أن يصمد)."""
        return end - start == 1 and s.norms[start][:1] in ("\u064a", "\u062a") and start > s.span.start \
            and s.phrase_ending(start - 1, LEX.complementizer) > 0  # أن يتوقف، أن تنتهي

    def manner_issue(self, s: Sentence, cue: Span, verb: int) -> tuple[int, int]:
        """أن هذه العودة يجب أن تتم بما يضمن ...، العملية يجب أن تكون ذات ملكية سودانية: what must be so is the
        subject before the cue as the verb after it says: the issue runs from that subject, through the cue, to the
        verb's complement (the complement alone where no subject, or a negation, comes first)."""
        after = verb + s.phrase_at(verb, LEX["manner-verb"])
        end = self.issues.issue_end(s, after)
        comp = self.evaluative.complementizer_before(s, cue.start)
        first = comp + 1 if comp is not None else s.opening()
        if 0 < cue.start - first <= MAX_FRONTED_SUBJECT and not any(k in s.boundary for k in range(first + 1, cue.start)) \
                and first not in s.cue_at and not s.doc[first].is_punct \
                and not any(s.phrase_at(k, LEX.negation) for k in range(first, cue.start)):  # not الحل لا يجب أن
            return first, max(end, after)
        return after, end

    @staticmethod
    def no_noun_object(s: Sentence, k: int) -> str:
        """Why what follows a noun-only cue at token k is no object it takes a stance on, or "" if it is one."""
        if k >= s.span.end:
            return ""
        if s.phrase_at(k, LEX.complementizer) or s.phrase_at(k, LEX["occurrence-noun"]) or any(
                s.lex.has(LEX.complementizer, form) for form, _ in strip_proclitics(s.norms[k])):
            return "a clause or an event after it: a forecast (استبعد أن ...، استبعد حصول ...), no stance"
        if k in s.mention_start or s.phrase_at(k, LEX["source-preposition"]):
            return "whom it leaves out, or from what (استبعدت إيران من المحادثات): an exclusion, no stance"
        return ""

    @staticmethod
    def closed_after(s: Sentence, i: int) -> bool:
        """Only adverbs come between token i and the clause's end (بقلق بالغ، ...)."""
        while i < s.span.end and s.phrase_at(i, LEX.adverb):
            i += s.phrase_at(i, LEX.adverb)
        return i >= s.span.end or s.punct[i]

    def voted_on(self, s: Sentence, cue: Span, start: int, end: int) -> tuple[int, int]:
        """امتنع عن التصويت على مشروع القرار / حصل القرار على 13 صوتا مع امتناع روسيا عن التصويت: what was
        voted on (after على, else the last proposal named before the cue) is the issue, not the vote."""
        on = start + s.phrase_at(start, LEX["vote-noun"])
        if on < end and s.phrase_at(on, LEX["issue-preposition"]):
            return on + s.phrase_at(on, LEX["issue-preposition"]), end
        proposal = next((k for k in range(cue.start - 1, s.span.start - 1, -1) if s.phrase_at(k, LEX["proposal-noun"])), None)
        if proposal is None:
            return start, end
        named = proposal + s.phrase_at(proposal, LEX["proposal-noun"])
        while named < min(cue.start, proposal + MAX_PROPOSAL_NAME) and not s.punct[named] and (
            s.norms[named].startswith(ARTICLE) or s.texts[named].isdigit()
        ):
            named += 1  # القرار 2803، مشروع القرار الأمريكي
        return proposal, named

    def has_own_particle(self, s: Sentence, cue: Span) -> bool:
        """The cue needs no particle, or its particle follows (not ستواصل العمل ضمن: عمل على has no على here)."""
        requires = self.lex.cues[URIRef(cue.kb_id_)].requires
        return not requires or self.particle(s, cue.end, requires) is not None

    def right(self, s: Sentence, i: int) -> bool:
        """حقها، حقوقنا، الحق في: a right (with or without its pronoun) at token i."""
        word = s.norms[i]
        forms = (word, without_pronoun(s, i, word, min_stem=2) or "", word[: -len(OUR)] if our(word) else "")
        return any(s.lex.has(LEX["right-noun"], form) for form in forms)

    def own(self, s: Sentence, cue: Span, holder: Actor) -> bool:
        """The actor named last before the cue is the holder, or speaks for it, or none is named: a pronoun after
        the cue is theirs (مصرا على موقفه؛ حزب الله، وعلى لسان قاسم، مصرا على موقفه), not another's (انتقد الحكومة
        الإسرائيلية ورفض سياستها)."""
        last = max((m for m in s.mention_end.values() if m.end <= cue.start), key=lambda m: m.end, default=None)
        resolved = self.actors.actor(last) if last is not None else None
        return last is None or (resolved is not None and (
            resolved[0] == holder or (holder.iri is not None and self.lex.members.get(resolved[0].iri) == holder.iri)))

    def denied(self, s: Sentence, cue: Span) -> bool:
        """نفى أن تكون بلاده قد وافقت: a verb of denial governs the cue's clause; denying a stance is no stance."""
        governing = self.governing(s, cue)
        return any(s.phrase_at(i, LEX.denial) for i in range(s.span.start, cue.start) if s.clause[i] in governing)

    def negated(self, s: Sentence, cue: Span) -> bool:
        """لا/لم/لن/ليس/غير/عدم shortly before the cue cancel it; لا يزال (still) does not.

        The negation may sit on the verb that expresses a stance noun: لم تبد موسكو أي اعتراض.
        """
        i, steps = cue.start - 1, 0
        passable = (LEX.hedge, LEX["light-verb"], LEX.continuity, LEX["express-verb"], LEX.possession, LEX.any,
                    LEX["reporting-verb"], LEX.copula)  # لا يرى ضرورة ل: the verb that says the cue
        while i >= s.span.start and steps < 4 and s.clause[i] == s.clause[cue.start]:
            if s.phrase_at(i, LEX.negation):
                if self.exceptive(s, i):
                    return False  # لا يمكن إلا استنكار، لا نملك إلا الترحيب: nothing but, so it is held
                after = i + 1
                return not (
                    after < s.span.end
                    and (s.phrase_at(after, LEX.continuity) or s.phrase_at(after, LEX.complementizer))
                )
            if i in s.mention_end:
                i = s.mention_end[i].start - 1  # the subject between the verb and its object
                continue
            if not any(s.phrase_at(i, word_set) for word_set in passable) \
                    and not (i == cue.start - 1 and s.phrase_at(i, LEX["state-preposition"])):  # لسنا في حاجة
                return False
            i, steps = i - 1, steps + 1
        return False

    @staticmethod
    def exceptive(s: Sentence, i: int) -> bool:
        """إلا (except), which normalises as ألا (that not) does: written with إ, or after a negation of its clause
        (لا ... إلا: only)."""
        if not s.phrase_at(i, LEX.exceptive):
            return False
        return s.texts[i][:1] == "\u0625" or any(
            s.phrase_at(k, LEX.negation) for k in range(max(s.span.start, i - EXCEPT_REACH), i) if s.clause[k] == s.clause[i]
        )

    def doubted(self, s: Sentence, cue: Span) -> bool:
        """لا يبدو أن موسكو مستعدة: a negated hedge over the cue's clause doubts it; nobody is said to hold it."""
        governing = self.governing(s, cue)
        return any(
            s.phrase_at(i, LEX.negation) and s.phrase_at(i + 1, LEX.hedge)
            for i in range(s.span.start, cue.start - 1)
            if s.clause[i] in governing
        )

    def conditional(self, s: Sentence, cue: Span) -> bool:
        """إذا رفضت ... : a stance under a condition is hypothetical, not held."""
        clause = s.clause[cue.start]
        return any(s.phrase_at(i, LEX.conditional) for i in range(s.span.start, cue.start) if s.clause[i] == clause)

    def is_topic(self, s: Sentence, cue: Span) -> bool:
        """بشأن ضرورة ...: a cue that is only the topic of talks asserts no one's stance."""
        before = cue.start - 1
        return before >= s.span.start and s.phrase_ending(before, LEX["topic-preposition"]) > 0

    def evaluates_next(self, s: Sentence, cue: Span) -> bool:
        """An evaluative noun in construct with what follows it (خطورة استهداف السفن): it qualifies the issue. A
        loaded term (أدان العدوان الإسرائيلي) is the issue itself."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        return (
            entry.kind == KG.EvaluativeCue
            and not entry.loaded
            and cue.end < s.span.end
            and cue.end not in s.boundary
            and not s.punct[cue.end]
            and not s.space[cue.end]
        )

    @cached_property
    def pronoun_prepositions(self) -> tuple[str, ...]:
        """The prepositions pronoun_object reads: the proclitics, and the one-word kgl:issue-preposition and
        kgl:adjunct-preposition forms, a final ى also written ي (لدى -> لديه); read once, not per statement."""
        words = [form[0] for name in ("issue-preposition", "adjunct-preposition") for form in self.lex.words[LEX[name]]
                 if len(form) == 1]
        return (*PREPOSITIONS, *words, *(w[:-1] + "\u064a" for w in words if w.endswith("\u0649")))

    def pronoun_object(self, word: str) -> bool:
        """به، لهم، عنه، معهم، عليه، لديه: a preposition on a third-person pronoun, which points to what was said
        before (إليكم, to you, does not)."""
        return any(word.startswith(p) and word[len(p):] in THIRD_PERSON_PRONOUNS for p in self.pronoun_prepositions)

    def lone_reference(self, s: Sentence, i: int, holder: Actor) -> bool:
        """A one-word issue that only points elsewhere: a verbal noun whose object is a pronoun (احترامها; not
        بتعهداتها, its commitments), or a mention of the holder itself (المجالي ... رفض المملكة)."""
        mention = s.mention_start.get(i)
        if mention is not None and mention.end == i + 1:
            resolved = self.actors.actor(mention)
            return resolved is not None and (resolved[0] == holder or resolved[0].iri == holder.member_of)
        stem = without_pronoun(s, i, s.norms[i], min_stem=3)
        if stem is not None and stem[:1] in PREPOSITIONS and len(stem) > 4:
            stem = stem[1:]  # لتحقيقه: to achieve it
        return stem is not None and not stem.startswith(ARTICLE) and is_verbal_noun(stem)

    @staticmethod
    def in_relative(s: Sentence, cue: Span, mention: Span | None) -> bool:
        """The mention is named inside a relative clause of the cue's clause (الهجمات التي تعرضت لها السفارة تهدف):
        not the subject of the cue's verb."""
        return mention is not None and any(
            s.clause[k] == s.clause[cue.start] and s.phrase_at(k, LEX["relative-pronoun"])
            for k in range(s.span.start, mention.start)
        )

    @staticmethod
    def indefinite_noun_cue(s: Sentence, cue: Span) -> bool:
        """نداءً، دعما، دعوةً: a one-word cue in the indefinite accusative (tanwin written, or its alef)."""
        word = s.norms[cue.start]
        return cue.end - cue.start == 1 and not word.startswith((ARTICLE, CONJUNCTION)) and (
            "\u064b" in s.texts[cue.start] or indefinite_accusative(s, cue.start))  # not دعمها

    def make(
        self,
        s: Sentence,
        cue: Span,
        cue_iri: URIRef,
        holder: Actor,
        mention: Span | None,
        metonymy: bool,
        start: int,
        end: int,
        rule: str,
        *,
        issue: Issue | None = None,
        label: str = "",
        stance: URIRef | None = None,
    ) -> PositionStatement | None:
        if end <= start or not any(len(s.norms[i]) >= 3 and not is_function_word(s, i) for i in range(start, end)):
            return None
        if any(
            s.phrase_at(k, LEX["circumstance-preposition"]) > start - k for k in range(max(s.span.start, start - 2), start + 1)
        ):
            return None  # وجاءت دعوته بعد يوم من ...، أكد على متن طائرته: when or where it came is no issue
        if s.phrase_at(start, LEX.demonstrative) and (start + 1 >= end or not s.norms[start + 1].startswith(ARTICLE)):
            return None  # ترفض ذلك بشكل قاطع: a demonstrative without its noun points to an earlier sentence
        if rule.startswith("evaluative") and s.phrase_at(start, LEX.demonstrative) and end - start <= 2 \
                and s.phrase_at(start + 1, LEX["period-noun"]):
            return None  # هذا الأسبوع كان مثمرا، هذه المرحلة تشكل خطرا: a time evaluated is no issue
        if end == start + 1 and (
            _ELATIVE.match(s.norms[start])
            or s.phrase_at(start, LEX.negation)  # اعتبرت غير مثمرة: the negation of the evaluation
            or s.phrase_at(start, LEX["clause-boundary"])  # ...، لكن ذلك: a clause opens, no issue
            or any(s.lex.has(LEX["empty-noun"], f) for f, _ in strip_proclitics(s.norms[start]))
            or self.pronoun_object(s.norms[start])
            or (any(s.lex.has(LEX["position-noun"], form) for form in pronounless_forms(s, start))
                and self.own(s, cue, holder))
        ):
            return None  # "أكبر أزمة"، أمر، لهم، مصر على موقفه: an elative, an empty noun, a pronoun or one's own
            # position alone is no issue
        if end == start + 1 and start == cue.end and s.norms[start].startswith(ARTICLE) \
                and s.norms[start].endswith(("\u064a", "\u064a\u0647")) and start not in s.mention_start:
            return None  # موافقته النهائية: the cue's own adjective is no issue
        if end == start + 1 and self.lone_reference(s, start, holder):
            return None  # يجب احترامها، رفض المملكة: what the pronoun stands for, or the holder itself, is elsewhere
        if end == start + 2 and self.pronoun_object(s.norms[start + 1]):
            return None  # نعتزم القيام به: what "it" is was said before
        if (
            mention is not None
            and mention.label_ == FACTION
            and " " not in holder.label_ar
            and mention.end <= start <= mention.end + MAX_DESCRIPTION
        ):
            # An unnamed camp is named by what it is said to do: معسكر يدعو إلى نهج براغماتي.
            described = self.document.text[
                mention.start_char + mention._.clitic : s.doc[min(end, start + 2) - 1].idx
                + len(s.texts[min(end, start + 2) - 1])
            ]
            holder = replace(holder, label_ar=without_conjunction(described))
        text_start, text_end = s.doc[start].idx, s.doc[end - 1].idx + len(s.texts[end - 1])
        issue_text = self.document.text[text_start:text_end]
        sent_start, sent_end = trimmed(s.span, s.space)
        return PositionStatement(
            doc_id=self.document.doc_id,
            holder=holder,
            holder_text=mention.text if mention is not None else "",
            stance=stance or self.lex.cues[cue_iri].stance,
            issue_text=issue_text,
            issue_start=text_start,
            issue_end=text_end,
            sentence=self.document.text[sent_start:sent_end],
            char_start=sent_start,
            char_end=sent_end,
            source=self.attribution.source,
            cue=cue_iri,
            cue_text=cue.text,
            rule=rule,
            hedged=self.hedged(s, cue, start),
            via_metonymy=metonymy,
            issue=issue if issue is not None else known_issue(issue_text, self.lex),
            issue_label=label or without_preposition(issue_text),
        )

    def hedged(self, s: Sentence, cue: Span, issue_start: int) -> bool:
        """A hedge in the cue's clause, in the clause that governs it (من المتوقع أن ...), or in an
        aside between the cue and its issue (تسعى واشنطن، بحسب مسؤولين، إلى ...)."""
        clauses = {s.clause[cue.start]} | self.governing(s, cue)
        before = any(hedge_at(s, i) for i in range(s.span.start, cue.start) if s.clause[i] in clauses)
        return before or any(hedge_at(s, i) for i in range(cue.end, min(issue_start, s.span.end)))

    def governing(self, s: Sentence, cue: Span) -> set[int]:
        """The clause before the complementizer that opens the cue's clause, if it does."""
        first = min(i for i in range(s.span.start, cue.start + 1) if s.clause[i] == s.clause[cue.start])
        if s.phrase_at(first, LEX.complementizer) and first - 1 >= s.span.start:
            return {s.clause[first - 1]}
        return set()

    def without(
        self, s: Sentence, statement: PositionStatement, end: int, mention: Span | None
    ) -> PositionStatement | None:
        """دعا إلى حل سياسي، دون أي تدخل خارجي / بعيدا عن الإملاءات: whoever wants X without Y opposes Y (دون تأخير
        says how, not what)."""
        if statement.stance != KG.support:
            return None
        first = s.doc.char_span(statement.issue_start, statement.issue_end, alignment_mode="expand")
        after = end + (1 if end < s.span.end and s.texts[end] in COMMAS else 0)
        k = next((i for i in range(first.start + 1, min(after, s.span.end - 1) + 1) if s.phrase_at(i, LEX.without)), None)
        if k is None or self.issues.manner_after(s, k):
            return None  # دون تأخير، دون شروط مسبقة: how it is asked for
        start = k + s.phrase_at(k, LEX.without)
        while start < s.span.end and s.phrase_at(start, LEX.any):
            start += s.phrase_at(start, LEX.any)  # دون أي تدخل
        made = self.make(
            s, s.doc[k:start], statement.cue, statement.holder, mention, statement.via_metonymy, start,
            self.issues.issue_end(s, start), "without", stance=KG.oppose,
        )
        return replace(made, hedged=statement.hedged) if made is not None else None

    @staticmethod
    def addressee_end(s: Sentence, k: int) -> int:
        """After a call's ل at token k, where whom it addresses ends (an actor, المجتمع الدولي, الأطراف), else 0."""
        if k in s.mention_start:
            return s.mention_start[k].end
        length = s.phrase_at(k, LEX["addressee-noun"])
        return k + length if length else 0

    @staticmethod
    def purpose_after_comma(s: Sentence, end: int) -> bool:
        """A comma, then ل and a derived verbal noun (لإيقاف، لضمان): the aim of what came before."""
        k = end + 1
        if s.texts[end] not in COMMAS or k >= s.span.end or k in s.mention_start:
            return False
        norm = s.norms[k]
        return norm[:1] == "\u0644" and norm[:2] != "\u0644\u0644" and is_verbal_noun(norm[1:]) \
            and k + 1 not in s.mention_start and not s.phrase_at(k, LEX["occurrence-noun"])  # لانتهاك واشنطن: a cause

    def purpose(
        self, s: Sentence, statement: PositionStatement, end: int, mention: Span | None
    ) -> PositionStatement | None:
        """… بهدف احتواء X: whoever supports the means also supports the stated aim."""
        if statement.stance != KG.support or end >= s.span.end:
            return None
        length = s.phrase_at(end, LEX.purpose)
        if length:
            start = end + length
        elif self.purpose_after_comma(s, end):
            start = end + 1  # إلى الاضطلاع بمسؤولياته، لإيقاف الانتهاكات: ل and a verbal noun after the comma
        else:
            return None
        made = self.make(
            s,
            s.doc[end:start],
            statement.cue,
            statement.holder,
            mention,
            statement.via_metonymy,
            start,
            self.issues.issue_end(s, start),
            "purpose",
            stance=KG.support,
        )
        return replace(made, hedged=statement.hedged) if made is not None else None
