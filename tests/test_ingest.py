"""Ingest: bad input, crashes mid-batch, formats, cleaning.

Every bad-input test runs a batch with a good article in it and checks that: the bad item
is reported with its reason (in the summary and the ledger's skipped table), the good
article lands, nothing half-written remains, and a second run changes nothing.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import tracemalloc
from collections import Counter
from datetime import date

import pytest

from counterclaim.analyze import analyze
from counterclaim.ingest import (
    Skipped,
    article_id,
    clean_text,
    decode_bytes,
    extract_html,
    normalise_text,
    parse_date,
    read_sources,
)
from counterclaim.ledger import Ledger
from counterclaim.pipeline import ingest_into
from counterclaim.records import Article

try:
    from httpx import InvalidURL
except ImportError:  # pragma: no cover - URL ingestion needs httpx
    InvalidURL = ImportError

# ---------------------------------------------------------------------------- helpers


def ingest_twice(ledger: Ledger, paths, **kwargs):
    """Ingest a batch, then the same batch again: the second run must change nothing."""
    paths = [str(p) for p in paths]
    first = ingest_into(ledger, paths, **kwargs)
    before = (ledger.stats(), ledger.skipped(), [(a.id, a.source, a.reports, a.claims) for a in ledger.articles()])
    second = ingest_into(ledger, paths, **kwargs)
    assert second.added == [], "a second run of the same batch added articles again"
    assert sorted(second.already) == sorted(first.added + first.already)
    assert [(s.source, s.reason) for s in second.skipped] == [(s.source, s.reason) for s in first.skipped]
    after = (ledger.stats(), ledger.skipped(), [(a.id, a.source, a.reports, a.claims) for a in ledger.articles()])
    assert after == before, "a second run of the same batch changed the ledger"
    return first


@pytest.fixture
def check_batch(ledger, assert_ledger_consistent):
    """check_batch(summary, good=[paths], skipped=[(source, reason fragment)])."""

    def check(summary, good, skipped):
        good_sources = sorted(str(p) for p in good)
        # the good articles landed, and only they
        assert len(summary.added) == len(good_sources)
        assert sorted(a.source for a in ledger.articles()) == good_sources
        assert sorted(a.id for a in ledger.articles()) == sorted(summary.added)
        # each bad item is reported once, with its reason, in the summary and the ledger
        assert len(summary.skipped) == len(skipped), summary.skipped
        stored = ledger.skipped()
        assert len(stored) == len(skipped), stored
        for source, fragment in skipped:
            found = [s for s in summary.skipped if s.source == str(source)]
            assert len(found) == 1, f"{source} not reported as skipped: {summary.skipped}"
            reason = found[0].reason
            assert re.match(r"\[C\d{3}\] ", reason), f"reason without a code: {reason!r}"
            assert fragment.lower() in reason.lower(), f"{fragment!r} not in {reason!r}"
            assert (str(source), reason) in stored
        # nothing half-written
        assert ledger.stats()["articles"] == len(good_sources)
        assert_ledger_consistent(ledger)

    return check


# ---------------------------------------------------------------------------- bad input


def test_empty_file_is_skipped(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    summary = ingest_twice(ledger, [empty, good])
    check_batch(summary, good=[good], skipped=[(empty, "empty")])


def test_blank_file_is_skipped_as_empty(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t \r\n")
    summary = ingest_twice(ledger, [good, blank])
    check_batch(summary, good=[good], skipped=[(blank, "empty")])


def _png_bytes() -> bytes:
    # A PNG signature, an IHDR chunk (lengths are big-endian, so full of NULs) and noise.
    rng = random.Random(1)
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" + rng.randbytes(3000)


def test_png_file_is_skipped_as_binary(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    png = tmp_path / "photo.png"
    png.write_bytes(_png_bytes())
    summary = ingest_twice(ledger, [png, good])
    check_batch(summary, good=[good], skipped=[(png, "binary")])


def test_random_bytes_with_nuls_named_txt_are_skipped_as_binary(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    noise = bytearray(range(256)) * 16
    random.Random(2).shuffle(noise)
    junk = tmp_path / "dump.txt"  # the suffix says text; the content is not
    junk.write_bytes(bytes(noise))
    summary = ingest_twice(ledger, [good, junk])
    check_batch(summary, good=[good], skipped=[(junk, "binary")])


def test_binary_without_nuls_is_skipped_as_binary(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    rng = random.Random(3)
    junk = tmp_path / "blob.txt"
    junk.write_bytes(bytes(rng.choice(list(range(1, 9)) + list(range(128, 256))) for _ in range(8000)))
    summary = ingest_twice(ledger, [good, junk])
    check_batch(summary, good=[good], skipped=[(junk, "binary")])


def test_a_false_utf16_byte_order_mark_is_skipped_as_mis_encoded(ledger, tmp_path, write_article, check_batch):
    # starts like UTF-16 (FF FE), then an odd number of bytes of something else: once a
    # crash that stopped the whole batch
    good = write_article()
    liar = tmp_path / "liar.txt"
    liar.write_bytes(b"\xff\xfe\x00garbage latin1 \xe9\xe8 text about Idlib")
    summary = ingest_twice(ledger, [liar, good])
    check_batch(summary, good=[good], skipped=[(liar, "mis-encoded")])


CP1252_TEXT = (
    "Bakery hit in Maarrat al-Numan\n\n"
    "A bakery in Maarrat al-Numan was hit by a rocket on Friday, the café owner José Müller "
    "told reporters \u2014 \u201cnothing is left of it\u201d, he said, adding that four people were hurt.\n"
)


def test_cp1252_article_is_ingested_with_a_note(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    latin = tmp_path / "latin.txt"
    latin.write_bytes(CP1252_TEXT.encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        latin.read_bytes().decode("utf-8")  # the test file really is not UTF-8

    summary = ingest_twice(ledger, [latin, good])
    check_batch(summary, good=[good, latin], skipped=[])

    notes = [n for n in summary.notes if n.source == str(latin)]
    assert len(notes) == 1 and "not valid utf-8" in notes[0].message.lower()
    assert not [n for n in summary.notes if n.source == str(good)]

    stored = next(a for a in ledger.articles() if a.source == str(latin))
    text = ledger.article(stored.id).text
    for fragment in ("café owner José Müller", "\u2014", "\u201cnothing is left of it\u201d"):
        assert fragment in text
    assert "Ã" not in text and "\ufffd" not in text  # no mojibake, no replacement characters


@pytest.fixture
def big_file(tmp_path):
    """A 50 MB text file (repeated lines), removed after the test to spare the disk."""
    path = tmp_path / "huge.txt"
    line = b"Filler line of an oversized dump that is not one article, repeated over and over.\n"
    block = line * (1024 * 1024 // len(line) + 1)  # a little over 1 MB
    with path.open("wb") as fh:
        for _ in range(50):
            fh.write(block)
    yield path
    path.unlink(missing_ok=True)


def test_50mb_file_is_skipped_as_too_large(ledger, big_file, write_article, check_batch):
    good = write_article()
    assert big_file.stat().st_size > 50 * 1024 * 1024
    summary = ingest_twice(ledger, [good, big_file])
    check_batch(summary, good=[good], skipped=[(big_file, "too large")])


def test_50mb_file_is_not_read_into_memory(big_file):
    tracemalloc.start()
    try:
        items = list(read_sources([str(big_file)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == 1 and isinstance(items[0], Skipped) and "too large" in items[0].reason
    assert peak < 5 * 1024 * 1024, f"reading a file to skip it used {peak / 1e6:.1f} MB"


MALFORMED_HTML = {
    "truncated": b'<html><head><title>Half a page</ti\n<body><div class="story"><p',
    "no-body-text": b'<!doctype html><html><head><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav><div><span>',
    "tag-soup": b"<html><body><<<>>><p><b><i></p></div></span></td></body></b>",
}


@pytest.mark.parametrize("kind", sorted(MALFORMED_HTML))
def test_malformed_html_is_reported(ledger, tmp_path, write_article, check_batch, kind):
    good = write_article()
    page = tmp_path / f"{kind}.html"
    page.write_bytes(MALFORMED_HTML[kind])
    summary = ingest_twice(ledger, [page, good])
    check_batch(summary, good=[good], skipped=[(page, "no article")])


def test_jsonl_with_one_broken_line(ledger, tmp_path, article_text, check_batch):
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": "First good record", "text": article_text(1)}),
        "",  # a blank line still counts in the line numbers
        '{"title": "Broken record", "text": "the closing quote and brace never come',
        json.dumps({"title": "Second good record", "text": article_text(2)}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = ingest_twice(ledger, [feed])
    check_batch(summary, good=[f"{feed}:1", f"{feed}:4"], skipped=[(f"{feed}:3", "invalid JSON")])
    assert sorted(a.title for a in ledger.articles()) == ["First good record", "Second good record"]


def test_missing_path_is_reported(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    missing = tmp_path / "not-there" / "story.txt"
    summary = ingest_twice(ledger, [missing, good])
    check_batch(summary, good=[good], skipped=[(missing, "no such file")])


def test_many_bad_items_in_one_batch(ledger, tmp_path, write_article, check_batch):
    first, second = write_article("a.txt", 1), write_article("b.txt", 2)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "photo.png"
    png.write_bytes(_png_bytes())
    page = tmp_path / "broken.html"
    page.write_bytes(MALFORMED_HTML["truncated"])
    missing = tmp_path / "gone.txt"
    summary = ingest_twice(ledger, [empty, first, png, page, missing, second])
    check_batch(
        summary,
        good=[first, second],
        skipped=[(empty, "empty"), (png, "binary"), (page, "no article"), (missing, "no such file")],
    )


def test_bad_items_in_a_directory_do_not_stop_it(ledger, tmp_path, write_article, check_batch):
    folder = tmp_path / "inbox"
    good = write_article("inbox/good.txt", 3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(_png_bytes())
    summary = ingest_twice(ledger, [folder])
    check_batch(summary, good=[good], skipped=[(folder / "empty.txt", "empty"), (folder / "image.png", "binary")])


# ---------------------------------------------------------------------------- crash mid-batch


def test_crash_mid_batch_keeps_what_was_committed(ledger, tmp_path, write_article, monkeypatch, assert_ledger_consistent):
    paths = [write_article(f"article-{i}.txt", i) for i in range(5)]
    real_add = Ledger.add
    calls = []

    def failing_add(self, article, analysis):
        calls.append(article.source)
        if len(calls) == 3:
            raise RuntimeError("simulated crash while storing the third article")
        return real_add(self, article, analysis)

    monkeypatch.setattr(Ledger, "add", failing_add)
    with pytest.raises(RuntimeError, match="simulated crash"):
        ingest_into(ledger, [str(p) for p in paths])
    monkeypatch.undo()

    assert sorted(a.source for a in ledger.articles()) == [str(paths[0]), str(paths[1])]
    assert_ledger_consistent(ledger)
    for row in ledger.articles():  # each committed article is complete
        stored = ledger.article(row.id)
        fresh = analyze(stored.text, published=stored.published, article_id=stored.id)
        assert fresh.reports and fresh.claims, "the test article should give reports and claims"
        key = lambda r: (r.start, r.end)  # noqa: E731
        assert sorted(ledger.reports(row.id), key=key) == sorted(fresh.reports, key=key)
        assert sorted((c for _, c in ledger.claims(row.id)), key=key) == sorted(fresh.claims, key=key)

    resumed = ingest_into(ledger, [str(p) for p in paths])
    assert len(resumed.added) == 3 and len(resumed.already) == 2
    assert sorted(a.source for a in ledger.articles()) == sorted(str(p) for p in paths)
    assert ledger.stats()["articles"] == 5
    assert_ledger_consistent(ledger)


def test_failure_inside_the_transaction_leaves_no_half_article(ledger, write_article, monkeypatch, assert_ledger_consistent):
    import counterclaim.ledger as ledger_module

    paths = [write_article(f"article-{i}.txt", i) for i in range(5)]
    victim = read_article(paths[2])
    real_claim_row = ledger_module._claim_row

    def failing_claim_row(claim):
        if claim.article_id == victim.id:  # the article and report rows are already inserted by now
            raise RuntimeError("simulated crash while writing the claims")
        return real_claim_row(claim)

    monkeypatch.setattr(ledger_module, "_claim_row", failing_claim_row)
    with pytest.raises(RuntimeError, match="simulated crash"):
        ingest_into(ledger, [str(p) for p in paths])
    monkeypatch.undo()

    assert not ledger.has_article(victim.id)
    assert sorted(a.source for a in ledger.articles()) == [str(paths[0]), str(paths[1])]
    assert_ledger_consistent(ledger)

    ingest_into(ledger, [str(p) for p in paths])
    assert ledger.stats()["articles"] == 5
    assert ledger.claims(victim.id) and ledger.reports(victim.id)
    assert_ledger_consistent(ledger)


def read_article(path) -> Article:
    items = list(read_sources([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


# ---------------------------------------------------------------------------- formats


def test_directory_is_read_recursively_without_hidden_files(tmp_path, write_article):
    root = tmp_path / "corpus"
    top = write_article("corpus/top.txt", 1)
    deep = write_article("corpus/2016/november/deep.md", 2)
    write_article("corpus/.draft.txt", 3)
    write_article("corpus/.cache/cached.txt", 4)
    write_article("corpus/2016/.hidden/inside.txt", 5)
    items = list(read_sources([str(root)]))
    assert all(isinstance(i, Article) for i in items), items
    assert sorted(i.source for i in items) == sorted([str(top), str(deep)])


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Mortar fire hits Homs market, officials say | Sample Gazette</title>
<meta property="og:title" content="Mortar fire hits Homs market, officials say">
<meta property="og:site_name" content="Sample Gazette">
<meta property="article:published_time" content="2016-11-14T09:30:00Z">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Mortar fire hits Homs market, officials say</h1>
<p>Mortar rounds landed on a crowded vegetable market in the al-Waer district of Homs on Monday morning, killing seven people, provincial officials said.</p>
<p>A local doctor said the wounded were taken to two field clinics that were already short of supplies and staff.</p>
<p>No group said it had fired the rounds, and the army blamed insurgents positioned to the north of the city.</p>
</article></main>
<footer><p>Copyright 2016 Sample Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_html_file_body_title_and_date(ledger, tmp_path):
    page = tmp_path / "market.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    summary = ingest_twice(ledger, [page])
    assert len(summary.added) == 1 and not summary.skipped
    article = ledger.article(summary.added[0])
    assert article.title == "Mortar fire hits Homs market, officials say"
    assert article.published == date(2016, 11, 14) and article.published_from == "metadata"
    assert article.outlet == "Sample Gazette"
    assert "killing seven people" in article.text and "short of supplies" in article.text
    for chrome in ("Privacy policy", "All rights reserved", "Sport", "<p>", "og:title"):
        assert chrome not in article.text


TABLE_PAGE = """<!DOCTYPE html><html><head><title>Monitor tallies the dead in Idlib strikes</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>Monitor tallies the dead in Idlib strikes</h1>
<p>Air strikes on towns across the south of Idlib province killed at least 31 civilians on Monday, a monitoring group said, in the heaviest day of bombing since the truce collapsed last month.</p>
<p>The group published its count town by town, saying rescuers were still searching the rubble of two buildings in Khan Sheikhoun and that the toll was likely to rise.</p>
<table><tr><th>Town</th><th>Civilians killed</th><th>Children</th></tr>
<tr><td>Khan Sheikhoun</td><td>14</td><td>5</td></tr>
<tr><td>Maarat al-Numan</td><td>11</td><td>3</td></tr>
<tr><td>Kafranbel</td><td>6</td><td>2</td></tr></table>
<p>Neither the Syrian army nor Russia's defence ministry commented on the strikes, which residents said were carried out by jets flying in pairs from the south.</p>
</article></main>
<footer><p>Copyright 2019 Sample Gazette. All rights reserved.</p></footer></body></html>"""


def test_a_table_in_the_article_body_is_kept():
    # a monitor's town-by-town count is part of the report, not page furniture
    text = extract_html(TABLE_PAGE)["text"]
    assert "Khan Sheikhoun | 14 | 5" in text and "Kafranbel | 6 | 2" in text
    assert text.index("killed at least 31") < text.index("Kafranbel") < text.index("Neither the Syrian army")


def test_html_without_html_suffix_is_sniffed(tmp_path):
    page = tmp_path / "market.dat"
    page.write_text(HTML_PAGE, encoding="utf-8")
    article = read_article(page)
    assert "killing seven people" in article.text and "<" not in article.text
    assert article.published == date(2016, 11, 14)


def test_jsonl_metadata_is_honoured(ledger, tmp_path, article_text):
    feed = tmp_path / "wire.jsonl"
    records = [
        {"title": "A title given by the feed", "published": "2016-11-15T08:00:00Z",
         "url": "https://www.example.org/news/1", "outlet": "Sample Wire", "text": article_text(1)},
        {"url": "https://www.example.net/story/2", "date": "16 November 2016", "content": article_text(2)},
        {"title": "An HTML record", "published": "2016-11-13", "outlet": "Sample Wire",
         "html": HTML_PAGE.replace("2016-11-14T09:30:00Z", "2016-11-01")},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = ingest_into(ledger, [str(feed)])
    assert not summary.skipped and len(summary.added) == 3
    by_source = {a.source: ledger.article(a.id) for a in ledger.articles()}

    first = by_source[f"{feed}:1"]
    assert (first.title, first.published, first.url, first.outlet, first.published_from) == (
        "A title given by the feed", date(2016, 11, 15), "https://www.example.org/news/1", "Sample Wire", "metadata")

    second = by_source[f"{feed}:2"]
    assert second.outlet == "example.net"  # from the URL, without www.
    assert second.published == date(2016, 11, 16)
    assert second.title == article_text(2).splitlines()[0]  # the headline line

    third = by_source[f"{feed}:3"]
    assert third.title == "An HTML record"
    assert third.published == date(2016, 11, 13)  # the record's date wins over the page's
    assert "killing seven people" in third.text


def test_stdin_is_read(ledger, article_text):
    items = list(read_sources(["-"], stdin=io.BytesIO(article_text(4).encode("utf-8"))))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].source == "stdin" and "Deir ez-Zor" in items[0].text

    summary = ingest_into(ledger, ["-"], stdin=io.BytesIO(article_text(4).encode("utf-8")))
    assert summary.added == [items[0].id]
    again = ingest_into(ledger, ["-"], stdin=io.BytesIO(article_text(4).encode("utf-8")))
    assert again.added == [] and again.already == [items[0].id]


def test_stdin_jsonl_is_sniffed(article_text):
    data = "".join(json.dumps({"text": article_text(n)}) + "\n" for n in (1, 2)).encode("utf-8")
    items = list(read_sources(["-"], stdin=io.BytesIO(data)))
    assert [i.source for i in items] == ["stdin:1", "stdin:2"]
    assert all(isinstance(i, Article) for i in items)


def test_empty_stdin_is_skipped():
    items = list(read_sources(["-"], stdin=io.BytesIO(b"")))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].source == "stdin" and "empty" in items[0].reason


def test_stdin_larger_than_max_bytes_is_skipped_not_truncated(article_text):
    data = (article_text(1) * 40).encode("utf-8")
    assert len(data) > 5000
    items = list(read_sources(["-"], stdin=io.BytesIO(data), max_bytes=2000))
    assert len(items) == 1
    assert isinstance(items[0], Skipped), f"stdin truncated to {len(items[0].text)} characters and ingested"
    assert items[0].source == "stdin" and "too large" in items[0].reason
    # exactly at the limit is still accepted
    exact = article_text(1).encode("utf-8")
    items = list(read_sources(["-"], stdin=io.BytesIO(exact), max_bytes=len(exact)))
    assert len(items) == 1 and isinstance(items[0], Article)


def test_gzipped_text_is_read(tmp_path, article_text):
    plain = tmp_path / "plain.txt"
    plain.write_text(article_text(5), encoding="utf-8")
    packed = tmp_path / "packed.txt.gz"
    packed.write_bytes(gzip.compress(article_text(5).encode("utf-8")))
    article = read_article(packed)
    assert article.source == str(packed)
    assert article.id == read_article(plain).id
    assert "Raqqa" in article.text


def test_gzipped_jsonl_is_streamed(tmp_path, article_text):
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(gzip.compress("".join(json.dumps({"text": article_text(n)}) + "\n" for n in (1, 2, 3)).encode()))
    items = list(read_sources([str(packed)]))
    assert [i.source for i in items] == [f"{packed}:{n}" for n in (1, 2, 3)]
    assert all(isinstance(i, Article) for i in items)


def test_gzip_bomb_is_skipped_as_too_large(tmp_path, article_text):
    packed = tmp_path / "bomb.txt.gz"
    packed.write_bytes(gzip.compress((article_text(1) * 400).encode("utf-8")))
    assert packed.stat().st_size < 20_000
    items = list(read_sources([str(packed)], max_bytes=20_000))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "too large" in items[0].reason


def test_corrupt_gzip_is_reported(tmp_path):
    fake = tmp_path / "fake.txt.gz"
    fake.write_bytes(b"this is plain text pretending to be a gzip archive\n")
    items = list(read_sources([str(fake)]))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].reason.startswith("[C109] cannot read")


def test_same_text_in_another_file_is_a_no_op(ledger, tmp_path, article_text, assert_ledger_consistent):
    original = tmp_path / "original.txt"
    original.write_text(article_text(6), encoding="utf-8")
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    # the same article with Windows line ends, trailing spaces and extra blank lines
    copy.write_bytes(article_text(6).replace("\n", "  \r\n\r\n").encode("utf-8"))

    first = ingest_into(ledger, [str(original)])
    assert len(first.added) == 1
    stats = ledger.stats()
    second = ingest_into(ledger, [str(copy)])
    assert second.added == [] and second.already == first.added
    assert ledger.stats() == stats
    assert [a.source for a in ledger.articles()] == [str(original)]

    fresh = Ledger(tmp_path / "other.db")
    both = ingest_into(fresh, [str(original), str(copy)])
    assert len(both.added) == 1 and both.already == both.added
    assert_ledger_consistent(fresh)
    fresh.close()


@pytest.mark.parametrize(
    "field, value", [("title", 123), ("url", 5), ("outlet", ["Sample Wire"])], ids=["int-title", "int-url", "list-outlet"]
)
def test_jsonl_record_with_non_string_metadata_does_not_stop_the_batch(ledger, tmp_path, article_text, field, value):
    feed = tmp_path / "odd.jsonl"
    feed.write_text(
        json.dumps({"text": article_text(1)}) + "\n"
        + json.dumps({"text": article_text(2), field: value}) + "\n"
        + json.dumps({"text": article_text(3)}) + "\n",
        encoding="utf-8",
    )
    summary = ingest_twice(ledger, [feed])
    assert sorted(a.source for a in ledger.articles()) == [f"{feed}:1", f"{feed}:3"]
    assert [s.source for s in summary.skipped] == [f"{feed}:2"]  # reported for its own line
    assert field in summary.skipped[0].reason
    assert ledger.skipped() == [(s.source, s.reason) for s in summary.skipped]


def test_jsonl_record_with_a_malformed_url_does_not_stop_the_batch(ledger, tmp_path, article_text, write_article):
    good = write_article("good.txt", 4)
    feed = tmp_path / "odd-url.jsonl"
    feed.write_text(
        json.dumps({"text": article_text(1), "url": "http://[::1"}) + "\n" + json.dumps({"text": article_text(2)}) + "\n",
        encoding="utf-8",
    )
    summary = ingest_into(ledger, [str(feed), str(good)])
    sources = sorted(a.source for a in ledger.articles())
    assert f"{feed}:2" in sources and str(good) in sources
    # line 1 either lands without an outlet or is reported for its own line
    assert f"{feed}:1" in sources or [s.source for s in summary.skipped] == [f"{feed}:1"]


def test_malformed_url_source_is_reported(ledger, write_article, check_batch):
    good = write_article()
    bad_url = "http://[::1"  # rejected while the URL is parsed: no connection is attempted
    summary = ingest_into(ledger, [bad_url, str(good)])
    check_batch(summary, good=[good], skipped=[(bad_url, "")])


# ---------------------------------------------------------------------------- cleaning


@pytest.mark.needs_shared
def test_reference_article_is_cleaned(seed_article):
    raw = seed_article.read_text(encoding="utf-8")
    article = read_article(seed_article)
    text = article.text

    for boilerplate in ("Register for free to continue reading", "Join our new commenting forum", "Please refresh the page"):
        assert boilerplate in raw  # the test would prove nothing otherwise
        assert boilerplate not in text
    for wall in ("reCAPTCHA", "Already have an account", "Thank you for registering"):
        assert wall not in text

    repeated = [ln for ln, n in Counter(ln.strip() for ln in raw.splitlines() if len(ln.strip()) > 20).items() if n > 1]
    assert repeated, "the reference article should have a repeated photo caption"
    for caption in repeated:
        assert text.count(caption) == 1

    assert "East Aleppo has not been bombed for 28 days" in text
    assert "now the last major urban rebel stronghold in the country" in text
    assert article.published == date(2016, 11, 16)
    assert article.published_from == "dateline"


SCRAPED_PAGE = """Convoy shelled on the road to Tal Rifaat, aid group says

Aid deliveries suspended after the attack

Tuesday 8 March 2016 09:12
Trucks of the aid convoy stand burnt out near the checkpoint on Tuesday (Sample Photo Agency)
Trucks of the aid convoy stand burnt out near the checkpoint on Tuesday (Sample Photo Agency)

An aid convoy heading to Tal Rifaat came under artillery fire on Tuesday, killing two drivers, a humanitarian group said.

Advertisement

The group said it had shared the route with all sides two days in advance and would suspend deliveries until further notice.
Sign in
A spokesperson called the attack a clear breach of the agreement that had allowed the convoy through.

Register for free to continue reading

Registration is a free and easy way to support our reporting

By registering, you will also get our daily newsletter

Already have an account? sign in

Join our new commenting forum

Join thought-provoking conversations with other readers

Please refresh the page or navigate to another page on the site
"""


def test_scraped_page_is_cleaned(tmp_path):
    page = tmp_path / "scraped.txt"
    page.write_text(SCRAPED_PAGE, encoding="utf-8")
    article = read_article(page)
    text = article.text
    for gone in (
        "Register for free", "Registration is a free", "By registering", "Already have an account",
        "Join our new commenting forum", "thought-provoking", "Please refresh the page", "Advertisement", "Sign in",
    ):
        assert gone not in text, gone
    assert text.count("Trucks of the aid convoy stand burnt out") == 1
    for kept in ("killing two drivers", "suspend deliveries until further notice", "a clear breach of the agreement"):
        assert kept in text
    assert article.title == "Convoy shelled on the road to Tal Rifaat, aid group says"
    assert article.published == date(2016, 3, 8) and article.published_from == "dateline"


def test_clean_text_keeps_short_repeated_lines_and_stops_at_a_tail_marker():
    text = "Aleppo\nShelling resumed in the south of the city on Monday.\nAleppo\nComments\nFirst!!! great article\n"
    cleaned = clean_text(text)
    assert cleaned.splitlines() == ["Aleppo", "Shelling resumed in the south of the city on Monday.", "Aleppo"]


def test_clean_text_drops_a_page_s_tag_list_but_not_a_sentence_about_topics():
    text = (
        "Jets struck a market in the town of Saraqeb on Monday.\n"
        "Tags: Idlib, Russia, Syria, air strikes\n"
        "Topics discussed at the talks included the siege of Madaya.\n"
    )
    assert clean_text(text).splitlines() == [
        "Jets struck a market in the town of Saraqeb on Monday.",
        "Topics discussed at the talks included the siege of Madaya.",
    ]


def test_normalise_text():
    raw = "Line\u00a0one\u200b  here\r\nLine two\rCafe\u0301\x07 bell\x00"
    assert normalise_text(raw) == "Line one here\nLine two\nCaf\u00e9 bell"


def test_article_id_ignores_whitespace():
    assert article_id("A  b\nc") == article_id("A b c") != article_id("A b c d")


def test_decode_bytes():
    assert decode_bytes("\ufeffplain text".encode("utf-8")) == ("plain text", None)
    text, note = decode_bytes("two-byte text".encode("utf-16"))
    assert text == "two-byte text" and "UTF-16" in note
    text, note = decode_bytes("caf\u00e9".encode("cp1252"))
    assert text == "caf\u00e9" and "not valid UTF-8" in note


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-11-16", date(2016, 11, 16)),
        ("2016-11-16T23:10:00+03:00", date(2016, 11, 16)),
        ("16 November 2016", date(2016, 11, 16)),
        ("2016-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_jsonl_nested_too_deeply_is_one_bad_line(ledger, tmp_path, article_text, check_batch):
    # json.loads raises RecursionError, not a JSONDecodeError: once a crash of the batch
    feed = tmp_path / "deep.jsonl"
    lines = ['{"text": ' + "[" * 5000 + "]" * 5000 + "}", json.dumps({"title": "Good record", "text": article_text(1)})]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = ingest_twice(ledger, [feed])
    check_batch(summary, good=[f"{feed}:2"], skipped=[(f"{feed}:1", "nested too deeply")])


def test_text_without_words_is_no_article(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    symbols = tmp_path / "symbols.txt"
    symbols.write_text("!!! ??? ... ;;; --- *** 123 456 " * 40, encoding="utf-8")
    one_run = tmp_path / "one_run.txt"
    one_run.write_text("a" * 5000, encoding="utf-8")
    summary = ingest_twice(ledger, [symbols, good, one_run])
    check_batch(summary, good=[good], skipped=[(symbols, "words"), (one_run, "words")])


def test_an_empty_directory_is_reported(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    empty_dir = tmp_path / "nothing_here"
    empty_dir.mkdir()
    (empty_dir / ".hidden.txt").write_text("left out", encoding="utf-8")
    summary = ingest_twice(ledger, [empty_dir, good])
    check_batch(summary, good=[good], skipped=[(empty_dir, "no files")])


# ---------------------------------------------------------------------------- URLs


@pytest.fixture
def web(article_text):
    """A real HTTP server on 127.0.0.1 serving an article as HTML and as plain text, a PDF,
    and a page larger than the limit; yields its base URL."""
    import http.server
    import threading

    pages = {
        "/story.html": ("text/html; charset=utf-8", (
            "<html><head><title>Shelling in Saraqeb</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in article_text(7).split("\n\n"))
            + "</article></body></html>").encode()),
        "/story.txt": ("text/plain; charset=utf-8", article_text(8).encode()),
        "/report.pdf": ("application/pdf", b"%PDF-1.4\n" + bytes(range(256)) * 20),
        "/huge.html": ("text/html", b"<html><body><p>" + b"word " * 300_000 + b"</p></body></html>"),
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server API)
            if self.path not in pages:
                self.send_error(404)
                return
            kind, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urls_are_read_by_what_the_server_says_they_are(ledger, web, check_batch):
    urls = [f"{web}/story.html", f"{web}/story.txt", f"{web}/report.pdf", f"{web}/missing.html", f"{web}/huge.html"]
    summary = ingest_twice(ledger, urls, max_bytes=1_000_000)
    check_batch(
        summary,
        good=[f"{web}/story.html", f"{web}/story.txt"],
        skipped=[(f"{web}/report.pdf", "not an article page (application/pdf)"), (f"{web}/missing.html", "HTTP 404"),
                 (f"{web}/huge.html", "too large")],
    )
    # every page keeps the address it was read from, plain text as well as HTML
    assert {a.source: a.url for a in ledger.articles()} == {f"{web}/story.html": f"{web}/story.html", f"{web}/story.txt": f"{web}/story.txt"}


def test_a_yearless_wire_dateline_after_the_title_run_into_the_body_dates_the_article():
    from counterclaim.ingest import make_article

    title = "Ministry says no strikes near Hama for ten days"
    body = (f"{title} MOSCOW, October 12. /TASS/. Russian aircraft have not struck the area for ten days, the ministry "
            "said. The zone was agreed at talks in Astana in September 2017.")
    assert make_article(body, title=title, clean=False).published == date(2017, 10, 12)
