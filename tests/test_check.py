"""Claim verdicts (check.py): one rule of DESIGN.md ("Claim verdicts") per test.

Every test builds a few small records by hand (no spaCy, no database): reports as the
analyzer would give them, fused into incidents with ``fuse`` as the pipeline does, a claim
with its scope, and the coverage of that scope. Then ``check_claim`` gives the verdict.

The stories are made up for these tests. Dates fall in the week of Wednesday
16 November 2016; places carry the coordinates of the project's gazetteer table
(src/counterclaim/data/places.jsonl), so the distance rules see real distances.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from counterclaim.check import (
    CheckOptions,
    _figures_agree,
    check_claim,
    in_scope,
    independent,
    names_actor,
    outlet_side,
    same_side,
)
from counterclaim.fuse import DISTRICT_KM, NEAR_KM, distance_km, fuse, places_agree
from counterclaim.records import Claim, Coverage, DateSpan, Incident, Place, Range, Report, Scope, Toll

# ------------------------------------------------------------------------------ the world

WEDNESDAY = date(2016, 11, 16)
ON_WEDNESDAY = DateSpan(WEDNESDAY, WEDNESDAY, "on Wednesday")
THIS_WEEK = DateSpan(date(2016, 11, 14), date(2016, 11, 20), "this week")


def on(day: int, month: int = 11) -> DateSpan:
    d = date(2016, month, day)
    return DateSpan(d, d, d.isoformat())


ALEPPO = Place("Aleppo", "Aleppo", lat=36.20124, lon=37.16117, level="city", country="SY", admin1="Aleppo")
EAST_ALEPPO = Place("east Aleppo", "East Aleppo", lat=36.205, lon=37.185, level="district", country="SY", admin1="Aleppo", parent="Aleppo")
AL_SHAAR = Place("al-Shaar", "al-Shaar", lat=36.2095, lon=37.1835, level="neighbourhood", country="SY", admin1="Aleppo", parent="Aleppo")
SAKHOUR = Place("Sakhour", "Sakhour", lat=36.2205, lon=37.1925, level="neighbourhood", country="SY", admin1="Aleppo", parent="Aleppo")
IDLIB = Place("Idlib", "Idlib", lat=35.93062, lon=36.63393, level="city", country="SY", admin1="Idlib")
IDLIB_PROVINCE = Place("Idlib province", "Idlib", lat=35.8, lon=36.6, level="province", country="SY", admin1="Idlib")
SARAQEB = Place("Saraqeb", "Saraqeb", lat=35.86447, lon=36.80591, level="city", country="SY", admin1="Idlib")
RAQQA = Place("Raqqa", "Raqqa", lat=35.95283, lon=39.00788, level="city", country="SY", admin1="Raqqa")
EASTERN_GHOUTA = Place("Eastern Ghouta", "Eastern Ghouta", lat=33.56, lon=36.42, level="district", country="SY", admin1="Rif Dimashq")
DOUMA = Place("Douma", "Douma", lat=33.57175, lon=36.4027, level="city", country="SY", admin1="Rif Dimashq")
MLEIHA = Place("Mleiha", "Mleiha", lat=33.48522, lon=36.37561, level="city", country="SY", admin1="Rif Dimashq")
OTAYBAH = Place("Otaybah", "Otaybah", lat=33.49, lon=36.6, level="city", country="SY", admin1="Rif Dimashq")

SOHR = "Syrian Observatory for Human Rights"
CIVIL_DEFENCE = "Syrian Civil Defence"

# article id -> outlet. One article carries one report; several articles may share an outlet.
OUTLETS: dict[str, str | None] = {
    "reuters-1": "reuters",
    "reuters-2": "reuters",
    "bbc-1": "bbc",
    "afp-1": "afp",
    "guardian-1": "guardian",
    "sana-1": "sana",
    "sana-2": "www.sana.sy",
    "sputnik-1": "sputnik",
    "rt-1": "rt",
    "anadolu-1": "anadolu",
    "claim-article": "reuters",
}

WELL_COVERED = Coverage(articles=6, outlets=3)
THINLY_COVERED = Coverage(articles=1, outlets=1)


def report(
    article_id: str,
    quote: str,
    *,
    event_type: str = "air_strike",
    when: DateSpan | None = ON_WEDNESDAY,
    where: Place | None = ALEPPO,
    perpetrators: tuple[str, ...] = (),
    attribution: str | None = None,
    sources: tuple[str, ...] = (),
    killed: Range | None = None,
    start: int = 0,
) -> Report:
    """One article's account of one incident (attribution 'stated' when someone is named)."""
    return Report(
        article_id=article_id,
        start=start,
        end=start + len(quote),
        quote=quote,
        event_type=event_type,
        when=when,
        where=where,
        perpetrators=perpetrators,
        attribution=attribution or ("stated" if perpetrators else "unknown"),
        killed=killed,
        sources=sources,
    )


def claim(
    stance: str,
    *,
    actor: str | None,
    speaker_org: str | None = None,
    about: str | None = None,
    event_type: str | None = "air_strike",
    place: Place | None = ALEPPO,
    window: DateSpan | None = THIS_WEEK,
    killed: Range | None = None,
    quote: str = "(the claim)",
    article_id: str = "claim-article",
    start: int = 500,
) -> Claim:
    """A claim by the party ``actor`` (speaking through ``speaker_org``) about ``about``'s actions."""
    return Claim(
        article_id=article_id,
        start=start,
        end=start + len(quote),
        quote=quote,
        stance=stance,
        scope=Scope(event_type=event_type, place=place, window=window, actor=about, killed=killed),
        speaker_org=speaker_org,
        actor=actor,
        said_on=WEDNESDAY,
    )


def check(c: Claim, reports: list[Report], coverage: Coverage = THINLY_COVERED, options: CheckOptions = CheckOptions()):
    """Fuse the reports as the pipeline does and check the claim against the incidents."""
    return check_claim(c, fuse(reports, OUTLETS), coverage, OUTLETS, options)


def one_incident(*reports: Report) -> Incident:
    incidents = fuse(list(reports), OUTLETS)
    assert len(incidents) == 1, f"the reports should fuse into one incident, got {len(incidents)}"
    return incidents[0]


def quotes(chk) -> set[str]:
    return {e.quote for e in chk.evidence}


def russia_denies(about: str | None = None, **kw) -> Claim:
    """The Russian Defence Ministry: Russian jets did not strike Aleppo this week."""
    return claim("denies", actor="RU", speaker_org="Russian Defence Ministry", about=about,
                 quote="Russian aircraft carried out no strikes on Aleppo this week", **kw)


MARKET = "Warplanes struck a crowded market in Aleppo on Wednesday, killing 12 people, the Observatory said."
MARKET_AGAIN = "Rescuers pulled bodies from the rubble of the Aleppo market hit by an air strike on Wednesday."
MARKET_WIRE = "An air strike hit a market in Aleppo on Wednesday, killing 12 people."


# ---------------------------------------------------------------- denials: contradicted


@pytest.mark.parametrize(
    "reports",
    [
        pytest.param(
            [report("reuters-1", MARKET, sources=(SOHR,)), report("reuters-2", MARKET_AGAIN, sources=(CIVIL_DEFENCE,))],
            id="two-sources-one-outlet",
        ),
        pytest.param(
            [report("reuters-1", MARKET_WIRE), report("bbc-1", MARKET_AGAIN)],
            id="two-outlets-no-cited-source",
        ),
    ],
)
def test_denial_contradicted_by_fair_incident_from_two_independent_sources(reports):
    chk = check(russia_denies(), reports)

    assert chk.verdict == "contradicted"
    assert quotes(chk) == {r.quote for r in reports}
    assert "graded fair" in chk.explanation
    assert "2 independent source(s)" in chk.explanation
    assert any(r.quote in chk.explanation for r in reports), "the explanation quotes the evidence"


def test_a_denial_is_only_disputed_by_an_incident_known_to_a_month_that_overlaps_its_period():
    # "air strikes on Aleppo this month": the strikes may have fallen before this week
    this_month = DateSpan(date(2016, 11, 1), date(2016, 11, 16), "this month")
    reports = [
        report("reuters-1", "Air strikes on Aleppo this month killed 40 people, the Observatory said.", when=this_month, sources=(SOHR,)),
        report("bbc-1", "Aleppo has been hit by air strikes this month, rescuers said.", when=this_month, sources=(CIVIL_DEFENCE,)),
    ]
    chk = check(russia_denies(), reports)
    assert chk.verdict == "disputed"
    assert "not surely inside the claim's period" in chk.explanation
    # dated to the day, the same two sources contradict it
    assert check(russia_denies(), [report("reuters-1", MARKET, sources=(SOHR,)), report("bbc-1", MARKET_AGAIN, sources=(CIVIL_DEFENCE,))]).verdict == "contradicted"


def test_denial_naming_an_actor_contradicted_when_independent_sources_blame_that_actor():
    reports = [
        report("reuters-1", MARKET, perpetrators=("RU",), sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, perpetrators=("RU",), sources=(CIVIL_DEFENCE,)),
    ]

    chk = check(russia_denies(about="RU"), reports)

    assert chk.verdict == "contradicted"
    assert quotes(chk) == {MARKET, MARKET_AGAIN}


def test_denial_contradicted_by_a_confirmed_incident_the_perpetrator_acknowledged():
    # "Aleppo was not bombed this week" against the coalition announcing its own strike there:
    # one report, but acknowledged by its perpetrator, who is not the claimant's side
    claimed = "The US-led coalition said its jets struck a target in Aleppo on Wednesday."
    reports = [report("bbc-1", claimed, perpetrators=("coalition",), attribution="claimed", sources=("the coalition",))]

    chk = check(russia_denies(about=None), reports)

    assert chk.verdict == "contradicted"
    assert "graded confirmed" in chk.explanation


# ------------------------------------------------------------------- denials: disputed


def test_denial_against_a_single_weak_source_is_disputed_not_contradicted():
    chk = check(russia_denies(), [report("reuters-1", MARKET, sources=(SOHR,))], WELL_COVERED)

    assert chk.verdict == "disputed"
    assert "1 source(s) only" in chk.explanation and "weak" in chk.explanation
    assert quotes(chk) == {MARKET}


def test_wire_copies_in_two_outlets_are_one_source_so_the_denial_is_only_disputed():
    # the same agency story printed by two outlets: one source, however many outlets
    reports = [report("reuters-1", MARKET_WIRE), report("bbc-1", MARKET_WIRE)]

    chk = check(russia_denies(), reports, WELL_COVERED)

    assert chk.verdict == "disputed"
    assert "graded weak" in chk.explanation


@pytest.mark.parametrize("named", ["RU", "SY"])
def test_denial_is_disputed_when_reports_leave_it_between_two_actors(named):
    # "either Russian or Syrian jets struck the market": two good sources, attribution open
    either = "Either Russian or Syrian jets struck a market in Aleppo on Wednesday, the Observatory said."
    reports = [
        report("reuters-1", either, perpetrators=("RU", "SY"), attribution="uncertain", sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, perpetrators=("RU", "SY"), attribution="uncertain", sources=(CIVIL_DEFENCE,)),
    ]
    denial = claim("denies", actor=named, speaker_org="Russian Defence Ministry" if named == "RU" else "Syrian army",
                   about=named, quote=f"{named} jets did not strike Aleppo")

    chk = check(denial, reports, WELL_COVERED)

    assert chk.verdict == "disputed"
    assert "attribution is uncertain" in chk.explanation
    assert quotes(chk) == {either, MARKET_AGAIN}
    assert any(q in chk.explanation for q in quotes(chk)), "the explanation quotes the evidence"


def test_a_denial_of_strikes_meets_a_chemical_attack_told_as_dropped_from_the_air():
    from dataclasses import replace

    gas = "A suspected chemical attack by Syrian or Russian jets killed 58 people in Aleppo on Wednesday, the Observatory said."
    reports = [
        replace(report("reuters-1", gas, event_type="chemical", perpetrators=("RU", "SY"), attribution="uncertain", sources=(SOHR,)),
                means=("chemical", "jets")),
        replace(report("bbc-1", gas, event_type="chemical", perpetrators=("RU", "SY"), attribution="uncertain", sources=(CIVIL_DEFENCE,)),
                means=("chemical", "jets")),
    ]
    denial = claim("denies", actor="RU", speaker_org="Russian Defence Ministry", about="RU", quote="Russian jets did not strike Aleppo")
    assert check(denial, reports, WELL_COVERED).verdict == "disputed"
    # told with no aircraft, the gas attack is no air strike, and the denial stands on the coverage
    on_the_ground = [replace(r, means=("chemical",)) for r in reports]
    assert check(denial, on_the_ground, WELL_COVERED).verdict == "supported"


def test_a_denial_by_a_group_without_aircraft_meets_the_shelling_it_could_have_done():
    # "Jaish al-Islam has not targeted Damascus" (a word that types an air strike by default)
    shells = "Mortar shells fired by rebels killed four people in Aleppo on Wednesday, the Observatory said."
    reports = [
        report("reuters-1", shells, event_type="shelling", perpetrators=("opposition",), attribution="alleged", sources=(SOHR,)),
        report("bbc-1", shells, event_type="shelling", perpetrators=("opposition",), attribution="alleged", sources=(CIVIL_DEFENCE,)),
    ]
    denial = claim("denies", actor="opposition", speaker_org="Jaish al-Islam", about="opposition", quote="Jaish al-Islam has not targeted Aleppo")
    assert check(denial, reports, WELL_COVERED).verdict != "supported"
    # a state's air force is not held to the shelling
    russia = claim("denies", actor="RU", speaker_org="Russian Defence Ministry", about="RU", quote="Russia has not struck Aleppo")
    assert check(russia, reports, WELL_COVERED).verdict == "supported"


def test_a_raid_told_with_its_aircraft_is_not_the_shelling_of_a_group_without_any():
    # the group's shelling is not borne out, nor put in doubt, by barrel bombs from helicopters
    raid = one_incident(replace(
        report("ap-1", "Government helicopters dropped barrel bombs on Aleppo on Wednesday.", perpetrators=("SY",), sources=(SOHR,)),
        means=("barrel bomb", "helicopters"),
    ))
    shelled = claim("asserts", actor="SY", speaker_org="SANA", about="opposition", event_type="shelling")
    assert not in_scope(raid, shelled)
    # told without its means, an "air strike" may be the group's shelling mistyped
    assert in_scope(one_incident(replace(raid.reports[0], means=())), shelled)


def test_a_denial_for_both_air_forces_is_contradicted_by_reports_that_leave_it_between_them():
    # "Russian and Syrian warplanes have not struck Aleppo": "Russian or Syrian jets" is one of them either way
    either = "Either Russian or Syrian jets struck a market in Aleppo on Wednesday, the Observatory said."
    reports = [
        report("reuters-1", either, perpetrators=("RU", "SY"), attribution="uncertain", sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, perpetrators=("RU", "SY"), attribution="uncertain", sources=(CIVIL_DEFENCE,)),
    ]
    both = claim("denies", actor="RU", speaker_org="Russian Defence Ministry", about="RU",
                 quote="Russian and Syrian jets did not strike Aleppo")
    both = replace(both, scope=replace(both.scope, also=("SY",)))

    assert check(both, reports, WELL_COVERED).verdict == "contradicted"


def _spared_civilians(stance: str) -> Claim:
    # "the coalition's strikes killed only militants" / "no civilians were harmed in the strikes"
    said = claim(stance, actor="coalition", speaker_org="US-led coalition", about="coalition",
                 quote="The strikes on Aleppo killed only militants")
    return replace(said, scope=replace(said.scope, spared="civilians"))


def _coalition_strike(article_id: str, source: str, victims: tuple) -> Report:
    r = report(article_id, f"Coalition jets struck Aleppo on Wednesday, killing 21 ({article_id}).", perpetrators=("coalition",),
               sources=(source,), killed=Range(21, 21, "21"))
    return replace(r, victims=victims)


@pytest.mark.parametrize("stance", ["asserts", "denies"])
def test_a_statement_that_no_civilian_died_is_contradicted_by_civilian_dead(stance):
    reports = [_coalition_strike("reuters-1", SOHR, (("civilians", 21),)), _coalition_strike("bbc-1", CIVIL_DEFENCE, (("civilians", 21),))]
    assert check(_spared_civilians(stance), reports, WELL_COVERED).verdict == "contradicted"


def test_a_statement_that_no_civilian_died_stands_against_a_strike_on_fighters():
    reports = [_coalition_strike("reuters-1", SOHR, (("combatants", 21),)), _coalition_strike("bbc-1", CIVIL_DEFENCE, (("combatants", 21),))]
    assert check(_spared_civilians("denies"), reports, WELL_COVERED).verdict in ("supported", "unverified")


def test_denial_naming_an_actor_is_disputed_when_nobody_is_named():
    # an unattributed strike neither confirms nor clears the Russian air force
    reports = [report("reuters-1", MARKET, sources=(SOHR,)), report("bbc-1", MARKET_AGAIN, sources=(CIVIL_DEFENCE,))]

    chk = check(russia_denies(about="RU"), reports, WELL_COVERED)

    assert chk.verdict == "disputed"


# ------------------------------------------------- denials: silence judged against coverage


def test_denial_with_nothing_in_scope_and_good_coverage_is_supported():
    chk = check(russia_denies(), [], Coverage(articles=6, outlets=3))

    assert chk.verdict == "supported"
    assert chk.evidence == []
    assert "6 article(s) from 3 outlet(s)" in chk.explanation
    assert chk.coverage == Coverage(articles=6, outlets=3)


def test_denial_with_nothing_in_scope_and_thin_coverage_is_unverified():
    chk = check(russia_denies(), [], Coverage(articles=1, outlets=1))

    assert chk.verdict == "unverified"
    assert "1 article(s) from 1 outlet(s)" in chk.explanation
    assert "too thin" in chk.explanation


@pytest.mark.parametrize(
    "articles, outlets, verdict",
    [
        (3, 2, "supported"),  # exactly the defaults min_articles=3, min_outlets=2
        (2, 2, "unverified"),  # too few articles
        (10, 1, "unverified"),  # many articles, but all from one outlet
    ],
)
def test_silence_supports_a_denial_only_with_enough_articles_and_outlets(articles, outlets, verdict):
    assert check(russia_denies(), [], Coverage(articles=articles, outlets=outlets)).verdict == verdict


def test_coverage_thresholds_come_from_the_options():
    strict = CheckOptions(min_articles=10, min_outlets=5)

    assert check(russia_denies(), [], WELL_COVERED, strict).verdict == "unverified"


def test_denial_about_one_actor_is_supported_when_the_incident_is_clearly_someone_elses():
    # monitors blame Syrian helicopters, not Russian jets: no such (Russian) strike reported
    barrel = "Syrian government helicopters dropped barrel bombs on Aleppo on Wednesday, the Observatory said."
    reports = [
        report("reuters-1", barrel, perpetrators=("SY",), sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, perpetrators=("SY",), sources=(CIVIL_DEFENCE,)),
    ]

    assert check(russia_denies(about="RU"), reports, WELL_COVERED).verdict == "supported"


# ------------------------------------------------------ the claimant is not its own evidence

RU_ADMITS = "Russian jets struck terrorist positions in Idlib on Wednesday"


def russia_admits() -> Claim:
    """The Russian Defence Ministry asserts its own strike (an admission)."""
    return claim("asserts", actor="RU", speaker_org="Russian Defence Ministry", about="RU", place=IDLIB, quote=RU_ADMITS)


def idlib_strike(article_id: str, n: int, sources: tuple[str, ...], attribution: str = "stated") -> Report:
    return report(article_id, f"Russian jets struck Idlib on Wednesday (account {n}).", where=IDLIB,
                  perpetrators=("RU",), attribution=attribution, sources=sources)


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("Russian Defence Ministry", id="the-claimants-own-organisation"),
        pytest.param("the Kremlin", id="another-organisation-of-its-side"),
        pytest.param("Russian jets", id="its-side-by-an-actor-alias"),
    ],
)
def test_reports_sourced_only_to_the_claimants_side_are_not_evidence(source):
    reports = [idlib_strike("reuters-1", 1, (source,)), idlib_strike("bbc-1", 2, (source,))]

    chk = check(russia_admits(), reports)

    assert chk.verdict == "unverified"
    assert chk.evidence == []


def test_reports_from_independent_sources_do_support_the_same_admission():
    # the control for the test above: the same reports, sourced to a monitor and to rescuers
    reports = [idlib_strike("reuters-1", 1, (SOHR,)), idlib_strike("bbc-1", 2, (CIVIL_DEFENCE,))]

    chk = check(russia_admits(), reports)

    assert chk.verdict == "supported"
    assert len(chk.evidence) == 2


def test_a_report_citing_the_claimant_and_an_independent_source_counts():
    reports = [idlib_strike("reuters-1", 1, ("Russian Defence Ministry", SOHR))]

    assert check(russia_admits(), reports).verdict == "supported"


def test_the_speakers_own_organisation_is_not_evidence_even_outside_the_lexicon():
    # an organisation the lexicon does not know, matched by the claim's speaker_org
    admits = claim("asserts", actor="RU", speaker_org="Hmeimim reconciliation centre", about="RU", place=IDLIB)
    reports = [idlib_strike("reuters-1", 1, ("Hmeimim reconciliation centre",))]

    assert check(admits, reports).verdict == "unverified"


def test_the_claimants_side_announcing_its_own_strike_is_not_evidence():
    # "Russia said its jets struck Idlib": claimed by the perpetrator, no one else cited
    reports = [idlib_strike("reuters-1", 1, (), attribution="claimed"), idlib_strike("bbc-1", 2, (), attribution="claimed")]

    chk = check(russia_admits(), reports)

    assert chk.verdict == "unverified"
    assert chk.evidence == []


def syria_accuses_rebels() -> Claim:
    """The Syrian army: rebel shelling hit Aleppo on Wednesday."""
    return claim("asserts", actor="SY", speaker_org="Syrian army", about="opposition", event_type="shelling",
                 quote="Terrorist shelling hit residential areas of Aleppo on Wednesday")


def rebel_shelling(article_id: str, n: int, sources: tuple[str, ...] = ()) -> Report:
    return report(article_id, f"Rebel shells fell on Aleppo on Wednesday (account {n}).", event_type="shelling",
                  perpetrators=("opposition",), sources=sources)


def test_state_outlets_map_to_the_party_they_speak_for():
    assert outlet_side("sana") == "SY"
    assert outlet_side("www.sana.sy") == "SY"
    assert outlet_side("rt") == "RU"
    assert outlet_side("reuters") is None


def test_reports_published_by_the_claimants_state_outlet_are_not_evidence():
    reports = [rebel_shelling("sana-1", 1), rebel_shelling("sana-2", 2)]

    chk = check(syria_accuses_rebels(), reports)

    assert chk.verdict == "unverified"
    assert chk.evidence == []


def test_the_same_reports_in_independent_outlets_support_the_claim():
    reports = [rebel_shelling("reuters-1", 1), rebel_shelling("bbc-1", 2)]

    assert check(syria_accuses_rebels(), reports).verdict == "supported"


def test_a_state_outlet_report_citing_an_independent_source_counts():
    reports = [rebel_shelling("sana-1", 1, sources=(SOHR,))]

    chk = check(syria_accuses_rebels(), reports)

    assert chk.verdict == "supported"
    assert [e.outlet for e in chk.evidence] == ["sana"]


def test_the_claimants_outlet_does_not_make_a_second_source_for_a_denial():
    # Reuters alone is a weak incident; RT (Russian state media) cannot lift it to fair
    reports = [report("reuters-1", MARKET_WIRE), report("rt-1", MARKET_AGAIN)]

    chk = check(russia_denies(), reports, WELL_COVERED)

    assert chk.verdict == "disputed"
    assert quotes(chk) == {MARKET_WIRE}


def test_the_claims_own_sentence_is_not_evidence():
    # the analyzer may read the claim's own sentence as a report; it must not confirm itself
    own = report("claim-article", "Russian jets struck Idlib on Wednesday, the ministry said.", where=IDLIB,
                 perpetrators=("RU",), start=490)
    elsewhere = report("claim-article", "Russian jets struck Idlib on Wednesday, the ministry said.", where=IDLIB,
                       perpetrators=("RU",), start=900)
    admits = claim("asserts", actor="RU", about="RU", place=IDLIB, start=500, quote="Russian jets struck Idlib")

    assert not independent(own, admits, CheckOptions(), OUTLETS["claim-article"])
    assert independent(elsewhere, admits, CheckOptions(), OUTLETS["claim-article"])
    assert check(admits, [own]).verdict == "unverified"


def test_other_sources_in_the_claims_own_article_count_unless_the_options_exclude_it():
    reports = [
        report("claim-article", MARKET, sources=(SOHR,), start=100),
        report("bbc-1", MARKET_AGAIN, sources=(CIVIL_DEFENCE,)),
    ]

    assert check(russia_denies(), reports).verdict == "contradicted"
    # without its own article only one source is left: a weak incident
    assert check(russia_denies(), reports, options=CheckOptions(exclude_own_article=True)).verdict == "disputed"


# ------------------------------------------------------------------- allies (one camp)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("RU", "RU", True),
        ("RU", "SY", True),  # camp damascus_axis
        ("SY", "IR", True),
        ("SY", "hezbollah", True),
        ("US", "GB", True),  # camp coalition
        ("US", "coalition", True),
        ("RU", "US", False),
        ("RU", "TR", False),  # Turkey has no camp: only itself
        ("SY", "opposition", False),
        (None, "RU", False),
    ],
)
def test_same_side_follows_the_camps_of_the_actor_lexicon(a, b, expected):
    assert same_side(a, b) is expected


@pytest.mark.parametrize("source", ["Syrian army", "Syrian state television", "SANA"])
def test_an_allys_sources_are_not_independent_of_the_claimant(source):
    # Syrian government bodies confirming a Russian strike are the Russian side again
    reports = [idlib_strike("reuters-1", 1, (source,)), idlib_strike("bbc-1", 2, (source,))]

    chk = check(russia_admits(), reports)

    assert chk.verdict == "unverified"
    assert chk.evidence == []


def test_a_party_outside_the_claimants_camp_is_an_independent_source():
    reports = [idlib_strike("reuters-1", 1, ("Turkish military",))]

    assert check(russia_admits(), reports).verdict == "supported"


def test_an_allys_state_outlet_is_not_evidence():
    # Sputnik (Russian) carrying the Syrian government's account of rebel shelling
    reports = [rebel_shelling("sputnik-1", 1)]

    chk = check(syria_accuses_rebels(), reports)

    assert chk.verdict == "unverified"
    assert chk.evidence == []


def test_allies_reports_cannot_contradict_a_denial_but_independent_ones_can():
    # a Russian denial; the strike is told by the Syrian army (ally) and by rescuers
    reports = [
        report("reuters-1", MARKET, sources=("Syrian army",)),
        report("bbc-1", MARKET_AGAIN, sources=(CIVIL_DEFENCE,)),
    ]

    chk = check(russia_denies(), reports, WELL_COVERED)

    assert chk.verdict == "disputed"  # one independent source left: weak
    assert quotes(chk) == {MARKET_AGAIN}


# ---------------------------------------------------------------------------- scope


def aleppo_strike(**kw) -> Incident:
    """An incident (by default: an air strike in Aleppo on Wednesday) for the scope tests."""
    fields = {"where": ALEPPO, "when": ON_WEDNESDAY, "event_type": "air_strike"} | kw
    return one_incident(report("reuters-1", MARKET, sources=(SOHR,), **fields))


@pytest.mark.parametrize(
    "when, inside",
    [
        (on(16), True),
        (on(20), True),  # the window's last day is included
        (on(21), False),
        (on(13), False),
        (on(2, month=12), False),
    ],
)
def test_incidents_outside_the_claims_window_are_out_of_scope(when, inside):
    assert in_scope(aleppo_strike(when=when), russia_denies()) is inside


def test_an_undated_incident_is_out_of_scope_of_a_claim_with_a_window():
    assert not in_scope(aleppo_strike(when=None), russia_denies())
    assert in_scope(aleppo_strike(when=None), russia_denies(window=None))


def test_a_report_with_no_date_does_not_decide_who_did_a_dated_incident():
    # "the coalition has carried out strikes in Aleppo", undated, fuses with Wednesday's market
    # strike; it says nothing of Wednesday, so it cannot clear Russia of it
    undated = "The US-led coalition has also carried out strikes on Aleppo."
    reports = [
        report("reuters-1", MARKET, sources=(SOHR,)),
        report("bbc-1", undated, when=None, perpetrators=("coalition",)),
    ]
    assert len(fuse(reports, OUTLETS)) == 1
    chk = check(russia_denies(about="RU"), reports)
    assert chk.verdict != "supported"
    assert undated not in quotes(chk)


def test_a_fair_incident_a_week_later_does_not_contradict_the_denial():
    reports = [
        report("reuters-1", MARKET, when=on(25), sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, when=on(25), sources=(CIVIL_DEFENCE,)),
    ]

    chk = check(russia_denies(), reports, WELL_COVERED)

    assert chk.verdict == "supported"
    assert chk.evidence == []


def test_incidents_in_another_place_are_out_of_scope():
    assert not in_scope(aleppo_strike(where=IDLIB), russia_denies())
    assert not in_scope(aleppo_strike(where=None), russia_denies())


def test_a_report_of_the_same_doer_in_its_province_bears_out_an_assertion_about_an_unknown_village():
    kafr_tal = Place("Kafr Tal", None, level="city", country="SY", admin1="Idlib")  # not in the gazetteer
    strike = one_incident(report("bbc-1", "Regime shelling killed two civilians in Idlib province on Wednesday.",
                                 event_type="shelling", where=IDLIB_PROVINCE, perpetrators=("SY",)))
    says = claim("asserts", actor="opposition", about="SY", event_type="shelling", place=kafr_tal)
    assert in_scope(strike, says)
    assert not in_scope(strike, replace(says, scope=replace(says.scope, actor="RU")))  # another doer
    assert not in_scope(strike, replace(says, scope=replace(says.scope, actor=None)))  # no doer named
    assert not in_scope(strike, replace(says, stance="denies", scope=replace(says.scope, actor="SY")))  # a denial needs the village


def test_a_fair_incident_in_another_city_does_not_contradict_the_denial():
    reports = [
        report("reuters-1", MARKET, where=IDLIB, sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, where=IDLIB, sources=(CIVIL_DEFENCE,)),
    ]

    assert check(russia_denies(), reports, WELL_COVERED).verdict == "supported"


def test_incidents_of_another_event_type_are_out_of_scope():
    no_gas = claim("denies", actor="SY", speaker_org="Syrian army", event_type="chemical")

    assert not in_scope(aleppo_strike(event_type="shelling"), no_gas)
    assert in_scope(aleppo_strike(event_type="chemical"), no_gas)


def test_a_claim_about_bombs_covers_suicide_bombings_of_the_same_kind():
    no_bombs = claim("denies", actor="SY", event_type="explosive")

    assert in_scope(aleppo_strike(event_type="suicide_bomb"), no_bombs)


def test_shelling_answers_a_denial_of_strikes_only_when_no_actor_is_named():
    # "Aleppo was not bombed" covers air strikes and shelling alike; "Russian jets did not
    # strike" is about air strikes only, and an assertion of a strike is not met by shelling
    shelling = aleppo_strike(event_type="shelling")

    assert in_scope(shelling, russia_denies(about=None))
    assert not in_scope(shelling, russia_denies(about="RU"))
    assert not in_scope(shelling, claim("asserts", actor="opposition", about=None))


def test_a_neighbourhood_lies_within_its_city():
    assert in_scope(aleppo_strike(where=AL_SHAAR), russia_denies(place=ALEPPO))


def test_a_neighbourhood_claim_covers_city_level_reports_but_not_another_neighbourhood():
    assert in_scope(aleppo_strike(where=ALEPPO), russia_denies(place=AL_SHAAR))
    assert not in_scope(aleppo_strike(where=SAKHOUR), russia_denies(place=AL_SHAAR))


def test_an_assertion_about_a_neighbourhood_is_met_elsewhere_in_the_same_city():
    asserted = claim("asserts", actor="opposition", place=AL_SHAAR)

    assert in_scope(aleppo_strike(where=SAKHOUR), asserted)
    assert not in_scope(aleppo_strike(where=IDLIB), asserted)


def test_a_district_covers_its_neighbourhoods():
    # DESIGN.md: 'A claim about "east Aleppo" covers incidents in its neighbourhoods.'
    assert in_scope(aleppo_strike(where=AL_SHAAR), russia_denies(place=EAST_ALEPPO))


def test_a_district_reaches_towns_some_ten_km_from_its_table_point():
    distance = distance_km(MLEIHA, EASTERN_GHOUTA)
    assert NEAR_KM < distance <= DISTRICT_KM  # farther than a city reaches, within a district's reach

    assert in_scope(aleppo_strike(where=MLEIHA), russia_denies(place=EASTERN_GHOUTA))
    assert in_scope(aleppo_strike(where=DOUMA), russia_denies(place=EASTERN_GHOUTA))


def test_a_district_does_not_reach_beyond_its_radius_and_a_city_only_nearby():
    assert distance_km(OTAYBAH, EASTERN_GHOUTA) > DISTRICT_KM
    assert not in_scope(aleppo_strike(where=OTAYBAH), russia_denies(place=EASTERN_GHOUTA))
    # Mleiha is ~9.6 km from Douma: inside the Ghouta's reach, outside a city's
    assert distance_km(MLEIHA, DOUMA) > NEAR_KM
    assert not in_scope(aleppo_strike(where=MLEIHA), russia_denies(place=DOUMA))


def test_a_province_contains_its_towns():
    assert in_scope(aleppo_strike(where=SARAQEB), russia_denies(place=IDLIB_PROVINCE))
    assert not in_scope(aleppo_strike(where=ALEPPO), russia_denies(place=IDLIB_PROVINCE))


def test_a_fair_incident_in_a_ghouta_town_contradicts_a_denial_about_the_ghouta():
    reports = [
        report("reuters-1", "Jets struck Mleiha on Wednesday, the Observatory said.", where=MLEIHA, sources=(SOHR,)),
        report("bbc-1", "Rescuers searched the rubble in Mleiha on Wednesday.", where=MLEIHA, sources=(CIVIL_DEFENCE,)),
    ]

    assert check(russia_denies(place=EASTERN_GHOUTA), reports).verdict == "contradicted"


# ---------------------------------------------------- assertions naming an actor (accusations)

HOSPITAL = "Russian jets struck a hospital in Idlib on Wednesday, the Observatory said."
HOSPITAL_AGAIN = "Rescuers said the Idlib hospital was hit by Russian warplanes on Wednesday."


def opposition_accuses(about: str = "RU", **kw) -> Claim:
    """The Syrian National Coalition: Russian jets struck a hospital in Idlib."""
    return claim("asserts", actor="opposition", speaker_org="Syrian National Coalition", about=about, place=IDLIB,
                 quote="Russian jets bombed a hospital in Idlib", **kw)


def hospital(perpetrators: tuple[str, ...], attribution: str = "stated", *, second: tuple[str, ...] | None = None,
             second_attribution: str | None = None) -> list[Report]:
    """Two independent accounts of the hospital strike (the second may blame someone else)."""
    return [
        report("reuters-1", HOSPITAL, where=IDLIB, perpetrators=perpetrators, attribution=attribution, sources=(SOHR,)),
        report("bbc-1", HOSPITAL_AGAIN, where=IDLIB, perpetrators=second if second is not None else perpetrators,
               attribution=second_attribution or attribution, sources=(CIVIL_DEFENCE,)),
    ]


def test_accusation_supported_when_independent_sources_name_the_actor():
    chk = check(opposition_accuses(), hospital(("RU",)))

    assert chk.verdict == "supported"
    assert quotes(chk) == {HOSPITAL, HOSPITAL_AGAIN}
    assert HOSPITAL in chk.explanation or HOSPITAL_AGAIN in chk.explanation


def test_accusation_disputed_when_independent_sources_leave_the_perpetrator_open():
    chk = check(opposition_accuses(), hospital(("RU", "SY"), "uncertain"))

    assert chk.verdict == "disputed"
    assert "not who carried it out" in chk.explanation


def test_accusation_disputed_when_no_one_is_named():
    chk = check(opposition_accuses(), hospital(()))

    assert chk.verdict == "disputed"


def test_accusation_contradicted_when_fair_sources_clearly_blame_someone_else():
    # Russia blames Turkish jets; a monitor and rescuers say Russian jets
    russia_blames_turkey = claim("asserts", actor="RU", speaker_org="Russian Defence Ministry", about="TR", place=IDLIB,
                                 quote="Turkish jets struck the hospital in Idlib")

    chk = check(russia_blames_turkey, hospital(("RU",)))

    assert chk.verdict == "contradicted"
    assert "attribute the incident to RU" in chk.explanation
    assert "graded fair" in chk.explanation


def test_accusation_only_disputed_when_others_are_only_alleged_to_have_done_it():
    # both accounts say "most likely Russian jets": someone else is suspected, not shown
    russia_blames_turkey = claim("asserts", actor="RU", speaker_org="Russian Defence Ministry", about="TR", place=IDLIB,
                                 quote="Turkish jets struck the hospital in Idlib")

    chk = check(russia_blames_turkey, hospital(("RU",), "alleged"))

    assert chk.verdict == "disputed"
    assert "attribute the incident to RU" in chk.explanation


def test_accusation_only_disputed_when_a_single_weak_source_blames_someone_else():
    russia_blames_turkey = claim("asserts", actor="RU", about="TR", place=IDLIB)

    chk = check(russia_blames_turkey, hospital(("RU",))[:1])

    assert chk.verdict == "disputed"
    assert "graded weak" in chk.explanation


def test_an_allegation_by_two_independent_sources_with_no_one_else_blamed_names_the_actor():
    assert check(opposition_accuses(), hospital(("RU",), "alleged")).verdict == "supported"


def test_an_allegation_by_a_single_source_leaves_the_accusation_disputed():
    assert check(opposition_accuses(), hospital(("RU",), "alleged")[:1]).verdict == "disputed"


def test_accusation_disputed_when_independent_sources_blame_different_parties():
    # the monitor says Russian jets, the rescuers say coalition jets: a contested incident
    chk = check(opposition_accuses(), hospital(("RU",), second=("coalition",)))

    assert chk.verdict == "disputed"


def test_a_denial_against_a_contested_incident_is_disputed():
    # the same contested incident, against a Russian denial: not fair, so not a contradiction
    reports = [
        report("reuters-1", MARKET, perpetrators=("RU",), sources=(SOHR,)),
        report("bbc-1", MARKET_AGAIN, perpetrators=("coalition",), sources=(CIVIL_DEFENCE,)),
    ]

    assert check(russia_denies(about="RU"), reports, WELL_COVERED).verdict == "disputed"


def test_an_admission_is_supported_even_when_sources_are_unsure_who_struck():
    # "our jets struck" needs the event confirmed, not its attribution
    reports = [idlib_strike("reuters-1", 1, (SOHR,)), idlib_strike("bbc-1", 2, (CIVIL_DEFENCE,))]
    reports = [replace(r, perpetrators=("RU", "SY"), attribution="uncertain") for r in reports]

    assert check(russia_admits(), reports).verdict == "supported"


def test_an_assertion_nobody_independent_reports_is_unverified_and_says_the_coverage():
    chk = check(opposition_accuses(), [], Coverage(articles=4, outlets=2))

    assert chk.verdict == "unverified"
    assert "4 article(s) from 2 outlet(s)" in chk.explanation


# ----------------------------------------------------------- a coalition and its members


@pytest.mark.parametrize(
    "perpetrators, actor, expected",
    [
        (("coalition",), "US", True),  # a coalition strike names its members
        (("US",), "coalition", True),  # and the reverse
        (("GB",), "coalition", True),
        (("US", "RU"), "RU", True),
        (("US",), "GB", False),  # two members are not each other
        (("RU",), "US", False),
        (("RU",), "coalition", False),
        ((), "US", False),
    ],
)
def test_names_actor_matches_coalition_and_members(perpetrators, actor, expected):
    assert names_actor(perpetrators, actor) is expected


RAQQA_STRIKE = "US-led coalition air strikes hit Raqqa on Wednesday, killing civilians, the Observatory said."
RAQQA_AGAIN = "Coalition warplanes struck a residential block in Raqqa on Wednesday, activists said."


def raqqa(perpetrators: tuple[str, ...]) -> list[Report]:
    return [
        report("reuters-1", RAQQA_STRIKE, where=RAQQA, perpetrators=perpetrators, sources=(SOHR,)),
        report("bbc-1", RAQQA_AGAIN, where=RAQQA, perpetrators=perpetrators, sources=("activists",)),
    ]


def test_an_accusation_of_american_strikes_is_supported_by_coalition_strikes():
    us_struck = claim("asserts", actor="SY", speaker_org="Syrian Foreign Ministry", about="US", place=RAQQA,
                      quote="purportedly American air strikes hit Raqqa")

    chk = check(us_struck, raqqa(("coalition",)))

    assert chk.verdict == "supported"
    assert quotes(chk) == {RAQQA_STRIKE, RAQQA_AGAIN}


def test_an_accusation_against_the_coalition_is_supported_by_reports_naming_a_member():
    coalition_struck = claim("asserts", actor="SY", about="coalition", place=RAQQA)

    assert check(coalition_struck, raqqa(("US",))).verdict == "supported"


def test_an_american_denial_is_contradicted_by_fair_reports_of_coalition_strikes():
    pentagon_denies = claim("denies", actor="US", speaker_org="Pentagon", about="US", place=RAQQA,
                            quote="US aircraft did not strike Raqqa this week")

    assert check(pentagon_denies, raqqa(("coalition",)), WELL_COVERED).verdict == "contradicted"


def test_an_accusation_against_the_coalition_is_contradicted_when_fair_sources_blame_russia():
    coalition_struck = claim("asserts", actor="SY", about="coalition", place=RAQQA)

    assert check(coalition_struck, raqqa(("RU",))).verdict == "contradicted"


# ------------------------------------------------------------------------ casualty figures


def regime_shelled_douma(killed: Range) -> Claim:
    """Jaish al-Islam (opposition): regime shelling of Douma killed N people on Wednesday."""
    return claim("asserts", actor="opposition", speaker_org="Jaish al-Islam", about="SY", event_type="shelling",
                 place=DOUMA, killed=killed, quote="Regime shelling killed people in Douma")


def douma_shelling(*tolls: int, day: DateSpan = ON_WEDNESDAY, articles=("reuters-1", "bbc-1", "afp-1")) -> list[Report]:
    """Independent accounts of one shelling of Douma, one per toll (by different sources)."""
    sources = [(SOHR,), (CIVIL_DEFENCE,), ("activists",)]
    return [
        report(articles[i], f"Regime shelling killed {t} people in Douma ({articles[i]}).", event_type="shelling",
               when=day, where=DOUMA, perpetrators=("SY",), sources=sources[i], killed=Range(t, t, str(t)))
        for i, t in enumerate(tolls)
    ]


def test_figure_within_thirty_percent_of_the_toll_is_supported():
    assert check(regime_shelled_douma(Range(10, 10, "ten")), douma_shelling(13, 13)).verdict == "supported"


def test_figure_is_compared_with_the_most_conservative_independent_toll():
    # tolls 12 and 40 in one incident: the toll is 12, which 10 is within 30% of
    assert check(regime_shelled_douma(Range(10, 10)), douma_shelling(12, 40)).verdict == "supported"


def test_at_least_figure_is_supported_by_higher_tolls():
    assert check(regime_shelled_douma(Range(10, None, "at least 10")), douma_shelling(25, 30)).verdict == "supported"


def test_an_exact_figure_far_below_the_tolls_is_contradicted_where_at_least_would_not_be():
    # the control for the test above: "10 killed" (not "at least 10") against 25
    assert check(regime_shelled_douma(Range(10, 10, "10")), douma_shelling(25, 30)).verdict == "contradicted"


def test_figure_off_by_a_factor_of_two_is_contradicted():
    chk = check(regime_shelled_douma(Range(50, 50, "50")), douma_shelling(12, 14))

    assert chk.verdict == "contradicted"
    assert "gives 50 killed" in chk.explanation
    assert "independent sources give 12" in chk.explanation


def test_a_moderate_gap_in_figures_is_disputed():
    chk = check(regime_shelled_douma(Range(10, 10, "10")), douma_shelling(16, 17))

    assert chk.verdict == "disputed"
    assert "gives 10 killed" in chk.explanation


def test_a_figure_is_contradicted_only_when_it_is_off_by_two_against_every_toll():
    # two shellings of Douma in the window, tolls 12 and 40
    two_days = douma_shelling(12, 12) + douma_shelling(40, 40, day=on(18), articles=("afp-1", "guardian-1"))
    assert len(fuse(two_days, OUTLETS)) == 2

    assert check(regime_shelled_douma(Range(25, 25)), two_days).verdict == "disputed"  # 40 is within a factor 2 of 25
    assert check(regime_shelled_douma(Range(100, 100)), two_days).verdict == "contradicted"


def test_a_toll_of_civilians_only_is_no_figure_for_a_count_of_fighters():
    # the army says it killed 50 fighters in Douma; the monitors count 12 and 14 civilians, all of the dead
    from dataclasses import replace

    army = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", event_type="shelling",
                 place=DOUMA, killed=Range(50, 50, "50 terrorists"), quote="The army killed 50 terrorists in Douma")
    army = replace(army, scope=replace(army.scope, dead="combatants"))
    civilians = [replace(r, victims=(("civilians", r.killed.best),)) for r in douma_shelling(12, 14)]
    assert check(army, civilians).verdict == "supported", "the shelling is borne out; the fighters' toll is not refuted"
    # the same tolls told without saying who died are compared
    assert check(army, douma_shelling(12, 14)).verdict == "contradicted"
    # as is a toll of whom civilians were only part
    some = [replace(r, victims=(("civilians", 5),)) for r in douma_shelling(12, 14)]
    assert check(army, some).verdict == "contradicted"


def test_the_claimants_own_toll_is_left_out_of_the_comparison():
    # Damascus admits the shelling but says two died; only SANA says so, monitors count 20+
    damascus_admits = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", event_type="shelling",
                            place=DOUMA, killed=Range(2, 2, "two"), quote="Army shelling of Douma killed two")
    sana = report("sana-1", "Two people were killed in Douma on Wednesday.", event_type="shelling", where=DOUMA,
                  perpetrators=("SY",), killed=Range(2, 2, "two"))
    reports = douma_shelling(20, 25) + [sana]
    assert len(fuse(reports, OUTLETS)) == 1

    chk = check(damascus_admits, reports)

    assert chk.verdict == "contradicted"
    assert "independent sources give 20" in chk.explanation


def test_a_figure_between_the_tolls_of_one_incident_is_disputed_not_contradicted():
    # monitors count 200, 494 and 1001 dead; "at least 1,300" is above all, but not by twice
    chk = check(regime_shelled_douma(Range(1300, None, "at least 1300")), douma_shelling(200, 494, 1001))

    assert chk.verdict == "disputed"
    assert "independent sources give 200, 494, 1001" in chk.explanation


def test_a_toll_an_independent_report_credits_to_the_claimant_is_not_evidence_for_it():
    # an agency of the accusing side gives 160; the same article's monitor counts 56 and others 85
    amaq_accuses = claim("asserts", actor="ISIS", speaker_org="Amaq", about="coalition", event_type="air_strike",
                         place=IDLIB, killed=Range(160, 160, "160"), quote="Coalition strikes killed 160 civilians")
    told = report("asharq-1", "Coalition strikes killed dozens in Idlib.", where=IDLIB, perpetrators=("coalition",),
                  sources=(SOHR, "Amaq", "activists"), killed=Range(160, 160, "160 civilians"))
    told = replace(told, tolls=(Toll(Range(24, None, "dozens"), (SOHR,)), Toll(Range(160, 160, "160 civilians"), ("Amaq",)),
                                Toll(Range(56, 56, "56 civilians"), (SOHR,)), Toll(Range(85, 85, "85 people"), ("activists",))))
    again = report("reuters-1", "Coalition jets struck the village in Idlib, killing 56.", where=IDLIB,
                   perpetrators=("coalition",), sources=(CIVIL_DEFENCE,), killed=Range(56, 56, "56"))

    chk = check(amaq_accuses, [told, again])

    assert chk.verdict == "disputed", chk.explanation
    assert "independent sources give 56, 85" in chk.explanation


def test_the_doer_s_count_of_its_own_kills_is_no_toll():
    # IS says its fighters killed "more than 150"; the monitor counts 48: a toll of 100 is off by two
    police = claim("asserts", actor="SY", speaker_org="Hama Police Command", about="ISIS", event_type="attack",
                   place=DOUMA, killed=Range(100, 100, "100"), quote="IS terrorists attacked the village, killing 100")
    told = report("reuters-1", "IS fighters attacked the village near Douma, killing 48.", event_type="attack", where=DOUMA,
                  perpetrators=("ISIS",), sources=(SOHR, "Islamic State"), killed=Range(48, 48, "48"))
    told = replace(told, tolls=(Toll(Range(48, 48, "48"), (SOHR,)), Toll(Range(151, None, "more than 150"), ("Islamic State",))))

    chk = check(police, [told])

    assert chk.verdict == "contradicted", chk.explanation
    assert "independent sources give 48." in chk.explanation


@pytest.mark.parametrize(
    "claimed, tolls, expected",
    [
        (None, [12], "supported"),  # no figure claimed: nothing to compare
        (Range(10, 10), [], "supported"),  # no toll reported: nothing to compare
        (Range(10, 10), [13], "supported"),
        (Range(10, 10), [8], "supported"),
        (Range(10, 10), [16], "disputed"),
        (Range(10, 10), [25], "contradicted"),
        (Range(10, 10), [4], "contradicted"),  # factor 2 either way
        (Range(10, None), [40], "supported"),  # at least 10
        (Range(10, None), [4], "contradicted"),  # "at least 10" against 4
        (Range(10, 10), [25, 15], "disputed"),  # not off by two against every toll
        (Range(10, 10), [25, 13], "supported"),  # within 30% of the most conservative toll
        (Range(10, 10), [13, 6], "disputed"),  # the conservative toll is 6 (13 alone would support 10)
        (Range(30, 30), [12, 40], "disputed"),  # tolls that straddle the figure
    ],
    ids=lambda v: "none" if v is None else (v.text or f"{v.low}..{v.high}") if isinstance(v, Range) else str(v),
)
def test_figures_agree_rules(claimed, tolls, expected):
    assert _figures_agree(claimed, tolls, 0.3) == expected


def test_figure_tolerance_comes_from_the_options():
    loose = CheckOptions(figure_tolerance=0.5)

    assert check(regime_shelled_douma(Range(10, 10)), douma_shelling(16, 17), options=loose).verdict == "supported"


def test_an_incident_is_in_scope_where_any_of_its_reports_puts_it():
    # one strike: one report places it in Sakhour, another only "in Aleppo"
    inc = one_incident(
        report("a1", "An air strike hit Sakhour on Wednesday.", where=SAKHOUR),
        report("a2", "An air strike hit Aleppo on Wednesday.", where=ALEPPO),
    )
    assert inc.where == SAKHOUR
    # a denial about al-Shaar: the city-level report may be about it, so the incident counts
    assert in_scope(inc, claim("denies", actor="RU", place=AL_SHAAR))


def test_an_incident_is_in_scope_when_one_of_its_reports_puts_it_in_the_window():
    # one strike told as "late on Wednesday" by one outlet and "on Thursday" by another
    inc = one_incident(
        report("a1", "An air strike hit Sakhour on Thursday.", where=SAKHOUR, when=on(17)),
        report("a2", "An air strike hit Sakhour late on Wednesday.", where=SAKHOUR, when=ON_WEDNESDAY),
    )
    assert in_scope(inc, claim("denies", actor="RU", place=SAKHOUR, window=ON_WEDNESDAY))
    assert in_scope(inc, claim("denies", actor="RU", place=SAKHOUR, window=on(17)))
    assert not in_scope(inc, claim("denies", actor="RU", place=SAKHOUR, window=on(19)))


def test_a_city_wide_toll_is_not_compared_with_a_neighbourhood_figure():
    # Damascus says rebel fire on al-Shaar killed four; the only toll in scope is the city's
    # month-long count, which confirms rebel fire in the city but is no figure for al-Shaar
    damascus = claim("asserts", actor="SY", speaker_org="SANA", about="opposition", event_type="shelling",
                     place=AL_SHAAR, killed=Range(4, 4, "four"), quote="Rebel fire on al-Shaar killed four")
    city = [
        report(a, "Rebel shelling killed 126 people in Aleppo.", event_type="shelling", where=ALEPPO,
               perpetrators=("opposition",), sources=(s,), killed=Range(126, 126, "126"))
        for a, s in (("reuters-1", SOHR), ("bbc-1", CIVIL_DEFENCE))
    ]
    chk = check(damascus, city)
    assert chk.verdict == "supported", chk.explanation


def test_an_incident_keeps_every_toll_with_whom_it_is_credited_to():
    told = report("asharq-1", "Coalition strikes killed dozens in Idlib.", where=IDLIB, perpetrators=("coalition",),
                  sources=(SOHR, "Amaq"), killed=Range(56, 56, "56 civilians"))
    told = replace(told, tolls=(Toll(Range(56, 56, "56 civilians"), (SOHR,)), Toll(Range(160, 160, "160 civilians"), ("Amaq",))))
    inc = one_incident(told, report("reuters-1", "Coalition jets struck Idlib.", where=IDLIB))
    figures = [(f.article_id, f.killed.best if f.killed else None, f.credited_to) for f in inc.figures]
    assert figures == [("asharq-1", 56, (SOHR,)), ("asharq-1", 160, ("Amaq",)), ("reuters-1", None, ())]
    assert inc.killed_best == 56


# ------------------------------------------------------------------------ "near X"

NEAR_ALEPPO = replace(ALEPPO, name="Aleppo", near=True)  # "a clinic in a village near Aleppo"
KHAN_TUMAN = Place("Khan Tuman", "Khan Tuman", lat=36.1305, lon=37.0325, level="city", country="SY", admin1="Aleppo")


def test_a_place_near_a_city_is_its_surroundings_not_its_districts():
    assert not places_agree(NEAR_ALEPPO, EAST_ALEPPO)
    assert not places_agree(NEAR_ALEPPO, AL_SHAAR)
    assert places_agree(NEAR_ALEPPO, KHAN_TUMAN)  # some 13 km out
    assert places_agree(NEAR_ALEPPO, ALEPPO)  # "in Aleppo" may be said loosely of its outskirts
    assert not places_agree(NEAR_ALEPPO, SARAQEB)


def test_strikes_near_a_city_do_not_fuse_with_strikes_on_its_districts():
    clinic = report("reuters-1", "An air strike hit a clinic in a village near Aleppo.", where=NEAR_ALEPPO)
    offensive = report("bbc-1", "Jets pounded east Aleppo.", where=EAST_ALEPPO)
    assert len(fuse([clinic, offensive], OUTLETS)) == 2


def test_a_report_near_a_city_bears_out_an_assertion_about_a_village_there_but_not_a_denial():
    near = [report(a, "Coalition strikes near Aleppo killed 20 people.", where=NEAR_ALEPPO, perpetrators=("coalition",),
                   sources=(s,)) for a, s in (("reuters-1", SOHR), ("bbc-1", CIVIL_DEFENCE))]
    accusation = claim("asserts", actor="opposition", speaker_org="Syrian National Coalition", about="coalition",
                       place=KHAN_TUMAN, quote="Coalition jets struck Khan Tuman")
    assert check(accusation, near).verdict == "supported"
    denial = claim("denies", actor="coalition", speaker_org="US-led coalition", about="coalition", place=KHAN_TUMAN,
                   quote="The coalition did not strike Khan Tuman")
    assert check(denial, near).verdict != "contradicted"


SYRIA = Place("Syria", "Syria", lat=35.0, lon=38.0, level="country", country="SY")


def test_a_report_without_a_day_joins_only_the_same_kind_of_event_in_the_same_town():
    friday = report("reuters-1", "Air strikes on Aleppo killed 12 people on Friday.", when=on(18))
    # a week's window, and "an attack" of no named kind: a different event of that week
    counter_attack = report("bbc-1", "Rebels launched an attack on the city's western edge last week.",
                            event_type="other", when=THIS_WEEK)
    assert len(fuse([friday, counter_attack], OUTLETS)) == 2
    # a week's window and only the country: any strike in Syria that week would do
    somewhere = report("afp-1", "Air strikes in Syria killed dozens this week.", when=THIS_WEEK, where=SYRIA)
    assert len(fuse([friday, somewhere], OUTLETS)) == 2
    # the same kind in the same town that week: the event told again
    recalled = report("guardian-1", "Earlier this week an air strike on Aleppo killed 12.", when=THIS_WEEK)
    assert len(fuse([friday, recalled], OUTLETS)) == 1


def test_reports_that_give_the_day_join_on_any_kind_and_the_country():
    friday = report("reuters-1", "Air strikes on Aleppo killed 12 people on Friday.", when=on(18))
    attack = report("bbc-1", "An attack on Aleppo on Friday killed 12.", event_type="other", when=on(18))
    in_syria = report("afp-1", "Air strikes in Syria killed 12 on Friday.", when=on(18), where=SYRIA)
    assert len(fuse([friday, attack, in_syria], OUTLETS)) == 1


def test_a_report_without_a_day_does_not_carry_a_dated_incident_into_a_claims_window():
    monday = report("reuters-1", "An air strike on an aid convoy in Aleppo killed 20 on Monday.", when=on(14),
                    sources=(SOHR,))
    # told later as what came before: the week up to Thursday, the same strike
    recalled = report("bbc-1", "Aid resumed on Thursday following an air strike on a convoy in Aleppo.",
                      when=DateSpan(date(2016, 11, 10), date(2016, 11, 17), "before Thursday"), sources=(CIVIL_DEFENCE,))
    assert one_incident(monday, recalled).when == on(14)
    wednesday_strike = claim("asserts", actor="opposition", speaker_org="Syrian National Coalition", about="RU",
                             window=ON_WEDNESDAY, quote="Russian jets struck Aleppo on Wednesday")
    assert check(wednesday_strike, [monday, recalled]).verdict == "unverified"


def test_a_count_of_one_sides_fighters_meets_that_sides_toll_not_the_whole():
    # the army says it killed 50 Nusra fighters in Douma; the monitors count 45 dead: 20 Nusra fighters, 25 soldiers
    from dataclasses import replace

    army = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", event_type="shelling",
                 place=DOUMA, killed=Range(50, 50, "50 terrorists of the Nusra Front"), quote="The army killed 50 Nusra terrorists in Douma")
    army = replace(army, scope=replace(army.scope, dead="combatants", dead_party="nusra"))
    both = [replace(r, victims=(("combatants", 45),), party_dead=(("SY", 25), ("nusra", 20))) for r in douma_shelling(45, 45)]
    assert check(army, both).verdict == "contradicted"  # 50 against 20, not against 45
    whole = [replace(r, victims=(("combatants", 45),)) for r in douma_shelling(45, 45)]
    assert check(army, whole).verdict == "supported"  # no side's count told: the whole toll


def test_the_side_of_the_fighters_counted():
    from counterclaim.analyze import get_nlp
    from counterclaim.analyze.counts import find_counts

    doc = get_nlp()("The Syrian Observatory for Human Rights said 26 fighters from the Kurdish-led SDF and 23 IS jihadists "
                    "were killed as the SDF pressed an assault.")
    assert [(c.low, c.party) for s in doc.sents for c in find_counts(s)] == [(26, "SDF"), (23, "ISIS")]
    # a noun joined without a figure of its own shares the figure and its side, or names another
    doc = get_nlp()("The group said its fighters killed 32 regime soldiers and militiamen. Clashes killed 21 IS jihadists and rebels.")
    assert [(c.low, c.party) for s in doc.sents for c in find_counts(s)] == [(32, "SY"), (21, None)]


def test_a_statement_that_no_one_died_is_contradicted_by_dead_and_quotes_them():
    said = claim("denies", actor="SY", speaker_org="Syrian army", about=None, event_type=None,
                 quote="The aggression resulted only in material damage")
    said = replace(said, scope=replace(said.scope, spared="people"))
    quiet = report("bbc-1", "Residents heard loud explosions near the city on Wednesday.", sources=("residents",))
    dead = [
        report("dpa-1", "The strikes killed seven people near the city on Wednesday.", sources=(SOHR,), killed=Range(7, 7, "seven")),
        report("afp-1", "Seven people died in the strikes on Wednesday, the monitor said.", sources=(CIVIL_DEFENCE,), killed=Range(7, 7, "Seven")),
    ]
    result = check(said, [quiet, *dead], WELL_COVERED)
    assert result.verdict == "contradicted"
    assert "killed seven" in result.explanation or "Seven people died" in result.explanation
    # without any dead reported, the strikes alone do not contradict it
    assert check(said, [quiet], WELL_COVERED).verdict in ("supported", "unverified")


def test_a_fight_a_side_claims_is_the_fight_reports_blame_on_the_other_side():
    # the army says it killed 200 rebels in a week of fighting in Douma; two monitors count 40
    # dead in the fight the rebels began: the same clash, and the figure is refuted
    army = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", event_type="armed_clash",
                 place=DOUMA, killed=Range(200, 200, "200 terrorists"), quote="Army units killed 200 terrorists in Douma")
    rebels = [
        report(aid, "Rebels attacked army posts in Douma on Wednesday; 40 fighters died in the clashes.", event_type="armed_clash",
               where=DOUMA, perpetrators=("opposition",), killed=Range(40, 40, "40"), sources=(src,))
        for aid, src in (("reuters-1", SOHR), ("bbc-1", CIVIL_DEFENCE))
    ]
    assert check(army, rebels).verdict == "contradicted"


def test_an_accusation_in_one_article_citing_two_sources_does_not_settle_who_did_it():
    # one article alleges Russia did it, citing two sources; another tells the strike and names
    # no one: a Russian denial is disputed, not contradicted (one account, however many it cites)
    reports = [
        report("reuters-1", MARKET, perpetrators=("RU",), attribution="alleged", sources=(SOHR, CIVIL_DEFENCE)),
        report("bbc-1", MARKET_AGAIN),
    ]
    assert check(russia_denies(about="RU"), reports).verdict == "disputed"


def test_a_party_outlet_blaming_its_enemy_accuses_it_and_does_not_settle_who_did_it():
    # "YPG terrorists targeted civilians with a car bomb", in the Turkish agency's own voice,
    # and a monitor that names no one: the SDF's denial is disputed, not contradicted
    bomb = "A car bomb killed 16 people at a market in Aleppo on Wednesday."
    reports = [
        report("anadolu-1", "YPG terrorists targeted civilians with a car bomb in Aleppo on Wednesday.", event_type="explosive", perpetrators=("SDF",)),
        report("reuters-1", bomb, event_type="explosive", sources=(SOHR,)),
        report("bbc-1", bomb, event_type="explosive", sources=(CIVIL_DEFENCE,)),
    ]
    denial = claim("denies", actor="SDF", speaker_org="Syrian Democratic Forces", about="SDF", event_type="explosive")
    assert check(denial, reports, WELL_COVERED).verdict == "disputed"
    # told with a monitor's word for it, the blame stands as the agency tells it
    cited = [replace(reports[0], sources=(SOHR,))] + reports[1:]
    assert check(denial, cited, WELL_COVERED).verdict == "contradicted"


def test_a_total_for_weeks_of_war_is_not_borne_out_by_one_incident_told_without_a_toll():
    # "the army has killed 900 terrorists around Aleppo since 1 October": a strike on
    # Wednesday, told without a toll, confirms no figure for six weeks
    since_october = DateSpan(date(2016, 10, 1), WEDNESDAY, "since 1 October")
    total = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", window=since_october,
                  killed=Range(900, 900, "900 terrorists"))
    strike = report("reuters-1", MARKET_AGAIN, perpetrators=("SY",), sources=(CIVIL_DEFENCE,))
    chk = check(total, [strike])
    assert chk.verdict == "unverified" and "no toll" in chk.explanation
    # the same figure told of Wednesday alone is the strike's, and it happened
    one_day = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", window=ON_WEDNESDAY,
                    killed=Range(900, 900, "900 terrorists"))
    assert check(one_day, [strike]).verdict == "supported"


# ============================================================================ counterclaims


def _accusation(**kw) -> Claim:
    return claim("asserts", actor="RU", speaker_org="Russian Defence Ministry", about="opposition", event_type="shelling",
                 place=EASTERN_GHOUTA, window=ON_WEDNESDAY, quote="rebels shelled the humanitarian corridor",
                 article_id="sputnik-1", **kw)


def _rebel_denial(**kw) -> Claim:
    return claim("denies", actor="opposition", speaker_org="Failaq al-Rahman", about="opposition", event_type="attack",
                 place=EASTERN_GHOUTA, window=ON_WEDNESDAY, quote="denied that its fighters had fired on the crossing",
                 article_id="reuters-1", **kw)


def test_an_accusation_the_accused_denies_with_no_report_to_settle_it_is_disputed():
    accusation, denial = _accusation(), _rebel_denial()
    for c, other in ((accusation, denial), (denial, accusation)):
        got = check_claim(c, [], WELL_COVERED, OUTLETS, CheckOptions(), [accusation, denial])
        assert got.verdict == "disputed"
        assert [(e.kind, e.quote) for e in got.evidence] == [("counterclaim", other.quote)]
        assert other.quote in got.explanation


def test_without_the_other_party_s_claim_the_accusation_is_unverified():
    assert check_claim(_accusation(), [], WELL_COVERED, OUTLETS, CheckOptions(), [_accusation()]).verdict == "unverified"


def test_a_denial_of_another_doer_or_another_town_or_day_says_nothing_of_the_accusation():
    accusation = _accusation()
    for other in (replace(_rebel_denial(), scope=replace(_rebel_denial().scope, actor="SY")),  # not the rebels' deed denied
                  replace(_rebel_denial(), scope=replace(_rebel_denial().scope, place=DOUMA)),
                  replace(_rebel_denial(), scope=replace(_rebel_denial().scope, window=on(18))),
                  replace(_rebel_denial(), scope=replace(_rebel_denial().scope, window=THIS_WEEK))):  # no day of its own
        assert check_claim(accusation, [], WELL_COVERED, OUTLETS, CheckOptions(), [accusation, other]).verdict == "unverified"


def test_an_ally_s_claim_is_no_counterclaim():
    denial = claim("denies", actor="RU", speaker_org="Kremlin", about="SY", place=ALEPPO, window=ON_WEDNESDAY, article_id="rt-1")
    assertion = claim("asserts", actor="SY", speaker_org="Syrian army", about="SY", place=ALEPPO, window=ON_WEDNESDAY,
                      quote="our jets struck terrorists", article_id="sana-1")
    assert check_claim(denial, [], THINLY_COVERED, OUTLETS, CheckOptions(), [denial, assertion]).verdict == "unverified"


def test_a_strike_on_the_enemy_s_fighters_does_not_gainsay_the_doer_s_denial_of_another_harm():
    denial = claim("denies", actor="US", speaker_org="Pentagon", about="coalition", place=RAQQA, window=ON_WEDNESDAY, article_id="afp-1")
    praise = claim("asserts", actor="SDF", speaker_org="YPG", about="coalition", place=RAQQA, window=ON_WEDNESDAY,
                   quote="coalition strikes killed 45 jihadists", article_id="bbc-1")
    praise = replace(praise, scope=replace(praise.scope, dead="combatants"))
    assert check_claim(denial, [], THINLY_COVERED, OUTLETS, CheckOptions(), [denial, praise]).verdict == "unverified"


def test_a_counterclaim_in_the_claim_s_own_article_counts_only_when_own_articles_do():
    accusation, denial = _accusation(), replace(_rebel_denial(), article_id="sputnik-1", start=900)
    assert check_claim(accusation, [], WELL_COVERED, OUTLETS, CheckOptions(), [accusation, denial]).verdict == "disputed"
    only_others = CheckOptions(exclude_own_article=True)
    assert check_claim(accusation, [], WELL_COVERED, OUTLETS, only_others, [accusation, denial]).verdict == "unverified"


def test_a_count_of_one_sides_fighters_killed_by_air_meets_the_fighting_they_died_in():
    # Russia says its jets killed 120 IS fighters near Raqqa; the monitors count 38 IS fighters
    # dead in two days of clashes backed by air strikes: the same battle, a third of the figure
    from dataclasses import replace

    russia = claim("asserts", actor="RU", speaker_org="Russian Defence Ministry", about="RU", place=RAQQA,
                   killed=Range(120, 120, "120 militants"), quote="Russian jets killed 120 IS militants near Raqqa")
    russia = replace(russia, scope=replace(russia.scope, dead="combatants", dead_party="ISIS"))
    fighting = [
        replace(report(aid, "Fifty-two fighters were killed in two days of clashes around Raqqa, 38 IS jihadists and 14 soldiers.",
                       event_type="armed_clash", where=RAQQA, perpetrators=("SY", "ISIS"), killed=Range(52, 52, "52"),
                       sources=(SOHR,)),
                victims=(("combatants", 52),), party_dead=(("ISIS", 38), ("SY", 14)))
        for aid in ("afp-1", "bbc-1")
    ]
    assert check(russia, fighting).verdict == "contradicted"


def test_a_count_of_the_fighters_a_side_killed_meets_its_enemies_dead_not_its_own():
    # the army says it killed 91 "terrorists" without naming them; the monitors count 31 IS
    # fighters and 29 soldiers dead: the army's enemies lost 31, a third of the figure
    from dataclasses import replace

    army = claim("asserts", actor="SY", speaker_org="Syrian government source", about="SY", place=RAQQA,
                 killed=Range(91, None, "more than 90 terrorists"), quote="army units killed more than 90 terrorists near Raqqa")
    army = replace(army, scope=replace(army.scope, event_type="armed_clash", dead="combatants"))
    fighting = [
        replace(report(aid, "At least 29 regime fighters and 31 Islamic State jihadists were killed in fighting around Raqqa.",
                       event_type="armed_clash", where=RAQQA, perpetrators=("SY", "ISIS"), killed=Range(60, 60, "60"),
                       sources=(SOHR,)),
                victims=(("combatants", 60),), party_dead=(("SY", 29), ("ISIS", 31)))
        for aid in ("afp-1", "bbc-1")
    ]
    assert check(army, fighting).verdict == "contradicted"


def test_a_figure_no_independent_source_gives_a_toll_for_is_said_to_stand_unchecked():
    c = replace(russia_admits(), scope=replace(russia_admits().scope, killed=Range(40, 40, "40")))
    reports = [idlib_strike("reuters-1", 1, (SOHR,)), idlib_strike("bbc-1", 2, (CIVIL_DEFENCE,))]

    chk = check(c, reports)

    assert chk.verdict == "supported"
    assert "No independent source gives a toll to set against its 40 killed" in chk.explanation
