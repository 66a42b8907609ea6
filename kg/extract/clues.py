"""What the words around a cue tell of its holder: a genitive that is its object, the antecedent of a relative,
a subject named before سبق أن, a predicate's subject, a position's owner, a demonym, a supporter after من, the
verb that governs it (a mixin of the holder finder)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..nlp.components import GOVERNED_ARTICLE, OWN_COUNTRY
from ..normalize import has_verb_shape
from ..ontology import Actor
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    CONJUNCTIONS,
    DASHES,
    POSSESSIVES,
    PREPOSITIONS,
    REPORTING_VERB,
    THIRD_PERSON,
    THIRD_PERSON_PRONOUNS,
    Sentence,
    is_function_word,
    pronounless_forms,
)
from .statement import PositionStatement

MAX_UNKNOWN_SUBJECT = 4  # words of a subject the gazetteer does not know between أن and its verb


class Clues:
    """The clue-reading half of the holder finder: its methods read the finder's stages and sentence."""

    def object_genitive(self, s: Sentence, cue: Span) -> bool:
        """عن دعم لبنان في ...، التزامه بمساندة الصومال.: a transitive verbal noun of support or opposition (no
        particle of its own) that a preposition governs, with an actor in construct and then في, a conjunction or
        the clause's end, takes that actor as its object. رفض إسرائيل سياسة التهجير، دعم مصر للمبادرة، قلق مصر: a
        noun or ل after the actor, or a noun of concern, makes the actor its subject."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if entry.requires or entry.stance not in (KG.support, KG.oppose):
            return False
        if cue.start == s.span.start or cue.end not in s.mention_start or s.norms[cue.start].startswith(ARTICLE):
            return False
        word = s.norms[cue.start]
        governing = next((c for c in s.cue_at.values() if c.end == cue.start), None)
        outer = self.lex.cues[URIRef(governing.kb_id_)] if governing is not None else None
        required = outer is not None and outer.stance == KG.support and word.startswith("\u0628") and (
            ("\u0628",) in outer.requires
        )  # التزامه بمساندة الصومال: the ب a cue of support before it requires (not يتهمها بدعم X)
        if not (
            required
            or s.phrase_ending(cue.start - 1, LEX["issue-preposition"])
            or word.startswith(("\u0644", "\u0648\u0644"))
        ):
            return False  # not بدعم X: with X's support
        after = self.actors.coordinated(s, s.mention_start[cue.end])[-1].end
        if after >= s.span.end or s.punct[after]:
            return True
        if s.norms[after][:1] == CONJUNCTION:
            return after not in s.cue_at  # استنكار دول المجلس وإدانتها ل: two nouns of one subject
        return s.phrase_at(after, LEX.locative) > 0

    def relative_antecedent(self, s: Sentence, cue: Span, kind: URIRef) -> Span | None:
        """مجلس الأمن الذي يدعو، الولايات المتحدة التي قالت: a verb right after a relative pronoun, with no subject
        of its own after it, has the actor the relative clause describes as its subject."""
        relative = cue.start - 1
        word = s.norms[cue.start]
        if kind != KG.VerbCue or relative - 1 < s.span.start:
            return None
        if word.endswith(THIRD_PERSON_PRONOUNS) and (word,) not in self.lex.cue_forms:
            return None  # الحكومة التي اتهمها بـ: the antecedent is the verb's object
        if not s.lex.has(LEX["relative-pronoun"], s.norms[relative].removeprefix(CONJUNCTION)):
            return None
        end = relative - 1
        if s.texts[end] in COMMAS:
            end -= 1  # الوزير الإسرائيلي، والتي تدعو
        if end > s.span.start and s.norms[end].isdigit():
            end -= 2 if s.phrase_at(end - 1, LEX["number-word"]) else 1  # القرار رقم 2797 الذي
        if end < s.span.start:
            return None
        return s.mention_end.get(end)  # ورد على إيران التي اتهمت: governed or not, it is the clause's subject

    def already(self, s: Sentence, cue: Span) -> Span | None:
        """X سبق أن حذرت (X has already warned): the actor right before سبق أن is the verb's subject."""
        i = cue.start - 2
        if i - 1 < s.span.start or not s.phrase_at(i, LEX.already) or not s.phrase_at(i + 1, LEX.complementizer):
            return None
        return s.mention_end.get(i - 1)

    def predicated(self, s: Sentence, cue: Span, kind: URIRef) -> bool:
        """Whether a cue with no subject of its own is said by the sentence's subject or speaker: a verb or
        participle (not one that opens a clause of its own after أن or a relative), a stance noun with its
        holder's pronoun (رفضه، قلقها), or one a verb of saying or expressing governs (أعرب عن إدانته), unless
        that verb has a subject of its own the gazetteer does not know (أن المجتمع الدولي عبّر عن دعمه). A
        stance noun inside another phrase (لتسهيل الدعم) is nobody's stance."""
        before = self.actors.skip_back(s, cue.start)
        while before >= s.span.start and s.phrase_at(before, LEX.negation):
            before -= 1
        if before >= s.span.start and (
            s.phrase_at(before, LEX.complementizer) or s.phrase_at(before, LEX["relative-pronoun"])
        ):
            return False
        word = s.norms[cue.start]
        bare = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word
        noun = bare.startswith(ARTICLE) or (
            bare[:1] in PREPOSITIONS and len(bare) > 3 and (bare,) not in self.lex.cue_forms
        ) or (before >= s.span.start and s.phrase_ending(before, LEX["issue-preposition"]) > 0
              and self.governing_verb(s, cue) == s.opening())  # وأعرب عن رفض المزاعم: after عن, رفض is a noun
        if cue.end - cue.start == 1 and (word,) not in self.lex.cue_forms and word.endswith(POSSESSIVES) and not noun:
            verb = self.governing_verb(s, cue)
            if verb is None and word[:1] in CONJUNCTIONS:  # عبّر عن دعمه ...، ورفضه: the verb of the noun it joins
                joined_to = max((c for c in s.cue_at.values() if c.end <= cue.start), key=lambda c: c.start, default=None)
                verb = self.governing_verb(s, joined_to) if joined_to is not None else None
            return verb is None or not self.unknown_clause_subject(s, verb)
        along = before - s.phrase_ending(before, LEX.accompaniment) if before >= s.span.start else before
        if along < before and (along < s.span.start or s.texts[along] in COMMAS):
            # ...، مع التأكيد على عدم التدخل، بالإضافة إلى دعم جهود: after a preposition the cue is a verbal noun (not
            # رفض with a subject after it), a circumstantial phrase that goes on the subject's or speaker's
            return True
        if kind == KG.VerbCue and not noun:
            if self.insisted(s, self.actors.skip_back(s, cue.start - s.phrase_ending(before, LEX["issue-preposition"]))):
                return True
            return not self.has_own_subject(s, cue) and not self.unknown_subject_after(s, cue)
        verb = self.governing_verb(s, cue)
        return verb is not None and not self.unknown_clause_subject(s, verb)

    def unknown_clause_subject(self, s: Sentence, verb: int) -> bool:
        """أكدت الوزارة أن المجتمع الدولي عبّر عن دعمه، الدول التي جددت دعمها: the verb has a subject of its own
        between أن and it, or a relative's antecedent, a noun the gazetteer does not know; what it expresses is
        that noun's, not the speaker's."""
        k = verb - 1
        comma = 1 if k - 1 > s.span.start and s.texts[k - 1] in COMMAS else 0  # الكتل السياسية، والتي جددت
        if k > s.span.start and s.phrase_at(k, LEX["relative-pronoun"]) and s.doc[k - 1 - comma].is_alpha:
            j = k - 1 - comma
            while j > max(s.span.start, k - 1 - MAX_UNKNOWN_SUBJECT) and j not in s.mention_end \
                    and s.norms[j].startswith(ARTICLE) and s.norms[j - 1].startswith(ARTICLE):
                j -= 1  # السعودية الشقيقة التي: the antecedent's adjectives passed over
            adverbial = j > s.span.start and (s.phrase_at(j - 1, LEX.locative)
                                              or s.phrase_at(j - 1, LEX["circumstance-preposition"]))
            return j not in s.mention_end and not is_function_word(s, j) and not adverbial  # في الوقت الذي: while
        while k >= max(s.span.start, verb - MAX_UNKNOWN_SUBJECT) and not s.phrase_at(k, LEX.complementizer):
            if k in s.mention_end or s.punct[k] or k in s.cue_at or is_function_word(s, k):
                return False
            k -= 1
        return verb - 1 > k >= s.span.start and s.phrase_at(k, LEX.complementizer) > 0

    def position_owner(self, s: Sentence, cue: Span) -> tuple[Actor, bool] | None:
        """دورها الداعم، موقفه الرافض: a position or role noun with its owner's pronoun right before a stance
        participle; the owner is the pronoun's antecedent."""
        j = cue.start - 1
        if j < s.span.start or not s.norms[cue.start].startswith(ARTICLE):
            return None
        if any(s.lex.has(LEX["position-noun"], form) for form in pronounless_forms(s, j)):
            return self.actors.antecedent(s, j)  # بموقفها، ودورها، سياستها
        return None

    def demonym_after(self, s: Sentence, cue: Span) -> tuple[list[Actor], int]:
        """The states or bodies the nisbas right after a stance noun name (ترحيب أمريكي، الرفض المصري، دعوة أممية،
        الوساطة المصرية-القطرية), and the token after them: a verb takes no such adjective, so the cue is a noun
        and the nisbas its holders."""
        if cue.end >= s.span.end or cue.end in s.mention_start:
            return [], cue.end
        word = s.norms[cue.start]
        definite = word.startswith(ARTICLE) or word[1:].startswith(ARTICLE)
        if definite != s.norms[cue.end].startswith(ARTICLE):
            return [], cue.end
        return self.joined_demonyms(s, cue.end)

    def joined_demonyms(self, s: Sentence, i: int) -> tuple[list[Actor], int]:
        """The states of the nisba at token i and of those joined to it by a dash or و (السعودية–الإماراتية،
        المصرية والقطرية), and the token after them (none where token i is no nisba)."""
        found: list[Actor] = []
        end = i
        while i < s.span.end:
            word = s.norms[i]
            iri = self.lex.demonyms.get(word) or (
                self.lex.demonyms.get(word[1:]) if found and word.startswith(CONJUNCTION) else None)
            if iri is None or self.lex.actors[iri] in found:
                break
            found.append(self.lex.actors[iri])
            end = i + 1
            i += 2 if i + 2 < s.span.end and s.texts[i + 1] in DASHES else 1
        return found, end

    def unknown_subject_after(self, s: Sentence, cue: Span) -> bool:
        """A noun right after the verb that the gazetteer does not know is its subject: after an imperfect verb
        (حيث يسعى الجيش، وتطالب منظمات حقوقية), or an indefinite one after a perfect verb (وطالب نواب
        عراقيون). A definite noun after a perfect verb may be its object (وأدان الهجمات), or whom it
        addresses (ودعا المجتمع الدولي إلى)."""
        word = s.norms[cue.start]
        word = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 4 else word
        after = cue.end
        if (
            after >= s.span.end
            or is_function_word(s, after)
            or after in s.cue_at
            or after in s.mention_start
            or len(s.norms[after]) <= 3
            or s.phrase_at(after, LEX.complementizer)
            or s.phrase_at(after, LEX["subject-pronoun"])
            or s.norms[after].startswith(GOVERNED_ARTICLE)  # مشيدة بالخطوات: a preposition's object, no subject
        ):
            return False
        definite = s.norms[after].startswith(ARTICLE)
        return word[:1] in THIRD_PERSON or not definite

    def supported_by_another(self, s: Sentence, cue: Span) -> bool:
        """بدعم (مباشر) من النظام الإيراني: a stance noun after ب whose agent follows من is not its subject's."""
        word = s.norms[cue.start]
        joined = word.startswith(CONJUNCTION) and len(word) > 3
        bare = word[1:] if joined else word
        if (word,) in self.lex.cue_forms or not (bare.startswith(PREPOSITIONS[0]) or (
                joined and cue.start > s.span.start and s.norms[cue.start - 1].startswith(PREPOSITIONS[0]))):
            return False  # بإشراف ودعم من الأمم المتحدة وبمساندة من دول الجوار: the second noun of the phrase too
        return any(s.phrase_at(i, LEX.agent) for i in range(cue.end, min(cue.end + 3, s.span.end)))

    def has_own_subject(self, s: Sentence, cue: Span) -> bool:
        """أن هذا التباين يعرقل ...: words before the verb in its clause are its subject (one the gazetteer does
        not know: nobody's stance), unless they are only negation, hedges, adverbs or a conjunction."""
        clause = s.clause[cue.start]
        i = cue.start - 1
        while i >= s.span.start and s.clause[i] == clause and i not in s.boundary:
            if not (
                s.punct[i]
                or s.space[i]
                or s.norms[i] in CONJUNCTIONS
                or any(
                    s.phrase_at(i, ws)
                    for ws in (
                        LEX.negation,
                        LEX.hedge,
                        LEX.adverb,
                        LEX.continuity,
                        LEX["modal-particle"],
                        LEX["issue-preposition"],
                        LEX["statement-noun"],  # أصدرت قسد بيانا دعت فيه ...: the statement, not a subject
                    )
                )
            ):
                return True
            i -= 1
        return False

    def feminine_owner(self, s: Sentence, cue: Span, previous: PositionStatement | None) -> Span | None:
        """A stance noun with her pronoun (ودعمها) after a man's statement (أشاد البديوي): the nearest state or
        body named before it in the sentence owns it."""
        if previous is None or previous.holder.kind != KG.Person or not s.norms[cue.start].endswith("\u0647\u0627") \
                or previous.cue_text.endswith("\u062a"):
            return None  # not her own statement (وأشادت الوزيرة ... ودعمها)
        word = s.norms[cue.start]
        if has_verb_shape(word[1:] if word[:1] in CONJUNCTIONS else word) or (
                cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["relative-pronoun"])):
            return None  # التي يتهمها: a verb, her its object
        verb = self.governing_verb(s, cue)
        if verb is not None and self.unknown_clause_subject(s, verb):
            return None  # عدد من الدول التي جددت دعمها: hers is the relative's antecedent's, whom nobody here knows
        for i in range(cue.start - 1, s.span.start - 1, -1):
            mention = s.mention_end.get(i)
            if mention is not None and not self.actors.in_phrase(s, mention):
                resolved = self.actors.actor(mention)
                if resolved is not None and resolved[0].kind != KG.Person:
                    return mention
        return None

    def governing_verb(self, s: Sentence, cue: Span) -> int | None:
        """أعرب (X) عن قلقه / أبدى استعداده / أكد دعم ...: the verb of saying or expressing (or the insistence
        noun) whose object the cue is, its subject and one preposition passed over."""
        i = self.actors.skip_back(s, cue.start)
        if s.norms[cue.start][:1] in PREPOSITIONS:  # أعلن (فيه) موقفا قاطعا برفض، أكد على موقف بلاده الواضح برفض
            k = i
            while k > s.span.start and s.norms[k].startswith(ARTICLE) and k not in s.mention_end:
                k -= 1  # its adjectives
            if k in s.mention_end and s.mention_end[k].label_ == OWN_COUNTRY:
                k = s.mention_end[k].start - 1  # his country's position
            if k > s.span.start and s.phrase_at(k, LEX["position-noun"]):
                i = self.actors.skip_back(s, k)  # the position the verb states
                i -= 1 if i > s.span.start and s.phrase_at(i, LEX["in-it"]) else 0
        if i >= s.span.start and s.phrase_ending(i, LEX["issue-preposition"]):
            i = self.actors.skip_back(s, i - s.phrase_ending(i, LEX["issue-preposition"]) + 1)
        channel = next((k for k in range(i, max(s.span.start, i - 4) - 1, -1)
                        if self.issues.channel_aside(s, k) == i - k + 1), None)
        if channel is not None:
            i = self.actors.skip_back(s, channel)  # أكد الرئيس في كلمة له على ...: the channel between
        i = self.actors.skip_aside(s, i)
        if i > s.span.start and s.texts[i] in COMMAS:
            # أعرب الأمين العام، أنطونيو غوتيريش، (الثلاثاء،) عن قلقه: the comma that closes the subject's
            # apposition, with when it was said between commas
            k = next((k for k in range(i - 1, max(s.span.start, i - 4) - 1, -1) if s.texts[k] in COMMAS), None)
            if k is not None and all(s.phrase_at(t, LEX["time-word"]) for t in range(k + 1, i)):
                i = k
            if i - 1 in s.mention_end:
                i -= 1
        while i in s.mention_end:
            i = self.actors.skip_aside(s, self.actors.skip_back(s, s.mention_end[i].start))
        if i >= s.span.start and (s.phrase_at(i, REPORTING_VERB) or s.phrase_at(i, LEX["express-verb"])):
            return i
        return i if self.insisted(s, i) else None

    def insisted(self, s: Sentence, i: int) -> bool:
        """جدد التأكيد على دعم ...: an insistence noun at i gives its stance to the cue after it."""
        return i in s.cue_at and self.lex.cues[URIRef(s.cue_at[i].kb_id_)].yields
