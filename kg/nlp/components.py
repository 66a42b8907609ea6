"""Our spaCy components: normalised norms, sentence starts and stance cues as spans (actor mentions: `mentions.py`).

Span conventions: doc.spans["actors"] carry the actor class's local name as label and the
actor's IRI as kb_id; actors in no list (a titled person, a camp, an armed group) carry a
NewActor in span._.new_actor and an empty kb_id; report nouns, "his country" and state organs
have their own labels, resolved by the statement step. doc.spans["cues"] carry the stance's
local name as label and the cue's IRI as kb_id.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy
from rdflib import URIRef
from spacy.attrs import IS_PUNCT, IS_SPACE, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize import is_verbal_noun, normalize, strip_proclitics, word_variants
from ..ontology import Lexicon, Phrase, load_lexicon
from ..vocab import KG, LEX

REPORT = "Report"
FACTION = "PoliticalFaction"
STATE_ORGAN = "StateOrgan"
PERSON = "Person"
STATE = "State"
OWN_COUNTRY = "OwnCountry"
PAIR = "Pair"  # الجانبان: the two actors the document named last
_SENTENCE_END = {".", "؟", "?", "!", "…"}
_OPENING_MARKS = {"«", "“", "(", "["}  # after a sentence end they open the next sentence
QUOTE_CLOSERS = frozenset({"»", "”", "\""})
_CLOSING_ONLY = QUOTE_CLOSERS - {"\""}  # marks that only close a quote (" also opens one)
_CLOSING_MARKS = QUOTE_CLOSERS | {")", "]"}  # they close the sentence they follow
ARTICLE = "\u0627\u0644"
GOVERNED_ARTICLE = ("\u0644\u0644", "\u0628\u0627\u0644", "\u0648\u0644\u0644", "\u0648\u0628\u0627\u0644", "\u0643\u0627\u0644")
# لل، بال، ولل، وبال، كال: a proclitic preposition on a definite noun


@dataclass(frozen=True)
class NewActor:
    """An actor the text introduces that no list has: its class, Arabic name, body and role."""

    kind: URIRef
    label_ar: str
    member_of: URIRef | None = None
    role: str | None = None


def without_conjunctions(word: str) -> str:
    """وأيد، فرفض: the word without a joining و or ف (on a word long enough to carry one)."""
    return word[1:] if word[:1] in ("\u0648", "\u0641") and len(word) > 3 else word


@lru_cache(maxsize=None)  # the ontology's classes and stances: a few dozen
def local_name(term: URIRef) -> str:
    """A term's fragment, the label of its spans (URIRef.fragment parses the whole IRI each time, ~2.5 us)."""
    return term.fragment


def definite_phrase_end(norms: list[str], j: int) -> int:
    """The end of a definite noun and its definite adjective (المليشيات الحوثية): whom an obligation is on,
    when no list names them."""
    end = j + 1
    if end < len(norms) and norms[end].startswith(ARTICLE) and not is_verbal_noun(norms[end][2:]):
        end += 1
    return end


def governed(clitic: str) -> bool:
    """A proclitic string with a preposition in it (ل، ب، ك، لل، وب), not only the article or a conjunction."""
    clitic = clitic[:-2] if clitic.endswith(ARTICLE) else clitic[:-1] if clitic.endswith("\u0644\u0644") else clitic
    return any(letter in PREPOSITION_CLITICS or letter == "\u0643" for letter in clitic)


# Morphology, not vocabulary: the proclitic prepositions, and the letters that begin the
# derived verbal nouns (إفعال، افتعال، استفعال، تفعيل، تفاعل، مفاعلة).
PREPOSITION_CLITICS = {"\u0628", "\u0644"}

if not Span.has_extension("clitic"):
    Span.set_extension("clitic", default=0)
if not Span.has_extension("pair"):
    Span.set_extension("pair", default=None)  # the two earlier mentions a pair noun (الجانبان) stands for
if not Span.has_extension("new_actor"):
    Span.set_extension("new_actor", default=None)  # a NewActor for actors in no list


class _LexiconComponent:
    """Base for components whose tables come from the ontology in initialize()."""

    lexicon: Lexicon

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None) -> None:
        self.lexicon = load_lexicon()
        self.setup()

    def setup(self) -> None:
        """Derive look-up tables from self.lexicon."""


def doc_norms(doc: Doc) -> list[str]:
    """Every token's NORM string, read in one array (a Token object per access is the slow part)."""
    strings = doc.vocab.strings
    return [strings[norm] for norm in doc.to_array(NORM).tolist()]


@Language.factory("kg_normalizer")
class Normalizer:
    """Match on NORM: spaCy does no Arabic normalisation of its own."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.norm_of: dict[int, str] = {}  # ORTH hash -> normalised text: each word is normalised once

    def __call__(self, doc: Doc) -> Doc:
        strings, norm_of = doc.vocab.strings, self.norm_of
        norms = []
        for orth in doc.to_array(ORTH).tolist():
            norm = norm_of.get(orth)
            if norm is None:
                norm = norm_of[orth] = normalize(strings[orth])
            norms.append(strings.add(norm))
        doc.from_array([NORM], numpy.array(norms, dtype="uint64"))
        return doc


@Language.factory("kg_sentences")
class Sentences:
    """A sentence starts after a line break and after . ؟ ! (closing quotes and brackets stay with their
    sentence; an opening one begins the next: قال. «نرفض ...»).

    The starts are written in one array: setting token.is_sent_start one by one is quadratic.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.ends: dict[int, tuple[bool, bool]] = {}  # ORTH hash -> (line break, sentence-final mark)
        self.opens: dict[int, str] = {}  # ORTH hash -> "open", "close" (a quote or bracket) or ""

    def _ends(self, doc: Doc, orth: int, space: int) -> tuple[bool, bool]:
        found = self.ends.get(orth)
        if found is None:
            text = doc.vocab.strings[orth]
            found = self.ends[orth] = (bool(space) and "\n" in text, text in _SENTENCE_END)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, IS_SPACE, IS_PUNCT]).tolist()
        starts = numpy.full(len(doc), -1, dtype="int64")
        starts[0] = 1
        ends = self.ends
        opens, closed = self.opens, False  # closed: only closing marks since a sentence end (نرفض.» وأضاف)
        for i, ((orth, space, _), (token, token_space, token_punct)) in enumerate(zip(rows, rows[1:]), 1):
            if token_space:
                continue
            after_break, after_end = ends.get(orth) or self._ends(doc, orth, space)  # the look-up inlined: per token
            if after_break or ((after_end or closed) and not token_punct):
                starts[i] = 1
                closed = False
            elif after_end or closed:  # punctuation after the end: a closing mark stays, an opening one starts the next
                mark = opens.get(token)
                if mark is None:
                    text = doc.vocab.strings[token]
                    mark = opens[token] = "open" if text in _OPENING_MARKS else "close" if text in _CLOSING_MARKS else ""
                starts[i] = 1 if mark == "open" else starts[i]
                closed = mark == "close"
        doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as in Doc.to_array
        return doc


class PhraseTable:
    """Phrases (normalised word tuples) to values, with every prefix indexed for fast longest match."""

    def __init__(self, entries: dict[Phrase, object]) -> None:
        self.entries = entries
        self.prefixes = {phrase[:n] for phrase in entries for n in range(1, len(phrase) + 1)}

    def longest(self, norms: list[str], start: int,
                first_forms: Iterable[tuple[str, int]]) -> tuple[int, object, int] | None:
        """(end, value, clitic length) of the longest entry at token `start`, trying each reading of its first word."""
        best: tuple[int, object, int] | None = None
        for first, clitic in first_forms:
            words, end = (first,), start + 1
            while words in self.prefixes:
                hit = self.entries.get(words)
                if hit is not None and (best is None or end > best[0]):
                    best = (end, hit, clitic)
                if end >= len(norms):
                    break
                words, end = words + (norms[end],), end + 1
        return best


@Language.factory("kg_cues")
class Cues(_LexiconComponent):
    """Stance cues: every morphological reading of a word (clitics, endings, person) against the lexicon."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def setup(self) -> None:
        lex = self.lexicon
        frames = {iri for iri, cue in lex.cues.items() if cue.kind == KG.ObligationCue}
        self.cues = PhraseTable({form: iri for form, iri in lex.cue_forms.items() if iri not in frames})
        # على X أن ...: a frame, not a word; its forms as written (على is not the name علي)
        self.obligations = {form: iri for iri in frames for form in lex.written.get(iri, ())}
        self.obligation_norms = frozenset(normalize(form) for form in self.obligations)
        self.clause_openers = lex.words.get(LEX.complementizer, frozenset()) | lex.words.get(
            LEX["clause-boundary"], frozenset())
        self.readings: dict[str, tuple[tuple[str, int], ...]] = {}

    def _readings(self, word: str) -> tuple[tuple[str, int], ...]:
        """The readings of a word that begin some cue, the word as written first, so بحذر (cautiously)
        is not read as حذر (warned). Cached: most words begin none, and words repeat."""
        found = self.readings.get(word)
        if found is None:
            readings = [(word, 0)] + [(form, 1) for form in word_variants(word) if form != word]
            found = self.readings[word] = tuple(r for r in readings if (r[0],) in self.cues.prefixes)
        return found

    def __call__(self, doc: Doc) -> Doc:
        lex, spans, i = self.lexicon, [], 0
        norms = doc_norms(doc)
        while i < len(norms):
            readings = self._readings(norms[i])
            hit = self.cues.longest(norms, i, readings) if readings else None  # most words begin no cue
            if hit is None:
                i += 1
                continue
            end, iri, _ = hit
            if end == i + 1 and (self.homograph(doc[i].text, norms[i]) or lex.has(LEX["not-a-cue"], norms[i]) or any(
                    lex.has(LEX["camp-noun"], form) for form, _ in strip_proclitics(norms[i]))):  # بيان المعارضة
                i += 1
                continue
            spans.append(Span(doc, i, end, label=local_name(lex.cues[iri].stance), kb_id=str(iri)))
            i = end
        if self.obligations:
            spans = sorted(spans + self._obligations(doc, norms), key=lambda span: span.start)
        doc.spans["cues"] = spans
        return doc


    def homograph(self, text: str, norm: str) -> bool:
        """وهنا (and here), not هنأ (congratulated): a word that folds into a cue's form but has none of the
        letters folding removed is that other word."""
        return any(self.lexicon.has(LEX["folded-homograph"], form) for form, _ in strip_proclitics(norm)) and (
            normalize(text) == normalize(text, fold=False))

    def _obligations(self, doc: Doc, norms: list[str]) -> list[Span]:
        """على قوات سوريا الديمقراطية أن تدرك ...، إن على إسرائيل وقف عملياتها: at a clause's start, the
        preposition, an actor, then أن or a verbal noun."""
        starts = {mention.start: mention for mention in doc.spans["actors"]}
        found = []
        for i, norm in enumerate(norms):  # the folded form first: most words are no candidate, and Token objects cost
            joined = norm[:1] == "\u0648" and norm[1:] in self.obligation_norms  # ، وعلى السعودية الالتزام ب
            if (norm not in self.obligation_norms and not joined) or i + 1 >= len(doc):
                continue
            on = i + 1  # على جميع الأطراف: "all" before whom it is on
            if on + 1 < len(doc) and self.lexicon.has(LEX.totality, norms[on]):
                on += 1
            if on not in starts and not norms[on].startswith(ARTICLE):
                continue
            iri = self.obligations.get(normalize(doc[i].text, fold=False)[1 if joined else 0 :])
            if iri is None:
                continue
            before = norms[i - 1] if i else ""
            opens = i == 0 or (doc[i - 1].is_punct and doc[i - 1].text not in _CLOSING_ONLY) or doc[i - 1].is_space or any(
                (form,) in self.clause_openers for form, _ in strip_proclitics(before))
            after = starts[on].end if on in starts else definite_phrase_end(norms, on)
            if after + 2 < len(doc) and doc[after].text == "(":  # على قوات سوريا الديمقراطية (قسد) الامتناع
                close = next((k for k in range(after + 1, min(after + 5, len(doc))) if doc[k].text == ")"), None)
                after = close + 1 if close is not None else after
            while after + 1 < len(doc) and doc[after].is_quote:
                after += 1  # على قسد "الامتناع عن ...": the quoted words are what is asked
            if not opens or after >= len(doc):
                continue
            following = [form for form, _ in strip_proclitics(norms[after])]
            if any((form,) in self.clause_openers for form in following) or any(
                    is_verbal_noun(form) for form in following) or (doc[after].is_alpha and len(norms[after]) > 2
                                                                    and after not in starts):
                found.append(Span(doc, i, i + 1, label=local_name(self.lexicon.cues[iri].stance), kb_id=str(iri)))
        return found
