"""Plain-data views of checks and incidents: what every renderer (tables, JSON, HTML) shows.

One function per view, returning JSON-ready dicts; the renderers only format them.
"""

from __future__ import annotations

from ..records import Check, Incident


def place_name(place) -> str | None:
    if place is None:
        return None
    name = place.resolved or place.name
    if place.level in ("neighbourhood", "district") and place.parent and place.parent not in name:
        return f"{name}, {place.parent}"
    return name


def check_view(claim_id: int | str, check: Check) -> dict:
    """A claim with its verdict, evidence and coverage, as JSON-ready data."""
    c = check.claim
    s = c.scope
    return {
        "id": claim_id,
        "article_id": c.article_id,
        "speaker": c.speaker,
        "speaker_org": c.speaker_org,
        "speaker_actor": c.actor,
        "said_on": c.said_on.isoformat() if c.said_on else None,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "cue": c.cue,
        "stance": c.stance,
        "scope": {
            "event_type": s.event_type,
            "place": place_name(s.place),
            "place_detail": s.place.as_dict() if s.place else None,
            "window": {"from": s.window.start.isoformat(), "to": s.window.end.isoformat(), "text": s.window.text} if s.window else None,
            "actor": s.actor,
            "killed": s.killed.as_dict() if s.killed else None,
        },
        "verdict": check.verdict,
        "explanation": check.explanation,
        "evidence": [e.as_dict() for e in check.evidence],
        "coverage": {
            "articles": check.coverage.articles,
            "outlets": check.coverage.outlets,
            "outlet_names": check.coverage.outlet_names,
            "article_ids": check.coverage.article_ids,
        },
    }


def incident_view(incident: Incident) -> dict:
    """A fused incident with every source's own figure, as JSON-ready data."""
    i = incident
    return {
        "id": i.id,
        "event_type": i.event_type,
        "date": {"from": i.when.start.isoformat(), "to": i.when.end.isoformat()} if i.when else None,
        "place": place_name(i.where),
        "place_detail": i.where.as_dict() if i.where else None,
        "perpetrators": list(i.perpetrators),
        "attribution": i.attribution,
        "killed": {"best": i.killed_best, "low": i.killed_low, "high": i.killed_high},
        "grade": i.grade,
        "sources": i.n_sources,
        "outlets": i.n_outlets,
        "figures": [f.as_dict() for f in i.figures],
        "reports": [
            {
                "article_id": r.article_id,
                "start": r.start,
                "end": r.end,
                "quote": r.quote,
                "means": list(r.means),
                "perpetrators": list(r.perpetrators),
                "attribution": r.attribution,
                "killed": r.killed.as_dict() if r.killed else None,
                "injured": r.injured.as_dict() if r.injured else None,
                "victims": dict(r.victims),
                "sources": list(r.sources),
            }
            for r in i.reports
        ],
    }
