"""Which actor a mention stands for, and where a noun phrase's subject stands."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Doc, Span

from ..document import Document
from ..nlp.components import (
    FACTION,
    OWN_COUNTRY,
    PAIR,
    QUOTE_CLOSERS,
    REPORT,
    STATE_ORGAN,
    governed,
    local_name,
)
from ..nlp.titles import NAME_QUOTES
from ..ontology import PLACES, Actor, Lexicon, phrase
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    CONJUNCTIONS,
    MAX_ASIDE_TOKENS,
    PLACE_LABELS,
    PREPOSITIONS,
    QUOTE_MARKS,
    REPORTING_VERB,
    Sentence,
    without_conjunction,
)
from .stage import Stage
from .statement import Holder

_OPENING_QUOTES = frozenset({"«", "“"})  # marks that only open a quote (" also closes one)


def opening_straight_quote(s: Sentence, j: int) -> bool:
    """إن دمشق "ترفض: a straight quote that opens (a space before it, none after) right after the subject of a
    clause after إن or أن (not أضاف الوزير "ندعو: the speaker's own words)."""
    if s.texts[j] != '"' or s.doc[j].whitespace_ or j <= s.span.start or not s.doc[j - 1].whitespace_:
        return False
    subject = s.mention_end.get(j - 1)
    return subject is not None and subject.start > s.span.start and s.phrase_ending(subject.start - 1, LEX.complementizer) > 0


class Actors(Stage):
    """Which actor a mention stands for, and where a noun phrase's subject stands."""

    def actor(self, mention: Span) -> tuple[Actor, bool] | None:
        """The actor a mention stands for, and whether by metonymy (a capital for its state)."""
        if mention.label_ == REPORT:
            return (self.report_author, False) if self.report_author else None
        new = mention._.new_actor
        if new is not None:
            return Actor(
                None, new.kind, None, without_conjunction(new.label_ar), member_of=new.member_of, role=new.role
            ), False
        if mention.label_ == OWN_COUNTRY:
            return (self.own_country(), False) if self.own_country() else None
        if mention.label_ == PAIR:
            return None  # two actors: resolve() reads them
        iri = URIRef(mention.kb_id_)
        if iri in self.lex.stands_for:
            return self.lex.actors[self.lex.stands_for[iri]], True
        entry = self.lex.actors[iri]
        if entry.kind in PLACES:
            return None
        return entry, mention.label_ == STATE_ORGAN and entry.kind == KG.State

    def subject_country(self, s: Sentence, mention: Span) -> tuple[Actor, bool] | None:
        """The state of the actor named before the mention in the sentence (أعرب المبعوث الأمريكي عن رفض
        بلاده: the United States)."""
        earlier = [m for end, m in s.mention_end.items() if end < mention.start and m.label_ != OWN_COUNTRY]
        if not earlier:
            return None
        resolved = self.actor(max(earlier, key=lambda m: m.end))
        state = self.state_of(resolved[0]) if resolved is not None else None
        return (state, False) if state is not None else None

    def own_country(self) -> Actor | None:
        """بلاده: the state of whoever is speaking."""
        return self.state_of(self.attribution.speaker) if self.attribution.speaker is not None else None

    def state_of(self, actor: Actor) -> Actor | None:
        """The actor if it is a state, else the state it belongs to (a minister's, an organ's), if any."""
        if actor.kind == KG.State:
            return actor
        state = self.lex.members.get(actor.iri) if actor.iri is not None else actor.member_of
        return self.lex.actors[state] if state is not None and self.lex.actors[state].kind == KG.State else None

    def coordinated(self, s: Sentence, first: Span) -> list[Span]:
        """X و Y: a mention and every mention joined to it by the conjunction."""
        mentions = [first]
        while True:
            nxt = s.mention_start.get(mentions[-1].end)
            if nxt is not None and nxt.text.startswith(CONJUNCTION) and nxt._.clitic == 1:
                mentions.append(nxt)
                continue
            titled = self.titled_after_comma(s, mentions[-1].end)
            if titled is not None:
                mentions.append(titled)
                continue
            after = mentions[-1].end
            if after < s.span.end and self.doc[after].norm_ == CONJUNCTION and (after + 1) in s.mention_start:
                mentions.append(s.mention_start[after + 1])
                continue
            return mentions

    def whole_subject(self, s: Sentence, mention: Span) -> list[Span]:
        """أعربت مصر وقطر عن رفضهما: every mention of the coordinated subject a mention belongs to, the ones
        before it joined by و included."""
        first = mention
        while first.start - 1 in s.mention_end and first.text.startswith(CONJUNCTION):
            first = s.mention_end[first.start - 1]
        return self.coordinated(s, first)

    @staticmethod
    def titled_after_comma(s: Sentence, i: int) -> Span | None:
        """السيسي، والعاهل الأردني الملك عبد الله الثاني،: a second subject after a comma and و, its title words
        before the name, closed by a comma."""
        if i + 2 >= s.span.end or s.texts[i] not in COMMAS or not s.norms[i + 1].startswith(CONJUNCTION):
            return None
        for k in range(i + 1, min(i + 5, s.span.end)):
            if s.punct[k]:
                return None
            mention = s.mention_start.get(k)
            if mention is not None:
                closed = mention.end >= s.span.end or s.punct[mention.end]
                return mention if closed and (k == i + 1 or mention._.clitic == 0) else None
        return None

    def in_phrase(self, s: Sentence, mention: Span) -> bool:
        """True when the mention is governed by a preposition (it cannot be a subject).

        قوى في الإطار التنسيقي is the exception: members of a body speak for it.
        """
        if self.governed_by_clitic(s, mention):
            return True
        before = mention.start - 1
        governed = before >= s.span.start and (
            s.phrase_ending(before, LEX["issue-preposition"]) > 0
            or s.phrase_ending(before, LEX["topic-preposition"]) > 0
        )
        words = [k for k in range(before - 1, max(s.span.start, before - 4) - 1, -1) if s.texts[k] not in QUOTE_MARKS]
        return governed and not any(s.phrase_at(k, LEX["part-noun"]) for k in words[:2]) \
            and not s.phrase_ending(before, LEX.quantifier)  # عارضته كل من روسيا، رحب عدد من الوزراء
        # "أغلبية قوية" من وزراء خارجية الاتحاد: a part of the body, an adjective and quote marks between

    def prepositional(self, s: Sentence, cue: Span) -> bool:
        """لدعم، للدعم، بدعوة: a stance noun after a preposition is no verb after its subject (بعثة الأمم المتحدة
        للدعم في ليبيا، رحبت الخارجية بدعوة أوجلان); a phrase of manner is (تتابع طهران بقلق)."""
        word = s.norms[cue.start]
        word = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 4 else word
        return word[:1] in PREPOSITIONS and (word,) not in self.lex.cue_forms and not s.phrase_at(cue.start, LEX.manner)

    def governed_by_clitic(self, s: Sentence, mention: Span) -> bool:
        """لقوات، بالحكومة، للجيش: a proclitic preposition on the mention (not the article or a conjunction)."""
        return governed(s.norms[mention.start][: mention._.clitic])

    def placed(self, s: Sentence, mention: Span) -> Span:
        """The subject before a place that follows it (السفارة الأمريكية في بغداد دعت: the embassy, not Baghdad)."""
        before = mention.start - 1
        if (
            mention.label_ in PLACE_LABELS
            and before > s.span.start
            and s.phrase_at(before, LEX.locative)
            and before - 1 in s.mention_end
            and s.clause[before - 1] == s.clause[mention.start]
        ):
            return s.mention_end[before - 1]
        return mention

    def resolve(self, s: Sentence, mentions: list[Span], genitive: bool = False) -> list[Holder]:
        """The actors of the mentions; بلاده in the genitive of a cue (عن رفض بلاده) with no speaker to belong to
        is the state of the actor named before it."""
        found = []
        for mention in [m for mention in mentions for m in (mention._.pair or (mention,))]:
            resolved = self.actor(mention)
            if resolved is None and genitive and mention.label_ == OWN_COUNTRY:
                resolved = self.subject_country(s, mention)
            if resolved is not None:
                found.append((resolved[0], mention, resolved[1]))
        return found

    def antecedent(self, s: Sentence, pronoun: int, *, here: bool = False) -> tuple[Actor, bool] | None:
        """The nearest earlier actor that is not inside a prepositional phrase (this sentence first; with
        `here`, only this sentence)."""
        reach = s.span.start if here else s.span.start - 200
        for mention in sorted(s.doc.spans["actors"], key=lambda m: -m.start):
            if mention.end <= pronoun and mention.start >= reach and mention.label_ != FACTION:
                inside = s.span.start <= mention.start
                if inside and (self.in_phrase(s, mention) or s.phrase_ending(mention.start - 1, LEX["relay-verb"])):
                    continue  # نقلت الوكالة عن X قوله إنه: not the agency that relays
                verb = mention.start - 1
                if inside and verb > s.span.start and s.lex.has(REPORTING_VERB, without_conjunction(s.norms[verb])) \
                        and s.phrase_at(verb - 1, LEX["subject-pronoun"]):
                    continue  # أنها أبلغت رئيس المجلس موقفها: whom the pronoun's verb tells, not the pronoun's antecedent
                resolved = self.actor(mention)
                if resolved is not None:
                    return resolved
        return None

    def skip_back(self, s: Sentence, i: int) -> int:
        """The index before i once adverbs, asides, hedges and a quote's opening mark are passed over (وزارته
        “عملت: the quote opens at the verb)."""
        j = i - 1
        while j >= s.span.start:
            length = max(s.phrase_ending(j, LEX.adverb), s.phrase_ending(j, LEX.hedge), s.texts[j] in _OPENING_QUOTES
                         or opening_straight_quote(s, j))
            if not length and s.texts[j] in COMMAS and j - 1 in s.mention_end and s.mention_end[j - 1].start == s.opening():
                length = 1  # كاساي، أكد أن ...: a comma between the subject that opens the sentence and its verb
            if not length and s.texts[j] in QUOTE_MARKS and j - 1 in s.mention_end and (
                s.mention_end[j - 1].start > s.span.start and s.texts[s.mention_end[j - 1].start - 1] in QUOTE_MARKS
            ):
                length = 1  # إن "إسرائيل" ترفض: a name in quotes is the subject still
            if not length and s.texts[j] == ")":  # أكدت تونس اليوم (الجمعة) التزامها: a bracketed aside
                opening = next((k for k in range(j - 1, max(s.span.start, j - MAX_ASIDE_TOKENS) - 1, -1)
                                if s.texts[k] == "("), None)
                length = j - opening + 1 if opening is not None else 0
            if not length:
                return j
            j -= length
        return j

    @staticmethod
    def after_preposition(s: Sentence, mention: Span) -> bool:
        """A preposition of its own word governs the mention (تتابع التطورات في السودان بقلق): it is no subject
        (but قوى في الإطار: members in a body speak for it)."""
        before = mention.start - 1
        return before >= s.span.start and s.phrase_at(before, LEX["adjunct-preposition"]) > 0 and not (
            before > s.span.start and s.phrase_at(before - 1, LEX["part-noun"]))

    def skip_aside(self, s: Sentence, j: int) -> int:
        """The index before an aside between commas that j closes and a preposition or a relative pronoun opens
        (أعلنت الجماعة، في بيان نشرته وكالة سبأ، رفضها ...), or j where there is none."""
        if j < s.span.start or s.texts[j] not in COMMAS:
            return j
        for k in range(j - 2, max(s.span.start, j - MAX_ASIDE_TOKENS) - 1, -1):
            if s.texts[k] in COMMAS:
                opened = s.phrase_at(k + 1, LEX["issue-preposition"]) or s.phrase_at(k + 1, LEX["relative-pronoun"]) \
                    or (k - 1 in s.mention_end and definite_participle(s, k + 1))
                return self.skip_back(s, k) if opened else j  # القرار، الذي حظي بتأييد 11 دولة، دعا: its subject
        return j

    def past_aside(self, s: Sentence, i: int) -> int:
        """The token after an aside between commas that opens at i (، المتحدث باسم الحكومة، / ، اليوم الأحد،),
        or i where none does: a new clause (أن، التي ...) inside it means it is no aside. When it was said
        (أمس الجمعة) is passed over too."""
        timed = False
        while i < s.span.end and s.phrase_at(i, LEX["time-word"]):
            i, timed = i + s.phrase_at(i, LEX["time-word"]), True
        if i >= s.span.end or s.texts[i] not in COMMAS:
            return i
        if timed and i + 1 < s.span.end and not any(s.phrase_at(i + 1, ws) for ws in (
                LEX["circumstance-preposition"], LEX["issue-preposition"], LEX["channel-preposition"], LEX.adverb)):
            return i + 1  # ، اليوم السبت، الاعتداءات ...: the comma closes when it was said; the object follows
        after = self.one_aside(s, i)
        return self.past_aside(s, after) if after != i else i  # ، ومقره طرابلس، الخميس،: one aside after another

    def one_aside(self, s: Sentence, i: int) -> int:
        """The token after the aside between commas that opens at the comma i, or i (not where إلى or على opens
        it: ودعا الاتحاد، إلى الإفراج عن ...، is the call's issue)."""
        if i + 1 < s.span.end and s.phrase_at(i + 1, LEX["call-particle"]) and not s.phrase_at(i + 1, LEX.alongside):
            return i  # not ، إلى جانب حكومتي النيجر وبوركينا فاسو، (alongside: an aside)
        for k in range(i + 1, min(i + MAX_ASIDE_TOKENS, s.span.end)):
            if s.texts[k] in COMMAS:
                return k + 1 if k > i + 1 else i
            if k in s.boundary and not s.punct[k]:
                break
        nxt = i + 1  # أدانت الخارجية السورية، الزيارة التي ...: a lone comma before the object
        if nxt < s.span.end and not (
            s.punct[nxt]
            or nxt in s.cue_at
            or s.phrase_at(nxt, REPORTING_VERB)
            or nxt in s.boundary
            or nxt in s.mention_start
        ):
            return nxt
        return i

    def after_honorifics(self, s: Sentence, i: int) -> int:
        """The first token from i that is not an honorific (معالي، الشيخ), a quantifier (عدد من كبار), a part
        noun right before a name (أعضاء مجلس الأمن: the members speak for the body) or a plural title before
        its holders' names."""
        while i < s.span.end:
            length = max(s.phrase_at(i, LEX.honorific), s.phrase_at(i, LEX.quantifier))
            if length and i in s.mention_start and s.mention_start[i].end == i + length:
                return i  # علي العماد ... وقال العماد: a rank's word that is the surname named before
            if not length and (s.phrase_at(i, LEX["part-noun"]) or s.phrase_at(i, LEX["plural-title"])) \
                    and i + 1 in s.mention_start:
                length = 1  # وزيرا الخارجية التركي هاكان فيدان والسعودي ...: two named ministers
            if not length and s.phrase_at(i, LEX["part-noun"]) and i + 1 < s.span.end:
                link = s.phrase_at(i + 1, LEX["member-link"])
                if link and i + 1 + link in s.mention_start:
                    length = 1 + link  # قررت ثماني دول أعضاء في التحالف: its members speak for the body
            if not length and s.phrase_at(i, LEX["in-it"]) and i + 1 in s.mention_start and any(
                s.phrase_at(k, LEX["time-antecedent"]) for k in range(max(s.span.start, i - 3), i - 1)
            ):
                length = 1  # في وقت تسعى فيه سوريا ل: the subject after "in it" (not أدان فيه المجلس: its object)
            if not length and s.texts[i] in NAME_QUOTES and i + 1 in s.mention_start:
                end = s.mention_start[i + 1].end
                if end < s.span.end and s.texts[end] in QUOTE_CLOSERS:
                    length = 1  # انتقد "البرهان" اللجنة: a name in quotes
            if not length:
                return i
            i += length
        return i


def outlet_actor(document: Document, lex: Lexicon) -> Actor:
    """The outlet named in the metadata or dateline, from the gazetteer where it is known."""
    name = document.outlet or "unknown outlet"
    for actor in lex.actors.values():
        if name in (actor.label_en, actor.label_ar) and actor.kind == KG.MediaOutlet:  # strings first: cheap
            return actor
    iri = lex.actor_forms.get(phrase(name))
    if iri is not None and lex.actors[iri].kind == KG.MediaOutlet:
        return lex.actors[iri]
    return Actor(None, KG.MediaOutlet, name if name.isascii() else None, name)


def report_author(doc: Doc, document: Document, lex: Lexicon) -> Actor | None:
    """Whose report the article summarises: the metadata's report_by, else the first think tank named."""
    if document.report_by:
        iri = lex.actor_forms.get(phrase(document.report_by))
        if iri is not None:
            return lex.actors[iri]
        for actor in lex.actors.values():
            if document.report_by in (actor.label_en, actor.label_ar):
                return actor
        return Actor(
            None, KG.ThinkTank, document.report_by if document.report_by.isascii() else None, document.report_by
        )
    mentions = doc.spans["actors"]
    if not any(m.label_ == REPORT for m in mentions):
        return None
    think_tank = local_name(KG.ThinkTank)
    return next((lex.actors[URIRef(m.kb_id_)] for m in mentions if m.label_ == think_tank), None)


def definite_participle(s: Sentence, k: int) -> bool:
    """A definite participle of a derived verb (المتواجد، المقيم، المدعوم) at token k, no actor or cue: after a
    subject and a comma it opens an aside (العليمي، المتواجد حاليا في عدن، يرفض)."""
    word = s.norms[k]
    return word.startswith(ARTICLE + "\u0645") and len(word) >= 6 and k not in s.mention_start and k not in s.cue_at
