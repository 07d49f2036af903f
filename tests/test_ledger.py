"""The ledger: where it lives, what it stores and how it answers."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import delete, func, select

from counterclaim.errors import LedgerError
from counterclaim.ledger import Ledger, articles_t, default_db_path, places_t
from counterclaim.records import Analysis, Article, Claim, DateSpan, Place, Range, Report, Scope

ALEPPO = Place(name="Aleppo", resolved="Aleppo", geonameid=170063, lat=36.2, lon=37.16, level="city", country="SY", admin1="Aleppo", start=10, end=16)
SHAAR = Place(name="al Shaar", resolved="al-Shaar", lat=36.22, lon=37.18, level="neighbourhood", country="SY", admin1="Aleppo", parent="Aleppo", start=40, end=48)
HOMS = Place(name="Homs", resolved="Homs", geonameid=169577, level="city", country="SY", admin1="Homs", start=5, end=9)
MANBIJ = Place(name="Manbij", resolved="Manbij", level="city", country="SY", admin1="Aleppo")
ALEPPO_PROVINCE = Place(name="Aleppo province", resolved="Aleppo Governorate", level="province", country="SY", admin1="Aleppo")


def make_article(n: int, *, outlet: str | None = "Sample Wire", published: date | None = date(2016, 11, 16), id: str | None = None) -> Article:
    text = f"Test article number {n}: warplanes struck a district on Wednesday, a monitor said in a statement."
    return Article(
        id=id or f"{n:02d}" + "ab" * 31,
        text=text,
        title=f"Test article {n}",
        url=f"https://example.org/test/{n}",
        outlet=outlet,
        published=published,
        published_from="metadata",
        source=f"/data/test-{n}.txt",
    )


def make_report(article_id: str, where: Place = SHAAR) -> Report:
    return Report(
        article_id=article_id,
        start=100,
        end=190,
        quote="Warplanes struck the al-Shaar district on Wednesday, killing at least 12 people, a monitor said.",
        event_type="air_strike",
        when=DateSpan(date(2016, 11, 16), date(2016, 11, 16), "on Wednesday"),
        where=where,
        means=("jets", "barrel bomb"),
        perpetrators=("RU", "SY"),
        attribution="uncertain",
        killed=Range(12, None, "at least 12"),
        injured=Range(20, 40, "dozens"),
        victims=(("children", 5), ("rescue_workers", 1)),
        sources=("Syrian Observatory for Human Rights",),
        trigger="struck",
    )


def make_claim(article_id: str) -> Claim:
    return Claim(
        article_id=article_id,
        start=200,
        end=260,
        quote="East Aleppo has not been bombed for four weeks, the spokesman said",
        stance="denies",
        scope=Scope(
            event_type="air_strike",
            place=ALEPPO,
            window=DateSpan(date(2016, 10, 19), date(2016, 11, 16), "for four weeks"),
            actor="RU",
            killed=Range(0, 0, "nobody"),
        ),
        speaker="A. Spokesman",
        speaker_org="Kremlin",
        actor="RU",
        said_on=date(2016, 11, 16),
        cue="said",
        sentence="East Aleppo has not been bombed for four weeks, the spokesman said.",
    )


def add(led: Ledger, article: Article, places=(), reports=(), claims=()) -> bool:
    return led.add(article, Analysis(article_id=article.id, reports=list(reports), claims=list(claims), places=list(places)))


# ---------------------------------------------------------------------------- where it lives


def test_sqlite_file_is_created_under_the_given_path(tmp_path):
    path = tmp_path / "nested" / "deeper" / "ledger.db"
    led = Ledger(path)
    assert path.is_file()
    assert led.stats() == {"articles": 0, "reports": 0, "claims": 0, "skipped": 0}
    led.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        assert {"articles", "reports", "claims", "places", "skipped", "meta"} <= tables
        assert conn.execute("select value from meta where key='schema_version'").fetchone() == ("1",)
        assert conn.execute("pragma journal_mode").fetchone()[0].lower() == "wal"


def test_database_url_form(tmp_path):
    path = tmp_path / "by-url.db"
    led = Ledger(f"sqlite:///{path}")
    assert path.is_file()
    article = make_article(1)
    assert add(led, article, [ALEPPO], [make_report(article.id)], [make_claim(article.id)])
    led.close()
    # the same file opened by path sees the same data
    again = Ledger(path)
    assert again.article(article.id) == article
    assert again.stats() == {"articles": 1, "reports": 1, "claims": 1, "skipped": 0}
    again.close()


def test_data_survives_reopening(tmp_path):
    led = Ledger(tmp_path / "l.db")
    article = make_article(2)
    add(led, article, [HOMS])
    led.add_skipped("/data/broken.html", "[C103] no article body found in the HTML")
    led.close()
    again = Ledger(tmp_path / "l.db")
    assert again.has_article(article.id)
    assert again.skipped() == [("/data/broken.html", "[C103] no article body found in the HTML")]
    again.close()


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    target = tmp_path / "from-env" / "ledger.db"
    monkeypatch.setenv("COUNTERCLAIM_DB", str(target))
    assert default_db_path() == target
    led = Ledger()
    assert target.is_file()
    led.close()


def test_a_file_that_is_not_a_database_is_a_ledger_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(LedgerError, match=r"\[C401\]"):
        Ledger(bogus)


# ---------------------------------------------------------------------------- what it stores


def test_records_round_trip(ledger):
    article = make_article(3)
    report = make_report(article.id)
    claim = make_claim(article.id)
    assert add(ledger, article, [ALEPPO, SHAAR], [report], [claim]) is True

    assert ledger.article(article.id) == article
    assert ledger.reports(article.id) == [report]
    stored = ledger.claims(article.id)
    assert len(stored) == 1 and isinstance(stored[0][0], int)
    assert stored[0][1] == claim
    # spot checks, in case equality were ever loosened
    back = ledger.reports()[0]
    assert back.when.start == date(2016, 11, 16) and back.where.parent == "Aleppo" and back.where.city == "Aleppo"
    assert back.victims == (("children", 5), ("rescue_workers", 1)) and back.killed.low == 12
    assert stored[0][1].scope.window.start == date(2016, 10, 19) and stored[0][1].said_on == date(2016, 11, 16)
    assert stored[0][1].scope.place == ALEPPO


def test_adding_the_same_article_twice_is_a_no_op(ledger):
    article = make_article(4)
    assert add(ledger, article, [ALEPPO], [make_report(article.id)], [make_claim(article.id)]) is True
    stats = ledger.stats()
    assert add(ledger, article, [ALEPPO], [make_report(article.id)], [make_claim(article.id)]) is False
    assert ledger.stats() == stats == {"articles": 1, "reports": 1, "claims": 1, "skipped": 0}


def test_an_article_is_written_whole_or_not_at_all(ledger):
    article = make_article(5)
    broken_claim = Claim(**{**make_claim(article.id).__dict__, "said_on": "16/11/2016"})  # not a date: the insert fails
    with pytest.raises(LedgerError, match=r"\[C402\]"):
        add(ledger, article, [ALEPPO], [make_report(article.id)], [broken_claim])
    assert not ledger.has_article(article.id)
    assert ledger.stats() == {"articles": 0, "reports": 0, "claims": 0, "skipped": 0}
    with ledger.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(places_t)).scalar() == 0


def test_deleting_an_article_cascades(ledger):
    article = make_article(6)
    add(ledger, article, [ALEPPO, SHAAR], [make_report(article.id)], [make_claim(article.id)])
    with ledger.engine.begin() as conn:
        conn.execute(delete(articles_t).where(articles_t.c.id == article.id))
    assert ledger.stats() == {"articles": 0, "reports": 0, "claims": 0, "skipped": 0}
    with ledger.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(places_t)).scalar() == 0


def test_skipped_items_are_recorded_once(ledger):
    ledger.add_skipped("/data/a.png", "[C104] binary content (NUL bytes), not an article")
    ledger.add_skipped("/data/a.png", "[C104] binary content (NUL bytes), not an article")
    ledger.add_skipped("/data/b.txt", "[C101] empty file")
    assert ledger.skipped() == [
        ("/data/a.png", "[C104] binary content (NUL bytes), not an article"),
        ("/data/b.txt", "[C101] empty file"),
    ]
    assert ledger.stats()["skipped"] == 2


# ---------------------------------------------------------------------------- how it answers


def test_articles_are_listed_newest_first_with_counts(ledger):
    older = make_article(7, published=date(2016, 11, 14))
    newer = make_article(8, published=date(2016, 11, 17))
    add(ledger, older, [ALEPPO])
    add(ledger, newer, [ALEPPO], [make_report(newer.id), make_report(newer.id, ALEPPO)], [make_claim(newer.id)])
    rows = ledger.articles()
    assert [r.id for r in rows] == [newer.id, older.id]
    assert (rows[0].reports, rows[0].claims, rows[1].reports, rows[1].claims) == (2, 1, 0, 0)
    assert rows[0].title == "Test article 8" and rows[0].published == date(2016, 11, 17)
    assert ledger.outlets() == {older.id: "Sample Wire", newer.id: "Sample Wire"}


def test_reports_come_back_in_date_order(ledger):
    article = make_article(9)
    late = Report(**{**make_report(article.id).__dict__, "start": 10, "when": DateSpan(date(2016, 11, 18), date(2016, 11, 18))})
    early = Report(**{**make_report(article.id).__dict__, "start": 300, "when": DateSpan(date(2016, 11, 2), date(2016, 11, 2))})
    add(ledger, article, [], [late, early])
    assert ledger.reports() == [early, late]


def test_article_by_unique_prefix(ledger):
    first = make_article(10, id="abcd1" + "0" * 59)
    second = make_article(11, id="abcd2" + "0" * 59)
    add(ledger, first)
    add(ledger, second)
    assert ledger.article(first.id) == first
    assert ledger.article("abcd1") == first
    assert ledger.article("abcd2") == second
    assert ledger.article("abcd") is None  # ambiguous
    assert ledger.article("ffff") is None  # unknown


def test_article_prefix_is_not_a_wildcard_pattern(ledger):
    only = make_article(12, id="abcd3" + "0" * 59)
    add(ledger, only)
    assert ledger.article("%") is None
    assert ledger.article("_bcd3") is None


def _coverage_ledger(led: Ledger) -> dict[str, Article]:
    arts = {
        "a": make_article(20, outlet="Outlet A", published=date(2016, 11, 16)),
        "b": make_article(21, outlet="Outlet B", published=date(2016, 11, 17)),
        "a2": make_article(22, outlet="Outlet A", published=date(2016, 11, 15)),
        "late": make_article(23, outlet="Outlet C", published=date(2016, 11, 25)),
        "early": make_article(24, outlet="Outlet D", published=date(2016, 11, 1)),
        "homs": make_article(25, outlet="Outlet E", published=date(2016, 11, 16)),
        "nameless": make_article(26, outlet=None, published=date(2016, 11, 18)),
        "manbij": make_article(27, outlet="Outlet F", published=date(2016, 11, 16)),
    }
    places = {"a": [ALEPPO], "b": [SHAAR], "a2": [ALEPPO, SHAAR], "late": [ALEPPO], "early": [ALEPPO], "homs": [HOMS], "nameless": [ALEPPO], "manbij": [MANBIJ]}
    for key, article in arts.items():
        add(led, article, places[key])
    return arts


def test_coverage_counts_articles_and_outlets_for_a_place_and_window(ledger):
    arts = _coverage_ledger(ledger)
    cov = ledger.coverage(ALEPPO, date(2016, 11, 10), date(2016, 11, 16))
    # a, b (al-Shaar lies in Aleppo), a2 (two mentions, counted once), nameless (2 days of slack);
    # not "late" (after the slack), "early" (before the window) nor "homs"
    expected = sorted(arts[k].id for k in ("a", "b", "a2", "nameless"))
    assert cov.article_ids == expected and cov.articles == 4
    assert cov.outlets == 3
    assert cov.outlet_names == sorted(["Outlet A", "Outlet B", f"unknown outlet ({arts['nameless'].id[:8]})"])


def test_coverage_slack_and_open_windows(ledger):
    arts = _coverage_ledger(ledger)
    no_slack = ledger.coverage(ALEPPO, date(2016, 11, 10), date(2016, 11, 16), slack_days=0)
    assert no_slack.article_ids == sorted(arts[k].id for k in ("a", "a2"))
    everything_in_aleppo = ledger.coverage(ALEPPO, None, None)
    assert everything_in_aleppo.articles == 6
    assert ledger.coverage(None, None, None).articles == 8
    assert ledger.coverage(HOMS, date(2016, 11, 16), date(2016, 11, 16)).article_ids == [arts["homs"].id]
    assert ledger.coverage(Place(name="Raqqa", resolved="Raqqa", level="city"), None, None).articles == 0


def test_coverage_of_a_province_counts_its_cities_and_neighbourhoods(ledger):
    arts = _coverage_ledger(ledger)
    cov = ledger.coverage(ALEPPO_PROVINCE, date(2016, 11, 15), date(2016, 11, 17))
    assert cov.article_ids == sorted(arts[k].id for k in ("a", "b", "a2", "nameless", "manbij"))
    city = ledger.coverage(ALEPPO, date(2016, 11, 15), date(2016, 11, 17))
    assert arts["manbij"].id not in city.article_ids


def test_a_district_reaches_towns_some_km_from_its_point():
    from counterclaim.fuse import place_within
    from counterclaim.records import Place

    ghouta = Place(name="Eastern Ghouta", level="district", country="SY", admin1="Rif Dimashq", lat=33.56, lon=36.42)
    douma = Place(name="Douma", level="city", country="SY", admin1="Rif Dimashq", lat=33.5722, lon=36.4036)
    zamalka = Place(name="Zamalka", level="city", country="SY", admin1="Rif Dimashq", lat=33.518, lon=36.356)
    homs = Place(name="Homs", level="city", country="SY", admin1="Homs", lat=34.73, lon=36.71)
    assert place_within(douma, ghouta) and place_within(zamalka, ghouta)
    assert not place_within(homs, ghouta)


def test_ledger_file_names_the_sqlite_file_or_none_for_a_url(tmp_path, monkeypatch):
    from counterclaim.ledger import ledger_file

    assert ledger_file(tmp_path / "a.db") == tmp_path / "a.db"
    assert ledger_file("postgresql://user@host/ledger") is None
    monkeypatch.setenv("COUNTERCLAIM_DB", "postgresql://user@host/ledger")
    assert ledger_file() is None, "a URL in the environment is a URL, not a file"
    monkeypatch.setenv("COUNTERCLAIM_DB", str(tmp_path / "env.db"))
    assert ledger_file() == tmp_path / "env.db"
