"""Errors of counterclaim.

    CounterclaimError            anything counterclaim raises on purpose
     ├── InputError              a source that cannot be read as an article
     │    ├── UnsupportedSourceError   unknown format, binary, too large
     │    └── ArticleParseError        empty, malformed, no body found
     ├── DataError               a bad row in a shipped or user data file
     └── LedgerError             the database cannot be opened or written

Messages carry a stable code in brackets, e.g. ``[C101] empty file``, so that scripts
and people can search for them.
"""


class CounterclaimError(Exception):
    """Base class: a problem counterclaim can explain to its user."""


class InputError(CounterclaimError):
    """A source that cannot be turned into an article."""


class UnsupportedSourceError(InputError):
    """Unknown format, binary content, or a file beyond the size limit."""


class ArticleParseError(InputError):
    """Empty, malformed, or without an article body."""


class DataError(CounterclaimError):
    """A bad row in a data file (lexicon, gazetteer)."""


class LedgerError(CounterclaimError):
    """The ledger cannot be opened or written."""
