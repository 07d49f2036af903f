"""spaCy components counterclaim adds to the English pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.component("newline_boundaries", assigns=["token.is_sent_start"])
def newline_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, standfirsts and datelines carry no full stop.

    A short line without a closing full stop (a headline, "12 Killed 20 Injured in ...") is
    one sentence: the parser does not split it. Runs before the parser, which keeps
    boundaries that are already set.
    """
    line_start = 0
    for tok in doc[1:]:
        if _after_a_line_break(tok):
            tok.is_sent_start = True
            _keep_line_whole(doc, line_start, tok.i)
            _no_word_alone(doc, tok.i)
            line_start = tok.i
    _keep_line_whole(doc, line_start, len(doc))
    _no_word_alone(doc, 0)
    return doc


OPENING_WORDS = 3  # no sentence ends within a line's first words without a stop ("Government" | "and pro-government forces executed")


def _no_word_alone(doc: Doc, start: int) -> None:
    """A line's first words are no sentence of their own unless a stop ends them."""
    words = [t for t in doc[start : start + OPENING_WORDS + 1] if not t.is_space]
    for prev, tok in zip(words, words[1:]):
        if "\n" in prev.whitespace_ or prev.text in (".", "!", "?", ":", ";", '"', "”", "'", "’", "|", "-", "–", "—"):
            break
        tok.is_sent_start = False


@Language.component("dateline_boundaries", assigns=["token.is_sent_start"])
def dateline_boundaries(doc: Doc) -> Doc:
    """A dateline opening the text ("Date of publication 13 April 2017 British scientists
    said ...") is a sentence of its own: the parser would otherwise take it into the first
    sentence's subject ("Date of publication 13 April 2017 British scientists" said). So is
    a wire dateline ("Hama, SANA -"), whether or not a publication date opens the text.
    Runs before the parser."""
    from .furniture import opening_dateline

    opening = opening_dateline(doc)[1]
    wire = _wire_dateline_span(doc)
    if opening is not None and wire is not None and wire[0] < opening[1]:
        wire = None  # one dateline read twice
    for span in (opening, wire):
        if span is None:
            continue
        inside = [t for t in doc if span[0] <= t.idx < span[1]]
        after = next((t for t in doc if t.idx >= span[1] and not t.is_space), None)
        if inside and after is not None:
            inside[0].is_sent_start = True
            for tok in inside[1:]:
                tok.is_sent_start = False
            after.is_sent_start = True
            if after.i + 1 < len(doc) and not doc[after.i + 1].is_space:
                doc[after.i + 1].is_sent_start = False  # ("3 | Civilians Killed": no one-word sentence)
    return doc


def _wire_dateline_span(doc: Doc) -> tuple[int, int] | None:
    """The character range of a wire dateline near the top ("AMMAN/BEIRUT, Feb 6, 2018
    (Reuters) -", run into the title's line or opening its own), as the article's context
    reads it: a sentence of its own, apart from the title before it and the lead after it."""
    from .context import WIRE_DATELINE_REACH, wire_dateline_range
    from .doccache import doc_text

    return wire_dateline_range(doc_text(doc)[: WIRE_DATELINE_REACH + 1])


@Language.component("acronym_norms", assigns=["token.norm"])
def acronym_norms(doc: Doc) -> Doc:
    """Show the model an acronym that spells an English word as the name it is: "IS" with
    the norm of "ISIS", so that "killed 17 IS militants" is not parsed with "IS" as the verb
    (data/furniture.json acronym_norms). A line set mostly in capitals ("IT IS") is left
    alone. Runs first: the model's token vectors read the norm."""
    from .actors import shouting
    from .furniture import acronym_norms as norms

    found = norms()
    if not any(t.text in found for t in doc):
        return doc
    for start, end in _lines(doc):
        if shouting(doc[start:end]):
            continue
        for tok in doc[start:end]:
            if tok.text in found:
                tok.norm_ = found[tok.text]
    return doc


def _after_a_line_break(tok: Token) -> bool:
    """The token opens a line: a line break stands right before it."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines."""
    lines, start = [], 0
    for tok in doc[1:]:
        if _after_a_line_break(tok):
            lines.append((start, tok.i))
            start = tok.i
    lines.append((start, len(doc)))
    return lines


@Language.component("title_abbreviations", assigns=["token.is_sent_start"])
def title_abbreviations(doc: Doc) -> Doc:
    """No sentence ends at the dot of a rank or title before a name ("spokesman Maj. Gen.
    Igor Konashenkov said"; data/furniture.json title_abbreviations). Runs before the parser."""
    from .furniture import title_abbreviations as titles

    words = titles()
    for tok in doc[:-1]:
        if not tok.text.endswith(".") or "\n" in tok.whitespace_:
            continue
        word = tok.lower_.rstrip(".")
        if not word and tok.i > 0 and not doc[tok.i - 1].whitespace_:
            word = doc[tok.i - 1].lower_  # "Maj" "." split by the tokenizer
        nxt = doc[tok.i + 1]
        if word in words and (nxt.is_title or nxt.is_upper):
            nxt.is_sent_start = False
    return doc


HEADLINE_TOKENS = 30  # a line up to this long without a full stop is a display line


def _keep_line_whole(doc: Doc, start: int, end: int) -> None:
    """Mark a short line without a closing full stop as one sentence (no start inside it)."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or len(words) > HEADLINE_TOKENS or words[-1].text in (".", "!", "?", '"', "”", "'", "’", ":"):
        return
    for tok in words[1:]:
        tok.is_sent_start = False


NAME_TYPES = {"GPE", "LOC", "NORP", "PERSON", "FAC"}  # entities whose words stay names ("Homs" is not "hom")
HEADLINE_SHARE = 0.6  # share of capitalised words above which a sentence is set in title case


@Language.factory("headline_lemmas", requires=["token.lemma", "token.pos", "token.ent_type"], assigns=["token.lemma"])
def make_headline_lemmas(nlp: Language, name: str):
    """Lemmas for common words a headline capitalises ("Airstrikes Kill 26" -> airstrike, kill).

    The tagger reads most capitalised words of a title-case headline as proper nouns, which
    the lemmatizer leaves as they are; every rule keyed on lemmas then misses them. Runs after
    the entity recognizer (names stay names) and re-reads such words with the lemmatizer's
    own noun and verb tables (and the event lexicon's words, which the tables lack:
    "airstrike").
    """
    return HeadlineLemmas(nlp)


class HeadlineLemmas:
    """The ``headline_lemmas`` component (see :func:`make_headline_lemmas`)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._tables = None
        self._extra: frozenset[str] = frozenset()

    def _load(self):
        from . import lexicon

        lookups = self.nlp.get_pipe("lemmatizer").lookups
        self._tables = {
            pos: (
                lookups.get_table("lemma_index", {}).get(pos, {}),
                lookups.get_table("lemma_exc", {}).get(pos, {}),
                lookups.get_table("lemma_rules", {}).get(pos, []),
            )
            for pos in ("noun", "verb")
        }
        self._extra = lexicon.event_words()

    def common_lemma(self, word: str, verb_first: bool = False) -> str | None:
        """The noun or verb lemma of a lower-case word, if it is a known common word."""
        order = ("verb", "noun") if verb_first else ("noun", "verb")
        for index, exceptions, rules in (self._tables[pos] for pos in order):
            if word in exceptions:
                return exceptions[word][0]
            if word in index or word in self._extra:
                return word
            for old, new in rules:
                if word.endswith(old):
                    form = word[: len(word) - len(old)] + new
                    if form and (form in index or form in self._extra):
                        return form
        return None

    def __call__(self, doc: Doc) -> Doc:
        if self._tables is None:
            self._load()
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha and len(t) > 3]
            if len(words) < 3 or sum(t.is_title or t.is_upper for t in words) < HEADLINE_SHARE * len(words):
                continue
            for tok in sent:
                if tok.pos_ == "PROPN" and tok.is_title and tok.lemma_ == tok.text and tok.ent_type_ not in NAME_TYPES:
                    # the clause's head is its verb: "Bombing Leaves 20 Dead" (leave, not leaf)
                    lemma = self.common_lemma(tok.lower_, verb_first=tok.dep_ == "ROOT")
                    if lemma:
                        tok.lemma_ = lemma
        return doc
