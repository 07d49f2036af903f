"""The command line, run in-process with typer's CliRunner against a ledger in tmp_path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.records import VERDICTS

runner = CliRunner()


def run(*args, input=None, ok=True):
    result = runner.invoke(app, [str(a) for a in args], input=input)
    if ok:
        assert result.exit_code == 0, f"exit {result.exit_code}\n{result.output}\n{result.exception!r}"
    return result


def flat(text: str) -> str:
    """Output without whitespace: tables and long lines wrap at the console width."""
    return "".join(text.split())


def run_json(*args):
    return json.loads(run(*args, "--json").stdout)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory, examples_dir) -> Path:
    """A ledger holding the examples/ folder, ingested once through the CLI."""
    db = tmp_path_factory.mktemp("cli-examples") / "ledger.db"
    run("ingest", examples_dir, "--db", db)
    return db


@pytest.fixture(scope="module")
def example_claims(examples_db) -> list[dict]:
    return run_json("claims", "--db", examples_db)


# ---------------------------------------------------------------------------- ingest


def test_ingest_prints_a_summary_and_skipped_reasons(tmp_path, write_article):
    db = tmp_path / "cli.db"
    good = write_article("good.txt", 1)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"

    out = flat(run("ingest", empty, good, missing, "--db", db).output)
    assert flat("1 article(s) added") in out
    assert flat("2 skipped") in out
    assert flat(f"skipped {empty}: [C101] empty file") in out
    assert flat(f"skipped {missing}: [C100] no such file or directory") in out

    again = flat(run("ingest", empty, good, missing, "--db", db).output)
    assert flat("0 article(s) added") in again and flat("1 already in the ledger") in again

    listed = run_json("articles", "--db", db)
    assert [a["source"] for a in listed["articles"]] == [str(good)]
    assert sorted(s["source"] for s in listed["skipped"]) == sorted([str(empty), str(missing)])


def test_ingest_json_summary(tmp_path, write_article):
    db = tmp_path / "cli.db"
    good = write_article("good.txt", 2)
    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    summary = run_json("ingest", png, good, "--db", db)
    assert len(summary["added"]) == 1 and summary["already_present"] == []
    assert summary["skipped"] == [{"source": str(png), "reason": "[C104] binary content (NUL bytes), not an article"}]
    assert summary["reports"] >= 1 and summary["claims"] >= 1


def test_ingest_of_only_bad_items_exits_1(tmp_path):
    db = tmp_path / "cli.db"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("ingest", empty, "--db", db, ok=False)
    assert result.exit_code == 1
    assert flat("[C101] empty file") in flat(result.output)
    assert run_json("articles", "--db", db)["skipped"] == [{"source": str(empty), "reason": "[C101] empty file"}]


def test_ingest_from_stdin(tmp_path, article_text):
    db = tmp_path / "cli.db"
    summary = json.loads(run("ingest", "-", "--db", db, "--json", input=article_text(3)).stdout)
    assert len(summary["added"]) == 1
    assert run_json("articles", "--db", db)["articles"][0]["source"] == "stdin"


def test_a_database_that_cannot_be_opened_is_an_error(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database at all\n" * 200)
    result = run("articles", "--db", bogus, ok=False)
    assert result.exit_code == 1
    assert "Error:" in result.output and "[C401]" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# ---------------------------------------------------------------------------- claims, incidents, show, articles

CLAIM_KEYS = {"id", "article_id", "speaker", "speaker_org", "said_on", "quote", "stance", "scope", "verdict", "evidence", "coverage"}
EVIDENCE_KEYS = {"article_id", "quote", "date", "place"}


def test_claims_json_shape(example_claims):
    assert isinstance(example_claims, list) and example_claims
    for claim in example_claims:
        assert CLAIM_KEYS <= set(claim), CLAIM_KEYS - set(claim)
        assert claim["verdict"] in VERDICTS and claim["stance"] in ("asserts", "denies")
        assert isinstance(claim["id"], int) and len(claim["article_id"]) == 64
        assert claim["quote"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", claim["said_on"] or "")
        assert {"event_type", "place", "window", "actor"} <= set(claim["scope"])
        assert {"articles", "outlets"} <= set(claim["coverage"])
        for evidence in claim["evidence"]:
            assert EVIDENCE_KEYS <= set(evidence), EVIDENCE_KEYS - set(evidence)
            assert evidence["quote"]


def test_every_piece_of_evidence_points_at_its_quote_in_its_article(examples_db, example_claims):
    texts: dict[str, str] = {}
    evidence = [e for c in example_claims for e in c["evidence"]]
    assert evidence
    for e in evidence:
        if e["article_id"] not in texts:
            texts[e["article_id"]] = run_json("show", e["article_id"], "--db", examples_db)["article"]["text"]
        assert texts[e["article_id"]][e["start"] : e["end"]] == e["quote"]


def test_kremlin_28_days_claim_is_contradicted(example_claims):
    found = [c for c in example_claims if "not been bombed for 28 days" in c["quote"]]
    assert len(found) == 1, [c["quote"] for c in example_claims]
    claim = found[0]
    assert claim["speaker_org"] == "Kremlin" and claim["speaker"] == "Dmitry Peskov"
    assert claim["stance"] == "denies"
    assert claim["verdict"] == "contradicted"
    assert claim["evidence"], "a contradicted claim must show its evidence"
    assert all(e["article_id"] != claim["article_id"] for e in claim["evidence"])  # independent of the claimant's article
    assert claim["coverage"]["articles"] >= 2 and claim["coverage"]["outlets"] >= 2


def test_claims_verdict_filter(examples_db, example_claims):
    contradicted = run_json("claims", "--db", examples_db, "--verdict", "contradicted")
    assert contradicted and all(c["verdict"] == "contradicted" for c in contradicted)
    assert [c["id"] for c in contradicted] == [c["id"] for c in example_claims if c["verdict"] == "contradicted"]


def test_claims_table(examples_db):
    out = run("claims", "--db", examples_db).output
    assert "contradicted" in out and "Peskov" in out


def test_incidents_json(examples_db):
    incidents = run_json("incidents", "--db", examples_db)
    assert incidents
    for incident in incidents:
        assert {"id", "event_type", "date", "place", "perpetrators", "killed", "grade", "sources", "outlets", "figures", "reports"} <= set(incident)
        assert incident["reports"] and all(r["quote"] for r in incident["reports"])
    assert any("Aleppo" in (i["place"] or "") and i["event_type"] == "air_strike" for i in incidents)


def test_articles_lists_the_ledger(examples_db):
    listed = run_json("articles", "--db", examples_db)
    titles = {a["title"] for a in listed["articles"]}
    assert "Kremlin insists Aleppo pause holds as new Russian campaign starts" in titles
    assert "Army and air force target terrorist positions in Aleppo" in titles
    for row in listed["articles"]:
        assert {"id", "title", "outlet", "published", "url", "source", "reports", "claims"} <= set(row)
    table = run("articles", "--db", examples_db).output
    assert "Kremlin" in table
    assert all(a["id"][:12] in table for a in listed["articles"])


def test_show_by_prefix(examples_db):
    listed = run_json("articles", "--db", examples_db)["articles"]
    kremlin = next(a for a in listed if a["title"].startswith("Kremlin insists"))
    prefix = kremlin["id"][:10]
    shown = run_json("show", prefix, "--db", examples_db)
    assert shown["article"]["id"] == kremlin["id"]
    assert "not been bombed for 28 days" in shown["article"]["text"]
    assert any("28 days" in c["quote"] for c in shown["claims"])
    for item in shown["reports"] + shown["claims"]:  # offsets point into the article text
        assert shown["article"]["text"][item["start"]:item["end"]].startswith(item["quote"][:20])

    text = run("show", prefix, "--db", examples_db).output
    assert "Kremlin insists Aleppo pause holds" in text and kremlin["id"] in text
    assert "claim" in text


def test_show_unknown_prefix_is_an_error(examples_db):
    result = run("show", "zzzz", "--db", examples_db, ok=False)
    assert result.exit_code == 1 and "no single article" in result.output


def test_ingesting_examples_takes_only_the_sample_articles(examples_db, examples_dir):
    # a README in examples/ would be read as a news article, and its prose become evidence
    sources = [a["source"] for a in run_json("articles", "--db", examples_db)["articles"]]
    assert not [s for s in sources if Path(s).name.lower().startswith("readme")], sources
    assert {Path(re.sub(r":\d+$", "", s)).name for s in sources} == {
        "kremlin-briefing.txt", "reports.jsonl", "state-tv.html"}


# ---------------------------------------------------------------------------- check


STATEMENT = "Russian jets did not strike Aleppo in November 2016"


def test_check_a_typed_statement(examples_db):
    view = run_json("check", STATEMENT, "--by", "Kremlin", "--on", "2016-11-20", "--db", examples_db)
    assert CLAIM_KEYS <= set(view)
    assert view["quote"] == STATEMENT and view["said_on"] == "2016-11-20"
    assert view["stance"] == "denies" and view["speaker_org"] == "Kremlin"
    assert view["scope"]["place"] == "Aleppo"
    assert view["scope"]["window"]["from"] == "2016-11-01" and view["scope"]["window"]["to"] == "2016-11-30"
    assert view["verdict"] in ("contradicted", "disputed")  # strikes on Aleppo that month are in the ledger
    assert view["evidence"] and all(EVIDENCE_KEYS <= set(e) for e in view["evidence"])
    assert view["coverage"]["articles"] >= 2 and view["coverage"]["outlets"] >= 2

    out = run("check", STATEMENT, "--by", "Kremlin", "--on", "2016-11-20", "--db", examples_db).output
    assert view["verdict"] in out and flat("Kremlin denies") in flat(out)


def test_check_rejects_a_bad_date(examples_db):
    result = run("check", STATEMENT, "--on", "20/11/2016", "--db", examples_db, ok=False)
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_check_without_a_checkable_claim_is_an_error(examples_db):
    result = run("check", "The weather was mild and the markets were busy", "--db", examples_db, ok=False)
    assert result.exit_code == 1 and "[C501]" in result.output


# ---------------------------------------------------------------------------- report, demo

HOSTILE = """Aleppo raids resume despite denial

Thursday 17 November 2016

Kremlin spokesman Dmitry Peskov said on Thursday that <script>alert(1)</script> east Aleppo has not been bombed for 29 days.

Warplanes struck the al-Shaar district of east Aleppo on Thursday <img src=x onerror=alert(2)>, killing 12 people, the Syrian Observatory for Human Rights said.
"""


def test_report_html_escapes_hostile_text(tmp_path):
    db = tmp_path / "cli.db"
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    run("ingest", hostile, "--db", db)
    page_path = tmp_path / "out" / "report.html"
    page_path.parent.mkdir()
    out = run("report", "--html", page_path, "--db", db).output
    assert "wrote" in out
    page = page_path.read_text(encoding="utf-8")
    assert not list(page_path.parent.glob("*.part"))

    # the hostile text reached the page, escaped ...
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    # ... and never as live markup
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert not re.search(r"<[^>]*\bonerror\s*=", page, re.I)
    # self-contained: nothing loaded from elsewhere
    assert "default-src 'none'" in page
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "<link" not in page.lower()


def test_report_of_the_examples(examples_db, tmp_path):
    page_path = tmp_path / "report.html"
    run("report", "--html", page_path, "--db", examples_db)
    page = page_path.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "contradicted" in page and "not been bombed for 28 days" in page


def test_demo_prints_verdicts(tmp_path):
    page = tmp_path / "demo.html"
    result = run("demo", "--html", page)
    assert "contradicted" in result.output
    assert flat("0 skipped") in flat(result.output)
    assert page.is_file() and "contradicted" in page.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- untrusted text in the terminal

BRACKET_TITLE = "Raids on Aleppo resume [/b] while talks [red]stall"


def test_titles_with_brackets_are_shown_verbatim(tmp_path, article_text):
    db = tmp_path / "cli.db"
    story = tmp_path / "brackets.txt"
    story.write_text(BRACKET_TITLE + "\n\n" + article_text(1).split("\n", 2)[2], encoding="utf-8")
    run("ingest", story, "--db", db)
    listed = run_json("articles", "--db", db)["articles"]
    assert listed[0]["title"] == BRACKET_TITLE
    for out in (run("show", listed[0]["id"][:12], "--db", db).output, run("articles", "--db", db).output):
        assert "[/b]" in out and "[red]" in out


def test_skipped_source_with_brackets_is_printed_verbatim(tmp_path, write_article):
    db = tmp_path / "cli.db"
    good = write_article("good.txt", 1)
    odd = tmp_path / "gone[/b].txt"
    out = run("ingest", odd, good, "--db", db).output
    assert flat(f"skipped {odd}: [C100] no such file or directory") in flat(out)


def test_report_into_a_missing_folder_is_handled(examples_db, tmp_path):
    page = tmp_path / "not-yet" / "report.html"
    result = run("report", "--html", page, "--db", examples_db, ok=False)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert (result.exit_code == 0 and page.is_file()) or (result.exit_code == 1 and "Error:" in result.output)


# ---------------------------------------------------------------------------- the reference article


@pytest.mark.needs_shared
def test_reference_article_peskov_claim_is_contradicted(tmp_path, shared_dir):
    db = tmp_path / "seeds.db"
    run("ingest", shared_dir / "seeds", "--db", db)
    claims = run_json("claims", "--db", db)
    peskov = [c for c in claims if "28 days" in c["quote"] and c["speaker"] == "Dmitry Peskov"]
    assert len(peskov) == 1, [c["quote"] for c in claims]
    claim = peskov[0]
    assert claim["verdict"] == "contradicted"
    assert claim["said_on"] == "2016-11-16"
    assert any("killing 20 people" in e["quote"] for e in claim["evidence"]), [e["quote"] for e in claim["evidence"]]
