"""Arabic normalisation: pure str -> str functions, so matching never depends on spelling variants.

>>> normalize("تهديداً خطيراً")
'تهديدا خطيرا'
>>> normalize("أنقرة تخشى")
'انقره تخشي'
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Harakat, tanween, shadda, sukun, dagger alef and Quranic marks; tatweel.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# The same folding as the maintainers' scorer, plus Persian/Urdu letters seen in scraped text.
_DEMOCRATIC_LONG, _DEMOCRATIC = "ديموقراط", "ديمقراط"
_KURD_LONG, _KURD = "كورد", "كرد"  # كوردستان، الكوردية as the Kurdish press writes them
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك", "ې": "ي"})

# Proclitic chains, longest first: conjunction, then preposition or future marker.
_PROCLITICS = ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
               "وب", "فب", "ول", "فل", "وس", "فس", "وك", "ال", "لل",
               "و", "ف", "ب", "ل", "ك", "س")
# The proclitics a noun takes (no future marker), longest first: what an automatic concept's head word drops.
_NOUN_PROCLITICS = ("وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف")
# Enclitic pronouns, verb agreement endings, the accusative alef and the sound feminine plural.
_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ون", "ان", "وا", "ات", "ه", "ت", "ا")
_PERSON_PREFIXES = ("ت", "ن", "ا")
_MIN_STEM = 2


def normalize(text: str, *, fold: bool = True) -> str:
    """Drop diacritics and tatweel; with ``fold``, unify alef, yaa, taa marbuta and hamza seats, and the two
    spellings of a loanword news uses side by side (ديموقراطية، ديمقراطية؛ كوردستان، كردستان).

    >>> normalize("قوات سوريا الديموقراطية") == normalize("قوات سوريا الديمقراطية")
    True
    >>> normalize("الحزب الديمقراطي الكوردستاني") == normalize("الحزب الديمقراطي الكردستاني")
    True
    """
    text = _DIACRITICS.sub("", text)
    return text.translate(_FOLD).replace(_DEMOCRATIC_LONG, _DEMOCRATIC).replace(_KURD_LONG, _KURD) if fold else text


def noun_stem(word: str) -> str:
    """A normalised noun without its proclitics and article (three letters kept at least) and without the
    accusative alef.

    >>> [noun_stem(w) for w in ("والتنسيق", "للتعاون", "تطبيعا", "سوريا", "بيروت")]
    ['تنسيق', 'تعاون', 'تطبيع', 'سوريا', 'يروت']
    """
    for prefix in _NOUN_PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix):]
            break
    if word.endswith("ا") and len(word) > 4 and not word.endswith("يا"):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def strip_proclitics(word: str) -> tuple[tuple[str, int], ...]:
    """Every (rest, prefix length) reading of a word; see _strip_proclitics (cached: words repeat)."""
    return tuple(_strip_proclitics(word))


def _strip_proclitics(word: str) -> Iterator[tuple[str, int]]:
    """Yield (rest, prefix length) for the word and each proclitic reading of it, shortest strip first.

    ``لل`` is the preposition ل before the article, so it also yields the rest with ``ال`` restored. The
    preposition ك takes a stem of three letters or more: كان (was) is no ك before أن.

    >>> [r for r, _ in strip_proclitics("بالعراق")]
    ['بالعراق', 'العراق', 'عراق']
    """
    yield word, 0
    seen = {word}
    for clitic in sorted(_PROCLITICS, key=len):
        if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM + clitic.endswith("ك"):
            rest = word[len(clitic):]
            for form in ((rest, "ال" + rest) if clitic.endswith("لل") else (rest,)):
                if form not in seen:
                    seen.add(form)
                    yield form, len(clitic)
    if word.startswith("لل") and len(word) > 4 and "ا" + word[1:] not in seen:
        yield "ا" + word[1:], 1


@lru_cache(maxsize=65536)
def word_variants(word: str) -> tuple[str, ...]:
    """Every reading of a word with clitics, endings and person prefixes removed (cached)."""
    return tuple(_word_variants(word))


def _word_variants(word: str) -> Iterator[str]:
    """Every reading of a normalised word with clitics, endings and person prefixes removed.

    Used to look a token up in the cue lexicon: the first variant that is a listed form wins.

    >>> "يخشي" in set(word_variants("وتخشي"))
    True
    >>> "رفض" in set(word_variants("رفضه"))
    True
    >>> "يخشي" in set(word_variants("يخشون")) and "يدعو" in set(word_variants("يدعون"))
    True
    >>> "معارضه" in set(word_variants("معارضتها"))
    True
    >>> "استياء" in set(word_variants(normalize("استيائها"))) and "استياء" in set(word_variants(normalize("استياؤه")))
    True
    """
    seen: set[str] = set()
    for stem, _ in strip_proclitics(word):
        for bare in _without_suffixes(stem):
            for form in (bare, *(("ي" + bare[1:],) if bare[:1] in _PERSON_PREFIXES and len(bare) > 3 else ())):
                if form not in seen:
                    seen.add(form)
                    yield form


def _without_suffixes(word: str) -> Iterator[str]:
    yield word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM + 1:
            yield word[: -len(suffix)]
            if suffix in _PLURAL_VERB_ENDINGS:  # a weak final letter drops before them: يخشون، يسعون، يدعون
                yield from (word[: -len(suffix)] + weak for weak in _WEAK_FINALS)
            elif suffix in _PRONOUNS and word[-len(suffix) - 1] == "ت":  # ة is written ت before a pronoun
                yield word[: -len(suffix) - 1] + "ه"  # (normalised ة): معارضتها → معارضه
            elif suffix in _PRONOUNS and word[-len(suffix) - 1] in _HAMZA_SEATS:  # a final ء sits on ئ or ؤ
                yield word[: -len(suffix) - 1] + "ء"  # before a pronoun (normalised ي، و): استيائها → استياء


_PLURAL_VERB_ENDINGS = ("ون", "وا")
_WEAK_FINALS = ("ي", "و")
_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
_HAMZA_SEATS = ("ي", "و")  # ئ and ؤ, as normalisation writes them


_NISBA_ENDINGS = ("", "ه", "ون", "ين", "ان", "ات")


def nisba_forms(adjective: str) -> set[str]:
    """Every normalised inflection of a nisba adjective, with and without the article.

    >>> sorted(nisba_forms("عراقي"))[:4]
    ['العراقي', 'العراقيات', 'العراقيان', 'العراقيه']
    """
    stem = normalize(adjective)
    forms = {stem + ending for ending in _NISBA_ENDINGS}
    return forms | {"ال" + form for form in forms}


THIRD_PERSON_PRONOUNS = ("هما", "هم", "ها", "ه")  # his, her, their suffixes, normalised; longest first


# Derived verbal-noun (masdar) patterns, as regular expressions over normalised letters:
# تفعيل، تفاعل، إفعال، إفالة، افتعال، استفعال، مفاعلة.
_VERBAL_NOUN = re.compile(
    "^(?:\u062a..\u064a.|\u062a.\u0627..|\u0627..\u0627.|\u0627.\u0627.\u0647|\u0627...\u0627.|"
    "\u0627\u0633\u062a..\u0627.|\u0645.\u0627..\u0647)$")


def is_verbal_noun(word: str) -> bool:
    """True when a normalised word, clitics and article removed, has a derived masdar pattern.

    >>> [is_verbal_noun(w) for w in ("تنسيق", "تصعيد", "تعاون", "احتواء", "استغلال", "مراقبه", "اعاده", "دمشق")]
    [True, True, True, True, True, True, True, False]
    """
    return bool(_VERBAL_NOUN.match(word))


# Verb shapes, over normalised letters without a conjunction: فعل، أفعل، فعّل/تفعّل، افتعل، انفعل، تفاعل، استفعل
# (a feminine ت after them), and the imperfect (يفعل، يفتعل ...).
_VERB_SHAPE = re.compile(
    "^(?:...|ا...|ت...|ا.ت..|ان...|ت.ا..|است...)\u062a?$|^\u064a.{3,6}$")


def has_verb_shape(word: str) -> bool:
    """True when a normalised word (its و or ف removed) has the shape of a perfect or imperfect verb, so a
    definite noun after it may be its subject (مدد المجلس); a noun's shape (سلاح، موقف، قرار) has not.

    >>> [has_verb_shape(w) for w in ("مدد", "حملت", "اعتمد", "استنكر", "يدعو", "سلاح", "موقف", "قرار")]
    [True, True, True, True, True, False, False, False]
    """
    return bool(_VERB_SHAPE.match(word))


_LEADING_MARKS = re.compile("^[\u064b-\u065f\u0670]+")


def without_preposition(phrase_text: str) -> str:
    """The phrase with a preposition clitic on its first word removed: للتوغل → التوغل، بتنسيق → تنسيق.

    Used for issue labels (the issue text itself stays the exact span).

    >>> [without_preposition(t) for t in ("للتوغل الإسرائيلي", "بتنسيق مباشر", "بغداد", "لبنان")]
    ['التوغل الإسرائيلي', 'تنسيق مباشر', 'بغداد', 'لبنان']
    """
    first, _, rest = phrase_text.partition(" ")
    bare = normalize(first)
    if bare.startswith("لل") and len(bare) > 4:
        first = "ال" + _LEADING_MARKS.sub("", first[2:])
    elif bare[:1] in ("ب", "ل") and (bare[1:3] == "ال" or is_verbal_noun(bare[1:])):
        first = _LEADING_MARKS.sub("", first[1:])
    return f"{first} {rest}" if rest else first
