"""Position statements from a parsed document: who (actor) holds which stance on what (issue).

The extractor reads news the way it is written, in stages with one job each:

- ``sentence``: a sentence's token facts (clause boundaries, mentions and cues by token);
- ``attribution``: who speaks (reporting frames and relays, بحسب/وفقا ل, quotes that go on across
  sentences, the sentence's named subject);
- ``frames``: a cue's frame (negation, condition, topic, the particle it needs) and the statements it makes;
- ``holders``: who holds the stance (subject, genitive, pronoun, first person, else the subject or
  speaker the clause goes on for);
- ``issues``: the issue's span (the noun phrase the cue governs, a list split into issues);
- ``evaluative``: evaluative predicates (X is a threat, X is necessary), held by whoever asserts them;
- ``actors``: which actor a mention stands for (metonymy, بلاده, الجانبان);
- ``extractor``: the walk over a document through these stages.

Every word the rules read comes from the ontology's lexicon; no rule names a word of one article.
"""

from .actors import outlet_actor, report_author
from .extractor import extract
from .statement import RULE_CONFIDENCE, Decision, Extraction, PositionStatement

__all__ = ["RULE_CONFIDENCE", "Decision", "Extraction", "PositionStatement", "extract", "outlet_actor", "report_author"]
