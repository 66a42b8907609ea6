import pytest

from kg.normalize import normalize, strip_proclitics, word_variants


@pytest.mark.parametrize(("text", "expected"), [
    ("تهديداً", "تهديدا"),
    ("أنقرة", "انقره"),
    ("إيران", "ايران"),
    ("آفاق", "افاق"),
    ("مستشفى", "مستشفي"),
    ("تُظهر", "تظهر"),
    ("ضـــرورة", "ضروره"),
    ("یک", "يك"),  # Persian yeh and keheh
    ("مسؤول", "مسوول"),
])
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_without_folding_keeps_letters() -> None:
    assert normalize("أنقرةُ", fold=False) == "أنقرة"


@pytest.mark.parametrize(("word", "reading"), [
    ("بالعراق", "العراق"),
    ("والعراق", "العراق"),
    ("للعراق", "العراق"),
    ("لسوريا", "سوريا"),
    ("وبغداد", "بغداد"),
    ("فالحكومه", "الحكومه"),
])
def test_strip_proclitics_finds_the_word(word: str, reading: str) -> None:
    assert reading in [form for form, _ in strip_proclitics(word)]


@pytest.mark.parametrize("word", ["كان", "وكان", "فكان"])
def test_the_preposition_k_takes_no_two_letter_stem(word: str) -> None:
    """كان (was) is no ك before أن: it must not read as a complementizer."""
    assert "ان" not in [form for form, _ in strip_proclitics(word)]


def test_strip_proclitics_reports_prefix_length() -> None:
    assert dict(strip_proclitics("وبغداد"))["بغداد"] == 1


@pytest.mark.parametrize(("word", "lemma"), [
    ("وتخشي", "يخشي"),
    ("يرفضون", "يرفض"),
    ("رفضه", "رفض"),
    ("رفضت", "رفض"),
    ("تحفظات", "تحفظ"),
    ("سيصعب", "يصعب"),
    ("نطالب", "يطالب"),
])
def test_word_variants_cover_morphology(word: str, lemma: str) -> None:
    assert lemma in set(word_variants(word))


def test_word_variants_keep_short_stems() -> None:
    assert all(len(v) >= 2 for v in word_variants("لها"))
