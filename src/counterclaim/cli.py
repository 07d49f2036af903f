"""The command line: thin commands over the library (ingest, claims, incidents, show, check, report, demo).

Each command opens the ledger, calls one library function and renders the result as a
table, JSON (``--json``) or HTML. Library errors become ``Error: ...`` and exit code 1.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .errors import CounterclaimError
from .ledger import Ledger, ledger_file

app = typer.Typer(
    help="Check what officials say about a war against what is reported on the ground.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(width=None if Console().is_terminal else 140)  # tables stay readable when piped
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="Ledger file or database URL (default: the user data directory, or $COUNTERCLAIM_DB).")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _open(db: Optional[str], create: bool = False) -> Ledger:
    """The ledger at ``db``; commands that only read it refuse a file that is not there
    (a mistyped --db would otherwise show an empty ledger and leave a stray file)."""
    path = ledger_file(db)
    if not create and path is not None and not path.exists():
        err.print(
            f"[red]Error:[/red] [C403] no ledger at {escape(str(path))}: ingest articles into it first "
            f"(counterclaim ingest FILES{' --db ' + escape(db) if db else ''}), or run counterclaim demo"
        )
        raise typer.Exit(1)
    try:
        return Ledger(db)
    except CounterclaimError as e:
        err.print(f"[red]Error:[/red] {e}")
        raise typer.Exit(1)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _write_atomically(path: Path, text: str) -> None:
    """Write a file whole or not at all (through a .part file), or exit with the reason."""
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as e:
        err.print(f"[red]Error:[/red] cannot write {escape(str(path))}: {escape(e.strerror or str(e))}")
        raise typer.Exit(1)


def _parse_day(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]Error:[/red] --on expects a date as YYYY-MM-DD, got {value!r}")
        raise typer.Exit(2)


def _ingest(ledger: Ledger, paths: list[str], max_bytes: Optional[int], quiet: bool):
    from .pipeline import ingest_into

    with Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(), TextColumn("{task.completed} item(s)"),
        TimeElapsedColumn(), console=err, transient=True, disable=quiet or not err.is_terminal,
    ) as progress:
        task = progress.add_task("reading and analysing", total=None)

        def tick(source: str) -> None:
            progress.update(task, advance=1, description=f"reading {Path(source).name[:40]}")

        return ingest_into(ledger, paths, max_bytes=max_bytes, on_item=tick)


def _summary_print(summary, as_json: bool) -> None:
    if as_json:
        _print_json(
            {
                "added": summary.added,
                "already_present": summary.already,
                "skipped": [{"source": s.source, "reason": s.reason} for s in summary.skipped],
                "notes": [{"source": n.source, "message": n.message} for n in summary.notes],
                "reports": summary.reports,
                "claims": summary.claims,
            }
        )
        return
    console.print(
        f"[bold]{len(summary.added)}[/bold] article(s) added ({summary.reports} incident report(s), {summary.claims} claim(s)); "
        f"{len(summary.already)} already in the ledger; {len(summary.skipped)} skipped."
    )
    for s in summary.skipped:
        console.print(f"  [yellow]skipped[/yellow] {escape(s.source)}: {escape(s.reason)}")
    for n in summary.notes:
        console.print(f"  [cyan]note[/cyan] {escape(n.source)}: {escape(n.message)}")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories, URLs, or - for standard input."),
    db: Optional[str] = DbOption,
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Largest single-article file accepted (default 10 MB)."),
    as_json: bool = JsonOption,
):
    """Read articles, analyse them and store them in the ledger (re-running is safe).

    Example: counterclaim ingest examples/ news.jsonl page.html
    """
    ledger = _open(db, create=True)
    try:
        summary = _ingest(ledger, paths, max_bytes, quiet=as_json)
    except CounterclaimError as e:
        err.print(f"[red]Error:[/red] {e}")
        raise typer.Exit(1)
    _summary_print(summary, as_json)
    if summary.skipped and not summary.added and not summary.already:
        raise typer.Exit(1)


def _checks(ledger: Ledger):
    from .pipeline import check_ledger
    from .present.views import check_view

    return [check_view(cid, chk) for cid, chk in check_ledger(ledger)]


@app.command()
def claims(
    db: Optional[str] = DbOption,
    verdict: Optional[str] = typer.Option(None, help="Only claims with this verdict."),
    as_json: bool = JsonOption,
):
    """Claims in the ledger with their verdicts, evidence and coverage.

    Example: counterclaim claims --verdict contradicted --json
    """
    from .present.tables import claims_table

    views = _checks(_open(db))
    if verdict:
        views = [v for v in views if v["verdict"] == verdict]
    if as_json:
        _print_json(views)
    else:
        console.print(claims_table(views))


@app.command()
def incidents(db: Optional[str] = DbOption, as_json: bool = JsonOption):
    """Incidents fused across articles, with every source's figure and a grade.

    Example: counterclaim incidents --json
    """
    from .pipeline import incidents as fused
    from .present.tables import incidents_table
    from .present.views import incident_view

    views = [incident_view(i) for i in fused(_open(db))]
    if as_json:
        _print_json(views)
    else:
        console.print(incidents_table(views))


@app.command()
def articles(db: Optional[str] = DbOption, as_json: bool = JsonOption):
    """Articles in the ledger, and items that could not be ingested.

    Example: counterclaim articles
    """
    from .present.tables import articles_table

    ledger = _open(db)
    rows = ledger.articles()
    if as_json:
        _print_json(
            {
                "articles": [{**r.__dict__, "published": r.published.isoformat() if r.published else None} for r in rows],
                "skipped": [{"source": s, "reason": r} for s, r in ledger.skipped()],
            }
        )
        return
    console.print(articles_table(rows))
    for source, reason in ledger.skipped():
        console.print(f"  [yellow]skipped[/yellow] {escape(source)}: {escape(reason)}")


@app.command()
def show(article_id: str = typer.Argument(..., help="An article id or a unique prefix of it."), db: Optional[str] = DbOption, as_json: bool = JsonOption):
    """One article: its metadata, text, incident reports and claims with offsets.

    Example: counterclaim show 3f2a9c
    """
    ledger = _open(db)
    article = ledger.article(article_id)
    if article is None:
        err.print(f"[red]Error:[/red] no single article matches {article_id!r}; list them with: counterclaim articles")
        raise typer.Exit(1)
    reports = ledger.reports(article.id)
    found = ledger.claims(article.id)
    if as_json:
        _print_json({"article": article.as_dict(), "reports": [r.as_dict() for r in reports], "claims": [{"id": i, **c.as_dict()} for i, c in found]})
        return
    console.print(f"[bold]{escape(article.title or '(no title)')}[/bold]")
    console.print(
        f"id {article.id}\npublished {article.published or '?'} (from {article.published_from}) · "
        f"outlet {escape(article.outlet or '?')} · source {escape(article.source or '?')}"
    )
    console.print()
    console.print(article.text, markup=False, highlight=False)
    console.print()
    for r in reports:
        where = escape((r.where.resolved or r.where.name) if r.where else "?")
        console.print(
            f"[bold]report[/bold] {r.event_type} on {r.when.start if r.when else '?'} in {where}; perpetrators "
            f"{', '.join(r.perpetrators) or 'unknown'} ({r.attribution}); killed {r.killed.best if r.killed else '-'} "
            f"[dim]chars {r.start}-{r.end}[/dim]",
        )
        console.print(f"   \u201c{r.quote}\u201d", markup=False, highlight=False)
    for i, c in found:
        console.print(f"[bold]claim {i}[/bold] {escape(c.speaker or c.speaker_org or '?')} ({c.actor or '-'}) {c.stance} [dim]chars {c.start}-{c.end}[/dim]")
        console.print(f"   \u201c{c.quote}\u201d", markup=False, highlight=False)


@app.command()
def check(
    statement: str = typer.Argument(..., help="The statement to check, in quotes."),
    by: Optional[str] = typer.Option(None, "--by", help="Who made it (a person or organisation, e.g. Kremlin)."),
    on: Optional[str] = typer.Option(None, "--on", help="When it was made (YYYY-MM-DD); default today."),
    db: Optional[str] = DbOption,
    as_json: bool = JsonOption,
):
    """Check a typed statement against the ledger.

    Example: counterclaim check "Russian jets did not strike Aleppo in November 2016" --by Kremlin --on 2016-11-20
    """
    from .pipeline import check_statement
    from .present.tables import claims_table
    from .present.views import check_view

    ledger = _open(db)
    try:
        result = check_statement(ledger, statement, by=by, on=_parse_day(on))
    except (ValueError, CounterclaimError) as e:
        err.print(f"[red]Error:[/red] {e}")
        raise typer.Exit(1)
    view = check_view("typed", result)
    if as_json:
        _print_json(view)
        return
    console.print(claims_table([view]))
    console.print(view["explanation"], markup=False, highlight=False)


@app.command()
def report(
    html: Path = typer.Option(..., "--html", help="Where to write the HTML page."),
    db: Optional[str] = DbOption,
):
    """Write one static, self-contained HTML page: claims, verdicts, evidence, incidents.

    Example: counterclaim report --html report.html
    """
    from .pipeline import incidents as fused
    from .present.html import render_report
    from .present.views import incident_view

    ledger = _open(db)
    page = render_report(_checks(ledger), [incident_view(i) for i in fused(ledger)], ledger.stats())
    _write_atomically(html, page)
    console.print(f"wrote {html} ({len(page) // 1024} KB)")


@app.command()
def export(
    fmt: str = typer.Option("claimreview", "--format", help="claimreview (schema.org JSON-LD array) or jsonl (one claim per line)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
    org_name: str = typer.Option("counterclaim", "--org-name", help="The reviewing organisation (ClaimReview author)."),
    org_url: Optional[str] = typer.Option(None, "--org-url", help="The reviewing organisation's web site."),
    review_url: Optional[str] = typer.Option(None, "--review-url", help="URL template of each review, {id} = claim id (e.g. https://example.org/claims/{id})."),
    db: Optional[str] = DbOption,
):
    """Export every checked claim as schema.org ClaimReview JSON-LD or JSON Lines.

    Example: counterclaim export --format claimreview --org-name "Example Desk" -o reviews.json
    """
    from .present.export import claimreview, dumps_jsonld, jsonl

    if fmt not in ("claimreview", "jsonl"):
        err.print(f"[red]Error:[/red] --format must be claimreview or jsonl, got {escape(fmt)!r}")
        raise typer.Exit(2)
    ledger = _open(db)
    views = _checks(ledger)
    articles: dict[str, Optional[dict]] = {}

    def article_info(article_id: str) -> Optional[dict]:
        if article_id not in articles:
            a = ledger.article(article_id) if article_id else None
            articles[article_id] = (
                {"url": a.url, "title": a.title, "outlet": a.outlet, "published": a.published.isoformat() if a.published else None}
                if a else None
            )
        return articles[article_id]

    for view in views:
        view["article"] = article_info(view["article_id"])
        for e in view["evidence"]:
            e["url"] = (article_info(e["article_id"]) or {}).get("url")
    try:
        if fmt == "claimreview":
            data = dumps_jsonld(claimreview(views, org_name=org_name, org_url=org_url, review_url=review_url)) + "\n"
        else:
            data = jsonl(views)
    except ValueError as e:
        err.print(f"[red]Error:[/red] {escape(str(e))}")
        raise typer.Exit(1)
    if output is None:
        sys.stdout.write(data)
        return
    _write_atomically(output, data)
    err.print(f"wrote {len(views)} claim(s) to {escape(str(output))} ({fmt})")


def _examples_dir() -> Path:
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "examples", Path.cwd() / "examples"):
        if candidate.is_dir():
            return candidate
    raise typer.BadParameter("the sample articles (examples/) were not found; pass --examples PATH")


@app.command()
def demo(
    examples: Optional[Path] = typer.Option(None, "--examples", help="Folder of sample articles (default: the bundled examples/)."),
    keep: Optional[Path] = typer.Option(None, "--keep", help="Keep the demo ledger in this file instead of a temporary one."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write the HTML report here."),
):
    """Ingest the bundled sample articles into a temporary ledger and print the verdicts.

    Example: counterclaim demo --html demo.html
    """
    from .present.tables import claims_table

    folder = examples or _examples_dir()
    with tempfile.TemporaryDirectory(prefix="counterclaim-demo-") as tmp:
        db = keep or Path(tmp) / "demo.db"
        ledger = _open(str(db), create=True)
        console.print(f"[bold]counterclaim demo[/bold]: sample articles from {folder}, ledger {db}")
        summary = _ingest(ledger, [str(folder)], None, quiet=False)
        _summary_print(summary, False)
        views = _checks(ledger)
        console.print(claims_table(views))
        if html:
            report(html=html, db=str(db))
        ledger.close()


def main() -> None:
    """Entry point of the ``counterclaim`` command."""
    app()


if __name__ == "__main__":
    main()
