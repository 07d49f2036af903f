"""The editable lexicons in ``counterclaim/data``, loaded once per process.

Each loader returns plain Python structures; the analyzer components build their
matchers from these. A malformed row raises :class:`DataError` with file and line.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ..errors import DataError

DATA = files("counterclaim") / "data"


def data_rows(name: str) -> list[dict]:
    """The rows of a JSON-lines data file, comment rows left out (a broken line is a DataError)."""
    rows = []
    for number, line in enumerate((DATA / name).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(f"[C301] {name} line {number}: {e.msg}") from None
        if "_comment" not in row:
            rows.append(row)
    return rows


def outlet_key(outlet: str | None) -> str:
    """An outlet name as the speaker lexicon keys it: "www.SANA.sy" -> "sana.sy"."""
    return (outlet or "").lower().removeprefix("www.")


@dataclass(frozen=True)
class EventTerm:
    """A trigger or means term of the event lexicon (see data/events.jsonl)."""

    lemmas: tuple[str, ...]
    role: str  # trigger | means | both
    type: str
    means: str
    rank: int
    implies: str | None = None  # the party this means points to when none is named
    pos: str | None = None  # the part of speech the last word must have
    figurative_objects: frozenset[str] = frozenset()  # "struck a deal", "attacked his predecessor": no act of war
    plural_only: bool = False  # "bombers" are aircraft, "the bomber" a person
    on_ground: str | None = None  # the type of an air strike by default when no aircraft did it
    by_the_dead: bool = False  # its kind is read from whom it killed ("attack", "storm")
    literal_heads: frozenset[str] = frozenset()  # it counts only on these verbs: "dropped two barrels", "a barrel fell"
    figurative_heads: frozenset[str] = frozenset()  # no weapon as a modifier of these: "chemical protection", "chemical weapons experts"


@dataclass
class Lexicon:
    """All the analyzer's word lists, from the data files."""

    events: list[EventTerm]
    actors: list[dict]
    actor_names: dict[str, str]  # key -> display name
    actor_aliases: dict[str, str]  # lower-case alias -> key
    demonyms: dict[str, str]  # lower-case demonym/modifier -> key
    cues: dict[str, str]  # lemma -> stance
    persons: list[dict]
    orgs: dict[str, dict]  # lower-case alias -> {"name", "actor"}
    sources: dict[str, str]  # lower-case alias -> source name
    outlets: dict[str, str]  # lower-case outlet alias -> actor key of the party it speaks for
    outlet_names: dict[str, str]  # lower-case outlet alias -> its name ("etilaf" -> "Syrian National Coalition")
    roles: set[str]
    state_roles: set[str]  # local offices of a state ("governor", "police"): their place's state speaks
    envoy_roles: set[str]  # a state's envoys to a body ("Russia's UN ambassador"): the state speaks, not the body
    stance: dict
    inference: list[dict] = field(default_factory=list)
    digest: str = field(default="")


def with_apostrophe_lost(phrase: str) -> list[str]:
    """A possessive as written and as punctuation-stripped text has it: "assad's forces" and
    "assads forces" (news copied without its apostrophes)."""
    return [phrase, phrase.replace("'s", "s")] if "'s" in phrase else [phrase]


MAX_HYPHENS = 3  # a name's hyphens spelt either way: up to 2**3 forms


def with_hyphens_either_way(phrase: str) -> list[str]:
    """A name with its hyphens between words as written and as spaces, in every combination:
    "al-Qaeda-linked group", "al Qaeda-linked group", "al Qaeda linked group", ..."""
    parts = re.split(r"(?<=\w)-(?=\w)", phrase)
    if len(parts) == 1 or len(parts) - 1 > MAX_HYPHENS:
        return [phrase]
    forms = [parts[0]]
    for part in parts[1:]:
        forms = [f + sep + part for f in forms for sep in ("-", " ")]
    return forms


def alias_spellings(alias: str) -> list[str]:
    """A party's name as written and as punctuation-stripped copy may spell it: its possessive
    without the apostrophe, its hyphens as spaces ("Assads forces", "al Qaeda-linked group")."""
    return [spelt for form in with_apostrophe_lost(alias) for spelt in with_hyphens_either_way(form)]


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon of this installation (cached)."""
    events = []
    for i, row in enumerate(data_rows("events.jsonl"), start=1):
        try:
            events.append(
                EventTerm(
                    tuple(row["phrase"].lower().split()), row["role"], row["type"], row.get("means", ""),
                    int(row["rank"]), row.get("implies"), row.get("pos"),
                    frozenset(w.lower() for w in row.get("figurative_objects", ())),
                    bool(row.get("plural_only", False)), row.get("on_ground"), bool(row.get("by_the_dead", False)),
                    frozenset(w.lower() for w in row.get("literal_heads", ())),
                    frozenset(w.lower() for w in row.get("figurative_heads", ())),
                )
            )
        except KeyError as e:
            raise DataError(f"[C302] events.jsonl row {i}: missing {e}") from None
    actors = data_rows("actors.jsonl")
    aliases: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in actors:
        for alias in row.get("aliases", []) + [row["name"]]:
            for form in alias_spellings(alias.lower()):
                aliases.setdefault(form, row["key"])
        for d in row.get("demonyms", []):
            for form in with_apostrophe_lost(d.lower()):
                demonyms.setdefault(form, row["key"])
    cues = {row["lemma"]: row["stance"] for row in data_rows("cues.jsonl") if "lemma" in row}  # verb rows
    persons, orgs, sources, roles, outlets, outlet_names, state_roles, envoy_roles = [], {}, {}, set(), {}, {}, set(), set()
    for row in data_rows("speakers.jsonl"):
        kind = row.get("kind")
        if kind == "person":
            persons.append(row)
        elif kind == "org":
            for alias in row["aliases"] + [row["name"]]:
                orgs.setdefault(alias.lower(), {"name": row["name"], "actor": row.get("actor")})
        elif kind == "source":
            for alias in row["aliases"] + [row["name"]]:
                sources.setdefault(alias.lower(), row["name"])
        elif kind == "outlet":
            for alias in row["aliases"] + [row["name"]]:
                outlets.setdefault(alias.lower(), row["actor"])
                outlet_names.setdefault(alias.lower(), row["name"])
        elif kind == "role":
            roles.update(w.lower() for w in row["words"])
        elif kind == "state_role":
            state_roles.update(w.lower() for w in row["words"])
        elif kind == "envoy_role":
            envoy_roles.update(w.lower() for w in row["words"])
    stance = json.loads((DATA / "stance.json").read_text("utf-8"))
    inference = data_rows("inference.jsonl")
    digest = hashlib.sha256()
    for name in ("events.jsonl", "actors.jsonl", "cues.jsonl", "speakers.jsonl", "stance.json", "inference.jsonl", "operations.jsonl"):
        digest.update((DATA / name).read_bytes())
    return Lexicon(
        events=events,
        actors=actors,
        actor_names={row["key"]: row["name"] for row in actors},
        actor_aliases=aliases,
        demonyms=demonyms,
        cues=cues,
        persons=persons,
        orgs=orgs,
        sources=sources,
        outlets=outlets,
        outlet_names=outlet_names,
        roles=roles,
        state_roles=state_roles,
        envoy_roles=envoy_roles,
        stance=stance,
        inference=inference,
        digest=digest.hexdigest()[:16],
    )


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """Every word of the event lexicon's phrases ("car", "bomb", "chemical", "airstrike"), but
    the prepositions and determiners that link them ("packed with explosives", "slit the throat")."""
    return frozenset(w for term in load().events for w in term.lemmas) - _PHRASE_LINKS


_PHRASE_LINKS = frozenset({"with", "of", "by", "from", "in", "on", "at", "the", "a", "an", "their", "his", "her", "its"})


@lru_cache(maxsize=None)
def stance_words(key: str) -> frozenset[str]:
    """One word list of stance.json as a set, built once ("holding_words", "question_heads")."""
    return frozenset(load().stance[key])


@lru_cache(maxsize=1)
def subject_aliases() -> dict[str, str]:
    """Names that stand for a party only as the doer of a deed (actors.jsonl subject_aliases:
    "Syria had not used chlorine" is the government; "in Syria" is a place): lower case -> key."""
    return {alias.lower(): row["key"] for row in load().actors for alias in row.get("subject_aliases", ())}


@lru_cache(maxsize=None)
def actors_of_kind(kind: str) -> frozenset[str]:
    """The keys of the actor lexicon's actors of one kind ("state", "armed_group")."""
    return frozenset(row["key"] for row in load().actors if row.get("kind") == kind)


@lru_cache(maxsize=1)
def truce_words() -> frozenset[str]:
    """Words of a pause in the fighting ("truce", "moratorium", "halt"; stance.json)."""
    return frozenset(load().stance["truce_words"])


@lru_cache(maxsize=1)
def _umbrellas() -> dict[str, str]:
    """Member -> the coalition it strikes under (``part_of`` in the actor lexicon)."""
    return {row["key"]: row["part_of"] for row in load().actors if row.get("part_of")}


def names_actor(perpetrators: tuple[str, ...] | list[str], actor: str) -> bool:
    """Do these perpetrators include the actor? A coalition strike names its members'
    ("purportedly American air strikes" against "US-led coalition strikes"), and the reverse."""
    umbrella = _umbrellas()
    return any(p == actor or umbrella.get(p) == actor or umbrella.get(actor) == p for p in perpetrators)


@lru_cache(maxsize=None)
def flies_nothing(key: str) -> bool:
    """The party is an armed group, which has no aircraft (the actor lexicon's kind)."""
    row = next((r for r in load().actors if r["key"] == key), None)
    return row is not None and row.get("kind") == "armed_group"
