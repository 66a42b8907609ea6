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


class InputWarning(InputError):
    """An input the build skips without failing: empty, or not Arabic; the user need not act."""


class OntologyError(KgError):
    """The ontology files are missing or inconsistent (a packaging or editing mistake)."""


class ValidationError(KgError):
    """The built graph violates the SHACL shapes; nothing is written."""

    def __init__(self, report: str) -> None:
        super().__init__(f"the built graph {report}")  # the report starts "does not conform to ..."
        self.report = report


class ExportError(KgError):
    """An export cannot be written as asked: unknown format, bad base IRI, unwritable file."""


class PushError(KgError):
    """A triple store refused, dropped or miscounted a push; the message names the endpoint."""

    def __init__(self, endpoint: str, problem: str) -> None:
        super().__init__(f"{endpoint}: {problem}")
        self.endpoint = endpoint
        self.problem = problem


class QueryError(KgError):
    """A SPARQL query cannot be parsed, bound or run; the message names the query and, for syntax, where."""

    def __init__(self, source: str, problem: str, line: int | None = None, column: int | None = None) -> None:
        where = f": line {line}, column {column}" if line is not None else ""
        super().__init__(f"{source}{where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line
        self.column = column


class QueryTimeout(QueryError):
    """A query ran longer than its timeout and was stopped."""


class ServeError(KgError):
    """The local SPARQL endpoint cannot start: no server binary, a taken port, a graph it cannot load."""


class NetworkError(KgError):
    """A discourse network cannot be made as asked: unknown kind or normalisation, a bad time window."""
