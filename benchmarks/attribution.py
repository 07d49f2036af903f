"""Benchmark: who said what (attribution relations) on PolNeAR.

Usage: python benchmarks/attribution.py --data ../shared/benchmarks/attribution/dev
       (or .../attribution/train, or any folder laid out the same way)

The data (PolNeAR, Newell, Margolin & Ruths 2018) is brat standoff: ``text/<name>.txt`` and
``attributions/<name>_<annotator>.ann``. An ``Attribution`` (or ``Attribution-no-source``)
event ties a Cue to a Content (plus ``Content2`` when the content is split) and, usually, a
Source; text-bound spans may be discontinuous ("a b;c d"). ``Discard``/``Discuss`` spans are
annotator notes and are ignored.

Gold selection: when a text has files from several annotators, the annotator whose file
name sorts first is used for that text (deterministic, no ids hard-coded). Texts without an
``.ann`` file are skipped (they have no gold).

System: the spaCy pipeline is loaded once (``counterclaim.analyze.get_nlp``) and the texts go
through ``nlp.pipe``; each sentence is read by ``find_attributions(sent, people_named(doc))``
and pronoun speakers are resolved with ``resolve_pronouns``, exactly as ``ArticleContext``
does. Spans used: the speaker phrase (``Speaker.start``/``end``), the cue token (widened to
"according to" for that cue) and the content: the content ``Span`` together with any of the
attribution's ``statements`` that lie outside it (a quotation carried on after the cue,
'“A,” he said. “B.”', which PolNeAR marks as one discontinuous Content).

Metrics. Spans are compared as sets of word tokens (``\\w+`` runs of the text, so quote marks
and punctuation do not count; a discontinuous span is the union of its pieces).
- Matching: system and gold attributions are paired one-to-one, greedily by score: a pair
  whose cue spans overlap (in characters) scores 2 + the token F1 of their contents; failing
  a cue overlap, a pair whose contents overlap with token F1 >= 0.5 scores that F1 (the cue
  was placed elsewhere, e.g. on a dash or a colon, but the relation is the same).
- cue_p = matched / system attributions, cue_r = matched / gold attributions, cue_f1.
  This is the detection score of the relation as a whole.
- source_p/r/f1 and content_p/r/f1 (end to end, the headline): token overlap of matched
  pairs, with P over the tokens of *all* system attributions and R over the tokens of *all*
  gold ones, so that missed and spurious relations count as zero overlap (the soft/overlap
  end-to-end measure of the PARC evaluations).
- source_span_* and content_span_* (span agreement only): the same overlap over the
  matched pairs alone, P = sum |sys & gold| / sum |sys| and R = sum |sys & gold| / sum |gold|
  (for a gold attribution without a source, |gold| = 0, so any system speaker costs
  precision). These say how well the spans agree once a relation is found.
- documents, gold, system, seconds.
Prints a table, then one JSON object of metrics as the LAST line.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import _common  # noqa: F401  (puts src/ on sys.path when counterclaim is not installed)
from _common import finish, skip

WORD = re.compile(r"\w+")
SEGMENTS = list[tuple[int, int]]


@dataclass
class Rel:
    """One attribution relation as character segments per role."""

    cue: SEGMENTS
    source: SEGMENTS = field(default_factory=list)
    content: SEGMENTS = field(default_factory=list)
    label: str = ""


# ---------------------------------------------------------------- gold (brat standoff)


def parse_ann(path: Path) -> list[Rel]:
    """The attribution events of one brat .ann file."""
    spans: dict[str, tuple[str, SEGMENTS]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        if parts[0][0] == "T":
            kind, _, offsets = parts[1].partition(" ")
            try:
                segs = [(int(a), int(b)) for a, b in (s.split() for s in offsets.split(";"))]
            except ValueError:
                raise ValueError(f"{path.name}: bad span line {line!r}") from None
            spans[parts[0]] = (kind, segs)
        elif parts[0][0] == "E":
            events.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    rels: list[Rel] = []
    for ev in events:
        label = next((k for k in ev if k.startswith("Attribution")), "")
        if not label:
            continue

        def segs(event: dict[str, str], *roles: str) -> SEGMENTS:
            return [s for r in roles if event.get(r) in spans for s in spans[event[r]][1]]

        rels.append(Rel(cue=segs(ev, "Cue"), source=segs(ev, "Source"), content=segs(ev, "Content", "Content2"), label=label))
    return rels


def load_gold(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, text path, chosen .ann path) per text; first annotator in sorted order."""
    texts = {p.stem: p for p in sorted((folder / "text").glob("*.txt"))}
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in texts and name not in chosen:
            chosen[name] = ann
    return [(name, texts[name], chosen[name]) for name in sorted(chosen)]


# ---------------------------------------------------------------- system


def system_rels(doc) -> list[Rel]:
    from counterclaim.analyze.attribution import (
        find_attributions,
        people_named,
        resolve_pronouns,
    )

    people = people_named(doc)
    last = None
    out: list[Rel] = []
    for sent in doc.sents:
        found, last = resolve_pronouns(find_attributions(sent, people), last)
        for att in found:
            cue = att.cue
            cue_end = cue.idx + len(cue.text)
            if cue.lower_ == "according" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to":
                cue_end = doc[cue.i + 1].idx + len(doc[cue.i + 1].text)
            # the content, and any statement beyond it (a quotation carried on after the cue)
            content = [(s.start_char, s.end_char) for s in (att.content, *att.statements) if s is not None]
            out.append(Rel(cue=[(cue.idx, cue_end)], source=[(att.speaker.start, att.speaker.end)], content=content))
    return out


# ---------------------------------------------------------------- scoring


def word_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def tokset(words: list[tuple[int, int]], segs: SEGMENTS) -> frozenset[int]:
    return frozenset(i for i, (a, b) in enumerate(words) if any(a < e and s < b for s, e in segs))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: SEGMENTS, b: SEGMENTS) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _tok_f1(a: frozenset[int], b: frozenset[int]) -> float:
    inter = len(a & b)
    return 2 * inter / (len(a) + len(b)) if inter else 0.0


def match(sys_rels: list[Rel], gold_rels: list[Rel], words) -> list[tuple[int, int]]:
    """One-to-one pairs (system index, gold index), greedy by score."""
    sc = [tokset(words, r.content) for r in sys_rels]
    gc = [tokset(words, r.content) for r in gold_rels]
    cands = []
    for i, s in enumerate(sys_rels):
        for j, g in enumerate(gold_rels):
            cf = _tok_f1(sc[i], gc[j])
            if _overlaps(s.cue, g.cue):
                cands.append((2 + cf, i, j))
            elif cf >= 0.5:
                cands.append((cf, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_s: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


class Tally:
    """Token counts for one role: overlap on matched pairs, and the three denominators."""

    def __init__(self) -> None:
        self.inter = 0
        self.sys_matched = 0
        self.gold_matched = 0
        self.sys_all = 0
        self.gold_all = 0

    def metrics(self, name: str) -> dict[str, float]:
        p = self.inter / self.sys_matched if self.sys_matched else 0.0
        r = self.inter / self.gold_matched if self.gold_matched else 0.0
        pa = self.inter / self.sys_all if self.sys_all else 0.0
        ra = self.inter / self.gold_all if self.gold_all else 0.0
        return {
            f"{name}_p": pa,
            f"{name}_r": ra,
            f"{name}_f1": _f1(pa, ra),
            f"{name}_span_p": p,
            f"{name}_span_r": r,
            f"{name}_span_f1": _f1(p, r),
        }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/benchmarks/attribution/dev", help="a PolNeAR split folder (text/ and attributions/)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N texts (0 = all)")
    ap.add_argument("--show", type=int, default=0, help="print N missed and N spurious relations, for error analysis")
    args = ap.parse_args(argv)

    folder = Path(args.data)
    if not folder.is_dir():
        skip(f"the attribution data folder {folder} is absent")
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        skip(f"{folder} has no text/ and attributions/ folders")
    items = load_gold(folder)
    if args.limit:
        items = items[: args.limit]
    if not items:
        skip(f"no text in {folder} has an attribution file")

    from counterclaim.analyze import get_nlp

    t0 = time.perf_counter()
    nlp = get_nlp()
    texts = [p.read_text(encoding="utf-8") for _, p, _ in items]
    golds = [parse_ann(a) for _, _, a in items]
    docs = nlp.pipe(texts, batch_size=8)

    tallies = {"source": Tally(), "content": Tally()}
    n_gold = n_sys = n_match = 0
    cue_hits: Counter = Counter()
    cue_gold: Counter = Counter()
    missed: list[str] = []
    spurious: list[str] = []
    for (name, _, _), text, gold, doc in zip(items, texts, golds, docs):
        words = word_index(text)
        sysr = system_rels(doc)
        pairs = match(sysr, gold, words)
        n_gold += len(gold)
        n_sys += len(sysr)
        n_match += len(pairs)
        for role, tally in tallies.items():
            s_sets = [tokset(words, getattr(r, role)) for r in sysr]
            g_sets = [tokset(words, getattr(r, role)) for r in gold]
            tally.sys_all += sum(len(s) for s in s_sets)
            tally.gold_all += sum(len(g) for g in g_sets)
            for i, j in pairs:
                tally.inter += len(s_sets[i] & g_sets[j])
                tally.sys_matched += len(s_sets[i])
                tally.gold_matched += len(g_sets[j])
        hit = {j for _, j in pairs}
        for j, g in enumerate(gold):
            lemma = " ".join(text[a:b] for a, b in g.cue).lower().strip()
            cue_gold[lemma] += 1
            cue_hits[lemma] += j in hit
            if j not in hit and len(missed) < args.show:
                missed.append(f"{name}: [{' '.join(text[a:b] for a, b in g.source)}] <{lemma}> {' '.join(text[a:b] for a, b in g.content)[:120]}")
        used = {i for i, _ in pairs}
        for i, s in enumerate(sysr):
            if i not in used and len(spurious) < args.show:
                spurious.append(f"{name}: [{' '.join(text[a:b] for a, b in s.source)}] <{' '.join(text[a:b] for a, b in s.cue)}> {' '.join(text[a:b] for a, b in s.content)[:120]}")
    seconds = time.perf_counter() - t0

    cue_p = n_match / n_sys if n_sys else 0.0
    cue_r = n_match / n_gold if n_gold else 0.0
    metrics: dict = {}
    src = tallies["source"].metrics("source")
    con = tallies["content"].metrics("content")
    metrics.update({k: src[k] for k in ("source_f1", "source_p", "source_r")})
    metrics.update({k: con[k] for k in ("content_f1", "content_p", "content_r")})
    metrics.update({"cue_f1": _f1(cue_p, cue_r), "cue_p": cue_p, "cue_r": cue_r})
    metrics.update({k: src[k] for k in ("source_span_f1", "source_span_p", "source_span_r")})
    metrics.update({k: con[k] for k in ("content_span_f1", "content_span_p", "content_span_r")})
    metrics.update({"documents": len(items), "gold": n_gold, "system": n_sys, "matched": n_match, "seconds": seconds})

    if missed:
        print("missed (gold without a system match):")
        print("\n".join("  " + m for m in missed))
    if spurious:
        print("spurious (system without a gold match):")
        print("\n".join("  " + s for s in spurious))
    print(f"PolNeAR attribution: {folder}  ({len(items)} texts, {n_gold} gold, {n_sys} system, {n_match} matched, {seconds:.1f}s)")
    print(f"{'role':<10}{'P':>8}{'R':>8}{'F1':>8}   {'span P':>8}{'span R':>8}{'span F1':>8}   (end to end | matched pairs only)")
    for role in ("source", "content"):
        m = tallies[role].metrics(role)
        print(f"{role:<10}{m[role + '_p']:8.3f}{m[role + '_r']:8.3f}{m[role + '_f1']:8.3f}   {m[role + '_span_p']:8.3f}{m[role + '_span_r']:8.3f}{m[role + '_span_f1']:8.3f}")
    print(f"{'cue':<10}{cue_p:8.3f}{cue_r:8.3f}{metrics['cue_f1']:8.3f}")
    print("gold cues, recall (most frequent):")
    for lemma, n in cue_gold.most_common(12):
        print(f"  {lemma!r:<24}{n:5d}  {cue_hits[lemma] / n:6.2f}")
    finish(metrics)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
