"""The FA-KES benchmark's mapping of reports to its one-incident fields (benchmarks/fakes.py),
on self-made articles run through the real analyzer.

The benchmark itself runs on ../shared/benchmarks/fakes; these tests pin down which day it
takes for a report and how it maps event types to FA-KES causes.
"""

from __future__ import annotations

from datetime import date

import pytest

from counterclaim.analyze import analyze
from counterclaim.analyze.incidents import lead_report

FRIDAY = date(2016, 8, 19)


@pytest.fixture(scope="module")
def bench(load_benchmark):
    return load_benchmark("fakes")


def lead(text: str):
    return lead_report(analyze(text, published=FRIDAY).reports)


def test_a_toll_told_over_a_period_is_dated_by_its_last_day(bench):
    report = lead("Since Wednesday, clashes between the two militias have killed 23 civilians in Hasakeh, a monitor said.")
    assert report.when.start == date(2016, 8, 17)
    assert bench.date_of(report, FRIDAY) == FRIDAY


def test_an_incident_told_on_one_day_is_dated_by_that_day(bench):
    report = lead("An air strike killed nine civilians in a market in Idlib on Wednesday, a monitor said.")
    assert bench.date_of(report, FRIDAY) == date(2016, 8, 17)


def test_no_report_falls_back_to_the_publication_date(bench):
    assert bench.date_of(None, FRIDAY) == FRIDAY


def test_causes_follow_the_readme_class_map(bench):
    assert bench.cause_of(lead("A barrel bomb dropped from a helicopter killed five people in Daraa.")) == "shelling"
    assert bench.cause_of(lead("A car bomb exploded near a checkpoint in Azaz, killing seven people.")) == "explosion"
    assert bench.cause_of(lead("Gunmen opened fire on a bus near Homs, killing four passengers.")) == "shooting"


def test_governorates_are_read_whatever_their_spelling():
    import sys

    from conftest import BENCHMARKS

    sys.path.insert(0, str(BENCHMARKS))
    try:
        from _common import governorate_key
    finally:
        sys.path.remove(str(BENCHMARKS))
    assert governorate_key("hasakah") == governorate_key("Al-Hasakah") == governorate_key("hasakeh")
    assert governorate_key("sweida") == governorate_key("As-Suwayda") == governorate_key("suwayda")
    assert governorate_key("Rif Dimashq") == "damascus"


def test_a_fighters_toll_with_its_identified_fighters_codes_no_civilians(bench):
    from counterclaim.records import Range, Report

    r = Report("a", 0, 1, "x", "explosive", killed=Range(17, None, "at least 17"),
               victims=(("combatants", 14), ("mostly_combatants", 17)))
    assert bench.civilians_of(r) == 0


def test_a_doer_only_inferred_is_coded_unknown_and_a_told_one_by_its_class(bench):
    inferred = lead("Barrel bombs killed 12 civilians in the rebel-held town of Daraya on Wednesday, a monitor said.")
    assert inferred.perpetrators and inferred.inferred
    assert bench.actor_of(inferred) == "unknown"
    told = lead("Government helicopters dropped barrel bombs on Daraya on Wednesday, killing 12 civilians, a monitor said.")
    assert bench.actor_of(told) == "syrian government or russian troops"
