"""spaCy components counterclaim adds to the English pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newline_boundaries", assigns=["token.is_sent_start"])
def newline_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, standfirsts and datelines carry no full stop.

    Runs before the parser, which keeps boundaries that are already set.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc
