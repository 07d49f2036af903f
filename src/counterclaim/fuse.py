"""Fuse: reports of one real event, across articles, become one Incident.

Two reports describe the same event when their dates overlap (a day's slack), their
places agree (the same city, one inside the other, or within a few km), their event
types agree and they come from different articles; a report that gives no day of its own
(a week's window, or none) joins only a named event type in a town or a finer place.
Every source's own figure is kept; best/low/high are derived (the best estimate is the
most conservative figure, as ACLED does). Wire copies of one story (the same wording in several outlets) count as one
source. Grades follow the Airwars scale of DESIGN.md.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter

from .records import DateSpan, Incident, Place, Report, SourceFigure

NEAR_KM = 8.0
DISTRICT_KM = 15.0  # the reach of a district ("Eastern Ghouta", "east Aleppo") from its table point
SURROUNDINGS_KM = 25.0  # the reach of "near X" from X's point (Khan Tuman is "near Aleppo", 12 km out)
VAGUE_DAYS = 3  # a report dated no closer than this many days gives no day of its own
ATTRIBUTION_ORDER = ["claimed", "stated", "alleged", "uncertain", "unknown"]


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two resolved places, or None when either lacks coordinates."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _norm(name: str | None) -> str:
    return (name or "").strip().lower()


def place_within(inner: Place | None, outer: Place | None) -> bool:
    """True when ``inner`` is the same place as ``outer`` or lies inside it.

    A neighbourhood lies in its city; a city in its province (admin1) and country; and
    two places within a few km of each other are taken as the same place.
    """
    if inner is None or outer is None:
        return False
    if outer.level == "country":
        return bool(inner.country) and inner.country == outer.country
    if outer.level == "province":
        return bool(outer.admin1) and _norm(inner.admin1) == _norm(outer.admin1) and inner.country == outer.country
    if inner.near or outer.near:
        return _within_surroundings(inner, outer)
    if _norm(inner.city) and _norm(inner.city) == _norm(outer.city):
        if outer.level == "neighbourhood" and inner.level == "neighbourhood":
            return _norm(inner.resolved) == _norm(outer.resolved)
        if outer.level == "district" and inner.level == "neighbourhood":
            return True  # east Aleppo's neighbourhoods; the table knows no finer boundary
        return outer.level != "neighbourhood" or _norm(inner.resolved) == _norm(outer.resolved)
    d = distance_km(inner, outer)
    # a district is an area, not a point: "the Ghouta" holds towns some 15 km from its centre
    reach = DISTRICT_KM if outer.level == "district" else NEAR_KM
    return d is not None and d <= reach


def _within_surroundings(inner: Place, outer: Place) -> bool:
    """Containment when either place is told as "near X": X's surroundings hold the towns
    around X (and a report that names only the city X), not X's own districts; and they
    lie inside no place but a province or country (checked before)."""
    same_city = bool(_norm(inner.city)) and _norm(inner.city) == _norm(outer.city)
    d = distance_km(inner, outer)
    if inner.near and outer.near:
        return same_city or (d is not None and d <= NEAR_KM)
    if inner.near:
        return False
    if same_city:
        return inner.level in ("city", None)  # "in Aleppo" may be told loosely of its outskirts
    return d is not None and d <= SURROUNDINGS_KM


def places_agree(a: Place | None, b: Place | None) -> bool:
    """The same place, or one inside the other (either way round); unknown places never agree."""
    if a is None or b is None:
        return False
    return place_within(a, b) or place_within(b, a)


def _types_agree(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def _dates_agree(a: DateSpan | None, b: DateSpan | None) -> bool:
    return a is None or b is None or a.overlaps(b, slack_days=1)


def vaguely_dated(when: DateSpan | None) -> bool:
    """The report gives no day of its own: no date, or a window of more than a few days."""
    return when is None or when.days > VAGUE_DAYS


def _pinned(where: Place | None) -> bool:
    return where is not None and where.level not in ("country", "province")


def _same_event(a: Report, b: Report) -> bool:
    """May two reports from different articles tell the same event?

    Their dates overlap (a day's slack), their places agree and their types agree. A report
    that gives no day of its own ("last week", "earlier this month", no date) joins only on
    a named type and a town or finer place: with a week to choose from, "an attack" or "in
    Syria" would otherwise join whatever happened that week.
    """
    if not (_dates_agree(a.when, b.when) and places_agree(a.where, b.where)):
        return False
    if vaguely_dated(a.when) or vaguely_dated(b.when):
        return a.event_type == b.event_type != "other" and _pinned(a.where) and _pinned(b.where)
    return _types_agree(a.event_type, b.event_type)


def source_keys(report: Report, outlet: str | None) -> set[str]:
    """The independent sources behind a report: its cited sources, else its outlet."""
    if report.sources:
        return {f"src:{s.lower()}" for s in report.sources}
    return {f"outlet:{(outlet or report.article_id).lower()}"}


def _wire_key(report: Report) -> str:
    return hashlib.sha1(re.sub(r"\W+", " ", report.quote.lower()).strip().encode()).hexdigest()


def grade_of(reports: list[Report], outlets: dict[str, str | None]) -> tuple[str, int, int]:
    """Airwars grade with the numbers of independent sources and of outlets."""
    sources: set[str] = set()
    seen_wire: dict[str, set[str]] = {}
    for r in reports:
        keys = source_keys(r, outlets.get(r.article_id))
        wire = _wire_key(r)
        if wire in seen_wire:
            continue  # a wire copy: the same story again
        seen_wire[wire] = keys
        sources |= keys
    n_outlets = len({outlets.get(r.article_id) or r.article_id for r in reports})
    claimed = any(r.attribution == "claimed" and r.perpetrators for r in reports)
    blamed = [frozenset(r.perpetrators) for r in reports if r.perpetrators and r.attribution in ("stated", "alleged", "claimed")]
    contested = len(blamed) > 1 and not frozenset.intersection(*blamed)
    if claimed and not contested:
        grade = "confirmed"
    elif contested:
        grade = "contested"
    elif len(sources) >= 2:
        grade = "fair"
    else:
        grade = "weak"
    return grade, len(sources), n_outlets


def _incident(reports: list[Report], outlets: dict[str, str | None]) -> Incident:
    key = "|".join(sorted(f"{r.article_id}:{r.start}:{r.event_type}:{r.where.key if r.where else ''}" for r in reports))
    spans = [r.when for r in reports if r.when]
    when = min(spans, key=lambda s: (s.days, s.start)) if spans else None
    places = [r.where for r in reports if r.where]
    rank = {"neighbourhood": 0, "district": 1, "city": 2, "province": 3, "country": 4}
    where = min(places, key=lambda p: rank.get(p.level or "city", 2)) if places else None
    types = Counter(r.event_type for r in reports if r.event_type != "other")
    event_type = types.most_common(1)[0][0] if types else reports[0].event_type
    perps = sorted({p for r in reports for p in r.perpetrators})
    levels = [r.attribution for r in reports if r.perpetrators]
    attribution = min(levels, key=ATTRIBUTION_ORDER.index) if levels else "unknown"
    if "uncertain" in levels and not any(l in ("claimed", "stated") for l in levels):
        attribution = "uncertain"
    grade, n_sources, n_outlets = grade_of(reports, outlets)
    if grade == "contested":
        attribution = "uncertain"
    # every toll each report tells, with whom it credits it to ("the monitor said 56, Amaq 160")
    figures = []
    for r in reports:
        tolls = r.all_tolls()
        if tolls:
            figures += [SourceFigure(r.article_id, outlets.get(r.article_id), t.killed, t.quote, t.sources, t.start, t.end) for t in tolls]
        else:
            figures.append(SourceFigure(r.article_id, outlets.get(r.article_id), None, r.quote, r.sources, r.start, r.end))
    bests = [r.killed.best for r in reports if r.killed and r.killed.best is not None]
    lows = [r.killed.low for r in reports if r.killed and r.killed.low is not None]
    highs = [r.killed.high if r.killed.high is not None else r.killed.low for r in reports if r.killed]
    highs = [h for h in highs if h is not None]
    return Incident(
        id=hashlib.sha1(key.encode()).hexdigest()[:12],
        event_type=event_type,
        when=when,
        where=where,
        perpetrators=tuple(perps),
        attribution=attribution,
        killed_best=min(bests) if bests else None,
        killed_low=min(lows) if lows else None,
        killed_high=max(highs) if highs else None,
        figures=figures,
        reports=list(reports),
        n_sources=n_sources,
        n_outlets=n_outlets,
        grade=grade,
    )


def fuse(reports: list[Report], outlets: dict[str, str | None] | None = None) -> list[Incident]:
    """Group reports of the same real event into incidents.

    Args:
        reports: incident reports from any number of articles.
        outlets: article id -> outlet name, for independence and counts.

    Returns:
        Incidents in date order, each with its reports, figures and grade.
    """
    outlets = outlets or {}
    clusters: list[list[Report]] = []
    ordered = sorted(reports, key=lambda r: (r.when is None, r.when.start.isoformat() if r.when else "", r.article_id, r.start))
    for r in ordered:
        for cluster in clusters:
            if any(c.article_id == r.article_id for c in cluster):
                continue
            if all(_same_event(c, r) for c in cluster):
                cluster.append(r)
                break
        else:
            clusters.append([r])
    incidents = [_incident(c, outlets) for c in clusters]
    incidents.sort(key=lambda i: (i.when.start.isoformat() if i.when else "", i.id))
    return incidents
