"""Where an evaluation stands in its clause: after a copula or light verb, as a short clause's predicate, governed
by a preposition or in construct, and the subject it is said of (a mixin of the evaluative stage)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..normalize import strip_proclitics
from ..vocab import KG, LEX
from .sentence import (
    ACCUSATIVE,
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    MAX_PREDICATE_SUBJECT,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    REPORTING_VERB,
    THIRD_PERSON,
    Sentence,
    is_function_word,
    pronounless_forms,
    without_pronoun,
)

MAX_SECOND_VERB = 6  # tokens between two evaluative verbs of one subject (تخالف ذلك وتتناقض)


class Predicates:
    """The clause-reading half of the evaluative stage: its methods read the stage's lexicon and sentence."""

    def copula_after(self, s: Sentence, cue: Span) -> int | None:
        """المخرج الوحيد هو X، السبيل الوحيد للحل هو X: a definite evaluation that opens its clause, then هو/هي
        (a short ل-phrase between): where X begins, or None."""
        before = cue.start - 1
        opens = cue.start == s.opening() or (
            before >= s.span.start and (s.phrase_at(before, LEX.complementizer) > 0 or s.texts[before] in QUOTE_OPENERS)
        )
        if not opens or not s.norms[cue.start].startswith(ARTICLE):
            return None
        for k in range(cue.end, min(cue.end + 6, s.span.end - 1)):  # السبيل الوحيد للخروج من هذا الوضع هو
            if s.phrase_at(k, LEX["copula-pronoun"]):
                return k + 1
            if s.punct[k] or k in s.mention_start:
                return None
        return None

    def second_verb(self, s: Sentence, cue: Span) -> bool:
        """An evaluative verb a few words before this one, in its clause: this one goes on with its subject."""
        return any(
            0 <= cue.start - other.end <= MAX_SECOND_VERB
            and s.clause[other.start] == s.clause[cue.start]
            and self.lex.cues[URIRef(other.kb_id_)].kind == KG.EvaluativeVerbCue
            for other in s.cue_at.values()
            if other.start != cue.start
        )

    def indefinite_before(self, s: Sentence, i: int) -> bool:
        """An indefinite noun right before token i (مواقف تخالف ذلك): the verb at i describes it (negation and
        hedges between passed over: القرار لا يتماشى)."""
        j = i - 1
        while j >= s.span.start and any(s.phrase_at(j, ws) for ws in (LEX.negation, LEX.continuity, LEX.hedge)):
            j -= 1
        return (
            j >= s.span.start
            and j not in s.mention_end
            and s.doc[j].is_alpha
            and not s.definite(j)  # بالإقليم: definite
            and not is_function_word(s, j)
            and without_pronoun(s, j, s.norms[j]) is None
            and j not in s.cue_at
        )

    def clause_before(self, s: Sentence, relative: int) -> tuple[int, int]:
        """The clause before the comma that precedes a relative ما (وهو ما) at token relative (empty where no comma
        does)."""
        longest = s.phrase_ending(relative, LEX["what-relative"])
        comma = relative - max(longest, 1)
        if comma <= s.span.start or s.texts[comma] not in COMMAS:
            return relative, relative
        start = comma
        while start > s.span.start and not s.punct[start - 1] and start - 1 not in s.boundary:
            start -= 1
        return start, comma

    def coordinated_object(self, s: Sentence, cue: Span) -> bool:
        """وضرورة X after a statement of this sentence: a noun joined by و to the objects before it, heading
        its own (not a predicate of the words before it, nor an item of a relative clause's list)."""
        return (
            s.norms[cue.start].startswith(CONJUNCTION)
            and cue.start > s.opening()
            and self.in_construct(s, cue)
            and self.statements != []
            and self.statements[-1].char_start == s.doc[s.opening()].idx
            and not any(s.phrase_at(i, LEX["relative-pronoun"]) for i in range(s.opening(), cue.start))
        )

    def in_construct(self, s: Sentence, cue: Span) -> bool:
        """أهمية اتفاق وقف إطلاق النار: a noun the cue governs follows it, so the cue heads a phrase and is no
        predicate of the words before it."""
        after = cue.end
        if (
            after >= s.span.end
            or after in s.boundary
            or s.punct[after]
            or s.space[after]
            or s.norms[after][:1] in (CONJUNCTION, *PREPOSITIONS)
            or is_function_word(s, after)
        ):
            return False
        word = s.norms[after]
        # a genitive noun: definite, or neither an imperfect verb (ادعاء كاذب يهدف) nor an accusative (مرفوضة شكلا)
        return word.startswith(ARTICLE) or not (word.endswith(ACCUSATIVE) or word[:1] in THIRD_PERSON)

    def governed(self, s: Sentence, cue: Span) -> bool:
        """لإثارة الاستفزازات، عمليات أو استفزازات: a definite cue after a noun in construct, or one after أو, is a
        noun's genitive or a list's item, no predicate."""
        before = cue.start - 1
        if before < s.span.start or s.punct[before] or s.texts[before] in QUOTE_MARKS:
            return False
        if any(s.phrase_at(before, ws) for ws in (LEX.negation, LEX["light-verb"], LEX.hedge, LEX.continuity)):
            return False
        word = s.norms[before]
        if s.lex.has(LEX["list-disjunction"], word):
            return True
        return (
            s.norms[cue.start].startswith(ARTICLE)
            and not word.startswith(ARTICLE)
            and s.doc[before].is_alpha
            and not is_function_word(s, before)
        )

    def under_preposition(self, s: Sentence, cue: Span) -> bool:
        """معرضون للخطر، بخطورة: a cue with a proclitic preposition is its phrase's object, no predicate."""
        norm = s.norms[cue.start]
        return (norm,) not in self.lex.cue_forms and any(
            norm[:clitic].removesuffix(ARTICLE).endswith(PREPOSITIONS) and (form,) in self.lex.cue_forms
            for form, clitic in strip_proclitics(norm))

    def predicate_opener(self, s: Sentence, cue: Span, comp: int | None) -> int | None:
        """The complementizer, quote mark or colon that opens a nominal clause whose short subject the cue
        (a predicate) follows, if there is one."""
        opener = next(
            (
                i
                for i in range(cue.start - 2, max(s.span.start, cue.start - MAX_PREDICATE_SUBJECT - 2), -1)
                if s.texts[i] in QUOTE_OPENERS
            ),  # not a quote right before the cue: أن X "أمر غير مقبول" quotes the predicate
            None,
        )
        opener = max(o for o in (comp, opener, -1) if o is not None)
        if opener < s.span.start:
            if not (self.attribution.continuing and self.attribution.voiced()):
                return None
            opener = s.opening() - 1  # «... . هذه الفظائع غير مقبولة»: a sentence inside the quote opens the clause
        relative = any(s.phrase_at(i, LEX["relative-pronoun"]) for i in range(opener + 2, cue.start))
        if not 0 < cue.start - opener - 1 <= MAX_PREDICATE_SUBJECT * (2 if relative else 1):
            return None  # قتل المدنيين الذين يطلبون المساعدات أمر مرفوض: a subject with its own relative clause
        if any(
            i in s.boundary and s.texts[i] not in QUOTE_MARKS and not s.phrase_at(i, LEX["relative-pronoun"])
            for i in range(opener + 1, cue.start)
        ):
            return None
        return opener

    def complementizer_before(self, s: Sentence, i: int) -> int | None:
        for j in range(i - 1, s.span.start - 1, -1):
            if s.phrase_at(j, LEX.complementizer):
                return j
        return None

    def subject_end(self, s: Sentence, start: int, limit: int) -> int:
        """The subject noun phrase ends at the clause boundary or where the predicate's particles begin (a quote
        mark opening it is passed over)."""
        while start < limit and s.texts[start] in QUOTE_MARKS:
            start += 1
        end = start
        while (
            end < limit
            and (end == start or end not in s.boundary)
            and not s.doc[end].is_punct
            and not any(s.phrase_at(end, ws) for ws in (LEX.negation, LEX.continuity, LEX.hedge))
            and not (end > start and s.phrase_at(end, LEX["light-verb"]))  # X يعد ...: the predicate begins
        ):
            end += 1
        relative = s.phrase_at(end, LEX["relative-pronoun"]) if start < end < limit else 0
        if relative and not any(s.doc[k].is_punct or s.phrase_at(k, LEX.complementizer) or s.phrase_at(k, REPORTING_VERB)
                                or any(s.lex.has(LEX.complementizer, f) for f in pronounless_forms(s, k))
                                for k in range(end, limit)):
            end = limit  # الهجمات التي تستهدف الأراضي العراقية تمثل ...: the clause that says which, up to the predicate
            while end > start and any(s.phrase_at(end - 1, ws) for ws in (LEX.negation, LEX.continuity, LEX.hedge)):
                end -= 1
        return end

    def subject_before(self, s: Sentence, verb: int) -> Span | None:
        """The actor right before a verb (a negation between passed over) that opens its clause: its subject."""
        i = self.actors.skip_back(s, verb)
        while i >= s.span.start and s.phrase_at(i, LEX.negation):
            i -= 1
        mention = s.mention_end.get(i)
        if mention is None or self.actors.in_phrase(s, mention):
            return None
        before = mention.start - 1
        opens = before < s.span.start or s.phrase_at(before, LEX.complementizer) or s.texts[before] in COMMAS
        return mention if opens else None
