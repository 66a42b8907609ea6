"""Who holds a cue's stance: its subject, genitive or pronoun, else the subject or speaker it goes on for."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..nlp.components import OWN_COUNTRY, PAIR, PERSON, STATE, STATE_ORGAN, definite_phrase_end
from ..normalize import is_verbal_noun, word_variants
from ..vocab import KG, LEX
from .clues import Clues
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    CONJUNCTIONS,
    MAX_SUBJECT_DISTANCE,
    PLACE_LABELS,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTE_MARKS,
    REPORTING_VERB,
    THIRD_PERSON_PRONOUNS,
    Sentence,
    first_person,
    has_particle,
    indefinite_accusative,
    is_function_word,
    second_person,
    trimmed,
    without_conjunction,
)
from .stage import Stage
from .statement import Holder, PositionStatement
from .verbs import Verbs, feminine_verb

RESUMPTIVE_REACH = 8  # words after a relative's verb where a pronoun may go back to the antecedent
_REPORTED_RULES = frozenset({"owner", "sponsor"})  # statements the sentence reports of others, not its subject's
MAX_SUBJECT_ADJECTIVES = 2  # adjectives between a fronted subject and its verb (الحكومة الليبية المكلفة تهاجم)


class Holders(Clues, Verbs, Stage):
    """Who holds a cue's stance: its subject, genitive or pronoun, else the subject or speaker it goes on for."""

    def main_verb_subject(self, s: Sentence, cue: Span) -> Holder | None:
        """The named subject of the first verb of saying or stance that opens a clause after a comma, after the
        cue: the main verb a sentence-opening participle goes with."""
        for k in range(cue.end + 1, s.span.end):
            if s.texts[k - 1] in COMMAS and (k in s.cue_at or s.phrase_at(k, REPORTING_VERB)
                                             or s.phrase_at(k, LEX["express-verb"])):
                return self.attribution.verb_subject(s, k)
        return None

    @staticmethod
    def particle_object(s: Sentence, k: int, requires: tuple[tuple[str, ...], ...]) -> bool:
        """Token k is the cue's particle with what it takes (إلى الحوار، بالانسحاب), not a word of a name that
        begins with its letter (لبنان، لحزب الله)."""
        if k in s.mention_start or any(m.start < k < m.end for m in s.mention_start.values()):
            return False
        word = s.norms[k]
        return any(has_particle(word, p) and (len(p) > 1 or len(p[0]) > 1 or word[1:].startswith(ARTICLE)
                                              or is_verbal_noun(word[1:])) for p in requires)

    def find(self, s: Sentence, cue: Span, kind: URIRef) -> tuple[list[Holder], str, int]:
        """Who holds the cue's stance, which rule found them, and where the issue may begin."""
        if second_person(s, cue):
            return [], "", cue.end  # أنتم تريدون ...: those the speaker addresses, unnamed
        impersonal = self.lex.cues[URIRef(cue.kb_id_)].impersonal
        if kind == KG.ObligationCue or impersonal:
            # على إسرائيل وقف عملياتها، ينبغي لجميع الأطراف أن ...: the one it is on does not want it; who says it does
            holder = self.attribution.matrix_subject(s, cue.start)
            if holder is None and self.attribution.voiced():
                holder = (self.attribution.speaker, None, False)
            if cue.end in s.mention_start:
                after = s.mention_start[cue.end].end
                if after < s.span.end and s.texts[after] == "(":  # على قوات سوريا الديمقراطية (قسد) الامتناع
                    close = next((k for k in range(after + 1, min(after + 5, s.span.end)) if s.texts[k] == ")"), None)
                    after = close + 1 if close is not None else after
            elif kind == KG.ObligationCue:  # على المليشيات الحوثية التخلي: whom it is on, no list names
                on = cue.end + (1 if cue.end + 1 < s.span.end and s.phrase_at(cue.end, LEX.totality) else 0)
                after = s.mention_start[on].end if on in s.mention_start else definite_phrase_end(s.norms, on)
            else:
                after = cue.end
            requires = self.lex.cues[URIRef(cue.kb_id_)].requires
            if impersonal and any(tuple(s.norms[cue.end : cue.end + len(p)]) == p for p in requires):
                after = cue.end  # جزء لا يتجزأ من الأراضي، خطوة نحو: its own particle right after it
            elif impersonal:
                after = next(
                    (
                        k
                        for k in range(cue.end, min(cue.end + MAX_SUBJECT_DISTANCE, s.span.end))
                        if s.phrase_at(k, LEX.complementizer)
                    ),
                    cue.end,
                )  # past لجميع الأطراف to أن
            rule = "obligation" if kind == KG.ObligationCue else "matrix-subject"
            return ([holder], rule, after) if holder is not None else ([], "", after)
        if cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["passive-auxiliary"]):
            return [], "", cue.end  # القرار الذي تم تبنيه: a passive names no one who holds it
        if kind == KG.VerbCue and cue.start > s.span.start and s.phrase_at(cue.start - 1, LEX.whoever) \
                and s.norms[cue.start].startswith("\u064a"):
            return [], "", cue.end  # من يريد نزع سلاح المقاومة: whoever wants it, unnamed (من before a verb is who)
        pair = self.dual_owner(s, cue)
        if pair is not None:  # التحريض المتكرر للوزيرين ...، ودعمهما ل: the two named as a pair
            return self.actors.resolve(s, [pair]), "pronoun-subject", cue.end
        if self.described_actor(s, cue):  # البيان الصادر عن الخارجية القطرية الرافض ل: the actor it describes
            return self.actors.resolve(s, [s.mention_end[cue.start - 1]]), "subject-verb", cue.end
        if cue.start == s.opening() and self.accusative_participle(s, cue):
            main = self.main_verb_subject(s, cue)
            if main is not None:  # مرحبا بالاتفاق ...، ودعا الرئيس X: a participle that opens the sentence is its
                return [main], "matrix-subject", cue.end  # main verb's subject's
        issuer = self.issuer_before(s, cue)
        if issuer is not None:  # قرار صادر عن مجلس المحافظين يطالب طهران: the issuer demands it; Tehran is its object
            return self.actors.resolve(s, [issuer]), "subject-verb", cue.end
        if self.issued_before(s, cue):  # أصدرت الوكالة قرارا يدين إيران: who issued it condemns; Iran is the object
            matrix = self.attribution.matrix_subject(s, cue.start)
            return ([matrix], "relative-subject", cue.end) if matrix is not None else ([], "", cue.end)
        clause = s.clause[cue.start]
        if (
            cue.end in s.mention_start
            and self.evaluative.reporting_verb_before(s, cue) is not None
            and not self.object_genitive(s, cue)
            and not self.actors.governed_by_clitic(s, s.mention_start[cue.end])  # دعمه للبنان: no genitive
        ):
            # أكد السوداني دعم العراق ل...: the cue is the reported object; its genitive holds it
            mentions = self.actors.coordinated(s, s.mention_start[cue.end])
            return self.actors.resolve(s, mentions), "genitive", mentions[-1].end
        j = self.actors.skip_back(s, cue.start)
        beyond = self.actors.skip_aside(s, j)
        if self.supported_by_another(s, cue):
            return [], "", cue.end  # الحوثيون، بدعم مباشر من إيران: the support is the one after من's
        word = s.norms[cue.start]  # a verb or noun joined by و (ودعت، ودعوته) starts after its own subject
        joined = word[:1] in CONJUNCTIONS and any((form,) in self.lex.cue_forms for form in word_variants(word[1:]))
        own = s.mention_start.get(cue.end)
        if (
            j >= s.span.start
            and not joined
            and not (own is not None and own.label_ == OWN_COUNTRY)  # ... في عمان تمسك حكومته ب: his government's
            and not self.actors.prepositional(s, cue)
            and ((j in s.mention_end and s.clause[j] == clause) or beyond in s.mention_end)
            and not self.actors.governed_by_clitic(s, s.mention_end[j if j in s.mention_end else beyond])
            and not self.actors.after_preposition(s, s.mention_end[j if j in s.mention_end else beyond])
            and not (own is not None and self.in_construct(s, s.mention_end[j if j in s.mention_end else beyond]))
        ):
            # not لبيروت ودعت: a verb joined by و starts after its own subject, and a governed noun is none
            j = j if j in s.mention_end else beyond
            subject = self.told(s, cue, self.actors.placed(s, s.mention_end[j]))
            return self.actors.resolve(s, self.actors.whole_subject(s, subject)), "subject-verb", cue.end
        if j > s.span.start and s.phrase_ending(j, LEX["verb-negation"]) and s.phrase_at(j - 1, LEX["subject-pronoun"]):
            j -= 1  # لكنها لن تتنازل: the pronoun before the negation
        if j >= s.span.start and s.clause[j] == clause and s.phrase_at(j, LEX["subject-pronoun"]):
            matrix = self.attribution.matrix_subject(s, j)
            if matrix is not None and matrix[0].kind == KG.Person and s.norms[j].endswith(("\u0647\u0627", "\u0647\u064a")) \
                    and not self.feminine_verb_before(s, matrix[1]):
                matrix = self.clause_subject_before(s, j) or matrix  # قال الوزير إن مصر ...، وأنها: her, Egypt
            antecedent = (matrix[0], matrix[2]) if matrix is not None else self.actors.antecedent(s, j, here=True)
            if antecedent is None and self.attribution.voiced():  # نقلت الوكالة عن X قوله إنه ...: X
                antecedent = (self.attribution.speaker, False)
            antecedent = antecedent or self.actors.antecedent(s, j)
            if antecedent is not None:
                actor, metonymy = antecedent
                after = self.actors.actor(s.mention_start[cue.end]) if cue.end in s.mention_start else None
                if after is not None and after[0] == actor:
                    return [], "", cue.end  # إلا أنها حذرت واشنطن: the verb's object is not what its subject stands for
                return [(actor, s.doc[j : j + 1], metonymy)], "pronoun-subject", cue.end
        if cue.end in s.mention_start and self.addressed(s, cue):
            # أعرب عن أمله ...، وهنأ الحكومة السورية على ...: the actor after the verb is whom it addresses; the
            # holder is the last verb's before it (فيما دعا روبيو الدول إلى ...، وحث طهران على: Rubio)
            previous = self.earlier_statement(s, cue.start_char)
            if previous is not None:
                return self.fellow_holders(previous), "coordinated-verb", cue.end
            holder = self.attribution.matrix_subject(s, cue.start) or (self.attribution.speaker, None, False)
            addressed = self.actors.actor(s.mention_start[cue.end])
            if addressed is not None and holder[0] == addressed[0]:
                return [], "", cue.end  # وبدلا من ذلك تتهم باكستان ب: whom a verb addresses never holds its stance
            return [holder], "coordinated-verb", cue.end
        states, after = self.demonym_after(s, cue)
        if states:  # ضغوط أمريكية لحسم الموقف، الرفض المصري للخطة: the adjective names the holder
            return [(state, None, False) for state in states], "demonym", after
        antecedent = self.relative_antecedent(s, cue, kind)
        if antecedent is not None:  # القرار 2216 الذي يدعو إلى، أوزال الذي اتهم أردوغان: the antecedent's verb
            return self.actors.resolve(s, [antecedent]), "relative-subject", cue.end
        named = self.actors.after_honorifics(s, cue.end)  # دعا الشيخ نعيم قاسم ...
        if kind == KG.VerbCue and cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["relative-pronoun"]) \
                and not self.resumptive(s, cue):
            named = -1  # الأنبوب الذي يربط المغرب بنيجيريا: the relative is the subject, the name after it the object
        if named in s.mention_start and (self.accusative_participle(s, cue) or self.accused_after(s, cue)):
            named = -1  # ...، محمّلا رشاد العليمي المسؤولية: a participle goes on for its sentence; the actor is its
            # object (so is the actor a charge names before ب: تتهم باكستان بخرق)
        if named == cue.end and self.object_genitive(s, cue):
            # عبّر عن دعم لبنان في ...: the genitive is what is supported; whoever expresses it holds it
            return self.sentence_holder(s, cue)
        apposed = self.attribution.apposed_person(s, named)
        if apposed is not None:
            named = apposed.start  # انتقد رئيس الحكومة المكلفة من البرلمان، أسامة حماد، ...: the name after the title
        if named in s.mention_start and s.mention_start[named].label_ == PAIR \
                and s.norms[named].endswith("\u064a\u0646"):
            named = -1  # ودعت البلدين إلى: the dual in ين is whom it addresses, never its subject (البلدان)
        if named in s.mention_start and not self.actors.in_phrase(s, s.mention_start[named]) and not (
            kind == KG.VerbCue and first_person(s, cue)
        ) and not (named == cue.end and (
            (self.lex.cues[URIRef(cue.kb_id_)].addressee and self.disagrees(s, cue, s.mention_start[named]))
            or (self.only_verb(s, cue, kind) and self.disagrees(s, cue, s.mention_start[named], seats=False))
        )):
            # نطالب حكومة لبنان: we ask the government; the actor after a first-person verb is its object; so is one
            # whose gender the verb's is not (دعا روسيا إلى)
            mentions = self.actors.coordinated(s, s.mention_start[named])
            after = mentions[-1].end
            if named > cue.end and after < s.span.end and s.texts[named - 1] in QUOTE_MARKS and s.texts[after] in QUOTE_MARKS:
                after += 1  # انتقد "البرهان"، خلال ...: the quote around the name closes
            if after < s.span.end and co_subject(s.norms[after]) and after not in s.mention_start:
                return [], "", after  # تعارض بغداد وأربيل ...: an unknown co-subject; the object is unclear
            place = s.mention_start.get(after + 1)
            if place is not None and s.phrase_at(after, LEX.locative) and (
                place.label_ in PLACE_LABELS or (place.label_ == STATE and mentions[-1].label_ not in (STATE, STATE_ORGAN))
            ):
                after = place.end  # سفير تونس في بغداد، المجلس الأعلى للدولة في ليبيا: where the subject sits
            leader = s.mention_start.get(after + 1)
            if leader is not None and s.phrase_at(after, LEX["led-by"]):
                after = leader.end  # تحالف الفتح بزعامة هادي العامري: who leads the subject is not the issue
            elif s.phrase_at(after, LEX["led-by"]):  # الحكومة الليبية برئاسة أسامة حماد، : a leader not in the gazetteer
                close = next((k for k in range(after + 1, min(after + 5, s.span.end)) if s.texts[k] in COMMAS), None)
                if close is not None and all(s.doc[k].is_alpha for k in range(after + 1, close)):
                    after = close
            past = self.actors.past_aside(s, after)  # أدان سامي الخطيب، المتحدث باسم الحكومة، الهجوم
            requires = self.lex.cues[URIRef(cue.kb_id_)].requires
            opener = after + 1  # not طالب الوزير، سيرغي لافروف، الجيش بالانسحاب، ...: whom it addresses, and the call
            addressed = past > after and not any(s.phrase_at(opener, ws) for ws in (
                LEX["circumstance-preposition"], LEX["issue-preposition"], LEX["time-word"]))
            between = s.mention_start.get(opener)
            if between is not None and not requires and between.end == past - 1 and between.label_ != PERSON \
                    and not s.phrase_at(opener, LEX.title) and self.no_object_at(s, past):
                past = opener  # انتقد الوزير، مجلس الأمن، بسبب الإحاطة: a body between commas, then no object
            if not (addressed and any(self.particle_object(s, k, requires) for k in range(opener, min(past, opener + 4)))):
                # the apposed name's second comma ends the aside, or when it was said after it (، اليوم السبت،)
                after = self.actors.past_aside(s, after + 1) if apposed is not None else past
            return self.actors.resolve(s, mentions, genitive=True), "verb-subject", after
        if self.attribution.voiced() and first_person(s, cue):
            return [(self.attribution.speaker, None, False)], "first-person", cue.end
        owner = self.position_owner(s, cue)
        if owner is not None:  # أشاد بسلوفينيا ودورها الداعم للقضايا العربية: her role, so her stance
            return [(owner[0], None, owner[1])], "pronoun-subject", cue.end
        earlier = self.already(s, cue)
        if earlier is not None:  # إيران سبق أن حذرت: the subject before سبق أن
            return self.actors.resolve(s, [earlier]), "clause-subject", cue.end
        previous = self.earlier_statement(s, cue.start_char)
        if previous is not None and self.charged(s, cue, previous):
            return [], "", cue.end  # اتهمها بالعدوان ودعم الجماعات: the support is what the accused is charged with
        her = self.feminine_owner(s, cue, previous)
        if her is not None:  # أشاد البديوي بدور سلطنة عمان ...، ودعمها المستمر ل: her support is Oman's, not his
            return self.actors.resolve(s, [her]), "pronoun-subject", cue.end
        if previous is not None and joined and kind == KG.VerbCue and self.coordinated_verb(s, cue.start) \
                and not self.unlike_first_verb(s, cue):
            # أكد الاتحاد احترامه لاستقلال السودان ... وأدان: a verb joined by و goes on for the first one's holder,
            # not for an actor named in between
            return self.fellow_holders(previous), "coordinated-verb", cue.end
        if previous is not None and not joined and self.joined_verb_object(s, cue):
            return self.fellow_holders(previous), "coordinated-verb", cue.end
        for i in range(cue.start - 1, max(s.span.start, cue.start - MAX_SUBJECT_DISTANCE) - 1, -1):
            if s.clause[i] != clause:
                break
            mention = s.mention_end.get(i)
            if (
                mention is not None
                and mention.start in s.clause
                and not self.actors.in_phrase(s, mention)
                and not self.actors.prepositional(s, cue)
                and not (mention.start > s.span.start and governed_noun(s.norms[mention.start - 1]))
                and not self.actors.after_preposition(s, mention)
            ):  # not لاستقلال السودان (the genitive of a governed noun), not في السودان: no subject
                if joined:
                    mention = self.subject_of_object(s, mention)  # استدعت الحكومة المالية السفير ... وقررت
                # أعربت مصر وقطر عن رفضهما: the whole coordinated subject
                return self.actors.resolve(s, self.actors.whole_subject(s, mention)), "clause-subject", cue.end
        previous = self.earlier_statement(s, cue.start_char)
        if previous is not None and self.circumstantial(s, cue) and self.unlike_reported_verb(s, cue, previous):
            previous = None  # قال الوزير إن مصر ستواصل ...، داعيًا: a masculine participle is the minister's, not hers
        if previous is not None and (self.coordinated_verb(s, cue.start) or self.circumstantial(s, cue)):
            # تؤيد فرنسا العودة إلى الاتفاق وتعارض فرض عقوبات / ، داعية إلى ...: the first verb's subject
            return self.fellow_holders(previous), "coordinated-verb", cue.end
        if previous is None and self.feminine_participle(s, cue) and self.circumstantial(s, cue):
            matrix = self.attribution.matrix_subject(s, cue.start)
            after = matrix[1].end if matrix is not None and matrix[1] is not None else None
            if after is not None and after < cue.start and (
                s.phrase_at(after, LEX["issue-preposition"]) or s.norms[after][:1] in PREPOSITIONS
            ) and not s.reported_before(cue.start):
                # علقت الخارجية على الإعلان، مطالبة ب: the subject of a verb that held nothing and took no object
                # (not تسلمت الحكومة مذكرة، مطالبة ب: the memo asks), outside any reported clause
                return self.with_coordinated(s, matrix), "coordinated-verb", cue.end
        after = cue.end + (s.phrase_at(cue.end, LEX["honorific-pronoun"]) if cue.end < s.span.end else 0)
        if (
            kind == KG.VerbCue
            and self.attribution.voiced()
            and (cue.start == s.span.start or cue.start - 1 in s.boundary)
            and not (cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["relative-pronoun"]))
            and after < s.span.end
            and (
                s.phrase_at(after, LEX["issue-preposition"])
                or s.phrase_at(after, LEX.complementizer)
                or governed_noun(s.norms[after])
                or self.own_particle(s, cue)
                or self.addresses_unnamed(s, cue)
            )
        ):
            matrix = self.attribution.matrix_subject(s, cue.start)
            if matrix is not None and matrix[0] == self.attribution.speaker:
                return self.with_coordinated(s, matrix), "elided-subject", after
            if matrix is not None and self.cause_accusative(s, cue):
                # وكانت دول الساحل قد أعلنت انسحابها، احتجاجا على: an accusative of cause is its clause's subject's
                return self.with_coordinated(s, matrix), "matrix-subject", after
            plural = self.plural_subject(s, cue)
            if plural:  # وشدد السيسي والملك عبد الله على ... . كما أكدا على: the two of them
                return plural, "elided-subject", after
            return [(self.attribution.speaker, None, False)], "elided-subject", after  # (وشدد سيادته على)
        verb = cue.start - 1
        opening = s.opening()
        if verb in (opening, opening + s.phrase_at(opening, LEX["clause-boundary"])) \
                and self.attribution.subject is not None and self.attribution.subjectless_verb(s, verb):
            # كما وجه انتقادات حادة ل...: the object of a verb whose subject the last sentence named
            return [(self.attribution.subject, None, False)], "elided-subject", cue.end
        if kind == KG.NounCue:
            subject = self.object_of_subject(s, cue)
            if subject is not None:  # وجه وزراء خارجية مصر وتونس اليوم السبت، الدعوة إلى ...: the verb's subject
                return self.with_coordinated(s, subject), "verb-subject", cue.end
        if self.predicated(s, cue, kind):
            return self.sentence_holder(s, cue)
        return [], "", cue.end

    def told(self, s: Sentence, cue: Span, mention: Span) -> Span:
        """أبلغ العراق تركيا رفضه، أبلغت سوريا الولايات المتحدة استعدادها: a stance noun with its owner's pronoun
        right after a verb of telling, its subject and its object holds the subject's stance, for the object is
        only whom it is told. Else the mention."""
        if not s.norms[cue.start].endswith(POSSESSIVES) or mention.start - 1 not in s.mention_end:
            return mention
        subject = self.subject_of_object(s, mention)
        verb = subject.start - 1
        if subject is mention or verb < s.span.start or not s.lex.has(REPORTING_VERB, without_conjunction(s.norms[verb])):
            return mention  # شكرت مصر السعودية دعمها: a verb that tells nothing; her support is the object's
        told, teller = self.actors.actor(mention), self.actors.actor(subject)
        if told is None or teller is None or told[0] == teller[0] \
                or told[0].member_of == teller[0].iri or teller[0].member_of == told[0].iri:
            return mention  # a minister and his own state are one holder named twice
        return subject

    def subject_of_object(self, s: Sentence, mention: Span) -> Span:
        """The subject of the verb whose object the mention is, where one stands right before it (VSO: استدعت
        الحكومة المالية السفير الجزائري) or before that verb (SVO: الحكومة المكلفة تهاجم البعثة); else the mention.
        A verb joined by و after them goes on for that subject."""
        if mention._.clitic and s.norms[mention.start][:1] == CONJUNCTION:
            return mention  # مصر وقطر: و joins a second subject
        before = s.mention_end.get(mention.start - 1)
        verb = mention.start - 1
        if before is None and verb - 1 >= s.span.start and s.doc[verb].is_alpha \
                and not s.norms[verb].startswith(ARTICLE) and not is_function_word(s, verb):
            k = verb - 1  # the subject's adjectives (الحكومة الليبية المكلفة) passed over
            while k > max(s.span.start, verb - 1 - MAX_SUBJECT_ADJECTIVES) and k not in s.mention_end \
                    and s.norms[k].startswith(ARTICLE):
                k -= 1
            before = s.mention_end.get(k)
        if before is None or s.clause[before.start] != s.clause[mention.start] or self.actors.in_phrase(s, before):
            return mention
        return before

    @staticmethod
    def in_construct(s: Sentence, mention: Span) -> bool:
        """برق السودان رحبت دولة الإمارات: the mention is the genitive of an indefinite noun before it (an outlet's
        or a thing's name), not the fronted subject of the verb after it."""
        k = mention.start - 1
        if k < s.span.start or not s.doc[k].is_alpha or is_function_word(s, k) \
                or not (mention.label_ == STATE or mention.label_ in PLACE_LABELS):
            return False  # (a person after a word is that verb's subject: وكان الموفد ... حض)
        word = without_conjunction(s.norms[k])
        return not word.startswith(ARTICLE) and len(word) > 2 and k not in s.cue_at and not any(
            s.lex.has(ws, form) for ws in (LEX["reporting-verb"], LEX["express-verb"], LEX["light-verb"],
                                           LEX.complementizer, LEX["clause-boundary"], LEX["subject-pronoun"])
            for form in (s.norms[k], word, s.norms[k][1:]))  # وأن فرنسا تدعم: a clause's subject after أن

    @staticmethod
    def resumptive(s: Sentence, cue: Span) -> bool:
        """الخريطة التي تسعى فرنسا لتطويرها، القرار الذي اتخذته الحكومة: a pronoun on the verb or on a word soon
        after it goes back to the relative's antecedent, so the clause has a subject of its own."""
        end = min(cue.start + RESUMPTIVE_REACH, s.span.end)
        return any(
            len(s.norms[k]) > 3 and s.norms[k].endswith(THIRD_PERSON_PRONOUNS) and s.clause[k] == s.clause[cue.start]
            for k in range(cue.start, end)
        )

    def object_of_subject(self, s: Sentence, cue: Span) -> Holder | None:
        """The subject of the verb that opens the sentence, where the stance noun is that verb's object right after
        it (when it was said and a comma between), or None."""
        matrix = self.attribution.matrix_subject(s, cue.start)
        if matrix is None or matrix[1] is None:
            return None
        k = self.actors.coordinated(s, matrix[1])[-1].end
        while k < cue.start:
            step = max(s.phrase_at(k, LEX["time-word"]), s.phrase_at(k, LEX.adverb), s.texts[k] in COMMAS)
            if not step:
                return None
            k += step
        return matrix

    def own_particle(self, s: Sentence, cue: Span) -> bool:
        """The particle the cue needs right after it (كما طالبت بوقف الحرب، ودعت لوقف): no subject comes between."""
        return any(has_particle(s.norms[cue.end], particle) for particle in self.lex.cues[URIRef(cue.kb_id_)].requires)

    @staticmethod
    def dual_owner(s: Sentence, cue: Span) -> Span | None:
        """دعمهما، تبنيهما: a stance noun with the dual pronoun is the pair this sentence named before it (للوزيرين،
        الجانبين), where it named one."""
        if not s.norms[cue.start].endswith("\u0647\u0645\u0627"):
            return None
        pairs = [m for end, m in s.mention_end.items() if end < cue.start and m.label_ == PAIR and m._.pair]
        if not pairs:
            return None
        pair = max(pairs, key=lambda m: m.end)
        if any(pair.end < start < cue.start and s.norms[start].startswith(CONJUNCTION) and start - 1 in s.mention_end
               for start in s.mention_start):
            return None  # ...، وإن مصر وقطر أكدتا دعمهما: the two named together nearer the cue hold it
        return pair

    def cause_accusative(self, s: Sentence, cue: Span) -> bool:
        """احتجاجا، رفضا، تضامنا: an indefinite accusative verbal noun, the cause of its clause's act; not a
        participle (مطالبا، معربا، داعيا), which goes on for whoever speaks."""
        return indefinite_accusative(s, cue.start) and not self.participle(s, cue)

    @staticmethod
    def only_verb(s: Sentence, cue: Span, kind: URIRef) -> bool:
        """حذر، يحذر: a verb cue whose form is no verbal noun too (رفض is both: رفض الرياض is Riyadh's rejection)."""
        word = without_conjunction(s.norms[cue.start])
        return kind == KG.VerbCue and not word.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")) and not (
            is_verbal_noun(word) or s.lex.has(LEX["first-form-verbal-noun"], word))  # نفته طهران: its object's pronoun

    def sentence_holder(self, s: Sentence, cue: Span) -> tuple[list[Holder], str, int]:
        """The sentence's subject (with those coordinated to it), else the speaker, else nobody; nobody for a verb
        after بينما or في حين with a noun the gazetteer does not know after it (بينما رفضت الفصائل ...): that noun
        is its subject."""
        if self.contrasted_subject(s, cue) or self.quantified_subject(s, cue):
            return [], "", cue.end
        matrix = self.attribution.matrix_subject(s, cue.start)
        if matrix is not None:
            return self.with_coordinated(s, matrix), "matrix-subject", cue.end
        if self.attribution.voiced():
            return [(self.attribution.speaker, None, False)], "speaker", cue.end
        return [], "", cue.end

    @staticmethod
    def no_object_at(s: Sentence, k: int) -> bool:
        """Nothing at token k can be a verb's object: the sentence ends, or a preposition of cause, time or topic
        opens (بسبب، خلال، بشأن), so a body named between commas before k was the object (أدانت الجامعة، مجلس
        التعاون، الهجوم: a list of subjects, then the object)."""
        return k >= s.span.end or s.punct[k] or any(s.phrase_at(k, LEX[name]) for name in (
            "circumstance-preposition", "issue-preposition", "cause-preposition"))

    def quantified_subject(self, s: Sentence, cue: Span) -> bool:
        """وهو ما عارضه عدد من النواب، فيما رفضت بعض الكتل: a verb right before a quantifier and a noun the gazetteer
        does not know has that unnamed group for its subject; not a verb joined by و, which goes on for the subject
        before it (ورفض بعض الشروط: what it rejects)."""
        length = s.phrase_at(cue.end, LEX.quantifier) if cue.end < s.span.end else 0
        return bool(length) and self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue \
            and not self.coordinated_verb(s, cue.start) \
            and cue.end + length < s.span.end and cue.end + length not in s.mention_start

    @staticmethod
    def contrasted_subject(s: Sentence, cue: Span) -> bool:
        """A clause after بينما/في حين has a subject of its own: a verb right after it, then a definite noun that
        names no actor we know and agrees with the verb in gender (رفضت الفصائل، بينما رفض الجيش), is that
        noun's; a noun that disagrees (بينما رفضت التصعيد) is the object of the sentence subject's verb."""
        before, after = cue.start - 1, cue.end
        if not (
            before >= s.span.start
            and s.phrase_ending(before, LEX["contrast-clause"]) > 0
            and after < s.span.end
            and after not in s.mention_start
            and s.norms[after].startswith(ARTICLE)
            and not is_function_word(s, after)
            and not s.phrase_at(after, LEX.adverb)
        ):
            return False
        feminine_noun = s.norms[after].endswith(("\u0647", "\u0629", "\u0627\u062a"))
        return feminine_verb(without_conjunction(s.norms[cue.start])) == feminine_noun

    def alongside(self, s: Sentence, start: int, end: int) -> list[Holder]:
        """قررت باماكو، إلى جانب حكومتي النيجر وبوركينا فاسو، استدعاء ...: those an aside between start and end
        names as acting alongside the holder hold the stance too (the aside names actors only, up to its comma)."""
        for k in range(start, min(end + 1, s.span.end - 2)):
            if s.texts[k] not in COMMAS:
                continue
            i = k + 1 + s.phrase_at(k + 1, LEX.alongside)
            if i == k + 1:
                continue
            i += s.phrase_at(i, LEX["governments-noun"]) if i < s.span.end else 0
            if i not in s.mention_start:
                continue
            mentions = self.actors.coordinated(s, s.mention_start[i])
            close = mentions[-1].end
            if close >= s.span.end or s.texts[close] in COMMAS or s.punct[close]:
                return self.actors.resolve(s, mentions)
        return []

    def with_coordinated(self, s: Sentence, holder: Holder) -> list[Holder]:
        """أعلن العراق وتركيا التوصل إلى اتفاق: the sentence's subject and those joined to it by و."""
        mention = holder[1]
        if mention is None or mention.start not in s.mention_start:
            return [holder]
        mentions = self.actors.coordinated(s, mention)
        return self.actors.resolve(s, mentions) if len(mentions) > 1 else [holder]

    def plural_subject(self, s: Sentence, cue: Span) -> list[Holder]:
        """كما أكدا، وشددوا: a dual or plural verb with no subject of its own goes on for all who held the last
        statement together (none where one did)."""
        word = without_conjunction(s.norms[cue.start])
        if not word.endswith("\u0627") or (word,) in self.lex.cue_forms or not self.statements:
            return []
        held = self.fellow_holders(self.statements[-1])
        return held if len(held) > 1 else []

    def fellow_holders(self, previous: PositionStatement) -> list[Holder]:
        """Everyone who holds the statement before, by its cue (أكدت مصر والأردن ...، مشددين على: both of them)."""
        held: list[Holder] = []
        for statement in self.statements:
            if statement.cue_text == previous.cue_text and statement.char_start == previous.char_start \
                    and statement.issue_start == previous.issue_start \
                    and statement.holder not in [actor for actor, _, _ in held]:
                held.append((statement.holder, None, statement.via_metonymy))
        return held or [(previous.holder, None, previous.via_metonymy)]

    def unlike_reported_verb(self, s: Sentence, cue: Span, previous: PositionStatement) -> bool:
        """A masculine participle (داعيًا) after a statement whose feminine verb (ستواصل) stands in a reported
        clause: the participle goes on for the one who reports, not for the reported subject."""
        word = without_conjunction(s.norms[cue.start])
        verb = max((k for k, found in s.cue_at.items() if found.text == previous.cue_text
                    and s.doc[k].idx < previous.issue_start), default=None)
        return verb is not None and word.endswith("\u0627") and s.reported_before(verb) \
            and self.verb_gender(s, without_conjunction(s.norms[verb])) is True

    def earlier_statement(self, s: Sentence, before: int) -> PositionStatement | None:
        """The last statement made by the sentence's own holders (not one it reports of an effort's owner or a
        proposal's sponsor: مشيدة ب... goes on for the subject), if it is of this sentence and its issue ends
        before the character before."""
        previous = next((x for x in reversed(self.statements) if x.rule not in _REPORTED_RULES), None)
        if previous is None or previous.char_start != trimmed(s.span, s.space)[0] or previous.issue_end > before:
            return None
        return previous

def co_subject(word: str) -> bool:
    """وأربيل after بغداد: a word joined by و that may be a second subject; not وقف (stop), a word of its own."""
    return word.startswith(CONJUNCTION) and len(word) > 3 and not is_verbal_noun(word)


def governed_noun(word: str) -> bool:
    """بتهيئة، بالإفراج، لوقف: a verbal or definite noun behind the preposition ب or ل, a verb's object."""
    rest = word[1:]
    return word[:1] in ("\u0628", "\u0644") and len(rest) > 3 and (rest.startswith(ARTICLE) or is_verbal_noun(rest))
