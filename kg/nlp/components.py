"""Our spaCy components: normalised norms, sentence starts, actor mentions and stance cues as spans.

Span conventions: doc.spans["actors"] carry the actor class's local name as label and the
actor's IRI as kb_id ("" for report nouns and unnamed camps, which the statement step resolves);
doc.spans["cues"] carry the stance's local name as label and the cue's IRI as kb_id.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize import normalize, strip_proclitics, word_variants
from ..ontology import Lexicon, Phrase, load_lexicon
from ..vocab import KG, LEX

REPORT = "Report"
FACTION = "PoliticalFaction"
STATE_ORGAN = "StateOrgan"
OWN_COUNTRY = "OwnCountry"
_SENTENCE_END = {".", "؟", "?", "!", "…"}
KG_REPORT_NOUN = LEX["report-noun"]
KG_FACTION_NOUN = LEX["faction-noun"]
KG_AFFILIATION = LEX.affiliation
KG_OWN_COUNTRY = LEX["own-country"]
KG_GIVEN_NAME = LEX["given-name"]
# Morphology, not vocabulary: the proclitic prepositions, and the letters that begin the
# derived verbal nouns (إفعال، افتعال، استفعال، تفعيل، تفاعل، مفاعلة).
_PREPOSITION_CLITICS = {"\u0628", "\u0644"}
_DERIVED_NOUN_STARTS = {"\u0627", "\u062a", "\u0645"}

if not Span.has_extension("clitic"):
    Span.set_extension("clitic", default=0)
if not Span.has_extension("person"):
    Span.set_extension("person", default=None)  # (name, role, state IRI or "") of a person in no list


class _LexiconComponent:
    """Base for components whose tables come from the ontology in initialize()."""

    lexicon: Lexicon

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None) -> None:
        self.lexicon = load_lexicon()
        self.setup()

    def setup(self) -> None:
        """Derive look-up tables from self.lexicon."""


@Language.component("kg_normalizer")
def normalizer(doc: Doc) -> Doc:
    """Match on NORM: spaCy does no Arabic normalisation of its own."""
    for token in doc:
        token.norm_ = normalize(token.text)
    return doc


@Language.component("kg_sentences")
def sentences(doc: Doc) -> Doc:
    """A sentence starts after a line break and after . ؟ ! (quotes and brackets stay with their sentence)."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        after_break = prev.is_space and "\n" in prev.text
        after_end = prev.text in _SENTENCE_END and not (token.is_punct or token.is_space)
        token.is_sent_start = bool(after_break or after_end) and not token.is_space
    return doc


def _longest(doc: Doc, start: int, table: dict[Phrase, object], longest: int,
             first_forms: Iterable[tuple[str, int]]) -> tuple[int, object, int] | None:
    """Longest entry of table beginning at token `start`, trying each reading of its first word."""
    best: tuple[int, object, int] | None = None
    for first, clitic in first_forms:
        words = [first]
        for end in range(start + 1, min(start + longest, len(doc)) + 1):
            if end > start + 1:
                words.append(doc[end - 1].norm_)
            hit = table.get(tuple(words))
            if hit is not None and (best is None or end > best[0]):
                best = (end, hit, clitic)
    return best


@Language.factory("kg_mentions")
class Mentions(_LexiconComponent):
    """Actor mentions from ontology labels, proclitics and the article handled; report nouns; camps."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def setup(self) -> None:
        self.longest = max(len(form) for form in self.lexicon.actor_forms)
        self.offices = {form: LEX.office for form in self.lexicon.words.get(LEX.office, ())}
        self.offices.update({form: LEX.title for form in self.lexicon.words.get(LEX.title, ())})
        self.longest_office = max((len(form) for form in self.offices), default=1)
        self.people: dict[str, tuple[str, str, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        lex, spans, i = self.lexicon, [], 0
        self.people = {}  # surnames of the people this document introduced by title
        while i < len(doc):
            hit = _longest(doc, i, lex.actor_forms, self.longest, strip_proclitics(doc[i].norm_))
            office = None if hit is not None else self._office(doc, i)
            if hit is None and office is None:
                office = self._surname(doc, i)
            if hit is not None:
                end, iri, clitic = hit
                span = Span(doc, i, end, label=lex.actors[iri].kind.fragment, kb_id=str(iri))
            elif office is not None:
                span, clitic = office
                end = span.end
            elif any(lex.has(KG_OWN_COUNTRY, form) for form, _ in strip_proclitics(doc[i].norm_)):
                end, clitic = i + 1, 0
                span = Span(doc, i, end, label=OWN_COUNTRY)
            elif any(lex.has(KG_REPORT_NOUN, form) for form, _ in strip_proclitics(doc[i].norm_)):
                end, clitic = i + 1, 0
                span = Span(doc, i, end, label=REPORT)
            elif any(lex.has(KG_FACTION_NOUN, form) for form, _ in strip_proclitics(doc[i].norm_)):
                end, clitic = self._faction_end(doc, i), 0
                span = Span(doc, i, end, label=FACTION)
            else:
                i += 1
                continue
            span._.clitic = clitic
            spans.append(span)
            i = end
        doc.spans["actors"] = spans
        return doc

    def _office(self, doc: Doc, i: int) -> tuple[Span, int] | None:
        """Offices, organs and titles: الحكومة العراقية، وزير الخارجية التركي هاكان فيدان، رئيس سوريا.

        A known person after the title is that person; a title, its demonym and a name in
        no list is a new person (span._.person holds name, role and state); otherwise the
        span stands for the state the demonym, state or capital names (label StateOrgan).
        """
        j, clitic, state, titled = i, 0, None, False
        while j < len(doc):
            readings = list(strip_proclitics(doc[j].norm_)) if j == i else [(doc[j].norm_, 0)]
            found = _longest(doc, j, self.offices, self.longest_office, readings)
            if found is not None:
                clitic = found[2] if j == i else clitic
                titled = titled or found[1] == LEX.title
                j = found[0]
            elif state is None and j > i and doc[j].norm_ in self.lexicon.demonyms:
                state = self.lexicon.demonyms[doc[j].norm_]
                j += 1
            else:
                break
        if j == i:
            return None
        named = _longest(doc, j, self.lexicon.actor_forms, self.longest, strip_proclitics(doc[j].norm_)) \
            if j < len(doc) else None
        if named is not None:
            end, iri, _ = named
            actor = self.lexicon.actors[iri]
            if actor.kind == KG.Person or state is None:
                iri = self.lexicon.stands_for.get(iri, iri)
                kind = self.lexicon.actors[iri].kind
                return Span(doc, i, end, label=STATE_ORGAN if kind == KG.State else kind.fragment, kb_id=str(iri)), clitic
        name_end = self._name_end(doc, j) if titled else j
        if name_end > j:
            span = Span(doc, i, name_end, label=KG.Person.fragment)
            span._.person = (doc[j:name_end].text, doc[i:j].text[clitic:], str(state) if state else "")
            self.people[doc[name_end - 1].norm_] = span._.person
            return span, clitic
        if state is None:
            return None
        return Span(doc, i, j, label=STATE_ORGAN, kb_id=str(state)), clitic

    def _name_end(self, doc: Doc, j: int) -> int:
        """The end of a personal name after a title, or j where there is none.

        A common given name (عبد and أبو take the next word along) and one family name; else two
        or three name-like words closed by a clause-like break (أن، a cue, punctuation).
        """
        lex = self.lexicon
        compound = j + 1 < len(doc) and lex.has(LEX["name-prefix"], doc[j].norm_)
        if compound or (j < len(doc) and lex.has(KG_GIVEN_NAME, doc[j].norm_)):
            given = j + 2 if compound else j + 1  # عبد الله، أبو بكر
            end = given + 1 if given + 1 < len(doc) and lex.has(LEX["name-link"], doc[given].norm_) else given
            if end < len(doc) and self._could_be_name(doc[end]) and not self._prepositional(doc[end]):
                return end + 1  # فيصل بن فرحان، تميم آل ثاني، محمد الباعور
            return given
        end = j
        while end < len(doc) and end - j < 3 and self._could_be_name(doc[end]):
            end += 1
        closed = end == len(doc) or doc[end].is_punct or not self._could_be_name(doc[end])
        return end if end - j >= 2 and closed else j

    @staticmethod
    def _prepositional(token) -> bool:
        """بإنهاء، لتعزيز: a preposition on a verbal noun begins the object, not a family name."""
        norm = token.norm_
        return len(norm) > 3 and norm[0] in _PREPOSITION_CLITICS and norm[1] in _DERIVED_NOUN_STARTS

    def _could_be_name(self, token) -> bool:
        norm = token.norm_
        if token.is_punct or token.is_space or not norm.isalpha() or len(norm) < 2:
            return False
        if any(self.lexicon.has(ws, form) for ws in self.lexicon.words for form, _ in strip_proclitics(norm)):
            return False
        if (norm,) in self.lexicon.cue_forms or (norm,) in self.lexicon.actor_forms:
            return False
        return not any((form,) in self.lexicon.cue_forms for form in word_variants(norm))

    def _surname(self, doc: Doc, i: int) -> tuple[Span, int] | None:
        """A later bare surname (الصفدي) is the person introduced earlier in the document."""
        for form, clitic in strip_proclitics(doc[i].norm_):
            person = self.people.get(form)
            if person is not None:
                span = Span(doc, i, i + 1, label=KG.Person.fragment)
                span._.person = person
                return span, clitic
        return None

    def _faction_end(self, doc: Doc, i: int) -> int:
        """A camp noun takes its affiliation along: معسكر مؤيد لإيران is one actor."""
        j = i + 1
        if j < len(doc) and any(self.lexicon.has(KG_AFFILIATION, w) for w, _ in strip_proclitics(doc[j].norm_)):
            hit = _longest(doc, j + 1, self.lexicon.actor_forms, self.longest,
                           strip_proclitics(doc[j + 1].norm_)) if j + 1 < len(doc) else None
            if hit is not None:
                return hit[0]
        return i + 1


@Language.factory("kg_cues")
class Cues(_LexiconComponent):
    """Stance cues: every morphological reading of a word (clitics, endings, person) against the lexicon."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def setup(self) -> None:
        self.longest = max(len(form) for form in self.lexicon.cue_forms)

    def __call__(self, doc: Doc) -> Doc:
        lex, spans, i = self.lexicon, [], 0
        while i < len(doc):
            word = doc[i].norm_
            # The word as written first, so بحذر (cautiously) is not read as حذر (warned).
            readings = [(word, 0)] + [(form, 1) for form in word_variants(word) if form != word]
            hit = _longest(doc, i, lex.cue_forms, self.longest, readings)
            if hit is None:
                i += 1
                continue
            end, iri, _ = hit
            spans.append(Span(doc, i, end, label=lex.cues[iri].stance.fragment, kb_id=str(iri)))
            i = end
        doc.spans["cues"] = spans
        return doc

