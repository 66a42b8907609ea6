"""Coding an issue phrase: which concept it is about, and whether the holder agrees with that concept.

The same issue in other words is one issue. A phrase is read word by word, every word in each of its
readings (proclitics, the article, enclitic pronouns and the accusative alef removed):

1. the heads of the codebook are found, longest first; a head after a purpose marker (لـ + a head, an
   inverter or a light noun; بهدف ...) wins over those before it: the end, not the means;
2. every inverter before the chosen head flips the agreement (احتواء النفوذ: containing influence), as
   does an opposite head (انسحاب: withdrawal is the opposite of presence);
3. the actors the phrase names fill the concept's slots (places stand for their state, a person for the
   body or state they belong to), which makes it specific: "security cooperation: Iraq, Syria";
4. a phrase with no head gets an automatic concept from its first content word and its actors.

support agrees and oppose or concern disagree; a flip turns either round; reserved takes neither.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from ..normalize import is_verbal_noun, normalize, noun_stem, strip_proclitics, word_variants
from ..ontology import Lexicon, load_lexicon
from ..vocab import CONCEPT, KG
from .codebook import Codebook, Head, load_codebook

_WORD = re.compile(r"\w+")
AGREEMENT = {KG.support: 1, KG.oppose: -1, KG.concern: -1, KG.reserved: 0}
AUTOMATIC = CONCEPT["auto/"]


@dataclass(frozen=True)
class Coding:
    """The concept a statement is coded to, its agreement (None for reserved), and why."""

    concept: URIRef
    label_en: str | None
    label_ar: str
    agreement: URIRef | None
    basis: str
    automatic: bool = False
    broader: URIRef | None = None
    about: tuple[URIRef, ...] = ()
    describe: bool = False  # the shipped ontology does not describe it: the document's graph must

    @property
    def agreement_name(self) -> str:
        return self.agreement.fragment if self.agreement is not None else ""


@lru_cache(maxsize=65536)
def readings(word: str) -> frozenset[str]:
    """A normalised word's readings: as written, and with clitics, the article and endings removed."""
    found = {word, *word_variants(word)}
    return frozenset(found | {w[2:] for w in found if w.startswith("ال") and len(w) > 4})


@lru_cache(maxsize=65536)
def name_readings(word: str) -> tuple[str, ...]:
    """A word's readings as the start of a name: as written and without proclitics (بدمشق: دمشق)."""
    return tuple(sorted({rest for rest, _ in strip_proclitics(word)}))


def _match(words: list[str], at: int, form: tuple[str, ...]) -> bool:
    return at + len(form) <= len(words) and all(part in readings(words[at + k]) for k, part in enumerate(form))


def _longest(words: list[str], at: int, table: dict) -> tuple | None:
    """The longest entry of a first-word table (entries longest first) that matches at position at."""
    best = None
    for reading in readings(words[at]):
        for entry in table.get(reading, ()):
            form = entry.words if isinstance(entry, Head) else entry
            if _match(words, at, form) and (best is None or len(form) > len(best[1])):
                best = (entry, form)
                break
    return best


@dataclass(frozen=True)
class _Mention:
    at: int
    actor: URIRef
    size: int = 1


def _actors(words: list[str], lexicon: Lexicon) -> list[_Mention]:
    """The actors a phrase names, in order: names, capitals and seats as their state, demonyms, and persons as
    the body or state they belong to."""
    found: list[_Mention] = []
    names = _names_by_first_word(lexicon)
    at = 0
    while at < len(words):
        hit = None
        for first in name_readings(words[at]):
            for size in names.get(first, ()):
                if at + size <= len(words):
                    iri = lexicon.actor_forms.get((first, *words[at + 1:at + size]))
                    if iri is not None and (hit is None or size > hit[1]):
                        hit = (iri, size)
                        break
        if hit is None:
            state = next((lexicon.demonyms[r] for r in name_readings(words[at]) if r in lexicon.demonyms), None)
            hit = (state, 1) if state is not None else None
        if hit is None:
            at += 1
            continue
        iri = lexicon.stands_for.get(hit[0], hit[0])
        if iri in lexicon.actors and lexicon.actors[iri].kind == KG.Person:
            iri = lexicon.members.get(iri, iri)
        if all(m.actor != iri for m in found):
            found.append(_Mention(at, iri, hit[1]))
        at += hit[1]
    return found


_NAME_SIZES: dict[int, dict[str, tuple[int, ...]]] = {}


def _names_by_first_word(lexicon: Lexicon) -> dict[str, tuple[int, ...]]:
    """The lengths of the actor names that begin with each word, longest first (kept per lexicon: a Lexicon
    holds dicts and cannot be hashed)."""
    if id(lexicon) not in _NAME_SIZES:
        sizes: dict[str, set[int]] = {}
        for form in lexicon.actor_forms:
            sizes.setdefault(form[0], set()).add(len(form))
        _NAME_SIZES[id(lexicon)] = {first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
    return _NAME_SIZES[id(lexicon)]


def _purpose_starts(words: list[str], codebook: Codebook, lexicon: Lexicon) -> list[int]:
    """Where a purpose clause begins: بهدف ..., or لـ before a verbal noun, an inverter or a light noun."""
    starts = []
    for at in range(1, len(words)):
        word = words[at]
        if _longest(words, at, codebook.purpose) is not None:
            starts.append(at)
            continue
        if not word.startswith("ل") or len(word) < 4:
            continue
        rest = word[2:] if word.startswith("لل") else word[1:]
        bare = [rest, *((rest[2:],) if rest.startswith("ال") else ()), *(("ال" + rest,) if word.startswith("لل") else ())]
        # ل before a verbal noun (لإعادة، للمشاركة), an inverter or a light noun is purpose; before another
        # noun (لمؤسسات الدولة) it is only "of" or "to"
        if any(b in codebook.inverters or b in codebook.light or is_verbal_noun(b.removeprefix("ال")) for b in bare):
            starts.append(at)
    return starts


def _label(concept_label: str, actors: list[URIRef], lexicon: Lexicon, lang: str) -> str:
    names = [(lexicon.actors[a].label_en or lexicon.actors[a].label_ar) if lang == "en" else lexicon.actors[a].label_ar
             for a in actors if a in lexicon.actors]
    return f"{concept_label}: {', '.join(names)}" if names else concept_label


def _slug(actor: URIRef) -> str:
    return str(actor).rstrip("/").rsplit("/", 2)[-1] if "/new/" not in str(actor) else \
        "new-" + str(actor).rsplit("/", 1)[-1]


def code_phrase(text: str, stance: URIRef, *, codebook: Codebook | None = None,
                lexicon: Lexicon | None = None) -> Coding:
    """The concept and agreement of one issue phrase held with one stance.

    Only the phrase fills the slots, never the holder: "Iran rejects cooperation with Damascus" and "Iraq
    backs cooperation with Damascus" must meet at one concept to conflict."""
    codebook = codebook or load_codebook()
    lexicon = lexicon or load_lexicon()
    shown = _WORD.findall(normalize(text, fold=False))
    words = _WORD.findall(normalize(text))
    mentions = _actors(words, lexicon)
    # a head never starts inside a name: the التعاون of مجلس التعاون is no cooperation
    inside = {m.at + k for m in mentions for k in range(1, m.size)}
    # 1. heads and inverters, left to right
    found: list[tuple[int, Head, int]] = []  # (position, head, length)
    flips: list[tuple[int, tuple[str, ...], frozenset[URIRef] | None]] = []  # (position, words, only these concepts)
    at = 0
    while at < len(words):
        hit = _longest(words, at, codebook.heads) if at not in inside else None
        if hit is not None:
            head, form = hit
            concept = codebook.concepts[head.concept]
            light_next = at + len(form) < len(words) and _longest(words, at + len(form), codebook.light) is not None
            if light_next and len(form) == 1:  # تصعيد جهود ...: a head before a light noun only leads to the concept
                at += 1
                continue
            if concept.argument_class is None or any(lexicon.actors[m.actor].kind == concept.argument_class
                                                     for m in mentions if m.actor in lexicon.actors):
                found.append((at, head, len(form)))
                at += len(form)
                continue
        inverter = _longest(words, at, codebook.inverters)
        if inverter is not None:
            flips.append((at, inverter[1], None))
            at += len(inverter[1])
            continue
        own = _longest(words, at, codebook.own_inverters)
        if own is not None:
            flips.append((at, own[1], codebook.inverted_by[own[1]]))
            at += len(own[1])
            continue
        at += 1
    purposes = _purpose_starts(words, codebook, lexicon)
    sign = AGREEMENT[stance]
    if found:
        later = [f for f in found if purposes and f[0] >= purposes[-1]]
        segment_heads = later or next(([f for f in found if f[0] >= p] for p in reversed(purposes)
                                       if any(f[0] >= p for f in found)), found)
        at, head, length = segment_heads[0]
        concept = codebook.concepts[head.concept]
        base = codebook.concepts[concept.broader] if concept.about and concept.broader else concept
        inverting = [f for f in flips if f[0] < at and (f[2] is None or base.iri in f[2])]
        flipped = (len(inverting) + head.opposite) % 2 == 1
        if concept.about:
            iri, actors = concept.iri, list(concept.about)
        else:
            eligible = [m.actor for m in mentions
                        if base.argument_class is None or (m.actor in lexicon.actors
                                                           and lexicon.actors[m.actor].kind == base.argument_class)]
            actors = eligible[:base.slots]
            if base.slots == 2:
                actors = sorted(actors)
            iri = codebook.specific.get((base.iri, frozenset(actors))) or (
                URIRef(f"{base.iri}/{'+'.join(_slug(a) for a in actors)}") if actors else base.iri)
        known = codebook.concepts.get(iri)
        label_en = known.label_en if known else (_label(base.label_en, actors, lexicon, "en") if base.label_en else None)
        label_ar = known.label_ar if known else _label(base.label_ar, actors, lexicon, "ar")
        basis = [f"{'opposite ' if head.opposite else ''}head {' '.join(shown[at:at + length])}"]
        if inverting:
            basis.append("inverted by " + ", ".join(" ".join(shown[p:p + len(w)]) for p, w, _ in inverting))
        if actors and not concept.about:
            basis.append("about " + ", ".join(lexicon.actors[a].name if a in lexicon.actors else str(a) for a in actors))
        agreement = None if sign == 0 else (KG.agree if (sign > 0) != flipped else KG.disagree)
        return Coding(iri, label_en, label_ar, agreement, "; ".join(basis), False,
                      base.iri if iri != base.iri else (concept.broader if known is None else known.broader),
                      tuple(actors), describe=known is None or not known.shipped)
    return _automatic(shown, words, mentions, flips, purposes, sign, codebook, lexicon)


def _automatic(shown: list[str], words: list[str], mentions: list[_Mention], flips: list, purposes: list[int],
               sign: int, codebook: Codebook, lexicon: Lexicon) -> Coding:
    """A concept from the phrase's own head word and first actor, so that other words for it still meet."""
    inverter_at = {p for p, _, only in flips if only is None}
    skipped = {p + k for p, w, only in flips if only is None for k in range(len(w))}
    at = 0
    while at < len(words):
        filler = _longest(words, at, codebook.filler)
        light = _longest(words, at, codebook.light)
        end = at + len(light[1]) if light is not None else at
        # a light noun is skipped on the way to the noun it governs, not before a relative clause or the end
        if filler is not None or (light is not None and end < len(words) and _longest(words, end, codebook.filler)
                                  is None):
            found = filler or light
            skipped.update(range(at, at + len(found[1])))
            at += len(found[1])
        else:
            at += 1
    mentioned = {m.at for m in mentions}
    start = purposes[-1] if purposes and any(p >= purposes[-1] and p not in skipped for p in range(len(words))) else 0
    content = [p for p in range(start, len(words)) if p not in skipped] or [p for p in range(len(words))
                                                                           if p not in skipped or p in inverter_at]
    if not content:
        content = [0] if words else []
    head_at = next((p for p in content if p not in mentioned), content[0] if content else 0)
    flipped = sum(1 for p in inverter_at if p < head_at) % 2 == 1
    stem = noun_stem(words[head_at]) if words else ""
    shown_stem = _shown_stem(shown[head_at], words[head_at], stem) if shown else ""
    actors = [m.actor for m in mentions if m.at != head_at][:1]
    digest = hashlib.sha256("\x1f".join([stem, *map(str, actors)]).encode()).hexdigest()[:12]
    label_ar = _label(shown_stem, actors, lexicon, "ar")
    agreement = None if sign == 0 else (KG.agree if (sign > 0) != flipped else KG.disagree)
    basis = [f"no codebook head; automatic from {shown_stem}"]
    if flipped:
        basis.append("inverted")
    if actors:
        basis.append("about " + ", ".join(lexicon.actors[a].name for a in actors if a in lexicon.actors))
    return Coding(URIRef(f"{AUTOMATIC}{digest}"), None, label_ar, agreement, "; ".join(basis), True,
                  None, tuple(actors), describe=True)


def _shown_stem(shown: str, folded: str, stem: str) -> str:
    """The stem as written (folding keeps word length, so the same slice of the unfolded word)."""
    start = folded.find(stem)
    return shown[start:start + len(stem)] if start >= 0 else shown
