"""Where a cue's issue begins and ends, and how a list splits into issues."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span

from ..nlp.components import PERSON
from ..normalize import (
    is_verbal_noun,
    strip_proclitics,
)
from ..ontology import Issue, Lexicon, phrase
from ..vocab import KG, LEX
from .sentence import (
    ARTICLE,
    BARE_PRONOUNS,
    COMMAS,
    CONJUNCTION,
    DASHES,
    MAX_ISSUE_TOKENS,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    REPORTING_VERB,
    SHORT_ISSUE,
    Sentence,
    is_function_word,
    pronounless_forms,
    without_pronoun,
)
from .stage import Stage
from .statement import Holder

MAX_LIST_ASIDE = 30  # tokens of an aside that lists whom the subject includes (، من بينها السعودية وروسيا ...،)


class Issues(Stage):
    """Where a cue's issue begins and ends, and how a list splits into issues."""

    def issue_start(self, s: Sentence, i: int) -> int:
        """Skip adverbs, an aside (، بحسب مسؤولين،) and the particles that introduce the issue."""
        skipped_particles = 0
        while i < s.span.end:
            if s.doc[i].is_punct and i + 1 < s.span.end and s.phrase_at(i + 1, LEX.hedge):
                close = next((k for k in range(i + 2, min(i + 8, s.span.end)) if s.doc[k].is_punct), None)
                if close is not None:
                    i = close + 1
                    continue
            opened = i + 1 if s.texts[i] in COMMAS else i  # at the aside's comma or right after it
            if (opened > i or (i > s.span.start and s.texts[i - 1] in COMMAS)) and opened < s.span.end \
                    and s.phrase_at(opened, LEX.inclusion):
                close = next((k for k in range(opened + 1, min(opened + MAX_LIST_ASIDE, s.span.end)) if s.punct[k]),
                             None)
                if close is not None and s.texts[close] in COMMAS:
                    i = close + 1  # قررت ثماني دول، من بينها السعودية وروسيا، رفع الإنتاج: whom the subject includes
                    continue
            timed = s.phrase_at(i + 1, LEX["time-word"]) if s.texts[i] in COMMAS and i + 1 < s.span.end else 0
            if timed and i + 1 + timed < s.span.end and s.texts[i + 1 + timed] in COMMAS:
                i += timed + 2  # في بيان أصدرته، مساء يوم الأربعاء، بأشد العبارات: when it was said, between commas
                continue
            adverb = s.phrase_at(i, LEX.adverb)
            if adverb and self.channel_aside(s, i) <= adverb:  # not في بيان أصدرته: the longer channel aside
                i += adverb + self.closing_comma(s, i + adverb)  # دانت بأشد العبارات، قصف ...
                continue
            if s.texts[i] in QUOTE_OPENERS:  # دعا إلى "الانسحاب ...": the quoted words are the issue
                i += 1
                continue
            channel = self.channel_aside(s, i)
            if channel:
                i += channel  # استنكر الحزب من خلال بلاغه زيارة ...: the channel is no part of the issue
                i += self.closing_comma(s, i)  # في بيان على موقعها على فيسبوك، مشروع القرار
                continue
            if s.phrase_at(i, LEX["in-it"]):
                i += 1  # أصدر بيانا أدان فيه التهجم: "in it" points back to the statement
                continue
            so_called = s.phrase_at(i, LEX["so-called"])
            if so_called and i + so_called < s.span.end and s.norms[i + so_called].startswith("\u0628"):
                # أدان ما وصفه بـ"الجرائم"، ما يسمى بالقانون: what he called crimes
                i += so_called
                continue
            particle = s.phrase_at(i, LEX["issue-preposition"]) or s.phrase_at(i, LEX.complementizer)
            if particle and skipped_particles < 2:
                i, skipped_particles = i + particle, skipped_particles + 1
                continue
            return i
        return i

    def channel_aside(self, s: Sentence, i: int) -> int:
        """The length of a channel aside at token i (من خلال بلاغه، عبر تغريدة له، في كلمة رسمية), or 0."""
        k = i + s.phrase_at(i, LEX["channel-preposition"])
        if k == i or k >= s.span.end:
            return 0
        owned = pronounless_forms(s, k)  # بلاغه، تغريدتها
        if not any(s.lex.has(LEX["channel-noun"], form) for form in [s.norms[k], *owned]):
            return 0
        k += 1
        if k < s.span.end and ((s.norms[k][:1] == "\u0644" and s.norms[k][1:] in BARE_PRONOUNS) or (
                len(s.norms[k]) > 3 and s.lex.has(LEX["statement-qualifier"], s.norms[k]))):
            k += 1  # في كلمة له، عبر بيان رسمي
        elif k < s.span.end and s.norms[k].startswith(ARTICLE) and not owned:
            return 0  # في حديث الوزير: a genitive makes the aside longer than we can tell
        owned_site = False
        while k + 1 < s.span.end and s.phrase_at(k, LEX["issue-preposition"]) == 1:
            where = k + 1  # عبر حسابها على منصة X، في بيان على موقعها على فيسبوك: where it was posted
            if s.lex.has(LEX["channel-noun"], s.norms[where]):
                k, owned_site = self.site_name_end(s, where + 1), False  # منصة "إكس": the platform's name
            elif any(s.lex.has(LEX["channel-noun"], form) for form in pronounless_forms(s, where)):
                k, owned_site = where + 1, True  # على موقعها (الرسمي)
                while k < s.span.end and len(s.norms[k]) > 3 and s.lex.has(LEX["statement-qualifier"], s.norms[k]):
                    k += 1
            elif owned_site and where + 1 < s.span.end and (
                    s.doc[where + 1].is_punct or s.phrase_at(where + 1, LEX["time-word"])):
                k = where + 1  # على موقعها على فيسبوك، : the platform the site is on, closed by the aside's end
                break
            else:
                break
        return k - i

    @staticmethod
    def closing_comma(s: Sentence, i: int) -> int:
        """1 where token i is the comma that closes an adverb or a channel aside (a word follows, and no time phrase
        between commas, which issue_start passes over itself), else 0. Not before و and a definite word: بتوخي
        الحذر المتزايد، والحفاظ على ...: the next item of a list, not what the adverb's cue was about."""
        return int(i + 1 < s.span.end and s.texts[i] in COMMAS and not s.punct[i + 1]
                   and not s.phrase_at(i + 1, LEX["time-word"])
                   and not (s.norms[i + 1].startswith(CONJUNCTION + "ال") and i + 1 not in s.cue_at
                            and not s.phrase_at(i + 1, LEX.adverb)))  # والتزامها، والحازم: a cue, an adverb

    @staticmethod
    def site_name_end(s: Sentence, k: int) -> int:
        """After a platform noun, the end of its name at token k: a quoted name, or one word."""
        if k < s.span.end and s.texts[k] in QUOTE_MARKS:
            close = next((j for j in range(k + 1, min(k + 5, s.span.end)) if s.texts[j] in QUOTE_MARKS), None)
            return close + 1 if close is not None else k
        return min(k + 1, s.span.end)

    def issue_end(self, s: Sentence, start: int) -> int:
        end = self.phrase_end(s, start, start)
        relative = s.phrase_at(end, LEX["relative-pronoun"]) if end < s.span.end else 0
        if relative and (end - start <= SHORT_ISSUE or s.phrase_at(start, LEX["manner-noun"])):
            # الطريقة التي تدار بها المساعدات، القرار الذي اتخذته واشنطن بشأن تصنيف ...: the clause says which
            end = self.phrase_end(s, end + relative, start)
        end = self.included_end(s, end)
        end = self.content_end(s, end, start)
        while end > start and is_function_word(s, end - 1):
            end -= 1
        return end

    def included_end(self, s: Sentence, end: int) -> int:
        """الخطوات التي تتخذها الدولة، وفي مقدمتها ملف حصر السلاح: what it includes, named after a comma, goes on
        its issue; the end of it, or end."""
        k = end + 1
        length = self.inclusion_at(s, k) if k < s.span.end and s.texts[end] in COMMAS else 0
        if not length:
            return end
        more = self.phrase_end(s, k + length, k + length)
        return more if more > k + length else end

    def inclusion_at(self, s: Sentence, k: int) -> int:
        """The length of a phrase at k that names what an issue includes (بما فيها، لا سيما), or 0; also where what
        follows it says when or where (لا سيما بعد مرور ثلاثة أيام، لا سيما في ظل التصعيد)."""
        length = s.phrase_at(k, LEX.inclusion)
        after = k + length
        if not length or after >= s.span.end or after in s.mention_start or any(
            s.phrase_at(after, ws) for ws in (LEX["circumstance-preposition"], LEX["time-word"], LEX.conditional,
                                              LEX.locative, LEX.accompaniment)
        ) or s.lex.has(
            LEX.complementizer, without_pronoun(s, after, s.norms[after], min_stem=2) or s.norms[after]
        ):
            return 0  # not ...، لا سيما أنه / الأسبوع الماضي / إذا: why or when; nor وفي مقدمتها السعودية: who
        return length

    def content_end(self, s: Sentence, end: int, start: int) -> int:
        """مشروعي قانونين، أحدهما يقضي بضم الضفة / قرارا ينص على خطة: what the text provides goes on its issue
        (after a comma, a relative or أحدهما); the end of it, or end."""
        k = end + (1 if end < s.span.end and s.texts[end] in COMMAS else 0)
        k += s.phrase_at(k, LEX["relative-pronoun"]) or s.phrase_at(k, LEX["one-of"]) if k < s.span.end else 0
        if k >= s.span.end or not s.phrase_at(k, LEX["content-verb"]):
            return end
        return self.phrase_end(s, k + 1, k)

    def phrase_end(self, s: Sentence, end: int, start: int) -> int:
        """Where a phrase begun at start and read up to end stops: a clause boundary, punctuation, or a
        coordinated verb of stance (تؤيد العودة إلى الاتفاق وتعارض فرض عقوبات: two issues), or a copula, unless
        the phrase is a clause after أن (حذر من أن الضغط يعد ربحا لإسرائيل)."""
        clause = (start > s.span.start and s.phrase_ending(start - 1, LEX.complementizer) > 0) or (
            start < s.span.end and (s.phrase_at(start, LEX["subject-pronoun"]) or s.phrase_at(start, LEX.complementizer))
        )
        skipped = 0  # the words of an apposed name, which do not count towards the phrase's length
        while end < s.span.end and end - start - skipped < MAX_ISSUE_TOKENS:
            quote = s.texts[end] in QUOTE_MARKS  # بشأن "تصنيف الجماعة": quoted words go on the phrase
            if end != start and s.texts[end] == "(":  # محاولات الكنيست (البرلمان) لضم الضفة: a gloss in brackets
                close = next((k for k in range(end + 1, min(end + 5, s.span.end)) if s.texts[k] == ")"), None)
                if close is not None and close + 1 < s.span.end and not s.punct[close + 1]:
                    end = close + 1
                    continue
            if s.texts[end] in DASHES and start < end < s.span.end - 1 and s.norms[end - 1] in s.lex.demonyms \
                    and s.norms[end + 1] in s.lex.demonyms:
                end += 1  # الوساطة المصرية-القطرية: two nisbas joined by a dash
                continue
            apposed = self.apposed_name_end(s, end) if end != start else 0
            if apposed:
                skipped += apposed - end
                end = apposed  # بإعلان الرئيس الأميركي، دونالد ترامب، حول التوصل إلى اتفاق: the name, then what about
                continue
            if end != start and end in s.boundary and not quote:
                break
            if (s.punct[end] and not quote) or s.space[end] or (end != start and self.holders.coordinated_verb(s, end)):
                break
            if end != start and end in s.cue_at and self.holders.goes_on(s, s.cue_at[end]):
                break  # رفضت الخطة الرامية إلى التهجير مؤكدة دعمها: a participle goes on for the clause's subject
            if end != start and s.norms[end][:1] == CONJUNCTION and s.phrase_at(end, REPORTING_VERB) \
                    and not s.phrase_at(end, LEX.between):  # وبين: "and between", not بيّن (explained)
                break  # أهاب بالمجتمع الدولي الضغط على إسرائيل وقال "...": a verb of saying joined by و says more
            if end != start and end + 1 in s.cue_at and s.norms[end][:1] == CONJUNCTION and (
                s.lex.has(LEX.negation, s.norms[end][1:])
            ):
                break  # احترامه لاستقلال السودان وعدم اعترافه بأية محاولة: a second, negated stance
            if end != start and not clause and (
                s.phrase_at(end, LEX["light-verb"]) or self.evaluative_verb(s, end) or s.phrase_at(end, LEX["verb-negation"])
            ):
                break  # اعتراف إسرائيل بالإقليم يعد خطوة عدوانية / يمس الأمن / لن تتوقف: the predicate begins
            end += 1
        return end

    def apposed_name_end(self, s: Sentence, comma: int) -> int:
        """After a title, a name between commas and then what the title's call or request is about (حول، بشأن، إلى،
        or a verbal noun: بطلب الرئيس، رشاد العليمي، عقد مؤتمر): where the words after the second comma begin, else 0."""
        if s.texts[comma] not in COMMAS or comma + 1 >= s.span.end:
            return 0
        name = next((m for m in s.mention_start.values() if m.start <= comma + 1 < m.end), None)
        if name is None or name.label_ != PERSON or name.end + 1 >= s.span.end or s.texts[name.end] not in COMMAS:
            return 0
        after = name.end + 1
        if not (s.phrase_at(after, LEX["topic-preposition"]) or s.phrase_at(after, LEX["issue-preposition"])
                or (s.norms[after][:1] != CONJUNCTION and self.verbal_noun(s, after))):
            return 0
        titled = name.start < comma or any(s.phrase_at(k, LEX.title) for k in range(max(s.span.start, comma - 4), comma))
        aside = any(s.phrase_at(k, LEX["circumstance-preposition"]) for k in range(max(s.span.start, comma - 6), comma))
        return name.end + 1 if titled and not aside else 0  # not خلال اتصال مع الرئيس الفرنسي، ماكرون، بشأن

    def manner_after(self, s: Sentence, i: int) -> bool:
        """دون تأخير، دون شروط مسبقة: the words after the without-phrase at i say how, not what."""
        k = i + s.phrase_at(i, LEX.without)
        while k < s.span.end and s.phrase_at(k, LEX.any):
            k += s.phrase_at(k, LEX.any)
        return k >= s.span.end or any(s.lex.has(LEX["without-manner"], f) for f, _ in strip_proclitics(s.norms[k]))

    def evaluative_verb(self, s: Sentence, i: int) -> bool:
        cue = s.cue_at.get(i)
        return cue is not None and self.lex.cues[URIRef(cue.kb_id_)].kind == KG.EvaluativeVerbCue

    def listed(self, s: Sentence, end: int, clauses: bool) -> list[tuple[int, int]]:
        """...، ومحاسبة مرتكبيها، والعمل على حماية المدنيين / ...، وأن تتم عبر ملكية وطنية: after a comma, a
        verbal noun, or a clause of أن where the first issue was one too, joined by و goes on the list of what the
        cue asks for (or rejects); each is an issue of its own."""
        pieces = []
        while end + 1 < s.span.end and s.texts[end] in COMMAS | QUOTE_MARKS:
            nxt = end + 1
            while nxt < s.span.end and s.texts[nxt] in QUOTE_MARKS | COMMAS:
                nxt += 1
            if (
                nxt >= s.span.end
                or not s.norms[nxt].startswith(CONJUNCTION)
                or (nxt in s.cue_at and self.lex.cues[URIRef(s.cue_at[nxt].kb_id_)].kind == KG.VerbCue
                    and not self.refrain_end(s, nxt))
            ):
                break
            clause = s.phrase_at(nxt, LEX.complementizer) if clauses else 0
            if not (clause or self.verbal_noun(s, nxt) or self.simple_verbal_noun(s, nxt)):
                break
            start = nxt + clause  # وأن تتم ...: the clause after أن
            if clause and (start in s.mention_start or (s.norms[start].startswith("ال") and start + 1 in s.cue_at)):
                break  # وأن أنقرة تخشى، وأن الحكومة تعمل على ...: a clause with its own subject says its own statement
            end = self.issue_end(s, start)
            if end <= start or (clause and any(
                k in s.cue_at and self.lex.cues[URIRef(s.cue_at[k].kb_id_)].kind in (KG.EvaluativeCue, KG.EvaluativeVerbCue)
                for k in range(start, end + 1)
            )):
                break  # وأن أي مواقف تخالف ذلك: a clause with an evaluation of its own says its own statement
            pieces.append((start, end))
        return pieces

    def refrain_end(self, s: Sentence, k: int) -> int:
        """والامتناع (الكامل) عن: where what one is asked to refrain from begins, after عن (0 where k opens no
        refraining): a call to refrain from X opposes X."""
        word = s.norms[k].removeprefix(CONJUNCTION)
        particles = {form[-1] for form in s.lex.words.get(LEX.refrain, ()) if form[0] == word and len(form) > 1}
        return next((j + 1 for j in range(k + 1, min(k + 4, s.span.end)) if s.norms[j] in particles), 0)

    def conjoined(self, s: Sentence, start: int, end: int) -> list[tuple[int, int]]:
        """وقف إطلاق النار وإدخال المساعدات: an issue that opens with an act, and another act joined to it by و or
        أو (an indefinite verbal noun in construct, not a noun the first act takes: تعزيز الأمن والاستقرار) is two
        issues; the pieces, in order."""
        head = start + s.phrase_at(start, LEX.any) if start + 1 < end else start  # أي تهجير: the act after أي
        if not (self.verbal_noun(s, head) or self.simple_verbal_noun(s, head)) or any(
                s.lex.has(LEX["concept-inverter"], form.removeprefix(ARTICLE)) for form, _ in strip_proclitics(s.norms[head])):
            return [(start, end)]  # منع التهريب وتجنيد الأطفال: what is stopped or fought is its object, not an act wanted
        first = s.norms[start]
        first_definite = first.startswith("\u0644\u0644") or any(first[c:].startswith(ARTICLE) for c in (0, 1, 2))
        for k in range(start + 2, end - 1):
            if s.phrase_at(k, LEX["between"]) or s.texts[k] in COMMAS:
                break  # بين X وY: one relation between two
            if k > head + 1 and s.phrase_at(k, LEX["list-disjunction"]) and self.verbal_noun(s, k + 1) and k + 2 < end \
                    and not s.norms[k + 1].startswith(ARTICLE) and not s.norms[k + 1].endswith("\u0627\u062a") \
                    and k + 1 not in s.mention_start and s.norms[k + 2].startswith((ARTICLE, "\u0644\u0644")):
                # each act with its own object (نقل السلاح، توطين للاجئين): not a plural noun (أو إدارات), nor two
                # acts sharing one (أي نقل أو تخزين للأسلحة)
                return [(start, k), *self.conjoined(s, k + 1, end)]  # أي تهجير للسكان أو توطين لهم: each act
            word = s.norms[k][1:]  # وإدخال: the و, then the verbal noun itself (not وقف، وضع, whose و is their own)
            if word.startswith(ARTICLE):  # الاستقرار في سوريا والحفاظ على: a definite act after a definite one, with
                if not (first_definite and s.phrase_at(k + 1, LEX["act-preposition"])):  # its own preposition after it
                    continue
                word = word[len(ARTICLE):]
            if head == start and s.norms[k].startswith(CONJUNCTION) and k not in s.mention_start and s.doc[k + 1].is_alpha \
                    and (is_verbal_noun(word) or s.lex.has(LEX["first-form-verbal-noun"], word)):
                return [(start, k), *self.conjoined(s, k, end)]
        return [(start, end)]

    def simple_verbal_noun(self, s: Sentence, i: int) -> bool:
        """وعودة النازحين، ووقف الهجمات: the first form's verbal noun (three letters, or three and ة), in
        construct (indefinite) with the noun after it, not a name."""
        word = s.norms[i][1:] if s.norms[i].startswith(CONJUNCTION) else s.norms[i]
        return (
            i not in s.mention_start
            and i not in s.cue_at
            and not any(s.phrase_at(i, ws) for ws in (LEX["reporting-verb"], LEX["opinion-verb"], LEX["express-verb"]))
            and i + 1 < s.span.end
            and s.norms[i + 1].startswith("ال")
            and (len(word) == 3 or (len(word) == 4 and word.endswith("ه")))
        )

    def verbal_noun(self, s: Sentence, i: int) -> bool:
        """A derived verbal noun (تعزيز، إعادة), or a first-form one of the lexicon (وفتح ممرات، وضمان وصول)."""
        return any(
            is_verbal_noun(stem) or s.lex.has(LEX["first-form-verbal-noun"], stem)
            for form, _ in strip_proclitics(s.doc[i].norm_)
            for stem in (form, form[2:]) if stem == form or form.startswith("ال")
        )  # (إلزام is الزام normalised: the form itself too, not only without ال)

    def manner_object(self, s: Sentence, cue: Span, holders: list[Holder]) -> tuple[int, int]:
        """طهران تراقب التطورات بقلق: the object of the verb before the manner phrase is the issue."""
        mentions = [m for _, m, _ in holders if m is not None and m.end <= cue.start]
        if not mentions:
            return cue.end, cue.end
        subject = mentions[-1]
        clause_first = subject.start == s.span.start or subject.start - 1 in s.boundary
        return subject.end + (1 if clause_first else 0), cue.start  # skip the verb after a fronted subject


def known_issue(issue_text: str, lex: Lexicon) -> Issue | None:
    """The SKOS issue whose label begins the phrase, if any.

    Only at the start: in احتواء النفوذ الإيراني the issue is the containment, not the influence.
    """
    words = phrase(issue_text)
    best: tuple[int, URIRef] | None = None  # the longest label, then the first IRI
    for first, _ in strip_proclitics(words[0]) if words else ():
        for form, iri in lex.issues_by_first_word.get(first, ()):
            if len(words) >= len(form) and words[1 : len(form)] == form[1:]:
                key = (-len(form), iri)
                if best is None or key < best:
                    best = key
    return lex.issues[best[1]] if best else None
