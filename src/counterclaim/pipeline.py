"""The pipeline end to end: ingest -> analyze -> ledger, and ledger -> fuse -> check.

These functions are what the CLI, the report and the benchmarks call; each stage module
stays ignorant of the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable

from .analyze import analyze, analyze_many
from .check import CheckOptions, check_all, check_claim
from .fuse import fuse
from .ingest import Note, Skipped, read_sources
from .ledger import Ledger
from .records import Article, Check, Claim, Incident


@dataclass
class IngestSummary:
    """What one ingest run did."""

    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    reports: int = 0
    claims: int = 0


def ingest_into(
    ledger: Ledger,
    paths: Iterable[str],
    *,
    stdin=None,
    max_bytes: int | None = None,
    on_item: Callable[[str], None] | None = None,
    batch_size: int = 16,
) -> IngestSummary:
    """Read sources, analyse new articles and store each one in its own transaction.

    Items that cannot be read are recorded as skipped (in the summary and the ledger);
    articles already in the ledger are left as they are, so re-running is safe.
    """
    summary = IngestSummary()
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    seen: set[str] = set()

    def items():
        for item in read_sources(paths, stdin=stdin, notes=summary.notes, **kwargs):
            if on_item:
                on_item(item.source or "" if isinstance(item, Article) else item.source)
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                ledger.add_skipped(item.source, item.reason)
                continue
            if item.id in seen or ledger.has_article(item.id):
                summary.already.append(item.id)
                continue
            seen.add(item.id)
            yield item

    for article, analysis in analyze_many(items(), batch_size=batch_size):
        if ledger.add(article, analysis):
            summary.added.append(article.id)
            summary.reports += len(analysis.reports)
            summary.claims += len(analysis.claims)
        else:
            summary.already.append(article.id)
    return summary


def incidents(ledger: Ledger) -> list[Incident]:
    """All incidents in the ledger, fused across articles."""
    return fuse(ledger.reports(), ledger.outlets())


def check_ledger(ledger: Ledger, options: CheckOptions = CheckOptions()) -> list[tuple[int, Check]]:
    """A verdict for every claim in the ledger, with its ledger id."""
    claims = ledger.claims()
    fused = incidents(ledger)
    checks = check_all([c for _, c in claims], fused, ledger.coverage, ledger.outlets(), options)
    return [(cid, chk) for (cid, _), chk in zip(claims, checks)]


def check_statement(
    ledger: Ledger,
    statement: str,
    *,
    by: str | None = None,
    on: date | None = None,
    options: CheckOptions = CheckOptions(),
) -> Check:
    """Check a typed statement ("Russian jets did not strike Aleppo in November 2016") against the ledger.

    The statement is read by the same analyzer as articles, as if ``by`` had said it on
    ``on``; the speaker's party comes from the speaker lexicon.
    """
    said_on = on or date.today()
    text = f"{statement.rstrip('.')}, {by or 'someone'} said."
    result = analyze(text, published=said_on, article_id="typed-statement", claims_from_anyone=True)
    if not result.claims:
        raise ValueError(
            "[C501] no checkable claim found in the statement: name an event (strike, shelling, attack...), "
            "a place and, if you can, a period"
        )
    found = result.claims[0]
    claim = Claim(
        article_id="typed-statement", start=0, end=len(statement), quote=statement, stance=found.stance,
        scope=found.scope, speaker=found.speaker or by, speaker_org=found.speaker_org, actor=found.actor,
        said_on=said_on, cue="(typed)", sentence=statement,
    )
    w = claim.scope.window
    coverage = ledger.coverage(claim.scope.place, w.start if w else None, w.end if w else None)
    return check_claim(claim, incidents(ledger), coverage, ledger.outlets(), options, [c for _, c in ledger.claims()])
