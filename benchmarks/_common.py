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


# Syrian governorates: spellings (FA-KES, GeoNames and project admin1 names) -> one key (FA-KES's)
GOVERNORATES = {
    "aleppo": "aleppo", "halab": "aleppo",
    "damascus": "damascus", "dimashq": "damascus", "rif dimashq": "damascus", "rif-dimashq": "damascus",
    "damascus countryside": "damascus", "rural damascus": "damascus", "reef dimashq": "damascus",
    "idlib": "idlib", "idleb": "idlib",
    "deir ez-zor": "deir ezzor", "deir ezzor": "deir ezzor", "dayr az zawr": "deir ezzor", "deir ez zor": "deir ezzor",
    "deir al-zor": "deir ezzor", "deir el-zor": "deir ezzor", "dayr az-zawr": "deir ezzor", "deir al-zour": "deir ezzor",
    "ar-raqqah": "raqqa", "raqqa": "raqqa", "ar raqqah": "raqqa", "al-raqqah": "raqqa", "raqqah": "raqqa", "ar-raqqa": "raqqa",
    "homs": "homs", "hims": "homs",
    "al-hasakah": "hasakeh", "hasakeh": "hasakeh", "al hasakah": "hasakeh", "hasaka": "hasakeh", "al-hasakeh": "hasakeh", "hasakah": "hasakeh",
    "latakia": "lattakia", "lattakia": "lattakia", "al-ladhiqiyah": "lattakia", "al ladhiqiyah": "lattakia", "latakia governorate": "lattakia",
    "hama": "hama", "hamah": "hama",
    "daraa": "daraa", "dar'a": "daraa", "deraa": "daraa", "dara": "daraa",
    "quneitra": "quneitra", "al-qunaytirah": "quneitra", "al qunaytirah": "quneitra", "qunaytirah": "quneitra",
    "tartus": "tartus", "tartous": "tartus", "as-suwayda": "suwayda", "suwayda": "suwayda", "as suwayda": "suwayda",
    "sweida": "suwayda", "suwaida": "suwayda", "al-suwayda": "suwayda",
}


def governorate_key(name: str | None) -> str | None:
    """The governorate key of a name ("Rif Dimashq" -> "damascus"), or None."""
    import unicodedata

    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower().strip()
    for suffix in (" governorate", " province", " muhafazah", " countryside"):
        s = s.removesuffix(suffix)
    return GOVERNORATES.get(s) or GOVERNORATES.get(s.replace("-", " "))


def fakes_articles(path):
    """The FA-KES articles of a CSV as counterclaim Articles (title and text only, no date)."""
    import csv

    from counterclaim.ingest import make_article

    csv.field_size_limit(sys.maxsize)
    rows = list(csv.DictReader(Path(path).open(encoding="utf-8")))
    articles = [
        make_article(f"{r['article_title'].strip()}\n\n{r['article_content'].strip()}", title=r["article_title"], clean=False, source=r["unit_id"])
        for r in rows
    ]
    return rows, articles
