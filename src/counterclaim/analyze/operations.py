"""Named military operations ("Operation Olive Branch", "Euphrates Shield"): who ran them,
where, and from when to when (data/operations.jsonl).

A statement about an operation is about its party's acts in its area over its days: "Not a
single civilian has been harmed in Operation Olive Branch", said by Ankara, denies that
Turkey killed civilians around Afrin since 20 January 2018.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..errors import DataError
from ..records import DateSpan, Place
from . import lexicon
from .doccache import cached, doc_text

OPERATION_WORDS = ("operation", "operations", "offensive", "campaign")  # the words that tell a name is an operation's
NAMED_WITHIN = 40  # characters between the word "operation" and the name ("the operation, dubbed 'Olive Branch'")


@dataclass(frozen=True)
class Operation:
    """One named operation of the data file."""

    key: str
    names: tuple[str, ...]
    bare: bool  # the name alone names it, without the word "operation"
    actor: str  # the actor lexicon's key of the party that ran it
    place: str | None  # its area, as the gazetteer names it (None: the whole theatre)
    level: str | None  # the feature level of its area ("province")
    start: date
    end: date | None  # None: not over, or no agreed end

    def days(self, until: date | None) -> DateSpan | None:
        """Its days up to ``until`` (the day a statement about it was made)."""
        if until is None or until < self.start:
            return None
        last = min(until, self.end) if self.end else until
        return DateSpan(self.start, last, self.names[0])

    def area(self) -> Place | None:
        """Its area, resolved in the gazetteer."""
        if self.place is None:
            return None
        from .places import Gazetteer

        return Gazetteer.default().resolve(self.place, level_hint=self.level)


@dataclass(frozen=True)
class OperationMention:
    """An operation named in a text, with its character offsets."""

    operation: Operation
    start: int
    end: int


@lru_cache(maxsize=1)
def operations() -> tuple[Operation, ...]:
    """The operations of the data file (cached)."""
    out = []
    for i, row in enumerate(lexicon.data_rows("operations.jsonl"), start=1):
        try:
            out.append(Operation(
                row["key"], tuple(row["names"]), bool(row["bare"]), row["actor"], row.get("place"), row.get("level"),
                date.fromisoformat(row["start"]), date.fromisoformat(row["end"]) if row.get("end") else None,
            ))
        except (KeyError, ValueError) as e:
            raise DataError(f"[C303] operations.jsonl row {i}: {e}") from None
    return tuple(out)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted({n for op in operations() for n in op.names}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Operation]:
    return {n: op for op in operations() for n in op.names}


_TOLD_BEFORE = re.compile(r"\b(?:" + "|".join(OPERATION_WORDS) + r")\b[^.;]*$", re.IGNORECASE)
_TOLD_AFTER = re.compile(r"^[\"'”’»\s]*(?:" + "|".join(OPERATION_WORDS) + r")\b", re.IGNORECASE)


def _told_as_operation(text: str, start: int, end: int) -> bool:
    """The word "operation" (or "offensive", "campaign") is told with the name: before it
    ("Operation Olive Branch", "the operation dubbed 'Olive Branch'") or after it ("the Olive
    Branch offensive")."""
    return bool(_TOLD_BEFORE.search(text[max(0, start - NAMED_WITHIN) : start]) or _TOLD_AFTER.match(text[end : end + 20]))


def _operations_of(doc: Doc) -> tuple[OperationMention, ...]:
    text = doc_text(doc)
    found = []
    for m in _pattern().finditer(text):
        op = _by_name()[m.group(1)]
        if op.bare or _told_as_operation(text, m.start(), m.end()):
            found.append(OperationMention(op, m.start(), m.end()))
    return tuple(found)


def find_operations(span: Span | Doc) -> list[OperationMention]:
    """The named operations told in a span (or a whole Doc), in text order."""
    doc = span if isinstance(span, Doc) else span.doc
    found = cached(doc, "operations", lambda: _operations_of(doc))
    if isinstance(span, Doc):
        return list(found)
    lo, hi = span.start_char, span.end_char
    return [m for m in found if lo <= m.start and m.end <= hi]
