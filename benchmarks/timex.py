"""Benchmark: time expressions (TimeML TIMEX3) found and resolved against the document date.

Usage (from the repository root)::

    python benchmarks/timex.py --data ../shared/benchmarks/timeml [--show-errors N]

Reads every ``*.tml`` file below ``--data``: the document creation date from
``<DCT><TIMEX3 value=...>``, the plain text of ``<TEXT>`` (inner tags stripped) and the gold
``<TIMEX3>`` elements inside it. Runs :func:`counterclaim.analyze.timex.find_timexes` on
that text and scores, TempEval-3 style:

* extraction, strict (identical character span) and relaxed (any overlap, one-to-one);
* ``type_acc`` and ``value_acc`` over the relaxed-matched pairs;
* ``value_f1``: a pair counts when matched and its value is equal (p over system, r over gold).

Prints a table, then, as the last line, one JSON object of metrics. Exits 0 with
``{"skipped": ...}`` when the data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

try:
    from counterclaim.analyze.timex import find_timexes
except ImportError:  # running from a fresh clone without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from counterclaim.analyze.timex import find_timexes


@dataclass
class Gold:
    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass
class Doc:
    name: str
    dct: date | None
    text: str
    gold: list[Gold]


def _parse_date(value: str) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_doc(path: Path) -> Doc:
    """Parse one TimeML file into plain text with gold TIMEX3 offsets."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = _parse_date(dct_el.get("value", "")) if dct_el is not None else None
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[Gold] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el is not text_el:
            gold.append(Gold(start, pos, "", el.get("type", ""), el.get("value", "")))

    if text_el is not None:
        walk(text_el)
    text = "".join(parts)
    for g in gold:
        g.text = text[g.start : g.end]
    gold.sort(key=lambda g: g.start)
    return Doc(path.name, dct, text, gold)


def _norm_value(value: str) -> str:
    """Canonical spelling only: ISO week numbers zero-padded ("2000-W7" == "2000-W07")."""
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value.strip())


def match_relaxed(gold: list, system: list) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans, biggest overlap first."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                cands.append((-overlap, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/benchmarks/timeml", help="folder of *.tml files")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N errors of each kind")
    args = ap.parse_args(argv)

    data = Path(args.data)
    if not data.exists():
        msg = f"data path {data} does not exist"
        print(f"timex benchmark skipped: {msg}")
        print(json.dumps({"skipped": msg}))
        return 0
    files = sorted(data.rglob("*.tml")) if data.is_dir() else [data]
    if not files:
        msg = f"no *.tml files below {data}"
        print(f"timex benchmark skipped: {msg}")
        print(json.dumps({"skipped": msg}))
        return 0

    docs = [read_doc(f) for f in files]
    n_gold = n_sys = strict_tp = relaxed_tp = type_ok = value_ok = 0
    missed, spurious, wrong_value, wrong_extent = [], [], [], []
    seconds = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        system = find_timexes(doc.text, doc.dct)
        seconds += time.perf_counter() - t0
        n_gold += len(doc.gold)
        n_sys += len(system)
        gold_spans = {(g.start, g.end) for g in doc.gold}
        strict_tp += sum((s.start, s.end) in gold_spans for s in system)
        pairs = match_relaxed(doc.gold, system)
        relaxed_tp += len(pairs)
        for i, j in pairs:
            g, s = doc.gold[i], system[j]
            type_ok += g.kind == s.kind
            same = _norm_value(g.value) == _norm_value(s.value)
            value_ok += same
            ctx = doc.text[max(0, min(g.start, s.start) - 40) : max(g.end, s.end) + 30].replace("\n", " ")
            if not same:
                wrong_value.append(f"{doc.name} dct={doc.dct} gold {g.text!r} {g.kind} {g.value} | sys {s.text!r} {s.kind} {s.value} | …{ctx}…")
            elif (g.start, g.end) != (s.start, s.end):
                wrong_extent.append(f"{doc.name} gold {g.text!r} | sys {s.text!r} | …{ctx}…")
        matched_g = {i for i, _ in pairs}
        matched_s = {j for _, j in pairs}
        for i, g in enumerate(doc.gold):
            if i not in matched_g:
                ctx = doc.text[max(0, g.start - 50) : g.end + 40].replace("\n", " ")
                missed.append(f"{doc.name} {g.text!r} {g.kind} {g.value} | …{ctx}…")
        for j, s in enumerate(system):
            if j not in matched_s:
                ctx = doc.text[max(0, s.start - 50) : s.end + 40].replace("\n", " ")
                spurious.append(f"{doc.name} {s.text!r} {s.kind} {s.value} | …{ctx}…")

    ps, rs, fs = _prf(strict_tp, n_sys, n_gold)
    pr, rr, fr = _prf(relaxed_tp, n_sys, n_gold)
    pv, rv, fv = _prf(value_ok, n_sys, n_gold)
    metrics = {
        "extract_p_strict": round(ps, 4),
        "extract_r_strict": round(rs, 4),
        "extract_f1_strict": round(fs, 4),
        "extract_p_relaxed": round(pr, 4),
        "extract_r_relaxed": round(rr, 4),
        "extract_f1_relaxed": round(fr, 4),
        "type_acc": round(type_ok / relaxed_tp, 4) if relaxed_tp else 0.0,
        "value_acc": round(value_ok / relaxed_tp, 4) if relaxed_tp else 0.0,
        "value_f1": round(fv, 4),
        "documents": len(docs),
        "gold": n_gold,
        "system": n_sys,
        "seconds": round(seconds, 3),
    }

    if args.show_errors:
        n = args.show_errors
        for title, rows in (
            ("missed (gold, no overlap)", missed),
            ("spurious (system, no overlap)", spurious),
            ("wrong value", wrong_value),
            ("right value, other extent", wrong_extent),
        ):
            print(f"\n== {title}: {len(rows)}")
            for row in rows[:n]:
                print("  " + row)
        print()

    print(f"timex benchmark: {len(docs)} documents, {n_gold} gold, {n_sys} system, {seconds:.2f}s")
    print(f"{'':10} {'precision':>10} {'recall':>10} {'f1':>10}")
    print(f"{'strict':10} {ps:10.3f} {rs:10.3f} {fs:10.3f}")
    print(f"{'relaxed':10} {pr:10.3f} {rr:10.3f} {fr:10.3f}")
    print(f"{'value':10} {pv:10.3f} {rv:10.3f} {fv:10.3f}")
    print(f"type_acc {metrics['type_acc']:.3f}   value_acc {metrics['value_acc']:.3f}  (on relaxed matches)")
    print(json.dumps(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
