"""Actor mentions: ontology labels, offices and titles with their state or person, report nouns, camps and
armed groups, and later references to what the document introduced (see the Mentions component)."""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..normalize import normalize, strip_proclitics, word_variants
from ..ontology import PLACES, Phrase
from ..vocab import KG, LEX
from .components import (
    ARTICLE,
    GOVERNED_ARTICLE,
    OWN_COUNTRY,
    PAIR,
    PERSON,
    PREPOSITION_CLITICS,
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
)

_NAME_QUOTES = frozenset({"\"", "«", "“"})
_COMMAS = frozenset({"،", ","})
KG_REPORT_NOUN = LEX["report-noun"]
KG_FACTION_NOUN = LEX["faction-noun"]
KG_AFFILIATION = LEX.affiliation
KG_OWN_COUNTRY = LEX["own-country"]
KG_GIVEN_NAME = LEX["given-name"]
_NISBA_ENDS = ("ي", "يه")  # normalised: ية is يه
_ANAPHORA_WINDOW = 80  # tokens: about two sentences
_DATELINE_DASHES = frozenset({"-", "–", "—"})
_GROUP_LABELS = frozenset({"ArmedGroup", "PoliticalFaction"})  # what الجماعة، الحركة name again
_BODY_KINDS = (KG.NonGovernmentalOrganisation, KG.ThinkTank, KG.MediaOutlet, KG.PoliticalFaction, KG.ArmedGroup,
               KG.InternationalOrganisation, KG.GovernmentBody)
_DERIVED_NOUN_STARTS = {"\u0627", "\u062a", "\u0645"}


def _new_span(doc: Doc, start: int, end: int, actor: NewActor) -> Span:
    span = Span(doc, start, end, label=local_name(actor.kind))
    span._.new_actor = actor
    return span


def _prepositional(token: Token) -> bool:
    """بإنهاء، لتعزيز: a preposition on a verbal noun begins the object, not a family name."""
    norm = token.norm_
    return len(norm) > 3 and norm[0] in PREPOSITION_CLITICS and norm[1] in _DERIVED_NOUN_STARTS

@Language.factory("kg_mentions")
class Mentions(_LexiconComponent):
    """Actor mentions: ontology labels (proclitics and the article handled), offices and titles
    with their state or person, report nouns, camps and armed groups, and later references
    (a bare surname, a bare الحكومة) to what the document introduced.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def setup(self) -> None:
        lex = self.lexicon
        self.actors = PhraseTable(lex.actor_forms)
        offices: dict[Phrase, object] = {form: LEX.office for form in lex.words.get(LEX.office, ())}
        offices.update({form: LEX.title for form in lex.words.get(LEX.title, ())})
        self.offices = PhraseTable(offices)
        self.armed = PhraseTable({form: True for form in lex.words.get(LEX["armed-noun"], ())})
        self.own_country = lex.words.get(KG_OWN_COUNTRY, frozenset())
        self.report_nouns = lex.words.get(KG_REPORT_NOUN, frozenset())
        self.faction_nouns = lex.words.get(KG_FACTION_NOUN, frozenset())
        self.body_nouns = lex.words.get(LEX["body-noun"], frozenset())
        self.party_nouns = lex.words.get(LEX["party-noun"], frozenset())
        self.pair_nouns = lex.words.get(LEX["pair-noun"], frozenset())
        self.group_nouns = lex.words.get(LEX["group-noun"], frozenset())
        self.issued_nouns = lex.words.get(LEX["issued-statement"], frozenset())
        # المملكة، السلطنة: the states whose names carry the noun (المملكة العربية السعودية، سلطنة عمان)
        self.state_nouns = {noun: frozenset(str(iri) for form, iri in lex.actor_forms.items()
                                            if lex.actors[iri].kind == KG.State
                                            and any(w in (noun, noun[2:]) for w in form))
                            for (noun,) in lex.words.get(LEX["state-noun"], frozenset())}
        self.readings: dict[str, tuple[tuple[tuple[str, int], ...], bool]] = {}
        self.starters: dict[str, bool] = {}  # words after which a name may begin (cached)
        self.name_like: dict[str, bool] = {}  # words that may be part of a name (cached)

    def _readings(self, norm: str) -> tuple[tuple[tuple[str, int], ...], bool]:
        """A word's proclitic readings, and whether any could begin a mention other than a person
        the document introduced (cached: most words begin none, and words repeat)."""
        found = self.readings.get(norm)
        if found is None:
            readings = strip_proclitics(norm)
            starts = any((form,) in table.prefixes for table in (self.actors, self.offices, self.armed)
                         for form, _ in readings) \
                or any((form,) in words
                       for words in (self.own_country, self.report_nouns, self.faction_nouns, self.body_nouns,
                                     self.pair_nouns, self.group_nouns, self.issued_nouns)
                       for form, _ in readings) \
                or any(form in self.lexicon.demonyms and form.endswith(("يون", "يين")) for form, _ in readings)
            found = self.readings[norm] = (readings, starts)
        return found

    def __call__(self, doc: Doc) -> Doc:
        spans, i = [], 0
        self.norms = doc_norms(doc)
        self.people: dict[str, NewActor] = {}  # surnames of the people this document introduced by title
        self.surnames: dict[str, str] = {}  # surnames of the known people it named in full, to their IRIs
        self.recent: list[tuple[object, Span]] = []  # the last two distinct actors named (for الجانبان)
        self.roles: list[tuple[tuple[str, ...], NewActor | str]] = []  # the titles people were introduced with
        self.heads: dict[str, tuple[int, str, str]] = {}  # المجلس، الجماعة: the body whose name it heads
        self.last_state: tuple[int, str] | None = None  # (token, state IRI) of the last state organ
        self.home_state = self._dateline_state(doc)  # بغداد - : whose bare وزارة الخارجية the article means
        self.named_states: list[tuple[int, str]] = []  # (token, state IRI) of every state or organ named
        self.last_group: tuple[int, str, str] | None = None  # (token, label, IRI) of the last known group named
        self.issuer: Span | None = None  # who issued the last statement named (البيان الختامي للقمة)
        while i < len(self.norms):
            readings, starts = self._readings(self.norms[i])
            if not starts and not any(form in self.people or form in self.surnames or form in self.heads
                                      for form, _ in readings) \
                    and not self._name_start(doc, i):
                i += 1
                continue
            found = self._mention(doc, i, readings)
            if found is None:
                i += 1
                continue
            span, clitic = found
            span._.clitic = clitic
            if span.label_ == STATE_ORGAN:
                self.last_state = (span.end, span.kb_id_)
            if span.label_ in (STATE_ORGAN, STATE):
                self.named_states.append((span.end, span.kb_id_))
            if span.label_ in _GROUP_LABELS and span.kb_id_:
                self.last_group = (span.end, span.label_, span.kb_id_)
            if span.kb_id_ and span.end - span.start > 1 and span.label_ not in (STATE, STATE_ORGAN):
                head = self.norms[span.start][clitic:]  # مجلس الأمن الدولي ... وحث المجلس: the body named again
                if len(head) > 3 and not head.startswith(ARTICLE):
                    self.heads[ARTICLE + head] = (span.end, span.label_, span.kb_id_)
            if span.label_ not in (REPORT, OWN_COUNTRY, PAIR) and not governed(self.norms[i][:clitic]):
                key = span.kb_id_ or span._.new_actor
                self.recent = [(k, m) for k, m in self.recent if k != key][-1:] + [(key, span)]
            if span.label_ == PERSON and span.kb_id_ and span.end - span.start > 1:
                self.surnames[self.norms[span.end - 1]] = span.kb_id_  # نعيم قاسم ... وحذر قاسم
            self._appositive_role(doc, spans, span)
            spans.append(span)
            i = span.end
        doc.spans["actors"] = spans
        return doc

    def _mention(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        lex = self.lexicon
        hit = self.actors.longest(self.norms, i, readings)
        if hit is not None and not self._demonym_adjective(doc, i, hit) and not self._common_word(doc, i, hit):
            end, iri, clitic = hit
            return Span(doc, i, end, label=local_name(lex.actors[iri].kind), kb_id=str(iri)), clitic
        issued = self._issued_statement(doc, i, readings)
        if issued is not None:
            return issued
        office = self._office(doc, i, readings)
        if office is not None:
            return office
        named = self._name_before_title(doc, i)
        if named is not None:
            return named, 0
        people = self._people(doc, i, readings)
        if people is not None:
            return people
        body = self._named_body(doc, i, readings)
        if body is not None:
            return body
        for form, clitic in readings:
            if form in self.people:
                return _new_span(doc, i, i + 1, self.people[form]), clitic
            if form in self.surnames:
                return Span(doc, i, i + 1, label=PERSON, kb_id=self.surnames[form]), clitic
            subject_place = i == 0 or doc[i].is_sent_start or doc[i - 1].text in _COMMAS or self._name_start(doc, i) \
                or self.lexicon.has(LEX["part-noun"], self.norms[i - 1])  # وطالب أعضاء المجلس
            # الحوثيون ... وافقت الجماعة، مجلس الأمن ... وحث المجلس: in a subject's place (after a verb, أن, or where
            # a clause opens), not in construct (سلاح الحركة)
            head = self.heads.get(form)
            named_other = i + 1 < len(doc) and self.norms[i + 1].startswith(ARTICLE) \
                and self.norms[i + 1].endswith(_NISBA_ENDS)  # المجلس الرئاسي: another council than the one named
            if head is not None and i - head[0] <= _ANAPHORA_WINDOW and subject_place and not named_other:
                return Span(doc, i, i + 1, label=head[1], kb_id=head[2]), clitic
            group = self.last_group
            if (form,) in self.group_nouns and group is not None and i - group[0] <= _ANAPHORA_WINDOW and subject_place:
                return Span(doc, i, i + 1, label=group[1], kb_id=group[2]), clitic
            if (form,) in self.own_country:
                return Span(doc, i, i + 1, label=OWN_COUNTRY), clitic
            if (form,) in self.report_nouns:
                return Span(doc, i, i + 1, label=REPORT), clitic
            if (form,) in self.pair_nouns and len(self.recent) == 2:
                span = Span(doc, i, i + 1, label=PAIR)
                span._.pair = tuple(m for _, m in self.recent)
                return span, clitic
            if (form,) in self.faction_nouns:
                end = self._affiliation_end(doc, i + 1)
                return _new_span(doc, i, end, NewActor(KG.PoliticalFaction, doc[i:end].text[clitic:])), clitic
        armed = self.armed.longest(self.norms, i, readings)
        if armed is not None:
            end, _, clitic = armed
            end, state = self._qualifiers(doc, end)
            if end > armed[0]:  # a bare فصائل is too vague to be an actor
                return _new_span(doc, i, end, NewActor(KG.ArmedGroup, doc[i:end].text[clitic:], state)), clitic
        return None

    def _people(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """أن الأميركيين يسعون، وقال الإيرانيون: a plural demonym where a subject stands (where a sentence opens,
        after a verb of saying, a cue or أن) is that people, speaking for its state; after a noun it is an
        adjective (المسؤولين الأمريكيين)."""
        if not (i == 0 or doc[i].is_sent_start or self._name_start(doc, i) or doc[i - 1].text in _NAME_QUOTES):
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
            and self._definite(doc, i - 1) and self.lexicon.actors[iri].kind == KG.Person

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

    def _issued_statement(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """البيان الختامي للقمة العربية، بيان صادر عن وزارة الخارجية: a statement speaks for whoever issued it;
        later the bare البيان where a subject stands (وأدان البيان، كما دعا البيان) is that issuer again."""
        clitic = next((c for form, c in readings if (form,) in self.issued_nouns), None)
        if clitic is None:
            return None
        j = i + 1
        while j < len(doc) and self.lexicon.has(LEX["statement-qualifier"], self.norms[j]):
            j += 1
        if j < len(doc):
            own = tuple((form, c) for form, c in strip_proclitics(self.norms[j]) if self.norms[j][:c] in ("", "ل", "لل"))
            found = self._mention(doc, j, own) if own else None
            if found is not None and found[0].label_ not in (REPORT, OWN_COUNTRY, PAIR) \
                    and (not found[0].kb_id_ or self.lexicon.actors[URIRef(found[0].kb_id_)].kind not in PLACES):
                issuer = found[0]
                span = Span(doc, i, issuer.end, label=issuer.label_, kb_id=issuer.kb_id_)
                span._.new_actor = issuer._.new_actor
                self.issuer = span
                return span, clitic
        subject_place = i == 0 or doc[i].is_sent_start or self._name_start(doc, i)
        if self.issuer is None or clitic or not self.norms[i].startswith(ARTICLE) or not subject_place:
            return None
        span = Span(doc, i, i + 1, label=self.issuer.label_, kb_id=self.issuer.kb_id_)
        span._.new_actor = self.issuer._.new_actor
        return span, 0

    def _named_body(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """منظمة هيومن رايتس ووتش: a body noun before a known body's name is part of it. تحالف الفتح،
        حزب الدعوة الإسلامية، ائتلاف دولة القانون: a party noun before a name of one or two words ending in a
        definite one is a new political faction (a bare or indefinite تحالف دولي is too vague)."""
        clitic = next((c for form, c in readings if (form,) in self.body_nouns), None)
        if clitic is None or i + 1 >= len(doc):
            return None
        quoted = doc[i + 1].text in _NAME_QUOTES and i + 2 < len(doc)  # حركة "حماس"
        name = i + 2 if quoted else i + 1
        hit = self.actors.longest(self.norms, name, ((self.norms[name], 0),))
        if hit is not None:
            end, iri, _ = hit
            end += 1 if quoted and end < len(doc) and doc[end].text in QUOTE_CLOSERS else 0
            kind = self.lexicon.actors[iri].kind
            if kind in _BODY_KINDS:  # not مركز دمشق للدراسات: a place names no body
                return Span(doc, i, end, label=local_name(kind), kb_id=str(iri)), clitic
            return None
        if not any((form,) in self.party_nouns for form, _ in readings):
            return None
        first, second = i + 1, i + 2
        if self._definite(doc, first):  # تحالف الفتح؛ حزب الدعوة الإسلامية: a nisba adjective belongs to the name
            end = second + 1 if self._definite(doc, second) and self.norms[second].endswith(_NISBA_ENDS) else second
        elif doc[first].is_alpha and self._definite(doc, second) and not self.norms[i][:clitic].endswith(ARTICLE):
            # ائتلاف دولة القانون: a name in construct (الحزب يرفض الخطة: with the article, no construct)
            end = second + 1
        else:
            return None
        return _new_span(doc, i, end, NewActor(KG.PoliticalFaction, doc[i:end].text[clitic:])), clitic

    def _definite(self, doc: Doc, j: int) -> bool:
        """A definite word that can be part of a name (longer than الي، التي and their kind)."""
        return j < len(doc) and doc[j].is_alpha and self.norms[j].startswith("ال") and len(self.norms[j]) > 4

    def _office(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """Offices, organs and titles: الحكومة العراقية، وزير الخارجية التركي هاكان فيدان، رئيس سوريا،
        الأمين العام للأمم المتحدة أنطونيو غوتيريش.

        The title's holder, where a known or new (titled, named) person follows, is that person;
        otherwise the span stands for the state or body the demonym or genitive names
        (label StateOrgan for a state). A bare definite organ (الحكومة) right after a state organ
        of the same document stands for that state.
        """
        lex = self.lexicon
        j, clitic, titled = i, 0, False
        while j < len(doc):
            found = self.offices.longest(self.norms, j, readings if j == i else self._title_readings(j))
            if found is None:
                second = self._second_title(doc, j) if titled else None
                if second is None:
                    break
                found = second  # رئيس مجلس السيادة وقائد الجيش عبد الفتاح البرهان: one holder of two titles
            clitic = found[2] if j == i else clitic
            titled = titled or found[1] == LEX.title
            j = found[0]
        if j == i:
            return None
        if titled and j + 1 < len(doc) and self.norms[j].startswith(ARTICLE) and doc[j].is_alpha \
                and doc[j + 1].norm_ in lex.demonyms and not self.actors.longest(self.norms, j, [(self.norms[j], 0)]):
            j += 1  # وزير الإعلام الصومالي: the office's domain, then its state
        title_end, body = j, None
        if j < len(doc) and doc[j].norm_ in lex.demonyms:
            body, j = lex.demonyms[doc[j].norm_], j + 1
        else:
            named = self.actors.longest(self.norms, j, strip_proclitics(self.norms[j])) if j < len(doc) else None
            # حكومة إيران، الأمين العام للأمم المتحدة: a genitive or ل names the body; after a definite office
            # (حملت الحكومة الحوثيين المسؤولية) an actor is no genitive
            definite = self.norms[j - 1].startswith(ARTICLE)
            if named is not None and named[0] == j + 1 and lex.has(LEX["ambiguous-name"], self.norms[j]) \
                    and lex.has(LEX["anonymous-official"], self.norms[j - 1]):
                named = None  # مسؤول مالي: a financial official
            if named is not None and lex.actors[named[1]].kind != KG.Person and (not definite or named[2]):
                body, j = lex.stands_for.get(named[1], named[1]), named[0]
        if titled and body is not None:
            j = self._title_tail(doc, j)
        person = self._person(doc, i, j, titled, doc[i:j].text[clitic:], body)
        if person is not None:
            return person, clitic
        if body is None:
            return self._role_holder(doc, i, j) or self._anaphoric_organ(doc, i, j, clitic)
        kind = lex.actors[body].kind
        if titled and kind == KG.State:
            holder = self._same_role(doc, i, j, (self.norms[i][clitic:], *self.norms[i + 1 : title_end]), body)
            if holder is not None:
                return holder, clitic
        return Span(doc, i, j, label=STATE_ORGAN if kind == KG.State else local_name(kind), kb_id=str(body)), clitic

    def _role_key(self, words: Iterable[str]) -> tuple[str, ...]:
        """A title's words without articles and demonyms: رئيس الوزراء السوداني and رئيس وزراء السودان agree."""
        return tuple(w[2:] if w.startswith(ARTICLE) else w for w in words if w not in self.lexicon.demonyms)

    def _same_role(self, doc: Doc, i: int, j: int, title: tuple[str, ...], state: URIRef) -> Span | None:
        """رئيس وزراء السودان after رئيس الوزراء السوداني، كامل إدريس: the person the document gave the same title
        of the same state."""
        key = self._role_key(title)
        for role, person in reversed(self.roles):
            member = self.lexicon.members.get(URIRef(person)) if isinstance(person, str) else person.member_of
            if member == state and self._role_key(role) == key:
                if isinstance(person, str):
                    return Span(doc, i, j, label=PERSON, kb_id=person)
                return _new_span(doc, i, j, person)
        return None

    def _person(self, doc: Doc, i: int, j: int, titled: bool, role: str, body: URIRef | None) -> Span | None:
        """The person a title (tokens i..j) introduces: one the gazetteer knows, or a new one."""
        title = tuple(self.norms[i:j])
        j = self._posting_end(doc, j) if titled else j
        if titled and j < len(doc) and doc[j].text == "(":  # رئيس بعثة الأمم المتحدة (يونامي)، محمد الحسان
            close = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == ")"), None)
            j = close + 1 if close is not None else j
        domain = self._domain_holder(doc, i, j) if titled else None
        if domain is not None:
            return domain
        appositive = titled and j + 1 < len(doc) and doc[j].text in _COMMAS  # الناطق باسم الوزارة، فؤاد المجالي،
        j += 1 if appositive else 0
        while j < len(doc) and (self._honorific(j) or doc[j].text in _NAME_QUOTES):
            j += self._honorific(j) or 1  # رئيس الجمهورية العماد جوزف عون، رئيس المجلس "محمد المنفي": a rank, a quote
        if j >= len(doc):
            return None
        named = self.actors.longest(self.norms, j, [(self.norms[j], 0)])
        if named is not None and self.lexicon.actors[named[1]].kind == KG.Person:
            if j == i + len(title) and not self.norms[j - 1].startswith(ARTICLE):
                # مبعوث ترامب، مستشار نتنياهو: an indefinite title is in construct with the name, someone else's
                # unnamed holder; as an unnamed official, they speak for the person's state
                state = self.lexicon.members.get(named[1])
                if state is None or self.lexicon.actors[state].kind != KG.State:
                    return None
                return Span(doc, i, named[0], label=STATE_ORGAN, kb_id=str(state))
            self.roles.append((title, str(named[1])))  # وقال قائد الجيش later: the same person
            return Span(doc, i, named[0], label=local_name(KG.Person), kb_id=str(named[1]))
        if titled and not appositive and self.norms[j].startswith(ARTICLE) and self._name_end(doc, j + 1) > j + 1:
            role, j = f"{role} {doc[j].text}", j + 1  # وزير المال ياسين جابر: the office's domain, then the name
        end = self._name_end(doc, j) if titled else j
        if end == j or (appositive and end < len(doc) and not doc[end].is_punct):
            return None  # after a comma, a name closed by punctuation: the title's holder in apposition
        known = self.lexicon.actor_forms.get((self.norms[j], self.norms[end - 1])) if end - j > 2 else None
        if known is not None and self.lexicon.actors[known].kind == KG.Person:
            self.roles.append((title, str(known)))  # أسعد حسن الشيباني: a known name with the father's between
            return Span(doc, i, end, label=local_name(KG.Person), kb_id=str(known))
        person = NewActor(KG.Person, doc[j:end].text, body, role)
        self.people[doc[end - 1].norm_] = person
        self.roles.append((title, person))
        return _new_span(doc, i, end, person)

    def _domain_holder(self, doc: Doc, i: int, j: int) -> Span | None:
        """رئيس مجلس النواب، المستشار عقيلة صالح: the office's domain (indefinite words, then a definite one), a
        comma and honorifics or not, then a person the gazetteer knows: that person, with the whole title."""
        for end in range(j + 1, min(j + 3, len(doc))):
            if not doc[end - 1].is_alpha:
                return None
            if not self.norms[end - 1].startswith((ARTICLE, "\u0644\u0644")):  # مجلس النواب، المدير العام للوكالة
                continue
            k = end + (1 if end < len(doc) and doc[end].text in _COMMAS else 0)
            while k < len(doc) and self._honorific(k):
                k += self._honorific(k)
            named = self.actors.longest(self.norms, k, [(self.norms[k], 0)]) if k < len(doc) else None
            if named is None or self.lexicon.actors[named[1]].kind != KG.Person:
                return None
            self.roles.append((tuple(self.norms[i:end]), str(named[1])))
            return Span(doc, i, named[0], label=PERSON, kb_id=str(named[1]))
        return None

    def _title_readings(self, j: int) -> list[tuple[str, int]]:
        """A title word inside a title: as written, or after ل (الممثل الخاص للأمين العام)."""
        word = self.norms[j]
        if word.startswith("\u0644\u0644"):
            return [(word, 0), (ARTICLE + word[2:], 1)]
        return [(word, 0)]

    def _title_tail(self, doc: Doc, j: int) -> int:
        """المندوب الروسي الدائم لدى الأمم المتحدة: a title's adjectives and where it is posted (a preposition and
        a state, place or body) belong to the title; the end of them, or j."""
        while j < len(doc) and self.lexicon.has(LEX["title-adjective"], self.norms[j]):
            j += 1
        if j + 1 < len(doc) and self.lexicon.has(LEX.portfolio, self.norms[j]) and self.norms[j + 1].startswith("ب"):
            j += 2  # وكيل الأمين العام المعني بالشؤون الإنسانية: the portfolio belongs to the title
            while j < len(doc) and self._definite(doc, j) and self.norms[j].endswith(_NISBA_ENDS):
                j += 1
        if j + 1 < len(doc) and self.lexicon.has(LEX["posted-to"], self.norms[j]):
            hit = self.actors.longest(self.norms, j + 1, [(self.norms[j + 1], 0)])
            if hit is not None and self.lexicon.actors[hit[1]].kind != KG.Person:
                return hit[0]
        return j

    def _second_title(self, doc: Doc, j: int) -> tuple[int, object, int] | None:
        """A title joined by و within three words of the first one's end (its body's name between), as the
        office table's match: (end, kind, clitic)."""
        for k in range(j, min(j + 4, len(doc))):
            if doc[k].text in _COMMAS and k + 1 < len(doc) and self.norms[k + 1].startswith("\u0648"):
                continue  # الممثل الخاص للأمين العام، ورئيس البعثة: a comma before the second title
            if doc[k].text in _COMMAS and k + 1 < len(doc) and self.norms[k + 1].startswith(ARTICLE):
                found = self.offices.longest(self.norms, k + 1, [(self.norms[k + 1][2:], 2)])
                if found is not None and found[1] == LEX.title:
                    return found  # رئيس مجلس السيادة، القائد العام للجيش: a second title in apposition
                return None
            if not doc[k].is_alpha:
                return None
            if self.norms[k].startswith("\u0648") and len(self.norms[k]) > 3:
                found = self.offices.longest(self.norms, k, [(self.norms[k][1:], 1)])
                return found if found is not None and found[1] == LEX.title else None
            if self.lexicon.has(KG_GIVEN_NAME, self.norms[k]) or self.lexicon.has(LEX["name-prefix"], self.norms[k]):
                return None  # a name begins: وزير الخارجية أيمن الصفدي نظيره ...
            if k > j and self.norms[k - 1].startswith(ARTICLE) and not self.norms[k].startswith(ARTICLE) \
                    and not self.lexicon.has(LEX.counterpart, self.norms[k]):  # نظيره is someone else
                found = self.offices.longest(self.norms, k, [(self.norms[k], 0)])
                if found is not None and found[1] == LEX.title:
                    return found  # رئيس مجلس السيادة الانتقالي قائد الجيش: a second title right after the first
        return None

    def _posting_end(self, doc: Doc, j: int) -> int:
        """المبعوث الأممي إلى اليمن هانس غروندبرغ، سفير واشنطن لدى بغداد: where a title's holder is posted (a
        preposition and a state or place) comes between the title and the name; the end of it, or j."""
        if j + 1 >= len(doc):
            return j
        start, readings = j, [(self.norms[j], 0)]
        if self.lexicon.has(LEX["posted-to"], self.norms[j]):
            start, readings = j + 1, [(self.norms[j + 1], 0)]
        elif self.norms[j].startswith("\u0644"):  # المبعوث الأمريكي لسوريا، للشرق الأوسط
            readings = [(form, clitic) for form, clitic in strip_proclitics(self.norms[j]) if clitic]
            if not readings:
                return j
        else:
            return j
        for n in range(self.lexicon.max_len(LEX.region), 0, -1):
            if any(self.lexicon.has(LEX.region, form, *self.norms[start + 1 : start + n]) for form, _ in readings):
                return start + n
        hit = self.actors.longest(self.norms, start, readings)
        if hit is None or self.lexicon.actors[hit[1]].kind not in (KG.State, *PLACES):
            return j
        return hit[0]

    def _name_before_title(self, doc: Doc, i: int) -> Span | None:
        """أدان إسماعيل بقائي، المتحدث باسم الخارجية الإيرانية: a name of two to four words after a verb or an
        honorific, then a comma and a title, is a new person holding that title (and its state or body)."""
        if not self._name_start(doc, i) or not self._could_be_name(doc[i]) or self.norms[i].startswith(ARTICLE):
            return None
        end = i + 1
        while end < len(doc) and end - i < 4 and self._could_be_name(doc[end]):
            end += 1
        if end - i < 2 or end + 1 >= len(doc) or doc[end].text not in ("،", ","):
            return None
        title = end + 1
        while title < len(doc) and self._honorific(title):
            title += self._honorific(title)
        if title >= len(doc):
            return None
        found = self._office(doc, title, strip_proclitics(self.norms[title]))
        if found is None or found[0].label_ == local_name(KG.Person):
            return None
        office = found[0]
        body = URIRef(office.kb_id_) if office.kb_id_ else None
        person = NewActor(KG.Person, doc[i:end].text, body, office.text)
        self.people[self.norms[end - 1]] = person
        self.roles.append((tuple(self.norms[office.start:office.end]), person))
        return _new_span(doc, i, end, person)

    def _honorific(self, j: int) -> int:
        """The length of a rank or honorific at token j (الشيخ، الفريق أول), or 0."""
        if j + 1 < len(self.norms) and self.lexicon.has(LEX.honorific, self.norms[j], self.norms[j + 1]):
            return 2
        return 1 if self.lexicon.has(LEX.honorific, self.norms[j]) else 0

    def _name_start(self, doc: Doc, i: int) -> bool:
        """A name may begin here: after a verb of saying or a stance cue, or an honorific (معالي، الشيخ)."""
        if i == 0:
            return False
        before = self.norms[i - 1]
        found = self.starters.get(before)
        if found is None:
            found = self.starters[before] = self._starter(before)
        return found

    def _starter(self, before: str) -> bool:
        lex = self.lexicon
        return lex.has(LEX.honorific, before) or any(
            lex.has(ws, form) for ws in (LEX["reporting-verb"], LEX["express-verb"], LEX.complementizer)
            for form, _ in strip_proclitics(before)) \
            or any((form,) in lex.cue_forms for form in word_variants(before))

    def _name_end(self, doc: Doc, j: int) -> int:
        """The end of a personal name after a title, or j where there is none.

        A common given name (عبد and أبو take the next word along) and one family name; else two
        or three name-like words closed by a clause-like break (أن، a cue, punctuation).
        """
        lex = self.lexicon
        if j < len(doc) and normalize(doc[j].text, fold=False) in lex.written[LEX["issue-preposition"]]:
            return j  # حث الرئيس على ...: على folds to the name علي, but is the preposition as written
        compound = j + 1 < len(doc) and lex.has(LEX["name-prefix"], doc[j].norm_)
        if compound or (j < len(doc) and lex.has(KG_GIVEN_NAME, doc[j].norm_)):
            given = j + 2 if compound else j + 1  # عبد الله، أبو بكر
            end = given + 1 if given + 1 < len(doc) and lex.has(LEX["name-link"], doc[given].norm_) else given
            if end < len(doc) and self._could_be_name(doc[end]) and not _prepositional(doc[end]):
                family = end + 1  # فيصل بن فرحان، تميم آل ثاني، محمد الباعور
                surname = family < len(doc) and (
                    self._could_be_name(doc[family]) or (self.norms[family],) in self.lexicon.actor_forms
                )
                if surname and not _prepositional(doc[family]) and (
                    family + 1 == len(doc) or not self._could_be_name(doc[family + 1])
                ):
                    return family + 1  # أسعد حسن الشيباني: a father's name between
                return family
            return given
        end = j
        if j < len(doc) and self.norms[j].startswith(ARTICLE):
            return j  # a first name has no article: القيادة المركزية is a body, not a person
        while end < len(doc) and end - j < 3 and self._could_be_name(doc[end]):
            end += 1
        closed = end == len(doc) or doc[end].is_punct or not self._could_be_name(doc[end])
        return end if end - j >= 2 and closed else j

    def _could_be_name(self, token: Token) -> bool:
        if "\u064b" in token.text:  # اجتماعاً: the accusative's tanwin marks a common noun
            return False
        norm = token.norm_
        found = self.name_like.get(norm)
        if found is None:
            found = self.name_like[norm] = self._name_like(norm)
        return found

    def _name_like(self, norm: str) -> bool:
        """Whether a word may be part of a personal name (cached per word: the lexicon look-ups are many)."""
        if not norm.isalpha() or len(norm) < 3:  # ما، لا، في، punctuation: no names
            return False
        if norm.startswith(GOVERNED_ARTICLE):  # للجمهورية، بالحكومة: a governed noun, not a name
            return False
        lex = self.lexicon
        if any(lex.has(ws, form) for ws in lex.words if ws != KG_GIVEN_NAME for form, _ in strip_proclitics(norm)):
            return False
        if (norm,) in lex.cue_forms or (norm,) in lex.actor_forms or norm in lex.demonyms:
            return False
        return not any((form,) in lex.cue_forms for form in word_variants(norm))

    def _role_holder(self, doc: Doc, i: int, j: int) -> tuple[Span, int] | None:
        """المتحدث باسم الخارجية alone, after إسماعيل بقائي، المتحدث باسم الخارجية الإيرانية: the person the
        document gave that title (its words begin the role they were introduced with, or its second title:
        قائد الجيش after رئيس مجلس السيادة وقائد الجيش)."""
        words = tuple(self.norms[i:j])
        if len(words) == 1 and words[0].startswith(ARTICLE) and self.roles and self._name_start(doc, i):
            role, person = self.roles[-1]  # وزير العدل عادل نصار ... وأوضح الوزير: the last titled person, as a subject
            if role[0] == words[0][len(ARTICLE):]:
                return (Span(doc, i, j, label=PERSON, kb_id=person) if isinstance(person, str)
                        else _new_span(doc, i, j, person)), 0
        for role, person in reversed(self.roles):
            titles = [role] + [(role[k][1:], *role[k + 1 :]) for k in range(1, len(role)) if role[k][:1] == "\u0648"]
            if len(words) > 1 and any(title[: len(words)] == words for title in titles):  # or its second title
                if isinstance(person, str):
                    return Span(doc, i, j, label=PERSON, kb_id=person), 0
                return _new_span(doc, i, j, person), 0
        return None

    def _appositive_role(self, doc: Doc, spans: list[Span], span: Span) -> None:
        """إسماعيل بقائي، المتحدث باسم وزارة الخارجية الإيرانية: a known person's title in apposition names them
        again later (وقال المتحدث باسم وزارة الخارجية)."""
        before = spans[-1] if spans else None
        if (
            before is None
            or before.label_ != PERSON
            or not before.kb_id_
            or before.end + 1 != span.start
            or doc[before.end].text not in _COMMAS
            or span.label_ == PERSON
            or not self.offices.longest(self.norms, span.start, strip_proclitics(self.norms[span.start]))
        ):
            return
        self.roles.append((tuple(self.norms[span.start : span.end]), before.kb_id_))

    def _anaphoric_organ(self, doc: Doc, i: int, j: int, clitic: int) -> tuple[Span, int] | None:
        """الحكومة or وزارة الخارجية alone, shortly after الحكومة العراقية: the same state; المملكة، السلطنة alone,
        shortly after a state is named: that state."""
        definite = doc[i].norm_[clitic:].startswith(ARTICLE) or self.norms[j - 1].startswith(ARTICLE)  # وزارة الخارجية
        noun = self.norms[i][clitic:]
        if j == i + 1 and self.lexicon.has(LEX["state-noun"], noun):  # المملكة: the last state named a kingdom
            states = self.state_nouns.get(noun, frozenset())
            last = next(((end, iri) for end, iri in reversed(self.named_states) if iri in states), None)
        else:
            last = self.last_state
            if last is None and self.home_state is not None:
                last = (i, self.home_state)
        if not definite or last is None or i - last[0] > _ANAPHORA_WINDOW:
            return None
        return Span(doc, i, j, label=STATE_ORGAN, kb_id=last[1]), clitic

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
