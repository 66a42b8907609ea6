"""What kg passes on is neutralised where it lands: a spreadsheet cell never runs as a formula, and a
terminal never receives control characters (ESC, BEL ...) from a document's text or a file's name.

Document text is kept exactly in the graph and in files meant for programs (CSV for pipes, JSON, RDF); these
functions apply where people and their tools read it."""
from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 and C1 controls but the line feed and the tab, which a table or a report may hold on purpose
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


_INPUT_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text_controls_blanked(text: str) -> str:
    r"""A document's text with each C0 control (NUL, ESC, BEL ...; not tab or line ends) as a space: the same
    length, so every offset holds, and no output (CSV, HTML, XML results, a terminal) ever carries one.

    >>> text_controls_blanked("a\x00b\x1bc\nd")
    'a b c\nd'
    """
    return _INPUT_CONTROL.sub(" ", text)


def spreadsheet_cell(value: str) -> str:
    """A cell value a spreadsheet shows as text: a leading apostrophe before a formula's first character (the
    OWASP advice against CSV injection).

    >>> spreadsheet_cell("=HYPERLINK(1)"), spreadsheet_cell("-12"), spreadsheet_cell("تركيا")
    ("'=HYPERLINK(1)", "'-12", 'تركيا')
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def terminal(text: str) -> str:
    """Text for a terminal: each control character written as its escape (\\x1b), line feeds and tabs kept.

    >>> terminal("a\\x1b[31mb\\x07")
    'a\\\\x1b[31mb\\\\x07'
    """
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def one_line(text: str) -> str:
    """A message that stays on its line: terminal(), and a line feed inside it (a file name's) written as \\n."""
    return terminal(text).replace("\n", "\\n").replace("\t", "\\t")
