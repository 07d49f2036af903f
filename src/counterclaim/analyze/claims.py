"""Claims: what officials and parties to the war said about events, with stance and scope.

A claim is an attribution (see :mod:`attribution`) whose speaker speaks for a party (a
state, its ministries and media, an armed group) and whose content is about a violent
event. Stance is ``denies`` when the cue denies ("denied", "rejected"), when the event is
negated ("has not been bombed", "no civilians were killed"), when it is called false
("fabricated"), or when a truce is said to hold ("the moratorium is still in place").
The scope (event type, place, window, actor, figure) is read from the content, falling
back to the sentence and the article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from ..records import Claim, DateSpan, Place, Range, Report, Scope, same_kind
from . import lexicon
from .actors import (
    ACCUSING_VERBS,
    AGENT_VERBS,
    FORCE_NOUNS,
    busy_elsewhere,
    claims_responsibility,
    coordinated_by_or,
    find_actors,
    is_force_noun,
    the_weapon_itself,
)
from .attribution import PRONOUNS, Attribution, asks
from .context import ArticleContext, place_rank
from .counts import civilian_groups, find_counts
from .drafting import (
    ANAPHORIC_DETS,
    STATEMENT_NOUNS,
    a_time_zone,
    attribution_uncertain,
    dates_the_telling,
    event_groups,
    event_root,
    group_type,
    held_not_used,
    hypothetical,
    in_since_clause,
    named_as_a_kind,
    names_the_city,
    names_what_was_hit,
    negates_an_ordinal,
    not_one,
    on_the_ground,
    repelled,
    scenes_of,
    split_places,
    told_for_the_past_too,
    where_a_party_is,
    where_it_was_said,
)
from ..fuse import place_within
from .incidents import lead_report
from .places import called_a_settlement
from .operations import find_operations

EVENT_VERBS = {"bomb": "air_strike", "strike": "air_strike", "shell": "shelling", "attack": "attack", "target": "air_strike", "hit": "air_strike", "raid": "air_strike", "kill": "other", "fire": "attack"}  # ("had fired on the protesters": with no weapon named)
PARTY_KINDS = ("party",)
# monitors, rescuers, UN agencies, NGOs, and anyone else (an unnamed official, a witness):
# their statements are claims when they say who did it
ACCUSER_KINDS = ("source", "official", "other")
# "no X": the statement denies the event ("no evidence", "no basis for reports")
HARM_VERBS = {"kill", "injure", "wound", "hurt", "harm", "neutralize", "neutralise"}  # ("terrorists neutralized": killed or captured)


def _content_event(ctx: ArticleContext, content: Span) -> tuple[str | None, list[Token]]:
    """The event type a claim's content is about, and the tokens that name it."""
    terms = [m for m in ctx.terms_in(content) if not names_what_was_hit(m, content.doc[m.end - 1])]
    # (not a weapon told as destroyed or seized beside the deed: "killed dozens of ISIS
    # terrorists and destroyed four of their vehicles including a car bomb")
    held = [m for m in terms if m.term.type in ("explosive", "suicide_bomb", "chemical") and held_not_used(content.doc[m.end - 1])]
    if held and _killed_told(ctx, content):
        terms = [m for m in terms if m not in held]
    if terms:
        groups = event_groups(terms, content)
        best = max(groups, key=lambda g: group_type(g)[1])
        etype = group_type(best)[0]
        return etype, [content.doc[m.end - 1] for m in terms]
    for tok in content:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in EVENT_VERBS:
            return EVENT_VERBS[lemma], [tok]
    if _killed_told(ctx, content):
        return "other", []
    if find_operations(content) and any(t.lemma_.lower() in HARM_VERBS for t in content):
        return "other", []  # "no civilian has been harmed in Operation Olive Branch" (not "it will go on")
    return None, []


def _the_bombing_told_before(ctx: ArticleContext, content: Span, told: Report | None) -> str | None:
    """The type of a blast on the ground told just before, when the statement names its event
    only by a word that means an air strike by default, told as one already known ('seven
    people were killed in the "terrorist" bombing', 'condemned this bombing' after a car bomb
    was told); None otherwise (not 'Russian jets' bombing of the town', a flying weapon)."""
    if told is None or not same_kind(told.event_type, "explosive"):
        return None
    terms = ctx.terms_in(content)
    if not terms or any(m.term.on_ground is None for m in terms):
        return None
    for m in terms:
        word = content.doc[m.end - 1]
        if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS or c.dep_ == "poss" for c in word.children):
            return None
    if any(a.role == "perpetrator" for a in find_actors(content)):
        return None  # who bombed is told here: the statement's own event
    return told.event_type


def _whom_it_counts(figure) -> str | None:
    """"civilians" or "combatants" when a statement's figure says whom it counts ("12
    civilians", "30 terrorists"), else None ("20 people")."""
    if figure.category in civilian_groups():
        return "civilians"
    return "combatants" if figure.category == "combatants" else None


def _killed_told(ctx: ArticleContext, span: Span) -> list:
    """The killed figures a statement tells (its dates left out)."""
    return [c for c in find_counts(span, exclude=tuple((t.start, t.end) for t in ctx.timexes_in(span))) if c.kind == "killed"]


def _root_names_party(root: Token) -> bool:
    """The statement's main verb has a party as its subject: "Russia was not behind it"."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        m.start <= s.i < m.end or s.lemma_.lower() in FORCE_NOUNS
        for s in subjects
        for m in find_actors(root.doc[s.left_edge.i : s.right_edge.i + 1])
    )


def _stance(att: Attribution, content: Span, event_toks: list[Token]) -> str:
    lex = lexicon.load()
    st = lex.stance
    if att.stance == "denies":
        return "denies"
    negs = set(st["negators"])
    root = content.root
    judging = set(st.get("judgement_verbs", ()))
    heads = [*event_toks, *[t.head for t in event_toks]]
    if event_toks or _root_names_party(root):
        heads.append(root)  # "cannot be tolerated" is not a denial; "Russia was not behind it" is
    # "the attack cannot be tolerated", "will not go unpunished": judged, so it happened
    # ... and "not the first hospital to be targeted" tells it happened again
    # "it was not clear who carried out the strikes", "did not comment on the attack": left open, not denied
    open_words = lexicon.stance_words("open_words")
    heads = [
        t for t in heads
        if not (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in judging) and not negates_an_ordinal(t) and not _left_open(t, open_words)
    ]
    for tok in heads:
        if any(c.dep_ == "neg" for c in tok.children) or not_one(tok):
            return "denies"
        if any(c.dep_ == "det" and c.lower_ in ("no",) for c in tok.children):
            return "denies"
    if any(t.lower_ in negs and t.dep_ in ("neg", "det") and t.head.i in {e.i for e in heads} for t in content):
        return "denies"
    denial = set(st["denial_words"])
    # "the attack was staged" denies it; "Assad's forces staged the attack" tells who did it,
    # and "corpses lying on the road" tells no lie
    if any((t.lower_ in denial or t.lemma_.lower() in denial) and not _active_deed(t) and t.dep_ != "acl" and not _the_channel(t) for t in content):
        return "denies"
    words = {t.lower_ for t in content}
    if words & lexicon.truce_words() and any(h in content.text.lower() for h in st["truce_holding"]) \
            and not words & lexicon.stance_words("truce_breach_words"):
        return "denies"  # "the truce is holding"; not "continued to bomb in violation of the ceasefire"
    if any(_denies_the_telling(t) for t in content):
        return "denies"  # "affirmed that Syria categorically rejects the allegations": a denial told within
    if any(_disowner(t) is not None for t in event_toks):
        return "denies"  # "the SDF had nothing to do with the car bomb"
    # "no civilians were killed"
    if _none_of(content, lexicon.stance_words("nothing_heads")):
        return "denies"  # "no civilians were killed", "no evidence of munitions hitting"
    if any(t.lower_ == "no" and t.dep_ == "det" and t.head.dep_ == "nsubjpass" and t.head.head.lemma_.lower() in HARM_VERBS for t in content):
        return "denies"  # "no Iranian military advisers had been killed in the attack"
    if any(t.lower_ == "no" and t.dep_ == "det" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in AGENT_VERBS for t in content):
        return "denies"  # "its jets carried out no missions in the area", "flew no sorties"
    # "nobody was killed", "Russia never bombed it"; not "bodies that none of the teams could recover"
    if any(t.lower_ in ("nobody", "none", "never") and (t.head.i in {h.i for h in heads} or t.head.i == root.i) for t in content):
        return "denies"
    return "asserts"


def _denies_the_telling(verb: Token) -> bool:
    """A verb of denial whose object is a telling: "rejects the allegations", "denied the
    reports" (cues.jsonl; stance.json report_nouns and accusation_words)."""
    if verb.pos_ != "VERB" or lexicon.load().cues.get(verb.lemma_.lower()) != "denies":
        return False
    tellings = lexicon.stance_words("report_nouns") | lexicon.stance_words("accusation_words")
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in tellings or c.lower_ in tellings) for c in verb.children)


def _disowner(tok: Token) -> Token | None:
    """The one who says it had none of an event: "the SDF had nothing to do with the car
    bomb", "Russia played no role in the strike" (stance.json disowning_nouns)."""
    nouns = lexicon.stance_words("disowning_nouns")
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("with", "in", "to"):
        return None
    noun = prep.head.head if prep.head.lemma_.lower() == "do" and prep.head.dep_ == "relcl" else prep.head
    if noun.lemma_.lower() not in nouns or not (noun.lower_ == "nothing" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)):
        return None
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _left_open(tok: Token, open_words: set[str]) -> bool:
    """A word whose negation leaves the event open ("not clear", "did not comment"), or a
    copula that says so ("it was not clear whether ...")."""
    if tok.lemma_.lower() in open_words:
        return True
    return tok.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in open_words for c in tok.children)


def _active_deed(tok: Token) -> bool:
    """A verb with its doer and its object ("forces staged the attack"): a deed told, not a
    word that calls something false."""
    return tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


def _the_channel(tok: Token) -> bool:
    """The word names the channel the words came through, not what they say: "claimed
    responsibility through its propaganda agency Amaq"."""
    return any(a.dep_ == "prep" and a.lower_ in ("through", "via") for a in tok.ancestors)


def _window(ctx: ArticleContext, content: Span, sent: Span, said_on: date | None, stance: str) -> DateSpan | None:
    """The period the claim is about: a duration or date in its content, else the statement's day.

    A denial without a date of its own ("strikes were not targeting Aleppo") covers the
    statement's day and the day before; an assertion, the statement's day (and the day before
    when it tells its deed in the past perfect).
    """
    # the dateline run into the statement ("BEIRUT, May 4 (Reuters) - Jets struck ... on
    # Tuesday, the monitor said") dates the article, not the event
    spans = [t for t in ctx.timexes_in(content) if t.span is not None and not ctx.is_dateline(t)]
    # ("said on Thursday it had found no evidence that a June 5 air strike ...": the day of the telling is not the period)
    spans = [t for t in spans if not dates_the_telling(ctx, t)] or spans
    if said_on is not None and len(spans) > 1:
        # "said on Monday its jets had struck depots in Jinderes on Sunday", the parse hanging
        # Monday on the strike: of two days told, the statement's own is the telling's
        spans = [t for t in spans if not t.span.start == t.span.end == said_on] or spans
    if spans:
        durations = [t for t in spans if t.kind == "DURATION" or t.text.lower().startswith("since")]
        pick = durations[0] if durations else spans[0]
        span = pick.span
        if not durations and (said_on or ctx.published) and in_since_clause(ctx, pick):
            # "no strikes since the ceasefire began on Aug. 31": from that day to the statement's
            return DateSpan(span.start, max(span.end, said_on or ctx.published), f"since {pick.text}")
        if said_on and durations and span.end != said_on and span.end == ctx.published:
            # a duration counted back from the statement date rather than the publication date
            span = DateSpan(said_on - (span.end - span.start), said_on, span.text)
        return span
    then = _then(ctx, content)
    if then is not None:
        return then  # "Government aircraft then struck the town": the day told just before
    if said_on is None:
        return None
    if stance == "asserts" and not _told_as_before(content):
        return DateSpan(said_on, said_on, "the statement's day")
    # (and "said American aircraft had killed 33 civilians": a deed told in the past perfect)
    return DateSpan(said_on - timedelta(days=1), said_on, "the statement's day and the day before")


def _told_as_before(content: Span) -> bool:
    """The statement tells its deed in the past perfect ("had killed", "had carried out"):
    done before the telling, not necessarily on its day."""
    return any(t.pos_ == "VERB" and t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children) for t in content)


def _then(ctx: ArticleContext, content: Span) -> DateSpan | None:
    """The day an event told as following another ("aircraft then struck the town") took
    place: the last day told before it (not a dateline, nor the day of a telling)."""
    if not any(t.lower_ == "then" and t.dep_ == "advmod" and t.head.pos_ == "VERB" for t in content):
        return None
    before = [
        t for t in ctx.timexes
        if t.start < content.start_char and content.start_char - t.start <= THEN_REACH and t.span is not None
        and t.kind in ("DATE", "TIME") and t.span.days <= 2 and not ctx.is_dateline(t) and not dates_the_telling(ctx, t)
    ]
    return before[-1].span if before else None


THEN_REACH = 400  # characters back to the day an event told with "then" follows


def _said_on(ctx: ArticleContext, att: Attribution, sent: Span, content: Span | None) -> date | None:
    cue = att.cue
    near = [
        t
        for t in ctx.timexes_in(sent)
        if t.span is not None and t.span.days <= 2 and (content is None or not (content.start_char <= t.start < content.end_char))
    ]
    if near:
        best = min(near, key=lambda t: abs(t.start - cue.idx))
        return best.span.end
    before = ctx.last_date_before(sent.start_char, within=400)
    if before is not None and any(t.lower_ in ("before", "previous", "earlier") for t in sent[:6]):
        return before.end
    told = _day_it_was_told_before(ctx, att, sent)
    return told or ctx.published


def _day_it_was_told_before(ctx: ArticleContext, att: Attribution, sent: Span) -> date | None:
    """The day the sentence before gives to the telling, when this statement goes on with
    it: "The group late Wednesday claimed responsibility for the attack. In a statement, the
    group said: '...'" (a speaker named again only by "the group", "it", "the statement")."""
    speaker = att.speaker.text.lower().split()
    if not speaker or not (speaker[0] in ("the", "its", "their") or att.speaker.text.lower() in PRONOUNS | {"it"}):
        return None
    if any(t.pos_ == "PROPN" for t in sent.doc.char_span(att.speaker.start, att.speaker.end, alignment_mode="expand") or ()):
        return None  # a body named anew
    previous = next((s for s in reversed(ctx.sentences) if s.end_char <= sent.start_char), None)
    if previous is None:
        return None
    cues = lexicon.load().cues
    for t in ctx.timexes_in(previous):
        if t.span is None or t.span.days > 2 or ctx.is_dateline(t):
            continue
        head = previous.doc.char_span(t.start, t.end, alignment_mode="expand")
        if head is not None and head.root.head.lemma_.lower() in cues:
            return t.span.end  # "late Wednesday claimed": the day of the telling
    return None


GENERIC_KINDS = ("other", "attack")  # "the attack", "the assaults": words any kind of event goes by
GENERIC_WORDS = {"attack", "assault", "incident", "operation", "offensive", "crime", "massacre"}
SELF_WORDS = {"it", "we", "its", "our", "they", "their", "itself", "ourselves", "themselves"}


@lru_cache(maxsize=1)
def _self_nouns() -> frozenset[str]:
    """"the group's", said by the group (stance.json own_group_nouns); "the country's", by a state."""
    return lexicon.stance_words("own_group_nouns") | {"country"}


def _a_force(tok: Token) -> bool:
    """A word for those who act for a side: "air (force)", "jets", "fighters", and a group's
    "members"."""
    return is_force_noun(tok) or tok.lemma_.lower() == "member"


def _speaks_of_itself(content: Span, att: Attribution, event_toks: list[Token]) -> bool:
    """The speaker talks about its own side's action: "denied carrying out any strikes" (no
    subject of its own), "said it carried out the attack", "claimed responsibility", "the
    group's members", "its jets"."""
    root = content.root
    if root.pos_ == "VERB" and root.tag_ in ("VBG", "VB") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return True
    if att.cue.lemma_.lower() == "claim" and any(t.lemma_.lower() == "responsibility" for t in content):
        return True
    event_is = {e.i for e in event_toks}
    for t in content:
        if _reflexive_antecedent(t) is not None:
            continue  # "the YPG was using civilians ... and had itself shelled villages": the YPG
        if t.lower_ in SELF_WORDS and t.dep_ in ("nsubj", "poss") and (
            t.head.lemma_.lower() in AGENT_VERBS or t.head.lemma_.lower() in FORCE_NOUNS or t.head.i in event_is
        ) and not (t.dep_ == "poss" and busy_elsewhere(t.head, event_is)) and not the_weapon_itself(t):
            return True
        # "one of the group's members blew himself up", "the country's air force" (not "the
        # country's north": a place, no force)
        if t.lower_ in _self_nouns() and any(c.lower_ in ("the", "its") for c in t.children) and t.dep_ == "poss" and _a_force(t.head):
            return True
        # "Jaish al-Islam said the group had not fired a single shell": the speaker told again as "the group"
        if t.lower_ in _self_nouns() and t.dep_ == "nsubj" and any(c.lower_ == "the" for c in t.children) and (
            t.head.lemma_.lower() in AGENT_VERBS or t.head.i in event_is
        ) and att.speaker.kind == "party":
            return True
        lost = t.lower_[:-1] if t.lower_.endswith("s") else ""
        if lost in _self_nouns() and t.i > 0 and t.nbor(-1).lower_ == "the" and t.i + 1 < len(t.doc) and _a_force(t.nbor(1)):
            return True  # the same with the apostrophe lost: "the groups members", "the countrys air force"
    return False


REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def _reflexive_antecedent(tok: Token) -> Token | None:
    """The subject a reflexive subject goes back to: "the YPG was using civilians as shields
    and had itself shelled villages" -> "YPG" (the subject of the verb it is joined to)."""
    if tok.lower_ not in REFLEXIVES or tok.dep_ != "nsubj" or tok.head.dep_ != "conj":
        return None
    subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ not in SELF_WORDS else None


def _own_army(content: Span, att: Attribution, event_toks: list[Token]) -> bool:
    """A state's spokesman names "the army" with no country as the doer: its own ("the
    army's air strikes", "Army units repelled an attack", "killed by army shelling";
    stance.json own_army_nouns)."""
    if att.speaker.kind != "party" or att.speaker.actor not in lexicon.actors_of_kind("state"):
        return False
    words = lexicon.stance_words("own_army_nouns")
    events = {e.i for e in event_toks}
    for t in content:
        name = f"{t.nbor(-1).lower_} {t.lower_}" if t.i > 0 and t.nbor(-1).dep_ == "compound" else t.lower_
        if name not in words and t.lemma_.lower() not in words:
            continue
        if any(c.dep_ in ("amod", "compound", "poss") and c.i < t.i and name.split()[0] != c.lower_ for c in t.children):
            continue  # "the Syrian army", "Turkey's military": named by its country, if at all
        head = t.head if t.dep_ == "compound" and is_force_noun(t.head) else t  # "Army units"
        up = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "by" else head.head
        if head.dep_ in ("poss", "compound") and (up.i in events or _use_of_an_event(up, events)):
            return True  # "the army's air strikes", "the army's use of barrel bombs"
        if head.dep_ in ("nsubj", "pobj") and (up.i in events or up.lemma_.lower() in AGENT_VERBS):
            return True
    return False


def _use_of_an_event(noun: Token, events: set[int]) -> bool:
    """"use of barrel bombs": a noun whose "of" names the event."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.i in events for g in c.children) for c in noun.children)


ONLY_WORDS = {"only", "exclusively", "solely"}  # "aimed exclusively at militant positions"


def _spared(content: Span) -> str | None:
    """The dead a statement says the event spared: "killed only militants", "targeted only
    terrorist positions", "no civilians were harmed" (civilians; stance.json only_fighters);
    "resulted only in material damage", "there were no casualties" (people: no one died;
    stance.json only_damage)."""
    fighters = lexicon.stance_words("only_fighters")
    damage = lexicon.stance_words("only_damage")
    for t in content:
        if t.lower_ not in ONLY_WORDS or t.dep_ not in ("advmod", "amod"):
            continue
        told = [t.head, *(c for c in t.head.children if c.dep_ in ("dobj", "compound", "amod", "prep"))]
        if t.head.dep_ == "amod":
            told.append(t.head.head)  # "had only targeted terrorists" with the verb parsed as the noun's modifier
        told += [g for c in told if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(c.lemma_.lower() in fighters and c.pos_ == "NOUN" for c in told):
            return "civilians"  # (the noun "targets", not "only targeted civilians")
        if any(c.lemma_.lower() in damage for c in told):
            return "people"
    if _none_of(content, {"civilian"}):
        return "civilians"
    return "people" if _none_of(content, {"casualty", "fatality", "death"}) else None


def _spared_by(att: Attribution, content: Span) -> str | None:
    """What the statement says was spared (``_spared``), or the civilians a denial says were
    harmed ("denied that any civilians had been harmed"): those it says were not."""
    spared = _spared(content)
    if spared is not None:
        return spared
    # (or a denial told inside the statement: "said the army had targeted terrorist
    # gatherings and denied that any civilian area had been hit")
    denials = [content] if att.stance == "denies" else []
    denials += [t.subtree for t in content if t.lemma_.lower() == "deny" and t.i > content.start]
    return "civilians" if any(_civilians_harmed(d) for d in denials) else None


def _civilians_harmed(tokens) -> bool:
    """Civilians (or a civilian area) are the subject of a verb of harm: "any civilians had
    been harmed", "any civilian area had been hit"."""
    for t in tokens:
        if t.lemma_.lower() != "civilian":
            continue
        subject = t.head if t.dep_ in ("amod", "compound") else t
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_.lower() in HARM_VERBS | {"die", "hit", "target"}:
            return True
    return False


def _none_of(content: Span, heads: set[str]) -> bool:
    """The statement says there were none of these ("no civilians were killed", "no
    evidence", "not a single civilian has been harmed"): a "no" or a "not" on one of the
    head nouns."""
    return any(
        t.head.lemma_.lower() in heads and (t.lower_ == "no" and t.dep_ == "det" or t.dep_ == "neg" and t.head.pos_ == "NOUN")
        for t in content
    )


def _named_with(content: Span, actor: str | None) -> tuple[str, ...]:
    """The other parties a statement names together with its actor as doers ("Russian and
    Syrian warplanes have not carried out a single strike"; not "Russian or Syrian jets")."""
    if actor is None:
        return ()
    doers = [a for a in find_actors(content) if a.role == "perpetrator"]
    keys = list(dict.fromkeys(a.key for a in doers))
    if actor not in keys or len(keys) < 2 or coordinated_by_or(content, doers):
        return ()
    return tuple(k for k in keys if k != actor)


def _scope_actor(ctx: ArticleContext, content: Span, att: Attribution, event_toks: list[Token], stance: str = "asserts") -> str | None:
    repel = repelled(event_toks)
    if repel is not None:
        # the side that beat the attack back is the claim's actor, not the attacker
        subject = next((c for c in repel.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            named = next((a.key for a in find_actors(content) if subject.left_edge.i <= a.start <= subject.i), None)
            if named is not None:
                return named
            own = subject.lower_ in SELF_WORDS or any(c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subject.children)
            if own or _own_army(content, att, [repel]):
                return att.speaker.actor  # "its troops and allied fighters repelled", "Army units repelled"
    events = {e.i for e in event_toks}
    for t in content:
        subject = _reflexive_antecedent(t)
        if subject is not None and t.head.i in events:
            # (the subject may lie outside the statement, which holds only the joined clause)
            named = next((a.key for a in find_actors(content.doc[subject.left_edge.i : subject.right_edge.i + 1])), None)
            if named is not None:
                return named  # "... and had itself shelled villages": the party it goes back to
    actors = [a for a in find_actors(content) if a.role == "perpetrator" and not ctx.in_wire_dateline_at(content.doc[a.start].idx)]
    if actors:
        return actors[0].key
    for tok in event_toks:
        who = _disowner(tok)
        if who is not None:
            # "the SDF had nothing to do with the car bomb": the party that disowns it; "we had no role in it": the speaker
            named = next((a.key for a in find_actors(content) if a.start <= who.i < a.end), None)
            return named or (att.speaker.actor if who.lower_ in SELF_WORDS else None)
    blamed = _the_blamed(att, content)
    if blamed is not None:
        return blamed
    if att.speaker.actor and (_speaks_of_itself(content, att, event_toks) or _own_army(content, att, event_toks)):
        return att.speaker.actor
    truce = lexicon.truce_words()
    if stance == "denies" and att.speaker.actor and any(t.lower_ in truce for t in content) and any(
        t.dep_ == "nsubj" and t.lower_ in ("it", "we", "they") for t in content
    ):
        return att.speaker.actor  # "it was sticking to a moratorium on air strikes": its own
    for tok in event_toks:
        root = event_root(tok)
        # "its jets", "our strikes": the speaker's own side
        for t in [tok, root]:
            if any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in t.children):
                return att.speaker.actor
        # "Strikes were not targeting Aleppo": a denial of its own side's strikes, as the
        # subject ("artillery fire killed two", told by state media, accuses no one)
        # ("reports of a chemical attack are false" deny the event itself, whoever did it)
        reported = root.lemma_.lower() in lexicon.load().stance.get("report_nouns", ())
        if root.lemma_.lower() in lexicon.stance_words("enemy_deed_nouns"):
            continue  # "the aggression resulted only in material damage": the other side's deed
        if stance == "denies" and root.pos_ == "NOUN" and root.dep_ in ("nsubj",) and not reported and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
            if att.speaker.actor and att.speaker.actor not in ("opposition",):
                return att.speaker.actor
    return None


def _the_blamed(att: Attribution, content: Span) -> str | None:
    """"State television blamed the Nusra Front, saying it had released the gas": the party
    blamed, which the statement's "it" or "they" goes back to (not the speaker)."""
    head = att.cue.head
    if att.cue.dep_ not in ("advcl", "xcomp", "conj") or head.lemma_.lower() not in ACCUSING_VERBS:
        return None
    if not any(t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass") for t in content):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj"]
    named = [a.key for o in objects for a in find_actors(content.doc[o.left_edge.i : o.right_edge.i + 1])]
    return named[0] if named else None



def _scope_place(ctx: ArticleContext, content: Span, sent: Span, att: Attribution) -> Place | None:
    """The place a statement is about: named in it, else named beside it, else the one told before ("the city").

    A country named as a party ("perpetrated by Russia") is not the place.
    """
    parties = {m.key for m in find_actors(content)}
    lex = lexicon.load()
    # (not where the reporter files from, nor where a party is: "terrorist groups positioned in
    # Eastern Ghouta fired 15 mortar shells on Bab Touma")
    named = [p for p in ctx.places_in(content) if not ctx.in_wire_dateline(p) and not where_a_party_is(ctx.doc, p) and not a_time_zone(ctx.text, p)]
    named = scenes_of(ctx.doc, named)
    own = split_places(
        [p for p in named if not (p.level == "country" and lex.actor_aliases.get((p.name or "").lower()) in parties)]
    )
    unknown = [p for p in named if p.resolved is None and p.name]
    if own and unknown and own[0].level in ("province", "country"):
        # "the village of Hassajik in the Aleppo region": the claim is about that village, which
        # the gazetteer does not know; only reports that name it can bear on it
        return _village_in(unknown[0], own[0] if own[0].level == "province" else replace(own[0], admin1=None))
    if own:
        return own[0]
    unknown = [p for p in unknown if called_a_settlement(ctx.text, p)]
    if unknown:
        # "detonated his vehicle at a checkpoint in the town of Gharanij": the village it names,
        # which the gazetteer does not know, in the country of the places told before it
        return _village_in(unknown[0], ctx.last_place_before(sent.start_char, max_level=3) or ctx.main_place())
    others = [s for s in att.statements if s is not content]
    around = split_places(
        [p for p in ctx.places_in(sent) if place_rank(p) <= 3 and not ctx.in_wire_dateline(p) and not any(o.start_char <= p.start < o.end_char for o in others)
         and not where_it_was_said(ctx.doc, p) and not _names_the_speaker(ctx.doc, att, p)]
    )
    if around:
        return around[0]
    # (not where words were spoken before it: "At a press conference in Damascus, X said";
    # "the town" is the last town told, not the province named after it)
    level = 2 if names_the_city(content) else 3
    return ctx.last_place_before(sent.start_char, max_level=level, skip=lambda p: where_it_was_said(ctx.doc, p)) or ctx.main_place()


def _names_the_speaker(doc, att: Attribution, place: Place) -> bool:
    """The place's word heads the speaker's phrase: a name the tagger took for a place
    ("Rojhat Khalil, a spokesman for the YPG, denied ...": "Khalil" is Hebron), not a place
    in it ("the governor of Homs", "Aleppo police command")."""
    sp = att.speaker
    if place.start is None or not sp.start <= place.start < sp.end:
        return False
    phrase = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    root = phrase.root if phrase is not None else None
    return root is not None and root.pos_ == "PROPN" and root.idx <= place.start < root.idx + len(root)


def _disowns(att: Attribution, content: Span) -> bool:
    """The speaker denies any part in the event ("denied any involvement", "said it had no
    role"; stance.json disowning_nouns): the deed it denies is its own side's."""
    return att.stance == "denies" and any(t.lemma_.lower() in lexicon.stance_words("disowning_nouns") for t in content)


def _claimed_by_the_speaker(att: Attribution) -> str | None:
    """The speaker's side when it claims the deed it tells of ("Islamic State claimed
    responsibility through Amaq, saying the attack had killed 25")."""
    phrase = att.cue.doc.char_span(att.speaker.start, att.speaker.end, alignment_mode="expand")
    return att.speaker.actor if phrase is not None and len(phrase) and claims_responsibility(phrase) else None


def _told_as_a_rule(tok: Token) -> bool:
    """The event word is told as what a party does or does not do as a rule, in the present
    with "do" ("the group does not target civilians", "we do not bomb hospitals")."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _village_in(unknown: Place, area: Place | None) -> Place:
    """A village the gazetteer does not know, in the country and province of ``area``."""
    return Place(name=unknown.name, level="city", country=area.country if area else None,
                 admin1=area.admin1 if area else None, start=unknown.start, end=unknown.end)


def _denial_of_accusation(att: Attribution, content: Span) -> bool:
    """"denied any involvement", "said the allegations were fabricated": a denial of what was reported."""
    st = lexicon.load().stance
    # (not what the speaker asks others to give up: "called on the groups to abandon provocations")
    content = [t for t in content if not any(asks(a) for a in t.ancestors if a.i >= content.start)]
    # (nor "staged counterattacks", "staged a protest": to stage a thing is to carry it out;
    # "the attack was staged" is the denial)
    content = [t for t in content if not (t.lower_ in ("stage", "stages", "staged", "staging") and any(c.dep_ == "dobj" for c in t.children))]
    words = {t.lemma_.lower() for t in content} | {t.lower_ for t in content}
    if words & set(st["denial_words"]):
        return True
    # ("denied taking part": the verb and its object read as one phrase)
    words |= {f"{t.head.lemma_.lower()} {t.lemma_.lower()}" for t in content if t.dep_ == "dobj"}
    return att.stance == "denies" and bool(words & set(st["accusation_words"]))


def _the_incident_told_before(ctx: ArticleContext, content: Span, told: Report | None, etype: str | None,
                              place: Place | None, said_on: date | None, stance: str) -> bool:
    """An assertion with no date of its own, told a day or two after an incident of its
    kind in its place that the article has just told with its day, is about that incident."""
    if told is None or told.when is None or said_on is None or place is None or told.where is None:
        return False
    if stance != "asserts" or etype is None or not same_kind(told.event_type, etype) or ctx.timexes_in(content):
        return False
    if told.start >= content.start_char:
        return False
    dated = any(
        told.start <= t.start < told.end and t.span is not None and (t.span.start, t.span.end) == (told.when.start, told.when.end)
        and not ctx.is_dateline(t) for t in ctx.timexes
    )
    return dated and told.when.days <= 1 and 0 < (said_on - told.when.end).days <= 2 and (
        place_within(place, told.where) or place_within(told.where, place)
    )


def _told_before(reports: list[Report], sent: Span) -> Report | None:
    """The incident the article told last before a sentence (else the first it tells)."""
    before = [r for r in reports if r.start < sent.start_char]
    return max(before, key=lambda r: r.start) if before else (reports[0] if reports else None)


def _generic(report: Report) -> bool:
    """A report told only with a word any event goes by ("the assaults", "this attack")."""
    words = {w.lower().rstrip("s") for w in (report.trigger or "").split()}
    return report.event_type in GENERIC_KINDS or bool(words) and words <= GENERIC_WORDS


def _context_report(ctx: ArticleContext, reports: list[Report], sent: Span) -> Report | None:
    """The incident a statement without an event of its own is about ("denied any
    involvement", "blamed rebels for the attack"): one told in its sentence; else, when the
    sentence names the kind of event ("responsible for the strike"), the last such one told
    before; else the one the article leads with."""
    lead = lead_report(reports)
    own = [r for r in reports if sent.start_char <= r.start < sent.end_char]
    if own and (not _generic(own[0]) or lead is None):
        return own[0]
    terms = ctx.terms_in(sent)
    if terms:
        kind = group_type(max(event_groups(terms, sent), key=lambda g: group_type(g)[1]))[0]
        words = {sent.doc[m.end - 1].lemma_.lower() for m in terms}
        if kind not in GENERIC_KINDS and not words <= GENERIC_WORDS:
            before = [r for r in reports if r.start < sent.start_char and (r.event_type == "other" or same_kind(r.event_type, kind))]
            if before:
                return max(before, key=lambda r: r.start)
    # "this barbaric attack", "the assaults": a generic word for the kind of event the article
    # leads with; the last one of that kind told in the two sentences before, else the lead
    sents = [x for x in ctx.sentences if x.end <= sent.start][-2:]
    if sents and lead is not None:
        recent = [
            r for r in reports
            if sents[0].start_char <= r.start < sent.start_char and r.event_type != "other" and same_kind(r.event_type, lead.event_type)
        ]
        if recent:
            return max(recent, key=lambda r: r.start)
    return lead or (own[0] if own else None)


def _names_perpetrator(content: Span, sent: Span | None = None) -> bool:
    """The statement says who did it: "Russian and regime warplanes were behind the attacks".

    "Attacks either carried out by Russian or Syrian jets" (in the statement or beside it
    in its sentence) names no one.
    """
    around = sent if sent is not None else content
    perps = [a for a in find_actors(around) if a.role == "perpetrator"]
    if not any(content.start <= a.start < content.end for a in perps):
        return False
    return not attribution_uncertain(around, perps)


def _about_responsibility(content: Span) -> bool:
    """"said Syria and Russia were responsible", "these actions by the Assad regime": a
    statement of who did it, about an event told elsewhere."""
    words = {t.lemma_.lower() for t in content} | {t.lower_ for t in content}
    if words & set(lexicon.load().stance["accusation_words"]) and find_actors(content):
        return True
    return _names_perpetrator(content)


def _claim_for(ctx: ArticleContext, att: Attribution, sent: Span, content: Span, reports: list[Report]) -> Claim | None:
    # what the parties to the war say; monitors, rescuers and agencies are the sources of
    # reports, and their statements are claims only when they say who did it
    if att.speaker.kind not in PARTY_KINDS and not ctx.claims_from_anyone:
        if att.speaker.kind not in ACCUSER_KINDS or not _names_perpetrator(content, sent):
            return None
    etype, event_toks = _content_event(ctx, content)
    if event_toks and all(_told_as_a_rule(t) for t in event_toks):
        etype, event_toks = None, []  # "denied any involvement, saying the group does not target civilians": a rule it keeps, no event
    if repelled(event_toks) is not None:
        etype = "armed_clash"  # "army units repelled an attack by ISIS terrorists": a fight the speaker's side fought
    about: Report | None = None
    responsibility = False
    generic = bool(event_toks) and all(
        t.lemma_.lower() in GENERIC_WORDS and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in t.children)
        for t in event_toks
    )
    names_who = (etype is None or generic) and _about_responsibility(content)
    if generic and names_who:
        etype, event_toks = None, []  # "responsible for the assaults": the event told elsewhere
    if etype is None:
        # ("not a single civilian has been harmed so far": a party's word that its operation
        # told before spared civilians; that it spared civilians says it struck fighters, so
        # the operation is its own, where "no casualties were reported" may be the enemy's)
        denial = _denial_of_accusation(att, content) or att.speaker.kind in PARTY_KINDS and _spared_by(att, content) == "civilians"
        responsibility = names_who and not denial
        if not (responsibility or denial):
            return None
        about = _context_report(ctx, reports, sent)  # what the denial is about
        if about is None:
            return None
        etype = about.event_type
    if event_toks and all(hypothetical(t) and not told_for_the_past_too(t) or named_as_a_kind(t) for t in event_toks):
        # "preparing to deploy troops for an offensive", "events like chemical attacks": no statement of fact
        return None
    stance = _stance(att, content, event_toks) if about is None or responsibility else "denies"
    # "the strikes killed only militants": it says no civilian died (also in a clause of its
    # own: "that army units targeted terrorist positions and that no civilians had been harmed")
    spared = _spared_by(att, content) or next((sp for st in att.statements if st is not content and (sp := _spared(st))), None)
    if spared is not None:
        # "the aggression resulted only in material damage": it denies that anyone died; "the
        # strikes hit only terrorist positions, and no civilians were harmed": that civilians did
        stance = "denies"
    said_on = _said_on(ctx, att, sent, content)
    figures = _killed_told(ctx, content) or [
        # "said that 9 civilians were killed and 21 others injured when terrorists fired
        # shells": the toll of the statement told with the event's
        c for st in att.statements if st is not content for c in _killed_told(ctx, st)
    ]
    killed = Range(figures[0].low, figures[0].high, figures[0].text) if figures else None
    if about is not None:
        mentioned = find_actors(content)
        named = [m.key for m in mentioned]
        accused = [m.key for m in mentioned if m.role == "perpetrator"]  # "accusations that Russia was responsible"
        own_place = next((p for p in ctx.places_in(content) if p.level != "country"), None)
        truce = lexicon.truce_words() & {t.lower_ for t in content}
        scope = Scope(
            # "Aleppo pause holds": a pause of any attack, in the place the statement names
            event_type=None if truce or etype == "other" else etype,
            place=own_place or about.where,
            window=about.when,
            actor=(named[0] if named else None) if responsibility else accused[0] if accused else (
                # (what it says spared civilians is its own deed, as is what it denies any part in)
                att.speaker.actor if spared == "civilians" or about.perpetrators and att.speaker.actor in about.perpetrators
                or _disowns(att, content) else None
            ),
            killed=None,
            spared=spared,
        )
    else:
        place = _scope_place(ctx, content, sent, att)
        window = _window(ctx, content, sent, said_on, stance)
        told = _told_before(reports, sent)
        etype = _the_bombing_told_before(ctx, content, told) or etype
        if generic and told is not None and etype in (None, *GENERIC_KINDS) and told.event_type not in GENERIC_KINDS:
            etype = told.event_type  # '"the attack had killed 25 members of the apostate forces"': the suicide bombing told before
        if place is not None and place.level == "country" and told is not None and told.where is not None and told.where.level != "country":
            place = told.where  # "a town in the country's north": the place of the incident told before
        if (
            told is not None
            and not ctx.places_in(sent)
            and not ctx.timexes_in(content)
            and told.event_type in (etype, "other")
        ):
            # "showed no evidence of munitions hitting the convoy": the incident told just before
            # (a denial keeps its own day and the day before when the incident is told only as
            # of the day of a telling inside them: "a source on Sunday affirmed that the
            # allegations ... are a farce")
            within = stance == "denies" and window is not None and told.when is not None \
                and window.contains(told.when.start) and window.contains(told.when.end)
            place, window = told.where or place, window if within else told.when or window
        elif _the_incident_told_before(ctx, content, told, etype, place, said_on, stance):
            window = told.when  # 'A car bomb tore through Homs on Sunday. "... killing 40 of them," IS said on Monday'
        actor = _scope_actor(ctx, content, att, event_toks, stance) or _claimed_by_the_speaker(att)
        operation = next(iter(find_operations(content)), None)
        if operation is not None:
            # "not a single civilian has been harmed in Operation Olive Branch": its party, its area, its days
            op = operation.operation
            actor = actor or op.actor
            area = op.area()
            if area is not None and not place_within(place, area):
                place = area  # its area, not "told reporters in Ankara" (a place told inside it stays)
            # (a date of its own bounds it, but not the day it began: "launched on Jan. 20")
            if all(t.span is None or t.span.start == op.start for t in ctx.timexes_in(content)):
                window = op.days(said_on) or window
        if etype == "air_strike" and actor is not None:
            # "Islamic State claimed responsibility for the bombing": a group without aircraft bombs on the ground
            etype = on_the_ground(ctx.terms_in(content), [actor], content, []) or etype
        dead = _whom_it_counts(figures[0]) if figures else None
        if etype == "other" and dead == "combatants" and max(figures[0].low or 0, figures[0].high or 0) > 1:
            # "its fighters killed 40 mercenaries while repelling an attack": fighting told by its
            # dead (one dead fighter tells no fight: "the commander was killed by fire from the ground")
            etype = "armed_clash"
        scope = Scope(
            event_type=etype if etype != "other" else None,
            place=place,
            window=window,
            actor=actor,
            killed=killed,
            also=_named_with(content, actor),
            spared=spared,
            dead=dead,
            dead_party=figures[0].party if figures else None,
        )
    lo = min(content.start_char, att.speaker.start, att.cue.idx)
    lo = ctx.past_dateline(lo, min(content.start_char, att.speaker.end, att.cue.idx))  # (a title run into it)
    hi = max(content.end_char, att.speaker.end, att.cue.idx + len(att.cue.text))
    hi = max(hi, _with_its_aside(att, content))
    quote = _quote_between(ctx, lo, hi)
    return Claim(
        article_id=ctx.article_id,
        start=lo,
        end=lo + len(quote),
        quote=quote,
        stance=stance,
        scope=scope,
        speaker=att.speaker.person,
        speaker_org=att.speaker.org,
        actor=att.speaker.actor,
        said_on=said_on,
        cue=att.cue.text,
        sentence=sent.text.strip(),
    )


def _as_told_by_its_spokesman(ctx: ArticleContext, claim: Claim, att: Attribution, others: list[Attribution]) -> Claim:
    """A party's statement told inside what its named spokesman said ("Kremlin spokesman Dmitry
    Peskov said that Moscow had no information on casualties and dismissed the reports") is the
    spokesman's: his name, his body, and the quote of all he said."""
    outer = next(
        (
            o for o in others
            if o is not att and o.content is not None and o.speaker.person and o.speaker.actor == att.speaker.actor
            and not att.speaker.person and o.content.start_char <= att.speaker.start < o.content.end_char
        ),
        None,
    )
    if outer is None:
        return claim
    lo = min(outer.speaker.start, outer.cue.idx, claim.start)
    quote = _quote_between(ctx, lo, max(outer.content.end_char, claim.end))
    return replace(claim, start=lo, end=lo + len(quote), quote=quote, speaker=outer.speaker.person, speaker_org=outer.speaker.org)


def _quote_between(ctx: ArticleContext, lo: int, hi: int) -> str:
    """A claim's quote: the text between two offsets, without the spaces and the trailing
    comma or colon around it."""
    return ctx.text[lo:hi].strip().rstrip(",;:")


def _with_its_aside(att: Attribution, content: Span) -> int:
    """Where the quote ends when the cue goes on, right after what was said, with more of the
    speaker's words ("denied any involvement, however issuing a statement blaming terrorist
    groups", "denied using chemical weapons, insisting it has never used them"): the end of
    that clause, so the quote shows all the speaker said there; else 0 (not "announcing
    strikes, utilising its only aircraft carrier": a deed, not words)."""
    cues = lexicon.load().cues
    for c in att.cue.children:
        says = c.lemma_.lower() in cues or any(k.dep_ == "dobj" and k.lemma_.lower() in STATEMENT_NOUNS for k in c.children)
        if c.dep_ == "advcl" and c.tag_ == "VBG" and says and c.i >= content.end and c.left_edge.i <= content.end + 2 \
                and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            last = c.doc[c.right_edge.i]
            return last.idx + len(last.text)
    return 0


def _same_claim(a: Claim, b: Claim) -> bool:
    sa, sb = a.scope, b.scope
    return (
        a.actor == b.actor
        and (a.speaker, a.speaker_org) == (b.speaker, b.speaker_org)
        and a.stance == b.stance
        and sa.event_type == sb.event_type
        # (a party's denial told once naming itself and once not, of one day: "accusations that
        # Russia was responsible ... were groundless", "These are unfounded accusations"; not
        # "has not been bombed for 28 days" beside "strikes were not targeting Aleppo")
        and (sa.actor == sb.actor or a.stance == "denies" and {sa.actor, sb.actor} == {None, a.actor} and sa.window == sb.window)
        and (sa.place.city if sa.place else None) == (sb.place.city if sb.place else None)
        and _one_window(sa.window, sb.window)
        # (two tolls are two claims: "100 were killed" is checked apart from "48 were killed")
        and _one_toll(sa.killed, sb.killed)
    )


def _one_toll(a: Range | None, b: Range | None) -> bool:
    """The same figure, or a figure told in one telling only (then the telling with it is kept)."""
    return a is None or b is None or (a.low, a.high) == (b.low, b.high)


def _one_window(a: DateSpan | None, b: DateSpan | None) -> bool:
    """The same period, or one inside the other ("the statement's day" and "the statement's day
    and the day before" for a deed told once as done and once as had been done)."""
    if a is None or b is None:
        return a is b
    return a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end


def _summarises(display: Claim, body: Claim) -> bool:
    """A headline or standfirst claim that the body states in full."""
    a, b = display.scope, body.scope
    return (
        display.actor == body.actor
        and display.stance == body.stance
        and (a.event_type == b.event_type or a.event_type is None)
        and (a.place is None or b.place is None or a.place.city == b.place.city)
    )


OVERLAP_SHARE = 0.5  # of the shorter quote: two quotes sharing this much tell one statement


def _one_statement(a: Claim, b: Claim) -> bool:
    """Two quotes over much the same text with the same stance, by one party (or one of them
    by nobody named): "The US accused Damascus of the attack, which it estimates killed
    1,429" and its own "which it estimates killed 1,429"; a headline printed twice."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return (
        shared > 0
        and shared >= OVERLAP_SHARE * min(a.end - a.start, b.end - b.start)
        and a.stance == b.stance
        and (a.actor == b.actor or a.actor is None or b.actor is None)
    )


def _fuller(a: Claim, b: Claim) -> Claim:
    """Of two quotes of one statement: the one whose speaker is known, then the one whose scope
    says most of what can be checked, then one that does not run down from the top of the
    text (a headline run into the body), then the longer."""

    def told(c: Claim) -> int:
        return sum(x is not None for x in (c.scope.event_type, c.scope.place, c.scope.window, c.scope.actor))

    return max((a, b), key=lambda c: (c.actor is not None, bool(c.speaker or c.speaker_org), told(c), c.start > 0, c.end - c.start))


def _without_copies(claims: list[Claim]) -> list[Claim]:
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.start):
        twin = next((i for i, k in enumerate(kept) if _one_statement(k, claim)), None)
        if twin is None:
            kept.append(claim)
        else:
            kept[twin] = _fuller(kept[twin], claim)
    return kept


def _better_version(new: Claim, old: Claim, first_end: int, named: set[int] = frozenset(), eventful: set[int] = frozenset()) -> bool:
    """Of two tellings of one claim (same speaker, stance and scope): the one naming a person;
    else the one with a toll ('"62 servicemen were killed," he said' over the strikes told
    without one); else the one that names its speaker in its own sentence over one that has
    only a pronoun for them ("... cannot be tolerated, Trump said" over "He blamed the attack
    on Assad": the quote shows who said it); else the body's over the opening sentence (a
    headline run into its dateline when the text has no line breaks); else the one in the
    speaker's own words, in quotation marks, over a summary; else a later telling that quotes
    far more of what was said, over twice as much ("The SNC said in a statement: ..." over
    the lead's summary "accused Assad of being behind the attack"); else the first.
    ``named`` holds the starts of the claims whose speaker is named, not a pronoun;
    ``eventful`` those whose quote names an event."""
    if bool(new.speaker) != bool(old.speaker):
        return bool(new.speaker)
    if (new.scope.killed is None) != (old.scope.killed is None):
        return new.scope.killed is not None  # the telling with a toll to check
    if (new.start in named) != (old.start in named):
        return new.start in named
    if old.start < first_end <= new.start:
        return True
    if _in_own_words(new) != _in_own_words(old):
        # 'the group said: "A martyrdom seeker detonated ..."' over 'claimed responsibility for';
        # but not a shorter retort over the summary that says what it denies ('said accusations
        # that Russia was responsible for the deaths ... were groundless' over '"These are
        # unfounded accusations," Peskov told reporters')
        own, summary = (new, old) if _in_own_words(new) else (old, new)
        if (own.start in eventful) != (summary.start in eventful):
            # (the one that names what it is about: '"We deny the responsibility of government
            # forces for the massacre," he told' over 'said a "tsunami of lies" was used')
            return (own.start in eventful) == (own is new)
        return (own.end - own.start >= summary.end - summary.start) == (own is new)
    return new.end - new.start > 2 * (old.end - old.start)


_QUOTATION = re.compile(r'"[^"]+"|\u201c[^\u201d]+\u201d|\u00ab[^\u00bb]+\u00bb')


def _in_own_words(claim: Claim) -> bool:
    """The claim is told mostly in the speaker's words, in quotation marks (not a summary
    with a phrase quoted: 'said the allegations were part of a "campaign of lies"')."""
    quoted = sum(len(m.group()) for m in _QUOTATION.finditer(claim.quote))
    return quoted >= len(claim.quote) / 2


def find_claims(ctx: ArticleContext, reports: list[Report] | None = None) -> list[Claim]:
    """All claims in an analysed article.

    A claim repeated with the same scope is kept once (the version naming a person wins);
    so is a statement quoted twice over much the same text (the fuller quote wins); a claim
    in the headline or standfirst is dropped when the body states it.
    """
    body: list[Claim] = []
    display: list[Claim] = []
    first_end = ctx.opening_end()
    named: set[int] = set()  # starts of the claims whose speaker is named in their sentence
    eventful: set[int] = set()  # starts of the claims whose quote names an event
    for sent in ctx.sentences:
        atts = ctx.attributions_in(sent)
        for att, content in ((a, c) for a in atts for c in a.statements):
            claim = _claim_for(ctx, att, sent, content, reports or [])
            if claim is None:
                continue
            claim = _as_told_by_its_spokesman(ctx, claim, att, atts)
            if att.speaker.text.lower() not in PRONOUNS and att.speaker.text.lower() != "it":
                named.add(claim.start)
            if ctx.terms_in(content):
                eventful.add(claim.start)
            bucket = display if ctx.is_display(sent) else body
            dup = next((i for i, c in enumerate(bucket) if _same_claim(c, claim)), None)
            if dup is None:
                bucket.append(claim)
            elif _better_version(claim, bucket[dup], first_end, named, eventful):
                bucket[dup] = claim
    kept = body + [d for d in display if not any(_summarises(d, b) for b in body)]
    own = _outlet_voice(ctx, reports or [])
    if own is not None and not any(c.start <= own.start < c.end or own.start <= c.start < own.end for c in kept):
        kept.append(own)
    return sorted(_without_copies(kept), key=lambda c: c.start)


def _outlet_voice(ctx: ArticleContext, reports: list[Report]) -> Claim | None:
    """What a party's own outlet (state media, a movement's website) tells in its own voice
    is that party's claim: the lead incident, quoted from the first sentence of the body
    that tells an event without citing anyone."""
    lex = lexicon.load()
    key = lexicon.outlet_key(ctx.outlet)
    actor = lex.outlets.get(key)
    lead = lead_report(reports)
    if not actor or lead is None:
        return None
    sents = ctx.sentences[:5]
    if len(sents) > 1:
        sents = [s for s in sents if not ctx.is_display(s)] or sents[1:]  # the body, or the text past its first line
    told = [s for s in sents if ctx.terms_in(s) and not ctx.attributions_in(s)]
    if not told:
        return None
    sent = told[1] if told[0].start == 0 and len(told) > 1 else told[0]  # past a headline run into the body
    quote = sent.text.strip()
    return Claim(
        article_id=ctx.article_id,
        start=sent.start_char,
        end=sent.start_char + len(quote),
        quote=quote,
        stance="asserts",
        scope=Scope(
            event_type=lead.event_type if lead.event_type != "other" else None,
            place=lead.where,
            window=lead.when,
            actor=lead.perpetrators[0] if len(lead.perpetrators) == 1 and not lead.inferred else None,
            killed=lead.killed,
        ),
        speaker=None,
        speaker_org=lex.outlet_names.get(key),
        actor=actor,
        said_on=ctx.published,
        cue="",
        sentence=quote,
    )
