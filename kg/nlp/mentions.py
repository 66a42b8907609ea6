"""Actor mentions: ontology labels, bodies and statements, report nouns, camps and armed groups, and later
references to what the document introduced (see the Mentions component); offices, titles and personal names
are the Titles mixin's (titles.py)."""
from __future__ import annotations

from rdflib import URIRef
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize import THIRD_PERSON_PRONOUNS, has_verb_shape, strip_proclitics
from ..ontology import Phrase
from ..vocab import KG, LEX
from .bodies import Bodies
from .components import (
    ARTICLE,
    GOVERNED_ARTICLE,
    OWN_COUNTRY,
    PAIR,
    PERSON,
    QUOTE_CLOSERS,
    REPORT,
    STATE,
    STATE_ORGAN,
    NewActor,
    PhraseTable,
    _LexiconComponent,
    doc_norms,
    governed,
    local_name,
    without_conjunctions,
)
from .titles import COMMAS, NAME_QUOTES, NISBA_ENDS, Titles, new_span

KG_REPORT_NOUN = LEX["report-noun"]
KG_FACTION_NOUN = LEX["faction-noun"]
KG_AFFILIATION = LEX.affiliation
KG_OWN_COUNTRY = LEX["own-country"]
_ANAPHORA_WINDOW = 80  # tokens: about two sentences
_ORGAN_ANAPHORA_WINDOW = 250  # tokens: الوزارة for the last ministry named, however many sentences since
_DATELINE_DASHES = frozenset({"-", "–", "—"})
_QUOTED_NAME_WORDS = 5  # the longest known name read across quote marks (كتائب «حزب الله»)
_DATELINE_TOKENS = 8  # a dateline (عواصم - وكالات:) is the text's first few tokens; a later colon opens a quote
_GROUP_LABELS = frozenset({"ArmedGroup", "PoliticalFaction"})  # what الجماعة، الحركة name again
_MEETING_LABELS = frozenset(local_name(kind) for kind in (  # bodies that meet (not states, persons or places)
    KG.PoliticalFaction, KG.NonGovernmentalOrganisation, KG.InternationalOrganisation, KG.GovernmentBody, KG.ArmedGroup))
_NEW_BODY_LABELS = (local_name(KG.NonGovernmentalOrganisation), local_name(KG.PoliticalFaction))


@Language.factory("kg_mentions")
class Mentions(Titles, Bodies, _LexiconComponent):
    """Actor mentions: ontology labels (proclitics and the article handled), offices and titles
    with their state or person, report nouns, camps and armed groups, and later references
    (a bare surname, a bare الحكومة) to what the document introduced.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def setup(self) -> None:
        lex = self.lexicon
        titles = [form[0] for form in lex.words.get(LEX["state-title"], ()) if len(form) == 1]
        titled = {(title, *form): iri for form, iri in lex.actor_forms.items()
                  if lex.actors[iri].kind == KG.State and form[0] not in titles for title in titles}
        self.actors = PhraseTable(titled | lex.actor_forms)  # جمهورية الصومال، مملكة البحرين: the state under its title
        offices: dict[Phrase, object] = {form: LEX.office for form in lex.words.get(LEX.office, ())}
        offices.update({form: LEX.title for form in lex.words.get(LEX.title, ())})
        self.offices = PhraseTable(offices)
        self.armed = PhraseTable({form: True for form in lex.words.get(LEX["armed-noun"], ())})
        self.own_country = lex.words.get(KG_OWN_COUNTRY, frozenset())
        self.report_nouns = lex.words.get(KG_REPORT_NOUN, frozenset())
        self.faction_nouns = lex.words.get(KG_FACTION_NOUN, frozenset())
        self.body_nouns = lex.words.get(LEX["body-noun"], frozenset())
        self.party_nouns = lex.words.get(LEX["party-noun"], frozenset())
        self.association_nouns = lex.words.get(LEX["association-noun"], frozenset())
        self.pair_nouns = lex.words.get(LEX["pair-noun"], frozenset())
        self.pair_titles = lex.words.get(LEX["pair-title"], frozenset())
        self.group_nouns = lex.words.get(LEX["group-noun"], frozenset())
        self.attendee_nouns = lex.words.get(LEX["attendee-noun"], frozenset())
        self.issued_nouns = lex.words.get(LEX["issued-statement"], frozenset())
        self.resolution_nouns = lex.words.get(LEX["resolution-noun"], frozenset())
        # المملكة، السلطنة: the states whose names carry the noun (المملكة العربية السعودية، سلطنة عمان)
        self.state_nouns = {noun: frozenset(str(iri) for form, iri in lex.actor_forms.items()
                                            if lex.actors[iri].kind == KG.State
                                            and any(w in (noun, noun[2:]) for w in form))
                            for (noun,) in lex.words.get(LEX["state-noun"], frozenset())}
        # المجلس الرئاسي، السلطة الوطنية: a body's name without its state's adjective, to the bodies it may be
        shortened: dict[Phrase, set[tuple[URIRef, URIRef]]] = {}
        for form, iri in lex.actor_forms.items():
            state = lex.demonyms.get(form[-1]) if len(form) >= 3 else None
            if state is not None and lex.actors[iri].kind not in (KG.Person, KG.State) \
                    and form[0].startswith(ARTICLE) and form[:-1] not in lex.actor_forms:
                shortened.setdefault(form[:-1], set()).add((iri, state))
            posted = lex.actor_forms.get(form[-1:]) if len(form) >= 4 and lex.has(LEX["posted-to"], form[-2]) else None
            if posted is not None and lex.actors[posted].kind == KG.State \
                    and lex.actors[iri].kind == KG.InternationalOrganisation and form[:-2] not in lex.actor_forms:
                shortened.setdefault(form[:-2], set()).add((iri, posted))  # البعثة الأممية (في ليبيا)
        self.shortened = PhraseTable({form: frozenset(bodies) for form, bodies in shortened.items()})
        # اللجنة الدولية للصليب الأحمر: the head noun of a body's longer name names it again (شددت اللجنة), even
        # where the document wrote another of its names (الصليب الأحمر الدولي)
        self.label_heads: dict[str, set[str]] = {}
        for form, iri in lex.actor_forms.items():
            if len(form) >= 3 and form[0].startswith(ARTICLE) and len(form[0]) > 4 \
                    and lex.actors[iri].kind not in (KG.Person, KG.State):
                self.label_heads.setdefault(str(iri), set()).add(form[0])
        self.readings: dict[str, tuple[tuple[tuple[str, int], ...], bool]] = {}
        self.starters: dict[str, bool] = {}  # words after which a name may begin (cached)
        self.name_like: dict[str, bool] = {}  # words that may be part of a name (cached)
        self.function_words = frozenset(form[0] for word_set, forms in lex.words.items()
                                        if word_set != LEX["given-name"] for form in forms if len(form) == 1)

    def _readings(self, norm: str) -> tuple[tuple[tuple[str, int], ...], bool]:
        """A word's proclitic readings, and whether any could begin a mention other than a person
        the document introduced (cached: most words begin none, and words repeat)."""
        found = self.readings.get(norm)
        if found is None:
            readings = strip_proclitics(norm)
            starts = any((form,) in table.prefixes for table in (self.actors, self.offices, self.armed, self.shortened)
                         for form, _ in readings) \
                or any((form,) in words
                       for words in (self.own_country, self.report_nouns, self.faction_nouns, self.body_nouns,
                                     self.association_nouns, self.pair_titles, self.attendee_nouns,
                                     self.pair_nouns, self.group_nouns, self.issued_nouns, self.resolution_nouns)
                       for form, _ in readings) \
                or any(form in self.lexicon.demonyms and (form.endswith(("يون", "يين")) or norm == "\u0648" + form)
                       for form, _ in readings)  # الأميركيون; والسعودي after a title (see _joined_demonym)
            found = self.readings[norm] = (readings, starts)
        return found

    def __call__(self, doc: Doc) -> Doc:
        spans, i = [], 0
        self.spans = spans  # the mentions found so far (a plural title's group is read from them)
        self.norms = doc_norms(doc)
        self.doc_states: set[URIRef] | None = None  # every state the document names (read when first needed)
        self.people: dict[str, NewActor] = {}  # surnames of the people this document introduced by title
        self.given: dict[str, NewActor] = {}  # ... and their given names (الشيخ محمد: a rank, then the given name)
        self.surnames: dict[str, str] = {}  # surnames of the known people it named in full, to their IRIs
        self.compound_surnames: dict[tuple[str, str], str] = {}  # عبد العاطي: the same, of two words
        self.recent: list[tuple[object, Span]] = []  # the last two distinct actors named (for الجانبان)
        self.recent_people: list[tuple[object, Span]] = []  # the last two distinct persons named (for الوزيرين)
        self.joined_people: tuple[Span, Span] | None = None  # the last two persons joined by و (first for الوزيرين)
        self.people_after = 0  # other persons named since
        self.roles: list[tuple[tuple[str, ...], NewActor | str]] = []  # the titles people were introduced with
        self.apposed: set[int] = set()  # where a person's span of title words alone begins (no surname in it)
        # المجلس، الجماعة، الاتحاد: the body whose name it heads (its IRI, or the new actor the text introduced)
        self.heads: dict[str, tuple[int, str, str, NewActor | None]] = {}
        # الهيئة التنفيذية للمجلس الانتقالي: an organ's noun, to its adjectives and (token, label, IRI) of its body
        self.organs: dict[str, tuple[tuple[str, ...], int, str, str]] = {}
        self.last_state: tuple[int, str] | None = None  # (token, state IRI) of the last state organ
        self.last_subject_state: tuple[int, str] | None = None  # ... of the last state an opening verb took as subject
        self.organ_heads: dict[str, tuple[int, str]] = {}  # الوزارة: (token, state IRI) of the last organ it heads
        self.home_state = self._dateline_state(doc)  # بغداد - : whose bare وزارة الخارجية the article means
        self.named_states: list[tuple[int, str]] = []  # (token, state IRI) of every state or organ named
        self.last_group: tuple[int, str, str] | None = None  # (token, label, IRI) of the last known group named
        self.last_meeting: Span | None = None  # the last body named, whose meeting المجتمعون attended
        self.issuer: Span | None = None  # who issued the last statement named (البيان الختامي للقمة)
        self.last_body: Span | None = None  # the last international body named (whose القرار it is)
        while i < len(self.norms):
            readings, starts = self._readings(self.norms[i])
            if not starts and not any(form in self.people or form in self.surnames or form in self.heads
                                      or form in self.organs
                                      or (self.compound_surnames and self.lexicon.has(LEX["name-prefix"], form))
                                      for form, _ in readings) \
                    and not self._name_start(doc, i):
                i += 1
                continue
            found = self._mention(doc, i, readings) or self._shortened(doc, i, readings)
            if found is None:
                i += 1
                continue
            span, clitic = found
            span._.clitic = clitic
            if span.label_ == STATE_ORGAN:
                self.last_state = (span.end, span.kb_id_)
                head = self.norms[span.start][clitic:]  # وزارة الخارجية الكويتية ... وجددت الوزارة: Kuwait's
                self.organ_heads[head if head.startswith(ARTICLE) else ARTICLE + head] = (span.end, span.kb_id_)
            if span.label_ in (STATE_ORGAN, STATE):
                self.named_states.append((span.end, span.kb_id_))
                if self._spoke(doc, span.start):
                    self.last_subject_state = (span.end, span.kb_id_)
            if span.label_ == local_name(KG.InternationalOrganisation) and span.kb_id_:
                self.last_body = span
            if span.label_ in _GROUP_LABELS and span.kb_id_:
                self.last_group = (span.end, span.label_, span.kb_id_)
            if span.label_ in _MEETING_LABELS and (span.kb_id_ or span._.new_actor is not None):
                self.last_meeting = span
            body = span.kb_id_ or (span._.new_actor if span.label_ in _NEW_BODY_LABELS else None)
            head = self.norms[span.start][clitic:]  # مجلس الأمن الدولي ... وحث المجلس: the body named again
            organ_body = span.label_ == STATE_ORGAN  # مجلس الوزراء السعودي ... وشدد المجلس: the state again
            if body and span.end - span.start > 1 and (span.label_ not in (STATE, STATE_ORGAN) or organ_body):
                entry = (span.end, span.label_, span.kb_id_, None if span.kb_id_ else span._.new_actor)
                keys = [ARTICLE + head] if (len(head) > 3 or (head,) in self.body_nouns) and not head.startswith(ARTICLE) \
                    else [head] if len(head) > 5 and span.label_ != PERSON else []
                # اتحاد عمال تونس ... واعتبر الاتحاد; المجلس الوزاري لمجلس التعاون ... المجلس جدد
                for key in [*keys, *self.label_heads.get(span.kb_id_, ())]:
                    held = self.heads.get(key)
                    if governed(self.norms[i][:clitic]) and held is not None and held[2] != span.kb_id_ \
                            and i - held[0] <= 2 * _ANAPHORA_WINDOW:
                        continue  # أكد المجلس اعترافه بمجلس السيادة ... وحث المجلس: the council that spoke, still
                    self.heads[key] = entry
            if span.label_ not in (REPORT, OWN_COUNTRY, PAIR) and not governed(self.norms[i][:clitic]):
                key = span.kb_id_ or span._.new_actor
                self.recent = [(k, m) for k, m in self.recent if k != key][-1:] + [(key, span)]
                if span.label_ == PERSON:
                    before = spans[-1] if spans else None
                    if clitic and self.norms[i].startswith("\u0648") and before is not None \
                            and before.label_ == PERSON and before.end == i:
                        self.joined_people, self.people_after = (before, span), 0  # بن غفير وسموتريتش: named together
                    elif self.joined_people is not None and key not in [k for k, _ in self.recent_people]:
                        self.people_after += 1  # a speaker between them and الوزيرين; two others make a newer pair
                    self.recent_people = [(k, m) for k, m in self.recent_people if k != key][-1:] + [(key, span)]
            if span.label_ == PERSON and span.kb_id_ and span.end - span.start > 1 and span.start not in self.apposed:
                self.surnames[self.norms[span.end - 1]] = span.kb_id_  # نعيم قاسم ... وحذر قاسم
                if span.end - span.start > 2 and any(
                        self.lexicon.has(ws, self.norms[span.end - 2]) for ws in (LEX["name-prefix"], LEX["name-link"])):
                    # بدر عبد العاطي ... وأكد عبد العاطي، فيصل بن فرحان ... وقال بن فرحان: a surname of two words
                    self.compound_surnames[(self.norms[span.end - 2], self.norms[span.end - 1])] = span.kb_id_
            self._appositive_role(doc, spans, span)
            self._appositive_title(doc, span)
            spans.append(span)
            i = span.end
        doc.spans["actors"] = spans
        return doc

    def _takes_object(self, i: int) -> bool:
        """أيّد القرار 19 دولة: a verb cue with no particle of its own takes the noun after it as its object."""
        word = without_conjunctions(self.norms[i])
        iri = self.lexicon.cue_forms.get((word,))
        entry = self.lexicon.cues[iri] if iri is not None else None
        return entry is not None and entry.kind == KG.VerbCue and not entry.requires

    def _plural_group(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """الوزراء (الثلاثة), القادة after وزراء خارجية مصر وتونس والجزائر: the states that plural title named together,
        as one mention of them all."""
        clitic = next((c for form, c in readings if self.norms[i][:c].endswith(ARTICLE)
                       and self.lexicon.has(LEX["plural-title"], form)), None)
        if clitic is None:
            return None
        group = self._last_group()
        if len(group) < 2 or i - group[-1].end > 2 * _ANAPHORA_WINDOW:
            return None
        span = Span(doc, i, i + 1, label=PAIR)
        span._.pair = tuple(group)
        return span, clitic - len(ARTICLE)

    def _last_group(self) -> list[Span]:
        """The last plural title's states (and organs) joined by و after it, a minister's name between passed over."""
        start = next((k for k in range(len(self.spans) - 1, -1, -1) if self.spans[k].label_ != PAIR and any(
            self.lexicon.has(LEX["plural-title"], form) for form, _ in strip_proclitics(self.norms[self.spans[k].start]))), None)
        if start is None:
            return []
        group, last = [self.spans[start]], self.spans[start].end
        for span in self.spans[start + 1 :]:
            if span.start - last > 8:
                break
            if span.label_ in (STATE, STATE_ORGAN) and self.norms[span.start].startswith("\u0648"):
                group.append(span)
            last = span.end
        return group

    def _spoke(self, doc: Doc, i: int) -> bool:
        """Token i is the subject of a verb that opens the sentence, a dateline's colon or dash before it, or of a
        verb joined by و or ف or feminine after a fronted phrase (أعربت سلطنة عمان، وأكدت مصر; not ، مصر والسودان)."""
        verb = i - 1
        if verb < 0 or not doc[verb].is_alpha or not has_verb_shape(without_conjunctions(self.norms[verb])) \
                or self.lexicon.has(LEX["clause-boundary"], self.norms[verb]):
            return False
        if doc[verb].is_sent_start or verb == 0:
            return True
        if verb <= _DATELINE_TOKENS and doc[verb - 1].text[-1:] in _DATELINE_DASHES | {":"}:
            return True  # عواصم (وكالات): أعربت ...
        joined = self.norms[verb].startswith(("\u0648", "\u0641")) or self.norms[verb].endswith("\u062a")
        return joined and self._after_opening_verb(doc, i)  # وفي عمان، رحبت الحكومة: a verb after a fronted phrase

    def _after_opening_verb(self, doc: Doc, i: int) -> bool:
        """Token i follows the verb that opens its sentence (وشدد القرار، كما مدد المجلس; not أن القرار, nor the noun
        of وسلاح المجلس), or كما/ثم and that verb."""
        if i < 1 or not doc[i - 1].is_alpha or self.lexicon.has(LEX["clause-boundary"], self.norms[i - 1]):
            return False
        if not has_verb_shape(without_conjunctions(self.norms[i - 1])):
            return False
        return doc[i - 1].is_sent_start or i - 1 == 0 or (i >= 2 and doc[i - 2].text in COMMAS) or (
            i >= 2 and (doc[i - 2].is_sent_start or i - 2 == 0) and self.lexicon.has(LEX["clause-boundary"], self.norms[i - 2])
        )  # وفي بيان له اليوم، حمّل المجلس: the verb opens the clause after a fronted phrase

    def _quoted_inside(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[int, URIRef, int] | None:
        """كتائب «حزب الله» العراقية: a known name with quote marks around a part of it, read without them; (end,
        IRI, clitic) with end past the closing mark, or None."""
        if i + 1 >= len(doc) or doc[i + 1].text not in NAME_QUOTES:
            return None
        marks = NAME_QUOTES | QUOTE_CLOSERS  # the window: the name's words and a mark before and after each
        kept = [k for k in range(i, min(len(doc), i + 2 * _QUOTED_NAME_WORDS)) if doc[k].text not in marks]
        hit = self.actors.longest([self.norms[k] for k in kept], 0, readings)
        if hit is None or hit[0] < 2:
            return None  # the mark must stand inside the name
        end = kept[hit[0] - 1] + 1
        return (end + 1 if end < len(doc) and doc[end].text in QUOTE_CLOSERS else end), hit[1], hit[2]

    def _mention(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        lex = self.lexicon
        # ألباريس is a name, not the article and باريس: a name is read without an article it does not carry
        unarticled = tuple((form, c) for form, c in readings if not self.norms[i][:c].endswith(ARTICLE))
        hit = self._quoted_inside(doc, i, unarticled) or self.actors.longest(self.norms, i, unarticled)
        if hit is not None and not self._demonym_adjective(doc, i, hit) and not self._common_word(doc, i, hit):
            end, iri, clitic = hit
            state = lex.construct.get(self.norms[i][clitic:]) if end == i + 1 else None
            if state is not None and iri in lex.stands_for:
                named = {state_iri for _, state_iri in self.named_states}
                if str(state) in named and str(lex.stands_for[iri]) not in named:
                    iri = state  # سلطنة عمان ... سعي عمان: the state the document named, not the city of a state unnamed
            return Span(doc, i, end, label=local_name(lex.actors[iri].kind), kb_id=str(iri)), clitic
        found = (
            self._plural_group(doc, i, readings)
            or self._issued_statement(doc, i, readings)
            or self._office(doc, i, readings)
            or self._joined_demonym(doc, i)
            or self._organ(doc, i, readings)
            or self._titled_name(doc, i)
            or self._people(doc, i, readings)
            or self._named_body(doc, i, readings)
            or self._association(doc, i, readings)
        )  # the first reading that finds a mention, in this order
        if found is not None:
            return found
        for form, clitic in readings:
            if form in self.people:
                return new_span(doc, i, i + 1, self.people[form]), clitic
            if form in self.given and i and self._honorific(i - 1) and not (i + 1 < len(doc) and (
                    self._could_be_name(doc[i + 1]) or self.lexicon.has(LEX["name-link"], self.norms[i + 1]))):
                return new_span(doc, i, i + 1, self.given[form]), clitic  # وأعرب الشيخ محمد: named again
            compound = self.compound_surnames.get((form, self.norms[i + 1])) if i + 1 < len(doc) else None
            if compound is not None:
                return Span(doc, i, i + 2, label=PERSON, kb_id=compound), clitic
            if form in self.surnames:
                return Span(doc, i, i + 1, label=PERSON, kb_id=self.surnames[form]), clitic
            subject_place = i == 0 or doc[i].is_sent_start or doc[i - 1].text in COMMAS or self._name_start(doc, i) \
                or self.lexicon.has(LEX["part-noun"], self.norms[i - 1]) \
                or self._after_opening_verb(doc, i) \
                or (i > 1 and doc[i - 1].text in NAME_QUOTES and self._name_start(doc, i - 1))  # إنّ "الجبهة ترفض"
            # الحوثيون ... وافقت الجماعة، مجلس الأمن ... وحث المجلس: in a subject's place (after a verb, أن, or where
            # a clause opens), not in construct (سلاح الحركة)
            organ = self.organs.get(form)
            if organ is not None and subject_place and i - organ[1] <= 2 * _ANAPHORA_WINDOW:
                end = i + 1 + len(organ[0])  # the organ named again with its adjectives (وترفض الهيئة التنفيذية)
                if tuple(self.norms[i + 1:end]) == organ[0]:
                    self.organs[form] = (organ[0], end, *organ[2:])
                    return Span(doc, i, end, label=organ[2], kb_id=organ[3]), clitic
            head = self.heads.get(form)
            named_other = i + 1 < len(doc) and self.norms[i + 1].startswith(ARTICLE) \
                and self.norms[i + 1].endswith("\u064a\u0647" if form.endswith("\u0647") else "\u064a")
            # المجلس الرئاسي: another council than the one named (an adjective agrees: حمّل المجلس المسؤولية is none)
            if head is not None and i - head[0] <= 2 * _ANAPHORA_WINDOW and subject_place and not named_other:
                self.heads[form] = (i + 1, *head[1:])  # named again: the window runs from here
                if head[3] is not None:
                    return new_span(doc, i, i + 1, head[3]), clitic
                return Span(doc, i, i + 1, label=head[1], kb_id=head[2]), clitic
            meeting = self.last_meeting
            if (form,) in self.attendee_nouns and meeting is not None and i - meeting.end <= 2 * _ANAPHORA_WINDOW \
                    and subject_place:  # اجتمعت الهيئة الإدارية ... . وأكد المجتمعون: those who met speak for the body
                if meeting.kb_id_:
                    return Span(doc, i, i + 1, label=meeting.label_, kb_id=meeting.kb_id_), clitic
                return new_span(doc, i, i + 1, meeting._.new_actor), clitic
            group = self.last_group
            if (form,) in self.group_nouns and group is not None and i - group[0] <= _ANAPHORA_WINDOW and subject_place:
                return Span(doc, i, i + 1, label=group[1], kb_id=group[2]), clitic
            if (form,) in self.resolution_nouns and not clitic and self.last_body is not None and (
                    (self._after_opening_verb(doc, i) and self._name_start(doc, i) and not self._takes_object(i - 1))
                    or (doc[i].is_sent_start and i + 2 < len(doc) and doc[i + 1].text in COMMAS
                        and self.lexicon.has(LEX["relative-pronoun"], self.norms[i + 2]))):
                # القرار، الذي حظي بتأييد 11 دولة، دعا: the resolution fronted, its relative clause between commas
                # مجلس الأمن ... . وشدد القرار على ...: the resolution speaks for the body that adopted it
                return Span(doc, i, i + 1, label=self.last_body.label_, kb_id=self.last_body.kb_id_), clitic
            if (form,) in self.own_country and not self.norms[i][:clitic].endswith((ARTICLE, "\u0644\u0644")):
                # بلاده، لحكومته; not البلدة (the town): a word with the article takes no pronoun
                return Span(doc, i, i + 1, label=OWN_COUNTRY), clitic
            if (form,) in self.report_nouns:
                return Span(doc, i, i + 1, label=REPORT), clitic
            joined = self.joined_people if self.people_after < 2 else None
            if (form,) in self.pair_titles and (joined or len(self.recent_people) == 2):
                span = Span(doc, i, i + 1, label=PAIR)  # وزيرا الخارجية X وY ... ناقش الوزيران: the two named
                span._.pair = joined or tuple(m for _, m in self.recent_people)
                return span, clitic
            paired = self._paired_demonyms(doc, i) if (form,) in self.pair_nouns else None
            if paired is not None:  # الجانبان السعودي والإيراني: the two states the adjectives name
                span = Span(doc, i, i + 3, label=PAIR)
                span._.pair = paired
                return span, clitic
            if (form,) in self.pair_nouns and len(self.recent) == 2:
                span = Span(doc, i, i + 1, label=PAIR)
                span._.pair = tuple(m for _, m in self.recent)
                return span, clitic
            if (form,) in self.faction_nouns:
                end = self._affiliation_end(doc, i + 1)
                return new_span(doc, i, end, NewActor(KG.PoliticalFaction, doc[i:end].text[clitic:])), clitic
        armed = self.armed.longest(self.norms, i, readings)
        if armed is not None:
            end, _, clitic = armed
            end, state = self._qualifiers(doc, end)
            if end > armed[0]:  # a bare فصائل is too vague to be an actor
                return new_span(doc, i, end, NewActor(KG.ArmedGroup, doc[i:end].text[clitic:], state)), clitic
        return None

    def _paired_demonyms(self, doc: Doc, i: int) -> tuple[Span, Span] | None:
        """الجانبان السعودي والإيراني: two demonyms after a pair noun, the second joined by و, name the pair."""
        if i + 2 >= len(doc) or not self.norms[i + 2].startswith("\u0648"):
            return None
        first, second = self.lexicon.demonyms.get(self.norms[i + 1]), self.lexicon.demonyms.get(self.norms[i + 2][1:])
        if first is None or second is None or first == second:
            return None
        return (Span(doc, i + 1, i + 2, label=STATE, kb_id=str(first)),
                Span(doc, i + 2, i + 3, label=STATE, kb_id=str(second)))

    def _people(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """أن الأميركيين يسعون، وقال الإيرانيون: a plural demonym where a subject stands (where a sentence opens,
        after a verb of saying, a cue or أن) is that people, speaking for its state; after a noun it is an
        adjective (المسؤولين الأمريكيين)."""
        if not (i == 0 or doc[i].is_sent_start or self._name_start(doc, i) or doc[i - 1].text in NAME_QUOTES):
            return None
        for form, clitic in readings:
            state = self.lexicon.demonyms.get(form)
            if state is not None and form.startswith(ARTICLE) and form.endswith(("يون", "يين")):
                return Span(doc, i, i + 1, label=STATE, kb_id=str(state)), clitic
        return None

    def _demonym_adjective(self, doc: Doc, i: int, hit: tuple[int, URIRef, int]) -> bool:
        """الحوار السوداني: a one-word name that is also a demonym (السوداني) is an adjective after a definite
        noun, not the person."""
        end, iri, clitic = hit
        return end == i + 1 and not clitic and self.norms[i] in self.lexicon.demonyms and i > 0 \
            and any(form.startswith(ARTICLE) and len(form) > 4 for form, _ in strip_proclitics(self.norms[i - 1])) \
            and doc[i - 1].is_alpha and self.lexicon.actors[iri].kind == KG.Person  # بالشأن السوداني too

    def _common_word(self, doc: Doc, i: int, hit: tuple[int, URIRef, int]) -> bool:
        """مالي (Mali, or financial) alone is a name only where a name stands: where a sentence opens, after a verb
        of saying or a feminine verb (states are feminine: اتهمت مالي, not دعم مالي), after a preposition, or beside
        another state (الجزائر ومالي، مالي والنيجر)."""
        end, _, clitic = hit
        if end != i + 1 or not self.lexicon.has(LEX["ambiguous-name"], self.norms[i][clitic:]):
            return False
        if self.norms[i][:clitic].endswith(ARTICLE) or self.norms[i][:clitic] in GOVERNED_ARTICLE:
            return True  # المالي، للمالي: a name takes no article
        if i == 0 or doc[i].is_sent_start or self.norms[i][:clitic].endswith(("ل", "ب")):
            return False
        before = self.norms[i - 1]
        if self._name_start(doc, i) and (before.endswith("ت") or any(
                self.lexicon.has(ws, form) for ws in (LEX["reporting-verb"], LEX["express-verb"], LEX.complementizer)
                for form, _ in strip_proclitics(before))):
            return False
        if self.lexicon.has(LEX["issue-preposition"], before) or self.lexicon.has(LEX["topic-preposition"], before):
            return False
        if self.norms[i].startswith("\u0648") and self.named_states and self.named_states[-1][0] == i:
            return False  # الجزائر ومالي
        nxt = self.actors.longest(self.norms, i + 2, [(self.norms[i + 2], 0)]) if i + 2 < len(doc) else None
        coordinated = i + 1 < len(doc) and self.norms[i + 1].startswith("\u0648") and (
            (nxt is not None and self.lexicon.actors[nxt[1]].kind == KG.State)
            or self.actors.longest(self.norms, i + 1, strip_proclitics(self.norms[i + 1])) is not None
        )
        return not coordinated  # مالي والنيجر

    def _definite(self, doc: Doc, j: int) -> bool:
        """A definite word that can be part of a name (longer than الي، التي and their kind)."""
        return j < len(doc) and doc[j].is_alpha and self._definite_word(self.norms[j])

    @staticmethod
    def _definite_word(norm: str) -> bool:
        return norm.startswith(ARTICLE) and len(norm) > 4

    def _anaphoric_organ(self, doc: Doc, i: int, j: int, clitic: int) -> tuple[Span, int] | None:
        """الحكومة or وزارة الخارجية alone, shortly after الحكومة العراقية: the same state; المملكة، السلطنة alone,
        shortly after a state is named: that state."""
        definite = doc[i].norm_[clitic:].startswith(ARTICLE) or self.norms[j - 1].startswith(ARTICLE)  # وزارة الخارجية
        noun = self.norms[i][clitic:]
        if j == i + 1 and self.lexicon.has(LEX["title-adjective"], noun):
            return None  # في 12 سبتمبر الحالي: a title's adjective alone is no office
        if j == i + 1 and not clitic and noun.endswith(NISBA_ENDS[1]) and i > 0 and self._described(doc, i - 1):
            return None  # الشؤون الداخلية، السياسة الخارجية، شؤونه الداخلية: an adjective, no ministry
        if j == i + 1 and self.lexicon.has(LEX["state-noun"], noun):  # المملكة: the last state named a kingdom
            states = self.state_nouns.get(noun, frozenset())
            last = next(((end, iri) for end, iri in reversed(self.named_states) if iri in states), None)
        else:
            last = self.organ_heads.get(noun) if j == i + 1 else None  # the last ministry named, for الوزارة
            if last is not None and definite and i - last[0] <= _ORGAN_ANAPHORA_WINDOW:
                return Span(doc, i, j, label=STATE_ORGAN, kb_id=last[1]), clitic  # no other ministry named since
            subject = self.last_subject_state if self._spoke(doc, i) else None  # وأكدت وزارة الخارجية: a speaker
            if last is None or i - last[0] > _ANAPHORA_WINDOW:
                # أعربت سلطنة عمان عن ترحيبها بالبيان الصادر عن أمير قطر ... وأكدت وزارة الخارجية: the state that
                # spoke last, not the last one named
                last = subject if subject is not None and i - subject[0] <= _ANAPHORA_WINDOW else self.last_state
            if last is None and self.home_state is not None:
                last = (i, self.home_state)
        if not definite or last is None or i - last[0] > _ANAPHORA_WINDOW:
            return None
        return Span(doc, i, j, label=STATE_ORGAN, kb_id=last[1]), clitic

    def _described(self, doc: Doc, k: int) -> bool:
        """Token k is a noun that a definite adjective after it describes: definite itself (الشؤون), or with its
        pronoun and no verb's shape (شؤونه, not أبلغته)."""
        norm = self.norms[k]
        if not doc[k].is_alpha or len(norm) < 4:
            return False
        if norm.startswith(ARTICLE):
            return True
        stem = next((norm[: -len(p)] for p in THIRD_PERSON_PRONOUNS if norm.endswith(p)), None)
        return stem is not None and len(stem) > 2 and not has_verb_shape(stem.removeprefix("و"))

    def _dateline_state(self, doc: Doc) -> str | None:
        """The state whose capital opens the text as its dateline (بغداد - ، عمّان (بترا) -), if any."""
        dash = next((k for k in range(min(len(doc), 6)) if doc[k].text in _DATELINE_DASHES), None)
        if not dash:
            return None
        hit = self.actors.longest(self.norms, 0, strip_proclitics(self.norms[0]))
        if hit is None:
            return None
        state = self.lexicon.stands_for.get(hit[1], hit[1])  # a capital for its state; الكويت - : the state
        return str(state) if self.lexicon.actors[state].kind == KG.State else None

    def _qualifiers(self, doc: Doc, j: int) -> tuple[int, URIRef | None]:
        """Up to two demonyms or armed-group adjectives after an armed-group noun (فصائل عراقية مسلحة)."""
        state = None
        for _ in range(2):
            if j >= len(doc):
                break
            norm = doc[j].norm_
            if norm in self.lexicon.demonyms and state is None:
                state = self.lexicon.demonyms[norm]
            elif not self.lexicon.has(LEX["armed-adjective"], norm):
                break
            j += 1
        return j, state

    def _affiliation_end(self, doc: Doc, j: int) -> int:
        """A camp noun takes its affiliation along: معسكر مؤيد لإيران is one actor."""
        if j < len(doc) and any(self.lexicon.has(KG_AFFILIATION, w) for w, _ in strip_proclitics(doc[j].norm_)):
            hit = self.actors.longest(self.norms, j + 1, strip_proclitics(self.norms[j + 1])) \
                if j + 1 < len(doc) else None
            if hit is not None:
                return hit[0]
        return j
