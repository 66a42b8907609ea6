"""ontology/states.ttl is what the generator makes from CLDR (Babel)."""
from pathlib import Path

import pytest

from kg.gazetteer import slug, states_ttl

STATES = Path(__file__).resolve().parents[1] / "ontology" / "states.ttl"


def test_states_file_is_up_to_date() -> None:
    babel = pytest.importorskip("babel")
    committed = STATES.read_text(encoding="utf-8")
    if f"Babel {babel.__version__})" not in committed.splitlines()[0]:
        pytest.skip(f"states.ttl was generated with another Babel than {babel.__version__}")
    assert states_ttl() == committed


def test_hand_written_states_are_not_generated_again() -> None:
    text = STATES.read_text(encoding="utf-8")
    assert '"IQ"' not in text and "kga:iraq " not in text
    assert '"LY"' in text  # Libya comes from CLDR


def test_slugs_are_iri_safe() -> None:
    assert slug("Bosnia & Herzegovina") == "bosnia-herzegovina"
