"""Tests for counterclaim.analyze.timex: time expressions and datelines.

Sentences are written for these tests; the anchor (publication date) is Wednesday
16 November 2016 unless a test says otherwise.
"""

from datetime import date

import pytest

from counterclaim.analyze.timex import find_dateline, find_timexes
from counterclaim.records import DateSpan, Timex

WED = date(2016, 11, 16)  # a Wednesday


def one(text: str, anchor: date | None = WED, phrase: str | None = None) -> Timex:
    """The single time expression found in text (or the one whose text is phrase)."""
    found = find_timexes(text, anchor)
    if phrase is not None:
        found = [t for t in found if t.text == phrase]
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: date | None = WED) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, anchor)]


# -- offsets and records ----------------------------------------------------------------------


def test_offsets_point_into_the_text():
    text = "Jets hit the market in Douma on Tuesday, killing nine."
    t = one(text)
    assert text[t.start : t.end] == t.text == "Tuesday"
    assert isinstance(t.span, DateSpan)


def test_empty_text():
    assert find_timexes("", WED) == []
    assert find_timexes("No time here at all.", WED) == []


# -- weekdays -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Rescuers said on Wednesday that the toll had risen.", "2016-11-16"),  # the anchor itself
        ("The clinic was shelled on Monday.", "2016-11-14"),  # the most recent Monday
        ("The clinic was shelled on Thursday.", "2016-11-10"),  # not tomorrow: news tells the past
        ("A barrel bomb fell on the bakery last Friday.", "2016-11-11"),
        ("Negotiators meet again next Monday.", "2016-11-21"),
        ("The envoy will visit Damascus on Friday.", "2016-11-18"),  # future tense looks ahead
    ],
)
def test_weekday_resolution(sentence, expected):
    t = one(sentence)
    assert t.kind == "DATE"
    assert t.value == expected
    assert t.span == DateSpan(date.fromisoformat(expected), date.fromisoformat(expected), t.text)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "until" would read as the future; the span's end is the first such day after its start
        ("The army shelled the suburb from Sunday until Tuesday.", [("Sunday", "2016-11-13"), ("Tuesday", "2016-11-15")]),
        ("Raids between Saturday and Monday left the market in ruins.", [("Saturday", "2016-11-12"), ("Monday", "2016-11-14")]),
        ("The truce is to hold from Friday to Sunday.", [("Friday", "2016-11-18"), ("Sunday", "2016-11-20")]),
        ("The convoy will wait until Tuesday.", [("Tuesday", "2016-11-22")]),  # no span: still the future
    ],
)
def test_the_end_of_a_span_of_weekdays_follows_its_start(sentence, expected):
    assert values(sentence) == expected


def test_weekday_with_part_of_day_is_a_time():
    t = one("Shelling resumed on Sunday night.")
    assert (t.text, t.kind, t.value) == ("Sunday night", "TIME", "2016-11-13TNI")


def test_possessive_weekday_keeps_the_day_only():
    t = one("Monday's raid destroyed the school.")
    assert (t.text, t.value) == ("Monday", "2016-11-14")


# -- deictic days ---------------------------------------------------------------------------------


def test_yesterday_today_tomorrow():
    assert values("Yesterday the road was cut; today it reopened; tomorrow aid arrives.") == [
        ("Yesterday", "2016-11-15"),
        ("today", "2016-11-16"),
        ("tomorrow", "2016-11-17"),
    ]


def test_day_before_yesterday_and_tonight():
    assert one("Two shells landed the day before yesterday.").value == "2016-11-14"
    t = one("A curfew starts tonight.")
    assert (t.kind, t.value) == ("TIME", "2016-11-16TNI")


def test_this_morning():
    t = one("Planes circled the town this morning.")
    assert (t.text, t.kind, t.value) == ("this morning", "TIME", "2016-11-16TMO")


# -- anaphora: relative to the date last mentioned ---------------------------------------------


def test_the_day_before_is_relative_to_the_last_mentioned_date():
    text = "The convoy was struck on 3 October. The day before, observers had counted forty trucks."
    assert values(text) == [("3 October", "2016-10-03"), ("The day before", "2016-10-02")]


def test_the_day_before_without_a_prior_date_uses_the_anchor():
    assert one("The day before, the crossing had been closed.").value == "2016-11-15"


def test_the_next_day_and_a_week_later():
    text = "Talks opened on 3 October. The next day the delegation walked out."
    assert values(text)[1] == ("The next day", "2016-10-04")
    text = "The dam was seized on 3 October. A week later, it was retaken."
    assert values(text)[1] == ("A week later", "2016-10-10")


def test_the_day_before_an_event_is_not_a_date():
    # "the day before the vote" names the vote's eve, not the day before the last date
    assert values("He resigned the day before the vote.") == []


# -- months, weeks, years relative to the anchor -------------------------------------------------


def test_last_month_this_year_last_week():
    assert values("Aid deliveries fell last month.") == [("last month", "2016-10")]
    assert values("Casualties this year exceed last year's.") == [("this year", "2016"), ("last year", "2015")]
    t = one("The crossing closed last week.")
    assert t.value == "2016-W45"
    assert (t.span.start, t.span.end) == (date(2016, 11, 7), date(2016, 11, 13))


def test_earlier_this_month():
    t = one("Earlier this month, the monitors left.")
    assert t.value == "2016-11"
    assert (t.span.start, t.span.end) == (date(2016, 11, 1), date(2016, 11, 30))


def test_ago():
    assert one("The hospital closed two days ago.").value == "2016-11-14"
    assert one("Three weeks ago the truce collapsed.").value == "2016-W43"
    assert one("Five years ago the uprising began.").value == "2011"


# -- explicit dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("16 November 2016", "2016-11-16"),
        ("November 16, 2016", "2016-11-16"),
        ("Nov. 16", "2016-11-16"),
        ("2016-11-16", "2016-11-16"),
        ("Wed 05 Apr 2017", "2017-04-05"),
        ("16/11/2016", "2016-11-16"),
        ("the 3rd of March 2015", "2015-03-03"),
    ],
)
def test_explicit_dates(phrase, expected):
    t = one(f"The attack took place on {phrase}, witnesses said.")
    assert (t.text, t.kind, t.value) == (phrase, "DATE", expected)


def test_month_day_without_year_takes_the_nearest_plausible_year():
    assert one("The offensive began on October 18.").value == "2016-10-18"
    # early January: "December 28" is last year's, not eleven months ahead
    assert one("The offensive began on December 28.", date(2017, 1, 5)).value == "2016-12-28"
    # but a future clause may look ahead
    assert one("Elections will be held on January 9.").value == "2017-01-09"
    # ... unless the date sits in a clause of its own after the future verb
    assert one("Inspectors will visit the town, where an attack killed 26 people on March 19.").value == "2016-03-19"


def test_month_and_year_and_bare_years():
    t = one("The siege started in November 2012.")
    assert (t.value, t.span.start, t.span.end) == ("2012-11", date(2012, 11, 1), date(2012, 11, 30))
    t = one("Protests began in 2011.")
    assert (t.value, t.span.start, t.span.end) == ("2011", date(2011, 1, 1), date(2011, 12, 31))
    assert one("The border was quiet in the 1990s.").value == "199"


def test_counts_are_not_years():
    assert values("The strikes killed 1500 people and wounded 2000 more.") == []


def test_may_the_verb_is_not_a_month():
    assert values("May God protect them, he said. They may leave soon.") == []
    assert one("The town fell in May.").value == "2016-05"


def test_no_anchor_leaves_the_year_unknown():
    t = one("The offensive began on October 18.", None)
    assert (t.value, t.span) == ("XXXX-10-18", None)
    assert one("Yesterday the shelling stopped.", None).span is None


# -- durations and windows ------------------------------------------------------------------------


def test_for_28_days_is_a_window_ending_on_the_anchor():
    t = one("The town has been under siege for 28 days.")
    assert (t.text, t.kind, t.value) == ("28 days", "DURATION", "P28D")
    assert t.span == DateSpan(date(2016, 10, 19), date(2016, 11, 16), "for 28 days")


def test_in_the_past_week():
    t = one("Strikes killed 40 civilians in the past week.")
    assert (t.text, t.kind, t.value) == ("the past week", "DURATION", "P1W")
    assert (t.span.start, t.span.end) == (date(2016, 11, 9), date(2016, 11, 16))


def test_over_the_last_24_hours():
    t = one("Over the last 24 hours, 30 people died.")
    assert (t.text, t.value) == ("the last 24 hours", "PT24H")
    assert (t.span.start, t.span.end) == (date(2016, 11, 15), date(2016, 11, 16))


def test_the_past_three_months():
    t = one("Prices tripled over the past three months.")
    assert (t.value, t.span.start, t.span.end) == ("P3M", date(2016, 8, 16), date(2016, 11, 16))


def test_since_july_and_since_a_day():
    t = one("The road has been closed since July.")
    assert (t.text, t.kind, t.value) == ("July", "DATE", "2016-07")
    assert t.span == DateSpan(date(2016, 7, 1), date(2016, 11, 16), "since July")
    t = one("Fighting has not stopped since October 18.")
    assert (t.value, t.span.start, t.span.end) == ("2016-10-18", date(2016, 10, 18), date(2016, 11, 16))


def test_since_daybreak():
    t = one("Jets have bombed the district since daybreak.")
    assert (t.text, t.kind, t.value) == ("daybreak", "TIME", "2016-11-16TMO")


@pytest.mark.parametrize(
    "sentence, phrase, value",
    [
        ("The ceasefire held for twenty four hours.", "twenty four hours", "PT24H"),
        ("It was a five-and-a-half year war of attrition.", "five-and-a-half year", "P5Y6M"),
        ("The talks lasted three days.", "three days", "P3D"),
        ("Aid was blocked for a week.", "a week", "P1W"),
        ("The families waited for a few days.", "a few days", "PXD"),
        ("The front moved in recent weeks.", "recent weeks", "PXW"),
        ("The army has besieged the town for years.", "years", "PXY"),
    ],
)
def test_durations(sentence, phrase, value):
    t = one(sentence)
    assert (t.text, t.kind, t.value) == (phrase, "DURATION", value)


def test_rates_are_not_durations():
    assert values("Two convoys a week reach the city.") == []
    t = one("Shells fell three times a day.")
    assert (t.text, t.kind, t.value) == ("a day", "SET", "P1D")


# -- vague references and sets --------------------------------------------------------------------


def test_present_past_future_refs():
    assert values("The town is now cut off.") == [("now", "PRESENT_REF")]
    assert values("Rebels recently took the hill.") == [("recently", "PAST_REF")]
    assert values("Nobody can say what the future holds.") == [("the future", "FUTURE_REF")]


def test_sets():
    t = one("Monitors report every week.")
    assert (t.kind, t.value) == ("SET", "P1W")
    t = one("The council meets quarterly.")
    assert (t.kind, t.value) == ("SET", "P3M")


# -- times, quarters, seasons, holidays -----------------------------------------------------------


def test_clock_times():
    t = one("The blast came at 10:35 a.m. on Tuesday.")
    assert (t.text, t.kind, t.value) == ("10:35 a.m. on Tuesday", "TIME", "2016-11-15T10:35")
    t = one("A curfew begins at 9 p.m.")
    assert t.value == "2016-11-16T21:00"


def test_quarters_and_seasons():
    assert one("Exports fell in the third quarter.").value == "2016-Q3"
    assert one("The offensive stalled last summer.").value == "2016-SU"
    assert one("The offensive stalled last winter.").value == "2015-WI"


def test_holidays():
    assert one("The truce began on Christmas Eve 2016.").value == "2016-12-24"
    t = one("A truce for Eid al-Adha was agreed.")
    assert (t.value, t.span.start, t.span.end) == ("2016-09-12", date(2016, 9, 12), date(2016, 9, 15))


# -- datelines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page, expected",
    [
        ("Wednesday 16 November 2016 17:23\nAleppo hospitals bombed again", date(2016, 11, 16)),
        ("Posted on August 3 2016 by a staff reporter. Toxic gas dropped on town", date(2016, 8, 3)),
        ("Published: 3 March 2016 Jets pound the old city", date(2016, 3, 3)),
        ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent", date(2017, 4, 5)),
        ("Last updated at Apr 232017 BEIRUT An air strike", date(2017, 4, 23)),
        ("Last modified on Tue 2 Jan 2018 12.31 GMT\nAn air strike on a market killed 11", date(2018, 1, 2)),
        ("23.10.2017(updated 2340 23.10.2017) Get short URL", date(2017, 10, 23)),
        ("Airstrikes hit market Monitor AFP Sunday 3 Jul 2016 Fierce bombardment", date(2016, 7, 3)),
        ("BEIRUT, Nov 16, 2016 (Reuters) - Jets struck", date(2016, 11, 16)),
        # a comma after the month; a page stamp with a two-digit year and its hour
        ("June, 14, 2017 - 09:12 ANKARA Anadolu - Shells hit the town", date(2017, 6, 14)),
        ("Last updated: 14.06.17 09:12\n\nAmman: Shells hit the town", date(2017, 6, 14)),
        ("Jun. 14th '17, 09:12\n\nShells hit the town", date(2017, 6, 14)),
    ],
)
def test_datelines(page, expected):
    found = find_dateline(page)
    assert found is not None
    day, start, end = found
    assert day == expected
    assert 0 <= start < end <= len(page)


def test_dateline_offsets():
    page = "Posted on August 3 2016 by a staff reporter."
    day, start, end = find_dateline(page)
    assert page[start:end] == "August 3 2016"


def test_a_wire_dateline_without_a_year_takes_it_from_the_latest_full_date_told():
    text = "BEIRUT, Jan 4 (Reuters) - Jets struck the town again. The truce had collapsed on Dec. 29, 2016, a monitor said."
    day, start, end = find_dateline(text)
    assert day == date(2017, 1, 4) and text[start:end] == "Jan 4"  # the first Jan 4 after Dec 29, 2016
    text = "DAMASCUS, Jan. 17 (Xinhua) -- Militants attacked, the agency said. The siege began in 2015."
    assert find_dateline(text) is None  # when something still going on began: perhaps long ago
    text = "MOSCOW, October 30. /TASS/. Eight civilians were killed on Saturday, the centre said."
    assert find_dateline(text) is None  # nothing tells the year


@pytest.mark.parametrize(
    "text, day",
    [
        # a year told as this one ("so far in", "since the start of")
        ("BEIRUT, Nov 26 (Reuters) - Jets killed 95 on Tuesday, the deadliest raid on the city so far in 2014.", date(2014, 11, 26)),
        ("BEIRUT, Feb 6 (Reuters) - Jets killed 31. The town has been besieged since 2013, and 230 people "
         "have been killed there since the start of 2018.", date(2018, 2, 6)),
        # a month told: the first such day after its start; TASS's slashed agency
        ("MOSCOW, January 20. /TASS/. Militants executed 12 men. The army lost the town in December 2016.", date(2017, 1, 20)),
        # the start of an offensive is recent; the war's own start is no floor for today
        ("MOSCOW, October 30. /TASS/. Shells killed eight. Since the start of the offensive on October 28, 2016, "
         "38 people have died. The war, which grew out of protests in 2011, goes on.", date(2016, 10, 30)),
        ("MOSCOW, March 19 (Itar-Tass) - Gas killed 26. The UN says 70,000 have died since the start of the uprising "
         "in March 2011.", None),
        ("BEIRUT, Feb 6 (Reuters) - Jets killed 31 in the town, under government siege since 2013.", None),
        ("BEIRUT, Sept 10 (Reuters) - Militants still hold 30 women they abducted in the attacks in July 2018.", date(2018, 9, 10)),
        ("BEIRUT, Sept 10 (Reuters) - No one has been freed since the attacks in July 2018.", date(2018, 9, 10)),
        # years to come tell nothing of today
        ("DAMASCUS, Jan. 12 (Xinhua) -- A car bomb killed eight. Elections are due in 2021.", None),
        ("DAMASCUS, Jan. 12 (Xinhua) -- A car bomb killed eight, the first in the capital in 2017.", date(2017, 1, 12)),
    ],
)
def test_a_wire_dateline_without_a_year_takes_it_from_a_year_told_as_this_one(text, day):
    found = find_dateline(text)
    assert (found and found[0]) == day


@pytest.mark.parametrize(
    "text, day",
    [
        ("BEIRUT, Feb 9 (Reuters) - Jets killed 30 in the Syrian town, one of the worst days in nearly seven years of war.", date(2018, 2, 9)),
        ("AMMAN, Sept 2 (Reuters) - Rebels took the hill. The three-year-old Syrian conflict has killed many.", date(2014, 9, 2)),
        ("BEIRUT, Oct 20 (Reuters) - Shells hit the Syrian city, in the seven-year war's latest escalation.", date(2018, 10, 20)),
        ("DAMASCUS, April 2 Xinhua -- Shells fell on the Syrian capital during the crisis that erupted in March 2011, now "
         "in its seventh year.", date(2017, 4, 2)),
        ("BEIRUT, Feb 3 (Reuters) - A bomb killed ten in Syria. The war, which will enter its sixth year in March, goes on.", date(2016, 2, 3)),
        ("GAZIANTEP, Turkey, Oct 3 - Jets hit Syria, where 200,000 have died since the war began more than three years ago.", date(2014, 10, 3)),
        ("BEIRUT, Oct 3 (AP) - Jets hit the Syrian town as the 19-month-old uprising grinds on.", date(2012, 10, 3)),
        ("AMMAN, March 9 (AFP) - Rebels took a Syrian hill. The revolt marks its fourth anniversary next week.", date(2015, 3, 9)),
        ("AMMAN, March 9 (AFP) - Rebels took a Syrian hill as the fourth anniversary of the uprising nears.", date(2015, 3, 9)),
        # a later date told beats the age; and an age with no war's country told gives no year
        ("BEIRUT, Feb 9 (Reuters) - Jets struck Syria in its seven-year war. The truce had collapsed on Dec. 29, 2019.", date(2020, 2, 9)),
        ("BEIRUT, Feb 9 (Reuters) - Jets killed 30, one of the worst days in nearly seven years of war.", None),
    ],
)
def test_a_wire_dateline_without_a_year_takes_it_from_the_war_s_age(text, day):
    found = find_dateline(text)
    assert (found and found[0]) == day


@pytest.mark.parametrize(
    "text, day",
    [
        # the latest year told is an old one: the lead's weekday picks the year whose day it is
        ("MOSCOW, April 7. /TASS/. The defence ministry gave its assessment on Friday of the missile strike on the "
         "air base. Moscow suspended the memorandum signed with Washington in 2015.", date(2017, 4, 7)),
        # or the Saturday after it: the first such year (8 April 2016 was that Friday itself)
        ("MOSCOW, April 8. /TASS/. The defence ministry said on Friday that jets struck the air base. Moscow "
         "suspended the memorandum signed with Washington in 2015.", date(2016, 4, 8)),
        ("MOSCOW, January 7. /TASS/. The defence ministry said on Friday that jets struck the air base. Moscow "
         "suspended the memorandum signed with Washington in 2015.", date(2017, 1, 7)),
        # a weekday that already fits keeps the year told
        ("BEIRUT, Nov 26 (Reuters) - Jets killed 95 on Tuesday, the deadliest raid on the city so far in 2014.", date(2014, 11, 26)),
    ],
)
def test_a_wire_dateline_without_a_year_agrees_with_the_lead_s_weekday(text, day):
    assert find_dateline(text)[0] == day


def test_a_page_stamp_of_day_and_hour_without_a_year_is_a_dateline():
    text = "August 20 at 6:15 PM\n\nBEIRUT -- Militants killed 40 tribesmen in the east of Syria, in a war now in its fourth year."
    day, start, end = find_dateline(text)
    assert day == date(2014, 8, 20) and text[start:end] == "August 20"


def test_no_dateline():
    assert find_dateline("BEIRUT, Nov 16 (Reuters) - Jets struck the old city.") is None  # no year
    assert find_dateline("On August 21 2013 the eastern suburbs were gassed.") is None  # an event date
    late = "Rebels advanced. " * 40 + "16 November 2016"
    assert find_dateline(late) is None  # beyond the opening
    assert find_dateline(late, max_chars=len(late)) is not None


def test_a_weekday_possessive_without_its_apostrophe_is_a_date():
    from datetime import date

    from counterclaim.analyze.timex import find_timexes

    found = find_timexes("The group claimed Tuesdays attacks on Sunday.", date(2013, 9, 15))
    tuesday = [t for t in found if t.text.startswith("Tuesday")]
    assert tuesday and tuesday[0].span is not None and tuesday[0].span.start == date(2013, 9, 10)
    assert find_timexes("The market opens on Tuesdays.", date(2013, 9, 15))[0].kind == "SET"
    for said in ("Sundays bombardment killed a baby.", "Thursdays air raids hit the city."):
        found = find_timexes(said, date(2013, 9, 15))  # a Sunday
        assert found and found[0].span is not None and found[0].span.start.weekday() in (6, 3), said


def test_a_deictic_day_possessive_without_its_apostrophe_is_a_date():
    from datetime import date

    from counterclaim.analyze.timex import find_timexes

    found = find_timexes("Rescuers said yesterdays raid and todays shelling hit the old town.", date(2014, 3, 12))
    assert [(t.text, t.span and t.span.start) for t in found] == [
        ("yesterdays", date(2014, 3, 11)),
        ("todays", date(2014, 3, 12)),
    ]
    found = find_timexes("Wednesdays victims were buried at dawn.", date(2014, 3, 14))  # a Friday
    assert found[0].span is not None and found[0].span.start == date(2014, 3, 12)


def test_a_holiday_that_is_a_man_s_first_name_is_no_date():
    assert values("Ramadan al-Sabta was killed in a battle with the army.") == []
    assert values("Ramadan Kadyrov spoke to reporters.") == []
    # the month itself, even with the comma lost before a name
    assert [v for _, v in values("Strikes hit the city during Ramadan Syrian activists said.")] == ["2016-06-06"]


@pytest.mark.parametrize(
    "text, value, start, end",
    [
        ("The town was shelled in early October.", "2016-10", date(2016, 10, 1), date(2016, 10, 10)),
        ("The town was shelled in mid-October.", "2016-10", date(2016, 10, 11), date(2016, 10, 20)),
        ("The town was shelled late last month.", "2016-10", date(2016, 10, 21), date(2016, 10, 31)),
        ("The town was shelled at the end of September.", "2016-09", date(2016, 9, 21), date(2016, 9, 30)),
        ("The town was shelled in late 2015.", "2015", date(2015, 9, 1), date(2015, 12, 31)),
        ("The town was shelled in October.", "2016-10", date(2016, 10, 1), date(2016, 10, 31)),
    ],
    ids=["early", "mid", "late-last-month", "end-of", "late-year", "whole-month"],
)
def test_a_part_of_a_month_or_year_keeps_its_third_of_the_span(text, value, start, end):
    t = one(text)
    assert (t.value, t.span.start, t.span.end) == (value, start, end)


@pytest.mark.parametrize("text", ["Jets struck the town overnight Sunday.", "Jets struck the town overnight on Sunday."])
def test_overnight_before_a_weekday_is_that_night(text):
    t = one(text)
    assert (t.value, t.span.start) == ("2016-11-13TNI", date(2016, 11, 13))


@pytest.mark.parametrize(
    "text, value",
    [
        ("Jets struck the town on the 2nd, killing nine.", "2016-11-02"),
        ("Jets struck the town on the 20th, killing nine.", "2016-10-20"),  # still to come this month: last month's
        ("Jets struck the town on the 20th of last month.", "2016-10-20"),
    ],
)
def test_a_day_of_the_month_on_its_own_is_the_last_such_day(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text", ["Fighting raged on the 3rd Division front.", "A fire broke out on the 5th floor."])
def test_an_ordinal_before_a_noun_is_no_day_of_the_month(text):
    assert find_timexes(text, WED) == []


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Jets struck the bakery at dawn on Sunday.", "2016-11-13"),
        ("The convoy was hit at dusk on 3 November.", "2016-11-03"),
    ],
)
def test_a_part_of_day_before_a_named_day_is_that_day(sentence, day):
    assert [(t.value, t.span.start.isoformat()) for t in find_timexes(sentence, WED)] == [(day, day)]


@pytest.mark.parametrize(
    "sentence, week, day",
    [
        ("A week ago, a car bomb tore through the square.", "2016-W45", "2016-11-09"),
        ("Two weeks ago the same school was shelled.", "2016-W44", "2016-11-02"),
    ],
)
def test_weeks_ago_is_a_week_in_value_and_a_day_in_span(sentence, week, day):
    t = one(sentence)
    assert t.value == week
    assert t.span.start == t.span.end == date.fromisoformat(day)


def test_a_weekday_with_its_apostrophe_lost_before_modifiers_of_the_event_is_that_day():
    # "Thursdays twin suicide car bombings": Thursday's, not every Thursday
    from counterclaim.analyze.timex import find_timexes

    (t,) = find_timexes("The group claimed Thursdays twin suicide car bombings in Damascus.", date(2012, 5, 12))
    assert t.value == "2012-05-10"
    (t,) = find_timexes("Protests are held on Fridays after prayers.", date(2012, 5, 12))
    assert t.kind == "SET"


@pytest.mark.parametrize("text, value", [
    ("Published June 28 2013 1102 AM Amuda (AFP) - Fighters opened fire", "2013-06-28T11:02"),
    ("Monday 26 February 2018 - 0700 Beirut - A child was killed", "2018-02-26T07:00"),
    ("The raids hit the village around 1130 am on Monday", "2018-02-26T11:30"),
    ("Last updated at 1810 GMT", "2018-02-26T18:10"),
])
def test_a_clock_time_whose_colon_was_lost_is_a_time_not_a_number(text, value):
    assert [t.value for t in find_timexes(text, date(2018, 2, 26)) if t.kind == "TIME"] == [value]


@pytest.mark.parametrize("text", ["The strikes killed 1500 people.", "About 1200 fighters joined.", "Clashes in 2013 killed 40."])
def test_a_count_or_a_year_is_no_clock_time(text):
    assert not [t for t in find_timexes(text, date(2018, 2, 26)) if t.kind == "TIME"]


def test_a_toll_in_hours_of_fighting_is_the_hours_up_to_the_anchor():
    from counterclaim.analyze.timex import find_timexes

    (t,) = [t for t in find_timexes("At least 30 fighters were killed in 48 hours of clashes.", date(2017, 8, 8)) if t.kind == "DURATION"]
    assert (t.span.start, t.span.end) == (date(2017, 8, 6), date(2017, 8, 8))


def test_a_byline_s_date_is_the_dateline_but_an_event_s_date_is_not():
    from counterclaim.analyze.timex import find_dateline

    assert find_dateline("Rockets hit Latakia\n\nPosted By Jane Doe on March 3 2016 Rockets hit the city.")[0] == date(2016, 3, 3)
    assert find_dateline("Rockets hit Latakia\n\nThe attack on March 3 2016 killed five.") is None


@pytest.mark.parametrize("text", ["Shells landed near the bakery and April 7th Street.", "Thousands gathered in the March 8 Square on Friday."])
def test_a_date_that_names_a_street_or_square_is_no_date(text):
    assert [t.text for t in find_timexes(text, date(2016, 11, 7)) if t.kind == "DATE" and t.text.startswith(("April", "March"))] == []
