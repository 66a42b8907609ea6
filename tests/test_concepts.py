"""Concepts: issue phrases in other words meet at one concept, with an agreement that follows polarity."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.concepts import code_phrase, load_codebook
from kg.errors import InputError, OntologyError
from kg.vocab import CONCEPT, KG

SUPPORT, OPPOSE, CONCERN, RESERVED = KG.support, KG.oppose, KG.concern, KG.reserved


def coded(text: str, stance=SUPPORT) -> tuple[str, str]:
    found = code_phrase(text, stance)
    return str(found.concept).removeprefix(str(CONCEPT)), found.agreement_name


@pytest.mark.parametrize("text, stance, concept, agreement", [
    # a head names the concept; the actors the phrase names make it specific
    ("التنسيق الأمني بين بغداد ودمشق", SUPPORT, "security-cooperation/iraq+syria", "agree"),
    ("تعاون أمني أوثق بين سوريا والعراق", SUPPORT, "security-cooperation/iraq+syria", "agree"),
    ("الانفتاح على دمشق", OPPOSE, "engagement/syria", "disagree"),
    ("بتنسيق مباشر مع الحكومة السورية", SUPPORT, "engagement/syria", "agree"),
    # inverters before the head turn the agreement round: containing X disagrees with X
    ("احتواء النفوذ الإيراني في المنطقة", SUPPORT, "iranian-influence", "disagree"),
    ("توسيع النفوذ الإيراني", CONCERN, "iranian-influence", "disagree"),
    ("توسيع النفوذ الإيراني", SUPPORT, "iranian-influence", "agree"),
    ("رفع العقوبات المفروضة على سوريا", SUPPORT, "sanctions/syria", "disagree"),
    ("فرض عقوبات جديدة على سوريا", SUPPORT, "sanctions/syria", "agree"),
    ("عدم التدخل في الشؤون الداخلية للبنان", SUPPORT, "sovereignty/lebanon", "agree"),
    # an opposite head: withdrawal is the opposite of presence; concern about war agrees with a ceasefire
    ("انسحاب القوات الأمريكية من العراق", SUPPORT, "military-presence/united-states", "disagree"),
    ("بقاء القوات الأمريكية في العراق", SUPPORT, "military-presence/united-states", "agree"),
    ("استمرار الحرب في السودان", CONCERN, "ceasefire/sudan", "agree"),
    ("وقف إطلاق النار في السودان", SUPPORT, "ceasefire/sudan", "agree"),
    # the end, not the means: a head after a purpose marker wins
    ("استغلال آلية تنسيق ثلاثية لإعادة توسيع النفوذ الإيراني", SUPPORT, "iranian-influence", "agree"),
    ("اتخاذ إجراءات عاجلة للحد من خطر الحوثيين", SUPPORT, "armed-group-threat/houthis", "disagree"),
    # ل before a noun is "of", not purpose: the parallel entities stay the head
    ("أي كيانات موازية لمؤسسات الدولة في السودان", OPPOSE, "sovereignty/sudan", "agree"),
    # a head that fits only with an actor of its class: a threat of an armed group, not a threat in general
    ("تهديد تنظيم داعش", CONCERN, "armed-group-threat/islamic-state", "disagree"),
    # a head before a light noun only leads to the concept
    ("تصعيد جهود مكافحة الإرهاب", SUPPORT, "terrorism", "disagree"),
    # reserved takes neither side
    ("أي اتفاق أمني بين العراق وسوريا", RESERVED, "security-cooperation/iraq+syria", ""),
])
def test_phrases_are_coded_to_a_concept_and_an_agreement(text, stance, concept, agreement):
    assert coded(text, stance) == (concept, agreement)


def test_a_phrase_without_a_head_gets_an_automatic_concept_that_other_words_for_it_share():
    first, second = code_phrase("جذب دمشق إلى محور عربي", SUPPORT), code_phrase("لجذب دمشق", SUPPORT)
    assert first.automatic and first.concept == second.concept
    assert str(first.concept).startswith(str(CONCEPT["auto/"]))
    assert first.label_ar == "جذب: سوريا" and first.about == (URIRef_of("syria"),)
    assert code_phrase("جذب الاستثمارات", SUPPORT).concept != first.concept  # another head: another concept


def URIRef_of(actor: str):
    from kg.vocab import ACTOR
    return ACTOR[actor]


def test_a_head_never_starts_inside_an_actors_name():
    assert code_phrase("موقف مجلس التعاون الثابت", SUPPORT).automatic  # the Gulf Cooperation Council is no cooperation
    assert not code_phrase("التعاون مع مجلس التعاون", SUPPORT).automatic


def test_the_basis_says_which_words_chose_the_concept():
    found = code_phrase("احتواء النفوذ الإيراني", SUPPORT)
    assert found.basis == "head النفوذ; inverted by احتواء; about Iran"
    assert "about Syria" in code_phrase("التنسيق مع دمشق", SUPPORT).basis


def test_the_codebook_has_dozens_of_general_concepts_each_labelled_in_both_languages():
    codebook = load_codebook()
    general = [c for c in codebook.concepts.values() if c.broader is None]
    assert 25 <= len(general) <= 60
    assert all(c.label_en and c.label_ar for c in codebook.concepts.values())


# -- a user's codebook ---------------------------------------------------------------------------

USER_CODEBOOK = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix my: <https://example.org/codebook/> .
@prefix kgcon: <https://w3id.org/kg-news/concept/> .

my:water-sharing a kg:Concept ; skos:inScheme kg:codebook ;
    skos:prefLabel "water sharing"@en, "تقاسم المياه"@ar ;
    kg:head "حصص مائية"@ar, "تقاسم المياه"@ar, "مياه"@ar .
kgcon:engagement a kg:Concept ; kg:slots 0 ;
    kg:head "انفتاح"@ar, "تقارب"@ar .
"""


def test_a_user_codebook_adds_and_replaces_concepts_without_touching_the_package():
    mine = load_codebook(USER_CODEBOOK)
    found = code_phrase("زيادة الحصص المائية للعراق", SUPPORT, codebook=mine)
    assert str(found.concept) == "https://example.org/codebook/water-sharing/iraq"
    assert found.describe and found.label_en == "water sharing: Iraq"
    assert code_phrase("زيادة الحصص المائية للعراق", SUPPORT).automatic  # the shipped codebook has no such head
    # the replaced concept keeps its shipped labels but takes the user's heads and slots
    assert str(code_phrase("الانفتاح على دمشق", SUPPORT, codebook=mine).concept) == str(CONCEPT["engagement"])
    assert code_phrase("التنسيق مع دمشق", SUPPORT, codebook=mine).concept != CONCEPT["engagement/syria"]


def test_a_codebook_where_two_concepts_claim_one_head_is_refused():
    clash = USER_CODEBOOK + """
my:rivers a kg:Concept ; skos:prefLabel "rivers"@en, "الأنهار"@ar ; kg:head "مياه"@ar ."""
    with pytest.raises(OntologyError, match="مياه"):
        load_codebook(clash)


def test_build_with_a_codebook_codes_by_it_and_a_bad_codebook_stops_before_writing(tmp_path: Path):
    text = tmp_path / "water.txt"
    text.write_text("وطالبت الحكومة العراقية تركيا بزيادة الحصص المائية للعراق.\n", encoding="utf-8")
    book = tmp_path / "water.ttl"
    book.write_text(USER_CODEBOOK, encoding="utf-8")
    result = kg.build([text], tmp_path / "out", codebook=book)
    rows = kg.statement_rows(kg.load_dataset(result.out_dir))
    assert [(r["actor"], r["concept_label"], r["agreement"]) for r in rows] == [("Iraq", "water sharing: Iraq", "agree")]
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl"):
        kg.build([text], tmp_path / "out2", codebook=bad)
    assert not (tmp_path / "out2").exists()


# -- across documents, and on the seed -----------------------------------------------------------

def test_statements_about_one_concept_in_different_documents_share_it(tmp_path: Path):
    (tmp_path / "a.txt").write_text("وأكدت الحكومة العراقية دعمها للتنسيق الأمني مع دمشق.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وأعلن التيار الصدري رفضه للتعاون الأمني مع سوريا.\n", encoding="utf-8")
    dataset = kg.build_dataset([tmp_path])
    rows = kg.statement_rows(dataset)
    assert {r["concept_label"] for r in rows} == {"security cooperation: Syria"}
    assert {r["agreement"] for r in rows} == {"agree", "disagree"}
    conflict = kg.network(dataset, "conflict")
    assert conflict.number_of_edges() == 1
    assert kg.network(dataset, "conflict", level="issue").number_of_edges() == 0  # two phrases, two issues


def _ties(g) -> set[frozenset[str]]:
    label = {n: d.get("label") for n, d in g.nodes(data=True)}
    return {frozenset((label[u], label[v])) for u, v in g.edges()}


def test_the_seed_networks_link_the_camps_the_report_describes(seed_dataset):
    conflict, congruence = _ties(kg.network(seed_dataset, "conflict")), _ties(kg.network(seed_dataset, "congruence"))
    assert frozenset(("Nouri al-Maliki", "Mohammed Shia al-Sudani")) in conflict
    assert frozenset(("معسكر مؤيد لإيران", "Iraq")) in conflict
    assert {frozenset(("Iran", other)) for other in ("United States", "Turkey", "Gulf states")} <= conflict
    assert frozenset(("Turkey", "Gulf states")) in congruence
    assert frozenset(("Saudi Arabia", "United Arab Emirates")) in congruence
    assert not _ties(kg.network(seed_dataset, "conflict", level="issue"))  # phrases alone never meet


def test_statements_csv_carries_the_concept_columns(seed_build):
    import csv
    with seed_build.files["statements.csv"].open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert {"concept", "concept_label", "agreement"} <= set(rows[0])
    assert all(r["concept"].startswith("https://") and r["concept_label"] for r in rows)
    assert {r["agreement"] for r in rows} == {"agree", "disagree", ""}


def test_kg_concepts_lists_codebook_and_automatic_concepts(seed_build):
    run = subprocess.run([sys.executable, "-m", "kg", "concepts", str(seed_build.out_dir)],
                         capture_output=True, text=True, check=True)
    first = run.stdout.splitlines()[0]
    assert first.startswith(f"{len(seed_build_rows(seed_build))} statements: ")
    assert "codebook concepts" in run.stdout and "phrases no codebook concept covers" in run.stdout
    assert "Nouri al-Maliki (disagree)" in run.stdout
    listed = json.loads(subprocess.run([sys.executable, "-m", "kg", "concepts", str(seed_build.out_dir), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    influence = next(c for c in listed if c["label"] == "Iranian influence")
    assert influence["actors"]["Iran"] == "agree" and influence["actors"]["Turkey"] == "disagree"
    assert sum(c["statements"] for c in listed) == len(seed_build_rows(seed_build))


def seed_build_rows(seed_build) -> list[dict[str, str]]:
    return kg.statement_rows(kg.load_dataset(seed_build.out_dir))
