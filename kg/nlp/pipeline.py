"""make_nlp(): spacy.blank("ar") with tokenizer fixes and our registered components."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.attrs import IS_ALPHA, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..normalize import normalize
from . import components, mentions  # noqa: F401  (registers the component factories)

_ARABIC = "\u0600-\u06ff"
# spaCy's Arabic tokenizer leaves a period glued to a closing quote (داعش".), to a number
# (القرار 1701.) and a hyphen glued to a word (نيوز- / -بانياس); all merge sentences or hide names.
_EXTRA_SUFFIXES = [rf"(?<=[{_ARABIC}\"”»)\]])\.", r"(?<=[\"”»])\.", r"(?<=[0-9\u0660-\u0669])\.",
                   rf"(?<=[{_ARABIC}])[\"”»]", r"[-–—]"]
_EXTRA_PREFIXES = [r"[-–—]", r"[\"“«]"]
# غزة.وأضاف: a full stop with no space after it, between Arabic words, still ends the sentence.
# الدولي،جولي: a comma or semicolon with no space after it, between Arabic words, still parts them.
_EXTRA_INFIXES = [rf"(?<=[{_ARABIC}]{{3}})(?<!\u0640)\.(?!\u0640)(?=[{_ARABIC}]{{3}})",  # not تي.آر.تي، أ.ف.ب، السـ.ـلاح
                  r"(?<=[\u0621-\u064a\u0671-\u06d3\"”»])[\u060c\u061b,](?=[\u0621-\u064a\u0671-\u06d3])",  # not ٣،٥
                  r"(?<=[\u0621-\u064a\u0671-\u06d3])[\"”»](?=[\u060c\u061b,][\u0621-\u064a\u0671-\u06d3])"]  # التهجير»،ودعت
_GLUED_STOP = re.compile(_EXTRA_INFIXES[0])

PIPE_NAMES = ("kg_normalizer", "kg_sentences", "kg_mentions", "kg_cues")


def _is_alpha(text: str) -> bool:
    """مدّد، داعياً are words: spaCy's is_alpha is str.isalpha, which a shadda or a tanween (marks, not
    letters) makes false, so a word written with its vowels would read as punctuation."""
    bare = normalize(text, fold=False)
    return bool(bare) and bare.isalpha()


def _fix_tokenizer(nlp: Language) -> None:
    nlp.vocab.lex_attr_getters[IS_ALPHA] = _is_alpha
    defaults = nlp.Defaults
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(defaults.suffixes or ()) + _EXTRA_SUFFIXES).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(defaults.prefixes or ()) + _EXTRA_PREFIXES).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(defaults.infixes or ()) + _EXTRA_INFIXES).finditer
    url_match = nlp.tokenizer.url_match
    if url_match is not None:  # غزة.وأضاف is no web address (تي.آر.تي stays one word, as before)
        nlp.tokenizer.url_match = lambda text: None if _GLUED_STOP.search(text) else url_match(text)
    _drop_identity_special_cases(nlp.tokenizer)


def _drop_identity_special_cases(tokenizer: Tokenizer) -> None:
    """Drop the special cases that tokenize exactly as the affix rules do without them (a lone "\\n").

    After its first special-case hit spaCy caches no more words of that text (the hit flag is per
    text), so one line break sent every later word through the affix regexes again: most of the
    tokenizer's time. Dropping only identity cases leaves every tokenization as it was.
    """
    plain = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                      suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                      token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    tokenizer.rules = {orth: attrs for orth, attrs in tokenizer.rules.items()
                       if attrs != [{ORTH: orth}] or [token.text for token in plain(orth)] != [orth]}


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """The shared pipeline (built once per process: initialising reads the ontology)."""
    nlp = spacy.blank("ar")
    _fix_tokenizer(nlp)
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp
