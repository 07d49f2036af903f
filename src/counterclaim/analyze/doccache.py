"""What the analyzer reads many times from one spaCy Doc, built once and kept with it.

spaCy's ``Doc.text`` joins every token's text anew on each call, and a paragraph's bounds or
quotations are found by walking its tokens; the analyzer asks for these thousands of times
per article (FA-KES articles are often one paragraph), so each is built on the first call
and kept in the Doc's ``user_data``. The Doc must not be retokenised afterwards.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


def cached(doc: Doc, key: str, build: Callable[[], T]) -> T:
    """The value kept with doc under key, built by build() on the first call."""
    store = doc.user_data
    name = "counterclaim." + key
    if name not in store:
        store[name] = build()
    return store[name]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    return cached(doc, "text", lambda: doc.text)
