"""What the analyzer knows about one article while it reads it.

:class:`ArticleContext` holds the parsed document with its resolved time expressions,
places, event terms and people, and answers the questions the incident and claim
readers share: which dates and places a sentence mentions, which place or date was last
mentioned before a point, and which place the article is mainly about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable

from spacy.tokens import Doc, Span, Token

from ..records import DateSpan, Place, Timex
from . import lexicon
from .actors import FORCE_NOUNS, a_city_before_its_event
from .attribution import (
    STATEMENT,
    Attribution,
    find_attributions,
    named_as_subject,
    of_the_outlet_state,
    people_named,
    resolve_pronouns,
)
from .doccache import doc_text
from .furniture import keyword_runs, opening_dateline, photo_captions
from .timex import FILED_FROM_CITY, SLASHED_AGENCY, WIRE_AGENCY

LEVEL_RANK = {"neighbourhood": 0, "district": 1, "city": 2, "province": 3, "country": 4, "region": 5}


@dataclass(frozen=True)
class TermMatch:
    """An event-lexicon term found in the text (token span)."""

    term: lexicon.EventTerm
    start: int
    end: int


@lru_cache(maxsize=1)
def _term_index() -> dict[str, list[lexicon.EventTerm]]:
    index: dict[str, list[lexicon.EventTerm]] = {}
    for term in lexicon.load().events:
        index.setdefault(term.lemmas[0], []).append(term)
    for terms in index.values():
        terms.sort(key=lambda t: -len(t.lemmas))
    return index


def _word_forms(tok) -> set[str]:
    """The forms a token may match a lexicon term by: its lemma and its lower case, and for a
    plural the tagger took for a name ("Airstrikes killed 40" opening a sentence, "Warplanes
    Pound Idlib" in a headline: proper nouns keep their plural as lemma) its singular."""
    forms = {tok.lemma_.lower(), tok.lower_}
    low = tok.lower_
    if tok.pos_ == "PROPN" and len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
        forms.add(low[:-1])
        if low.endswith("es"):
            forms.add(low[:-2])
    return forms


def _figurative(tok: Token, term: lexicon.EventTerm) -> bool:
    """The verb is used of no act of war, as its object shows: "struck a deal", "attacked his
    predecessor", "a deal was struck" (the term's figurative_objects in data/events.jsonl)."""
    if not term.figurative_objects or tok.pos_ not in ("VERB", "AUX"):
        return False
    objects = (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
    return any(c.lemma_.lower() in term.figurative_objects or c.lower_ in term.figurative_objects for c in objects)


def _literal(tok: Token, term: lexicon.EventTerm) -> bool:
    """A word that names a weapon only on some verbs is on one of them ("a helicopter dropped two
    barrels", "a second barrel had fallen on the village", "barrels loaded with chlorine hit the
    town"; the term's literal_heads in data/events.jsonl), and not said of oil ("oil at $50 a barrel":
    the term's figurative_objects, here its modifiers)."""
    if not term.literal_heads:
        return True
    if any(c.lemma_.lower() in term.figurative_objects for c in tok.children):
        return False
    head = tok.head
    if head.dep_ == "acl" and head.head.i == tok.i:
        return False  # (its own clause: "barrels loaded with chlorine" says what they held)
    if tok.dep_ == "pobj" and head.lower_ == "with":
        head = head.head  # "struck the town with barrels"
    return tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and head.lemma_.lower() in term.literal_heads


def _modifies_no_weapon(tok: Token, term: lexicon.EventTerm) -> bool:
    """The term only qualifies a noun that is no weapon and no attack: "specialists in
    radiation, chemical and biological protection", "chemical weapons experts" (the term's
    figurative_heads in data/events.jsonl)."""
    if not term.figurative_heads or tok.dep_ not in ("amod", "compound", "conj"):
        return False
    head = tok.head
    while head.dep_ in ("amod", "compound", "conj") and head.head.i > head.i:
        head = head.head  # "radiation, chemical and biological protection"
    return head.i > tok.i and head.lemma_.lower() in term.figurative_heads


def find_terms(doc: Doc) -> list[TermMatch]:
    """Event triggers and means in the document, longest match first, no overlaps."""
    index = _term_index()
    forms = [_word_forms(t) for t in doc]
    out: list[TermMatch] = []
    i = 0
    while i < len(doc):
        matched = None
        for key in sorted(forms[i]):  # sorted: the same match whatever the hash seed
            for term in index.get(key, ()):
                n = len(term.lemmas)
                if i + n > len(doc):
                    continue
                if term.pos and doc[i + n - 1].pos_ != term.pos:
                    continue
                if term.plural_only and not doc[i + n - 1].lower_.endswith("s"):
                    continue
                if all(w in forms[i + k] for k, w in enumerate(term.lemmas)):
                    if matched is None or n > len(matched.lemmas):
                        matched = term
        if matched:
            last = doc[i + len(matched.lemmas) - 1]
            if matched.role != "ignore" and not _figurative(last, matched) and _literal(last, matched) and not _modifies_no_weapon(last, matched):
                out.append(TermMatch(matched, i, i + len(matched.lemmas)))
            i += len(matched.lemmas)
        else:
            i += 1
    return out


def place_rank(place: Place) -> int:
    return LEVEL_RANK.get(place.level or "city", 2)


ROUTE_WORDS = ("road", "highway", "motorway", "route", "corridor")
_ROUTE_AFTER = re.compile(r"\s*[-–]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:" + "|".join(ROUTE_WORDS) + r")\b")
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")
_ROUTE_WORD_NEXT = re.compile(r"\s+(?:" + "|".join(ROUTE_WORDS) + r")\b")
_ROUTE_TO = re.compile(r"\b(?:" + "|".join(ROUTE_WORDS) + r")\s+(?:to|from|linking|towards|toward)\s+(?:the\s+)?(?:(?:city|town) of\s+)?$", re.I)


def end_of_a_route(text: str, place: Place) -> bool:
    """The place is an end of a road named after the towns it joins ("the Hama-Mhardeh
    road", "the Damascus-Aleppo highway") or where a road leads ("the road to Aleppo"): the
    road, not the town, is where things happen."""
    if place.start is None or place.end is None:
        return False
    if _ROUTE_TO.search(text[max(0, place.start - 40) : place.start]):
        return True  # "a checkpoint on the road to Aleppo": where the road goes, not where it happened
    after = text[place.end : place.end + 40]
    if _ROUTE_AFTER.match(after):
        return True
    return bool(_ROUTE_BEFORE.search(text[max(0, place.start - 30) : place.start])) and bool(_ROUTE_WORD_NEXT.match(after))


# what sits in a capital for its state: "the government in Damascus", "the regime in Damascus"
SEATS_OF_POWER = frozenset({"government", "regime", "authority", "leadership", "administration", "kremlin"})
# A wire dateline at the head of a line near the top: the city in capitals, what follows it
# (", Ky.", ", 20 June 2016", ", Sept 20"), the agency in brackets, then a dash or colon.
# The city in capitals, or in any case when the agency's name in brackets follows it ("Beirut
# (AFP) - Dec 5, 2015 -"): without either, a mixed-case city before a dash is too often a
# headline ("Aleppo - ..."). The city and agency parts are timex's, as for the other readers.
# "BEIRUT (Reuters) -", "QAMISHLI, Syrian Kurdistan -", "Beirut, Lebanon (AFP) -", and a city
# with the outlet's name, as Arabic papers and agencies write it ("Erbil, Asharq Al-Awsat -")
WIRE_DATELINE = re.compile(
    # (after the day and hour some agencies put first: "2014-11-26 | 11:42 | Beirut (dpa) -")
    rf"(?m)^[ \t]*(?:\d[\d:./\-]*[ \t]*\|[ \t]*){{0,3}}(?:(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{0,3}})(?:,[^\n()—–-]{{1,40}}?)?[ \t]*(?:{WIRE_AGENCY})?"
    rf"|(?P<named>{FILED_FROM_CITY})(?:,[^\n()—–-]{{1,40}}?)?[ \t]*{WIRE_AGENCY}"
    rf"|(?P<outlet_city>{FILED_FROM_CITY}),[ \t]+[A-Z][\w'’.]*(?:[ \-][A-Z][\w'’.]*){{0,4}}(?=[ \t]*[-–—]{{1,2}}[ \t]))[ \t]*[-–—:]"
)
# the same run into the line of a title before it ("<title> Friday 8 Jun 2018 Beirut (AFP) - A car
# bomb ..."): a city and an agency in brackets, then a dash
# (a day may stand between: "DAMASCUS May 27 (Reuters) -", "MOSCOW, Sept. 17, 2016 (Reuters) -")
# (or, after a title's full stop, a city and the outlet's name, as SANA writes it: "... on
# Qatana area. Damascus, SANA - Israeli warplanes ...")
WIRE_DATELINE_IN_LINE = re.compile(
    rf"(?<![\w'’.\-])(?P<named>{FILED_FROM_CITY})(?:,?[ \t]+[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)?[ \t]*{WIRE_AGENCY}[ \t]*[-–—]"
    rf"|(?<=[.!?] )(?P<outlet_city>{FILED_FROM_CITY}),[ \t]+[A-Z][\w'’.]*(?:[ \-][A-Z][\w'’.]*){{0,3}}[ \t]+[-–—]{{1,2}}(?=[ \t])"
)
_AFTER_DATELINE = re.compile(rf"(?:[\s\-–—:]|{WIRE_AGENCY}|{SLASHED_AGENCY})*")  # " - ", " (AFP) - ", " /TASS/. "
_SEPARATORS = re.compile(r"[\s|\-–—•]*")  # marks that open no one's words
WIRE_DATELINE_REACH = 600  # characters from the top of the text
CAPITAL_DASH = re.compile(r"(?<![\w'’.\-])(?P<city>[A-Z]{4,}(?: [A-Z]{4,})?)[ \t]+[-–—]{1,2}[ \t]+[A-Z]")


def find_wire_dateline(head: str) -> re.Match | None:
    """The wire dateline in the top of a text (its first WIRE_DATELINE_REACH characters)."""
    m = WIRE_DATELINE.search(head, 0, WIRE_DATELINE_REACH)
    if m is None:
        m = WIRE_DATELINE_IN_LINE.search(head, 0, WIRE_DATELINE_REACH)
        if m is not None and (m["named"] or "").endswith("."):
            return None  # "... airstrike in Syria. (presstv) -": a sentence's end and a credit, no city
    # (a dash run into a word is a compound's, not a dateline's: "US-led coalition aircraft")
    return m if m and not head[m.end() : m.end() + 1].isalnum() else None


def wire_dateline_range(head: str) -> tuple[int, int] | None:
    """The character range of the wire dateline in the top of a text, from its city to the
    first word after it (its agency and dash included)."""
    m = find_wire_dateline(head)
    return (_city_start(m), _AFTER_DATELINE.match(head, m.end()).end()) if m else None


def _city_start(wire: re.Match) -> int:
    for name in ("city", "named", "outlet_city"):
        if wire.groupdict().get(name) is not None:
            return wire.start(name)
    return wire.start()


def _in_runs(char: int, runs: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in runs)


def _without_runs(doc: Doc, runs: list[tuple[int, int]]) -> list[Span]:
    """The document's sentences with the keyword lists run into them cut out: the words
    before a list and the words after it are sentences of their own, and a sentence that is
    all keywords is left out."""
    if not runs:
        return list(doc.sents)
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if _in_runs(tok.idx, runs):
                if start < tok.i:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(sent if start == sent.start else doc[start : sent.end])
    return out


@dataclass
class ArticleContext:
    """A parsed article with everything resolved once."""

    doc: Doc
    article_id: str
    published: date | None
    outlet: str | None
    timexes: list[Timex]
    places: list[Place]
    terms: list[TermMatch]
    people: dict[str, str] = field(default_factory=dict)
    claims_from_anyone: bool = False  # a typed statement: any speaker, not only parties
    _attributions: dict[int, list[Attribution]] = field(default_factory=dict)
    _dateline: tuple = ()  # the dateline's (date, start, end); () when there is none
    _wire: re.Match | bool | None = None  # the wire dateline once looked for; False when there is none
    sentences: list[Span] = field(default_factory=list)  # the text's sentences, page furniture left out
    _lead: int | None = None  # the first token of the sentence after a dateline that opens the text
    _dateline_timexes: list[Timex] = field(default_factory=list)  # that dateline's dates

    def __post_init__(self) -> None:
        if not self.people:
            self.people = people_named(self.doc)
        runs = keyword_runs(self.doc) + photo_captions(self.doc)
        self._dateline, dateline = opening_dateline(self.doc)
        self.sentences = _without_runs(self.doc, runs + [dateline] if dateline else runs)
        if dateline:
            self._lead = next((x.start for x in self.sentences if x.start_char >= dateline[1]), None)
            self._dateline_timexes = [t for t in self.timexes if dateline[0] <= t.start < dateline[1]]
        if runs:
            self.places = [p for p in self.places if p.start is None or not _in_runs(p.start, runs)]
            self.timexes = [t for t in self.timexes if not _in_runs(t.start, runs)]
            self.terms = [m for m in self.terms if not _in_runs(self.doc[m.start].idx, runs)]
        last = None
        named: list = []  # the speakers named so far, for "the army said"
        filed_in = self._filed_in_a_capital()
        body = None  # an organisation named since as a sentence's subject, for "It said"
        for sent in self.sentences:
            # statements only: what someone believes, asks, promises, praises or speaks about
            # (the other kinds of attribution.KINDS) is not a claim that something is so
            every = list(find_attributions(sent, self.people))
            said = [of_the_outlet_state(a, self.outlet, filed_in) for a in every if a.kind == STATEMENT]
            before = body if body is not None and any(a.speaker.text.lower() == "it" for a in said) else last
            found, last = resolve_pronouns(said, before, named)
            self._attributions[sent.start] = found
            # ("The Turkish military struck ... The army said": the army named before; "Ministry
            # spokesman Jihad Makdissi held a press conference ... Makdissi said": his ministry's)
            subject = named_as_subject(sent, self.people, self.outlet, filed_in) if not every else None
            if subject is not None:
                named.append(subject)
            organisation = subject if subject is not None and subject.person is None else None
            body = (organisation or body) if not every else None
        self.places = [p for p in self.places if not self._not_a_scene(p)]

    @property
    def text(self) -> str:
        """The article's text (the Doc's, joined once)."""
        return doc_text(self.doc)

    def _not_a_scene(self, place: Place) -> bool:
        """A place named only as a speaker or a label: "Moscow said", "the Britain-based monitor", "US-led"."""
        if place.start is None or place.end is None:
            return False
        after = self.text[place.end : place.end + 12].lower()
        # (and "a Turkey-controlled town": who holds it; the town is the scene)
        if after.startswith(("-based", " based", "-led", "-backed", "-born", "-made", "-funded", "-supplied", "-controlled", "-held", "-run", "-allied", "-aligned", "-sponsored")):
            return True
        for atts in self._attributions.values():
            for a in atts:
                # the phrase naming the speaker: "Moscow said", or "Moscow, which said" (ref_*)
                start, end = (a.speaker.ref_start, a.speaker.ref_end) if a.speaker.ref_start is not None else (a.speaker.start, a.speaker.end)
                if start <= place.start and place.end <= end and end - start <= len(place.name) + 4:
                    return True  # the place is the speaker itself (metonymy)
        return self._names_a_party(place)

    def _names_a_party(self, place: Place) -> bool:
        """A country or capital standing for its government: "US officials believe",
        "Moscow denied", "Russia's jets" (but "strikes on Damascus" is a scene)."""
        lex = lexicon.load()
        if place.level != "country" and (place.name or "").lower() not in lex.actor_aliases:
            return False
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or a_city_before_its_event(span):
            return False  # (and "the Damascus bombings": where they happened)
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "brokered by the US and Russia": as the first of the pair
        if tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ == "by"):
            return True  # "Moscow denied", "a truce brokered by the US"
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in SEATS_OF_POWER:
            return True  # "the government in Damascus rejected": the seat of a government, not a scene
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in lex.stance.get("party_nouns", ()):
            return True  # "triggering criticism from Moscow", "pressure from Ankara"
        if tok.i + 2 < len(self.doc) and tok.nbor(1).lower_ == "to" and tok.nbor(2).tag_ == "VB":
            return True  # "leading Damascus to bomb"
        possessive = tok.i + 1 < len(self.doc) and tok.nbor(1).tag_ == "POS"
        if tok.dep_ in ("poss", "compound", "amod", "nmod") or possessive:
            head = tok.head
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "a US Predator drone"
            lemma = head.lemma_.lower()
            # "US officials", "Russia's jets", "Damascus promises of a truce"; "U.S. President
            # Barack Obama": a role between the country and the name it modifies
            between = {t.lemma_.lower() for t in self.doc[tok.i + 1 : head.i]} if head.i > tok.i else set()
            return lemma in lex.roles or lemma in FORCE_NOUNS or lemma in lex.stance.get("party_nouns", ()) or bool(between & lex.roles)
        return False

    def attributions_in(self, sent: Span) -> list[Attribution]:
        """Who-said-what in a sentence (computed once; "he" resolved to the last speaker)."""
        return self._attributions.get(sent.start, [])

    def is_display(self, sent: Span) -> bool:
        """Headline, standfirst, caption or dateline: a line without a closing full stop."""
        text = self.text
        end = text.find("\n", sent.start_char)
        line_end = len(text) if end < 0 else end
        line = text[text.rfind("\n", 0, sent.start_char) + 1 : line_end].rstrip()
        return not line.endswith((".", "!", "?", "\"", "\u201d", "'", "\u2019", ".)"))

    def is_dateline(self, timex: Timex) -> bool:
        """The time expression is the article's dateline: its publication date, not an event's
        ("Published 3 March 2016", "BEIRUT, Sept 20 (Reuters) -")."""
        if self._dateline and timex.start < self._dateline[2] and self._dateline[1] < timex.end:
            return True
        wire = self._wire_dateline()
        return wire is not None and wire.start() <= timex.start < wire.end()

    def opening_end(self) -> int:
        """Where the text's opening ends: its first sentence, or the dateline inside it (a
        headline run into its dateline and lead when the text has no line breaks)."""
        first_end = self.sentences[0].end_char if self.sentences else 0
        starts = [self._dateline[1]] if self._dateline else []
        wire = self._wire_dateline()
        if wire is not None:
            starts.append(wire.start())
        return min([s for s in starts if 0 < s < first_end] or [first_end])

    def past_dateline(self, lo: int, hi: int) -> int:
        """Where a quote spanning ``lo``..``hi`` may begin: past the dateline when it is run
        into it ("... neighborhoods Damascus, SANA - 13/11/2017 - A source at ... said"),
        or past a wire dateline the quote opens with, else ``lo``. A dateline is never part of
        what someone said, nor of who said it."""
        wire = self._wire_dateline()
        if wire is not None and lo <= _city_start(wire) and not self.text[lo : _city_start(wire)].strip():
            # "MOSCOW, September 5 (RIA Novosti) - Russian aircraft have not ..., X said"
            return _AFTER_DATELINE.match(self.text, wire.end()).end()
        if not self._dateline:
            return _SEPARATORS.match(self.text, lo).end()
        _, start, end = self._dateline
        if not lo <= start < end <= hi:
            return _SEPARATORS.match(self.text, lo).end()  # ("14:05 | Militants shelled": the bar left after a dateline)
        return _AFTER_DATELINE.match(self.text, end).end()

    def _filed_in_a_capital(self) -> str | None:
        """The country whose capital the story was filed from ("DAMASCUS (Reuters) -"), when
        its state is a party: the actor key."""
        from .places import Gazetteer

        wire = self._wire_dateline()
        city = next((wire[g] for g in ("city", "named", "outlet_city") if wire is not None and wire.groupdict().get(g)), None)
        if city is None:
            # (a capital in capitals and a dash, run into the line of a title: "... operation. ANKARA - Islamic State")
            bare = CAPITAL_DASH.search(self.text[:WIRE_DATELINE_REACH])
            city = bare["city"] if bare else None
        place = Gazetteer.default().resolve(city.title()) if city else None
        if place is None or place.level != "city" or place.country not in lexicon.load().actor_names:
            return None
        return place.country if Gazetteer.default().is_capital(place) else None

    def _wire_dateline(self) -> re.Match | None:
        if self._wire is None:
            self._wire = find_wire_dateline(self.text[:WIRE_DATELINE_REACH + 1]) or False
        return self._wire or None

    def in_wire_dateline(self, place: Place) -> bool:
        """The place is told in a wire dateline ("BEIRUT (Reuters) -", "GEORGETOWN, Ky.
        (WKYT) -"): where the reporter files from, not the scene of the sentence after it."""
        return self._in_agency_dateline(place) or self._colon_dateline(place)

    def _in_agency_dateline(self, place: Place) -> bool:
        return place.start is not None and self.in_wire_dateline_at(place.start)

    def in_wire_dateline_at(self, char: int) -> bool:
        """The character lies in the wire dateline ("Damascus, SANA -", "BEIRUT (Reuters) -")."""
        wire = self._wire_dateline()
        return wire is not None and _city_start(wire) <= char < wire.end()

    def _colon_dateline(self, place: Place) -> bool:
        """"Dubai: A wave of suicide bombings ... in Sweida": a city opening a line of the top of
        the text with a colon, outside the country the story is told in, is where it was filed
        from (as Gulf papers write it); "Aleppo: four civilians were killed" in a roundup is a scene."""
        if place.start is None or place.end is None or place.start > WIRE_DATELINE_REACH or place.level not in ("city", "neighbourhood"):
            return False
        text = self.text
        if text[text.rfind("\n", 0, place.start) + 1 : place.start].strip() or not re.match(r":[ \t]+[A-Z]", text[place.end : place.end + 4]):
            return False
        main = self.main_place()
        return main is not None and bool(place.country) and bool(main.country) and place.country != main.country

    def timexes_in(self, span: Span) -> list[Timex]:
        return [t for t in self.timexes if span.start_char <= t.start < span.end_char]

    def dateline_before(self, sent: Span) -> list[Timex]:
        """The dates of the dateline that opens the text, for the sentence right after it
        (the lead), else none: what the lead tells without a date happened by that day."""
        return self._dateline_timexes if self._lead is not None and sent.start == self._lead else []

    def places_in(self, span: Span) -> list[Place]:
        return [p for p in self.places if p.start is not None and span.start_char <= p.start < span.end_char]

    def terms_in(self, span: Span) -> list[TermMatch]:
        return [m for m in self.terms if span.start <= m.start < span.end]

    def last_place_before(self, char: int, max_level: int = 2, skip: Callable[[Place], bool] | None = None) -> Place | None:
        """The last place of city level or finer mentioned before a point ("the city"), but
        an end of a road named after its towns and any place ``skip`` says is no scene."""
        for p in reversed(self.places):
            if p.start is not None and p.start < char and place_rank(p) <= max_level and p.country and not self.in_wire_dateline(p) \
                    and not end_of_a_route(self.text, p) and not (skip is not None and skip(p)):
                return p
        return None

    def last_date_before(self, char: int, within: int = 600) -> DateSpan | None:
        """The last calendar date mentioned shortly before a point, if any."""
        for t in reversed(self.timexes):
            if t.start < char and t.span is not None and t.kind in ("DATE", "TIME") and char - t.start <= within and t.span.days <= 2:
                return t.span
        return None

    def main_place(self) -> Place | None:
        """The place the article is mainly about: in the most mentioned country, the most
        mentioned province (on a tie, the one named first), its most mentioned city, else the
        province; with no province known, the most mentioned place."""
        # (not where the reporter files from, "BEIRUT (Reuters) -", unless no other place is told)
        resolved = [p for p in self.places if p.country and not self._in_agency_dateline(p)] or [p for p in self.places if p.country]
        if not resolved:
            return None
        # inside the country with most places named in it, then with its name most told (a
        # country's name often stands for its government, so it only breaks ties): "Yet in
        # Moscow, the foreign ministry said" does not move a story about Khan Sheikhoun, Syria
        score = {c: (0, 0) for c in dict.fromkeys(p.country for p in resolved)}  # in order of first mention
        for p in resolved:
            finer, named = score[p.country]
            score[p.country] = (finer + (place_rank(p) <= 3), named + (place_rank(p) > 3))
        top_country = max(score, key=score.__getitem__)  # the first on a tie
        resolved = [p for p in resolved if p.country == top_country]
        # the most mentioned province (its cities and the province itself), then its most
        # mentioned city, else the province itself
        provinces = Counter(p.admin1 for p in resolved if p.admin1 and place_rank(p) <= 3)
        if provinces:
            most = max(provinces.values())
            # on a tie, the province named first
            top = next(p.admin1 for p in resolved if p.admin1 and provinces.get(p.admin1) == most and place_rank(p) <= 3)
            inside = [p for p in resolved if p.admin1 == top and place_rank(p) <= 2]
            if inside:
                counts = Counter((p.city or p.resolved or p.name) for p in inside)
                best = counts.most_common(1)[0][0]
                return next(p for p in inside if (p.city or p.resolved or p.name) == best)
            return next(p for p in resolved if p.admin1 == top)
        for max_rank in (2, 3, 4):
            cands = [p for p in resolved if place_rank(p) <= max_rank]
            if cands:
                counts = Counter((p.city or p.resolved or p.name) for p in cands)
                best = counts.most_common(1)[0][0]
                first = next(p for p in cands if (p.city or p.resolved or p.name) == best)
                return first
        return None

    def quote(self, start: int, end: int) -> str:
        return self.text[start:end]
