"""Page furniture inside running text: a keyword list or a photo caption a flattened page ran into the article.

A scraped page whose lines were joined keeps its "Tags Syria Idlib airstrike Russian Homs"
list between the standfirst and the body, with nothing to say where the list ends: "...a
monitoring group said Tags Syria Homs Islamic State At least 18 civilians were killed".
The places, parties and event words of the list are topics, not what the sentence tells
(a strike in Homs, Turkish jets). :func:`keyword_runs` finds such lists so that the reader
leaves them out; :func:`photo_captions` does the same for a caption followed by its credit
("Smoke rises after an airstrike in Dael September 5 2016. (TRT World and Agencies)"),
which describes a picture, often of another day or place. The words are data
(``data/furniture.json``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from . import lexicon
from .doccache import cached, doc_text
from .lexicon import DATA
from .timex import FILED_FROM_CITY, SLASHED_AGENCY, WIRE_AGENCY, find_dateline

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
OPENER_TAGS = {"DT", "CD", "PDT"}  # "The", "A", "Three", "Fourteen": words a sentence opens with
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
MAX_RUN = 40  # tokens a keyword list runs before its sentence's first verb, at most


@lru_cache(maxsize=1)
def _words() -> dict:
    return json.loads((DATA / "furniture.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """Ranks and titles written with a dot before a name ("Maj.", "Gen.", "Dr."), lower case, no dot."""
    return frozenset(_words()["title_abbreviations"])


@lru_cache(maxsize=1)
def acronym_norms() -> dict[str, str]:
    """Acronyms spelling an English word ("IS") and the norm the model is shown for them."""
    return dict(_words()["acronym_norms"])


@lru_cache(maxsize=1)
def _label_openers() -> frozenset[str]:
    return frozenset(label.split()[0] for label in _words()["keyword_labels"])


def _label_at(doc: Doc, i: int) -> int:
    """The number of tokens of a keyword label starting at token i ("Tags", "Filed under"), or 0."""
    if doc[i].lower_ not in _label_openers():
        return 0  # (every token is asked: most are not the first word of any label)
    for label in _words()["keyword_labels"]:
        words = label.split()
        toks = doc[i : i + len(words)]
        if len(toks) == len(words) and toks[0].is_title and [t.lower_ for t in toks] == words:
            return len(words)
    return 0


def _is_opener(doc: Doc, tok: Token) -> bool:
    """A capitalised word a sentence opens with: a determiner or number ("The", "Three"), a
    vague quantity ("Dozens"), or a qualifier ("At least", "More than")."""
    if not tok.is_title:
        return False
    if tok.tag_ in OPENER_TAGS or tok.like_num:
        return True
    words = _words()
    if tok.lower_ in words["quantity_openers"]:
        return True
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return f"{tok.lower_} {nxt}" in words["qualifier_openers"]


def _subject_start(doc: Doc, verb: Token, floor: int) -> int | None:
    """Where the subject of the body's first verb begins, without the keywords before it.

    From the subject's head leftwards over its own modifiers while they are common words,
    adjectives ("British scientists", "Syrian rebels") or parts of a hyphenated word
    ("Anti-government activists"); a capitalised noun before them is a keyword.
    """
    head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.i <= floor:
        return None
    # a keyword the parser took for the subject, with the real one as its apposition:
    # "Tags Idlib Russia Syria Anti-government activists say"
    while (appos := next((c for c in subject.children if c.dep_ == "appos" and c.i < verb.i), None)) is not None:
        subject = appos
    inside = {t.i for t in subject.subtree}
    start = subject.i
    while start - 1 > floor and start - 1 in inside:
        prev = doc[start - 1]
        hyphened = not prev.whitespace_ or prev.text == "-"
        if not (prev.is_lower or prev.tag_ == "JJ" or hyphened):
            break
        start -= 1
    return start


def _body_start(doc: Doc, first: int) -> int | None:
    """The token where the text after a keyword list starting at ``first`` resumes, or None."""
    window, stop = [], None  # stop: where the list ends at the latest (a full stop, a line break)
    for tok in doc[first : first + MAX_RUN]:
        if "\n" in tok.text:  # (the parser's own breaks inside a keyword list mean nothing)
            stop = tok.i
            break
        if tok.text in (".", "!", "?"):
            stop = tok.i + 1
            break
        window.append(tok)
    # the sentence's verb: lower case, finite, and surely a verb (a past tense, a modal, an
    # auxiliary or a verb of saying: "activists say"), since a keyword like "deaths" or
    # "airstrikes" may be tagged a present tense
    verbs = [t for t in window if t.tag_ in FINITE_TAGS and t.is_lower]
    if not verbs:
        return stop  # nothing but keywords up to the full stop
    cues = lexicon.load().cues
    sure = next((t for t in verbs if t.tag_ in ("VBD", "MD") or t.dep_ in ("aux", "auxpass") or t.lemma_ in cues), None)
    bound = sure.i if sure is not None else window[-1].i + 1
    opener = next((t for t in window if first < t.i < bound and _is_opener(doc, t)), None)
    if opener is not None:
        return opener.i
    return _subject_start(doc, sure, first) if sure is not None else None


_FILED_FROM = re.compile(rf"{FILED_FROM_CITY}(?:,|\s[-–—]+)")  # "Moscow,", "BEIRUT/ISTANBUL,", "Beirut -"
_FILED_AT = re.compile(r",?\s*\d{1,2}[:.]\d{2}\b(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC))?")  # the hour it was filed
_AGENCY_TAIL = re.compile(rf"\s*(?:{WIRE_AGENCY}|\.\s*{SLASHED_AGENCY})?\s*[-–—:]")  # "(Sputnik) -", ". /TASS/."


def leading_dateline(text: str, dateline: tuple | None) -> tuple[int, int] | None:
    """The character range of a dateline (``find_dateline``'s (date, start, end)) that opens a
    line near the top ("Date of publication 13 April 2017", "Posted on August 3 2016"), its
    label included; None when words other than such a label stand before the date on its
    line (it is then part of a sentence)."""
    if not dateline:
        return None
    _, start, end = dateline
    line_start = text.rfind("\n", 0, start) + 1
    raw = " ".join(text[line_start:start].split())
    head = raw.lower().rstrip(":")
    if head == "" or head in _words()["dateline_labels"]:
        return line_start, end
    for label in _words()["dateline_labels"]:
        # "<title> Published time: 20 Jan 2016 11:42 The ministry said": a title and the dateline
        # run onto one line (a flattened page); the label, with its colon, opens the dateline
        words = r"\s+".join(map(re.escape, label.split()))
        told = re.search(r"(?<!\S)" + words + r"\s*:\s*$", text[line_start:start], re.IGNORECASE)
        # or the label set in capitals without its colon: "<title> Published August 22 2017 Air strikes ..."
        told = told or re.search(r"(?<!\S)(?=[A-Z])(?i:" + words + r")\s+$", text[line_start:start])
        if told:
            clock = _FILED_AT.match(text, end)  # "20 Jan 2016 11:42"
            return line_start + told.start(), clock.end() if clock else end
    if _FILED_FROM.fullmatch(raw):
        # "Moscow, October 2 2016 (Sputnik) -", "Beirut - June 25 2017": the city it was filed
        # from, the agency and the dash
        clock = _FILED_AT.match(text, end)  # "June 25 2017, 13:58"
        end = clock.end() if clock else end
        tail = _AGENCY_TAIL.match(text, end)
        return line_start, tail.end() if tail else end
    return None


def opening_dateline(doc: Doc) -> tuple[tuple, tuple[int, int] | None]:
    """The text's dateline (``find_dateline``'s (date, start, end), () when there is none) and,
    when it opens a line near the top, its character range (:func:`leading_dateline`); looked
    for once per Doc (the sentence splitter and the article's reader both ask)."""

    def find() -> tuple[tuple, tuple[int, int] | None]:
        text = doc_text(doc)
        found = find_dateline(text) or ()
        return found, leading_dateline(text, found)

    return cached(doc, "dateline", find)


def keyword_runs(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of keyword lists run into the text: from the label to the body.

    The list ends at a full stop, or where the sentence after it begins: its first opening
    word ("At least 18 civilians", "The group"), else the subject of its first verb. When
    neither is found the label is left alone: a real sentence is never cut.
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        n = _label_at(doc, i)
        if not n or i + n >= len(doc) or not (doc[i + n].is_title or doc[i + n].is_upper or doc[i + n].text == ":"):
            i += 1
            continue
        first = i + n + (doc[i + n].text == ":")
        body = _body_start(doc, first)
        if body is None or body <= first:
            i += 1
            continue
        end = doc[body].idx if body < len(doc) else len(doc_text(doc))
        runs.append((doc[i].idx, end))
        i = body
    return runs


MAX_CREDIT = 6  # tokens inside a credit's brackets, at most


def photo_captions(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of photo captions: a sentence ended by a full stop and followed at
    once by a credit in brackets made only of credit words ("(AFP)", "(Reuters Photo)",
    "(TRT World and Agencies)"), the credit included. A credit that ends the text, or one
    with other words ("(With AFP and Reuters)"), closes an article, not a caption."""
    credit = set(_words()["credit_words"])
    spans: list[tuple[int, int]] = []
    for tok in doc:
        if tok.text != "(" or tok.i == 0 or doc[tok.i - 1].text != ".":
            continue
        close = next((t.i for t in doc[tok.i + 1 : tok.i + 2 + MAX_CREDIT] if t.text == ")"), None)
        if close is None or close == tok.i + 1 or close + 1 >= len(doc) or not doc[close + 1 :].text.strip():
            continue
        if not all(t.lower_ in credit for t in doc[tok.i + 1 : close]):
            continue
        caption = doc[tok.i - 1].sent
        spans.append((caption.start_char, doc[close].idx + 1))
    return spans
