"""One exception hierarchy, so the CLI can turn any failure into one clear line."""
from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base of every error the user can act on; the message names the file and the problem."""

    exit_code = 2


class InputError(KgError):
    """A document or metadata file cannot be read as the user gave it."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


class OntologyError(KgError):
    """The ontology files are missing or inconsistent (a packaging or editing mistake)."""


class ValidationError(KgError):
    """The built graph violates the SHACL shapes; nothing is written."""

    def __init__(self, report: str) -> None:
        super().__init__(f"the built graph does not conform to ontology/shapes.ttl:\n{report}")
        self.report = report
