"""One resolver for names, in every command: exact, then label or alias, then part of one; errors that help."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.names import NameError_, fold, match, resolve

NAMES = {
    "https://w3id.org/kg-news/actor/saudi-arabia": ["Saudi Arabia", "السعودية", "المملكة العربية السعودية", "Q851"],
    "https://w3id.org/kg-news/actor/nouri-al-maliki": ["Nouri al-Maliki", "نوري المالكي", "المالكي"],
    "https://w3id.org/kg-news/actor/iran": ["Iran", "إيران", "Q794"],
    "https://w3id.org/kg-news/actor/new/1": ["معسكر مؤيد لإيران"],
    "https://w3id.org/kg-news/actor/iraq": ["Iraq", "العراق"],
    "https://w3id.org/kg-news/actor/iraqi-kurdistan": ["Iraqi Kurdistan", "إقليم كردستان"],
}


@pytest.mark.parametrize("name, found", [
    ("saudi-arabia", "saudi-arabia"),  # the IRI's last segment
    ("Q794", "iran"),  # a Wikidata id
    ("السعوديه", "saudi-arabia"),  # a label, taa marbuta folded
    ("Saudi", "saudi-arabia"),  # part of a label
    ("maliki", "nouri-al-maliki"), ("al-Maliki", "nouri-al-maliki"), ("AL MALIKI", "nouri-al-maliki"),
    ("Iraq", "iraq"),  # an exact label wins over a longer one that holds it
    ("ايران", "iran"),  # the exact label wins over the camp whose name holds it
])
def test_a_name_resolves_exact_first_then_by_label_then_by_part(name, found) -> None:
    assert [iri.rsplit("/", 1)[-1] for iri in resolve(NAMES, name, "actor", one=True)] == [found]


def test_several_matches_are_listed_and_none_gives_the_closest() -> None:
    assert len(match(NAMES, "Ira")) == 3  # Iran, Iraq, Iraqi Kurdistan
    with pytest.raises(NameError_, match="'Ira' names 3 actors: Iran, Iraq, Iraqi Kurdistan; give more"):
        resolve(NAMES, "Ira", "actor", one=True)
    with pytest.raises(NameError_, match="no actor is named 'Malikki'; closest: Nouri al-Maliki"):
        resolve(NAMES, "Malikki", "actor")
    assert fold("  Al-Sudani ") == fold("sudani")


def test_every_command_resolves_names_the_same_way(seed_build, tmp_path) -> None:
    def kg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)

    out = str(seed_build.out_dir)
    found = kg("query", out, "--name", "positions-of", "--actor", "Saudi", "--format", "csv")
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 2  # Saudi Arabia's one statement
    for args in (["query", out, "--name", "positions-of", "--actor", "Sudany"],
                 ["view", out, "--actor", "Sudany", "--out", str(tmp_path / "v.html")]):
        refused = kg(*args)
        assert refused.returncode == 2 and "closest: Mohammed Shia al-Sudani" in refused.stderr, refused.stderr
    assert kg("view", out, "--actor", "Maliki", "--out", str(tmp_path / "m.html")).returncode == 0
    assert kg("query", out, "--name", "actors-on-concept", "--concept", "nothing-like-it").returncode == 2
