"""Where a cue's particle and object stand: the particle it needs past whom it addresses and the asides
between, a call's object with no particle, a position's content, and the clause a relative ما points back to
(a mixin of the frame reader)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..nlp.components import OWN_COUNTRY
from ..normalize import is_verbal_noun, strip_proclitics
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    MAX_ASIDE_TOKENS,
    PARTICLE_WINDOW,
    PREPOSITIONS,
    REPORTING_VERB,
    SENTENCE_END,
    THIRD_PERSON_PRONOUNS,
    Sentence,
    has_particle,
    pronounless_forms,
    trimmed,
)


class Particles:
    """The particle-reading half of the frame reader: its methods read the reader's stages and sentence."""

    def antecedent_clause(self, s: Sentence, cue: Span) -> tuple[int, int] | None:
        """...، وهو ما ترفضه مصر: a verb after a relative ما, with the pronoun that points back to it, takes the clause
        before the comma as its object; (start, end) of that clause, or None."""
        if cue.start <= s.span.start or not s.phrase_ending(cue.start - 1, LEX["what-relative"]) \
                or self.lex.cues[URIRef(cue.kb_id_)].kind != KG.VerbCue \
                or not s.norms[cue.start].endswith(("\u0647", "\u0647\u0627")) or not pronounless_forms(s, cue.start):
            return None
        start, end = self.evaluative.clause_before(s, cue.start - 1)
        while start < end and (s.phrase_at(start, LEX.complementizer) or s.phrase_at(start, LEX["subject-pronoun"])):
            start += 1
        return (start, end) if start < end else None

    def verb_pronoun_object(self, s: Sentence, cue: Span) -> bool:
        """رفضته إسرائيل، تدرسها حماس: a verb cue whose object is a pronoun suffix; a past form in ت or an
        imperfect, since رفضه and دعمه are as often a noun and its owner (his rejection)."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if entry.kind != KG.VerbCue or entry.requires or entry.addressee or cue.end - cue.start != 1:
            return False  # دعتهم إلى، نحثهم على: the pronoun is whom the call addresses
        if s.texts[cue.start].lstrip("\u0648\u0641").startswith("\u0625"):
            return False  # فرض إرادتها: a written إ begins a verbal noun, never a perfect verb (أرادتها)
        for form, _ in strip_proclitics(s.norms[cue.start]):
            suffix = next((p for p in THIRD_PERSON_PRONOUNS if form.endswith(p)), None)
            stem = form[: -len(suffix)] if suffix else ""
            if len(stem) < 3 or suffix in ("\u0647\u0645", "\u0647\u0645\u0627"):
                continue  # نشجعهم: هم and هما are people (things plural take ها)
            if stem.endswith("\u062a") and (stem,) in self.lex.cue_forms \
                    and (stem[:-1] + "\u0647",) not in self.lex.cue_forms:  # إدانتها (أ and إ folded): a noun
                return True
            if stem.startswith("\u064a") and (stem,) in self.lex.cue_forms:
                return True
            if stem[:1] in ("\u062a", "\u0646") and ("\u064a" + stem[1:],) in self.lex.cue_forms:
                return True
        return False

    def cleft(self, s: Sentence, cue: Span) -> tuple[int, int] | None:
        """ما نطلبه هو الحوار، ما تريده مصر هو وقف ...: a verb after ما, its pronoun the ما, then (its subject and)
        هو or هي: what it wants is named after the pronoun, as (start, end) tokens, or None."""
        what = s.norms[cue.start - 1] if cue.start > s.span.start else ""
        if not s.lex.has(LEX["what-relative"], what.removeprefix(CONJUNCTION)):  # ما، وما
            return None
        k = s.mention_start[cue.end].end if cue.end in s.mention_start else cue.end
        if k + 1 >= s.span.end or not s.phrase_at(k, LEX["copula-pronoun"]):
            return None
        start = self.issues.issue_start(s, k + 1)
        end = self.issues.issue_end(s, start)
        return (start, end) if start < end else None

    def named_before(self, s: Sentence, cue: Span) -> tuple[int, int] | None:
        """What the pronoun on a verb points back to: the issue of the last statement made in this sentence
        before it, as (start, end) tokens, or None."""
        first = trimmed(s.span, s.space)[0]
        previous = next((x for x in reversed(self.statements) if x.char_start == first), None)
        if previous is None or previous.issue_end > cue.start_char:
            return None
        span = s.doc.char_span(previous.issue_start, previous.issue_end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else None

    def particle(self, s: Sentence, after: int, particles: tuple[tuple[str, ...], ...], asides: bool = True) -> int | None:
        """Where the particle the cue needs (يعمل على، يدعو إلى) stands, within a few words.

        Words before it are whom the call addresses (دعت الإدارة الدول المعنية إلى ...), and asides between
        commas or a quote mark may come first (دعت فرنسا، في بيان، "إلى ..."); a new clause (أن، التي، أنها),
        another cue or verb of saying ends the search. A one-letter particle is a proclitic, not on a bare
        pronoun (المعترف بها is no welcome's object). An aside of time is searched too where nothing follows it.
        """
        i, limit, passed = after, min(after + PARTICLE_WINDOW, s.span.end), False
        if asides and s.span.start < i < s.span.end and s.texts[i - 1] in COMMAS \
                and s.phrase_at(i, LEX["circumstance-preposition"]):
            i -= 1  # تعهد الاتحاد، خلال ...، بتقديم: the subject's comma opens the aside
        while i < limit:
            timed = asides and i + 1 < s.span.end and s.phrase_at(i + 1, LEX["circumstance-preposition"])
            if s.texts[i] in COMMAS and i + 1 < s.span.end and (
                s.phrase_at(i + 1, LEX["relative-pronoun"]) or s.phrase_at(i + 1, LEX.inclusion) or timed
            ):  # ورحبت قوات الدعم السريع، التي تقاتل الجيش منذ عامين، بـ ...: a relative clause between commas;
                # ودعت مصر المجتمع الدولي، وخصوصا مجلس الأمن، إلى: whom the call includes; تعهد الاتحاد، خلال
                # مؤتمر المانحين لدعم سوريا، بتقديم: when or where, between commas
                close = next(
                    (k for k in range(i + 2, min(i + 2 * MAX_ASIDE_TOKENS, s.span.end)) if s.texts[k] in COMMAS),
                    None,
                )
                if close is not None:
                    i, limit, passed = close + 1, min(close + 1 + PARTICLE_WINDOW, s.span.end), passed or bool(timed)
                    continue
            if s.texts[i] in COMMAS and i + 1 < s.span.end and s.phrase_at(i + 1, LEX["according-to"]):
                i += 1  # وأكدت الحكومة، على لسان وزير الإعلام، أن: the comma before whose words they are
                continue
            if s.phrase_at(i, LEX["according-to"]) and not (i > s.span.start and s.phrase_at(i - 1, LEX["what-relative"])):
                # وأكدت حركة فتح على لسان المتحدث باسمها، أن: whose words they are, up to the comma
                close = next((k for k in range(i + 2, min(i + 2 * MAX_ASIDE_TOKENS, s.span.end)) if s.texts[k] in COMMAS),
                             None)
                if close is None:  # ودعت مصر وفقا لبيان الخارجية إلى ...: the phrase and the name it gives
                    k = i + s.phrase_at(i, LEX["according-to"])
                    i = s.mention_start[k].end if k in s.mention_start else k + 1
                    continue
                i, limit = close + 1, min(close + 1 + PARTICLE_WINDOW, s.span.end)
                continue
            aside = max(s.phrase_at(i, LEX.adverb), self.issues.channel_aside(s, i))
            if aside > 1:  # وطالب أعضاء المجلس في بيان لهم بالإفراج: بيان is no ب
                i += aside
                continue
            norm = s.doc[i].norm_
            if any(has_particle(norm, particle) for particle in particles) and not self.name_ali(s, i) \
                    and not s.lex.has(LEX["institution-noun"], norm):  # بعثة: a word, not ب and عثة
                return i  # a one-letter particle is a proclitic, also on a cue: يرحب بالاتفاق، التزامها بمساندة
            if self.opens_clause(s, i) or (i > after and (
                (i in s.cue_at and not s.norms[i].startswith(ARTICLE)) or s.phrase_at(i, REPORTING_VERB)
            )):
                break  # another cue or verb of saying ends the search; الدول الداعمة (an attribute) does not
            if s.texts[i] in SENTENCE_END:
                break
            i += 1
        # دعا عون، بعد لقائه بالوزير إلى وقف النار، وأكد: the aside's closing comma left out, the particle is inside it
        return self.particle(s, after, particles, asides=False) if passed else None

    def name_ali(self, s: Sentence, i: int) -> bool:
        """لقائه بمحمد علي النفطي: علي written with ي after a given name is part of the name, not على."""
        return s.texts[i].endswith("\u064a") and i > s.span.start and s.texts[i - 1].isalpha() \
            and i - 1 not in s.mention_end and any(  # محمود عباس علي وقف: the name is closed, علي is على
            self.lex.has(LEX["given-name"], form) for form, _ in strip_proclitics(s.norms[i - 1]))

    def position_content(self, s: Sentence, start: int) -> int:
        """تتمسك بموقفها الثابت في رفض X: where a position's content (a stance noun after في، من or another issue preposition) begins, else start."""
        if start >= s.span.end:
            return start
        forms = [form for form, _ in strip_proclitics(s.norms[start])] + pronounless_forms(s, start)
        if not any(s.lex.has(LEX["position-noun"], form) for form in forms):
            return start
        k = start + 1
        if k < s.span.end and k in s.mention_start and s.mention_start[k].label_ == OWN_COUNTRY:
            k = s.mention_start[k].end  # موقف بلاده الواضح: his country's
        while k < min(start + 4, s.span.end) and s.norms[k].startswith(ARTICLE) and k not in s.cue_at \
                and k not in s.mention_start:
            k += 1  # الثابت، الراسخ
        if k + 1 < s.span.end and s.phrase_at(k, LEX["issue-preposition"]) == 1 and k + 1 in s.cue_at:
            return k + 1
        if k < s.span.end and k in s.cue_at and s.norms[k][:1] in PREPOSITIONS:
            return k  # موقف بلاده الواضح برفض التهجير: the stance noun carries its preposition
        return start

    def bare_object(self, s: Sentence, after: int) -> int | None:
        """طالب X المجتمع الدولي اتخاذ الإجراءات: a call's object with no particle, a derived verbal noun right after
        whom the call addresses (definite words, an adverb passed over)."""
        i = after
        while i < min(after + 5, s.span.end):
            adverb = s.phrase_at(i, LEX.adverb)
            if adverb:
                i += adverb
                continue
            inside = next((m for m in s.mention_start.values() if m.start <= i < m.end), None)
            if inside is not None:
                i = inside.end  # whom it addresses, by name
                continue
            stem = s.norms[i].removeprefix(ARTICLE)
            triliteral = len(stem) == 3 and i + 1 < s.span.end and s.phrase_at(i + 1, LEX["issue-preposition"]) > 0
            if i > after and (is_verbal_noun(stem) or triliteral) and s.doc[i].is_alpha \
                    and not stem.endswith("\u0627") and i not in s.cue_at:
                return i  # اتخاذ الإجراءات، الضغط على إسرائيل (a triliteral verbal noun with its preposition)
            if not s.norms[i].startswith(ARTICLE):
                return None
            i += 1
        return None

    def opens_clause(self, s: Sentence, i: int) -> bool:
        """A word that opens a clause of its own (not a comma or a quote mark)."""
        return (i in s.boundary and not s.punct[i]) or s.phrase_at(i, LEX["subject-pronoun"]) > 0
