"""Concepts: the same issue in other words is one issue. Issue phrases are coded to a codebook concept and an
agreement, as discourse network analysis codes statements (Leifeld's DNA)."""
from .codebook import Codebook, Concept, load_codebook
from .coding import Coding, code_phrase

__all__ = ["Codebook", "Coding", "Concept", "code_phrase", "load_codebook"]
