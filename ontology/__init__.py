"""Ontology Turtle files, shipped as package data (the single source of truth for vocabulary and lexicon)."""
