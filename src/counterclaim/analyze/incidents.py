"""Incident reports: one article's accounts of violent events.

``drafting`` reads each sentence into drafts; here the drafts of one article that tell the
same event (compatible type, date, place, perpetrators and sources, or an anaphoric "the
attack" right after) are merged into reports, keeping every cited source, the most
informative sentence as the quote and the first figure told. ``lead_report`` picks the
incident the article is mainly about.
"""

from __future__ import annotations

from dataclasses import replace

from ..fuse import place_within, places_agree
from ..records import Place, Report, Toll, same_kind
from . import lexicon
from .context import ArticleContext, end_of_a_route, place_rank
from .counts import civilian_groups, vague
from .places import same_name
from .drafting import Draft, landmark_of_one_before, moved_to_or_from, sentence_drafts


LONG_BEFORE_DAYS = 62  # a day guessed from the publication and one told this far from it are two events


def _compatible(a: Draft, b: Draft) -> bool:
    """Two reports of one article that describe the same event (``b`` comes later).

    Reports credited to different sources stay apart unless the later one names no place
    of its own ("strikes had hit the city"), i.e. it goes on about the event told before.
    """
    if a.start == b.start and a.earlier != b.earlier:
        return False  # "a week after a car bomb killed 40, a second bomb killed 12": two events
    if a.event_type != b.event_type and "other" not in (a.event_type, b.event_type):
        if not same_kind(a.event_type, b.event_type) and not _bombardment_of_either_kind(a, b):
            return False
    if a.when and b.when and a.own_date and b.own_date and not a.when.overlaps(b.when) and not _told_next_day(a, b):
        return False  # a date the text gives beats one assumed from the publication
    if a.when and b.when and a.own_date != b.own_date and not a.when.overlaps(b.when, slack_days=LONG_BEFORE_DAYS):
        return False  # a headline of the day is not an event the text dates months before it ("in August 2013")
    # a place that only stands in: the main place of a draft that names none, or a title's
    # (not a body line's that lost its full stop: the place told just before is its own)
    guessed = any(d.guessed_place or _title_line(d) and not d.explicit_place for d in (a, b))
    if a.where and b.where and not guessed and not places_agree(a.where, b.where) and not _headline_province(a, b):
        return False  # (a headline's place, when it names none, is only the article's main place)
    if a.perpetrators and b.perpetrators and not set(a.perpetrators) & set(b.perpetrators):
        return False
    if _other_dead(a, b) or _other_dead(b, a):
        return False  # "six civilians were killed ... the army killed dozens of militants": two events
    # a source told again without its name, or the doer claiming its deed, is no other account
    # (a source told again without its name goes on with an account before it: not b's own)
    told_by = [x for x in _accounts(b) if not _refers_back(x) and not _unnamed(x)]
    told_before = [x for x in _accounts(a) if not _unnamed(x)]
    if told_before and told_by and not set(told_before) & set(told_by) and b.explicit_place and not (_detail_within(a, b) or _part_of_the_dead(a, b)):
        return False
    return True


def _accounts(d: Draft) -> list[str]:
    """The sources that give an account of the event: not the doer claiming its deed
    ("Islamic State claims bombings near Damascus")."""
    claimant = d.perpetrators if d.attribution == "claimed" else []
    aliases = lexicon.load().actor_aliases
    return [x for x in d.sources if aliases.get(x.lower()) not in claimant]


def _common_province(places: list[Place], provinces: list[Place]) -> Place | None:
    """Towns of one province named together ("rockets hit Zamalka, Ein Tarma and Jobar in
    Eastern Ghouta, and Moadamiyeh in Western Ghouta, in Damascus Suburbs"): the sentence after
    goes on in that province (the one named, or the one all of them lie in), not in whichever
    of them came last."""
    towns = {(p.resolved or p.name): p for p in places if p.level in ("city", "neighbourhood", "district") and p.admin1 and p.country}
    if len(towns) < 2:
        return None
    for province in provinces:
        if sum(t.country == province.country and t.admin1 == province.admin1 for t in towns.values()) >= 2:
            return province
    if len(towns) < 3 or len({(t.country, t.admin1) for t in towns.values()}) != 1:
        return None
    first = next(iter(towns.values()))
    return Place(name=first.admin1, resolved=first.admin1, level="province", country=first.country, admin1=first.admin1)


def _part_of_the_dead(a: Draft, b: Draft) -> bool:
    """b counts only part of a's dead ("30 of the dead were security personnel"): who a's dead
    were, told by another source, not another account of the event."""
    return (
        b.killed_from_toll and b.killed is not None and a.killed is not None
        and b.killed.best is not None and a.killed.best is not None and b.killed.best < a.killed.best
    )


def _detail_within(a: Draft, b: Draft) -> bool:
    """b tells, with no toll of its own, what happened on a's day in a's place or a part of it
    ("108 people were killed in the Houla area on Friday, UN observers said. Survivors said
    militiamen stormed homes in the village of Taldou"): a witness's detail, not another event."""
    return (
        b.killed is None
        and not b.victims
        and a.killed is not None
        and a.when is not None and b.when is not None and a.when.overlaps(b.when)
        and place_within(b.where, a.where)
    )


def _other_dead(a: Draft, b: Draft) -> bool:
    """Only civilians die in one, only fighters in the other, both told with their toll and
    neither in a headline: the dead of two events."""
    if a.killed is None or b.killed is None or _title_line(a) or _title_line(b) or b.victims_only or b.toll_only:
        return False
    civilians = civilian_groups()
    return bool(a.victims) and set(a.victims) <= civilians and bool(b.victims) and set(b.victims) <= {"combatants", "mostly_combatants"}


_PRONOUNS = frozenset({"he", "she", "it", "they"})
_BACK_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})


def _refers_back(source: str) -> bool:
    """A source told again without its name ("according to the report", "the monitor said",
    "it added"; stance.json back_reference_nouns): the source of what came before."""
    words = source.lower().split()
    if len(words) == 1:
        return words[0] in _PRONOUNS
    nouns = lexicon.stance_words("back_reference_nouns")
    return (
        words[0] in _BACK_DETERMINERS and len(words) <= 3 and words[1:-1] in ([], ["same"])
        and (words[-1] in nouns or words[-1].rstrip("s") in nouns)
    )


def _unnamed(source: str) -> bool:
    """A source told only by its kind, in lower case and without a definite article ("monitor
    says" in a headline, "a war monitor said"): it may be any source of that kind named
    elsewhere, so it gives no account apart from theirs ("the source" is one told before)."""
    words = source.split()
    nouns = lexicon.stance_words("back_reference_nouns")
    return bool(words) and len(words) <= 3 and all(w.islower() for w in words) and words[0] not in _BACK_DETERMINERS and (
        words[-1] in nouns or words[-1].rstrip("s") in nouns
    )


def _told_next_day(a: Draft, b: Draft) -> bool:
    """One tells the event on the day it is told ("said on Sunday that 48 people had died"),
    the other dates it to the day before ("dropped barrels late on Saturday")."""
    for told, event in ((a, b), (b, a)):
        if told.said_day and not event.said_day and 0 <= (told.when.start - event.when.end).days <= 1:
            return True
    return False


GENERIC_RANK = 10  # the rank of bare event words ("bombing", "bombardment": no weapon told)


def _bombardment_of_either_kind(a: Draft, b: Draft) -> bool:
    """A title's bombardment told without its weapon ("Hundreds killed in Homs bombardment")
    may be the shelling or the air strike the body tells ("troops bombarded the district with
    mortars and artillery"); its "bombing" may also be the body's car bomb."""
    for title, body in ((a, b), (b, a)):
        if not (_title_line(title) and title.rank <= GENERIC_RANK and title.event_type == "air_strike"):
            continue
        if body.event_type == "shelling":
            return True
        if body.event_type in ("explosive", "suicide_bomb") and "bombing" in title.trigger.lower():
            return True  # "Homs school bombing kills dozens": the car bomb the body tells
    return False


def _title_line(d: Draft) -> bool:
    """The draft is the article's title, as yet unmerged with a body sentence."""
    return d.display and d.sent_index == 0


def _headline_province(a: Draft, b: Draft, head_only: bool = False) -> bool:
    """A headline's city named like its province ("kills six in Syria's Idlib") may name the
    province, and so agrees with a town of it the body names ("the town of Sarmin in Idlib
    province") when their tolls agree (a vague or larger one sums the province's: "Dozens
    killed in bombardment on rebel-held Aleppo"); the headline may have taken in the lead
    sentence already; with head_only, only a as the headline."""
    for head, other in ((a, b),) if head_only else ((a, b), (b, a)):
        w = head.where
        if head.killed is not None and (vague(head.killed) or other.killed is not None and other.killed.best != head.killed.best):
            continue
        if head.sent_index == 0 and w.level == "city" and w.admin1 and any(same_name(w.admin1, n) for n in (w.name, w.resolved) if n):
            if other.where.country == w.country and other.where.admin1 == w.admin1:
                return True
    return False


def _informative(d: Draft) -> tuple:
    """What makes a sentence the best quote for a merged report."""
    if d.quote_score is not None:
        return d.quote_score
    return (not d.display, d.killed is not None, bool(d.sources), d.explicit_place)


def _add_victims(into: Draft, other: Draft) -> None:
    """"Among the dead were five children": who the dead of the event just told were (never
    more of them than its toll)."""
    best = into.killed.best if into.killed is not None else None
    added = False
    for k, v in other.victims.items():
        if best is None or v <= best:
            added = into.victims.setdefault(k, v) == v or added
    if added:
        into.extra.append(f"{other.start}:{other.end}")


def _whole_other_toll(other: Draft, group: str, n: int) -> bool:
    """Civilians a sentence counts as the whole of its own toll ("killing 12 civilians in
    Marjeh, bringing the number killed in the city to 45"): they are that toll's victims, and
    do not say who the rest of the larger toll they are merged into were."""
    return group == "civilians" and other.killed is not None and other.killed.best == n


def _whole_of(part: Draft, whole: Draft) -> bool:
    """"Kills 11 children", then "Fifteen civilians, among them 11 children, were killed": the
    first toll is one group of the later, larger one."""
    if part.killed is None or whole.killed is None or part.killed.best is None or whole.killed.best is None:
        return False
    n, total = part.killed.best, whole.killed.best
    named_whole = any(v == total for v in whole.victims.values())  # "Fifteen civilians": the toll is a group
    if not (total > n and named_whole):
        return False
    if any(part.victims.get(g) == n == whole.victims.get(g) for g in part.victims):
        return True
    # "kills mother, three children", then "killed seven civilians, including a mother and her three children"
    return sum(part.victims.values()) == n and all(whole.victims.get(g) == v for g, v in part.victims.items())


def _merge(into: Draft, other: Draft) -> None:
    town_of_headline = other.explicit_place and place_rank(other.where) <= 2 and _headline_province(into, other, head_only=True)
    if other.toll_only:
        into.quote_score = _informative(into)  # the figure is the event's, not its quote's
    elif _informative(other) > _informative(into):
        # quote the sentence that says most: body text with figures and a source
        into.extra.append(f"{into.start}:{into.end}")
        into.start, into.end, into.display, into.quote_score = other.start, other.end, other.display, _informative(other)
    if other.rank > into.rank and other.event_type != "other":
        into.event_type, into.rank = other.event_type, other.rank
    if into.event_type == "other":
        into.event_type = other.event_type
    into.means = sorted(set(into.means) | set(other.means))
    if other.perpetrators and into.inferred and not other.inferred:
        into.perpetrators, into.attribution, into.inferred = [], "unknown", False  # what is told beats a guess
    guess_adds_nothing = other.inferred and into.perpetrators and not into.inferred
    if other.perpetrators and not guess_adds_nothing:
        if not into.perpetrators:
            into.inferred = other.inferred
        if into.perpetrators and set(other.perpetrators) != set(into.perpetrators):
            order = ["uncertain", "claimed", "alleged", "stated"]
            into.attribution = min(into.attribution, other.attribution, key=lambda x: order.index(x) if x in order else 9)
        else:
            into.attribution = other.attribution if into.attribution == "unknown" else into.attribution
        into.perpetrators = list(dict.fromkeys(into.perpetrators + other.perpetrators))  # the first told first
        if other.attribution == "uncertain":
            into.attribution = "uncertain"
    # the first figure told stands (a later "five children among them" does not replace "20 people")
    if other.own_date and other.when and (not into.own_date or into.said_day and not other.said_day):
        into.when, into.own_date, into.said_day = other.when, True, other.said_day  # (the event's day beats the telling's)
    elif into.when is None and other.when is not None:
        into.when = other.when  # (a day told before the sentence beats none, when the article has no date line)
    replaced = vague(into.killed) and not vague(other.killed) and other.killed is not None or _whole_of(into, other)
    other_from_toll = other.toll_only or other.killed_from_toll
    if into.killed_from_toll and other.killed is not None and not other_from_toll:
        # a figure told with the event ("placed the death toll from the air raids at 50")
        # beats one only taken to be its toll ("At least eight died"); both stay in tolls
        replaced = True
    into.killed = other.killed if replaced else into.killed or other.killed
    if other.killed is not None and into.killed is other.killed:
        into.killed_from_toll = other_from_toll
    into.injured = other.injured if vague(into.injured) and not vague(other.injured) and other.injured else into.injured or other.injured
    took_other = into.killed is other.killed
    for k, v in other.victims.items():
        # victims go with their toll: "hundreds, mostly civilians" in a campaign's running toll
        # does not name the dead of the lead's "21 people"
        if replaced:
            into.victims[k] = v  # "dozens of civilians", then "at least 58 civilians": 58 (or a toll that holds the first)
        elif took_other or into.killed is None or into.killed.best is None or v <= into.killed.best and not _whole_other_toll(other, k, v):
            into.victims.setdefault(k, v)
    best = into.killed.best if replaced and into.killed is not None else None
    if best is not None and sum(into.victims.values()) > best:
        into.victims = {k: v for k, v in into.victims.items() if other.victims.get(k) == v}  # the new toll's own groups
    into.sources = list(dict.fromkeys(into.sources + other.sources))
    into.tolls = merged_tolls(into.tolls, other.tolls)
    for side, n in other.party_dead.items():
        into.party_dead.setdefault(side, n)
    into.kind_by_the_dead = into.kind_by_the_dead or other.kind_by_the_dead and into.event_type == other.event_type
    if into.kind_by_the_dead and into.event_type == "armed_clash" and into.perpetrators \
            and into.victims and set(into.victims) <= civilian_groups():
        into.event_type = "attack"  # "militiamen stormed homes" told beside "108 people, 49 of them children, were killed"
    if other.explicit_place and other.where.near and into.where is not None and not into.where.near and into.where.city \
            and other.where.city == into.where.city:
        into.explicit_place = True  # "strikes near Raqqa" told after "in the al-Badu district of Raqqa": in it, not near it
    elif other.explicit_place and (not into.explicit_place or town_of_headline):
        into.where, into.explicit_place, into.guessed_place = other.where, True, False  # (the town of a headline's province)
    elif into.guessed_place and not other.guessed_place and other.where is not None:
        into.where, into.guessed_place = other.where, False  # the place told before beats the article's main place
    elif other.where and into.where and other.explicit_place and place_rank(other.where) < place_rank(into.where) and other.where.city == into.where.city:
        into.where = other.where
    if f"{other.start}:{other.end}" != f"{into.start}:{into.end}":
        into.extra.append(f"{other.start}:{other.end}")


def lead_report(reports: list[Report]) -> Report | None:
    """The incident an article is mainly about: told first (headline and lead), with a toll if the lead gives one.

    Reports come in order of first mention; among the first three, the first with a death
    toll wins, else the first. When its toll is vague ("Dozens dead as ...") and an account
    of the same kind of event soon after gives a precise one, that figure is the lead's
    (the returned report keeps its own quote and place; its day only when told, not guessed
    from the publication date, and its doer only when it names one).
    """
    if not reports:
        return None
    lead = reports[:3]
    first = next((r for r in lead if r.killed and r.killed.best), lead[0])
    rounded = _rounded_floor(first)
    if first.killed is not None and (vague(first.killed) or rounded):
        # "Dozens dead as ...", "Bombings kill over 100 in Jableh": the account that gives the
        # figure precisely, if one follows soon (for a round floor: in the same place, and above it)
        precise = next(
            (
                r for r in reports[:6]
                if r is not first and r.killed and r.killed.best and not vague(r.killed) and _same_kind(r.event_type, first.event_type)
                and not (rounded and not (r.where and first.where and places_agree(r.where, first.where) and r.killed.best >= rounded))
            ),
            None,
        )
        if precise is not None:
            # the same event told with its figure: the lead keeps its own place, date and quote
            told = {}
            if first.when is not None and first.when.text == "publication date" and precise.when is not None:
                told["when"] = precise.when
            if not first.perpetrators and precise.perpetrators:
                told.update(perpetrators=precise.perpetrators, attribution=precise.attribution, inferred=precise.inferred)
            return replace(first, killed=precise.killed, victims=precise.victims or first.victims, **told)
    return first


def _rounded_floor(report: Report) -> int | None:
    """The round figure a report gives as a floor ("kill over 100", "more than 50 dead"), as
    headlines and leads sum up a toll told precisely after; else None."""
    k = report.killed
    if k is None or k.high is not None or not k.text:
        return None
    digits = "".join(ch for ch in k.text if ch.isdigit())
    n = int(digits) if digits else 0
    return n if n >= 20 and n % 10 == 0 else None


def _same_kind(a: str, b: str) -> bool:
    return "other" in (a, b) or same_kind(a, b)


EACH_REACH = 4  # sentences back that "the attacks" may reach


def _claimed_for_each(drafts: list[Draft], claim: Draft) -> None:
    """A claim for "the attacks" told after several of them: each recent event of its kind
    and day with no doer told is the claimant's."""
    for x in drafts:
        if claim.sent_index - x.sent_index > EACH_REACH or x.perpetrators and not x.inferred:
            continue
        if not _same_kind(x.event_type, claim.event_type):  # (a car bomb and a suicide bombing are of one kind)
            continue
        if x.when and claim.when and not x.when.overlaps(claim.when):
            continue
        x.perpetrators, x.attribution, x.inferred = list(claim.perpetrators), claim.attribution, False
        x.extra.append(f"{claim.start}:{claim.end}")


def find_reports(ctx: ArticleContext) -> list[Report]:
    """All incident reports in an analysed article, merged within the article."""
    drafts: list[Draft] = []
    last_place: Place | None = None
    for si, sent in enumerate(ctx.sentences):
        # (where the wounded were taken, people fled from or the reporter files from is no scene to carry on with)
        own_places = [
            p for p in ctx.places_in(sent)
            if p.country and place_rank(p) <= 2 and not moved_to_or_from(sent.doc, p) and not ctx.in_wire_dateline(p)
            and not end_of_a_route(ctx.text, p)
        ]
        for d in sentence_drafts(ctx, sent, si, last_place):
            target = drafts[-1] if drafts and si - drafts[-1].sent_index <= 2 else None
            if d.victims_only:
                if target is not None:
                    _add_victims(target, d)
                continue
            if d.perpetrators_only:
                widened = d.attribution == "uncertain" and target is not None and set(target.perpetrators) < set(d.perpetrators)
                if target is not None and (not target.perpetrators or target.inferred or widened):
                    # (or left open between the doer told and another: "could not determine whether
                    # the warplanes were Syrian or Russian")
                    # "the jets were believed to be Russian": told, it replaces a guess
                    target.perpetrators, target.attribution, target.inferred = list(d.perpetrators), d.attribution, False
                    target.extra.append(f"{d.start}:{d.end}")
                continue
            if d.toll_only:
                if target is not None:
                    _merge(target, d)
                continue
            if (
                d.anaphoric
                and target is not None
                and not (d.perpetrators and target.perpetrators and not set(d.perpetrators) & set(target.perpetrators))
                and not (d.own_date and d.when and target.when and not d.when.overlaps(target.when))
            ):
                if d.each and d.attribution == "claimed" and d.killed is None:
                    _claimed_for_each(drafts, d)  # "IS claimed responsibility for the attacks": Tartus's and Jableh's
                d.where, d.explicit_place = target.where, target.explicit_place
                if d.rank <= 10:
                    d.event_type = target.event_type
                _merge(target, d)
            else:
                if d.pronoun_doer and not d.perpetrators and target is not None and si == target.sent_index + 1 \
                        and len(target.perpetrators) == 1 and not target.inferred:
                    # "IS militants stormed the district. They executed 85 civilians": the party told just before
                    d.perpetrators, d.attribution = list(target.perpetrators), target.attribution
                drafts.append(d)
        if own_places:
            # ("Marea, a town 25 km north of Aleppo city": the place located, not its landmark)
            scenes = [p for p in own_places if not landmark_of_one_before(p, own_places)] or own_places
            provinces = [p for p in ctx.places_in(sent) if p.level == "province" and p.country]
            common = _common_province(scenes, provinces)
            if common is not None or len({(p.country, p.admin1) for p in scenes}) == 1 or len(scenes) < 3:
                # (not a list across provinces, "bombardment of residential districts in Homs,
                # Hama and Idlib": a spread, no scene for the next sentence to go on in)
                last_place = common or scenes[-1]
    merged: list[Draft] = []
    for d in drafts:
        for m in merged:
            if _compatible(m, d):
                _merge(m, d)
                break
        else:
            merged.append(d)
    typed = {d.event_type for d in merged if d.event_type != "other"}
    if len(typed) == 1:
        only = typed.pop()
        for d in merged:
            if d.event_type == "other" and not d.kind_untold:
                d.event_type = only  # "the attack" in an article about one kind of event
    reports = []
    for d in merged:
        quote = ctx.text[d.start : d.end].strip()
        reports.append(
            Report(
                article_id=ctx.article_id,
                start=d.start,
                end=d.start + len(quote),
                quote=quote,
                event_type=d.event_type,
                when=d.when,
                where=d.where,
                means=tuple(d.means),
                perpetrators=tuple(d.perpetrators),
                attribution=d.attribution if d.perpetrators else "unknown",
                killed=d.killed,
                injured=d.injured,
                victims=tuple(sorted(d.victims.items())),
                party_dead=tuple(sorted(d.party_dead.items())),
                sources=tuple(d.sources),
                trigger=d.trigger,
                inferred=d.inferred and bool(d.perpetrators),
                tolls=tuple(_quoted(ctx, t) for t in d.tolls),
            )
        )
    return reports


def merged_tolls(held: list[Toll], told: list[Toll]) -> list[Toll]:
    """An article's tolls for one incident after another sentence tells some: the same figure
    told twice is one toll, credited to the sources either sentence names ("Strike kills 15"
    in the headline, "killed 15 civilians, the Observatory said" in the lead: one figure, the
    Observatory's, with the sentence that credits it); different sources giving the same
    figure stay apart."""
    out = list(held)
    for t in told:
        same = [i for i, h in enumerate(out) if (h.killed.low, h.killed.high) == (t.killed.low, t.killed.high)]
        if any(out[i].sources == t.sources or not t.sources for i in same):
            continue
        uncredited = next((i for i in same if not out[i].sources), None)
        if uncredited is not None:
            out[uncredited] = t
        else:
            out.append(t)
    return out


def _quoted(ctx: ArticleContext, toll: Toll) -> Toll:
    """A toll with the words of the sentence that tells it."""
    if toll.start is None or toll.end is None or toll.quote is not None:
        return toll
    raw = ctx.text[toll.start : toll.end]
    quote = raw.strip()
    start = toll.start + (len(raw) - len(raw.lstrip()))
    return replace(toll, start=start, end=start + len(quote), quote=quote)
