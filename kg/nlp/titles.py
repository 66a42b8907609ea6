"""Titles and personal names: an office or title with its domain, state or body, the person it introduces (a
known one, or a new one by title), the same person named again by a later title or a bare title, and where a
personal name begins and ends. A mixin of the Mentions component, which keeps the document's state."""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from ..normalize import has_verb_shape, normalize, strip_proclitics, word_variants
from ..ontology import PLACES
from ..vocab import KG, LEX
from .components import (
    ARTICLE,
    GOVERNED_ARTICLE,
    PERSON,
    PREPOSITION_CLITICS,
    STATE_ORGAN,
    NewActor,
    local_name,
    without_conjunctions,
)

COMMAS = frozenset({"،", ","})
NAME_QUOTES = frozenset({"\"", "«", "“"})
NISBA_ENDS = ("ي", "يه")  # normalised: ية is يه
DOMAIN_STARTS = ("ال", "وال", "لل")  # a domain word: definite, joined by و, or after ل
MAX_DOMAIN_WORDS = 5
MAX_CONSTRUCT_WORDS = 2
_FEMININE = "\u0647"  # ة, as normalised
_GIVEN_NAME = LEX["given-name"]
_DERIVED_NOUN_STARTS = {"\u0627", "\u062a", "\u0645"}


def new_span(doc: Doc, start: int, end: int, actor: NewActor) -> Span:
    """A mention of an actor the text introduces."""
    span = Span(doc, start, end, label=local_name(actor.kind))
    span._.new_actor = actor
    return span


def _prepositional(token: Token) -> bool:
    """بإنهاء، لتعزيز: a preposition on a verbal noun begins the object, not a family name."""
    norm = token.norm_
    return len(norm) > 3 and norm[0] in PREPOSITION_CLITICS and norm[1] in _DERIVED_NOUN_STARTS


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """A title's words without the article (رئيس المفوضية names رئيس مفوضية الاتحاد الإفريقي again)."""
    return tuple(w.removeprefix(ARTICLE) for w in words)


class Titles:
    """Offices, titles and the persons they name (see the module docstring)."""

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
            if j > i and self.norms[j - 1].startswith(ARTICLE) and self.norms[j].startswith(ARTICLE):
                break  # الرئيس المبعوثة الأممية، الحكومة المبعوثة: a definite office heads no second one
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
        while titled and j + 1 < len(doc) and lex.has(LEX["title-adjective"], self.norms[j]) \
                and self.norms[j + 1].startswith("\u0644"):
            j += 1  # المتحدث العسكري للحوثيين: the title's adjective, then the body it speaks for
        title_end, body = j, None
        if j < len(doc) and doc[j].norm_ in lex.demonyms:
            body, j = lex.demonyms[doc[j].norm_], j + 1
            while not titled and j < len(doc) and lex.has(LEX["organ-adjective"], self.norms[j]) \
                    and self._agrees(j - 1, j) and not self.actors.longest(self.norms, j, [(self.norms[j], 0)]) \
                    and not (j + 1 < len(doc) and lex.has(LEX["relative-pronoun"], self.norms[j + 1])):
                j += 1  # الحكومة الصومالية الفيدرالية: the organ's adjective, not the verb's object (not الانتقالي
                # الجنوبي, a name; not الفيدرالية التي ...: federalism, a noun its relative describes)
        elif j < len(doc) and lex.has(LEX["ambiguous-demonym-organ"], self.norms[j - 1]) and self._agrees(j - 1, j) \
                and not self._in_construct(doc, i) and (state := self._ambiguous_demonym(j)) is not None:
            body, j = state, j + 1  # الحكومة المالية: Mali's government (وزارة المالية stays the finance ministry)
        elif j < len(doc) and self.norms[j] in lex.construct and not self.norms[j - 1].startswith(ARTICLE):
            body, j = lex.construct[self.norms[j]], j + 1  # وزير خارجية عمان: Oman, not Amman
        else:
            if titled and j + 1 < len(doc) and lex.has(LEX["member-in"], self.norms[j]):  # القيادي في حماس
                within = self.actors.longest(self.norms, j + 1, strip_proclitics(self.norms[j + 1])[:1])
                if within is not None and lex.actors[within[1]].kind not in (KG.Person, KG.State, *PLACES):
                    j += 1
            named = self.actors.longest(self.norms, j, strip_proclitics(self.norms[j])) if j < len(doc) else None
            # حكومة إيران، الأمين العام للأمم المتحدة: a genitive or ل names the body; after a definite office
            # (حملت الحكومة الحوثيين المسؤولية) an actor is no genitive
            definite = self.norms[j - 1].startswith(ARTICLE)
            if named is not None and named[0] == j + 1 and lex.has(LEX["ambiguous-name"], self.norms[j]) \
                    and lex.has(LEX["anonymous-official"], self.norms[j - 1]):
                named = None  # مسؤول مالي: a financial official
            governed_by_l = named is not None and self.norms[j][: named[2]] in ("\u0644", "\u0644\u0644")
            if named is not None and self.norms[j][: named[2]].startswith("\u0648"):
                named = None  # الجيش وقوات الدعم السريع: و joins another actor, no genitive
            if named is not None and lex.actors[named[1]].kind != KG.Person and (not definite or governed_by_l):
                body, j = lex.stands_for.get(named[1], named[1]), named[0]
            elif named is None and j < len(doc) and self.norms[j].startswith("\u0644\u0644"):
                head = self.heads.get(ARTICLE + self.norms[j][2:])  # الأمانة العامة للجامعة: the body named before
                if head is not None and head[1] != PERSON and head[2]:
                    body, j = URIRef(head[2]), j + 1
        if body is None and not titled and j + 1 < len(doc) and self.lexicon.has(LEX.locative, self.norms[j]):
            hit = self.actors.longest(self.norms, j + 1, [(self.norms[j + 1], 0)])
            if hit is not None and self.lexicon.actors[hit[1]].kind == KG.State:
                body, j = hit[1], hit[0]  # وزارة الخارجية في دولة الإمارات: the organ of the state it sits in
        if body is None and j - i >= 2:  # رئيس حكومة الوحدة الوطنية: the title's last word begins the body's name
            hit = self.actors.longest(self.norms, j - 1, [(self.norms[j - 1], 0)])
            if hit is not None and hit[0] > j and lex.actors[hit[1]].kind != KG.Person:
                body, j = lex.stands_for.get(hit[1], hit[1]), hit[0]
        if titled and body is not None:
            j = self._title_tail(doc, j)
        person = self._person(doc, i, j, titled, doc[i:j].text[clitic:], body)
        if person is not None:
            return person, clitic
        if body is None:
            domain = self._domain_end(doc, j) if titled else j  # ودان رئيس مجلس النواب: the title with its domain
            ends = [end for end in range(domain, j, -1) if self.norms[end - 1].startswith(DOMAIN_STARTS)]
            return next(filter(None, (self._role_holder(doc, i, end) for end in ends)), None) \
                or self._role_holder(doc, i, j) or self._anaphoric_organ(doc, i, j, clitic)
        kind = lex.actors[body].kind
        if titled:  # a state's title by its words and state; a body's by its words with the body's name
            words = (self.norms[i][clitic:], *self.norms[i + 1 : title_end if kind == KG.State else j])
            holder = self._same_role(doc, i, j, words, body if kind == KG.State else None)
            if holder is not None:
                return holder, clitic
        return Span(doc, i, j, label=STATE_ORGAN if kind == KG.State else local_name(kind), kb_id=str(body)), clitic

    def _agrees(self, noun: int, adjective: int) -> bool:
        """The adjective at token adjective is feminine (ة) exactly when the word at noun is (الجيش المالية: no)."""
        return self.norms[noun].endswith(_FEMININE) == self.norms[adjective].endswith(_FEMININE)

    def _in_construct(self, doc: Doc, i: int) -> bool:
        """The office at token i is the genitive of an indefinite noun before it (سياسات الحكومة المالية)."""
        if i == 0 or not doc[i - 1].is_alpha:
            return False
        word = without_conjunctions(self.norms[i - 1])
        return not word.startswith(ARTICLE) and not has_verb_shape(word) and len(word) > 3

    def _ambiguous_demonym(self, j: int) -> URIRef | None:
        """The state whose name, also a common word (مالي), token j is the adjective of (المالية، المالي)."""
        norm = self.norms[j]
        if not norm.startswith(ARTICLE):
            return None
        stem = norm[len(ARTICLE):].removesuffix("\u0647")
        iri = self.lexicon.actor_forms.get((stem,))
        if iri is None or not self.lexicon.has(LEX["ambiguous-name"], stem) or self.lexicon.actors[iri].kind != KG.State:
            return None
        return iri

    def _role_key(self, words: Iterable[str]) -> tuple[str, ...]:
        """A title's words without articles and demonyms: رئيس الوزراء السوداني and رئيس وزراء السودان agree."""
        return tuple(w[2:] if w.startswith(ARTICLE) else w for w in words if w not in self.lexicon.demonyms)

    def _same_role(self, doc: Doc, i: int, j: int, title: tuple[str, ...], state: URIRef | None) -> Span | None:
        """رئيس وزراء السودان after رئيس الوزراء السوداني، كامل إدريس: the person the document gave the same title
        of the same state (or, with no state, the same title naming its body: رئيسة المفوضية الأوروبية)."""
        key = self._role_key(title)
        for role, person in reversed(self.roles):
            member = self.lexicon.members.get(URIRef(person)) if isinstance(person, str) else person.member_of
            if (state is None or member == state) and self._role_key(role) == key:
                self.apposed.add(i)  # a title's words, no surname
                if isinstance(person, str):
                    return Span(doc, i, j, label=PERSON, kb_id=person)
                return new_span(doc, i, j, person)
        return None

    def _person(self, doc: Doc, i: int, j: int, titled: bool, role: str, body: URIRef | None) -> Span | None:
        """The person a title (tokens i..j) introduces: one the gazetteer knows, or a new one."""
        title = tuple(self.norms[i:j])
        again = self._surname_again(doc, i, j) if titled else None
        if again is not None:
            return again
        j = self._posting_end(doc, j) if titled else j
        j = self._past_parenthesis(doc, j) if titled else j  # رئيس بعثة الأمم المتحدة (يونامي)، محمد الحسان
        domain = self._domain_holder(doc, i, j) if titled else None
        if domain is not None:
            return domain
        if titled:
            end = self._seat_end(doc, self._domain_end(doc, j))
            while end > j and not (self.norms[end - 1].startswith(DOMAIN_STARTS)
                                   and self._name_follows(doc, self._past_parenthesis(doc, end))):
                end -= 1
            if end > j:  # رئيس حزب الشعب الجمهوري (CHP) أوزغور أوزل: the domain's acronym, then the name
                role, title, j = f"{role} {doc[j:end].text}", tuple(self.norms[i:end]), self._past_parenthesis(doc, end)
        title_end = j
        appositive = titled and j + 1 < len(doc) and doc[j].text in COMMAS  # الناطق باسم الوزارة، فؤاد المجالي،
        j += 1 if appositive else 0
        while j < len(doc) and (self._honorific(j) or doc[j].text in NAME_QUOTES):
            j += self._honorific(j) or 1  # رئيس الجمهورية العماد جوزف عون، رئيس المجلس "محمد المنفي": a rank, a quote
        if j >= len(doc):
            return None
        named = self.actors.longest(self.norms, j, [(self.norms[j], 0)])
        if named is not None and self.lexicon.actors[named[1]].kind == KG.Person:
            posted = j - 2 >= i and self.lexicon.has(LEX["posted-to"], self.norms[j - 2])  # المبعوث ... إلى سوريا
            if j == i + len(title) and not self.norms[j - 1].startswith((ARTICLE, "\u0644\u0644")) and not posted and (
                self.lexicon.has(LEX.title, self.norms[j - 1]) or sum(self.lexicon.has(LEX.title, w) for w in title) > 1
            ):
                # مبعوث ترامب، مستشار نتنياهو: an indefinite title is in construct with the name, someone else's
                # (المتحدث العسكري للحوثيين يحيى سريع: a body after ل is no construct; رئيس فلسطين محمود عباس: a
                # state after one title is its domain, the name its holder; مستشار رئيس وزراء إسرائيل X: two titles)
                # unnamed holder; as an unnamed official, they speak for the person's state
                state = self.lexicon.members.get(named[1])
                if state is None or self.lexicon.actors[state].kind != KG.State:
                    return None
                return Span(doc, i, named[0], label=STATE_ORGAN, kb_id=str(state))
            self.roles.append((title, str(named[1])))  # وقال قائد الجيش later: the same person
            return Span(doc, i, named[0], label=local_name(KG.Person), kb_id=str(named[1]))
        end = self._name_end(doc, j) if titled else j
        apposed = self._apposed_person(doc, i, title_end, body) if titled and self._clause_goes_on(doc, title_end) else None
        if apposed is not None and not self._given_name_at(doc, j):
            return apposed  # بدر البوسعيدي وزير الخارجية مشاورات: the named person's title, no new name after it
        if end == j or (appositive and end < len(doc) and not doc[end].is_punct
                        and self.actors.longest(self.norms, end, [(self.norms[end], 0)]) is None):
            return None  # after a comma, a name closed by punctuation or by an actor the verb takes (دعا ...، علي
            # العماد السعودية إلى): the title's holder in apposition
        known = self.lexicon.actor_forms.get((self.norms[j], self.norms[end - 1])) if end - j > 2 else None
        if known is not None and self.lexicon.actors[known].kind == KG.Person:
            self.roles.append((title, str(known)))  # أسعد حسن الشيباني: a known name with the father's between
            return Span(doc, i, end, label=local_name(KG.Person), kb_id=str(known))
        person = NewActor(KG.Person, doc[j:end].text, body, role)
        self._introduce(person, j, end, title)
        return new_span(doc, i, end, person)

    def _surname_again(self, doc: Doc, i: int, j: int) -> Span | None:
        """سفيان القضاة ... ودعا السفير القضاة: a title, then the surname of someone this document named before,
        names that person again (not where the word begins a known actor's longer name, or a given name follows:
        the object after the name may be a person, ودعا السفير القضاة نتنياهو إلى)."""
        if j >= len(doc):
            return None
        known = self.actors.longest(self.norms, j, [(self.norms[j], 0)])
        if known is not None and known[0] > j + 1:
            return None  # وزير الخارجية الإيراني عباس عراقجي: the word begins another's known name
        if j + 1 < len(doc) and self.lexicon.has(_GIVEN_NAME, self.norms[j + 1]):
            return None  # المتحدث الحوثي محمد عبد السلام: a given name follows, so the word was the title's adjective
        if self.lexicon.has(_GIVEN_NAME, self.norms[j]) and j + 1 < len(doc) and self._could_be_name(doc[j + 1]):
            return None  # الوزير محمد عبد الله: a given name that begins another's name
        person = self.people.get(self.norms[j])
        if person is not None:
            return new_span(doc, i, j + 1, person)
        known = self.surnames.get(self.norms[j])
        return Span(doc, i, j + 1, label=PERSON, kb_id=known) if known is not None else None

    def _apposed_person(self, doc: Doc, i: int, end: int, body: URIRef | None) -> Span | None:
        """The person named right before a title with no proclitic (X وزير الخارجية): the title (tokens i..end) is
        theirs, in apposition, as a span naming them again; not where the title's state is another than theirs
        (استقبل تبون وزير الخارجية الروسي: a guest)."""
        last = self.spans[-1] if self.spans else None
        if last is None or last.label_ != PERSON or last.end != i \
                or self.offices.longest(self.norms, i, [(self.norms[i], 0)]) is None:
            return None
        person = last.kb_id_ or last._.new_actor
        if not person:
            return None
        own = self.lexicon.members.get(URIRef(person)) if isinstance(person, str) else person.member_of
        if body is not None and own is not None and own != body:
            return None
        self.roles.append((tuple(self.norms[i:end]), person))  # وقال وزير الخارجية later: the same person
        self.apposed.add(i)
        return Span(doc, i, end, label=PERSON, kb_id=person) if isinstance(person, str) else new_span(doc, i, end, person)

    def _clause_goes_on(self, doc: Doc, j: int) -> bool:
        """A word of the clause, not its end or when it happened, follows token j: أجرى X وزير الخارجية مشاورات
        (an apposition, then the object), not أقال X وزير الداخلية مساء الأحد (the title is the object)."""
        return j < len(doc) and doc[j].is_alpha and not any(
            self.lexicon.has(LEX["time-word"], *self.norms[j : j + n]) for n in (1, 2, 3) if j + n <= len(doc))

    def _given_name_at(self, doc: Doc, j: int) -> bool:
        """A given name (or عبد، أبو and the next word) or a known actor begins at token j: a name follows."""
        return j < len(doc) and (self.lexicon.has(_GIVEN_NAME, doc[j].norm_) or self.lexicon.has(LEX["name-prefix"], doc[j].norm_)
                                 or bool(self.actors.longest(self.norms, j, [(self.norms[j], 0)])))

    def _domain_end(self, doc: Doc, j: int) -> int:
        """وزير المال، وزير المحروقات والمناجم، وزيرة الانتقال الطاقي والتنمية المستدامة، وزير الدولة للشؤون
        الخارجية، رئيس مجلس النواب: an office's domain before the name (up to two nouns in construct, then definite
        words, with و or ل); its end, or j. (Not إلى, which folds to الي: دعا الرئيس اليمني إلى تعاون أوسع.)"""
        k = j
        while k < len(doc) and k - j < MAX_CONSTRUCT_WORDS and doc[k].is_alpha and self._construct_noun(doc, k):
            k += 1  # رئيس مجلس النواب، رئيس هيئة الأركان: nouns in construct with the definite one after them
        start = k
        while k < len(doc) and k - j < MAX_DOMAIN_WORDS and doc[k].is_alpha and not self._written_preposition(doc[k]) \
                and self.norms[k].startswith(DOMAIN_STARTS) and not self._honorific(k) and (
                    self.norms[k] not in self.lexicon.demonyms or self.norms[k - 1].startswith("\u0644\u0644")
                    or (k + 1 < len(doc) and doc[k + 1].text in COMMAS and self._name_follows(doc, k + 1))):
            # a demonym after a body in ل is that body's (رئيس هيئة الأركان للجيش السوداني), and one before a name
            # between commas (المفوض العام للعون الإنساني السوداني، سلوى آدم،)
            k += 1
        return k if k > start else j

    def _seat_end(self, doc: Doc, end: int) -> int:
        """مدير مكتب الإعلام في الرئاسة المصرية NAME: where a domain sits (في and definite words) belongs to the
        title when a name follows it, so the name is not read into the domain's words; its end, or end."""
        if end >= len(doc) or not self.lexicon.has(LEX.locative, self.norms[end]):
            return end
        k = end + 1
        while k < len(doc) and k - end <= MAX_CONSTRUCT_WORDS and doc[k].is_alpha \
                and self.norms[k].startswith(DOMAIN_STARTS) and not self._honorific(k):
            k += 1
        return k if k > end + 1 and self._name_follows(doc, k) else end

    def _construct_noun(self, doc: Doc, k: int) -> bool:
        """An indefinite word that may head a construct inside a title's domain (مجلس، هيئة), not a name's."""
        norm, lex = self.norms[k], self.lexicon
        return not (
            norm.startswith(DOMAIN_STARTS) or self._written_preposition(doc[k]) or lex.has(_GIVEN_NAME, norm)
            or lex.has(LEX["name-prefix"], norm) or norm in lex.demonyms or len(norm) < 3
        )

    @staticmethod
    def _past_parenthesis(doc: Doc, k: int) -> int:
        """After a short parenthesis that opens at k (an acronym: (يونامي)، (CHP)), or k."""
        if k >= len(doc) or doc[k].text != "(":
            return k
        close = next((c for c in range(k + 1, min(k + 6, len(doc))) if doc[c].text == ")"), None)
        return close + 1 if close is not None else k

    def _name_follows(self, doc: Doc, k: int) -> bool:
        """A personal name (known, or a new one) begins at k, or after a comma and honorifics there."""
        k += 1 if k + 1 < len(doc) and doc[k].text in COMMAS else 0
        while k < len(doc) and self._honorific(k):
            k += self._honorific(k)
        if k >= len(doc):
            return False
        named = self.actors.longest(self.norms, k, [(self.norms[k], 0)])
        if named is not None and named[0] == k + 1 and doc[k].norm_ in self.lexicon.demonyms \
                and self.norms[k - 1].startswith((ARTICLE, "\u0644\u0644")):
            return False  # هيئة الأركان للجيش السوداني: the army's adjective, not a person named السوداني
        if named is not None:
            return self.lexicon.actors[named[1]].kind == KG.Person
        return not self.norms[k].startswith(DOMAIN_STARTS) and self._name_end(doc, k) > k  # والتعاون الدولي: no name

    def _domain_holder(self, doc: Doc, i: int, j: int) -> Span | None:
        """رئيس مجلس النواب، المستشار عقيلة صالح: the office's domain (indefinite words, then a definite one), a
        comma and honorifics or not, then a person the gazetteer knows: that person, with the whole title."""
        for end in range(j + 1, min(j + 3, len(doc))):
            if not doc[end - 1].is_alpha:
                return None
            if not self.norms[end - 1].startswith((ARTICLE, "\u0644\u0644")):  # مجلس النواب، المدير العام للوكالة
                continue
            k = end + (1 if end < len(doc) and doc[end].text in COMMAS else 0)
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
            while j < len(doc) and self._definite(doc, j) and self.norms[j].endswith(NISBA_ENDS):
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
            if doc[k].text in COMMAS and k + 1 < len(doc) and self.norms[k + 1].startswith("\u0648"):
                continue  # الممثل الخاص للأمين العام، ورئيس البعثة: a comma before the second title
            if doc[k].text in COMMAS and k + 1 < len(doc):
                definite = self.norms[k + 1].startswith(ARTICLE)
                found = self.offices.longest(self.norms, k + 1, [(self.norms[k + 1][2:] if definite else self.norms[k + 1],
                                                                  2 if definite else 0)])
                if found is not None and found[1] == LEX.title:
                    return found  # رئيس مجلس السيادة، القائد العام للجيش / وزير الدولة، وزير المحروقات: a second title
                return None
            if not doc[k].is_alpha:
                return None
            if self.norms[k].startswith("\u0648") and len(self.norms[k]) > 3:
                found = self.offices.longest(self.norms, k, [(self.norms[k][1:], 1)])
                return found if found is not None and found[1] == LEX.title else None
            if self.lexicon.has(_GIVEN_NAME, self.norms[k]) or self.lexicon.has(LEX["name-prefix"], self.norms[k]):
                return None  # a name begins: وزير الخارجية أيمن الصفدي نظيره ...
            if k > j and (self.norms[k - 1].startswith(ARTICLE) or k == j + 1) and not self.norms[k].startswith(ARTICLE) \
                    and not self.lexicon.has(LEX.counterpart, self.norms[k]):  # نظيره is someone else
                found = self.offices.longest(self.norms, k, [(self.norms[k], 0)])
                if found is not None and found[1] == LEX.title:
                    return found  # رئيس مجلس السيادة الانتقالي قائد الجيش، محافظ ذمار عضو المكتب السياسي: a second
                    # title right after the first and its domain
        return None

    def _posting_end(self, doc: Doc, j: int) -> int:
        """المبعوث الأممي إلى اليمن هانس غروندبرغ، سفير واشنطن لدى بغداد: where a title's holder is posted (a
        preposition and a state or place) comes between the title and the name; the end of it, or j."""
        if j + 1 >= len(doc):
            return j
        start, readings = j, [(self.norms[j], 0)]
        if self.norms[j].startswith("\u0648"):  # المبعوث الأمريكي إلى لبنان وسوريا: a second place of posting
            readings = [(self.norms[j][1:], 1)]
        elif self.lexicon.has(LEX["posted-to"], self.norms[j]):
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
        end = hit[0]
        return self._posting_end(doc, end) if end < len(doc) and self.norms[end].startswith("\u0648") else end

    def _joined_demonym(self, doc: Doc, i: int) -> tuple[Span, int] | None:
        """وزيرا الخارجية التركي هاكان فيدان والسعودي فيصل بن فرحان: a demonym joined by و before a known person's
        name is that person, the title shared with the one before."""
        norm = self.norms[i]
        if not norm.startswith("\u0648") or norm[1:] not in self.lexicon.demonyms or not norm[1:].startswith(ARTICLE) \
                or i + 1 >= len(doc):
            return None
        named = self.actors.longest(self.norms, i + 1, [(self.norms[i + 1], 0)])
        if named is None or self.lexicon.actors[named[1]].kind != KG.Person:
            return None
        return Span(doc, i, named[0], label=PERSON, kb_id=str(named[1])), 1

    def _titled_name(self, doc: Doc, i: int) -> tuple[Span, int] | None:
        """A name before its title (see _name_before_title), with no proclitic."""
        named = self._name_before_title(doc, i)
        return (named, 0) if named is not None else None

    def _name_before_title(self, doc: Doc, i: int) -> Span | None:
        """أدان إسماعيل بقائي، المتحدث باسم الخارجية الإيرانية: a name of two to four words after a verb or an
        honorific, then a comma and a title, is a new person holding that title (and its state or body)."""
        if not self._name_start(doc, i) or not self._could_be_name(doc[i]) or self.norms[i].startswith(ARTICLE):
            return None
        end, words = i + 1, 1
        while end < len(doc) and words < 4:
            link = self.lexicon.has(LEX["name-link"], self.norms[end]) and end + 1 < len(doc)  # محمد بن عبدالرحمن بن جاسم آل ثاني
            if not self._could_be_name(doc[end + 1 if link else end]):
                break
            end, words = end + (2 if link else 1), words + 1
        if end - i < 2 or end + 1 >= len(doc) or doc[end].text not in ("،", ","):
            return None
        title = end + 1
        while title < len(doc) and self._honorific(title):
            title += self._honorific(title)
        if title >= len(doc):
            return None
        found = self._office(doc, title, strip_proclitics(self.norms[title]))
        if found is not None and found[0].label_ == local_name(KG.Person):
            return None
        if found is not None:
            office_start, office_end, body = found[0].start, found[0].end, URIRef(found[0].kb_id_) if found[0].kb_id_ else None
        else:
            bare = self._bare_title(doc, title)
            if bare is None:
                return None
            office_start, office_end, body = title, *bare
        person = NewActor(KG.Person, doc[i:end].text, body, doc[office_start:office_end].text)
        self._introduce(person, i, end, tuple(self.norms[office_start:office_end]))
        return new_span(doc, i, end, person)

    def _introduce(self, person: NewActor, start: int, end: int, title: tuple[str, ...]) -> None:
        """Remember a new person named at tokens start..end by their surname, their given name (after a rank: الشيخ
        محمد) and their title, so the document can name them again."""
        self.people[self.norms[end - 1]] = person
        self.given[self.norms[start]] = person
        self.roles.append((title, person))

    def _bare_title(self, doc: Doc, i: int) -> tuple[int, URIRef | None] | None:
        """وزيرة الانتقال الطاقي والتنمية المستدامة (في المغرب)، after a name and a comma: a title that names no
        body, its domain, and the state it serves in where one follows; closed by punctuation. (end, state)"""
        found = self.offices.longest(self.norms, i, [(self.norms[i], 0)])
        if found is None or found[1] != LEX.title:
            return None
        end, state = self._domain_end(doc, found[0]), None
        if end + 1 < len(doc) and self.lexicon.has(LEX["posted-to"], self.norms[end]):
            hit = self.actors.longest(self.norms, end + 1, [(self.norms[end + 1], 0)])
            if hit is not None and self.lexicon.actors[hit[1]].kind == KG.State:
                end, state = hit[0], hit[1]
        return (end, state) if end - i >= 2 and end < len(doc) and doc[end].is_punct else None

    def _honorific(self, j: int) -> int:
        """The length of a rank or honorific at token j (الشيخ، الفريق أول، الفريق أول ركن), or 0."""
        for length in range(self.lexicon.max_len(LEX.honorific), 0, -1):
            if j + length <= len(self.norms) and self.lexicon.has(LEX.honorific, *self.norms[j : j + length]):
                return length
        return 0

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
        if j < len(doc) and self._written_preposition(doc[j]):
            return j  # حث الرئيس على ...: على folds to the name علي, but is the preposition as written
        compound = j + 1 < len(doc) and lex.has(LEX["name-prefix"], doc[j].norm_)
        if compound or (j < len(doc) and lex.has(_GIVEN_NAME, doc[j].norm_)):
            given = j + 2 if compound else j + 1  # عبد الله، أبو بكر
            end = given + 1 if given + 1 < len(doc) and lex.has(LEX["name-link"], doc[given].norm_) else given
            rank = end < len(doc) and lex.has(LEX.honorific, doc[end].norm_) and len(doc[end].norm_) > 4 and not (
                end + 1 < len(doc) and self._could_be_name(doc[end + 1]))  # علي العماد: a rank's word as a surname
            if end < len(doc) and (self._could_be_name(doc[end]) or rank) and not _prepositional(doc[end]):
                family = end + 1  # فيصل بن فرحان، تميم آل ثاني، محمد الباعور
                known = self.lexicon.actor_forms.get((self.norms[family],)) if family < len(doc) else None
                surname = family < len(doc) and (self._could_be_name(doc[family]) or (
                    known is not None and self.lexicon.actors[known].kind not in (KG.State, *PLACES)))  # not ... السعودية
                if surname and self._body_at(family):
                    surname = False  # المتحدث باسم الاتحاد ... الاحتلال الإسرائيلي إلى: the body after the name is its object
                if surname and not _prepositional(doc[family]) and (
                    family + 1 == len(doc) or not self._could_be_name(doc[family + 1])
                ):
                    return family + 1  # أسعد حسن الشيباني: a father's name between
                return family
            return given
        end = j
        if j < len(doc) and self.norms[j].startswith(ARTICLE):
            return j  # a first name has no article: القيادة المركزية is a body, not a person
        if tuple(self.norms[j : j + 2]) in lex.cue_forms:
            return j  # أعلن الرئيس اليمني حالة الطوارئ: a cue of two words, not a name
        while end < len(doc) and end - j < 3 and self._could_be_name(doc[end]) and not (end > j and self._body_at(end)) \
                and not self.lexicon.has(LEX.adverb, *self.norms[end : end + 2]):
            end += 1  # (أنور العنوني الاحتلال الإسرائيلي: a name, then the body the verb takes; الوزير مرة أخرى: an adverb)
        closed = end == len(doc) or doc[end].is_punct or not self._could_be_name(doc[end]) or self._body_at(end)
        return end if end - j >= 2 and closed else j

    def _body_at(self, k: int) -> bool:
        """A known actor other than a person begins at token k (الاحتلال الإسرائيلي): no part of a name."""
        body = self.actors.longest(self.norms, k, [(self.norms[k], 0)])
        return body is not None and self.lexicon.actors[body[1]].kind != KG.Person

    def _written_preposition(self, token: Token) -> bool:
        """على, إلى as written (they fold to the name علي and to الي, which looks definite): a preposition."""
        return normalize(token.text, fold=False) in self.lexicon.written[LEX["issue-preposition"]]

    def _could_be_name(self, token: Token) -> bool:
        if "\u064b" in token.text:  # اجتماعاً: the accusative's tanwin marks a common noun
            return False
        norm = token.norm_
        if self.lexicon.has(_GIVEN_NAME, norm) and not self._written_preposition(token):
            return True  # محمود علي يوسف: the name علي, written with ي, is no preposition على
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
        if norm.startswith("\u0648") and norm.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")) and len(norm) > 5:
            return False  # رئيس الجمهورية وجهازه: a noun joined by و with its pronoun (وجيه is a name)
        if norm.startswith(ARTICLE) and norm.endswith("\u0627\u062a") and len(norm) > 5:
            return False  # جودت يلماز الغارات: a definite plural (الغارات، الهجمات) is the verb's object, no surname
        if norm.startswith("\u064a") and norm.endswith("\u0648\u0646") and len(norm) > 4:
            return False  # يُقتلون، يبحثون: an imperfect verb of a plural subject
        if norm[:1] in ("\u0644", "\u0628") and norm.endswith(("\u0647", "\u0647\u0627")) and len(norm) > 5:
            return False  # لتكليفه، بقراره: a governed noun with its pronoun
        lex = self.lexicon
        if any(form in self.function_words for form, _ in strip_proclitics(norm)):
            return False  # a function word of any set but the given names
        if (norm,) in lex.cue_forms or (norm,) in lex.actor_forms or norm in lex.demonyms:
            return False
        return not any((form,) in lex.cue_forms for form in word_variants(norm))

    def _role_holder(self, doc: Doc, i: int, j: int) -> tuple[Span, int] | None:
        """المتحدث باسم الخارجية alone, after إسماعيل بقائي، المتحدث باسم الخارجية الإيرانية: the person the
        document gave that title (its words begin the role they were introduced with, or its second title:
        قائد الجيش after رئيس مجلس السيادة وقائد الجيش)."""
        words = tuple(self.norms[i:j])
        if i > 0 and self.lexicon.has(LEX.title, self.norms[i - 1]):
            return None  # نائب رئيس المجلس: the deputy of the one the document named, not them
        if len(words) == 1 and words[0].startswith(ARTICLE) and self.roles and self._name_start(doc, i):
            # وزير العدل عادل نصار ... وأوضح الوزير، ماريا زاخاروفا ... بيسكوف ... رأت المتحدثة: the last person
            # introduced with that title word (its gender too), as a subject
            person = next((p for role, p in reversed(self.roles) if _bare(role[:1]) == _bare(words)), None)
            if person is not None:
                return (Span(doc, i, j, label=PERSON, kb_id=person) if isinstance(person, str)
                        else new_span(doc, i, j, person)), 0
        for role, person in reversed(self.roles):
            titles = [role] + [(role[k][1:], *role[k + 1 :]) for k in range(1, len(role)) if role[k][:1] == "\u0648"]
            if len(words) > 1 and any(_bare(title[: len(words)]) == _bare(words) for title in titles):  # or its second
                if isinstance(person, str):
                    return Span(doc, i, j, label=PERSON, kb_id=person), 0
                return new_span(doc, i, j, person), 0
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
            or doc[before.end].text not in COMMAS
            or span.label_ == PERSON
            or not self.offices.longest(self.norms, span.start, strip_proclitics(self.norms[span.start]))
        ):
            return
        self.roles.append((tuple(self.norms[span.start : span.end]), before.kb_id_))

    def _appositive_title(self, doc: Doc, person: Span) -> None:
        """بدر عبد العاطي، وزير الخارجية والهجرة: a known person's title in apposition that names no state or body
        (so makes no mention of its own) names them again later (وشدد وزير الخارجية)."""
        k = person.end + 1
        if person.label_ != PERSON or not person.kb_id_ or k >= len(doc) or doc[person.end].text not in COMMAS:
            return
        found = self.offices.longest(self.norms, k, strip_proclitics(self.norms[k])[:1])
        if found is not None:
            self.roles.append((tuple(self.norms[k : found[0]]), person.kb_id_))
