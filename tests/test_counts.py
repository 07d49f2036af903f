"""Casualty figures (analyze/counts.py): ranges with qualifiers, killed vs injured, victim
groups, subsets, and the numbers that are not casualty figures (years, ages, dates).

Every sentence here is written for these tests. ``find_counts`` gets one parsed sentence
(``get_nlp()(sentence)[:]``); the spaCy pipeline loads once per process.
"""

from __future__ import annotations

import pytest

from counterclaim.analyze import get_nlp
from counterclaim.analyze.counts import find_counts, words_to_int


def counts(sentence: str):
    doc = get_nlp()(sentence)
    return find_counts(doc[:])


def only(sentence: str):
    found = counts(sentence)
    assert len(found) == 1, f"expected one figure in {sentence!r}, got {found}"
    return found[0]


def summary(found):
    return [(c.kind, c.low, c.high, c.category, c.subset) for c in found]


# -- ranges and qualifiers -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, kind, low, high",
    [
        ("At least five people were killed when the strike hit the bakery.", "killed", 5, None),
        ("More than 40 people were killed in the overnight air raids.", "killed", 41, None),
        ("Up to 12 people were wounded when the shells landed near the school.", "injured", None, 12),
        ("No fewer than 16 people died in the blast at the bus station.", "killed", 16, None),
        ("Fewer than ten people were killed in the second raid.", "killed", None, 10),
        ("As many as 70 people were injured in the bombardment.", "injured", None, 70),
        ("At least 1,200 people have been wounded in the offensive on the town.", "injured", 1200, None),
        ("Seven people were killed in the mortar attack on the market.", "killed", 7, 7),
    ],
    ids=["at-least", "more-than", "up-to", "no-fewer-than", "fewer-than", "as-many-as", "thousands-separator", "exact"],
)
def test_qualifiers_become_open_or_closed_ranges(sentence, kind, low, high):
    c = only(sentence)
    assert (c.kind, c.low, c.high) == (kind, low, high)


def test_qualifier_is_kept_in_the_figure_text():
    c = only("At least five people were killed when the strike hit the bakery.")
    assert c.text == "At least five people"
    doc_text = "At least five people were killed when the strike hit the bakery."
    assert doc_text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    "sentence, kind, low, high, category",
    [
        ("Dozens of civilians were killed in the bombing of the market.", "killed", 24, None, "civilians"),
        ("Scores of people were wounded when the car bomb went off.", "injured", 40, None, "people"),
        ("Hundreds of people were injured in the chlorine attack.", "injured", 200, None, "people"),
        ("Several people were killed when the rocket hit the square.", "killed", 3, None, "people"),
    ],
    ids=["dozens", "scores", "hundreds", "several"],
)
def test_vague_quantities_are_open_ranges(sentence, kind, low, high, category):
    c = only(sentence)
    assert (c.kind, c.low, c.high, c.category) == (kind, low, high, category)


def test_at_least_a_dozen_is_open_ended():
    c = only("At least a dozen people were killed in the shelling of the camp.")
    assert (c.kind, c.low, c.high) == ("killed", 12, None)


@pytest.mark.parametrize(
    "sentence, low, high, category",
    [
        ("Turkish artillery killed more than two dozen YPG fighters near the border.", 25, None, "combatants"),
        ("Nearly three dozen civilians died when the market was shelled.", None, 36, "civilians"),
        ("Two dozen children were killed in the raid on the school.", 24, 24, "children"),
        ("Half a dozen civilians were killed in the shelling of the camp.", 6, 6, "civilians"),
    ],
    ids=["more-than-two-dozen", "nearly-three-dozen", "two-dozen", "half-a-dozen"],
)
def test_a_number_of_dozens_is_multiplied(sentence, low, high, category):
    c = only(sentence)
    assert (c.kind, c.low, c.high, c.category) == ("killed", low, high, category)


# -- number words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Twenty-five people died in the attack on the checkpoint.", 25),
        ("Thirteen people were killed in the raid on the village.", 13),
        ("Forty-one civilians were killed in the strikes on the town.", 41),
    ],
    ids=["twenty-five", "thirteen", "forty-one"],
)
def test_number_words(sentence, value):
    c = only(sentence)
    assert (c.kind, c.low, c.high) == ("killed", value, value)


def test_words_to_int():
    assert words_to_int(["twenty-five"]) == 25
    assert words_to_int(["two", "hundred"]) == 200
    assert words_to_int(["1,200"]) == 1200
    assert words_to_int(["three", "thousand"]) == 3000
    assert words_to_int(["many"]) is None


def test_hundred_and_twenty_is_one_figure():
    c = only("One hundred and twenty people were killed in the week of bombing.")
    assert (c.low, c.high) == (120, 120)


# -- "a"/"an" + victim noun ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, category",
    [
        ("The second strike killed an emergency worker at the scene.", "rescue_workers"),
        ("A doctor was killed when the clinic was hit.", "rescue_workers"),
        ("The blast killed a woman outside the bakery.", "women"),
        ("A child was killed by the sniper near the bridge.", "children"),
        ("Unidentified gunmen shot dead a local council member outside his home.", "people"),
        ("A journalist was killed by shelling near the front line.", "people"),
    ],
    ids=["emergency-worker", "doctor", "woman", "child", "council-member", "journalist"],
)
def test_a_single_victim_counts_as_one(sentence, category):
    c = only(sentence)
    assert (c.kind, c.low, c.high, c.category) == ("killed", 1, 1, category)


@pytest.mark.parametrize(
    "sentence, groups",
    [
        ("Three children and their mother died when a shell hit the house.", [("children", 3), ("women", 1)]),
        ("The strike killed two fighters and their commander.", [("combatants", 2), ("combatants", 1)]),
    ],
    ids=["their-mother", "their-commander"],
)
def test_a_person_listed_with_an_owner_s_word_counts_one(sentence, groups):
    assert [(c.category, c.low) for c in counts(sentence)] == groups


@pytest.mark.parametrize(
    "sentence, groups",
    [
        ("Masked men opened fire on the teacher's car, killing him and his daughter.", [("people", 1), ("children", 1)]),
        ("Gunmen shot dead the mayor of the village and his wife on Friday.", [("people", 1), ("women", 1)]),
        ("A sniper killed Omar Haddad and his brother near the bridge.", [("people", 1), ("people", 1)]),
    ],
    ids=["him-and-his", "the-mayor-of-and-his", "a-name-and-his"],
)
def test_the_one_listed_before_an_owner_s_word_counts_one_too(sentence, groups):
    assert [(c.category, c.low) for c in counts(sentence)] == groups


def test_a_victim_with_its_own_article_before_an_owner_s_word_is_not_counted_twice():
    assert [(c.category, c.low) for c in counts("The shell killed a farmer and his son in the orchard.")] == [("civilians", 1), ("children", 1)]


def test_an_owner_s_word_outside_a_list_counts_no_one():
    assert [c.low for c in counts("Their commander said five fighters were killed.")] == [5]


@pytest.mark.parametrize(
    "headline, kind, category",
    [
        ("Sniper Kills Child in Old City", "killed", "children"),
        ("Regime Kills Citizen Journalist in Northern Town", "killed", "people"),
        ("Shelling wounds child near the market", "injured", "children"),
    ],
)
def test_a_headline_s_victim_without_an_article_counts_one(headline, kind, category):
    c = only(headline)
    assert (c.kind, c.low, c.high, c.category) == (kind, 1, 1, category)


def test_a_doer_named_with_an_article_before_a_named_victim_is_not_counted():
    assert [(c.text, c.low) for c in counts("A sniper killed Omar Haddad and his brother near the bridge.")] == [("Omar Haddad", 1), ("his brother", 1)]


def test_a_headline_s_bare_victims_in_a_list_count_one_each():
    assert [(c.kind, c.low, c.category) for c in counts("Rocket on market kills man and child")] == [("killed", 1, "people"), ("killed", 1, "children")]


def test_a_bomb_that_kills_one_and_wounds_many_counts_both():
    assert summary(counts("Bomb kills woman wounds 25 in northern town")) == [("killed", 1, 1, "women", False), ("injured", 25, 25, "people", False)]


def test_a_single_person_named_without_a_death_counts_no_one():
    assert counts("A resident said the town was shelled overnight.") == []
    assert counts("Experts asked for a blood sample from a victim of the attack.") == []


# -- killed vs injured -----------------------------------------------------------------


def test_killed_and_wounded_in_one_sentence():
    found = counts("The shelling killed 5 people and wounded 12 others.")
    assert summary(found) == [("killed", 5, 5, "people", False), ("injured", 12, 12, "people", False)]


def test_killed_and_wounded_without_nouns():
    found = counts("The strike on the bakery killed 5 and wounded 12.")
    assert [(c.kind, c.low) for c in found] == [("killed", 5), ("injured", 12)]


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("More than 100 people were treated for symptoms of gas poisoning after the attack.", 101),
        ("Dozens suffered breathing problems after the shells hit the town.", 24),
    ],
    ids=["treated", "suffered"],
)
def test_people_treated_or_suffering_after_an_attack_are_hurt(sentence, low):
    c = only(sentence)
    assert (c.kind, c.low) == ("injured", low)


def test_a_party_s_losses_are_no_figure():
    assert counts("The rebels suffered heavy losses in the fighting.") == []


def test_dead_and_wounded_adjectives():
    found = counts("The rocket attack left 7 dead and 19 wounded.")
    assert [(c.kind, c.low) for c in found] == [("killed", 7), ("injured", 19)]


def test_died_and_were_injured():
    found = counts("Four people died and 23 were injured in the explosion.")
    assert [(c.kind, c.low) for c in found] == [("killed", 4), ("injured", 23)]


def test_death_toll_rose_to():
    c = only("By evening the death toll from the market bombing rose to 45.")
    assert (c.kind, c.low, c.high) == ("killed", 45, 45)


def test_a_figure_in_a_clause_joined_to_the_killing_is_not_its_toll():
    # the dozens suffering are hurt, not more of the dead
    found = counts("The attack on the town killed at least 58 civilians and saw dozens suffering breathing problems.")
    assert [(c.kind, c.low, c.high, c.category) for c in found] == [("killed", 58, None, "civilians"), ("injured", 24, None, "people")]
    c = only("Gunmen killed and mutilated five civilians in the village.")
    assert (c.kind, c.low) == ("killed", 5)


def test_a_toll_told_as_a_bare_number_the_tagger_takes_for_a_date():
    c = only("A hospital director told reporters the death toll from the raids was 45.")
    assert (c.kind, c.low, c.high) == ("killed", 45, 45)


# -- victim groups ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, category",
    [
        ("Six children were killed when the school was hit.", "children"),
        ("Three women were killed in the strike on the market.", "women"),
        ("Fourteen civilians were killed in the shelling of the town.", "civilians"),
        ("Eight rebel fighters were killed in the clashes.", "combatants"),
        ("Eleven soldiers were killed at the checkpoint.", "combatants"),
        ("Two rescue workers were killed when a second strike hit the site.", "rescue_workers"),
        ("Two civil defence volunteers were killed while digging out survivors.", "rescue_workers"),
        ("Nine residents were killed when the building collapsed after the strike.", "civilians"),
    ],
    ids=["children", "women", "civilians", "fighters", "soldiers", "rescue-workers", "civil-defence", "residents"],
)
def test_victim_groups(sentence, category):
    c = only(sentence)
    assert c.kind == "killed" and c.category == category


def test_two_groups_in_one_sentence():
    found = counts("The air strike killed three women and four children.")
    assert summary(found) == [("killed", 3, 3, "women", False), ("killed", 4, 4, "children", False)]


def test_a_group_listed_after_a_toll_shares_its_kind_whatever_the_parse():
    # seen in running text: the parser hung "52 rebel fighters and six civilians" on "said" as
    # its subject; the list is still the toll of "killed"
    doc = get_nlp()("The fighting killed at least 52 rebel fighters and six civilians, the monitor said.")
    fighters = next(t for t in doc if t.text == "fighters")
    said = next(t for t in doc if t.text == "said")
    fighters.head, fighters.dep_ = said, "nsubj"
    assert [(c.kind, c.low, c.category) for c in find_counts(doc[:])] == [("killed", 52, "combatants"), ("killed", 6, "civilians")]


# -- subsets ---------------------------------------------------------------------------------


def test_including_marks_a_subset_of_the_total():
    found = counts("The raid killed 20 people, including five children.")
    assert summary(found) == [("killed", 20, 20, "people", False), ("killed", 5, 5, "children", True)]


def test_among_them_marks_a_subset_of_the_wounded():
    found = counts("The shelling wounded 15 people, among them six children.")
    assert summary(found) == [("injured", 15, 15, "people", False), ("injured", 6, 6, "children", True)]


def test_including_a_child_is_a_subset_of_one():
    found = counts("Three people including a child were killed in the raid.")
    assert summary(found) == [("killed", 3, 3, "people", False), ("killed", 1, 1, "children", True)]


def test_n_of_them_children_is_a_subset():
    found = counts("The shelling killed thirty-two civilians, nine of them children.")
    assert summary(found) == [("killed", 32, 32, "civilians", False), ("killed", 9, 9, "children", True)]


# -- numbers that are not casualty figures ---------------------------------------------


def test_a_year_is_not_a_count():
    found = counts("The bombing killed at least 120 people in 2016.")
    assert summary(found) == [("killed", 120, None, "people", False)]


def test_an_age_is_not_a_count():
    found = counts("A 12-year-old boy was killed in the shelling.")
    assert all(c.low != 12 and c.high != 12 for c in found), found


def test_an_aged_child_counts_as_one_child():
    found = counts("A 12-year-old boy was killed in the shelling.")
    assert summary(found) == [("killed", 1, 1, "children", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The air strike on 27 Jul killed four people.",
        "The strikes killed four people on 27 July.",
        "On July 27, the strikes killed four people.",
    ],
    ids=["27-Jul", "27-July", "July-27"],
)
def test_a_day_of_the_month_is_not_a_count(sentence):
    found = counts(sentence)
    assert summary(found) == [("killed", 4, 4, "people", False)]


def test_durations_and_distances_are_not_counts():
    found = counts("The shelling lasted 3 hours and 9 people were killed 2 km from the front.")
    assert [(c.kind, c.low) for c in found] == [("killed", 9)]


def test_a_figure_without_a_death_or_injury_word_is_not_a_count():
    assert counts("The strikes destroyed 30 houses and two bakeries in the town.") == []


def test_buildings_are_not_casualties():
    found = counts("The strikes hit 4 hospitals and killed 9 people.")
    assert summary(found) == [("killed", 9, 9, "people", False)]


def test_members_of_one_family():
    found = counts("The air raid killed three members of one family.")
    assert len(found) == 1
    assert (found[0].low, found[0].high) == (3, 3)
    assert found[0].category in ("people", "civilians")


def test_among_the_dead():
    c = only("Three paramedics were among the dead.")
    assert (c.kind, c.low, c.category) == ("killed", 3, "rescue_workers")


def test_groups_listed_among_those_killed():
    found = summary(counts("Nine children and four women were among those killed."))
    # (part of a toll, told or not: a toll told with the event replaces them)
    assert found == [("killed", 9, 9, "children", True), ("killed", 4, 4, "women", True)]
    assert summary(counts("Nine children and four women were among those rescued.")) == []


def test_a_figure_of_the_dead_said_to_be_a_group_counts_that_group():
    found = summary(counts("Of the dead, 31 were civilians and six were rebel fighters, a council member said."))
    assert found == [("killed", 31, 31, "civilians", False), ("killed", 6, 6, "combatants", False)]
    # (a part of the dead told before: the toll told with the event replaces it)
    assert summary(counts("The monitor said 12 of the dead were children.")) == [("killed", 12, 12, "children", True)]
    assert summary(counts("Of the wounded, 12 were children, doctors said.")) == [("injured", 12, 12, "children", False)]


def test_the_one_who_tells_is_not_among_the_dead():
    assert summary(counts("Among the dead were four children, said a local official.")) == [("killed", 4, 4, "children", False)]


def test_excluded_date_ranges_are_skipped():
    sentence = "On 16 November the strikes killed 8 people."
    start = sentence.index("16 November")
    doc = get_nlp()(sentence)
    found = find_counts(doc[:], exclude=((start, start + len("16 November")),))
    assert [(c.kind, c.low) for c in found] == [("killed", 8)]


def test_members_of_an_armed_group_are_combatants():
    c = only("The raid killed 14 members of the Nusra Front near the border.")
    assert (c.kind, c.low, c.category) == ("killed", 14, "combatants")


@pytest.mark.parametrize(
    "text, category",
    [
        ("The army said it killed 40 Nusra Front members in the ambush.", "combatants"),
        ("The strike killed five family members in the village.", "people"),
        ("At least 70 regime and rebel fighters were killed in the assault.", "combatants"),
    ],
    ids=["a group's members", "family members", "sides before the noun"],
)
def test_members_named_by_an_armed_group_are_combatants(text, category):
    c = only(text)
    assert (c.kind, c.category) == ("killed", category)


def test_a_year_of_any_century_is_no_toll():
    assert counts("He died of the plague in 639 and his tomb lies in modern-day Jordan.") == []
    assert [c.low for c in counts("Air strikes killed 45 people in Aleppo, bringing the toll to 320.")] == [45, 320]


def test_a_short_party_name_is_read_in_the_whole_sentence():
    # alone, "IS" looks like a word shouted in a headline; in its sentence it is the party
    c = only("Air strikes killed seven IS members near the town of Tabqa.")
    assert (c.kind, c.low, c.category) == ("killed", 7, "combatants")


def test_a_subset_marker_before_a_list_covers_every_group_in_it():
    found = counts("Nine civilians were killed in the shelling, among them a boy and three women.")
    assert summary(found) == [
        ("killed", 9, 9, "civilians", False),
        ("killed", 1, 1, "children", True),
        ("killed", 3, 3, "women", True),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("At least 30 fighters were killed when two suicide bombers detonated their trucks.", [("killed", 30)]),
        ("Two gunmen on a motorbike opened fire on the crowd, killing five people.", [("killed", 5)]),
        ("Rebels killed 20 soldiers as the fighting between the two sides intensified.", [("killed", 20)]),
        ("At least 20 people lost their lives in the shelling.", [("killed", 20)]),
        ("Twelve people suffered injuries in the blast.", [("injured", 12)]),
    ],
    ids=["bombers", "gunmen", "two sides", "lost their lives", "suffered injuries"],
)
def test_the_doers_of_another_act_are_not_its_dead(sentence, expected):
    assert [(c.kind, c.low) for c in counts(sentence)] == expected


def test_a_title_cased_plural_keeps_its_group():
    c = only("Army Kills 12 Militants In Dawn Raid")
    assert (c.kind, c.low, c.category) == ("killed", 12, "combatants")


def test_martyred_is_killed():
    # state media's word for the dead
    c = only("Four citizens were martyred when the shells hit the market.")
    assert (c.kind, c.low, c.high) == ("killed", 4, 4)


def test_victim_groups_listed_one_after_another_add_up():
    from counterclaim import analyze

    (r,) = analyze("Air strikes killed 22 children and six teachers in Hass on Wednesday.").reports
    assert r.killed is not None and r.killed.low == 28


def test_a_group_listed_before_the_verb_of_the_last_still_counts():
    from counterclaim import analyze

    (r,) = analyze("22 children 6 teachers killed in air strikes near schools in Hass.").reports
    assert r.killed is not None and r.killed.low == 28


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # title-case headlines: each verb takes its own figure
        ("Twin Bomb Attacks Kill 50 Injure Dozens in Homs Province", [("killed", 50, 50, "people", False), ("injured", 24, None, "people", False)]),
        ("Troops Kill 30 Terrorists Free 19 Civilians in Hama", [("killed", 30, 30, "combatants", False)]),
        ("Rebel attacks kill 10 injure scores in two towns", [("killed", 10, 10, "people", False), ("injured", 40, None, "people", False)]),
        ("23 Killed Over 100 Injured in Rocket Attack on Aleppo", [("killed", 23, 23, "people", False), ("injured", 101, None, "people", False)]),
        # the kidnapped, freed or captured are no casualties
        ("Gunmen kidnapped 90 villagers and executed 18 people in the village.", [("killed", 18, 18, "people", False)]),
        ("Rebels freed 12 hostages and killed 3 soldiers.", [("killed", 3, 3, "combatants", False)]),
        # "a confirmed 33 militants" is 33, not one
        ("The army killed a confirmed 33 militants on Sunday.", [("killed", 33, 33, "combatants", False)]),
    ],
    ids=["kill-n-injure-dozens", "kill-n-free-m", "lower-case-injure-scores", "n-killed-over-m-injured", "kidnapped", "freed", "a-confirmed-n"],
)
def test_headline_verbs_and_their_figures(sentence, expected):
    assert summary(counts(sentence)) == expected


def test_left_dead_far_from_the_figure():
    found = summary(counts("The blast left 25 members of the armed group, including two of its leaders, dead."))
    assert found[0] == ("killed", 25, 25, "combatants", False)
    assert summary(counts("The strike left 12 families homeless.")) == []


def test_an_aside_between_dashes_or_brackets_does_not_hide_the_death_word():
    found = summary(counts("Clashes have rocked the city leaving 23 civilians - including nine children - dead."))
    assert found[0] == ("killed", 23, 23, "civilians", False)
    found = summary(counts("The shelling left 12 people (among them four women) dead."))
    assert found[0] == ("killed", 12, 12, "people", False)
    # a subset that hangs on the figure's noun, as headlines run it
    found = summary(counts("31 people including 6 children killed in rebel shelling on Azaz."))
    assert found == [("killed", 31, 31, "people", False), ("killed", 6, 6, "children", True)]
    # no death word after the aside: no toll
    assert summary(counts("Shelling forced 300 families - most of them from Azaz - out of their homes.")) == []


def test_a_figure_run_into_the_place_before_it_counts_the_noun_after():
    # no comma after the place: the parse hangs "15" on the town's name
    assert summary(counts("In Tafas in the province of Daraa 15 civilians were killed in four raids said the Observatory.")) == [
        ("killed", 15, 15, "civilians", False)
    ]


# -- majority labels ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, majority",
    [
        ("Shelling killed 23 people, mostly women and children, in the old market.", "civilians"),
        ("The blast killed 31 people, most of them fighters, at the checkpoint.", "combatants"),
        ("At least 19 people mostly members of an armed faction were killed at the crossing.", "combatants"),
        ("The raid killed 27 people, mainly schoolchildren and their teachers.", "civilians"),
        ("The raid killed 27 people, many of them children.", None),  # many is not most
        ("The raid killed 27 people, mostly in the old quarter.", None),  # where, not who
        ("The raid killed 27 people, mostly rebels and their wives.", None),  # names both
    ],
)
def test_a_label_after_the_figure_says_what_most_victims_were(sentence, majority):
    c = only(sentence)
    assert (c.kind, c.category, c.majority) == ("killed", "people", majority)


def test_a_majority_label_counts_the_toll_as_mostly_civilians_not_as_civilians():
    from counterclaim import analyze

    r = analyze("Air strikes killed 23 people, mostly women and children, in the town of Saraqeb on Wednesday.").reports[0]
    assert dict(r.victims) == {"mostly_civilians": 23}


def test_a_group_s_acronym_between_figure_and_noun_is_read_past():
    # the parse takes "IS" for the verb: the figure still counts the militants after it
    assert summary(counts("Kurdish forces killed 45 IS militants near the border.")) == [("killed", 45, 45, "combatants", False)]


def test_groups_listed_as_part_of_a_toll_count_what_it_counts():
    # the parse ties "five children" to "wounds": they are part of the 61 dead
    found = counts("Two more people died of their wounds, bringing the toll to 61 people, including five children.")
    assert [(c.kind, c.low, c.category) for c in found] == [("killed", 2, "people"), ("killed", 61, "people"), ("killed", 5, "children")]
    # a list after the injured stays injured
    found = counts("Shelling killed 12 people, including three children, and wounded 40, including four women.")
    assert [(c.kind, c.low) for c in found] == [("killed", 12), ("killed", 3), ("injured", 40), ("injured", 4)]


def test_shot_dead_counts_the_dead():
    assert summary(counts("Gunmen shot dead two policemen in the town on Friday.")) == [("killed", 2, 2, "combatants", False)]
    assert summary(counts("Gunmen shot dead a doctor in the town on Friday.")) == [("killed", 1, 1, "rescue_workers", False)]


def test_a_group_among_a_toll_is_part_of_it():
    found = counts("Two children were among 11 people killed when shells hit a school.")
    assert summary(found) == [("killed", 2, 2, "children", True), ("killed", 11, 11, "people", False)]
    found = counts("Five women were among the 30 people wounded.")
    assert summary(found) == [("injured", 5, 5, "women", True), ("injured", 30, 30, "people", False)]
    # a headline drops the verb: "Two Children Among Five Killed in ..."
    found = counts("Two Children Among Five Killed in Barrel Bomb Attack on Town")
    assert summary(found) == [("killed", 2, 2, "children", True), ("killed", 5, 5, "people", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes killed between 15 and 20 people on Tuesday.",
        "Air strikes killed 15 to 20 people on Tuesday.",
        "Air strikes killed 15-20 people on Tuesday.",
    ],
)
def test_a_range_of_figures_is_one_toll_from_low_to_high(sentence):
    assert [(c.kind, c.low, c.high) for c in counts(sentence)] == [("killed", 15, 20)]


@pytest.mark.parametrize(
    "sentence, low, high",
    [
        # "killing" as the second of two coordinated acts, which the tagger reads as a noun
        ("Activists accused the army of shelling the camp and killing between 300 and 450 people.", 300, 450),
        ("The monitors said the raid killed from 200 to 350 people.", 200, 350),
        ("Residents said the bombing killed from 40 to well over 90 people.", 40, None),
        ("The shells fell on the market, killing well over 30 people.", 31, None),
    ],
    ids=["killing-as-noun", "from-to-hundreds", "from-to-well-over", "well-over"],
)
def test_a_range_opened_after_the_killing_is_its_toll(sentence, low, high):
    assert [(c.kind, c.low, c.high) for c in counts(sentence)] == [("killed", low, high)]


def test_a_killing_noun_counts_the_dead_it_is_of():
    assert [(c.kind, c.low) for c in counts("The group released a video showing the killing of two young activists.")] == [("killed", 2)]


def test_two_figures_joined_by_and_without_between_stay_two():
    assert [(c.low, c.high) for c in counts("Air strikes killed 5 and 20 people in two towns.")] == [(5, 5), (20, 20)]


def test_a_toll_named_far_before_its_figure_still_makes_it_a_toll():
    found = counts("The death toll from Tuesday's air strike on a market in the town of Ariha has risen to 43, rescuers said.")
    assert [(c.kind, c.low) for c in found] == [("killed", 43)]
    found = counts("The toll of wounded from Tuesday's air strike on the market has risen to 43.")
    assert [(c.kind, c.low) for c in found] == [("injured", 43)]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The number of people killed in the gas attack on the town rose to 86, including 30 children.", "killed"),
        ("The number of wounded rose to 40, among them 12 women.", "injured"),
    ],
)
def test_a_tally_of_the_dead_named_by_its_number_is_a_toll_with_its_groups(sentence, kind):
    found = counts(sentence)
    assert [c.kind for c in found] == [kind, kind] and found[1].subset


def test_a_number_of_other_things_is_no_toll():
    assert counts("The number of air strikes rose to 40 this week.") == []



@pytest.mark.parametrize(
    "sentence, low",
    [
        ("A young man was killed by a sniper near the old bridge.", 1),
        ("Three farmers were shot dead by two gunmen on the road to the village.", 3),
        ("Nine people were killed by a suicide bomber at the checkpoint.", 9),
    ],
    ids=["a-sniper", "two-gunmen", "a-bomber"],
)
def test_the_doer_of_a_passive_killing_is_not_among_the_dead(sentence, low):
    assert [(c.kind, c.low) for c in counts(sentence)] == [("killed", low)]


@pytest.mark.parametrize(
    "sentence, low",
    [
        ("The army admitted that one of its air strikes on the market killed 31 civilians.", 31),
        ("Three masked gunmen killed two policemen at a checkpoint outside the town.", 2),
        ("Two Gunmen Kill a Policeman in Southern Town", 1),
    ],
    ids=["one-of-its-strikes", "three-gunmen", "headline"],
)
def test_the_doer_of_an_active_killing_is_not_among_the_dead(sentence, low):
    assert [(c.kind, c.low) for c in counts(sentence)] == [("killed", low)]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("Six Farmers Killed 12 Others Injured in Shelling of Village", [("killed", 6), ("injured", 12)]),
        ("More than 40 people suffered breathing problems after the attack.", [("injured", 41)]),
    ],
    ids=["headline-two-tolls", "suffered-an-ailment"],
)
def test_a_toll_with_an_object_of_its_own_stays_a_toll(sentence, figures):
    assert [(c.kind, c.low) for c in counts(sentence)] == figures


def test_a_figure_of_the_dead_told_before_is_part_of_that_toll():
    found = only("The monitor said 30 of the dead were security personnel and the rest were civilians.")
    assert summary([found]) == [("killed", 30, 30, "combatants", True)]


def test_bases_overrun_are_no_dead():
    # (the lemma spaCy gives "bases" is "basis")
    assert summary(counts("The militants have overrun two government bases, killing dozens of soldiers.")) == [
        ("killed", 24, None, "combatants", False)
    ]


def test_the_dead_of_a_campaign_told_beside_an_event_are_not_its_toll():
    found = counts("Militants executed 73 members of a tribe on Saturday, extending a campaign of reprisals that has "
                   "left hundreds of tribesmen dead in less than two weeks.")
    assert summary(found) == [("killed", 73, 73, "people", False)]


def test_a_headline_verb_tagged_part_of_a_name_still_counts_the_dead():
    # the small model tags "Regime Shelling Kills" as an organisation
    (c,) = [c for c in counts("Regime Shelling Kills 10 in Zamalka a Month after Chemical Attack") if c.kind == "killed"]
    assert (c.low, c.high) == (10, 10)


def test_members_of_the_army_or_security_forces_are_combatants_but_not_of_a_family():
    found = counts("At least 48 people were killed, 31 of them members of the army and security forces.")
    assert [(c.low, c.category) for c in found] == [(48, "people"), (31, "combatants")]
    assert only("Five members of the same family were killed.").category == "people"


@pytest.mark.parametrize("sentence", ["Unknown gunmen shot dead two members of the Fifth Corps in Daraa.",
                                      "Two Iranian generals were killed in the strike."])
def test_members_of_a_corps_and_generals_are_combatants(sentence):
    assert only(sentence).category == "combatants"


def test_a_participle_describing_the_dead_does_not_cut_the_figure_from_them():
    (c,) = counts("Gunmen executed 11 captured government soldiers near the checkpoint.")
    assert (c.kind, c.low, c.category) == ("killed", 11, "combatants")



def test_a_toll_parsed_as_the_object_of_the_verb_of_telling_is_still_a_toll():
    (c,) = counts("The village council says 17 civilians, among them women and elderly men, were shot dead by militiamen on Sunday.")
    assert (c.kind, c.low, c.category) == ("killed", 17, "civilians")


@pytest.mark.parametrize("noun", ["servicemen", "policemen", "militiamen", "guardsmen"])
def test_a_plural_in_men_counts_its_group_even_when_tagged_singular(noun):
    found = counts(f"Four jets struck positions of the army near the airport on Saturday, killing 62 Syrian {noun} and wounding over 100.")
    assert (found[0].kind, found[0].low, found[0].category) == ("killed", 62, "combatants")


def test_a_figure_hung_on_a_group_s_name_counts_the_fighters_after_it():
    (c,) = counts("Another 17 IS group fighters were killed in air strikes by coalition warplanes in the same areas.")
    assert (c.kind, c.low, c.category) == ("killed", 17, "combatants")


def test_a_part_of_the_toll_parsed_as_who_said_it_still_counts():
    found = counts("Militants shot dead eight men in the town on Saturday, among them three captured government soldiers, "
                   "the Syrian Observatory for Human Rights said on Monday.")
    assert [(c.kind, c.low, c.category, c.subset) for c in found] == [
        ("killed", 8, "people", False), ("killed", 3, "combatants", True)]


@pytest.mark.parametrize(
    "sentence, groups",
    [
        ("Gunmen shot dead the head of the local council along with his driver.", [("people", 1), ("people", 1)]),
        ("An air strike killed a man along with his wife.", [("people", 1), ("women", 1)]),
        ("Khaled al-Masri who headed the relief office was killed together with his driver when gunmen opened fire.", [("people", 1), ("people", 1)]),
    ],
    ids=["verb-along-with", "person-along-with", "passive-together-with"],
)
def test_one_killed_along_with_an_owner_s_kin_counts_both(sentence, groups):
    assert [(c.category, c.low) for c in counts(sentence)] == groups


def test_a_place_struck_along_with_its_mosque_counts_no_one():
    assert [c.low for c in counts("Jets struck the village along with its mosque, killing five people.")] == [5]


def test_a_toll_that_rose_to_a_group_far_from_its_toll_word_counts_the_dead():
    found = counts("The death toll from rebel rocket fire on government-held parts of Aleppo on Sunday rose to eight civilians, the monitor said.")
    assert [(c.kind, c.category, c.low) for c in found] == [("killed", "civilians", 8)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll from car bombs in two coastal strongholds of the regime rose to 61 dead on Monday.",
        "Shelling of three rebel enclaves near the capital killed 27 people on Monday.",
    ],
    ids=["strongholds", "enclaves"],
)
def test_places_counted_beside_a_toll_are_no_toll(sentence):
    assert [c.low for c in counts(sentence) if c.kind == "killed"] == [int(next(w for w in sentence.split() if w.isdigit()))]
