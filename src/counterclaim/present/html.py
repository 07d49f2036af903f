"""A static, self-contained HTML report: claims, verdicts, evidence quotes, incidents.

Article text is untrusted: the template autoescapes everything and the page loads
nothing from elsewhere (a Content-Security-Policy forbids it).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from jinja2 import Environment, PackageLoader, select_autoescape


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("counterclaim", "present/templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(claims: list[dict], incidents: list[dict], stats: dict) -> str:
    """The HTML page for claim views and incident views (see :mod:`views`)."""
    counts = Counter(c["verdict"] for c in claims)
    order = ["contradicted", "disputed", "supported", "unverified"]
    return _env().get_template("report.html").render(
        claims=claims,
        incidents=incidents,
        stats=stats,
        verdict_counts=[(v, counts[v]) for v in order if counts[v]],
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    )
