"""A verb's own form and what it tells of its subject: gender agreement, participles, whom it addresses, a verb
joined to the one before (a mixin of the holder finder)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..nlp.components import PERSON, STATE, local_name
from ..normalize import has_verb_shape, is_verbal_noun
from ..ontology import Actor
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    MAX_ASIDE_TOKENS,
    PLACE_LABELS,
    REPORTING_VERB,
    Sentence,
    first_person,
    without_conjunction,
)
from .statement import PositionStatement

MAX_QUALIFIERS = 3  # words between a statement or resolution and its issuer: جديد، الختامي، الصادر
PLURAL_OR_DUAL = ("\u0648\u0627", "\u0648\u0646", "\u062a\u0627")  # أكدوا، يؤكدون، أكدتا: no singular's gender


def feminine_verb(verb: str) -> bool:
    """تدعو، دعت: a verb (its و removed) whose ت marks a feminine subject, before or after its stem."""
    return verb.startswith("\u062a") or verb.endswith("\u062a")


SOUND_PLURAL = "\u064a\u0646"  # ين: داعين، مطالبين


def verbal_noun_shape(word: str) -> bool:
    """مصادقة، موافقة، مطالبة: مُفاعَلة is Form III's verbal noun as often as its participle (مناشدة is lost)."""
    return word[:1] == "\u0645" and word[2:3] == "\u0627"


class Verbs:
    """The verb-reading half of the holder finder: its methods read the finder's stages and sentence."""

    def addressed(self, s: Sentence, cue: Span) -> bool:
        """A verb that takes an addressee, joined by و after a named subject of this sentence, or one that
        charges (تتهم باكستان بخرق: an accuser names whom it accuses before ب, and a passive names no accuser): the
        one actor after it, right before its particle, is whom it addresses."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if not entry.addressee:
            return False
        if not (cue.text.startswith(CONJUNCTION) and cue.start > s.opening()) and not self.accused_after(s, cue) \
                and not self.disagrees(s, cue, s.mention_start[cue.end]) \
                and not first_person(s, cue) and not (self.participle(s, cue) and self.circumstantial(s, cue)):
            return False  # نطالب حكومة لبنان ب، ...، داعية طهران إلى: whom we, or the clause's subject, call on
        if self.attribution.matrix_subject(s, cue.start) is None and not self.attribution.voiced():
            return False
        if cue.text.startswith(CONJUNCTION) and self.unlike_first_verb(s, cue):
            return False  # رحبت مصر ...، ودعا رئيس الوزراء القطري إلى: a subject of its own
        return self.particle_after_actor(s, cue) is not None

    def unlike_first_verb(self, s: Sentence, cue: Span) -> bool:
        """A singular verb whose gender is not that of the sentence's first verb, in the same clause (رحبت ...،
        ودعا): the two have different subjects."""
        if self.attribution.matrix_subject(s, cue.start) is None:
            return False
        first = self.attribution.matrix_at
        if any(s.phrase_at(k, LEX.complementizer) or s.phrase_at(k, LEX["clause-boundary"])
               for k in range(first + 1, cue.start)):
            return False  # قالت الخارجية إن الوزير ...، ودعا / ...، فيما أثنت موسكو ... ودعت: another clause's verb
        if not (s.phrase_at(first, REPORTING_VERB) or s.phrase_at(first, LEX["express-verb"])
                or (first in s.cue_at and self.lex.cues[URIRef(s.cue_at[first].kb_id_)].kind == KG.VerbCue)):
            return False  # a stance noun has no gender of a verb
        genders = [self.verb_gender(s, without_conjunction(s.norms[k])) for k in (first, cue.start)]
        return None not in genders and genders[0] != genders[1]

    def particle_after_actor(self, s: Sentence, cue: Span) -> int | None:
        """Where the cue's particle stands right after the actor (and those joined to it) after the cue, or None:
        the shape of a verb that names whom it addresses before what it asks (دعا طهران إلى، تتهم باكستان بخرق)."""
        requires = self.lex.cues[URIRef(cue.kb_id_)].requires
        after = self.actors.coordinated(s, s.mention_start[cue.end])[-1].end
        return after if requires and self.frames.particle(s, after, requires) == after else None

    def accused_after(self, s: Sentence, cue: Span) -> bool:
        """تتهم باكستان بخرق: a verb that charges (not the noun اتهامات), its particle right after the actor after
        it: that actor is whom it accuses, for an accuser names the accused before ب."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if not entry.charges or cue.end not in s.mention_start \
                or not has_verb_shape(without_conjunction(s.norms[cue.start])) \
                or (cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["relative-pronoun"])):
            return False  # إيران التي اتهمت السعودية ب: the relative's antecedent accuses
        after = self.particle_after_actor(s, cue)
        if after is None or after in s.mention_start:
            return False  # اتهمت الهند باكستان ب: the second actor is the accused
        # the charge itself follows (بدعم، بالتدخل، بخرق), not a second object before it (بعض الدول بدعم)
        return charge(s, after) or not any(charge(s, k) for k in range(after + 1, min(after + 4, s.span.end)))

    def addresses_unnamed(self, s: Sentence, cue: Span) -> bool:
        """ودعت جميع القادة الليبيين إلى ...: a verb that addresses those no list names, then its particle."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        return entry.addressee and bool(entry.requires) and cue.end not in s.mention_start \
            and (self.frames.particle(s, cue.end, entry.requires) or cue.end) > cue.end

    @staticmethod
    def participle_word(cue: Span) -> str:
        """The cue's word without its و and its tanwin (وداعيا -> داعي): the shape the participle tests read."""
        word = cue.text[1:] if cue.text.startswith(CONJUNCTION) and len(cue.text) > 4 else cue.text
        return word.rstrip("\u064b\u064c\u064d")

    def participle(self, s: Sentence, cue: Span) -> bool:
        """داعيا، داعية، داعين، مطالبا، حاثة: an active participle (فاعل, or مُفعِل), in the accusative, feminine or
        plural."""
        word = self.participle_word(cue)
        return cue.end - cue.start == 1 and (
            (word.startswith("\u0645") and len(word) > 4)
            or (word[1:2] == "\u0627" and word.endswith(("\u0627", "\u0629", SOUND_PLURAL)))
        )

    @staticmethod
    def verb_gender(s: Sentence, word: str) -> bool | None:
        """Whether a singular verb (normalised, its و removed) is feminine: دعت، رحبت، تدعو (يدعو is listed) yes;
        دعا، يرحب، تعهد (a past of the form تفعّل: يعهد is no listed verb) no; a plural, a dual or an unknown ت-word:
        unknown."""
        if word.endswith(PLURAL_OR_DUAL):
            return None
        if word.endswith("\u062a"):
            return True
        future = "\u0633" if word.startswith("\u0633\u062a") and len(word) > 4 else ""  # ستواصل: the future's س
        word = word[len(future):]
        if not word.startswith("\u062a"):
            return False
        sets = (REPORTING_VERB, LEX["express-verb"])
        his = "\u064a" + word[1:]
        if (his,) in s.lex.cue_forms or (future + his,) in s.lex.cue_forms or any(s.lex.has(ws, his) for ws in sets):
            return True
        return False if (word,) in s.lex.cue_forms or any(s.lex.has(ws, word) for ws in sets) else None

    def disagrees(self, s: Sentence, cue: Span, mention: Span, seats: bool = True) -> bool:
        """ودعا منظمة التعاون إلى، ودعت الرئيس الأمريكي إلى: a verb whose gender is not that of the actor after it
        does not have it for its subject; it is whom the verb addresses. A masculine verb before a feminine body
        (its first noun ends in ة) or state (its name ends in ا: ألمانيا، روسيا), a feminine verb (ت) before a
        masculine title."""
        verb = without_conjunction(cue.text)
        as_verb = self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue and not (
            cue.start > s.span.start and s.phrase_ending(cue.start - 1, LEX["issue-preposition"]))  # عن تطلع: a noun
        feminine = self.verb_gender(s, without_conjunction(s.norms[cue.start])) if as_verb else None  # تعهد: he
        feminine = feminine_verb(verb) if feminine is None else feminine
        participle = verb.startswith("\u0645") or verb.endswith(("\u0629", "\u064a\u0646", "\u0648\u0646"))
        if participle or cue.end - cue.start > 1:
            return False
        head = s.texts[mention.start][mention._.clitic:]
        if mention.label_ != PERSON and not feminine:
            places = PLACE_LABELS if seats else PLACE_LABELS - {local_name(KG.Seat)}  # حذر الكرملين: a seat is masculine
            return head.endswith("\u0629") or mention.label_ in places or (
                mention.label_ == STATE and head.endswith("\u0627"))  # منظمة، الحكومة، طهران، ألمانيا: feminine
        return feminine and not head.endswith("\u0629") and s.phrase_at(mention.start, LEX.title) > 0

    def clause_subject_before(self, s: Sentence, j: int) -> tuple[Actor, Span, bool] | None:
        """The state or body right after an earlier أن of the sentence (أن مصر لن تقبل ...، وأنها): what a feminine
        pronoun after a man's words points back to."""
        for k in range(j - 1, s.span.start - 1, -1):
            mention = s.mention_start.get(k + 1)
            if s.phrase_at(k, LEX.complementizer) and mention is not None:
                resolved = self.actors.actor(mention)
                if resolved is not None and resolved[0].kind != KG.Person:
                    return resolved[0], mention, resolved[1]
        return None

    def feminine_verb_before(self, s: Sentence, mention: Span | None) -> bool:
        """وقالت كالاس: a woman speaks (her pronoun is ها too)."""
        verb = self.actors.skip_back(s, mention.start) if mention is not None else s.span.start - 1
        return verb >= s.span.start and s.norms[verb].endswith("\u062a") and s.phrase_at(verb, LEX["reporting-verb"]) > 0

    def charged(self, s: Sentence, cue: Span, previous: PositionStatement) -> bool:
        """A cue joined by و right after the issue of a charge (اتهم X بالعدوان ودعم ...): more of the charge."""
        return (
            self.lex.cues[previous.cue].charges
            and cue.text.startswith(CONJUNCTION)
            and not s.doc.text[previous.issue_end : cue.start_char].strip()
        )

    def circumstantial(self, s: Sentence, cue: Span) -> bool:
        """A verb cue right after a comma, with no subject of its own (رفضت مصر المقترح، داعية إلى الحوار:
        a circumstantial participle qualifies the clause before it)."""
        before = cue.start - 1
        return (
            before >= s.span.start
            and s.texts[before] in COMMAS
            and (self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue or self.feminine_participle(s, cue))
            and not self.actors.prepositional(s, cue)  # ...، بتأييد كافة الأعضاء: whose support follows
            and not self.closes_relative(s, before)
        )

    def closes_relative(self, s: Sentence, comma: int) -> bool:
        """القرار، الذي صاغته الولايات المتحدة، يدعم: the comma closes a relative clause in apposition, and the verb
        after it is the main clause's, its subject the noun before the aside."""
        for k in range(comma - 1, max(s.span.start, comma - MAX_ASIDE_TOKENS) - 1, -1):
            if s.texts[k] in COMMAS:
                return k + 1 < comma and s.phrase_at(k + 1, LEX["relative-pronoun"]) > 0
        return False

    def described_actor(self, s: Sentence, cue: Span) -> bool:
        """البيان الصادر عن أعضاء المجلس الرافض لتفرد ...: a definite participle right after an actor describes
        that actor's own stance, even inside another statement's issue."""
        word = s.norms[cue.start]
        stem = word[len(ARTICLE):] if word.startswith(ARTICLE) else ""
        participle = len(stem) > 3 and (stem[1] == "\u0627" or stem[0] == "\u0645")  # الرافض، المؤيد; not القبول
        return cue.start - 1 in s.mention_end and participle and self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue

    def accusative_participle(self, s: Sentence, cue: Span) -> bool:
        """داعيا، داعين، مطالبة، and داعية after a comma: a participle in the accusative or read as one, the
        circumstance of a clause (its actor is no subject)."""
        if self.feminine_participle(s, cue):
            return True
        if not self.participle(s, cue):
            return False
        word = self.participle_word(cue)
        if word.endswith(("\u0627", SOUND_PLURAL)):
            return True  # داعيا، داعين
        return word.endswith("\u0629") and self.circumstantial(s, cue) and not self.apposed(s, cue) and (
            word[1:2] == "\u0627" or not verbal_noun_shape(word))  # داعية، متهمة

    def goes_on(self, s: Sentence, cue: Span) -> bool:
        """مؤكدة، مطالبا: a verb cue in a participle's shape (not مُفاعَلة's, a verbal noun's too) that goes on for the
        clause's subject, so a phrase before it ends there."""
        return self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue and self.participle(s, cue) \
            and not verbal_noun_shape(self.participle_word(cue))

    def apposed(self, s: Sentence, cue: Span) -> bool:
        """إيران، داعمة الحوثيين، بسبب: a second comma soon after closes an aside that describes the noun before
        (not داعية الحكومة، إلى: the call's own particle after it)."""
        requires = self.lex.cues[URIRef(cue.kb_id_)].requires
        comma = next((k for k in range(cue.end, min(cue.end + 4, s.span.end)) if s.texts[k] in COMMAS), None)
        return comma is not None and not any(tuple(s.norms[comma + 1 : comma + 1 + len(p)]) == p for p in requires)

    def feminine_participle(self, s: Sentence, cue: Span) -> bool:
        """دعت مصر إلى الانسحاب، مطالبة المجتمع الدولي بالتحرك: a noun cue of the participle's shape (مُفاعِلة), bare,
        right after a comma in a sentence a feminine verb opens, is that subject's participle, not a verbal noun."""
        word = cue.text.rstrip("\u064b")
        opening = s.opening()
        return (
            self.lex.cues[URIRef(cue.kb_id_)].kind == KG.NounCue
            and cue.end - cue.start == 1
            and word.startswith("\u0645") and word.endswith("\u0629") and len(word) > 5
            and cue.start - 1 > opening
            and s.texts[cue.start - 1] in COMMAS
            and feminine_verb(without_conjunction(s.texts[opening]))
        )

    def imperfect_verb_cue(self, s: Sentence, cue: Span) -> bool:
        """يدين، تطالب: a verb cue in the imperfect (third person), which may describe the noun before it."""
        return self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue and s.norms[cue.start][:1] in ("\u064a", "\u062a")

    def issued_before(self, s: Sentence, cue: Span) -> bool:
        """أصدرت الوكالة قرارا يدين إيران، بيانا رسميا يرحب ب: an imperfect verb cue right after an indefinite
        resolution or statement (its adjectives between) describes it: whoever issued it holds the stance, and
        the actor after the verb is its object."""
        if not self.imperfect_verb_cue(s, cue):
            return False
        for k in (cue.start - 1, cue.start - 2):  # قرارا يدين، قرارا رسميا ينتقد
            if k < s.span.start or k in s.mention_end or s.norms[k].startswith(ARTICLE) \
                    or not s.norms[k].endswith("\u0627"):
                return False
            noun = s.norms[k][:-1]
            if any(s.lex.has(ws, noun) or s.lex.has(ws, ARTICLE + noun)
                   for ws in (LEX["issued-statement"], LEX["resolution-noun"])):
                return True
        return False

    def issuer_before(self, s: Sentence, cue: Span) -> Span | None:
        """قرار جديد صادر عن مجلس المحافظين يطالب طهران ب: an imperfect verb cue right after a statement or
        resolution and its issuer (عن/من X, adjectives between) describes it: the issuer, or None."""
        issuer = s.mention_end.get(cue.start - 1)
        if not self.imperfect_verb_cue(s, cue) or issuer is None or issuer.start - 2 < s.span.start or issuer.label_ in (STATE, *PLACE_LABELS) \
                or not s.lex.has(LEX["issuer-preposition"], s.norms[issuer.start - 1]):
            return None  # not تقرير عن إيران يطالب: a state or place after عن is what the report is about
        issued = False
        for k in range(issuer.start - 2, max(s.span.start, issuer.start - 2 - MAX_QUALIFIERS) - 1, -1):
            noun = s.norms[k].removesuffix("\u0627")  # قرارا، بيانا
            forms = (noun, ARTICLE + noun, noun.removeprefix(ARTICLE))
            if any(s.lex.has(ws, form) for ws in (LEX["resolution-noun"], LEX["issued-statement"]) for form in forms):
                before = s.norms[k - 1] if k > s.span.start else ""
                return issuer if issued or s.lex.has(LEX["issued-by"], before) else None
            if s.punct[k] or k in s.mention_end or k in s.cue_at:
                return None
            issued = issued or s.lex.has(LEX["issued-by"], noun)
        return None

    def joined_verb_object(self, s: Sentence, cue: Span) -> bool:
        """رفضت X ...، وأكدت عدم الاعتراف ب: a noun cue (a negation before it) right after a verb of saying or a
        verb cue joined by و, with no subject of its own between: that verb goes on for the first one's holder."""
        k = cue.start - 1
        k -= s.phrase_ending(k, LEX.negation) if k >= s.span.start else 0
        if k < s.span.start or k in s.mention_end or not s.texts[k].startswith(CONJUNCTION):
            return False
        return self.coordinated_verb(s, k) or any(s.phrase_at(k, ws) for ws in (REPORTING_VERB, LEX["express-verb"]))

    def coordinated_verb(self, s: Sentence, i: int) -> bool:
        """A verb cue joined by و (وتعارض) or كما (، كما حمّل) begins at i."""
        cue = s.cue_at.get(i)
        return (
            cue is not None
            and (cue.text.startswith(CONJUNCTION) or (i - 1 >= s.span.start and s.phrase_at(i - 1, LEX["verb-link"]) > 0))
            and self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue
            and not (s.norms[i].endswith("\u0627") and is_verbal_noun(s.norms[i][1:-1]))  # وتشجيعا: a noun
            and not s.norms[i].startswith(CONJUNCTION + ARTICLE)  # التضليل والتنصل من: a definite noun
        )


def charge(s: Sentence, k: int) -> bool:
    """بدعم، بالتدخل، بتأجيج: ب before a stance word, a definite noun or a verbal noun, what one is accused of."""
    rest = s.norms[k][1:]
    return s.norms[k][:1] == "\u0628" and (k in s.cue_at or rest.startswith(ARTICLE) or is_verbal_noun(rest))
