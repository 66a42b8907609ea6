"""Bodies the text names: a statement's issuer, a body noun before a known name, a new party or union, and a
body named without its state's adjective (a mixin of the mention finder, which holds the tables it reads)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Doc, Span

from ..normalize import strip_proclitics
from ..ontology import PLACES
from ..vocab import KG, LEX
from .components import ARTICLE, OWN_COUNTRY, PAIR, QUOTE_CLOSERS, REPORT, NewActor, local_name
from .titles import COMMAS, NAME_QUOTES, NISBA_ENDS, new_span

_ISSUER_REACH = 6  # tokens between an actor and the statement it issued (قالت الوزارة، اليوم، في بيان)
_BODY_KINDS = (KG.NonGovernmentalOrganisation, KG.ThinkTank, KG.MediaOutlet, KG.PoliticalFaction, KG.ArmedGroup,
               KG.InternationalOrganisation, KG.GovernmentBody)


class Bodies:
    """The body-naming half of the mention finder: its methods read the finder's tables and document state."""

    def _issued_statement(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """البيان الختامي للقمة العربية، بيان صادر عن وزارة الخارجية: a statement speaks for whoever issued it;
        later the bare البيان where a subject stands (وأدان البيان، كما دعا البيان) is that issuer again."""
        clitic = next((c for form, c in readings if (form,) in self.issued_nouns), None)
        if clitic is None:
            return None
        j = i + 1
        while j < len(doc) and self.lexicon.has(LEX["statement-qualifier"], self.norms[j]):
            j += 1
        definite = self.norms[i][clitic:].startswith(ARTICLE)
        linked = j > i + 1 and self.lexicon.has(LEX["issue-preposition"], self.norms[j - 1])  # الصادر عن، من
        if j < len(doc):
            # البيان الختامي للقمة، البيان الصادر عن الوزارة, not وطالب البيان الأمين العام: a definite noun
            # takes no genitive, only ل or a preposition after it
            bare = ("",) if not definite or linked else ()
            own = tuple((form, c) for form, c in strip_proclitics(self.norms[j]) if self.norms[j][:c] in (*bare, "ل", "لل"))
            found = self._mention(doc, j, own) if own else None
            if found is not None and found[0].label_ not in (REPORT, OWN_COUNTRY, PAIR) \
                    and (not found[0].kb_id_ or self.lexicon.actors[URIRef(found[0].kb_id_)].kind not in PLACES):
                issuer = found[0]
                span = Span(doc, i, issuer.end, label=issuer.label_, kb_id=issuer.kb_id_)
                span._.new_actor = issuer._.new_actor
                self.issuer = span
                return span, clitic
        if not definite and self.lexicon.has(LEX["statement-noun"], self.norms[i][clitic:]):
            self._issued_by_subject(doc, i)  # في بيان, not تقرير المصير
        subject_place = i == 0 or doc[i].is_sent_start or self._name_start(doc, i)
        if self.issuer is None or clitic or not self.norms[i].startswith(ARTICLE) or not subject_place:
            return None
        span = Span(doc, i, i + 1, label=self.issuer.label_, kb_id=self.issuer.kb_id_)
        span._.new_actor = self.issuer._.new_actor
        return span, 0

    def _issued_by_subject(self, doc: Doc, i: int) -> None:
        """قالت قوات الدعم السريع في بيان رسمي ...: a statement named shortly after an actor of its sentence, with
        no issuer of its own, is that actor's (and the bare البيان later is that actor)."""
        last = self.spans[-1] if self.spans else None
        if last is None or i - last.end > _ISSUER_REACH or last.label_ in (REPORT, OWN_COUNTRY, PAIR) \
                or any(doc[k].is_sent_start for k in range(last.end, i + 1)) \
                or (last.kb_id_ and self.lexicon.actors[URIRef(last.kb_id_)].kind in PLACES):
            return
        if last.start > 0 and not doc[last.start].is_sent_start \
                and self.lexicon.has(LEX["issue-preposition"], self.norms[last.start - 1]):
            return  # ... عن الحكومة في بيان: whom it was about
        if self.lexicon.has(LEX["relay-preposition"], self.norms[i - 1]):
            return  # نقلت رويترز عن بيان: the agency relays it
        if len(self.spans) > 1 and not any(doc[k].is_sent_start for k in range(self.spans[-2].start, last.start + 1)):
            return  # هاجم الجيش قوات الدعم السريع في بيان: only the sentence's one actor, its subject, issues it
        self.issuer = last

    def _named_body(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """منظمة هيومن رايتس ووتش: a body noun before a known body's name is part of it. تحالف الفتح،
        حزب الدعوة الإسلامية، ائتلاف دولة القانون: a party noun before a name of one or two words ending in a
        definite one is a new political faction (a bare or indefinite تحالف دولي is too vague)."""
        clitic = next((c for form, c in readings if (form,) in self.body_nouns), None)
        if clitic is None or i + 1 >= len(doc):
            return None
        quoted = doc[i + 1].text in NAME_QUOTES and i + 2 < len(doc)  # حركة "حماس"
        name = i + 2 if quoted else i + 1
        hit = self.actors.longest(self.norms, name, ((self.norms[name], 0),))
        if hit is None and quoted:  # حركة "فتح": the noun and the quoted word are the name (فتح alone is a verb)
            iri = next((self.lexicon.actor_forms[(form, self.norms[name])] for form, _ in readings
                        if (form, self.norms[name]) in self.lexicon.actor_forms), None)
            hit = (name + 1, iri, 0) if iri is not None else None
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
        if self.norms[i][:clitic].endswith(ARTICLE) or self.norms[i][clitic:].startswith(ARTICLE):
            if not (self._definite(doc, first) and self.norms[first].endswith(NISBA_ENDS)):
                return None  # واستنكر الحزب الحملة: the noun with its article names the party before, no new one
            end = second  # الحزب الشيوعي
        elif self._definite(doc, first):  # تحالف الفتح؛ حزب الدعوة الإسلامية: a nisba adjective belongs to the name
            end = second
            if second < len(doc) and self.norms[second][:1] == "\u0648" and self._definite_word(self.norms[second][1:]):
                end += 1  # حزب العدالة والتنمية: two nouns joined by و
            end += 1 if self._definite(doc, end) and self.norms[end].endswith(NISBA_ENDS) else 0
        elif doc[first].is_alpha and self._definite(doc, second) and not self.norms[i][:clitic].endswith(ARTICLE):
            # ائتلاف دولة القانون: a name in construct (الحزب يرفض الخطة: with the article, no construct)
            end = second + 1
        else:
            return None
        article = len(ARTICLE) if self.norms[i][:clitic].endswith(ARTICLE) else 0
        return new_span(doc, i, end, NewActor(KG.PoliticalFaction, doc[i:end].text[clitic - article :])), clitic

    def _organ(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """اللجنة المركزية لحركة فتح، الهيئة التنفيذية المساعدة للمجلس الانتقالي: a party's or body's organ, its
        adjectives, then the body with ل: the body speaks through it."""
        clitic = next((c for form, c in readings if not self.norms[i][:c].endswith(ARTICLE)
                       and self.lexicon.has(LEX["organ-noun"], form)), None)
        if clitic is None:
            return None
        j = named = self._organ_adjectives(doc, i + 1)  # المركزية، التنفيذية، المساعدة
        subordinate = next((k for k in range(j, min(j + 6, len(doc) - 1))
                            if self.lexicon.has(LEX["subordinate-to"], self.norms[k])), None)
        if subordinate is not None and all(doc[k].is_alpha or doc[k].text in COMMAS for k in range(j, subordinate)):
            j = subordinate + 1  # الهيئة الإدارية الجهوية لتونس الكبرى، التابعة لاتحاد الشغل: the body it belongs to
        elif j == i + 1 or j >= len(doc) or not self.norms[j].startswith("\u0644"):
            return None
        hit = self._body_with_lam(j)
        if hit is None and j + 1 < len(doc) and any(self.lexicon.has(LEX["organ-noun"], form) for form, c in
                                                    strip_proclitics(self.norms[j]) if self.norms[j][:c] in ("\u0644", "\u0644\u0644")):
            # الهيئة التنفيذية للقيادة المحلية للمجلس الانتقالي: an organ of an organ of the body
            k = self._organ_adjectives(doc, j + 1)
            hit = self._body_with_lam(k) if k > j + 1 and k < len(doc) else None
        if hit is None:
            return None
        iri = self.lexicon.stands_for.get(hit[0], hit[0])
        span = Span(doc, i, hit[1], label=local_name(self.lexicon.actors[iri].kind), kb_id=str(iri))
        # ... ترفض الهيئة التنفيذية: the organ named again with its adjectives, without its body, is the body
        self.organs[self.norms[i][clitic:]] = (tuple(self.norms[i + 1:named]), span.end, span.label_, span.kb_id_)
        return span, clitic

    def _organ_adjectives(self, doc: Doc, j: int) -> int:
        """The end of up to three definite adjectives after an organ's noun (المركزية، التنفيذية، المساعدة)."""
        start = j
        while j < min(start + 3, len(doc)) and self._definite(doc, j) \
                and self.norms[j].endswith(NISBA_ENDS + ("\u0647",)):
            j += 1
        return j

    def _body_with_lam(self, j: int) -> tuple[URIRef, int] | None:
        """The body named at token j after ل (لحركة فتح، للمجلس الانتقالي), and the end of its name."""
        own = tuple((form, c) for form, c in strip_proclitics(self.norms[j]) if self.norms[j][:c] in ("\u0644", "\u0644\u0644"))
        hit = self.actors.longest(self.norms, j, own) if own else None
        if hit is None or self.lexicon.actors[hit[1]].kind not in _BODY_KINDS:
            return None
        return hit[1], hit[0]

    def _association(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """اتحاد عمال تونس، نقابة الصحفيين التونسيين، جمعية المصارف: a union's or front's noun in construct with a
        name (indefinite words ending in a definite one or a state, and a nisba adjective) is a new organisation;
        before a known actor's name (هيئة الأمم المتحدة) it is no new one."""
        clitic = next((c for form, c in readings if (form,) in self.association_nouns), None)
        if clitic is None or self.norms[i][:clitic].endswith(ARTICLE) or self.norms[i][clitic:].startswith(ARTICLE):
            return None  # الهيئة، الاتحاد: no construct
        j = i + 1
        while j < min(i + 3, len(doc)) and doc[j].is_alpha and not self._definite(doc, j) and self._state_end(j) is None:
            j += 1  # عمال
        if any(self.lexicon.has(ws, self.norms[k]) for k in range(i + 1, min(j + 1, len(doc)))
               for ws in (LEX.complementizer, LEX["relative-pronoun"], LEX["issue-preposition"])):
            return None  # اتحاد أن ...: a clause, no name
        if j < len(doc) and self.actors.longest(self.norms, j, ((self.norms[j], 0),)) is not None:
            state_end = self._state_end(j)
            if state_end is None or j == i + 1:
                return None  # هيئة الأمم المتحدة، هيئة تونس: a known actor's own name
            end = state_end  # اتحاد عمال تونس
        elif j < len(doc) and self._definite(doc, j):
            end = j + 1
            if end < len(doc) and (self.norms[end] in self.lexicon.demonyms
                                   or (self._definite(doc, end) and self.norms[end].endswith(NISBA_ENDS))):
                end += 1  # نقابة الصحفيين التونسيين
        else:
            return None
        return new_span(doc, i, end, NewActor(KG.NonGovernmentalOrganisation, doc[i:end].text[clitic:])), clitic

    def _state_end(self, j: int) -> int | None:
        """The end of a state's name that starts at token j, or None."""
        if j >= len(self.norms):
            return None
        hit = self.actors.longest(self.norms, j, ((self.norms[j], 0),))
        return hit[0] if hit is not None and self.lexicon.actors[hit[1]].kind == KG.State else None

    def _shortened(self, doc: Doc, i: int, readings: tuple[tuple[str, int], ...]) -> tuple[Span, int] | None:
        """المجلس الرئاسي in an article that names Libya is the Libyan Presidential Council: a body's name without
        its state's adjective is the body whose state the document names anywhere (or its dateline), where
        exactly one is."""
        short = self.shortened.longest(self.norms, i, readings)
        if short is None or (short[0] < len(doc) and self.norms[short[0]] in self.lexicon.demonyms) or (
            short[0] + 1 < len(doc) and self.lexicon.has(LEX["posted-to"], self.norms[short[0]])
            and self._state_end(short[0] + 1) is not None
        ):
            return None  # المجلس الرئاسي اليمني، البعثة الأممية في السودان: another state's
        if self.doc_states is None:
            self.doc_states = {URIRef(self.home_state)} if self.home_state else set()
            for norm in self.norms:
                for form, _ in self._readings(norm)[0]:
                    iri = self.actors.entries.get((form,)) or self.lexicon.demonyms.get(form)
                    if iri is not None and self.lexicon.actors[iri].kind == KG.State:
                        self.doc_states.add(iri)
        end, bodies, clitic = short
        named = {iri for iri, state in bodies if state in self.doc_states}
        if len(named) != 1:
            return None
        iri = next(iter(named))
        return Span(doc, i, end, label=local_name(self.lexicon.actors[iri].kind), kb_id=str(iri)), clitic
