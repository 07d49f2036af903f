"""Benchmark: claim finding and verdicts on real Syrian-war news (FA-KES articles).

Usage: python benchmarks/claims.py --data ../shared/benchmarks/claims [--show-errors N]

The folder holds ``articles.csv`` (the FA-KES article set: unit_id, article_title,
article_content, source = the outlet, ...) and ``claims.jsonl`` (gold attributed claims with
their scope and verdict; see ``RULES.md`` there). Every article goes through the real
pipeline into a temporary SQLite ledger: its text is ``title + " " + content`` (the gold
quotes are exact substrings of that string), the outlet is the ``source`` column, and there
is no publication date (the analyzer reads the dateline). Then the ledger is fused and
every claim checked with ``CheckOptions(exclude_own_article=True)``: as in the gold, a claim
is judged against the OTHER articles only.

Scoring, per document (a gold claim can only match a system claim of its own article):

- a system claim matches a gold claim when their quotes overlap by at least half the
  tokens of each; one-to-one, greedily in gold order, the largest overlap first;
- claim_recall: matched gold / all gold claims;
- claim_precision: matched system claims / all system claims IN THE DOCUMENTS THAT APPEAR
  IN claims.jsonl (the gold is exhaustive for those documents only);
  claim_precision_all_docs: the same over the system claims of every document of the
  split (a lower bound: the other documents were not annotated exhaustively, if at all);
- on matched pairs: stance_acc; scope_acc (event type equal AND place agrees AND windows
  overlap) with its components scope_event_type_acc, scope_place_acc, scope_window_acc,
  and scope_actor_acc (the party the claim is about; not part of scope_acc);
  speaker_acc (the person when the gold names one, else the organisation, by name
  tokens); said_on_acc (the same day);
- verdict_acc: gold claims whose matched system claim has the gold verdict / all gold
  claims (a missed claim counts as a wrong verdict).

Places agree when a system name (as written or resolved) is the gold name or one of its
parts ("Damascus (al-Kallaseh)", "Hassajik, Aleppo"), when one name contains the other
("Aleppo" in "Hassajik, Aleppo"), when one lies inside the other by governorate (admin1),
or when both have coordinates within 25 km. The gold has no coordinates in this split,
so its first locatable part is looked up in the project gazetteer (in the gold country,
and in the gold's governorate when the name gives one).

Prints a table (and, with --show-errors N, up to N misses, extras, wrong verdicts and
scope errors with their quotes), then one JSON object of metrics as the last line.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import _common  # noqa: F401  (puts the repository's src on sys.path)
from _common import finish, governorate_key, skip, tokens

csv.field_size_limit(sys.maxsize)

NEAR_KM = 25.0

# Words around a place name that do not name a place ("near Dabiq", "Homs countryside").
_QUALIFIERS = frozenset(
    "near outside around in the of east west north south eastern western northern southern central "
    "countryside rural city town village camp old outskirts province governorate district area region "
    "countryside suburb suburbs".split()
)
_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "az", "ez", "an", "at", "es", "er", "ed", "en"})


# ---------------------------------------------------------------------------- matching


def overlap(a: str, b: str) -> tuple[int, int, int]:
    """(common tokens, tokens of a, tokens of b), as multisets of lower-case word tokens."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    return sum((ta & tb).values()), sum(ta.values()), sum(tb.values())


def overlap_ok(a: str, b: str) -> bool:
    """The quotes overlap by at least half the tokens of each (as benchmarks/seed.py)."""
    common, na, nb = overlap(a, b)
    return bool(na and nb) and common >= 0.5 * na and common >= 0.5 * nb


def match(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching in gold order, the candidate with the largest overlap first."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        cands = []
        for si, s in enumerate(system):
            if si in used or not overlap_ok(g["quote"], s["quote"]):
                continue
            common, na, nb = overlap(g["quote"], s["quote"])
            cands.append((common / max(na, nb), -si, si))
        if cands:
            si = max(cands)[2]
            used.add(si)
            pairs.append((gi, si))
    return pairs


# ---------------------------------------------------------------------------- places


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019\u2018`\u02bf\u02be]", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _core(name: str | None) -> str:
    """A place name without qualifiers and leading articles: "near Dabiq" -> "dabiq"."""
    words = [w for w in _fold(name).split() if w not in _QUALIFIERS]
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _gov(name: str | None) -> str | None:
    """The governorate key of a name, if it is a governorate's name."""
    f = (name or "").lower().strip()
    for suffix in (" governorate", " province", " countryside"):
        f = f.removesuffix(suffix)
    return governorate_key(f) or governorate_key(_fold(f)) or governorate_key(_core(f))


def gold_parts(name: str) -> tuple[list[str], list[str]]:
    """(names, containers) of a gold location: "al-Jinah (Jeeneh), Aleppo" ->
    (["al-Jinah", "Jeeneh"], ["Aleppo"])."""
    head, *rest = [p.strip() for p in name.split(",")]
    names = [re.sub(r"\(.*?\)", "", head).strip()] + re.findall(r"\((.*?)\)", head)
    containers = []
    for part in rest:
        containers.append(re.sub(r"\(.*?\)", "", part).strip())
        names += re.findall(r"\((.*?)\)", part)
    return [n for n in names if _core(n)], [c for c in containers if _core(c)]


_gazetteer = None
_geo_cache: dict[tuple, tuple[float, float] | None] = {}


def gold_coordinates(loc: dict) -> tuple[float, float] | None:
    """The gold location's coordinates: given, else its first locatable part in the gazetteer."""
    if loc.get("lat") is not None and loc.get("lon") is not None:
        return float(loc["lat"]), float(loc["lon"])
    key = (loc.get("name"), loc.get("country"))
    if key in _geo_cache:
        return _geo_cache[key]
    global _gazetteer
    if _gazetteer is None:
        from counterclaim.analyze.places import Gazetteer

        _gazetteer = Gazetteer.default()
    names, containers = gold_parts(loc.get("name") or "")
    govs = {_gov(c) for c in containers} - {None}
    found = None
    for n in names:
        for cand in _gazetteer.candidates(_core(n) or n):
            if loc.get("country") and cand.country != loc["country"]:
                continue
            if govs and _gov(cand.admin1) not in govs:
                continue
            if cand.lat is not None:
                found = (cand.lat, cand.lon)
                break
        if found:
            break
    _geo_cache[key] = found
    return found


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and len(inner) >= 3 and f" {inner} " in f" {outer} "


def place_agreement(gold: dict | None, place: dict | None) -> str | None:
    """How a system place agrees with a gold location (None when it does not).

    ``same`` (a name or alias), ``contains`` (one name contains the other), ``admin1``
    (one inside the other by governorate), ``near`` (within 25 km).
    """
    if not gold or not gold.get("name") or not place:
        return None
    names, containers = gold_parts(gold["name"])
    gold_cores = {_core(n) for n in names + containers} - {""}
    sys_names = [place.get("name"), place.get("resolved")]
    sys_cores = {_core(n) for n in sys_names if n} - {""}
    if {_core(n) for n in names} & sys_cores:
        return "same"
    gold_full = " ".join(_core(n) for n in names + containers)
    for s in sys_cores:
        if _contains(gold_full, s) or any(_contains(s, g) for g in gold_cores):
            return "contains"
    # one inside the other by governorate
    sys_gov = _gov(place.get("admin1"))
    if place.get("level") == "province":
        gold_govs = {_gov(c) for c in containers} | {_gov(n) for n in names}
        if sys_gov and sys_gov in gold_govs:
            return "admin1"
    if not containers and len(names) == 1 and "city" not in _fold(names[0]).split():
        if sys_gov and _gov(names[0]) == sys_gov:
            return "admin1"  # the gold names a governorate; the system place lies in it
    if place.get("lat") is not None and place.get("lon") is not None:
        g = gold_coordinates(gold)
        if g and _km(g, (place["lat"], place["lon"])) <= NEAR_KM:
            return "near"
    return None


# ---------------------------------------------------------------------------- other fields

_NAME_STOP = frozenset("the of and s a for in on at its spokesman spokeswoman official officials".split())
_NAME_SYNONYMS = {"defense": "defence", "russia": "russian", "syria": "syrian", "turkey": "turkish", "us": "american",
                  "u": "american", "america": "american", "ministry": "ministry", "military": "army"}


def _name_tokens(text: str | None) -> set[str]:
    return {_NAME_SYNONYMS.get(t, t) for t in _fold(text).split() if t not in _NAME_STOP}


def speaker_agrees(gold: dict, view: dict) -> bool:
    """The person when the gold names one (surname), else the organisation (name tokens)."""
    if gold.get("speaker"):
        surname = _fold(gold["speaker"]).split()[-1:]
        return bool(surname) and surname[0] in _fold(view.get("speaker")).split()
    org = gold.get("speaker_org") or ""
    # "Amaq (Islamic State)": the name or the name in brackets
    wants = [w for w in [_name_tokens(re.sub(r"\(.*?\)", "", org))] + [_name_tokens(x) for x in re.findall(r"\((.*?)\)", org)] if w]
    if not wants:
        return not view.get("speaker_org") and not view.get("speaker")
    for want in wants:
        for got in (_name_tokens(view.get("speaker_org")), _name_tokens(view.get("speaker"))):
            if got and (got <= want or want <= got or len(got & want) / len(got | want) >= 0.5):
                return True
    return False


def window_overlaps(gold: dict | None, window: dict | None) -> bool:
    if not gold or not window:
        return False
    try:
        gs, ge = date.fromisoformat(gold["from"]), date.fromisoformat(gold["to"])
        ss, se = date.fromisoformat(window["from"]), date.fromisoformat(window["to"])
    except (KeyError, TypeError, ValueError):
        return False
    return ss <= ge and gs <= se


# ---------------------------------------------------------------------------- data


def read_articles(path: Path) -> list[dict]:
    """The article rows, once per unit_id (the CSV repeats a few)."""
    rows, seen = [], set()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            uid = (row.get("unit_id") or "").strip()
            if not uid or uid in seen:
                continue
            seen.add(uid)
            rows.append(row)
    return rows


def read_gold(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not JSON: {e}")
    return out


def article_text(row: dict) -> str:
    """title + " " + content: the string the gold quotes are exact substrings of."""
    return f"{row.get('article_title') or ''} {row.get('article_content') or ''}"


def build_ledger(ledger, rows: list[dict]) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Analyse every article into the ledger; returns (unit_id -> article id, skipped)."""
    from counterclaim.analyze import analyze_many
    from counterclaim.errors import CounterclaimError
    from counterclaim.ingest import make_article

    unit_to_article: dict[str, str] = {}
    skipped: list[tuple[str, str]] = []

    def articles():
        for row in rows:
            uid = row["unit_id"].strip()
            try:
                article = make_article(
                    article_text(row), title=row.get("article_title") or None, outlet=(row.get("source") or "").strip() or None,
                    clean=False, source=uid,
                )
            except CounterclaimError as e:
                skipped.append((uid, str(e)))
                continue
            unit_to_article[uid] = article.id
            yield article

    for article, analysis in analyze_many(articles(), batch_size=16):
        ledger.add(article, analysis)  # False for a duplicate text: the same article id
    return unit_to_article, skipped


# ---------------------------------------------------------------------------- main


def _q(text: str | None, n: int = 150) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _scope_str(scope: dict) -> str:
    w = scope.get("window")
    return (f"{scope.get('event_type')} @ {scope.get('place')} "
            f"[{w['from'] + '..' + w['to'] if w else '-'}] actor={scope.get('actor')}")


def _gold_scope_str(g: dict) -> str:
    w = g.get("window") or {}
    return f"{g.get('event_type')} @ {(g.get('location') or {}).get('name')} [{w.get('from')}..{w.get('to')}] actor={g.get('actor')}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="folder with claims.jsonl and articles.csv")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print up to N errors of each kind")
    args = ap.parse_args()
    folder = Path(args.data)
    claims_path, articles_path = folder / "claims.jsonl", folder / "articles.csv"
    if not folder.is_dir() or not claims_path.is_file() or not articles_path.is_file():
        skip(f"{folder} (claims.jsonl + articles.csv) not found (the shared benchmarks folder is absent)")

    from counterclaim.check import CheckOptions
    from counterclaim.ledger import Ledger
    from counterclaim.pipeline import check_ledger
    from counterclaim.present.views import check_view

    t0 = time.perf_counter()
    rows = read_articles(articles_path)
    gold = read_gold(claims_path)
    texts = {r["unit_id"].strip(): article_text(r) for r in rows}
    verbatim = sum(1 for g in gold if g.get("quote") and g["quote"] in texts.get(str(g.get("doc_id")), ""))

    with tempfile.TemporaryDirectory(prefix="counterclaim-claims-") as tmp:
        ledger = Ledger(Path(tmp) / "claims.db")
        unit_to_article, skipped = build_ledger(ledger, rows)
        stats = ledger.stats()
        views = [check_view(cid, chk) for cid, chk in check_ledger(ledger, CheckOptions(exclude_own_article=True))]
        ledger_texts = {aid: (ledger.article(aid).text if ledger.article(aid) else "") for aid in set(unit_to_article.values())}
        ledger.close()
    seconds = time.perf_counter() - t0

    by_article: dict[str, list[dict]] = defaultdict(list)
    for v in views:
        by_article[v["article_id"]].append(v)
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        gold_by_doc[str(g["doc_id"])].append(g)
    verbatim_ledger = sum(
        1 for g in gold if g.get("quote") and g["quote"] in ledger_texts.get(unit_to_article.get(str(g["doc_id"]), ""), "")
    )

    fields: dict[str, list[bool]] = defaultdict(list)
    place_how: Counter = Counter()
    verdict_pairs: Counter = Counter()
    misses, extras, wrong_verdicts, scope_errors, stance_errors, other_errors = [], [], [], [], [], []
    n_match = n_sys_gold_docs = 0
    verdict_ok = 0
    missing_docs = []
    seen_articles: set[str] = set()
    for doc_id, golds in gold_by_doc.items():
        aid = unit_to_article.get(doc_id)
        if aid is None:
            missing_docs.append(doc_id)
            for g in golds:
                misses.append((doc_id, g, "document not in articles.csv or not ingested"))
            continue
        system = by_article.get(aid, []) if aid not in seen_articles else []
        seen_articles.add(aid)  # two gold doc ids with one text: its system claims count once
        n_sys_gold_docs += len(system)
        pairs = match(golds, system)
        n_match += len(pairs)
        matched_gold = dict(pairs)
        for gi, g in enumerate(golds):
            if gi not in matched_gold:
                near = max(system, key=lambda s: overlap(g["quote"], s["quote"])[0], default=None)
                misses.append((doc_id, g, f"closest system claim: {_q(near['quote'], 120)!r}" if near else "no system claim in the document"))
                continue
            s = system[matched_gold[gi]]
            sc = s["scope"]
            how = place_agreement(g.get("location"), sc.get("place_detail"))
            place_how[how or "no"] += 1
            checks = {
                "stance": g.get("stance") == s["stance"],
                "scope_event_type": g.get("event_type") == sc.get("event_type"),
                "scope_place": how is not None,
                "scope_window": window_overlaps(g.get("window"), sc.get("window")),
                "scope_actor": g.get("actor") == sc.get("actor"),
                "speaker": speaker_agrees(g, s),
                "said_on": g.get("said_on") == s.get("said_on"),
            }
            checks["scope"] = checks["scope_event_type"] and checks["scope_place"] and checks["scope_window"]
            for k, ok in checks.items():
                fields[k].append(ok)
            verdict_pairs[(g.get("verdict"), s["verdict"])] += 1
            if g.get("verdict") == s["verdict"]:
                verdict_ok += 1
            else:
                wrong_verdicts.append((doc_id, g, s))
            if not checks["stance"]:
                stance_errors.append((doc_id, g, s))
            bad = [k for k in ("scope_event_type", "scope_place", "scope_window", "scope_actor") if not checks[k]]
            if bad:
                scope_errors.append((doc_id, g, s, bad))
            if not checks["speaker"] or not checks["said_on"]:
                other_errors.append((doc_id, g, s))
        used = set(matched_gold.values())
        extras += [(doc_id, s) for si, s in enumerate(system) if si not in used]

    n_gold, n_sys_all = len(gold), len(views)
    n_docs_all = len(unit_to_article)

    def acc(k: str) -> float:
        v = fields.get(k, [])
        return sum(v) / len(v) if v else 0.0

    metrics = {
        "claim_recall": n_match / n_gold if n_gold else 0.0,
        "claim_precision": n_match / n_sys_gold_docs if n_sys_gold_docs else 0.0,
        "claim_precision_all_docs": n_match / n_sys_all if n_sys_all else 0.0,
        "stance_acc": acc("stance"),
        "scope_acc": acc("scope"),
        "scope_event_type_acc": acc("scope_event_type"),
        "scope_place_acc": acc("scope_place"),
        "scope_window_acc": acc("scope_window"),
        "scope_actor_acc": acc("scope_actor"),
        "verdict_acc": verdict_ok / n_gold if n_gold else 0.0,
        "speaker_acc": acc("speaker"),
        "said_on_acc": acc("said_on"),
        "documents": n_docs_all,
        "gold_documents": len(gold_by_doc),
        "gold": n_gold,
        "matched": n_match,
        "system": n_sys_all,
        "system_in_gold_documents": n_sys_gold_docs,
        "seconds": seconds,
    }
    metrics["claim_f1"] = (
        2 * metrics["claim_precision"] * metrics["claim_recall"] / (metrics["claim_precision"] + metrics["claim_recall"])
        if metrics["claim_precision"] + metrics["claim_recall"] else 0.0
    )

    print(f"claims benchmark: {len(rows)} articles ({stats['articles']} distinct texts in the ledger, {len(skipped)} skipped), "
          f"{stats['reports']} incident reports, {stats['claims']} claims")
    print(f"gold: {n_gold} claims in {len(gold_by_doc)} documents; quotes verbatim in title + ' ' + content: "
          f"{verbatim}/{n_gold}, in the ledger text: {verbatim_ledger}/{n_gold}")
    if missing_docs:
        print(f"gold documents absent from articles.csv or not ingested: {', '.join(missing_docs)}")
    for uid, reason in skipped[:10]:
        print(f"  skipped {uid}: {reason}")
    print()
    for k, v in metrics.items():
        print(f"  {k:<28}{v:.4f}" if isinstance(v, float) else f"  {k:<28}{v}")
    print("\nplace agreement on matched claims: " + ", ".join(f"{k} {v}" for k, v in place_how.most_common()))
    verdicts = ("contradicted", "disputed", "supported", "unverified")
    print("\nverdicts on matched claims (rows gold, columns system):")
    print("  " + " " * 14 + "".join(f"{v[:12]:>14}" for v in verdicts))
    for gv in verdicts:
        print(f"  {gv:<14}" + "".join(f"{verdict_pairs.get((gv, sv), 0):>14}" for sv in verdicts))
    gold_verdicts = Counter(g.get("verdict") for g in gold)
    sys_verdicts = Counter(v["verdict"] for v in views)
    print("  gold, all: " + ", ".join(f"{v} {gold_verdicts.get(v, 0)}" for v in verdicts)
          + " | system, all claims: " + ", ".join(f"{v} {sys_verdicts.get(v, 0)}" for v in verdicts))

    n = args.show_errors
    if n:
        print(f"\nMISSED gold claims ({len(misses)}):")
        for doc_id, g, why in misses[:n]:
            print(f"  [{doc_id}] {g.get('stance')} {g.get('speaker_org')}: {_q(g['quote'])!r}\n      {why}")
        print(f"\nEXTRA system claims in gold documents ({len(extras)}):")
        for doc_id, s in extras[:n]:
            print(f"  [{doc_id}] {s['stance']} {s.get('speaker') or s.get('speaker_org')}: {_q(s['quote'])!r}")
        print(f"\nWRONG verdicts on matched claims ({len(wrong_verdicts)}):")
        for doc_id, g, s in wrong_verdicts[:n]:
            print(f"  [{doc_id}] gold {g.get('verdict')} (evidence {', '.join(str(e) for e in g.get('evidence') or []) or '-'}) "
                  f"system {s['verdict']} ({len(s['evidence'])} evidence report(s), coverage {s['coverage']['articles']} article(s))")
            print(f"      quote: {_q(g['quote'])!r}")
            print(f"      gold note: {_q(g.get('note'), 200)}")
            print(f"      system: {_q(s['explanation'], 200)}")
        print(f"\nWRONG stance ({len(stance_errors)}):")
        for doc_id, g, s in stance_errors[:n]:
            print(f"  [{doc_id}] gold {g.get('stance')} system {s['stance']}: {_q(g['quote'])!r}")
        print(f"\nSCOPE errors on matched claims ({len(scope_errors)}):")
        for doc_id, g, s, bad in scope_errors[:n]:
            print(f"  [{doc_id}] wrong {', '.join(b.removeprefix('scope_') for b in bad)}: {_q(g['quote'], 110)!r}")
            print(f"      gold   {_gold_scope_str(g)}")
            print(f"      system {_scope_str(s['scope'])}")
        print(f"\nSPEAKER or SAID_ON errors on matched claims ({len(other_errors)}):")
        for doc_id, g, s in other_errors[:n]:
            print(f"  [{doc_id}] gold {g.get('speaker')} / {g.get('speaker_org')} on {g.get('said_on')}; "
                  f"system {s.get('speaker')} / {s.get('speaker_org')} on {s.get('said_on')}: {_q(g['quote'], 100)!r}")
    finish(metrics)


if __name__ == "__main__":
    main()
