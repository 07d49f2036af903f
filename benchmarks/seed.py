"""Benchmark: the reference article end to end, against the project's gold schema.

Usage: python benchmarks/seed.py --data ../shared/benchmarks/seed/gold.json

For each gold document (one object, or a list of them): ingest the text file through the
real pipeline into a temporary SQLite ledger, fuse, check, then score
- body_keep / body_drop: text that must survive cleaning / boilerplate that must not;
- incident precision/recall/F1: a system incident matches a gold one when dates overlap and
  places agree (same place, one inside the other, or within 25 km), one-to-one, preferring
  the same event type; field accuracies on matched pairs;
- claim precision/recall/F1: quotes overlap by at least half the tokens of each;
  stance/actor/window accuracies on matched pairs;
- verdict_accuracy: share of gold claims whose matched claim has the gold verdict.
Prints tables, then one JSON object of metrics as the last line.
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

import _common  # noqa: F401  (puts the repository's src on sys.path)
from _common import finish, skip, tokens


def _span(d) -> tuple[date, date] | None:
    if d is None:
        return None
    if isinstance(d, str):
        x = date.fromisoformat(d)
        return x, x
    return date.fromisoformat(d["from"]), date.fromisoformat(d["to"])


def _km(a_lat, a_lon, b_lat, b_lon) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a_lat, a_lon, b_lat, b_lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))


def place_agrees(gold: dict, place: dict | None) -> bool:
    """Same place, one inside the other, or within 25 km."""
    if not place:
        return False
    names = {(place.get(k) or "").lower() for k in ("name", "resolved", "parent", "admin1")}
    gname = (gold.get("name") or "").lower()
    if gname and any(gname == n or (n and (gname in n.split() or n.startswith(gname))) for n in names):
        return True
    if gold.get("lat") is not None and place.get("lat") is not None:
        return _km(gold["lat"], gold["lon"], place["lat"], place["lon"]) <= 25
    return False


def overlap_ok(a: str, b: str) -> bool:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    return bool(ta and tb) and common >= 0.5 * sum(ta.values()) and common >= 0.5 * sum(tb.values())


def match(gold: list, system: list, ok, prefer) -> list[tuple[int, int]]:
    """One-to-one greedy matching: gold order, best-preferred candidate first."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        cands = [(prefer(g, s), si) for si, s in enumerate(system) if si not in used and ok(g, s)]
        if cands:
            si = max(cands)[1]
            used.add(si)
            pairs.append((gi, si))
    return pairs


def prf(n_match: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = n_match / n_sys if n_sys else 0.0
    r = n_match / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="gold.json in the project's gold schema")
    args = ap.parse_args()
    gold_path = Path(args.data)
    if not gold_path.exists():
        skip(f"{gold_path} not found (the shared benchmarks folder is absent)")
    from counterclaim.ledger import Ledger
    from counterclaim.pipeline import check_ledger, incidents, ingest_into
    from counterclaim.present.views import check_view, incident_view

    docs = json.loads(gold_path.read_text("utf-8"))
    docs = docs if isinstance(docs, list) else [docs]
    keep = drop = keep_n = drop_n = 0
    inc_match = inc_sys = inc_gold = 0
    cl_match = cl_sys = cl_gold = 0
    fields: dict[str, list[bool]] = {}
    verdict_ok = 0
    anchor_ok = True
    t0 = time.perf_counter()
    for doc in docs:
        text_path = (gold_path.parent / doc["text_path"]).resolve()
        with tempfile.TemporaryDirectory() as tmp:
            ledger = Ledger(Path(tmp) / "seed.db")
            summary = ingest_into(ledger, [str(text_path)])
            if summary.skipped:
                print(f"skipped {text_path}: {summary.skipped[0].reason}")
            article = ledger.article(summary.added[0]) if summary.added else None
            body = article.text if article else ""
            sys_incidents = [incident_view(i) for i in incidents(ledger)]
            sys_claims = [check_view(cid, chk) for cid, chk in check_ledger(ledger)]
            ledger.close()
        for s in doc.get("body_keep", []):
            keep_n += 1
            keep += s in body
        for s in doc.get("body_drop", []):
            drop_n += 1
            drop += s not in body

        gold_inc = doc.get("incidents", [])

        def inc_ok(g, s):
            gs, ss = _span(g.get("date")), s["date"]
            if gs is None or ss is None:
                return False
            if date.fromisoformat(ss["from"]) > gs[1] or date.fromisoformat(ss["to"]) < gs[0]:
                return False
            return place_agrees(g["location"], s["place_detail"])

        def inc_prefer(g, s):
            return (g["event_type"] == s["event_type"], set(g.get("perpetrators") or []) == set(s["perpetrators"]))

        pairs = match(gold_inc, sys_incidents, inc_ok, inc_prefer)
        inc_match += len(pairs)
        inc_sys += len(sys_incidents)
        inc_gold += len(gold_inc)
        print(f"\n{doc.get('doc_id')}: incidents {len(pairs)}/{len(gold_inc)} gold matched, {len(sys_incidents)} system")
        matched_sys = {si for _, si in pairs}
        for gi, si in pairs:
            g, s = gold_inc[gi], sys_incidents[si]
            fields.setdefault("incident_event_type", []).append(g["event_type"] == s["event_type"])
            fields.setdefault("incident_perpetrators", []).append(set(g.get("perpetrators") or []) == set(s["perpetrators"]))
            fields.setdefault("incident_attribution", []).append(g.get("attribution") == s["attribution"])
            if g.get("killed") is not None:
                fields.setdefault("incident_killed", []).append(g["killed"] == s["killed"]["best"])
            print(f"  ok   {g['date']} {g['location']['name']:<8} gold {g['event_type']}/{g.get('perpetrators')}/{g.get('attribution')}/{g.get('killed')}"
                  f"  system {s['event_type']}/{s['perpetrators']}/{s['attribution']}/{s['killed']['best']}")
        for gi, g in enumerate(gold_inc):
            if gi not in {p[0] for p in pairs}:
                print(f"  MISS {g['date']} {g['location']['name']} {g['event_type']}: {g.get('evidence')}")
        for si, s in enumerate(sys_incidents):
            if si not in matched_sys:
                print(f"  EXTRA {s['date']} {s['place']} {s['event_type']}: {s['reports'][0]['quote'][:90]}")

        gold_claims = doc.get("claims", [])
        cpairs = match(gold_claims, sys_claims, lambda g, s: overlap_ok(g["quote"], s["quote"]), lambda g, s: 0)
        cl_match += len(cpairs)
        cl_sys += len(sys_claims)
        cl_gold += len(gold_claims)
        print(f"claims {len(cpairs)}/{len(gold_claims)} gold matched, {len(sys_claims)} system")
        by_gold = dict(cpairs)
        for gi, g in enumerate(gold_claims):
            if gi not in by_gold:
                print(f"  MISS {g['quote'][:90]}")
                continue
            s = sys_claims[by_gold[gi]]
            fields.setdefault("claim_stance", []).append(g["stance"] == s["stance"])
            fields.setdefault("claim_actor", []).append(g.get("actor") == s["scope"]["actor"])
            w = s["scope"]["window"]
            fields.setdefault("claim_window", []).append(bool(w) and g["window"] == {"from": w["from"], "to": w["to"]})
            verdict_ok += g["verdict"] == s["verdict"]
            print(f"  {'ok ' if g['verdict'] == s['verdict'] else 'BAD'}  verdict gold {g['verdict']:<12} system {s['verdict']:<12} {g['quote'][:70]}")
            if g["verdict"] == "contradicted" and s["verdict"] == "contradicted" and not s["evidence"]:
                anchor_ok = False
        for si, s in enumerate(sys_claims):
            if si not in {p[1] for p in cpairs}:
                print(f"  EXTRA {s['stance']} {s['speaker_org']}: {s['quote'][:90]}")
    seconds = time.perf_counter() - t0
    ip, ir, if1 = prf(inc_match, inc_sys, inc_gold)
    cp, cr, cf1 = prf(cl_match, cl_sys, cl_gold)
    metrics = {
        "incident_precision": ip, "incident_recall": ir, "incident_f1": if1,
        "claim_precision": cp, "claim_recall": cr, "claim_f1": cf1,
        "verdict_accuracy": verdict_ok / cl_gold if cl_gold else 0.0,
        "body_keep": keep / keep_n if keep_n else 1.0,
        "body_drop": drop / drop_n if drop_n else 1.0,
        "contradicted_with_evidence": anchor_ok,
    }
    for name, values in sorted(fields.items()):
        metrics[f"{name}_acc"] = sum(values) / len(values) if values else 0.0
    metrics["seconds"] = seconds
    print()
    for k, v in metrics.items():
        print(f"{k:<28}{v:.4f}" if isinstance(v, float) else f"{k:<28}{v}")
    finish(metrics)


if __name__ == "__main__":
    main()
