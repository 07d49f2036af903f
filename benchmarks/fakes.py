"""Benchmark: incident extraction on real Syrian-war news (FA-KES, crowd-coded).

Usage: python benchmarks/fakes.py --data ../shared/benchmarks/fakes/dev.csv [--show-errors N]

FA-KES codes one incident per article: its date, governorate, actor class, cause of death
and casualty counts. The analyzer gets the title and text only (no publication date: it
must find the dateline itself). The article's lead incident is the first one it
reports (preferring one with a death toll among the first three); its fields are mapped to FA-KES classes with
the class maps of the benchmarks README, and scored:

- location_acc: governorate of the lead incident's place (else the article's main place);
- cause_acc, actor_acc: FA-KES classes (``unknown`` when nothing is found); the actor is the
  class of the party the article tells first as a doer (reports keep their parties in the
  order told: "rebels battled to break a siege by the regime" is the rebels'); a doer the
  analyzer only inferred (barrel bombs are the government's; strikes on rebel-held ground,
  the government's or Russia's) is not told, and is coded "unknown" as the crowd codes it
  (on the dev split, 7 of 9 such leads);
- civilians_exact / civilians_within20: civilians killed, exactly / within 20% of the gold
  count (both zero counts as a hit). A toll whose victims are not named counts as civilians,
  except in fighting between armed parties (an armed clash), where the dead are its fighters:
  so the crowd coded them (on the dev split, 8 of 9 such clashes have no civilian dead, while
  33 of 35 air strikes with an unnamed toll have civilian dead);
- date_exact / date_within1: the incident date against the gold ``date`` (of a period, its
  last day: a toll told "since Wednesday" or "in the past two days" is the toll as of then);
- articles_per_s: whole-analyzer throughput (spaCy parse included), on this machine.
Prints a table, then one JSON object of metrics as the last line.
"""

from __future__ import annotations

import argparse
import time
from datetime import date, datetime
from pathlib import Path

import _common  # noqa: F401  (puts the repository's src on sys.path)
from _common import fakes_articles, finish, governorate_key, skip

CAUSE = {
    "air_strike": "shelling", "shelling": "shelling", "explosive": "explosion", "suicide_bomb": "explosion",
    "chemical": "chemical and toxic gases", "armed_clash": "unknown", "attack": "unknown", "abduction": "unknown", "other": "unknown",
}
ACTOR = [
    ({"SY", "RU", "IR", "hezbollah"}, "syrian government or russian troops"),
    ({"ISIS"}, "the organization of the islamic state in iraq and the levant - isis"),
    ({"coalition", "US", "FR", "GB", "BE"}, "international coalition forces"),
    ({"nusra"}, "al-nusra front"),
    ({"SDF"}, "self administration forces"),
    ({"opposition", "TR"}, "armed opposition groups"),
]


def governorate(place) -> str | None:
    """FA-KES governorate of a resolved place (admin1, else the place itself)."""
    if place is None:
        return None
    for name in (place.admin1, place.resolved, place.name, place.parent):
        key = governorate_key(name)
        if key:
            return key
    return None


def cause_of(report) -> str:
    if report is None:
        return "unknown"
    if report.event_type == "attack" and "execution" in report.means:
        return "execution"
    if report.event_type in ("attack", "armed_clash") and {"gunfire", "sniper"} & set(report.means):
        return "shooting"  # the README's map: shooting <-> attack/armed_clash with gunfire
    return CAUSE.get(report.event_type, "unknown")


def actor_of(report) -> str:
    if report is None or not report.perpetrators or report.inferred:
        return "unknown"  # (a doer inferred from the weapon or the ground hit, not told: the crowd codes none)
    for key in report.perpetrators:  # in the order told: the party named first as the doer
        for keys, label in ACTOR:
            if key in keys:
                return label
    return "unknown"


def date_of(report, published: date | None) -> date | None:
    """The one day FA-KES codes for the lead report: its day, or of a period the last day (a
    toll told "since Wednesday" or "in the past two days" is the toll as of then); the
    publication date when it has none."""
    if report is None or report.when is None:
        return published
    return report.when.end


def civilians_of(report) -> int:
    if report is None or report.killed is None:
        return 0
    victims = dict(report.victims)
    if "civilians" in victims:
        return victims["civilians"]
    if "mostly_civilians" in victims:
        return victims["mostly_civilians"]  # "84 people, mostly women and children": coded as civilians
    total = report.killed.best or 0
    if not victims and report.event_type == "armed_clash":
        return 0  # the dead of fighting between armed parties, victims not named: its fighters
    # "17 people, most of them fighters ... 14 of the dead were fighters": coded as fighters all
    fighters = max(victims.get("combatants", 0), victims.get("mostly_combatants", 0))
    if fighters and fighters >= total:
        return 0
    return max(0, total - fighters)


def _gold_date(value: str) -> date | None:
    try:
        return datetime.strptime(value.strip(), "%m/%d/%y").date()
    except ValueError:
        return None


def _int(value: str) -> int:
    try:
        return int(float(value))
    except ValueError:
        return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="FA-KES CSV (dev.csv)")
    ap.add_argument("--show-errors", type=int, default=0, help="print N mismatches per field")
    args = ap.parse_args()
    path = Path(args.data)
    if not path.exists():
        skip(f"{path} not found (the shared benchmarks folder is absent)")
    from counterclaim.analyze import analyze_many, get_nlp
    from counterclaim.analyze.incidents import lead_report

    nlp = get_nlp()
    rows, articles = fakes_articles(path)
    t0 = time.perf_counter()
    results = list(analyze_many(articles, nlp=nlp))
    seconds = time.perf_counter() - t0

    hits: dict[str, list[bool]] = {k: [] for k in ("location", "cause", "actor", "civilians_exact", "civilians_within20", "date_exact", "date_within1")}
    errors: dict[str, list[str]] = {k: [] for k in hits}
    no_dateline = sum(1 for a in articles if a.published is None)
    for row, (article, analysis) in zip(rows, results):
        lead = lead_report(analysis.reports)
        place = lead.where if lead and lead.where else None
        gov = governorate(place)
        if gov is None:
            from collections import Counter as _C

            govs = _C(g for g in (governorate(p) for p in analysis.places) if g)
            gov = govs.most_common(1)[0][0] if govs else None
        predicted = {
            "location": gov,
            "cause": cause_of(lead),
            "actor": actor_of(lead),
        }
        # (the gold governorate read as ours is: a split spelling it "hasakah" or "sweida" is the same place)
        gold = {"location": governorate_key(row["location"]) or row["location"], "cause": row["cause_of_death"], "actor": row["actor"]}
        tag = f"{row['unit_id']} {row['article_title'][:60]!r}"
        for k in ("location", "cause", "actor"):
            ok = predicted[k] == gold[k]
            hits[k].append(ok)
            if not ok:
                errors[k].append(f"{tag}: gold {gold[k]!r} got {predicted[k]!r}" + (f" | {lead.quote[:120]!r}" if lead else ""))
        civ, gciv = civilians_of(lead), _int(row["nb_civilians"])
        hits["civilians_exact"].append(civ == gciv)
        within = civ == gciv if gciv == 0 else abs(civ - gciv) <= 0.2 * gciv
        hits["civilians_within20"].append(within)
        if not within:
            errors["civilians_within20"].append(f"{tag}: gold {gciv} got {civ}" + (f" | {lead.quote[:120]!r}" if lead else ""))
        gdate = _gold_date(row["date"])
        pdate = date_of(lead, article.published)
        if gdate is not None:
            hits["date_exact"].append(pdate == gdate)
            near = pdate is not None and abs((pdate - gdate).days) <= 1
            hits["date_within1"].append(near)
            if not near:
                errors["date_within1"].append(f"{tag}: gold {gdate} got {pdate} (published {article.published})")
    metrics = {f"{k}_acc" if k in ("location", "cause", "actor") else k: sum(v) / len(v) if v else 0.0 for k, v in hits.items()}
    metrics.update(
        articles=len(rows), articles_per_s=len(rows) / seconds if seconds else 0.0, no_dateline=no_dateline,
        with_report=sum(1 for _, a in results if a.reports),
    )
    print(f"FA-KES: {len(rows)} articles, {no_dateline} without a dateline the analyzer could read")
    for k, v in metrics.items():
        print(f"  {k:<22}{v:.4f}" if isinstance(v, float) else f"  {k:<22}{v}")
    if args.show_errors:
        for k, errs in errors.items():
            if errs:
                print(f"\n{k}: {len(errs)} errors")
                for e in errs[: args.show_errors]:
                    print("  " + e)
    finish(metrics)


if __name__ == "__main__":
    main()
