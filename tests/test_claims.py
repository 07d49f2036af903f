"""Claims (analyze/claims.py): who says what, with what stance, about which scope.

Every article here is written for these tests (never news copy) and published on
Wednesday 16 November 2016 unless it says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from counterclaim import analyze

WEDNESDAY = date(2016, 11, 16)


def claims(text: str, published: date = WEDNESDAY, outlet: str | None = None):
    return analyze(text, published=published, outlet=outlet).claims


def test_a_ministry_denial_is_a_claim_of_its_party():
    (c,) = claims("Syria's defence ministry denied that its aircraft bombed the market in Idlib on Tuesday.")
    assert c.actor == "SY"
    assert c.stance == "denies"
    assert c.scope.event_type == "air_strike"
    assert c.scope.place is not None and c.scope.place.name == "Idlib"


def test_a_monitor_telling_a_toll_is_a_source_not_a_claimant():
    text = "At least 12 people were killed in air strikes on the town of Saraqeb on Tuesday, the Syrian Observatory for Human Rights said."
    assert claims(text) == []


def test_a_monitor_saying_who_did_it_makes_a_claim():
    text = "Russian warplanes struck the market in Saraqeb on Tuesday, the Syrian Observatory for Human Rights said."
    (c,) = claims(text)
    assert c.speaker_org == "Syrian Observatory for Human Rights"
    assert c.stance == "asserts"
    assert c.scope.actor == "RU"


def test_anyone_saying_who_did_it_makes_a_claim():
    # an unnamed official, a witness: their accusation can be checked like a ministry's
    text = "Israeli jets struck a training camp near Quneitra on Tuesday, killing three fighters, an official from the camp said."
    (c,) = claims(text)
    assert c.actor is None and c.stance == "asserts"
    assert c.scope.actor == "IL"
    assert c.scope.event_type == "air_strike"


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The Belgian defence ministry denied the country's jets struck the village of Hassajik on Tuesday.", "BE"),
        ("The Belgian defence ministry denied the countrys jets struck the village of Hassajik on Tuesday.", "BE"),
        ("The Nusra Front said one of the groups members blew himself up at the market in Jableh on Tuesday.", "nusra"),
    ],
    ids=["the country's", "apostrophe lost", "the group's"],
)
def test_a_speaker_telling_of_its_own_country_or_group_is_about_its_own_side(text, actor):
    (c,) = claims(text)
    assert c.actor == actor and c.scope.actor == actor


def test_a_named_official_of_no_known_body_saying_who_did_it_makes_a_claim():
    (c,) = claims("Russian jets struck the market in Saraqeb on Tuesday, spokesman John Smith said.")
    assert c.speaker == "John Smith" and c.scope.actor == "RU"


def test_a_claim_about_a_village_the_gazetteer_does_not_know_is_about_that_village():
    text = ("Russia's defence ministry said two homes were destroyed by bombing in the village of "
            "Qasr Dahab in the Aleppo region on Tuesday.")
    found = [c for c in claims(text) if c.actor == "RU"]
    assert found, claims(text)
    place = found[0].scope.place
    assert place.name == "Qasr Dahab" and place.resolved is None
    assert place.admin1 == "Aleppo" and place.country == "SY"


def test_a_monitor_leaving_the_attacker_open_makes_no_claim():
    text = "Ten people died in the raids on Saraqeb, the Syrian Observatory for Human Rights said, in strikes either carried out by Russian or Syrian jets."
    assert claims(text) == []


def test_a_negated_judgement_is_not_a_denial():
    text = (
        "A chemical attack killed 40 people in the town of Saraqeb on Tuesday. "
        "These brutal actions by the Assad regime cannot be accepted, Britain's foreign secretary said."
    )
    found = [c for c in claims(text) if c.actor == "GB"]
    assert found and found[0].stance == "asserts"
    assert found[0].scope.actor == "SY"


def test_an_attack_that_cannot_be_tolerated_is_not_denied():
    text = "The US president declared on Wednesday that the chemical attack on Saraqeb by Assad's forces cannot be tolerated."
    found = [c for c in claims(text) if c.actor == "US"]
    assert found and found[0].stance == "asserts"


def test_a_party_saying_it_was_not_behind_an_attack_denies_it():
    text = (
        "A car bomb killed nine people in Azaz on Tuesday. "
        "The Turkish army was not behind the blast, Turkey's foreign ministry said."
    )
    found = [c for c in claims(text) if c.actor == "TR"]
    assert found and found[0].stance == "denies"


def test_a_party_outlet_s_own_report_is_that_party_s_claim():
    text = (
        "Regime Jets Bomb Market in Saraqeb\n\n"
        "Russian warplanes bombed the market of Saraqeb in rural Idlib on Tuesday, killing 12 civilians. "
        "Rescue teams worked through the night."
    )
    found = analyze(text, published=WEDNESDAY, outlet="etilaf").claims
    own = [c for c in found if c.speaker_org == "Syrian National Coalition"]
    assert own and own[0].actor == "opposition" and own[0].stance == "asserts"
    assert own[0].quote.startswith("Russian warplanes bombed the market")
    assert own[0].scope.event_type == "air_strike"


def test_an_independent_outlet_s_own_report_is_not_a_claim():
    text = "Russian warplanes bombed the market of Saraqeb in rural Idlib on Tuesday, killing 12 civilians."
    assert analyze(text, published=WEDNESDAY, outlet="reuters").claims == []


def test_state_media_telling_an_attack_does_not_accuse_its_own_side():
    text = "State news agency SANA said rebel rocket fire killed four people in the Ramouseh district of Aleppo on Tuesday."
    found = [c for c in claims(text) if c.actor == "SY"]
    assert found and found[0].scope.actor == "opposition"


def test_blame_for_the_attack_just_told_is_about_that_attack():
    # the article leads with the inspectors' list; "the attack" is the one told just before
    text = (
        "UN inspectors will look into 13 alleged chemical attacks across Syria, the United Nations said on Wednesday. "
        "The first site is Saraqeb, where a chemical attack on March 19 killed 26 people. "
        "The government and its ally Russia have blamed Syrian rebels for the attack."
    )
    found = [c for c in claims(text) if c.actor == "RU"]
    assert found, claims(text)
    c = found[0]
    assert c.scope.actor == "opposition"
    assert c.scope.place is not None and c.scope.place.name == "Saraqeb"
    assert c.scope.window is not None and c.scope.window.start == date(2016, 3, 19)


def test_a_statement_about_the_attacks_is_about_the_lead_incident():
    text = (
        "Air strikes killed 40 civilians in eastern Aleppo on Tuesday, the Syrian Observatory for Human Rights said. "
        "Government forces launched a ground offensive on the city on September 22. "
        "France's foreign minister said Syria and Russia were responsible for the assaults."
    )
    found = [c for c in claims(text) if c.actor == "FR"]
    assert found and found[0].scope.event_type == "air_strike"
    assert found[0].scope.window is not None and found[0].scope.window.start == date(2016, 11, 15)


def test_sticking_to_a_moratorium_on_strikes_denies_the_speaker_s_own_strikes():
    (c,) = claims("The Russian Defence Ministry said it was sticking to a moratorium on air strikes in the town of Saraqeb.")
    assert c.stance == "denies"
    assert c.scope.actor == "RU"
    assert c.scope.event_type == "air_strike"


def test_a_pause_said_to_hold_is_about_the_place_it_names_not_a_campaign_elsewhere():
    text = (
        "Kremlin insists Hama pause holds as new campaign starts\n\nWednesday 16 November 2016\n\n"
        "Moscow said on Wednesday that its halt to air strikes on Hama remained in force, a day after "
        "Russia opened a new missile campaign elsewhere in Syria."
    )
    found = claims(text)
    # the headline says what the body says: one claim, a denial of strikes on Hama
    assert [(c.stance, c.scope.event_type, c.scope.place.name) for c in found] == [("denies", "air_strike", "Hama")]


def test_a_headline_pause_is_about_the_place_it_names():
    # the bundled sample: "Kremlin insists Aleppo pause holds as new Russian campaign starts"
    # is about Aleppo (and says what the body's denial says), not about the missile campaign
    # "elsewhere in Syria" told beside the halt
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "examples" / "kremlin-briefing.txt").read_text("utf-8")
    found = claims(text, published=date(2016, 11, 16))
    assert found and all(c.stance == "denies" for c in found)
    assert all(c.scope.place is not None and "Aleppo" in c.scope.place.name for c in found), [
        (c.quote[:40], c.scope.place and c.scope.place.name) for c in found
    ]


def test_a_statement_quoted_twice_over_the_same_text_is_one_claim():
    # the relative clause is a second quote of the same accusation: one claim, the fuller quote
    (c,) = claims(
        "The United States accused Damascus of the chemical attack on Khan Sheikhoun, "
        "which it estimates killed 87 people including 31 children."
    )
    assert c.quote.startswith("The United States accused Damascus")
    assert (c.actor, c.scope.actor, c.scope.event_type) == ("US", "SY", "chemical")
    # a headline printed twice and run into the body is one statement too
    text = (
        "Syria army says rebels shelled Aleppo killing 20 Syria army says rebels shelled Aleppo killing 20 "
        "Syria's army said on Monday that rebels had shelled western Aleppo, killing 20 people."
    )
    assert len(claims(text)) == 1


def test_a_claim_told_again_in_full_is_kept_in_its_fuller_telling():
    # one party, one scope, told twice: the later telling quotes far more of the statement
    text = (
        "Shelling continued across Idlib province on Monday. "
        "The Syrian National Coalition said the regime carried out a chemical attack on Saraqeb. "
        "Residents said the town was calm on Tuesday. "
        "The Syrian National Coalition said in a statement that regime forces had fired artillery shells filled "
        "with toxic chlorine gas at the crowded residential neighbourhoods of the town of Saraqeb in the east of Idlib province."
    )
    (c,) = [c for c in claims(text) if c.speaker_org == "Syrian National Coalition"]
    assert c.quote.startswith("The Syrian National Coalition said in a statement")
    assert (c.scope.actor, c.scope.event_type) == ("SY", "chemical")


def test_a_claim_told_again_is_kept_in_the_telling_that_names_its_speaker():
    # "He blamed ..." has only a pronoun for the speaker; "..., Governor Hale said" shows who said it
    text = (
        "Governor Mark Hale said on Wednesday that the talks in Ankara would go on. "
        "He blamed the chemical attack in Saraqeb squarely on the Syrian regime. "
        "Reporters asked him about the talks. "
        "This chemical attack by Assad's forces in Saraqeb cannot go unanswered, Hale said."
    )
    found = [c for c in claims(text) if c.scope.event_type == "chemical"]
    assert len(found) == 1
    assert found[0].quote.endswith("Hale said") and found[0].scope.actor == "SY"


def test_a_negated_ordinal_is_no_denial():
    # "not the first hospital to be targeted" says it happened again
    (c,) = claims(
        "The Syrian Coalition condemned the attack on Wednesday, saying it is not the first hospital "
        "to be targeted by Russian warplanes in Idlib."
    )
    assert (c.stance, c.scope.actor, c.scope.event_type) == ("asserts", "RU", "air_strike")
    (d,) = claims("Russia said it was not Russian jets that struck the hospital in Idlib on Tuesday.")
    assert d.stance == "denies"


def test_the_country_s_north_is_a_place_not_the_speaker_s_own_side():
    # "the countrys north" (apostrophe lost) is where; "the countrys air force" is who
    (c,) = claims(
        "Syrian state TV said on Wednesday that a car bomb in a Kurdish town in the countrys north "
        "killed 22 people and wounded dozens."
    )
    assert c.scope.actor is None
    (d,) = claims("Belgian defence ministry spokeswoman Laurence Mortier denied the countrys air force was active in the area.")
    assert d.scope.actor == "BE"


def test_reports_called_false_deny_the_event_not_only_the_speaker_s_part():
    (c,) = claims("Reports on the use of chemical weapons in the suburbs of Ghouta are totally false, state news agency SANA said.")
    assert (c.stance, c.scope.event_type, c.scope.actor) == ("denies", "chemical", None)
    (d,) = claims("Strikes were not targeting Aleppo, the Russian defence ministry said.")
    assert d.scope.actor == "RU", "its own strikes, told as the subject"


@pytest.mark.parametrize(
    "text, stance",
    [
        # "staged" calls an attack fake only when no one is told doing it
        ("The Syrian opposition said on Wednesday that Assad's forces staged the chemical attack on Saraqeb.", "asserts"),
        ("The Syrian army said on Wednesday that the chemical attack on Saraqeb was staged.", "denies"),
        # a "none" or a "lying" inside a description of the scene denies nothing
        ("The Syrian opposition said on Wednesday that regime jets bombed the town of Saraqeb, leaving bodies that none of the rescuers could reach.", "asserts"),
        ("The Syrian opposition said on Wednesday that regime jets bombed the town of Saraqeb, leaving corpses lying in the streets.", "asserts"),
        ("The Russian defence ministry said on Wednesday that none of its jets bombed Saraqeb.", "denies"),
        ("Russia said its jets have never bombed the town of Saraqeb.", "denies"),
    ],
    ids=["staged by someone", "staged", "none in a clause of the scene", "corpses lying", "none of its jets", "never"],
)
def test_words_of_denial_deny_only_the_event(text, stance):
    (c,) = claims(text)
    assert c.stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights said it was not immediately clear whether the strikes on Atareb had been carried out by Russian warplanes.",
        "While not directly addressing the strike on the town of Atareb, the Turkish military said its jets patrolled the border on Wednesday.",
    ],
    ids=["not clear whether", "not addressing"],
)
def test_an_event_left_open_is_not_denied(text):
    found = claims(text)
    assert found and all(c.stance == "asserts" for c in found), [(c.stance, c.quote) for c in found]


def test_a_wire_dateline_run_into_the_statement_is_not_its_place_or_day():
    text = ("AMMAN, Nov 16 2016 (Reuters) - Syrian government helicopters dropped barrel bombs on the town of Saraqeb "
            "on Monday, killing nine people, the Syrian Observatory for Human Rights said.")
    (c,) = claims(text)
    assert c.scope.place is not None and c.scope.place.name == "Saraqeb"
    assert c.scope.window is not None and c.scope.window.start == date(2016, 11, 14)


@pytest.mark.parametrize("deed", ["had carried out no missions in the area", "flew no sorties over the province", "conducted no operations there"])
def test_a_deed_done_to_no_object_is_a_denial(deed):
    (c,) = claims(f"Major General Igor Konashenkov said Russian jets {deed} on Tuesday.")
    assert c.stance == "denies"


def test_no_sentence_ends_at_the_dot_of_a_rank_before_a_name():
    text = ("Jets have not struck Aleppo - ministry MOSCOW, Nov 16 2016 (Sputnik) - Russian and Syrian warplanes have not carried out "
            "a single strike on Aleppo for 16 days, Russian Defence Ministry spokesman Maj. Gen. Viktor Lazarev said on Wednesday.")
    (c,) = claims(text)
    assert c.speaker == "Viktor Lazarev" and c.stance == "denies"
    assert c.scope.window is not None and c.scope.window.days >= 16


@pytest.mark.parametrize(
    "speaker, actor",
    [("Homs Governor", "SY"), ("A source at Hama Police Command", "SY"), ("The governor of Idlib", "SY"), ("Kilis Deputy Governor Ahmet Yalcin", "TR")],
)
def test_a_local_office_of_a_state_named_for_its_place_speaks_for_that_state(speaker, actor):
    (c,) = claims(f"{speaker} said that 12 people were killed when a car bomb exploded in the town of Azaz on Tuesday.")
    assert c.actor == actor


def test_an_office_named_for_no_known_place_speaks_for_no_party():
    assert claims("A police officer said that 12 people were killed when a car bomb exploded in the town of Azaz on Tuesday.") == []


def test_a_toll_told_in_another_clause_of_the_statement_is_the_claim_s_figure():
    (c,) = claims("A source at Damascus Police Command said that 9 civilians were killed and 21 others were injured on "
                  "Tuesday when terrorists fired mortar shells on the Bab Touma neighborhood.")
    assert c.scope.killed is not None and c.scope.killed.best == 9


def test_the_russian_reconciliation_centre_speaks_for_russia():
    (c,) = claims("The Russian Centre for Reconciliation said on Wednesday that militants of Jabhat al-Nusra shelled the "
                  "village of Ghmam in Latakia province on Tuesday, killing two civilians.")
    assert c.actor == "RU"


def test_a_line_headed_by_the_city_it_was_filed_from_and_its_date_is_a_dateline():
    text = ("Moscow, November 16 2016 (Sputnik) - Militants of the Nusra Front fired rockets at the village of Ghmam, "
            "killing two civilians, the Russian Centre for Reconciliation said Wednesday.")
    (c,) = claims(text, published=None)
    assert c.actor == "RU" and c.said_on == WEDNESDAY


def test_a_denial_for_two_parties_together_names_both():
    (c,) = claims("Russian and Syrian warplanes have not carried out a single strike on Aleppo for 16 days, "
                  "Russian Defence Ministry spokesman Viktor Lazarev said on Wednesday.")
    assert (c.scope.actor, c.scope.also) == ("RU", ("SY",))
    (c,) = claims("Russian or Syrian warplanes did not strike Aleppo on Tuesday, the Russian Defence Ministry said.")
    assert c.scope.also == ()


@pytest.mark.parametrize(
    "said",
    ["its strikes near Raqqa on Tuesday killed only militants", "no civilians were harmed in Tuesday's strikes near Raqqa"],
)
def test_a_statement_that_only_fighters_died_spares_civilians(said):
    # either way it denies that civilians died in the strikes
    (c,) = claims(f"The US-led coalition said {said}.")
    assert c.scope.spared == "civilians" and c.stance == "denies"


@pytest.mark.parametrize(
    "said, dead",
    [("army units killed 30 terrorists of Jabhat al-Nusra in Busra al-Harir on Tuesday", "combatants"),
     ("12 civilians were killed by mortar shells fired on Damascus on Tuesday", "civilians"),
     ("20 people were killed by mortar shells fired on Damascus on Tuesday", None)],
)
def test_a_statement_s_figure_says_whom_it_counts(said, dead):
    (c,) = claims(f"A military source told SANA that {said}.")
    assert c.scope.killed is not None and c.scope.dead == dead


def test_fighting_positions_are_a_target_not_a_clash():
    (c,) = claims("Coalition spokesman Col. Mark Hensley said on Tuesday that the strikes near Raqqa had destroyed "
                  "Islamic State fighting positions and killed only militants.")
    assert c.scope.event_type == "air_strike" and c.scope.spared == "civilians"


@pytest.mark.parametrize(
    "named, said, place, stance",
    [("Russia's Defence Ministry said on Monday it had seen the reports.",  # named as a speaker
      '"Russian aviation had not carried out any strikes in the area of Ariha on Sunday,"', "Ariha", "denies"),
     ("Russia's Defense Ministry has demanded answers from Washington over an air raid on a school.",  # named, not speaking
      '"US-led coalition aircraft killed at least 30 civilians in a school in al-Mansoura,"', "al-Mansoura", "asserts")],
    ids=["named-speaking", "named-not-speaking"],
)
def test_an_official_of_a_body_named_before_speaks_for_it(named, said, place, stance):
    (c,) = [c for c in claims(f"{named} {said} ministry spokesman Major General Oleg Vereshchagin said on Wednesday.") if place in c.quote]
    assert (c.stance, c.actor, c.speaker_org) == (stance, "RU", "Russian Defence Ministry")


def test_a_dateline_run_into_a_statement_is_not_part_of_its_quote():
    text = ("Nine civilians killed, 20 injured in terrorist attacks on Homs neighborhoods Homs, SANA - 13/11/2017 - "
            "A source at Homs Police Command said that nine civilians were killed and 20 others were injured by rocket "
            "shells fired by terrorist organizations on al-Zahraa neighborhood in Homs.")
    found = [c for c in claims(text) if c.quote.startswith("A source at Homs Police Command said")]
    assert found, "the statement's own quote starts with its speaker, past the dateline"
    c = found[0]
    assert text[c.start : c.end] == c.quote


def test_a_military_council_of_the_sdf_speaks_for_it():
    (c,) = claims('An official of the Manbij Military Council said "IS is behind the bombing in Manbij on Tuesday."')
    assert c.actor == "SDF"


def test_a_statement_quoted_after_the_sentence_that_dates_its_telling_takes_that_day():
    found = claims(
        "The Islamic State group late Tuesday claimed responsibility for a suicide attack in the town of Manbij. "
        'In a statement published online, the group said: "A martyrdom seeker detonated his explosive vest on a patrol in Manbij."'
    )
    (c,) = [c for c in found if "martyrdom" in c.quote]
    assert c.said_on == date(2016, 11, 15)
    # a body named anew is told on its own day
    found = claims(
        "The Islamic State group late Tuesday claimed responsibility for a suicide attack in the town of Manbij. "
        'The Syrian Observatory for Human Rights said: "A suicide bomber killed 12 people on a patrol in Manbij."'
    )
    assert all(c.said_on == WEDNESDAY for c in found if "Observatory" in c.quote)


def test_a_date_in_a_since_clause_starts_a_period_up_to_the_statement():
    (c,) = claims("Russia's defence ministry said on Tuesday that its aircraft had not carried out any strikes "
                  "in Idlib province since the truce began on Nov. 1.")
    assert c.stance == "denies"
    assert c.scope.window is not None and (c.scope.window.start, c.scope.window.end) == (date(2016, 11, 1), date(2016, 11, 15))
    # a date told as the event's own day is that day alone
    (c,) = claims("Russia's defence ministry said on Tuesday that its aircraft did not strike Idlib province on Nov. 1.")
    assert c.scope.window is not None and (c.scope.window.start, c.scope.window.end) == (date(2016, 11, 1), date(2016, 11, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Syria's foreign ministry said the reports that army helicopters had bombed the al-Sukkari neighbourhood on "
        "Tuesday were fabrications by the terrorist groups.",
        "Iran's foreign ministry spokesman said on Tuesday that no Iranian military advisers had been killed in the "
        "Israeli air strike near Damascus.",
    ],
)
def test_more_ways_to_deny(text):
    found = claims(text)
    assert found and found[0].stance == "denies", [(c.stance, c.quote) for c in found]


def test_a_group_that_speaks_of_the_group_speaks_of_itself():
    (c,) = claims("Jaish al-Islam spokesman Hamza Bayraqdar said on Tuesday that the group had not fired a single "
                  "shell at Damascus since the truce took effect.")
    assert c.stance == "denies" and c.scope.actor == "opposition"


def test_a_claim_of_enemy_fighters_killed_tells_fighting():
    found = claims("The Kurdish-led forces said their fighters had repelled an attack on the edge of the town of Ras al-Ain "
                   "on Sunday, killing 40 mercenaries.")
    assert [c.scope.event_type for c in found] == ["armed_clash"]
    found = claims("The army said its units had killed 15 terrorists near the town of Morek on Saturday.")
    assert [c.scope.event_type for c in found] == ["armed_clash"]


def test_where_a_party_is_positioned_is_not_the_place_a_claim_is_about():
    found = claims("A police source told SANA that terrorist groups positioned in Eastern Ghouta fired 15 mortar shells on "
                   "the Bab Touma neighbourhood of Damascus on Wednesday, killing two civilians.")
    assert len(found) == 1 and found[0].scope.place.name != "Eastern Ghouta"


def test_a_statement_that_only_damage_was_done_denies_that_anyone_died():
    found = claims("A military source told SANA that the Israeli aggression on the airport resulted only in material damage.")
    assert len(found) == 1
    c = found[0]
    assert c.stance == "denies" and c.scope.spared == "people"
    assert c.scope.actor != "SY"  # the aggression is the other side's deed, not the speaker's own


def test_a_claim_about_a_town_left_unnamed_is_about_the_town_named_next():
    found = claims(
        "Aid convoys reached Aleppo on Monday. "
        "Russian jets killed 30 people on Tuesday in a crowded town in northern Syria, the Syrian Network for Human Rights said. "
        "The group said rescuers were still digging in the town of Sarmin."
    )
    assert len(found) == 1
    assert (found[0].scope.place.name, found[0].scope.place.admin1) == ("Sarmin", "Idlib")


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("A Kurdish official said on Monday that the YPG had nothing to do with the car bomb in Azaz.", "SDF"),
        ("The Russian Defence Ministry said on Monday that it had played no role in the air strike on Saraqeb.", "RU"),
    ],
)
def test_a_party_that_says_it_had_nothing_to_do_with_an_event_denies_its_own_part(sentence, actor):
    found = claims(sentence)
    assert [(c.stance, c.scope.actor) for c in found] == [("denies", actor)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A military source told SANA that the army's air strikes on Saraqeb killed only terrorists.",
        "Army units shelled the positions of terrorists in Saraqeb on Monday, killing 30 of them, a military source told SANA.",
        "A military source told SANA that the reports of civilians killed by army shelling in Saraqeb are fabricated.",
    ],
)
def test_a_state_source_naming_the_army_without_a_country_speaks_of_its_own(sentence):
    found = claims(sentence)
    assert len(found) == 1 and found[0].scope.actor == "SY"


def test_an_army_named_by_its_country_is_that_country_s():
    found = claims("A military source told SANA that the Turkish army shelled Tal Rifaat on Monday, killing three civilians.")
    assert len(found) == 1 and found[0].scope.actor == "TR"


def test_a_party_named_twice_with_a_slash_is_the_doer():
    found = claims("Terrorists of the YPG/PKK killed nine civilians with a car bomb in Azaz on Sunday, the Turkish Defence Ministry said on Monday.")
    assert len(found) == 1 and found[0].scope.actor == "SDF"


@pytest.mark.parametrize("outlet, actor", [("anadolu", "TR"), ("reuters", None)])
def test_a_state_office_named_without_its_country_in_a_state_outlet_is_that_state_s(outlet, actor):
    text = "The General Staff said on Tuesday that its jets neutralized 40 terrorists in air strikes around Jinderes on Monday."
    found = analyze(text, published=WEDNESDAY, outlet=outlet).claims
    assert [c.actor for c in found] == ([actor] if actor else [])


@pytest.mark.parametrize("outlet, actor", [("sana", "SY"), ("reuters", None)])
def test_a_military_source_in_a_state_outlet_denies_its_army_s_use_of_a_weapon(outlet, actor):
    text = "A military source dismissed as baseless the reports about the army's use of barrel bombs in the town of Jasim on Tuesday."
    found = analyze(text, published=WEDNESDAY, outlet=outlet).claims
    assert [(c.stance, c.actor, c.scope.actor, c.scope.event_type) for c in found] == (
        [("denies", "SY", "SY", "air_strike")] if actor else []
    )


def test_a_claim_after_the_dateline_is_body_not_headline():
    # a headline run into its dateline and lead: the lead's denial is kept over a later
    # telling of the same claim, as it follows the dateline
    text = (
        "Ministry source: army used no chemicals in Kafr Zita Damascus, SANA - Friday, 18 August 2017 - "
        "An official source at the Foreign Ministry denied that the army had used chemical substances in Kafr Zita on Thursday. "
        "The source said the allegations about Kafr Zita were lies."
    )
    found = analyze(text, outlet="sana").claims
    assert any(c.quote.startswith("An official source at the Foreign Ministry denied") for c in found), [c.quote[:50] for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Army units repelled an attack by ISIS terrorists near Deir Ezzor airport on Sunday, killing 80 of them, a military source told SANA.",
        "The army said on Sunday that its troops repelled an attack by Daesh near Deir Ezzor airport, killing 80 terrorists.",
    ],
)
def test_a_side_that_repelled_an_attack_claims_the_fight_it_fought(sentence):
    found = claims(sentence)
    assert [(c.scope.event_type, c.scope.actor) for c in found] == [("armed_clash", "SY")]


def test_a_claim_about_a_village_the_gazetteer_does_not_know_is_not_about_the_dateline_city():
    text = ("BEIRUT, Nov 19 (Reuters) - A suicide car bomb hit a checkpoint in eastern Syria on Sunday.\n\n"
            '"A martyrdom seeker detonated his vehicle at a checkpoint of the apostates in the town of Kafr Tal, killing 23 of them," '
            "Islamic State's Amaq news agency said in a statement late on Sunday.")
    (c,) = [c for c in analyze(text).claims if c.actor == "ISIS"]
    assert c.scope.place is not None and c.scope.place.name == "Kafr Tal" and c.scope.place.country == "SY"


def test_an_undated_claim_told_after_an_incident_of_its_kind_in_its_place_is_about_that_incident():
    text = ("BEIRUT, Oct 2 (Reuters) - A car bomb tore through a market in the Syrian city of Homs on Sunday, killing at least 11 people, a monitor said.\n\n"
            '"A martyrdom seeker detonated his car bomb among a gathering of the militias in the al-Zahraa district of Homs, killing 40 of them," '
            "Islamic State's Amaq news agency said in a statement on Monday.")
    (c,) = [c for c in analyze(text, published=date(2017, 10, 2)).claims if c.actor == "ISIS"]
    assert (str(c.scope.window.start), str(c.scope.window.end)) == ("2017-10-01", "2017-10-01")
    # an incident of another kind told before it leaves the statement's day
    other = text.replace("A car bomb tore through a market", "Warplanes struck a market")
    (c,) = [c for c in analyze(other, published=date(2017, 10, 2)).claims if c.actor == "ISIS"]
    assert str(c.scope.window.start) == "2017-10-02"


def test_a_claim_told_again_in_the_speaker_s_own_words_is_kept_in_them():
    text = ("The Islamic State group late Wednesday claimed responsibility for a suicide attack on a patrol in the town of Manbij. "
            'In a statement on its Amaq agency, the group said: "A martyrdom seeker from the Islamic State detonated his explosive vest on a patrol of the crusaders in Manbij."')
    (c,) = [c for c in claims(text) if c.actor == "ISIS"]
    assert c.quote.startswith("the group said") and c.scope.event_type == "suicide_bomb", c.quote


def test_a_call_to_give_up_provocations_denies_nothing():
    text = ("Militants shelled villages in Latakia province on Tuesday, the Russian Defence Ministry said. "
            "The ministry said it continued to call on the leaders of armed groups to abandon provocations.")
    assert [c.stance for c in claims(text)] == ["asserts"]


def test_a_denial_run_into_a_wire_dateline_is_quoted_without_it_and_names_its_doer():
    text = ("MOSCOW, September 5 (RIA Novosti) - Russian Aerospace Forces aircraft have not carried out a single strike in the "
            "Idlib de-escalation zone since the ceasefire took effect on August 31, the Russian Defence Ministry said on Thursday.")
    (c,) = analyze(text, published=date(2019, 9, 5)).claims
    assert c.quote.startswith("Russian Aerospace Forces aircraft") and (c.stance, c.scope.actor) == ("denies", "RU")


def test_the_day_a_denial_was_told_is_not_the_period_it_is_about():
    text = ("The coalition said on Thursday it had found no credible evidence that a June 5 air strike on the "
            "al-Badou district of Raqqa killed civilians.")
    (c,) = [c for c in analyze(text, published=date(2017, 7, 27)).claims if c.stance == "denies"]
    assert (str(c.scope.window.start), str(c.scope.window.end)) == ("2017-06-05", "2017-06-05")


def test_a_bombing_claimed_by_a_group_without_aircraft_is_an_explosive():
    (c,) = claims("Islamic State claimed responsibility for the bombing in Qamishli on Tuesday, the group's Amaq news agency said.")
    assert (c.scope.event_type, c.scope.actor) == ("explosive", "ISIS")
    (c,) = claims("The Russian Defence Ministry said its aircraft bombed positions near Palmyra on Tuesday.")
    assert c.scope.event_type == "air_strike"


def test_an_attack_that_only_targeted_civilians_spares_no_one():
    (c,) = claims("The opposition coalition said the regime air strike on Tuesday only targeted civilians in Saraqeb.")
    assert c.scope.spared is None and c.stance == "asserts"


def test_no_civilians_harmed_in_a_clause_of_its_own_spares_the_strike_told_beside_it():
    (c,) = claims("The Syrian Defence Ministry said that army jets had struck terrorist positions in Douma on Tuesday "
                  "and that no civilians had been harmed.")
    assert (c.stance, c.scope.spared, c.scope.event_type) == ("denies", "civilians", "air_strike")


def test_a_statement_about_a_named_operation_is_about_its_party_area_and_days():
    # Operation Olive Branch (data/operations.jsonl): Turkey, around Afrin, from 20 January 2018
    # (its area: Aleppo province, as the gazetteer has no entry for the Afrin region)
    text = ("Turkish Defence Minister Hakan Yavuz said on Monday that not a single civilian "
            "has been harmed in Operation Olive Branch, launched on January 20.")
    (c,) = claims(text, published=date(2018, 2, 6))
    assert c.stance == "denies" and c.scope.spared == "civilians"
    assert c.scope.actor == "TR"
    assert c.scope.place is not None and (c.scope.place.level, c.scope.place.admin1) == ("province", "Aleppo")
    assert (c.scope.window.start, c.scope.window.end) == (date(2018, 1, 20), date(2018, 2, 5))


def test_a_date_of_its_own_bounds_a_statement_about_an_operation():
    text = ("The Turkish military said on Wednesday that its jets had struck PKK positions near Jandaris "
            "on Tuesday as part of Operation Olive Branch.")
    (c,) = claims(text, published=date(2018, 2, 7))
    assert c.scope.actor == "TR"
    assert (c.scope.window.start, c.scope.window.end) == (date(2018, 2, 6), date(2018, 2, 6))


def test_an_olive_branch_offered_is_no_operation():
    text = "The Turkish foreign minister said on Monday that Ankara had extended an olive branch to Damascus."
    assert claims(text, published=date(2018, 2, 6)) == []


def test_what_an_operation_is_for_is_no_claim():
    text = "Turkish President Recep Tayyip Erdogan said on Monday that Operation Olive Branch would go on until its goals were met."
    assert claims(text, published=date(2018, 2, 6)) == []


def test_where_a_statement_was_made_is_not_its_place():
    text = ('Fighting went on around Afrin. "Our jets struck terrorist positions on Tuesday," Turkish Defence Minister '
            'Hakan Yavuz told reporters in Ankara on Wednesday.')
    (c,) = claims(text, published=date(2018, 2, 7))
    assert c.scope.place is not None and c.scope.place.name == "Afrin"
    (c,) = claims('"Not a single civilian has been harmed in Operation Olive Branch," Turkish Defence Minister Hakan Yavuz '
                  'told reporters in Ankara on Wednesday.', published=date(2018, 2, 7))
    assert c.scope.place is not None and c.scope.place.admin1 == "Aleppo"


def test_itself_goes_back_to_the_subject_it_is_joined_to_not_to_the_speaker():
    text = ("The Turkish Defence Ministry said on Tuesday that the YPG was using civilians in Afrin as human shields "
            "and had itself shelled villages in the region in an attempt to blame Turkey.")
    (c,) = claims(text, published=date(2018, 2, 7))
    assert c.scope.actor == "SDF" and c.scope.event_type == "shelling"


def test_a_toll_of_terrorists_neutralised_in_a_named_operation_is_a_claim_about_it():
    text = ("A total of 900 terrorists have been neutralised since the start of Operation Olive Branch, "
            "the Turkish General Staff said on Monday.")
    (c,) = claims(text, published=date(2018, 2, 6))
    assert c.scope.actor == "TR" and c.scope.window.start == date(2018, 1, 20)


def test_a_denial_of_claims_by_the_media_of_a_state_does_not_name_that_state_as_the_doer():
    text = ("The Russian Defence Ministry on Wednesday dismissed as a lie claims by Turkish media that Russian "
            "air strikes had killed civilians in Latakia province.")
    (c,) = claims(text)
    assert (c.stance, c.scope.actor) == ("denies", "RU")


def test_a_group_named_by_the_last_words_of_its_name_speaks_for_its_side():
    (c,) = claims("Tahrir al-Sham denied in a statement that its members had fired on the protesters in Maarat al-Numan on Tuesday.")
    assert (c.actor, c.stance) == ("nusra", "denies")


def test_a_claim_quote_opens_on_words_not_on_the_bar_after_a_dateline():
    text = ("Militants shell Aleppo district Published time: 16 Nov, 2016 14:05 | Militants shelled the Hamdaniya district "
            "of Aleppo on Tuesday, killing three civilians, the Russian Defence Ministry said.")
    (c,) = claims(text)
    assert c.quote.startswith("Militants shelled") and text[c.start : c.end] == c.quote


def test_a_wire_dateline_run_into_the_title_s_line_is_no_scene():
    text = ("Car bomb kills 13 in north Syrian town Wednesday 16 Nov 2016 Beirut (AFP) - A car bomb killed 13 people "
            "in a market in the town of Azaz on Tuesday, a monitor said. Turkish officials blamed Kurdish fighters.")
    found = analyze(text, published=WEDNESDAY)
    assert found.reports and all(r.where is None or r.where.name != "Beirut" for r in found.reports)
    assert all(c.scope.place is None or c.scope.place.name != "Beirut" for c in found.claims)


def test_a_country_that_controls_a_town_is_not_where_the_town_s_bombing_happened():
    found = analyze("Car bomb kills 13 in Turkey-controlled Syrian town. A car bomb killed 13 people in a market "
                    "in the town of Azaz on Tuesday, a monitor said.", published=WEDNESDAY)
    assert found.reports and all(r.where is not None and r.where.name == "Azaz" for r in found.reports)


def test_a_side_that_spreads_the_reports_is_not_the_doer_of_what_they_tell():
    text = ('"Only terrorist positions are targeted. The claims that a school was hit in Ras al-Ain are black propaganda '
            'produced by the PKK/YPG terror organization," the Turkish Defence Ministry said on Tuesday.')
    (c,) = [c for c in claims(text, published=date(2019, 10, 16)) if "school" in c.quote]
    assert c.stance == "denies" and c.scope.actor != "SDF"


def test_an_event_told_as_following_another_is_on_the_day_told_before():
    text = ("Rebel rockets hit the village of Jabourin on Monday evening, killing four civilians. "
            "Government aircraft then struck the rebel-held town of Talbiseh, killing six people, "
            "the Syrian Observatory for Human Rights said.")
    (c,) = [c for c in claims(text) if "Talbiseh" in c.quote]
    assert (c.scope.window.start, c.scope.window.end) == (date(2016, 11, 14), date(2016, 11, 14))


def test_a_known_party_described_as_another_s_ally_speaks_for_itself():
    text = ("Syrian government warplanes pounded the town of Kafr Batna on Tuesday, killing 20 people, rescuers said. "
            "Activists said Russian jets were also taking part in the bombing. "
            "Moscow, a key ally of President Bashar Assad, has denied taking part.")
    (c,) = [c for c in claims(text) if c.quote.startswith("Moscow")]
    assert (c.actor, c.stance, c.scope.actor) == ("RU", "denies", "RU")


def test_a_denial_told_within_an_affirmation_is_a_denial():
    text = ("An official source at the Syrian Foreign Ministry affirmed on Tuesday that Syria categorically rejects the "
            "allegations about the use of chlorine gas in Kafr Nabudah.")
    (c,) = claims(text)
    assert (c.stance, c.actor, c.scope.event_type) == ("denies", "SY", "chemical")


def test_a_ministry_without_its_country_in_a_story_filed_from_a_capital_speaks_for_that_state():
    text = ('Syria denies army behind massacre Sun 27 May 2012 DAMASCUS May 27 (Reuters) - "The army did not fire a '
            'single shell at Kafr Nabl" Foreign Ministry spokesman Samir Haddad told a news conference on Sunday.')
    (c,) = analyze(text).claims
    assert (c.actor, c.stance, c.speaker) == ("SY", "denies", "Samir Haddad")


def test_the_city_of_a_news_conference_is_where_it_was_said_not_a_scene():
    # nor is the government "in Damascus" a scene for the next sentence to go on in
    text = ('Sun 27 May 2012 DAMASCUS May 27 (Reuters) - Government forces shelled the town of Kafr Nabl on Friday '
            'killing 20 people activists said as the government in Damascus rejected any responsibility for the '
            'bloodshed. "We categorically deny the responsibility of government forces for the massacre" Foreign '
            'Ministry spokesman Samir Haddad told a news conference in Damascus.')
    assert [r.where.name for r in analyze(text).reports] == ["Kafr Nabl"]


def test_a_known_person_s_name_the_model_ran_into_the_words_before_it_is_his_own():
    text = ("MOSCOW September 30. /TASS/. Russian aircraft on Wednesday delivered strikes on eight targets of the "
            "terrorist group in Syria Russian Defence Ministry spokesman Major-General Igor Konashenkov told reporters.")
    assert {c.speaker for c in analyze(text).claims} == {"Igor Konashenkov"}


def test_it_said_after_an_organisation_named_as_a_subject_is_that_organisation():
    text = ("Activists said government forces shelled the village of Kafr Nabl on Tuesday, killing 20 people. Syrian "
            "state television gave a different account. It said armed terrorist gangs had stormed the village and "
            "killed residents on Tuesday.")
    (c,) = [c for c in analyze(text).claims if c.quote.startswith("It said")]
    assert (c.speaker_org, c.actor) == ("Syrian state television", "SY")


def test_a_road_s_towns_and_where_words_were_spoken_are_no_place_for_a_claim_to_go_on_in():
    text = ('Damascus, (SANA) - Foreign Ministry spokesman Samir Haddad said on Sunday that what happened in the '
            'village of Tremseh in Hama countryside was a military operation against armed groups. At a press '
            'conference in Damascus, Haddad said the armed groups had attacked villages and the Hama-Mhardeh road. '
            '"Government forces did not use aircraft or helicopters in the operation," Haddad said.')
    (c,) = [c for c in analyze(text, outlet="SANA").claims if "helicopters" in c.quote]
    assert c.scope.place is not None and c.scope.place.name not in ("Damascus", "Mhardeh", "Hama-")


@pytest.mark.parametrize("text, outlet", [
    # a source told or quoted by an outlet that speaks for a state is that state's
    ("Government forces stormed the village of Kfar Hamra on Monday. A military source quoted by the state news agency "
     "SANA on Tuesday denied that any civilians had been harmed, saying the army had targeted only terrorists.", None),
    # a police source in such an outlet
    ("Damascus, SANA - Four civilians were killed on Monday when terrorists fired mortar shells at Bab Sharqi a "
     "police source said.", "SANA"),
])
def test_a_source_of_a_state_outlet_speaks_for_that_state(text, outlet):
    assert "SY" in {c.actor for c in analyze(text, outlet=outlet).claims}


def test_the_statement_said_is_the_last_organisation_s_statement_and_sparing_civilians_denies():
    text = ('ANKARA, Jan 28 2018 - The Turkish Armed Forces said in a statement on Sunday that 20 terrorists had been '
            'killed in air strikes on Afrin. "Not a single civilian has been harmed so far," the statement said.')
    (c,) = [c for c in analyze(text).claims if c.stance == "denies"]
    assert (c.actor, c.scope.spared, c.scope.actor) == ("TR", "civilians", "TR")


@pytest.mark.parametrize("text, actor", [
    ("A car bomb killed ten people in the town of al-Rai on Tuesday. IS said one of its fighters had detonated the "
     "car bomb.", "ISIS"),
    ("A car bomb killed ten people in the town of al-Rai on Tuesday. Abu Omar, a commander of the Hamza Division, "
     "said Daesh cells were behind the attack.", "opposition"),
])
def test_a_group_read_as_the_verb_is_or_named_by_its_brigade_speaks(text, actor):
    assert actor in {c.actor for c in analyze(text).claims}


def test_to_stage_counterattacks_is_to_carry_them_out_not_a_denial():
    text = ("WASHINGTON, July 19 2016 - Rebels advanced on Manbij on Tuesday with the help of coalition air strikes, "
            "the Pentagon said in a statement. Islamic State militants have staged counterattacks, the statement said.")
    assert not [c for c in analyze(text).claims if c.stance == "denies"]


@pytest.mark.parametrize("text", [
    ("Government forces stormed the town of Kfar Hamra on Sunday, killing 12 people. The Syrian army denied on Monday "
     "that any civilians had been harmed during the operation."),
])
def test_a_denial_that_civilians_were_harmed_says_they_were_spared(text):
    (c,) = [c for c in analyze(text).claims if c.actor == "SY"]
    assert (c.stance, c.scope.spared) == ("denies", "civilians")


def test_weapons_a_side_destroyed_are_what_was_hit_not_its_means():
    text = ("Tue 8 Aug 2017. The group's Amaq news agency said Islamic State fighters had killed 30 Syrian soldiers and "
            "destroyed two tanks in a counter-attack west of Palmyra on Monday.")
    (c,) = [c for c in analyze(text).claims if c.actor == "ISIS"]
    assert c.scope.event_type != "shelling"


def test_blamed_party_is_what_the_statement_s_it_refers_to():
    text = ("Sun 13 Apr 2014. Two people died in a gas attack on the village of Kafr Zita on Friday. State television "
            "blamed the Nusra Front, saying it had released the gas.")
    assert {c.scope.actor for c in analyze(text).claims if c.actor == "SY"} == {"nusra"}


def test_a_role_run_into_a_name_and_a_name_without_its_apostrophe_make_one_speaker():
    text = ("Fri 15 Sep 2017. A car bomb killed 14 people in a market in the town of al-Bab on Thursday. A spokesman for "
            "the Kurdish Peoples Protection Units (YPG) Nouri Mahmoud denied any involvement.")
    (c,) = [c for c in analyze(text).claims if c.stance == "denies"]
    assert c.actor == "SDF" and c.speaker == "Nouri Mahmoud"


def test_what_a_strike_destroyed_is_not_its_kind():
    text = ("Thu 8 Jun 2017. The U.S.-led coalition said it had carried out 17 air strikes near Raqqa on Wednesday, "
            "destroying 12 fighting positions and a car bomb.")
    (c,) = analyze(text).claims
    assert c.scope.event_type == "air_strike"


@pytest.mark.parametrize("text", [
    ("Tue 7 Nov 2017. Air strikes hit the surgical hospital in Kafr Nabl on Sunday, killing five people. \"The "
     "hospital in Kafr Nabl is intact and continues to operate,\" Russian Defence Ministry spokesman Igor Konashenkov said."),
    ("Wed 11 Oct 2017. Air strikes hit a market in Maarat al-Numan on Tuesday, killing 11 people. A Syrian army source "
     "said on Tuesday that the army had targeted terrorist gatherings near Maarat al-Numan and denied that any civilian "
     "area had been hit."),
])
def test_a_building_said_to_be_intact_or_a_civilian_area_denied_hit_is_a_denial(text):
    assert {c.stance for c in analyze(text).claims if c.actor in ("RU", "SY")} == {"denies"}


def test_a_weapon_named_in_what_a_strike_destroyed_is_not_its_kind():
    text = ("Thu 8 Jun 2017. The U.S.-led coalition said it had carried out 17 air strikes near Raqqa on Wednesday, "
            "destroying 12 fighting positions and a car bomb factory.")
    (c,) = analyze(text).claims
    assert c.scope.event_type == "air_strike"


def test_a_quote_runs_on_over_more_words_of_the_speaker_but_not_over_its_deeds():
    text = ("Wed 5 Apr 2017. A gas attack killed 70 people in the town of Latamneh on Tuesday. The army denied any "
            "involvement, however issuing a statement blaming terrorist groups for using toxic substances.")
    (c,) = [c for c in analyze(text).claims if c.stance == "denies"]
    assert c.quote.endswith("for using toxic substances")
    text = ("Wed 16 Nov 2016. On Monday the Russian Defence Ministry announced cruise missile strikes against rebels "
            "near Hama, using warships in the Mediterranean for the first time.")
    found = [c for c in analyze(text).claims if c.actor == "RU"]
    assert found and all("warships" not in c.quote for c in found)


def test_the_bombing_told_after_a_car_bomb_is_that_blast():
    text = (
        "A car bomb exploded at a bus station in the Akrama district of Homs on Tuesday, killing 11 people. "
        'State media said nine people were killed in the "terrorist" bombing.'
    )
    (claim,) = claims(text)
    assert claim.scope.event_type == "explosive" and claim.scope.place.name == "Akrama"
    # who bombed told in the statement: its own event, by air
    (claim,) = claims(
        "A car bomb exploded at a bus station in the Akrama district of Homs on Tuesday, killing 11 people. "
        "Rebels said Russian jets were behind the bombing of the market in Talbiseh."
    )
    assert claim.scope.event_type == "air_strike"


def test_a_group_named_after_its_agency_without_a_comma_speaks():
    # (punctuation-stripped text: "carried by its agency Amaq, IS said")
    text = ("A car bomb killed 12 people in the al-Zahraa district of Homs on Tuesday. In a statement carried by its "
            "propaganda agency Amaq IS said one of its fighters had detonated a car bomb at a checkpoint in al-Zahraa.")
    assert "ISIS" in {c.actor for c in analyze(text).claims}


def test_of_two_days_in_a_statement_the_statement_s_own_is_the_telling_s():
    # the parse may hang "on Monday" on the strike rather than on "said"
    text = "ANKARA, Jan 29 2018 - The Turkish military said on Monday its jets had struck YPG ammunition depots and shelters in Jinderes on Sunday."
    (c,) = analyze(text).claims
    assert (c.scope.window.start, c.scope.window.end) == (date(2018, 1, 28), date(2018, 1, 28))


def test_an_assertion_of_a_deed_told_in_the_past_perfect_covers_the_day_before():
    (c,) = claims('Islamic State\'s Amaq news agency said "American aircraft" had killed 33 civilians in al-Badu in Raqqa.')
    assert (c.scope.window.start, c.scope.window.end) == (date(2016, 11, 15), date(2016, 11, 16))
    (c,) = claims('Islamic State\'s Amaq news agency said "American aircraft" killed 33 civilians in al-Badu in Raqqa.')
    assert (c.scope.window.start, c.scope.window.end) == (date(2016, 11, 16), date(2016, 11, 16))


def test_the_it_that_exploded_is_the_bomb_not_the_speaker():
    text = (
        "A car bomb went off at a checkpoint in Tal Abyad on Tuesday, killing six people. "
        "An SDF commander told reporters that the truck had been waved to the side for a search when it exploded."
    )
    said = [c for c in claims(text) if c.actor == "SDF"]
    assert said and all(c.scope.actor is None for c in said), [(c.quote, c.scope.actor) for c in said]


def test_the_head_of_a_body_told_by_its_common_noun_speaks_for_it():
    text = (
        "The truce held in most areas, the Russian Centre for Reconciliation said at a briefing on Wednesday. "
        '"No air strikes have been carried out on Douma over the past week," the head of the centre said.'
    )
    denials = [c for c in claims(text) if c.stance == "denies"]
    assert [(c.speaker_org, c.actor) for c in denials] == [("Russian Centre for Reconciliation", "RU")]


def test_a_side_s_fighters_who_downed_a_plane_with_a_missile_did_the_deed():
    (c,) = claims("The Ahrar al-Sham group said its fighters had downed the helicopter with a guided missile near Saraqeb on Tuesday.")
    assert c.scope.actor == "opposition"


def test_a_country_named_as_the_doer_is_its_state():
    (c,) = claims("Deputy Foreign Minister Bashar Jaafari said on Tuesday that Syria had not used chlorine in Kafr Zita or anywhere else.")
    assert (c.stance, c.scope.actor) == ("denies", "SY")


def test_the_army_in_a_story_filed_from_another_capital_is_that_state_s():
    text = (
        "Three soldiers killed near al-Bab. ANKARA - Islamic State militants killed three soldiers near the town of al-Bab "
        "on Tuesday, the army said."
    )
    said = [c for c in claims(text) if "the army said" in c.quote]
    assert [(c.speaker_org, c.actor, c.scope.actor) for c in said] == [("Turkish military", "TR", "ISIS")]


# a strike, then a denial told twice: summarised with what it denies, and as a short retort
DENIED_TWICE = (
    "Air strikes killed 30 civilians in Douma on Tuesday, the Observatory said. "
    "Kremlin spokesman Dmitry Peskov said accusations that Russia was responsible for the deaths of civilians in Douma were baseless. "
    '"These are baseless claims," Peskov told reporters.'
)


def test_a_summary_that_says_what_is_denied_beats_a_shorter_retort():
    said = [c for c in claims(DENIED_TWICE) if c.speaker == "Dmitry Peskov"]
    assert [c.quote.split()[0] for c in said] == ["Kremlin"]


def test_a_denial_of_accusations_that_name_the_speaker_s_side_is_about_its_side():
    (c,) = [c for c in claims(DENIED_TWICE) if c.speaker == "Dmitry Peskov"]
    assert (c.stance, c.scope.actor) == ("denies", "RU")



def test_has_not_and_will_never_denies_the_past_and_tells_no_event():
    text = '"Our forces have not used and will never use chlorine in Kafr Zita," an official source at the Syrian foreign ministry said.'
    result = analyze(text, published=WEDNESDAY)
    assert [(c.stance, c.scope.event_type) for c in result.claims] == [("denies", "chemical")]
    assert result.reports == []


def test_a_car_bomb_destroyed_beside_the_dead_is_no_bombing():
    text = "A military source told SANA that army units killed 40 terrorists and destroyed six of their vehicles including a car bomb near Palmyra on Tuesday."
    result = analyze(text, published=WEDNESDAY)
    assert [c.scope.event_type for c in result.claims] == ["armed_clash"]
    assert all(r.event_type != "explosive" for r in result.reports)


def test_a_party_s_denials_of_a_long_period_and_of_its_strikes_stay_two_claims():
    text = (
        "Douma has not been bombed for 20 days, Kremlin spokesman Dmitry Peskov said on Wednesday. "
        "He said a truce in the area was holding. "
        "Strikes were not targeting Douma, Mr Peskov told reporters."
    )
    denials = [c for c in claims(text) if c.stance == "denies" and c.actor == "RU"]
    assert len(denials) == 2, [(c.quote, c.scope.actor, c.scope.window) for c in denials]


BOMBING_IN_AZAZ = (
    "A car bomb killed 14 people including three children in the rebel-held town of Azaz on Tuesday a monitor said. "
    "No group immediately claimed responsibility for the bombing. "
)


def test_a_denial_of_any_involvement_is_about_the_event_told_before_and_the_speaker_s_own_side():
    # ("does not target civilians" is a rule the group keeps, not an event; "Khalil" is a
    # name the tagger took for a place, Hebron)
    (c,) = claims(BOMBING_IN_AZAZ + 'Rojhat Khalil a spokesman for the Kurdish Peoples Protection Units (YPG) denied any involvement saying the group "does not target civilians".')
    assert c.stance == "denies" and c.scope.event_type == "explosive" and c.scope.actor == "SDF"
    assert c.scope.place is not None and c.scope.place.name == "Azaz"



def test_a_wire_dateline_city_the_parse_made_a_subject_does_not_swallow_the_speaker():
    (c,) = claims(
        "MOSCOW, November 15 (Reuters) - Russian jets have not carried out any strikes in Eastern Ghouta for the past 12 days, "
        "the Russian Defence Ministry said on Tuesday."
    )
    assert c.actor == "RU" and c.stance == "denies" and c.quote.startswith("Russian jets")
    assert c.scope.place is not None and c.scope.place.name == "Eastern Ghouta"


def test_a_zone_named_after_a_place_is_about_that_place():
    (c,) = claims("Russian Aerospace Forces have not carried out any strikes in the Eastern Ghouta de-escalation zone for the past 12 days, the Russian Defence Ministry said on Tuesday.")
    assert c.scope.place is not None and c.scope.place.name == "Eastern Ghouta"


def test_a_city_and_outlet_dateline_after_the_title_is_no_party():
    (c,) = claims(
        "Military source statement on Qatana area. Damascus, SANA - Israeli warplanes fired several missiles at dawn on Wednesday "
        "at a military position in Qatana area in Damascus countryside, a military source said."
    )
    assert c.scope.actor == "IL" and c.quote.startswith("Israeli warplanes")


def test_a_city_and_outlet_dateline_run_into_the_speaker_is_not_the_speaker():
    found = claims(
        "Army units continue operations in Hama and Idlib countryside. Hama, SANA - A military source told SANA that army artillery "
        "shelled positions of Jabhat al-Nusra terrorists in Kafr Nabudah on Tuesday."
    )
    assert found and all(c.speaker != "Hama" and c.quote.startswith("A military source") for c in found)


def test_the_town_a_statement_speaks_of_is_the_last_town_told_not_its_province():
    found = claims(
        "Rescue workers and medics in the rebel-held town of Kafr Zita in Syria's Hama province said 11 people were treated for breathing "
        "difficulties after a helicopter dropped a barrel bomb that gave off a strong smell of chlorine late on Tuesday. "
        "A doctor at a field hospital in the town said the patients had red eyes. "
        "The Syrian Observatory for Human Rights said a government helicopter had dropped two barrels on the western edge of the town at around 10 p.m."
    )
    c = next(c for c in found if c.speaker_org == "Syrian Observatory for Human Rights")
    assert c.scope.place is not None and c.scope.place.name == "Kafr Zita"


def test_a_group_claiming_the_attack_told_before_claims_that_attack_as_its_own():
    found = claims(
        "A suicide bomber blew himself up at a checkpoint at the entrance to the town of Manbij on Wednesday, killing nine people, a monitor said. "
        "The monitor said the bomber had approached on foot as cars queued at the checkpoint on the road to Aleppo. "
        'Islamic State claimed responsibility through its Amaq news agency, saying the attack had killed 25 members of the "apostate" forces.',
        published=date(2016, 11, 16),
    )
    c = next(c for c in found if c.actor == "ISIS")
    assert c.scope.event_type == "suicide_bomb" and c.scope.actor == "ISIS"
    assert c.scope.place is not None and c.scope.place.name == "Manbij"


def test_where_a_road_leads_is_not_the_scene():
    from counterclaim import analyze as run

    rs = run(
        "A suicide bomber blew himself up at a checkpoint in Manbij on Tuesday, killing nine people. "
        "The monitor said five fighters were among the dead, and that the bomber had approached on foot as cars queued at the checkpoint on the road to Aleppo.",
        published=WEDNESDAY,
    ).reports
    assert [r.where.name for r in rs if r.where is not None] == ["Manbij"]


def test_of_two_tellings_of_one_strike_the_one_with_a_toll_is_kept():
    # one speaker, one strike, one day: the telling with a toll is the one to check
    text = (
        "The Russian Defence Ministry said on Wednesday that two unidentified jets had bombed Syrian army posts near the airport of Kuweires. "
        "It said 17 soldiers were killed in the raid."
    )
    assert [c.scope.killed and c.scope.killed.low for c in claims(text)] == [17]


def test_two_tolls_of_one_strike_are_two_claims():
    text = (
        "The Russian Defence Ministry said on Wednesday that unidentified jets had killed 17 soldiers near the airport of Kuweires. "
        "Later the ministry said 25 soldiers had been killed near the airport by the raid."
    )
    assert [c.scope.killed and c.scope.killed.low for c in claims(text)] == [17, 25]


def test_the_channel_of_a_claim_of_responsibility_denies_nothing():
    text = (
        "Two car bombs killed 30 people in the town of Qardaha on Tuesday. "
        "Islamic State claimed responsibility for the blasts through its propaganda agency Amaq saying its fighters had struck a barracks."
    )
    assert {c.stance for c in claims(text)} == {"asserts"}


@pytest.mark.parametrize(
    "text, stance",
    [
        ("The Russian Defence Ministry said its experts had visited the village of Kafr Nabl on Tuesday and found no traces of sarin.", "denies"),
        ("The Pentagon said it had no credible reports of civilian deaths from its strikes on the town of Sarmada on Tuesday.", "denies"),
        ("The Syrian Foreign Ministry said the allegations of a gas attack in the town of Kafr Nabl on Tuesday were a farce.", "denies"),
        ("The Syrian National Coalition said regime jets had continued to bomb the town of Kafr Nabl on Tuesday in violation of the truce.", "asserts"),
    ],
    ids=["no-traces", "no-credible-reports", "a-farce", "in-violation-of-the-truce"],
)
def test_what_a_statement_denies_and_what_it_does_not(text, stance):
    (c,) = claims(text)
    assert c.stance == stance


def test_the_body_a_speaker_is_named_with_wins_over_the_one_listed_for_the_person():
    (c,) = claims("Pentagon spokesman John Kirby said on Tuesday that US jets had struck a depot in the town of Sarmada.")
    assert (c.speaker, c.speaker_org) == ("John Kirby", "Pentagon")


def test_a_party_s_denial_told_inside_what_its_spokeswoman_said_is_hers():
    text = (
        "Jets struck the village of Kafr Nabl on Monday, killing 12 people. "
        "Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that Moscow had no reliable information on civilian casualties and dismissed the reports as part of a hostile information attack on Russia."
    )
    (c,) = [c for c in claims(text) if c.stance == "denies"]
    assert (c.speaker, c.actor) == ("Maria Zakharova", "RU")
    assert c.quote.startswith("Foreign Ministry spokeswoman Maria Zakharova said") and c.quote.endswith("attack on Russia")


def test_a_denial_keeps_the_day_before_when_the_event_is_told_only_as_of_the_telling():
    # the only report of the gas attack is dated by its telling ("on Wednesday reported"); the
    # denial told after it still covers the day before, when the attack may have been
    text = (
        "Activists on Wednesday reported a chemical attack in the town of Harasta. "
        '"The army did not use any toxic substances in the town," a Syrian military source said.'
    )
    (c,) = claims(text)
    assert c.stance == "denies" and (c.scope.window.start, c.scope.window.end) == (date(2016, 11, 15), date(2016, 11, 16))


def test_a_spokesman_named_as_a_subject_speaks_for_his_body_when_named_again():
    # no statement introduces him: the sentence that names him with his office tells what he did
    text = ("Defence Ministry spokesman Adnan Kassar held a press briefing in Damascus on Wednesday. "
            "\"The army did not shell the village of Tall Hadid,\" Kassar said.")
    (c,) = claims(text, outlet="SANA")
    assert (c.speaker, c.actor, c.stance) == ("Adnan Kassar", "SY", "denies")


def test_a_spokesman_s_name_is_the_words_after_his_title():
    # (the tagger runs the office and the name into one organisation, or the title into the name)
    for name in ("Ziad Zahreddine", "Adnan Kassar"):
        text = f"Foreign and Expatriates Ministry Spokesman {name} said the army did not shell the village of Tall Hadid on Tuesday."
        (c,) = claims(text, outlet="SANA")
        assert c.speaker == name
    # a name before the title, the body after it ("for the ..."), commas lost
    (c,) = claims("Rojhat Khalil a spokesman for the Kurdish Peoples Protection Units (YPG) denied that its fighters shelled "
                  "the town of Azaz on Tuesday.")
    assert (c.speaker, c.actor) == ("Rojhat Khalil", "SDF")


def test_of_two_tellings_of_a_denial_the_one_naming_the_event_is_kept():
    text = ("Militiamen killed 30 villagers in Tall Hadid on Tuesday, activists said. "
            "\"We categorically deny the responsibility of government forces for the massacre,\" Information Minister "
            "Adnan Kassar told reporters on Wednesday. Kassar later condemned the hasty statements of Western officials who "
            "accused the government before any investigation, and said that a \"tsunami of lies\" was being spread against Syria.")
    quotes = [c.quote for c in claims(text, outlet="SANA") if c.speaker == "Adnan Kassar" and c.stance == "denies"]
    assert quotes and all("massacre" in q for q in quotes), quotes


def test_words_of_a_body_s_name_are_no_person():
    (c,) = claims("Turkish General Staff said its jets struck 34 targets of the Islamic State around the town of Dabiq on Tuesday.")
    assert (c.speaker, c.speaker_org, c.actor) == (None, "Turkish General Staff", "TR")


def test_one_dead_fighter_a_party_tells_of_is_no_fight():
    text = ("The Su-24 bomber was shot down near the border on Tuesday. The pilot, Lieutenant Colonel Oleg Peshkov, was killed "
            "by fire from the ground while descending by parachute, General Sergei Rudskoi said.")
    (c,) = [c for c in claims(text, outlet="TASS") if "killed" in c.quote]
    assert c.scope.event_type != "armed_clash", c.scope
    text = "Its fighters killed 40 mercenaries in the village of Tall Hadid on Tuesday, the army said."
    (c,) = claims(text, outlet="SANA")
    assert c.scope.event_type == "armed_clash", c.scope
