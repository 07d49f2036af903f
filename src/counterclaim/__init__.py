"""counterclaim: check what officials say about a war against what is reported on the ground.

    from counterclaim import analyze, Ledger, read_sources
    result = analyze(text, published=date(2016, 11, 16))
"""

import logging

from .analyze import analyze, analyze_many
from .check import CheckOptions, check_claim
from .errors import CounterclaimError
from .fuse import fuse
from .ingest import read_sources
from .ledger import Ledger

__all__ = ["analyze", "analyze_many", "read_sources", "Ledger", "fuse", "check_claim", "CheckOptions", "CounterclaimError"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
