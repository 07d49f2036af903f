"""Shared bits of the benchmark scripts: import path, skipping, the final JSON line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import counterclaim  # noqa: F401
except ImportError:  # a fresh clone without an install
    sys.path.insert(0, str(ROOT / "src"))


def skip(reason: str) -> None:
    """Exit cleanly when the benchmark data is absent (the contract: exit 0, JSON last)."""
    print(f"skipped: {reason}")
    print(json.dumps({"skipped": reason}))
    raise SystemExit(0)


def finish(metrics: dict) -> None:
    """Print the metrics as the last line, one JSON object."""
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in metrics.items()}))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, as the overlap measures use them."""
    import re

    return re.findall(r"\w+", (text or "").lower())
