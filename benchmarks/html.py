"""Benchmark: article body extraction from raw HTML (the scrapinghub article-extraction data).

Usage: python benchmarks/html.py --data ../shared/benchmarks/html

Reads ``pages/<id>.html.gz`` and ``ground-truth.json`` (``articleBody`` per id), extracts
the body with :func:`counterclaim.ingest.extract_html` and scores token-level precision,
recall and F1 per page (bag of words, as the scrapinghub benchmark does), averaged.
Prints a table, then one JSON object of metrics as the last line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import _common  # noqa: F401  (puts the repository's src on sys.path)
from _common import finish, skip, tokens

# this script's folder is first on sys.path and its name shadows the standard library's
# "html" module, which trafilatura imports: take the folder off the path again
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    if not p and not g:
        return 1.0, 1.0, 1.0
    common = sum((p & g).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="folder with pages/ and ground-truth.json")
    ap.add_argument("--show-worst", type=int, default=5)
    args = ap.parse_args()
    root = Path(args.data)
    truth_path = root / "ground-truth.json"
    if not truth_path.exists():
        skip(f"{truth_path} not found (the shared benchmarks folder is absent)")
    from counterclaim.ingest import clean_text, extract_html

    truth = json.loads(truth_path.read_text("utf-8"))
    rows = []
    t0 = time.perf_counter()
    for page_id, gold in sorted(truth.items()):
        path = root / "pages" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes())
        try:
            text = clean_text(extract_html(html, url=gold.get("url"))["text"])  # what ingest stores
        except Exception as e:  # one bad page must not stop the benchmark
            print(f"error on {page_id}: {e}")
            text = ""
        rows.append((page_id, *prf(text, gold.get("articleBody", ""))))
    seconds = time.perf_counter() - t0
    if not rows:
        skip("no pages found")
    n = len(rows)
    p = sum(r[1] for r in rows) / n
    r_ = sum(r[2] for r in rows) / n
    f = sum(r[3] for r in rows) / n
    print(f"{'pages':<12}{n}")
    print(f"{'precision':<12}{p:.4f}\n{'recall':<12}{r_:.4f}\n{'F1':<12}{f:.4f}\n{'pages/s':<12}{n / seconds:.1f}")
    print("worst pages:")
    for row in sorted(rows, key=lambda r: r[3])[: args.show_worst]:
        print(f"  {row[0][:16]}  p={row[1]:.2f} r={row[2]:.2f} f1={row[3]:.2f}")
    finish({"body_precision": p, "body_recall": r_, "body_f1": f, "pages": n, "pages_per_s": n / seconds})


if __name__ == "__main__":
    main()
