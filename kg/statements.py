"""Position statements from a parsed document: who (actor) holds which stance on what (issue).

The rules are syntactic and lexical, never about one sentence: a cue's holder is its
subject (subject-first, verb-first, a genitive after a verbal noun, a pronoun, or the
elided subject of the reporting voice); its issue is the noun phrase it governs, cut at
the clause boundary; evaluative predicates (X is a threat, X is necessary) belong to
whoever asserts them. Every lexicon entry comes from the ontology.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import takewhile

from rdflib import URIRef
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span

from .document import Document
from .nlp.components import FACTION, OWN_COUNTRY, PAIR, QUOTE_CLOSERS, REPORT, STATE_ORGAN, doc_norms, governed, local_name
from .normalize import is_verbal_noun, strip_proclitics, without_preposition, word_variants
from .ontology import PLACES, Actor, Issue, Lexicon, Phrase, load_lexicon, phrase
from .vocab import KG, LEX

MAX_ISSUE_TOKENS = 12
_SHORT_ISSUE = 3  # an issue of so few words takes the relative clause after it along
MAX_SUBJECT_DISTANCE = 8
MAX_PREDICATE_SUBJECT = 6
MAX_ASIDE_TOKENS = 10  # an aside between commas passed over before a subject (، في بيان نشرته وكالة سبأ،)
_PARTICLE_WINDOW = 16
_HEADING_MAX_WORDS = 8
_SENTENCE_END = {".", "؟", "?", "!", "…", ":"}
_DASHES = {"-", "–", "—"}
_COMMAS = {"،", ","}
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")  # normalised: أ is ا
_QUOTE_OPENERS = {"«", "\"", "“", ":"}
_QUOTE_MARKS = frozenset({"«", "»", "\"", "“", "”"})
MAX_DATELINE_WORDS = 3
_CONJUNCTION = "و"
_CONJUNCTIONS = (_CONJUNCTION, "ف")
_PERSON_PREFIXES, _PERSON_SWAP = ("ت", "ن"), "ي"
_FIRST_PERSON = "ن"
_OUR = "نا"
_THIRD_PERSON = ("ي", "ت")  # the imperfect's prefixes (ت also the second person, rare in news)
_ARTICLE = "ال"
_PREPOSITIONS = ("ب", "ل")
_PURPOSE_CLITIC = "ل"  # proclitic prepositions: a stance noun after one is governed (لتسهيل الدعم، بدعم)
_POSSESSIVES = ("ه", "ها", "هم", "هما", "نا")
_BARE_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي"})  # بها، به، بهم: a preposition on a pronoun  # a stance noun's holder as a pronoun (رفضه، قلقها)
# Word sets looked up at every token, read from the namespace once (a namespace look-up is slow).
_CLAUSE_OPENERS = (LEX["clause-boundary"], LEX["relative-pronoun"], LEX.complementizer, LEX.purpose, LEX.conditional)
_FUNCTION_WORDS = (LEX["issue-preposition"], LEX.adverb, LEX.same, LEX.hedge, LEX["circumstance-preposition"])
_REPORTING_VERB = LEX["reporting-verb"]
_PLACE_LABELS = frozenset(local_name(kind) for kind in PLACES)  # the labels of their mentions

_Holder = tuple[Actor, "Span | None", bool]


@dataclass(frozen=True)
class PositionStatement:
    """One claim, in one sentence, that an actor holds a stance toward an issue."""

    doc_id: str
    holder: Actor
    holder_text: str
    stance: URIRef
    issue_text: str
    issue_start: int
    issue_end: int
    sentence: str
    char_start: int
    char_end: int
    source: Actor
    cue: URIRef
    cue_text: str
    rule: str
    hedged: bool = False
    via_metonymy: bool = False
    issue: Issue | None = None
    issue_label: str = ""

    @property
    def confidence(self) -> float:
        """The rule's confidence, lowered for a hedged claim."""
        value = RULE_CONFIDENCE[self.rule]
        return round(value * (0.9 if self.hedged else 1.0), 2)

    @property
    def stance_name(self) -> str:
        return self.stance.fragment


# How sure each rule is, from the dev set and the seed: subject positions are reliable;
# pronouns, elided subjects and inherited stances lean on context and are less so.
RULE_CONFIDENCE = {
    "subject-verb": 0.9, "verb-subject": 0.9, "genitive": 0.85, "opinion-object": 0.8,
    "clause-subject": 0.75, "evaluative-predicate": 0.75, "evaluative-object": 0.7, "evaluative-subject": 0.7,
    "pronoun-subject": 0.7, "elided-subject": 0.7, "coordinated-verb": 0.75, "purpose": 0.65, "shared-stance": 0.6,
    "first-person": 0.7, "matrix-subject": 0.65, "speaker": 0.6,
}


@dataclass(frozen=True)
class Decision:
    """What became of one cue: the statements it made, or why it made none."""

    cue_text: str
    stance: str
    char_start: int
    statements: tuple[PositionStatement, ...]
    reason: str


@dataclass
class _Sentence:
    """Token-level facts about one sentence, computed once."""

    span: Span
    lex: Lexicon
    boundary: set[int] = field(default_factory=set)
    clause: dict[int, int] = field(default_factory=dict)
    mention_end: dict[int, Span] = field(default_factory=dict)
    mention_start: dict[int, Span] = field(default_factory=dict)
    cue_at: dict[int, Span] = field(default_factory=dict)
    norms: list[str] = field(default_factory=list)  # these three are the whole document's, by token
    punct: list[bool] = field(default_factory=list)
    space: list[bool] = field(default_factory=list)
    _phrases: dict[int, dict[URIRef, int]] = field(default_factory=dict)

    @property
    def doc(self) -> Doc:
        return self.span.doc

    def opening(self) -> int:
        """The sentence's first word, after a dateline (بغداد - قال ...: a place and a dash before the sentence
        proper) where there is one."""
        first = next((i for i in range(self.span.start, self.span.end) if not self.punct[i]), self.span.start)
        dash = next((i for i in range(first, min(first + MAX_DATELINE_WORDS + 1, self.span.end)) if self.punct[i]), None)
        if dash is None or self.doc[dash].text not in _DASHES or dash == first:
            return first
        return next((i for i in range(dash + 1, self.span.end) if not self.punct[i] and not self.space[i]), first)

    def phrase_at(self, i: int, word_set: URIRef) -> int:
        """Length of the longest entry of word_set starting at token i (0 if none)."""
        found = self._phrases.get(i)
        if found is None:
            found = self.phrases_at(i)
        return found.get(word_set, 0) if found else 0

    def phrases_at(self, i: int) -> dict[URIRef, int]:
        """Length of the longest entry of each word set starting at token i (made once per token), so a
        caller asking about several word sets looks the token up once."""
        found = self._phrases.get(i)
        if found is None:
            found = self._phrases[i] = {}
            for candidate, form in _entries(self.lex, self.norms[i]):
                end = i + len(form)
                if end <= self.span.end and tuple(self.norms[i + 1:end]) == form[1:] \
                        and len(form) > found.get(candidate, 0):
                    found[candidate] = len(form)
        return found

    def phrase_ending(self, j: int, word_set: URIRef) -> int:
        """Length of the longest entry of word_set ending at token j (0 if none)."""
        for length in range(min(self.lex.max_len(word_set), j - self.span.start + 1), 0, -1):
            if self.phrase_at(j - length + 1, word_set) == length:
                return length
        return 0


def _entries(lex: Lexicon, word: str) -> tuple[tuple[URIRef, Phrase], ...]:
    """The function-word entries (word set, form) whose first word is a reading of the word: the word and
    its proclitic-free forms, each also with the imperfect's person prefix as ي.

    Kept with the lexicon: most words begin no entry, and words repeat across documents.
    """
    found = lex.entries_by_word.get(word)
    if found is None:
        forms = [form for form, _ in strip_proclitics(word)]
        forms += [_PERSON_SWAP + f[1:] for f in forms if f[:1] in _PERSON_PREFIXES and len(f) > 3]
        found = lex.entries_by_word[word] = tuple(entry for first in forms for entry in lex.by_first_word.get(first, ()))
    return found


def _prepare(span: Span, lex: Lexicon, tokens: tuple[list[str], list[bool], list[bool]], mentions: list[Span],
             cues: list[Span]) -> _Sentence:
    """Clause boundaries and the sentence's mentions and cues, indexed by token.

    A sentence without a cue yields no statement: only its first clause is read (for who speaks), the one
    after a dateline where there is one (بيروت - قال ...).
    """
    norms, punct, space = tokens
    s = _Sentence(span, lex, norms=norms, punct=punct, space=space)
    proper = s.opening()
    i, clause, opening = span.start, 0, None
    while i < span.end and (cues or opening is None or clause <= opening):
        found = s.phrases_at(i) if _entries(lex, norms[i]) else None
        length = max([found.get(word_set, 0) for word_set in _CLAUSE_OPENERS]) if found else 0
        if punct[i] or length:
            clause += 1
            s.boundary.add(i)
        for k in range(i, i + max(length, 1)):
            s.clause[k] = clause
        if opening is None and i >= proper and not punct[i]:
            opening = clause
        i += max(length, 1)
    for mention in mentions:
        s.mention_end[mention.end - 1] = mention
        s.mention_start[mention.start] = mention
    s.cue_at.update((cue.start, cue) for cue in cues)
    return s


def by_sentence(spans: list[Span], sent: Span) -> list[Span]:
    """The spans that lie inside one sentence (spans are in text order)."""
    starts = [span.start for span in spans]
    first = bisect_left(starts, sent.start)
    return [span for span in spans[first:bisect_left(starts, sent.end, lo=first)] if span.end <= sent.end]


def _is_heading(span: Span, punct: list[bool], space: list[bool]) -> bool:
    """Subheads and datelines: short lines without a sentence-final mark carry no claims."""
    words = sum(1 for i in range(span.start, span.end) if not (punct[i] or space[i]))
    last = next((i for i in range(span.end - 1, span.start - 1, -1) if not space[i]), None)
    return last is not None and span.doc[last].text not in _SENTENCE_END and words <= _HEADING_MAX_WORDS


def _hedge_at(s: _Sentence, i: int) -> bool:
    """A hedge begins at i; a modal particle only before an imperfect verb (قد يدعم: may support; قد دعت:
    had called)."""
    if not s.phrase_at(i, LEX.hedge):
        return False
    after = i + s.phrase_at(i, LEX["modal-particle"])
    return after == i or after >= s.span.end or s.norms[after][:1] in _IMPERFECT_PREFIXES


def _first_person(s: _Sentence, cue: Span) -> bool:
    """نرفض، لا نريد، ندعمه: a verb cue in the first person plural (a listed ي-form written with ن, the word
    itself not listed: ندد is a past tense), or a cue after إننا/نحن."""
    word = s.norms[cue.start]
    word = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 4 else word
    if word.startswith(_FIRST_PERSON) and len(word) > 3 and (word,) not in s.lex.cue_forms \
            and any((form,) in s.lex.cue_forms for form in word_variants(_PERSON_SWAP + word[1:])):
        return True
    before = cue.start - 1
    while before >= s.span.start and s.phrase_at(before, LEX.negation):
        before -= 1
    return before >= s.span.start and (s.phrase_at(before, LEX["first-person-pronoun"]) > 0
                                       or _our(s.norms[before]))


def _our(word: str) -> bool:
    """موقفنا، بلادنا: a noun with the first person plural pronoun (the speaker's) right before the cue."""
    return word.endswith(_OUR) and len(word) > len(_OUR) + 2 and word.isalpha()


def _quote_open_after(s: _Sentence, open_before: bool) -> bool:
    """Whether a quote is still open at the sentence's end (« opens, » closes; a straight quote toggles)."""
    state = open_before
    for i in range(s.span.start, s.span.end):
        if s.punct[i]:
            text = s.doc[i].text
            if text in ("«", "“"):
                state = True
            elif text in ("»", "”"):
                state = False
            elif text == "\"":
                state = not state
    return state


class _Extractor:
    """Walks one document; keeps who is speaking and what has been said for anaphora."""

    def __init__(self, doc: Doc, document: Document, lex: Lexicon) -> None:
        self.doc, self.document, self.lex = doc, document, lex
        self.outlet = outlet_actor(document, lex)
        self.report_author = report_author(doc, document, lex)
        self.speaker: Actor | None = self.outlet
        self.source: Actor = self.outlet
        self.statements: list[PositionStatement] = []
        self.decisions: list[Decision] = []
        self.open_quote = False  # a quote opened in an earlier sentence is still open
        self.matrix_of: int = -1  # the sentence whose matrix subject is cached, by its first token
        self.matrix: _Holder | None = None
        self.matrix_at: int | None = None

    # ------------------------------------------------------------ actors

    def actor(self, mention: Span) -> tuple[Actor, bool] | None:
        """The actor a mention stands for, and whether by metonymy (a capital for its state)."""
        if mention.label_ == REPORT:
            return (self.report_author, False) if self.report_author else None
        new = mention._.new_actor
        if new is not None:
            return Actor(None, new.kind, None, _without_conjunction(new.label_ar), member_of=new.member_of,
                         role=new.role), False
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

    def subject_country(self, s: _Sentence, mention: Span) -> tuple[Actor, bool] | None:
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
        return self.state_of(self.speaker) if self.speaker is not None else None

    def state_of(self, actor: Actor) -> Actor | None:
        """The actor if it is a state, else the state it belongs to (a minister's, an organ's), if any."""
        if actor.kind == KG.State:
            return actor
        state = self.lex.members.get(actor.iri) if actor.iri is not None else actor.member_of
        return self.lex.actors[state] if state is not None and self.lex.actors[state].kind == KG.State else None

    def coordinated(self, s: _Sentence, first: Span) -> list[Span]:
        """X و Y: a mention and every mention joined to it by the conjunction."""
        mentions = [first]
        while True:
            nxt = s.mention_start.get(mentions[-1].end)
            if nxt is not None and nxt.text.startswith(_CONJUNCTION) and nxt._.clitic == 1:
                mentions.append(nxt)
                continue
            after = mentions[-1].end
            if after < s.span.end and self.doc[after].norm_ == _CONJUNCTION and (after + 1) in s.mention_start:
                mentions.append(s.mention_start[after + 1])
                continue
            return mentions

    def in_phrase(self, s: _Sentence, mention: Span) -> bool:
        """True when the mention is governed by a preposition (it cannot be a subject).

        قوى في الإطار التنسيقي is the exception: members of a body speak for it.
        """
        if self.governed_by_clitic(s, mention):
            return True
        before = mention.start - 1
        governed = before >= s.span.start and (
            s.phrase_ending(before, LEX["issue-preposition"]) > 0
            or s.phrase_ending(before, LEX["topic-preposition"]) > 0)
        return governed and not (before - 1 >= s.span.start and s.phrase_at(before - 1, LEX["part-noun"]))

    def prepositional(self, s: _Sentence, cue: Span) -> bool:
        """لدعم، للدعم: a stance noun after the preposition ل is no verb after its subject (بعثة الأمم المتحدة
        للدعم في ليبيا); after ب it may be (تتابع طهران بقلق، تعهدت بدعم)."""
        word = s.norms[cue.start]
        word = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 4 else word
        return word[:1] == _PURPOSE_CLITIC and (word,) not in self.lex.cue_forms

    def governed_by_clitic(self, s: _Sentence, mention: Span) -> bool:
        """لقوات، بالحكومة، للجيش: a proclitic preposition on the mention (not the article or a conjunction)."""
        return governed(s.norms[mention.start][:mention._.clitic])

    # ------------------------------------------------------------ walking a document

    def run(self) -> list[PositionStatement]:
        flags = self.doc.to_array([IS_PUNCT, IS_SPACE]).astype(bool).tolist()
        tokens = doc_norms(self.doc), [p for p, _ in flags], [w for _, w in flags]
        actors, cues = list(self.doc.spans["actors"]), list(self.doc.spans["cues"])
        for sent in self.doc.sents:
            if _is_heading(sent, tokens[1], tokens[2]):
                continue
            s = _prepare(sent, self.lex, tokens, by_sentence(actors, sent), by_sentence(cues, sent))
            self.update_speaker(s)
            consumed: set[int] = set()
            for start in sorted(s.cue_at):
                cue = s.cue_at[start]
                if start in consumed:
                    self.decisions.append(Decision(cue.text, cue.label_, cue.start_char, (), "inside another statement's issue"))
                    continue
                made, reason = self.from_cue(s, cue)
                for statement in made:
                    self.add(statement)
                    consumed.update(c for c in s.cue_at if statement.issue_start <= self.doc[c].idx < statement.issue_end)
                self.decisions.append(Decision(cue.text, cue.label_, cue.start_char, tuple(made), reason))
        return self.statements

    def add(self, statement: PositionStatement) -> None:
        key = (statement.holder, statement.stance, statement.issue_text, statement.char_start)
        if all((x.holder, x.stance, x.issue_text, x.char_start) != key for x in self.statements):
            self.statements.append(statement)

    def postposed_speaker(self, s: _Sentence, opening: int) -> Actor | None:
        """«نرفض ...»، قال وزير الداخلية التركي: a sentence that opens with a quote names its speaker after it."""
        if opening == s.span.start or s.doc[opening - 1].text not in _QUOTE_OPENERS - {":"}:
            return None
        close = next((i for i in range(opening, s.span.end) if s.doc[i].text in QUOTE_CLOSERS), None)
        if close is None:
            return None
        verb = next((i for i in range(close + 1, min(close + 3, s.span.end)) if not s.punct[i]), None)
        if verb is None or not s.phrase_at(verb, _REPORTING_VERB):
            return None
        for i in range(verb + 1, min(verb + 1 + MAX_SUBJECT_DISTANCE, s.span.end)):
            if i in s.mention_start:
                resolved = self.actor(s.mention_start[i])
                return resolved[0] if resolved is not None else None
        return None

    def update_speaker(self, s: _Sentence) -> None:
        """Reporting frames set who speaks: the report, a named actor, or (with no frame) the outlet.

        The frame is the first reporting verb before the reported clause (a complementizer, a quote or a
        colon), with its subject after it, asides passed over; a relay (نقلت الوكالة عن المتحدث) gives the
        voice to the one relayed; بحسب/وفقا ل X gives it to X. With no frame, a sentence that goes on
        inside an open quote, or opens with a verb that has no subject of its own (وأضاف، كما حذر), keeps
        the voice; one whose main verb is a stance cue with a named subject gives it to that subject.
        """
        continuing = self.open_quote
        self.open_quote = _quote_open_after(s, continuing)
        opening = s.opening()
        quoted = self.postposed_speaker(s, opening)
        if quoted is not None:
            self.speaker = self.source = quoted
            return
        if continuing:
            return
        clause, last = s.clause, s.clause[opening]
        first_clause = list(takewhile(lambda i: clause[i] <= last, range(s.span.start, s.span.end)))
        for i in first_clause:
            mention = s.mention_start.get(i)
            if mention is not None and mention.label_ == REPORT and self.report_author:
                self.speaker = self.source = self.report_author
                return
        frame = self.frame_region(s)
        verb = next((i for i in frame if s.phrase_at(i, _REPORTING_VERB)), None)  # the first one is read
        if verb is not None:
            subject = self.frame_subject(s, verb, frame)
            if subject is not None:
                self.speaker = self.source = subject  # reported speech: the speaker claims it
                return
            after = verb + 1
            if after < s.span.end and not (s.phrase_at(after, LEX.complementizer) or s.doc[after].is_punct
                                           or s.phrase_at(after, LEX["issue-preposition"])
                                           or s.phrase_at(after, LEX.adverb) or s.phrase_at(after, LEX["subject-pronoun"])
                                           or after in s.cue_at):
                self.speaker = None  # وقال وزير ... : a speaker we cannot name holds nothing for us
            return  # otherwise the same voice goes on (وأضاف أن ...)
        according = self.according_to(s, frame)
        if according is not None:
            self.speaker = self.source = according
            return
        verb = opening + s.phrase_at(opening, LEX["clause-boundary"])  # كما حذر، ثم دعا
        if verb in s.cue_at and self.lex.cues[URIRef(s.cue_at[verb].kb_id_)].kind == KG.VerbCue:
            return
        matrix = self.matrix_subject(s, s.span.end)
        if matrix is not None and self.matrix_at is not None and self.matrix_at in s.cue_at:
            self.speaker = self.source = matrix[0]  # رحبت الحكومة بالقرار. وأضافت ...: she goes on speaking
            return
        self.speaker = self.source = self.outlet

    def frame_region(self, s: _Sentence) -> list[int]:
        """The tokens before the reported clause: up to the first complementizer, quote or colon."""
        region = []
        for i in range(s.span.start, s.span.end):
            if s.phrase_at(i, LEX.complementizer) or (s.doc[i].text in _QUOTE_OPENERS and not self.quoted_name(s, i)):
                break
            region.append(i)
        return region

    def quoted_name(self, s: _Sentence, i: int) -> bool:
        """A quote of one or two words ("واس"، "رويترز") is a name, not a quotation."""
        return any(s.doc[k].text in QUOTE_CLOSERS for k in range(i + 2, min(i + 4, s.span.end)))

    def frame_subject(self, s: _Sentence, verb: int, frame: list[int]) -> Actor | None:
        """Who the reporting verb at `verb` gives the voice to: the one relayed (نقل ... عن X), else its subject
        after it (not inside a prepositional phrase) or right before it."""
        if s.phrase_at(verb, LEX["relay-verb"]):
            for i in frame:
                if i > verb and i in s.mention_start and s.phrase_ending(i - 1, LEX["relay-preposition"]):
                    resolved = self.actor(s.mention_start[i])
                    if resolved is not None:
                        return resolved[0]
        for i in frame:
            if i > verb and i in s.mention_start and not self.in_phrase(s, s.mention_start[i]):
                resolved = self.actor(s.mention_start[i])
                if resolved is not None:
                    return resolved[0]
        before = self.skip_back(s, verb)
        if before >= s.span.start and before in s.mention_end and s.mention_end[before].start == s.opening():
            resolved = self.actor(s.mention_end[before])
            if resolved is not None:
                return resolved[0]
        return None

    def according_to(self, s: _Sentence, frame: list[int]) -> Actor | None:
        """بحسب الخارجية، وفقا لمسؤول X: the actor the sentence is attributed to."""
        for i in frame:
            length = s.phrase_at(i, LEX["according-to"])
            if length and i + length in s.mention_start:
                resolved = self.actor(s.mention_start[i + length])
                if resolved is not None:
                    return resolved[0]
        return None

    def matrix_subject(self, s: _Sentence, before: int) -> _Holder | None:
        """The subject of the sentence's first verb (reporting, expressing or a stance cue) that names one,
        if that verb comes before token `before`: who a participle, a coordinated verb or a stance noun
        with its pronoun goes on speaking for (أعرب البديوي عن إدانته ...، داعيا إلى ...)."""
        if self.matrix_of != s.span.start:
            self.matrix_of, self.matrix, self.matrix_at = s.span.start, None, None
            for i in range(s.span.start, s.span.end):
                if s.phrase_at(i, LEX.complementizer) or s.phrase_at(i, LEX["relative-pronoun"]):
                    break
                if not (s.phrase_at(i, _REPORTING_VERB) or s.phrase_at(i, LEX["express-verb"]) or i in s.cue_at):
                    continue
                subject = self.verb_subject(s, i)
                if subject is not None:
                    self.matrix, self.matrix_at = subject, i
                    break
        return self.matrix if self.matrix_at is not None and self.matrix_at < before else None

    def verb_subject(self, s: _Sentence, verb: int) -> _Holder | None:
        """A verb's named subject: the mention right before it (a fronted subject) or the first one after it,
        honorifics, adverbs and an aside between commas passed over."""
        j = self.skip_aside(s, self.skip_back(s, verb))
        if j >= s.span.start and j in s.mention_end and not self.in_phrase(s, s.mention_end[j]) \
                and (s.mention_end[j].start == s.opening() or s.mention_end[j].start - 1 in s.boundary):
            found = self.resolve(s, [s.mention_end[j]])
            return found[0] if found else None
        end = s.cue_at[verb].end if verb in s.cue_at else verb + max(s.phrase_at(verb, _REPORTING_VERB),
                                                                      s.phrase_at(verb, LEX["express-verb"]), 1)
        i = self.after_honorifics(s, end)
        while i < s.span.end and s.phrase_at(i, LEX.adverb):
            i += s.phrase_at(i, LEX.adverb)
        if i < s.span.end and s.doc[i].text in _COMMAS:  # وأكد، في بيان، الوزير ...
            close = next((k for k in range(i + 1, min(i + MAX_ASIDE_TOKENS, s.span.end)) if s.doc[k].text in _COMMAS),
                         None)
            i = self.after_honorifics(s, close + 1) if close is not None else i
        mention = s.mention_start.get(i)
        if mention is None or self.in_phrase(s, mention):
            return None
        found = self.resolve(s, [mention])
        return found[0] if found else None

    # ------------------------------------------------------------ one cue

    def from_cue(self, s: _Sentence, cue: Span) -> tuple[list[PositionStatement], str]:
        """The statements one cue yields, and why (the reason is what `kg explain` prints)."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if self.is_topic(s, cue):
            return [], "only the topic of a discussion (بشأن، حول ...)"
        if self.conditional(s, cue):
            return [], "under a condition (إذا، لو ...): hypothetical"
        stance = entry.stance
        if self.negated(s, cue):
            if entry.when_negated is None:
                return [], "negated, and the cue has no negated reading"
            stance = entry.when_negated
        if entry.kind in (KG.EvaluativeCue, KG.EvaluativeVerbCue):
            made = list(self.evaluative(s, cue, entry.kind == KG.EvaluativeVerbCue))
            return made, "" if made else "an evaluative word that nobody here asserts of an issue"
        shared = self.shared(s, cue)
        if shared is not None:
            return [shared], ""
        holders, rule, after = self.holders(s, cue, entry.kind)
        if not holders:
            return [], "no actor holds it (no subject, genitive, pronoun or known speaker)"
        particle = self.particle(s, after, entry.requires) if entry.requires else after
        if particle is None:
            return [], "the particle this cue needs does not follow"
        if entry.yields and particle + 1 < s.span.end and (s.phrase_at(particle + 1, LEX.complementizer)
                                                           or s.phrase_at(particle + 1, LEX["subject-pronoun"])):
            return [], "an affirmation of a clause (شدد على أن ...), not a stance"
        start = self.issue_start(s, particle)
        following = s.cue_at.get(start)
        if following is not None and following.label_ != cue.label_ and entry.yields:
            return [], "an affirmation: the cue that opens its issue gives the stance (تأكيده على رفض ...)"
        if following is not None and following.label_ == cue.label_:
            if not self.evaluates_next(s, following):
                return [], "the next cue of the same stance carries the issue"
            start = self.issue_start(s, following.end)  # حذر من خطورة X، دعا إلى ضرورة X: the issue is X
        if start < s.span.end and s.phrase_at(start, LEX["non-issue"]):
            return [], "an idiom, not an issue (رفض التعليق: declined to comment)"
        end = self.issue_end(s, start)
        if end == start and s.phrase_at(cue.start, LEX.manner):
            start, end = self.manner_object(s, cue, holders)
        made = []
        for holder, mention, metonymy in holders:
            for piece_start, piece_end in self.conjuncts(s, start, end) + self.listed(s, end):
                statement = self.make(s, cue, entry.iri, holder, mention, metonymy, piece_start, piece_end, rule,
                                      stance=stance)
                if statement is not None:
                    made.append(statement)
            purpose = self.purpose(s, made[-1], end, mention) if made else None
            if purpose is not None:
                made.append(purpose)
        return made, "" if made else "no issue follows within the clause"

    def listed(self, s: _Sentence, end: int) -> list[tuple[int, int]]:
        """...، ومحاسبة مرتكبيها، والعمل على حماية المدنيين: after a comma, a verbal noun joined by و goes on
        the list of what the cue asks for (or rejects); each is an issue of its own."""
        pieces = []
        while end + 1 < s.span.end and s.doc[end].text in _COMMAS | _QUOTE_MARKS:
            nxt = end + 1
            while nxt < s.span.end and s.doc[nxt].text in _QUOTE_MARKS | _COMMAS:
                nxt += 1
            if nxt >= s.span.end or not s.norms[nxt].startswith(_CONJUNCTION) or not self.verbal_noun(s, nxt) \
                    or nxt in s.cue_at and self.lex.cues[URIRef(s.cue_at[nxt].kb_id_)].kind == KG.VerbCue:
                break
            end = self.issue_end(s, nxt)
            if end <= nxt:
                break
            pieces.append((nxt, end))
        return pieces

    def conjuncts(self, s: _Sentence, start: int, end: int) -> list[tuple[int, int]]:
        """بتنسيق مباشر مع دمشق وتصعيد جهود مكافحة الإرهاب: two verbal nouns joined by و are two issues.

        Not inside بين X و Y, and not before a noun that continues the same aim (ومحاولة).
        """
        if not self.verbal_noun(s, start):
            return [(start, end)]
        pieces, piece = [], start
        for k in range(start + 2, end):
            if s.phrase_at(k - 1, LEX.between) or any(s.phrase_at(i, LEX.between) for i in range(piece, k)):
                return [(start, end)]
            word = s.doc[k].norm_
            if word.startswith(_CONJUNCTION) and not s.phrase_at(k, LEX["aspect-noun"]) and self.verbal_noun(s, k):
                pieces.append((piece, k))
                piece = k
        pieces.append((piece, end))
        return pieces

    def verbal_noun(self, s: _Sentence, i: int) -> bool:
        return any(is_verbal_noun(form) or (form.startswith("ال") and is_verbal_noun(form[2:]))
                   for form, _ in strip_proclitics(s.doc[i].norm_))

    def manner_object(self, s: _Sentence, cue: Span, holders: list[_Holder]) -> tuple[int, int]:
        """طهران تراقب التطورات بقلق: the object of the verb before the manner phrase is the issue."""
        mentions = [m for _, m, _ in holders if m is not None and m.end <= cue.start]
        if not mentions:
            return cue.end, cue.end
        subject = mentions[-1]
        clause_first = subject.start == s.span.start or subject.start - 1 in s.boundary
        return subject.end + (1 if clause_first else 0), cue.start  # skip the verb after a fronted subject

    def negated(self, s: _Sentence, cue: Span) -> bool:
        """لا/لم/لن/ليس/غير/عدم shortly before the cue cancel it; لا يزال (still) does not.

        The negation may sit on the verb that expresses a stance noun: لم تبد موسكو أي اعتراض.
        """
        governing = self.governing(s, cue)
        if any(s.phrase_at(i, LEX.denial) for i in range(s.span.start, cue.start) if s.clause[i] in governing):
            return True  # نفى أن تكون بلاده قد وافقت
        if any(s.phrase_at(i, LEX.negation) and s.phrase_at(i + 1, LEX.hedge)
               for i in range(s.span.start, cue.start - 1) if s.clause[i] in governing):
            return True  # لا يبدو أن موسكو مستعدة: a negated hedge over the cue's clause
        i, steps = cue.start - 1, 0
        passable = (LEX.hedge, LEX["light-verb"], LEX.continuity, LEX["express-verb"])
        while i >= s.span.start and steps < 4 and s.clause[i] == s.clause[cue.start]:
            if s.phrase_at(i, LEX.negation):
                after = i + 1
                return not (after < s.span.end and (s.phrase_at(after, LEX.continuity)
                                                   or s.phrase_at(after, LEX.complementizer)))
            if i in s.mention_end:
                i = s.mention_end[i].start - 1  # the subject between the verb and its object
                continue
            if not any(s.phrase_at(i, word_set) for word_set in passable):
                return False
            i, steps = i - 1, steps + 1
        return False

    def conditional(self, s: _Sentence, cue: Span) -> bool:
        """إذا رفضت ... : a stance under a condition is hypothetical, not held."""
        clause = s.clause[cue.start]
        return any(s.phrase_at(i, LEX.conditional) for i in range(s.span.start, cue.start) if s.clause[i] == clause)

    def is_topic(self, s: _Sentence, cue: Span) -> bool:
        """بشأن ضرورة ...: a cue that is only the topic of talks asserts no one's stance."""
        before = cue.start - 1
        return before >= s.span.start and s.phrase_ending(before, LEX["topic-preposition"]) > 0

    def skip_back(self, s: _Sentence, i: int) -> int:
        """The index before i once adverbs, asides and hedges are passed over."""
        j = i - 1
        while j >= s.span.start:
            length = max(s.phrase_ending(j, LEX.adverb), s.phrase_ending(j, LEX.hedge))
            if not length:
                return j
            j -= length
        return j

    def skip_aside(self, s: _Sentence, j: int) -> int:
        """The index before an aside between commas that j closes and a preposition opens (أعلنت الجماعة، في
        بيان نشرته وكالة سبأ، رفضها ...), or j where there is none."""
        if j < s.span.start or s.doc[j].text not in _COMMAS:
            return j
        for k in range(j - 2, max(s.span.start, j - MAX_ASIDE_TOKENS) - 1, -1):
            if s.doc[k].text in _COMMAS:
                return self.skip_back(s, k) if s.phrase_at(k + 1, LEX["issue-preposition"]) else j
        return j

    def holders(self, s: _Sentence, cue: Span, kind: URIRef) -> tuple[list[_Holder], str, int]:
        """Who holds the cue's stance, which rule found them, and where the issue may begin."""
        clause = s.clause[cue.start]
        if cue.end in s.mention_start and self.reporting_verb_before(s, cue) is not None:
            # أكد السوداني دعم العراق ل...: the cue is the reported object; its genitive holds it
            mentions = self.coordinated(s, s.mention_start[cue.end])
            return self.resolve(s, mentions), "genitive", mentions[-1].end
        j = self.skip_back(s, cue.start)
        beyond = self.skip_aside(s, j)
        joined = s.norms[cue.start][:1] in _CONJUNCTIONS and (s.norms[cue.start][1:],) in self.lex.cue_forms
        if j >= s.span.start and not joined and not self.prepositional(s, cue) and ((j in s.mention_end and s.clause[j] == clause)
                                                 or beyond in s.mention_end) \
                and not self.governed_by_clitic(s, s.mention_end[j if j in s.mention_end else beyond]):
            # not لبيروت ودعت: a verb joined by و starts after its own subject, and a governed noun is none
            j = j if j in s.mention_end else beyond
            first = self.placed(s, s.mention_end[j])
            while first.start - 1 in s.mention_end and first.text.startswith(_CONJUNCTION):
                first = s.mention_end[first.start - 1]
            return self.resolve(s, self.coordinated(s, first)), "subject-verb", cue.end
        if j >= s.span.start and s.clause[j] == clause and s.phrase_at(j, LEX["subject-pronoun"]):
            matrix = self.matrix_subject(s, j)
            antecedent = (matrix[0], matrix[2]) if matrix is not None else self.antecedent(s, j)
            if antecedent is not None:
                actor, metonymy = antecedent
                return [(actor, s.doc[j:j + 1], metonymy)], "pronoun-subject", cue.end
        if cue.end in s.mention_start and self.addressed(s, cue):
            # أعرب عن أمله ...، وهنأ الحكومة السورية على ...: the actor after the verb is whom it addresses
            matrix = self.matrix_subject(s, cue.start)
            return [matrix or (self.speaker, None, False)], "coordinated-verb", cue.end
        named = self.after_honorifics(s, cue.end)  # دعا الشيخ نعيم قاسم ...
        if named in s.mention_start and not self.in_phrase(s, s.mention_start[named]):
            mentions = self.coordinated(s, s.mention_start[named])
            after = mentions[-1].end
            if after < s.span.end and s.doc[after].norm_.startswith(_CONJUNCTION) and after not in s.mention_start:
                return [], "", after  # تعارض بغداد وأربيل ...: an unknown co-subject; the object is unclear
            place = s.mention_start.get(after + 1)
            if place is not None and s.phrase_at(after, LEX.locative) and place.label_ in _PLACE_LABELS:
                after = place.end  # سفير تونس في بغداد: where the subject sits is not the issue
            leader = s.mention_start.get(after + 1)
            if leader is not None and s.phrase_at(after, LEX["led-by"]):
                after = leader.end  # تحالف الفتح بزعامة هادي العامري: who leads the subject is not the issue
            return self.resolve(s, mentions, genitive=True), "verb-subject", after
        if self.voiced() and _first_person(s, cue):
            return [(self.speaker, None, False)], "first-person", cue.end
        for i in range(cue.start - 1, max(s.span.start, cue.start - MAX_SUBJECT_DISTANCE) - 1, -1):
            if s.clause[i] != clause:
                break
            mention = s.mention_end.get(i)
            if mention is not None and mention.start in s.clause and not self.in_phrase(s, mention) \
                    and not self.prepositional(s, cue):
                return self.resolve(s, [mention]), "clause-subject", cue.end
        previous = self.earlier_statement(s, cue.start_char)
        if previous is not None and (self.coordinated_verb(s, cue.start) or self.circumstantial(s, cue)):
            # تؤيد فرنسا العودة إلى الاتفاق وتعارض فرض عقوبات / ، داعية إلى ...: the first verb's subject
            return [(previous.holder, None, previous.via_metonymy)], "coordinated-verb", cue.end
        if kind == KG.VerbCue and self.voiced() and (cue.start == s.span.start or cue.start - 1 in s.boundary) \
                and cue.end < s.span.end and (s.phrase_at(cue.end, LEX["issue-preposition"])
                                              or s.phrase_at(cue.end, LEX.complementizer)):
            return [(self.speaker, None, False)], "elided-subject", cue.end
        if self.predicated(s, cue, kind):
            matrix = self.matrix_subject(s, cue.start)
            if matrix is not None:
                return [matrix], "matrix-subject", cue.end
            if self.voiced():
                return [(self.speaker, None, False)], "speaker", cue.end
        return [], "", cue.end

    def predicated(self, s: _Sentence, cue: Span, kind: URIRef) -> bool:
        """Whether a cue with no subject of its own is said by the sentence's subject or speaker: a verb or
        participle (not one that opens a clause of its own after أن or a relative), a stance noun with its
        holder's pronoun (رفضه، قلقها), or one a verb of saying or expressing governs (أعرب عن إدانته). A
        stance noun inside another phrase (لتسهيل الدعم) is nobody's stance."""
        before = self.skip_back(s, cue.start)
        while before >= s.span.start and s.phrase_at(before, LEX.negation):
            before -= 1
        if before >= s.span.start and (s.phrase_at(before, LEX.complementizer)
                                       or s.phrase_at(before, LEX["relative-pronoun"])):
            return False
        word = s.norms[cue.start]
        bare = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 3 else word
        noun = bare.startswith(_ARTICLE) or (bare[:1] in _PREPOSITIONS and len(bare) > 3
                                              and (bare,) not in self.lex.cue_forms)
        if cue.end - cue.start == 1 and (word,) not in self.lex.cue_forms and word.endswith(_POSSESSIVES) \
                and not noun:
            return True
        if kind == KG.VerbCue and not noun:
            return not self.has_own_subject(s, cue) and not self.unknown_subject_after(s, cue)
        if before >= s.span.start and s.phrase_at(before, LEX.accompaniment) and (
                before == s.span.start or s.doc[before - 1].text in _COMMAS):
            return True  # ...، مع التأكيد على عدم التدخل: a circumstantial phrase goes on the speaker's
        return self.governing_verb(s, cue) is not None

    def unknown_subject_after(self, s: _Sentence, cue: Span) -> bool:
        """حيث يسعى الجيش إلى ...: an imperfect verb (third person) followed by a definite noun has that noun
        for its subject, one the gazetteer does not know."""
        word = s.norms[cue.start]
        word = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 4 else word
        after = cue.end
        return word[:1] in _THIRD_PERSON and after < s.span.end and s.norms[after].startswith(_ARTICLE) \
            and len(s.norms[after]) > 3 and not _is_function_word(s, after) and after not in s.cue_at

    def has_own_subject(self, s: _Sentence, cue: Span) -> bool:
        """أن هذا التباين يعرقل ...: words before the verb in its clause are its subject (one the gazetteer does
        not know: nobody's stance), unless they are only negation, hedges, adverbs or a conjunction."""
        clause = s.clause[cue.start]
        i = cue.start - 1
        while i >= s.span.start and s.clause[i] == clause and i not in s.boundary:
            if not (s.punct[i] or s.space[i] or s.norms[i] in _CONJUNCTIONS or any(
                    s.phrase_at(i, ws) for ws in (LEX.negation, LEX.hedge, LEX.adverb, LEX.continuity,
                                                   LEX["modal-particle"], LEX["issue-preposition"]))):
                return True
            i -= 1
        return False

    def governing_verb(self, s: _Sentence, cue: Span) -> int | None:
        """أعرب (X) عن قلقه / أبدى استعداده / أكد دعم ...: the verb of saying or expressing whose object the cue
        is, its subject and one preposition passed over."""
        i = self.skip_back(s, cue.start)
        if i >= s.span.start and s.phrase_ending(i, LEX["issue-preposition"]):
            i = self.skip_back(s, i - s.phrase_ending(i, LEX["issue-preposition"]) + 1)
        i = self.skip_aside(s, i)
        while i in s.mention_end:
            i = self.skip_aside(s, self.skip_back(s, s.mention_end[i].start))
        if i >= s.span.start and (s.phrase_at(i, _REPORTING_VERB) or s.phrase_at(i, LEX["express-verb"])):
            return i
        return None

    def after_honorifics(self, s: _Sentence, i: int) -> int:
        """The first token from i that is not an honorific (معالي، الشيخ)."""
        while i < s.span.end and s.phrase_at(i, LEX.honorific):
            i += 1
        return i

    def addressed(self, s: _Sentence, cue: Span) -> bool:
        """A verb that takes an addressee, joined by و after a named subject of this sentence: the one actor
        after it, right before its particle, is whom it addresses."""
        entry = self.lex.cues[URIRef(cue.kb_id_)]
        if not (entry.addressee and cue.text.startswith(_CONJUNCTION) and cue.start > s.opening()):
            return False
        if self.matrix_subject(s, cue.start) is None and not self.voiced():
            return False
        after = self.coordinated(s, s.mention_start[cue.end])[-1].end
        return self.particle(s, after, entry.requires) == after if entry.requires else False

    def placed(self, s: _Sentence, mention: Span) -> Span:
        """The subject before a place that follows it (السفارة الأمريكية في بغداد دعت: the embassy, not Baghdad)."""
        before = mention.start - 1
        if mention.label_ in _PLACE_LABELS and before > s.span.start and s.phrase_at(before, LEX.locative) \
                and before - 1 in s.mention_end and s.clause[before - 1] == s.clause[mention.start]:
            return s.mention_end[before - 1]
        return mention

    def voiced(self) -> bool:
        """True when the current speaker is someone other than the outlet narrating."""
        return self.speaker is not None and self.speaker != self.outlet

    def resolve(self, s: _Sentence, mentions: list[Span], genitive: bool = False) -> list[_Holder]:
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

    def antecedent(self, s: _Sentence, pronoun: int) -> tuple[Actor, bool] | None:
        """The nearest earlier actor that is not inside a prepositional phrase (this sentence first)."""
        for mention in sorted(s.doc.spans["actors"], key=lambda m: -m.start):
            if mention.end <= pronoun and mention.start >= s.span.start - 200 and mention.label_ != FACTION:
                inside = s.span.start <= mention.start
                if inside and self.in_phrase(s, mention):
                    continue
                resolved = self.actor(mention)
                if resolved is not None:
                    return resolved
        return None

    def particle(self, s: _Sentence, after: int, particles: tuple[tuple[str, ...], ...]) -> int | None:
        """Where the particle the cue needs (يعمل على، يدعو إلى) stands, within a few words.

        Words before it are whom the call addresses (دعت الإدارة الدول المعنية إلى ...), and asides between
        commas or a quote mark may come first (دعت فرنسا، في بيان، "إلى ..."); a new clause (أن، التي، أنها),
        another cue or verb of saying ends the search. A one-letter particle is a proclitic, not on a bare
        pronoun (المعترف بها is no welcome's object).
        """
        for i in range(after, min(after + _PARTICLE_WINDOW, s.span.end)):
            if self.opens_clause(s, i) or (i > after and (i in s.cue_at or s.phrase_at(i, _REPORTING_VERB))):
                return None
            if s.doc[i].text in _SENTENCE_END:
                return None
            norm = s.doc[i].norm_
            for particle in particles:
                if (norm,) == particle:
                    return i
                if len(particle[0]) == 1 and norm.startswith(particle[0]) and len(norm) > 2 \
                        and norm[1:] not in _BARE_PRONOUNS:
                    return i  # a one-letter particle is a proclitic: يرحب بالاتفاق
        return None

    def opens_clause(self, s: _Sentence, i: int) -> bool:
        """A word that opens a clause of its own (not a comma or a quote mark)."""
        return (i in s.boundary and not s.punct[i]) or s.phrase_at(i, LEX["subject-pronoun"]) > 0

    def evaluates_next(self, s: _Sentence, cue: Span) -> bool:
        """An evaluative noun in construct with what follows it (خطورة استهداف السفن): it qualifies the issue."""
        return (self.lex.cues[URIRef(cue.kb_id_)].kind == KG.EvaluativeCue and cue.end < s.span.end
                and cue.end not in s.boundary and not s.punct[cue.end] and not s.space[cue.end])

    # ------------------------------------------------------------ issues

    def issue_start(self, s: _Sentence, i: int) -> int:
        """Skip adverbs, an aside (، بحسب مسؤولين،) and the particles that introduce the issue."""
        skipped_particles = 0
        while i < s.span.end:
            if s.doc[i].is_punct and i + 1 < s.span.end and s.phrase_at(i + 1, LEX.hedge):
                close = next((k for k in range(i + 2, min(i + 8, s.span.end)) if s.doc[k].is_punct), None)
                if close is not None:
                    i = close + 1
                    continue
            adverb = s.phrase_at(i, LEX.adverb)
            if adverb:
                i += adverb
                continue
            if s.doc[i].text in _QUOTE_OPENERS:  # دعا إلى "الانسحاب ...": the quoted words are the issue
                i += 1
                continue
            particle = s.phrase_at(i, LEX["issue-preposition"]) or s.phrase_at(i, LEX.complementizer)
            if particle and skipped_particles < 2:
                i, skipped_particles = i + particle, skipped_particles + 1
                continue
            return i
        return i

    def issue_end(self, s: _Sentence, start: int) -> int:
        end = self.phrase_end(s, start, start)
        relative = s.phrase_at(end, LEX["relative-pronoun"]) if end < s.span.end else 0
        if relative and (end - start <= _SHORT_ISSUE or s.phrase_at(start, LEX["manner-noun"])):
            # الطريقة التي تدار بها المساعدات، القرار الذي اتخذته واشنطن بشأن تصنيف ...: the clause says which
            end = self.phrase_end(s, end + relative, start)
        while end > start and _is_function_word(s, end - 1):
            end -= 1
        return end

    def phrase_end(self, s: _Sentence, end: int, start: int) -> int:
        """Where a phrase begun at start and read up to end stops: a clause boundary, punctuation, or a
        coordinated verb of stance (تؤيد العودة إلى الاتفاق وتعارض فرض عقوبات: two issues)."""
        while end < s.span.end and end - start < MAX_ISSUE_TOKENS:
            quote = s.doc[end].text in _QUOTE_MARKS  # بشأن "تصنيف الجماعة": quoted words go on the phrase
            if end != start and end in s.boundary and not quote:
                break
            if (s.punct[end] and not quote) or s.space[end] or (end != start and self.coordinated_verb(s, end)):
                break
            end += 1
        return end

    def earlier_statement(self, s: _Sentence, before: int) -> PositionStatement | None:
        """The last statement made, if it is of this sentence and its issue ends before the character before."""
        previous = self.statements[-1] if self.statements else None
        if previous is None or previous.char_start != _trimmed(s.span, s.space)[0] or previous.issue_end > before:
            return None
        return previous

    def circumstantial(self, s: _Sentence, cue: Span) -> bool:
        """A verb cue right after a comma, with no subject of its own (رفضت مصر المقترح، داعية إلى الحوار:
        a circumstantial participle qualifies the clause before it)."""
        before = cue.start - 1
        return before >= s.span.start and s.doc[before].text in _COMMAS \
            and self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue

    def coordinated_verb(self, s: _Sentence, i: int) -> bool:
        """A verb cue joined by و (وتعارض) begins at i."""
        cue = s.cue_at.get(i)
        return cue is not None and cue.text.startswith(_CONJUNCTION) \
            and self.lex.cues[URIRef(cue.kb_id_)].kind == KG.VerbCue

    def make(self, s: _Sentence, cue: Span, cue_iri: URIRef, holder: Actor, mention: Span | None, metonymy: bool,
             start: int, end: int, rule: str, *, issue: Issue | None = None, label: str = "",
             stance: URIRef | None = None) -> PositionStatement | None:
        if end <= start or not any(len(s.norms[i]) >= 3 and not _is_function_word(s, i) for i in range(start, end)):
            return None
        if mention is not None and mention.label_ == FACTION and " " not in holder.label_ar:
            # An unnamed camp is named by what it is said to do: معسكر يدعو إلى نهج براغماتي.
            described = self.document.text[mention.start_char + mention._.clitic:s.doc[min(end, start + 2) - 1].idx
                                      + len(s.doc[min(end, start + 2) - 1].text)]
            holder = replace(holder, label_ar=_without_conjunction(described))
        text_start, text_end = s.doc[start].idx, s.doc[end - 1].idx + len(s.doc[end - 1].text)
        issue_text = self.document.text[text_start:text_end]
        sent_start, sent_end = _trimmed(s.span, s.space)
        return PositionStatement(
            doc_id=self.document.doc_id, holder=holder, holder_text=mention.text if mention is not None else "",
            stance=stance or self.lex.cues[cue_iri].stance, issue_text=issue_text,
            issue_start=text_start, issue_end=text_end,
            sentence=self.document.text[sent_start:sent_end], char_start=sent_start, char_end=sent_end,
            source=self.source, cue=cue_iri, cue_text=cue.text, rule=rule,
            hedged=self.hedged(s, cue, start), via_metonymy=metonymy,
            issue=issue if issue is not None else _known_issue(issue_text, self.lex),
            issue_label=label or without_preposition(issue_text))

    def hedged(self, s: _Sentence, cue: Span, issue_start: int) -> bool:
        """A hedge in the cue's clause, in the clause that governs it (من المتوقع أن ...), or in an
        aside between the cue and its issue (تسعى واشنطن، بحسب مسؤولين، إلى ...)."""
        clauses = {s.clause[cue.start]} | self.governing(s, cue)
        before = any(_hedge_at(s, i) for i in range(s.span.start, cue.start) if s.clause[i] in clauses)
        return before or any(_hedge_at(s, i) for i in range(cue.end, min(issue_start, s.span.end)))

    def governing(self, s: _Sentence, cue: Span) -> set[int]:
        """The clause before the complementizer that opens the cue's clause, if it does."""
        first = min(i for i in range(s.span.start, cue.start + 1) if s.clause[i] == s.clause[cue.start])
        if s.phrase_at(first, LEX.complementizer) and first - 1 >= s.span.start:
            return {s.clause[first - 1]}
        return set()

    def purpose(self, s: _Sentence, statement: PositionStatement, end: int,
                mention: Span | None) -> PositionStatement | None:
        """… بهدف احتواء X: whoever supports the means also supports the stated aim."""
        if statement.stance != KG.support or end >= s.span.end:
            return None
        length = s.phrase_at(end, LEX.purpose)
        if not length:
            return None
        start = end + length
        made = self.make(s, s.doc[end:start], statement.cue, statement.holder, mention, statement.via_metonymy,
                         start, self.issue_end(s, start), "purpose", stance=KG.support)
        return replace(made, hedged=statement.hedged) if made is not None else None

    # ------------------------------------------------------------ evaluative predicates and sharing

    def evaluative(self, s: _Sentence, cue: Span, verb: bool) -> Iterator[PositionStatement]:
        """X يمثل تهديدا / يجعل X ضرورة / أن X ضروري / X سيصعّب ...: the asserter holds the stance."""
        comp = self.complementizer_before(s, cue.start)
        light = next((i for i in range(cue.start - 1, (comp if comp is not None else s.span.start), -1)
                      if s.phrase_at(i, LEX["light-verb"])), None)
        opinion = light is not None and s.phrase_at(light, LEX["reporting-verb"]) > 0
        if not verb and opinion and light + 1 < cue.start and self.skip_back(s, light) in s.mention_end:
            # تعتبر واشنطن / الولايات المتحدة تعتبر التنظيم تهديدا: the subject of the opinion verb holds it
            subject = s.mention_end[self.skip_back(s, light)]
            resolved = self.actor(subject)
            statement = resolved and self.make(s, cue, URIRef(cue.kb_id_), resolved[0], subject, resolved[1],
                                               light + 1, cue.start, "opinion-object")
            if statement:
                yield statement
            return
        if not verb and light is not None and comp is not None and light + 1 < cue.start:
            start, end, rule = light + 1, cue.start, "evaluative-object"
        elif comp is not None and (verb or light is not None):
            limit = light if light is not None and not verb else cue.start
            start, end, rule = comp + 1, self.subject_end(s, comp + 1, limit), "evaluative-subject"
            if verb and start in s.mention_start:
                return  # إيران تهدد بـ...: an actor that threatens to act is not a stance on that actor
        elif self.predicate_opener(s, cue, comp) is not None and not verb:
            # أن X ضروري / قالت: "الوضع في غزة كارثي": a short subject, then the predicate
            start, end, rule = self.predicate_opener(s, cue, comp) + 1, cue.start, "evaluative-predicate"
        elif not verb and self.reporting_verb_before(s, cue) is not None:
            start = self.issue_start(s, cue.end)
            end, rule = self.issue_end(s, start), "evaluative-object"
        else:
            return
        while start < end and (s.doc[start].is_punct or s.doc[start].is_space):
            start += 1
        holder, mention, named = self.asserter(s, comp if comp is not None else cue.start)
        if holder is None or not (named or self.voiced()):
            return
        statement = self.make(s, cue, URIRef(cue.kb_id_), holder, mention, False, start, end, rule)
        if statement is not None:
            yield statement

    def predicate_opener(self, s: _Sentence, cue: Span, comp: int | None) -> int | None:
        """The complementizer, quote mark or colon that opens a nominal clause whose short subject the cue
        (a predicate) follows, if there is one."""
        opener = next((i for i in range(cue.start - 1, max(s.span.start, cue.start - MAX_PREDICATE_SUBJECT - 2), -1)
                       if s.doc[i].text in _QUOTE_OPENERS), None)
        opener = max(o for o in (comp, opener, -1) if o is not None)
        if opener < s.span.start or not 0 < cue.start - opener - 1 <= MAX_PREDICATE_SUBJECT:
            return None
        if any(i in s.boundary and s.doc[i].text not in _QUOTE_MARKS for i in range(opener + 1, cue.start)):
            return None
        return opener

    def complementizer_before(self, s: _Sentence, i: int) -> int | None:
        for j in range(i - 1, s.span.start - 1, -1):
            if s.phrase_at(j, LEX.complementizer):
                return j
        return None

    def subject_end(self, s: _Sentence, start: int, limit: int) -> int:
        """The subject noun phrase ends at the clause boundary or where the predicate's particles begin."""
        end = start
        while end < limit and (end == start or end not in s.boundary) and not s.doc[end].is_punct \
                and not any(s.phrase_at(end, ws) for ws in (LEX.negation, LEX.continuity, LEX.hedge)):
            end += 1
        return end

    def reporting_verb_before(self, s: _Sentence, cue: Span) -> int | None:
        """أكد (الوزير) ضرورة / شدد على ضرورة ...: a reporting verb whose object the cue is."""
        i = self.skip_back(s, cue.start)
        if i >= s.span.start and s.phrase_ending(i, LEX["issue-preposition"]):
            i = self.skip_back(s, i - s.phrase_ending(i, LEX["issue-preposition"]) + 1)
        while i in s.mention_end:
            i = self.skip_back(s, s.mention_end[i].start)
        return i if i >= s.span.start and s.phrase_at(i, LEX["reporting-verb"]) else None

    def asserter(self, s: _Sentence, comp: int) -> tuple[Actor | None, Span | None, bool]:
        """Who asserts the predicate, and whether this sentence names them: the subject of the reporting verb
        before أن or the cue; for a reporting verb with no subject of its own after a statement of this sentence
        (رفضت الكويت المقترح، مشيرة إلى ضرورة ...: a participle, or a verb whose subject is elided), that
        statement's holder; else the current speaker."""
        for i in range(comp - 1, s.span.start - 1, -1):
            if s.phrase_at(i, LEX["reporting-verb"]):
                for j in range(comp - 1, i, -1):
                    mention = s.mention_end.get(j)
                    if mention is not None and not self.in_phrase(s, mention):
                        resolved = self.actor(mention)
                        if resolved is not None:
                            return resolved[0], mention, True
                previous = self.earlier_statement(s, s.doc[i].idx)
                if previous is not None and all(s.phrase_at(j, LEX["issue-preposition"]) for j in range(i + 1, comp)):
                    return previous.holder, None, True
                break
        return self.speaker, None, False

    def shared(self, s: _Sentence, cue: Span) -> PositionStatement | None:
        """تشارك أنقرة المخاوف نفسها: the subject takes on the named actor's stance and issue."""
        other = s.mention_end.get(cue.start - 1)
        if other is None or other.start - 1 < s.span.start:
            return None
        before = other.start - 1
        if s.phrase_at(before, LEX["share-verb"]):
            subject = s.mention_end.get(self.skip_back(s, before))  # دول الخليج تشارك أنقرة المخاوف
        elif before in s.mention_end and s.mention_end[before].start - 1 >= s.span.start \
                and s.phrase_at(s.mention_end[before].start - 1, LEX["share-verb"]):
            subject = s.mention_end[before]  # وتشاطر الكويت الرياض المخاوف
        else:
            return None
        same = s.phrase_at(cue.end, LEX.same) if cue.end < s.span.end else 0
        referenced = self.actor(other)
        if not same or referenced is None:
            return None
        stance = self.lex.cues[URIRef(cue.kb_id_)].stance
        earlier = [x for x in self.statements if x.holder == referenced[0] and x.stance == stance]
        if not earlier:
            return None
        first_of_last = next(x for x in earlier if x.char_start == earlier[-1].char_start)
        if subject is None:
            return None
        resolved = self.actor(subject)
        if resolved is None:
            return None
        return self.make(s, cue, URIRef(cue.kb_id_), resolved[0], subject, resolved[1], cue.start, cue.end + same,
                         "shared-stance",
                         issue=first_of_last.issue, label=first_of_last.issue_label)


def _is_function_word(s: _Sentence, i: int) -> bool:
    return s.punct[i] or s.space[i] or any(s.phrase_at(i, word_set) for word_set in _FUNCTION_WORDS) \
        or s.norms[i] == _CONJUNCTION


def _without_conjunction(text: str) -> str:
    return text[1:] if text.startswith(_CONJUNCTION) and len(text) > 3 else text


def _trimmed(span: Span, space: list[bool]) -> tuple[int, int]:
    """The sentence's characters without leading and trailing whitespace tokens."""
    first = next(i for i in range(span.start, span.end) if not space[i])
    last = span.doc[next(i for i in range(span.end - 1, span.start - 1, -1) if not space[i])]
    return span.doc[first].idx, last.idx + len(last.text)


def _known_issue(issue_text: str, lex: Lexicon) -> Issue | None:
    """The SKOS issue whose label begins the phrase, if any.

    Only at the start: in احتواء النفوذ الإيراني the issue is the containment, not the influence.
    """
    words = phrase(issue_text)
    best: tuple[int, URIRef] | None = None  # the longest label, then the first IRI
    for first, _ in strip_proclitics(words[0]) if words else ():
        for form, iri in lex.issues_by_first_word.get(first, ()):
            if len(words) >= len(form) and words[1:len(form)] == form[1:]:
                key = (-len(form), iri)
                if best is None or key < best:
                    best = key
    return lex.issues[best[1]] if best else None


def outlet_actor(document: Document, lex: Lexicon) -> Actor:
    """The outlet named in the metadata or dateline, from the gazetteer where it is known."""
    name = document.outlet or "unknown outlet"
    for actor in lex.actors.values():
        if actor.kind == KG.MediaOutlet and name in (actor.label_en, actor.label_ar):
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
        return Actor(None, KG.ThinkTank, document.report_by if document.report_by.isascii() else None, document.report_by)
    mentions = doc.spans["actors"]
    if not any(m.label_ == REPORT for m in mentions):
        return None
    think_tank = local_name(KG.ThinkTank)
    return next((lex.actors[URIRef(m.kb_id_)] for m in mentions if m.label_ == think_tank), None)


@dataclass(frozen=True)
class Extraction:
    """What one document yields: its statements, and who published and authored it."""

    document: Document
    outlet: Actor
    report_by: Actor | None
    statements: tuple[PositionStatement, ...]
    decisions: tuple[Decision, ...] = ()


def extract(doc: Doc, document: Document, lexicon: Lexicon | None = None) -> Extraction:
    """All position statements of one parsed document, in text order."""
    extractor = _Extractor(doc, document, lexicon or load_lexicon())
    statements = tuple(extractor.run())
    return Extraction(document, extractor.outlet, extractor.report_author, statements, tuple(extractor.decisions))
