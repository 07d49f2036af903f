"""Incident drafts: what one sentence tells of violent events.

A sentence reports an incident when it names an event (a trigger such as "air strikes",
"shelling", "car bomb", "clashes") that is not negated, hypothetical, a truce or mere
background. The event's type comes from the strongest means in its clause ("rocket
strikes by jets" is an air strike); perpetrators and their attribution from the parse
and the cue verbs around it; place, date and casualty figures from the sentence, else
from what the article said last ("the city", "the day before"). ``incidents`` merges the
drafts of one article into its reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from spacy.tokens import Span, Token

from ..records import DateSpan, Place, Range, Toll
from . import lexicon
from .actors import ATTACK_VERBS, EVENT_NOUNS, FORCE_NOUNS, NAMED_MEMBER_NOUNS, ActorMention, busy_elsewhere, claims_responsibility, claims_the_event, coordinated_by_or, does_the_event, find_actors, is_force_noun, is_noun_of, shows_its_deed, the_weapon_itself
from .attribution import RELATIVE, Attribution
from .context import ArticleContext, TermMatch, end_of_a_route, place_rank
from .counts import OWNERS, Count, casualty_words, civilian_groups, find_counts, names_the_dead, other_cause
from .doccache import doc_text
from .places import SETTLEMENT_WORDS
from .timex import MONTH_WORDS, WEEKDAY_WORDS


WEAK_TRIGGERS = {"hit", "target", "drop", "fire", "launch", "pound", "destroy", "level", "strike", "kill"}
SELF_REPORT_CUES = {"announce", "confirm", "claim", "report", "say", "state"}
ANAPHORIC_DETS = {"the", "these", "those", "this", "that"}
NP_DEPS = {"compound", "amod", "nmod", "nummod", "poss", "pobj", "prep", "agent", "acl", "appos", "dobj", "npadvmod"}


@dataclass
class Draft:
    """A report being built; turned into a frozen Report at the end."""

    start: int
    end: int
    event_type: str
    rank: int
    means: list[str]
    perpetrators: list[str]
    attribution: str
    where: Place | None
    when: DateSpan | None
    killed: Range | None
    injured: Range | None
    victims: dict[str, int]
    sources: list[str]
    trigger: str
    explicit_place: bool
    sent_index: int
    display: bool = False  # a headline, caption or line whose place is only the article's main place
    guessed_place: bool = False  # no place told nor one just before: the article's main place stands in
    anaphoric: bool = False  # goes on about the event told just before
    each: bool = False  # goes on about all the events told before ("claimed responsibility for the attacks")
    victims_only: bool = False  # "among the dead were five children": who the dead told before were
    perpetrators_only: bool = False  # "the jets were believed to be Russian": whose they were
    toll_only: bool = False  # "the Observatory put the toll at six": the figure of the event told before
    # its figure came from such a sentence, or counts only part of the dead ("three of which
    # died"): a figure told with the event, for all its dead, replaces it
    killed_from_toll: bool = False
    quote_score: tuple | None = None  # how good a quote the draft's sentence is, once figures from others joined it
    own_date: bool = False  # the sentence dates the event itself
    said_day: bool = False  # that date is the telling's ("the monitor said on Sunday that 48 died")
    pronoun_doer: bool = False  # the doer is a pronoun ("They executed 85 civilians"): the party told just before
    inferred: bool = False  # perpetrators inferred, not told
    kind_untold: bool = False  # "days after a chemical attack, a woman was killed": its kind is not the earlier event's
    kind_by_the_dead: bool = False  # its word ("stormed", "attacked") takes its kind from whom it killed
    earlier: bool = False  # told as what came before its sentence's own event ("days after a chemical attack")
    quote_end: int = 0
    extra: list[str] = field(default_factory=list)
    tolls: list[Toll] = field(default_factory=list)  # every toll told for it, with its sources
    party_dead: dict[str, int] = field(default_factory=dict)  # fighters of one side among the dead ("23 IS jihadists")

    def __post_init__(self) -> None:
        if self.killed is not None and not self.tolls:
            self.tolls = [Toll(self.killed, tuple(self.sources), self.start, self.end)]


def phrase_head(tok: Token) -> Token:
    """The noun a modifier belongs to: "chemical" in "a chemical agent" -> "agent"."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def event_root(tok: Token) -> Token:
    """The head noun of the noun phrase an event word belongs to ("rocket" -> "strikes")."""
    best = tok
    cur = tok
    for _ in range(6):
        if cur.dep_ not in NP_DEPS or cur.head.i == cur.i:
            break
        head = cur.head
        if head.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl",) and head.dep_ not in ("acl", "relcl"):
            if cur.dep_ in ("pobj", "prep", "agent", "dobj", "npadvmod"):
                break
        cur = head
        if cur.pos_ in ("NOUN", "PROPN"):
            best = cur
    return best


TIME_UNITS = {"minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year", "decade"}
THINK_VERBS = {"believe", "think", "expect", "suspect", "know", "consider", "assume", "doubt"}


def _is_struck(tok: Token) -> bool:
    """The weapon or aircraft is the target: "a helicopter that was shot down", "the jet was
    hit", "destroyed two tanks"."""
    hit = ATTACK_VERBS | {"shoot", "down"}
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in hit:
        return True
    obj = tok
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # "destroying a car bomb factory"
    while obj.dep_ == "conj" and obj.head.i < obj.i:
        obj = obj.head  # "destroying 12 fighting positions and a car bomb"
    if obj.dep_ == "dobj" and obj.head.lemma_.lower() in ATTACK_VERBS - {"shoot"}:
        return True  # (not "shot rockets": what was fired)
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in hit and any(g.dep_ == "nsubjpass" and g.lower_ in ("that", "which") for g in c.children)
        for c in tok.children
    )


def names_what_was_hit(m: TermMatch, tok: Token) -> bool:
    """The term names no attack made but what was hit or carried: "a helicopter that was shot
    down", "shot down the missiles", "destroyed two tanks"; "dropped leaflets": no weapon."""
    return m.term.role == "means" and (_is_struck(tok) or _drops_no_weapon(tok)) or m.term.role == "both" and _is_struck(tok) or _shot_down(tok)


def flew_harmlessly(m: TermMatch, tok: Token) -> bool:
    """An aircraft that crashed, returned or landed ("a warplane crashed near the airbase",
    "all aircraft had returned safely") tells no attack (stance.json harmless_flight_verbs)."""
    return m.term.role == "means" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon.stance_words("harmless_flight_verbs")


def _drops_no_weapon(tok: Token) -> bool:
    """The aircraft drops what is no weapon: "warplanes dropped leaflets", "planes dropped aid"
    (stance.json harmless_loads)."""
    tok = phrase_head(tok)
    if tok.dep_ != "nsubj":
        return False
    loads = lexicon.stance_words("harmless_loads")
    objects = [c for c in tok.head.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in loads for o in objects)


def _shot_down(tok: Token) -> bool:
    """The aircraft or missile is what was brought down: "rebels shot down a government
    helicopter", "downed a Russian jet", "air defences shot down most of the missiles"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "most of the missiles"
    return tok.dep_ == "dobj" and _downs(tok.head)


def _downs(verb: Token) -> bool:
    """"shot down", "brought down", "downed": a verb whose object is an aircraft destroyed."""
    lemma = verb.lemma_.lower()
    return lemma == "down" or lemma in ("shoot", "bring") and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _announced(cue: Token, event_toks: list[Token]) -> bool:
    """The event is what the cue announces ("announced missile strikes", "said it carried
    out strikes", "said its jets struck"), not a word deep inside it ("his intention to visit
    the site of the attack") nor a deed of someone the statement names ("said the gunmen
    suppressed protests")."""
    for e in event_toks:
        verb = e if e.pos_ == "VERB" else e.head if e.head.pos_ in ("VERB", "AUX") else None
        if verb is not None and verb.i != cue.i and not _done_by_the_speaker(verb):
            continue
        if e.head.i == cue.i or (e.head.head.i == cue.i and e.head.pos_ in ("VERB", "AUX")):
            return True
        if e.pos_ == "VERB" and (e.head.i == cue.i or e.head.head.i == cue.i):
            return True
    return False


def _done_by_the_speaker(verb: Token) -> bool:
    """The clause names no doer, or names the speaker by a pronoun ("it carried out", "its jets
    struck", "we hit"); not a side's craft or men told as hit ("a Russian helicopter was shot
    down", "two soldiers were killed")."""
    if any(c.dep_ == "nsubjpass" and is_force_noun(c) for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    for s in subjects:
        if s.dep_ == "agent":
            s = next((g for g in s.children if g.dep_ == "pobj"), s)
        if s.pos_ != "PRON" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children):
            return False
    return True


def negates_an_ordinal(tok: Token) -> bool:
    """"it is not the first hospital to be targeted": the negation falls on "first", and the
    event is told as happening again, not denied."""
    ordinals = set(lexicon.load().stance.get("ordinals", ()))
    return any(
        c.dep_ in ("attr", "acomp") and any(m.lower_ in ordinals for m in c.children if m.dep_ in ("amod", "det", "advmod"))
        for c in tok.children
    )


def not_one(tok: Token) -> bool:
    """"Not one air strike has been carried out": the negation hung on the number of the noun."""
    return any(c.lower_ == "one" and c.dep_ == "nummod" and any(g.dep_ == "neg" for g in c.children) for c in tok.children)


def _negated(tok: Token) -> bool:
    """The event word or the verb that governs it is negated."""
    lex = lexicon.load()
    negs = lexicon.stance_words("negators")
    judging = lexicon.stance_words("judgement_verbs")
    for n, t in enumerate((tok, *list(tok.ancestors)[:4])):
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in judging:
            continue  # "the attack cannot be tolerated": judged, so it happened
        if negates_an_ordinal(t):
            continue
        if n <= 2 and (any(c.dep_ == "neg" or (c.lower_ in negs and c.dep_ in ("det", "advmod", "neg")) for c in t.children) or not_one(t)):
            return True
        if t.pos_ in ("VERB", "AUX"):
            # "they do not believe the rebels have poison gas": a clause under a negated
            # verb of saying or thinking is not told as having happened
            cue = t.head
            if t.dep_ in ("ccomp", "xcomp") and (cue.lemma_.lower() in lex.cues or cue.lemma_.lower() in THINK_VERBS):
                # ("did not deny that airstrikes had been carried out" affirms them)
                return lex.cues.get(cue.lemma_.lower()) != "denies" and any(c.dep_ == "neg" for c in cue.children)
            break
    return False


def hypothetical(tok: Token) -> bool:
    """The event is told as what may, will or could happen ("jets would strike", "a possible
    US attack"), not as what happened."""
    hyp = lexicon.stance_words("hypothetical")
    if any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.stance_words("hypothetical_modifiers") for c in tok.children):
        return True
    noun = phrase_head(tok)  # "chemical weapons" in "an August 21 chemical weapons attack"
    if _told_as_past_fact(noun, hyp):
        return False  # "would condemn an August 21 attack which killed 1400": the attack happened
    before = lexicon.stance_words("earlier_preps") | lexicon.stance_words("earlier_nouns")
    for t in (tok, *list(tok.ancestors)[:6]):
        if t.lower_ in before:
            break  # "seeking backing for strikes in response to an attack": that attack came before, as fact
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in hyp for c in t.children) and not _possible_past(t):
                return True  # "jets would strike"
            if _condition(t, hyp):
                return True  # "if chemical weapons use is verified"
            if t.lemma_.lower() in hyp and t.i != tok.i:
                return True
            if t.dep_ == "relcl":
                break  # "sites will include X, where an attack was reported": the relative clause tells it as fact
    return False


PAST_AUX = {"was", "were", "had", "have", "has"}  # "were killed", "had struck"


def told_for_the_past_too(tok: Token) -> bool:
    """"has not used and will never use chemical weapons": the future verb over the event
    shares its object with a past one joined before it, so what is said covers the past too
    (a statement about it; the words still tell no event)."""
    verb = next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    first = verb.head
    return (
        verb.dep_ == "conj" and first.i < verb.i and first.pos_ == "VERB"
        and (first.tag_ == "VBD" or first.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in PAST_AUX for a in first.children))
        and not any(c.dep_ == "dobj" for c in first.children)
    )


def _told_as_past_fact(tok: Token, hyp: set[str]) -> bool:
    """An event noun dated by its own modifier ("an August 21 attack") or described by a
    relative clause in the past ("an attack which killed 1400", "the attack in which 1400
    were killed"): what happened, whatever modal governs the sentence around it."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("nmod", "compound", "npadvmod") and c.ent_type_ == "DATE" and c.tag_ == "NNP" for c in tok.children):
        return True
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        verbs = [t for t in clause.subtree if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
        past = any(t.tag_ == "VBD" or (t.tag_ == "VBN" and any(a.dep_ in ("aux", "auxpass") and a.lower_ in PAST_AUX for a in t.children)) for t in verbs)
        if past and not any(a.dep_ == "aux" and a.lower_ in hyp for t in verbs for a in t.children):
            return True
    return False


def _possible_past(verb: Token) -> bool:
    """"may have killed up to 40", "might have died": what probably happened, told with
    doubt about its extent, not what may yet happen ("would have struck" stays a what-if)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in auxes and bool(set(auxes) & {"may", "might", "could"})


def _condition(clause: Token, hyp: set[str]) -> bool:
    """The clause is a condition ("if the strikes continue", "unless they are voluntary"), not
    a question ("it was unclear if the strike was carried out by Syrian planes": it was) nor a
    comparison ("as if the planes were trying")."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in hyp]
    if not marks or any(m.i > 0 and m.doc[m.i - 1].lower_ == "as" for m in marks):
        return False
    head = clause.head
    asking = lexicon.stance_words("question_heads")
    return not ({head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ in ("acomp", "attr", "neg")}) & asking


def _fled(tok: Token) -> bool:
    """The event is what people fled ("33 people who had fled fighting in Aleppo", "families
    escaping the bombardment of their town"): where they came from, not the sentence's event."""
    t = tok
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "from":
        t = t.head
    return t.dep_ in ("dobj", "prep") and t.head.lemma_.lower() in lexicon.stance_words("flight_verbs")


def held_not_used(tok: Token) -> bool:
    """The weapon is told as held, handed over or destroyed, not used: "the destruction of its
    chemical weapons", "hand over its chemical weapons stocks", "possess chemical weapons" (but
    "an air strike destroyed a depot" is a strike)."""
    holding = lexicon.stance_words("holding_words")
    t = tok
    for _ in range(4):
        if t.i != tok.i and t.lemma_.lower() in holding:
            return True  # "chemical weapons stocks", "the destruction of its chemical weapons"
        if t.dep_ in ("compound", "amod", "nmod"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("of", "including"):
            t = t.head.head  # (and one of a list: "destroyed four of their vehicles including a car bomb")
        elif t.dep_ in ("dobj", "nsubjpass"):
            return t.head.pos_ == "VERB" and t.head.lemma_.lower() in holding  # "possess chemical weapons"
        else:
            return False
    return False


HALT_WORDS = frozenset({"stop", "end", "ban", "suspend", "cessation", "resumption"})


def named_as_a_kind(tok: Token) -> bool:
    """A bare plural given as an example of a kind names no event: "events like chemical
    weapons attacks", "crimes such as barrel bomb attacks" (a means word is read at the head
    of its noun phrase), unless the kind is one of weapons (stance.json instrument_nouns); and
    a bare plural of a kind ("similar attacks", "such attacks": stance.json kind_modifiers)."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    if tok.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if any(c.dep_ in ("amod", "predet") and c.lower_ in lexicon.stance_words("kind_modifiers") for c in tok.children):
        # "has carried out similar attacks in the area", "such attacks are war crimes"; but a
        # sentence with a day or a figure tells events ("on the heels of similar airstrikes on
        # the town on Monday when 15 civilians were killed")
        return not any(t.ent_type_ in ("DATE", "TIME") or t.like_num for t in tok.sent)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.head.lemma_.lower() in lexicon.stance_words("instrument_nouns"):
        return False  # "munitions such as bunker buster bombs": the means of what is told
    return prep.lower_ == "like" or prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _names_a_place(tok: Token) -> bool:
    """The event word is a modifier that names a place by what happened there ("a raid on
    the chemical attack town", "at the bombing site"; stance.json event_named_places)."""
    return tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() in lexicon.stance_words("event_named_places")


def _truce(tok: Token) -> bool:
    """"A moratorium on air strikes", "a halt to the bombing": not an event."""
    truce = lexicon.truce_words()
    for t in list(tok.ancestors)[:3]:
        if t.lemma_.lower() in truce or t.lemma_.lower() in HALT_WORDS:
            return True
        if t.pos_ in ("VERB",) and t.lemma_.lower() not in ("stop", "halt", "suspend", "end", "ban"):
            break
    return False


def _range_from(counts: list[Count], kind: str) -> Range | None:
    """The total killed/injured: a count of people if given, else the sum of the groups named.

    "20 people, including five children" is 20; "eleven fighters and four civilians" is 15.
    """
    mine = _restated_once([c for c in counts if c.kind == kind])
    if not mine:
        return None
    whole = [c for c in mine if not c.subset] or mine
    people = [c for c in whole if c.category == "people"]
    if people and len(people) == 1 and len(whole) > 1 and people[0].start > min(c.start for c in whole) and not people[0].running:
        people = []  # "22 children and six teachers": groups listed one after another add up
    if people and all(c.low == c.high == 1 for c in people):
        people = []  # "a man and his two daughters": one person is no total of more
    # "killed 12 civilians, bringing the toll to 45": a running total is the whole, not one more group
    if people:
        best = max(people, key=lambda c: (c.low or c.high or 0))
        return Range(best.low, best.high, best.text)
    if len(whole) == 1:
        return Range(whole[0].low, whole[0].high, whole[0].text)
    # ("as many as 22 children and six teachers": up to 28, not at least six)
    low = None if any(c.low is None for c in whole) else sum(c.low for c in whole) or None
    high = None if any(c.high is None for c in whole) else sum(c.high or 0 for c in whole)
    return Range(low, high, "; ".join(c.text for c in whole))


RESTATED_GAP = 40  # characters: the same figure this far on is the toll told again, not another group
_OWNED = tuple(f"{o} " for o in OWNERS)  # "his driver": a person told with another, never a figure told again


def _restated_once(counts: list[Count]) -> list[Count]:
    """Counts without a later one that gives the same figure for the same group further on: a
    headline run into its lead ("Syrian army kills 62 rebels ... sixty-two rebel fighters
    were killed") tells one toll twice. Groups listed together ("five civilians in Idlib and
    five civilians in Hama") stay."""
    out: list[Count] = []
    for c in counts:
        if any(
            (p.low, p.high, p.category) == (c.low, c.high, c.category) and c.start - p.end > RESTATED_GAP for p in out
        ) and not c.text.lower().startswith(_OWNED):  # ("was killed along with his driver": one more)
            continue
        out.append(c)
    return out


def _tolls_by_speaker(counts: list[Count], atts: list[Attribution], sources: list[str], sent: Span) -> list[Toll]:
    """The killed figures of one event split by who gives them: "the monitor said 56 died,
    while Amaq said 160 were killed" is two tolls, not a toll of 216 (each with the offsets
    of the sentence that tells it)."""
    groups: dict[str | None, list[Count]] = {}
    for c in counts:
        if c.kind != "killed":
            continue
        holding = [(st.end_char - st.start_char, a) for a in atts for st in a.statements if st.start_char <= c.start < st.end_char]
        att = min(holding, key=lambda x: x[0])[1] if holding else None  # the innermost: "X said ..., while Y said ..."
        groups.setdefault(_source_name(att) if att is not None else None, []).append(c)
    out = []
    for who, group in groups.items():
        killed = _range_from(group, "killed")
        if killed is not None:
            out.append(Toll(killed, (who,) if who else tuple(sources), sent.start_char, sent.end_char))
    return out


def _one_per_source(tolls: list[Toll]) -> list[Toll]:
    """A figure outside every statement, credited to the sentence's source, beside that
    source's own toll is part of it ("has risen to 48, including at least 15 fighters, the
    monitor said": 48, of whom 15 fighters), not a second figure of that source."""
    return [t for t in tolls if not any(o is not t and o.sources == t.sources and (o.killed.best or 0) > (t.killed.best or 0) for o in tolls)]


LIST_JOINERS = frozenset({"and", ",", ", and", "as well as", ", as well as"})


def _listed_after(prev: Count, c: Count, text: str) -> bool:
    """``c`` is the next item of a list that ``prev`` opens: "45 IS militants and 20 Kurdish
    fighters" (only "and" or a comma between them, so two tolls of one group told apart in
    a sentence, "16 civilians ... 16 civilians died", are not added up)."""
    return prev.end <= c.start and text[prev.end : c.start].strip().lower() in LIST_JOINERS


def _other_sides(prev: Count, c: Count) -> bool:
    """Fighters of two sides counted one after the other ("346 Islamic State fighters were
    killed and more than 170 members of government forces had died"): other men, to be added."""
    return prev.party is not None and c.party is not None and prev.party != c.party


def _victims(counts: list[Count], text: str) -> dict[str, int]:
    """The dead by victim group (``text``: the document the counts' offsets point into).

    Groups of one kind listed together add up ("45 IS militants and 20 Kurdish fighters" is
    65 combatants), as do the fighters of two sides told one after the other; otherwise a
    group's largest figure stands. A toll of people whose majority is named ("84 people,
    mostly women and children") counts under "mostly_civilians" (or "mostly_combatants"):
    the label says what most were, not that all were."""
    out: dict[str, int] = {}
    prev: Count | None = None
    prev_group: str | None = None
    listed = 0  # the sum of the list the previous count belongs to
    for c in sorted(counts, key=lambda c: c.start):
        if c.kind != "killed" or c.category == "people" and c.majority is None:
            prev = None
            continue
        group = c.category if c.category != "people" else f"mostly_{c.majority}"
        value = c.low if c.low is not None else c.high
        if value is None:
            prev = None
            continue
        if prev is not None and group == prev_group and not c.subset and not prev.subset and (_listed_after(prev, c, text) or _other_sides(prev, c)):
            out[group] = max(out.get(group, 0), listed + value)
            listed += value
        else:
            out[group] = max(out.get(group, 0), value)
            listed = value
        prev, prev_group = c, group
    return out


IDENTITY_VERBS = frozenset({"be", "believe", "think", "suspect", "appear", "seem", "identify", "say"})


def _whose_means(sent: Span, terms: list[TermMatch], si: int) -> Draft | None:
    """"The jets were believed to be Russian", "the planes were Russian": the weapons of the
    event told just before, and whose they were (alleged when hedged; never an incident alone)."""
    doc = sent.doc
    if any(m.term.role != "means" for m in terms):
        return None
    for m in terms:
        tok = doc[m.end - 1]
        if tok.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in IDENTITY_VERBS:
            continue
        perps = [a for a in find_actors(sent) if a.start > tok.i and doc[a.start] in verb.subtree]
        if not perps:
            continue
        return _follow_up(
            sent, si, perpetrators=list(dict.fromkeys(p.key for p in perps)),
            attribution=_attribution_level(sent, perps, []), perpetrators_only=True,
        )
    return None


def _claims_responsibility(sent: Span, si: int) -> Draft | None:
    """"ISIS claimed responsibility.", "The group claimed responsibility in a statement": a
    sentence with no event word that names who claims the event told just before."""
    if not any(t.lemma_.lower() == "responsibility" for t in sent):
        return None
    perps = [a for a in find_actors(sent) if claims_responsibility(sent.doc[a.start : a.end])]
    if not perps:
        return None
    return _follow_up(sent, si, perpetrators=list(dict.fromkeys(p.key for p in perps)), attribution="claimed", perpetrators_only=True)


def _hurt_of_the_event_before(ctx: ArticleContext, sent: Span, si: int, counts: list[Count]) -> Draft | None:
    """"Another 50 were wounded.", "Dozens of others were hurt.": the injured of the event told
    just before, in a sentence with no event, place or day of its own."""
    if not any(c.kind == "injured" for c in counts) or ctx.places_in(sent) or ctx.timexes_in(sent):
        return None
    if not sent.text.rstrip().endswith(SENTENCE_ENDS) or _is_background(ctx, sent, counts):
        return None
    return _toll_draft(ctx, sent, si, counts)


def _follow_up(sent: Span, si: int, **told) -> Draft:
    """A sentence that only adds to the event told just before (its victims, toll or
    perpetrators, in ``told``): never an incident alone."""
    fields = dict(
        start=sent.start_char, end=sent.end_char, event_type="other", rank=0, means=[], perpetrators=[],
        attribution="unknown", where=None, when=None, killed=None, injured=None, victims={},
        sources=[], trigger="", explicit_place=False, sent_index=si, anaphoric=True,
    )
    return Draft(**{**fields, **told})


def _figures(counts: list[Count], tolls: list[Toll], text: str) -> dict:
    """A draft's casualty fields from its sentence's counts: the toll (the first speaker's
    when several give one), the injured, the victims, and every speaker's toll when more
    than one gives it."""
    several = len(tolls) > 1
    killed = [c for c in counts if c.kind == "killed"]
    return dict(
        killed=tolls[0].killed if several else _range_from(counts, "killed"),
        killed_from_toll=bool(killed) and all(c.subset for c in killed),
        injured=_range_from(counts, "injured"),
        victims=_victims(counts, text),
        tolls=_one_per_source(tolls) if several else [],
        party_dead=_party_dead(counts),
    )


def _party_dead(counts: list[Count]) -> dict[str, int]:
    """The fighters of each side the sentence counts among its dead ("26 fighters from the SDF
    and 23 IS jihadists"), the first figure of a side standing."""
    out: dict[str, int] = {}
    for c in counts:
        n = c.low if c.low is not None else c.high
        if c.kind == "killed" and c.party and n is not None:
            out.setdefault(c.party, n)
    return out


def _victims_draft(sent: Span, si: int, victims: dict[str, int]) -> Draft:
    """Who the dead of the event told just before were, to be given to it (never an incident alone)."""
    return _follow_up(sent, si, victims=victims, victims_only=True)


def _another_group(sent: Span, counts: list[Count]) -> bool:
    """"Another five civilians were killed in two other districts", "fifteen others died in
    two more incidents": more dead than those of the event told before (not "three were
    killed and seven others wounded": those others are the hurt of the same event)."""
    hurt = [(c.start, c.end) for c in counts if c.kind == "injured"]
    return any(
        t.lower_ in lexicon.stance_words("more_dead_words") and not any(a <= t.idx < b for a, b in hurt) for t in sent
    )


SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")


def _toll_draft(ctx: ArticleContext, sent: Span, si: int, counts: list[Count]) -> Draft:
    """A figure told with no event, place or date of its own ("It added that at least 16
    insurgents were killed", "The observatory put the toll at six dead"): the toll of the
    event told just before, with who gives it (never an incident alone)."""
    doc = sent.doc
    atts = ctx.attributions_in(sent)
    toks = [t for c in counts if (span := doc.char_span(c.start, c.end, alignment_mode="expand")) is not None for t in span]
    sources = list(dict.fromkeys(_source_name(a) for a in _covering(atts, toks)))
    tolls = _tolls_by_speaker(counts, atts, sources, sent)
    return _follow_up(sent, si, sources=sources, toll_only=True, **_figures(counts, tolls, doc_text(doc)))


def _source_name(att: Attribution) -> str:
    """The name a report gives its source: the organisation, the person, else the words; a
    relative pronoun ("reports that indicate ...") stands for the phrase it refers to."""
    sp = att.speaker
    if sp.org or sp.person:
        return sp.org or sp.person
    if sp.text.lower() in RELATIVE and sp.ref_start is not None:
        return doc_text(att.cue.doc)[sp.ref_start : sp.ref_end]
    return sp.text


CONTRAST = {"despite", "although", "though", "while", "whereas", "but", "however", "yet", "even"}


def _governed(a: Attribution, tok: Token) -> bool:
    """Part of what the cue governs ("announced an operation, using cruise missiles"), not the
    speaker and not a contrasting clause the reporter adds ("despite evidence that ...")."""
    cue = a.cue
    if not (cue.left_edge.i <= tok.i <= cue.right_edge.i) or tok not in cue.subtree:
        return False
    for child in cue.children:
        if tok in child.subtree and (child.dep_ in ("nsubj", "nsubjpass") or child.left_edge.lower_ in CONTRAST):
            return False
    return True


def _covering(atts: list[Attribution], toks: list[Token]) -> list[Attribution]:
    """The attributions that say the event: it is in their content or governed by their cue
    (the reporter's own framing is not one)."""
    out = []
    for a in atts:
        if a.content is None:
            continue
        if not toks or any(a.content.start <= t.i < a.content.end or _governed(a, t) for t in toks):
            out.append(a)
    return out


def attribution_uncertain(span: Span, perps: list[ActorMention], words: set[str] | None = None) -> bool:
    """The span leaves the attacker open: "either Russian or Syrian jets", "unidentified
    aircraft, Russian or Syrian" (``words``: the span's forms and lemmas, if already at hand)."""
    words = words if words is not None else {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    return coordinated_by_or(span, perps) or bool(words & lexicon.stance_words("uncertain_words") and len({p.key for p in perps}) > 1)


def _denounced(event_toks: list[Token]) -> bool:
    """The event is what someone condemns ("to condemn this horrific attack"): not their own deed."""
    verbs = lexicon.stance_words("denunciation_verbs")
    return any(t.dep_ == "dobj" and t.head.lemma_.lower() in verbs for t in event_toks)


def _own_deed_level(att: Attribution) -> str:
    """A party telling its own side's deed claims it; one denying it is named only as the
    accused ("Russia denied carrying out the strike": no acknowledgement, so no confirmation)."""
    return "alleged" if att.stance == "denies" else "claimed"


def _attribution_level(sent: Span, perps: list[ActorMention], atts: list[Attribution]) -> str:
    if not perps:
        return "unknown"
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    if attribution_uncertain(sent, perps, words):
        return "uncertain"
    if "responsibility" in words and words & {"claim", "claimed", "claims"}:
        return "claimed"
    if any(claims_the_event(sent.doc[p.start : p.end]) or shows_its_deed(sent.doc[p.start : p.end]) for p in perps):
        return "claimed"  # "ISIL Claims Beheading of 18", "IS released a video showing the killing of ..."
    keys = [p.key for p in perps]
    for att in atts:
        # a party telling its own deed, or a coalition's member its coalition's ("coalition
        # aircraft struck ..., the Pentagon said")
        if att.speaker.actor and lexicon.names_actor(keys, att.speaker.actor):
            return _own_deed_level(att)
    for att in atts:
        if att.speaker.kind == "party" and att.speaker.actor and not lexicon.names_actor(keys, att.speaker.actor):
            return "alleged"
    if _hedged(sent):
        return "alleged"
    return "stated"


def _hedged(sent: Span) -> bool:
    """A hedge on who did it: "probably carried out by Russian jets", "jets believed to be
    Russian" (stance.json alleged_words); not a forecast ("the toll is likely to rise")."""
    hedges = lexicon.stance_words("alleged_words")
    doc = sent.doc
    return any(
        (t.lower_ in hedges or t.lemma_.lower() in hedges) and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and t.lower_ == "likely")
        for t in sent
    )


MAX_PLACES = 4  # separate places one event is told in ("in Daraa countryside, Aleppo and Damascus")


_BORDER_AFTER = re.compile(r"\s*(?:border|frontier|boundary)\b", re.I)


_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$|\bbordering\s+(?:the\s+)?$", re.I)


def _second_side_of_a_border(text: str, place: Place) -> bool:
    """"on the Syria-Lebanon border": one place, told by the first country; the second names
    only the other side. So does "the border with Iraq", "a province bordering Iraq"."""
    if place.start is None or place.end is None or place.start == 0:
        return False
    if _BORDER_WITH.search(text, max(0, place.start - 30), place.start):
        return True
    return text[place.start - 1] in "-–/" and bool(_BORDER_AFTER.match(text, place.end))


def split_places(places: list[Place], limit: int | None = MAX_PLACES) -> list[Place]:
    """The places a sentence's event happened in: the finest, one per separate place (the
    first ``limit`` of them)."""
    if not places:
        return []
    places = [p for p in places if p.country]
    if not places:
        return []
    # "the village of Qabasin, east of al-Bab": al-Bab only tells where Qabasin is
    places = [q for q in places if not landmark_of_one_before(q, places)] or places
    finest: list[Place] = []
    for p in sorted(places, key=place_rank):
        contained = any(
            (q.parent and (q.parent == p.resolved or q.parent == p.name))
            or (q.admin1 and p.level == "province" and q.admin1 == p.admin1)
            or (p.level == "country" and q.country == p.country)
            or (q.resolved == p.resolved)
            for q in finest
        )
        if not contained:
            finest.append(p)
    # separate places, in the order written ("in Daraa countryside, Aleppo and Damascus");
    # a country beside finer places is only their container
    separate = [p for p in finest if p.level != "country"] or finest
    # "crossing the Euphrates river near Deir Ezzor": an area across provinces (a river, a
    # region) beside a place within one only tells where that place is
    separate = [
        p for p in separate if p.admin1 or not any(q.admin1 and q.country == p.country for q in separate)
    ]
    return sorted(separate, key=lambda p: p.start if p.start is not None else 0)[:limit]


LANDMARK_GAP = 40  # characters between a place and the place told "east of" or "near" it
LANDMARK_RIGHT_AFTER = 12  # characters: " east of ", ", north of "


def landmark_of_one_before(q: Place, places: list[Place]) -> bool:
    """q is told as near a town named just before it ("Marea, 25 km north of Aleppo"; not
    "the Euphrates river near the town of al-Asharah", where the town is the finer place)."""
    return q.near and q.start is not None and any(
        # (a base, a quarter or a village the gazetteer does not know, in a province; no river)
        (p.level in ("city", "neighbourhood") or p.level in ("district", None) and p.admin1)
        and p.start is not None and p.end is not None and p.start < q.start and q.start - p.end <= LANDMARK_GAP
        # (itself near, when q tells where it is right after it: "near the T4 air base east of Homs")
        and (not p.near or q.start - p.end <= LANDMARK_RIGHT_AFTER)
        for p in places
    )


# what statements are traded as: "trading assertions Wednesday about who launched the attack"
STATEMENT_NOUNS = {"assertion", "accusation", "claim", "charge", "blame", "statement", "denial", "allegation", "warning"}


def _dates_a_statement(ctx: ArticleContext, timex) -> bool:
    """The date hangs on a verb whose object is a statement ("the two sides traded
    accusations on Wednesday over the attack") or that is told in one: the day of the
    statements, not the event's."""
    tok = _root_at(ctx.doc, timex.start, timex.end)
    if tok is None:
        return False
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    # (or is told with one: "In a statement late on Tuesday the Civil Defence confirmed that ...")
    told_in = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    # (or is a clause of one: "in a statement posted on an Islamist website on Wednesday")
    of_a_statement = tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in STATEMENT_NOUNS
    return of_a_statement or any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children) or any(
        g.lemma_.lower() in STATEMENT_NOUNS for g in told_in
    )


SHORT_PERIOD_DAYS = 8  # "in the past week", counted back from the anchor day included


def _short_durations(ctx: ArticleContext, sent: Span) -> list:
    """"In the last 24 hours", "over the past two days", "in the past week": a period short
    enough to date an event (as the span it covers)."""
    return [t for t in ctx.timexes_in(sent) if t.span is not None and t.kind == "DURATION" and t.span.days <= SHORT_PERIOD_DAYS]


def _dates_another_thing(ctx: ArticleContext, sent: Span, timex) -> bool:
    """The date hangs on a noun that is no event ("talks over the weekend", "a meeting on
    Monday"): the day of that thing, not necessarily the event's."""
    tok = _root_at(ctx.doc, timex.start, timex.end)
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    if tok.dep_ not in ("prep", "npadvmod", "nmod", "compound") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = tok.head
    events = {ctx.doc[m.end - 1].i for m in ctx.terms_in(sent)} | {ctx.doc[m.start].i for m in ctx.terms_in(sent)}
    return noun.i not in events and noun.lemma_.lower() not in STATEMENT_NOUNS


RANGE_DAYS = 31  # "between Nov. 14 and Nov. 17": an explicit range up to a month is the event's span
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s*$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|-|–)\s*$", re.I)
_PAIR_JOIN = re.compile(r"^\s*(?:and|&)\s*$", re.I)
PAIR_DAYS = 7  # "on Saturday and Sunday", "on March 3 and 5": one span over both days


def _joined_range(ctx: ArticleContext, pick, dated: list) -> DateSpan | None:
    """The span of "between Nov. 14 and Nov. 17" / "from Monday to Wednesday" when ``pick`` is one end."""
    text = ctx.text
    for a, b in zip(dated, dated[1:]):
        if pick not in (a, b) or not _RANGE_JOIN.match(text[a.end : b.start]):
            continue
        if b.span.end < a.span.start:
            continue
        if not _RANGE_OPEN.search(text[max(0, a.start - 12) : a.start]):
            # "on Saturday and Sunday": two days told together, days apart at most
            if not (_PAIR_JOIN.match(text[a.end : b.start]) and a.span.days == b.span.days == 1 and (b.span.start - a.span.start).days <= PAIR_DAYS):
                continue
        span = DateSpan(a.span.start, b.span.end, text[a.start : b.end])
        return span if span.days <= RANGE_DAYS else None
    return None


MONTH_DAYS = 31
VAGUE_LONG_PERIODS = frozenset({"PXW", "PXM", "PXY"})  # "in recent weeks", "the past few months", "in recent years"


def _date_for(ctx: ArticleContext, sent: Span, atts: list[Attribution]) -> tuple[DateSpan | None, bool, bool]:
    """The event's date (see ``_told_date``), never running past the day of publication: "earlier
    this week" in a Wednesday's article is Monday to Wednesday, "in August" on 13 August the
    first thirteen days."""
    span, own, said = _told_date(ctx, sent, atts)
    if span is not None and ctx.published and span.start <= ctx.published < span.end:
        span = DateSpan(span.start, ctx.published, span.text)
    return span, own, said


PRONOUN_DEEDS = ATTACK_VERBS | {"fire", "drop", "launch"}  # what "they" do that tells an attack ("they fired rockets")


def _pronoun_doer(doc, group: list[TermMatch]) -> bool:
    """The event's verb has a pronoun for its doer ("They executed at least 85 civilians",
    "they fired rockets at the town")."""
    for m in group:
        tok = doc[m.end - 1]
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        if verb is not None and verb.lemma_.lower() in PRONOUN_DEEDS \
                and any(c.dep_ == "nsubj" and c.lower_ in ("they", "he") for c in verb.children):
            return True  # (a deed: "they are fighting to defend their town" tells no one's attack)
    return False


CUE_REACH = 40  # characters after a statement's cue that tell its own circumstances ("said on Sunday")


def _cue_spans(atts: list[Attribution]) -> list[tuple[int, int]]:
    """The character ranges right after each statement's cue."""
    return [(a.cue.idx, a.cue.idx + CUE_REACH) for a in atts]


def _after_a_cue(timex, cue_spans: list[tuple[int, int]]) -> bool:
    """The date starts right after the cue of a statement ("said on Sunday that ...")."""
    return any(lo <= timex.start <= hi for lo, hi in cue_spans)


def _with_the_cue(timex, cue_spans: list[tuple[int, int]]) -> bool:
    """The date is told, whole, with the cue of a statement ("said on Sunday"): the day of the
    telling (not "said these shootings took place on 27 May", which runs on past it)."""
    return any(lo <= timex.start and timex.end <= hi for lo, hi in cue_spans)


_BEFORE_THE_CUE = re.compile(r"[\s,]*(?:also\s+|again\s+|later\s+)?$")


def dates_the_telling(ctx: ArticleContext, timex) -> bool:
    """The date tells when something was said ("said on Thursday", "told reporters Monday")."""
    span = ctx.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in lexicon.load().cues


def _dates_the_cue(ctx: ArticleContext, timex, atts: list[Attribution]) -> bool:
    """The date hangs on a verb of saying, or is told right before a statement's verb ("the
    ministry on Tuesday denied that its jets struck the town"): the day of the telling."""
    return dates_the_telling(ctx, timex) or any(
        timex.end <= a.cue.idx and _BEFORE_THE_CUE.match(ctx.text[timex.end : a.cue.idx]) for a in atts
    )


def _told_date(ctx: ArticleContext, sent: Span, atts: list[Attribution]) -> tuple[DateSpan | None, bool, bool]:
    """The event's date: a point date in the sentence (not the statement's), else the last one,
    else publication; whether the sentence tells it itself; whether it is the day of the telling
    ("the monitor said on Sunday that 48 died": no other date told)."""
    cue_spans = _cue_spans(atts)
    dated = [t for t in ctx.dateline_before(sent) + ctx.timexes_in(sent) if t.span is not None and t.kind in ("DATE", "TIME")]
    if ctx.published is not None:
        # a day after publication is no event's ("the truce, set to take effect on Feb. 27")
        dated = [t for t in dated if t.span.start <= ctx.published]
    dated = [t for t in dated if not _dates_a_party(ctx, t) and not _converted(ctx, t, dated)]
    traded = [t for t in dated if _dates_a_statement(ctx, t)]
    own = [t for t in dated if t not in traded]
    # a dateline run into the first sentence, or told just before it ("Published September 21
    # 2016 Five medics were killed ... late Tuesday") is the day of publication: the
    # sentence's other date is the event's
    told = [t for t in own if not ctx.is_dateline(t)]
    durations = _short_durations(ctx, sent)
    # (a period the sentence tells beats a dateline, or the day it was said: "killed in 48
    # hours of clashes, a monitor said on Tuesday")
    if durations and all(ctx.is_dateline(t) or _after_a_cue(t, cue_spans) for t in own):
        told = []
    own = told or ([] if durations else own)
    # a clock time alone ("1102 AM", "at 0700") is the day it is read against: a day told beats it
    own = sorted(own, key=_bare_clock)
    if own:
        not_cue = [t for t in own if not _after_a_cue(t, cue_spans)]
        pick = (not_cue or own)[0]
        if _dates_another_thing(ctx, sent, pick):
            # "killed in the last 24 hours ... with talks over the weekend failing": the
            # weekend is the talks'; a date on the event's own clause is the event's
            # (nor is a date in a "since" clause: "in one of the deadliest attacks since a truce
            # took effect two weeks ago" dates the truce)
            other = [t for t in durations + (not_cue or own) if not _dates_another_thing(ctx, sent, t) and not in_since_clause(ctx, t)]
            pick = other[0] if other else pick
        joined = _joined_range(ctx, pick, dated)
        if joined is not None:
            return joined, True, False
        if pick.span.days <= 7:
            # (a dateline left as the only date is the day of the telling, as "said on Sunday")
            return pick.span, True, _with_the_cue(pick, cue_spans) or _dates_the_cue(ctx, pick, atts) or ctx.is_dateline(pick)
    if traded and traded[0].span.days <= 7:
        return traded[0].span, False, False  # only the day of the statements: a guess a date told elsewhere beats
    if durations:
        return durations[0].span, True, _with_the_cue(durations[0], cue_spans)
    if own and pick.span.days <= MONTH_DAYS:
        return pick.span, True, _with_the_cue(pick, cue_spans)  # "last month", "in March": the month, not a day told elsewhere
    last = ctx.last_date_before(sent.start_char)
    if last is not None:
        return last, False, False
    if ctx.published:
        return DateSpan(ctx.published, ctx.published, "publication date"), False, False
    return None, False, False


def _converted(ctx: ArticleContext, timex, dated: list) -> bool:
    """A time given again in another zone, in brackets after the first ("at around 3:00 a.m.
    (0000 GMT / 8:00 p.m. Tuesday EDT)"): the same moment, its day not the event's."""
    for t in dated:
        if t.kind == "TIME" and t.end <= timex.start and re.fullmatch(r"[\s(/,;]*\([\s\w:.]*?(?:/[\s\w:.]*?)?", ctx.text[t.end : timex.start]):
            return True
    return False


_DAY_WORDS = MONTH_WORDS | WEEKDAY_WORDS | {"today", "yesterday", "tomorrow", "tonight"}


def _bare_clock(timex) -> bool:
    """A time of day told without its day ("1102 AM", "at 0700", "2000 GMT")."""
    return timex.kind == "TIME" and not any(w.lower().rstrip(".") in _DAY_WORDS for w in re.findall(r"[A-Za-z.]+", timex.text))


def _dates_a_party(ctx: ArticleContext, timex) -> bool:
    """The date tells when a party was formed, in a clause of its name ("Tahrir al-Sham, an
    alliance formed last month", "a group founded in 2012"; stance.json founding_verbs)."""
    span = ctx.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    founding = lexicon.stance_words("founding_verbs")
    for up in span.root.ancestors:
        if up.dep_ in ("acl", "relcl") and up.lemma_.lower() in founding and up.head.pos_ in ("NOUN", "PROPN") \
                and up.head.lemma_.lower() not in EVENT_NOUNS:
            return True
        if up.pos_ == "VERB" and up.dep_ not in ("acl", "relcl"):
            return False
    return False


EARLIER_DAYS = 7  # "days after an attack": the week up to the day the sentence tells


def _earlier_phrase(ctx: ArticleContext, group: list[TermMatch]) -> Token | None:
    """The phrase that tells the event as what came before the sentence's own ("a woman
    was killed on Saturday, days after a chemical attack"; "aid resumed following an attack
    on a convoy"; "in retaliation for the bombing"; "after a car bomb killed four"), or None."""
    st = lexicon.load().stance
    preps, nouns = set(st["earlier_preps"]), set(st["earlier_nouns"])
    root = ctx.doc[group[0].end - 1]
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i != root.i:
        root = root.head  # "car bomb attack" -> "attack"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "advcl":
        root = root.head  # the event is the subject of the earlier clause: "after a car bomb killed"
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.lower_ in nouns:
        return root.head.head  # "in the wake of", "in response to"
    if root.dep_ == "dobj" and root.head.lower_ in preps:
        return root.head  # "following" parsed as a verb
    if root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in preps for c in root.children):
        return root  # "after jets bombed the town"
    clause = root
    for _ in range(4):  # "weeks after the group killed 200 people in a wave of suicide bombings"
        if clause.dep_ not in ("pobj", "prep", "dobj") or clause.head.i == clause.i:
            break
        clause = clause.head
        if clause.dep_ == "advcl" and clause.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ in preps for c in clause.children):
            return clause
    return None


def _attack_kind(counts: list[Count], etype: str) -> str:
    """A party's bare "attack", by whom it killed: fighters only, a fight between armed sides
    ("IS fighters attacked an army checkpoint, killing eight soldiers"); civilians, an attack
    on civilians; else it stays of a kind not told."""
    groups = {c.category for c in counts if c.kind in ("killed", "injured")}
    if groups and groups <= {"combatants"}:
        return "armed_clash"
    if groups and groups <= civilian_groups():
        return "attack"
    return etype


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """The character offset falls in one of the spans."""
    return any(a <= offset < b for a, b in spans)


def _main_and_earlier_groups(ctx: ArticleContext, sent: Span, live: list[TermMatch], counts: list[Count]) -> tuple[list[list[TermMatch]], list[tuple[int, int]]]:
    """The sentence's event groups, its own event's first, and the character spans of the
    phrases that tell an event as what came before it. An event told as earlier ("two days
    after the chemical attack, jets struck the town again") is grouped apart from the
    sentence's own, so the two do not merge; when only the earlier event is named and the
    main clause has dead of its own ("days after a chemical attack, a woman was killed"),
    the main clause's event comes first, of a kind not told (an empty group)."""
    if not live:
        return [[]], []
    phrases = {m.start: _earlier_phrase(ctx, [m]) for m in live}
    # (the payload of a weapon told as before is told as before too: "after IS fired shells
    # containing a chemical agent")
    told_before = [m for m in live if phrases[m.start] is not None]
    phrases = {
        m.start: phrases[m.start] or next((phrases[w.start] for w in told_before if _carries([w], [m], sent.doc)), None)
        for m in live
    }
    earlier = [m for m in live if phrases[m.start] is not None]
    if not earlier:
        return event_groups(live, sent), []
    spans = []
    for m in earlier:
        sub = list(phrases[m.start].subtree)
        spans.append((min(t.idx for t in sub), max(t.idx + len(t) for t in sub)))
    main = [m for m in live if m not in earlier]
    if main:
        return event_groups(main, sent) + event_groups(earlier, sent), spans
    own_dead = any(c.kind in ("killed", "injured") and not _inside(c.start, spans) for c in counts)
    if own_dead and not all(_right_after(phrases[m.start]) for m in earlier):
        return [[]] + event_groups(earlier, sent), spans
    # ("a baby girl died after IS fired shells at the town": the dead are the attack's own)
    return event_groups(live, sent), []


TIME_MARKERS = {"after", "before", "since", "as", "when", "while", "once", "until"}


def _doer_in_an_eventless_time_clause(doc, actor: ActorMention, live: list[TermMatch]) -> bool:
    """The actor acts in a clause of time ("after rebels took the town") that holds none of
    the sentence's event words."""
    for t in doc[actor.end - 1].ancestors:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in t.children):
            inside = {x.i for x in t.subtree}
            return not any(m.start in inside or m.end - 1 in inside for m in live)
        if t.dep_ in ("ROOT", "ccomp", "relcl"):
            return False
    return False


def _right_after(phrase: Token) -> bool:
    """The event is told as what the sentence's own came right after ("died after IS fired
    shells", "were killed after jets struck the town"): its cause, with no time between (not
    "days after a chemical attack", nor "in retaliation for the bombing")."""
    word = phrase
    if phrase.pos_ == "VERB":  # "after jets bombed the town": the clause's marker
        word = next((c for c in phrase.children if c.dep_ == "mark"), phrase)
    if word.lower_ not in ("after", "following"):
        return False
    return not any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for t in (word, phrase) for c in t.children)


def _told_as_before(ctx: ArticleContext, live: list[TermMatch]) -> list[TermMatch]:
    """Generic event words told as what came before the sentence's own event ("strikes in
    response to a rebel offensive"), when the sentence has an event of its own beside them;
    else nothing."""
    before = [m for m in live if m.term.role not in ("means", "both") and _earlier_phrase(ctx, [m]) is not None]
    return before if before and len(before) < len(live) else []


def _earlier_date(ctx: ArticleContext, group: list[TermMatch], sent: Span, when: DateSpan) -> tuple[DateSpan, bool] | None:
    """The date of an event told as what came before the sentence's own, and whether the
    text gives it: a date told in its phrase ("after a car bomb attack there on Saturday"),
    else the week up to the sentence's day. None when the event is not told so."""
    phrase = _earlier_phrase(ctx, group)
    if phrase is None:
        return None
    lo = min(t.idx for t in phrase.subtree)
    hi = max(t.idx + len(t) for t in phrase.subtree)
    inside = [t for t in ctx.timexes_in(sent) if lo <= t.start < hi and t.span is not None and t.kind in ("DATE", "TIME")]
    if inside:
        return inside[0].span, inside[0].span.days <= 7  # "after the siege began in July": a month, not a day
    return DateSpan(when.start - timedelta(days=EARLIER_DAYS), when.end, f"before {when.text}"), False


def _one_event(ctx: ArticleContext, sent: Span, lemmas: set[str]) -> bool:
    """The sentence tells one event by a singular noun ("the attack in which more than 1,400
    were killed", "a chemical attack killed 1,400"), not the war's course or many strikes."""
    if lemmas & lexicon.stance_words("war_words"):
        return False
    for m in ctx.terms_in(sent):
        tok = sent.doc[m.end - 1]
        if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in tok.children):
            return True
    return False


def in_since_clause(ctx: ArticleContext, timex) -> bool:
    """The date belongs to a phrase or clause opened by "since" ("killed hundreds since it
    declared a caliphate in June last year", "since the start of the war in 2011"): the toll
    runs on from then."""
    tok = _root_at(ctx.doc, timex.start, timex.end)
    while tok is not None and tok.dep_ != "ROOT":
        if tok.lower_ == "since" or (tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children)):
            return True
        tok = tok.head
    return False


BACKING_VERBS = frozenset({"back", "support", "aid", "assist", "cover"})


def _backing(tok: Token) -> bool:
    """An event told as what backed another ("the SDF pressed an assault, backed by air strikes
    from the coalition"): support for the sentence's event, not the event."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in BACKING_VERBS


def _compared_with_the_war(sent: Span, st: dict) -> bool:
    """The war's start only measures the sentence's own event: "killed at least 38 civilians,
    in one of the deadliest attacks on the region since the war began" (a superlative, then
    "since" the war began)."""
    for t in sent:
        if t.lemma_.lower() in st["began_words"] and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
            return any(s.tag_ in ("JJS", "RBS") and s.i < t.i for s in sent)
    return False


def _is_background(ctx: ArticleContext, sent: Span, counts: list[Count]) -> bool:
    """A sentence about the war's history or its running toll, not a datable incident.

    "More than 280,000 people have been killed since the conflict erupted in 2011" and
    "the war began in 2011" are background; so is a superlative without a date ("some of
    the fiercest fighting"). A past incident told with its own day ("an attack on March 19")
    is not: claims about it need it in the ledger.
    """
    st = lexicon.load().stance
    timexes = ctx.timexes_in(sent)
    spans = [t for t in timexes if t.span is not None]
    text = ctx.text
    # a toll "since March" or "over the past month" runs on; "since Friday", "in the past week" is datable
    def runs_on(t) -> bool:
        since = in_since_clause(ctx, t)
        if not (since or text[max(0, t.start - 16) : t.start].lower().rstrip().endswith(("since", "past", "last", "over the"))):
            return False
        if since and ctx.published is not None and t.span.start <= ctx.published:
            # "since the collapse of the truce on Sept. 19": the toll runs from that day to now
            return (ctx.published - t.span.start).days + 1 > SHORT_PERIOD_DAYS
        return t.span.days > SHORT_PERIOD_DAYS

    running = [t for t in spans if runs_on(t)]
    short = [t for t in spans if t.span.days <= 7 and t not in running]
    lemmas = {t.lemma_.lower() for t in sent}
    long_ = [t for t in spans if t.span.days > MONTH_DAYS or t in running]
    if long_ and not short:
        return True  # a toll over months or years, or events of the past
    if lemmas & set(st["war_words"]) and lemmas & set(st["began_words"]) and not short and not _compared_with_the_war(sent, st):
        return True
    if not short and any(
        t.dep_ == "nsubj" and t.lemma_.lower() in st["tally_nouns"] and t.head.lemma_.lower() in st["tally_verbs"] for t in sent
    ):
        # "the toll includes 126 people killed by rebel shelling": a running total broken down
        # (not "dropped barrels late on Saturday, and said the toll included many children")
        return True
    if not short and any(c.kind == "killed" and (c.low or c.high or 0) >= st["cumulative_toll"] for c in counts) and not _one_event(ctx, sent, lemmas):
        return True  # a toll in the thousands is the war's running total, unless one event is told
    if not short and not counts and any(
        t.lemma_.lower() in st["trend_verbs"] and _in_the_perfect(t) for t in sent
    ):
        return True  # "clashes and regime bombardment have all increased in recent weeks": a trend
    if not short and not counts and any(
        t.dep_ == "amod" and t.lower_ in st["pattern_modifiers"] and t.head.lemma_.lower() in EVENT_NOUNS for t in sent
    ):
        return True  # "has also carried out rare strikes in the province": a pattern
    if not short and _perfect_since_an_event(sent):
        return True  # "France has carried out dozens of strikes on Raqqa since the Paris attacks": a campaign
    if not short and not counts and _going_on(sent):
        return True  # "The coalition has been backing the SDF in an offensive on Hajin": a campaign
    superlative = any(t.tag_ in ("JJS", "RBS") and t.lower_ not in ("least", "most") for t in sent)
    if not short and not counts and not superlative and any(t.kind == "DURATION" and t.value in VAGUE_LONG_PERIODS for t in timexes):
        # "IS has claimed several bombings in the city in recent months": events spread over
        # weeks or more (not "the deadliest attack in recent months", which measures one)
        return True
    # (a day told that cannot be placed without a publication date, "on Sunday", still dates it)
    days_told = spans or any(t.kind in ("DATE", "TIME") and "W" in t.value for t in timexes)
    return superlative and not days_told and not counts


def _going_on(sent: Span) -> bool:
    """The sentence's main verb tells what has been going on ("has been backing", "have been
    fighting"): a campaign, not one incident, when no day and no toll is told."""
    root = sent.root
    aux = {a.lower_ for a in root.children if a.dep_ == "aux"}
    return root.tag_ == "VBG" and "been" in aux and bool(aux & {"has", "have"})


def _perfect_since_an_event(sent: Span) -> bool:
    """Deeds told in the present perfect since another event ("has carried out dozens of
    strikes since the Paris attacks", "have intensified their bombing since the attacks"):
    what has gone on since, not one incident."""
    for t in sent:
        if t.lower_ != "since" or t.dep_ != "prep" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        if _in_the_perfect(t.head) and any(g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS for g in t.children):
            return True
    return False


def _in_the_perfect(verb: Token) -> bool:
    """The verb is a participle told with "have": "have all increased", "has carried out"."""
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)


def event_groups(terms: list[TermMatch], sent: Span) -> list[list[TermMatch]]:
    """Terms grouped by the event noun phrase they belong to, then merged by event type."""
    doc = sent.doc
    by_root: dict[int, list[TermMatch]] = {}
    for m in terms:
        root = event_root(doc[m.end - 1])
        by_root.setdefault(root.i, []).append(m)
    for i in list(by_root):
        # the doer or the instrument of another event's verb: "gunmen kidnapped 12 workers" is
        # one abduction, "troops opened fire with tanks" one shelling
        tok = doc[i]
        if not all(m.term.role == "means" for m in by_root[i]):
            continue
        verb = tok.head if tok.dep_ == "nsubj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
        if verb is None:
            continue
        event = next((j for j in by_root if j != i and (j == verb.i or doc[j].dep_ == "dobj" and doc[j].head.i == verb.i)), None)
        if event is not None:
            by_root[event].extend(by_root.pop(i))
    by_type: dict[str, list[TermMatch]] = {}
    for group in by_root.values():
        strong = [m for m in group if m.term.role in ("means", "both")]
        best = max(strong or group, key=lambda m: m.term.rank)
        by_type.setdefault(best.term.type, []).extend(group)
    chemical = by_type.get("chemical")
    if chemical is not None:
        # "toxic gas from a bomb dropped from a helicopter", "warplanes struck the town with
        # sarin": the aircraft or rockets only deliver the chemical attack
        for etype in ("air_strike", "shelling"):
            group = by_type.get(etype)
            if group is not None and (all(m.term.role in ("means", "trigger") for m in group) or _carries(group, chemical, doc)
                                      or _released_by(group, chemical, doc)):
                chemical.extend(by_type.pop(etype))
    groups = list(by_type.values())
    # generic triggers ("strikes", "attack") alone in their group join a typed group
    typed = [g for g in groups if any(m.term.role in ("means", "both") for m in g)]
    if typed and len(groups) > len(typed):
        generic = [m for g in groups if g not in typed for m in g]
        typed[0].extend(generic)
        groups = typed
    return groups


PAYLOAD_LINKS = frozenset({"contain", "carry", "fill", "load", "laden", "pack", "with", "armed", "tip"})


def _carries(weapons: list[TermMatch], chemical: list[TermMatch], doc) -> bool:
    """A chemical is the payload of the weapons told: "shells containing a chemical agent",
    "rockets carrying sarin", "barrel bombs filled with chlorine" (not "strikes on a chemical
    weapons depot": what was hit)."""
    held = {doc[m.end - 1].i for m in weapons}
    for m in chemical:
        tok = phrase_head(doc[m.end - 1])  # "a chemical agent": the noun
        links = 0
        for up in tok.ancestors:
            if up.i in held:
                return links > 0
            if up.lemma_.lower() not in PAYLOAD_LINKS:
                break
            links += 1
    return False


# munitions that can carry a chemical payload (the last word of an event lexicon phrase; not
# a deed like "shelling")
CARRIERS = frozenset({"bomb", "barrel", "shell", "rocket", "mortar", "missile", "projectile", "round"})


def _released_by(weapons: list[TermMatch], chemical: list[TermMatch], doc) -> bool:
    """A substance told after munitions that can carry it, in their sentence, is what they
    released: "a helicopter dropped two barrel bombs, one of which fell on a house and
    released a yellowish gas with a smell of chlorine" (not a chemical attack or weapon
    named as such: "strikes on a chemical weapons depot")."""
    first = min((m.start for m in weapons if m.term.lemmas[-1] in CARRIERS and not doc[m.end - 1].lower_.endswith("ing")), default=None)
    if first is None:
        return False
    def aimed_at(tok: Token) -> bool:  # "rockets fired at a gas plant": what was hit
        tok = phrase_head(tok)
        return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "against", "near", "toward", "towards", "into")

    return all(m.start > first and m.term.lemmas[-1] not in ("attack", "weapon") and not aimed_at(doc[m.end - 1]) for m in chemical)


def repelled(event_toks: list[Token]) -> Token | None:
    """The verb by which a side beat back the event told: "army units repelled an attack by
    ISIS" (stance.json repel_verbs); None when the event is not told so."""
    verbs, nouns = lexicon.stance_words("repel_verbs"), lexicon.stance_words("repelled_nouns")
    for tok in event_toks:
        root = event_root(tok)
        if root.dep_ == "dobj" and root.head.lemma_.lower() in verbs and tok.lemma_.lower() in nouns:
            return root.head
    return None


def group_type(group: list[TermMatch]) -> tuple[str, int, list[str]]:
    best = max(group, key=lambda m: m.term.rank)
    means = sorted({m.term.means for m in group if m.term.means})
    return best.term.type, best.term.rank, means


def _nearest(start: int, end: int, groups: list[list[TermMatch]]) -> int:
    """Index of the event group whose words stand closest to a token span (ties: the word before)."""

    def gap(m: TermMatch) -> tuple[int, int]:
        if m.end <= start:
            return start - m.end, 0
        return max(0, m.start - end), 1

    return min(((gap(m), gi) for gi, g in enumerate(groups) for m in g), default=((0, 0), 0))[1]


HELD = re.compile(r"\b([\w.]+(?: [\w.]+)?)[- ](?:held|controlled|run|besieged)\b", re.I)


def _holders(sent: Span) -> tuple[set[str], set[str]]:
    """Whose territory the sentence says was hit ("rebel-held", "IS-controlled"), and whose
    territory it says the fire came from ("shells fired from rebel-held suburbs struck
    Jaramana, a government-controlled district"; stance.json launch_verbs)."""
    lex = lexicon.load()
    hit, launched_from = set(), set()
    for m in HELD.finditer(sent.text):
        words = m.group(1).split()
        for w in (m.group(1), words[-1]):
            key = lex.actor_aliases.get(w.lower()) or lex.demonyms.get(w.lower()) or (lex.actor_aliases.get(w) if w.isupper() else None)
            if key:
                held = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
                (launched_from if held is not None and _launched_from(held.root) else hit).add(key)
                break
    return hit, launched_from


def _launched_from(tok: Token) -> bool:
    """The word lies in the "from" phrase of a verb of launching ("fired from rebel-held suburbs")."""
    return any(
        a.dep_ == "prep" and a.lower_ == "from" and a.head.lemma_.lower() in lexicon.stance_words("launch_verbs")
        for a in [tok, *list(tok.ancestors)[:3]]
    )


def on_the_ground(group: list[TermMatch], keys: list[str], sent: Span, actors: list[ActorMention]) -> str | None:
    """The type of an event told only by words that mean an air strike by default (the event
    lexicon's on_ground) when it was done on the ground: by groups without aircraft ("IS
    claimed the bombing", "rebels bombed a checkpoint": an explosive; "IS kills 21 civilians
    in raid on village": an attack), or claimed by no party the sentence names ("No group
    has claimed responsibility for the bombing"; not "Russia denied responsibility for the
    bombing"). None when a word for a weapon that flies is told too."""
    if not group:
        return None
    top = max(group, key=lambda m: m.term.rank).term
    if top.on_ground is None or any(m.term.type == "air_strike" and m.term.on_ground is None for m in group):
        return None
    if not keys:
        # (or "a little-known group claimed the bombings": the deed claimed outright)
        claimed = any(t.lemma_.lower() == "responsibility" for t in sent) or any(
            sent.doc[m.end - 1].dep_ == "dobj" and sent.doc[m.end - 1].head.lemma_.lower() == "claim" for m in group)
        return top.on_ground if not actors and claimed else None
    return top.on_ground if all(lexicon.flies_nothing(k) for k in keys) else None


OWN_SIDE_WORDS = frozenset({"its", "their", "our", "we"})  # the speaker's side: "its jets", "we hit"
SPEAKER_PRONOUNS = frozenset({"it", "they"})  # the speaker itself, unless an event word is nearer


def _own_side_told(a: Attribution, event_toks: list[Token], terms: list[TermMatch]) -> bool:
    """The statement names the speaker's own side as the doer: "the army said its artillery
    shelled", "Israel said it struck", "IS said it had carried out the attack" (not "said the
    attack was horrific and that it killed children": "it" is the attack, told between the
    speaker and the pronoun)."""
    doc = a.cue.doc
    event_is = {e.i for e in event_toks}
    doers = FORCE_NOUNS | ATTACK_VERBS

    for t in a.content:
        if t.dep_ not in ("poss", "nsubj") or not (t.head.lemma_.lower() in doers or t.head.i in event_is or does_the_event(t.head, event_is)):
            continue
        if t.dep_ == "poss" and (busy_elsewhere(t.head, event_is) or _struck_by_the_event(t.head)):
            continue  # "Our fighters were checking the vehicles ... The bomber blew himself up"
        if (t.lower_ in OWN_SIDE_WORDS or _the_speakers_group(a, t)) and not _others_named_before(a, t):
            return True
        if t.lower_ in SPEAKER_PRONOUNS and t.dep_ == "nsubj" and not the_weapon_itself(t) and not any(
            a.speaker.end <= doc[m.start].idx < t.idx for m in terms
        ):
            return True
    return False


def _struck_by_the_event(force: Token) -> bool:
    """The side's force is what was hit, not the hitter: "four of its soldiers were killed",
    "an attack that wounded their troops", "a rocket attack on its tanks", "fired rockets at
    its troops" (the force, or the figure it is counted in, as an attack verb's passive
    subject or object, or as what an attack is on or fire is aimed at)."""
    noun = force
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN", "PRON"):
        noun = noun.head.head  # "four of its soldiers"
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj"):
        return head.lemma_.lower() in ATTACK_VERBS
    return noun.dep_ == "pobj" and head.lower_ in ("on", "against", "at")


def _the_speakers_group(a: Attribution, tok: Token) -> bool:
    """"the group's fighters", said by an armed group's own outlet or spokesman: its fighters
    (a state speaks of another group so)."""
    return (
        a.speaker.actor in lexicon.actors_of_kind("armed_group")
        and tok.dep_ == "poss"
        and tok.lemma_.lower() in lexicon.stance_words("own_group_nouns")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _others_named_before(a: Attribution, pronoun: Token) -> bool:
    """A plural "their" or "they" after another side told in the statement points to it: "the
    attack was an attempt by terrorist organizations and their supporters to raise the morale
    of their mercenaries"."""
    if pronoun.lower_ not in ("their", "they"):
        return False
    return any(
        u.pos_ == "NOUN" and u.tag_ == "NNS" and u.lemma_.lower() in FORCE_NOUNS and not any(c.lower_ in OWN_SIDE_WORDS for c in u.children)
        for u in a.content if u.i < pronoun.i
    )


def _subjectless_deed(a: Attribution) -> bool:
    """"Russia says kills 7 Nusra commanders": a headline's statement whose attack verb has
    no subject of its own tells what the speaker did."""
    root = a.content.root
    return (
        root.head.i == a.cue.i and root.pos_ == "VERB" and root.lemma_.lower() in ATTACK_VERBS and root.tag_ in ("VBZ", "VBD")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    )


def _inferred(event_type: str, holders: set[str]) -> list[str]:
    for rule in lexicon.load().inference:
        if event_type in rule["event_types"] and rule["holder"] in holders:
            return list(rule["perpetrators"])
    return []


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause a word belongs to."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _root_at(doc, start: int | None, end: int | None) -> Token | None:
    """The head token of the text between two character offsets (a place, a date), if any."""
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def _hospitals_in(place: Token) -> bool:
    """The place holds the hospitals the wounded were in or taken to ("died in hospitals in
    Qamishlo and al-Hasakah", "were rushed to a clinic in Kilis"; stance.json care_places),
    not one that was hit ("an air strike on a hospital in Idlib", "struck a clinic in Hass")."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in lexicon.stance_words("care_places"):
        return False
    care = prep.head
    return care.dep_ == "pobj" and care.head.lower_ in ("in", "to", "at")


def a_time_zone(text: str, place: Place) -> bool:
    """"from 3:25 to 3:53 Moscow time", "at 8 am Damascus time": a clock, not a scene."""
    return place.end is not None and re.match(r"\s+time\b", text[place.end : place.end + 6]) is not None


def where_the_doers_came_from(doc, place: Place) -> bool:
    """"Militants from Eastern Ghouta shelled residential districts of Damascus": the place the
    doers come from (a "from" phrase on the subject, a force or fighters), not the scene; the
    caller keeps it when the sentence names no other place."""
    root = _root_at(doc, place.start, place.end)
    if root is None:
        return False
    head = _first_of_its_list(root)
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    doers = head.head.head
    return doers.dep_ == "nsubj" and doers.pos_ == "NOUN" and (is_force_noun(doers) or is_noun_of(doers, NAMED_MEMBER_NOUNS))


def scenes_of(doc, places: list[Place]) -> list[Place]:
    """The places told as scenes, without where the doers came from ("militants from Eastern
    Ghouta shelled Damascus": Damascus); all of them when that is the only place told."""
    return [p for p in places if not where_the_doers_came_from(doc, p)] or places


def _first_of_its_list(tok: Token) -> Token:
    """The first member of the list a word is in ("Aleppo" in "from Aleppo, Homs and Raqqa")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def moved_to_or_from(doc, place: Place) -> bool:
    """A place named for a movement, not as the scene: where the wounded were taken to
    ("transferred to hospitals in Turkey's Kilis province"; stance.json transfer_verbs) or
    are cared for ("died in hospitals in al-Hasakah"),
    where people fled or travelled from ("families displaced from Aleppo, Homs and Raqqa",
    "Foua and Kefraya evacuees"; origin_words), or where fire was launched from ("the mortars
    were launched from Eastern Ghouta"; launch_verbs)."""
    root = _root_at(doc, place.start, place.end)
    if root is None:
        return False
    origin = lexicon.stance_words("origin_words")
    head = _first_of_its_list(root)
    if head.dep_ in ("compound", "nmod") and head.head.lemma_.lower() in origin:
        return True  # "Foua, Kefraya evacuees"
    if _hospitals_in(head):
        return True
    for depth, a in enumerate(root.ancestors):
        if a.dep_ == "prep" and a.lower_ == "from":
            mover = a.head
            if mover.lemma_.lower() in origin | lexicon.stance_words("launch_verbs") or any(
                c.dep_ == "dobj" and c.lemma_.lower() in origin for c in mover.children
            ):
                return True
        if a.pos_ in ("VERB", "AUX"):
            # the place's own clause tells no leaving; it may tell a taking to
            return (
                depth < 4
                and a.lemma_.lower() in lexicon.stance_words("transfer_verbs")
                and any(t.lower_ == "to" and t.i < root.i for t in a.subtree)
            )
    return False


def where_it_was_said(doc, place: Place) -> bool:
    """"an OHCHR spokesperson told journalists in Geneva", "the minister said in Moscow": where
    the words were spoken, not where the event happened."""
    root = _root_at(doc, place.start, place.end)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "at"):
        return False
    verb = root.head.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in lexicon.stance_words("speech_occasions"):
        # "told a news conference in Damascus", "said at a briefing in Moscow": the occasion's place
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.load().cues
    # (a speaker saying it; not "in Iraq at least 17 people were reported killed")
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.load().cues and any(c.dep_ == "nsubj" for c in verb.children)


def _in_eventless_clause(doc, place: Place, terms: list[TermMatch]) -> bool:
    """The place sits in a side clause that tells no event ("a car bomb killed 43 as
    fighters advanced towards Raqqa"): it is not where the event happened."""
    root = _root_at(doc, place.start, place.end)
    if root is None or not terms:
        return False
    triggers = {doc[m.end - 1].i for m in terms}
    for a in root.ancestors:
        if a.dep_ == "advcl" or a.dep_ == "relcl" and a.head.dep_ == "nsubj" and a.head.i not in triggers:
            # (a clause on the doer, "a group that controls a pocket of territory near the
            # Golan Heights executed five", says where the doer is, not the scene)
            inside = {t.i for t in a.subtree}
            return not inside & triggers
        clause = _party_place_clause(a)
        if clause is not None:
            return not {t.i for t in clause} & triggers
    return False


def _party_place_clause(a: Token) -> list[Token] | None:
    """The words of a participle clause that says where a party is ("IS (banned in Russia)",
    "a group based in Turkey", "terrorist groups positioned in Eastern Ghouta"; stance.json
    party_place_verbs), when it tells no dead of its own."""
    if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in lexicon.stance_words("party_place_verbs"):
        clause = list(a.subtree)
        if not any(t.lemma_.lower() in casualty_words() for t in clause):
            return clause
    return None


def where_a_party_is(doc, place: Place) -> bool:
    """The place is named only as where a party is, not as where anything happened."""
    root = _root_at(doc, place.start, place.end)
    return root is not None and any(_party_place_clause(a) is not None for a in root.ancestors)


def _where_no_event_is(doc, place: Place, dead: list[TermMatch], live: list[TermMatch]) -> bool:
    """The place belongs to an event the sentence says is not happening ("its halt to air
    strikes on Aleppo remained in force, a day after Russia opened a campaign elsewhere"):
    climbing from the place, a halted, denied or hypothetical event comes before a live one."""
    root = _root_at(doc, place.start, place.end)
    if root is None or not dead:
        return False
    dead_toks = {doc[m.end - 1].i for m in dead}
    live_toks = {doc[m.end - 1].i for m in live}
    for a in root.ancestors:
        if a.i in live_toks:
            return False
        if a.i in dead_toks:
            return True
    return False


def _places_of(gi: int, groups: list[list[TermMatch]], places: list, doc) -> list:
    """The places of one event group: with several events and places in a sentence, each
    event takes the places in its own clause ("strikes killed six in Saraqeb, while shelling
    killed three in Aleppo"), else the nearest place written after it."""
    if len(places) < 2 or not groups[gi] or any(p is None or p.start is None for p in places):
        return places
    clause = {_clause_verb(doc[m.end - 1]) for m in groups[gi]} - {None}
    others = {_clause_verb(doc[m.end - 1]) for gj, g in enumerate(groups) if gj != gi for m in g} - {None}

    roots = [_root_at(doc, p.start, p.end) for p in places]
    mine = []
    for p, tok in zip(places, roots):
        verb = _clause_verb(tok) if tok is not None else None
        if verb is not None and verb in clause and verb not in others:
            mine.append(p)
    if mine:
        return mine
    if len(groups) < 2:
        return places
    first = min(m.start for m in groups[gi])
    pairs = list(zip(places, roots))
    after = [(p, tok) for p, tok in pairs if tok is not None and tok.i > first]
    nearest = min(after or pairs, key=lambda pt: abs((pt[1].i if pt[1] is not None else 0) - first))
    return [nearest[0]]


NAMING_VERBS = {"know", "call", "name", "dub", "brand"}


def _habitual(sent: Span) -> bool:
    """"has previously targeted", "regularly uses barrel bombs": a pattern, not an incident."""
    st = lexicon.load().stance
    habitual = set(st["habitual_words"])
    # (not a name a party went by: "the former affiliate previously known as the Nusra Front")
    if any(t.lower_ in habitual and t.head.lemma_.lower() not in NAMING_VERBS for t in sent):
        return True
    for t in sent[1:-1]:
        if t.lower_ == "long" and t.nbor(-1).lemma_ == "have" and t.nbor(1).tag_ in ("VBN", "VBD"):
            return True  # "has long denied", "have long used"
    low = [t.lower_ for t in sent]
    for phrase in st.get("habitual_phrases", []):
        p = phrase.split()
        for i in range(len(low) - len(p) + 1):
            if low[i : i + len(p)] == p:
                after = sent[i + len(p) : i + len(p) + 3]
                # "in the past week", "in the past 24 hours": a period, not a pattern
                if not any(t.lemma_.lower() in TIME_UNITS for t in after):
                    return True
    return False


def _describes_a_side(tok: Token) -> bool:
    """"rebels fighting to topple Assad", "Kurdish forces battling IS": a participle that says
    who a party is, not a fight that happened."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in ("fight", "battle") and tok.head.pos_ in ("NOUN", "PROPN")


def _conjoined_with(party: ActorMention, event_toks: list[Token], actors: list[ActorMention]) -> bool:
    """An event word's noun phrase is a conjunct of the phrase that names the party, and
    names no party of its own ("the Syrian air force and [artillery regiment]", not "Russian
    jets and [rebel artillery]")."""
    for tok in event_toks:
        root = event_root(tok)
        if root.dep_ != "conj":
            continue
        own = range(root.left_edge.i, root.right_edge.i + 1)
        if party.start in own or not any(party.start <= t.i < party.end for t in root.head.subtree):
            continue
        if not any(a.start in own for a in actors):
            return True
    return False


def _anaphoric(sent: Span, group: list[TermMatch], plural: bool = False) -> bool:
    """"died in the bombings", "the attack came as ...": the event told just before (with
    plural, only a plural: "the attacks", which may be all the events told before)."""
    doc = sent.doc
    for m in group:
        tok = doc[m.end - 1]
        if tok.pos_ == "NOUN" and (not plural or tok.tag_ == "NNS") and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children):
            return True
    return False


CITY_NOUNS = ("city", "town")


def names_the_city(sent: Span) -> bool:
    """The sentence goes on about "the city" or "the town" told before."""
    return any(t.lower_ in CITY_NOUNS and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children) for t in sent)


def _city_of(ctx: ArticleContext, place: Place, sent: Span) -> Place | None:
    """The city a neighbourhood lies in, as the text named it last before the sentence."""
    return next((p for p in reversed(ctx.places) if p.start is not None and p.start < sent.start_char
                 and p.level == "city" and place.parent in (p.resolved, p.name)), None)


def _town_named_next(ctx: ArticleContext, sent: Span, si: int) -> Place | None:
    """"killed 25 children in a densely populated town in eastern Syria. ... pulled from the
    rubble in the town of al-Quria": the town a sentence leaves unnamed, named as "the town
    of X" in one of the next two sentences."""
    nouns = {
        t.lower_ for t in sent
        if t.lower_ in SETTLEMENT_WORDS | set(CITY_NOUNS) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    }
    text = doc_text(sent.doc)
    for later in ctx.sentences[si + 1 : si + 3]:
        for p in ctx.places_in(later):
            if p.level == "city" and p.start is not None and any(
                re.search(rf"\bthe\b[^.]{{0,40}}\b{noun} of\s*$", text[max(0, p.start - 60) : p.start], re.I) for noun in nouns
            ):
                return p
    return None


def sentence_drafts(ctx: ArticleContext, sent: Span, si: int, last_place: Place | None) -> list[Draft]:
    doc = sent.doc
    text = doc_text(doc)
    terms = [m for m in ctx.terms_in(sent) if not _describes_a_side(doc[m.end - 1])]
    dates = tuple((t.start, t.end) for t in ctx.timexes_in(sent))
    counts = find_counts(sent, exclude=dates)
    if not terms and not any(c.kind == "killed" for c in counts):
        told = _claims_responsibility(sent, si) or _hurt_of_the_event_before(ctx, sent, si, counts)
        return [told] if told is not None else []
    live = []
    for m in terms:
        tok = doc[m.end - 1]
        if m.term.role == "means" and not any(t.lemma_.lower() in WEAK_TRIGGERS | ATTACK_VERBS for t in sent) and not any(x.term.role != "means" for x in terms):
            continue
        if names_what_was_hit(m, tok) or flew_harmlessly(m, tok):
            continue
        if _negated(tok) or _truce(tok) or hypothetical(tok) or held_not_used(tok) or named_as_a_kind(tok) or _names_a_place(tok) or _fled(tok):
            continue
        live.append(m)
    if terms and not live:
        told = _whose_means(sent, terms, si)
        if told is not None or not all(m.term.role == "means" for m in terms) or not any(c.kind == "killed" for c in counts):
            return [told] if told is not None else []
        # "the dead included 116 civilians and 99 fighters, most of them local gunmen": a
        # means word that tells no event leaves the sentence's dead to be read as such
    backing = [m for m in live if _backing(doc[m.end - 1])]
    if backing and len(backing) < len(live):
        live = [m for m in live if m not in backing]  # "pressed an assault on the town, backed by air strikes": the assault
    else:
        backing = []
    # (and whoever it names is the backer, not the doer: "backed by air strikes from the coalition")
    backers = {t.i for m in backing for t in doc[m.end - 1].head.subtree}
    if not live and counts:
        if other_cause(sent):
            return []  # "an earthquake killed 20": deaths, but no act of war
        # deaths without an event word: an incident of unknown kind, if anchored in time or place
        if not (ctx.places_in(sent) or ctx.timexes_in(sent)):
            victims = _victims(counts, text)
            if victims and names_the_dead(sent):
                return [_victims_draft(sent, si, victims)]
            figures = [c for c in counts if c.kind == "killed" and (c.low or c.high or 0) >= 2]
            # ("the body of a man", "one of our colleagues": a person seen or mourned, not a toll)
            if figures and sent.text.rstrip().endswith(SENTENCE_ENDS) and not (_another_group(sent, counts) or _is_background(ctx, sent, counts) or _habitual(sent)):
                return [_toll_draft(ctx, sent, si, counts)]
            return []
    if _is_background(ctx, sent, counts) or _habitual(sent):
        return []
    atts = ctx.attributions_in(sent)
    # (not the city the story was filed from: "Damascus, SANA - Terrorists fired ...")
    actors = [a for a in find_actors(sent) if not ctx.in_wire_dateline_at(doc[a.start].idx)]
    perps_all = [a for a in actors if a.role == "perpetrator" and a.start not in backers]
    # "Car bomb kills 50 near al-Bab after rebels take town": the doers of a deed told in a
    # clause of time that names no event ("after rebels take town") did that deed, not this one
    perps_all = [p for p in perps_all if not _doer_in_an_eventless_time_clause(doc, p, live)]
    before = _told_as_before(ctx, live)
    live = [m for m in live if m not in before]
    others = [m for m in terms if m not in live and m not in backing]
    if live and others:
        # "in response to a rebel offensive", "bracing for a possible US attack", "a Russian
        # helicopter was shot down": the doers named with an event that is not the sentence's
        # own (earlier, hypothetical, negated, or the craft that was hit) are not its doers
        perps_all = [p for p in perps_all if _nearest(p.start, p.end, [live, others]) == 0]
    groups, earlier_spans = _main_and_earlier_groups(ctx, sent, live, counts)
    speakers = [(a.speaker.start, a.speaker.end) for a in atts]
    party_spans = [(doc[a.start].idx, doc[a.end - 1].idx + len(doc[a.end - 1])) for a in actors if a.role != "target"]
    places = split_places(
        [
            p
            for p in ctx.places_in(sent)
            if not any(a <= p.start < b for a, b in speakers)
            and not ctx.in_wire_dateline(p)
            # "acts perpetrated by Russia", "accused Moscow of war crimes": a country or capital
            # named as the party, not as the scene
            and not any(a <= p.start < b for a, b in party_spans)
            and not _in_eventless_clause(doc, p, live)
            and not _where_no_event_is(doc, p, others, live)
            and not _second_side_of_a_border(text, p)
            and not moved_to_or_from(doc, p)
            and not where_it_was_said(doc, p)
            and not a_time_zone(text, p)
            and not end_of_a_route(text, p)
        ],
        limit=None,  # each event takes its own clause's places first, then the first few
    )
    places = scenes_of(doc, places)
    explicit = bool(places)
    elsewhere = any(text[max(0, p.start - 16) : p.start].lower().rstrip().endswith("elsewhere in") for p in places if p.start is not None)
    if places and all(p.level == "country" for p in places) and not elsewhere:
        # "in northwest Syria": the finer place told before, when it lies in that country
        # (but "elsewhere in Syria" is not there); "in a town in eastern Syria": the town named next
        named_next = _town_named_next(ctx, sent, si)
        finer = named_next or last_place or ctx.main_place()
        if finer is not None and place_rank(finer) < 4 and finer.country in {p.country for p in places}:
            places, explicit = [finer], finer is named_next
    guessed = False
    if not places:
        main = ctx.main_place()
        if last_place is not None and main is not None and last_place.country != main.country:
            last_place = None  # "at the UN in New York": not where the war's events are
        if last_place is not None and last_place.level == "neighbourhood" and names_the_city(sent):
            last_place = _city_of(ctx, last_place, sent) or last_place  # "hundreds have been killed in the city"
        fallback = last_place or main
        guessed = last_place is None  # only the article's most named place, not one told just before
        places = [fallback] if fallback else [None]
    when, own_date, said_day = _date_for(ctx, sent, atts)
    by_group: dict[int, list[Count]] = {}
    for c in counts:
        ti = doc.char_span(c.start, c.end, alignment_mode="expand")
        if not groups[0] and len(groups) > 1:
            # the main clause's dead, of an event not named, and those of the earlier one
            inside = ti is not None and _inside(c.start, earlier_spans)
            gi = 1 + _nearest(ti.start, ti.end, groups[1:]) if inside else 0
        else:
            gi = _nearest(ti.start, ti.end, groups) if ti is not None and len(groups) > 1 else 0
        by_group.setdefault(gi, []).append(c)
    drafts: list[Draft] = []
    for gi, group in enumerate(groups):
        if group:
            etype, rank, means = group_type(group)
            trigger = " ".join(doc[m.start : m.end].text for m in group[:3])
        else:
            etype, rank, means, trigger = "other", 0, [], "killed"
        event_toks = [doc[m.end - 1] for m in group]
        if etype == "other" and repelled(event_toks) is not None:
            etype = "armed_clash"  # "its forces repelled an IS attack on positions near T4": fighting
        if len(groups) > 1:
            perps = [p for p in perps_all if _nearest(p.start, p.end, groups) == gi]
            # "the Syrian air force and artillery regiment": a force named in coordination
            # with a party's force, with no party of its own, is that party's
            perps = perps or [p for p in perps_all if _conjoined_with(p, event_toks, actors)]
        else:
            perps = perps_all
        said = _covering(atts, event_toks)
        sources = list(dict.fromkeys(_source_name(a) for a in said))
        level = _attribution_level(sent, perps, said)
        keys = list(dict.fromkeys(p.key for p in perps))  # in the order told: "rebels battled ... a siege by the regime"
        by_the_dead = etype in ("other", "armed_clash") and any(m.term.by_the_dead and m.term.type == etype for m in group)
        if by_the_dead and keys:
            etype = _attack_kind(by_group.get(gi, []), etype)
        if etype == "air_strike" and (ground := on_the_ground(group, keys, sent, actors)):
            etype = _attack_kind(by_group.get(gi, []), ground) if ground == "other" else ground
        inferred = False
        if not keys and group:
            implied = sorted({m.term.implies for m in group if m.term.implies})
            if implied:
                keys, level, inferred = implied, "alleged", True
        if not keys:
            hit, launched_from = _holders(sent)
            # (fire launched from a side's ground is that side's)
            guess = sorted(launched_from) if len(launched_from) == 1 else _inferred(etype, hit)
            if guess:
                keys, level, inferred = sorted(guess), "uncertain", True
        if not keys and not _denounced(event_toks):
            # "the army said its artillery shelled ...", "Israel said it struck": the speaker's own side (not in "stood
            # with its allies to condemn the attack": nobody condemns their own deed)
            for a in said:
                if a.speaker.kind == "party" and a.speaker.actor and a.content is not None and (
                    _own_side_told(a, event_toks, terms) or _subjectless_deed(a)
                ):
                    keys, level = [a.speaker.actor], _own_deed_level(a)  # "denied reports that its jets hit Aleppo": alleged
                    break
        if not keys:
            # "the Defence Ministry announced missile strikes": the speaker's own action
            for a in said:
                if a.speaker.kind == "party" and a.speaker.actor and a.cue.lemma_.lower() in SELF_REPORT_CUES and (
                    a.cue.lemma_.lower() == "announce" or (a.speaker.org or "").lower().find("defen") >= 0
                ) and _announced(a.cue, event_toks):
                    keys, level = [a.speaker.actor], _own_deed_level(a)
                    break
        group_when, group_own = when, own_date
        earlier = _earlier_date(ctx, group, sent, when) if group and when is not None else None
        if earlier is not None:
            group_when, group_own = earlier
        mine = by_group.get(gi, [])
        tolls = _tolls_by_speaker(mine, atts, sources, sent)
        group_places = _places_of(gi, groups, places, doc)
        if earlier_spans:
            # the earlier event is where its own phrase says, the main clause's event elsewhere
            told = [p for p in group_places if p is not None and p.start is not None and _inside(p.start, earlier_spans)]
            if earlier is not None:
                group_places = told or group_places
            else:
                group_places = [p for p in group_places if p not in told] or group_places
        for pi, place in enumerate(group_places[:MAX_PLACES]):
            if pi:
                # "a child killed in attacks in Aleppo, Damascus and Quneitra": the toll is
                # not each place's; it stays with the first place named
                mine, tolls = [], []
            drafts.append(
                Draft(
                    start=sent.start_char,
                    end=sent.end_char,
                    event_type=etype,
                    rank=rank,
                    means=list(means),
                    perpetrators=list(keys),
                    attribution=level if keys else "unknown",
                    where=place,
                    when=group_when,
                    sources=sources,
                    trigger=trigger,
                    explicit_place=explicit,
                    sent_index=si,
                    display=ctx.is_display(sent) or guessed,
                    guessed_place=guessed,
                    anaphoric=not explicit and _anaphoric(sent, group),
                    each=not explicit and _anaphoric(sent, group, plural=True),
                    own_date=group_own,
                    said_day=said_day and earlier is None,
                    pronoun_doer=not keys and _pronoun_doer(doc, group),
                    inferred=inferred,
                    kind_untold=not group and bool(earlier_spans),
                    kind_by_the_dead=by_the_dead,
                    earlier=earlier is not None,
                    **_figures(mine, tolls, text),
                )
            )
    return drafts
