"""Rich tables for the terminal: claims with verdicts, incidents, articles."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

VERDICT_STYLE = {"contradicted": "bold red", "disputed": "yellow", "supported": "green", "unverified": "dim"}


def _short(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def claims_table(views: list[dict], *, evidence: bool = True) -> Table:
    """Claims with their verdicts; one evidence quote and the coverage under each."""
    table = Table(title="Claims and verdicts", show_lines=True, expand=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("said on", no_wrap=True)
    table.add_column("speaker", ratio=1)
    table.add_column("claim", ratio=3)
    table.add_column("stance", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    for v in views:
        speaker = v["speaker"] or ""
        if v["speaker_org"]:
            speaker = f"{speaker} ({v['speaker_org']})" if speaker else v["speaker_org"]
        claim = Text(_short(v["quote"], 200))
        if evidence:
            if v["evidence"]:
                e = v["evidence"][0]
                label = "another party's claim" if e.get("kind") == "counterclaim" else "evidence"
                claim.append(f"\n\u21b3 {label} ({len(v['evidence'])}): \u201c{_short(e['quote'], 160)}\u201d", style="italic")
            cov = v["coverage"]
            claim.append(f"\n\u21b3 coverage: {cov['articles']} article(s), {cov['outlets']} outlet(s)", style="dim")
        table.add_row(
            str(v["id"]), v["said_on"] or "?", Text(speaker), claim, v["stance"],
            Text(v["verdict"], style=VERDICT_STYLE.get(v["verdict"], "")),
        )
    return table


def incidents_table(views: list[dict]) -> Table:
    """Fused incidents: date, place, type, perpetrators, killed, grade, sources."""
    table = Table(title="Incidents", show_lines=False, expand=True)
    for name in ("id", "date", "place", "type", "perpetrators", "killed", "grade", "sources"):
        table.add_column(name, no_wrap=name in ("id", "date", "killed", "grade"))
    for v in views:
        k = v["killed"]
        killed = "" if k["best"] is None else (str(k["best"]) if k["low"] == k["high"] else f"{k['best']} ({k['low']}\u2013{k['high'] if k['high'] is not None else '?'})")
        date = v["date"]["from"] if v["date"] else "?"
        if v["date"] and v["date"]["to"] != v["date"]["from"]:
            date += f"\u2026{v['date']['to']}"
        perps = ", ".join(v["perpetrators"]) or "unknown"
        if v["perpetrators"]:
            perps += f" ({v['attribution']})"
        table.add_row(
            v["id"], date, Text(v["place"] or "?"), v["event_type"], Text(perps), killed, v["grade"],
            f"{v['sources']} src / {v['outlets']} outlet(s)",
        )
    return table


def articles_table(rows) -> Table:
    """Articles in the ledger."""
    table = Table(title="Articles", expand=True)
    for name in ("id", "published", "outlet", "title", "reports", "claims"):
        table.add_column(name, no_wrap=name in ("id", "published"))
    for r in rows:
        table.add_row(r.id[:12], str(r.published or "?"), Text(r.outlet or ""), Text(_short(r.title, 80)), str(r.reports), str(r.claims))
    return table


def print_table(table: Table, console: Console | None = None) -> None:
    (console or Console()).print(table)
