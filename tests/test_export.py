"""Exports: schema.org ClaimReview JSON-LD and JSON Lines, from a real ledger of examples/.

The ledger is built once per module through ``pipeline.ingest_into`` (the real analyzer),
then checked and exported both through the library and through ``counterclaim export``.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.ledger import Ledger
from counterclaim.pipeline import check_ledger, ingest_into
from counterclaim.present.export import BEST_RATING, RATING, WORST_RATING, claimreview, dumps_jsonld, jsonl
from counterclaim.present.views import check_view
from counterclaim.records import VERDICTS

runner = CliRunner()
ORG = {"org_name": "Test Desk", "org_url": "https://desk.example.org"}
DATE_KEYS = {"datePublished", "temporalCoverage", "dateCreated", "dateModified"}
HOSTILE = (
    '"}], "@type": "Evil", "x": [{"a": "</script><script>alert(1)</script>'
    " <!-- {{7*7}} ${jndi:ldap://x} \\u0000 \u2028\u2029 \U0001F4A3 'quote' \\\" end"
)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory, examples_dir) -> Path:
    db = tmp_path_factory.mktemp("export") / "ledger.db"
    led = Ledger(db)
    summary = ingest_into(led, [str(examples_dir)])
    led.close()
    assert summary.added and summary.claims > 0, "the examples/ folder should give claims to export"
    return db


@pytest.fixture(scope="module")
def views(examples_db) -> list[dict]:
    led = Ledger(examples_db)
    out = [check_view(cid, chk) for cid, chk in check_ledger(led)]
    led.close()
    assert out
    return out


@pytest.fixture(scope="module")
def reviews(views) -> list[dict]:
    return claimreview(views, **ORG)


def walk(obj, path="$"):
    """Every (path, dict) in a JSON structure."""
    if isinstance(obj, dict):
        yield path, obj
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")


def assert_valid_review(review: dict, view: dict | None = None) -> None:
    """The ClaimReview properties Google's fact-check markup requires, and our own rules."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    date.fromisoformat(review["datePublished"])
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["appearance"] and all(a["@type"] == "CreativeWork" for a in item["appearance"])
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["worstRating"] == WORST_RATING and rating["bestRating"] == BEST_RATING
    assert isinstance(rating["ratingValue"], int) and WORST_RATING <= rating["ratingValue"] <= BEST_RATING
    assert rating["alternateName"] in VERDICTS
    assert rating["ratingValue"] == RATING[rating["alternateName"]]
    for path, obj in walk(review):
        if path != "$":
            assert "@type" in obj, f"{path} has no @type"
        for key in DATE_KEYS & obj.keys():
            date.fromisoformat(obj[key])  # ISO 8601 calendar date
    if view is not None:
        assert review["claimReviewed"] == view["quote"]
        assert rating["alternateName"] == view["verdict"]
        assert item["appearance"][0]["text"] == view["quote"]
        if view["said_on"]:
            assert item["datePublished"] == view["said_on"]
        author = item.get("author")
        if view["speaker"]:
            assert author["@type"] == "Person" and author["name"] == view["speaker"]
        elif view["speaker_org"]:
            assert author["@type"] == "Organization" and author["name"] == view["speaker_org"]
        if view["speaker_actor"]:
            assert author["memberOf"]["identifier"] == view["speaker_actor"]


# ---------------------------------------------------------------------------- library


def test_every_claim_becomes_a_valid_claimreview(views, reviews):
    assert len(reviews) == len(views)
    for view, review in zip(views, reviews):
        assert_valid_review(review, view)
        assert review["author"] == {"@type": "Organization", "name": "Test Desk", "url": "https://desk.example.org"}
        assert view["explanation"] in review["reviewBody"]
        assert review["reviewRating"]["ratingExplanation"] == view["explanation"]


def test_the_rating_scale_is_ordinal_from_contradicted_to_supported():
    assert set(RATING) == set(VERDICTS)
    order = [RATING[v] for v in ("contradicted", "disputed", "unverified", "supported")]
    assert order == sorted(order) and len(set(order)) == 4
    assert min(order) == WORST_RATING and max(order) == BEST_RATING


def test_evidence_is_cited_with_its_quotes(views, reviews):
    with_evidence = [(v, r) for v, r in zip(views, reviews) if v["evidence"]]
    assert with_evidence, "the examples should give at least one claim with evidence"
    for view, review in with_evidence:
        cited = [c["text"] for c in review["citation"]]
        assert cited == [e["quote"] for e in view["evidence"]]
    for view, review in zip(views, reviews):
        if not view["evidence"]:
            assert "citation" not in review


def test_json_round_trips(reviews):
    text = json.dumps(reviews, ensure_ascii=False)
    assert json.loads(text) == reviews
    assert json.loads(json.dumps(reviews, ensure_ascii=True)) == reviews


def test_review_date_url_and_organisation_are_configurable(views):
    out = claimreview(views[:1], org_name="Desk", org_url=None, review_url="https://desk.example.org/claims/{id}", today=date(2020, 2, 29))
    assert out[0]["datePublished"] == "2020-02-29"
    assert out[0]["author"] == {"@type": "Organization", "name": "Desk"}
    assert out[0]["url"] == f"https://desk.example.org/claims/{views[0]['id']}"
    default = claimreview(views[:1], org_name="Desk", org_url=None)
    assert default[0]["datePublished"] == date.today().isoformat()
    assert "url" not in default[0]


def test_article_url_is_used_only_when_it_is_a_web_url(views):
    view = copy.deepcopy(views[0])
    view["article"] = {"url": "https://news.example.org/a/1", "title": "A title", "outlet": "Example News", "published": "2016-11-16"}
    work = claimreview([view], **ORG)[0]["itemReviewed"]["appearance"][0]
    assert work["url"] == "https://news.example.org/a/1"
    assert work["publisher"] == {"@type": "Organization", "name": "Example News"}
    assert work["datePublished"] == "2016-11-16"
    for bad in ("javascript:alert(1)", "/etc/passwd", "data:text/html,<b>x</b>", "https://x.org/a b", None):
        view["article"] = {"url": bad}
        work = claimreview([view], **ORG)[0]["itemReviewed"]["appearance"][0]
        assert "url" not in work, bad
    view.pop("article")
    assert "url" not in claimreview([view], **ORG)[0]["itemReviewed"]["appearance"][0]


def test_hostile_text_stays_a_plain_string(views):
    view = copy.deepcopy(views[0])
    view.update(quote=HOSTILE, speaker=HOSTILE, speaker_org=HOSTILE, explanation=HOSTILE, said_on="not a date; DROP TABLE claims")
    view["evidence"] = [{"article_id": "x", "quote": HOSTILE, "date": "2016-13-45", "place": HOSTILE, "outlet": HOSTILE,
                         "url": "javascript:alert(1)"}]
    review = claimreview([view], org_name=HOSTILE, org_url="javascript:alert(1)")[0]
    assert_valid_review(review)
    assert review["claimReviewed"] == HOSTILE.strip()
    assert review["author"] == {"@type": "Organization", "name": HOSTILE.strip()}
    assert review["itemReviewed"]["author"]["name"] == HOSTILE.strip()
    assert "datePublished" not in review["itemReviewed"]  # an unparseable date is left out, not passed on
    cite = review["citation"][0]
    assert cite["text"] == HOSTILE.strip() and "url" not in cite and "temporalCoverage" not in cite
    # the text never turns into structure: same keys as a benign review, and it survives JSON
    assert set(review) == set(claimreview(views[:1], **ORG)[0]) | {"citation"}
    back = json.loads(json.dumps([review]))
    assert back == [review]
    assert not any(obj.get("@type") == "Evil" for _, obj in walk(back))
    # the JSON-LD text can be pasted into a <script> element: nothing in it can close one
    text = dumps_jsonld([review])
    assert json.loads(text) == [review]
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert len(dumps_jsonld([review], indent=None).splitlines()) == 1


def test_non_string_values_are_exported_as_text(views):
    view = copy.deepcopy(views[0])
    view.update(quote=12345, speaker={"@type": "Evil"}, speaker_org=None)
    review = claimreview([view], **ORG)[0]
    assert review["claimReviewed"] == "12345"
    assert review["itemReviewed"]["author"]["name"] == str({"@type": "Evil"})


def test_an_unknown_verdict_is_an_error(views):
    view = copy.deepcopy(views[0])
    view["verdict"] = "maybe"
    with pytest.raises(ValueError, match="C601"):
        claimreview([view], **ORG)


def test_jsonl_is_one_view_per_line(views):
    text = jsonl(views)
    lines = text.splitlines()
    assert text.endswith("\n") and len(lines) == len(views)
    assert [json.loads(line) for line in lines] == views
    hostile = copy.deepcopy(views[0])
    hostile["quote"] = "line one\nline two\u2028\u2029" + HOSTILE
    (line,) = jsonl([hostile]).splitlines()
    assert json.loads(line)["quote"] == hostile["quote"]


# ---------------------------------------------------------------------------- CLI


def run(*args, ok=True):
    result = runner.invoke(app, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, f"exit {result.exit_code}\n{result.output}\n{result.exception!r}"
    return result


def test_cli_exports_claimreview_to_stdout(examples_db, views):
    data = json.loads(run("export", "--db", examples_db, "--org-name", "CLI Desk", "--org-url", "https://cli.example.org").stdout)
    assert isinstance(data, list) and len(data) == len(views)
    by_quote = {v["quote"]: v for v in views}
    led = Ledger(examples_db)
    try:
        for review in data:
            view = by_quote[review["claimReviewed"]]
            assert_valid_review(review, view)
            assert review["author"] == {"@type": "Organization", "name": "CLI Desk", "url": "https://cli.example.org"}
            work = review["itemReviewed"]["appearance"][0]
            url = led.article(view["article_id"]).url
            assert work.get("url") == url  # the article's URL from the ledger, or none
    finally:
        led.close()
    assert any("url" in r["itemReviewed"]["appearance"][0] for r in data), "examples/reports.jsonl articles have URLs"


def test_cli_output_is_safe_to_embed_in_html(examples_db, tmp_path):
    # a self-written article whose claim carries markup into the export
    article = tmp_path / "markup.txt"
    article.write_text(
        "Army denies shelling Homs\n\n"
        "Artillery shells hit a market in Homs on Monday, killing 9 people, a local monitoring group said.\n\n"
        "A Syrian army spokesman said the army had not shelled the </script><b>Homs</b> & market on Monday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "markup.db"
    run("ingest", article, "--db", db)
    out = run("export", "--db", db).stdout
    assert "<" not in out and ">" not in out
    data = json.loads(out)
    assert data, "the self-written article should give a claim"
    assert any("</script>" in r["claimReviewed"] for r in data)


def test_cli_defaults_to_the_counterclaim_organisation(examples_db):
    data = json.loads(run("export", "--db", examples_db).stdout)
    assert all(r["author"] == {"@type": "Organization", "name": "counterclaim"} for r in data)


def test_cli_writes_jsonl_and_files(examples_db, views, tmp_path):
    out = run("export", "--format", "jsonl", "--db", examples_db).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["quote"] for r in rows] == [v["quote"] for v in views]
    assert all("article" in r for r in rows)

    target = tmp_path / "sub" / "reviews.json"
    run("export", "--db", examples_db, "--output", target, "--review-url", "https://cli.example.org/c/{id}")
    data = json.loads(target.read_text("utf-8"))
    assert len(data) == len(views)
    assert {r["url"] for r in data} == {f"https://cli.example.org/c/{v['id']}" for v in views}
    assert not list(tmp_path.glob("sub/*.part"))


def test_cli_rejects_an_unknown_format(examples_db):
    result = run("export", "--format", "xml", "--db", examples_db, ok=False)
    assert result.exit_code == 2
    assert "claimreview or jsonl" in result.output


def test_cli_exports_an_empty_ledger_as_an_empty_array(tmp_path):
    Ledger(tmp_path / "empty.db")
    assert json.loads(run("export", "--db", tmp_path / "empty.db").stdout) == []
    assert run("export", "--format", "jsonl", "--db", tmp_path / "empty.db").stdout == ""


@pytest.mark.parametrize("command", [["export"], ["claims"], ["incidents"], ["articles"], ["report", "--html", "r.html"]])
def test_a_ledger_that_is_not_there_is_an_error_not_an_empty_one(tmp_path, command):
    # a mistyped --db showed an empty ledger and left a stray file behind
    missing = tmp_path / "typo.db"
    result = run(*command, "--db", missing, ok=False)
    assert result.exit_code == 1
    assert "[C403]" in result.output and "counterclaim ingest" in result.output
    assert not missing.exists()
