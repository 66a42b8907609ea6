"""The spaCy components: tokens, sentences, mentions and cues."""
import pytest
import spacy
from spacy.tokenizer import Tokenizer

from kg.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def spans(nlp, text: str, key: str) -> list[tuple[str, str, str]]:
    """(text, label, concept id) of each span; the Doc must outlive its span group."""
    doc = nlp(text)
    return [(s.text, s.label_, s.kb_id_.rsplit("/", 1)[-1]) for s in doc.spans[key]]


def test_a_period_after_a_closing_quote_ends_the_sentence(nlp) -> None:
    doc = nlp('قال إن "الوضع صعب". وأضاف أن الحوار مستمر.')
    assert [s.text.strip() for s in doc.sents] == ['قال إن "الوضع صعب".', "وأضاف أن الحوار مستمر."]


def test_a_period_after_a_number_ends_the_sentence(nlp) -> None:
    doc = nlp("دعت إلى تطبيق القرار 1701. وأضاف أن نسبة 3.5 بالمئة كافية.")
    assert [s.text.strip() for s in doc.sents] == ["دعت إلى تطبيق القرار 1701.", "وأضاف أن نسبة 3.5 بالمئة كافية."]


def test_an_opening_quote_after_a_period_starts_a_sentence_and_a_closing_one_ends_it(nlp) -> None:
    doc = nlp("قال إن بلاده ترفض التدخل. «نرفض أي حوار»، قال الوزير. وقال: «نرفض التدخل.» وأضاف أن الحوار مستمر.")
    assert [s.text.strip() for s in doc.sents] == ["قال إن بلاده ترفض التدخل.", "«نرفض أي حوار»، قال الوزير.",
                                                  "وقال: «نرفض التدخل.»", "وأضاف أن الحوار مستمر."]


def test_each_line_is_its_own_sentence(nlp) -> None:
    doc = nlp("عنوان فرعي\n\nنص الفقرة الأولى هنا")
    assert len(list(doc.sents)) == 2


def test_a_full_stop_with_no_space_after_it_still_ends_the_sentence(nlp) -> None:
    """غزة.وأضاف ends a sentence; an abbreviation (تي.آر.تي) and a word broken on purpose (السـ.ـلاح) stay words."""
    doc = nlp("قال إن الحرب يجب أن تتوقف في غزة.وأضاف أن قناة تي.آر.تي ذكرت التهديد بالسـ.ـلاح.")
    assert [s.text for s in doc.sents] == ["قال إن الحرب يجب أن تتوقف في غزة.",
                                          "وأضاف أن قناة تي.آر.تي ذكرت التهديد بالسـ.ـلاح."]


def test_a_comma_with_no_space_after_it_still_parts_words(nlp) -> None:
    """الصندوق،جولي is two words and a comma: a name glued to the comma before it is still found."""
    doc = nlp("وقالت المتحدثة باسم الصندوق،جولي كوزاك؛ثم غادرت، وأضافت 3,5 و٣،٥: «نرفض التهجير»،ودعت إلى الحوار.")
    words = [t.text for t in doc]
    assert words[3:9] == ["الصندوق", "،", "جولي", "كوزاك", "؛", "ثم"]
    assert "3,5" in words and "و٣،٥" in words  # a decimal comma between digits stays
    assert words[-7:-3] == ["التهجير", "»", "،", "ودعت"]


def test_a_hyphen_is_split_from_names(nlp) -> None:
    assert [t.text for t in nlp("خط كركوك -بانياس")] == ["خط", "كركوك", "-", "بانياس"]


def test_the_special_cases_left_out_change_no_tokenization(nlp) -> None:
    """A lone line break is no special case (a special-case hit stops spaCy caching words), yet every
    text splits exactly as with all of spaCy's special cases."""
    ours = nlp.tokenizer
    assert "\n" not in ours.rules
    full = Tokenizer(nlp.vocab, rules=spacy.blank("ar").tokenizer.rules, prefix_search=ours.prefix_search,
                     suffix_search=ours.suffix_search, infix_finditer=ours.infix_finditer,
                     token_match=ours.token_match, url_match=ours.url_match)
    text = "".join(f"قال {k} و{k}ا ({k}) «{k}» {k}. نعم\n{k}\n{k}" for k in full.rules if k not in ours.rules)
    assert [(t.text, t.whitespace_) for t in ours(text)] == [(t.text, t.whitespace_) for t in full(text)]


def test_norm_is_normalised(nlp) -> None:
    assert [t.norm_ for t in nlp("أنقرةُ تخشى")] == ["انقره", "تخشي"]


@pytest.mark.parametrize(("text", "actor"), [
    ("زار الوفد بالعراق", "iraq"),
    ("رسالة للعراق", "iraq"),
    ("بين بغداد ودمشق", "damascus"),
    ("موقف الولايات المتحدة الأمريكية", "united-states"),
    ("عن معهد واشنطن لسياسة الشرق الأدنى", "washington-institute"),
    ("أكد قادة الدول العربية والإسلامية دعمهم", "arab-islamic-states"),
])
def test_actor_mentions_with_clitics_and_longest_match(nlp, text: str, actor: str) -> None:
    assert spans(nlp, text, "actors")[-1][2] == actor


def test_longest_label_wins_over_the_city_inside_it(nlp) -> None:
    assert [s[2] for s in spans(nlp, "معهد واشنطن", "actors")] == ["washington-institute"]


def test_camp_nouns_take_their_affiliation(nlp) -> None:
    assert [s[:2] for s in spans(nlp, "تيار موال لطهران", "actors")] == [("تيار موال لطهران", "PoliticalFaction")]


@pytest.mark.parametrize(("text", "cue"), [
    ("وتخشى", "fear"),
    ("يرفضون", "reject"),
    ("رافضاً", "reject"),
    ("رفضه", "reject"),
    ("خشيت", "fear"),
    ("بقلق", "worry"),
    ("موقفاً تحفظياً", "reservation"),
    ("سيصعّب", "hamper"),
    ("استيائها", "displeasure"),  # a final hamza sits on ئ or ؤ before a pronoun
    ("استياؤه", "displeasure"),
    ("وهنأ", "congratulate"),
])
def test_cues_in_their_inflected_forms(nlp, text: str, cue: str) -> None:
    assert [s[2] for s in spans(nlp, text, "cues")] == [cue]


def test_caution_is_not_warning(nlp) -> None:
    assert spans(nlp, "بحذر", "cues")[0][1] == "reserved"


def test_ordinary_words_are_not_cues(nlp) -> None:
    assert spans(nlp, "وصل الوفد إلى المدينة صباح اليوم", "cues") == []


def test_a_word_a_cue_folds_into_is_no_cue_as_written(nlp) -> None:
    assert spans(nlp, "ومن هنا بدأت الأزمة على الحدود", "cues") == []  # هنا (here), not هنأ (congratulated)


def test_a_title_with_its_domain_then_a_known_person_is_that_person(nlp) -> None:
    assert spans(nlp, "أكد رئيس مجلس النواب، المستشار عقيلة صالح، أن الحل ممكن.", "actors") == [
        ("رئيس مجلس النواب، المستشار عقيلة صالح", "Person", "aguila-saleh")]


def test_a_definite_noun_is_no_own_country(nlp) -> None:
    """البلدة (the town) folds to ال + بلده (his country), but a word with the article takes no pronoun."""
    assert spans(nlp, "وقصفت الطائرات البلدة الحدودية.", "actors") == []
    assert spans(nlp, "وقال إن بلاده ترفض التصعيد.", "actors") == [("بلاده", "OwnCountry", "")]


def test_ma_written_joined_to_a_verb_of_continuity_begins_no_name(nlp) -> None:
    assert spans(nlp, "وأشار إلى أن الملك ومايزال يقود جهودا لوقف الحرب.", "actors") == []
    assert spans(nlp, "وقال الرئيس وليد جنبلاط إنه يرفض التصعيد.", "actors") == [
        ("الرئيس وليد جنبلاط", "Person", "walid-jumblatt")]


@pytest.mark.parametrize(("text", "names"), [
    ("واتهمت مالي الجزائر بإسقاط الطائرة.", ["مالي", "الجزائر"]),  # after a feminine verb: a state
    ("وقالت حكومة مالي إن الجزائر ومالي اتفقتا.", ["حكومة مالي", "الجزائر", "ومالي"]),  # an organ's; beside a state
    ("وقال إن مالي ترفض ذلك.", ["مالي"]),  # after أن
    ("وقدمت الكويت دعم مالي للوزارة.", ["الكويت"]),  # financial support
    ("وقال مسؤول مالي إن العجز كبير.", []),  # a financial official
    ("وتعهدت بتقديم دعم سياسي ومالي.", []),
    ("وقال إن الدعم المالي للمالية يكفي.", []),  # with the article: an adjective
    ("وأشاد بالعون المالي.", []),
])
def test_an_ambiguous_name_only_where_a_name_stands(nlp, text: str, names: list[str]) -> None:
    """مالي is Mali, or the adjective "financial"."""
    assert [a for a, _, _ in spans(nlp, text, "actors")] == names


def test_an_office_domain_and_its_state_then_a_name(nlp) -> None:
    """وزير الإعلام الكويتي: the domain between the title and the demonym; the day after the name is no part of it."""
    assert [a for a, _, _ in spans(nlp, "وقال وزير الإعلام الكويتي سالم الحربي الأحد، إن الحل ممكن.", "actors")] == [
        "وزير الإعلام الكويتي سالم الحربي"]


def test_a_quoted_name_after_its_body_noun(nlp) -> None:
    assert spans(nlp, 'اشترطت حركة "حماس" وقف الخروقات.', "actors") == [('حركة "حماس"', "ArmedGroup", "hamas")]


def test_a_bare_title_as_a_subject_is_the_last_person_given_it(nlp) -> None:
    """وزير العدل اللبناني عادل نصار ... وأوضح الوزير: the minister named before."""
    found = spans(nlp, "وقال وزير العدل اللبناني عادل نصار إن الحكومة ماضية. وأوضح الوزير أن الخطة قائمة.", "actors")
    assert [a for a, _, _ in found] == ["وزير العدل اللبناني عادل نصار", "الوزير"]
    assert found[1][1] == "Person"


def test_a_party_noun_with_the_article_takes_no_name_in_construct(nlp) -> None:
    """ائتلاف دولة القانون is a name; الحزب يرفض الخطة is the party, then a verb."""
    assert [a for a, _, _ in spans(nlp, "وأوضح الوزير أن الحزب يرفض الخطة.", "actors")] == []
    assert [a for a, _, _ in spans(nlp, "وقال ائتلاف دولة القانون إنه يرفض الخطة.", "actors")] == ["ائتلاف دولة القانون"]
    assert [a for a, _, _ in spans(nlp, "واستنكر الحزب الحملة على الحكومة.", "actors")] == []
    assert [a for a, _, _ in spans(nlp, "وقال الحزب الشيوعي إنه يرفض الخطة.", "actors")] == ["الحزب الشيوعي"]


def test_an_appositive_title_names_a_known_person_again(nlp) -> None:
    """بدر عبد العاطي، وزير الخارجية والهجرة ... وشدد وزير الخارجية: the minister named before."""
    found = spans(nlp, "قال بدر عبد العاطي، وزير الخارجية والهجرة، إن اللقاء مثمر. وشدد وزير الخارجية على الحل.", "actors")
    assert [a for a, _, _ in found] == ["بدر عبد العاطي", "وزير الخارجية", "وزير الخارجية"]
    assert found[0][2] == found[1][2] == found[2][2]


def test_a_title_right_after_a_name_is_that_persons(nlp) -> None:
    """بدر عبد العاطي وزير الخارجية مباحثات ...: the title is his, no new person named مباحثات; a title of another
    state after a name (استقبل X وزير الخارجية الروسي) is the guest's, and a given name after a title is a new person."""
    found = spans(nlp, "وأجرى بدر عبد العاطي وزير الخارجية مباحثات مطولة مع نظيره. وأكد وزير الخارجية دعم الحل.", "actors")
    assert [a for a, _, _ in found] == ["بدر عبد العاطي", "وزير الخارجية", "وزير الخارجية"]
    assert found[0][2] == found[1][2] == found[2][2]
    guest = spans(nlp, "واستقبل عبد المجيد تبون وزير الخارجية الروسي في العاصمة.", "actors")
    assert guest[1][1:] == ("StateOrgan", "russia")
    named = spans(nlp, "والتقى عبد المجيد تبون وزير الخارجية محمد علي صالح.", "actors")
    assert named[1][0].endswith("محمد علي صالح") and named[1][2] != named[0][2]


def test_a_name_shared_by_a_state_and_a_city_is_the_state_the_document_named(nlp) -> None:
    """سلطنة عمان ... سعي عمان: Oman; with Jordan named too, عمان stays its capital."""
    oman = spans(nlp, "استضافت سلطنة عمان المحادثات. وجاءت الخطوة في إطار سعي عمان المستمر.", "actors")
    assert [k for _, _, k in oman] == ["oman", "oman"]
    both = spans(nlp, "زار الوزير العماني الأردن أمس، وقال في عمان إن الحوار مستمر.", "actors")
    assert [k for _, _, k in both] == ["oman", "jordan", "amman"]
    assert [k for _, _, k in spans(nlp, "وقال الوزير في عمان إن الحوار مستمر.", "actors")] == ["amman"]


def test_a_demonym_after_a_governed_definite_noun_is_an_adjective(nlp) -> None:
    """بالشأن السوداني: the Sudanese file, not Mohammed Shia al-Sudani."""
    assert [a for a, _, _ in spans(nlp, "وعقد اجتماع خاص بالشأن السوداني في نيويورك.", "actors")] == []


def test_the_name_ali_written_with_yaa_is_part_of_a_name(nlp) -> None:
    """محمود علي يوسف: علي with ي is a name; على with ى is the preposition."""
    found = spans(nlp, "وشدد رئيس مفوضية الاتحاد الإفريقي محمود علي يوسف على أولوية الحل.", "actors")
    assert [a for a, _, _ in found] == ["رئيس مفوضية الاتحاد الإفريقي محمود علي يوسف"]


def test_an_organ_and_an_actor_joined_by_wa_are_two(nlp) -> None:
    """بين الجيش وقوات الدعم السريع: the army and the RSF, not an organ of the RSF."""
    found = spans(nlp, "ويشهد البلد نزاعا بين الجيش وقوات الدعم السريع.", "actors")
    assert [(a, kb) for a, _, kb in found] == [("وقوات الدعم السريع", "rapid-support-forces")]


def test_a_head_noun_with_another_nisba_is_another_body(nlp) -> None:
    """مجلس الأمن ... ودعم المجلس الرئاسي: the presidential council is not the Security Council named before."""
    names = [a for a, _, _ in spans(nlp, "ورحب مجلس الأمن بالاتفاق. وأكد المجلس الرئاسي دعمه.", "actors")]
    assert names == ["مجلس الأمن"]


def test_a_body_named_again_only_where_a_subject_stands(nlp) -> None:
    """مجلس الأمن الدولي ... وحث المجلس: the council; سلاح المجلس (in construct) is no mention of it."""
    text = "اجتمع مجلس الأمن الدولي أمس. وحث المجلس الأطراف على الحوار. ونقل سلاح المجلس إلى المخازن."
    assert [a for a, _, _ in spans(nlp, text, "actors")] == ["مجلس الأمن الدولي", "المجلس"]


@pytest.mark.parametrize(("text", "person"), [
    ("وأكد أن رغبة المدير العام للوكالة، رافائيل غروسي، في التفتيش واضحة.", "rafael-grossi"),
    ("شارك وكيل الأمين العام للأمم المتحدة المعني بالشؤون الإنسانية، توم فليتشر، في الاجتماع.", "tom-fletcher"),
])
def test_titles_of_international_officials(nlp, text: str, person: str) -> None:
    assert [kb for _, label, kb in spans(nlp, text, "actors") if label == "Person"] == [person]


def test_a_compound_name_written_as_one_word_and_two_titles_side_by_side(nlp) -> None:
    """عبدالفتاح as printed for the gazetteer's عبد الفتاح; رئيس مجلس السيادة الانتقالي قائد الجيش: two titles."""
    text = "أعاد رئيس مجلس السيادة الانتقالي قائد الجيش السوداني الفريق عبدالفتاح البرهان الجهود. وقال البرهان إن الحل ممكن."
    assert [kb for _, _, kb in spans(nlp, text, "actors")] == ["abdel-fattah-al-burhan", "abdel-fattah-al-burhan"]


def test_a_demonym_after_a_definite_noun_is_no_person(nlp) -> None:
    """السوداني names Mohammed Shia al-Sudani after a verb, but is an adjective after a definite noun."""
    assert [a for a, _, _ in spans(nlp, "ودعا الحوار الوطني السوداني إلى الحل.", "actors")] == []
    assert spans(nlp, "وقال السوداني إن الحل ممكن.", "actors") == [
        ("السوداني", "Person", "mohammed-shia-al-sudani")]


def test_a_definite_office_heads_no_second_office(nlp) -> None:
    """واتهمت الحكومة المبعوثة الأممية: the government accuses the envoy; a definite noun takes no genitive."""
    found = spans(nlp, "وانتقدت الحكومة المبعوثة الأممية. والتقى الرئيس الأمين العام للأمم المتحدة.", "actors")
    assert [a for a, _, _ in found] == ["المبعوثة الأممية", "الأمين العام للأمم المتحدة"]


@pytest.mark.parametrize(("text", "mention"), [
    ("وطالب البيان الأمين العام للأمم المتحدة بالرد.", "الأمين العام للأمم المتحدة"),
    ("وأدان البيان الصادر عن وزارة الخارجية المصرية القصف.", "البيان الصادر عن وزارة الخارجية المصرية"),
    ("وأدان البيان الختامي للقمة العربية القصف.", "البيان الختامي للقمة العربية"),
    ("وجاء في بيان وزارة الخارجية المصرية أن القصف مرفوض.", "بيان وزارة الخارجية المصرية"),
])
def test_a_definite_statement_names_its_issuer_only_after_a_preposition(nlp, text: str, mention: str) -> None:
    """بيان الوزارة (in construct), البيان الصادر عن الوزارة; وطالب البيان الأمين العام: the secretary-general is
    whom the statement addresses, not its issuer."""
    assert [a for a, _, _ in spans(nlp, text, "actors")] == [mention]


@pytest.mark.parametrize(("text", "found"), [
    ("عبر المجلس الرئاسي عن تأييده لبيان مصرف ليبيا المركزي.", [("المجلس الرئاسي", "libyan-presidential-council"),
                                                                ("ليبيا", "libya")]),
    ("عبر المجلس الرئاسي عن تأييده للقرار.", []),
    ("عبر المجلس الرئاسي الصومالي عن تأييده لقرار ليبيا.", [("المجلس الرئاسي الصومالي", "somalia"), ("ليبيا", "libya")]),
])
def test_a_body_named_without_its_state_is_the_one_whose_state_the_document_names(nlp, text: str, found) -> None:
    """المجلس الرئاسي is Libya's where the article names Libya; nobody's where it names no state of such a body,
    and another state's where its adjective says so."""
    assert [(a, kb) for a, _, kb in spans(nlp, text, "actors")] == found


def test_a_surname_of_two_words_names_the_person_again(nlp) -> None:
    """بدر عبد العاطي ... وأكد عبد العاطي: the surname after عبد is two words."""
    found = spans(nlp, "قال وزير الخارجية المصري بدر عبد العاطي إن الحل ممكن. وأكد عبد العاطي ضرورة الحوار.", "actors")
    assert [(a, kb) for a, _, kb in found] == [("وزير الخارجية المصري بدر عبد العاطي", "badr-abdelatty"),
                                               ("عبد العاطي", "badr-abdelatty")]


def test_a_member_of_a_body_is_a_title(nlp) -> None:
    """عضو المجلس الرئاسي الليبي عبدالله اللافي: a member, named after the body, is the person who speaks."""
    found = spans(nlp, "قال عضو المجلس الرئاسي الليبي عبدالله اللافي إن الحل ممكن.", "actors")
    assert [(a, label) for a, label, _ in found] == [("عضو المجلس الرئاسي الليبي عبدالله اللافي", "Person")]


@pytest.mark.parametrize(("text", "mention"), [
    ("وأصدر اتحاد عمال تونس بيانا أدان فيه التهجم.", "اتحاد عمال تونس"),
    ("وقالت نقابة الصحفيين التونسيين إنها ترفض القرار.", "نقابة الصحفيين التونسيين"),
])
def test_a_union_named_in_construct_is_a_new_organisation(nlp, text: str, mention: str) -> None:
    """A union's or syndicate's noun with its name (ending in a definite word or a state) speaks as a body."""
    assert [(a, label) for a, label, _ in spans(nlp, text, "actors")] == [(mention, "NonGovernmentalOrganisation")]


def test_a_union_noun_before_a_known_name_is_that_actor(nlp) -> None:
    assert [kb for _, _, kb in spans(nlp, "وعقدت هيئة الأمم المتحدة اجتماعا.", "actors")] == ["united-nations"]


def test_a_noun_joined_by_wa_with_its_pronoun_is_no_name(nlp) -> None:
    """رئيس الجمهورية وجهازه التنفيذي: the president and his executive, no person named وجهازه; وجيه is a name."""
    assert spans(nlp, "ورفض المزايدة على رئيس الجمهورية وجهازه التنفيذي.", "actors") == []
    assert [a for a, _, _ in spans(nlp, "وقال وزير الخارجية وجيه فرحات إن الحل ممكن.", "actors")] == [
        "وزير الخارجية وجيه فرحات"]


def test_an_organ_of_a_known_body_speaks_for_it(nlp) -> None:
    """اللجنة المركزية لحركة فتح: the committee speaks for Fatah; later الهيئة names the organ's body again."""
    found = spans(nlp, "قالت اللجنة المركزية لحركة فتح إنها ترفض القرار.", "actors")
    assert [(a, kind) for a, kind, _ in found] == [("اللجنة المركزية لحركة فتح", "PoliticalFaction")]
    assert spans(nlp, "قالت اللجنة الوطنية للانتخابات إنها ستعلن النتائج.", "actors") == []


def test_an_organ_names_the_body_it_belongs_to_after_its_qualifiers(nlp) -> None:
    """الهيئة الإدارية الجهوية لتونس الكبرى، التابعة لاتحاد الشغل: the union's regional board speaks for the union."""
    found = spans(nlp, "أعلنت الهيئة الإدارية الجهوية لتونس الكبرى، التابعة لاتحاد الشغل، رفضها للقرار.", "actors")
    assert [(kind, iri) for _, kind, iri in found] == [("NonGovernmentalOrganisation", "ugtt")]


def test_a_title_with_its_adjective_and_body_before_a_name_is_that_person(nlp) -> None:
    """المتحدث العسكري للحوثيين يحيى سريع: the title's adjective and the body after ل, then the holder's name
    (a body after ل is no construct, as مستشار ترامب is)."""
    found = spans(nlp, "وقال المتحدث الرسمي للحوثيين يحيى سريع إن العملية نجحت.", "actors")
    assert [(kind, iri) for _, kind, iri in found] == [("Person", "yahya-saree")]
    found = spans(nlp, "وقال المتحدث العسكري للحوثيين إن العملية نجحت.", "actors")
    assert [(kind, iri) for _, kind, iri in found] == [("ArmedGroup", "houthis")]


def test_a_body_named_again_after_the_verb_that_opens_its_clause(nlp) -> None:
    """كما مدّد المجلس: the council named before, after any verb that opens the clause (a shadda on the verb
    keeps it a word)."""
    found = spans(nlp, "اعتمد مجلس الأمن الدولي قرارا جديدا. كما مدّد المجلس ولاية البعثة.", "actors")
    assert [iri for _, _, iri in found] == ["un-security-council", "un-security-council"]
    assert [a for a, _, _ in spans(nlp, "اعتمد مجلس الأمن الدولي قرارا. وسلاح المجلس قديم.", "actors")] == [
        "مجلس الأمن الدولي"]


def test_a_demonym_joined_by_wa_before_a_known_name_is_that_person(nlp) -> None:
    """وزيرا الخارجية التركي هاكان فيدان والسعودي فيصل بن فرحان: the second minister, the title shared."""
    found = spans(nlp, "التقى وزيرا الخارجية التركي هاكان فيدان والسعودي فيصل بن فرحان في أنقرة.", "actors")
    assert [iri for _, _, iri in found][:2] == ["hakan-fidan", "faisal-bin-farhan"]
    assert [a for a, _, _ in spans(nlp, "وبحث الجانب التركي والسعودي العلاقات.", "actors")] == ["الجانب التركي"]


def test_a_body_noun_and_its_quoted_name_are_the_body_whose_label_they_make(nlp) -> None:
    """حركة "فتح": the noun and the quoted word make the label (فتح alone is a verb, not a name)."""
    found = spans(nlp, 'وقالت حركة "فتح" إن القرار مرفوض.', "actors")
    assert [(a, iri) for a, _, iri in found] == [('حركة "فتح"', "fatah")]
    assert spans(nlp, "وقرر فتح المعبر.", "actors") == []


def test_a_definite_plural_after_a_new_name_is_no_part_of_it(nlp) -> None:
    """أدان نائب الرئيس التركي جودت يلماز الغارات: the strikes are what he condemned, not his surname."""
    found = spans(nlp, "أدان نائب الرئيس التركي جودت يلماز الغارات بشدة.", "actors")
    assert [a for a, _, _ in found] == ["نائب الرئيس التركي جودت يلماز"]


def test_a_leader_in_a_body_and_a_mediator_are_titles(nlp) -> None:
    """القيادي في حماس أسامة حمدان: a title, في and the body, then the name; الوسيط الأممي is a title too."""
    assert [iri for _, _, iri in spans(nlp, "وقال القيادي في حماس أسامة حمدان إن الحل قريب.", "actors")] == ["osama-hamdan"]
    assert [(a, iri) for a, _, iri in spans(nlp, "وقال القيادي في حركة حماس إن الحل قريب.", "actors")] == [
        ("القيادي في حركة حماس", "hamas")]
    assert [iri for _, _, iri in spans(nlp, "وأكد الوسيط الأممي هانس غروندبرغ أن الحل قريب.", "actors")] == [
        "hans-grundberg"]


def test_two_holders_of_a_title_are_the_two_persons_named_last(nlp) -> None:
    """وزير الخارجية التركي هاكان فيدان ونظيره السعودي ... . الوزيران: the two ministers, not the ministry named between."""
    text = "التقى وزير الخارجية التركي هاكان فيدان نظيره السعودي فيصل بن فرحان. وقالت الخارجية التركية إن الوزيرين اتفقا."
    pair = next(span for span in nlp(text).spans["actors"] if span.label_ == "Pair")
    assert [member.kb_id_.rsplit("/", 1)[-1] for member in pair._.pair] == ["hakan-fidan", "faisal-bin-farhan"]


def test_a_bare_ministry_is_the_state_of_the_last_ministry_named(nlp) -> None:
    """وزارة الخارجية الكويتية ... السفير الإيراني ... وجددت الوزارة: Kuwait's ministry, not the last organ's state."""
    found = spans(nlp, "أعلنت وزارة الخارجية الكويتية استدعاء السفير الإيراني. وجددت الوزارة التأكيد على موقفها.", "actors")
    assert [(a, iri) for a, _, iri in found][-1] == ("الوزارة", "kuwait")


def test_a_body_named_again_after_a_fronted_phrase_and_before_its_object(nlp) -> None:
    """وفي بيان له اليوم، حمّل المجلس المسؤولية: the verb opens the clause after the comma, and المسؤولية (feminine)
    is no adjective of المجلس; a fronted resolution with its relative clause between commas is its body's."""
    found = spans(nlp, "أعلن المجلس الرئاسي الليبي وقف القتال. وفي بيان له اليوم، حمّل المجلس المسؤولية للمسلحين.",
                  "actors")
    assert [iri for _, _, iri in found] == ["libyan-presidential-council", "libyan-presidential-council"]
    found = spans(nlp, "اعتمد مجلس الأمن الدولي قرارا. القرار، الذي أيدته 11 دولة، دعا الأطراف إلى التفاوض.", "actors")
    assert [a for a, _, _ in found] == ["مجلس الأمن الدولي", "القرار"]


def test_the_head_of_a_bodys_longer_name_names_it_again(nlp) -> None:
    """الصليب الأحمر الدولي ... شددت اللجنة: the head noun of another of its names (اللجنة الدولية للصليب الأحمر)."""
    found = spans(nlp, "أصدر الصليب الأحمر الدولي تقريرا. وشددت اللجنة على ضرورة حماية المدنيين.", "actors")
    assert [(a, iri) for a, _, iri in found] == [("الصليب الأحمر", "icrc"), ("اللجنة", "icrc")]


@pytest.mark.parametrize("text", [
    "كما يرفض رئيس الجمهورية التفاوض تحت النار.",
    "وقال رئيس الحكومة إن المدنيين يقتلون يوميا.",
    "وأعلن رئيس الجمهورية لتكليفه بتشكيل الحكومة.",
])
def test_words_that_are_no_name_make_no_new_person(nlp, text: str) -> None:
    """تحت (a preposition), an imperfect plural verb, a governed noun with its pronoun: no family name."""
    assert not [a for a, label, iri in spans(nlp, text, "actors") if label == "Person"]


def test_a_resolution_after_a_verb_that_takes_an_object_is_no_speaker(nlp) -> None:
    """ودعا القرار إلى ...: the resolution speaks for its body; وأيّد القرار 13 عضوا: it is what was voted on."""
    assert [a for a, _, _ in spans(nlp, "اعتمد مجلس الأمن الدولي قرارا. وأيّد القرار 13 عضوا.", "actors")] \
        == ["مجلس الأمن الدولي"]
    assert [a for a, _, _ in spans(nlp, "اعتمد مجلس الأمن الدولي قرارا. ودعا القرار إلى وقف القتال.", "actors")] \
        == ["مجلس الأمن الدولي", "القرار"]


def test_an_organ_named_again_with_its_adjectives_is_its_body(nlp) -> None:
    """اللجنة المركزية لحركة فتح ... وأكدت اللجنة المركزية: Fatah again; an organ of an organ reaches the body."""
    found = spans(nlp, "طالبت اللجنة المركزية لحركة فتح بوقف العدوان. وأكدت اللجنة المركزية رفضها للاستيطان.", "actors")
    assert [(a, iri) for a, _, iri in found] == [("اللجنة المركزية لحركة فتح", "fatah"), ("اللجنة المركزية", "fatah")]
    found = spans(nlp, "عقدت الهيئة التنفيذية للقيادة المحلية للمجلس الانتقالي الجنوبي اجتماعا.", "actors")
    assert [iri for _, _, iri in found] == ["southern-transitional-council"]


@pytest.mark.parametrize(("text", "name"), [
    ("قال وزير الزراعة والري سامي النجار إن الموسم جيد.", "سامي النجار"),
    ("قالت وزيرة التخطيط والتعاون الدولي ليلى حداد إن الخطة جاهزة.", "ليلى حداد"),
    ("قال وزير الدولة للشؤون البرلمانية خالد منير إن الجلسة مهمة.", "خالد منير"),
    ("شارك وزير الدولة، وزير النقل والمواصلات، محمد الراشد، في الاجتماع.", "محمد الراشد"),
])
def test_an_office_with_a_domain_of_several_words_then_a_new_name(nlp, text: str, name: str) -> None:
    """وزير المحروقات والمناجم محمد عرقاب: the domain's words (joined by و, after ل) go on the title; the name ends it."""
    people = [a for a, label, _ in spans(nlp, text, "actors") if label == "Person"]
    assert len(people) == 1 and people[0].endswith(name)


def test_a_domain_word_is_no_name(nlp) -> None:
    """وزير الدولة للشؤون الخارجية والتعاون الدولي إن ...: no person named التعاون الدولي."""
    text = "وقال وزير الدولة الصومالي للشؤون الخارجية والتعاون الدولي إن الزيارة مهمة."
    assert not [a for a, label, _ in spans(nlp, text, "actors") if label == "Person"]


def test_a_name_then_a_title_that_names_no_body_is_a_new_person(nlp) -> None:
    """ليلى بنعلي، وزيرة الانتقال الطاقي ... في المغرب، إن: the name before a comma and a bare title is its holder."""
    found = spans(nlp, "قالت ليلى حداد، وزيرة التخطيط والتعاون الدولي في الأردن، إن الخطة جاهزة.", "actors")
    assert ("ليلى حداد", "Person") in [(a, label) for a, label, _ in found]
    assert not [a for a, label, _ in spans(nlp, "وأكد سامي النجار، وزير، أن الموسم جيد.", "actors") if label == "Person"]


def test_the_ministry_named_again_many_sentences_later_is_the_last_ministry_named(nlp) -> None:
    """وانتقدت الوزارة three long sentences after وزارة الخارجية المصرية: still that ministry's state."""
    filler = " ".join(["وتناول البيان تفاصيل كثيرة عن الأوضاع الاقتصادية والاجتماعية في المنطقة خلال الأشهر الماضية."] * 8)
    found = spans(nlp, f"أصدرت وزارة الخارجية المصرية بيانا. {filler} وانتقدت الوزارة القرار.", "actors")
    assert [(a, iri) for a, _, iri in found][-1] == ("الوزارة", "egypt")


@pytest.mark.parametrize("text", [
    "رفضت الحكومة الكينية التدخل في شؤونه الداخلية.",
    "وقال الوزير المصري إن السياسة الخارجية ثابتة.",
])
def test_a_ministry_word_after_the_noun_it_describes_is_an_adjective(nlp, text: str) -> None:
    """شؤونه الداخلية، السياسة الخارجية: internal affairs and foreign policy, no ministry of the state named before."""
    assert len(spans(nlp, text, "actors")) == 1


def test_a_ministry_word_after_a_verb_with_its_object_pronoun_is_the_ministry(nlp) -> None:
    """وأبلغته الخارجية بالقرار: the ministry informed him."""
    found = spans(nlp, "التقى الوزير المصري نظيره. وأبلغته الخارجية بالقرار.", "actors")
    assert [(a, iri) for a, _, iri in found][-1] == ("الخارجية", "egypt")


def test_a_title_with_a_construct_domain_names_its_holder_again(nlp) -> None:
    """رئيس مجلس النواب سامي النجار ... ودان رئيس مجلس النواب: the same new person; his deputy is someone else."""
    found = spans(nlp, "دعا رئيس مجلس النواب سامي النجار إلى الحوار. ودان رئيس مجلس النواب الهجوم.", "actors")
    assert [(a, label) for a, label, _ in found] == [("رئيس مجلس النواب سامي النجار", "Person"),
                                                     ("رئيس مجلس النواب", "Person")]
    found = spans(nlp, "دعا رئيس مجلس النواب سامي النجار إلى الحوار. ودعا نائب رئيس مجلس النواب إلى التهدئة.", "actors")
    assert len(found) == 1


def test_an_organ_in_a_state_is_that_states_organ(nlp) -> None:
    """وزارة الخارجية في دولة الإمارات، الحكومة في العراق: the organ of the state it sits in."""
    found = spans(nlp, "وعبرت وزارة الخارجية في دولة الإمارات عن أملها في التهدئة.", "actors")
    assert [(a, iri) for a, _, iri in found] == [("وزارة الخارجية في دولة الإمارات", "united-arab-emirates")]


def test_a_state_under_its_title_is_the_state(nlp) -> None:
    """جمهورية الصومال، مملكة البحرين: a state's title in construct before its name, alone or after an organ."""
    found = spans(nlp, "ورحبت حكومة جمهورية الصومال بالقرار. وقالت وزارة الخارجية في مملكة البحرين إنها ترفض التدخل.",
                  "actors")
    assert [(a, iri) for a, _, iri in found] == [("حكومة جمهورية الصومال", "somalia"),
                                                ("وزارة الخارجية في مملكة البحرين", "bahrain")]


def test_a_titles_adjective_alone_is_no_office(nlp) -> None:
    """في 12 سبتمبر الحالي: "current" after a date names no organ of the state named before."""
    found = spans(nlp, "رفض الجيش السوداني الدعوة. وكانت اللجنة دعت في يوم 12 سبتمبر الحالي إلى وقف القتال.", "actors")
    assert [a for a, _, _ in found] == ["الجيش السوداني"]


def test_two_titles_stacked_name_one_holder(nlp) -> None:
    """محافظ ذمار عضو المكتب السياسي لحركة أنصار الله محمد البخيتي: a governor's title, its domain, then a second
    title without a comma, all of one person."""
    found = spans(nlp, "وقال محافظ ذمار عضو المكتب السياسي لحركة أنصار الله محمد البخيتي إن الحرب انتهت.", "actors")
    assert [(a, label) for a, label, _ in found] == [
        ("محافظ ذمار عضو المكتب السياسي لحركة أنصار الله محمد البخيتي", "Person")]


def test_past_is_no_cue_of_pressing_on(nlp) -> None:
    """الماضية (past) folds to the form of ماضية في (pressing on with): only the bare word is the cue."""
    assert "الماضية" not in [c for c, _, _ in spans(nlp, "خلال الأعوام الماضية في مجالات عدة.", "cues")]
    assert [c for c, _, _ in spans(nlp, "وقال إن الحكومة ماضية في الإصلاحات.", "cues")] == ["ماضية"]
