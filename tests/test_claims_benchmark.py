"""The claims benchmark's scoring rules (benchmarks/claims.py), on self-made cases.

The benchmark itself runs on ../shared/benchmarks/claims; these tests only pin down how it
matches claims and judges places, speakers and windows, and that it skips cleanly when the
data folder is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench(load_benchmark):
    return load_benchmark("claims")


def test_quotes_match_on_half_the_tokens_of_each(bench):
    gold = "Moscow has denied reports that its jets have hit Aleppo in the renewed wave of bombardment"
    assert bench.overlap_ok(gold, gold + " and said it was sticking to a moratorium")
    assert not bench.overlap_ok(gold, gold + " " + " ".join(f"word{i}" for i in range(20)))
    assert not bench.overlap_ok(gold, "Moscow has denied")
    assert not bench.overlap_ok("", "")


def test_matching_is_one_to_one_and_prefers_the_closest_quote(bench):
    golds = [{"quote": "the army denied shelling the town on Monday"}, {"quote": "the army denied shelling the town"}]
    system = [{"quote": "the army denied shelling the town on Monday evening"}, {"quote": "the army denied shelling the town on Monday"}]
    assert bench.match(golds, system) == [(0, 1), (1, 0)]
    assert bench.match(golds[:1], []) == []


def test_gold_location_parts(bench):
    assert bench.gold_parts("al-Jinah (Jeeneh), Aleppo") == (["al-Jinah", "Jeeneh"], ["Aleppo"])
    assert bench.gold_parts("Damascus (al-Kallaseh)") == (["Damascus", "al-Kallaseh"], [])
    assert bench.gold_parts("near Dabiq, Aleppo") == (["near Dabiq"], ["Aleppo"])


@pytest.mark.parametrize(
    "gold, place, expected",
    [
        ("Hassajik, Aleppo", {"name": "Aleppo", "resolved": "Aleppo", "level": "city", "admin1": "Aleppo"}, "contains"),
        ("near Dabiq, Aleppo", {"name": "Dabiq", "resolved": "Dabiq", "level": "city", "admin1": "Aleppo"}, "same"),
        ("Idlib (near Saraqeb)", {"name": "Saraqib", "resolved": "Saraqeb", "level": "city", "admin1": "Idlib"}, "same"),
        ("Deir ez-Zor", {"name": "Mayadin", "resolved": "Al Mayadin", "level": "city", "admin1": "Deir ez-Zor"}, "admin1"),
        ("Ramussa, Aleppo", {"name": "Aleppo", "resolved": "Aleppo", "level": "province", "admin1": "Aleppo"}, "contains"),
        ("Idlib city", {"name": "Saraqeb", "resolved": "Saraqeb", "level": "city", "admin1": "Idlib"}, None),
        ("Qamishli, Hasakeh", {"name": "Syria", "resolved": "Syria", "level": "country", "lat": 35.0, "lon": 38.0}, None),
        ("Ghouta, Damascus", {"name": "Moscow", "resolved": "Moscow", "level": "city", "admin1": "Moscow", "lat": 55.75, "lon": 37.62}, None),
        ("Aleppo", None, None),
    ],
)
def test_place_agreement(bench, gold, place, expected):
    assert bench.place_agreement({"name": gold, "country": "SY"}, place) == expected


def test_places_within_25_km_agree_by_coordinates(bench):
    gold = {"name": "Somewhere", "country": "SY", "lat": 36.20, "lon": 37.16}
    assert bench.place_agreement(gold, {"name": "Elsewhere", "lat": 36.30, "lon": 37.20}) == "near"  # ~12 km
    assert bench.place_agreement(gold, {"name": "Elsewhere", "lat": 36.60, "lon": 37.20}) is None  # ~45 km


def test_speaker_agreement(bench):
    agrees = bench.speaker_agrees
    assert agrees({"speaker": "Igor Konashenkov", "speaker_org": "Russian Defence Ministry"}, {"speaker": "Konashenkov", "speaker_org": None})
    assert not agrees({"speaker": "Igor Konashenkov", "speaker_org": "Russian Defence Ministry"}, {"speaker": None, "speaker_org": "Russian Defence Ministry"})
    assert agrees({"speaker": None, "speaker_org": "Russian Defence Ministry"}, {"speaker": None, "speaker_org": "Russia's defense ministry"})
    assert agrees({"speaker": None, "speaker_org": "Amaq (Islamic State)"}, {"speaker": None, "speaker_org": "Islamic State"})
    assert not agrees({"speaker": None, "speaker_org": "Syrian National Coalition"}, {"speaker": None, "speaker_org": "US-led coalition"})
    assert not agrees({"speaker": None, "speaker_org": "Turkish military"}, {"speaker": None, "speaker_org": "Syrian army"})


def test_windows_overlap(bench):
    gold = {"from": "2016-11-15", "to": "2016-11-16"}
    assert bench.window_overlaps(gold, {"from": "2016-11-16", "to": "2016-11-20"})
    assert not bench.window_overlaps(gold, {"from": "2016-11-17", "to": "2016-11-17"})
    assert not bench.window_overlaps(gold, None)


def test_the_script_skips_cleanly_without_its_data(tmp_path):
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "claims.py"), "--data", str(tmp_path / "absent")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert "skipped" in json.loads(last)
