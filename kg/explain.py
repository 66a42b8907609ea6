"""Why a sentence yielded the statements it did: mentions, cues and the decision on each cue."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from .document import Document, pipeline_text, read_document
from .errors import InputError
from .rdf import coding

if TYPE_CHECKING:  # a type only: spaCy loads when a text is explained
    from .extract import Decision
from .ontology import load_lexicon


@dataclass(frozen=True)
class SentenceExplanation:
    index: int
    text: str
    mentions: tuple[tuple[str, str], ...]  # (surface form, what it stands for)
    decisions: tuple[Decision, ...]
    voice: str | None = None  # who speaks in the sentence ("" for someone unnamed), None for the outlet


def explain_document(document: Document) -> list[SentenceExplanation]:
    """Every sentence of a document with its mentions and the decision on each cue."""
    from .extract import extract  # spaCy loads here, not when kg is imported
    from .nlp import make_nlp

    lex = load_lexicon()
    doc = make_nlp()(pipeline_text(document.text))  # what kg build reads
    extraction = extract(doc, document)
    decisions, voices = extraction.decisions, dict(extraction.voices)
    explained = []
    for index, sent in enumerate(doc.sents, start=1):
        mentions = tuple((m.text, _stands_for(m, lex)) for m in doc.spans["actors"]
                         if sent.start <= m.start and m.end <= sent.end)
        mine = tuple(d for d in decisions if sent.start_char <= d.char_start < sent.end_char)
        explained.append(SentenceExplanation(index, sent.text.strip(), mentions, mine, voices.get(sent.start_char)))
    return explained


def _stands_for(mention, lex) -> str:
    new = mention._.new_actor
    if new is not None:
        return f"new {new.kind.fragment}: {new.label_ar}" + (f" ({new.role})" if new.role else "")
    if not mention.kb_id_:
        return mention.label_
    actor = lex.actors[URIRef(mention.kb_id_)]
    state = lex.stands_for.get(actor.iri)
    return f"{actor.name} -> {lex.actors[state].name}" if state else actor.name


_ARABIC = re.compile("[\u0600-\u06ff]")


def explain(text_or_path: str, *, sentence: int | None = None) -> list[SentenceExplanation]:
    """Explain a text given inline, or the document at a path; optionally one sentence (1-based).

    Text with no Arabic letter is a path: a missing file or a folder is an error, not a text to explain."""
    if _is_file(text_or_path):
        document = read_document(Path(text_or_path))
    elif _ARABIC.search(text_or_path):
        document = Document(doc_id="text", text=text_or_path, path=Path("text.txt"))
    elif Path(text_or_path).is_dir():
        raise InputError(text_or_path, "is a folder; explain takes one file or a text")
    else:
        raise InputError(text_or_path, "no such file (and not an Arabic text to explain)")
    explained = explain_document(document)
    if sentence is not None and not 1 <= sentence <= len(explained):
        where = text_or_path if document.doc_id != "text" or _is_file(text_or_path) else "the text"
        raise InputError(where, f"has {len(explained)} sentence(s); --sentence {sentence} is not one of them")
    return [e for e in explained if sentence is None or e.index == sentence]


def _is_file(text: str) -> bool:
    """True when text names an existing file (a sentence is longer than a file name may be)."""
    try:
        return "\n" not in text and Path(text).is_file()
    except OSError:
        return False


def format_explanation(explained: list[SentenceExplanation]) -> str:
    """Plain text for the terminal: one block per sentence that has a mention or a cue."""
    lines: list[str] = []
    for e in explained:
        if not e.mentions and not e.decisions:
            continue
        lines.append(f"[{e.index}] {e.text}")
        if e.voice is not None:
            lines.append(f"    voice  {e.voice or 'someone unnamed (holds nothing for us)'}")
        for surface, meaning in e.mentions:
            lines.append(f"    actor  {surface}  = {meaning}")
        for d in e.decisions:
            lines.append(f"    cue    {d.cue_text}  ({d.stance})")
            for st in d.statements:
                hedge = ", hedged" if st.hedged else ""
                lines.append(f"      -> {st.holder.name} {st.stance_name} «{st.issue_text}»"
                             f"  [rule {st.rule}, confidence {st.confidence}{hedge}]")
                found = coding(st)
                agreement = found.agreement_name or "neither (reserved)"
                lines.append(f"         concept {found.label_en or found.label_ar}: {agreement}  [{found.basis}]")
            if not d.statements:
                lines.append(f"      -> no statement: {d.reason}")
    return "\n".join(lines) if lines else "no actor or stance cue found"
