"""Who speaks: reporting frames, relays, quotes, and the sentence's named subject."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from rdflib import URIRef

from ..nlp.components import (
    PERSON,
    QUOTE_CLOSERS,
    REPORT,
)
from ..normalize import has_verb_shape
from ..ontology import Actor
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    COMMAS,
    CONJUNCTION,
    CONJUNCTIONS,
    MAX_ASIDE_TOKENS,
    MAX_SUBJECT_DISTANCE,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    REPORTING_VERB,
    Sentence,
    is_function_word,
    quote_open_after,
)
from .stage import Stage
from .statement import Holder

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .extractor import Extractor


class Attribution(Stage):
    """Who speaks: reporting frames, relays, quotes, and the sentence's named subject."""

    def __init__(self, walk: Extractor) -> None:
        super().__init__(walk)
        self.speaker: Actor | None = walk.outlet
        self.source: Actor = walk.outlet
        self.open_quote = False  # a quote opened in an earlier sentence is still open
        self.continuing = False  # this sentence goes on inside a quote an earlier one opened
        self.matrix_of: int = -1  # the sentence whose matrix subject is cached, by its first token
        self.matrix: Holder | None = None
        self.matrix_at: int | None = None
        self.subject: Actor | None = None  # the named subject of the last sentence that opened with a stance verb

    def voiced(self) -> bool:
        """True when the current speaker is someone other than the outlet narrating."""
        return self.speaker is not None and self.speaker != self.outlet

    def postposed_speaker(self, s: Sentence, opening: int) -> Actor | None:
        """«نرفض ...»، قال وزير الداخلية التركي: a sentence that opens with a quote names its speaker after it."""
        if opening == s.span.start or s.texts[opening - 1] not in QUOTE_OPENERS - {":"}:
            return None
        close = next((i for i in range(opening, s.span.end) if s.texts[i] in QUOTE_CLOSERS), None)
        if close is None:
            return None
        verb = next((i for i in range(close + 1, min(close + 3, s.span.end)) if not s.punct[i]), None)
        if verb is None or not s.phrase_at(verb, REPORTING_VERB):
            return None
        for i in range(verb + 1, min(verb + 1 + MAX_SUBJECT_DISTANCE, s.span.end)):
            if i in s.mention_start:
                resolved = self.actors.actor(s.mention_start[i])
                return resolved[0] if resolved is not None else None
        return None

    def update_speaker(self, s: Sentence) -> None:
        """Who speaks in this sentence (see frame), and whose the sentence is for the next one to go on with:
        its named subject, else the subject of its first verb (وفيما يتعلق ب...، عبّر المجلس عن دعمه ... . كما
        شدد على ...: the council goes on)."""
        self.frame(s)
        if self.subject is None:
            matrix = self.matrix_subject(s, s.span.end)
            self.subject = matrix[0] if matrix is not None else None

    def frame(self, s: Sentence) -> None:
        """Reporting frames set who speaks: the report, a named actor, or (with no frame) the outlet.

        The frame is the first reporting verb before the reported clause (a complementizer, a quote or a
        colon), with its subject after it, asides passed over; a relay (نقلت الوكالة عن المتحدث) gives the
        voice to the one relayed; بحسب/وفقا ل X gives it to X. With no frame, a sentence that goes on
        inside an open quote, or opens with a verb that has no subject of its own (وأضاف، كما حذر), keeps
        the voice; one whose main verb is a stance cue with a named subject gives it to that subject.
        """
        previous, self.subject = self.subject, None
        opening = s.opening()
        label = self.colon_label(s)
        if label is not None:
            self.speaker = self.source = label
            return
        verbs = {opening, opening + s.phrase_at(opening, LEX.adverb)}  # من جانبه أكد X: an adverb before the verb
        continuing = self.open_quote and not any(
            k < s.span.end and self.reporting_verb(s, k) and self.verb_subject(s, k) is not None for k in verbs
        )  # a quote left open is closed by a new frame with its named speaker (وذكر الحسان أنه ...)
        self.continuing = continuing
        self.open_quote = quote_open_after(s, continuing)
        quoted = self.postposed_speaker(s, opening)
        if quoted is not None:
            self.speaker = self.source = quoted
            return
        if continuing:
            return
        if s.phrase_at(opening, LEX["came-in"]):
            self.subject = previous  # قال المجلس ... . وجاء ذلك في بيان صادر عن ...: the same voice goes on
            return
        clause, last = s.clause, s.clause[opening]
        first_clause = list(takewhile(lambda i: clause[i] <= last, range(s.span.start, s.span.end)))
        for i in first_clause:
            mention = s.mention_start.get(i)
            if mention is not None and mention.label_ == REPORT and self.report_author:
                self.speaker = self.source = self.report_author
                return
        frame = self.frame_region(s)
        verb = next((i for i in frame if self.reporting_verb(s, i) and not self.in_relative_aside(s, i)), None)
        if verb is not None:
            subject = self.frame_subject(s, verb, frame)
            if subject is not None:
                self.speaker = self.source = subject  # reported speech: the speaker claims it
                return
            carried = self.participle_speaker(s, verb)
            if carried is not None:
                self.speaker = self.source = carried
                return
            after = verb + 1
            owner = self.statement_owner(s, frame[: frame.index(verb)]) if (
                after < s.span.end and s.phrase_at(after, LEX["statement-noun"])) else None
            told = next((k for k in frame if k > verb and self.reporting_verb(s, k) and s.phrase_at(k + 1, LEX["in-it"])),
                        None)  # كُشف عن بيان صادر عن X، أعلن فيه: the statement's verb, its owner speaks
            if owner is None and subject is None and told is not None:
                owner = self.statement_owner(s, [k for k in frame if k < told])
            if owner is not None:  # عقب تصريحات لوزير الخارجية الفرنسي، قال فيها إن: whose statements they are
                self.speaker = self.source = owner
                return
            continued = verb == opening + s.phrase_at(opening, LEX["clause-boundary"]) > opening  # كما وصف X بأنه
            if after < s.span.end and not continued and not (
                s.phrase_at(after, LEX.complementizer)
                or s.doc[after].is_punct
                or s.phrase_at(after, LEX["issue-preposition"])
                or s.phrase_at(after, LEX.adverb)
                or s.phrase_at(after, LEX["circumstance-preposition"])  # وأضاف خلال مقابلة ...، أن
                or s.phrase_at(after, LEX["subject-pronoun"])
                or s.phrase_at(after, LEX["first-person-pronoun"])  # وأكد أننا "نريد ...": the speaker goes on
                or s.phrase_at(after, LEX["first-person-singular"])
                or s.phrase_at(after, LEX["honorific-pronoun"])  # وأضاف سموه: the dignitary goes on
                or after in s.cue_at
                or s.phrase_at(after, REPORTING_VERB)  # وتابع قائلا: the same speaker goes on
                or (s.phrase_at(after, LEX["issued-statement"]) and s.norms[after].startswith(ARTICLE))
            ):
                self.speaker = None  # وقال وزير ... : a speaker we cannot name holds nothing for us
                return  # (واعتبر البيان: the statement already quoted, whose voice goes on)
            self.go_on(s, verb, previous)  # otherwise the same voice goes on (وأضاف أن ...)
            return
        according = self.according_to(s, frame) or self.statement_owner(s, frame)
        if according is not None:
            self.speaker = self.source = according
            return
        verb = opening + s.phrase_at(opening, LEX["clause-boundary"])  # كما حذر، ثم دعا
        entry = self.lex.cues[URIRef(s.cue_at[verb].kb_id_)] if verb in s.cue_at else None
        opening_cue = entry is not None and entry.kind == KG.VerbCue and not entry.impersonal  # وينبغي: nobody's
        if opening_cue or s.phrase_at(verb, LEX["express-verb"]):
            subject = self.verb_subject(s, verb)
            if subject is None:
                self.go_on(s, verb, previous)
                return
            if opening_cue:
                self.subject = subject[0]
                return
        matrix = self.matrix_subject(s, s.span.end)
        if matrix is not None and self.matrix_at is not None and self.matrix_at in s.cue_at:
            self.speaker = self.source = matrix[0]  # رحبت الحكومة بالقرار. وأضافت ...: she goes on speaking
            return
        if previous is not None and self.subjectless_verb(s, verb):
            self.go_on(s, verb, previous)  # كما وجه انتقادات حادة ل...: the last sentence's subject goes on
            return
        self.speaker = self.source = self.outlet

    def participle_speaker(self, s: Sentence, verb: int) -> Actor | None:
        """حيث عبّر خالد عن تفاؤله، قائلا: "نأمل ...": a masculine participle of saying after a comma speaks for the
        subject of the sentence's first verb that names one, not for the voice an earlier sentence left."""
        if verb == s.opening() or s.texts[verb - 1] not in COMMAS or not s.norms[verb].rstrip("\u064b").endswith(
                ("\u0627", "\u064a\u0646")):  # قائلا، مضيفين (not قائلة: its subject's gender we do not check)
            return None
        matrix = self.matrix_subject(s, verb)
        return matrix[0] if matrix is not None else None

    def colon_label(self, s: Sentence) -> Actor | None:
        """الصفدي: لا تهجير للفلسطينيين: a sentence that opens with a name (or names joined by و) and a colon gives
        what follows the colon to the first one named, as headlines and bulleted statements write it."""
        first = s.mention_start.get(s.opening())
        if first is None or first._.clitic:
            return None
        last = self.actors.coordinated(s, first)[-1]
        if last.end >= s.span.end or s.texts[last.end] != ":":
            return None
        resolved = self.actors.actor(first)
        return resolved[0] if resolved is not None else None

    def subjectless_verb(self, s: Sentence, verb: int) -> bool:
        """The sentence opens with a verb (by its shape) whose next word is neither a mention nor a definite noun
        (a subject we cannot name, وشهدت المنطقة): an indefinite object follows, and the subject is dropped."""
        after = verb + 1
        if after >= s.span.end or s.punct[verb] or is_function_word(s, verb) or verb in s.mention_start:
            return False
        word = s.norms[verb]
        word = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word
        if not has_verb_shape(word) or word.startswith(ARTICLE):
            return False
        return s.doc[after].is_alpha and after not in s.mention_start and not s.norms[after].startswith(ARTICLE) \
            and not is_function_word(s, after)

    def go_on(self, s: Sentence, verb: int, previous: Actor | None) -> None:
        """وحذر المجالي من ... . وجدد التأكيد على ...: a sentence that opens with a verb of no subject of its own
        goes on for the last sentence's named subject (the outlet still tells it: the source stays)."""
        opening = s.opening()
        first = opening + s.phrase_at(opening, LEX["clause-boundary"])
        opening_verb = first in s.cue_at and self.lex.cues[URIRef(s.cue_at[first].kb_id_)].kind == KG.VerbCue \
            and self.verb_subject(s, first) is None  # محذرا من ...، مشددا على: the sentence's first verb has none
        if verb not in (opening, first) and not opening_verb:
            return
        self.subject = previous
        if not self.voiced() and previous is not None:
            self.speaker = previous

    def in_relative_aside(self, s: Sentence, i: int) -> bool:
        """Token i lies in a relative clause between commas (الشرع، الذي كان يتحدث أمام الوزراء، أشار إلى): a verb
        there describes the subject and is not the frame (the first one is read otherwise)."""
        for k in range(i - 1, max(s.span.start, i - MAX_ASIDE_TOKENS) - 1, -1):
            if s.texts[k] in COMMAS:
                return s.phrase_at(k + 1, LEX["relative-pronoun"]) > 0 and any(
                    s.texts[j] in COMMAS for j in range(i + 1, min(i + MAX_ASIDE_TOKENS, s.span.end)))
        return False

    def reporting_verb(self, s: Sentence, i: int) -> bool:
        """A verb of saying at token i; بين (stated, or between) is the verb only where a clause opens."""
        if not s.phrase_at(i, REPORTING_VERB):
            return False
        if not s.phrase_at(i, LEX.between):
            return True
        opening = s.opening()
        return i in (opening, opening + s.phrase_at(opening, LEX["clause-boundary"])) or (
            i > s.span.start and s.texts[i - 1] in COMMAS
        )

    def frame_region(self, s: Sentence) -> list[int]:
        """The tokens before the reported clause: up to the first complementizer, quote or colon."""
        region, i = [], s.span.start
        while i < s.span.end:
            if s.texts[i] in QUOTE_OPENERS and self.quoted_name(s, i):
                close = next(k for k in range(i + 2, min(i + 4, s.span.end)) if s.texts[k] in QUOTE_CLOSERS)
                region.extend(range(i, close + 1))  # منصة "إكس" يوم الثلاثاء، قالت: the name's closing mark too
                i = close + 1
                continue
            if s.phrase_at(i, LEX.complementizer) or s.texts[i] in QUOTE_OPENERS:
                break
            region.append(i)
            i += 1
        return region

    def quoted_name(self, s: Sentence, i: int) -> bool:
        """A quote of one or two words ("واس"، "رويترز") is a name, not a quotation."""
        return any(s.texts[k] in QUOTE_CLOSERS for k in range(i + 2, min(i + 4, s.span.end)))

    def frame_subject(self, s: Sentence, verb: int, frame: list[int]) -> Actor | None:
        """Who the reporting verb at `verb` gives the voice to: the one relayed (نقل ... عن X), else its subject
        right after it (asides passed over) or right before it; a subject the gazetteer does not know gives
        the voice to nobody we can name."""
        if s.phrase_at(verb, LEX["relay-verb"]) and any(
            s.phrase_at(i, LEX["relay-preposition"]) for i in frame if i > verb
        ):
            for i in frame:
                before = i - 1 - (s.texts[i - 1] in QUOTE_OPENERS)  # عن "الإطار التنسيقي"
                if i > verb and i in s.mention_start and s.phrase_ending(before, LEX["relay-preposition"]):
                    resolved = self.actors.actor(s.mention_start[i])
                    if resolved is not None:
                        return resolved[0]
            return None  # نقلت الوكالة عن مسؤول ...: the one relayed is not the agency
        subject = self.verb_subject(s, verb)
        if subject is not None:
            return subject[0]
        before = self.actors.skip_back(s, verb)
        if before >= s.span.start and before in s.mention_end and s.mention_end[before].start == s.opening():
            resolved = self.actors.actor(s.mention_end[before])
            if resolved is not None:
                return resolved[0]
        return None

    def according_to(self, s: Sentence, frame: list[int]) -> Actor | None:
        """بحسب الخارجية، وفقا لمسؤول X: the actor the sentence is attributed to."""
        for i in frame:
            length = s.phrase_at(i, LEX["according-to"])
            if length and any(k >= s.span.start and s.phrase_at(k, LEX["what-relative"]) for k in (i - 1, i - 2)):
                continue  # نستغرب ما ورد على لسان الوزير: what he said is the object, not this sentence's voice
            if length and i + length in s.mention_start:
                resolved = self.actors.actor(s.mention_start[i + length])
                if resolved is not None:
                    return resolved[0]
        return None

    def statement_owner(self, s: Sentence, frame: list[int]) -> Actor | None:
        """وجاءت تصريحات الزنداني ...، حيث دعا ...؛ وجاء في بيان الخارجية أن ...: whose statement the sentence
        reports (a statement noun and its genitive) speaks."""
        for i in frame:
            length = s.phrase_at(i, LEX["statement-noun"])
            issued = s.mention_start.get(i)
            if length and issued is not None:  # بيان صادر عن زعيم التيار: the statement and its issuer, one mention
                resolved = self.actors.actor(issued)
                if resolved is not None:
                    return resolved[0]
            if length and not s.norms[i].startswith(ARTICLE) and i + length in s.mention_start:
                mention = s.mention_start[i + length]
                owned = s.norms[mention.start][: mention._.clitic] in ("\u0644", "\u0644\u0644")  # تصريحات لوزير
                governed_ = self.actors.governed_by_clitic(s, mention) and not owned
                resolved = None if governed_ else self.actors.actor(mention)
                if resolved is not None:
                    return resolved[0]
        return None

    def matrix_subject(self, s: Sentence, before: int) -> Holder | None:
        """The subject of the sentence's first verb (reporting, expressing or a stance cue) that names one,
        if that verb comes before token `before`: who a participle, a coordinated verb or a stance noun
        with its pronoun goes on speaking for (أعرب البديوي عن إدانته ...، داعيا إلى ...)."""
        if self.matrix_of != s.span.start:
            self.matrix_of, self.matrix, self.matrix_at = s.span.start, None, None
            for i in range(s.span.start, s.span.end):
                if s.phrase_at(i, LEX.complementizer) or s.phrase_at(i, LEX["relative-pronoun"]):
                    break
                if not (s.phrase_at(i, REPORTING_VERB) or s.phrase_at(i, LEX["express-verb"]) or i in s.cue_at):
                    continue
                if s.phrase_at(i, LEX["relay-verb"]):
                    continue  # نقلت الوكالة عن X: the agency is no subject of what X goes on to say
                if i in s.cue_at and self.holders.object_genitive(s, s.cue_at[i]):
                    continue  # عبّر عن دعم لبنان: Lebanon is what is supported, no subject
                if s.norms[i][:1] == CONJUNCTION and i > s.opening():
                    self.matrix, self.matrix_at = self.opening_subject(s)
                    if self.matrix is not None:  # هاجم حماد البعثة، ...، وطالب البعثة ب: the first verb's subject
                        break
                subject = self.verb_subject(s, i)
                if subject is not None:
                    self.matrix, self.matrix_at = subject, i
                    break
            if self.matrix is None:
                self.matrix, self.matrix_at = self.opening_subject(s)
        return self.matrix if self.matrix_at is not None and self.matrix_at < before else None

    def opening_subject(self, s: Sentence) -> tuple[Holder | None, int | None]:
        """استعرضت بعثة الأمم المتحدة ...، داعية ...: a sentence that opens with a word of no known kind (an
        indefinite word, no function word: a verb) and an actor right after it has that actor for its subject."""
        first = s.opening()
        first += s.phrase_at(first, LEX["clause-boundary"])  # كما، ثم
        first += s.phrase_at(first, LEX["verb-negation"]) if first < s.span.end else 0  # ولم تحدد المتحدثة: the verb
        if (
            first + 1 >= s.span.end
            or first in s.mention_start
            or s.punct[first]
            or is_function_word(s, first)
            or s.phrase_at(first, LEX["relay-verb"])
        ):
            return None, None
        word = s.norms[first]
        word = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word
        if word.startswith(ARTICLE) or word[:1] in PREPOSITIONS:
            return None, None
        subject = self.verb_subject(s, first)
        return (subject, first) if subject is not None else (None, None)

    def verb_subject(self, s: Sentence, verb: int) -> Holder | None:
        """A verb's named subject: the mention right before it (a fronted subject) or the first one after it,
        honorifics, adverbs and an aside between commas passed over."""
        j = self.actors.skip_aside(s, self.actors.skip_back(s, verb))
        if (
            j >= s.span.start
            and j in s.mention_end
            and not self.actors.in_phrase(s, s.mention_end[j])
            and (s.mention_end[j].start == s.opening() or s.mention_end[j].start - 1 in s.boundary)
        ):
            found = self.actors.resolve(s, [s.mention_end[j]])
            return found[0] if found else None
        end = (
            s.cue_at[verb].end
            if verb in s.cue_at
            else verb + max(s.phrase_at(verb, REPORTING_VERB), s.phrase_at(verb, LEX["express-verb"]), 1)
        )
        i = self.actors.after_honorifics(s, end)
        while i < s.span.end and s.phrase_at(i, LEX.adverb):
            i += s.phrase_at(i, LEX.adverb)
        if i + 1 < s.span.end and s.texts[i] in QUOTE_MARKS and i + 1 in s.mention_start:
            i += 1  # ما اعتبرته "حماس" ...، وأعرب "المنفي": a name in quotes
        if i < s.span.end and s.texts[i] in COMMAS:  # وأكد، في بيان، الوزير ...
            close = next((k for k in range(i + 1, min(i + MAX_ASIDE_TOKENS, s.span.end)) if s.texts[k] in COMMAS), None)
            i = self.actors.after_honorifics(s, close + 1) if close is not None else i
        mention = self.apposed_person(s, i) or s.mention_start.get(i)
        if mention is None or self.actors.in_phrase(s, mention):
            return None
        found = self.actors.resolve(s, [mention])
        return found[0] if found else None

    def apposed_person(self, s: Sentence, i: int) -> Span | None:
        """انتقد مدير المكتب الإعلامي في الوزارة، سامي عادل، القرار: a title (one the gazetteer does not know, or
        reads as no person's), then its holder's name between commas: news names the office first and the person
        in apposition, so the name is the subject and what follows the second comma the object."""
        if i >= s.span.end or not s.phrase_at(i, LEX.title):
            return None
        titled = s.mention_start.get(i)
        if titled is not None and titled.label_ == PERSON:
            return None  # استقبل الرئيس السيسي، الملك عبد الله، ...: a named person, and whom he met
        comma = next((k for k in range(i + 1, min(i + MAX_ASIDE_TOKENS, s.span.end)) if s.texts[k] in COMMAS), None)
        if comma is None or any(k in s.mention_start for k in range(i + 1, comma)) or (
                titled is not None and titled.end > comma):
            return None
        if comma + 1 not in s.mention_start and s.phrase_at(comma + 1, LEX.title):
            # وزير الدولة، وزير الخارجية والجالية الوطنية بالخارج، أحمد عطاف: a second title between commas
            second = next((k for k in range(comma + 2, min(comma + MAX_ASIDE_TOKENS, s.span.end)) if s.texts[k] in COMMAS), None)
            if second is None or any(k in s.mention_start for k in range(comma + 1, second)):
                return None
            comma = second
        mention = s.mention_start.get(comma + 1)
        closed = mention is not None and (mention.end >= s.span.end or s.texts[mention.end] in COMMAS)
        return mention if closed and mention.label_ == PERSON else None
