"""The core records of counterclaim (see DESIGN.md, "Core records").

Every stage hands these plain, frozen dataclasses to the next one: ingest produces an
:class:`Article`, analyze produces :class:`Report` and :class:`Claim` records, fuse
produces :class:`Incident` records and check produces a :class:`Check`. Nothing here
knows about spaCy or SQL. ``as_dict()`` gives a JSON-ready dict (dates as ISO strings).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

EVENT_TYPES = (
    "air_strike",
    "shelling",
    "explosive",
    "suicide_bomb",
    "chemical",
    "armed_clash",
    "attack",
    "abduction",
    "other",
)
# event types that describe one kind of event when one event is told twice ("a bomb",
# "a suicide bomber"): reports of them may merge, and a claim about one covers the other
SAME_KIND = (frozenset({"explosive", "suicide_bomb"}),)


def same_kind(a: str, b: str) -> bool:
    """True when two event types are the same, or of one kind (SAME_KIND)."""
    return a == b or any({a, b} <= kind for kind in SAME_KIND)


ATTRIBUTIONS = ("stated", "claimed", "alleged", "uncertain", "unknown")
STANCES = ("asserts", "denies")
VERDICTS = ("contradicted", "disputed", "supported", "unverified")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _AsDict:
    def as_dict(self) -> dict[str, Any]:
        """This record as a JSON-ready dict (nested records too, dates as ISO strings)."""
        return _plain(self)


@dataclass(frozen=True)
class DateSpan(_AsDict):
    """A span of calendar days, both ends included, with the phrase it came from."""

    start: date
    end: date
    text: str = ""

    def overlaps(self, other: "DateSpan", slack_days: int = 0) -> bool:
        """True when the two spans share a day (or come within ``slack_days`` of it)."""
        return (self.start - other.end).days <= slack_days and (other.start - self.end).days <= slack_days

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Timex(_AsDict):
    """A time expression found in text, resolved against a reference date.

    ``kind`` is TimeML's type (DATE, TIME, DURATION, SET); ``value`` its TimeML value
    ("2016-11-16", "2016-11", "P28D", "PRESENT_REF", ...); ``span`` the calendar days it
    covers when it denotes days (a duration counted back from the anchor included).
    """

    start: int
    end: int
    text: str
    kind: str
    value: str
    span: DateSpan | None = None


@dataclass(frozen=True)
class Place(_AsDict):
    """A place as written in the text and as resolved in the gazetteer."""

    name: str
    resolved: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    level: str | None = None  # neighbourhood, city, district, province, country
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None  # province / governorate name
    parent: str | None = None  # the city a neighbourhood lies in
    start: int | None = None
    end: int | None = None
    near: bool = False  # told as "near X", "outside X": X's surroundings, not X itself

    @property
    def key(self) -> str:
        """A stable identifier: GeoNames id, or the resolved name."""
        if self.geonameid:
            return f"gn:{self.geonameid}"
        return f"name:{(self.resolved or self.name).lower()}"

    @property
    def city(self) -> str | None:
        """The city (or the place itself) used for containment checks."""
        if self.level in ("neighbourhood", "district") and self.parent:
            return self.parent
        return self.resolved or self.name


@dataclass(frozen=True)
class Range(_AsDict):
    """A count kept as a range with its words: "at least five" is Range(5, None)."""

    low: int | None
    high: int | None
    text: str = ""

    @property
    def best(self) -> int | None:
        """The conservative point estimate: the low end, else the high end."""
        return self.low if self.low is not None else self.high


@dataclass(frozen=True)
class Toll(_AsDict):
    """One death toll an article tells for an incident, with the sources it credits it to
    (none: the outlet's own). A report keeps them all; its ``killed`` is the one it leads with."""

    killed: Range
    sources: tuple[str, ...] = ()
    # the sentence that tells it (character offsets in the article text, and its words)
    start: int | None = None
    end: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Report(_AsDict):
    """One article's account of one incident."""

    article_id: str
    start: int
    end: int
    quote: str
    event_type: str
    when: DateSpan | None = None
    where: Place | None = None
    means: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()  # actor keys, in the order the article tells them as doers
    attribution: str = "unknown"
    killed: Range | None = None
    injured: Range | None = None
    victims: tuple[tuple[str, int], ...] = ()  # ("children", 5), ("rescue_workers", 1)
    sources: tuple[str, ...] = ()
    trigger: str = ""
    inferred: bool = False  # perpetrators inferred (from the means or whose territory was hit), not told
    tolls: tuple[Toll, ...] = ()  # every toll told for it in the article, with its sources
    party_dead: tuple[tuple[str, int], ...] = ()  # fighters of one side among the dead: ("ISIS", 23), ("SDF", 26)

    def all_tolls(self) -> tuple[Toll, ...]:
        """Every toll told, with its sources and the sentence that tells it (a report stored
        without them: its own figure; a toll stored without its sentence: the report's)."""
        if self.tolls:
            return tuple(t if t.quote is not None else replace(t, start=self.start, end=self.end, quote=self.quote) for t in self.tolls)
        return (Toll(self.killed, self.sources, self.start, self.end, self.quote),) if self.killed is not None else ()


@dataclass(frozen=True)
class Scope(_AsDict):
    """What a claim is about: event type, place, window, the party concerned, a figure."""

    event_type: str | None = None
    place: Place | None = None
    window: DateSpan | None = None
    actor: str | None = None
    killed: Range | None = None
    also: tuple[str, ...] = ()  # the other parties it names with the actor ("Russian and Syrian warplanes")
    spared: str | None = None  # the dead it says there were none of ("killed only militants", "no civilians were harmed"): "civilians"; ("only material damage"): "people"
    dead: str | None = None  # whom its figure counts, when it says: "civilians" ("12 civilians were killed") or "combatants" ("killed 30 terrorists")
    dead_party: str | None = None  # the side its dead fighters were of, when it names one: "killed 57 ISIS mercenaries" -> "ISIS"


@dataclass(frozen=True)
class Claim(_AsDict):
    """An attributed statement with its stance and scope."""

    article_id: str
    start: int
    end: int
    quote: str
    stance: str  # asserts | denies
    scope: Scope
    speaker: str | None = None
    speaker_org: str | None = None
    actor: str | None = None  # party speaking (actor key)
    said_on: date | None = None
    cue: str = ""
    sentence: str = ""

    @property
    def id(self) -> str:
        return f"{self.article_id[:12]}:{self.start}"


@dataclass(frozen=True)
class SourceFigure(_AsDict):
    """One source's own figure for an incident, never overwritten by another's: the article
    and outlet that tell it, the quote of their report, and whom they credit it to."""

    article_id: str
    outlet: str | None
    killed: Range | None
    quote: str  # the sentence that tells the figure
    credited_to: tuple[str, ...] = ()  # the sources the article cites for it (none: its own)
    start: int | None = None  # the quote's character offsets in the article text
    end: int | None = None


@dataclass
class Incident(_AsDict):
    """One real event fused from the reports of several articles."""

    id: str
    event_type: str
    when: DateSpan | None
    where: Place | None
    perpetrators: tuple[str, ...]
    attribution: str
    killed_best: int | None
    killed_low: int | None
    killed_high: int | None
    figures: list[SourceFigure]
    reports: list[Report]
    n_sources: int
    n_outlets: int
    grade: str


@dataclass
class Coverage(_AsDict):
    """How well a claim's scope was reported on: the articles and outlets covering it."""

    articles: int
    outlets: int
    article_ids: list[str] = field(default_factory=list)
    outlet_names: list[str] = field(default_factory=list)


@dataclass
class Evidence(_AsDict):
    """One piece of evidence behind a verdict: a report (or another party's claim) with its quote and source."""

    article_id: str
    quote: str
    date: str | None
    place: str | None
    event_type: str
    perpetrators: list[str]
    attribution: str
    killed: int | None
    outlet: str | None
    incident_id: str | None = None
    start: int | None = None  # the quote's character offsets in the article text
    end: int | None = None
    kind: str = "report"  # report (an incident report) | counterclaim (another party's claim that says otherwise)


@dataclass
class Check(_AsDict):
    """A verdict on one claim, with its evidence, coverage and explanation."""

    claim: Claim
    verdict: str
    evidence: list[Evidence]
    coverage: Coverage
    explanation: str


@dataclass(frozen=True)
class Article(_AsDict):
    """A clean article: id is the SHA-256 of its text."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_from: str | None = None  # metadata, html, dateline, filename, none
    language: str = "en"
    source: str | None = None  # path or "stdin" or "path:line"


@dataclass
class Analysis(_AsDict):
    """What the analyzer found in one article."""

    article_id: str
    reports: list[Report]
    claims: list[Claim]
    places: list[Place] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)


# ---------------------------------------------------------------------------- from dicts
# The ledger stores records as JSON (``as_dict``); these rebuild them.


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def span_from_dict(d: dict | None) -> DateSpan | None:
    """A DateSpan from its ``as_dict`` form (or None)."""
    return DateSpan(_d(d["start"]), _d(d["end"]), d.get("text", "")) if d else None


def place_from_dict(d: dict | None) -> Place | None:
    """A Place from its ``as_dict`` form (or None)."""
    return Place(**d) if d else None


def range_from_dict(d: dict | None) -> Range | None:
    """A Range from its ``as_dict`` form (or None)."""
    return Range(d.get("low"), d.get("high"), d.get("text", "")) if d else None


def report_from_dict(d: dict) -> Report:
    """A Report from its ``as_dict`` form."""
    return Report(
        article_id=d["article_id"],
        start=d["start"],
        end=d["end"],
        quote=d["quote"],
        event_type=d["event_type"],
        when=span_from_dict(d.get("when")),
        where=place_from_dict(d.get("where")),
        means=tuple(d.get("means") or ()),
        perpetrators=tuple(d.get("perpetrators") or ()),
        attribution=d.get("attribution", "unknown"),
        killed=range_from_dict(d.get("killed")),
        injured=range_from_dict(d.get("injured")),
        victims=tuple((k, v) for k, v in (d.get("victims") or ())),
        sources=tuple(d.get("sources") or ()),
        trigger=d.get("trigger", ""),
        inferred=bool(d.get("inferred", False)),
        tolls=tuple(
            Toll(range_from_dict(t["killed"]), tuple(t.get("sources") or ()), t.get("start"), t.get("end"), t.get("quote"))
            for t in (d.get("tolls") or ()) if t.get("killed")
        ),
        party_dead=tuple((k, v) for k, v in (d.get("party_dead") or ())),
    )


def claim_from_dict(d: dict) -> Claim:
    """A Claim from its ``as_dict`` form."""
    s = d.get("scope") or {}
    return Claim(
        article_id=d["article_id"],
        start=d["start"],
        end=d["end"],
        quote=d["quote"],
        stance=d["stance"],
        scope=Scope(
            event_type=s.get("event_type"),
            place=place_from_dict(s.get("place")),
            window=span_from_dict(s.get("window")),
            actor=s.get("actor"),
            killed=range_from_dict(s.get("killed")),
            also=tuple(s.get("also") or ()),
            spared=s.get("spared"),
            dead=s.get("dead"),
            dead_party=s.get("dead_party"),
        ),
        speaker=d.get("speaker"),
        speaker_org=d.get("speaker_org"),
        actor=d.get("actor"),
        said_on=_d(d.get("said_on")),
        cue=d.get("cue", ""),
        sentence=d.get("sentence", ""),
    )
