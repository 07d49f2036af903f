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
    normalise_text,
    parse_date,
    read_sources,
)
from counterclaim.ledger import Ledger
from counterclaim.pipeline import ingest_into
from counterclaim.records import Article

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


def _write_big_file(path, megabytes: int = 50):
    line = b"Filler line of an oversized dump that is not one article, repeated over and over.\n"
    block = line * (1024 * 1024 // len(line) + 1)  # a little over 1 MB
    with path.open("wb") as fh:
        for _ in range(megabytes):
            fh.write(block)
    return path


def test_50mb_file_is_skipped_as_too_large(ledger, tmp_path, write_article, check_batch):
    good = write_article()
    big = _write_big_file(tmp_path / "huge.txt")
    assert big.stat().st_size > 50 * 1024 * 1024
    summary = ingest_twice(ledger, [good, big])
    check_batch(summary, good=[good], skipped=[(big, "too large")])


def test_50mb_file_is_not_read_into_memory(tmp_path):
    big = _write_big_file(tmp_path / "huge.txt")
    tracemalloc.start()
    try:
        items = list(read_sources([str(big)]))
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
