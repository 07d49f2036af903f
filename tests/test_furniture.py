"""Page furniture run into the text: keyword lists, photo captions and an opening dateline (sentences of our own)."""

from datetime import date

from counterclaim import analyze
from counterclaim.analyze import get_nlp
from counterclaim.analyze.furniture import find_dateline, keyword_runs, leading_dateline, photo_captions


def _runs(text):
    doc = get_nlp()(text)
    return [text[a:b] for a, b in keyword_runs(doc)]


def test_keyword_list_ends_where_the_sentence_opens():
    text = "Shelling hit the town, a monitor said. Tags Turkey Kobani shelling refugees At least nine people died in the village of Tel Hamid on Friday."
    assert _runs(text) == ["Tags Turkey Kobani shelling refugees "]


def test_keyword_list_ends_at_the_subject_of_the_first_verb():
    text = "Tags Lebanon Beirut Hezbollah Local doctors said the clinic was hit twice."
    runs = _runs(text)
    assert runs and runs[0].startswith("Tags Lebanon") and "doctors" not in runs[0]


def test_a_sentence_that_only_uses_the_word_is_left_alone():
    assert _runs("The price tags on the shelves were removed by the soldiers.") == []


def test_keywords_give_no_place_or_party():
    text = "Tags Turkey Homs airstrike At least nine civilians were killed in shelling on the village of Tel Hamid near Aleppo on Friday."
    reports = analyze(text, published=date(2016, 5, 7)).reports
    assert reports and all(r.where is None or r.where.name != "Homs" for r in reports)
    assert all("TR" not in r.perpetrators for r in reports)
    assert not reports[0].quote.startswith("Tags")


def test_opening_dateline_is_not_part_of_the_speaker():
    text = "Date of publication 4 May 2016 Local doctors said shelling killed seven civilians in the town of Tel Hamid on Tuesday."
    assert leading_dateline(text, (date(2016, 5, 4), 20, 30)) == (0, 30)
    reports = analyze(text).reports
    assert reports and all(not s.startswith("Date of") for r in reports for s in r.sources)


def test_a_city_and_a_dash_before_the_date_and_hour_open_a_dateline():
    text = "Rebels attack army posts\nBeirut - June 25 2017, 13:58 At least 11 soldiers were killed in clashes near the town of Jaba on Saturday."
    start = text.index("June")
    found = leading_dateline(text, (date(2017, 6, 25), start, start + len("June 25 2017")))
    assert found == (text.index("Beirut"), text.index("At least") - 1)
    r = analyze(text).reports[0]
    assert r.where.name == "Jaba" and r.killed.best == 11
    # words that are no city before the date leave it inside a sentence
    text = "the strikes on Aleppo - June 25 2017 was the worst day"
    assert leading_dateline(text, (date(2017, 6, 25), 17, 29)) is None


def test_a_part_of_the_dead_gives_way_to_the_whole():
    text = (
        "Patients from the attack on the town of Tel Hamid were taken to Turkey, three of which died in hospital. "
        "At least 40 people including 12 children died in the attack, which activists blamed on government jets."
    )
    reports = analyze(text, published=date(2016, 5, 7)).reports
    assert reports[0].killed.low == 40


def _captions(text):
    doc = get_nlp()(text)
    return [text[a:b] for a, b in photo_captions(doc)]


def test_a_caption_before_its_photo_credit_is_cut_out():
    text = (
        "Air strikes killed nine people in the town of Saraqeb on Wednesday. "
        "Smoke rises after an air strike in the town of Tel Hamid on May 2 2016. (Reuters Photo) "
        "Rescuers searched the rubble for survivors."
    )
    assert _captions(text) == ["Smoke rises after an air strike in the town of Tel Hamid on May 2 2016. (Reuters Photo)"]
    reports = analyze(text, published=date(2016, 5, 4)).reports
    assert [r.where.name for r in reports] == ["Saraqeb"]


def test_a_closing_credit_or_one_with_other_words_is_no_caption():
    assert _captions("Air strikes killed nine people in the town of Saraqeb on Wednesday. (AFP)") == []
    assert _captions("Air strikes killed nine people in Saraqeb. (With AFP and Reuters) Last update: Thursday.") == []
    assert _captions("BEIRUT (AFP) - Air strikes killed nine people in Saraqeb on Wednesday.") == []


def test_a_dateline_label_after_a_title_on_the_same_line_opens_the_dateline():
    # a flattened page: "<title> Published time: <date> <first sentence>"
    text = "Ministry denies strike Published time: 20 Jan 2016 11:42 The ministry said on Wednesday that its jets struck no village."
    found = find_dateline(text)
    start, end = leading_dateline(text, found)
    assert text[start:end] == "Published time: 20 Jan 2016 11:42"


def test_a_capitalised_dateline_label_without_its_colon_after_a_title_opens_the_dateline():
    text = "Monitor counts the dead in Raqqa strikes Published August 22 2017 Air strikes killed at least 27 civilians on Monday."
    start, end = leading_dateline(text, find_dateline(text))
    assert text[start:end] == "Published August 22 2017"
    # in a sentence, the word is no label
    text = "The ministry denies the report published August 22 2017 by the monitor."
    assert leading_dateline(text, find_dateline(text)) is None


def test_the_group_is_is_shown_to_the_model_as_a_name_not_the_verb():
    nlp = get_nlp()
    doc = nlp("The Kurdish militia said its fighters had killed 17 IS militants near the old city overnight.")
    (tok,) = [t for t in doc if t.text == "IS"]
    assert tok.norm_ == "isis" and tok.pos_ != "AUX" and tok.head.text == "militants"
    shouting = nlp("IT IS TIME TO END THE SIEGE OF ALEPPO\n\nRebels shelled the city on Monday.")
    assert [t.norm_ for t in shouting if t.text == "IS"] == ["is"]


def test_a_quote_runs_over_the_group_named_is():
    text = "BEIRUT, June 20 2017 (Reuters) - The SDF said its fighters had killed 17 IS militants who tried to counterattack in Raqqa overnight."
    (c,) = analyze(text).claims
    assert "17 IS militants who tried to counterattack" in c.quote
    assert c.scope.killed is not None and c.scope.killed.low == 17 and c.scope.dead == "combatants"
