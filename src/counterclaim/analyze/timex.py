"""Time expressions: find them in text and resolve them against the publication date.

Pure rule-based (regular expressions compiled once at import), in the manner of HeidelTime's
news domain: explicit dates are read as written, deictic ones ("yesterday", "last week",
"on Wednesday") are resolved against the anchor (the publication date), anaphoric ones ("the
day before", "a week later", "that year") against the date last mentioned in the text.
Extents and values follow TimeML TIMEX3 conventions (type DATE/TIME/DURATION/SET; values such
as "2016-11-16", "2016-W46", "P28D", "PRESENT_REF").

Extents follow TimeBank usage: prepositions and approximators stay outside ("for [28 days]",
"since [July]", "about [five hours]"), determiners and direction words inside ("[the past
week]", "[last Friday]"). The preposition still shapes the resolved span: a duration after
"for"/"over" or with "the past/last" is the window ending on the anchor, a date after "since"
runs to the anchor.

Two public functions: :func:`find_timexes` and :func:`find_dateline`. Word lists (months,
number words, holidays, ...) live in ``counterclaim/data/timex.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.resources import files
from typing import Callable

from counterclaim.records import DateSpan, Timex

__all__ = ["find_timexes", "find_dateline", "MONTH_WORDS", "WEEKDAY_WORDS", "FILED_FROM_CITY", "WIRE_AGENCY"]

_LEX = json.loads((files("counterclaim") / "data" / "timex.json").read_text(encoding="utf-8"))
_MONTHS: dict[str, int] = _LEX["months"]
_WEEKDAYS: dict[str, int] = _LEX["weekdays"]
MONTH_WORDS = frozenset(_MONTHS)  # "january", "jan", "sept", ...
WEEKDAY_WORDS = frozenset(_WEEKDAYS)  # "monday", "mon", "thurs", ...
_NUMBERS: dict[str, int] = _LEX["numbers"]
_ORDINALS: dict[str, int] = _LEX["ordinals"]
_UNITS: dict[str, str] = _LEX["units"]
_POD: dict[str, str] = _LEX["parts_of_day"]
# what "Sundays" names when it is "Sunday's" with the apostrophe lost ("Sundays bombardment")
_POSSESSED = "|".join(
    r"\s+".join(map(re.escape, n.split())) + r"(?:e?s)?" for n in sorted(_LEX["possessive_weekday_nouns"], key=len, reverse=True)
)
# up to three words between them ("Thursdays twin suicide car bombings"), none a function word
_POSSESSED_MODIFIERS = r"(?:(?!(?:the|a|an|and|or|of|on|in|at|after|before|to|for|with|by|from|when|while|as|that|which)\b)[A-Za-z][\w-]*\s+){0,3}"
_SEASONS: dict[str, str] = _LEX["seasons"]
_FIXED_HOLIDAYS: dict[str, list[int]] = _LEX["fixed_holidays"]
_ISLAMIC: dict[str, dict[str, str]] = _LEX["islamic_holidays"]
_HOLIDAY_DAYS: dict[str, int] = _LEX["holiday_lengths"]
_SETS: dict[str, str] = _LEX["sets"]


# ----------------------------------------------------------------------------- patterns


def _alt(words, boundary: bool = True) -> str:
    """A regex alternation of words (longest first), spaces matching any whitespace."""
    parts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")" + (r"\b" if boundary else "")


def _month_alt() -> str:
    # Case-sensitive: "May"/"March" are months, "may"/"march" are not; ALL CAPS allowed.
    parts = []
    for name in sorted(_MONTHS, key=len, reverse=True):
        for form in (name.capitalize(), name.upper()):
            parts.append(form + (r"\b\.?" if len(name) <= 4 and name not in ("may", "june", "july") else r"\b"))
    return "(?-i:" + "|".join(parts) + ")"


MONTH = _month_alt()
# Full month names only (abbreviations need a day or year beside them).
MONTH_FULL = "(?-i:" + "|".join(
    f"{n.capitalize()}|{n.upper()}" for n in sorted(_MONTHS, key=len, reverse=True) if len(n) > 4 or n == "may" or n.startswith("ju")
) + r")\b"
WEEKDAY = "(?:" + "|".join(w for w in sorted(_WEEKDAYS, key=len, reverse=True) if len(w) > 4) + r")\b"
WEEKDAY_ABBR = "(?-i:" + "|".join(
    f"{w.capitalize()}|{w.upper()}" for w in sorted(_WEEKDAYS, key=len, reverse=True) if len(w) <= 4
) + r")\b\.?"
WD_ANY = f"(?:{WEEKDAY}|{WEEKDAY_ABBR})"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
ORD_WORD = _alt(_ORDINALS)
_UNIT_WORDS = [w for w in _NUMBERS if " " not in w and w not in ("a", "an", "hundred", "thousand", "dozen")]
_SMALL = _alt([w for w in _UNIT_WORDS if _NUMBERS[w] < 20])
_TENS = _alt([w for w in _UNIT_WORDS if _NUMBERS[w] >= 20])
_ONES = _alt([w for w in _UNIT_WORDS if _NUMBERS[w] < 10])
NUMWORD = rf"(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+)?hundred(?:\s+(?:and\s+)?(?:{_TENS}(?:[\s-]+{_ONES})?|{_SMALL}))?|{_TENS}(?:[\s-]+{_ONES})?|{_SMALL})"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
HALF = r"(?:\s+and\s+a\s+half|-and-a-half|\s+1/2|\s*½)"
NUM = rf"(?:(?:{DIGITS}|{NUMWORD}|a\s+dozen|dozen|a\s+couple\s+of|a\s+couple|couple\s+of|a|an|half\s+an?)(?:{HALF})?)"
VAGUE = _alt(_LEX["vague_numbers"])
UNIT = r"(?:(?:trading|business|working|calendar)\s+)?(?:seconds?|minutes?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|centur(?:y|ies)|millenni(?:um|a))\b"
APPROX = _alt(_LEX["approximators"])
POD = r"(?:morning|afternoon|evening|night|overnight)"
TZ = _alt(_LEX["timezones"])
SEASON = r"(?:spring|summer|autumn|winter|fall)"


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# ----------------------------------------------------------------------------- values


def _shift_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _days_in_month(year, month)))


def _days_in_month(y: int, m: int) -> int:
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _span_of(value: str) -> tuple[date, date] | None:
    """Calendar days denoted by a TimeML DATE/TIME value (None when it denotes no days)."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d) if d else None
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, _days_in_month(y, mo))
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), date(y, 3 * q, _days_in_month(y, 3 * q))
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m[1]), int(m[2])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y = int(m[1])
        if m[2] == "WI":
            return date(y, 12, 1), date(y + 1, 2, _days_in_month(y + 1, 2))
        first = {"SP": 3, "SU": 6, "FA": 9}[m[2]]
        return date(y, first, 1), date(y, first + 2, _days_in_month(y, first + 2))
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    m = re.fullmatch(r"(\d{2})", value)
    if m:
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    return None


def _value_day(value: str | None) -> date | None:
    """The single day a value denotes, else None."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _num(text: str) -> float | None:
    """Parse a number phrase ("twenty-four", "2 1/2", "a couple of", "1,000"); None if vague."""
    s = text.lower().strip()
    half = 0.0
    h = re.search(HALF + "$", s)
    if h:
        half, s = 0.5, s[: h.start()].strip()
    if s.startswith("half"):
        return 0.5
    s = s.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s) + half
    s = re.sub(r"\s+", " ", s)
    if s in _NUMBERS:
        return _NUMBERS[s] + half
    total, current = 0, 0
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in ("a", "an") and current == 0:
            current = 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _NUMBERS:
            current += _NUMBERS[word]
        else:
            return None
    total += current
    return float(total) + half if total else None


def _unit_code(word: str) -> str:
    """TimeML unit code of a unit word ("weeks" -> "W", "trading days" -> "D", "minutes" -> "TM")."""
    w = word.lower().split()[-1]
    if w != "millennia" and w.endswith("s"):
        w = w[:-1]
    return _UNITS.get(w, "D")


_VAGUE_DURATION = {"S": "PTXS", "TM": "PTXM", "H": "PTXH", "D": "PXD", "W": "PXW", "WE": "PXWE", "FN": "PXW",
                   "M": "PXM", "Q": "PXQ", "Y": "PXY", "DE": "PXE", "CE": "PXC", "ML": "PXL"}
_HALF_UNIT = {"Y": "6M", "Q": "1M15D", "M": "15D", "W": "3DT12H", "D": "T12H", "H": "30M", "TM": "30S", "S": ""}


def _duration(n: float | None, code: str) -> str:
    """TimeML duration for n units of code ("D", "W", "M", "Y", "H", "TM", ...); None n is vague."""
    if n is None:
        return _VAGUE_DURATION[code]
    if code in ("FN", "WE"):  # a fortnight is two weeks, a weekend two days
        n, code = 2 * n, "W" if code == "FN" else "D"
    elif code in ("DE", "CE", "ML"):
        n, code = n * {"DE": 10, "CE": 100, "ML": 1000}[code], "Y"
    whole, half = int(n), n - int(n) >= 0.5
    body = (f"{whole}{'M' if code == 'TM' else code}" if whole else "") + (_HALF_UNIT[code] if half else "")
    return ("PT" if code in ("H", "TM", "S") else "P") + (body or "0" + code)


def _back(anchor: date, n: float | None, code: str) -> date | None:
    """The day n units before anchor (for windows counted back from the anchor)."""
    if n is None:
        return None
    if code in ("S", "TM"):
        return anchor
    if code == "H":
        return anchor - timedelta(days=int((n + 23) // 24))
    days = {"D": 1, "W": 7, "WE": 7, "FN": 14}.get(code)
    if days:
        return anchor - timedelta(days=round(n * days))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}[code]
    try:
        return _shift_months(anchor, -round(n * months))
    except (ValueError, OverflowError):
        return None


def _shift_value(value: str, n: int, code: str) -> str | None:
    """Shift a DATE value by n units of code, keeping its granularity ("1989-Q3" - 1 year)."""
    day = _value_day(value)
    if day is not None:
        try:
            if code in ("D", "H", "TM", "S"):
                return (day + timedelta(days=n if code == "D" else 0)).isoformat()
            if code in ("W", "WE", "FN"):
                return (day + timedelta(days=n * (14 if code == "FN" else 7))).isoformat()
            months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(code, 0)
            return _shift_months(day, n * months).isoformat()
        except (ValueError, OverflowError):
            return None
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120}.get(code)
        if months is None:
            return None
        d = _shift_months(date(int(m[1]), int(m[2]), 1), n * months)
        return f"{d.year}-{d.month:02d}"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        q = {"Q": 1, "Y": 4, "M": 0}.get(code)
        if not q:
            return None
        idx = int(m[1]) * 4 + int(m[2]) - 1 + n * q
        return f"{idx // 4}-Q{idx % 4 + 1}"
    m = re.fullmatch(r"(\d{4})(-(?:H[12]|SP|SU|FA|WI))?", value)
    if m and code in ("Y", "DE"):
        return f"{int(m[1]) + n * (10 if code == 'DE' else 1)}{m[2] or ''}"
    m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if m and code in ("W", "D"):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return _week(monday + timedelta(days=7 * n)) if code == "W" else None
    return None


def _at(value: str, unit: str) -> str:
    """Reduce a day value to the granularity of unit (for "two weeks ago" etc.)."""
    d = _value_day(value)
    if d is None:
        return value
    if unit in ("W", "WE", "FN"):
        return _week(d)
    if unit == "M":
        return f"{d.year}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year}-Q{_quarter(d)[1]}"
    if unit in ("Y",):
        return f"{d.year}"
    if unit == "DE":
        return f"{d.year}"
    if unit == "CE":
        return f"{d.year // 100}"
    return value


# ----------------------------------------------------------------------------- context


_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|plans?|planning\s+to|planned\s+(?:for|to)|scheduled|expected\s+to|"
    r"(?:is|are|was|were)\s+(?:due|set|to)|due\s+(?:to|on)|set\s+(?:to|for)|to\s+be\s+held|aims?\s+to|intends?\s+to|"
    r"until|till|as\s+(?:early|soon)\s+as|next|upcoming|deadline)\b|'ll\b",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been|already)\b", re.IGNORECASE)
# a clause of its own after the future cue: "will visit Saraqeb, where an attack killed 26 on March 19"
_NEW_CLAUSE = re.compile(r"\b(?:where|which|who|whom|whose|after|since)\b", re.IGNORECASE)
_SENT_BREAK = re.compile(r"[.!?;]\s|\n")


def _future_context(text: str, start: int, end: int) -> bool:
    """True when the clause before [start, end) speaks of the future (will, scheduled, until ...)."""
    left = text[max(0, start - 90) : start]
    breaks = list(_SENT_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    cues = list(_FUTURE_CUE.finditer(left))
    if not cues or _PAST_PERFECT.search(left):
        return False
    return not _NEW_CLAUSE.search(left, cues[-1].end())


@dataclass
class _Ctx:
    text: str
    anchor: date | None
    ref_day: date | None = None  # last mentioned day (else the anchor)
    ref_value: str | None = None  # last mentioned DATE value, any granularity

    @property
    def day(self) -> date | None:
        return self.ref_day or self.anchor

    def future(self, m: re.Match) -> bool | None:
        """True for a clause about the future, None after "since" (past only), else False."""
        if _SINCE.search(self.text[max(0, m.start() - 30) : m.start()]):
            return None
        return _future_context(self.text, m.start(), m.end())


@dataclass
class _Res:
    kind: str
    value: str
    span: tuple[date, date] | None = None
    anaphoric_ok: bool = True  # may serve as reference for later anaphora


_Handler = Callable[[re.Match, _Ctx], "_Res | None"]


@dataclass
class _Rule:
    name: str
    regex: re.Pattern
    handler: _Handler
    check: Callable[[re.Match, str], bool] | None = None
    needs: re.Pattern | None = None  # a cheap test: skip the rule on texts without these words


_RULES: list[_Rule] = []


def _rule(name: str, pattern: str, check: Callable[[re.Match, str], bool] | None = None, needs: str | None = None):
    def deco(fn: _Handler) -> _Handler:
        _RULES.append(_Rule(name, _c(pattern), fn, check, _c(needs) if needs else None))
        return fn

    return deco


def _g(m: re.Match, name: str) -> str:
    v = m.groupdict().get(name)
    return v.lower() if v else ""


def _month_of(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _weekday_of(word: str) -> int:
    return _WEEKDAYS[word.lower().rstrip(".")]


def _day_of(word: str) -> int:
    w = word.lower()
    if w in _ORDINALS:
        return _ORDINALS[w]
    return int(re.match(r"\d+", w)[0])


def _year_of(m: re.Match, name: str = "year") -> int | None:
    v = m.groupdict().get(name)
    if not v:
        return None
    v = v.strip().lstrip("'’")
    if v.isdigit():
        return int(v) if len(v) == 4 else (1900 + int(v) if int(v) > 30 else 2000 + int(v))
    return _year_words(v)


def _year_words(s: str) -> int | None:
    """Spelled-out years: "nineteen ninety-seven", "two thousand one"."""
    s = re.sub(r"\s+", " ", s.lower().strip())
    m = re.fullmatch(r"(nineteen|eighteen|twenty) (.+)", s)
    if m and "thousand" not in s:
        hi = _NUMBERS[m[1]]
        rest = m[2].replace("oh ", "").replace("hundred", "0")
        lo = _num(rest) if rest != "0" else 0
        if lo is not None and lo < 100:
            return hi * 100 + int(lo)
    m = re.fullmatch(r"two thousand(?: and)?(?: (.+))?", s)
    if m:
        lo = _num(m[1]) if m[1] else 0
        if lo is not None and lo < 100:
            return 2000 + int(lo)
    return None


YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen)\s+(?:hundred|oh\s+{_ONES}|{_TENS}(?:[\s-]+{_ONES})?|{_SMALL})"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TENS}(?:[\s-]+{_ONES})?|{_SMALL}))?)"
)


def _pick_year(anchor: date, span_for: Callable[[int], tuple[date, date] | None], future: bool | None) -> int | None:
    """Of last, this and next year, the one whose span lies nearest the anchor. News is
    mostly about the past: a span ahead counts three times its distance, half of it when the
    clause speaks of the future (future True), and is ruled out after "since" (future None)."""
    best: tuple[float, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        span = span_for(y)
        if span is None or (future is None and span[0] > anchor):
            continue
        first, last = span
        if first <= anchor <= last:
            return y
        cost = (anchor - last).days if last < anchor else (first - anchor).days * (0.5 if future else 3.0)
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else None


def _guess_year(anchor: date | None, month: int, day: int | None, future: bool | None) -> int | None:
    """The year of a month (and day) written without one."""
    if anchor is None:
        return None

    def span_for(y: int) -> tuple[date, date]:
        last = date(y, month, _days_in_month(y, month))
        if day is None:
            return date(y, month, 1), last
        d = _safe_date(y, month, day) or last
        return d, d

    return _pick_year(anchor, span_for, future)


# ----------------------------------------------------------------------------- rules
# Each rule: a regex and a handler returning the TimeML type and value (and a span when the
# value alone does not give it). Overlaps are settled longest-first before resolution.

_WD_PREFIX = rf"(?:(?P<wd>{WD_ANY})(?:\s*,\s*|\s+))?"


@_rule("iso", r"(?<![\w-])(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])", needs=r"\d{4}-\d")
def _iso(m, ctx):
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d is None:
        return None
    if m["h"]:
        return _Res("TIME", f"{d.isoformat()}T{m['h']}:{m['mi']}")
    return _Res("DATE", d.isoformat())


@_rule("numeric", r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-]|\.\d)", needs=r"\d[./-]\d")
def _numeric(m, ctx):
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"])
    if y < 100:
        if m["sep"] == ".":
            return None  # 1.2.3 is more likely a version/section number
        y += 2000 if y < 50 else 1900
    dm = _safe_date(y, b, a)  # day/month (most of the world; "." and "-" separators)
    md = _safe_date(y, a, b)  # month/day (US)
    if dm and md and dm != md:
        if m["sep"] == "/" and ctx.anchor and abs((md - ctx.anchor).days) < abs((dm - ctx.anchor).days):
            dm = md
    d = dm or md
    return _Res("DATE", d.isoformat()) if d else None


_TIME_SUFFIX = r"(?:,?\s+(?:at\s+)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?!\d)(?:\s*(?P<ap2>[ap]\.?\s?m\b\.?))?)?"


def _with_time(m: re.Match, d: date | None, partial: str) -> _Res:
    hh = m.groupdict().get("hh")
    if hh and d:
        h = int(hh)
        ap = (m.groupdict().get("ap2") or "").lower()
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        return _Res("TIME", f"{d.isoformat()}T{h:02d}:{m['mm']}")
    return _Res("DATE", d.isoformat() if d else partial)


def _resolve_md(m: re.Match, ctx: _Ctx, month: int, day: int) -> _Res | None:
    year = _year_of(m)
    if year is None:
        wd = m.groupdict().get("wd")
        future = True if _g(m, "det") in ("next", "this coming") else ctx.future(m)
        year = _guess_year(ctx.anchor, month, day, future)
        if wd and ctx.anchor:
            # A weekday beside a date without year picks the year where they agree.
            want = _weekday_of(wd)
            for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
                d = _safe_date(y, month, day)
                if d and d.weekday() == want:
                    year = y
                    break
    if year is None:
        if not 1 <= day <= 31:
            return None
        return _with_time(m, None, f"XXXX-{month:02d}-{day:02d}")
    d = _safe_date(year, month, day)
    if d is None:
        return None
    return _with_time(m, d, "")


@_rule(
    "day_month",
    rf"(?<![\w-]){_WD_PREFIX}(?:the\s+)?(?P<day>{DAYNUM}|{ORD_WORD})(?:\s+of)?[\s-]+(?P<month>{MONTH})(?:,?[\s-]+(?P<year>{YEAR}|'\d\d(?!\d)))?{_TIME_SUFFIX}(?![\w-])",
)
def _day_month(m, ctx):
    return _resolve_md(m, ctx, _month_of(m["month"]), _day_of(m["day"]))


@_rule(
    "day_of_the_month",
    # (not "on the 3rd Division front", "on the 5th floor": no word may follow but "of ... month")
    r"(?<![\w-])the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?:\s+of\s+(?P<which>this|last|next)\s+month)?(?![\w-])(?!\s+(?!of\b)[A-Za-z])",
    check=lambda m, text: text[max(0, m.start() - 3) : m.start()].lower() == "on ",
)
def _day_of_the_month(m, ctx):
    """"on the 2nd", "on the 15th of last month": a day of this month (of the last, when it is
    still to come this month: news tells what happened)."""
    day = int(re.match(r"\d+", m["day"]).group(0))
    if ctx.anchor is None:
        return _Res("DATE", f"XXXX-XX-{day:02d}")
    first = ctx.anchor.replace(day=1)
    which = _g(m, "which")
    if which == "last" or not which and day > ctx.anchor.day:
        first = (first - timedelta(days=1)).replace(day=1)
    elif which == "next":
        first = (first + timedelta(days=32)).replace(day=1)
    try:
        return _Res("DATE", first.replace(day=day).isoformat())
    except ValueError:
        return None  # "the 31st" of a shorter month


@_rule(
    "month_day",
    rf"(?<![\w-])(?:(?P<det>this\s+coming|this\s+past|this|last|next)\s+)?{_WD_PREFIX}(?P<month>{MONTH})[\s-]+(?:the\s+)?(?P<day>{DAYNUM}|{ORD_WORD})(?!\d|:\d)(?:(?:\s*,\s*|\s+|\s*-\s*)(?P<year>{YEAR}|'\d\d(?!\d)))?{_TIME_SUFFIX}(?![\w-])",
)
def _month_day(m, ctx):
    return _resolve_md(m, ctx, _month_of(m["month"]), _day_of(m["day"]))


def _mod_prefix(extra: str = "") -> str:
    return (
        r"(?:(?P<pre>(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|earlier|later)"
        r"|(?:at\s+)?the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|first\s+half|second\s+half|latter\s+part|early\s+part|first\s+part|last\s+part)\s+of"
        + extra
        + r")[\s-]+)?"
    )


@_rule(
    "month_year",
    rf"(?<![\w-]){_mod_prefix()}(?:(?P<det>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?P<month>{MONTH})(?:(?:\s+of)?,?\s+(?P<year>{YEAR}|'\d\d(?!\d)|{YEAR_WORDS})|\s+(?P<rel>last|this|next)\s+year)?(?![\w-])",
    check=lambda m, text: bool(m["year"] or m["det"] or m["rel"] or m["pre"]) or _full_month_ok(m, text),
)
def _month_year(m, ctx):
    month = _month_of(m["month"])
    year = _year_of(m)
    det, rel = _g(m, "det"), _g(m, "rel")
    a = ctx.anchor
    if year is None and a is not None:
        if rel:
            year = a.year + {"last": -1, "this": 0, "next": 1}[rel]
        elif det in ("last", "past", "this past"):
            year = a.year if month < a.month - 1 else a.year - 1
        elif det in ("next", "coming", "this coming"):
            year = a.year if month > a.month else a.year + 1
        elif det == "this":
            year = a.year
        else:
            year = _guess_year(a, month, None, ctx.future(m))
    if year is None:
        return _Res("DATE", f"XXXX-{month:02d}")
    return _Res("DATE", f"{year}-{month:02d}")


def _full_month_ok(m: re.Match, text: str) -> bool:
    """A month name standing alone: full names only, and not "May I" or "the March for ..."."""
    word = m["month"].rstrip(".")
    if len(word) <= 3 and word.lower() != "may":
        return False
    before = text[max(0, m.start() - 14) : m.start()]
    after = text[m.end() : m.end() + 14]
    if re.search(r"\b(?:annual|this\s+year's)\s+$", before, re.I) or re.match(r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]", after):
        return False  # "the March on Washington", "March of the Mothers"
    if word.lower() == "may":
        if re.match(r"\s+(?:I|we|you|he|she|it|they|be|have|not|the|a|an|also|well|still|need|want|take|make|come|go|get|seem|prove|lead|help)\b", after, re.I):
            return False
        if not re.search(r"\b(?:in|of|since|until|till|by|from|to|early|late|mid|through|and|or|last|next|this|during|before|after)\s*$", before, re.I):
            return False
    return True


_YEAR_PREFIX = _mod_prefix(r"|(?:fiscal|calendar)(?:\s+year)?|the\s+year|post|pre|circa|c\.")


@_rule(
    "year",
    rf"(?<![\w$£€#/.,-]){_YEAR_PREFIX}(?P<year>{YEAR})(?:'s)?(?![\w/-]|[.,]\d)",
    check=lambda m, text: _year_ok(m, text),
)
def _year_rule(m, ctx):
    return _Res("DATE", str(int(m["year"])))


def _year_ok(m: re.Match, text: str) -> bool:
    """A bare four-digit number is a year unless it reads as a count or an amount."""
    if m["pre"]:
        return True
    if int(m["year"]) < 1800:
        return False
    s = m.start("year")
    before = text[max(0, s - 24) : s]
    after = text[m.end() : m.end() + 24]
    if re.match(r"\s*(?:%|percent|per\s+cent)", after, re.I):
        return False
    if re.search(r"(?:\$|£|€|No\.|#|\b(?:number|about|some|nearly|almost|over|than|least|estimated|roughly|around|approximately|up\s+to|killing|killed|kill|wounding|wounded)|\d[,.]?)\s*$", before, re.I):
        # a count ("killed 1200 people", "about 2000") unless what follows reads as a date
        return bool(_YEAR_CONTEXT.search(before)) and not re.match(r"\s+[a-z]+s\b", after)
    if re.match(r"\s+(?:people|persons|troops|soldiers|civilians|fighters|militants|rebels|refugees|men|women|children|families|homes|houses|buildings|tons|km|kilometres|kilometers|miles|metres|meters|feet|members|dead|deaths|casualties|victims|cases|vehicles|units|shares|jobs|workers|employees|residents|prisoners|detainees)\b", after, re.I):
        return False
    return True


_YEAR_CONTEXT = re.compile(r"\b(?:in|since|from|between|until|till|before|after|during|by|of)\s+(?:\d{4}\s*(?:,|and|to|-)\s*)*$", re.I)


@_rule(
    "decade",
    rf"(?<![\w-]){_mod_prefix()}(?:the\s+)?(?:(?P<pre2>early|late|mid)[\s-]+)?(?:(?P<cent>1[5-9]|20)?(?P<dec>\d)0|'(?P<dec2>\d)0)'?s(?![\w-])",
    needs=r"\d0'?s\b",
)
def _decade(m, ctx):
    if m["dec2"] is not None:
        century = 19 if int(m["dec2"]) >= 3 else 20
        return _Res("DATE", f"{century}{m['dec2']}")
    if m["cent"] is None:
        return None  # "40s" is an age band more often than a decade
    return _Res("DATE", f"{m['cent']}{m['dec']}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


@_rule("decade_words", r"(?<![\w-])(?:the\s+)(?:(?:early|late|mid)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b(?!\s+(?:of|age))")
def _decade_words(m, ctx):
    return _Res("DATE", f"19{_DECADE_WORDS[m['w'].lower()]}")


@_rule(
    "century",
    rf"(?<![\w-]){_mod_prefix()}(?:the\s+)?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century\b|(?<![\w-])(?:the\s+)?(?P<w>{ORD_WORD}|twenty-first|twenty\s+first)[\s-]+century\b",
    needs=r"centur",
)
def _century(m, ctx):
    if m["n"]:
        n = int(m["n"])
    else:
        w = m["w"].lower().replace(" ", "-")
        n = 21 if w == "twenty-first" else _ORDINALS.get(w, 0)
    return _Res("DATE", f"{n - 1:02d}") if n else None


@_rule("this_century", r"(?<![\w-])(?P<det>this|last|next)\s+(?P<u>century|decade)\b")
def _this_century(m, ctx):
    if ctx.anchor is None:
        return _Res("DATE", "XX")
    shift = {"this": 0, "last": -1, "next": 1}[_g(m, "det")]
    if m["u"].lower() == "decade":
        return _Res("DATE", f"{ctx.anchor.year // 10 + shift}")
    return _Res("DATE", f"{ctx.anchor.year // 100 + shift:02d}")


# -- weekdays ------------------------------------------------------------------------------


# the end of a span of weekdays: "from Sunday until Tuesday", "between Friday and Sunday"
_WEEKDAY_RANGE_END = re.compile(
    rf"\b(?:from|between)\s+(?:(?:early|late)\s+)?(?:on\s+)?{WEEKDAY}(?:\s+{POD})?\s*(?:to|until|till|through|and|-|–)\s*$",
    re.IGNORECASE,
)


def _resolve_weekday(ctx: _Ctx, m: re.Match, wd: int, det: str) -> date | None:
    det = re.sub(r"\s+", " ", det)
    if not det and ctx.ref_day is not None and _WEEKDAY_RANGE_END.search(ctx.text[max(0, m.start() - 45) : m.start()]):
        # the first such day after the span's start ("until" alone would read as the future)
        return ctx.ref_day + timedelta(days=(wd - ctx.ref_day.weekday() - 1) % 7 + 1)
    if det in ("the previous", "the preceding", "the prior", "the following", "the next", "the ensuing"):
        ref = ctx.day
        if ref is None:
            return None
        if det in ("the following", "the next", "the ensuing"):
            return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        return ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    a = ctx.anchor
    if a is None:
        return None
    if det in ("last", "this past", "past"):
        return a - timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
    if det in ("next", "this coming", "coming"):
        return a + timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
    if det == "this":
        return a + timedelta(days=wd - a.weekday())
    if ctx.future(m):
        return a + timedelta(days=(wd - a.weekday()) % 7)
    return a - timedelta(days=(a.weekday() - wd) % 7)


@_rule(
    "weekday",
    rf"(?<![\w-])(?:(?P<det>this\s+coming|this\s+past|this|last|next|coming|the\s+(?:previous|preceding|prior|following|next|ensuing))\s+)?"
    rf"(?:(?P<pre>early|late|earlier|later|overnight)\s+(?:on\s+)?)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?(?![\w-])",
    check=lambda m, text: not re.match(r"s\b", text[m.end() : m.end() + 2]),
)
def _weekday(m, ctx):
    d = _resolve_weekday(ctx, m, _weekday_of(m["wd"]), _g(m, "det"))
    if d is None:
        return _Res("DATE", f"XXXX-WXX-{_weekday_of(m['wd']) + 1}")
    pod = m["pod"] or (m["pre"] if m["pre"] and m["pre"].lower() == "overnight" else None)  # "overnight Sunday": that night
    if pod:
        return _Res("TIME", f"{d.isoformat()}T{_POD[pod.lower()]}")
    return _Res("DATE", d.isoformat())


@_rule(
    "weekday_possessive",
    r"(?<![\w-])(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s(?=\s+" + _POSSESSED_MODIFIERS + r"(?:" + _POSSESSED + r")\b)",
)
def _weekday_possessive(m, ctx):
    # "Tuesdays attacks": "Tuesday's" with its apostrophe lost (punctuation-stripped text), not a set
    d = _resolve_weekday(ctx, m, _weekday_of(m["wd"]), "")
    return _Res("DATE", d.isoformat()) if d is not None else _Res("DATE", f"XXXX-WXX-{_weekday_of(m['wd']) + 1}")


@_rule("weekday_set", rf"(?<![\w-])(?:(?P<q>every|each)\s+(?P<wd>{WEEKDAY})|(?P<wds>(?:mon|tues|wednes|thurs|fri|satur|sun)days))(?:\s+(?P<pod>{POD}s?))?(?![\w-])")
def _weekday_set(m, ctx):
    word = m["wd"] or m["wds"][:-1]
    value = f"XXXX-WXX-{_weekday_of(word) + 1}"
    if m["pod"]:
        value += "T" + _POD[m["pod"].lower().rstrip("s")]
    return _Res("SET", value)


# -- deictic words ---------------------------------------------------------------------------

_DEICTIC_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


# "yesterdays attack" is "yesterday's" with its apostrophe lost (punctuation-stripped text)
@_rule(
    "deictic_day",
    rf"(?<![\w-])(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?P<dba>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|(?P<w>today|yesterday|tomorrow|tonight)(?:s(?=\s+[A-Za-z]))?(?:\s+(?P<pod>{POD}))?)(?![\w-])",
)
def _deictic_day(m, ctx):
    if m["dba"]:
        off = -2 if "before" in m["dba"].lower() else 2
        w = ""
    else:
        w = m["w"].lower()
        off = _DEICTIC_DAY[w]
    if ctx.anchor is None:
        return _Res("DATE", "XXXX-XX-XX")
    d = ctx.anchor + timedelta(days=off)
    pod = m["pod"] and m["pod"].lower()
    if w == "tonight":
        pod = "night"
    if pod:
        return _Res("TIME", f"{d.isoformat()}T{_POD[pod]}")
    return _Res("DATE", d.isoformat())


@_rule(
    "this_pod",
    rf"(?<![\w-])(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?P<det>this|last|that|the\s+(?:same|previous|following|next))\s+(?P<pod>{POD})|(?P<on>overnight))(?![\w-])",
)
def _this_pod(m, ctx):
    det = _g(m, "det")
    if m["on"]:
        base, pod = ctx.anchor, "night"
        if m["pre"]:
            return None
    else:
        pod = m["pod"].lower()
        if det == "that" or det.endswith("same"):
            base = ctx.day
        elif det.endswith(("following", "next")):
            base = ctx.day + timedelta(days=1) if ctx.day else None
        elif det.endswith("previous"):
            base = ctx.day - timedelta(days=1) if ctx.day else None
        elif det == "last":
            base = ctx.anchor - timedelta(days=1) if ctx.anchor and pod in ("night", "evening") else ctx.anchor
        else:
            base = ctx.anchor
    if base is None:
        return _Res("TIME", f"XXXX-XX-XXT{_POD[pod]}")
    return _Res("TIME", f"{base.isoformat()}T{_POD[pod]}")


# -- relative periods: this/last/next week, earlier this month ...---------------------------

_PERIOD = r"(?:week(?:end)?|month|year|quarter)"  # seasons have their own rule


def _period_value(d: date, unit: str, shift: int) -> str | None:
    if unit == "day":
        return (d + timedelta(days=shift)).isoformat()
    if unit == "week":
        return _week(d + timedelta(days=7 * shift))
    if unit == "weekend":
        return _week(d + timedelta(days=7 * shift)) + "-WE"
    if unit == "month":
        s = _shift_months(d, shift)
        return f"{s.year}-{s.month:02d}"
    if unit == "quarter":
        y, q = _quarter(d)
        idx = y * 4 + q - 1 + shift
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if unit == "year":
        return str(d.year + shift)
    return None


@_rule(
    "relative_period",
    rf"(?<![\w-]){_mod_prefix()}(?:(?P<det>this\s+past|this\s+coming|this|last|next|the\s+current|current|the\s+present|the\s+coming|the\s+previous|the\s+following|the\s+same|that)\s+)(?P<unit>{_PERIOD})(?![\w-])(?!\s+(?:old|of\s+\d))",
)
def _relative_period(m, ctx):
    det = re.sub(r"\s+", " ", _g(m, "det"))
    unit = m["unit"].lower()
    anaphoric = det in ("the previous", "the following", "the same", "that")
    base = ctx.day if anaphoric else ctx.anchor
    if anaphoric and ctx.ref_value and unit in ("year", "month", "quarter"):
        # "that year", "the following month": shift the last mentioned value itself
        shift = {"the previous": -1, "the following": 1}.get(det, 0)
        code = {"year": "Y", "month": "M", "quarter": "Q"}[unit]
        v = _coarsen(ctx.ref_value, unit)
        if v:
            shifted = _shift_value(v, shift, code) if shift else v
            if shifted:
                return _Res("DATE", shifted)
    if base is None:
        return _Res("DATE", "XXXX")
    shift = {"this": 0, "current": 0, "the current": 0, "the present": 0, "the same": 0, "that": 0,
             "last": -1, "this past": -1, "the previous": -1,
             "next": 1, "this coming": 1, "the coming": 1, "the following": 1}[det]
    v = _period_value(base, unit, shift)
    return _Res("DATE", v) if v else None


def _season_value(d: date, code: str, shift: int) -> str:
    """This (0), last (-1) or next (+1) season of a kind, seen from day d ("2016-SU")."""
    spans = [(y, sp) for y in range(d.year - 2, d.year + 2) if (sp := _span_of(f"{y:04d}-{code}"))]
    if shift < 0:  # the latest one over before d
        return f"{max(y for y, (s, e) in spans if e < d)}-{code}"
    if shift > 0:  # the first one begun after d
        return f"{min(y for y, (s, e) in spans if s > d)}-{code}"
    # the one d falls in, else the nearest
    y = min(spans, key=lambda p: 0 if p[1][0] <= d <= p[1][1] else min(abs((p[1][0] - d).days), abs((p[1][1] - d).days)))[0]
    return f"{y}-{code}"


def _coarsen(value: str, unit: str) -> str | None:
    """A value reduced to a year, month or quarter ("2016-11-16" -> "2016-Q4")."""
    m = re.match(r"(\d{4})(?:-(\d\d|Q\d|H\d|W\d\d))?(?:-(\d\d))?", value)
    if not m:
        return None
    if unit == "year":
        return m[1]
    if unit == "month" and m[2] and m[2].isdigit():
        return f"{m[1]}-{m[2]}"
    if unit == "quarter":
        if m[2] and m[2].startswith("Q"):
            return f"{m[1]}-{m[2]}"
        if m[2] and m[2].isdigit():
            return f"{m[1]}-Q{(int(m[2]) - 1) // 3 + 1}"
    return None


@_rule(
    "in_the_unit",
    r"(?<![\w-])(?P<pre>earlier|later|early|late)\s+(?:in\s+)?(?P<det>the|that)\s+(?P<unit>day|week|month|year)\b",
    needs=r"\b(?:earlier|later|early|late)\s",
)
def _in_the_unit(m, ctx):
    unit = m["unit"].lower()
    if _g(m, "det") == "that" or unit == "day":
        base = ctx.day
    else:
        base = ctx.anchor
    if base is None:
        return _Res("DATE", "XXXX")
    return _Res("DATE", _period_value(base, unit, 0))


# -- anaphoric days: the day before, the next day, that day, a week later ------------------


@_rule(
    "anaphoric_day",
    r"(?<![\w-])(?:(?P<pre>earlier|later|early|late)\s+)?(?:(?P<a>the\s+(?:previous|preceding|prior|following|next|same|ensuing)\s+day)|(?P<b>the\s+day\s+(?:before|after|earlier|later|prior))|(?P<c>that(?:\s+(?:same|very))?\s+day|the\s+same\s+day))(?![\w-])",
    check=lambda m, text: not m["b"] or _clause_end(text, m.end()),
    needs=r"\bday\b",
)
def _anaphoric_day(m, ctx):
    phrase = (m["a"] or m["b"] or m["c"]).lower()
    ref = ctx.day
    if ref is None:
        return _Res("DATE", "XXXX-XX-XX")
    if any(w in phrase for w in ("previous", "preceding", "prior", "before", "earlier")):
        ref -= timedelta(days=1)
    elif any(w in phrase for w in ("following", "next", "after", "later", "ensuing")):
        ref += timedelta(days=1)
    return _Res("DATE", ref.isoformat())


_NUM_RANGE = rf"(?:{NUM}|{VAGUE})(?:\s*(?:to|-|or)\s*(?:{NUM}))?"


@_rule(
    "unit_ago",
    rf"(?<![\w-])(?:(?P<mod>{APPROX})\s+)?(?P<num>{NUM}|{VAGUE})(?:\s+or\s+(?:so|two|three|more))?[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|back|hence|from\s+now|prior)(?![\w-])",
    check=lambda m, text: m["dir"].lower() not in ("before", "after", "prior") or _clause_end(text, m.end()),
    needs=r"\b(?:ago|earlier|later|before|after|back|hence|from\s+now|prior)\b",
)
def _unit_ago(m, ctx):
    n = _num(m["num"])
    code = _unit_code(m["unit"])
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "back", "prior") else 1
    if direction in ("ago", "back", "hence", "from now"):
        base_value = ctx.anchor.isoformat() if ctx.anchor else None
        if ctx.ref_value and code == "Y" and re.fullmatch(r"\d{4}-[QH]\d", ctx.ref_value):
            base_value = ctx.ref_value  # "a year ago" beside a quarter: the same quarter a year before
    else:
        base_value = ctx.ref_value if ctx.ref_value and _value_day(ctx.ref_value) is None and code in ("Y", "Q", "M") else None
        if base_value is None:
            d = ctx.day
            base_value = d.isoformat() if d else None
    if base_value is None:
        return _Res("DATE", "XXXX-XX-XX", anaphoric_ok=False)
    if n is None or n != int(n):
        return _Res("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anaphoric_ok=False)
    step = int(n) * sign
    if code in ("H", "TM", "S"):
        return _Res("DATE", base_value[:10])
    if code == "DE":
        step, code = step * 10, "Y"
    elif code == "CE":
        step, code = step * 100, "Y"
    v = _shift_value(base_value, step, "D" if code == "WE" else code)
    if v is None:
        return None
    relative_to_ref = direction not in ("ago", "back", "hence", "from now")
    span = None
    if _value_day(base_value) is not None and not (relative_to_ref and code in ("D", "W", "WE", "FN", "M")):
        if code in ("W", "FN"):
            day = _value_day(v)
            span = (day, day)  # its value is the week, but the event fell on the day: "a week ago, ..."
        v = _at(v, code)  # "three weeks ago" is a week; "a week later" (after a given day) is a day
    # a shifted period ("a year earlier") does not become the reference for what follows
    return _Res("DATE", v, span=span, anaphoric_ok=code in ("D", "W"))


def _clause_end(text: str, pos: int) -> bool:
    """True when nothing but punctuation or a conjunction follows pos ("the day before.")."""
    return bool(re.match(r"\s*(?:[.,;:)!?\"'`]|$|and\b|but\b|when\b|that\b|to\b)", text[pos : pos + 6]))


# -- durations --------------------------------------------------------------------------------

_DIR = r"(?:past|last|next|previous|preceding|prior|following|coming|first|final|initial|latest|remaining|ensuing|subsequent|upcoming|recent|other)"


@_rule(
    "duration",
    rf"(?<![\w-])(?:(?P<the>the|these|those)\s+(?!(?:\S+\s+)?\S+-(?:{UNIT})))?"
    rf"(?:(?P<dir>{_DIR})\s+)?"
    rf"(?P<num>{_NUM_RANGE})(?:\s+(?:more|additional|extra|straight|consecutive|full|long))?[\s-]+(?P<unit>{UNIT})(?P<half2>\s+and\s+a\s+half)?(?:\s+(?:more|running|in\s+a\s+row|straight))?"
    rf"(?:(?P<adj>-long|-old)\b)?(?![\w-])",
    check=lambda m, text: _duration_ok(m, text),
)
def _duration_rule(m, ctx):
    num = re.split(r"\s+(?:to|or)\s+|(?<=\d)\s*-\s*(?=\d)", m["num"])[0]  # "two to three weeks": the lower bound
    n = None if re.fullmatch(VAGUE, num, re.I) else _num(num)
    if n is not None and m["half2"]:
        n += 0.5
    code = _unit_code(m["unit"])
    if code == "WE":
        return None
    d = _g(m, "dir")
    value = _duration(n, code)
    span = None
    a = ctx.anchor
    if a is not None and n is not None:
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if d in ("past", "last", "previous", "preceding", "prior", "recent") and _g(m, "the") == "the":
            span = (_back(a, n, code), a)
        elif d in ("next", "coming", "following", "upcoming") and _g(m, "the") == "the":
            end = _back(a, -n, code) if code not in ("S", "TM", "H") else a + timedelta(days=int((n + 23) // 24))
            span = (a, end)
        elif not d and not _g(m, "the") and re.search(r"\b(?:for|over|throughout)\s+$", before, re.I):
            span = (_back(a, n, code), a)
        elif not d and not _g(m, "the") and re.search(r"\bin\s+$", before, re.I) and re.match(r"\s+of\s", ctx.text[m.end() : m.end() + 4]):
            span = (_back(a, n, code), a)  # "killed in 48 hours of clashes": the hours up to now
        if span and span[0] is None:
            span = None
    return _Res("DURATION", value, span, anaphoric_ok=False)


_RATE_BEFORE = re.compile(
    r"(?:times|once|twice|\d|dollars?|cents?|percent|%|billion|million|tons?|barrels?|per|hours?|days?|nights?|weeks?)\s*$",
    re.IGNORECASE,
)


# words ending in -s that are not plural nouns ("this", "was"), and units (handled by _RATE_BEFORE)
_NOT_PLURAL_NOUNS = {"this", "was", "has", "its", "his", "hers", "ours", "yours", "theirs", "across", "less", "unless",
                     "perhaps", "always", "plus", "thus", "news", "status", "campus", "process", "access", "progress",
                     "yes", "does", "is", "as", "us", "whereas", "besides", "towards", "afterwards", "days",
                     "weeks", "months", "years", "hours", "nights", "minutes", "seconds"}


def _rate_context(text: str, start: int) -> bool:
    """True when "a day"/"a year" at start is a rate: "twice a day", "$5 a year", "four flights a week"."""
    before = text[max(0, start - 24) : start]
    if _RATE_BEFORE.search(before):
        return True
    w = re.search(r"([A-Za-z]+)\s+$", before)
    return bool(w) and w[1].lower().endswith("s") and not w[1].lower().endswith("ss") and len(w[1]) > 3 and w[1].lower() not in _NOT_PLURAL_NOUNS


def _duration_ok(m: re.Match, text: str) -> bool:
    """Reject ages, years read as counts, fractions ("three quarters of"), rates and odd units."""
    num = m["num"].lower()
    unit = m["unit"].lower()
    if m["adj"] and m["adj"].lower() == "-old":
        return False
    if re.match(r"[\s-]+old\b", text[m.end() : m.end() + 6], re.I):
        return False  # ages
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", num):
        return False  # "the 1988 quarter" is a year
    if re.match(r"\s+of\b", text[m.end() : m.end() + 4]) and unit.startswith("quarter"):
        return False  # "three quarters of the city"
    if num in ("a", "an") and not m["dir"]:
        # "a day"/"a year": a duration unless it is a rate ("twice a day", "$5 a year")
        if _rate_context(text, m.start()):
            return False
        if unit.startswith(("second", "minute", "quarter")) and not m["half2"]:
            return False
    if num == "some" and unit.startswith(("day", "time")):
        return False
    if unit.startswith("quarter") and num in ("a", "an", "one"):
        return False
    if unit.startswith("second") and not re.match(r"\d|a\s+few|few|several|\w+ty|one|two|three|four|five|six|seven|eight|nine|ten", num):
        return False
    if m["dir"] and m["dir"].lower() == "first" and num in ("a", "an"):
        return False
    return True


@_rule(
    "vague_duration",
    r"(?<![\w-])(?:(?P<the>the)\s+)?(?:(?P<dir>past|last|next|coming|recent|previous|following|ensuing|first|final)\s+)?(?P<unit>seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)(?P<adj>-long)?(?![\w-])(?!\s+(?:old|of\s+age))",
    check=lambda m, text: _vague_ok(m, text),
)
def _vague_duration(m, ctx):
    code = _unit_code(m["unit"])
    d = _g(m, "dir")
    if d == "recent" and code == "Y" and not m["the"]:
        return _Res("DATE", "PAST_REF")
    if d in ("coming", "next") and code == "M" and not m["the"]:
        return _Res("DATE", "FUTURE_REF")
    return _Res("DURATION", _duration(None, code), anaphoric_ok=False)


def _vague_ok(m: re.Match, text: str) -> bool:
    """Bare plural units ("years") count only with a direction word or after a preposition."""
    if m["dir"] or m["adj"]:
        return True
    before = text[max(0, m.start() - 14) : m.start()]
    # "for years", "within weeks": bare plurals only after a preposition or verb of duration
    return bool(re.search(r"\b(?:for|in|over|within|take|takes|took|lasted|last|spent|spend)\s+$", before, re.I))


@_rule("adj_duration", r"(?<![\w-])(?P<unit>day|week|month|year|hour)-long(?![\w-])")
def _adj_duration(m, ctx):
    return _Res("DURATION", _duration(1, _unit_code(m["unit"])), anaphoric_ok=False)


@_rule(
    "vague_time",
    r"(?<=\bfor\s)(?P<w>some\s+time|a\s+(?:long\s+|short\s+|little\s+)?while|a\s+(?:long|short)\s+(?:time|period)|a\s+(?:long|short)\s+period\s+of\s+time)(?![\w-])",
    needs=r"while|time|period",
)
def _vague_time(m, ctx):
    return _Res("DURATION", "PXX", anaphoric_ok=False)


# -- financial periods: quarters, halves, fiscal years --------------------------------------

_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}


@_rule(
    "quarter",
    rf"(?<![\w-])(?:(?P<det>the|this|last|next|(?P<yrel>this|last|next)\s+year's|(?:the\s+)?(?P<qy>{YEAR})|the\s+(?P<qrel>year-earlier|year-ago|comparable(?:\s+year-(?:ago|earlier))?|corresponding|same|latest|current|previous|prior|preceding|coming|year-before))\s+(?!\w+-quarter))?"
    rf"(?:(?P<fiscal>fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[\s-]+(?:fiscal[\s-]+)?(?P<u>quarter|half)(?![\w-])(?!\s+(?:of\s+(?:a|an|the)\s+(?!year)|mile|century|point))"
    rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|calendar)\s+(?:year\s+)?)?(?P<ofy>{YEAR}|this\s+year|last\s+year|next\s+year))?(?![\w-])",
    check=lambda m, text: m["u"].lower() == "half" or m["ord"].lower() not in ("last", "latter"),
    needs=r"quarter|half",
)
def _quarter_rule(m, ctx):
    unit = "H" if m["u"].lower() == "half" else "Q"
    ordinal = m["ord"].lower()
    q = 2 if unit == "H" and ordinal in ("last", "latter") else _QORD.get(ordinal, 0)
    if unit == "H" and q > 2:
        return None
    year = _year_of(m, "qy") or _year_of(m, "ofy")
    rel = _g(m, "yrel") or (_g(m, "ofy").split()[0] if _g(m, "ofy") and not _g(m, "ofy")[0].isdigit() else "")
    a = ctx.anchor
    if year is None and rel in ("this", "last", "next") and a:
        year = a.year + {"this": 0, "last": -1, "next": 1}[rel]
    if year is None and a:
        qrel = _g(m, "qrel")
        cy, cq = _quarter(a)
        current = cq if unit == "Q" else (1 if a.month <= 6 else 2)
        # the most recent such quarter (this year's if begun), or the coming one in future talk
        year = cy if q <= current or ctx.future(m) or _g(m, "det") == "next" else cy - 1
        if _g(m, "det") == "last":
            year = cy if q < current else cy - 1
        if qrel in ("year-earlier", "year-ago", "corresponding", "year-before") or qrel.startswith("comparable"):
            year -= 1
    if year is None:
        return _Res("DATE", f"XXXX-{unit}{q}")
    return _Res("DATE", f"{year}-{unit}{q}")


@_rule(
    "the_quarter",
    rf"(?<![\w-])(?:(?P<det>the|this|last|next|that|(?:last|this|next)\s+year's|the\s+(?:year-earlier|year-ago|comparable(?:\s+year-(?:ago|earlier))?|corresponding|latest|current|previous|prior|preceding|same|recent|just-ended|just\s+ended|(?P<y>{YEAR})))\s+|(?<=\bits\s))(?:fiscal\s+)?(?P<u>quarter|period)(?![\w-])(?!\s+(?:of\s+(?:a|an|the)\s+(?!year)|mile|century|point|percent))",
    check=lambda m, text: m["u"].lower() == "quarter" or bool(m["y"]) or _g(m, "det") in ("the latest", "the year-earlier", "the year-ago", "the comparable", "the corresponding", "the same"),
    needs=r"quarter|period",
)
def _the_quarter(m, ctx):
    det = re.sub(r"\s+", " ", _g(m, "det"))
    a = ctx.anchor
    ref = ctx.ref_value if ctx.ref_value and re.fullmatch(r"\d{4}-Q\d", ctx.ref_value) else None
    if m["y"]:
        # "the 1988 quarter/period": the quarter under discussion, in that year
        return _Res("DATE", f"{m['y']}-Q{ref[-1]}" if ref else m["y"])
    if a is None:
        return _Res("DATE", "XXXX-QX")
    cy, cq = _quarter(a)
    current = f"{cy}-Q{cq}"
    previous = _shift_value(current, -1, "Q")
    if det in ("this", "the current"):
        return _Res("DATE", current)
    if det == "next":
        return _Res("DATE", _shift_value(current, 1, "Q"))
    if det in ("last", "the previous", "the prior", "the preceding", "the latest", "the recent", "the just-ended", "the just ended"):
        return _Res("DATE", previous)
    if "year" in det or det.startswith(("the comparable", "the corresponding")):
        if det.startswith(("this year", "next year")):
            return _Res("DATE", ref or previous)
        return _Res("DATE", _shift_value(ref or previous, -4, "Q"), anaphoric_ok=False)
    if m["u"].lower() == "period":
        return _Res("DATE", ref or previous) if det == "the same" else None
    return _Res("DATE", ref or previous)


@_rule(
    "year_ago_adj",
    r"(?<![\w-])(?:(?P<the>the)\s+(?:comparable\s+)?)?(?P<w>year-earlier|year-ago|year-before|prior-year)(?![\w-])",
    needs=r"year-|prior-year",
)
def _year_ago_adj(m, ctx):
    a = ctx.anchor
    ref = ctx.ref_value if ctx.ref_value and re.match(r"\d{4}", ctx.ref_value) else None
    if ref is None or a is None:
        return _Res("DATE", str(a.year - 1) if a else "XXXX", anaphoric_ok=False)
    ref = ref if re.fullmatch(r"\d{4}-[QH]\d", ref) else ref[:4]
    if int(ref[:4]) < a.year:
        # the period under discussion is already the earlier one ("the 1988 period. The year-ago results")
        return _Res("DATE", ref, anaphoric_ok=False)
    return _Res("DATE", _shift_value(ref, -1, "Y") or ref, anaphoric_ok=False)


@_rule(
    "fiscal",
    rf"(?<![\w-])(?:(?P<det>the|this|last|next|its)\s+)?(?:(?P<cur>current|latest|previous|coming|past|year-earlier|year-ago)\s+)?(?P<f>fiscal|financial|calendar)\s+year(?:\s+(?P<year>{YEAR}))?(?![\w-])",
    check=lambda m, text: bool(m["det"] or m["year"] or m["cur"]),
    needs=r"fiscal|financial|calendar",
)
def _fiscal(m, ctx):
    year = _year_of(m)
    if year is None and re.match(r"\s+(?:ended|ending|that\s+ended)\b", ctx.text[m.end() : m.end() + 16], re.I):
        return _Res("DURATION", "P1Y", anaphoric_ok=False)
    if year is None and ctx.anchor:
        d = _g(m, "det")
        c = _g(m, "cur")
        shift = -1 if (d == "last" or c in ("previous", "past", "year-earlier", "year-ago")) else 1 if (d == "next" or c == "coming") else 0
        year = ctx.anchor.year + shift
    return _Res("DATE", str(year) if year else "XXXX")


@_rule("year_end", r"(?<![\w-])(?:(?P<det>last|this|next)\s+)?(?P<w>year[-\s]end|year's\s+end|end[-\s]of[-\s]year)(?![\w-])")
def _year_end(m, ctx):
    if ctx.anchor is None:
        return _Res("DATE", "XXXX")
    y = ctx.anchor.year + {"last": -1, "next": 1}.get(_g(m, "det"), 0)
    return _Res("DATE", f"{y}-12-31" if "-" in m["w"] else str(y))


@_rule(
    "the_unit",
    r"(?<![\w-])(?:(?P<pre>the\s+(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|first\s+half|second\s+half|close)\s+of\s+)?the|the\s+(?P<full>full|entire|whole))\s+"
    r"(?P<unit>year|month|week(?:end)?)(?![\w-])(?!\s+(?:\d|before|after|earlier|ago|later|of\s+(?:the\s+)?\w))",
    needs=r"\bthe\s+(?:year|month|week|full|entire|whole)",
)
def _the_unit(m, ctx):
    unit = m["unit"].lower()
    after = ctx.text[m.end() : m.end() + 16]
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if not m["pre"] and re.match(r"\s+(?:ended|ending|that\s+ended|to\s+date)\b", after, re.I):
        return _Res("DURATION", _duration(1, _unit_code(unit)), anaphoric_ok=False)
    if unit == "weekend":
        return _Res("DATE", _weekend(ctx, m) or "XXXX-WXX-WE")
    if unit == "year":
        if not m["full"] and ctx.ref_value and re.match(r"\d{4}", ctx.ref_value):
            return _Res("DATE", ctx.ref_value[:4])
        return _Res("DATE", str(ctx.anchor.year) if ctx.anchor else "XXXX")
    if not m["pre"] and not m["full"] and not re.search(r"\b(?:for|during|in|of|through|throughout)\s+$", before, re.I):
        return None
    base = ctx.day
    if base is None:
        return _Res("DATE", "XXXX")
    return _Res("DATE", _period_value(base, unit, 0))


def _weekend(ctx: _Ctx, m: re.Match) -> str | None:
    """The weekend meant in news: the one just past, or this week's if we are in or before it."""
    a = ctx.anchor
    if a is None:
        return None
    wd = a.weekday()
    if wd >= 5:
        return _week(a) + "-WE"
    future = ctx.future(m) or re.search(r"\b(?:ahead\s+of|before|until|by)\s+$", ctx.text[max(0, m.start() - 12) : m.start()], re.I)
    return _week(a if future else a - timedelta(days=7)) + "-WE"


# -- seasons and holidays ------------------------------------------------------------------


@_rule(
    "season",
    rf"(?<![\w-]){_mod_prefix()}(?:(?P<det>this\s+past|this\s+coming|this|last|next|the|that)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR_WORDS}))?(?![\w-])",
    check=lambda m, text: _season_ok(m, text),
    needs=r"spring|summer|autumn|winter|fall",
)
def _season(m, ctx):
    code = _SEASONS[m["s"].lower()]
    year = _year_of(m)
    if year is not None:
        return _Res("DATE", f"{year}-{code}")
    det = _g(m, "det")
    base = ctx.day if det == "that" else ctx.anchor
    if base is None:
        return _Res("DATE", f"XXXX-{code}")
    shift = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(det, 0)
    return _Res("DATE", _season_value(base, code, shift))


def _season_ok(m: re.Match, text: str) -> bool:
    """A season word with a determiner, modifier or year; not "the fall of Aleppo", "the spring of life"."""
    if not (m["det"] or m["year"] or m["pre"]):
        return False
    if m["s"].lower() == "fall" and not m["year"] and _g(m, "det") in ("the", "that", ""):
        return False
    return not re.match(r"\s+of\s+(?!\d|nineteen|two)", text[m.end() : m.end() + 8], re.I)


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, wd: int, n: int) -> date:
    """The n-th weekday wd (0 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, _days_in_month(year, month))
    return last - timedelta(days=(last.weekday() - wd) % 7)


_MOVABLE_HOLIDAYS = (
    "easter", "easter sunday", "easter monday", "easter week", "good friday", "thanksgiving",
    "thanksgiving day", "labor day", "labour day", "memorial day", "election day",
)


def _holiday_date(name: str, year: int) -> tuple[date, date] | None:
    """First and last day of a named holiday in a year (None when unknown)."""
    name = re.sub(r"[\s-]+", " ", name.lower().replace("’", "'")).replace("labour", "labor")
    name = re.sub(r"^eid al ", "eid al-", name)
    if name in _FIXED_HOLIDAYS:
        mo, d = _FIXED_HOLIDAYS[name]
        return date(year, mo, d), date(year, mo, d)
    easter = _easter(year)
    one_day = {
        "easter": easter, "easter sunday": easter, "good friday": easter - timedelta(days=2),
        "easter monday": easter + timedelta(days=1), "thanksgiving": _nth_weekday(year, 11, 3, 4),
        "thanksgiving day": _nth_weekday(year, 11, 3, 4), "labor day": _nth_weekday(year, 9, 0, 1),
        "memorial day": _nth_weekday(year, 5, 0, -1), "election day": _nth_weekday(year, 11, 0, 1) + timedelta(days=1),
    }.get(name)
    if one_day:
        return one_day, one_day
    if name == "easter week":
        return easter - timedelta(days=6), easter
    key = "eid al-fitr" if name == "eid" else name
    if key in _ISLAMIC and str(year) in _ISLAMIC[key]:
        start = date.fromisoformat(_ISLAMIC[key][str(year)])
        return start, start + timedelta(days=_HOLIDAY_DAYS[key] - 1)
    return None


def _title(name: str) -> str:
    """Case-sensitive regex for a holiday name as written: "Christmas Eve", "Easter week", "Eid al-Adha"."""
    words = []
    for i, w in enumerate(name.split()):
        if w in ("al-fitr", "al-adha"):
            words.append(r"al[\s-]" + f"[{w[3].upper()}{w[3]}]" + re.escape(w[4:]))
        elif i == 0:
            words.append(re.escape(w[0].upper() + w[1:]))
        else:
            words.append(f"[{w[0].upper()}{w[0]}]" + re.escape(w[1:]))
    return r"\s+".join(words)


_HOLIDAY_NAMES = sorted({*_FIXED_HOLIDAYS, *_MOVABLE_HOLIDAYS, *_ISLAMIC, "eid"}, key=len, reverse=True)
_HOLIDAY = "(?-i:" + "|".join(_title(n) for n in _HOLIDAY_NAMES) + ")"


_NAME_AFTER = re.compile(r"\s+(?:(?:al|el|bin|ibn|abu)[\s-]+)?[A-Z][a-z]")  # "Ramadan al-Sabta"
_TIME_BEFORE = re.compile(r"\b(?:during|in|before|after|since|until|till|by|through|throughout|for|of|on|this|last|next|holy)\s+(?:the\s+)?$", re.I)


@_rule("holiday", rf"(?<![\w-])(?:(?P<det>last|next|this|this\s+year's|last\s+year's)\s+)?(?P<h>{_HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?(?![\w-])")
def _holiday(m, ctx):
    name = m["h"]
    if " " not in name and "-" not in name and not m["year"] and not m["det"] and _NAME_AFTER.match(m.string, m.end()) \
            and not _TIME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "Ramadan al-Sabta", "Ramadan Kadyrov": a man's name, not the month
    year = _year_of(m)
    a = ctx.anchor
    if year is None:
        if a is None:
            return _Res("DATE", "XXXX-XX-XX")
        det = _g(m, "det")
        if det.startswith("this"):
            year = a.year
        elif det.startswith("last"):
            year = max(y for y in (a.year - 2, a.year - 1, a.year) if (_holiday_date(name, y) or (a, a))[1] < a)
        elif det == "next":
            year = min(y for y in (a.year, a.year + 1, a.year + 2) if (_holiday_date(name, y) or (a, a))[0] > a)
        else:
            year = _pick_year(a, lambda y: _holiday_date(name, y), ctx.future(m))
        if year is None:
            return None
    span = _holiday_date(name, year)
    if span is None:
        return _Res("DATE", str(year))
    if name.lower().startswith("easter week"):
        return _Res("DATE", _week(span[0]), span)
    return _Res("DATE", span[0].isoformat(), span)


# -- clock times ---------------------------------------------------------------------------

_DAY_AFTER_TIME = (
    rf"(?:,?\s+(?:(?:on|of)\s+)?(?:(?P<day>today|yesterday|tomorrow|tonight|(?:last|next|this)\s+{WEEKDAY}|{WEEKDAY})"
    rf"|(?P<cmonth>{MONTH})\s+(?P<cday>{DAYNUM})(?:,?\s+(?P<cyear>{YEAR}))?|(?P<cday2>{DAYNUM})\s+(?P<cmonth2>{MONTH})(?:,?\s+(?P<cyear2>{YEAR}))?))?"
)
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


@_rule(
    "clock",
    rf"(?<![\w:.-])"
    rf"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b)"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?!\d|:\d|\.\d)(?:\s*(?:hrs|h)\b)?"
    # the colon lost, as punctuation-stripped copy has it: "1102 AM", "600am", "2000 GMT", "- 0700 Beirut"
    rf"|(?P<hs>1[0-2]|0?[1-9])(?P<ms>[0-5]\d)\s*(?P<aps>[ap]\.\s?m\.?|[ap]m\b)"
    rf"|(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d)(?=\s+(?:{TZ})\b)"
    rf"|(?P<hz0>0\d)(?P<mz0>[0-5]\d)(?![\d,.:/-])"
    rf"|(?P<h2>1[0-2]|0?[1-9]|{_HOUR_WORD})\s+(?:o'clock\s+)?(?P<ipod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
    rf"|(?P<w>noon|midnight|midday|mid-?afternoon|mid-?morning|mid-?day)"
    rf"|(?P<h3>{_HOUR_WORD})\s+o'clock)"
    rf"(?:\s+(?P<tz>{TZ}))?{_DAY_AFTER_TIME}(?![\w-])",
    check=lambda m, text: not ((m["h24"] or m["hz0"]) and re.search(r"\d[,.]?\s*$", text[max(0, m.start() - 3) : m.start()]))
    and not (m["w"] and re.search(r"\bhigh\s+$", text[max(0, m.start() - 6) : m.start()], re.I)),
    needs=r"\d|noon|midnight|mid-?day|mid-?morning|mid-?afternoon|o'clock",
)
def _clock(m, ctx):
    day = None
    if m["day"]:
        dword = re.sub(r"\s+", " ", m["day"].lower())
        if dword in _DEICTIC_DAY:
            day = ctx.anchor + timedelta(days=_DEICTIC_DAY[dword]) if ctx.anchor else None
        else:
            parts = dword.split()
            day = _resolve_weekday(ctx, m, _weekday_of(parts[-1]), " ".join(parts[:-1]))
    elif m["cmonth"] or m["cmonth2"]:
        month = _month_of(m["cmonth"] or m["cmonth2"])
        dd = _day_of(m["cday"] or m["cday2"])
        year = _year_of(m, "cyear") or _year_of(m, "cyear2") or _guess_year(ctx.anchor, month, dd, ctx.future(m))
        day = _safe_date(year, month, dd) if year else None
    elif ctx.anchor:
        day = ctx.day
    if m["w"]:
        code = _POD[re.sub(r"[\s-]+", "", m["w"].lower())]  # noon, midnight, midafternoon ...
        stamp = code if code.startswith("T") else "T" + code
    else:
        if m["h24"] is not None:
            hh, mm = int(m["h24"]), int(m["mi24"])
        elif m["hz"] is not None or m["hz0"] is not None:
            hh, mm = int(m["hz"] or m["hz0"]), int(m["mz"] or m["mz0"])
        else:  # a 12-hour clock, its colon kept or lost ("11:02 AM", "1102 AM"), or told in words
            hword = m["h"] or m["hs"] or m["h2"] or m["h3"]
            hh = int(hword) if hword.isdigit() else _NUMBERS[hword.lower()]
            mm = int(m["mi"] or m["ms"] or 0)
            ap = (m["ap"] or m["aps"] or "").lower()
            ipod = (m["ipod"] or "").lower()
            if (ap.startswith("p") or "afternoon" in ipod or "evening" in ipod or ("night" in ipod and hh >= 6)) and hh < 12:
                hh += 12
            if (ap.startswith("a") or "morning" in ipod) and hh == 12:
                hh = 0
        stamp = f"T{hh:02d}:{mm:02d}"
    return _Res("TIME", (day.isoformat() if day else "XXXX-XX-XX") + stamp)


_DAY_NAMED_AFTER = _c(rf"\s+(?:on|of)\s+(?:the\s+)?(?:{WD_ANY}|{MONTH}|{DAYNUM}\s+{MONTH}|today|yesterday)")


@_rule(
    "dawn",
    r"(?<![\w-])(?:(?P<det>this|yesterday|today)(?:'s)?\s+)?(?P<w>dawn|daybreak|sunrise|dusk|sunset|nightfall)\b",
    check=lambda m, text: (bool(m["det"]) or bool(re.search(r"\b(?:at|before|after|since|until|till|by|from|around|near)\s+$", text[max(0, m.start() - 8) : m.start()], re.I)))
    and not _DAY_NAMED_AFTER.match(text, m.end()),  # "at dawn on Sunday": the day is Sunday's
    needs=r"dawn|daybreak|sunrise|dusk|sunset|nightfall",
)
def _dawn(m, ctx):
    base = ctx.anchor if _g(m, "det") in ("this", "today", "") else ctx.anchor - timedelta(days=1) if ctx.anchor else None
    if not _g(m, "det") and ctx.ref_day:
        base = ctx.ref_day
    return _Res("TIME", f"{base.isoformat() if base else 'XXXX-XX-XX'}T{_POD[m['w'].lower()]}")


@_rule("in_the_pod", r"(?<=\bin\s)the\s+(?P<pod>morning|afternoon|evening)(?![\w-])(?!\s+(?:of|hours|news|paper|papers|edition|session|prayers?)\b)")
def _in_the_pod(m, ctx):
    base = ctx.day
    return _Res("TIME", f"{base.isoformat() if base else 'XXXX-XX-XX'}T{_POD[m['pod'].lower()]}")


@_rule(
    "the_past_unit",
    r"(?<![\w-])the\s+(?P<dir>past|last|next|coming)\s+(?P<unit>day|week|fortnight|month|year|decade|century|hour|night|weekend)(?![\w-])(?!\s+(?:of|or\s+so|before|after)\b)",
    needs=r"\bthe\s+(?:past|last|next|coming)\b",
)
def _the_past_unit(m, ctx):
    code = _unit_code(m["unit"])
    if code == "WE":
        return _Res("DATE", _weekend(ctx, m) or "XXXX-WXX-WE")
    value = _duration(1, code)
    a = ctx.anchor
    if a is None:
        return _Res("DURATION", value, anaphoric_ok=False)
    if _g(m, "dir") in ("past", "last"):
        span = (_back(a, 1, code), a)
    else:
        span = (a, _back(a, -1, code) if code not in ("H", "TM", "S") else a + timedelta(days=1))
    return _Res("DURATION", value, span if span[0] and span[1] else None, anaphoric_ok=False)


@_rule(
    "year_words",
    rf"(?<![\w-])(?:(?P<the>the\s+year)\s+)?(?P<year>{YEAR_WORDS})(?![\w-])",
    check=lambda m, text: bool(m["the"]) or not re.match(r"[\s-]+(?:{0}|hundred|thousand|percent|people|of|{1})".format(_ONES, UNIT), text[m.end() : m.end() + 16], re.I),
    needs=r"nineteen|eighteen|thousand",
)
def _year_words_rule(m, ctx):
    year = _year_words(m["year"])
    if year is None or not 1800 <= year <= 2100:
        return None
    return _Res("DATE", str(year))


@_rule("week_of", rf"(?<![\w-])(?:the\s+)?week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?(?![\w-])")
def _week_of(m, ctx):
    month, day = _month_of(m["month"]), _day_of(m["day"])
    year = _year_of(m) or _guess_year(ctx.anchor, month, day, ctx.future(m))
    d = _safe_date(year, month, day) if year else None
    return _Res("DATE", _week(d) if d else f"XXXX-{month:02d}-{day:02d}")


@_rule("month_set", rf"(?<![\w-])(?:every|each)\s+(?P<month>{MONTH_FULL})(?![\w-])")
def _month_set(m, ctx):
    return _Res("SET", f"XXXX-{_month_of(m['month']):02d}", anaphoric_ok=False)


# -- vague references and sets -------------------------------------------------------------


@_rule("present_ref", rf"(?<![\w-]){_alt(_LEX['present_ref'])}(?![\w-])")
def _present_ref(m, ctx):
    return _Res("DATE", "PRESENT_REF", anaphoric_ok=False)


@_rule(
    "past_ref",
    rf"(?<![\w-])(?:{_alt(_LEX['past_ref'])}|(?:the\s+)?recent\s+past)(?![\w-])(?!\s+(?:\w+\s+)?(?:{UNIT}|summers|winters|springs|autumns|seasons))",
)
def _past_ref(m, ctx):
    return _Res("DATE", "PAST_REF", anaphoric_ok=False)


@_rule("future_ref", rf"(?<![\w-]){_alt(_LEX['future_ref'])}(?![\w-])")
def _future_ref(m, ctx):
    return _Res("DATE", "FUTURE_REF", anaphoric_ok=False)


@_rule(
    "set_adverb",
    rf"(?<![\w-]){_alt(_LEX['sets'])}(?![\w-])",
    check=lambda m, text: not re.match(r"\s+(?!(?:and|or|but|to|in|at|for|from|since|until|by|on|with|through|over|the|a|an|as|during|basis)\b)[a-z]", text[m.end() : m.end() + 16]),
)
def _set_adverb(m, ctx):
    return _Res("SET", _SETS[re.sub(r"\s+", " ", m.group(0).lower())], anaphoric_ok=False)


@_rule(
    "set_every",
    rf"(?<![\w-])(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>{NUM})\s+)?|(?P<rate>(?<=\s)a|an)\s+(?=(?:day|week|month|year|hour)\b))(?P<unit>{UNIT})(?![\w-])",
    check=lambda m, text: bool(m["q"]) or bool(re.search(r"(?:times|once|twice|\d|dollars?|cents?|percent|%|billion|million|tons?|barrels?)\s+$", text[max(0, m.start() - 16) : m.start()], re.I)),
)
def _set_every(m, ctx):
    code = _unit_code(m["unit"])
    n = _num(m["num"]) if m["num"] else 1.0
    if m["other"] and m["other"].lower() == "other":
        n = 2.0
    if code == "WE":
        return _Res("SET", "XXXX-WXX-WE", anaphoric_ok=False)
    return _Res("SET", _duration(n, code), anaphoric_ok=False)


# ----------------------------------------------------------------------------- the engine

_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end|middle)\s+of)[\s-]+)?$", re.IGNORECASE)


@dataclass
class _Cand:
    start: int
    end: int
    order: int
    rule: _Rule
    match: re.Match


def _candidates(text: str) -> list[_Cand]:
    """Every match of every rule that passes its check."""
    cands = []
    for order, rule in enumerate(_RULES):
        if rule.needs is not None and not rule.needs.search(text):
            continue
        for m in rule.regex.finditer(text):
            if m.end() <= m.start():
                continue
            if rule.check is not None and not rule.check(m, text):
                continue
            cands.append(_Cand(m.start(), m.end(), order, rule, m))
    return cands


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first (earlier rules win ties)."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


def _strip_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and a trailing comma from an extent."""
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def find_timexes(text: str, anchor: date | None) -> list[Timex]:
    """All time expressions in text, in order, resolved against anchor (the publication date).

    Each :class:`~counterclaim.records.Timex` carries its character offsets and exact text,
    its TimeML type (DATE, TIME, DURATION, SET) and value, and -- when it denotes calendar
    days -- a :class:`~counterclaim.records.DateSpan`. Durations counted back from the
    anchor ("for 28 days", "the past week") get the window ending on the anchor; a date
    after "since" gets the window from that date to the anchor. Without an anchor, relative
    expressions get values with X placeholders ("XXXX-11-16") and no span (so does an anchor
    outside the years 1100-8900, taken for a parsing error upstream).
    """
    if not text:
        return []
    if anchor is not None and not 1100 <= anchor.year <= 8900:
        anchor = None
    ctx = _Ctx(text=text, anchor=anchor)
    out: list[Timex] = []
    for c in _select(_candidates(text)):
        try:
            res = c.rule.handler(c.match, ctx)
            if res is None or not res.value:
                continue
            span = res.span
            if span is None and res.kind in ("DATE", "TIME"):
                span = _span_of(res.value)
        except (ValueError, OverflowError):  # calendar arithmetic past year 1 or 9999
            continue
        start, end = _strip_extent(text, c.start, c.end)
        phrase = text[start:end]
        if res.kind == "DATE" and _NAMED_AFTER.match(text, end):
            continue  # "April 7th Street", "the March 14 Alliance": a name
        if res.kind == "DATE" and span and span[0] and span[1]:
            span = _part_of_period(phrase, span)
        since = _SINCE.search(text[max(0, start - 30) : start]) if res.kind in ("DATE", "TIME") else None
        if since and span and anchor and span[0] <= anchor:
            phrase = text[start - len(since.group(0)) : end]
            span = (span[0], anchor)
        elif res.kind == "DURATION" and span:
            before = text[max(0, start - 30) : start]
            t = re.search(r"\b(?:for|over|during|throughout|in|within)\s+$", before, re.I)
            if t:
                phrase = text[start - len(t.group(0)) : end]
        date_span = DateSpan(span[0], span[1], phrase) if span and span[0] and span[1] else None
        out.append(Timex(start, end, text[start:end], res.kind, res.value, date_span))
        if res.kind in ("DATE", "TIME") and res.anaphoric_ok and re.match(r"\d{4}", res.value):
            ctx.ref_value = res.value.split("T")[0]
            day = _value_day(res.value)
            if day is not None:
                ctx.ref_day = day
    return out


# a capitalised word of a name right after a date (timex.json name_words)
_NAMED_AFTER = re.compile(r"\s+(?:%s)\b" % "|".join(w.title() for w in _LEX["name_words"]))

_PERIOD_PARTS: dict[str, int] = _LEX["period_parts"]
_PART_WORD = re.compile(r"^(?:(?:at|in|by|toward|towards)\s+)?(?:the\s+)?(" + "|".join(_PERIOD_PARTS) + r")\b", re.I)


def _part_of_period(phrase: str, span: tuple[date, date]) -> tuple[date, date]:
    """"early March", "mid-February", "late 2015", "the end of February": the third of the
    month or year the phrase names (timex.json period_parts); a day or week stays whole."""
    m = _PART_WORD.match(phrase)
    days = (span[1] - span[0]).days + 1
    whole_year = days >= 365 and (span[0].month, span[0].day) == (1, 1)
    if m is None or not (28 <= days <= 31 or whole_year):
        return span  # a day, a week, a season stay whole
    third = _PERIOD_PARTS[m.group(1).lower()]
    if days <= 31:  # a month: the 1st to 10th, 11th to 20th, 21st to its end
        first = span[0] + timedelta(days=10 * third)
        last = span[1] if third == 2 else span[0] + timedelta(days=10 * third + 9)
    else:  # a year: January to April, May to August, September to December
        first = span[0].replace(month=1 + 4 * third)
        last = span[1] if third == 2 else span[0].replace(month=5 + 4 * third) - timedelta(days=1)
    return first, last


# ----------------------------------------------------------------------------- datelines

_DL_WD = rf"(?:{WEEKDAY}|{WEEKDAY_ABBR})"
_DATELINE_PATTERNS = [
    # 16 November 2016 / Wed 05 Apr 2017 / Sunday 14 Aug 2016 / 16-Nov-2016
    _c(rf"(?<![\w-])(?:{_DL_WD},?\s+)?(?P<day>{DAYNUM})[\s-]+(?P<month>{MONTH})[\s,-]+(?P<year>\d{{4}})(?!\d)"),
    # November 16, 2016 / Posted on August 3 2016 / Tue Oct 7 2014 / Apr 232017
    _c(rf"(?<![\w-])(?:{_DL_WD},?\s+)?(?P<month>{MONTH}),?\s+(?P<day>{DAYNUM}),?\s*(?P<year>(?:19|20)\d\d)(?!\d)"),
    _c(rf"(?<![\w-])(?:{_DL_WD},?\s+)?(?P<month>{MONTH})\s+(?P<day>0[1-9]|[12]\d|3[01])(?P<year>(?:19|20)\d\d)(?!\d)"),
    # 2016-11-16
    _c(r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)"),
    # 16.11.2016 / 16-11-2016 / 16/11/2016 (day first)
    _c(r"(?<![\w./-])(?P<day>\d{1,2})(?P<sep>[./-])(?P<mon>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"),
    # a page stamp with a two-digit year, told with its hour: "Last updated: 25.07.18 19:40"
    # (day first), "Sep. 5th '16, 18:22"
    _c(r"(?<![\w./-])(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<yy>\d\d),?\s+\d{1,2}:\d\d(?!\d)"),
    _c(rf"(?<![\w-])(?P<month>{MONTH})\.?\s+(?P<day>{DAYNUM}),?\s+['’](?P<yy>\d\d)(?!\d)"),
]
# A date after one of these is an event date in the text, not a dateline ("On August 21 2013 the ...")
_NOT_DATELINE_BEFORE = re.compile(
    r"(?<!posted\s)(?<!published\s)(?<!updated\s)(?<!modified\s)\b(?:on|in|since|from|until|till|by|before|after|of|to|between|and|through)\s*$",
    re.IGNORECASE,
)


# ... unless it is a byline's: "Posted By Leith Fadel on December 14 2015"
_BYLINE_BEFORE = re.compile(r"\b(?:posted|published|written|updated)\s+by\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}\s+on\s*$", re.IGNORECASE)


def find_dateline(text: str, max_chars: int = 400) -> tuple[date, int, int] | None:
    """The publication date given in the opening of an article (a dateline), with its char offsets.

    Looks in the first ``max_chars`` characters for a full date (day, month and year) in the
    formats news sites use: "Wednesday 16 November 2016 17:23", "Wed 05 Apr 2017",
    "Posted on August 3 2016", "Published: 3 March 2016", "Last updated at Apr 23 2017",
    "2016-11-16", "16.11.2016". Returns ``(date, start, end)`` of the earliest one, or None.
    A wire dateline without a year ("BEIRUT, Nov 16 (Reuters) -") takes the year from the
    latest full date the text tells ("on Nov. 12, 2016"): the first Nov 16 on or after it,
    within a year; with no full date in the text it gives None.
    """
    head = text[:max_chars]
    best: tuple[date, int, int] | None = None
    for pat in _DATELINE_PATTERNS:
        for m in pat.finditer(head):
            gd = m.groupdict()
            try:
                month = _month_of(gd["month"]) if gd.get("month") else int(gd["mon"])
                day = _day_of(gd["day"])
                year = 2000 + int(gd["yy"]) if gd.get("yy") else int(gd["year"])
            except (KeyError, ValueError, TypeError):
                continue
            if gd.get("sep") == "/" and month > 12 and day <= 12:
                day, month = month, day
            d = _safe_date(year, month, day)
            if d is None or not 1900 <= year <= 2100:
                continue
            if _NOT_DATELINE_BEFORE.search(head[max(0, m.start() - 16) : m.start()]) \
                    and not _BYLINE_BEFORE.search(head[max(0, m.start() - 60) : m.start()]):
                continue
            if best is None or m.start() < best[1]:
                best = (d, m.start(), m.end())
            break
    wire = _yearless_wire_dateline(text, head, [best[0]] if best else [])
    if best is not None and wire is not None and wire[1] > best[1] and 0 < (best[0] - wire[0]).days <= 1:
        # "Source: Xinhua | 2016-12-14 03:12:40" above "DAMASCUS, Dec. 13 (Xinhua) --": the site's
        # clock runs hours ahead of the place the story was filed from, whose day the dateline gives
        return wire
    return best or wire


# The parts of a wire dateline, shared by every reader of one (furniture, context): the city
# the story was filed from ("Moscow", "BEIRUT/ISTANBUL"), the agency in brackets, and the
# agency between slashes as TASS writes it ("MOSCOW, October 30. /TASS/.").
FILED_FROM_CITY = r"[A-Z][A-Za-z'’.\-]+(?:[ /][A-Z][A-Za-z'’.\-]+){0,3}"
WIRE_AGENCY = r"\([^()\n]{1,40}\)"
SLASHED_AGENCY = r"/[A-Za-z ]{2,20}/\.?"

# "BEIRUT, Nov 16 (Reuters) -", "DAMASCUS, Jan. 17 (Xinhua) --", "ERBIL, Kurdistan Region, June 28 -":
# a wire dateline without a year (the crowd's copy loses the brackets: "DAMASCUS, March 20 Xinhua --"); and a page's own stamp
# of the day and hour ("August 17 at 7:12 PM", "Updated March 3 at 10:05 am")
_YEARLESS_WIRE = re.compile(
    rf"(?m)^[ \t]*{FILED_FROM_CITY},\s+(?:(?-i:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){{0,2}}),\s+)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM})"
    rf"(?:\s*{WIRE_AGENCY}\s*[-–—:]|\.?\s*{SLASHED_AGENCY}|\s+(?-i:[A-Z][A-Za-z]{{2,15}})\s*(?:--|[–—]|-(?=[ \t]))|[ \t]+[-–—]{{1,2}}[ \t])"
    rf"|^[ \t]*(?:(?:Updated|Published|Posted)[: ]\s*)?(?P<smonth>{MONTH})\s+(?P<sday>{DAYNUM}),?\s+at\s+\d{{1,2}}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?[ \t]*$"
)
_FULL_DATE = re.compile(rf"(?<![\w-])(?P<month>{MONTH})\s+(?P<day>{DAYNUM}),?\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_DAY_MONTH_YEAR = re.compile(rf"(?<![\w-])(?P<day>{DAYNUM})\s+(?P<month>{MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_MONTH_YEAR = re.compile(rf"(?<![\w-])(?P<month>{MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)")
_BARE_YEAR = re.compile(r"(?<![\w./])(?P<year>(?:19|20)\d\d)(?![\d%]|[,.]\d|\w)")
_CLAUSE_START = re.compile(r"(?:[!?\n]|(?<=[a-z]{3})\.)\s+")
_START_OF = re.compile(r"\b(?:start|beginning)\s+of\s+(?:the\s+year\s+)?$")
_LAST_WORD = {"by", "until", "till", "before", "next"}


def _told_dates(text: str) -> list[date]:
    """The earliest day each date the text tells could be (a full date is its day, "December
    2016" its first, "so far in 2014" its 1 January), leaving out the war's own history and
    years to come (timex.json dateline_year)."""
    words = _LEX["dateline_year"]
    wars, began = set(words["war_nouns"]), set(words["began_words"])
    future, preps = set(words["future_words"]) - _LAST_WORD, set(words["year_preps"])
    taken: list[tuple[int, int]] = []
    floors: list[date] = []
    for pattern, grain in ((_FULL_DATE, "day"), (_DAY_MONTH_YEAR, "day"), (_MONTH_YEAR, "month"), (_BARE_YEAR, "year")):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            before = _CLAUSE_START.split(text[max(0, m.start() - 80) : m.start()])[-1].lower()
            told = re.findall(r"[a-z]+-?", before)
            if grain == "year" and not (told and (told[-1] in preps or told[-1].rstrip("-") in preps)):
                continue  # "2000 people", "Resolution 2254"
            if not _START_OF.search(before) and began & set(told) and wars & set(told):
                continue  # "the siege began in 2015", "since the start of the uprising in March 2011"
            if told and told[-1] in _LAST_WORD or future & set(told):
                continue  # "elections due in 2021", "by 2030"
            year = int(m["year"])
            floor = _safe_date(year, _month_of(m["month"]) if grain != "year" else 1, _day_of(m["day"]) if grain == "day" else 1)
            if floor is not None:
                floors.append(floor)
    return floors


_WAR_AGES = _LEX["dateline_year"]["war_ages"]
_AGE_NUMBER = rf"(?:\d{{1,2}}|{NUMWORD})"
_AGE_QUALIFIER = _alt(list(_WAR_AGES["qualifier_shift"]))
_WAR_NOUN = _alt(_WAR_AGES["nouns"])
_FILLER = r"(?:[A-Za-z'’-]+\s+){0,2}?"
# "the three-year-old conflict", "the seven-year war", "nearly seven years of war", "six years into
# the war", "five years since the uprising": (qualifier, number) with N and a quarter years
_WAR_AGE_YEARS = re.compile(
    rf"(?i)\b(?:(?P<q>{_AGE_QUALIFIER})\s+)?(?P<n>{_AGE_NUMBER})(?:[- ]year(?:[- ]old|[- ]long)?\s+(?:the\s+)?"
    rf"|\s+years\s+(?:of|into|since|after)\s+(?:the\s+|a\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?)?){_FILLER}(?:{_WAR_NOUN})\b"
)
# "the uprising began two years ago", "since the war erupted more than five years ago"
_WAR_AGE_AGO = re.compile(
    rf"(?i)\b(?:{_WAR_NOUN})\b[^.;]{{0,80}}?\b(?:began|erupted|broke\s+out|started)\s+(?:(?P<q>{_AGE_QUALIFIER})\s+)?(?P<n>{_AGE_NUMBER})\s+years?\s+ago\b"
)
# "the 20-month-old uprising", "the 18-month conflict": an age in months
_WAR_AGE_MONTHS = re.compile(rf"(?i)\b(?P<n>\d{{1,2}}|{NUMWORD})[- ]month(?:[- ]old|[- ]long)?\s+(?:the\s+)?{_FILLER}(?:{_WAR_NOUN})\b")
# "(the war,) now in its seventh year", "will enter its sixth year in March"
_WAR_AGE_ORDINAL = re.compile(rf"(?i)\b(?P<enter>enter(?:s|ed|ing)?\s+)?(?:in\s+)?its\s+(?P<ord>{ORD_WORD}|\d{{1,2}}(?:st|nd|rd|th))\s+year\b")
# "marks the third anniversary of the start of the uprising", "(the uprising,) which marked its third anniversary"
_WAR_ANNIVERSARY = re.compile(
    rf"(?i)\b(?:its|the)\s+(?P<ord>{ORD_WORD}|\d{{1,2}}(?:st|nd|rd|th))\s+anniversary\b(?:\s+of\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?)?{_FILLER}(?P<noun>{_WAR_NOUN})\b)?"
)


def _nth_of_the_war(text: str, m: re.Match) -> int:
    """The ordinal of a year or anniversary told ("its seventh year", "the third anniversary"),
    when it is the war's: the war named in the phrase, or a war noun earlier in its sentence;
    else 0."""
    nth = _ORDINALS.get(m["ord"].lower()) or int(re.sub(r"\D", "", m["ord"]) or 0)
    if m.groupdict().get("noun"):
        return nth
    clause = _CLAUSE_START.split(text[max(0, m.start() - 120) : m.start()])[-1]
    return nth if re.search(rf"(?i)\b(?:{_WAR_NOUN})\b", clause) else 0


def _war_age_day(text: str, month: int, day: int) -> date | None:
    """The day (month, day) falls in the year the war's age told in the text points to: "BEIRUT,
    Feb 7 (Reuters) - ... one of the bloodiest days in nearly seven years of war" is 2018, the
    Syrian war having begun in March 2011 (timex.json dateline_year war_ages)."""
    counts = [(sum(len(re.findall(rf"\b{re.escape(n)}\b", text)) for n in war["names"]), i) for i, war in enumerate(_WAR_AGES["wars"])]
    told, which = max(counts)
    if not told:
        return None
    began = date.fromisoformat(_WAR_AGES["wars"][which]["began"])
    age = None
    m = _WAR_AGE_YEARS.search(text) or _WAR_AGE_AGO.search(text)
    if m is not None and (n := _num(m["n"])) is not None:
        age = n + 0.25 + (_WAR_AGES["qualifier_shift"].get(m["q"].lower(), 0) if m["q"] else 0)
    if age is None and (mo := _WAR_AGE_MONTHS.search(text)) is not None and (n := _num(mo["n"])) is not None:
        age = n / 12
    a = _WAR_ANNIVERSARY.search(text)
    if age is None and a is not None and (nth := _nth_of_the_war(text, a)):
        age = float(nth)  # "the uprising ..., which marked its third anniversary"
    o = _WAR_AGE_ORDINAL.search(text)
    if o is not None and (m is None or o.start() < m.start()) and (nth := _nth_of_the_war(text, o)):
        age = nth - 1.0 if o["enter"] else nth - 0.5  # "the crisis that erupted in 2011, now in its seventh year"

    if age is None:
        return None
    best = None
    for year in range(began.year, began.year + 60):
        d = _safe_date(year, month, day)
        if d is None or d < began:
            continue
        gap = abs((d - began).days / 365.25 - age)
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best is not None and best[0] <= 0.75 else None


def _yearless_wire_dateline(text: str, head: str, stamped: list[date]) -> tuple[date, int, int] | None:
    """A wire dateline without a year takes the first such day on or after the latest date the
    text tells (news tells what has happened), the page's own timestamp among them: "BEIRUT,
    Nov 26 (Reuters) - ... the deadliest raid on the city so far in 2014" is 26 November 2014.
    The war's age told ("nearly seven years of war") names the year, when no later date is told."""
    m = _YEARLESS_WIRE.search(head)
    if m is None:
        return None
    which = "" if m["month"] else "s"
    month, day = _month_of(m[which + "month"]), _day_of(m[which + "day"])
    told = _told_dates(text) + stamped
    by_age = _war_age_day(text, month, day)
    if by_age is not None and (not told or by_age >= max(told) - timedelta(days=1)):
        return by_age, m.start(which + "month"), m.end(which + "day")
    if not told:
        return None
    latest = max(told) - timedelta(days=1)  # (a site's timestamp may run a day ahead of the dateline)
    first = next((d for d in (_safe_date(y, month, day) for y in (latest.year, latest.year + 1))
                  if d is not None and latest <= d <= latest + timedelta(days=366)), None)
    if first is None:
        return None
    weekday = _lead_weekday(text, m.end())
    if weekday is not None and weekday not in (first.weekday(), (first.weekday() - 1) % 7):
        # "MOSCOW, April 7. /TASS/. ... assessment on Friday of the US missile strike", the
        # latest year told being an old one ("signed ... in 2015"): the next year whose April 7
        # is that Friday (or the Saturday after it)
        later = (_safe_date(first.year + k, month, day) for k in range(1, WEEKDAY_YEARS + 1))
        first = next((d for d in later if d is not None and weekday in (d.weekday(), (d.weekday() - 1) % 7)), first)
    return first, m.start(which + "month"), m.end(which + "day")


WEEKDAY_YEARS = 11  # years after the latest one told searched for a dateline's day that falls on the lead's weekday
_LEAD_WEEKDAY = re.compile(rf"\b(?:on|last|late|early)\s+(?P<weekday>{WEEKDAY})", re.I)
LEAD_CHARS = 300  # the lead sentence after a dateline, where its weekday is told


def _lead_weekday(text: str, start: int) -> int | None:
    """The weekday the lead right after a dateline tells ("... on Friday"), as a number (Monday 0)."""
    m = _LEAD_WEEKDAY.search(text, start, start + LEAD_CHARS)
    return _weekday_of(m["weekday"]) if m else None
