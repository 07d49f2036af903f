"""Actors in a sentence: who is named, and whether they act or are acted upon.

Mentions come from the actor lexicon (``data/actors.jsonl``): full aliases ("regime
forces", "the US-led coalition", "Islamic State") and demonym + force noun ("Russian
jets", "Assad's air force", "Russian or Syrian jets"). The parse then tells perpetrators
(agents: "by government forces", subjects of attack verbs, modifiers of the event noun)
from targets ("strikes against rebels", "rebel-held areas").
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .doccache import cached
from .timex import MONTH_WORDS, WEEKDAY_WORDS

FORCE_NOUNS = {
    "jet", "warplane", "aircraft", "plane", "helicopter", "force", "troop", "army", "military", "soldier",
    "navy", "warship", "drone", "artillery", "tank", "strike", "airstrike", "raid", "bombing", "bombardment",
    "shelling", "fighter", "militia", "gunman", "campaign", "offensive", "regime", "government", "bomber",
    "sukhoi", "air", "unit", "battalion", "brigade", "division", "ally", "loyalist", "gunship", "missile",
    "rocket", "mortar", "attack", "operation", "sortie", "pilot", "forces", "coalition", "militant", "group",
    "command", "ministry", "official", "authority", "media", "television", "agency", "f-16", "su-24", "su-25",
    "mig", "barrel", "bomb", "sniper", "jihadist", "insurgent", "rebel", "checkpoint", "ship", "submarine", "attacker",
    "mercenary", "movement", "militiaman", "militiamen", "organization", "organisation", "faction",
    "aviation", "enemy",
}
EVENT_NOUNS = {
    "strike", "airstrike", "raid", "bombing", "bombardment", "shelling", "attack", "campaign", "offensive", "operation",
    "sortie", "assault", "barrage", "fire", "onslaught", "bomb", "blast", "explosion", "ambush", "massacre", "execution", "aggression",
    # weapons fired: "rebel rocket fire", "regime mortars", "government missiles"
    "rocket", "mortar", "shell", "missile", "gunfire", "shellfire", "sniper",
}
CRAFT = {"aircraft", "plane", "jet", "warplane", "helicopter", "drone"}
# deeds whose "of" names the doer ("an airstrike of the US-led coalition", "the offensive of
# the army"); after other event nouns it names the target ("the shelling of Douma", "the
# bombing of IS positions", "the massacre of civilians")
DOER_OF_NOUNS = {"strike", "airstrike", "raid", "attack", "assault", "offensive", "campaign", "operation", "sortie", "onslaught", "aggression"}
CLAIMED_DEEDS = {"beheading", "behead", "killing", "kidnapping", "abduction", "assassination", "responsibility", "downing", "capture"}
CLASH_WORDS = {"clash", "fight", "fighting", "battle", "firefight", "skirmish", "confrontation"}
TARGET_PREPS = {"against", "on", "at", "targeting", "toward", "towards", "into", "upon", "near", "over", "inside", "in", "across", "of"}
ATTACK_VERBS = {"strike", "hit", "target", "bomb", "attack", "shell", "kill", "pound", "raid", "destroy", "shoot", "execute", "wound", "injure", "capture", "seize", "ambush", "besiege",
                "behead", "decapitate", "kidnap", "abduct", "massacre", "slaughter", "assassinate", "bombard", "storm"}
# verbs whose subject carries out the event ("Russian jets carried out strikes")
AGENT_VERBS = ATTACK_VERBS | {"carry", "launch", "conduct", "take", "fire", "drop", "use", "fly", "continue", "intensify", "resume", "step", "unleash", "pummel", "blast", "storm", "advance", "push", "open",
               "recapture", "retake", "repel", "repulse", "foil", "thwart", "commit", "perpetrate", "release", "deliver"}
HOLD_WORDS = {"hold", "held", "control", "controlled", "-held", "run", "besieged"}
# what a country named as the subject does as a state ("Syria had not used chlorine", "Syria
# carried out"; not "the war in Syria continues")
DEEDS_OF_A_STATE = ATTACK_VERBS | {"use", "carry", "launch", "conduct", "fire", "drop", "commit", "perpetrate", "unleash", "deliver"}
# participles whose "by" names one who holds, backs or speaks, not one who strikes
# ("held by IS", "controlled by rebels", "announced by Russia", "backed by Iran")
# participles of holding a post ("a checkpoint manned by the SDF"): the party is where it was hit
GUARD_WORDS = {"man", "staff", "guard", "operate", "patrol", "garrison", "occupy"}
NOT_DEEDS_BY = HOLD_WORDS | GUARD_WORDS | {
    "besiege", "surround", "encircle", "announce", "report", "document", "confirm", "deny", "condemn", "back", "support",
    "lead", "sponsor", "broker", "agree", "propose", "declare", "call", "name", "describe", "accuse", "blame", "claim",
    "request", "demand", "ask", "host", "convene", "chair", "organise", "organize", "draft", "table", "veto", "adopt",
    # what a side says or puts out ("black propaganda produced by the PKK", "reports spread by the White Helmets")
    "produce", "spread", "circulate", "publish", "disseminate", "fabricate", "invent", "promote",
}
# verbs whose subject does the deed their object names ("rebels set off a bomb", "began a
# major offensive", "IS mounted an assault"); their object must be an event or weapon noun
DEED_VERBS = {"set", "detonate", "plant", "begin", "start", "mount", "stage", "wage", "lead", "spearhead", "lay", "explode", "trigger",
              "extend", "escalate", "expand", "renew", "press", "ramp"}
# verbs after which "from X" names the side that lost a place, not one that fired ("liberated
# from IS", "captured from the rebels"; but "fire from regime positions")
TAKEN_FROM = {"liberate", "free", "capture", "seize", "retake", "recapture", "wrest", "take", "reclaim", "clear", "drive", "oust", "expel", "recover"}
DEED_OBJECTS = EVENT_NOUNS | {"explosive", "device", "ied", "vest", "belt", "charge", "car", "truck", "vehicle", "lorry"}
# a party that puts out a recording of a killing claims it ("IS released a video showing the
# beheading of ...", "the group posted footage of the execution")
PUBLISH_VERBS = {"release", "publish", "post", "issue", "circulate", "broadcast", "distribute", "upload"}
RECORD_NOUNS = {"video", "footage", "film", "recording", "tape", "clip"}


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a sentence: its key, token span and syntactic role."""

    key: str
    start: int  # token index
    end: int
    role: str  # perpetrator | target | other

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First word -> [(words, key, case_sensitive)], longest first."""
    lex = lexicon.load()
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for row in lex.actors:
        # (and as punctuation-stripped text has it: "Peoples Protection Units", "al Qaeda-linked group")
        for alias in (spelt for a in row.get("aliases", []) for spelt in lexicon.alias_spellings(a)):
            case_sensitive = alias.isupper() and len(alias) <= 4  # "IS", "SDF", "FSA", "YPG"
            # split as the tokenizer does: "US-led" -> US - led, "Assad's" -> Assad 's
            split = re.sub(r"(?<=\w)-(?=\w)", " - ", alias).replace("'s", " 's")
            words = tuple(split.split()) if case_sensitive else tuple(split.lower().split())
            index.setdefault(words[0], []).append((words, row["key"], case_sensitive))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def shouting(span: Span) -> bool:
    """Most words of the sentence or line in capitals (a headline), where "IS" is just "is"."""
    words = [t for t in span if t.is_alpha and len(t) > 1]
    return bool(words) and sum(t.is_upper for t in words) > len(words) / 2


# words for a group's members that name no side on their own ("terrorists" is what state
# media call any armed opponent) but do after the group's name: "YPG/PKK terrorists opened fire"
NAMED_MEMBER_NOUNS = {"terrorist", "member"}
# the parts of a party ("Liwa al-Haq, a faction of the Free Syrian Army"): the party, where they act
UNIT_NOUNS = {"faction", "wing", "unit", "brigade", "battalion"}
# words for a party, which a name set beside them names ("Al-Qaeda's Syria affiliate Al-Nusra Front")
PARTY_NOUNS = UNIT_NOUNS | {"affiliate", "branch", "offshoot", "group", "organization", "organisation", "militia", "alliance"}


def is_force_noun(tok: Token) -> bool:
    """A word for those or that which act for a side ("jets", "forces", "Warplanes" in a
    headline), by its lemma or as written."""
    return is_noun_of(tok, FORCE_NOUNS)


def is_noun_of(tok: Token, nouns: set[str] | frozenset[str]) -> bool:
    """The word is one of ``nouns``, by its lemma or as written."""
    low = tok.lower_
    # (a plural the tagger took for a name keeps its own lemma: "Fighters of the YPG opened
    # fire", "SANA - Terrorists of the so-called Jabhat al-Nusra committed")
    return tok.lemma_.lower() in nouns or low in nouns or low.endswith("s") and low[:-1] in nouns


def does_the_event(verb: Token, event_is: set[int]) -> bool:
    """The verb's object is the event, or its weapon: "it had carried out the attack", "it was
    behind the blasts", "its fighters downed the plane with a shoulder-fired missile"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("behind", "with") for g in c.children if g.dep_ == "pobj"]
    return any(o.i in event_is for o in objects)


def the_weapon_itself(pronoun: Token) -> bool:
    """"it exploded", "it went off": a pronoun that is the subject of a weapon's own verb, with
    no object (stance.json weapon_subject_verbs), stands for the bomb, not for a side ("told AFP
    that the car had been stopped when it exploded"; but "it detonated a car bomb")."""
    verb, listed = pronoun.head, lexicon.stance_words("weapon_subject_verbs")
    lemma = verb.lemma_.lower()
    # (a verb listed with its particle needs it: "went off", "blew up")
    weapon_verb = lemma in listed or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in listed for c in verb.children)
    return pronoun.dep_ == "nsubj" and weapon_verb and not any(c.dep_ == "dobj" for c in verb.children)


def busy_elsewhere(force: Token, event_is: set[int]) -> bool:
    """A side's force told doing something other than the event ("Our fighters were checking
    the vehicles ... The bomber blew himself up"): the subject of a verb that neither is the
    event nor carries one out."""
    verb = force.head
    if force.i in event_is or force.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    # (every verb it is the subject of: "its militants entered the villages and carried out the massacre")
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return not any(v.i in event_is or v.lemma_.lower() in AGENT_VERBS or does_the_event(v, event_is) for v in verbs)


def _by_no_deed(by: Token) -> bool:
    """"by" after a participle of holding, backing or speaking: "held by IS", "announced by
    Russia"; or after a word for a report: "claims by Turkish media" (stance.json report_nouns)."""
    if by.head.pos_ == "NOUN" and by.head.lemma_.lower() in lexicon.stance_words("report_nouns"):
        return True
    return by.head.pos_ in ("VERB", "AUX") and by.head.lemma_.lower() in NOT_DEEDS_BY


def _role(span: Span) -> str:
    """perpetrator / target / other, from the parse, with surface fallbacks where the parse fails."""
    if _listed_with_a_place(span):
        return "other"  # "Homs and Damascus bombings": the places they hit, not a capital's deed
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ACCUSING_FORMS:
        return "other"  # "Kurds Accuse Rebels of Using Toxic Gas", however the headline is parsed: the accusers
    role = _parsed_role(span)
    if role != "other":
        return role
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "by" and not _by_no_deed(before):
        return "perpetrator"  # "shelling by IS" even when IS is tagged as a verb
    if before is not None and before.lower_ in ("and", "&") and span.start >= 2 and span[0].tag_.startswith("VB"):
        left = doc[span.start - 2]  # "clashes between the army and IS": the second side, IS tagged as a verb
        if left.dep_ == "pobj" and left.head.lower_ in ("between", "with") and left.head.head.lemma_.lower() in CLASH_WORDS:
            return "perpetrator"
    if after is not None and after.is_title and is_force_noun(after) and after.i + 1 < len(doc) \
            and doc[after.i + 1].is_title and not doc[after.i + 1].lower_.endswith("ed") \
            and _verb_form(doc[after.i + 1].lower_) & AGENT_VERBS:
        # a headline the parser reads as one name: "Regime Artillery Kills 5" (not "YPG
        # Fighters Killed": the dead)
        return "perpetrator"
    noun = _past_brackets(after)  # "Islamic State (IS) militants killed ..."
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.i + 1 < len(doc) and noun.i - span.end < 2:
        noun = doc[noun.i + 1]  # "an IS suicide attacker killed ..."
    if noun is not None and is_force_noun(noun) and noun.dep_ != "compound":
        noun_role = _parsed_role(doc[noun.i : noun.i + 1])  # "IS fighters shelled ..."
        if noun_role != "other":
            return noun_role
        if any(c.dep_ == "acl" and (c.tag_ == "VBD" or any(g.dep_ == "dobj" for g in c.children)) and c.lemma_.lower() in AGENT_VERBS
               for c in noun.children):
            # "IS militants abducted 90 ...": "IS" parsed as the verb "is", the real verb hung
            # on the noun as if a clause of it (a past tense, or a participle with an object:
            # "coalition aircraft killed 30 civilians"; not "militants killed in the strike")
            return "perpetrator"
    if after is not None and after.is_title and _verb_form(after.lower_) & AGENT_VERBS:
        return "perpetrator"  # a headline the parser reads as one name: "ISIL Beheads 8 Militants"
    if after is not None and len(span) == 1 and span[0].tag_.startswith("VB") and after.tag_ in ("VBD", "VBN", "VBZ") \
            and after.lemma_.lower() in AGENT_VERBS and any(c.dep_ == "dobj" for c in after.children):
        # "IS beheaded a soldier", "IS executes five men": read as "is beheaded", "is
        # executes", yet the verb has an object
        return "perpetrator"
    if claims_the_event(span):
        return "perpetrator"
    return "other"


def _past_brackets(tok: Token | None) -> Token | None:
    """The word after a bracketed short name that follows a name ("Islamic State (IS)
    militants"), or after the closing bracket of one ("(IS) militants"); else the word itself."""
    if tok is None:
        return None
    doc = tok.doc
    if tok.text == "(":
        close = next((t for t in doc[tok.i + 1 : tok.i + 5] if t.text == ")"), None)
        tok = close if close is not None else tok
    if tok.text == ")" and tok.i + 1 < len(doc):
        return doc[tok.i + 1]
    return tok


BLAME_VERBS = {"blame", "pin"}
# verbs whose object is the party accused ("rebels accused the regime of dropping chlorine")
ACCUSING_VERBS = frozenset({"accuse", "blame"})
# their present forms right after a name (not "accused", which may be the accused: "IS
# militants accused of killing 20")
ACCUSING_FORMS = ACCUSING_VERBS | {f"{v}s" for v in ACCUSING_VERBS}


def _blamed_on(on: Token) -> bool:
    """"on" names whom the blame is laid on: "blames the attack on ...", "pinning the blame on ..."
    (the parser may hang it on the verb or on its object)."""
    h = on.head
    if h.dep_ == "dobj" and h.lemma_.lower() not in BLAME_VERBS:
        h = h.head
    return h.lemma_.lower() in BLAME_VERBS


def _head_word(span: Span) -> Token:
    """The span's root, not its article: in "the Islamic State" of "the Islamic State group",
    "the" and "State" both hang on "group", and spaCy's ``span.root`` takes the first."""
    root = span.root
    if root.dep_ == "det" and len(span) > 1:
        words = [t for t in span if t.dep_ != "det" and not span.start <= t.head.i < span.end]
        if words:
            return words[0]
    return root


def _subject_noun(span: Span) -> Token:
    """The token that stands for the actor in the clause: its root, through coordination and
    up from a modifier to the noun it names ("the Islamic State group" -> group)."""
    tok = _head_word(span)
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


RESPONSIBILITY_VERBS = {"claim", "take", "assume", "admit"}


def claims_responsibility(span: Span) -> bool:
    """"ISIS claimed responsibility", "the group took responsibility in a statement" (not "did
    not claim responsibility")."""
    subject = _subject_noun(span)
    verb = subject.head
    return (
        subject.dep_ == "nsubj"
        and verb.lemma_.lower() in RESPONSIBILITY_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def claims_the_event(span: Span) -> bool:
    """"ISIL Claims Beheading of 18", "IS claimed the bombing", "the Islamic State group later
    claimed the attack", "a car bomb claimed by Jabhat Fateh al-Sham": the actor claims the event."""
    doc = span.doc
    deeds = EVENT_NOUNS | CLAIMED_DEEDS
    earlier = lexicon.stance_words("kind_modifiers")  # "IS has claimed previous bombings in the town": not this one
    subject = _subject_noun(span)
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() == "claim" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in deeds or c.lower_ in deeds) and not any(m.lower_ in earlier for m in c.children)
        for c in subject.head.children
    ):
        return True
    by = next((t for t in reversed(doc[max(0, span.start - 4) : span.start]) if t.lower_ == "by"), None)
    if by is not None and by.i > 0 and doc[by.i - 1].lemma_.lower() == "claim" and doc[by.i - 1].dep_ == "acl" \
            and (doc[by.i - 1].head.lemma_.lower() in deeds or doc[by.i - 1].head.lower_ in deeds) \
            and all(t.dep_ in ("det", "amod", "compound") or t.pos_ in ("DET", "ADJ", "NOUN") for t in doc[by.i + 1 : span.start]):
        return True  # "a suicide car bomb claimed by (the jihadist group) Jabhat Fateh al-Sham"
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() == "claim" and subject.head.i > span.end:
        # "Tahrir al-Sham an alliance spearheaded by ... claimed the attack in a statement": the
        # deed right after the verb, however parsed
        return _deed_right_after(doc, subject.head.i + 1, deeds, earlier)
    j = span.end
    if j >= len(doc) or doc[j].lemma_.lower() != "claim":
        return False
    return _deed_right_after(doc, j + 1, deeds, earlier)


def _deed_right_after(doc, j: int, deeds: frozenset, earlier: frozenset) -> bool:
    """The words from ``j`` name a deed, after determiners and modifiers: "(claimed) the suicide
    bombing", "Tuesday's twin blasts" (not "previous bombings")."""
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    for k in range(j, min(len(doc), j + 4)):
        if doc[k].lower_ in earlier:
            return False
        if doc[k].lemma_.lower() in deeds or doc[k].lower_ in deeds:
            return True
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            return False
    return False


def shows_its_deed(span: Span) -> bool:
    """The actor put out a recording of the deed: "IS has released a new video purporting to
    show the killing of two activists", "the group posted footage of the execution"."""
    tok = _subject_noun(span)  # "the Islamic State group"
    if tok.dep_ != "nsubj" and tok.i < span.end and span.end < len(span.doc):
        tok = span.doc[span.end]  # "IS militants posted ...": the acronym parsed as a verb
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in PUBLISH_VERBS:
        return False
    records = [c for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() in RECORD_NOUNS]
    deeds = CLAIMED_DEEDS | {"execution", "massacre", "execute", "kill", "behead", "shoot"}
    return any(t.lemma_.lower() in deeds or t.lower_ in deeds for r in records for t in r.subtree if t.i != r.i)


def _verb_form(word: str) -> set[str]:
    """The lemmas a third-person or past form may have: "beheads" -> behead, "shelled" -> shell."""
    return {word, word[:-1], word[:-2], word[:-3]} - {""}


def a_city_before_its_event(span: Span) -> bool:
    """A city that also stands for its government, set before an event noun, names where the
    event happened: "Damascus twin bombings", "the Ankara bombing" (the city a modifier of the
    noun, not its subject)."""
    head = _head_word(span)
    if len(span) != 1 or head.dep_ not in ("compound", "nmod") or head.head.lemma_.lower() not in EVENT_NOUNS:
        return False
    if any(c.dep_ == "conj" for c in head.children):
        return False  # "Moscow and Damascus strikes": the two governments (as _listed_with_a_place has it)
    from .places import Gazetteer  # (places reads actors: imported when first needed)

    return any(p.level == "city" for p in Gazetteer.default().candidates(head.text))


def _listed_with_a_place(span: Span) -> bool:
    """The actor's name stands in a coordination of names before a noun in which one is a
    place and no party ("Homs and Damascus bombings"): the names are places (not "Moscow and
    Damascus strikes", "Russian and Syrian jets")."""
    first = _head_word(span)
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in ("compound", "nmod"):
        return False
    names = [first] + [c for c in first.subtree if c.dep_ == "conj" and c.head.i == first.i]
    if len(names) < 2:
        return False
    from .places import Gazetteer  # (places reads actors: imported when first needed)

    lex = lexicon.load()
    return any(
        (n.pos_ == "PROPN" or n.is_title) and n.lower_ not in lex.actor_aliases and n.lower_ not in lex.demonyms
        and not any(c.dep_ == "compound" for c in n.children) and Gazetteer.default().candidates(n.text)
        for n in names
    )


def _fired_from_positions(noun: Token) -> bool:
    """The party's positions are where the fire came from ("rockets fired from positions of
    the Ahrar al-Sham group", "shells launched from IS positions"; stance.json position_nouns
    and launch_verbs): the party fired."""
    return (
        noun.lemma_.lower() in lexicon.stance_words("position_nouns")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "from"
        and noun.head.head.lemma_.lower() in lexicon.stance_words("launch_verbs")
    )


def _owner_of(verb: Token) -> Token | None:
    """What a "belong" clause tells the owner of: the noun it hangs on ("a drone belonging
    to X") or the subject of the verb it completes ("a drone believed to belong to X")."""
    t = verb
    while t.dep_ in ("xcomp", "ccomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


NAMING_VERBS = {"call", "name", "dub", "know", "brand", "style"}


def _the_named(tok: Token) -> Token | None:
    """The noun a name is given to in a clause of it: "a group calling itself al-Nusra
    Front", "a faction known as Liwa al-Haq", "a militia called X" (the group)."""
    head = tok.head
    if head.lower_ == "as" and tok.dep_ == "pobj":
        head = head.head
    elif tok.dep_ not in ("oprd", "dobj", "attr", "xcomp"):
        return None
    if head.lemma_.lower() in NAMING_VERBS and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < tok.i:
        return head.head
    return None


def _parsed_role(span: Span) -> str:
    root = _head_word(span)
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ in HOLD_WORDS or after.lower_.endswith("-held") or after.text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in HOLD_WORDS):
        return "target"
    if root.lower_.endswith("-held") or root.lower_.endswith("-controlled"):
        return "target"
    if len(span) > 1 and span[-1].lemma_.lower() in EVENT_NOUNS:
        return "perpetrator"  # a name that holds its deed ("coalition air strikes"), however it is parsed
    tok = root
    # climb through coordination: "Russian or Syrian jets", "IS and Nusra militants"
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.i != tok.i:
        noun = tok.head
        for _ in range(2):  # a run of names before the noun: "the YPG/PKK terror group"
            if tok.pos_ != "PROPN" or noun.pos_ != "PROPN" or noun.dep_ not in ("compound", "nmod") or noun.head.i < noun.i or is_force_noun(noun):
                break
            noun = noun.head
        event = noun
        while event.dep_ == "compound" and event.head.i > event.i and event.lemma_.lower() not in EVENT_NOUNS:
            event = event.head  # "Coalition air strikes": through the noun's own modifiers
        if event.lemma_.lower() in EVENT_NOUNS:
            return "perpetrator"  # "Russian air strikes", "regime shelling": whoever's event it is
        if is_noun_of(noun, NAMED_MEMBER_NOUNS) and tok.pos_ != "ADJ" and not is_force_noun(noun):
            # only as the doer of the deed: "ISIL terrorists beheaded eight", not "60 ISIL terrorists killed";
            # nor when the members are told as of a party ("Damascus Terrorists of the so called Jaish al-Islam")
            of_a_party = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            return "perpetrator" if _acting(noun) and not of_a_party else "other"
        if is_force_noun(noun):
            while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.lemma_.lower() in FIGHTERS:
                noun = noun.head  # "31 IS group militants killed": the counted noun the names run into
            if _counted_dead(noun):
                return "target"
            tok = noun
            while tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head
        elif noun.i == tok.i + 2 and doc[tok.i + 1].text == "/" and noun.pos_ == "PROPN":
            tok = noun  # "Terrorists of the YPG/PKK killed": one name in two, acting as the whole does
        else:
            return "perpetrator" if _fired_from_positions(noun) else "other"
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.i > 0 and doc[tok.i - 1].text == "(":
        tok = tok.head  # a short name in brackets after the full one: "the Syrian Democratic Forces (SDF)", as the name
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.lemma_.lower() in PARTY_NOUNS:
        tok = tok.head  # a name set beside the word for its party acts as that word ("jihadists from Al-Qaeda's Syria affiliate Al-Nusra Front")
    if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.i < tok.i and tok.head.is_upper and len(tok.head) > 2:
        # a wire dateline's city taken for the subject, the real one hung on it as an
        # apposition: "MOSCOW (RIA Novosti) - Russian aircraft have not carried out ..."
        tok = tok.head
    if tok.dep_ == "pobj" and is_force_noun(tok) and tok.head.lower_ == "of" and tok.head.head.i < tok.i \
            and tok.head.head.lemma_.lower() in QUANTITY_NOUNS:
        tok = tok.head.head  # "Hundreds of rebel fighters stormed the town": as many as they are, they act
    named = _the_named(tok)
    if named is not None:
        return _parsed_role(doc[named.i : named.i + 1])  # "a group calling itself al-Nusra Front claimed ...": as the group
    dep, head = tok.dep_, tok.head
    if dep == "pobj":
        prep = head.lower_
        if prep == "by":
            # "shelling by IS", "killed by regime jets"; but "a town held by IS", "a truce
            # announced by Russia": the party holds or speaks, it does not strike
            if _by_no_deed(head):
                return "target" if head.head.lemma_.lower() in HOLD_WORDS | GUARD_WORDS else "other"
            return "perpetrator"
        if prep == "of" and _fired_from_positions(head.head):
            return "perpetrator"  # "rockets fired from positions of the Ahrar al-Sham group"
        if prep == "of" and (is_force_noun(head.head) and head.head.lemma_.lower() not in EVENT_NOUNS or head.head.lemma_.lower() in CRAFT):
            # ("the shelling of Damascus" is a target, as TARGET_PREPS has it)
            # "aircraft of the Russian forces" strike; "25 militants of the Nusra Front" are
            # whatever those militants are (here: the dead)
            noun = head.head
            # (an apposition acts as what it is set beside: "ALEPPO - Mercenaries of X fired", misparsed)
            acting = noun.head if noun.dep_ == "appos" and noun.head.i < noun.i else noun
            noun_role = _parsed_role(doc[acting.i : acting.i + 1]) if noun.i < head.i else "other"
            if noun_role != "other" or noun.lemma_.lower() in CRAFT:
                return "perpetrator" if noun_role != "target" else "target"
            return "other"
        member = head.head
        if prep == "of" and is_noun_of(member, NAMED_MEMBER_NOUNS | UNIT_NOUNS) and member.i < head.i:
            # "terrorists of the Nusra Front fired", as "Nusra terrorists fired"; "fired by Liwa
            # al-Haq, a faction of the Free Syrian Army": only as the doer
            return "perpetrator" if _acting(member) else "other"
        if prep == "to" and head.head.lemma_.lower() == "belong":
            # "a drone believed to belong to the US-led coalition targeted their car": the owner
            # of the craft or the force that struck (not of a town, nor of a downed drone)
            owned = _owner_of(head.head)
            if owned is not None and owned.lemma_.lower() in CRAFT and owned.dep_ != "nsubjpass":
                return "perpetrator"
            if owned is not None and is_force_noun(owned):
                return _parsed_role(doc[owned.i : owned.i + 1])
            return "other"
        if prep in ("with", "between") and head.head.lemma_.lower() in CLASH_WORDS:
            return "perpetrator"  # "clashes with regime troops": a party to the fighting
        if prep == "on" and _blamed_on(head):
            return "perpetrator"  # "the attack the West blames on Assad's forces", "pinning the blame on the regime": alleged
        if prep == "of" and head.head.lemma_.lower() in DOER_OF_NOUNS and head.head.i < head.i:
            return "perpetrator"
        if prep in TARGET_PREPS:
            return "target"
        if prep in ("from",):
            if head.head.lemma_.lower() in TAKEN_FROM:
                return "target"
            member = head.head
            if member.i < head.i and member.pos_ == "NOUN" and (is_force_noun(member) or member.lemma_.lower() in ("member", "man")):
                # "4 fighters from the rebel battalions" (among the dead): the side they are of,
                # acting or not as they do; uncounted, they fight ("clashes between fighters from the YPG and ...")
                role = _parsed_role(doc[member.i : member.i + 1])
                if role != "other" or any(c.dep_ == "nummod" for c in member.children) or member.dep_ == "appos":
                    return role  # ("the men, one a fighter from the rebel group X ..., were executed": who they were)
            # "rocket fire from Turkey", "shelling from regime positions"; not "on their way
            # back from Damascus", "people who fled from Aleppo"
            return "other" if head.head.pos_ in ("ADV", "ADJ") or head.head.lemma_.lower() in lexicon.stance_words("origin_words") else "perpetrator"
        return "other"
    if dep in ("agent",):
        return "perpetrator"
    if dep in ("nsubjpass", "dobj") and head.lemma_.lower() in ATTACK_VERBS:
        return "target"
    if dep in ("nsubj", "nsubjpass") and (
        head.lemma_.lower() in ("involve", "behind")
        or any(c.dep_ in ("acomp", "attr", "prep") and c.lemma_.lower() in ("responsible", "behind", "involved") for c in head.children)
    ):
        return "perpetrator"  # "Russian aircraft were not involved", "Syria and Russia were responsible"
    if dep == "dobj" and head.lemma_.lower() in ACCUSING_VERBS:
        return "perpetrator"  # "rebels accused the regime of dropping chlorine": alleged
    if dep == "nsubj" and claims_responsibility(span):
        return "perpetrator"  # "ISIS claimed responsibility"
    if dep == "nsubj" and (shows_its_deed(span) or claims_the_event(span)):
        return "perpetrator"  # "IS released a video showing the killing of two activists", "the IS group claimed the bombing": claimed
    if dep in ("nsubj",):
        if head.pos_ not in ("VERB", "AUX"):
            return "other"
        if _goes_on_with_it(head):
            return "perpetrator"  # (tagged a participle or not: "warplanes pressed on with an assault")
        if _passive_participle(head):
            return "target" if head.lemma_.lower() in ATTACK_VERBS else "other"  # "Scores of rebels killed over key road"
        if head.lemma_.lower() in DEED_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in DEED_OBJECTS for c in head.children):
            return "perpetrator"  # "rebels set off a bomb", "began a major offensive", "detonated their trucks"
        if head.lemma_.lower() == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children):
            return "perpetrator"  # "an IS suicide bomber blew himself up"
        if head.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
            return "other"  # "state television carried an appeal": carrying out is the deed
        if head.lemma_.lower() in CLASH_WORDS:
            return "perpetrator"  # "government forces clashed with IS": a party to the fighting
        if head.lemma_.lower() == "use" and _uses_no_weapon(head):
            return "other"  # "was using the attack as a pretext", "the term the government uses": no deed
        return "perpetrator" if head.lemma_.lower() in AGENT_VERBS or _does_it_through(head) else "other"
    if dep in ("compound", "amod", "poss") and head.lemma_.lower() in FORCE_NOUNS:
        return "perpetrator"
    return "other"


QUANTITY_NOUNS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores"}

# people who fight, counted: "kills 30 government fighters", "12 Syrian soldiers were killed"
FIGHTERS = {"fighter", "soldier", "troop", "militant", "member", "gunman", "jihadist", "insurgent", "rebel", "policeman",
            "officer", "personnel", "recruit", "loyalist", "militiaman", "guard"}


def _counted_dead(noun: Token) -> bool:
    """A count of a party's fighters that is not the subject of a deed: those are the dead or
    wounded ("kills 30 government fighters"; but "some 500 rebel fighters stormed the town")."""
    if noun.lemma_.lower() not in FIGHTERS or not any(c.dep_ == "nummod" for c in noun.children):
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in AGENT_VERBS | ATTACK_VERBS:
        # (a headline drops "were": "18 IS jihadists killed fighting Kurds", read as a past tense)
        return _passive_participle(noun.head) or _headline_passive(noun.head)
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "by")


def _passive_participle(verb: Token) -> bool:
    """A participle with a subject but no object and no "have" ("saw 25 Nusra fighters killed
    when a bomb exploded", "Scores of rebels killed over key road"): what befell the subject."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "aux") for c in verb.children)


def _headline_passive(verb: Token) -> bool:
    """A verb of dying or being hurt in the past tense with no object, no auxiliary and no
    clause of its own, in a sentence without a full stop (a headline): "18 IS jihadists
    killed fighting Kurds" is "were killed"."""
    from .counts import casualty_words  # (counts reads actors)

    if verb.tag_ != "VBD" or verb.lemma_.lower() not in casualty_words():
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "attr") for c in verb.children):
        return False
    return not any(t.text == "." for t in verb.sent)


def _acting(noun: Token) -> bool:
    """The noun names who does the deed: the subject of a deed verb ("terrorists of X fired"),
    the agent of one ("fired by factions of X"), or set beside such ("by Liwa al-Haq, a faction of X")."""
    for _ in range(3):
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in AGENT_VERBS:
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.dep_ == "agent" and not _by_no_deed(noun.head):
            return True
        if noun.dep_ not in ("appos", "conj") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _uses_no_weapon(use: Token) -> bool:
    """What "use" takes is no weapon nor deed: "the term the government uses for its
    opponents"; or a deed taken as a pretext: "was using the attack as a pretext" (not "used
    chlorine", "used barrel bombs"; stance.json pretext_nouns)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in lexicon.stance_words("pretext_nouns") for g in c.children)
           for c in use.children):
        return True
    used = next((c for c in use.children if c.dep_ == "dobj"), None)
    if used is None and use.dep_ == "relcl":
        used = use.head  # "the term the government uses"
    if used is None or used.pos_ not in ("NOUN", "PROPN"):
        return False
    words = lexicon.event_words() | EVENT_NOUNS
    # the thing used, its modifiers and what it is an amount of ("small amounts of sarin")
    told = [used, *(c for c in used.children if c.dep_ in ("compound", "amod"))]
    told += [g for c in used.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return not is_force_noun(used) and not any(t.lemma_.lower() in words or t.lower_ in words for t in told)


def _goes_on_with_it(verb) -> bool:
    """"Syrian and Russian warplanes pressed on with an assault", "went ahead with the
    strikes": the subject carries on an event named after "with"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS for g in c.children)
        for c in verb.children
    )


def _does_it_through(verb) -> bool:
    """The verb's subject does what its complement says: "the regime resorted to using
    chemical weapons", "began shelling", "tried to storm the town"."""
    for c in verb.children:
        inner = c
        if c.dep_ == "prep" and c.lower_ == "to":
            inner = next((g for g in c.children if g.dep_ == "pcomp"), None)
        if inner is not None and inner.dep_ in ("xcomp", "pcomp") and inner.lemma_.lower() in AGENT_VERBS \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in inner.children):
            return True
    return False


def wire_dateline(doc: Doc, start: int, end: int) -> bool:
    """A city at the head of a dateline: the place a story was filed from, not the state
    acting. In capitals with the agency's name in brackets after it ("MOSCOW (Sputnik)",
    "DAMASCUS (SANA)"), a day after a comma ("ANKARA, May 16, 2018 -", "MOSCOW, October
    13. /TASS/.") or a dash ("ANKARA - Islamic State ..."); in any case so at the head of a
    line ("Moscow, October 2 (Sputnik) -")."""
    if end + 2 >= len(doc):
        return False
    capitals = all(t.text.isupper() and t.is_alpha and len(t) >= 4 for t in doc[start:end])
    line_head = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    if not (capitals or line_head):
        return False
    if doc[end].text == ",":
        return doc[end + 1].lower_.rstrip(".") in MONTH_WORDS | WEEKDAY_WORDS
    if capitals and doc[end].text in ("-", "--", "\u2013", "\u2014") and doc[end + 1].is_title:
        # "ANKARA - Islamic State jihadists killed ...", run into a title's line (a city's
        # name: not "ISIS - The group said")
        from .places import Gazetteer  # (places reads the actors: imported when needed)

        place = Gazetteer.default().resolve(doc[start:end].text.title())
        return place is not None and place.level == "city"
    if doc[end].text != "(":
        return False
    close = next((t.i for t in doc[end + 1 : end + 5] if t.text == ")"), None)
    return close is not None and close > end + 1 and all(t.pos_ == "PROPN" for t in doc[end + 1 : close])


def _said_of_a_force(tok: Token) -> bool:
    """The nationality is said of the aircraft or forces: "the planes were Russian", "jets,
    believed to be Russian, struck", "warplanes it believed were Russian" (the demonym is
    what "be" says of a force noun)."""
    if tok.dep_ not in ("acomp", "attr") or tok.head.lemma_ != "be":
        return False
    verb = tok.head
    before = tok.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "relcl" and is_force_noun(before.head) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return True  # "warplanes it believed were Russian": a relative clause without its "that"
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return is_force_noun(subject)
        if verb.dep_ == "acl":
            return is_force_noun(verb.head)  # "strikes carried out by warplanes believed to be Russian"
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head  # "jets believed to be Russian": the subject of "believed"
    return False


def _opposed(doc: Doc, i: int) -> bool:
    """The name at token ``i`` is written after "anti-": "anti-regime rebels", "the anti-IS coalition"."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "anti" or i >= 1 and doc[i - 1].lower_ == "anti-"


def find_actors(sent: Span) -> list[ActorMention]:
    """Actor mentions in a sentence, longest alias first, each with its role."""
    return list(cached(sent.doc, f"actors {sent.start} {sent.end}", lambda: tuple(_find_actors(sent))))


def _find_actors(sent: Span) -> list[ActorMention]:
    doc = sent.doc
    lex = lexicon.load()
    index = _alias_index()
    mentions: list[ActorMention] = []
    taken: set[int] = set()
    alias_key: dict[int, str] = {}  # token -> the actor its alias names
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        found = None
        for first in (tok.text, tok.lower_):
            for words, key, case_sensitive in index.get(first, ()):
                n = len(words)
                if i + n > sent.end:
                    continue
                got = tuple(t.text if case_sensitive else t.lower_ for t in doc[i : i + n])
                if got == words:
                    if case_sensitive and n == 1 and tok.text == "IS" and shouting(sent):
                        continue  # "IT IS": a headline in capitals, not Islamic State
                    found = (n, key)
                    break
            if found:
                break
        if found and _opposed(doc, i):
            i += found[0]  # "the anti-IS coalition": IS's enemies, not IS
            continue
        if found and i + found[0] + 1 < len(doc) and doc[i + found[0]].text == "-" and doc[i + found[0] + 1].lower_ == "backed":
            i += found[0]  # "Turkey-backed fighters": the backer does not act (the demonyms read whom it backs)
            continue
        if found and wire_dateline(doc, i, i + found[0]):
            i += found[0]  # "MOSCOW (Sputnik) -": where the story was filed, not Russia acting
            continue
        if found and a_city_before_its_event(doc[i : i + found[0]]):
            i += found[0]  # "the Damascus bombings": where they happened, not the government
            continue
        if found:
            n, key = found
            span = doc[i : i + n]
            mentions.append(ActorMention(key, i, i + n, _role(span)))
            taken.update(range(i, i + n))
            alias_key.update((j, key) for j in range(i, i + n))
            i += n
            continue
        i += 1
    # demonym + force noun: "Russian jets", "Syrian or Russian warplanes", "Assad's air force"
    for tok in sent:
        if tok.i in taken:
            continue
        if tok.i + 3 < sent.end and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "led":
            led = lex.demonyms.get(f"{tok.lower_}-led")  # "US-led strikes": the coalition it leads
            if led is not None and _names_the_event_after(sent, tok.i + 3, set()):
                mentions.append(ActorMention(led, tok.i, tok.i + 3, "perpetrator"))
                continue
            noun = doc[tok.i + 2].head  # "the US-led anti-terror coalition": the force it leads
            if led is not None and doc[tok.i + 2].dep_ == "amod" and noun.i < sent.end and is_force_noun(noun):
                mentions.append(ActorMention(led, tok.i, noun.i + 1, _role(doc[noun.i : noun.i + 1])))
                taken.update(range(tok.i, noun.i + 1))
                continue
        if tok.i + 3 < sent.end and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "backed":
            # "Turkish-backed (Syrian) fighters": the forces a state backs (demonyms "turkish-backed"), not the state
            backed = lex.demonyms.get(f"{tok.lower_}-backed")
            noun = doc[tok.i + 2].head
            if backed is not None and tok.i + 2 < noun.i < sent.end and is_force_noun(noun):
                mentions.append(ActorMention(backed, tok.i, noun.i + 1, _role(doc[noun.i : noun.i + 1])))
                taken.update(range(tok.i, noun.i + 1))
                continue
        key = lex.demonyms.get(tok.lower_)
        if key is None or tok.pos_ == "AUX":
            continue  # "the regime is striking": the verb "is", not IS
        if _opposed(doc, tok.i):
            continue  # "anti-regime groups" fight the regime
        if tok.lower_ in ("government", "regime") and tok.dep_ not in ("compound", "amod", "poss", "nmod"):
            if tok.lower_ == "regime" or (tok.dep_ in ("nsubj", "pobj") and tok.head.lemma_ in ATTACK_VERBS | {"by"}):
                mentions.append(ActorMention(key, tok.i, tok.i + 1, _role(doc[tok.i : tok.i + 1])))
            continue
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        noun = head.head if head.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") else None
        if noun is None and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "'s":
            noun = doc[tok.i + 2] if tok.i + 2 < sent.end else None
        if noun is None and tok.i + 1 < sent.end and doc[tok.i + 1].lemma_.lower() in EVENT_NOUNS:
            noun = doc[tok.i + 1]  # "Rebel shelling killed 12": the parse took "Rebel" for the subject
        named_noun = noun is not None and any(m.start == noun.i and m.key != key for m in mentions)
        # ("Syrian opposition factions", "Syrian Kurdish fighters": another side's word next)
        beside = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        next_side = lex.demonyms.get(beside.lower_, key) if beside is not None and noun is not None and beside.head.i == noun.i else key
        if alias_key.get(tok.i + 1, key) != key or named_noun or next_side not in (key, *lexicon.actors_of_kind("state")):
            continue  # "Syrian rebels", "Syrian Islamist insurgents": the nationality of another actor, not its state
        if noun is not None and (is_force_noun(noun) or noun.lemma_.lower() in EVENT_NOUNS):
            mentions.append(ActorMention(key, tok.i, tok.i + 1, _role(doc[tok.i : tok.i + 1])))
        elif noun is None and _said_of_a_force(head):
            mentions.append(ActorMention(key, tok.i, tok.i + 1, "perpetrator"))
    # "Syria had not used chlorine": a country named as the doer of a deed is its state
    subjects = lexicon.subject_aliases()
    for tok in sent:
        key = subjects.get(tok.lower_)
        if key is not None and tok.i not in taken and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in DEEDS_OF_A_STATE \
                and not (tok.i > sent.start and doc[tok.i - 1].pos_ == "PROPN"):  # (not "near Deir ez-Zor Syria continues")
            mentions.append(ActorMention(key, tok.i, tok.i + 1, "perpetrator"))
    mentions.sort(key=lambda m: m.start)
    mentions = [m for k, m in enumerate(mentions) if not _described_before_its_name(doc, m, mentions[k + 1 : k + 2])]
    named = taken | {m.start for m in mentions}
    return [
        replace(m, role="perpetrator") if m.role != "perpetrator" and _names_the_event_after(sent, m.end, named)
        and not _listed_with_a_place(doc[m.start : m.end]) and not _backer(doc[m.start : m.end])
        and not _set_off_after_a_preposition(doc[m.start : m.end]) else m
        for m in mentions
    ]


def _set_off_after_a_preposition(span: Span) -> bool:
    """"In Damascus, mortar rounds fired from the enclave killed ...": a name a preposition
    governs, closed by a comma, is where, not the first word of the event's modifiers."""
    return span.end < len(span.doc) and span.doc[span.end].text == "," and _head_word(span).dep_ == "pobj"


def _backer(span: Span) -> bool:
    """The party is named as who backs, holds or speaks for others ("groups backed by the
    Zionist regime fired rockets"): what follows its name is their deed, not its own."""
    head = _head_word(span)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    # (not "backed by regime and Russian air strikes": the strikes are the regime's)
    return head.dep_ == "pobj" and head.head.lower_ == "by" and _by_no_deed(head.head) and after is not None and after.pos_ == "VERB"


def _described_before_its_name(doc: Doc, m: ActorMention, following: list[ActorMention]) -> bool:
    """A description in lower case right before another party's name ("the jihadist group
    Jabhat Fateh al-Sham"): the name says who, the description does not."""
    if not following or following[0].key == m.key or following[0].start != m.end:
        return False
    return not any(t.is_title or t.is_upper for t in doc[m.start : m.end] if t.lower_ != "the") and doc[following[0].start].is_title


MODIFIER_LINKS = {"and", "&", "or", ",", "-", "regime", "government", "air", "force", "forces", "'s", "’s"}


def _names_the_event_after(sent: Span, i: int, named: set[int]) -> bool:
    """An actor in a run of modifiers of an event noun: "Russian and Assad regime airstrikes",
    "Russian & Assad Regime Airstrikes" (where the small model's parse goes astray)."""
    doc = sent.doc
    demonyms = lexicon.load().demonyms
    j = i
    means = lexicon.event_words()
    while j < sent.end and j - i < 6 and (
        j in named or doc[j].lower_ in MODIFIER_LINKS or doc[j].lower_ in demonyms
        # words of the weapon or means: "Jaysh al-Islam Chemical Attack", "IS car bomb attack"
        or doc[j].lower_ in means and doc[j].lemma_.lower() not in EVENT_NOUNS
    ):
        j += 1
    return j < sent.end and (doc[j].lemma_.lower() in EVENT_NOUNS or doc[j].lower_ in EVENT_NOUNS)


def coordinated_by_or(sent: Span, mentions: list[ActorMention]) -> bool:
    """True when perpetrators are offered as alternatives ("either Russian or Syrian jets")."""
    if len({m.key for m in mentions}) < 2:
        return False
    doc = sent.doc
    lo = min(m.start for m in mentions)
    hi = max(m.end for m in mentions)
    between = {t.lower_ for t in doc[lo:hi]}
    return "or" in between or "either" in {t.lower_ for t in doc[max(sent.start, lo - 3) : lo]}
