"""Benchmark: whole-pipeline speed and memory, against spaCy's own parse speed.

Usage: python benchmarks/throughput.py --data ../shared/benchmarks/fakes/dev.csv [--repeat N]

Builds a corpus from the FA-KES articles (title and text), then times
1. spaCy alone (``nlp.pipe`` over the texts: the ceiling), and
2. the whole analyzer (``analyze_many``: parse, time expressions, places, incidents,
   claims), both after loading the model once and warming up on a few articles.
Reports articles/s, words/s, peak resident memory and the ratio of the analyzer's speed
to spaCy's. Prints a table, then one JSON object of metrics as the last line.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import _common  # noqa: F401  (puts the repository's src on sys.path)
from _common import fakes_articles, finish, skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="FA-KES CSV (dev.csv) to build the corpus from")
    ap.add_argument("--repeat", type=int, default=1, help="times to go through the corpus")
    args = ap.parse_args()
    path = Path(args.data)
    if not path.exists():
        skip(f"{path} not found (the shared benchmarks folder is absent)")
    from counterclaim.analyze import analyze_many, get_nlp
    from counterclaim.analyze.places import Gazetteer

    rows, corpus = fakes_articles(path)
    articles = corpus * args.repeat
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    nlp = get_nlp()
    Gazetteer.default()
    load_s = time.perf_counter() - t0
    list(analyze_many(articles[:4], nlp=nlp))  # warm-up

    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=16):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    found = sum(len(an.reports) + len(an.claims) for _, an in analyze_many(articles, nlp=nlp))
    full_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    metrics = {
        "articles": len(articles),
        "words": words,
        "articles_per_s": len(articles) / full_s,
        "words_per_s": words / full_s,
        "spacy_articles_per_s": len(articles) / spacy_s,
        "ratio_to_spacy_parse": spacy_s / full_s,
        "peak_rss_mb": peak_mb,
        "load_s": load_s,
        "items_found": found,
    }
    print(f"{'':<24}{'articles/s':>12}{'words/s':>12}")
    print(f"{'spaCy parse only':<24}{len(articles) / spacy_s:>12.1f}{words / spacy_s:>12.0f}")
    print(f"{'whole analyzer':<24}{len(articles) / full_s:>12.1f}{words / full_s:>12.0f}")
    print(f"analyzer speed / spaCy speed: {spacy_s / full_s:.2f}; peak RSS {peak_mb:.0f} MB; model+gazetteer load {load_s:.1f} s")
    finish(metrics)


if __name__ == "__main__":
    main()
