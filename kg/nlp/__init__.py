"""The spaCy pipeline: blank Arabic plus our rule components, every lexicon read from the ontology."""
from __future__ import annotations

from .pipeline import make_nlp

__all__ = ["make_nlp"]
