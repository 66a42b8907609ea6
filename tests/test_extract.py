"""Extraction on our own sentences (not copied from any article), one phenomenon each."""
import pytest

import kg
from kg.vocab import ACTOR


def found(text: str) -> list[tuple[str, str, str, bool]]:
    return [(s.holder.name, s.stance_name, s.issue_text, s.hedged) for s in kg.extract_text(text, outlet="Shafaq News")]


@pytest.mark.parametrize(("text", "expected"), [
    # subject-first, the capital stands for its state
    ("أعلنت الحكومة أن طهران ترفض إقامة قواعد أجنبية في المنطقة.",
     [("Iran", "oppose", "إقامة قواعد أجنبية في المنطقة", False)]),
    # verb-first, with the particle the cue needs
    ("وتخشى عمّان من تدفق اللاجئين عبر حدودها الشمالية.",
     [("Jordan", "concern", "تدفق اللاجئين عبر حدودها الشمالية", False)]),
    ("وحذرت الأمم المتحدة من تدهور الأوضاع الإنسانية في مخيم الهول.",
     [("United Nations", "concern", "تدهور الأوضاع الإنسانية في مخيم الهول", False)]),
    # coordinated actors: one statement each
    ("تدعو مصر والأردن إلى وقف إطلاق النار في غزة.",
     [("Egypt", "support", "وقف إطلاق النار في غزة", False), ("Jordan", "support", "وقف إطلاق النار في غزة", False)]),
    # a hedge is kept on the statement
    ("قد تعارض موسكو أي قرار جديد في مجلس الأمن.",
     [("Russia", "oppose", "أي قرار جديد في مجلس الأمن", True)]),
    # a verbal noun with its holder as genitive
    ("وجاء ذلك بعد رفض الرياض المبادرة الأمريكية الأخيرة.",
     [("Saudi Arabia", "oppose", "المبادرة الأمريكية الأخيرة", False)]),
    # a stance noun after its subject, with an attached pronoun
    ("أبدت الأردن تحفظها على مشروع القرار.",
     [("Jordan", "reserved", "مشروع القرار", False)]),
    # a pronoun subject resolved to the actor before it
    ("أكدت قطر أنها تدعم الحوار بين الأطراف السورية.",
     [("Qatar", "support", "الحوار بين الأطراف السورية", False)]),
    # a purpose phrase adds the aim as a second statement
    ("وتدعم واشنطن الحوار الوطني بهدف تعزيز الاستقرار في البلاد.",
     [("United States", "support", "الحوار الوطني", False),
      ("United States", "support", "تعزيز الاستقرار في البلاد", False)]),
    # evaluative predicates belong to whoever asserts them
    ("ويرى السوداني أن إشراك دول الجوار ضروري لاستقرار العراق.",
     [("Mohammed Shia al-Sudani", "support", "إشراك دول الجوار", False)]),
    ("ترى تركيا أن عودة اللاجئين السوريين ضرورية.",
     [("Turkey", "support", "عودة اللاجئين السوريين", False)]),
    ("وأكد تقرير لمجموعة الأزمات الدولية أن الفصائل المسلحة لا تزال تمثل تهديدا للاستقرار.",
     [("International Crisis Group", "concern", "الفصائل المسلحة", False)]),
    # a state organ or office named by its demonym speaks for its state
    ("وقال وزير الخارجية الأردني إن تهريب المخدرات يشكل خطرا على أمن المنطقة.",
     [("Jordan", "concern", "تهريب المخدرات", False)]),
    ("أعربت الحكومة العراقية عن قلقها إزاء تصاعد الهجمات.",
     [("Iraq", "concern", "تصاعد الهجمات", False)]),
    # a negated cue that has a negated reading flips: لن تقبل is opposition
    ("وأكدت أنقرة أنها لن تقبل بوجود مسلحين قرب حدودها.",
     [("Turkey", "oppose", "بوجود مسلحين قرب حدودها", False)]),
    # an opinion verb with its subject: X considers Y a threat
    ("ولا تزال واشنطن تعتبر الفصائل المسلحة تهديدا لقواتها.",
     [("United States", "concern", "الفصائل المسلحة", False)]),
    # the verbal noun reported by a speaker belongs to its genitive
    ("وأكد السوداني دعم العراق لوحدة الأراضي السورية.",
     [("Iraq", "support", "لوحدة الأراضي السورية", False)]),
    # his country: the speaker's state
    ("وقال وزير الخارجية التركي هاكان فيدان إن بلاده ترفض أي تقسيم لسوريا.",
     [("Turkey", "oppose", "أي تقسيم لسوريا", False)]),
    # a person in no list, introduced by title and demonym, holds the stance and is remembered
    ("ورفض وزير الخارجية الليبي محمد الباعور التدخل الأجنبي. وحذر الباعور من تقسيم البلاد.",
     [("محمد الباعور", "oppose", "التدخل الأجنبي", False), ("محمد الباعور", "concern", "تقسيم البلاد", False)]),
    # a place after the subject is not the issue
    ("وطالب سفير تونس في بغداد بتسهيل منح التأشيرات.",
     [("Tunisia", "support", "بتسهيل منح التأشيرات", False)]),
    # armed groups named by a broken plural and their qualifiers
    ("وتطالب فصائل عراقية مسلحة بخروج القوات الأجنبية.",
     [("فصائل عراقية مسلحة", "support", "بخروج القوات الأجنبية", False)]),
    # a manner phrase: the verb's object is the issue; an intensifier is not
    ("وقالت الخارجية الإيرانية إن طهران تراقب التطورات بقلق بالغ.",
     [("Iran", "concern", "التطورات", False)]),
    # a title, the body it belongs to, and the person holding it
    ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى حوار شامل.",
     [("António Guterres", "support", "حوار شامل", False)]),
    # a bare organ noun right after a state organ stands for the same state
    ("وأعلن المتحدث باسم الحكومة العراقية أن الحكومة ترحب بأي مبادرة عربية.",
     [("Iraq", "support", "بأي مبادرة عربية", False)]),
    # members of a body speak for it
    ("وأبدت قوى في الإطار التنسيقي تحفظات على الانفتاح السريع.",
     [("Coordination Framework", "reserved", "الانفتاح السريع", False)]),
    # a cue with a negated reading: not objecting is accepting
    ("وأكدت مصادر أن الرياض لا تمانع إعادة فتح سفارتها في دمشق.",
     [("Saudi Arabia", "support", "إعادة فتح سفارتها في دمشق", False)]),
    ("وأبدت الكويت استعدادها لاستضافة جولة جديدة من المحادثات.",
     [("Kuwait", "support", "لاستضافة جولة جديدة من المحادثات", False)]),
    # an act joined by و to the act an issue opens with is an issue of its own (real news is annotated so); a noun
    # the act takes (تعزيز الأمن والاستقرار) and a word whose و is its own (وقف، وضع) are not
    ("وطالبت بغداد بتنسيق أمني مع عمّان وتعزيز الرقابة على الحدود.",
     [("Iraq", "support", "بتنسيق أمني مع عمّان", False), ("Iraq", "support", "وتعزيز الرقابة على الحدود", False)]),
    ("وتسعى طهران إلى إعادة التموضع ومحاولة استعادة نفوذها.",
     [("Iran", "support", "إعادة التموضع", False), ("Iran", "support", "ومحاولة استعادة نفوذها", False)]),
    ("ودعت الكويت إلى تعزيز الأمن والاستقرار في المنطقة.",
     [("Kuwait", "support", "تعزيز الأمن والاستقرار في المنطقة", False)]),
    ("ودعت مصر إلى تحقيق الاستقرار والسلام في المنطقة.", [("Egypt", "support", "تحقيق الاستقرار والسلام في المنطقة", False)]),
    ("وأكدت مصر دعمها الاستقرار في سوريا والحفاظ على مؤسساتها الوطنية.",
     [("Egypt", "support", "الاستقرار في سوريا", False), ("Egypt", "support", "والحفاظ على مؤسساتها الوطنية", False)]),
    ("ورحبت الكويت بإعلان الرئيس الأميركي وقف الحرب.", [("Kuwait", "support", "بإعلان الرئيس الأميركي وقف الحرب", False)]),
    # negation on the verb that expresses the noun; no objection is acceptance
    ("ولم تبد موسكو أي اعتراض على الاتفاق.", [("Russia", "support", "الاتفاق", False)]),
    # hedges in an aside and in the governing clause; an intensifier is not the issue
    ("وتسعى واشنطن، بحسب مسؤولين، إلى تقليص وجودها العسكري.",
     [("United States", "support", "تقليص وجودها العسكري", True)]),
    ("ومن المتوقع أن ترفض موسكو مشروع القرار.", [("Russia", "oppose", "مشروع القرار", True)]),
    ("وأعلنت الحكومة السورية رفضها القاطع للتوغل في القنيطرة.",
     [("Syria", "oppose", "للتوغل في القنيطرة", False)]),
    # a capital of a state that only CLDR lists
    ("وتؤيد باريس إجراء انتخابات حرة في سوريا.", [("France", "support", "إجراء انتخابات حرة في سوريا", False)]),
    # whom a call addresses stands between the cue and its particle; it is not the issue
    ("دعت الإدارة الذاتية الدول المعنية إلى استعادة رعاياها.",
     [("Autonomous Administration of North and East Syria", "support", "استعادة رعاياها", False)]),
    # an unnamed camp with its affiliation is an actor of its own
    ("وأعلن تيار مناهض لإيران رفضه لأي تدخل خارجي.",
     [("تيار مناهض لإيران", "oppose", "لأي تدخل خارجي", False)]),
    ("وتعارض بغداد وأربيل أي تدخل تركي في الشمال.",
     [("Iraq", "oppose", "أي تدخل تركي في الشمال", False),
      ("Kurdistan Regional Government", "oppose", "أي تدخل تركي في الشمال", False)]),
    # two clauses, two actors
    ("ودعا حزب الله إلى الحوار، فيما رحبت إيران بالاتفاق الجديد.",
     [("Hezbollah", "support", "الحوار", False), ("Iran", "support", "بالاتفاق الجديد", False)]),
    # a noun of manner is empty without its relative clause; another head ends at it
    ("وانتقد الاتحاد الأوروبي الأسلوب الذي توزع به الحصص المائية بين الدول.",
     [("European Union", "oppose", "الأسلوب الذي توزع به الحصص المائية بين الدول", False)]),
    # a short issue takes its relative clause along: it says which one
    ("ورحبت بغداد بالتعاون الأمني الذي تقوده واشنطن.",
     [("Iraq", "support", "بالتعاون الأمني الذي تقوده واشنطن", False)]),
    # an evaluative noun in construct qualifies the issue of the cue before it
    ("وحذرت الكويت من خطر انتشار الأسلحة في المنطقة.",
     [("Kuwait", "concern", "انتشار الأسلحة في المنطقة", False)]),
    # a dateline before the reporting frame; حكومته is the speaker's state
    ("الموصل - قال وزير الخارجية العراقي فؤاد حسين إن حكومته ترفض أي اعتداء على الأراضي العراقية.",
     [("Iraq", "oppose", "أي اعتداء على الأراضي العراقية", False)]),
    # a plural of a verb with a weak final letter (يخشى → يخشون)
    ("لكن مسؤولين أردنيين يخشون تصاعد الهجمات على الحدود.",
     [("Jordan", "concern", "تصاعد الهجمات على الحدود", False)]),
    # the subject before a place (not the place); قد before a past verb is no hedge
    ("وكانت السفارة الروسية في دمشق قد رحبت بالاتفاق الجديد.",
     [("Russia", "support", "بالاتفاق الجديد", False)]),
    # satisfaction expressed with a possessive
    ("وأعربت الخارجية القطرية عن ارتياحها لنتائج الاجتماع.",
     [("Qatar", "support", "لنتائج الاجتماع", False)]),
    # a body noun before a known body's name; a party noun and a definite name make a new party,
    # and who leads it is not the issue
    ("وانتقدت منظمة هيومن رايتس ووتش القيود المفروضة على الصحفيين.",
     [("Human Rights Watch", "oppose", "القيود المفروضة على الصحفيين", False)]),
    ("ودعا حزب الاستقلال بزعامة أحد النواب إلى إجراء انتخابات مبكرة.",
     [("حزب الاستقلال", "support", "إجراء انتخابات مبكرة", False)]),
    ("ورفض حزب الاستقلال التعديل الدستوري.",
     [("حزب الاستقلال", "oppose", "التعديل الدستوري", False)]),
    # a pledge and openness, each with its particle
    ("وتعهدت اليابان بتقديم مساعدات إنسانية للنازحين.",
     [("Japan", "support", "بتقديم مساعدات إنسانية للنازحين", False)]),
    ("وأبدت بغداد انفتاحها على الحوار مع أربيل.",
     [("Iraq", "support", "الحوار مع أربيل", False)]),
    # "the only option" is asserted by whoever holds the opinion
    ("وترى القاهرة أن التفاوض هو الخيار الوحيد لتسوية النزاع.",
     [("Egypt", "support", "التفاوض", False)]),
    # a body's nisba after a title (المبعوث الأممي: the UN's envoy)
    ("وحذر المبعوث الأممي من تفشي الكوليرا في المخيمات.",
     [("United Nations", "concern", "تفشي الكوليرا في المخيمات", False)]),
    # a first-person verb opening a quote is the speaker's
    ("وقال وزير الخارجية السعودي فيصل بن فرحان: «نؤيد إقامة دولة فلسطينية مستقلة».",
     [("Faisal bin Farhan", "support", "إقامة دولة فلسطينية مستقلة", False)]),
    # ة written ت before a pronoun (معارضتها is معارضة + ها); doubt as reservation
    ("وأعلنت الحكومة الأردنية معارضتها لأي تهجير للسكان.",
     [("Jordan", "oppose", "لأي تهجير للسكان", False)]),
    ("وشكك البرلمان الكويتي في جدوى الاتفاقية الجديدة.",
     [("Kuwait", "reserved", "جدوى الاتفاقية الجديدة", False)]),
    # a second verb of stance joined by و: its own issue, the first verb's subject
    ("وتدعم قطر الحوار الوطني وترفض أي تدخل خارجي في الشأن الليبي.",
     [("Qatar", "support", "الحوار الوطني", False), ("Qatar", "oppose", "أي تدخل خارجي في الشأن الليبي", False)]),
    ("ولا تزال أنقرة متمسكة بإنشاء منطقة آمنة على حدودها.",
     [("Turkey", "support", "بإنشاء منطقة آمنة على حدودها", False)]),
    # a participle of saying, or a verb with an elided subject, after a statement: its holder asserts the predicate
    ("ورفض الأردن المقترح، مؤكدا ضرورة التشاور مع دول الجوار.",
     [("Jordan", "oppose", "المقترح", False), ("Jordan", "support", "التشاور مع دول الجوار", False)]),
    ("وأبدت الكويت تحفظها على الخطة، مشيرة إلى ضرورة إشراك دول الجوار.",
     [("Kuwait", "reserved", "الخطة", False), ("Kuwait", "support", "إشراك دول الجوار", False)]),
    ("ورفضت مصر المقترح، وأكدت أن الحوار ضروري لحل الأزمة.",
     [("Egypt", "oppose", "المقترح", False), ("Egypt", "support", "الحوار", False)]),
    # not when the reporting verb has a subject of its own, even one kg cannot name
    ("ورحبت مصر بالاتفاق، فيما أكد مراقبون ضرورة الحذر.",
     [("Egypt", "support", "بالاتفاق", False)]),
    # displeasure, a negated "allow", hope with its holder's pronoun
    ("وأعربت ألمانيا عن استيائها من تأخر صرف المساعدات.",
     [("Germany", "oppose", "تأخر صرف المساعدات", False)]),
    ("وأكدت أنقرة أنها لن تسمح بإقامة كيان انفصالي على حدودها.",
     [("Turkey", "oppose", "بإقامة كيان انفصالي على حدودها", False)]),
    ("وأعربت الكويت عن أملها في التوصل إلى حل سياسي للأزمة.",
     [("Kuwait", "support", "التوصل إلى حل سياسي للأزمة", False)]),
    # an affirmation yields to the stance cue that opens its issue
    ("وجددت السعودية تأكيدها على دعم الحكومة الشرعية.",
     [("Saudi Arabia", "support", "الحكومة الشرعية", False)]),
    ("وجدد الأردن تأكيده على رفض أي تهجير للسكان.",
     [("Jordan", "oppose", "أي تهجير للسكان", False)]),
    ("وجددت مصر تأكيدها على وحدة الأراضي الليبية.",
     [("Egypt", "support", "وحدة الأراضي الليبية", False)]),
    # a preposition after a title is no name (على folds to علي); a common given name starts one
    ("وحث الرئيس المصري على وحدة الصف.",
     [("Egypt", "support", "وحدة الصف", False)]),
    ("وانتقد رئيس البرلمان نبيه سعدون التدخل الخارجي.",
     [("نبيه سعدون", "oppose", "التدخل الخارجي", False)]),
    # a seat of government stands for its state, as a capital does; a demonym too short for the generator
    ("وحذر الكرملين من توسيع العمليات العسكرية.",
     [("Russia", "concern", "توسيع العمليات العسكرية", False)]),
    ("ورحب البيت الأبيض بالاتفاق.",
     [("United States", "support", "بالاتفاق", False)]),
    ("وقال المتحدث باسم الخارجية الصينية: «نعارض أي عقوبات أحادية».",
     [("China", "oppose", "أي عقوبات أحادية", False)]),
    ("وأيد البرلمان الأوروبي بالإجماع قرارا يدين الانتهاكات.",
     [("European Parliament", "support", "قرارا يدين الانتهاكات", False)]),
    # an aside between commas that a preposition opens is passed over on the way to the subject
    ("وأعلنت تركيا، في بيان لوزارة خارجيتها، رفضها للقرار.",
     [("Turkey", "oppose", "للقرار", False)]),
    # a verb cue right after a comma qualifies the clause before it (a circumstantial participle)
    ("ورفضت مصر المقترح، داعية إلى الحوار.",
     [("Egypt", "oppose", "المقترح", False), ("Egypt", "support", "الحوار", False)]),
    # readiness as an adjective; a negated hedge over the clause cancels it
    ("وقالت تركيا إنها مستعدة للوساطة بين الطرفين.",
     [("Turkey", "support", "للوساطة بين الطرفين", False)]),
    # praise and appreciation; شجب condemns; من المرجح hedges
    ("وأشادت قطر بالدور المصري في الوساطة.",
     [("Qatar", "support", "بالدور المصري في الوساطة", False)]),
    ("وثمنت البحرين الجهود السعودية لحل الأزمة.",
     [("Bahrain", "support", "الجهود السعودية لحل الأزمة", False)]),
    ("وشجبت الجزائر الهجوم على القافلة.",
     [("Algeria", "oppose", "الهجوم على القافلة", False)]),
    ("ومن المرجح أن تعارض روسيا مشروع القرار.",
     [("Russia", "oppose", "مشروع القرار", True)]),
    # بلاده in a cue's genitive, with no speaker: the state of the actor named before it
    ("وأعرب المبعوث الأمريكي عن رفض بلاده لأي تدخل في عمل القضاء.",
     [("United States", "oppose", "لأي تدخل في عمل القضاء", False)]),
    # a red line is opposition, held by whoever asserts it; a presidential council is its state's organ
    ("وترى عمّان أن تهجير الفلسطينيين خط أحمر.",
     [("Jordan", "oppose", "تهجير الفلسطينيين", False)]),
    ("ودعا المجلس الرئاسي اليمني إلى استئناف المفاوضات.",
     [("Yemen", "support", "استئناف المفاوضات", False)]),
    # a two-letter word closes a name after a title (ما is no family name)
    ("وانتقد رئيس الحكومة الإسبانية خافيير مارتينيث ما اعتبره تقاعسا في ملف الهجرة.",
     [("خافيير مارتينيث", "oppose", "ما اعتبره تقاعسا في ملف الهجرة", False)]),
    # a quote that opens the sentence is its speaker's, named after it
    ("قال الرئيس التركي إن بلاده ترفض التدخل. «نرفض أي حوار مع الجماعات المسلحة»، قال وزير الداخلية العراقي.",
     [("Turkey", "oppose", "التدخل", False), ("Iraq", "oppose", "أي حوار مع الجماعات المسلحة", False)]),
    # the importance of X, asserted, is support for X
    ("وأكد الوزير التركي أهمية الحوار مع دمشق.",
     [("Turkey", "support", "الحوار مع دمشق", False)]),
    # sharing a stance carries it to a new actor
    ("تخشى الرياض من اتساع رقعة الصراع في اليمن. وتشاطر الكويت الرياض المخاوف ذاتها.",
     [("Saudi Arabia", "concern", "اتساع رقعة الصراع في اليمن", False),
      ("Kuwait", "concern", "المخاوف ذاتها", False)]),
])
def test_statements(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert found(text) == expected


# Real news: attribution, frames and holders as wire copy writes them (our own sentences, one each).
@pytest.mark.parametrize(("text", "expected"), [
    # a quote after a verb of saying stays its speaker's across sentences; first person is the speaker
    ("وقال وزير الخارجية التركي هاكان فيدان في مقابلة: \"نرفض أي وجود للمسلحين قرب حدودنا. لا نريد تصعيدا جديدا\".",
     [("Hakan Fidan", "oppose", "أي وجود للمسلحين قرب حدودنا", False), ("Hakan Fidan", "oppose", "تصعيدا جديدا", False)]),
    # a relay gives the voice to the one relayed (his state, through بلاده)
    ("ونقلت وكالة الأنباء القطرية عن رئيس الوزراء القطري قوله إن بلاده ترفض التهجير.",
     [("Qatar", "oppose", "التهجير", False)]),
    # a participle goes on for the sentence's subject; a stance noun with its pronoun after أعرب عن
    ("أعرب الأمين العام لجامعة الدول العربية أحمد أبو الغيط عن قلقه إزاء تصاعد العنف، داعيا الأطراف إلى ضبط النفس.",
     [("Ahmed Aboul Gheit", "concern", "تصاعد العنف", False), ("Ahmed Aboul Gheit", "support", "ضبط النفس", False)]),
    # a name, a comma and a title make a new person; the surname names them again; the aside is passed over
    ("أدان سامي الخطيب، المتحدث باسم الحكومة الأردنية، الهجوم على القافلة. وشدد الخطيب على ضرورة محاسبة المسؤولين.",
     [("سامي الخطيب", "oppose", "الهجوم على القافلة", False), ("سامي الخطيب", "support", "محاسبة المسؤولين", False)]),
    # a title the document introduced someone with names that person again
    ("أكد سليم العبيدي، المتحدث باسم الخارجية العراقية، رفض بغداد للتدخل. وقال المتحدث باسم الخارجية: \"ندعم الحوار\".",
     [("Iraq", "oppose", "للتدخل", False), ("سليم العبيدي", "support", "الحوار", False)]),
    # an honorific before the subject
    ("دعا الشيخ تميم بن حمد آل ثاني، أمير قطر، إلى وقف الحرب.",
     [("Tamim bin Hamad Al Thani", "support", "وقف الحرب", False)]),
    # the two sides are the two actors named last
    ("التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري بدر عبد العاطي. وأكد الجانبان رفض التهجير.",
     [("Ayman Safadi", "oppose", "التهجير", False), ("Badr Abdelatty", "oppose", "التهجير", False)]),
    # the kingdom is the last state named a kingdom
    ("وذكرت السعودية في بيان أن المملكة ترفض أي اعتداء على سيادة لبنان.",
     [("Saudi Arabia", "oppose", "أي اعتداء على سيادة لبنان", False)]),
    # obligation is what the speaker wants
    ("وقال الرئيس الفرنسي إيمانويل ماكرون: \"يجب وقف إطلاق النار فورا\".",
     [("Emmanuel Macron", "support", "وقف إطلاق النار فورا", False)]),
    # it is on X to do Y: whoever says it wants Y (a frame at a clause's start, not the preposition)
    ("وقالت كالاس إن على إسرائيل وقف عملياتها في لبنان.", [("Kaja Kallas", "support", "وقف عملياتها في لبنان", False)]),
    ("وقال فيدان: \"على قوات سوريا الديمقراطية أن تحترم الاتفاق\".", [("Hakan Fidan", "support", "تحترم الاتفاق", False)]),
    # asking that X not happen opposes X
    ("وطالب الاتحاد الأوروبي بعدم استهداف المدنيين.",
     [("European Union", "oppose", "استهداف المدنيين", False)]),
    # a particle after an aside and a quote mark; the quoted words are the issue
    ("ودعت فرنسا، في بيان لوزارة خارجيتها، \"إلى انسحاب القوات من النقاط الحدودية\".",
     [("France", "support", "انسحاب القوات من النقاط الحدودية", False)]),
    # a participle of expressing with the hope it expresses
    ("ورحبت الإمارات بالبيان المشترك، معربة عن أملها في أن يسهم في تحقيق الاستقرار.",
     [("United Arab Emirates", "support", "بالبيان المشترك", False),
      ("United Arab Emirates", "support", "يسهم في تحقيق الاستقرار", False)]),
    # keenness, congratulation (the addressee is not the holder), recognition, abstention, accusation, intent
    ("وأعرب الرئيس المصري عن حرص بلاده على أمن المنطقة.", [("Egypt", "support", "أمن المنطقة", False)]),
    ("وهنأت الإمارات الحكومة اللبنانية على تشكيل الحكومة الجديدة.",
     [("United Arab Emirates", "support", "تشكيل الحكومة الجديدة", False)]),
    ("أعرب الوزير الكويتي عن قلقه، وهنأ الحكومة العراقية على نجاح الانتخابات.",
     [("Kuwait", "support", "نجاح الانتخابات", False)]),
    ("واعترفت إسبانيا بدولة فلسطين.", [("Spain", "support", "بدولة فلسطين", False)]),
    ("وامتنعت الصين عن التصويت على مشروع القرار.", [("China", "reserved", "مشروع القرار", False)]),
    ("واتهمت الحكومة السودانية قوات الدعم السريع بارتكاب انتهاكات.",
     [("Sudan", "oppose", "بارتكاب انتهاكات", False)]),
    ("وتعتزم الحكومة العراقية إجراء انتخابات مبكرة.", [("Iraq", "support", "إجراء انتخابات مبكرة", False)]),
    ("وأكدت تركيا عزمها على مواصلة العمليات العسكرية.", [("Turkey", "support", "مواصلة العمليات العسكرية", False)]),
    ("وأعلنت الحكومة اللبنانية التزامها بتنفيذ القرار 1701.", [("Lebanon", "support", "بتنفيذ القرار 1701", False)]),
    # standing with, إلى جانب as one preposition
    ("وأكد الملك عبد الله الثاني وقوف الأردن إلى جانب الشعب الفلسطيني.",
     [("Jordan", "support", "الشعب الفلسطيني", False)]),
    # our pronoun on a noun before the cue is the speaker's
    ("وقال عراقجي إن موقفنا الداعم للمقاومة ثابت.", [("Abbas Araghchi", "support", "للمقاومة ثابت", False)]),
    # a second verb joined by و after a comma keeps the subject; the actor after it is whom it calls on
    ("وأدانت قطر الهجوم، ودعت المجتمع الدولي إلى التحرك العاجل.",
     [("Qatar", "oppose", "الهجوم", False), ("Qatar", "support", "التحرك العاجل", False)]),
    # a predicate after a quote mark is its speaker's
    ("وقال وزير الخارجية المصري بدر عبد العاطي في مؤتمر صحفي، إن \"الوضع في غزة كارثي\".",
     [("Badr Abdelatty", "concern", "الوضع في غزة", False)]),
    # a short issue takes its relative clause; a list of demands after commas gives one issue each
    ("ورحبت الكويت بالاتفاق الذي توصلت إليه الأطراف اليمنية.",
     [("Kuwait", "support", "بالاتفاق الذي توصلت إليه الأطراف اليمنية", False)]),
    ("ودعت مصر إلى وقف الحرب، ومحاسبة المسؤولين.",
     [("Egypt", "support", "وقف الحرب", False), ("Egypt", "support", "ومحاسبة المسؤولين", False)]),
    # holding someone responsible opposes what they are held responsible for
    ("وحملت الحكومة اليمنية جماعة الحوثي المسؤولية الكاملة عن الهجمات على السفن.",
     [("Yemen", "oppose", "الهجمات على السفن", False)]),
    # asking someone to refrain from X opposes X
    ("وطالب الرئيس الأمريكي العراق بالامتناع عن انتخاب رئيس وزراء موال لإيران.",
     [("United States", "oppose", "انتخاب رئيس وزراء موال لإيران", False)]),
    # a sentence that opens with a verb and an actor: the participle goes on for that actor
    ("استعرضت بعثة الأمم المتحدة لمساعدة العراق مع المفوضية خطط الانتخابات، داعية المفوضية إلى النزاهة.",
     [("UNAMI", "support", "النزاهة", False)]),
    # a lone comma before the object; a relative clause between commas before the particle
    ("أدانت وزارة الخارجية السورية، الزيارة التي أجراها رئيس الوزراء الإسرائيلي إلى الجنوب.",
     [("Syria", "oppose", "الزيارة التي أجراها رئيس الوزراء الإسرائيلي إلى الجنوب", False)]),
    ("ورحبت قوات الدعم السريع، التي تقاتل الجيش منذ عامين، بالمبادرة الأمريكية.",
     [("Rapid Support Forces", "support", "بالمبادرة الأمريكية", False)]),
    # a stance noun after ب is the issue of the cue before it, not its subject's stance; a particle on a cue
    ("ورحبت وزارة الخارجية العراقية بدعوة زعيم حزب العمال الكردستاني إلى إلقاء السلاح.",
     [("Iraq", "support", "بدعوة زعيم حزب العمال الكردستاني إلى إلقاء السلاح", False)]),
    ("وأكد الوزير التونسي التزام تونس الثابت بمساندة جهود الأمم المتحدة.",
     [("Tunisia", "support", "بمساندة جهود الأمم المتحدة", False)]),
    # a body named again by the head of its name (المجلس after مجلس الأمن الدولي)
    ("ادان مجلس الأمن الدولي بشدة الهجوم على المدينة. وحث المجلس الأطراف على وقف القتال.",
     [("UN Security Council", "oppose", "الهجوم على المدينة", False), ("UN Security Council", "support", "وقف القتال", False)]),
    # a spokesman named by his state; بلاده is that state
    ("وأكد المتحدث الإيراني أن بلاده ملتزمة بتعهداتها.", [("Iran", "support", "بتعهداتها", False)]),
    # writing is saying; obligation is impersonal
    ("وكتب ترامب: \"يجب إطلاق سراح الرهائن فورا\".", [("Donald Trump", "support", "إطلاق سراح الرهائن فورا", False)]),
    # a relayed actor in quotes speaks, and the pronoun after قوله is theirs, not the agency's
    ("ونقلت وكالة الأنباء العراقية عن \"الإطار التنسيقي\" قوله إنه يرفض التدخل الخارجي.",
     [("Coordination Framework", "oppose", "التدخل الخارجي", False)]),
    # a clause of أن after a comma goes on the list, unless it has its own subject (and says its own statement)
    ("وقالت مصر إنها تأمل أن يتوقف القتال، وأن تستأنف المفاوضات.",
     [("Egypt", "support", "يتوقف القتال", False), ("Egypt", "support", "تستأنف المفاوضات", False)]),
    ("وقالت مصر إنها تأمل أن يتوقف القتال، وأن عمّان ترفض التهجير.",
     [("Egypt", "support", "يتوقف القتال", False), ("Jordan", "oppose", "التهجير", False)]),
    # a statement issued, then what it says (بيانا دعت فيه); a noun ending in نا is not always ours (بيانا)
    ("وأصدرت قوات سوريا الديمقراطية بيانا دعت فيه إلى مراجعة الإعلان الدستوري.",
     [("Syrian Democratic Forces", "support", "مراجعة الإعلان الدستوري", False)]),
    # pressure toward an aim is support for the aim, held by whoever exercises it
    ("وقال إن الولايات المتحدة ستمارس ضغوطا على حماس لنزع سلاحها.",
     [("United States", "support", "لنزع سلاحها", False)]),
    # an impersonal obligation: whom it is on, after ل, is not the issue, what follows أن is
    ("وقالت الصين إنه ينبغي لجميع الأطراف أن تلتزم بوقف إطلاق النار.",
     [("China", "support", "تلتزم بوقف إطلاق النار", False)]),
    # voting for, challenging, believing in; adopting a position yields to the stance it names; alarm
    ("وصوتت فرنسا لصالح مشروع القرار.", [("France", "support", "مشروع القرار", False)]),
    ("وطعنت الحكومة الليبية في شرعية الاتفاق.", [("Libya", "oppose", "شرعية الاتفاق", False)]),
    ("ويؤمن الأردن بالحل السياسي.", [("Jordan", "support", "بالحل السياسي", False)]),
    ("وتتبنى تركيا موقفا متحفظا تجاه الخطة.", [("Turkey", "reserved", "الخطة", False)]),
    ("وقالت الأمم المتحدة إن الوضع الإنساني في غزة مقلق.",
     [("United Nations", "concern", "الوضع الإنساني في غزة", False)]),
    # a call whose issue opens with another verbal stance takes it along
    ("ودعا الأردن إلى دعم الجيش اللبناني.", [("Jordan", "support", "دعم الجيش اللبناني", False)]),
    # دعا ... ل before a verbal noun is دعا إلى; the three-letter imperfect in every person; a first-person
    # verb with its object's pronoun in a quote is the speaker's
    ("ودعت قطر الطرفين للعودة إلى المفاوضات.", [("Qatar", "support", "للعودة إلى المفاوضات", False)]),
    ("وتحث الكويت الأطراف على ضبط النفس.", [("Kuwait", "support", "ضبط النفس", False)]),
    ("وقال وزير الخارجية الكويتي: \"نحثهم على ضبط النفس\".", [("Kuwait", "support", "ضبط النفس", False)]),
    # an envoy's posting (إلى، لدى، ل + a state or region) stands between the title and the name
    ("ودعا المبعوث الأممي إلى اليمن هانس غروندبرغ إلى وقف التصعيد.",
     [("Hans Grundberg", "support", "وقف التصعيد", False)]),
    ("ورحب المبعوث الأمريكي للشرق الأوسط ستيف ويتكوف بالاتفاق.",
     [("Steve Witkoff", "support", "بالاتفاق", False)]),
    # a sentence that opens with a verb and no subject goes on for the last sentence's named subject
    ("وحذرت الكويت من التصعيد. وجددت التأكيد على دعم الحل السياسي.",
     [("Kuwait", "concern", "التصعيد", False), ("Kuwait", "support", "الحل السياسي", False)]),
    # one more object joined by و after the speaker's stance: ...، وضرورة X
    ("ودعت الكويت إلى وقف التصعيد، وضرورة العودة إلى الحوار.",
     [("Kuwait", "support", "وقف التصعيد", False), ("Kuwait", "support", "العودة إلى الحوار", False)]),
    # a known person's title in apposition names them again later
    (("التقى إسماعيل بقائي، المتحدث باسم وزارة الخارجية الإيرانية، بالصحفيين. وأدان المتحدث باسم وزارة الخارجية "
     "الهجوم على المدنيين."), [("Esmaeil Baghaei", "oppose", "الهجوم على المدنيين", False)]),
    # whoever proposes or mediates a proposal named before supports it
    ("ورحبت مصر بخطة السلام التي طرحها الرئيس الأمريكي دونالد ترامب.",
     [("Egypt", "support", "بخطة السلام التي طرحها الرئيس الأمريكي دونالد ترامب", False),
      ("Donald Trump", "support", "بخطة السلام", False)]),
    ("وناقش المجلس المشروع الذي تقدمت به المملكة المتحدة.", [("United Kingdom", "support", "المشروع", False)]),
    ("وصمد اتفاق وقف إطلاق النار الذي تم التوصل إليه في مايو بوساطة من قطر ومصر.",
     [("Qatar", "support", "اتفاق وقف إطلاق النار", False), ("Egypt", "support", "اتفاق وقف إطلاق النار", False)]),
    ("وصمدت الهدنة بوساطة مصرية.", [("Egypt", "support", "الهدنة", False)]),
    # or with its subject and a proposal for its object
    ("وطرحت مصر مبادرة لوقف الحرب.", [("Egypt", "support", "مبادرة لوقف الحرب", False)]),
    # after an indefinite proposal, no relative pronoun: the pronoun that resumes it
    ("وناقش المجلس مشروع قرار تقدمت به الكويت.", [("Kuwait", "support", "مشروع قرار", False)]),
    # a ministry named without its state, shortly after the state's organ, is that state's
    ("ورحبت الحكومة الأردنية بالاتفاق. وأكدت وزارة الخارجية على أهمية الحوار.",
     [("Jordan", "support", "بالاتفاق", False), ("Jordan", "support", "الحوار", False)]),
    # whose statement a sentence reports speaks
    ("وجاءت تصريحات وزير الخارجية الكويتي خلال مؤتمر صحفي، حيث دعا إلى وقف التصعيد.",
     [("Kuwait", "support", "وقف التصعيد", False)]),
    # whoever makes an effort or a plan supports its aim: the genitive after it, or the relative's subject
    ("وثمنت الكويت جهود مصر وقطر من أجل وقف الحرب.",
     [("Kuwait", "support", "جهود مصر وقطر", False), ("Kuwait", "support", "وقف الحرب", False),
      ("Egypt", "support", "وقف الحرب", False), ("Qatar", "support", "وقف الحرب", False)]),
    ("وأشادت الكويت بالجهود التي تبذلها الأمم المتحدة لتشجيع الحوار.",
     [("Kuwait", "support", "بالجهود التي تبذلها الأمم المتحدة لتشجيع الحوار", False),
      ("United Nations", "support", "لتشجيع الحوار", False)]),
    ("وأشادت الكويت بالخطوات التي تتخذها الحكومة السورية لإعادة بسط الاستقرار.",
     [("Kuwait", "support", "بالخطوات التي تتخذها الحكومة السورية لإعادة بسط الاستقرار", False),
      ("Syria", "support", "لإعادة بسط الاستقرار", False)]),
    ("ورفض التنظيم خطة الحكومة اللبنانية لتجريده من سلاحه.",
     [("Lebanon", "support", "لتجريده من سلاحه", False)]),
    # one holder of two titles joined by و; the second title alone names them again
    ("جدد رئيس مجلس السيادة وقائد الجيش عبد الفتاح البرهان رفضه للهدنة. وجدد قائد الجيش رفضه لأي وساطة خارجية.",
     [("Abdel Fattah al-Burhan", "oppose", "للهدنة", False),
      ("Abdel Fattah al-Burhan", "oppose", "لأي وساطة خارجية", False)]),
    # a known person named with the father's name between; "his ministry" is the speaker's state; a quote
    # that opens at the verb leaves the subject before it
    ("وقال وزير الخارجية والمغتربين، أسعد حسن الشيباني، إنّ وزارته “ترفض أي تدخل خارجي”.",
     [("Syria", "oppose", "أي تدخل خارجي", False)]),
    ("وأعلن وزير الخارجية والمغتربين، أسعد حسن الشيباني، رفضه أي تدخل خارجي.",
     [("Asaad al-Shaibani", "oppose", "أي تدخل خارجي", False)]),
    # an obligation that something not happen (ألا) opposes it
    ("وقالت الكويت إنه يجب ألا تتدخل الدول في شؤون لبنان.",
     [("Kuwait", "oppose", "تتدخل الدول في شؤون لبنان", False)]),
    # a title's adjectives and where it is posted belong to the title, not to the issue
    ("وانتقد المندوب الكويتي الدائم لدى الأمم المتحدة القرار الأخير.",
     [("Kuwait", "oppose", "القرار الأخير", False)]),
    # it is time to, the right to: the speaker wants or grants it; not taking part opposes
    ("وقال الوزير الكويتي: \"حان الوقت للضغط على جميع الأطراف\".",
     [("Kuwait", "support", "للضغط على جميع الأطراف", False)]),
    ("وقالت الحكومة السورية إنها لن تشارك في اجتماعات باريس.", [("Syria", "oppose", "اجتماعات باريس", False)]),
    # a quantifier before the subject (عدد من كبار المسؤولين) leaves the subject
    ("رحّب عدد من كبار المسؤولين الكويتيين بالاتفاق.", [("Kuwait", "support", "بالاتفاق", False)]),
    # a demonym right after a stance noun names its holder
    ("وسط ضغوط أمريكية لحسم الموقف مع الفصائل.", [("United States", "support", "لحسم الموقف مع الفصائل", False)]),
    # an effort with its owner's pronoun belongs to the subject before it; conditioning one thing on another
    ("وتواصل الكويت مساعيها لتعزيز التعاون الخليجي.", [("Kuwait", "support", "لتعزيز التعاون الخليجي", False)]),
    ("ويربط الحزب نزع سلاحه بانسحاب القوات الأجنبية.", []),
    ("ويربط حزب الله نزع سلاحه بانسحاب القوات الأجنبية.",
     [("Hezbollah", "reserved", "نزع سلاحه بانسحاب القوات الأجنبية", False)]),
    # الجماعة، الحركة in a subject's place name again the group named last; in construct they name nobody
    ("ودعا الحوثيون إلى الحوار. وأعلنت الجماعة رفضها للهدنة.",
     [("Houthis", "support", "الحوار", False), ("Houthis", "oppose", "للهدنة", False)]),
    ("ودعا الحوثيون إلى الحوار. وقالت الحكومة إن الحديث عن سلاح الجماعة يهدف إلى عرقلة الهدنة.",
     [("Houthis", "support", "الحوار", False)]),
    # a body's nisba after an effort names its owner; a bracketed aside between a verb and its object
    ("وبحث الجانبان سبل دعم الجهود الأممية الرامية إلى إعادة تنشيط العملية السياسية.",
     [("United Nations", "support", "إعادة تنشيط العملية السياسية", False)]),
    ("أكدت الكويت اليوم (الجمعة) التزامها بدعم الحوار.", [("Kuwait", "support", "بدعم الحوار", False)]),
    # a position or role with its owner's pronoun before a stance participle: the owner's stance, also
    # inside another statement's issue
    ("وأشادت الكويت بجهود سلوفينيا ودورها الداعم للقضايا العربية.",
     [("Kuwait", "support", "بجهود سلوفينيا ودورها الداعم للقضايا العربية", False),
      ("Slovenia", "support", "للقضايا العربية", False)]),
    # inside a quote an earlier sentence opened, a sentence's short subject and its predicate are the speaker's;
    # outside it, the outlet's narration holds nothing
    ("وقال الوزير الكويتي: \"إن الوضع صعب. الهجمات على المدنيين غير مقبولة إطلاقا\". الحرب غير مقبولة.",
     [("Kuwait", "oppose", "الهجمات على المدنيين", False)]),
    # describing or deeming X as an evaluation: the describer's stance on X
    ("ووصفت الكويت القرار بأنه خطوة خطيرة.", [("Kuwait", "concern", "القرار", False)]),
    ("واعتبرت الكويت القرار انتهاكا للقانون الدولي.", [("Kuwait", "oppose", "القرار", False)]),
    ("ودعت الكويت إلى الحوار، واصفة الحرب بالكارثة.",
     [("Kuwait", "support", "الحوار", False), ("Kuwait", "concern", "الحرب", False)]),
    # an indefinite title in construct with a known name is someone else's unnamed holder: their state
    ("وندد مبعوث ترامب بالهجمات.", [("United States", "oppose", "بالهجمات", False)]),
    # a cue with our pronoun in a quote is the speaker's; confidence in
    ("وقال الوزير الكويتي: \"جددنا ثقتنا بعمل المفوضية، وعبرنا عن أملنا في مشاركة واسعة\".",
     [("Kuwait", "support", "بعمل المفوضية", False), ("Kuwait", "support", "مشاركة واسعة", False)]),
    # a quote left open is closed by a new frame with its named speaker; titles joined after a comma
    (("قالت الكويت: \"ندعم الحوار. وذكر الممثل الخاص للأمين العام للأمم المتحدة، ورئيس بعثة الأمم المتحدة "
     "لمساعدة العراق، محمد الحسان، أنه \"نرفض التصعيد\"."),
     [("Kuwait", "support", "الحوار", False), ("Mohammed al-Hassan", "oppose", "التصعيد", False)]),
    # the members of a body speak for it; في بيان لهم is an aside, and بيان no particle ب
    ("وطالب أعضاء مجلس الأمن في بيان لهم بالإفراج الفوري عن الموظفين.",
     [("UN Security Council", "support", "بالإفراج الفوري عن الموظفين", False)]),
    # a predicate after a subject of up to eight words
    ("وأكدت الكويت أن جميع التهديدات الموجهة إلى مقدمي المساعدات الإنسانية غير مقبولة.",
     [("Kuwait", "oppose", "جميع التهديدات الموجهة إلى مقدمي المساعدات الإنسانية", False)]),
    # titles in apposition after commas, a two-word rank, an institution's name is no person's
    ("رفض رئيس مجلس السيادة، القائد العام للجيش السوداني، الفريق أول عبد الفتاح البرهان، الهدنة.",
     [("Abdel Fattah al-Burhan", "oppose", "الهدنة", False)]),
    # whom one accuses comes before ب; the accuser holds the stance
    ("ورفضت الكويت التصعيد، واتهمت إيران بدعم الميليشيات.",
     [("Kuwait", "oppose", "التصعيد", False), ("Kuwait", "oppose", "بدعم الميليشيات", False)]),
    # عبّر is a verb of expressing; a participle before a preposition's object goes on for the subject; thanks
    # for (ل), regret for (ل)
    ("كما عبّرت الكويت عن تقديرها للشعب السوري، مشيدة بالخطوات التي تتخذها الحكومة السورية.",
     [("Kuwait", "support", "للشعب السوري", False),
      ("Kuwait", "support", "بالخطوات التي تتخذها الحكومة السورية", False)]),
    ("وأعربت الكويت عن شكرها للجهود المصرية.", [("Kuwait", "support", "للجهود المصرية", False)]),
    ("وقالت طهران إنها تأسف لإصرار المجلس على تكرار المزاعم.",
     [("Iran", "oppose", "لإصرار المجلس على تكرار المزاعم", False)]),
    # the office's domain between title and name; an accusative (اجتماعاً) ends the name
    ("عقد وزير المال ياسين جابر اجتماعاً مع المصارف. وقال جابر: \"نحن حريصون على استقرار القطاع المصرفي\".",
     [("ياسين جابر", "support", "استقرار القطاع المصرفي", False)]),
    # an obligation on those no list names (a definite noun and its adjective): the speaker wants it
    ("وقال الوزير الكويتي إن على الأطراف المتحاربة وقف القتال فورا.", [("Kuwait", "support", "وقف القتال فورا", False)]),
    # بتأييد X after a comma is X's support, not the subject's
    ("وتبنت الكويت القرار، بتأييد كافة الأعضاء.", [("Kuwait", "support", "القرار", False)]),
    # a first-form verbal noun goes on the list too
    ("ودعت الكويت إلى وقف إطلاق النار، وعودة النازحين إلى ديارهم.",
     [("Kuwait", "support", "وقف إطلاق النار", False), ("Kuwait", "support", "وعودة النازحين إلى ديارهم", False)]),
    # but not after a relative clause, whose list it may continue
    ("ورحبت الكويت بالقرار الذي ينص على الانسحاب، وضرورة الحوار.",
     [("Kuwait", "support", "بالقرار الذي ينص على الانسحاب", False)]),
    # a title in construct with its state names the person the document gave that title
    ("قال وزير الخارجية الكويتي سالم الحربي إن الحل ممكن. وأكد وزير خارجية الكويت رفضه أي تدخل أجنبي.",
     [("سالم الحربي", "oppose", "أي تدخل أجنبي", False)]),
    # a verb with its subject elided, before a verbal noun governed by ب: the speaker's
    ("قال وزير الخارجية الكويتي إن الحل ممكن. وتابع: \"ندعم الحوار\". وطالب بتهيئة المناخ للانتخابات.",
     [("Kuwait", "support", "الحوار", False), ("Kuwait", "support", "بتهيئة المناخ للانتخابات", False)]),
    # an actor that violates: whoever says so opposes the act; a violation by no actor: its subject
    ("وقال الوزير الكويتي إن إسرائيل تنتهك اتفاقية الهدنة الموقعة بين البلدين.",
     [("Kuwait", "oppose", "إسرائيل تنتهك اتفاقية الهدنة الموقعة بين البلدين", False)]),
    ("وقال الوزير الكويتي إن الاستيطان ينتهك القانون الدولي.", [("Kuwait", "oppose", "الاستيطان", False)]),
    # his own government's (حكومته after the verbal noun), not the place's before it
    ("وأكد الوزير الكويتي خلال المنتدى في العاصمة الأردنية عمان تمسك حكومته بالحل السياسي.",
     [("Kuwait", "support", "بالحل السياسي", False)]),
    # a comma before the relative; the verb after the aside is the noun's, not a circumstantial one
    ("وقال الوزير الكويتي إن القرار، الذي صاغته الولايات المتحدة، يدعم الحوار.",
     [("United States", "support", "القرار", False)]),
    # a passive (تم تبنيه) names no one who adopts
    ("رفضت الكويت قرار مجلس الأمن الدولي الذي تم تبنيه مؤخراً، واصفة إياه بأنه لا يلبي الطموحات.",
     [("Kuwait", "oppose", "قرار مجلس الأمن الدولي", False)]),
    # a verb that disagrees in gender with the actor after it addresses that actor; one that agrees has it
    # for its subject
    ("قال وزير الخارجية الكويتي إن الحل ممكن. ودعا منظمة التعاون الإسلامي إلى دعم الموقف الكويتي.",
     [("Kuwait", "support", "دعم الموقف الكويتي", False)]),
    ("قالت وزيرة الخارجية الألمانية إن الحل ممكن. ودعت الرئيس الأمريكي إلى دعم الحوار.",
     [("Germany", "support", "دعم الحوار", False)]),
    ("دعت منظمة التعاون الإسلامي إلى دعم الحوار.", [("Organisation of Islamic Cooperation", "support", "دعم الحوار", False)]),
    ("ودعا الرئيس الأمريكي إلى دعم الحوار.", [("United States", "support", "دعم الحوار", False)]),
    ("وتواصل الكويت جهودها للحد من التصعيد في المنطقة.", [("Kuwait", "support", "للحد من التصعيد في المنطقة", False)]),
    # an adverb of manner before the issue is skipped; what a text provides goes on its issue
    ("ورفضت الكويت بأشد العبارات قرار الاحتلال.", [("Kuwait", "oppose", "قرار الاحتلال", False)]),
    ("ورفضت الكويت مشروعي قانونين، أحدهما يقضي بضم الأراضي المحتلة.",
     [("Kuwait", "oppose", "مشروعي قانونين، أحدهما يقضي بضم الأراضي المحتلة", False)]),
    # adopting a proposal supports it; when it was adopted stands between
    ("اعتمد مجلس الأمن الدولي أمس الجمعة قرارا ينص على خطة الحكم الذاتي.",
     [("UN Security Council", "support", "قرارا ينص على خطة الحكم الذاتي", False)]),
    ("ورحب ملك المغرب محمد السادس بقرار المجلس.", [("Mohammed VI of Morocco", "support", "بقرار المجلس", False)]),
    # agreeing on something supports it
    ("وقال الوزير الكويتي إن مصر وقطر اتفقتا على آلية الاندماج.",
     [("Egypt", "support", "آلية الاندماج", False), ("Qatar", "support", "آلية الاندماج", False)]),
    ("وأثنت الكويت على جهود الوساطة المصرية.", [("Kuwait", "support", "جهود الوساطة المصرية", False)]),
    ("ونوه الوزير الكويتي بالدور المصري في الوساطة.", [("Kuwait", "support", "بالدور المصري في الوساطة", False)]),
    # an evaluative verb or a copula ends the subject it evaluates; one evaluation in quotes, read once
    ("وقال الوزير الكويتي إن اعتراف إسرائيل بالإقليم يمس الأمن الإقليمي.",
     [("Israel", "support", "بالإقليم", False), ("Kuwait", "concern", "اعتراف إسرائيل بالإقليم", False)]),
    ("وأكد وزير الخارجية الكويتي أن اعتراف إسرائيل بالإقليم يعد \"خطوة عدوانية واستفزازية\" وتمثل تهديدا مباشرا.",
     [("Israel", "support", "بالإقليم", False), ("Kuwait", "oppose", "اعتراف إسرائيل بالإقليم", False),
      ("Kuwait", "concern", "اعتراف إسرائيل بالإقليم", False)]),
    # ...، ما اعتبرته X EVAL: the clause before is what X deems so (a name in quotes too)
    ("وقصفت إسرائيل مواقع في الجنوب، وهو ما اعتبرته الحكومة اللبنانية انتهاكا للسيادة.",
     [("Lebanon", "oppose", "وقصفت إسرائيل مواقع في الجنوب", False)]),
    ("وتواصل إسرائيل الغارات على القطاع، ما اعتبرته \"حماس\" خرقا للاتفاق.",
     [("Hamas", "oppose", "وتواصل إسرائيل الغارات على القطاع", False)]),
    # the steps a body took are its; what they include goes on them
    ("وثمن الوزير الكويتي الخطوات الإيجابية التي اتخذها الاتحاد الأوروبي، بما فيها تعليق بعض العقوبات.",
     [("Kuwait", "support", "الخطوات الإيجابية التي اتخذها الاتحاد الأوروبي، بما فيها تعليق بعض العقوبات", False),
      ("European Union", "support", "الخطوات الإيجابية التي اتخذها الاتحاد الأوروبي، بما فيها تعليق بعض العقوبات", False)]),
    # where a body sits, an aside and the day pass between it and its object
    ("رفض المجلس الأعلى للدولة في ليبيا، ومقره العاصمة طرابلس، الخميس، الموازنة الجديدة.",
     [("High Council of State (Libya)", "oppose", "الموازنة الجديدة", False)]),
    # stipulating, deciding, tolerating (negated); وقف is a word of its own, no co-subject joined by و
    ("اشترطت الكويت وقف الخروقات قبل بدء المرحلة الثانية.",
     [("Kuwait", "support", "وقف الخروقات قبل بدء المرحلة الثانية", False)]),
    ("قررت الكويت استدعاء سفيرها من بغداد.", [("Kuwait", "support", "استدعاء سفيرها من بغداد", False)]),
    ("وقال الوزير الكويتي إن الكويت لن تتسامح مع أي مساس بسيادة البلاد.",
     [("Kuwait", "oppose", "أي مساس بسيادة البلاد", False)]),
    # بمثابة and the future copula open the predicate
    ("وقال الوزير الكويتي إن أي محاولة لطرد السكان ستكون بمثابة إعلان حرب.",
     [("Kuwait", "oppose", "أي محاولة لطرد السكان", False)]),
    # وهو ما شددت X على أنه EVAL: X holds it of the clause before; an infringement (مساسا) is an evaluation
    ("وقالت الكويت إن البيان يمثل مساسا بسيادة البلاد، وهو ما شددت الرياض على أنه غير مقبول على الإطلاق.",
     [("Kuwait", "oppose", "البيان", False), ("Saudi Arabia", "oppose", "البيان يمثل مساسا بسيادة البلاد", False)]),
    # a plural demonym where a subject stands is its people, for its state; a clause of أن with a subject of its
    # own is no item of the list
    ("وأوضح المصدر أن \"الأميركيين يسعون إلى دولة ضعيفة\".", [("United States", "support", "دولة ضعيفة", False)]),
    ("وأكد الوزير الكويتي أن الكويتيين لن يتسامحوا مع أي مساس بالسيادة، وأن الحكومة تعمل على تعزيز الحوار.",
     [("Kuwait", "oppose", "أي مساس بالسيادة", False), ("Kuwait", "support", "تعزيز الحوار", False)]),
    ("وقال الوزير الكويتي إن الكويت لن تسمح بأي تدخل في شؤونها.", [("Kuwait", "oppose", "بأي تدخل في شؤونها", False)]),
    # after a first-person verb or a circumstantial participle, the actor is whom it calls on
    ("قال الوزير الكويتي إن الحل ممكن، داعية طهران إلى استئناف التعاون.",
     [("Kuwait", "support", "استئناف التعاون", False)]),
    ("وقال الوزير الكويتي: \"نطالب حكومة لبنان باستعادة السيادة\".", [("Kuwait", "support", "باستعادة السيادة", False)]),
    # a verb that addresses those no list names, then its particle: the speaker's call
    ("قال الوزير الكويتي إن الحل ممكن. ودعا جميع القادة الليبيين إلى المشاركة البناءة.",
     [("Kuwait", "support", "المشاركة البناءة", False)]),
    # a quoted clause after أن; a quoted predicate; an adjective of an evaluation is no second one
    ("وقال الوزير الكويتي إن \"الهجمات المتكررة تقوض قدرة الحكومة على ردع التنظيم والتهديدات الأخرى\".",
     [("Kuwait", "concern", "الهجمات المتكررة", False)]),
    ("وأكدت الخارجية الكويتية أن مشاركة الإمارات في هذا الإطار \"أمر غير مقبول\".",
     [("Kuwait", "oppose", "مشاركة الإمارات في هذا الإطار", False)]),
    ("وقالت الكويت إن الحكومة ترى في الخطوة الإسرائيلية تصعيدا غير مقبول.",
     [("Kuwait", "oppose", "الخطوة الإسرائيلية", False)]),
    # a loaded term with whose deed it is, in what a speaker says: the speaker opposes it; the object of a
    # condemnation, it is the issue itself
    ("وقال الوزير الكويتي إن العدوان الأميركي أسفر عن سقوط ضحايا.", [("Kuwait", "oppose", "العدوان الأميركي", False)]),
    ("وأدانت الكويت العدوان الإسرائيلي على غزة.", [("Kuwait", "oppose", "العدوان الإسرائيلي على غزة", False)]),
    # a negated evaluation (ليست حلا، لا يتماشى) opposes; contradicting opposes; the best solution supports;
    # reaching an agreement supports it
    ("وقالت الكويت إن الحلول العسكرية ليست حلا.", [("Kuwait", "oppose", "الحلول العسكرية", False)]),
    ("وقالت الكويت إن القرار بصيغته الحالية لا يتماشى مع الحقوق السياسية.",
     [("Kuwait", "oppose", "القرار بصيغته الحالية", False)]),
    ("وقالت الكويت إن القرار يتعارض مع القانون الدولي.", [("Kuwait", "oppose", "القرار", False)]),
    ("وقالت الكويت إن الحوار هو الحل الأمثل للأزمة.", [("Kuwait", "support", "الحوار", False)]),
    ("أعلنت الكويت التوصل إلى اتفاق لتنظيم ملف المياه.", [("Kuwait", "support", "اتفاق لتنظيم ملف المياه", False)]),
    # the whole coordinated subject holds what its verb expresses
    ("أعلنت الكويت وقطر، أمس، التوصل إلى اتفاق لتنظيم ملف المياه.",
     [("Kuwait", "support", "اتفاق لتنظيم ملف المياه", False), ("Qatar", "support", "اتفاق لتنظيم ملف المياه", False)]),
    ("وأعربت مصر وقطر عن رفضهما للقرار.", [("Egypt", "oppose", "للقرار", False), ("Qatar", "oppose", "للقرار", False)]),
    # there is a plan or program (هناك) for an aim, says the speaker: the speaker's side wants the aim
    ("وأكد الوزير الكويتي أن هناك خطة لخروج القوات الأجنبية من البلاد.",
     [("Kuwait", "support", "لخروج القوات الأجنبية من البلاد", False)]),
    ("وقال الوزير الكويتي: \"سيكون هناك برنامج واضح لإنهاء أي سلاح خارج مؤسسات الدولة\".",
     [("Kuwait", "support", "لإنهاء أي سلاح خارج مؤسسات الدولة", False)]),
    # an impersonal opening (وينبغي) carries no earlier subject on: the outlet's narration
    ("وصادق البرلمان الكويتي على مشروع القانون. وينبغي التصويت عليه بقراءتين إضافيتين.",
     [("Kuwait", "support", "مشروع القانون", False)]),
    # an effort's owner: the nisba after its genitive, or the subject its pronoun stands for after أن; efforts
    # made (تبذل جهود) in what a speaker says are the speaker's side's
    ("وأشاد الوزير الكويتي بجهود الوساطة القطرية لوقف الحرب في غزة.",
     [("Kuwait", "support", "بجهود الوساطة القطرية لوقف الحرب في غزة", False),
      ("Qatar", "support", "لوقف الحرب في غزة", False)]),
    ("وقال الوزير الكويتي: \"تبذل جهود حثيثة لتعزيز العلاقات مع الدول المجاورة\".",
     [("Kuwait", "support", "لتعزيز العلاقات مع الدول المجاورة", False)]),
    ("وأكدت الكويت أن جهودها لخفض التصعيد في المنطقة لن تتوقف.",
     [("Kuwait", "support", "لخفض التصعيد في المنطقة", False)]),
    # a loaded term a verb of saying governs, with its doer after ل
    ("وأشار الوزير الكويتي إلى الاعتداءات المتكررة للكيان الصهيوني على سوريا.",
     [("Kuwait", "oppose", "الاعتداءات المتكررة للكيان الصهيوني", False)]),
    # a verb joined by كما goes on for the statement's holder before it
    ("جدد الوزير الكويتي رفضه الهدنة قبل الانسحاب، كما تمسك بعدم قبول وساطة الإمارات.",
     [("Kuwait", "oppose", "الهدنة قبل الانسحاب", False), ("Kuwait", "oppose", "قبول وساطة الإمارات", False)]),
    ("وقال الوزير الكويتي إن إيران سبق أن حذرت من استغلال الأوضاع في المنطقة.",
     [("Iran", "concern", "استغلال الأوضاع في المنطقة", False)]),
    ("وقال الوزير الكويتي إن بلاده لا تسعى إلى الدخول في مواجهة مع أي طرف.",
     [("Kuwait", "oppose", "الدخول في مواجهة مع أي طرف", False)]),
    # a transitive verbal noun after a preposition takes the actor in construct as its object, unless ل follows
    ("وأعرب الوزير الكويتي عن دعم قطر في مساعيها.", [("Kuwait", "support", "قطر في مساعيها", False)]),
    ("وأعرب الوزير الكويتي عن رفض مصر للمبادرة.", [("Egypt", "oppose", "للمبادرة", False)]),
    ("وأكد الوزير الكويتي التزامه بمساندة قطر.", [("Kuwait", "support", "بمساندة قطر", False)]),
    # a negation before what is had (ليس لدينا) negates the intention
    ("وقال الوزير الكويتي: \"ليس لدينا أي نية للانسحاب من الاتفاق\".",
     [("Kuwait", "oppose", "للانسحاب من الاتفاق", False)]),
    # a participle goes on for the subject of the verb before it
    ("وأكد الوزير الكويتي دعمه للحوار، مرحبا بالاتفاق الأخير.",
     [("Kuwait", "support", "للحوار", False), ("Kuwait", "support", "بالاتفاق الأخير", False)]),
    # a name in quotes after the verb is its subject
    ('وانتقد "البرهان"، خلال اجتماع مع الضباط، الحصار على المدن.',
     [("Abdel Fattah al-Burhan", "oppose", "الحصار على المدن", False)]),
    # a report speaks for whoever issued it
    ("وأدان تقرير الأمم المتحدة الهجمات على المستشفيات.",
     [("United Nations", "oppose", "الهجمات على المستشفيات", False)]),
    # an evaluation of "it" (أنه يمثل): what it threatens is the issue; with no such object, "it" is the issue
    # of the statement just made
    ("ورفضت الكويت القرار، واعتبرت أنه يمثل تهديدا للأمن الإقليمي.",
     [("Kuwait", "oppose", "القرار", False), ("Kuwait", "concern", "تهديدا للأمن الإقليمي", False)]),
    ("ورفضت الكويت القرار، واعتبرت أنه يمثل خطوة خطيرة.",
     [("Kuwait", "oppose", "القرار", False), ("Kuwait", "concern", "القرار", False)]),
    # alerting to, disapproving, and calling a thing a grave mistake
    ("ونبهت الكويت إلى خطورة التصعيد في المنطقة.", [("Kuwait", "concern", "التصعيد في المنطقة", False)]),
    ("واستغربت الكويت قرار المحكمة الأخير.", [("Kuwait", "oppose", "قرار المحكمة الأخير", False)]),
    ("وقال الوزير الكويتي إن القرار خطأ فادح.", [("Kuwait", "oppose", "القرار", False)]),
    # deeming a thing a step toward X supports X: whoever deems it holds it, not the thing
    ("ورحبت الكويت بالاتفاق، مؤكدة أنه تقدم حاسم نحو إنهاء الحرب.",
     [("Kuwait", "support", "بالاتفاق", False), ("Kuwait", "support", "إنهاء الحرب", False)]),
    ("وقال الوزير الكويتي إن انضمام قطر إلى المبادرة خطوة نحو تحقيق السلام.",
     [("Kuwait", "support", "تحقيق السلام", False)]),
    # the first person singular after إنني / أنا is the speaker
    ('وقال الوزير الكويتي: "إنني أتطلع إلى تعزيز العلاقات مع السعودية".',
     [("Kuwait", "support", "تعزيز العلاقات مع السعودية", False)]),
    # a bare ministry in an article datelined from a capital is that state's
    ("الكويت - أدانت وزارة الخارجية الهجوم على السفارة.", [("Kuwait", "oppose", "الهجوم على السفارة", False)]),
    # an attribute (الداعمة) between the addressee and the particle does not end the search for it
    ("وحثت الكويت الدول الداعمة للاتفاق على الالتزام بالهدنة.", [("Kuwait", "support", "الالتزام بالهدنة", False)]),
    # asking for something supports it
    ("وطلبت الكويت وقف التصعيد في المنطقة.", [("Kuwait", "support", "وقف التصعيد في المنطقة", False)]),
    # a comma between the subject that opens the sentence and its verb
    ("الوزير الكويتي، أكد دعم بلاده للاتفاق، مشيدا بجهود الوساطة.",
     [("Kuwait", "support", "للاتفاق", False), ("Kuwait", "support", "بجهود الوساطة", False)]),
    # a dual pronoun as the copula (هما السبيل الأمثل)
    ("وقال الوزير الكويتي إن الحوار والتفاوض هما السبيل الأمثل.",
     [("Kuwait", "support", "الحوار والتفاوض", False)]),
    # a participle goes on for its sentence's subject: the actor after it is its object
    ("أكد الوزير الكويتي رفضه للقرار، محمّلا الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد.",
     [("Kuwait", "oppose", "للقرار", False), ("Kuwait", "oppose", "التصعيد", False)]),
    # the statement already quoted (واعتبر البيان) keeps its speaker's voice
    ("وقالت الكويت في بيان إن الهجوم مرفوض. واعتبر البيان أن الحوار ضروري.",
     [("Kuwait", "oppose", "الهجوم", False), ("Kuwait", "support", "الحوار", False)]),
    # calling a thing a legitimate right supports it
    ("وأكدت الكويت أن حرية التعبير حق أصيل لجميع المواطنين.", [("Kuwait", "support", "حرية التعبير", False)]),
    # a body's organ (المجلس الوزاري لمجلس التعاون) is the body, named again by its head (المجلس); a masculine
    # verb before a city (وطالب طهران) addresses it; كما وصف goes on for the subject before
    (("أنهى المجلس الوزاري لمجلس التعاون الخليجي دورته في الكويت. المجلس جدد رفضه لاستمرار الاحتلال. "
     "وطالب طهران بإنهاء الاحتلال. كما وصف المناورات العسكرية بأنها استفزاز غير مقبول."),
     [("Gulf Cooperation Council", "oppose", "لاستمرار الاحتلال", False),
      ("Gulf Cooperation Council", "support", "بإنهاء الاحتلال", False),
      ("Gulf Cooperation Council", "oppose", "المناورات العسكرية بأنها استفزاز", False)]),
    # X is an integral part of Y: whoever says so supports Y's claim (the issue keeps "an integral part", as real
    # news is annotated); a spokesman's title before his name
    ("وقال الوزير الكويتي إن الجزر جزء لا يتجزأ من أراضي الإمارات.",
     [("Kuwait", "support", "جزء لا يتجزأ من أراضي الإمارات", False)]),
    ("وندد ناطق الجماعة محمد عبدالسلام في بيان بالغارات الجديدة.",
     [("Mohammed Abdulsalam", "oppose", "بالغارات الجديدة", False)]),
    # a second أن-clause has the first one's asserter, not an actor named inside the first
    ("واعتبر الوزير الكويتي أن استمرار الحرب في لبنان يهدد المنطقة، وأن توسيع الحرب أمر غير مقبول.",
     [("Kuwait", "concern", "استمرار الحرب في لبنان", False), ("Kuwait", "oppose", "توسيع الحرب", False)]),
    # a clause with an evaluation of its own is no further item of the list before it
    ("وقال الوزير الكويتي إن الجزر جزء لا يتجزأ من أراضي الإمارات، وأن أي مواقف تخالف ذلك مرفوضة.",
     [("Kuwait", "support", "جزء لا يتجزأ من أراضي الإمارات", False),
      ("Kuwait", "oppose", "أي مواقف تخالف ذلك", False)]),
    # a ministry's full name (والمغتربين) with its state
    ("وأكدت وزارة الخارجية والمغتربين السورية رفضها القاطع للتدخل الخارجي.",
     [("Syria", "oppose", "للتدخل الخارجي", False)]),
    # bearing responsibility (تحمله المسؤولية) is no holding someone responsible
    ("ودعا الوزير الكويتي الحزب إلى إلقاء السلاح مع تحمله المسؤولية التاريخية.",
     [("Kuwait", "support", "إلقاء السلاح مع تحمله المسؤولية التاريخية", False)]),
    # a statement speaks for whoever issued it, and the bare البيان later for that issuer again
    ("وأدان البيان الختامي للقمة الخليجية القصف على المدن. كما رحب البيان بالهدنة الجديدة.",
     [("Gulf Cooperation Council", "oppose", "القصف على المدن", False),
      ("Gulf Cooperation Council", "support", "بالهدنة الجديدة", False)]),
    ("وقال بيان صادر عن وزارة الخارجية الكويتية إن الحوار ضروري. ودعا البيان إلى وقف التصعيد.",
     [("Kuwait", "support", "الحوار", False), ("Kuwait", "support", "وقف التصعيد", False)]),
    # a verb right after a relative pronoun (with و, after a comma or a resolution's number) is its antecedent's
    ("وأشار الوزير الكويتي إلى قرار مجلس الأمن رقم 1234، الذي يدعو إلى وقف تهريب السلاح.",
     [("UN Security Council", "support", "وقف تهريب السلاح", False)]),
    ("وتحدث الوزير عن تصريحات الحكومة الإسرائيلية، والتي تدعو إلى توسيع الاستيطان.",
     [("Israel", "support", "توسيع الاستيطان", False)]),
    # governed by a preposition or not, the antecedent is the clause's subject, and the actor after the verb its object
    ("ورد الوزير الكويتي على إيران التي اتهمت السعودية بدعم الإرهاب.", [("Iran", "oppose", "بدعم الإرهاب", False)]),
    # عبّر (its shadda dropped, so written like عبر "through") lets the body named again follow as subject
    ("أنهى مجلس التعاون الخليجي اجتماعه في الرياض. وعبّر المجلس عن دعمه الكامل لحل الدولتين.",
     [("Gulf Cooperation Council", "support", "لحل الدولتين", False)]),
    # an indefinite loaded noun with an adjective of degree is a predicate (انتهاك صارخ), not the issue
    ("وقال الوزير الكويتي إن الغارات الأمريكية انتهاك صارخ للقانون.", [("Kuwait", "oppose", "الغارات الأمريكية", False)]),
    ("وقال الوزير الكويتي إن تصرفات الحكومة تشكل انتهاكات خطيرة للقانون الدولي.",
     [("Kuwait", "oppose", "تصرفات الحكومة", False)]),
    ("وقال الوزير الكويتي إن الغارات الأمريكية عدوان على دولة مستقلة.", [("Kuwait", "oppose", "الغارات الأمريكية", False)]),
    # an accusative verbal noun joined by و (وتشجيعا) goes on the predicate, it is no second verb of the speaker's
    ('وقال الوزير الكويتي إن الغارات الأمريكية "عدوان سافر على دولة مستقلة وتشجيعا للاحتلال على مواصلة الحصار".',
     [("Kuwait", "oppose", "الغارات الأمريكية", False)]),
    # those an aside names as acting alongside the subject (، إلى جانب X وY،) hold the stance too
    ("وقررت مالي، إلى جانب حكومتي النيجر وبوركينا فاسو، استدعاء سفرائها من الجزائر.",
     [("Mali", "support", "استدعاء سفرائها من الجزائر", False), ("Niger", "support", "استدعاء سفرائها من الجزائر", False),
      ("Burkina Faso", "support", "استدعاء سفرائها من الجزائر", False)]),
    # holding to (or calling for) a rejection is the rejection, of what it rejects
    ("وأكدت مصر تمسكها برفض أي تدخلات أجنبية في الشأن الليبي.",
     [("Egypt", "oppose", "أي تدخلات أجنبية في الشأن الليبي", False)]),
    # a worry that besets the speaker (يساورني قلق); indefensible, unjustified, not negotiable
    ('وقال الوزير الكويتي: "يساورني قلق بالغ إزاء استمرار الغارات".', [("Kuwait", "concern", "استمرار الغارات", False)]),
    ("وقال الوزير الكويتي إن قتل المدنيين أمر لا يمكن الدفاع عنه.", [("Kuwait", "oppose", "قتل المدنيين", False)]),
    # a subject with its own relative clause before the predicate
    ("وقال الوزير الكويتي إن قتل المدنيين الذين ينتظرون المساعدات أمر مرفوض.",
     [("Kuwait", "oppose", "قتل المدنيين الذين ينتظرون المساعدات", False)]),
    ("وقال الوزير الكويتي إن الهجوم على الصحفيين غير مبرر إطلاقا.", [("Kuwait", "oppose", "الهجوم على الصحفيين", False)]),
    ("وقال الوزير الكويتي إن سيادة الكويت غير قابلة للتفاوض.", [("Kuwait", "support", "سيادة الكويت", False)]),
    ("وقال الوزير الكويتي إن إسرائيل تضع العقبات أمام إيصال المساعدات إلى غزة.",
     [("Israel", "oppose", "إيصال المساعدات إلى غزة", False)]),
    # an organ of the body the document named before, by its head (الأمانة العامة للجامعة)
    ("أدانت الجامعة العربية الهجوم على المدنيين. وقالت الأمانة العامة للجامعة إن الحوار ضروري.",
     [("Arab League", "oppose", "الهجوم على المدنيين", False), ("Arab League", "support", "الحوار", False)]),
    # what someone called X (ما وصفته بـ، ما يسمى بـ): the issue is X
    ('وأدانت الكويت ما وصفته بـ"الجرائم المروعة" في الفاشر.',
     [("Kuwait", "oppose", 'بـ"الجرائم المروعة" في الفاشر', False)]),
    # a quoted name before the verb of saying ("إكس") closes no quotation: the frame goes on to the speaker
    (('وفي بيان نشرته عبر منصة "إكس" يوم الثلاثاء، قال الوزير الكويتي: "الوضع صعب". '
     'وأضاف: "أكدت على ضرورة ضمان تدفق المساعدات".'), [("Kuwait", "support", "ضمان تدفق المساعدات", False)]),
    # a bare title is the last person introduced with that title word, its gender too (not the last titled one)
    (("أكدت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أن الحوار ضروري. وقال المتحدث باسم الكرملين "
     "دميتري بيسكوف إن الاجتماع انتهى. ورأت المتحدثة أن الحل السياسي ضروري."),
     [("Maria Zakharova", "support", "الحوار", False), ("Maria Zakharova", "support", "الحل السياسي", False)]),
    # a source of worry, the greatest challenge: concern
    ("وقال الوزير الكويتي إن التهديدات الأمنية تمثل مصدرا للقلق.", [("Kuwait", "concern", "التهديدات الأمنية", False)]),
    ("واعتبر الوزير الكويتي أن إسرائيل تعد أبرز تحديات المنطقة حاليا.", [("Kuwait", "concern", "إسرائيل", False)]),
    # a title posted to two places (إلى لبنان وسوريا) before the name; a known person's other spelling
    ("وقال المبعوث الأمريكي إلى لبنان وسوريا توم براك إن الحوار ضروري.", [("Tom Barrack", "support", "الحوار", False)]),
    # the comma (and when it was said) after an appositive subject; a subject's name in quotes
    ("أعرب الأمين العام للأمم المتحدة، أنطونيو غوتيريش، الثلاثاء، عن قلقه البالغ إزاء استمرار الغارات.",
     [("António Guterres", "concern", "استمرار الغارات", False)]),
    ('وقال الوزير الكويتي إن "إسرائيل" ترفض الحوار.', [("Israel", "oppose", "الحوار", False)]),
    # an obligation on "all" of them (على جميع الأطراف، على كافة الدول العربية)
    ("وقال الوزير الكويتي إن على جميع الأطراف الوطنية تجنب التصعيد.", [("Kuwait", "support", "تجنب التصعيد", False)]),
    ("وقال الوزير الكويتي إن على كافة الدول العربية دعم لبنان.", [("Kuwait", "support", "دعم لبنان", False)]),
    # two stance nouns of one stance joined by و share one issue, after the second and its adjective
    ("وأكدت الكويت رفضها وإدانتها لمحاولات ضم الضفة الغربية.",
     [("Kuwait", "oppose", "لمحاولات ضم الضفة الغربية", False)]),
    ("وأعربت الكويت عن إدانتها واستنكارها الشديدين للهجوم على المدنيين.",
     [("Kuwait", "oppose", "للهجوم على المدنيين", False)]),
    # respect for (احترامه ل), not recognising (عدم اعترافه ب: a second, negated stance ends the first issue), and a
    # verb joined by و that goes on for them, not for the genitive of a governed noun (لاستقلال السودان)
    (("وأكد الاتحاد الأفريقي احترامه لاستقلال السودان ووحدته وعدم اعترافه بأية محاولة لتقسيمه "
     "وأدان بشدة الهجمات على المدنيين."),
     [("African Union", "support", "لاستقلال السودان ووحدته", False),
      ("African Union", "oppose", "بأية محاولة لتقسيمه", False),
      ("African Union", "oppose", "الهجمات على المدنيين", False)]),
    # a title whose last word begins a known body's name (رئيس حكومة الوحدة الوطنية) is that body's
    ("وأشار رئيس حكومة الوحدة الوطنية إلى أن الحوار ضروري.",
     [("Government of National Unity (Libya)", "support", "الحوار", False)]),
    # a sentence inside a quote left open: its subject before a light verb and the evaluation
    ('وقال الوزير الكويتي: "على جميع الأطراف تجنب التصعيد.\nحماية المدنيين تمثل أولوية قصوى".',
     [("Kuwait", "support", "تجنب التصعيد", False), ("Kuwait", "support", "حماية المدنيين", False)]),
    ("وقال الوزير الكويتي إن إنهاء أي وجود عسكري خارج إطار الدولة يمثل خطوة أساسية للاستقرار.",
     [("Kuwait", "support", "إنهاء أي وجود عسكري خارج إطار الدولة", False)]),
    # a short gloss in brackets goes on the issue
    ("وأعلنت الكويت رفضها لمحاولات الكنيست (البرلمان) الإسرائيلي ضم الضفة الغربية.",
     [("Kuwait", "oppose", "لمحاولات الكنيست (البرلمان) الإسرائيلي ضم الضفة الغربية", False)]),
    # evading (تتنصل من) opposes what is evaded
    ("وأوضح الوزير الكويتي أن إسرائيل تتنصل من مسؤولياتها بالانسحاب الكامل من الأراضي اللبنانية.",
     [("Israel", "oppose", "مسؤولياتها بالانسحاب الكامل من الأراضي اللبنانية", False)]),
    # a definite noun joined by و (والتشجيع) is no coordinated verb of the speaker's
    ("ورفضت الكويت الاتهامات، وقالت إنها تهدف إلى التضليل والتشجيع على العنف.", [("Kuwait", "oppose", "الاتهامات", False)]),
    # the religious authority of Najaf (المرجعية الدينية)
    ("وقال رئيس الوزراء العراقي إن المرجعية الدينية كانت تدعو طيلة السنوات السابقة لحصر السلاح بيد الدولة.",
     [("Najaf Marjaiya", "support", "لحصر السلاح بيد الدولة", False)]),
    # deeming "it" (إياه) so: the issue of the statement just made, never the pronoun
    ("أعربت الكويت عن إدانتها للقصف الإسرائيلي على إيران، معتبرةً إياه تهديدا للأمن الإقليمي.",
     [("Kuwait", "oppose", "للقصف الإسرائيلي على إيران", False),
      ("Kuwait", "concern", "للقصف الإسرائيلي على إيران", False)]),
    # no alternative to (لا بديل عن) supports; the only way out is X (predicate first, X after هو)
    ("وأكد الوزير الكويتي أنه لا بديل عن الحوار بين الأطراف.", [("Kuwait", "support", "الحوار بين الأطراف", False)]),
    ("وقال الوزير الكويتي إن السبيل الوحيد للخروج من الأزمة هو الحوار.", [("Kuwait", "support", "الحوار", False)]),
    # will not submit to / give up, threaten to, stand up to, optimism, wish
    ('وقال وزير الخارجية الإيراني: "لن نخضع للإملاءات الأمريكية".', [("Iran", "oppose", "للإملاءات الأمريكية", False)]),
    ("وأكدت مصر أنها لن تتنازل عن حقوقها المائية.", [("Egypt", "support", "حقوقها المائية", False)]),
    ("وأكدت مصر أنها تفضل الحوار، لكنها لن تتنازل عن أرضها.", [("Egypt", "support", "الحوار", False),
                                                              ("Egypt", "oppose", "تتنازل عن أرضها", False)]),
    ("وهددت الحكومة العراقية بقطع العلاقات مع أنقرة.", [("Iraq", "support", "بقطع العلاقات مع أنقرة", False)]),
    ("وتصدت الكويت لمحاولات التطبيع.", [("Kuwait", "oppose", "لمحاولات التطبيع", False)]),
    ("وأعرب الوزير الكويتي عن تفاؤله بنجاح المفاوضات.", [("Kuwait", "support", "بنجاح المفاوضات", False)]),
    ("وقال الوزير الكويتي إنه يتمنى نجاح القمة العربية.", [("Kuwait", "support", "نجاح القمة العربية", False)]),
    # a verb of saying with a circumstance after it (وأضاف خلال مقابلة) keeps the speaker
    ("قال وزير الخارجية الكويتي إن الحل ممكن. وأضاف خلال مقابلة مع قناة محلية، أن التدخل الخارجي أمر مرفوض.",
     [("Kuwait", "oppose", "التدخل الخارجي", False)]),
    # a ministry's full name that one state alone gives it names that state; an adverb closed by a comma
    ("دانت وزارة الخارجية وشؤون المغتربين بأشد العبارات، قصف المستشفى.", [("Jordan", "oppose", "قصف المستشفى", False)]),
    ("قالت وزارة الشؤون الخارجية والجالية الوطنية بالخارج إنها ترفض القرار.", [("Algeria", "oppose", "القرار", False)]),
    # a call for X without Y opposes Y; without delay or conditions says how
    ("ودعت الكويت إلى حل سياسي، دون أي تدخل من أطراف خارجية.",
     [("Kuwait", "support", "حل سياسي", False), ("Kuwait", "oppose", "تدخل من أطراف خارجية", False)]),
    ("ودعت الكويت إلى الإفراج عن المحتجزين دون شروط.", [("Kuwait", "support", "الإفراج عن المحتجزين دون شروط", False)]),
    # وجاء ذلك في بيان: what was just said, the same voice going on into the next sentence
    (("قال وزير الخارجية الكويتي إن الحل ممكن. وجاء ذلك في بيان صادر عن هيئة تابعة للوزارة. "
      "واعتبر البيان أن استهداف الموانئ يعد انتهاكا للقانون الدولي."),
     [("Kuwait", "oppose", "استهداف الموانئ", False)]),
    # abstaining from the vote is reserve on what was voted on; دول before the names they list
    ("وحصل القرار 2803 على 13 صوتا، مع امتناع دول روسيا والصين عن التصويت.",
     [("Russia", "reserved", "القرار 2803", False), ("China", "reserved", "القرار 2803", False)]),
    # a comma before the call's particle is no aside; reaching a solution with ل
    ("ودعا الاتحاد الأوروبي، إلى الإفراج عن جميع المحتجزين، في وقت تتصاعد فيه التوترات.",
     [("European Union", "support", "الإفراج عن جميع المحتجزين", False)]),
    ("وقال الوزير الكويتي إن بلاده توصلت لاتفاق مع العراق بشأن الحدود.",
     [("Kuwait", "support", "لاتفاق مع العراق بشأن الحدود", False)]),
    # an effort's owner after its adjective and a relative; the participle after goes on for the subject
    ("وثمنت الكويت المساعي الحميدة التي تقودها السعودية لإنهاء الحرب، مشيدة بالدور المصري في الوساطة.",
     [("Kuwait", "support", "المساعي الحميدة التي تقودها السعودية لإنهاء الحرب", False),
      ("Saudi Arabia", "support", "لإنهاء الحرب", False), ("Kuwait", "support", "بالدور المصري في الوساطة", False)]),
    # suggesting an act supports it; the plan another suggested is its owner's
    ("واقترحت فرنسا عقد مؤتمر دولي للسلام.", [("France", "support", "عقد مؤتمر دولي للسلام", False)]),
    ("ورحبت الكويت بالخطة التي اقترحتها مصر لإعادة الإعمار.",
     [("Kuwait", "support", "بالخطة التي اقترحتها مصر لإعادة الإعمار", False), ("Egypt", "support", "لإعادة الإعمار", False)]),
    # an indefinite spokeswoman for a ministry speaks for its state
    ("ورحبت متحدثة باسم وزارة الخارجية الأميركية بالاتفاق.", [("United States", "support", "بالاتفاق", False)]),
    # the statements of X, in which he said: X speaks
    ("وجاء البيان عقب تصريحات لوزير الخارجية الكويتي، قال فيها إن التدخل الخارجي أمر مرفوض.",
     [("Kuwait", "oppose", "التدخل الخارجي", False)]),
    # a new union named again by its head noun; "in it" after a statement's verb; concluding with an affirmation
    ("أصدر اتحاد عمال تونس بيانا أدان فيه التهجم على الرئيس. واعتبر الاتحاد أن التهجم على الرئيس أمر مرفوض.",
     [("اتحاد عمال تونس", "oppose", "التهجم على الرئيس", False), ("اتحاد عمال تونس", "oppose", "التهجم على الرئيس", False)]),
    ("أصدر اتحاد عمال تونس بيانا اليوم. واختتم الاتحاد بيانه بالتأكيد على تمسكه باستقلالية تونس.",
     [("اتحاد عمال تونس", "support", "باستقلالية تونس", False)]),
    # the SDF spelled ديموقراطية; on X (its gloss in brackets) "to refrain from" Y opposes Y
    ("وأفادت وزارة الدفاع التركية بأن على قوات سوريا الديموقراطية (قسد) \"الامتناع عن أي أفعال تضر بوحدة سوريا\".",
     [("Turkey", "oppose", "أي أفعال تضر بوحدة سوريا", False)]),
    # a subjectless verb with its own particle right after it (كما طالبت بوقف) goes on for the last subject
    ("رفضت الكويت الخطة الأمريكية، ودعت إلى الحوار. كما طالبت بوقف الحرب.",
     [("Kuwait", "oppose", "الخطة الأمريكية", False), ("Kuwait", "support", "الحوار", False),
      ("Kuwait", "support", "بوقف الحرب", False)]),
    # a known person's title in apposition names them again; a negated "sees a need for" opposes, held by its subject
    ("قال بدر عبد العاطي، وزير الخارجية والهجرة، إن اللقاء عقد في القاهرة. وشدد وزير الخارجية على رفض الاستيطان.",
     [("Badr Abdelatty", "oppose", "الاستيطان", False)]),
    ("وأكد الوزير أن الأردن لا يرى ضرورة لأي قوة دولية في الضفة الغربية.",
     [("Jordan", "oppose", "لأي قوة دولية في الضفة الغربية", False)]),
    ("وقال إن الكويت ترى ضرورة وقف الحرب.", [("Kuwait", "support", "وقف الحرب", False)]),
    # a new party whose name joins two nouns by و, named again by its head noun; a channel aside before the object
    ("وأدان حزب العدالة والتنمية الحملة على الحكومة. واستنكر الحزب من خلال بلاغه زيارة المبعوث.",
     [("حزب العدالة والتنمية", "oppose", "الحملة على الحكومة", False),
      ("حزب العدالة والتنمية", "oppose", "زيارة المبعوث", False)]),
    ("رفضت الكويت عبر تغريدة لها الخطة الأمريكية.", [("Kuwait", "oppose", "الخطة الأمريكية", False)]),
    ("أدان الوزير الكويتي في كلمته الهجوم على المدنيين.", [("Kuwait", "oppose", "الهجوم على المدنيين", False)]),
    # a foreign name's /g/ written ج (the Egyptian press); an accusative participle's next actor is its object
    ("وأكد المتحدث أن جوتيريش يدعو إلى وقف فوري لإطلاق النار، مطالبًا إسرائيل بتسهيل وصول المساعدات.",
     [("António Guterres", "support", "وقف فوري لإطلاق النار", False),
      ("António Guterres", "support", "بتسهيل وصول المساعدات", False)]),
    # a channel aside names where the account is; an existential's evaluation is of what follows it
    ("أكدت الحكومة الأردنية عبر حسابها على منصة إكس على دعم وقف الحرب.", [("Jordan", "support", "وقف الحرب", False)]),
    ("وقال الوزير الأردني إن هناك خطرا واضحا من استخدام الأسلحة ضد المدنيين.",
     [("Jordan", "concern", "استخدام الأسلحة ضد المدنيين", False)]),
    # a light verb after the actor's own clause is not the actor's (no "Kuwait is a threat")
    ("وأكد الوزير أن الكويت لن تقبل بقيام أي جماعة تشكل تهديدا.", [("Kuwait", "oppose", "بقيام أي جماعة", False)]),
    # ... but an aside between the actor and its light verb is passed over
    ("وقالت الكويت إن داعش، رغم خسائره، لا يزال يمثل تهديدا خطيرا.", [("Kuwait", "concern", "داعش", False)]),
    # what is joined to a charge's issue is more of the charge (kg:chargesDeed), nobody's support
    ("واتهمت الحكومة السودانية إثيوبيا بالعدوان العسكري ودعم الجماعات المسلحة.",
     [("Sudan", "oppose", "بالعدوان العسكري", False)]),
    # a woman's pronoun after a man's words is the state of the earlier clause; a position's content gives the stance
    ("وأكد الوزير أن مصر لن تقبل أي تداعيات للسد، وأنها تتمسك بموقفها الثابت في رفض الإجراءات الأحادية.",
     [("Egypt", "oppose", "أي تداعيات للسد", False), ("Egypt", "oppose", "الإجراءات الأحادية", False)]),
    ("وقالت كالاس إن روسيا تصعد الحرب، وإنها ترفض الإجراءات الأحادية.",
     [("Kaja Kallas", "oppose", "الإجراءات الأحادية", False)]),
    # a director and a political bureau are titles and organs; كوردستان is كردستان; a masculine verb's state is addressed
    ("حذر مدير منظمة الصحة العالمية، تيدروس أدهانوم غيبريسوس من المجاعة في غزة.",
     [("Tedros Adhanom Ghebreyesus", "concern", "المجاعة في غزة", False)]),
    ("أكد المكتب السياسي للحزب الديمقراطي الكوردستاني، اليوم الخميس، رفضه للقرار.",
     [("Kurdistan Democratic Party", "oppose", "للقرار", False)]),
    ("وقال الوزير الأردني إن الحرب يجب أن تتوقف. كما طالب ألمانيا بفرض عقوبات على الوزراء المتطرفين.",
     [("Jordan", "oppose", "الحرب", False), ("Jordan", "support", "بفرض عقوبات على الوزراء المتطرفين", False)]),
    # a necessity under a preposition is no object of an earlier clause's copula
    ("قال الوزير الأردني إن رفض بلاده لتهجير الفلسطينيين هو أمر ثابت، وذلك ردا على اقتراح ترامب بضرورة استقبال اللاجئين.",
     [("Jordan", "oppose", "لتهجير الفلسطينيين", False)]),
    # shock, respect, "would like", "premature" and "portends" are cues
    ("أعرب المتحدث عن صدمة أنطونيو غوتيريش من التدهور السريع للأوضاع الإنسانية في غزة.",
     [("António Guterres", "concern", "التدهور السريع للأوضاع الإنسانية في غزة", False)]),
    ("وقال إن بكين تحترم حق إيران بالاستخدام السلمي للطاقة النووية.",
     [("China", "support", "حق إيران بالاستخدام السلمي للطاقة النووية", False)]),
    ("وقال ترامب: أود أن تستقبل مصر الناس.", [("Donald Trump", "support", "تستقبل مصر الناس", False)]),
    ("قال الكرملين إن الحديث عن مستقبل القاعدتين سابق لأوانه.",
     [("Russia", "reserved", "الحديث عن مستقبل القاعدتين", False)]),
    ("وذكرت كالاس أن الهجمات الإسرائيلية في سوريا تنذر بتصعيد أكبر.",
     [("Kaja Kallas", "concern", "الهجمات الإسرائيلية في سوريا", False)]),
    ("ورفضت الصين الغارة التي أودت بحياة المدنيين.", [("China", "oppose", "الغارة التي أودت بحياة المدنيين", False)]),
    # after the express verb that opens the sentence and عن, a verb's form is its noun (رفض: rejection)
    ("وقال الصفدي إن الاحتلال يقتل الفرص. وأعرب عن رفض المزاعم الإسرائيلية.",
     [("Ayman Safadi", "oppose", "المزاعم الإسرائيلية", False)]),
    # "stressing that" asserts what follows for the clause's subject; a sentence that opens with a participle goes on
    ("رفضت مصر التصريحات، مشددة على أن تهجير الفلسطينيين يظل خطًا أحمر.",
     [("Egypt", "oppose", "التصريحات", False), ("Egypt", "oppose", "تهجير الفلسطينيين", False)]),
    ("أعرب غوتيريش عن قلقه إزاء التدهور في الفاشر. محذراً من تزايد الأخطار على المدنيين، مشدداً على ضرورة وقف القتال.",
     [("António Guterres", "concern", "التدهور في الفاشر", False),
      ("António Guterres", "concern", "تزايد الأخطار على المدنيين", False),
      ("António Guterres", "support", "وقف القتال", False)]),
    # a plural title names the states joined after it, and with the article later names them again (kgl:plural-title);
    # عمان after a title in construct is Oman (kg:constructForm); "futile" opposes
    ("ودعا وزراء خارجية مصر وتونس والجزائر الأطراف الليبية إلى الحوار.",
     [("Egypt", "support", "الحوار", False), ("Tunisia", "support", "الحوار", False),
      ("Algeria", "support", "الحوار", False)]),
    ("وأكد وزراء خارجية عمان وروسيا والصين رفض التصعيد. وأجمع الوزراء على أن الحل العسكري غير مجد.",
     [("Oman", "oppose", "التصعيد", False), ("Russia", "oppose", "التصعيد", False), ("China", "oppose", "التصعيد", False),
      ("Oman", "oppose", "الحل العسكري", False), ("Russia", "oppose", "الحل العسكري", False),
      ("China", "oppose", "الحل العسكري", False)]),
    ("وصل الوزير إلى عمان لبحث الأزمة، وأكدت عمان رفضها للتصعيد.", [("Jordan", "oppose", "للتصعيد", False)]),
    # an envoy (الموفد) is a title, the place they are posted to is no construct; "in the words of" is an aside
    ("وكان الموفد الأميركي إلى سوريا توم باراك حض الحكومة السورية على استئناف الحوار.",
     [("Tom Barrack", "support", "استئناف الحوار", False)]),
    ("وأكدت الحكومة اليمنية، على لسان وزير الإعلام، على رفض الهدنة.", [("Yemen", "oppose", "الهدنة", False)]),
    # whom a call includes, between commas, comes before its particle
    ("ودعت مصر المجتمع الدولي، وخصوصًا مجلس الأمن، إلى حماية الشعب الفلسطيني.",
     [("Egypt", "support", "حماية الشعب الفلسطيني", False)]),
    # a call's object with no particle: a derived verbal noun right after whom it addresses
    ("وطالبت الكويت المجتمع الدولي اتخاذ إجراءات رادعة ضد إسرائيل.",
     [("Kuwait", "support", "اتخاذ إجراءات رادعة ضد إسرائيل", False)]),
    # a majority of a body's members (أغلبية ... من) speak for it
    ("وذكرت المتحدثة أن \"أغلبية قوية\" من وزراء خارجية الاتحاد الأوروبي يؤيدون مراجعة الاتفاقية.",
     [("European Union", "support", "مراجعة الاتفاقية", False)]),
    # a verb of saying with no subject before "أننا": the last speaker goes on, in the first person
    ("وقال الرئيس اللبناني جوزاف عون إن الوضع صعب. وأكد أننا \"نرفض الحرب على الجنوب\".",
     [("Joseph Aoun", "oppose", "الحرب على الجنوب", False)]),
    # after a title and its holder's name between commas, a comma-closed phrase with the call's particle is the call
    ("طالب وزير الخارجية الروسي، سيرغي لافروف، الحكومة بالعودة إلى المفاوضات، مؤكدا دعم بلاده للحل.",
     [("Sergei Lavrov", "support", "بالعودة إلى المفاوضات", False), ("Russia", "support", "للحل", False)]),
    ("دعا رئيس الوزراء نواف سلام، خلال زيارة له إلى شرق لبنان، إلى وقف الاعتداءات.",
     [("Nawaf Salam", "support", "وقف الاعتداءات", False)]),
    # a dual title before two named holders: both hold it
    ("ورحب وزيرا الخارجية التركي هاكان فيدان والسعودي فيصل بن فرحان بالاتفاق الجديد.",
     [("Hakan Fidan", "support", "بالاتفاق الجديد", False), ("Faisal bin Farhan", "support", "بالاتفاق الجديد", False)]),
    # a sentence that opens with a verb of no subject and an indefinite object goes on for the last one's subject
    ("قال وزير الخارجية الروسي سيرغي لافروف إن العقوبات ظالمة. كما وجه انتقادات حادة للنهج الأوروبي في الأزمة.",
     [("Sergei Lavrov", "oppose", "للنهج الأوروبي في الأزمة", False)]),
    # a verb after a relative ما with its pronoun pointing back: the clause before the comma is what it rejects
    ("وقال الرئيس المصري عبد الفتاح السيسي إن تهجير الفلسطينيين يعني تصفية القضية، وهو ما ترفضه مصر تماما.",
     [("Egypt", "oppose", "تهجير الفلسطينيين يعني تصفية القضية", False)]),
    # who leads the subject (a leader the gazetteer does not know) is no part of the call
    ("طالبت الحكومة الليبية برئاسة فلان الفلاني، البعثة الأممية بالخروج الفوري من البلاد.",
     [("Libya", "support", "بالخروج الفوري من البلاد", False)]),
    # a need, like an obligation, is held by whoever says so; negated (لسنا بحاجة), it opposes
    ("وقال المبعوث الأمريكي توم باراك إن البلاد بحاجة إلى حل هذه القضية.",
     [("Tom Barrack", "support", "حل هذه القضية", False)]),
    ("وقال القيادي في حماس أسامة حمدان: لسنا بحاجة إلى قوات أجنبية في القطاع.",
     [("Osama Hamdan", "oppose", "قوات أجنبية في القطاع", False)]),
    ("وأكد الوسيط الأممي هانس غروندبرغ الحاجة الملحة لحوار بين الأطراف.",
     [("Hans Grundberg", "support", "لحوار بين الأطراف", False)]),
    # holding back from a vote is a reservation; readiness (جاهزة ل) supports
    ("وأحجمت روسيا والصين عن التصويت على القرار.",
     [("Russia", "reserved", "القرار", False), ("China", "reserved", "القرار", False)]),
    # wondering about (تساءل عن) is a doubt: reserved
    ("وتساءل وزير الإعلام اليمني معمر الإرياني عن جدوى المفاوضات مع الحوثيين.",
     [("Muammar al-Eryani", "reserved", "جدوى المفاوضات مع الحوثيين", False)]),
    # بشكل and an indefinite adjective are an adverb between a cue and its particle; يعمل ل works toward
    ("وأضاف الوزير المصري بدر عبد العاطي أن مصر تعمل بشكل مكثف لوقف إطلاق النار في غزة.",
     [("Egypt", "support", "لوقف إطلاق النار في غزة", False)]),
    # على لسان with no comma before it: whose words they are, up to the comma, then the cue's own على
    ('وأكدت حركة "فتح" على لسان المتحدث باسمها فلان الفلاني، على رفض الاحتلال.',
     [("Fatah", "oppose", "الاحتلال", False)]),
    # "it" after a light verb with no object of its own (أنه يكتسب أهمية) is the issue just named
    ("أشاد الرئيس التركي رجب طيب أردوغان بقرار رفع العقوبات عن سوريا، معتبراً أنه يكتسب أهمية تاريخية.",
     [("Recep Tayyip Erdoğan", "support", "بقرار رفع العقوبات عن سوريا", False)]),
    # answering (يجيب X:) gives the voice, and the quote goes on in the first person
    ("وردا على سؤال يجيب المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي: \"طبعا. نحن لا نريد التصعيد\".",
     [("Avichay Adraee", "oppose", "التصعيد", False)]),
    # the only way (with its own phrase of a few words) is what follows هو
    ("وشدد الرئيس التركي رجب طيب أردوغان على أن «السبيل الوحيد للخروج من هذا الوضع هو نزع السلاح».",
     [("Recep Tayyip Erdoğan", "support", "نزع السلاح", False)]),
    # those who met (المجتمعون) speak for the body named last
    ("عقد الإطار التنسيقي اجتماعا مساء الاثنين. وأكد المجتمعون في بيان رفضهم للتدخلات الخارجية.",
     [("Coordination Framework", "oppose", "للتدخلات الخارجية", False)]),
    # a stance noun that is the object of the opening verb, right after its subject (when it was said between)
    ("وجه الرئيس الأمريكي دونالد ترامب اليوم السبت، انتقادات حادة للحكومة الفنزويلية.",
     [("Donald Trump", "oppose", "للحكومة الفنزويلية", False)]),
    # a subject before its verb, a relative clause between commas passed over
    ("اعتمد مجلس الأمن الدولي قرارا جديدا. القرار، الذي أيدته 11 دولة، دعا جميع الأطراف إلى الانخراط في مفاوضات.",
     [("UN Security Council", "support", "قرارا جديدا", False), ("UN Security Council", "support", "الانخراط في مفاوضات", False)]),
    # a fronted subject, a relative clause with a verb of saying between commas: the later verb frames the voice
    ("الرئيس التركي رجب طيب أردوغان، الذي كان يتحدث أمام البرلمان، أشار إلى ضرورة إطلاق حوار وطني.",
     [("Recep Tayyip Erdoğan", "support", "إطلاق حوار وطني", False)]),
    # من before a definite evaluative word fronts the predicate: what is necessary, important or unacceptable follows
    ("وقال الرئيس التركي رجب طيب أردوغان إنه من الضروري للغاية وقف الحرب.",
     [("Recep Tayyip Erdoğan", "support", "وقف الحرب", False)]),
    ("وقال الرئيس التركي رجب طيب أردوغان إن من غير المقبول استمرار الحصار.",
     [("Recep Tayyip Erdoğan", "oppose", "استمرار الحصار", False)]),
    ("قال الرئيس التركي رجب طيب أردوغان: كان من المهم أن نلتقي الوفد الروسي.",
     [("Recep Tayyip Erdoğan", "support", "نلتقي الوفد الروسي", False)]),
    # a name inside what is said after a colon is not who says it
    ("قال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتخلى عن حلفائها. وتابع: نعمل لدعم لبنان، ومن الضروري تجنب الحرب.",
     [("Recep Tayyip Erdoğan", "support", "لدعم لبنان", False), ("Recep Tayyip Erdoğan", "support", "تجنب الحرب", False)]),
    # an apposition, then when it was said between commas: the comma after the time closes it, the object follows
    ("أدان وزير الخارجية التركي، هاكان فيدان، اليوم السبت، الغارات الإسرائيلية على لبنان، معتبرا إياها تصعيدا خطيرا.",
     [("Hakan Fidan", "oppose", "الغارات الإسرائيلية على لبنان", False)]),
    # a surname after bin stands for the person named in full before
    ("أدان وزير الخارجية السعودي الأمير فيصل بن فرحان الهجوم. وقال بن فرحان في تصريحات صحفية: \"ندين استهداف المدنيين\".",
     [("Faisal bin Farhan", "oppose", "الهجوم", False), ("Faisal bin Farhan", "oppose", "استهداف المدنيين", False)]),
    # a manner cue with its adverb at the clause's end: what the subject watches is the issue
    ("وأكدت الخارجية التركية أن أنقرة تتابع التطورات في السودان بقلق بالغ، مشيرة إلى أن الحل سياسي.",
     [("Turkey", "concern", "التطورات في السودان", False)]),
    # a statement issued by someone, then a verb "in it": the issuer speaks; a position stated "firmly, by rejecting"
    ("كشف اليوم عن بيان صادر عن زعيم التيار الصدري، السيد مقتدى الصدر، أعلن فيه موقفا قاطعا برفض المشاركة في الانتخابات.",
     [("Muqtada al-Sadr", "oppose", "المشاركة في الانتخابات", False)]),
    # her stance noun after a man's praise: the state named before it holds it (not he, whose pronoun is not ها)
    ("وأشاد الأمين العام جاسم البديوي بالدور الذي تقوم به دولة قطر، ودعمها المستمر لتحقيق الاستقرار في المنطقة.",
     [("Jasem Mohamed Albudaiwi", "support", "بالدور الذي تقوم به دولة قطر", False),
      ("Qatar", "support", "لتحقيق الاستقرار في المنطقة", False)]),
    # إلى after a title folds to الي but is no word of a name: the call's particle
    ("دعا رئيس الوزراء العراقي إلى تعاون أوسع ضد الإرهاب.",
     [("Iraq", "support", "تعاون أوسع ضد الإرهاب", False)]),
    # a call's object with no particle: a triliteral verbal noun with its preposition after whom it addresses
    ("وطالب وزير الخارجية الأردني أيمن الصفدي المجتمع الدولي الضغط على إسرائيل.",
     [("Ayman Safadi", "support", "الضغط على إسرائيل", False)]),
    # the dual in ين after a verb is whom it addresses, not its subject (the subject is elided)
    ("أعربت الخارجية السعودية عن قلقها من التصعيد بين الهند وباكستان، ودعت البلدين إلى ضبط النفس.",
     [("Saudi Arabia", "concern", "التصعيد بين الهند وباكستان", False), ("Saudi Arabia", "support", "ضبط النفس", False)]),
    # his country's clear position, then the stance noun with its preposition: the stance he affirms
    ("أكد الرئيس المصري عبد الفتاح السيسي في كلمة له على موقف بلاده الواضح برفض تهجير الفلسطينيين.",
     [("Abdel Fattah el-Sisi", "oppose", "تهجير الفلسطينيين", False)]),
    # a right "not up for negotiation", a pillar: evaluations whoever asserts them holds to
    ("وقال وزير الخارجية الإيراني عباس عراقجي إن حق بلاده في تخصيب اليورانيوم ليس مطروحاً للتفاوض.",
     [("Abbas Araghchi", "support", "حق بلاده في تخصيب اليورانيوم", False)]),
    ("وأكد وزير الخارجية الأردني أيمن الصفدي أن استقرار سوريا يشكل ركيزة أساسية لأمن المنطقة.",
     [("Ayman Safadi", "support", "استقرار سوريا", False)]),
    # its own efforts, after a verb with no named subject, with adjectives before the aim: the subject's (or speaker's)
    ("وقال المجلس الرئاسي الليبي إنه سيواصل جهوده الدبلوماسية والسياسية من أجل توحيد المؤسسة العسكرية.",
     [("Libyan Presidential Council", "support", "توحيد المؤسسة العسكرية", False)]),
    # an organ of a party's organ, named again later with its adjectives alone: the party speaks through it
    (("عقدت الهيئة التنفيذية للقيادة المحلية للمجلس الانتقالي الجنوبي اجتماعا أمس. وترفض الهيئة التنفيذية بشدة "
     "قرارات الحكومة الأخيرة."),
     [("Southern Transitional Council", "oppose", "قرارات الحكومة الأخيرة", False)]),
    ("وطالبت اللجنة المركزية لحركة فتح بوقف العدوان. وأكدت اللجنة المركزية رفضها للاستيطان.",
     [("Fatah", "support", "بوقف العدوان", False), ("Fatah", "oppose", "للاستيطان", False)]),
    # a verb of saying joined by و after the first verb's object, its object a negated stance noun: the same holder
    ("رفضت الحكومة العراقية قرارات البرلمان، وأكدت عدم الاعتراف بأي قرارات تصدر خارج التوافق.",
     [("Iraq", "oppose", "قرارات البرلمان", False), ("Iraq", "oppose", "بأي قرارات تصدر خارج التوافق", False)]),
    # a council named as an object (اعترافه بمجلس السيادة) does not take over the bare المجلس from the one speaking
    (("أصدر مجلس الأمن الدولي بيانا. وأكد المجلس اعترافه بمجلس السيادة الانتقالي. وحث المجلس الدول على عدم "
     "تقديم السلاح للميليشيات."),
     [("UN Security Council", "support", "بمجلس السيادة الانتقالي", False),
      ("UN Security Council", "oppose", "تقديم السلاح للميليشيات", False)]),
    # a name and a colon open the sentence, as headlines write a statement: what follows is that speaker's
    ("وزير الخارجية الأردني أيمن الصفدي: نرفض تهجير الفلسطينيين من أرضهم ونطالب بوقف الحرب فورا على غزة.",
     [("Ayman Safadi", "oppose", "تهجير الفلسطينيين من أرضهم", False),
      ("Ayman Safadi", "support", "بوقف الحرب فورا على غزة", False)]),
    # studying a proposal is not yet an answer: reserved
    ("وقال المتحدث إن حركة حماس تدرس الخطة الأمريكية بمسؤولية.",
     [("Hamas", "reserved", "الخطة الأمريكية", False)]),
    ("وأكد وزير الخارجية المصري أن المقترح الإسرائيلي قيد الدراسة.",
     [("Egypt", "reserved", "المقترح الإسرائيلي", False)]),
    # a verb whose object is a pronoun suffix points back to the issue named before it; كل من before its subjects
    ("قدمت مصر مقترحا جديدا لوقف إطلاق النار، ورفضته كل من إسرائيل والولايات المتحدة.",
     [("Egypt", "support", "مقترحا جديدا لوقف إطلاق النار", False),
      ("Israel", "oppose", "مقترحا جديدا لوقف إطلاق النار", False),
      ("United States", "oppose", "مقترحا جديدا لوقف إطلاق النار", False)]),
    # nisbas joined by a dash or و after an effort's genitive or a stance noun: each state owns it
    ("وأكدت الخارجية اليمنية تقديرها لجهود الوساطة السعودية–الإماراتية الهادفة إلى خفض التصعيد.",
     [("Yemen", "support", "لجهود الوساطة السعودية–الإماراتية الهادفة إلى خفض التصعيد", False),
      ("Saudi Arabia", "support", "خفض التصعيد", False), ("United Arab Emirates", "support", "خفض التصعيد", False)]),
    ("وقوبل المقترح بالرفض المصري والقطري للتهجير.",
     [("Egypt", "oppose", "للتهجير", False), ("Qatar", "oppose", "للتهجير", False)]),
    # the start of an act, as what a verb announces: its subject supports the act; in protest: opposes
    ("أعلنت وزارة الخارجية الإيرانية تشغيل أجهزة طرد مركزي متطورة.",
     [("Iran", "support", "تشغيل أجهزة طرد مركزي متطورة", False)]),
    ("واستدعت الخرطوم سفيرها في نيروبي احتجاجا على استضافة كينيا اجتماعات الميليشيا.",
     [("Sudan", "oppose", "استضافة كينيا اجتماعات الميليشيا", False)]),
    # optimism about, and a verb with us for its object (تريدنا: wants us to), not our own verb
    ("وأوضح المتحدث أن قطر متفائلة بالخطة الأمريكية لوقف الحرب.",
     [("Qatar", "support", "بالخطة الأمريكية لوقف الحرب", False), ("United States", "support", "لوقف الحرب", False)]),
    ("وقال الرئيس الإيراني مسعود بزشكيان إن الولايات المتحدة تريدنا أن نسلمها كل اليورانيوم المخصب.",
     [("United States", "support", "نسلمها كل اليورانيوم المخصب", False)]),
    # a verb joined by و that addresses someone goes on for the last verb's subject, not the sentence's first
    (("حذرت فرنسا إيران من أي تصعيد، فيما دعا وزير الخارجية الأمريكي ماركو روبيو الدول إلى تطبيق العقوبات، "
     "وحث طهران على استئناف المحادثات."),
     [("France", "concern", "أي تصعيد", False), ("Marco Rubio", "support", "تطبيق العقوبات", False),
      ("Marco Rubio", "support", "استئناف المحادثات", False)]),
    # a sentence whose first verb is no cue: its subject is the one a later verb joined by و goes on for
    (("هاجم رئيس الوزراء الليبي عبد الحميد الدبيبة، بعثة الأمم المتحدة للدعم في ليبيا، بسبب الإحاطة، وطالب "
     "البعثة بمغادرة البلاد فورا."),
     [("Abdul Hamid Dbeibah", "support", "بمغادرة البلاد فورا", False)]),
    # an imperfect verb after an indefinite resolution describes it: its issuer holds the stance, the actor after
    # the verb is the object
    ("أصدرت الوكالة الدولية للطاقة الذرية قرارًا يدين إيران.",
     [("International Atomic Energy Agency", "oppose", "إيران", False)]),
    # a definite participle right after an actor is that actor's stance, even inside another statement's issue
    ("ورحبت الحكومة العراقية بالبيان الصادر عن وزارة الخارجية القطرية الرافض للتدخل الأجنبي.",
     [("Iraq", "support", "بالبيان الصادر عن وزارة الخارجية القطرية الرافض للتدخل الأجنبي", False),
      ("Qatar", "oppose", "للتدخل الأجنبي", False)]),
    # a second subject after a comma and و, its title before the name; a dual verb after them goes on for both
    (("وشدد الرئيس المصري عبد الفتاح السيسي، والعاهل الأردني الملك عبد الله الثاني، خلال اتصال هاتفي، على أهمية "
     "التنفيذ الفوري لإعادة الإعمار. كما أكدا على أهمية التنسيق العربي المشترك."),
     [("Abdel Fattah el-Sisi", "support", "التنفيذ الفوري لإعادة الإعمار", False),
      ("Abdullah II of Jordan", "support", "التنفيذ الفوري لإعادة الإعمار", False),
      ("Abdel Fattah el-Sisi", "support", "التنسيق العربي المشترك", False),
      ("Abdullah II of Jordan", "support", "التنسيق العربي المشترك", False)]),
    # a plural participle goes on for every subject of the verb before it
    ("أكدت مصر والأردن رفض أي محاولات لتهجير الفلسطينيين، مشددين على ضرورة إعادة إعمار القطاع.",
     [("Egypt", "oppose", "أي محاولات لتهجير الفلسطينيين", False),
      ("Jordan", "oppose", "أي محاولات لتهجير الفلسطينيين", False),
      ("Egypt", "support", "إعادة إعمار القطاع", False), ("Jordan", "support", "إعادة إعمار القطاع", False)]),
    # support from another, as the second noun of a ب-phrase (بإشراف ودعم من): not the sentence subject's
    ("وأكد وزير الخارجية الجزائري أحمد عطاف على أهمية التوافق بين الأطراف الليبية، بإشراف ودعم من الأمم المتحدة.",
     [("Ahmed Attaf", "support", "التوافق بين الأطراف الليبية", False)]),
    # after a relative and its verb, a pronoun going back to the antecedent leaves the verb a subject of its own
    ("وهذه هي الخطة التي تسعى تونس لاستكمال تنفيذها.", [("Tunisia", "support", "لاستكمال تنفيذها", False)]),
    # a list of first-form verbal nouns joined by و after a comma: each is an issue of its own
    ("ودعت مصر إلى وقف القتال فورا، وفتح المعابر أمام الشاحنات، وضمان وصول المساعدات إلى السكان.",
     [("Egypt", "support", "وقف القتال فورا", False), ("Egypt", "support", "وفتح المعابر أمام الشاحنات", False),
      ("Egypt", "support", "وضمان وصول المساعدات إلى السكان", False)]),
    # a verb of denial gives the voice to its subject: "his country" after it is the denier's
    (("وأكدت الحكومة الجزائرية رفضها للقرار. من جهته، نفى وزير الخارجية الفرنسي الاتهامات، مؤكدا حرص بلاده على "
      "الحفاظ على العلاقات مع الجزائر."),
     [("Algeria", "oppose", "للقرار", False), ("France", "oppose", "الاتهامات", False),
      ("France", "support", "الحفاظ على العلاقات مع الجزائر", False)]),
    # a name in construct with an indefinite noun before the verb (an outlet's name) is no fronted subject
    ("الخرطوم | أخبار السودان رحبت مصر بقرار وقف إطلاق النار.",
     [("Egypt", "support", "بقرار وقف إطلاق النار", False)]),
    # an effort after a verb in the first person plural is the speaker's side's
    ("وقال الوزير المصري: لقد بذلنا جهدا جادا لوقف الحرب في غزة.", [("Egypt", "support", "لوقف الحرب في غزة", False)]),
    # an evaluative adjective after a light verb's object describes the noun before it: that noun is the issue
    ("وأكدت الخارجية اليمنية أن الممر المائي أصبح اليوم ساحة خطيرة جراء الممارسات العدائية للجماعة.",
     [("Yemen", "oppose", "الممارسات العدائية للجماعة", False)]),
    # أهاب ب: an appeal whose addressee takes ب
    ("وأهاب وزير الخارجية المصري بالمجتمع الدولي الضغط على إسرائيل لوقف العدوان.",
     [("Egypt", "support", "بالمجتمع الدولي الضغط على إسرائيل لوقف العدوان", False)]),
    # نهى عن: warning off opposes what is warned off
    ("ونهى زعيم التيار الصدري أنصاره عن المشاركة في الانتخابات.",
     [("Sadrist Movement", "oppose", "المشاركة في الانتخابات", False)]),
    # deeming a thing a decisive step or a good start supports it
    ("واعتبر وزير الإعلام اليمني هذا التصنيف خطوة حاسمة في مواجهة الإرهاب.",
     [("Yemen", "support", "هذا التصنيف", False)]),
    ("ووصف وزير الخارجية الإيراني الاجتماع بأنه بداية جيدة.", [("Iran", "support", "الاجتماع", False)]),
    # not ready to do a thing opposes it
    ("وقال وزير الخارجية الإيراني إن إيران غير مستعدة للتخلي عن تخصيب اليورانيوم.",
     [("Iran", "oppose", "للتخلي عن تخصيب اليورانيوم", False)]),
    # member states of a body speak for it; an aside listing them is no part of the issue
    (("قررت ثماني دول أعضاء في تحالف أوبك بلس، من بينها السعودية وروسيا والإمارات والعراق والكويت وكازاخستان "
      "والجزائر وسلطنة عمان، رفع إنتاج النفط خلال الفترة المقبلة."),
     [("OPEC+", "support", "رفع إنتاج النفط خلال الفترة المقبلة", False)]),
    ("ودعت الدول الأعضاء في حلف شمال الأطلسي إلى زيادة الإنفاق الدفاعي.",
     [("NATO", "support", "زيادة الإنفاق الدفاعي", False)]),
    # a verb cue right after a resolution and its issuer describes the resolution: the issuer holds it
    (("وجاءت تصريحات الوزير قبل صدور قرار جديد عن مجلس محافظي الوكالة الدولية للطاقة الذرية يطالب طهران "
      "بالسماح الفوري بالوصول إلى المواقع."),
     [("IAEA Board of Governors", "support", "بالسماح الفوري بالوصول إلى المواقع", False)]),
    # a verb of saying joined by و ends the issue before it
    ("ودعا المتحدث باسم الخارجية القطرية إلى الضغط على إسرائيل وقال إن الوساطة مستمرة.",
     [("Qatar", "support", "الضغط على إسرائيل", False)]),
    # a rank's word as a surname after a given name, named again alone; a state after the name is the verb's object
    (("دعا عضو المكتب السياسي للحركة، رئيس الجهاز المركزي للرقابة، علي العماد السعودية إلى تنفيذ خارطة الطريق. "
      "وقال العماد في تصريحات إن على السعودية الالتزام بالاتفاق."),
     [("علي العماد", "support", "تنفيذ خارطة الطريق", False), ("علي العماد", "support", "الالتزام بالاتفاق", False)]),
    # an obligation joined by و after a comma
    ("وقال وزير الخارجية المصري إن الحرب يجب أن تنتهي، وعلى إسرائيل الانسحاب من غزة.",
     [("Egypt", "oppose", "الحرب", False), ("Egypt", "support", "الانسحاب من غزة", False)]),
    # a quote left open is closed by a new frame after an adverb (من جانبه أكد X)
    (("وقال المتحدث باسم الحكومة اليمنية: “نرفض الحرب. من جانبه أكد رئيس الوزراء العراقي محمد شياع السوداني أن "
      "الحوار هو الحل، ونحن ندعم الحوار."),
     [("Yemen", "oppose", "الحرب", False), ("Mohammed Shia al-Sudani", "support", "الحوار", False)]),
    # a participle that opens the sentence goes with the main verb after the comma: its subject holds it
    (("مرحباً باتفاق وقف إطلاق النار الذي تم التوصل إليه بين الطرفين، ودعا الرئيس التركي رجب طيب أردوغان قسد إلى "
      "إلقاء السلاح فوراً."),
     [("Recep Tayyip Erdoğan", "support", "باتفاق وقف إطلاق النار", False),
      ("Recep Tayyip Erdoğan", "support", "إلقاء السلاح فوراً", False)]),
    ("ودعت مصر إلى الحوار بين الحكومة وبين المعارضة.",  # وبين is "and between", no verb of saying
     [("Egypt", "support", "الحوار بين الحكومة وبين المعارضة", False)]),
    # a monarch's title before the demonym (العاهل الأردني) names the holder
    ("شدد العاهل الأردني على ضرورة وقف الحرب.", [("Jordan", "support", "وقف الحرب", False)]),
    # an organ's adjective after its demonym is part of the organ, not the verb's object
    ("رفضت الحكومة الصومالية الفيدرالية المذكرة.", [("Somalia", "oppose", "المذكرة", False)]),
    # a name that is also a common word (مالي: financial) is the state's adjective after an army or a government
    ("رفض الجيش المالي الاتفاق.", [("Mali", "oppose", "الاتفاق", False)]),
    # denying accusations or a narrative rejects them (the demonstrative goes with its noun)
    ("نفت الحكومة المصرية هذه الرواية.", [("Egypt", "oppose", "هذه الرواية", False)]),
    # not lawful (غير مشروعة) as a predicate of what the speaker names
    ("قال وزير الخارجية المصري إن الحرب على غزة غير مشروعة.", [("Egypt", "oppose", "الحرب على غزة", False)]),
    # an adverbial phrase (على وجه الخصوص) between a cue and its particle
    ("رحبت مصر على وجه الخصوص بقرار مجلس الأمن.", [("Egypt", "support", "بقرار مجلس الأمن", False)]),
    # ruling out a noun opposes it
    ("استبعد وزير الخارجية الإيراني مناقشة برنامج الصواريخ.", [("Iran", "oppose", "مناقشة برنامج الصواريخ", False)]),
    ("استهجن الوزير المصري القرار.", [("Egypt", "oppose", "القرار", False)]),
    # an evaluation quoted after a participle of saying is the participle's subject's
    ('وطالب الوزير المصري الأطراف بالتهدئة، مؤكدًا "ضرورة فتح المعابر بشكل عاجل".',
     [("Egypt", "support", "بالتهدئة", False), ("Egypt", "support", "فتح المعابر بشكل عاجل", False)]),
    # a first-person call in quotes after a verb of saying: those named after it are whom it addresses
    ('وأضاف الوزير المصري "ندعو الحكومة الليبية والبعثة الأممية إلى الحوار".', [("Egypt", "support", "الحوار", False)]),
    # a stance noun whose verb follows a relative with an antecedent nobody here knows is that antecedent's
    ("وأشاد الملك محمد السادس بمواقف فرنسا، فضلا عن عدد من الدول الإفريقية التي جددت دعمها للحكم الذاتي.",
     [("Mohammed VI of Morocco", "support", "بمواقف فرنسا", False)]),
    # a chief of staff (رئيس أركان) is a title; a demonym after a body in ل is that body's, not a surname
    ("رفض رئيس أركان الجيش الباكستاني الاتفاق.", [("Pakistan", "oppose", "الاتفاق", False)]),
    ("رفض رئيس هيئة الأركان للجيش السوداني محمد عثمان الحسين الاتفاق.",
     [("محمد عثمان الحسين", "oppose", "الاتفاق", False)]),
    # a verb joined by و after a verb, its subject and its object goes on for the subject
    ("استقبل الرئيس المصري وزير الخارجية الإيراني ورحب بالمبادرة.", [("Egypt", "support", "بالمبادرة", False)]),
    ("استدعت الحكومة الجزائرية السفير الفرنسي وقررت تعليق الاتفاق.", [("Algeria", "support", "تعليق الاتفاق", False)]),
    ("الحكومة التونسية تستدعي السفير الفرنسي وتطالب بالاعتذار.", [("Tunisia", "support", "بالاعتذار", False)]),
    # the UN mission without its country is the one posted to the state the document names
    ("حذرت البعثة الأممية من التصعيد العسكري في ليبيا.", [("UNSMIL", "concern", "التصعيد العسكري في ليبيا", False)]),
    ("الرئيس الجزائري يستقبل وزير الخارجية الفرنسي ويطالب بالاعتذار.", [("Algeria", "support", "بالاعتذار", False)]),
    # after an opinion verb and أنه, an evaluation is of the issue just named; a second one of what it names after ل
    ("أدانت مصر القصف الإسرائيلي، معتبرة أنه انتهاك صارخ للقانون الدولي وتهديد خطير للأمن الإقليمي.",
     [("Egypt", "oppose", "القصف الإسرائيلي", False), ("Egypt", "concern", "وتهديد خطير للأمن الإقليمي", False)]),
    # a forecast after a participle is no stance; the stance before it stands
    ("وحذر وزير الخارجية الإيراني من التداعيات، مستبعدا حصول عدوان إسرائيلي واسع.",
     [("Iran", "concern", "التداعيات", False)]),
    # an organ's adjective must agree with it and begin no name; مالي's adjective must agree with its organ
    ("انتقدت الحكومة اليمنية الانتقالي الجنوبي.", [("Yemen", "oppose", "الانتقالي الجنوبي", False)]),
    ("طالب صندوق النقد الدولي بإصلاح أوضاع الجيش المالية.",
     [("International Monetary Fund", "support", "بإصلاح أوضاع الجيش المالية", False)]),
    # في الوقت الذي (while) names no antecedent: the subject before it still holds the stance
    ("وتلقى الرئيس المصري اتصالا من نظيره الفرنسي، في الوقت الذي أعرب عن قلقه من التصعيد في السودان.",
     [("Egypt", "concern", "التصعيد في السودان", False)]),
    # more verbs of saying carry the voice on (وأكمل، واستطرد); an aside that singles some out (بالأخص X) is passed over
    ("قال وزير الخارجية الكويتي إن بلاده تدعم الحوار.\nوأكمل: «نريد الانتقال إلى مرحلة جديدة».",
     [("Kuwait", "support", "الحوار", False), ("Kuwait", "support", "الانتقال إلى مرحلة جديدة", False)]),
    ("قال وزير الخارجية الكويتي إن بلاده تدعم الحوار.\nواستطرد: «نرفض التصعيد».",
     [("Kuwait", "support", "الحوار", False), ("Kuwait", "oppose", "التصعيد", False)]),
    ("وطالب وزير الخارجية الكويتي المجتمع الدولي، بالأخص الدول الكبرى، بعقد مؤتمر دولي للسلام.",
     [("Kuwait", "support", "بعقد مؤتمر دولي للسلام", False)]),
    # a title the gazetteer does not know, then its holder's name between commas: the name is the subject
    ("انتقد رئيس الحكومة المؤقتة في بنغازي، أسامة حماد، مجلس الأمن الدولي بسبب الإحاطة الأخيرة، ودعا المجلس إلى احترام السيادة الليبية.",
     [("Osama Hammad", "oppose", "مجلس الأمن الدولي بسبب الإحاطة الأخيرة", False),
      ("Osama Hammad", "support", "احترام السيادة الليبية", False)]),
    ("أدان وزير الخارجية القطري، محمد بن عبدالرحمن آل ثاني، اليوم السبت، الهجوم على المدنيين.",
     [("Mohammed bin Abdulrahman Al Thani", "oppose", "الهجوم على المدنيين", False)]),
    # a body between commas after the subject is the object where no object follows (بسبب ...), else a second
    # subject; the Trump administration is the United States
    ("انتقد رئيس الوزراء الليبي عبد الحميد الدبيبة، مجلس الأمن الدولي، بسبب بيانه الأخير.",
     [("Abdul Hamid Dbeibah", "oppose", "مجلس الأمن الدولي", False)]),
    ("أدانت الجامعة العربية، مجلس التعاون الخليجي، الهجوم.", [("Arab League", "oppose", "الهجوم", False)]),
    ("رفضت إدارة ترامب مشروع القانون الجديد.", [("United States", "oppose", "مشروع القانون الجديد", False)]),
    # a rank of three words before the name (الفريق أول ركن) is no name; where the office sits (في ...) is its domain
    ("وقال رئيس مجلس السيادة السوداني الفريق أول ركن عبد الفتاح البرهان إنه يرفض الهدنة.",
     [("Abdel Fattah al-Burhan", "oppose", "الهدنة", False)]),
    ("وقال مدير مكتب الإعلام في الرئاسة المصرية سامي فهمي عادل إنه يرفض التهجير.",
     [("سامي فهمي عادل", "oppose", "التهجير", False)]),
    # an act a verb announces is its subject's (أعلن حالة الطوارئ، أعلن عن تنظيم مؤتمر)
    ("وأعلن الرئيس اليمني حالة الطوارئ في جميع أنحاء البلاد.",
     [("Yemen", "support", "حالة الطوارئ في جميع أنحاء البلاد", False)]),
    ("وأعلنت الحكومة المصرية عن تنظيم مؤتمر دولي لإعادة الإعمار.",
     [("Egypt", "support", "تنظيم مؤتمر دولي لإعادة الإعمار", False)]),
    # a commissioner-general's title before the name
    ("ودعا المفوض العام لوكالة الأونروا فيليب لازاريني إلى مواصلة تمويل الوكالة.",
     [("Philippe Lazzarini", "support", "مواصلة تمويل الوكالة", False)]),
    # evaluations of a subject: a qualitative leap, a direct aggression, a stain of shame; بنيته التحتية is no intent
    ("وقال وزير الخارجية المصري إن اجتماع المجلس يمثل نقلة نوعية في العلاقات بين البلدين.",
     [("Egypt", "support", "اجتماع المجلس", False)]),
    ("وقال المجلس الانتقالي الجنوبي إن استهداف الميناء يمثل اعتداء مباشرا على الجنوب وبنيته التحتية.",
     [("Southern Transitional Council", "oppose", "استهداف الميناء", False)]),
    ("وصرح الرئيس الفرنسي بنيته زيارة لبنان الشهر المقبل.", [("France", "support", "زيارة لبنان الشهر المقبل", False)]),
    ("وقال وزير الخارجية الروسي إن عودة العقوبات تمثل وصمة عار على الدبلوماسية الأوروبية.",
     [("Russia", "oppose", "عودة العقوبات", False)]),
    # a demonym that ends a title's domain before its holder's name between commas
    ("وقال المفوض العام للعون الإنساني السوداني، منى خالد، إنها ترفض القيود على المساعدات.",
     [("منى خالد", "oppose", "القيود على المساعدات", False)]),
    # a verb after بينما with a noun the gazetteer does not know is that noun's, not the sentence subject's
    ("أكد العراق تمسكه بالسيادة، بينما رفضت المقاومة الإسلامية في لبنان نزع سلاحها.",
     [("Iraq", "support", "بالسيادة", False)]),
    # ... but a noun that does not agree with the verb is its object: the sentence's subject holds it
    ("أكدت قطر دعمها للوساطة، بينما رفضت التصعيد العسكري في المنطقة.",
     [("Qatar", "support", "للوساطة", False), ("Qatar", "oppose", "التصعيد العسكري في المنطقة", False)]),
    # a state after an office is its domain: the known name after it holds the office
    ("رحب رئيس دولة قطر تميم بن حمد بالاتفاق الجديد.", [("Tamim bin Hamad Al Thani", "support", "بالاتفاق الجديد", False)]),
    # a stop the subject announces is an act it takes; a call for a stop keeps the stop in its issue
    ("وأعلن الجيش السوداني وقف العمليات العسكرية في المدينة.",
     [("Sudanese Armed Forces", "support", "وقف العمليات العسكرية في المدينة", False)]),
    ("ودعا الوزير المصري إلى وقف العنف فورا.", [("Egypt", "support", "وقف العنف فورا", False)]),
    # what a light verb's object is called goes on its issue, the way the text names it
    ("ورأى وزير الخارجية المصري أن الحزب أصبح وجوده غير ضروري.", [("Egypt", "oppose", "وجوده غير ضروري", False)]),
    ("وقال وزير الخارجية المصري إن البحر الأحمر أصبح اليوم ساحة تهديد خطيرة.",
     [("Egypt", "concern", "ساحة تهديد", False)]),
    # ... but a noun that only carries what it is called (خطوة، إجراء) leaves the subject as the issue
    ("وقال وزير الخارجية المصري إن إطلاق هذه المبادرة يمثل خطوة بالغة الأهمية.",
     [("Egypt", "support", "إطلاق هذه المبادرة", False)]),
    ("وقال وزير الخارجية المصري إن قرار الحكومة فرض الرسوم هو إجراء غير قانوني.",
     [("Egypt", "oppose", "قرار الحكومة فرض الرسوم", False)]),
    # an honorific (سيادته، سموه) after the verb is the dignitary who spoke before
    ("رحب الرئيس الفلسطيني محمود عباس بالاتفاق. وشدد سيادته على وقف إطلاق النار فورا.",
     [("Mahmoud Abbas", "support", "بالاتفاق", False), ("Mahmoud Abbas", "support", "وقف إطلاق النار فورا", False)]),
    # a negated item of a call's list opposes what it negates
    ("ودعا وزير الخارجية المصري إلى وقف إطلاق النار، وإدخال المساعدات، وعدم التهجير أو الضم.",
     [("Egypt", "support", "وقف إطلاق النار", False), ("Egypt", "support", "وإدخال المساعدات", False),
      ("Egypt", "oppose", "التهجير أو الضم", False)]),
    # a clause that describes a time (في وقت ... فيه) has its subject after فيه; after a statement's فيه comes the object
    ("وجاء ذلك في الوقت الذي تسعى فيه الولايات المتحدة لعقد قمة بين الزعيمين.",
     [("United States", "support", "لعقد قمة بين الزعيمين", False)]),
    # a new person's name ends where a known body begins: that body is whom the verb addresses
    ("دعا المتحدث باسم الاتحاد الأوروبي أنور العنوني الاحتلال الإسرائيلي إلى وقف هجماته. وقال العنوني إنه يرفض التصعيد.",
     [("أنور العنوني", "support", "وقف هجماته", False), ("أنور العنوني", "oppose", "التصعيد", False)]),
    # the statement the subject issued, and when, between the verb and its object
    ("أدانت وزارة الخارجية السورية في بيان أصدرته، مساء يوم الأربعاء، بأشد العبارات القصف على المدينة.",
     [("Syria", "oppose", "القصف على المدينة", False)]),
    ("أدان المندوب الأردني لدى الأمم المتحدة، الليلة الماضية، في بيان رسمي، قصف المستشفيات.",
     [("Jordan", "oppose", "قصف المستشفيات", False)]),
    # holding on to one's own position names no issue
    ("وقال وزير الخارجية المصري إن بلاده متمسكة بموقفها.", []),
    # a domain's acronym in parentheses between the title and the new person's name
    ("وقال رئيس حزب الأمة الوطني (HUP) أحمد سالم إنه يرفض التطبيع. وأكد سالم على أهمية الشفافية.",
     [("أحمد سالم", "oppose", "التطبيع", False), ("أحمد سالم", "support", "الشفافية", False)]),
    # a denied stop is no act; an adviser of a named head of government speaks for the state, not for the head
    ("نفت وزارة الدفاع الروسية وقف الهجمات على المدينة.", []),
    ("انتقد مستشار رئيس وزراء إسرائيل بنيامين نتنياهو قرار المحكمة الجنائية الدولية.",
     [("Israel", "oppose", "قرار المحكمة الجنائية الدولية", False)]),
    # another's policy, named by its pronoun after that other, is an issue
    ("انتقد وزير الخارجية الفرنسي الحكومة الإسرائيلية ورفض سياستها.",
     [("France", "oppose", "الحكومة الإسرائيلية", False), ("France", "oppose", "سياستها", False)]),
    # a participle of saying after a comma speaks for its sentence's subject, not the voice before
    (("وقال الرئيس التركي رجب طيب أردوغان إن بلاده تدعم الحوار. وخلال اللقاء، سلم الوزير رسالة إلى الرئيس، حيث عبر "
     "وزير الخارجية المصري عن ارتياحه لنتائج الزيارة، قائلا: \"نأمل أن تؤدي هذه الزيارة إلى تعاون أوسع\"."),
     [("Turkey", "support", "الحوار", False), ("Egypt", "support", "لنتائج الزيارة", False),
      ("Egypt", "support", "تؤدي هذه الزيارة إلى تعاون أوسع", False)]),
    # a light verb after a pronoun subject (أنها "تمثل ...") is no subject of the evaluation
    ("أدانت وزارة الخارجية الأردنية الزيارة التي أجراها الوزير إلى المدينة، مؤكدة أنها \"تمثل خرقا خطيرا للقانون الدولي\".",
     [("Jordan", "oppose", "الزيارة التي أجراها الوزير إلى المدينة", False)]),
    # علي after a given name is the name, not the particle على
    ("وشدد وزير الخارجية الأردني خلال لقائه بمحمد علي حسن على أهمية الحوار.", [("Jordan", "support", "الحوار", False)]),
    # capitals stand for their states, and بروكسل for the European Union
    ("طالبت براتيسلافا بضمانات بشأن إمدادات الغاز.", [("Slovakia", "support", "بضمانات بشأن إمدادات الغاز", False)]),
    ("ورفضت نيامي الاتهامات الفرنسية.", [("Niger", "oppose", "الاتهامات الفرنسية", False)]),
    ("ورحبت بروكسل بالاتفاق الجديد.", [("European Union", "support", "بالاتفاق الجديد", False)]),
    # when or where, between commas before the cue's particle, is passed over
    ("تعهد الاتحاد الأوروبي، خلال مؤتمر المانحين الدوليين لدعم سوريا الذي عقد في العاصمة البلجيكية، بتقديم مليار يورو.",
     [("European Union", "support", "بتقديم مليار يورو", False)]),
    ("دعا الرئيس اللبناني، عقب اعتماد مجلس الأمن للقرار الجديد، إلى فتح حوار شامل.",
     [("Lebanon", "support", "فتح حوار شامل", False)]),
    # a definite verbal noun after a preposition of time dates the clause: no stance of the speaker's
    ("وقالت الحكومة العراقية إنها بادرت فور المصادقة على النتائج بزيارة الأطراف السياسية.", []),
    # a document speaks for whoever put it forward (الوثيقة المقدمة من X)
    ("ودعا المندوب الروسي إلى دعم المشروع. وتطالب الوثيقة المقدمة من الجزائر بالوقف الفوري لإطلاق النار، وترفض خطط التهجير.",
     [("Russia", "support", "دعم المشروع", False), ("Algeria", "support", "بالوقف الفوري لإطلاق النار", False),
      ("Algeria", "oppose", "خطط التهجير", False)]),
    # must be done so: the subject before يجب with how it must be done
    ("وقال وزير الخارجية المصري إن أي تسوية يجب أن تتم عبر الحوار الوطني.",
     [("Egypt", "support", "أي تسوية يجب أن تتم عبر الحوار الوطني", False)]),
    # what one signs one supports; وقعت with no agreement after it is "took place"
    ("وقعت الحكومة الموريتانية إعلانا مشتركا مع الاتحاد الأوروبي في مجال الهجرة.",
     [("Mauritania", "support", "إعلانا مشتركا مع الاتحاد الأوروبي في مجال الهجرة", False)]),
    ("ووقع وزير الخارجية الأردني على الاتفاق الجديد مع العراق.", [("Jordan", "support", "الاتفاق الجديد مع العراق", False)]),
    ("ووقعت اشتباكات عنيفة في العاصمة بعد الاتفاق.", []),
    # an evaluated subject keeps the relative clause that says which, up to the light verb
    ("وقال رئيس الوزراء العراقي إن الهجمات التي تستهدف الأراضي العراقية تمثل انتهاكا لسيادة البلاد.",
     [("Iraq", "oppose", "الهجمات التي تستهدف الأراضي العراقية", False)]),
    # where a statement was posted (منصة "إكس"، على موقعها على فيسبوك) is part of the channel, not the issue
    ('وثمن وزير الخارجية الأردني في منشور له على منصة " إكس" اليوم، الخطوات المعلنة بشأن نزع السلاح.',
     [("Jordan", "support", "الخطوات المعلنة بشأن نزع السلاح", False)]),
    ("وأدانت وزارة الخارجية الجزائرية في بيان لها على موقعها على الفيسبوك، مشروع القرار المغربي.",
     [("Algeria", "oppose", "مشروع القرار المغربي", False)]),
    # the session-22 review: a title that is the object stays no apposition; علي after a closed name is على; the
    # channel aside takes no one-word issue; a negated must keeps no subject; a time aside without its closing comma
    ("وأقال الرئيس التونسي قيس سعيد وزير الداخلية. ورفض وزير الداخلية القرار.", []),
    ("وحث الرئيس الفلسطيني محمود عباس علي وقف العدوان فورا.", [("Mahmoud Abbas", "support", "وقف العدوان فورا", False)]),
    ("وشدد وزير الخارجية المصري في تصريح له على التهدئة.", [("Egypt", "support", "التهدئة", False)]),
    ("وقال وزير الخارجية المصري إن الحل لا يجب أن يكون عسكريا.", [("Egypt", "oppose", "عسكريا", False)]),
    (("وقالت وزيرة الخارجية الألمانية إن بلادها تدعم الحوار. وخلال الاجتماع، قدم الوفد الأمريكي مقترحا جديدا، مؤكدة: "
     "\"نرفض أي تصعيد عسكري\"."), [("Germany", "support", "الحوار", False), ("United States", "support", "مقترحا جديدا", False),
                                   ("Germany", "oppose", "أي تصعيد عسكري", False)]),
    # only a preposition of time dates a verbal noun: ضمن (within) leaves the commitment a stance
    ("وقالت الحكومة الأردنية إنها تتحرك ضمن الالتزام بالقرارات الدولية.", [("Jordan", "support", "بالقرارات الدولية", False)]),
    # open to (منفتح على) is a readiness; not open to opposes
    ("وقال وزير الخارجية الإيراني إن طهران منفتحة على الحوار مع الدول الأوروبية.",
     [("Iran", "support", "الحوار مع الدول الأوروبية", False)]),
    ("وأكد وزير الخارجية الإيراني أن بلاده غير منفتحة على أي مساومة.", [("Iran", "oppose", "أي مساومة", False)]),
    # a bare مطالبة after a comma in a sentence a feminine verb opens is her participle; whom it addresses is no issue
    ("ودعت مصر إسرائيل إلى الانسحاب، مطالبة المجتمع الدولي بالتحرك الفوري.",
     [("Egypt", "support", "الانسحاب", False), ("Egypt", "support", "بالتحرك الفوري", False)]),
    # a statement named right after an actor (قالت X في بيان) is X's; the bare البيان later speaks for X
    ("قالت قوات الدعم السريع في بيان رسمي إنها تابعت التصريحات الأخيرة. البيان اتهم الجيش بقصف المدنيين.",
     [("Rapid Support Forces", "oppose", "بقصف المدنيين", False)]),
    # what an actor aims at (يهدف إلى) it seeks
    ("وقال الوزير إن سلطنة عمان تهدف إلى استضافة اجتماع جديد بين الطرفين.",
     [("Oman", "support", "استضافة اجتماع جديد بين الطرفين", False)]),
    ("وقال الوزير الإيراني إن الخطة الجديدة تهدف إلى تقويض الاتفاق.", []),
    # evaluations: unbecoming or absurd opposes what is so described, fruitful or successful supports it
    ("ووصف وزير الخارجية المصري التصريحات الإثيوبية بأنها غير لائقة.",
     [("Egypt", "oppose", "التصريحات الإثيوبية", False)]),
    ("ووصف وزير الخارجية المصري الزيارة بأنها ناجحة.", [("Egypt", "support", "الزيارة", False)]),
    ("وقال وزير الخارجية المصري إن اللقاء كان مثمرا.", [("Egypt", "support", "اللقاء", False)]),
    # "went on, saying:" keeps the speaker; the verb's own noun (رفضا كاملا) is no part of what it rejects
    ("وأكد وزير الخارجية المصري أن الحوار هو الأساس. وتابع قائلاً: «نرفض رفضاً كاملاً أي وجود عسكري في البحر».",
     [("Egypt", "oppose", "أي وجود عسكري في البحر", False)]),
    # a participle that goes on after a quote asserts for the sentence's subject, not for whom it quoted
    ("ولفت وزير الخارجية الإيراني إلى أن \"واشنطن طلبت منا تسليم اليورانيوم\"، مشيرا إلى أن \"مطالب واشنطن غير منطقية\".",
     [("United States", "support", "منا تسليم اليورانيوم", False), ("Iran", "oppose", "مطالب واشنطن", False)]),
    # the session-23 review: a statement after a sentence's second actor is not that actor's; a negated copula
    # opposes; an evaluation right after an indefinite noun describes it; a participle after a relayed quote is the
    # speaker's; one adjective of degree after the verb's own noun; an aim of what a relative clause names is nobody's
    ("رحبت مصر بقرار مجلس الأمن، وقالت في بيان إنها تدعم الجهود الدولية. ودعا البيان إلى وقف فوري لإطلاق النار.",
     [("Egypt", "support", "بقرار مجلس الأمن", False), ("Egypt", "support", "الجهود الدولية", False),
      ("Egypt", "support", "وقف فوري لإطلاق النار", False)]),
    ("هاجم الجيش السوداني قوات الدعم السريع في بيان صدر اليوم. واتهم البيان الإمارات بدعم التمرد.",
     [("Sudanese Armed Forces", "oppose", "بدعم التمرد", False)]),
    ("وقال وزير الخارجية الروسي إن اللقاء لم يكن ناجحا.", [("Russia", "oppose", "اللقاء", False)]),
    ("وقال وزير الخارجية العماني إن الاجتماع شهد نقاشات مثمرة.", []),
    ("وقال وزير الخارجية القطري إن إسرائيل تفرض حصارا غير عادل على غزة.", []),
    (("ونقلت وكالة الأنباء الرسمية عن وزير الخارجية الإيراني قوله إن \"واشنطن تريد التصعيد\"، مشيرا إلى أن "
      "\"مطالب واشنطن غير منطقية\"."),
     [("United States", "support", "التصعيد", False), ("Iran", "oppose", "مطالب واشنطن", False)]),
    ("وقال وزير الخارجية الأردني إن بلاده ترفض رفضا قاطعا مشروعا إسرائيليا لضم الضفة الغربية.",
     [("Jordan", "oppose", "مشروعا إسرائيليا لضم الضفة الغربية", False)]),
    ("وقال الوزير الأردني إن الهجمات التي تعرضت لها السفارة الأمريكية تهدف إلى زعزعة الاستقرار.", []),
    ("وقال وزير الخارجية المصري إن الوضع في غزة كارثي.", [("Egypt", "concern", "الوضع في غزة", False)]),
    # a statement an agency relays, or one after whom the sentence speaks about, is not theirs
    ("نقلت وكالة رويترز عن بيان إن الهجوم وقع ليلا. ودعا البيان إلى التهدئة.", []),
    ("قالت وزارة الخارجية الكويتية إنها تحدثت عن الحكومة العراقية في بيان. ودعا البيان إلى التهدئة.",
     [("Kuwait", "support", "التهدئة", False)]),
    # a bare مطالبة read as the participle, with a named actor as whom it addresses
    ("ورفضت إيران العرض الأوروبي، مطالبة الولايات المتحدة برفع العقوبات.",
     [("Iran", "oppose", "العرض الأوروبي", False), ("Iran", "support", "برفع العقوبات", False)]),
    # an evaluation of a demonstrative and its noun names its issue as written (هذه التصريحات)
    ("وقالت وزارة الخارجية الأردنية إن هذه التصريحات تمثل انتهاكا واضحا للقانون الدولي.",
     [("Jordan", "oppose", "هذه التصريحات", False)]),
    # the feminine forms of an unacceptable thing (لا يمكن قبولها)
    ("وقال وزير الخارجية القطري إن الهجمات على المدن لا يمكن قبولها.",
     [("Qatar", "oppose", "الهجمات على المدن", False)]),
    # a participle after a comma goes on for the subject of a verb that held no stance (علقت ...، مطالبة ب)
    ("وعلقت وزارة الخارجية الفرنسية على إعلان الجيش، مطالبة بانسحاب القوات من الجنوب.",
     [("France", "support", "بانسحاب القوات من الجنوب", False)]),
    # a definite evaluative adjective after a definite noun describes it (الأعمال العدائية): no predicate
    ("وقال وزير الخارجية الإيراني إن الجيش أوقف الأعمال العدائية.", []),
    ("وقال وزير الخارجية الإيراني إن الأعمال العدائية تراجعت في الجنوب.", []),
    # a clause of أن after it is the reporting verb's, not one more issue of a cue whose issue is no clause; where
    # no verb of saying came before, it is the cue's
    ("وأكدت الخارجية الأردنية أن الأردن يرفض التدخل الأجنبي، وأن استقرار البلاد مرتبط بالجيش.",
     [("Jordan", "oppose", "التدخل الأجنبي", False)]),
    ("وطالبت الخارجية الأردنية بوقف فوري لإطلاق النار، وأن تدخل المساعدات دون عوائق.",
     [("Jordan", "support", "بوقف فوري لإطلاق النار", False), ("Jordan", "support", "تدخل المساعدات دون عوائق", False)]),
    ("وقالت الخارجية الأردنية إن الأردن يحترم سيادة سوريا، وأن الغارات تهدف إلى حماية حدوده.",
     [("Jordan", "support", "سيادة سوريا", False)]),
    # what an issue includes, named after a comma (وفي مقدمتها، لا سيما), goes on it; when it happened does not
    ("ورحب الوزير الكويتي بالخطوات التي تتخذها الحكومة اللبنانية، وفي مقدمتها ملف حصر السلاح.",
     [("Kuwait", "support", "بالخطوات التي تتخذها الحكومة اللبنانية، وفي مقدمتها ملف حصر السلاح", False),
      ("Lebanon", "support", "بالخطوات التي تتخذها الحكومة اللبنانية، وفي مقدمتها ملف حصر السلاح", False)]),
    ("ورحب الوزير الكويتي بالخطوات التي تتخذها الحكومة اللبنانية، لا سيما بعد مرور أسبوع على الاتفاق.",
     [("Kuwait", "support", "بالخطوات التي تتخذها الحكومة اللبنانية", False)]),
    # ... not where the verb took an object, which may be what asks (the memo)
    ("وتسلمت الحكومة اللبنانية مذكرة من السفارة الأمريكية، مطالبة بنزع سلاح حزب الله.", []),
    # a time evaluated (هذا الأسبوع كان مثمرا) is no issue
    ("وقال وزير الخارجية القطري إن هذا الأسبوع كان مثمرا.", []),
    # why or when after لا سيما (لا سيما أنه) is no part of the issue
    ("ورحب الوزير الكويتي بالاتفاق، لا سيما أنه يضمن عودة النازحين.", [("Kuwait", "support", "بالاتفاق", False)]),
    # an evaluation after a second definite adjective is a loaded naming of the noun
    ("وقال الوزير الكويتي إن الممارسات الإسرائيلية الاستفزازية تهدد المنطقة.",
     [("Kuwait", "oppose", "الممارسات الإسرائيلية", False)]),
    # an intensifying adjective of the cue (dual: الشديدين) and its comma are passed over to the issue
    ("أعربت الحكومة الأردنية عن إدانتها واستنكارها الشديدين، للهجوم على القافلة.",
     [("Jordan", "oppose", "للهجوم على القافلة", False)]),
    # ... but after the comma, و and a definite word is the next item, not the cue's issue
    ("وتنصح السفارة الأمريكية المواطنين بتوخي الحذر المتزايد، والبقاء في منازلهم.",
     [("United States", "support", "بتوخي الحذر", False)]),
    # advice: what one advises (not) to do
    ("نصحت الخارجية الفرنسية رعاياها بعدم السفر إلى لبنان.", [("France", "oppose", "السفر إلى لبنان", False)]),
    # a name is read without an article it does not carry (ألباريس is Spain's minister, no Paris)
    ("ورحب ألباريس بالقرار.", [("José Manuel Albares", "support", "بالقرار", False)]),
    # an institution's noun is a word, not the particle ب (بعثة)
    ("وقالت السفارة الأمريكية إنها تنصح بعثة الولايات المتحدة في العراق المواطنين بتوخي الحذر.",
     [("United States", "support", "بتوخي الحذر", False)]),
    # a bare ministry is the state that last spoke, not the last state named (in its issue)
    ("عواصم (وكالات): أعربت سلطنة عمان عن ترحيبها بالبيان الصادر عن أمير دولة قطر. وأكدت وزارة الخارجية دعمها للمفاوضات.",
     [("Oman", "support", "بالبيان الصادر عن أمير دولة قطر", False), ("Oman", "support", "للمفاوضات", False)]),
    # a call's ل before whom it addresses: what it asks follows إلى or ب (an aside between commas passed over)
    ("وجددت مصر دعوتها للمجتمع الدولي، ومجلس الأمن، بتحمل مسؤولياتهما لردع الانتهاكات.",
     [("Egypt", "support", "بتحمل مسؤولياتهما لردع الانتهاكات", False)]),
    ("وجددت مصر دعوتها لإسرائيل إلى وقف الحرب.", [("Egypt", "support", "وقف الحرب", False)]),
    ("وجددت مصر دعوتها للأطراف.", []),
    # the aim after a comma (ل and a verbal noun) is supported with the means
    ("دعت الكويت المجتمع الدولي إلى الاضطلاع بمسؤولياته القانونية، لإيقاف الانتهاكات المتكررة.",
     [("Kuwait", "support", "الاضطلاع بمسؤولياته القانونية", False),
      ("Kuwait", "support", "لإيقاف الانتهاكات المتكررة", False)]),
    # what must hold, a lone verb after يجب أن, is its subject; what must stop is opposed; no subject, no issue
    ("وأكد الوزير القطري أن اتفاق وقف إطلاق النار في غزة يجب أن يصمد.",
     [("Qatar", "support", "اتفاق وقف إطلاق النار في غزة يجب أن يصمد", False)]),
    ("وقال الوزير الفرنسي إن القصف يجب أن يتوقف.", [("France", "oppose", "القصف", False)]),
    ("وقال الوزير الفرنسي: يجب أن يتوقف.", []),
    # a name in apposition between commas, then حول or بشأن: the issue goes on to its topic
    ("رحبت مصر بقرار وزير الخارجية الأمريكي، ماركو روبيو، بشأن رفع العقوبات.",
     [("Egypt", "support", "بقرار وزير الخارجية الأمريكي، ماركو روبيو، بشأن رفع العقوبات", False)]),
    # ... a verb after a fronted phrase speaks too; a state in object position never did
    ("رحبت السعودية بالقرار. وفي عمان، رحبت الحكومة الأردنية بالاتفاق. ودعت وزارة الخارجية إلى وقف التصعيد.",
     [("Saudi Arabia", "support", "بالقرار", False), ("Jordan", "support", "بالاتفاق", False),
      ("Jordan", "support", "وقف التصعيد", False)]),
    # a second cue or adverb after the comma is no new list item
    ("أكدت الجزائر دعمها الكامل، والتزامها الثابت بالقضية الفلسطينية.",
     [("Algeria", "support", "بالقضية الفلسطينية", False)]),
    # whom a call addresses, with no إلى or ب right after: no issue
    ("وجددت مصر دعوتها للأطراف كافة، وعدم التصعيد بين الهند وباكستان.", []),
    # a cause after the comma (لانتهاك واشنطن) is no aim
    ("ودانت مصر الهجوم، لانتهاك واشنطن الاتفاق.", [("Egypt", "oppose", "الهجوم", False)]),
    # an actor that must stop is no issue of its own
    ("وقال الوزير الفرنسي إن بوتين يجب أن يتوقف.", []),
    # an apposition without a title before it does not carry the issue on
    ("أكدت مصر دعمها لسوريا، الرئيس السوري أحمد الشرع، حول المرحلة.", [("Egypt", "support", "لسوريا", False)]),
    # a participle that names a noun's aim (الرامية إلى، الهادفة إلى) keeps the aim on that noun's issue
    ("أدانت الكويت المحاولات الهادفة إلى تقويض الحوار الوطني.",
     [("Kuwait", "oppose", "المحاولات الهادفة إلى تقويض الحوار الوطني", False)]),
    # ... and ends before a participle that goes on for the clause's subject (مؤكدة، مطالبا)
    ("رفضت مصر الخطة الرامية إلى تهجير الفلسطينيين مؤكدة دعمها لصمود الشعب الفلسطيني.",
     [("Egypt", "oppose", "الخطة الرامية إلى تهجير الفلسطينيين", False),
      ("Egypt", "support", "لصمود الشعب الفلسطيني", False)]),
    # an evaluation the whole coordinated subject asserts is each one's; a verbal noun after بالإضافة إلى or مع
    # (not a verb: رفض has no subject after a preposition) goes on for them
    ("أكدت مصر والأردن أهمية حماية الحدود، مع رفض تدخل أي دول أخرى في المنطقة، بالإضافة إلى دعم جهود الإعمار.",
     [("Egypt", "support", "حماية الحدود", False), ("Jordan", "support", "حماية الحدود", False),
      ("Egypt", "oppose", "تدخل أي دول أخرى في المنطقة", False),
      ("Jordan", "oppose", "تدخل أي دول أخرى في المنطقة", False),
      ("Egypt", "support", "جهود الإعمار", False), ("Jordan", "support", "جهود الإعمار", False)]),
    # a cleft (ما نطلبه هو X، ما تريده مصر هو X): what the verb's pronoun stands for is named after هو
    ('وقال الرئيس التونسي: "ما نطلبه هو الحوار بين الأطراف".', [("Tunisia", "support", "الحوار بين الأطراف", False)]),
    ("وأضاف الوزير الكويتي أن ما تريده مصر هو التهدئة في المنطقة.",
     [("Egypt", "support", "التهدئة في المنطقة", False)]),
    # "not an option" opposes what it names; an existential demand supports it
    ("وقال رئيس الوزراء الإثيوبي إن الحرب مع الجيران ليست خيارا مطروحا.",
     [("Ethiopia", "oppose", "الحرب مع الجيران", False)]),
    ("وأكدت إثيوبيا أن الوصول إلى البحر مطلب وجودي.", [("Ethiopia", "support", "الوصول إلى البحر", False)]),
    # a stance noun with its owner's pronoun after a verb's subject and object is the subject's; the object is told
    ("أبلغت مصر إسرائيل رفضها القاطع لأي عملية في رفح.", [("Egypt", "oppose", "لأي عملية في رفح", False)]),
    ("أبلغ العراق تركيا رفضه إقامة قواعد عسكرية.", [("Iraq", "oppose", "إقامة قواعد عسكرية", False)]),
    # a mission to a body (لدى) is its state's; the body after لدى is no subject
    ("وأعلنت المندوبية الإيرانية لدى الأمم المتحدة دعوتها لعقد جلسة طارئة.",
     [("Iran", "support", "لعقد جلسة طارئة", False)]),
    # an accuser names whom it accuses before ب; the sentence's subject, not the accused, holds the charge
    ("وقال الوزير الكويتي إن الكويت ترفض الاتهامات وتتهم العراق بخرق الاتفاق.",
     [("Kuwait", "oppose", "الاتهامات", False), ("Kuwait", "oppose", "بخرق الاتفاق", False)]),
    # ... but a second object before the charge (بعض الدول بدعم) is whom it accuses, the actor before it accuses
    ("اتهمت مصر بعض الدول بدعم الإرهاب.", [("Egypt", "oppose", "بعض الدول بدعم الإرهاب", False)]),
    ("اتهمت الهند باكستان بدعم الإرهاب.", [("India", "oppose", "باكستان بدعم الإرهاب", False)]),
    # a verb that tells nothing (شكر): her support is its object's
    ("شكرت مصر السعودية دعمها للقضية الفلسطينية.", [("Saudi Arabia", "support", "للقضية الفلسطينية", False)]),
    ('وقال الرئيس التونسي: "وما نريده هو السلام".', [("Tunisia", "support", "السلام", False)]),
    # an evaluation after أن is asserted by the verb's subject, not by whom the aside says it met
    ("أكد وزير الخارجية المصري خلال لقائه نظيره القطري وأمير الكويت أن التهجير خط أحمر.",
     [("Egypt", "oppose", "التهجير", False)]),
    # a red line around a thing (a right, a weapon) defends it; around an act (التهجير، المساس ب) opposes it
    ("وقال وزير الخارجية المصري إن الحقوق المائية لمصر خط أحمر.",
     [("Egypt", "support", "الحقوق المائية لمصر", False)]),
    ("وقال الرئيس اللبناني إن المسّ بالمواعيد الدستورية خط أحمر.",
     [("Lebanon", "oppose", "المسّ بالمواعيد الدستورية", False)]),
    # a verb of feeling (تشعر بالقلق) expresses its stance noun for its subject
    ("وقالت الصين إنها تشعر بالقلق إزاء تصاعد التوتر في المنطقة.",
     [("China", "concern", "تصاعد التوتر في المنطقة", False)]),
    # an adverb of two words (مرة أخرى) after a title is no name
    ("وندد وزير الخارجية الفرنسي مرة أخرى بالقرار الجزائري.", [("France", "oppose", "بالقرار الجزائري", False)]),
    # a straight quote mark that opens a quote between the subject and its verb
    ('وقال المتحدث إن دمشق "ترفض تقسيم سورية".', [("Syria", "oppose", "تقسيم سورية", False)]),
    # a noun of bodies (منظمتا) before their names: the bodies named are the subject
    ("ندّدت منظمتا هيومن رايتس ووتش والعفو الدولية بقمع الصحفيين.",
     [("Human Rights Watch", "oppose", "بقمع الصحفيين", False),
      ("Amnesty International", "oppose", "بقمع الصحفيين", False)]),
    # two titles between commas, then the name: the name is the verb's subject
    ("أكد وزير الدولة، وزير الخارجية والجالية الوطنية بالخارج، أحمد عطاف، أن بلاده ترفض التدخل الأجنبي.",
     [("Algeria", "oppose", "التدخل الأجنبي", False)]),
    # a state's organ named again by its head noun (المجلس) is that state again
    ("أكد مجلس الوزراء السعودي دعمه لسوريا. وشدد المجلس على أهمية دعم الحكومة السورية.",
     [("Saudi Arabia", "support", "لسوريا", False), ("Saudi Arabia", "support", "دعم الحكومة السورية", False)]),
    # a co-chair (الرئيسة المشتركة) of a party speaks for it
    ("وقالت الرئيسة المشتركة لحزب المساواة وديمقراطية الشعوب إن الحزب يرفض القرار.",
     [("Peoples' Equality and Democracy Party (DEM Party)", "oppose", "القرار", False)]),
    # a pair noun with two demonyms after it (الجانبان السعودي والإيراني) names those two states
    ("وأكد الجانبان السعودي والإيراني التزامهما بتنفيذ اتفاق بكين.",
     [("Saudi Arabia", "support", "بتنفيذ اتفاق بكين", False), ("Iran", "support", "بتنفيذ اتفاق بكين", False)]),
    # a written إ begins a verbal noun (إرادتها), never a verb with its object's pronoun: no issue named before
    ("ورفض الوزير المصري الخطة الإثيوبية، مؤكدا احترام إرادتها.", [("Egypt", "oppose", "الخطة الإثيوبية", False)]),
    # a designation as terrorist (تصنف، تعتبر، أدرج على قائمة الإرهاب) opposes what it designates, for each subject
    ("وتصنف أنقرة وواشنطن والاتحاد الأوروبي حزب العمال الكردستاني على أنه جماعة إرهابية.",
     [("Turkey", "oppose", "حزب العمال الكردستاني", False), ("United States", "oppose", "حزب العمال الكردستاني", False),
      ("European Union", "oppose", "حزب العمال الكردستاني", False)]),
    ("وأدرجت بريطانيا حركة حماس على قائمة المنظمات الإرهابية.", [("United Kingdom", "oppose", "حركة حماس", False)]),
    # one of the defenders of X (من المدافعين عن) supports X
    ("وقال وزير الخارجية الجزائري إن بلاده كانت دائما من المدافعين عن وحدة مالي.",
     [("Algeria", "support", "وحدة مالي", False)]),
    # deeming something a targeting, non-binding or a tutelage opposes it; قد before a past verb is no hedge
    ('واعتبر الاتحاد العام التونسي للشغل القرار "استهدافا مباشرا للحق النقابي".',
     [("Tunisian General Labour Union", "oppose", "القرار", False)]),
    ("وكانت مصر والسودان قد اعتبرتا الاتفاق غير ملزم لهما.",
     [("Egypt", "oppose", "الاتفاق", False), ("Sudan", "oppose", "الاتفاق", False)]),
    # members counted from a body (112 عضوا من) speak for it
    ("وأبدى 112 عضوا من مجلس النواب الليبي دعمهم الكامل لتعيين المحافظ الجديد.",
     [("Libyan House of Representatives", "support", "لتعيين المحافظ الجديد", False)]),
    # an indefinite stance noun's adjectives (نداءً عاجلاً) come before what it calls for
    ("ووجهت المديرة التنفيذية لليونيسف كاثرين راسل نداءً عاجلاً لوقف العنف ضد الأطفال.",
     [("Catherine Russell", "support", "لوقف العنف ضد الأطفال", False)]),
    # a first-person verb of deeming (نعتبر): the speaker deems; the actor after it is its object
    ('وقال وزير الخارجية الأمريكي ماركو روبيو: "نعتبر جماعة الحوثي منظمة إرهابية".',
     [("Marco Rubio", "oppose", "جماعة الحوثي", False)]),
    # whom a pronoun's verb of telling tells (أنها أبلغت رئيس المجلس) is not what her stance noun's pronoun stands for
    ("وقالت جبهة البوليساريو في بيان إنها أبلغت رئيس مجلس الأمن موقفها الرافض لأي مقترحات لا تضمن حق تقرير المصير.",
     [("Polisario Front", "oppose", "لأي مقترحات لا تضمن حق تقرير المصير", False)]),
    # a call's list goes on to refraining from X (والامتناع الكامل عن), which opposes X
    ("ودعت الرياض جميع الأطراف إلى الالتزام بالتهدئة، والامتناع الكامل عن استخدام القوة.",
     [("Saudi Arabia", "support", "الالتزام بالتهدئة", False), ("Saudi Arabia", "oppose", "استخدام القوة", False)]),
    # a negation before في and a noun of state (لسنا في حاجة) negates it
    ('وقال وزير الخارجية السوداني: "لسنا في حاجة لحلول جاهزة تفرض علينا".',
     [("Sudan", "oppose", "لحلول جاهزة تفرض علينا", False)]),
    # a body named again by its head noun right after a quote mark that opens after إن
    ('وعقدت جبهة الخلاص الوطني مؤتمرا صحفيا. وقال رئيسها إنّ "الجبهة ترفض المشاركة في أي انتخابات شكلية".',
     [("National Salvation Front (Tunisia)", "oppose", "المشاركة في أي انتخابات شكلية", False)]),
    # a red line around an act that is no asset (الهجوم على رفح) still opposes it
    ("وقال الرئيس المصري إن الهجوم على رفح خط أحمر.", [("Egypt", "oppose", "الهجوم على رفح", False)]),
    # what a stopping act (منع، وقف) takes after و is more of its object, not an act wanted
    ("وطالبت اليونيسف بمنع تهريب الأسلحة وتجنيد الأطفال في مناطق النزاع.",
     [("UNICEF", "support", "بمنع تهريب الأسلحة وتجنيد الأطفال في مناطق النزاع", False)]),
    # two titled people in apposition, each named between commas, share the verb (a given name with its article)
    ("دعا الرئيس الإيفواري، الحسن واتارا، ونظيره الغاني، جون ماهاما، دول الساحل إلى مراجعة قرارها.",
     [("الحسن واتارا", "support", "مراجعة قرارها", False), ("جون ماهاما", "support", "مراجعة قرارها", False)]),
    # a title and the surname of someone named before name that person again
    (("أدانت وزارة الخارجية الأردنية القصف. وأكد الناطق باسم الوزارة السفير الدكتور سامر الخطيب رفض المملكة "
      "للقصف. ودعا السفير الخطيب المجتمع الدولي إلى دعم الحوار."),
     [("Jordan", "oppose", "القصف", False), ("Jordan", "oppose", "للقصف", False),
      ("سامر الخطيب", "support", "دعم الحوار", False)]),
    # a body's title named again without the name is the person the document gave it
    (("ورحبت رئيسة المفوضية الأوروبية أورسولا فون دير لاين بالاتفاق. وأشارت رئيسة المفوضية الأوروبية إلى "
      "ضرورة حماية الملاحة."),
     [("Ursula von der Leyen", "support", "بالاتفاق", False), ("Ursula von der Leyen", "support", "حماية الملاحة", False)]),
    # an accusative of protest after a comma is its own clause subject's, not the last speaker's
    (("وقال وزير الخارجية الفرنسي إن الحوار ضروري. وكانت دول تحالف الساحل قد أعلنت في يناير الماضي انسحابها "
      "من المنظمة، احتجاجا على تدخلاتها."),
     [("France", "support", "الحوار", False), ("Alliance of Sahel States", "oppose", "تدخلاتها", False)]),
    # it is time (حان الوقت، الوقت حان) with an adverb between: الآن is an adverb, not the article on أن
    ("وقال وزير الخارجية المصري: حان الوقت الآن لإجراء إصلاحات أعمق.",
     [("Egypt", "support", "لإجراء إصلاحات أعمق", False)]),
    ("وقال وزير الخارجية المصري إن الوقت حان لإجراء إصلاحات أعمق.", [("Egypt", "support", "لإجراء إصلاحات أعمق", False)]),
    ("وقال وزير الخارجية المصري إن الوقت قد حان لموقف حازم من الجميع.", [("Egypt", "support", "لموقف حازم من الجميع", False)]),
    # a sentence whose verb is negated (ولم تحدد) still names the subject the next sentence goes on with
    ("ولم تحدد المتحدثة باسم صندوق النقد الدولي، جولي كوزاك، موعدا للمراجعة. وأضافت أن مصر بحاجة إلى إصلاحات أعمق.",
     [("جولي كوزاك", "support", "إصلاحات أعمق", False)]),
    # a title then a word that is someone's surname but begins another's known name, or has a name after it
    ("ورحب الرئيس الفلسطيني محمود عباس بالقرار الأممي. وانتقد وزير الخارجية الإيراني عباس عراقجي العقوبات الأميركية.",
     [("Mahmoud Abbas", "support", "بالقرار الأممي", False), ("Abbas Araghchi", "oppose", "العقوبات الأميركية", False)]),
    ("ودعا زعيم جماعة الحوثي عبد الملك الحوثي إلى التعبئة العامة. ورفض المتحدث الحوثي محمد عبد السلام الهدنة المقترحة.",
     [("Abdul-Malik al-Houthi", "support", "التعبئة العامة", False),
      ("Mohammed Abdulsalam", "oppose", "الهدنة المقترحة", False)]),
    # a participle after a quote goes on for the speaker, not for a subject inside the quote
    ("وقال المبعوث الأممي إن الوضع خطير. وتابع: «لم تعارض مصر المبادرة»، مطالبا بتنفيذها دون تأخير.",
     [("United Nations", "support", "بتنفيذها دون تأخير", False)]),
    # a new holder of a body's title (الجديد) is not the one named before
    ("ورحب رئيس البرلمان الأوروبي روبرتا ميتسولا بالقرار. ودعا رئيس البرلمان الأوروبي الجديد إلى تعزيز الدفاع المشترك.",
     [("روبرتا ميتسولا", "support", "بالقرار", False), ("European Parliament", "support", "تعزيز الدفاع المشترك", False)]),
    # after an aside, a stance noun's genitive still holds it (استعداد مصر), not the verb's subject
    ("وأكد وزير المالية المصري أحمد كجوك، في مقابلة مع قناة العربية، استعداد مصر لاستكمال برامجها مع الصندوق.",
     [("Egypt", "support", "لاستكمال برامجها مع الصندوق", False)]),
    # acts joined by أو after أي, each with its own object, are issues of their own; not two acts sharing one object
    ("ورفضت الجزائر أي نقل أو تخزين للأسلحة على أراضيها.",
     [("Algeria", "oppose", "أي نقل أو تخزين للأسلحة على أراضيها", False)]),
    ("ورفضت مصر أي تهجير للفلسطينيين أو توطين للاجئين في سيناء.",
     [("Egypt", "oppose", "أي تهجير للفلسطينيين", False), ("Egypt", "oppose", "توطين للاجئين في سيناء", False)]),
    ("وحذرت الجامعة العربية من تشكيل أية حكومات أو إدارات موازية خارج الإطار الدستوري.",  # objects, not acts
     [("Arab League", "concern", "تشكيل أية حكومات أو إدارات موازية خارج الإطار الدستوري", False)]),
    # a pair title is the last two people named together, unless two others were named since; a stance noun with the
    # dual pronoun is that pair, unless two actors joined by و nearer the cue hold it
    (("وفرضت بريطانيا عقوبات على إيتمار بن غفير وبتسلئيل سموتريتش. والتقى وزير الخارجية السعودي فيصل بن فرحان "
      "نظيره الأمريكي ماركو روبيو، وأكد الوزيران دعمهما لوقف إطلاق النار."),
     [("Faisal bin Farhan", "support", "لوقف إطلاق النار", False), ("Marco Rubio", "support", "لوقف إطلاق النار", False)]),
    ("قال الوزيران إيتمار بن غفير وبتسلئيل سموتريتش إنهما يرفضان الهدنة، وإن مصر وقطر أكدتا دعمهما للاتفاق.",
     [("Itamar Ben-Gvir", "oppose", "الهدنة", False), ("Bezalel Smotrich", "oppose", "الهدنة", False),
      ("Egypt", "support", "للاتفاق", False), ("Qatar", "support", "للاتفاق", False)]),
    # the object after a title and a surname may be a person
    ("وقال المتحدث باسم الخارجية الأردنية سفيان القضاة إن عمان ترفض الاستيطان. ودعا السفير القضاة نتنياهو إلى وقف العدوان.",
     [("Jordan", "oppose", "الاستيطان", False), ("سفيان القضاة", "support", "وقف العدوان", False)]),
    # a stance noun with the dual pronoun is the pair named before it, the two people named together, not the speaker
    (("وفرضت الحكومة الهولندية حظرا على إيتمار بن غفير وبتسلئيل سموتريتش. وقال وزير الخارجية الهولندي كاسبار "
      "فيلدكامب إن القرار جاء بسبب تحريض الوزيرين على العنف، ودعمهما لتوسيع المستوطنات."),
     [("Itamar Ben-Gvir", "support", "لتوسيع المستوطنات", False),
      ("Bezalel Smotrich", "support", "لتوسيع المستوطنات", False)]),
    # a title and a name between commas, then what the request asks: the issue goes on past the name
    ("رحبت قطر بدعوة رئيس الوزراء العراقي، محمد شياع السوداني، إلى عقد مؤتمر إقليمي في بغداد.",
     [("Qatar", "support", "بدعوة رئيس الوزراء العراقي، محمد شياع السوداني، إلى عقد مؤتمر إقليمي في بغداد", False)]),
    # لا ... إلا (nothing but) holds the stance; إلا is no negation
    ("وقالت الخارجية الجزائرية إنه لا يمكن إلا استنكار هذه التصريحات.", [("Algeria", "oppose", "هذه التصريحات", False)]),
    # a verb joined by و whose gender is not the first verb's has a subject of its own, not an addressee
    ("رحبت مصر بالاتفاق، ودعا رئيس الوزراء القطري إلى وقف القتال.",
     [("Egypt", "support", "بالاتفاق", False), ("Qatar", "support", "وقف القتال", False)]),
    # names of our own: the UN refugee agency as the news writes it, the AU Commission's chair
    ("أبدت المفوضية العليا لشؤون اللاجئين قلقها بشأن تزايد أعداد اللاجئين. ودعا موسى فقي محمد إلى وقف القتال.",
     [("UNHCR", "concern", "بشأن تزايد أعداد اللاجئين", False), ("Moussa Faki Mahamat", "support", "وقف القتال", False)]),
    # a verb before a quantifier and a noun nobody named has that group for its subject; so does one after a
    # relative (and a comma) whose antecedent is such a noun
    ("وأكدت واشنطن معارضتها للقانون، وهو ما عارضه عدد من الكتل السياسية، والتي أعلنت إصرارها على التصويت عليه.",
     [("United States", "oppose", "للقانون", False)]),
    # a coordinated evaluation after a comma judges the same subject
    ("وقالت الخارجية السورية إن هذا التوغل يعد تهديدا مباشرا للسلم، وانتهاكا صارخا لسيادة سوريا.",
     [("Syria", "concern", "هذا التوغل", False), ("Syria", "oppose", "هذا التوغل", False)]),
    # Libya's eastern government by its name
    ("وأكدت حكومة الاستقرار الليبية رفضها أي تدخل خارجي.",
     [("Government of National Stability (Libya)", "oppose", "أي تدخل خارجي", False)]),
    # a military rank before a name is no part of it
    ("وحذر الجنرال مظلوم عبدي من التصعيد.", [("Mazloum Abdi", "concern", "التصعيد", False)]),
    # did not hesitate to: did it
    ("وقال الوزير المصري إن بلاده لم تتردد في دعم الشعب الفلسطيني.", [("Egypt", "support", "دعم الشعب الفلسطيني", False)]),
    # the gender test reads the verb of the same clause, and no ت-initial past (تحدث) as feminine; a verb joined by
    # و whose subject is known takes the quantified noun as its object
    ("وقالت الخارجية المصرية إن الوزير التقى نظيره الإسرائيلي، ودعا إسرائيل إلى وقف القتال في غزة.",
     [("Egypt", "support", "وقف القتال في غزة", False)]),
    ("تحدث وزير الخارجية الأميركي عن الأزمة، ودعا إيران إلى وقف تخصيب اليورانيوم.",
     [("United States", "support", "وقف تخصيب اليورانيوم", False)]),
    ("رحبت مصر بالاتفاق، وطالب الاتحاد الأوروبي بتنفيذه دون تأخير.",
     [("Egypt", "support", "بالاتفاق", False), ("European Union", "support", "بتنفيذه دون تأخير", False)]),
    ("وأكدت واشنطن رفضها للقرار، فيما رفضت العديد من الدول الأوروبية هذا الموقف.",
     [("United States", "oppose", "للقرار", False)]),
    # a verbal noun after the apposed name goes on the issue; a negation six words before الا still makes it "only"
    ("رحبت السعودية بطلب الرئيس اليمني، رشاد العليمي، عقد مؤتمر في الرياض.",
     [("Saudi Arabia", "support", "بطلب الرئيس اليمني، رشاد العليمي، عقد مؤتمر في الرياض", False)]),
    ("وقال البيان الأردني إنه لا يسع المملكة الأردنية الهاشمية الا الترحيب بالاتفاق.",
     [("Jordan", "support", "بالاتفاق", False)]),
    # a past of the form تفعّل is masculine: the title after it is its subject, not whom it addresses
    ("تعهد الرئيس الأميركي بدعم أوكرانيا.", [("United States", "support", "بدعم أوكرانيا", False)]),
    ("وعبرت ميلوني عن تطلع إيطاليا إلى التنسيق مع ليبيا.", [("Italy", "support", "التنسيق مع ليبيا", False)]),
    # a right with its pronoun, or reserved, is upheld by whoever claims it; بحقهم after a harm is "against them"
    ("وقالت حركة حماس إنها تحتفظ بحقها في المقاومة.", [("Hamas", "support", "المقاومة", False)]),
    ("وقال وزير الخارجية الإيراني إن لا أحد يستطيع حرمان إيران من حقها في تخصيب اليورانيوم.",
     [("Iran", "support", "تخصيب اليورانيوم", False)]),
    ("وقال وزير الخارجية الأردني إن إسرائيل ترتكب انتهاكات يومية بحقهم في الضفة الغربية.", []),
    # declining to comment is no issue; asking for a disclosure is one
    ("ورفض وزير الخارجية القطري التعليق على التقارير.", []),
    ("ودعت وزارة الخارجية القطرية إلى الكشف عن مصير المفقودين.",
     [("Qatar", "support", "الكشف عن مصير المفقودين", False)]),
    # a name with its lineage (بن، آل) before an apposed title; a rank and the given name name them again
    (("صرح محمد بن سالم بن حمد آل خليفة، وزير الخارجية البحريني، بأن بلاده ترفض التهجير. وأعرب الشيخ محمد عن "
      "رفضه للتهجير."),
     [("Bahrain", "oppose", "التهجير", False), ("محمد بن سالم بن حمد آل خليفة", "oppose", "للتهجير", False)]),
    # what one says one will keep on doing, one stands for (the future only: واصل is an event); a cue or an
    # effort after it carries the issue
    ("وقال وزير الخارجية الصيني إن الصين ستستمر في دعم القضية الفلسطينية.",
     [("China", "support", "القضية الفلسطينية", False)]),
    ("وقال وزير الخارجية التركي إن بلاده ستواصل التعاون مع الحكومة السورية.",
     [("Turkey", "support", "التعاون مع الحكومة السورية", False)]),
    # a definite participle opens an aside between the subject and its verb
    ("وأوضح المتحدث أن العليمي، المتواجد حاليًا في عدن، يرفض مغادرتها.", [("Rashad al-Alimi", "oppose", "مغادرتها", False)]),
    # a masculine participle after a reported feminine verb goes on for the one who reports
    ("وقال محمود الفلاني، وزير الري المصري، إن مصر ستواصل المشاركة في المفاوضات، داعيًا دول الحوض إلى دعم هذه الجهود.",
     [("Egypt", "support", "المشاركة في المفاوضات", False), ("محمود الفلاني", "support", "دعم هذه الجهود", False)]),
    # a promise (وعد ب، وعودها ب) is a stand for what is promised; وعد بلفور is a name
    ("وعدت أديس أبابا بالاعتراف باستقلال الإقليم.", [("Ethiopia", "support", "بالاعتراف باستقلال الإقليم", False)]),
    ("وكثفت السلطة الفلسطينية وعودها بإجراء إصلاحات جوهرية.",
     [("Palestinian Authority", "support", "بإجراء إصلاحات جوهرية", False)]),
    # a known name with quote marks around a part of it is read across them
    ("أعلنت كتائب «حزب الله» العراقية، في بيان، رفضها القاطع لأي حديث عن نزع سلاحها.",
     [("Kata'ib Hezbollah", "oppose", "لأي حديث عن نزع سلاحها", False)]),
    # a bare one-word issue after a right (الرد) is no elative; another's effort after an affirming cue is its issue
    ("وقالت الحكومة السودانية إنها تحتفظ بحق الرد.", [("Sudan", "support", "الرد", False)]),
    ("ونوه الرئيس المصري بجهود الوساطة القطرية في غزة.", [("Egypt", "support", "بجهود الوساطة القطرية في غزة", False)]),
    ("وقال وزير الخارجية الإيراني إن بلاده ستستمر في تمويل المشروع.", [("Iran", "support", "تمويل المشروع", False)]),
    ("وأكد الرئيس الفرنسي أن فرنسا سوف تواصل تمويل برامج الإعمار في سوريا.",
     [("France", "support", "تمويل برامج الإعمار في سوريا", False)]),
    ("وقال وزير الخارجية الإيراني إن إيران ستواصل العمل ضمن إطار القواعد الدولية.",
     [("Iran", "support", "العمل ضمن إطار القواعد الدولية", False)]),
    ("وهدد الحرس الثوري الإيراني بالرد، متوعدا بالرد على أي هجوم.",
     [("Islamic Revolutionary Guard Corps", "support", "بالرد", False),
      ("Islamic Revolutionary Guard Corps", "support", "بالرد على أي هجوم", False)]),
    # an asked-for anonymity is no issue; nor is the promise of a declaration's name (وعد بلفور)
    ("وقال مسؤول أمريكي، طلب عدم الكشف عن هويته، إن واشنطن تدعم الاتفاق.", [("United States", "support", "الاتفاق", False)]),
    # a rank and the given name of one introduced after a title name them again; followed by a lineage (بن), someone else
    (("وقال وزير الخارجية القطري محمد الفلاني إن بلاده ترفض التهجير. وأعرب الشيخ محمد عن رفضه للحصار."),
     [("Qatar", "oppose", "التهجير", False), ("محمد الفلاني", "oppose", "للحصار", False)]),
    (("وقال وزير الخارجية القطري محمد الفلاني إن بلاده ترفض التهجير. وأعلن الشيخ محمد بن ناصر رفضه للحصار."),
     [("Qatar", "oppose", "التهجير", False)]),
    # a resolution speaks for the body that adopted it, where a verb of saying or a cue opens with it
    ("وأصدر مجلس الأمن الدولي قرارا بشأن الصحراء. وشدد القرار على ضرورة احترام وقف إطلاق النار.",
     [("UN Security Council", "support", "احترام وقف إطلاق النار", False)]),
    ("وحصل القرار على ثلاثة عشر صوتا في مجلس الأمن الدولي، مع امتناع روسيا عن التصويت.",
     [("Russia", "reserved", "القرار", False)]),
    # a sentence's subject goes on into the next that opens with a verb of no subject (كما شدد)
    ("وفيما يتعلق بالسودان، عبّر وزير الخارجية الكويتي عن دعمه للحوار. كما شدد على ضرورة وقف الحرب.",
     [("Kuwait", "support", "للحوار", False), ("Kuwait", "support", "وقف الحرب", False)]),
])
def test_real_news_constructions(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert found(text) == expected


def test_an_aside_that_names_a_deed_adds_no_holder() -> None:
    assert found("ودعت الكويت إلى وقف الحرب، إلى جانب تعزيز الحوثيين لمواقعهم.") == [
        ("Kuwait", "support", "وقف الحرب", False)]


@pytest.mark.parametrize("text", [
    "وقال المبعوث الأممي: \"أنتم تريدون انتخابات حرة\".",  # the second person: those addressed, unnamed
    "وتطالب منظمات حقوقية بفتح تحقيق في الانتهاكات.",       # a subject the gazetteer does not know
    "وقال المسؤول إن الحرب يجب أن تتوقف، داعيا مصر إلى فتح المعبر.",  # whom a participle calls on holds nothing
    "رد الحزب الحاكم على بيان أحزاب المعارضة حول الاتفاقية.",  # the opposition is a camp (kgl:camp-noun)
    "دعا روسيا إلى وقف الحرب.",                              # a masculine verb: Russia is called on, no subject
    "وقال المدير إن الناس سيكونون معرضين للخطر.",
    # a verb right after a relative pronoun has the relative as its subject: the name after it is its object
    "وافتتح المعبر الجديد الذي يربط الأردن بسوريا أمس.",
    # the start of an act that no verb announces only names the act
    "وشهدت العاصمة الليبية بدء العام الدراسي بعد توقف طويل.",
    # its object a pronoun for what no statement of the sentence names: no issue to give it
    "وقال المتحدث إن الوفد يدرسها بمسؤولية، والوسطاء يواصلون التشاور.",
    "وقالت الخارجية التركية إن الوزير أجرى اتصالا بناء على طلب نظيره الإيراني.",
    "ووصف الرئيس التركي رجب طيب أردوغان قطر بالشريك المهم.",
    # دعا ل before people is a prayer or an invitation, not a call for an act
    "ودعا الرئيس التونسي قيس سعيد للأبرياء الذين سيدفعون الثمن.",
    # whoever wants it (من يريد): an unnamed someone, not the speaker
    "وقال الأمين العام لحزب الله نعيم قاسم إن من يريد نزع سلاح المقاومة يخدم إسرائيل.",
    # what was said on someone's tongue (ما ورد على لسان) is the object, not the sentence's voice
    "نستغرب أشد الاستغراب ما ورد على لسان وزير الخارجية الأردني أيمن الصفدي من تصريحات.",
    # a verbal noun with its pronoun (دعمه) before an actor governed by ل: the actor is what is supported, not its holder
    "وقدم الوفد التهنئة، مؤكدا دعمه للبنان في مختلف المجالات.",
    # a definite noun after the opening verb is a subject we cannot name, not the last speaker going on
    "قال وزير الخارجية الروسي سيرغي لافروف إن العقوبات ظالمة. وشهدت المنطقة انتقادات حادة للنهج الأوروبي.",            # a cue under a preposition is no predicate
    "وقال الوزير الكويتي إن محاولاته تهدف إلى استمرار حالة التصعيد وعدم الاستقرار في المنطقة.",  # a joined noun
    "وقال الوزير الكويتي إن الجانب التركي منح موافقته النهائية.",  # the cue's own adjective is no issue
    "كما دعا الوزير الكويتي الرئيس الأمريكي دونالد ترامب قائلاً: الوضع صعب.",  # a name and a participle, no object
    "وأكدت مصر سعيها لتحقيقه.",                               # "to achieve it" points elsewhere
    "وطالب نواب عراقيون الحكومة بالكشف عن الاتفاق.",          # an indefinite subject after a perfect verb
    "وشدد الوزير التركي على أن الوضع في الشمال مستقر.",       # an affirmation of a clause is no stance
    "وجاءت دعوة الصدر بعد يوم من اجتماع الحكومة.",            # when it came is no issue
    "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن الاجتماع انعقد.",  # a cue word inside a name
    "وقال مسؤول إن بلاده تدرس المقترح، وأضاف: \"ندعم الحوار\".",  # an unnamed speaker holds nothing for us
    "ونصت الوثيقة على أن الحوار ضروري.",                     # على after a verb opens no obligation
    "وقال الوزير إن ما يدفع بغداد إلى المطالبة",           # a cue at the text's very end, nothing after it
    "وارتفع صوت المعارضة في البرلمان.",                      # صوت is a voice, unless لصالح follows
    # a relay of someone unknown gives the voice to nobody we can name, not to the agency
    "ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن الهجوم فشل. وأضاف: \"نرفض التصعيد\".",
    "وقدم الوزير استقالته إلى رئيس الحكومة.",  # a verb of proposing with no proposal named before it
    "ونشرت الصحف على الصفحات الأولى صور القتلى.",  # على mid-clause is no obligation
    # an actor after ضد is no subject of the verbal noun after it
    "وقال الوزير الكويتي إن الانضمام إلى التحالف ضد تنظيم داعش جاء بعد تعزيز الجهود ودعم المبادرات.",
    "وقال الوزير الكويتي إن الحرب تسببت في \"أكبر أزمة إنسانية\".",  # an elative alone is no issue
    "وأكدت الكويت على متن الطائرة العائدة من القاهرة.",  # على متن is aboard, not what is affirmed
    "وقالت الكويت إنها ترفض ذلك بشكل قاطع.",  # a demonstrative alone points to an earlier sentence
    "وتواصلت جهود الوساطة دون نتيجة.",  # an effort with no owner named after it
    "وقالت الحكومة إن الأطراف التي قدمت المساعدات غادرت.",  # what was offered is no proposal
    # بين is "between" here, not "stated": the voice stays the outlet's, and the next verb holds nothing
    "وحذر مسؤول من الخروقات بين لبنان وإسرائيل. وجدد التأكيد على دعم الحل السياسي.",
    "وقال الوزير الكويتي إن مبدأ حسن الجوار الذي انتهكته إيران ما زال قائما.",  # a relative clause's verb
    "وقال الوزير الكويتي إن خطة الرئيس الأمريكي دونالد ترامب للسلام في غزة تواجه عقبات.",  # a plan's name
    "وقال الوزير الكويتي إن استمرار انتهاكات.",  # an empty noun alone names no issue
    "وقال الوزير الكويتي إن الاتفاق سمح للطرفين بتأكيد نفوذهما.",  # allowing tells an effect, not a stance
    "ودعا المتظاهرون إلى العمل تحت شعار \"نطالب حكومة لبنان بالإصلاح\".",  # we, unnamed: not the government
    "وقال الوزير الكويتي إن الانتهاكات الجسيمة مستمرة.",  # violations nobody named does
    "وقال الوزير الكويتي إن أي تصريحات تخالف الحقيقة تنتشر بسرعة.",  # a verb describing an indefinite noun
    "وجددت الكويت دعمها لهم.",  # a pronoun alone is no issue
    "وقال الوزير الكويتي إن على الأطراف احترامها.",  # what the pronoun stands for is elsewhere
    "وقال الوزير الكويتي: \"نعتزم القيام به\".",
    "ورحب البيان بالهدنة الجديدة.",  # a statement whose issuer nobody named
    "كما نوه الوزير الكويتي بأن المفاوضات لم تبدأ بعد.",  # pointing out a clause (نوه بأن) is no praise
    # an evaluative noun in construct (لإثارة الاستفزازات) or in a list after أو is no predicate
    'وقال الوزير الكويتي: "إن محاولة الاحتلال لإثارة الاستفزازات في المنطقة مستمرة".',
    'وقال الوزير الكويتي: "إن المنطقة تتعرض لاضطرابات أو استفزازات".',
    "أدانت وزارة الخارجية الهجوم على السفارة.",  # a bare ministry, and no dateline to say whose
    "وقال الوزير الكويتي إن الحكومة الإسرائيلية التي اتهمها بتقويض الهدنة تواجه ضغوطا.",  # the verb's object
    "وخضعت الحكومة العراقية للضغوط.",  # submitting or giving up is a stance only when negated (لن نخضع)
    "وتنازلت الكويت عن حصتها.",
    "وطرحت الكويت بديلا عن الخطة.",  # an alternative is no stance unless there is none
    "وقالت الكويت إنها تعتبره أمرا مرفوضا، معتبرة إياه انتهاكا.",  # "it" with no statement before to name it
    "ووصف الحزب المعارض السياسات الحكومية بأنها خيارات فاشلة.",  # options are a stance only when negated
    "وبدلا من ذلك تتهم باكستان بخرق السيادة.",  # the only actor named is the accused
    "وقال الرئيس التونسي إن الحوار ليس خيارا بل ضرورة.",  # negated, then corrected by بل: no opposition
    # a masculine verb before a feminine city or state is not its subject's (حذر الرياض: Riyadh is warned)
    "وهذه المرة حذر الرياض من فشل خططها الاقتصادية.",
    # ك (as) before an evaluation makes it a manner, not a predicate of the clause before it
    "وقالت الحكومة اليمنية إن الاتفاق يأتي بعد تصنيف الجماعة كمنظمة إرهابية.",
    # a pronoun subject never stands for the verb's own object (أنها حذرت واشنطن: not Washington)
    "وتستضيف الدولة قواعد بحرية صينية وفرنسية وأمريكية، إلا أنها حذرت واشنطن من استخدام أراضيها.",
    # a negated verb of deeming deems nothing; defenders who are a verb's object defend nothing of the subject's
    "ولا تصنف روسيا حركة طالبان منظمة إرهابية.",
    "ولم تعتبر مصر القرار انتهاكا للاتفاق.",
    "وهاجم رئيس الوزراء الإسرائيلي المدافعين عن الاتفاق النووي مع إيران.",
    # a plural participle after a comma calls on the state after it; its unnamed subject holds the call
    "وأصدرت منظمات حقوقية بيانا، داعين الحكومة المصرية إلى الإفراج عن المعتقلين.",
])
def test_real_news_constructions_without_a_statement(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "لم ترفض أنقرة المقترح الروسي.",                        # negation cancels the cue
    "لم تعارض أنقرة الخطة.",
    "تتصاعد الدعوات إلى إعادة فتح السفارات.",               # no actor holds the call
    "وتجري مباحثات بشأن ضرورة فتح الطريق الدولي.",          # a necessity that is only the topic
    "قال مسؤولون إن الاجتماع سيعقد الأسبوع المقبل في بغداد.",  # no cue at all
    "وقال مسؤول إن تهريب المخدرات يشكل خطرا على أمن المنطقة.",  # a speaker we cannot name
    "وتعارض بغداد والبصرة أي تدخل تركي في الشمال.",         # an unknown co-subject: the object is unclear
    "ناقش الطرفان التهديدات المشتركة في اجتماعهما.",        # a threat presupposed, not asserted
    "الأمن الإقليمي\n\nتحفظات دمشق",                         # headings carry no claims
    "وإذا رفضت دمشق المقترح فإن المفاوضات ستتوقف.",         # a condition is no stance
    "ورفضت قطر التعليق على التقارير.",                      # an idiom: declined to comment
    "ونفى المتحدث باسم الخارجية الإيرانية أن تكون بلاده قد وافقت على الانسحاب.",  # a denial
    "وقال قائد القيادة الجديدة إن الوضع مستقر.",             # a body after a title is no person's name
    "وأكد أن الحكومة ستواصل عملها.",                        # a bare organ with no state before it
    "وقالت الحكومة العراقية إن الاجتماع سيعقد في موعده.",  # a state speaks, but takes no stance
    "ووصل الوفد الأمريكي إلى بغداد قبل نهاية الأسبوع.",     # قبل is "before", not "accepted"
    "ودعا تحالف دولي إلى الحوار.",                           # an indefinite alliance is too vague
    "ورحب مركز دمشق للدراسات بالاتفاق.",                     # a place in a body's name is not the body
    "بيروت - وصل الوفد الأمريكي إلى المطار.",                 # a dateline before a sentence with no cue
    "وتكتسب الزيارة أهمية خاصة في ظل التوترات الإقليمية.",   # importance that nobody asserts of an issue
    "وأشار التقرير إلى أهمية الدور التركي في المنطقة.",      # a report with no author named
    "وقالت مصر إنها فقدت الأمل في نجاح الوساطة.",            # lost hope is no hope: the cue needs its pronoun
    "ولا أمل في التوصل إلى اتفاق قريبا.",
    "ولا يبدو أن موسكو مستعدة للتخلي عن قواعدها.",           # a negated hedge over the cue's clause
    "ودفعت البلاد ثمن الحرب غاليا.",                          # ثمن is "price", not "appreciated"
    "وأصدرت المحكمة قرارا صادرا ضد حركة حماس يطالب بتسليم الأسلحة.",  # ضد names whom it is against, no issuer
    "رفضت وزارة المالية الخطة.",                               # المالية after a ministry is finance, not Mali
    "نفت الحكومة المصرية أن تكون قد وافقت على الخطة.",          # a fact denied: no stance
    # the verb after أن has a subject of its own that nobody here knows: what it expresses is that subject's
    "أكدت الخارجية المصرية أن الشارع العربي عبّر عن دعمه للحوار ورفضه للحرب.",
    # ruling out that something happens is a forecast, no stance
    "استبعد وزير الخارجية الإيراني أن تندلع حرب في المنطقة.",
    "حذرت البعثة الأممية من التصعيد العسكري.",  # no state named: which mission is unknown
    "حذرت البعثة الأممية في السودان من التصعيد.",  # posted elsewhere than any mission the gazetteer shortens
    "استبعدت الولايات المتحدة إيران من المحادثات النووية.",  # leaving someone out is no stance
    "أكدت الخارجية المصرية أن الشارع العربي أعرب عن الرفض القاطع للتهجير.",  # an unknown subject's rejection
])
def test_nothing_is_extracted(text: str) -> None:
    assert found(text) == []


def test_metonymy_and_rule_are_recorded() -> None:
    [statement] = kg.extract_text("أنقرة تخشى عودة التنظيمات المتطرفة.")
    assert (statement.holder.iri, statement.holder_text, statement.via_metonymy, statement.rule) == (
        ACTOR["turkey"], "أنقرة", True, "subject-verb")


def test_offsets_point_at_the_issue_and_sentence() -> None:
    text = "مقدمة قصيرة.\nوتطالب بغداد بإعادة فتح المعابر الحدودية."
    [statement] = kg.extract_text(text)
    assert text[statement.issue_start:statement.issue_end] == statement.issue_text == "بإعادة فتح المعابر الحدودية"
    assert text[statement.char_start:statement.char_end] == statement.sentence


def test_an_issue_is_mapped_to_a_known_concept_by_its_label() -> None:
    [statement] = kg.extract_text("وترفض دمشق التقارب مع أي طرف خارجي.")
    assert statement.issue is None
    [mapped] = kg.extract_text("ويسعى الأردن إلى مكافحة الإرهاب على حدوده.")
    assert mapped.issue is not None and mapped.issue.label_en == "counter-terrorism"


def test_a_report_author_is_the_source_of_what_the_report_says() -> None:
    text = ("نشر معهد واشنطن تقريرا جديدا.\n"
            "وأوضح التقرير أن أنقرة تخشى توسع النفوذ الإيراني في سوريا.")
    [statement] = kg.extract_text(text, outlet="Shafaq News")
    assert (statement.source.name, statement.holder.name) == ("Washington Institute for Near East Policy", "Turkey")


def test_without_a_report_the_outlet_is_the_source() -> None:
    [statement] = kg.extract_text("وتخشى أنقرة توسع النفوذ الإيراني في سوريا.", outlet="Shafaq News")
    assert statement.source.name == "Shafaq News"


def test_a_titled_person_keeps_role_and_state() -> None:
    [statement] = kg.extract_text("وأعلن وزير الخارجية الإيطالي أنطونيو تاياني رفضه للحصار.")
    holder = statement.holder
    assert (holder.label_ar, holder.role, holder.member_of) == ("أنطونيو تاياني", "وزير الخارجية الإيطالي", ACTOR["italy"])


def test_reported_speech_sets_the_source() -> None:
    [statement] = kg.extract_text("وقال وزير الخارجية التركي هاكان فيدان إن أنقرة ترفض أي تقسيم لسوريا.",
                                  outlet="Shafaq News")
    assert (statement.source.name, statement.holder.name) == ("Hakan Fidan", "Turkey")


def test_issue_labels_drop_the_preposition_but_the_text_stays_exact() -> None:
    [statement] = kg.extract_text("وأعلنت الحكومة السورية رفضها للتوغل في القنيطرة.")
    assert (statement.issue_text, statement.issue_label) == ("للتوغل في القنيطرة", "التوغل في القنيطرة")


def test_an_issue_label_inside_the_phrase_does_not_map_it() -> None:
    [_, aim] = kg.extract_text("وتدعم واشنطن الحوار بهدف احتواء النفوذ الإيراني.")
    assert (aim.issue_text, aim.issue) == ("احتواء النفوذ الإيراني", None)


def test_an_actor_inside_the_reported_clause_is_not_the_speaker() -> None:
    text = ("نشر معهد واشنطن تقريرا جديدا.\nوأضاف التقرير أن الحدود تشهد توترا.\n"
            "وأوضح أن تركيا تخشى توسع النفوذ الإيراني.")
    [statement] = kg.extract_text(text)
    assert (statement.holder.name, statement.source.name) == ("Turkey", "Washington Institute for Near East Policy")


def test_a_text_that_ends_on_a_name_after_its_verb_is_read_to_the_end() -> None:
    """A mutated text cut after a subject (ينعكس على تردد دمشق): looking past the last word finds nothing, no error."""
    text = "وأضاف أن التجربة أسهمت في توسيع النفوذ الإيراني، وهو ما ينعكس اليوم على تردد دمشق"
    assert isinstance(kg.extract_text(text), list)
