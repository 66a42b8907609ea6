"""kg explain says why each cue did or did not become a statement."""
import subprocess
import sys

from kg.explain import explain, format_explanation


def test_a_statement_is_shown_with_its_rule_and_confidence() -> None:
    text = format_explanation(explain("وتخشى أنقرة توسع النفوذ الإيراني في سوريا."))
    assert "أنقرة  = Ankara -> Turkey" in text
    assert "-> Turkey concern «توسع النفوذ الإيراني في سوريا»  [rule verb-subject, confidence 0.9]" in text


def test_a_cue_without_statement_gives_the_reason() -> None:
    [sentence] = explain("ولم تعارض أنقرة الاتفاق.")
    [decision] = sentence.decisions
    assert decision.statements == () and "negated" in decision.reason


def test_one_sentence_of_a_document(seed_path) -> None:
    [sentence] = explain(str(seed_path), sentence=17)
    assert sentence.text.startswith("وأوضح أن تركيا") and len(sentence.decisions) == 3


def test_the_command_prints_the_explanation() -> None:
    result = subprocess.run([sys.executable, "-m", "kg", "explain", "تتصاعد الدعوات إلى إعادة فتح السفارات."],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "no actor holds it" in result.stdout


def test_the_attribution_stage_says_who_speaks() -> None:
    text = 'وقال وزير الخارجية التركي هاكان فيدان: "نرفض أي تصعيد". وقال مسؤول إن بلاده تدرس المقترح.'
    voices = [e.voice for e in explain(text)]
    assert voices == ["Hakan Fidan", ""]
    assert "voice  Hakan Fidan" in format_explanation(explain(text))
