"""Evaluative predicates (X is a threat, X is necessary) and shared stances: whoever asserts them holds them."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from rdflib import URIRef
from spacy.tokens import Span

from ..normalize import has_verb_shape, strip_proclitics
from ..ontology import Actor
from ..vocab import KG, LEX
from .predicates import Predicates
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    SENTENCE_END,
    Sentence,
    without_pronoun,
)
from .stage import Stage
from .statement import PositionStatement

MAX_DESCRIBED_OBJECT = 12  # tokens from a verb of describing to the evaluation: its subject and a short object


class Evaluative(Predicates, Stage):
    """Evaluative predicates (X is a threat, X is necessary) and shared stances: whoever asserts them holds them."""

    def read(self, s: Sentence, cue: Span, verb: bool, stance: URIRef) -> Iterator[PositionStatement]:
        """X يمثل تهديدا / يجعل X ضرورة / أن X ضروري / X سيصعّب ...: the asserter holds the stance (the cue's, or
        its negated reading: الحلول العسكرية ليست حلا)."""
        make = partial(self.frames.make, stance=stance)
        if self.lex.cues[URIRef(cue.kb_id_)].loaded and (
            s.norms[cue.start].startswith(ARTICLE) or s.norms[cue.start][:1] in PREPOSITIONS + (CONJUNCTION,)
            or cue.start == s.span.start or not s.norms[cue.start - 1].startswith(ARTICLE)
        ):
            yield from self.loaded(s, cue)
            return  # إن الغارات عدوان: an indefinite one right after a definite noun is its predicate
        before = s.cue_at.get(cue.start - 1) or next(
            (c for c in s.cue_at.values() if c.end == cue.start), None)
        if before is not None and self.lex.cues[URIRef(before.kb_id_)].kind in (KG.EvaluativeCue, KG.EvaluativeVerbCue):
            return  # خطوة عدوانية واستفزازية، تصعيدا غير مسؤول: one evaluation, read at its first word
        if verb and ("\u064b" in cue.text or (cue.text.startswith(CONJUNCTION) and self.second_verb(s, cue))):
            return  # وتناقضًا (a noun), ...تخالف ذلك وتتناقض: a noun, or a second verb of the same subject
        comp = self.complementizer_before(s, cue.start)
        light = None
        for i in range(cue.start - 1, (comp if comp is not None else s.span.start), -1):
            if s.phrase_at(i, LEX["light-verb"]):
                light = i
                break
            if s.texts[i] in SENTENCE_END:
                break
        opinion = light is not None and s.phrase_at(light, LEX["reporting-verb"]) > 0
        if not verb and opinion and light + 1 < cue.start and self.actors.skip_back(s, light) in s.mention_end:
            # تعتبر واشنطن / الولايات المتحدة تعتبر التنظيم تهديدا: the subject of the opinion verb holds it
            subject = s.mention_end[self.actors.skip_back(s, light)]
            resolved = self.actors.actor(subject)
            statement = resolved and make(
                s, cue, URIRef(cue.kb_id_), resolved[0], subject, resolved[1], light + 1, cue.start, "opinion-object"
            )
            if statement:
                yield statement
            return
        copula = None if verb else self.copula_after(s, cue)
        if copula is not None:  # المخرج الوحيد هو تسليم السلاح: the predicate first, what it names after هو
            holder, mention, named = self.asserter(s, self.complementizer_before(s, cue.start) or cue.start)
            end = self.issues.issue_end(s, copula)
            if holder is not None and (named or self.attribution.voiced()) and end > copula:
                statement = make(s, cue, URIRef(cue.kb_id_), holder, mention, False, copula, end, "evaluative-predicate")
                if statement:
                    yield statement
            return
        described = None if verb else self.described(s, cue)
        if described is not None:
            # واعتبرت الكويت القرار انتهاكا، ووصفت الخارجية الهجوم بأنه عمل إرهابي، واصفا ما يحدث بأكبر أزمة
            (actor, mention, metonymy), start, end = described
            joined = self.actors.coordinated(s, mention) if mention is not None else []
            holders = (self.actors.resolve(s, joined) if len(joined) > 1 and joined[-1].end <= start else None) \
                or [(actor, mention, metonymy)]  # تصنف أنقرة وواشنطن الحزب منظمة إرهابية: each subject deems it so
            for actor, mention, metonymy in holders:
                statement = make(s, cue, URIRef(cue.kb_id_), actor, mention, metonymy, start, end, "opinion-object")
                if statement:
                    yield statement
            return
        if self.as_comparison(s, cue):
            return  # القرار ينسجم مع تصنيفها كمنظمة إرهابية: ك (as) makes the evaluation a manner, no predicate
        after_light = light + 1 if light is not None else cue.start
        while after_light < cue.start:  # يعد "خطوة عدوانية"، أصبح اليوم ساحة تهديد: a quote mark or a time word is no object
            step = 1 if s.texts[after_light] in QUOTE_MARKS else s.phrase_at(after_light, LEX["time-word"])
            if not step:
                break
            after_light += step
        if comp is None and light is not None and not verb and not opinion:
            comp = self.predicate_opener(s, s.doc[light : light + 1], None)  # «... حماية المدنيين تمثل أولوية
            # قصوى»: a sentence inside the quote, its subject before the light verb
            light = light if comp is not None else None
        coordinated = None if verb else self.coordinated_evaluation(s, cue)
        if coordinated is not None:  # أن التوغل يعد تهديدا للسلم، وانتهاكا للسيادة: the same subject, judged again
            earlier, start, end = coordinated
            statement = make(s, cue, URIRef(cue.kb_id_), earlier.holder, None, earlier.via_metonymy, start, end,
                             earlier.rule)
            if statement is not None:
                yield statement
            return
        if not verb and light is not None and comp is not None and after_light < cue.start and not (
            cue.start - after_light <= 2 and s.phrase_at(after_light, LEX["predicate-noun"])
            and not any(s.norms[k].startswith(ARTICLE) for k in range(after_light + 1, cue.start))
        ):  # not يمثل خطوة بالغة الأهمية: a noun that only carries the evaluation makes the subject the issue
            if self.under_preposition(s, cue):
                return  # رفضه هو أمر "ثابت"، وذلك ردا على اقتراح ... بضرورة: no light verb's object
            start, end, rule = after_light, cue.end, "evaluative-object"  # أصبح ساحة تهديد: the named thing as called
            noun = cue.start - 1
            if noun > start and s.norms[cue.start].startswith(ARTICLE) and s.norms[noun].startswith(ARTICLE) \
                    and s.doc[noun].is_alpha and noun not in s.mention_end:
                start, end = noun, self.issues.issue_end(s, noun)  # ساحة تهديد جراء الممارسات العدائية لميليشيا
                # الحوثي: an adjective describes the noun before it, and that noun (with its genitive) is the issue
        elif comp is not None and (verb or light is not None):
            limit = light if light is not None and not verb else cue.start
            start, end, rule = comp + 1, self.subject_end(s, comp + 1, limit), "evaluative-subject"
            whole = s.mention_start.get(start)
            commas = [k for k in range(end, limit) if s.texts[k] in COMMAS]
            gap = [k for k in range(end, limit) if not (commas and commas[0] <= k <= commas[-1])]  # an aside passed over
            if whole is not None and whole.end == end and any(
                not any(s.phrase_at(k, ws) for ws in (LEX.negation, LEX.continuity, LEX.hedge, LEX["verb-negation"]))
                for k in gap
            ):
                return  # أن أنقرة لن تسمح بتجذر بيئة تشكل تهديدا: the light verb is not the actor's
            if verb and s.phrase_ending(cue.start - 1, LEX["relative-pronoun"]):
                return  # أن X ...، وحسن الجوار الذي انتهكته إيران: a relative clause's verb is not the subject's
            if verb and self.indefinite_before(s, cue.start):
                return  # أي تصريحات أو مواقف تخالف ذلك: a clause describing an indefinite noun
            if verb and start in s.mention_start:
                if not self.lex.cues[URIRef(cue.kb_id_)].act:
                    return  # إيران تهدد بـ...: an actor that threatens to act is not a stance on that actor
                end, rule = self.issues.issue_end(s, cue.end), "evaluative-act"  # إسرائيل تنتهك الاتفاق: the act
        elif not verb and comp is not None and 0 < s.phrase_at(comp + 1, LEX.existential) == cue.start - comp - 1:
            # أن هناك خطرا من أن ...، إن ثمة ضرورة لوقف الحرب: what the existential introduces follows the cue
            start = self.issues.issue_start(s, cue.end)
            end, rule = self.issues.issue_end(s, start), "evaluative-object"
        elif not verb and (said := self.reporting_verb_before(s, cue, quoted=True)) is not None and self.subject_before(s, said):
            # أن المغرب لا يرى ضرورة ل...: the subject of the verb that says the cue holds it
            subject = self.subject_before(s, said)
            resolved = self.actors.actor(subject)
            start = self.issues.issue_start(s, cue.end)
            statement = resolved and make(
                s, cue, URIRef(cue.kb_id_), resolved[0], subject, resolved[1], start, self.issues.issue_end(s, start),
                "evaluative-object",
            )
            if statement:
                yield statement
            return
        elif not verb and self.fronted_predicate(s, cue):  # من الضروري أن ...، كان من المهم وقف ...: what follows
            start = self.issues.issue_start(s, cue.end + s.phrase_at(cue.end, LEX.complementizer))
            end, rule = self.issues.issue_end(s, start), "evaluative-predicate"
        elif (
            self.predicate_opener(s, cue, comp) is not None
            and not verb
            and not self.in_construct(s, cue)
            and not self.governed(s, cue)
            and not self.under_preposition(s, cue)
            and not (cue.text.startswith(CONJUNCTION) and cue.start > s.span.start and s.doc[cue.start - 1].is_alpha)
        ):  # حالة التصعيد وعدم الاستقرار: a noun joined to the one before is no predicate
            # أن X ضروري / قالت: "الوضع في غزة كارثي": a short subject, then the predicate
            start, end, rule = self.predicate_opener(s, cue, comp) + 1, cue.start, "evaluative-predicate"
            while end > start and (s.texts[end - 1] in QUOTE_MARKS or s.phrase_at(end - 1, LEX.negation)
                                   or s.phrase_at(end - 1, LEX.copula)):
                end -= 1  # أن X "أمر غير مقبول"، الحلول العسكرية ليست حلا، اللقاء كان مثمرا: the quote, negation or
                # verb to be opens the predicate
            start += s.phrase_at(start, LEX["light-verb"])  # أنها "تمثل انتهاكا": the verb is no subject (a pronoun is)
            if start >= end or (end == cue.start and (end - start > 1 or s.norms[cue.start].startswith(ARTICLE))
                                and self.attributive(s, cue)):
                return  # إن الاجتماع شهد نقاشات مثمرة: an adjective of the indefinite noun before it
        elif not verb and self.reporting_verb_before(s, cue, quoted=True) is not None:
            start = self.issues.issue_start(s, cue.end)
            end, rule = self.issues.issue_end(s, start), "evaluative-object"
        elif not verb and self.coordinated_object(s, cue):
            # جدد التأكيد على دعم لبنان، وضرورة الالتزام بالاتفاق: one more object of what the speaker says
            holder = self.attribution.matrix_subject(s, cue.start)
            if holder is None and not self.attribution.voiced():
                return
            holder = holder or (self.attribution.speaker, None, False)
            start = self.issues.issue_start(s, cue.end)
            statement = make(
                s, cue, URIRef(cue.kb_id_), holder[0], holder[1], holder[2], start,
                self.issues.issue_end(s, start), "coordinated-object",
            )
            if statement is not None:
                yield statement
            return
        else:
            return
        while start < end and (s.doc[start].is_punct or s.doc[start].is_space):
            start += 1
        holder, mention, named = self.asserter(s, comp if comp is not None else cue.start)
        relative = s.phrase_at(start, LEX["what-relative"])
        if relative:  # ...، وهو ما شددت الخرطوم على أنه غير مقبول: what is deemed is the clause before
            subject = next((s.mention_start[k] for k in range(start + relative, end) if k in s.mention_start), None)
            resolved = self.actors.actor(subject) if subject is not None else None
            if resolved is not None:
                holder, mention, named = resolved[0], subject, True
            start, end = self.clause_before(s, start)
        if holder is None or not (named or self.attribution.voiced()):
            return
        holders = [(holder, mention, False)]
        if mention is not None and named and not start <= mention.start < end:
            # أكدت مصر وإريتريا أهمية ...: each of the coordinated subject (not a pair inside the issue)
            holders = self.actors.resolve(s, self.actors.whole_subject(s, mention)) or holders
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if entry.on_thing is not None and stance == entry.stance and any(
                s.lex.has(LEX["asset-noun"], form.removeprefix(ARTICLE)) for form, _ in strip_proclitics(s.norms[start])):
            make = partial(self.frames.make, stance=entry.on_thing)  # الحقوق المائية خط أحمر: kept, not refused
        for actor, part, metonymy in holders:
            statement = make(s, cue, URIRef(cue.kb_id_), actor, part, metonymy, start, end, rule)
            if statement is not None:
                yield statement

    def coordinated_evaluation(self, s: Sentence, cue: Span) -> tuple[PositionStatement, int, int] | None:
        """An indefinite evaluative noun joined by و after a comma (يعد تهديدا ...، وانتهاكا ...) goes on the last
        evaluation of a subject in its own clause: that statement and its issue's tokens; else None."""
        k = cue.start
        if not cue.text.startswith(CONJUNCTION) or k - 1 <= s.span.start or s.texts[k - 1] not in COMMAS \
                or s.norms[k][1:].startswith(ARTICLE) or not s.norms[k].endswith("\u0627"):
            return None  # not والحل الوحيد هو: a definite noun opens a clause of its own
        for earlier in reversed(self.statements):
            if earlier.char_start < s.span.start_char:
                return None  # the statements of earlier sentences
            if earlier.rule != "evaluative-subject":
                continue
            start = next((i for i in range(s.span.start, k) if s.doc[i].idx >= earlier.issue_start), k)
            end = next((i for i in range(start, k) if s.doc[i].idx >= earlier.issue_end), k)
            if start < end < k and not any(
                s.phrase_at(i, ws) for i in range(end, k)
                for ws in (LEX.complementizer, LEX["clause-boundary"], LEX["reporting-verb"])
            ):
                return earlier, start, end
            return None  # فيما قال الوزير إن ...: another speaker's clause
        return None

    def as_comparison(self, s: Sentence, cue: Span) -> bool:
        """كمنظمة إرهابية: the cue's first word carries ك (as), which no form of the cue begins with."""
        word = s.norms[cue.start]
        rest = tuple(s.norms[cue.start + 1 : cue.end])
        return word.startswith("\u0643") and (word[1:], *rest) in self.lex.cue_forms \
            and (word, *rest) not in self.lex.cue_forms

    def loaded(self, s: Sentence, cue: Span) -> Iterator[PositionStatement]:
        """قال إن العدوان الأميركي أسفر عن ...: a speaker who names an actor's deed aggression or violations (the term
        with its demonym or adjective, heading its phrase, not governed by a preposition) opposes it."""
        end = self.loaded_end(s, cue.end)
        if end < s.span.end and end in s.mention_start and (
            s.norms[end][:1] not in PREPOSITIONS or s.norms[end].startswith("\u0644\u0644")
        ):
            end = s.mention_start[end].end  # عدوان إسرائيل، الاعتداءات المتكررة للكيان الصهيوني: whose deed, named
        elif not any(s.norms[i] in self.lex.demonyms for i in range(cue.end, end)):
            return  # الانتهاكات الجسيمة: nobody named does it
        if (
            not self.attribution.voiced()
            or (self.complementizer_before(s, cue.start) is None and self.reporting_verb_before(s, cue) is None)
            or s.norms[cue.start][:1] in PREPOSITIONS
        ):
            return  # not named in what the speaker says (أن ...، أشار إلى ...), or governed by another word
        statement = self.frames.make(
            s, cue, URIRef(cue.kb_id_), self.attribution.speaker, None, False, cue.start, end, "loaded-term"
        )
        if statement is not None:
            yield statement

    def loaded_end(self, s: Sentence, i: int) -> int:
        """The end of a loaded term's phrase: its nisba adjectives and demonyms (العدوان الإسرائيلي المتكرر)."""
        while i < s.span.end and s.norms[i].startswith(ARTICLE) and (
            s.norms[i] in self.lex.demonyms or s.norms[i].endswith(("ي", "يه", "ه"))
        ) and i not in s.mention_start and i not in s.cue_at and not s.phrase_at(i, LEX["relative-pronoun"]):
            i += 1
        return i

    def described(self, s: Sentence, cue: Span) -> tuple[tuple, int, int] | None:
        """وصف/اعتبر X Y (ب)EVAL: a verb of describing or deeming, its subject (after it, or the sentence's
        subject or speaker for a participle), its object, then the evaluation, with بأنه or ب between; the
        holder and the object's span."""
        verb = next(
            (
                i
                for i in range(cue.start - 1, max(s.span.start, cue.start - MAX_DESCRIBED_OBJECT) - 1, -1)
                if s.phrase_at(i, LEX["opinion-verb"])
            ),
            None,
        )
        if verb is None or any(
            (i in s.boundary or s.punct[i]) and s.texts[i] not in QUOTE_MARKS for i in range(verb + 1, cue.start)
        ) or (verb > s.span.start and s.phrase_at(verb - 1, LEX.negation)):
            return None  # (لم تعتبر مصر القرار انتهاكا، لا تصنف روسيا الحركة منظمة إرهابية: deemed no such thing)
        start = verb + s.phrase_at(verb, LEX["opinion-verb"])
        holder = None
        word = s.norms[verb]
        ours = word.startswith("\u0646") and s.lex.has(LEX["opinion-verb"], "\u064a" + word[1:])  # نعتبر: we deem
        subject = None if ours else self.attribution.verb_subject(s, verb)
        if subject is not None and subject[1] is not None and subject[1].start >= start:
            holder, start = subject, self.actors.coordinated(s, subject[1])[-1].end  # تصنف أنقرة وواشنطن X: all
        elif subject is not None and subject[1] is not None:
            holder = subject  # الكويت وصفت الهجوم ...
        else:
            holder = self.attribution.matrix_subject(s, verb)
            if holder is None and self.attribution.voiced():
                holder = (self.attribution.speaker, None, False)
        end = cue.start
        while start < end and s.texts[start] in QUOTE_MARKS:
            start += 1  # ما اعتبرته "حماس" خرقا
        if end <= start:
            return self.deemed_clause(s, verb, holder)
        first = next((k for k in range(start, end) if k in s.cue_at
                      and self.lex.cues[URIRef(s.cue_at[k].kb_id_)].kind in (KG.EvaluativeCue, KG.EvaluativeVerbCue)), None)
        if first is not None and self.only_frame_words(s, start, first):
            # معتبرة أنها انتهاك للقانون وتهديد للأمن: the first evaluation carries the object; a second one is of
            # what it names after ل, if anything
            target = self.object_in_l(s, cue)
            return (holder, cue.start, self.issues.issue_end(s, target)) if target is not None and holder else None
        pronoun = None
        while end > start and (
            s.texts[end - 1] in QUOTE_MARKS
            or s.phrase_at(end - 1, LEX.complementizer)
            or s.lex.has(LEX.complementizer, without_pronoun(s, end - 1, s.norms[end - 1], min_stem=2) or "")
        ):
            pronoun = end - 1 if s.texts[end - 1] not in QUOTE_MARKS else pronoun
            end -= 1  # بأنه، بأنها: the evaluation's own particle, with its pronoun (and a quote mark)
        if end > start and s.phrase_at(end - 1, LEX["designation-particle"]):
            end -= 1  # تصنفه على أنه منظمة إرهابية، أدرجتها على قائمة الإرهاب: على leads to the designation
        if holder is not None and end <= start and pronoun is not None and s.phrase_at(pronoun, LEX["subject-pronoun"]):
            return self.earlier_issue(s, start, holder)  # أدانت القصف، معتبرة أنه انتهاك: "it" is the issue just named
        if holder is None or end <= start:
            return None
        if end - start == 1 and s.phrase_at(start, LEX["object-pronoun"]):
            # أدانت القصف، معتبرة إياه انتهاكا: "it" is the issue of the statement just made
            return self.earlier_issue(s, start, holder)
        if self.only_frame_words(s, start, end):
            # اعتبرت أنه يمثل تهديدا للأمن الإقليمي: what "it" is was said before; what it threatens is the issue
            target = self.object_in_l(s, cue)
            if target is None:  # أشاد بالقرار، معتبرا أنه يكتسب أهمية تاريخية: "it" is the statement just made's issue
                return self.earlier_issue(s, start, holder)
            return holder, cue.start, self.issues.issue_end(s, target)
        return holder, start, end

    def attributive(self, s: Sentence, cue: Span) -> bool:
        """شهد نقاشات مثمرة، تفرض حصارا غير عادل: the evaluation right after an indefinite noun describes that noun
        (not after a verb, a light verb or a noun that only carries it: يشكلان ركيزة، أمر مدان، يظل خطا أحمر; nor
        after a prepositional phrase of the subject's: الصادرة عن جهات أجنبية مرفوضة)."""
        noun = cue.start - 1
        if cue.end - cue.start == 1 and s.norms[cue.start].startswith(ARTICLE) and s.definite(noun) \
                and not s.definite(noun - 1):
            return True  # إنهاء الأعمال العدائية: a definite adjective after a definite noun, never its predicate
            # (after a second one it is a loaded naming: الممارسات الإسرائيلية الاستفزازية)
        return (
            cue.end - cue.start == 1 + (s.phrase_at(cue.start, LEX.negation) > 0)  # an adjective (مثمرة، غير عادل),
            # not a noun phrase (ادعاء كاذب، خطا أحمر)
            and self.indefinite_before(s, cue.start)
            and not any(s.phrase_at(noun, ws) for ws in (LEX["predicate-noun"], LEX["light-verb"], LEX.copula))
            and not any(has_verb_shape(form) for form, _ in strip_proclitics(s.norms[noun]))
            and not any(s.phrase_at(k, ws) for k in (noun - 1, noun - 2)
                        for ws in (LEX["issue-preposition"], LEX.locative, LEX["topic-preposition"]))
        )

    @staticmethod
    def only_frame_words(s: Sentence, start: int, end: int) -> bool:
        """Tokens start..end are only light verbs, pronouns, complementizers (بأنه) and quote marks: no object."""
        return all(
            s.phrase_at(i, LEX["light-verb"]) or s.phrase_at(i, LEX["subject-pronoun"]) or s.texts[i] in QUOTE_MARKS
            or s.lex.has(LEX.complementizer, without_pronoun(s, i, s.norms[i], min_stem=2) or "") for i in range(start, end)
        )

    @staticmethod
    def object_in_l(s: Sentence, cue: Span) -> int | None:
        """تهديدا للأمن الإقليمي: the word in ل shortly after an evaluation, what it threatens or violates (not a
        negation: انتهاكا لا يمكن القبول به)."""
        return next((k for k in range(cue.end, min(cue.end + 3, s.span.end))
                     if s.norms[k].startswith("\u0644") and not s.phrase_at(k, LEX.negation)), None)

    def earlier_issue(self, s: Sentence, start: int, holder: tuple) -> tuple[tuple, int, int] | None:
        """The issue of this sentence's statement just made before token start, for a pronoun that points to it."""
        previous = self.holders.earlier_statement(s, s.doc[start].idx)
        named = previous and s.doc.char_span(previous.issue_start, previous.issue_end, alignment_mode="expand")
        return (holder, named.start, named.end) if named else None

    def deemed_clause(self, s: Sentence, verb: int, holder: tuple | None) -> tuple[tuple, int, int] | None:
        """تواصل إسرائيل الغارات، ما اعتبرته حماس خرقا: after a comma, ما (وهو ما، الأمر الذي) and the verb of
        deeming, the clause before the comma is what its subject deems so."""
        relative = s.phrase_ending(verb - 1, LEX["what-relative"]) if verb > s.span.start else 0
        if holder is None or not relative:
            return None
        start, end = self.clause_before(s, verb - relative)
        return (holder, start, end) if start < end else None

    @staticmethod
    def fronted_predicate(s: Sentence, cue: Span) -> bool:
        """من before a definite evaluative word (or opening the cue: من المهم) fronts the predicate (من الضروري أن
        نلتقي): its subject follows."""
        fronted = s.phrase_at(cue.start, LEX["fronted-predicate"]) > 0 or (
            cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["fronted-predicate"]) > 0)
        return fronted and s.norms[cue.end - 1].startswith(ARTICLE)

    def reporting_verb_before(self, s: Sentence, cue: Span, quoted: bool = False) -> int | None:
        """أكد (الوزير) ضرورة / شدد على ضرورة ...: a reporting verb whose object the cue is; with quoted, also
        across a straight quote mark that opens the object (مؤكدا "ضرورة ...": " also closes quotes, so skip_back
        keeps it)."""
        i = self.actors.skip_back(s, cue.start)
        if quoted and i > s.span.start and s.texts[i] == '"':
            i = self.actors.skip_back(s, i)
        if i >= s.span.start and s.phrase_ending(i, LEX["issue-preposition"]):
            i = self.actors.skip_back(s, i - s.phrase_ending(i, LEX["issue-preposition"]) + 1)
        i = self.actors.skip_aside(s, i)  # أكد الوزير، في مقابلة مع قناة، استعداد مصر: the aside passed over
        while i in s.mention_end:
            i = self.actors.skip_back(s, s.mention_end[i].start)
        return i if i >= s.span.start and s.phrase_at(i, LEX["reporting-verb"]) else None

    def asserter(self, s: Sentence, comp: int) -> tuple[Actor | None, Span | None, bool]:
        """Who asserts the predicate, and whether this sentence names them: the subject of the reporting verb
        before أن or the cue; for a reporting verb with no subject of its own after a statement of this sentence
        (رفضت الكويت المقترح، مشيرة إلى ضرورة ...: a participle, or a verb whose subject is elided), the subject of
        the sentence's first verb (not whom it quoted before); else the current speaker."""
        if s.norms[comp].startswith(CONJUNCTION):  # ...أن X، وأن Y: the second clause's asserter is the first's
            earlier = next((k for k in range(comp - 1, s.span.start - 1, -1) if s.phrase_at(k, LEX.complementizer)), None)
            if earlier is not None:
                return self.asserter(s, earlier)
        for i in range(comp - 1, s.span.start - 1, -1):
            if s.phrase_at(i, LEX["reporting-verb"]):
                said = next((k for k in range(i + 1, comp) if s.texts[k] in QUOTE_OPENERS), comp)
                for j in range(i + 1, said):  # the verb's subject, not whom it met after it (خلال لقائه نظيره) nor
                    mention = s.mention_start.get(j)  # a name inside what is said (وتابع: ... لدعم لبنان)
                    if mention is not None and not self.actors.in_phrase(s, mention):
                        resolved = self.actors.actor(mention) or next(
                            ((actor, metonymy) for actor, _, metonymy in self.actors.resolve(s, [mention])), None)
                        if resolved is not None:  # a group (أجمع الوزراء) is read whole where the statement is made
                            return resolved[0], mention, True
                previous = self.holders.earlier_statement(s, s.doc[i].idx)
                if previous is not None and all(s.phrase_at(j, LEX["issue-preposition"]) or s.texts[j] in QUOTE_MARKS
                                                for j in range(i + 1, comp)):  # مؤكدا "ضرورة ...": a quote opens it
                    matrix = self.attribution.matrix_subject(s, i)  # not whom the sentence quotes before it
                    if matrix is not None:
                        return matrix[0], matrix[1], True
                    if self.attribution.voiced():
                        return self.attribution.speaker, None, False
                    return previous.holder, None, True
                break
        return self.attribution.speaker, None, False

    def shared(self, s: Sentence, cue: Span) -> PositionStatement | None:
        """تشارك أنقرة المخاوف نفسها: the subject takes on the named actor's stance and issue."""
        other = s.mention_end.get(cue.start - 1)
        if other is None or other.start - 1 < s.span.start:
            return None
        before = other.start - 1
        if s.phrase_at(before, LEX["share-verb"]):
            subject = s.mention_end.get(self.actors.skip_back(s, before))  # دول الخليج تشارك أنقرة المخاوف
        elif (
            before in s.mention_end
            and s.mention_end[before].start - 1 >= s.span.start
            and s.phrase_at(s.mention_end[before].start - 1, LEX["share-verb"])
        ):
            subject = s.mention_end[before]  # وتشاطر الكويت الرياض المخاوف
        else:
            return None
        same = s.phrase_at(cue.end, LEX.same) if cue.end < s.span.end else 0
        referenced = self.actors.actor(other)
        if not same or referenced is None:
            return None
        stance = self.lex.cues[URIRef(cue.kb_id_)].stance
        earlier = [x for x in self.statements if x.holder == referenced[0] and x.stance == stance]
        if not earlier:
            return None
        first_of_last = next(x for x in earlier if x.char_start == earlier[-1].char_start)
        if subject is None:
            return None
        resolved = self.actors.actor(subject)
        if resolved is None:
            return None
        return self.frames.make(
            s,
            cue,
            URIRef(cue.kb_id_),
            resolved[0],
            subject,
            resolved[1],
            cue.start,
            cue.end + same,
            "shared-stance",
            issue=first_of_last.issue,
            label=first_of_last.issue_label,
        )
