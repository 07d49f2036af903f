"""Check: a verdict for each claim, with its evidence, its coverage and an explanation.

The rules are those of DESIGN.md ("Claim verdicts"):

- contradicted: a fair-or-better incident in the claim's scope that the claim denies
  (or figures/perpetrators that clearly conflict with what it asserts), from sources
  independent of the claimant;
- disputed: evidence in scope exists but its attribution is uncertain or contested, or
  only weak single-source reports contradict the claim;
- supported: independent sources confirm what the claim asserts; for a denial, the scope
  is well covered and no such incident is reported;
- unverified: too little coverage of the scope to say.

Where no independent report settles a claim (it would be unverified, or a denial supported
only by silence), another party's claim about the same scope that says otherwise (a denial
of what it asserts, an assertion of what it denies, or another doer blamed) makes it
disputed: the parties contest it, and that claim is quoted as the evidence.

The claimant is never its own evidence: reports sourced to the claimant's side (its
allies included, per the ``camp`` of the actor lexicon) or claimed by it do not count.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Sequence

from .analyze import lexicon
from .analyze.lexicon import flies_nothing, names_actor
from .analyze.places import normalize
from .analyze.counts import civilian_groups, vague
from .fuse import grade_of, place_within, places_agree, vaguely_dated
from .records import Check, Claim, Coverage, DateSpan, Evidence, Incident, Place, Range, Report, Toll, same_kind

CERTAIN = ("stated", "claimed", "alleged")


@dataclass(frozen=True)
class CheckOptions:
    """How strict the check is.

    Args:
        exclude_own_article: judge a claim only against other articles than its own
            (as the claims benchmark's gold does); by default its own article's reports by
            other sources count.
        min_articles / min_outlets: coverage needed before silence supports a denial.
        figure_tolerance: relative gap within which casualty figures agree.
    """

    exclude_own_article: bool = False
    min_articles: int = 3
    min_outlets: int = 2
    figure_tolerance: float = 0.3


@lru_cache(maxsize=1)
def _camps() -> dict[str, str]:
    lex = lexicon.load()
    return {row["key"]: row.get("camp") or row["key"] for row in lex.actors}


def same_side(a: str | None, b: str | None) -> bool:
    """True when two actor keys are the same party or allies (same camp)."""
    if not a or not b:
        return False
    camps = _camps()
    return a == b or camps.get(a, a) == camps.get(b, b)


def _source_actor(name: str) -> str | None:
    lex = lexicon.load()
    org = lex.orgs.get(name.lower())
    if org:
        return org["actor"]
    return lex.actor_aliases.get(name.lower())


def outlet_side(outlet: str | None) -> str | None:
    """The party an outlet speaks for (state media), from the speaker lexicon; None if independent."""
    if not outlet:
        return None
    return lexicon.load().outlets.get(lexicon.outlet_key(outlet))


def _claimant_side(source: str, claim: Claim) -> bool:
    """A source that is the claimant: its own organisation, or its side of the war."""
    return bool(claim.speaker_org and source.lower() == claim.speaker_org.lower()) or same_side(_source_actor(source), claim.actor)


def independent(report: Report, claim: Claim, options: CheckOptions, outlet: str | None = None) -> bool:
    """May this report stand as evidence about this claim?

    Not when it comes from the claim's own sentence, is sourced only to the claimant's side
    (allies included), is the claimant's side announcing its own action, or was published
    by an outlet of the claimant's side without an independent source of its own.
    """
    if options.exclude_own_article and report.article_id == claim.article_id:
        return False
    if same_side(outlet_side(outlet), claim.actor) and not _cites_an_independent_source(report):
        return False
    if report.sources and all(_claimant_side(s, claim) for s in report.sources):
        return False
    if report.attribution == "claimed" and any(same_side(p, claim.actor) for p in report.perpetrators):
        # the claimant's side announcing its own strike: the claimant again
        if not report.sources or all(_source_actor(s) is not None for s in report.sources):
            return False
    if report.article_id == claim.article_id and report.start <= claim.start < report.end and not report.sources:
        return False  # the claim's own sentence
    return True


def _civilians_died(report: Report) -> bool:
    """The report names civilians among the dead ("21 civilians, including five children")."""
    groups = civilian_groups() | {"mostly_civilians"}
    return report.killed is not None and any(n > 0 for k, n in report.victims if k in groups)


def _anyone_died(report: Report) -> bool:
    """The report tells of dead."""
    return report.killed is not None and (report.killed.best or report.killed.low or 0) > 0


@lru_cache(maxsize=1)
def _air_means() -> frozenset[str]:
    """The means of the event lexicon that fix an air strike ("jets", "barrel bomb")."""
    return frozenset(t.means for t in lexicon.load().events if t.type == "air_strike" and t.means)


def _delivered_by_air(incident: Incident) -> bool:
    """A report of the incident tells an aircraft or an air strike among its means: "a
    suspected chemical attack ... by Syrian or Russian jets" is a strike from the air too."""
    air = _air_means()
    return any(m in air for r in incident.reports for m in r.means)


BATTLE_KINDS = frozenset({"air_strike", "shelling", "armed_clash"})


def _counts_a_side_s_dead(claim: Claim) -> bool:
    """The claim's figure counts the dead fighters of one side ("killed 120 IS militants")."""
    return claim.scope.dead == "combatants" and claim.scope.dead_party is not None


def in_scope(incident: Incident, claim: Claim) -> bool:
    """Does the incident fall inside the claim's scope (type, place, window)? It does where
    and when any of its reports puts it."""
    scope = claim.scope
    if scope.event_type and incident.event_type != scope.event_type:
        pair = {scope.event_type, incident.event_type}
        bombed = pair <= {"air_strike", "shelling"} and claim.stance == "denies" and scope.actor is None
        flown = scope.event_type == "air_strike" and _delivered_by_air(incident)  # a chemical attack from the air
        # "Jaish al-Islam has not targeted Damascus": a group without aircraft strikes from the
        # ground (not a raid told with its aircraft or barrel bombs)
        grounded = pair == {"air_strike", "shelling"} and scope.actor is not None and flies_nothing(scope.actor) and not _delivered_by_air(incident)
        # "its warplanes killed up to 120 IS militants near al-Sukhna": a count of a side's dead
        # fighters is a toll of the battle, however they died (strikes, shelling, fighting)
        battle = _counts_a_side_s_dead(claim) and pair <= BATTLE_KINDS
        if not (bombed or flown or grounded or battle) and not same_kind(scope.event_type, incident.event_type):
            return False

    def placed(where: Place | None) -> bool:
        return scope.place is None or (where is not None and (
            _place_in_scope(where, scope.place, claim.stance) or _province_of_an_unknown_village(where, claim, incident)
        ))

    def dated(when: DateSpan | None) -> bool:
        return scope.window is None or (when is not None and when.overlaps(scope.window))

    # the incident's date, and a place any of its reports gives ("near Damascus", "in Zamalka")
    if dated(incident.when) and any(placed(w) for w in [incident.where, *(r.where for r in incident.reports)]):
        return True
    # or one of its reports puts it in the place and window (fused reports may differ by a
    # day); one that gives no day of its own ("following an attack last week") does not
    return any(dated(r.when) and placed(r.where) for r in incident.reports if not vaguely_dated(r.when))


def _province_of_an_unknown_village(where: Place, claim: Claim, incident: Incident) -> bool:
    """"Regime forces shelled the village of Kansafra", a village the gazetteer does not know:
    a report of the same doer told only of the province it is in bears the assertion out."""
    scope = claim.scope
    return (
        claim.stance == "asserts"
        and scope.place.resolved is None
        and scope.actor is not None
        and scope.actor in incident.perpetrators
        and where.level == "province"
        and place_within(scope.place, where)
    )


def _place_in_scope(where: Place, place: Place, stance: str) -> bool:
    if stance == "asserts" and place.level in ("neighbourhood", "district") and where.city and where.city == place.city and not where.near:
        return True  # an assertion is corroborated by such events elsewhere in the same city
    if _told_of(where, place) if stance == "asserts" else place_within(where, place):
        return True
    # a city-level report for a claim about a part of that city
    return place.level in ("district", "neighbourhood") and where.level in ("city", None) and places_agree(where, place)


def _evidence(incident: Incident, reports: list[Report], outlets: dict[str, str | None]) -> list[Evidence]:
    out = []
    for r in reports:
        out.append(
            Evidence(
                article_id=r.article_id,
                quote=r.quote,
                date=r.when.start.isoformat() if r.when else None,
                place=(r.where.resolved or r.where.name) if r.where else None,
                event_type=r.event_type,
                perpetrators=list(r.perpetrators),
                attribution=r.attribution,
                killed=r.killed.best if r.killed else None,
                outlet=outlets.get(r.article_id),
                incident_id=incident.id,
                start=r.start,
                end=r.end,
            )
        )
    return out


def _actor_fit(claim_actor: str | None, reports: list[Report], outlets: dict[str, str | None] | None = None,
               also: tuple[str, ...] = ()) -> str:
    """How the evidence's perpetrators fit the actor a claim is about.

    Returns ``any`` (no actor named), ``certain`` (the actor is blamed without doubt),
    ``uncertain`` (among alternatives, unknown, or only alleged), or ``other`` (someone
    else is blamed). A claim about several parties together (``also``: "Russian and Syrian
    warplanes have not struck Aleppo") fits with certainty reports that leave it between
    those parties ("Syrian or Russian jets").
    """
    if claim_actor is None:
        return "any"
    named = [_as_accusation(r, (outlets or {}).get(r.article_id)) for r in reports if r.perpetrators]
    if also and named and all(
        r.attribution in ("uncertain", "stated", "claimed") and set(r.perpetrators) <= {claim_actor, *also} for r in named
    ):
        return "certain"
    told = [r for r in named if not r.inferred]
    named = told or named  # an inferred attribution counts only where nothing is told
    if not named:
        return "uncertain"
    if any(names_actor(r.perpetrators, claim_actor) and r.attribution == "claimed" for r in named):
        return "certain"  # the actor says it did it
    blamed_others = [r for r in named if not names_actor(r.perpetrators, claim_actor) and r.attribution in ("stated", "claimed")]
    if any(names_actor(r.perpetrators, claim_actor) and r.attribution == "stated" for r in named):
        if not blamed_others and not any(r.attribution == "uncertain" and names_actor(r.perpetrators, claim_actor) for r in named):
            return "certain"
    accusers = [r for r in named if names_actor(r.perpetrators, claim_actor) and r.attribution in ("alleged", "stated", "claimed")]
    doubters = [r for r in named if names_actor(r.perpetrators, claim_actor) and r.attribution == "uncertain"]
    _, n_sources, n_outlets = grade_of(accusers, outlets or {}) if accusers else ("", 0, 0)
    if accusers and min(n_sources, n_outlets) >= 2 and len(accusers) > len(doubters) and not blamed_others:
        # blamed by two or more independent sources in two or more outlets (one article's account
        # is one, whoever it cites), more than leave it open, nobody else blamed
        return "certain"
    if any(names_actor(r.perpetrators, claim_actor) for r in named):
        return "uncertain"
    return "other"


def _as_accusation(report: Report, outlet: str | None) -> Report:
    """A party's outlet blaming another party ("PKK/YPG terrorists once again targeted
    civilians", in Anadolu's own voice) accuses it: alleged, not told as fact, unless it cites
    an independent source (a monitor, rescuers, the UN) for it."""
    side = outlet_side(outlet)
    if side is None or report.attribution != "stated" or names_actor(report.perpetrators, side):
        return report
    return report if _cites_an_independent_source(report) else replace(report, attribution="alleged")


def _cites_an_independent_source(report: Report) -> bool:
    """The report names a source of the speaker lexicon's independent kind (a monitor, rescuers, the UN)."""
    sources = lexicon.load().sources
    return any(s.lower() in sources for s in report.sources)


def _told_in_scope(report: Report, claim: Claim) -> bool:
    """The report itself puts the incident inside the claim's place and window: only its
    toll is a figure for what the claim speaks of (a city-wide toll is not a neighbourhood's)."""
    scope = claim.scope
    if scope.window and report.when and not report.when.overlaps(scope.window):
        return False
    return scope.place is None or (report.where is not None and _told_of(report.where, scope.place))


def _told_of(where: Place, place: Place) -> bool:
    """A report's place is the claim's place or inside it; or, told as "near Manbij", it
    may be the village the claim names in Manbij's surroundings (enough to bear out an
    assertion, never to contradict a denial)."""
    return place_within(where, place) or (where.near and place_within(place, where))


def _tolls(reports: list[Report], claim: Claim) -> list[int]:
    """The tolls independent reports give for one incident: every source's own figure, the
    figures they credit to the claimant's side or to the incident's doer left out, vague
    ones ("dozens") only where nothing precise is told."""
    figures = [
        t.killed for r in reports if not _other_dead(r, claim) for t in _tolls_of_the_side(r, claim)
        if t.killed.best is not None and not (t.sources and all(_claimant_side(s, claim) or _doer_of(s, r) for s in t.sources))
    ]
    precise = [k for k in figures if not vague(k)]
    return sorted({k.best for k in (precise or figures)})


def _tolls_of_the_side(report: Report, claim: Claim) -> tuple[Toll, ...]:
    """The report's tolls, or, when the claim counts the dead fighters of one side ("SDF
    fighters killed 57 ISIS mercenaries") and the report counts that side's apart ("26 SDF
    fighters and 23 IS jihadists were killed"), that side's figure alone; when it counts
    the fighters its doer killed without naming their side, the other sides' figures."""
    sides = dict(report.party_dead)
    side = sides.get(claim.scope.dead_party) if claim.scope.dead_party else None
    doer = claim.scope.actor
    if side is None and claim.scope.dead == "combatants" and doer in sides and len(sides) > 1:
        # "army units killed more than 90 terrorists": the doer's enemies, not its own dead
        # ("29 regime fighters and 31 IS fighters were killed": 31)
        side = sum(n for party, n in sides.items() if party != doer)
    if side is None:
        return report.all_tolls()
    return (Toll(Range(side, side, str(side)), report.sources, report.start, report.end, report.quote),)


def _other_dead(report: Report, claim: Claim) -> bool:
    """All the report's dead are of another kind than the claim's figure counts: civilians
    against a count of fighters ("1,780 terrorists have been killed"), or fighters against a
    count of civilians. Its toll is no figure for the claim's."""
    if claim.scope.dead is None or report.killed is None or report.killed.best is None:
        return False
    victims = dict(report.victims)
    other = "civilians" if claim.scope.dead == "combatants" else "combatants"  # ("mostly civilians": some were not)
    return victims.get(other, 0) >= report.killed.best


def _doer_of(source: str, report: Report) -> bool:
    """The source is the party the report says did it: its count of its own kills ("IS said
    its fighters killed more than 150") is a boast, not a toll."""
    actor = _source_actor(source)
    return actor is not None and actor in report.perpetrators


def _figures_agree(claimed, tolls: list[int], tolerance: float) -> str:
    """supported / disputed / contradicted for a casualty figure against one incident's
    independent tolls.

    The incident's best estimate is its most conservative toll (as ACLED's): a figure near
    it (or "at least N" below it) is supported. A figure off by a factor of two against
    every toll is contradicted; anything between (tolls that straddle it, a moderate gap)
    is disputed.
    """
    if claimed is None or claimed.best is None or not tolls:
        return "supported"
    value, best = claimed.best, min(tolls)
    if claimed.high is None and claimed.low is not None and best >= value:
        return "supported"  # "at least N" and the tolls at or above it
    if abs(best - value) <= tolerance * max(best, value, 1):
        return "supported"
    if all(max(t, value) >= 2 * max(1, min(t, value)) for t in tolls):
        return "contradicted"
    return "disputed"


def _figures_verdict(claimed, per_incident: list[list[int]], tolerance: float) -> str:
    """The figure against every incident in scope: supported if one incident bears it out,
    contradicted if every one refutes it, else disputed."""
    verdicts = {_figures_agree(claimed, tolls, tolerance) for tolls in per_incident}
    if not verdicts or "supported" in verdicts:
        return "supported"
    return "contradicted" if verdicts == {"contradicted"} else "disputed"


TOTAL_DAYS = 7  # a figure for a longer period is a total of many incidents ("since the start of the operation")


def _a_total(claim: Claim) -> bool:
    """The claim's figure counts the dead of a period longer than a week."""
    return claim.scope.killed is not None and claim.scope.window is not None and claim.scope.window.days > TOTAL_DAYS


def _dated_inside(incident: Incident, claim: Claim) -> bool:
    """The incident surely falls in the claim's period: dated to a day or a few, or its whole
    span inside the period (a day's slack). An event known only to a month ("last month")
    that overlaps the period may lie outside it."""
    window, when = claim.scope.window, incident.when
    if window is None or when is None or not vaguely_dated(when):
        return True
    return window.start - timedelta(days=1) <= when.start and when.end <= window.end + timedelta(days=1)


def _scope_words(claim: Claim) -> str:
    s = claim.scope
    what = (s.event_type or "incidents").replace("_", " ") + ("s" if s.event_type else "")
    where = f" in {s.place.resolved or s.place.name}" if s.place else ""
    when = f" between {s.window.start} and {s.window.end}" if s.window else ""
    who = f" by {s.actor}" if s.actor else ""
    spared = f"that {s.spared} died in " if s.spared else ""  # "that civilians died in air strikes ..."
    return f"{spared}{what}{who}{where}{when}"


def _town_key(claim: Claim) -> str | None:
    """The town or district a claim is about, as a name to compare (None: no place, or one
    wider than a town)."""
    place = claim.scope.place
    if place is None or place.level not in ("city", "district", "neighbourhood"):
        return None
    return normalize(place.resolved or place.name)


def _same_claim_scope(a: Claim, b: Claim) -> bool:
    """Two claims speak of one incident: of one kind (or one of them of an attack of no known
    kind), dated to the same few days, in the same town or district (not merely the same
    province, nor a district and the city it is filed under)."""
    sa, sb = a.scope, b.scope
    if not (sa.event_type and sb.event_type and sa.window and sb.window):
        return False
    if not ("attack" in (sa.event_type, sb.event_type) or same_kind(sa.event_type, sb.event_type)):
        return False
    if vaguely_dated(sa.window) or vaguely_dated(sb.window) or not sa.window.overlaps(sb.window):
        return False
    town = _town_key(a)
    return town is not None and town == _town_key(b)


def gainsays(other: Claim, claim: Claim, options: CheckOptions = CheckOptions()) -> bool:
    """``other`` is another party's claim that says otherwise about the claim's incident: one
    denies that a doer did what the other asserts of that doer (or of no doer named). Two
    assertions blaming different sides are not taken for one incident: both sides strike
    the same district on the same day."""
    if other is claim or (other.article_id, other.start) == (claim.article_id, claim.start):
        return False
    if options.exclude_own_article and other.article_id == claim.article_id:
        return False
    if claim.stance == other.stance or same_side(other.actor, claim.actor) or (other.speaker_org and other.speaker_org == claim.speaker_org):
        return False
    if not _same_claim_scope(other, claim):
        return False
    denial, assertion = (claim, other) if claim.stance == "denies" else (other, claim)
    denied = denial.scope.actor
    if assertion.scope.dead == "combatants":
        return False  # "strikes killed 45 jihadists": the doer's strike on its enemy, no charge it would deny
    return denied is not None and (assertion.scope.actor is None or same_side(assertion.scope.actor, denied))


def _counter_evidence(other: Claim, outlets: dict[str, str | None]) -> Evidence:
    s = other.scope
    return Evidence(
        article_id=other.article_id,
        quote=other.quote,
        date=s.window.start.isoformat() if s.window else None,
        place=(s.place.resolved or s.place.name) if s.place else None,
        event_type=s.event_type or "other",
        perpetrators=[s.actor] if s.actor else [],
        attribution="claimed",
        killed=s.killed.best if s.killed else None,
        outlet=outlets.get(other.article_id),
        start=other.start,
        end=other.end,
        kind="counterclaim",
    )


def check_claim(
    claim: Claim,
    incidents: list[Incident],
    coverage: Coverage,
    outlets: dict[str, str | None],
    options: CheckOptions = CheckOptions(),
    claims: Sequence[Claim] = (),
) -> Check:
    """The verdict on one claim against fused incidents and the coverage of its scope (and,
    where no report settles it, the other parties' ``claims`` that say otherwise)."""
    check = _check_against_reports(claim, incidents, coverage, outlets, options)
    if check.verdict not in ("unverified", "supported") or check.verdict == "supported" and check.evidence:
        return check
    against = [c for c in claims if gainsays(c, claim, options)]
    if not against:
        return check
    other = against[0]
    who = claim.speaker or claim.speaker_org or "The speaker"
    them = other.speaker or other.speaker_org or "another party"
    text = (
        f"{who} {'denies' if claim.stance == 'denies' else 'asserts'} {_scope_words(claim)}; {them} says otherwise "
        f"and no independent report settles it: \u201c{other.quote[:240]}\u201d."
    )
    return replace(check, verdict="disputed", evidence=check.evidence + [_counter_evidence(c, outlets) for c in against],
                   explanation=text)


def _check_against_reports(
    claim: Claim,
    incidents: list[Incident],
    coverage: Coverage,
    outlets: dict[str, str | None],
    options: CheckOptions,
) -> Check:
    # (incident, its independent reports, grade, independent sources, how its perpetrators fit the claim)
    relevant: list[tuple[Incident, list[Report], str, int, str]] = []
    for inc in incidents:
        if not in_scope(inc, claim):
            continue
        reports = [r for r in inc.reports if independent(r, claim, options, outlets.get(r.article_id))]
        if claim.scope.window is not None:
            # a report with no date at all ("has carried out strikes in the province") says
            # nothing of a dated claim's period, whatever incident it was fused into
            reports = [r for r in reports if r.when is not None]
        if not reports:
            continue
        grade, n_sources, _ = grade_of(reports, outlets)
        # a fight has two sides: "army units killed 200 terrorists" and "rebels attacked the
        # army base" tell the same clash, whichever side the report names as its doer
        # (as does a count of one side's dead set against the fighting they died in)
        fight = inc.event_type == "armed_clash" and (claim.scope.event_type == "armed_clash" or _counts_a_side_s_dead(claim))
        fit = "any" if fight else _actor_fit(claim.scope.actor, reports, outlets, claim.scope.also)
        relevant.append((inc, reports, grade, n_sources, fit))
    denial = claim.stance == "denies" or claim.scope.spared is not None
    if claim.scope.spared is not None:
        # "killed only militants", "no civilians were harmed": a denial that civilians died,
        # which only reports of civilian dead bear on; "resulted only in material damage",
        # "there were no casualties": a denial that anyone died, which reports of any dead bear
        # on. Those reports come first, as the evidence quoted.
        died = _civilians_died if claim.scope.spared == "civilians" else _anyone_died
        relevant = [(inc, sorted(reps, key=lambda r: not died(r)), *rest) for inc, reps, *rest in relevant if any(died(r) for r in reps)]
    evidence = [e for inc, reps, *_ in relevant for e in _evidence(inc, reps, outlets)]
    scope = _scope_words(claim)
    cov = f"{coverage.articles} article(s) from {coverage.outlets} outlet(s) covered that place and period"
    who = claim.speaker or claim.speaker_org or "The speaker"
    if denial:
        strong = [x for x in relevant if x[4] in ("any", "certain") and x[2] in ("fair", "confirmed") and _dated_inside(x[0], claim)]
        doubtful = [x for x in relevant if x[4] != "other"]
        if strong:
            inc, reps, grade, n, _ = strong[0]
            verdict = "contradicted"
            text = (
                f"{who} denies {scope}, but {len(strong)} incident(s) in that scope are reported by sources independent "
                f"of the claimant; the best-attested ({inc.event_type.replace('_', ' ')} on {inc.when.start if inc.when else '?'} "
                f"in {(inc.where.resolved or inc.where.name) if inc.where else '?'}, graded {grade}, {n} independent source(s)) "
                f"says: \u201c{reps[0].quote[:240]}\u201d."
            )
        elif doubtful:
            verdict = "disputed"
            inc, reps, grade, n, fit = doubtful[0]
            if not _dated_inside(inc, claim):
                why = f"it is dated only to {inc.when.start} to {inc.when.end}, not surely inside the claim's period"
            elif fit == "uncertain":
                why = "its attribution is uncertain or contested"
            else:
                why = f"it rests on {n} source(s) only (graded {grade})"
            text = (
                f"{who} denies {scope}. Independent reports describe such an incident, but {why}: "
                f"\u201c{reps[0].quote[:240]}\u201d."
            )
        elif coverage.articles >= options.min_articles and coverage.outlets >= options.min_outlets:
            verdict = "supported"
            text = f"{who} denies {scope}. {cov}, and none reports such an incident."
        else:
            verdict = "unverified"
            text = f"{who} denies {scope}. No independent report contradicts it, but coverage is too thin to confirm it: {cov}."
    else:
        fits = relevant
        # an admission ("our air force struck") needs the event confirmed; an accusation needs
        # the attribution confirmed too, so uncertain attribution leaves it disputed
        admission = claim.scope.actor is None or same_side(claim.scope.actor, claim.actor)
        admitting = [x for x in fits if x[4] in (("any", "certain", "uncertain") if admission else ("any", "certain"))]
        unsure = [x for x in fits if x[4] == "uncertain"] if not admission else []
        others = [x for x in fits if x[4] == "other"]
        if admitting:
            per_incident = [t for t in (_tolls([r for r in reps if _told_in_scope(r, claim)], claim) for _, reps, *_ in admitting) if t]
            tolls = sorted({t for ts in per_incident for t in ts})
            figure = _figures_verdict(claim.scope.killed, per_incident, options.figure_tolerance)
            inc, reps, grade, n, fit = admitting[0]
            if figure == "supported" and not per_incident and _a_total(claim):
                # "1,780 terrorists have been killed since the start of the operation": one
                # incident told without a toll does not bear out a total for weeks of war
                verdict = "unverified"
                text = (
                    f"{who} gives {claim.scope.killed.best} killed over {claim.scope.window.days} days ({scope}); "
                    f"independent sources tell of such incidents but give no toll to set against it: "
                    f"\u201c{reps[0].quote[:240]}\u201d."
                )
            elif figure == "supported":
                verdict = "supported"
                text = (
                    f"{who} asserts {scope}; {len(admitting)} incident(s) from independent sources confirm it "
                    f"(graded {grade}): \u201c{reps[0].quote[:240]}\u201d."
                )
                if claim.scope.killed is not None and claim.scope.killed.best is not None and not per_incident:
                    # the event is borne out, its figure neither borne out nor refuted
                    text += f" No independent source gives a toll to set against its {claim.scope.killed.best} killed."
            else:
                verdict = figure
                text = (
                    f"{who} gives {claim.scope.killed.best} killed; independent sources give {', '.join(map(str, tolls))}."
                )
        elif unsure:
            inc, reps, grade, n, _ = unsure[0]
            verdict = "disputed"
            text = (
                f"{who} asserts {scope}. Independent sources confirm such an incident but not who carried it out: "
                f"\u201c{reps[0].quote[:240]}\u201d."
            )
        elif others:
            inc, reps, grade, n, _ = others[0]
            # someone else is blamed: a contradiction only when that is told as fact, not
            # alleged ("activists say the jets were most likely Russian")
            told = any(r.perpetrators and r.attribution in ("stated", "claimed") for r in reps)
            verdict = "contradicted" if grade in ("fair", "confirmed") and told else "disputed"
            text = (
                f"{who} asserts {scope}, but independent sources attribute the incident to "
                f"{', '.join(inc.perpetrators) or 'someone else'} (graded {grade}): \u201c{reps[0].quote[:240]}\u201d."
            )
        else:
            verdict = "unverified"
            text = f"{who} asserts {scope}. No independent source in the ledger reports it; {cov}."
    return Check(claim=claim, verdict=verdict, evidence=evidence, coverage=coverage, explanation=text)


def check_all(
    claims: list[Claim],
    incidents: list[Incident],
    coverage_of: Callable[[Place | None, date | None, date | None], Coverage],
    outlets: dict[str, str | None],
    options: CheckOptions = CheckOptions(),
) -> list[Check]:
    """Verdicts for many claims against the same incidents."""
    # the claims that may gainsay a claim are about its town: looked up, not scanned for each
    by_town: dict[str, list[Claim]] = {}
    for claim in claims:
        town = _town_key(claim)
        if town is not None:
            by_town.setdefault(town, []).append(claim)
    out = []
    for claim in claims:
        w = claim.scope.window
        coverage = coverage_of(claim.scope.place, w.start if w else None, w.end if w else None)
        out.append(check_claim(claim, incidents, coverage, outlets, options, by_town.get(_town_key(claim) or "", ())))
    return out
