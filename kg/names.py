"""One way to name things: an actor, an issue or a concept by IRI, label, alias or part of one, in every command.

The order is: the IRI (or its last segment, or an actor's Wikidata id), then a label or alias in either
language, then part of one. Case, Arabic diacritics, tatweel, the alef, yaa and taa marbuta spellings and a
leading "al-" do not matter. A name that matches nothing is an error that lists the closest names; one
that must name a single thing and matches several lists them.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from rdflib import Graph

from .errors import KgError
from .normalize import normalize
from .query import run_query

KINDS = ("actor", "issue", "concept")
SHOWN = 8
_AL = re.compile(r"\bal[-\s]", re.IGNORECASE)


class NameError_(KgError):
    """A name that names nothing, or several things where one is wanted."""


def fold(text: str) -> str:
    """A name as compared: normalised, case-folded, without a leading al- and with single spaces.

    >>> fold("Al-Maliki") == fold("maliki") and fold("المالكيّ") == fold("المالكي")
    True
    """
    return " ".join(_AL.sub(" ", normalize(text)).casefold().split())


def _tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def match(names: Mapping[str, Sequence[str]], name: str) -> list[str]:
    """The keys (IRIs) of names ({IRI: its labels, aliases and ids}) that name matches, in the order above:
    the first step that finds any decides."""
    wanted = fold(name)
    if not wanted:
        return []
    folded = {iri: {fold(label) for label in labels} - {""} for iri, labels in names.items()}
    for found in ([iri for iri in names if name.strip() in (iri, _tail(iri)) or wanted == fold(_tail(iri))],
                  [iri for iri, labels in folded.items() if wanted in labels],
                  [iri for iri, labels in folded.items() if any(wanted in label for label in labels)]):
        if found:
            return sorted(found)
    return []


def _shown(names: Mapping[str, Sequence[str]], iris: Sequence[str]) -> str:
    labels = sorted({names[iri][0] if names[iri] else iri for iri in iris})
    return ", ".join(labels[:SHOWN]) + (f" and {len(labels) - SHOWN} more" if len(labels) > SHOWN else "")


def resolve(names: Mapping[str, Sequence[str]], name: str, kind: str, *, one: bool = False) -> list[str]:
    """The IRIs name matches; none is an error naming the closest names, and several an error when one is
    wanted."""
    found = match(names, name)
    if not found:
        every = {key: iri for iri, labels in names.items() for label in labels
                 for key in (fold(label), *fold(label).split()) if key}  # a whole label, or one of its words
        close = [every[key] for key in difflib.get_close_matches(fold(name), list(every), n=SHOWN, cutoff=0.5)]
        hint = f"; closest: {_shown(names, list(dict.fromkeys(close)))}" if close else ""
        raise NameError_(f"no {kind} is named {name!r}{hint}")
    if one and len(found) > 1:
        raise NameError_(f"{name!r} names {len(found)} {kind}s: {_shown(names, found)}; give more of the name")
    return found


def names_in(dataset: Graph, kind: str) -> dict[str, list[str]]:
    """{IRI: labels and aliases (the display label first), and an actor's Wikidata id} of the actors that hold
    a statement, the issues or the concepts of a build."""
    if kind not in KINDS:
        raise KgError(f"unknown kind of name {kind!r}; known: {', '.join(KINDS)}")
    found: dict[str, list[str]] = {}
    for row in run_query(dataset, f"names-{kind}"):
        labels = found.setdefault(str(row["node"]), [])
        if row["label"] is not None and str(row["label"]) not in labels:
            labels.append(str(row["label"]))
    return found
