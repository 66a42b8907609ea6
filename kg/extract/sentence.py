"""One sentence's token facts (clauses, mentions, cues by token) and the word-level tests every stage shares."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rdflib import URIRef
from spacy.tokens import Doc, Span

from ..nlp.components import (
    local_name,
)
from ..normalize import (
    THIRD_PERSON_PRONOUNS,
    has_verb_shape,
    strip_proclitics,
    word_variants,
)
from ..ontology import PLACES, Lexicon, Phrase
from ..vocab import LEX

MAX_ISSUE_TOKENS = 12
SHORT_ISSUE = 3  # an issue of so few words takes the relative clause after it along
MAX_SUBJECT_DISTANCE = 8
MAX_PREDICATE_SUBJECT = 8  # tokens of a nominal clause's subject before its predicate (التهديدات الموجهة إلى مقدمي المساعدات ...)
MAX_ASIDE_TOKENS = 10  # an aside between commas passed over before a subject (، في بيان نشرته وكالة سبأ،)
PARTICLE_WINDOW = 16
HEADING_MAX_WORDS = 8
SENTENCE_END = {".", "؟", "?", "!", "…", ":"}
DASHES = {"-", "–", "—"}
COMMAS = {"،", ","}
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")  # normalised: أ is ا
QUOTE_OPENERS = {"«", '"', "“", ":"}
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
MAX_DATELINE_WORDS = 3
CONJUNCTION = "و"
CONJUNCTIONS = (CONJUNCTION, "ف")
_PERSON_PREFIXES, _PERSON_SWAP = ("ت", "ن"), "ي"
FIRST_PERSON = "ن"
SINGULAR = "\u0627"  # ا (أ normalised): the first person singular prefix
SECOND_PERSON, PLURAL_ENDING = "ت", "ون"
OUR = "نا"
THIRD_PERSON = ("ي", "ت")  # the imperfect's prefixes (ت also the second person, rare in news)
ARTICLE = "ال"
ACCUSATIVE = "ا"  # the indefinite accusative's alef (normalised)
PREPOSITIONS = ("ب", "ل")  # proclitic prepositions: a stance noun after one is governed (لتسهيل الدعم، بدعم)
POSSESSIVES = ("ه", "ها", "هم", "هما", "نا")  # a stance noun's holder as a pronoun (رفضه، قلقها)
BARE_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي"})  # بها، به: a preposition on a pronoun
# Word sets looked up at every token, read from the namespace once (a namespace look-up is slow).
CLAUSE_OPENERS = (LEX["clause-boundary"], LEX["relative-pronoun"], LEX.complementizer, LEX.purpose, LEX.conditional)
FUNCTION_WORDS = (
    LEX["issue-preposition"],
    LEX.adverb,
    LEX.same,
    LEX.hedge,
    LEX["circumstance-preposition"],
    LEX.demonstrative,
)
REPORTING_VERB = LEX["reporting-verb"]
PLACE_LABELS = frozenset(local_name(kind) for kind in PLACES)  # the labels of their mentions


@dataclass
class Sentence:
    """Token-level facts about one sentence, computed once."""

    span: Span
    lex: Lexicon
    boundary: set[int] = field(default_factory=set)
    clause: dict[int, int] = field(default_factory=dict)
    mention_end: dict[int, Span] = field(default_factory=dict)
    mention_start: dict[int, Span] = field(default_factory=dict)
    cue_at: dict[int, Span] = field(default_factory=dict)
    norms: list[str] = field(default_factory=list)  # these four are the whole document's, by token
    punct: list[bool] = field(default_factory=list)
    space: list[bool] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # as written (a Token object per look-up is slow)
    _phrases: dict[int, dict[URIRef, int]] = field(default_factory=dict)

    @property
    def doc(self) -> Doc:
        return self.span.doc

    def opening(self) -> int:
        """The sentence's first word, after a dateline (بغداد - قال ...: a place and a dash before the sentence
        proper) where there is one."""
        first = next((i for i in range(self.span.start, self.span.end) if not self.punct[i]), self.span.start)
        dash = next(
            (i for i in range(first, min(first + MAX_DATELINE_WORDS + 1, self.span.end)) if self.punct[i]), None
        )
        if dash is None or self.doc[dash].text not in DASHES or dash == first:
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
            if not 0 <= i < len(self.norms):
                return found  # past the document's last word (a subject that ends it): no entry
            for candidate, form in entries(self.lex, self.norms[i]):
                end = i + len(form)
                if (
                    end <= self.span.end
                    and tuple(self.norms[i + 1 : end]) == form[1:]
                    and len(form) > found.get(candidate, 0)
                ):
                    found[candidate] = len(form)
            if found.get(LEX["adverb-head"]) and i + 1 < self.span.end and self.doc[i + 1].is_alpha \
                    and not self.norms[i + 1].startswith(ARTICLE):
                found[LEX.adverb] = max(found.get(LEX.adverb, 0), 2)  # بشكل مكثف، بصورة عاجلة: an adverb
        return found

    def phrase_ending(self, j: int, word_set: URIRef) -> int:
        """Length of the longest entry of word_set ending at token j (0 if none)."""
        for length in range(min(self.lex.max_len(word_set), j - self.span.start + 1), 0, -1):
            if self.phrase_at(j - length + 1, word_set) == length:
                return length
        return 0

    def definite(self, k: int) -> bool:
        """Token k carries the article, after any proclitic (الأعمال، بالإقليم)."""
        return k >= self.span.start and any(form.startswith(ARTICLE) for form, _ in strip_proclitics(self.norms[k]))

    def reported_before(self, i: int) -> bool:
        """A complementizer (أن، إن) comes before token i in the sentence: i stands in a reported clause."""
        return any(self.phrase_at(k, LEX.complementizer) for k in range(self.span.start, i))


def entries(lex: Lexicon, word: str) -> tuple[tuple[URIRef, Phrase], ...]:
    """The function-word entries (word set, form) whose first word is a reading of the word: the word and
    its proclitic-free forms, each also with the imperfect's person prefix as ي.

    Kept with the lexicon: most words begin no entry, and words repeat across documents.
    """
    found = lex.entries_by_word.get(word)
    if found is None:
        forms = [form for form, clitic in strip_proclitics(word)
                 if len(form) > 2 or not word[:clitic].endswith((ARTICLE, "\u0644\u0644"))]  # الآن is no ال + أن
        forms += [_PERSON_SWAP + f[1:] for f in forms if f[:1] in _PERSON_PREFIXES and len(f) > 3]
        found = lex.entries_by_word[word] = tuple(
            entry for first in forms for entry in lex.by_first_word.get(first, ())
        )
    return found


def prepare(
    span: Span,
    lex: Lexicon,
    tokens: tuple[list[str], list[bool], list[bool], list[str]],
    mentions: list[Span],
    cues: list[Span],
) -> Sentence:
    """Clause boundaries and the sentence's mentions and cues, indexed by token.

    A sentence without a cue yields no statement: only its first clause is read (for who speaks), the one
    after a dateline where there is one (بيروت - قال ...).
    """
    norms, punct, space, texts = tokens
    s = Sentence(span, lex, norms=norms, punct=punct, space=space, texts=texts)
    proper = s.opening()
    i, clause, opening = span.start, 0, None
    while i < span.end and (cues or opening is None or clause <= opening):
        found = s.phrases_at(i) if entries(lex, norms[i]) else None
        length = max([found.get(word_set, 0) for word_set in CLAUSE_OPENERS]) if found else 0
        if punct[i] or length:
            clause += 1
            s.boundary.add(i)
        for k in range(i, i + max(length, 1)):
            s.clause[k] = clause
        if opening is None and i >= proper and not punct[i]:
            opening = clause
        i += max(length, 1)
    inside: set[int] = set()
    for mention in mentions:
        s.mention_end[mention.end - 1] = mention
        s.mention_start[mention.start] = mention
        inside.update(range(mention.start, mention.end))
    # a cue word inside a name is part of the name (قوات الدعم السريع، بعثة الأمم المتحدة للدعم)
    s.cue_at.update((cue.start, cue) for cue in cues if cue.start not in inside)
    return s


def by_sentence(spans: list[Span], sent: Span) -> list[Span]:
    """The spans that lie inside one sentence (spans are in text order)."""
    starts = [span.start for span in spans]
    first = bisect_left(starts, sent.start)
    return [span for span in spans[first : bisect_left(starts, sent.end, lo=first)] if span.end <= sent.end]


def is_heading(span: Span, punct: list[bool], space: list[bool]) -> bool:
    """Subheads and datelines: short lines without a sentence-final mark carry no claims."""
    words = sum(1 for i in range(span.start, span.end) if not (punct[i] or space[i]))
    last = next((i for i in range(span.end - 1, span.start - 1, -1) if not space[i]), None)
    return last is not None and span.doc[last].text not in SENTENCE_END and words <= HEADING_MAX_WORDS


def hedge_at(s: Sentence, i: int) -> bool:
    """A hedge begins at i; a modal particle only before an imperfect verb (قد يدعم: may support; قد دعت:
    had called)."""
    if not s.phrase_at(i, LEX.hedge):
        return False
    after = i + s.phrase_at(i, LEX["modal-particle"])
    if after == i or after >= s.span.end:
        return True
    first = s.norms[after][:1]  # قد اعتبرتا: a bare ا begins a past verb (VIII, X); أ as written, I (قد أعتبر)
    return first in IMPERFECT_PREFIXES and (first != "\u0627" or s.texts[after][:1] != "\u0627")


def second_person(s: Sentence, cue: Span) -> bool:
    """تريدون، تطالبون: an imperfect verb cue in the second person plural (ت ... ون)."""
    word = s.norms[cue.start]
    word = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 5 else word
    return word.startswith(SECOND_PERSON) and word.endswith(PLURAL_ENDING) and len(word) > 4


def first_person(s: Sentence, cue: Span) -> bool:
    """نرفض، لا نريد، ندعمه، أملنا: a verb cue in the first person plural (a listed ي-form written with ن, the word
    itself not listed: ندد is a past tense), a cue with our pronoun, or a cue after إننا/نحن."""
    word = s.norms[cue.start]
    word = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 4 else word
    if (
        word.startswith(FIRST_PERSON)
        and len(word) > 3
        and (word,) not in s.lex.cue_forms
        and any((form,) in s.lex.cue_forms for form in word_variants(_PERSON_SWAP + word[1:]))
    ):
        return True
    if our(word) and not (word[:1] in ("\u064a", "\u062a") and (word[: -len(OUR)],) in s.lex.cue_forms):
        return True  # أملنا، رفضنا، دعوناهم: the cue carries the first person itself (تريدنا: us, its object)
    before = cue.start - 1
    while before >= s.span.start and (s.phrase_at(before, LEX.negation) or s.phrase_at(before, LEX.any)):
        before -= 1  # لا نريد، ليس لدينا أي نية
    if before >= s.span.start and s.phrase_at(before, LEX["first-person-singular"]):
        # إنني أتطلع، أنا لا أقبل: a verb in أ after I (the form in ي is the listed one)
        return word.startswith(SINGULAR) or (word,) in s.lex.cue_forms
    return before >= s.span.start and (s.phrase_at(before, LEX["first-person-pronoun"]) > 0 or our(s.norms[before]))




def our_verb(word: str) -> bool:
    """بذلنا، نبذل (a normalised word, its و or ف removed): a verb in the first person plural, a past form with نا
    or an imperfect in ن."""
    if word.endswith(OUR) and has_verb_shape(word[: -len(OUR)]):
        return True
    return len(word) > 3 and word.startswith(FIRST_PERSON) and has_verb_shape(_PERSON_SWAP + word[1:])


def indefinite_accusative(s: Sentence, k: int) -> bool:
    """An indefinite accusative (رفضا، كاملا، قاطعا): the verb's absolute object or its adjective."""
    word = s.norms[k]
    return s.doc[k].is_alpha and not word.startswith((ARTICLE, CONJUNCTION)) and word.endswith("\u0627") \
        and without_pronoun(s, k, word) is None and not word.endswith("\u0646\u0627") and len(word) > 3
    # not رفضها (her rejection), دعمنا (our support)


def without_pronoun(s: Sentence, i: int, word: str, min_stem: int = 3) -> str | None:
    """The word (token i's normalised form, or part of it) without its third-person pronoun (دورها → دور،
    تجريده → تجريد), or None where it has none; a ة, which normalises to ه, is no pronoun (مبادرة)."""
    if s.texts[i].endswith("ة"):
        return None
    suffix = next((p for p in THIRD_PERSON_PRONOUNS if word.endswith(p) and len(word) - len(p) >= min_stem), None)
    return word[: -len(suffix)] if suffix else None


def pronounless_forms(s: Sentence, i: int) -> list[str]:
    """The noun at token i, each of its proclitic readings without a third-person pronoun, ة restored before it
    (بموقفها → موقف، كلمتها → كلمه، سياستها → سياسه); empty where it carries none. For looking a noun up."""
    forms = []
    for form, _ in strip_proclitics(s.norms[i]):
        base = without_pronoun(s, i, form)
        if base is not None:
            forms.append(base[:-1] + "ه" if base.endswith("ت") else base)
    return forms


def has_particle(word: str, particle: tuple[str, ...]) -> bool:
    """The word is the particle a cue needs (إلى، على), or a one-letter particle is its proclitic, not on a bare
    pronoun (بالاتفاق، لحل; not بها)."""
    return (word,) == particle or (
        len(particle) == 1 and len(particle[0]) == 1 and word.startswith(particle[0]) and len(word) > 2
        and word[1:] not in BARE_PRONOUNS
    )


def our(word: str) -> bool:
    """موقفنا، بلادنا: a noun with the first person plural pronoun (the speaker's) right before the cue."""
    stem = word[: -len(OUR)]
    return word.endswith(OUR) and len(stem) > 2 and word.isalpha() and not stem.endswith(ACCUSATIVE)  # not بيانا


def quote_open_after(s: Sentence, open_before: bool) -> bool:
    """Whether a quote is still open at the sentence's end (« opens, » closes; a straight quote toggles)."""
    state = open_before
    for i in range(s.span.start, s.span.end):
        if s.punct[i]:
            text = s.texts[i]
            if text in ("«", "“"):
                state = True
            elif text in ("»", "”"):
                state = False
            elif text == '"':
                state = not state
    return state


def is_function_word(s: Sentence, i: int) -> bool:
    return (
        s.punct[i]
        or s.space[i]
        or any(s.phrase_at(i, word_set) for word_set in FUNCTION_WORDS)
        or s.norms[i] == CONJUNCTION
    )


def without_conjunction(text: str) -> str:
    return text[1:] if text.startswith(CONJUNCTION) and len(text) > 3 else text


def trimmed(span: Span, space: list[bool]) -> tuple[int, int]:
    """The sentence's characters without leading and trailing whitespace tokens."""
    first = next(i for i in range(span.start, span.end) if not space[i])
    last = span.doc[next(i for i in range(span.end - 1, span.start - 1, -1) if not space[i])]
    return span.doc[first].idx, last.idx + len(last.text)
