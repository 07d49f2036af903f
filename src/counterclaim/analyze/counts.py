"""Casualty figures in a sentence: killed or injured, as ranges, with who the victims were.

"At least five children and an emergency worker died" gives two counts, children 5..None
and rescue_workers 1..1, both killed. A figure belongs to a death or injury word only
through the parse (the counted noun's chain of heads, or a "death toll ... at N"
construction), so that years, ages and other numbers in the sentence are left alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Span, Token

from ..records import Range
from . import lexicon
from .actors import find_actors
from .doccache import doc_text

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


@lru_cache(maxsize=1)
def _words() -> dict:
    """The vocabulary of casualty figures (data/counts.json)."""
    data = json.loads((files("counterclaim") / "data" / "counts.json").read_text("utf-8"))
    data["vague"] = {k: tuple(v) for k, v in data["vague"].items()}
    data["death"], data["injury"] = set(data["death"]), set(data["injury"])
    data["categories"] = {k: set(v) for k, v in data["categories"].items()}
    data["not_people"] = set(data["not_people"])
    data["one_person_nouns"] = frozenset(data["one_person_nouns"])
    data["not_casualties"] = set(data["not_casualties"])
    data["majority_markers"] = sorted((tuple(m.split()) for m in data["majority_markers"]), key=len, reverse=True)
    data["civilian_groups"] = set(data["civilian_groups"])
    data["other_causes"] = frozenset(data["other_causes"])
    return data


def _victim_verb(tok: Token) -> Token | None:
    """For a bare victim's noun (a singular person's noun right after a verb of killing or
    wounding, with no article or number of its own: a headline's "Bomb Kills Woman", "Sniper
    kills child"), that verb; else None."""
    if tok.tag_ not in ("NN", "NNP") or tok.tag_ == "NNP" and not tok.is_title or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return None
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        verb = _victim_verb(tok.head)  # "Bomb Kills Woman and Child": the list's second, bare too
        return verb if verb is not None and _one_person(tok) else None
    if tok.dep_ == "compound" and tok.head.lower_ not in _HEADLINE_VERBS:
        return None  # "wounded boy scouts"; but "Kills Woman Wounds 25" hangs the noun on the next verb
    # "Kills Citizen Journalist": the verb stands before the noun's modifiers (a title-cased
    # verb is often tagged a noun, so it is known by its form)
    first = min((c.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ not in _HEADLINE_VERBS), default=tok.i)
    if first == 0:
        return None
    verb = tok.doc[first - 1]
    told = verb.tag_.startswith("VB") and verb.lemma_.lower() in BASE_VERBS or verb.lower_ in _HEADLINE_VERBS
    return verb if told and _one_person(tok) else None


def _bare_kind(verb: Token) -> str:
    """Killed or injured, by the verb a bare victim's noun is the object of."""
    return "killed" if verb.lower_.startswith("kill") else "injured"


_HEADLINE_VERBS = frozenset({"kills", "killed", "wounds", "wounded", "injures", "injured"})


@lru_cache(maxsize=1)
def civilian_groups() -> frozenset[str]:
    """The victim groups that are civilians (counts.json civilian_groups)."""
    return frozenset(_words()["civilian_groups"])


OWNERS = ("his", "her", "their")  # "their mother", "his wife": one person, when listed with others


def _listed_before_an_owner(first: Token) -> bool:
    """The one person a list names before "his/her/their <kin>" when nothing else counts them
    ("killing him and his son", "shot dead the head of the council and his son",
    "killed Ahmed Qatna and his wife"): a pronoun, a name, or a singular noun with "the"."""
    if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in ("a", "an", "one") for c in first.children):
        return False  # "a woman and her child": the article counts her
    if first.tag_ == "PRP":
        return first.lower_ in ("him", "her")
    if first.tag_ == "NNP":
        return first.ent_type_ == "PERSON"
    return first.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in first.children) and _category(first) is not None


def _listed_with(noun: Token) -> Token | None:
    """Whom a person is told with: the first of a list ("him and his son"), or the victim of a
    killing "along with" them ("al-Masri was killed along with his driver", "shot dead the
    head of the council together with his son")."""
    if noun.dep_ == "conj":
        return noun.head
    with_ = noun.head
    if noun.dep_ != "pobj" or with_.lower_ != "with" or with_.i == 0 or noun.doc[with_.i - 1].lower_ not in ("along", "together"):
        return None
    anchor = with_.head if with_.head.lower_ not in ("along", "together") else with_.head.head
    # ("killed a man along with his wife": "along" may hang on the first person or on the verb)
    verb = anchor.head if anchor.pos_ in ("NOUN", "PROPN", "PRON") else anchor
    if verb.lemma_.lower() not in _words()["death"] and verb.lemma_.lower() != "shoot":
        return None
    if anchor is not verb:
        return anchor
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < noun.i), None)


def _one_person(noun: Token) -> bool:
    """A singular noun of one person: a victim group's ("a woman", "a doctor") or a person's
    ("a council member"; counts.json one_person_nouns)."""
    return _category(noun) not in (None, "people") or noun.lemma_ in _words()["one_person_nouns"]


@lru_cache(maxsize=1)
def _fixed_quantities() -> frozenset[str]:
    """Words of a fixed quantity ("dozen", "score"): after a number they multiply it."""
    return frozenset(w for w, (lo, hi) in _words()["vague"].items() if lo is not None and lo == hi)


@lru_cache(maxsize=1)
def casualty_words() -> frozenset[str]:
    """Words of dying and of being hurt ("kill", "die", "wound", ...)."""
    return frozenset(_words()["death"] | _words()["injury"])


@dataclass(frozen=True)
class Count:
    """One casualty figure: killed or injured, low..high, the victims it counts."""

    kind: str  # killed | injured
    low: int | None
    high: int | None
    category: str  # people, civilians, children, women, combatants, rescue_workers
    text: str
    start: int
    end: int
    subset: bool = False  # "including five children": part of a total given beside it
    running: bool = False  # "bringing the toll to 45": a total, never another group to add
    majority: str | None = None  # "84 people, mostly women and children": civilians | combatants
    party: str | None = None  # the side fighters counted were of ("23 IS jihadists", "26 fighters from the SDF"): an actor key


def words_to_int(words: list[str]) -> int | None:
    """Parse number words ("twenty-five", "two hundred", "1,200", "3") into an int."""
    total, current, seen = 0, 0, False
    for w in words:
        w = w.lower().replace(",", "")
        for part in w.split("-"):
            if not part or part == "and":
                continue
            if part.isdigit():
                current += int(part)
            elif re.fullmatch(r"\d+(\.\d+)?", part):
                current += int(float(part))
            elif part in UNITS:
                current += UNITS[part]
            elif part in TENS:
                current += TENS[part]
            elif part in SCALES:
                current = max(current, 1) * SCALES[part]
                if SCALES[part] >= 1000:
                    total, current = total + current, 0
            else:
                return None
            seen = True
    return total + current if seen else None


MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
          "march", "april", "june", "july", "august", "september", "october", "november", "december"}


def _number_tokens(sent: Span, exclude: tuple[tuple[int, int], ...] = ()) -> list[list[Token]]:
    """Runs of number tokens (digits or number words) in the sentence, dates left out."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    doc = sent.doc
    for tok in sent:
        low = tok.lower_
        is_num = tok.like_num or low in UNITS or low in TENS or low in SCALES or all(p in UNITS or p in TENS for p in low.split("-") if p)
        if is_num and any(a <= tok.idx < b for a, b in exclude):
            is_num = False  # part of a date or time expression
        if is_num and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_.rstrip(".") in MONTHS:
            is_num = False  # "27 Jul"
        if is_num and tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in MONTHS:
            is_num = False  # "July 4"
        if is_num and current and current[-1].text[:1].isdigit() and tok.text[:1].isdigit():
            runs.append(current)  # "2016 29": two numbers side by side
            current = []
        if is_num and (
            tok.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY")
            # "Kill 50": NER reads a bare number as a date; the object of a killing is a toll
            or not current and tok.i > sent.start and _verb_before(doc[tok.i - 1]) in ("killed", "injured")
            # "the death toll was 45": so is the figure a toll is told at
            or not current and tok.text.isdigit() and _toll_figure(sent, [tok]) is not None
        ):
            current.append(tok)
        elif current and low in _fixed_quantities() and current[-1].lower_ not in SCALES:
            current.append(tok)  # "two dozen", "three score": a number of dozens
        elif current and low == "and" and current[-1].lower_ in SCALES and tok.i + 1 < sent.end and (
            sent.doc[tok.i + 1].lower_ in UNITS or sent.doc[tok.i + 1].lower_.split("-")[0] in TENS
        ):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _armed_group_of(noun: Token) -> bool:
    """"members of the Nusra Front / of an armed group / of the security forces", "40 al-Nusra
    Front members": the noun's "of" or its modifiers name an armed party."""
    # actors are read in the whole sentence: alone, "IS" looks like a headline in capitals
    actors = find_actors(noun.sent)

    def names_a_party(span: Span, words: tuple[str, ...]) -> bool:
        return any(span.start <= m.start and m.end <= span.end for m in actors) or any(t.lemma_.lower() in words for t in span)

    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i]
    if mods and names_a_party(noun.doc[min(c.left_edge.i for c in mods) : noun.i], ("militia", "faction", "brigade")):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        span = noun.doc[prep.i + 1 : prep.right_edge.i + 1]
        # (or a force: "members of the army and security forces", "members of the police")
        if span and names_a_party(span, ("group", "militia", "faction", "brigade", "army", "force", "military", "police", "unit", "corps")):
            return True
    return False


AMONG_THE_DEAD = re.compile(r"(?:were |was )?among (?:the|those) (?:dead|killed|victims|fatalities)\b", re.I)


def _party_of(noun: Token) -> str | None:
    """The one side the counted fighters are named of: "23 IS jihadists", "26 fighters from
    the Kurdish-led SDF", "40 terrorists of Jabhat al-Nusra", "19 regime fighters"; None when
    no side or more than one is named ("88 rebel and regime forces")."""
    doc = noun.doc
    spans = []
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i]
    if mods:
        spans.append((min(c.left_edge.i for c in mods), noun.i))
    lo = noun.i  # the words between the figure and its noun, however parsed ("23 IS jihadists": "IS" read as a verb)
    while lo - 1 >= noun.sent.start and noun.i - lo < 3 and not doc[lo - 1].like_num and doc[lo - 1].is_alpha:
        lo -= 1
    spans.append((lo, noun.i))
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        # (up to another count joined to its object: "26 fighters from the SDF and 23 IS jihadists")
        counted = [g.left_edge.i for o in prep.children for g in o.children
                   if g.dep_ == "conj" and any(n.dep_ == "nummod" for n in g.children)]
        spans.append((prep.i + 1, min([prep.right_edge.i + 1, *counted])))
    # a noun joined without a figure of its own shares the figure ("32 regime soldiers and
    # militiamen"), and its side too: "21 jihadists and rebels" may count two sides
    for c in noun.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and not any(g.dep_ == "nummod" for g in c.children):
            spans.append((c.left_edge.i, c.i + 1))
    keys = {m.key for m in find_actors(noun.sent) for a, b in spans if a <= m.start < b}
    return keys.pop() if len(keys) == 1 else None


def _category(noun: Token | None) -> str | None:
    """The victim group a counted noun names; None when it does not count people ("4 hospitals")."""
    if noun is None:
        return "people"
    words = _words()
    lemma = noun.lemma_.lower()
    text = noun.lower_
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if noun.i > 0:
        modifiers.add(noun.doc[noun.i - 1].lower_)
    if lemma in ("worker", "volunteer", "team", "crew") and modifiers & set(words["rescue_modifiers"]):
        return "rescue_workers"
    singular = text[:-1] if text.endswith("s") else text  # "Terrorists" in a headline keeps its case and plural
    if text.endswith("men"):
        singular = text[:-3] + "man"  # "servicemen" left unlemmatised when tagged singular
    if lemma in ("member", "members") and _armed_group_of(noun):
        return "combatants"  # "members of the Nusra Front"
    for name, group in words["categories"].items():
        if lemma in group or text in group or singular in group:
            return name
    if lemma in words["not_people"] or text in words["not_people"] or singular in words["not_people"]:
        return None  # (the lemma of "bases" is "basis")
    return "people"


def _qualifier(first: Token) -> tuple[str, int]:
    """The range qualifier written before a figure ("at least", "up to"), and its start."""
    doc = first.doc
    words = _words()
    skip = 1 if first.i > 0 and doc[first.i - 1].lower_ in ("a", "an") else 0  # "at least a dozen"
    for n in (3, 2, 1):
        lo = first.i - skip - n
        if lo < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[lo : first.i - skip])
        if phrase in words["more_than"]:
            return "more_than", doc[lo].idx
        if phrase in words["at_least"]:
            return "at_least", doc[lo].idx
        if phrase in words["at_most"]:
            return "at_most", doc[lo].idx
    return "", first.idx


BASE_VERBS = {"kill", "injure", "wound", "die"}
RANGE_OPENERS = ("between", "from")  # words that open a range: the verb stands before them


def _verb_word(tok: Token) -> bool:
    """A verb, or a headline word the tagger took for a name ("Injure", its lemma mended) or
    for a noun before a figure ("kill 10 injure scores")."""
    if tok.pos_ == "VERB" or tok.pos_ == "PROPN" and tok.lemma_ != tok.text:
        return True
    if _gerund_noun(tok):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lower_.removesuffix("s") in BASE_VERBS
        and nxt is not None
        and (nxt.like_num or nxt.lower_ in _words()["vague"])
    )


def _gerund_noun(tok: Token) -> str | None:
    """The base verb of a gerund the tagger took for a noun ("launching an attack and killing
    between 1000 and 1800 people": "killing" NN), else None."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not low.endswith("ing"):
        return None
    stem = low[:-3]
    return next((v for v in (stem, stem + "e") if v in BASE_VERBS), None)


def _verb_before(tok: Token | None) -> str | None:
    """killed / injured / none: the verb whose object the figure is ("killing 20", "Injure
    Dozens", "kidnapped 900"), as written right before it; None when there is no such verb."""
    if tok is not None and tok.lower_ == "dead" and tok.i > 0 and _verb_word(tok.doc[tok.i - 1]):
        return "killed"  # "shot dead a council member", "gunned dead two guards"
    if tok is None or not _verb_word(tok):
        return None
    lemma, words = _gerund_noun(tok) or tok.lemma_.lower(), _words()
    if lemma in words["not_casualties"]:
        return "none"
    if lemma in words["death"]:
        return "killed"
    if lemma in words["injury"]:
        return "injured"
    return None


def _casualty_range_from(prep: Token, sent: Span) -> bool:
    """"killed from 500 to 1000 people": a range of the dead opened by "from", not a year."""
    return prep.lower_ == "from" and prep.i > sent.start and _verb_before(prep.doc[prep.i - 1]) in ("killed", "injured")


def _counted_noun_beyond(head: Token, noun: Token) -> bool:
    """The parse ran the figure's noun past another figure or verb: "Kill 30 Terrorists Free 19
    Civilians" counts terrorists, not civilians."""
    words = _words()
    verbs = words["death"] | words["injury"] | words["not_casualties"]
    doc = head.doc
    return any(
        # another figure (not an age: "a 12-year-old boy"), or a verb of its own
        # (a participle that describes the noun is no verb of its own: "executed 11 captured soldiers")
        t.like_num and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
        or _verb_word(t) and t.lemma_.lower() in verbs and not (t.tag_ == "VBN" and t.dep_ == "amod" and t.head.i == noun.i)
        for t in doc[head.i + 1 : noun.i]
    )


ASIDE_REACH = 10  # tokens an aside between dashes may run: "23 civilians - including nine children - dead"


def _past_aside(last: Token, sent: Span) -> int:
    """The index of the token after the figure's noun, past an aside set off by dashes or
    brackets ("leaving 23 civilians - including nine children - dead") or a subset that hangs
    on the noun ("84 people including 17 children killed")."""
    doc = sent.doc
    i = last.i + 1
    if i < sent.end and doc[i].lower_ == "including" and doc[i].head.i == last.i:
        # "84 people including 17 children killed": the subset hangs on the figure's noun
        group = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        while group is not None and any(c.dep_ == "conj" for c in group.children):
            group = next(c for c in group.children if c.dep_ == "conj")  # "including 5 children and 3 women"
        return group.i + 1 if group is not None and group.i + 1 - i <= ASIDE_REACH else i
    if i < sent.end and doc[i].text in ("-", "--", "–", "—", "("):
        closing = ")" if doc[i].text == "(" else doc[i].text
        for j in range(i + 1, min(sent.end, i + ASIDE_REACH)):
            if doc[j].text == closing:
                return j + 1
    return i


def _doer(tok: Token) -> bool:
    """The subject of a verb that has counted victims of its own: "three gunmen killed two
    policemen", "one of its strikes killed 105 civilians". Headlines parse badly ("Dozens
    killed hospital damaged", "killed others injured"), so the object must be people with a
    figure or "a" of their own, and not be a toll of its own ("Two children killed 5 others
    injured")."""
    verb, doc = tok.head, tok.doc
    hurt = casualty_words()
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if any(c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "them") for c in objects):
        return True  # "a sniper killed Omar Haddad", "gunmen shot him"
    return any(
        c.pos_ in ("NOUN", "PROPN") and _category(c) is not None
        and any(g.dep_ == "nummod" or g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
        and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in hurt)
        for c in objects
    )


def _adjacent_kind(last: Token, sent: Span) -> str | None:
    """"48 people dead", "100 injured": a death or injury word right after the figure."""
    doc = sent.doc
    if _doer(last):
        return None
    injury = _words()["injury"]
    after = " ".join(t.lower_ for t in doc[last.i + 1 : min(sent.end, last.i + 5)])
    if AMONG_THE_DEAD.match(after):
        return "killed"
    if re.match(r"(were |was )?among the (wounded|injured)\b", after):
        return "injured"
    first = _past_aside(last, sent)
    for tok in doc[first : min(sent.end, first + 2)]:
        lemma = tok.lemma_.lower()
        if tok.lower_ in BASE_VERBS:
            break  # "Kill 50 Injure Dozens": the headline's next verb, not "50 injured"
        if tok.lower_ in injury or lemma in injury:
            return "injured"
        if tok.lower_ in ("dead", "killed") or lemma in ("die",):
            return "killed"
        if tok.pos_ not in ("NOUN", "ADJ", "AUX", "ADV") or tok.lower_ in ("and", "or"):
            break
    return None


MAJORITY_REACH = 8  # tokens a majority label may run: "mostly members of Syrian opposition groups"


def _majority(last: Token, sent: Span) -> str | None:
    """civilians / combatants: what a label right after the figure says most of the victims
    were ("84 people, mostly women and children", "45, most of them fighters", "17 people
    most members of opposition groups"); None when there is no such label or it names both."""
    doc, words = sent.doc, _words()
    i = last.i + 1
    if i < sent.end and doc[i].text in (",", "-", "--", "–", "—", "("):
        i += 1
    marker = next(
        (m for m in words["majority_markers"] if tuple(t.lower_ for t in doc[i : i + len(m)]) == m),
        None,
    )
    if marker is None:
        return None
    kinds = set()
    for tok in doc[i + len(marker) : min(sent.end, i + len(marker) + MAJORITY_REACH)]:
        if tok.text in (",", ";", ")", "-", "--", "–", "—") or tok.pos_ in ("VERB", "AUX"):
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            group = _category(tok)
            if group in words["civilian_groups"]:
                kinds.add("civilians")
            elif group == "combatants":
                kinds.add("combatants")
    return kinds.pop() if len(kinds) == 1 else None


def _link(noun: Token, sent: Span) -> str | None:
    """killed / injured when the counted word is tied to a death or injury word by the parse."""
    death, injury = _words()["death"], _words()["injury"]
    tok = noun
    for _ in range(5):
        # "oprd": "left 25 militants ... dead"
        near = [c for c in tok.children if c.dep_ in ("acomp", "amod", "advcl", "xcomp", "conj", "appos", "oprd")]
        # "22 children, 6 teachers killed": the verb hangs on the last of the listed groups
        near += [g for c in near if c.dep_ in ("conj", "appos") for g in c.children if g.dep_ in ("acl", "amod")]
        for t in (tok, *near):
            forms = {t.lemma_.lower(), t.lower_, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_}  # "Kills" in a headline
            forms.add(_gerund_noun(t) or t.lower_)  # "killing" tagged as a noun
            if forms & death:
                # "killed or injured" / "killed and wounded": both, report as killed
                return "killed"
            if forms & injury:
                if t.dep_ == "pobj" and t.head.head.lemma_.lower() in death | {"succumb"}:
                    return "killed"  # "died of their wounds, bringing the toll to 61"
                return "injured"
        if tok.head.i == tok.i or tok.head.i < sent.start or tok.head.i >= sent.end:
            break
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_ in ("say", "report", "tell"):
            break
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in death | injury:
            # the figure is the doer of another act: "two suicide bombers detonated their trucks",
            # "two gunmen opened fire, killing five"; unless that act is dying ("lost their lives")
            objects = {c.lemma_.lower() for c in tok.head.children if c.dep_ == "dobj"}
            return "killed" if objects & death else "injured" if objects & injury else None
        if _doer(tok):
            return None
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.head.children):
            # "killed 58 civilians and saw dozens suffering": the killing has its own object, the
            # figure is the other clause's ("killed and crucified five civilians" share theirs)
            break
        tok = tok.head
    return None


def _subject_taken_for_the_object(noun: Token) -> str | None:
    """killed / injured when the parse took the subject of what was told for the object of
    the verb of telling: "The council says 21 civilians, among them women, were shot dead" (a
    clause with no subject of its own, of death or injury, hung on the same verb)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.load().cues:
        return None
    death, injury = _words()["death"], _words()["injury"]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i):
        if any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in clause.children):
            continue
        words = {clause.lemma_.lower()} | {k.lower_ for k in clause.children if k.dep_ in ("oprd", "acomp")}
        if words & death or clause.lemma_.lower() == "shoot" and "dead" in words:
            return "killed"
        if words & injury:
            return "injured"
    return None


def _counts_a_series(figure: Token) -> bool:
    """The figure is told in a clause on a series of events (counts.json series_nouns): "a
    campaign of reprisals that has left hundreds dead" counts the campaign's dead."""
    series = set(_words()["series_nouns"])
    for a in figure.ancestors:
        if a.dep_ in ("relcl", "acl"):
            noun = a.head
            if noun.lemma_.lower() in series or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in series:
                return True
    return False


def _toll_figure(sent: Span, run: list[Token]) -> str | None:
    """A figure in a "death toll rose to N" / "toll at N" construction (the toll named just
    before, or the subject or object of the verb the figure hangs on: "the death toll from
    Tuesday's air strike on a market in Maarat al-Numan has risen to 43")."""
    window = sent.doc[max(sent.start, run[0].i - 8) : run[0].i]
    last = run[-1]
    if last.dep_ == "nummod" and last.head.pos_ == "NOUN":
        last = last.head  # "rose to eight civilians": the noun counted hangs on "to"
    tally = False  # "the number of people killed rose to 86": a tally of the dead, named so
    if last.dep_ == "pobj" and last.head.lower_ in ("to", "at") and last.head.head.pos_ in ("VERB", "AUX"):
        toll = next((c for c in last.head.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in TALLY_NOUNS), None)
        if toll is not None and sent.start <= toll.left_edge.i:
            window = sent.doc[toll.left_edge.i : toll.right_edge.i + 1]
            tally = toll.lemma_.lower() != "toll"
    words = {t.lemma_.lower() for t in window} | {t.lower_ for t in window}
    if "toll" in words or tally and words & casualty_words():
        # "the toll of wounded rose to 50" counts the injured; "died of their wounds, bringing
        # the toll to 61" the dead
        injured = words & _words()["injury"] and not words & (_words()["death"] - {"toll", "casualty"})
        return "injured" if injured else "killed"
    return None


TALLY_NOUNS = frozenset({"toll", "number", "tally", "count"})  # what a toll "rose to"


def find_counts(sent: Span, exclude: tuple[tuple[int, int], ...] = ()) -> list[Count]:
    """Casualty figures in one sentence (a spaCy Span).

    Args:
        sent: the sentence.
        exclude: character ranges to leave alone (the sentence's date expressions).
    """
    counts: list[Count] = []
    used: set[int] = set()
    doc = sent.doc
    whole = doc_text(doc)
    vague = _words()["vague"]
    runs = _number_tokens(sent, exclude)
    listed_ones: set[int] = set()  # a person listed before an owner: one ("him" in "him and his son")
    # vague quantities ("dozens of civilians") and "a/an" + victim noun ("an emergency worker")
    for tok in sent:
        low = tok.lower_
        if low in vague and vague[low][0] is not None and tok.i not in used:
            runs.append([tok])
        elif low in ("a", "an", "one") and tok.dep_ == "det" and tok.head.i > tok.i and tok.head.i - tok.i <= 7 and not any(
            t.like_num and t.head.i == tok.head.i for t in doc[tok.i + 1 : tok.head.i]
        ):  # "a confirmed 33 militants" counts 33, not one ("a 12-year-old boy" is one)
            if _one_person(tok.head):
                runs.append([tok])
        elif low == "the" and tok.dep_ == "det" and tok.head.tag_ == "NN" and tok.head.dep_ in ("dobj", "nsubjpass") \
                and tok.head.head.lemma_.lower() in _words()["death"] and _one_person(tok.head):
            runs.append([tok])  # "beheaded the retired head of antiquities", "the driver was killed": one
        elif low in OWNERS and tok.dep_ == "poss" and tok.head.tag_ == "NN" and _one_person(tok.head) \
                and (first := _listed_with(tok.head)) is not None:
            runs.append([tok])  # "three children and their mother died", "along with his driver": one more
            while first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.pos_ == "NOUN":
                first = first.head.head  # "the head of a local council and his son": the head's son
            if first.i < tok.i and _listed_before_an_owner(first):
                # "killing him and his son": the one before the owner is one more again (from
                # its first word: the verb stands before "the head", "Mohammed Qatna")
                runs.append(list(tok.doc[first.left_edge.i : first.i + 1]))
                listed_ones.add(first.i)
        elif _victim_verb(tok) is not None:
            runs.append([tok])  # "Sniper Kills Child in Aleppo": a headline drops the article
    runs.sort(key=lambda r: r[0].i)
    for run in runs:
        head = run[-1]
        low = head.lower_
        if head.i in used:
            continue
        bare_verb = _victim_verb(head) if len(run) == 1 else None  # "Bomb Kills Woman"
        bare = bare_verb is not None
        if low in vague and len(run) > 1:
            times = words_to_int([t.text for t in run[:-1]])  # "two dozen": 24
            if times is None:
                continue
            lo = hi = value = vague[low][0] * times
            # the number hangs on the noun counted, the quantity word on the number
            head = next((t for t in run if not run[0].i <= t.head.i <= run[-1].i), head)
            low = head.lower_
        elif low in vague:
            lo, hi = vague[low]
            value = None
            if lo is not None and lo == hi and head.i >= 2 and doc[head.i - 2].lower_ == "half" and doc[head.i - 1].lower_ in ("a", "an"):
                lo = hi = lo // 2  # "half a dozen"
        elif low in ("a", "an", "one", "the") and len(run) == 1 and head.dep_ == "det" or low in OWNERS and head.dep_ == "poss" \
                or bare or head.i in listed_ones:
            lo = hi = value = 1
        elif (span := _DIGIT_RANGE.fullmatch("".join(t.text for t in run))) and int(span[1]) < int(span[2]):
            lo, hi = int(span[1]), int(span[2])  # "15-20 people"
            value = hi
        else:
            value = words_to_int([t.text for t in run])
            if value is None:
                continue
            lo = hi = value
        # years, ages and clock times are not casualty figures
        if value is not None and 1900 <= value <= 2100 and len(run) == 1 and run[0].text.isdigit():
            continue
        if value is not None and head.dep_ == "pobj" and head.head.lower_ in ("in", "since", "until", "by", "from") \
                and run[0].text.isdigit() and len(run[0].text) >= 3 and not _casualty_range_from(head.head, sent):
            continue  # "died of the plague in 639": a year, whatever the century
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("year", "years", "-year", "month", "months", "day", "days", "%", "percent", "km", "kilometres", "kilometers", "miles", "metres", "meters", "hours", "minutes", "times", "tonnes", "tons", "dollars", "pounds", "euros"):
            continue
        if nxt is not None and nxt.lower_ == "-" and head.i + 2 < len(doc) and doc[head.i + 2].lower_ in ("year", "month", "day"):
            continue
        # the counted noun: the head the number modifies, or the noun after "dozens of"
        noun: Token | None = None
        if bare:
            noun = head  # the victim's own noun is the figure
        elif head.dep_ in ("nummod", "quantmod", "det", "amod", "compound", "poss") and head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head
            while noun.i > head.i and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
                noun = noun.head  # "17 IS group fighters": the figure hung on a name's word before the noun
            if noun.i < head.i:
                # a figure stands before what it counts: "in the province of Daraa 15 civilians
                # were killed" (no comma, the figure hung on the place), "40 Civilians 25 YPG
                # Fighters Killed" (hung on the group before); the noun phrase after it, if it counts people
                after = []
                for t in doc[head.i + 1 : min(sent.end, head.i + 4)]:
                    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                        break
                    after.append(t)
                nouns = [t for t in after if t.pos_ in ("NOUN", "PROPN")]
                if nouns and _category(nouns[-1]) is not None:
                    noun = nouns[-1]  # the phrase's head: "YPG Fighters"
        elif low in vague and nxt is not None and nxt.lower_ == "of":
            objs = [c for c in nxt.children if c.dep_ == "pobj"]
            noun = objs[0] if objs else None
        elif nxt is not None and nxt.lower_ == "of" and head.i + 3 < sent.end and doc[head.i + 2].lower_ in ("them", "whom") and doc[head.i + 3].pos_ == "NOUN":
            noun = doc[head.i + 3]  # "32 civilians, nine of them children"
        if noun is None and nxt is not None and nxt.lower_ == "of" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in lexicon.event_words() for c in nxt.children
        ):
            continue  # "in one of the deadliest attacks": a count of events, not of people
        if noun is None:
            noun = _said_to_be(head)  # "Of the dead, 42 were civilians", "46 of the dead were civilians"
        if noun is None and nxt is not None and len(nxt.text) > 1 and nxt.text.isupper() and nxt.text.isalpha():
            # "killed 45 IS militants": the parse takes the group's acronym for the verb "is"
            noun = next((t for t in doc[head.i + 2 : min(sent.end, head.i + 4)] if t.pos_ == "NOUN" and _category(t) is not None), None)
        if noun is not None and noun.i > head.i + 1 and _counted_noun_beyond(head, noun):
            after_figure = doc[head.i + 1]
            noun = after_figure if after_figure.pos_ in ("NOUN", "PROPN") and not _counted_noun_beyond(head, doc[head.i + 2]) else None
        if noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ in ("GPE", "LOC", "ORG") and not bare \
                and not _a_headline_verb(noun):
            continue  # ("Regime Shelling Kills 10": the headline's verb tagged part of a name counts)
        if noun is not None and noun.pos_ == "NOUN" and _category(noun) == "people" and noun.lemma_.lower() not in _words()["categories"]["people"]:
            # "70 regime and rebel fighters": the first conjunct is a modifier of the noun counted
            conj = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
            if conj is not None and _category(conj) not in (None, "people"):
                noun = conj
        category = _category(noun)
        if category is None:
            continue  # "4 hospitals": not people
        anchor = noun if noun is not None else head
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "agent":
            continue  # the doer of a passive, not its victim: "killed by a sniper", "shot dead by two gunmen"
        last = noun if noun is not None and noun.i > head.i else head
        qual, start = _qualifier(run[0])
        # the first word of the figure or of its qualifier ("at least 20"): the verb stands before it
        opening = next(t for t in doc[max(sent.start, run[0].i - 3) : run[0].i + 1] if t.idx >= start)
        before_figure = doc[opening.i - 1] if opening.i > sent.start else None
        if bare:
            before_figure = bare_verb  # past the noun's modifiers: "Kills Citizen Journalist"
        if before_figure is not None and before_figure.lower_ in RANGE_OPENERS and before_figure.i > sent.start:
            before_figure = doc[before_figure.i - 1]  # "killing between 1000 and 1800 people"
        verb_kind = _verb_before(before_figure)
        if verb_kind == "none":
            continue  # "kidnapped 900", "freed 19 civilians"
        if _counts_a_series(head):
            continue  # "extending a campaign of reprisals that has left hundreds of tribesmen dead"
        # (a bare victim's noun is the object of the verb just before it: "Bomb Kills Woman, Wounds 25")
        kind = (_bare_kind(before_figure) if bare else None) or _adjacent_kind(last, sent) or verb_kind or _link(anchor, sent) or _toll_figure(sent, run)
        # part of the toll just told ("the number of dead rose to 86, including 30 children")
        # (or told with the marker right before it: "killed eight men on Saturday, among them three soldiers")
        markers = _words()["subset_markers"]
        marker_before = " ".join(t.lower_ for t in doc[max(sent.start, run[0].i - 2) : run[0].i])
        part_of_last = bool(counts) and counts[-1].kind in ("killed", "injured") and (
            0 <= start - counts[-1].end <= SUBSET_GAP and any(m in whole[counts[-1].end : start].lower().split() for m in markers)
            or any(marker_before.endswith(m) for m in markers)
        )
        if kind is None and anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() in lexicon.load().cues and not part_of_last:
            # the one who tells, not one of the dead: "Of the dead, 42 were civilians, said a local
            # official" (not "among them three soldiers, the monitor said", parsed as who said it)
            continue
        if kind is None:
            kind = _subject_taken_for_the_object(anchor)
        if kind is None and (_dead_named_before(run[0], sent) or _among_the_dead(noun, sent) or _of_the_dead(head, sent)):
            kind = "killed"  # "among the dead were five children", "the victims included 12 women"
        if kind is None and _AMONG_AFTER.match(whole, last.idx + len(last)):
            kind = AMONG  # "two children were among 11 people killed": what the figure after counts
        if kind is None and part_of_last:
            kind = counts[-1].kind  # "the number of dead rose to 86, including 30 children": part of that toll
        if kind is None and counts and noun is not None and noun.dep_ == "conj" \
                and noun.head.idx + len(noun.head) == counts[-1].end and counts[-1].kind in ("killed", "injured"):
            kind = counts[-1].kind  # "killed 52 fighters and six civilians", however the parse hung the list
        if kind is None:
            continue
        if lo is not None:
            if qual == "more_than":
                lo, hi = lo + 1, None
            elif qual == "at_least":
                hi = None
            elif qual == "at_most":
                lo = None
        end_tok = noun if noun is not None and noun.i > head.i else head
        before = " ".join(t.lower_ for t in doc[max(sent.start, run[0].i - 3) : run[0].i])
        after = " ".join(t.lower_ for t in doc[head.i + 1 : min(sent.end, head.i + 3)])
        subset = any(m in before.split() or before.endswith(m) for m in markers) or after.startswith(("of them", "of whom", "of which"))
        if not subset and noun is not None and noun.dep_ == "conj":
            # "among them a child and two women": the marker stands before the list's first group
            lead = noun
            while lead.dep_ == "conj" and lead.head.i < lead.i:
                lead = lead.head
            before = " ".join(t.lower_ for t in doc[max(sent.start, lead.left_edge.i - 3) : lead.left_edge.i])
            subset = any(m in before.split() or before.endswith(m) for m in markers)
        listed = end_tok  # the last group of a list it heads: "three children and two women were among the dead"
        while (more := [c for c in listed.children if c.dep_ == "conj" and c.i > listed.i]):
            listed = more[-1]
        if not subset and _of_the_dead(head, sent):
            subset = True  # "30 of the dead were security personnel": part of the toll told before
        if not subset and AMONG_THE_DEAD.match(whole[listed.idx + len(listed) : listed.idx + len(listed) + 40].lstrip()):
            subset = True  # "49 children among the dead": part of a toll, even where that toll goes untold
        running = _toll_figure(sent, run) is not None
        text = whole[start : end_tok.idx + len(end_tok)]
        majority = _majority(last, sent) if category == "people" else None
        party = _party_of(noun) if category == "combatants" and noun is not None else None
        counts.append(Count(kind, lo, hi, category, text, start, end_tok.idx + len(end_tok), subset, running, majority, party))
        used.update(t.i for t in run)
    return _ranges_joined(_subsets_share_their_kind(_among_what_follows(counts, whole), whole), whole)


def _a_headline_verb(tok: Token) -> bool:
    """A headline's verb of death or injury the tagger took for a name: "Kills", "Wounds"."""
    words = _words()["death"] | _words()["injury"]
    return tok.is_title and (tok.lower_ in words or tok.lower_.removesuffix("s") in words)


SUBSET_GAP = 25  # characters: "61 people including five children and three policemen"


_DIGIT_RANGE = re.compile(r"(\d+)[-\u2013](\d+)")
_RANGE_GAP = re.compile(r"\s*(?:to|-|\u2013|or)\s*|\s+and\s+", re.I)


def _ranges_joined(counts: list[Count], text: str) -> list[Count]:
    """"between 15 and 20 people", "15 to 20 people": one figure from 15 to 20, not two
    groups (the first bare number, the second a greater one of the same kind)."""
    out: list[Count] = []
    for c in counts:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == c.kind and prev.low is not None and prev.high == prev.low
            and c.low is not None and prev.low < c.low and prev.text.strip().isdigit()
            and (gap := _RANGE_GAP.fullmatch(text[prev.end : c.start]))
            and ("and" not in gap.group(0).lower() or text[max(0, prev.start - 9) : prev.start].lower().strip().endswith("between"))
        ):
            out[-1] = replace(c, low=prev.low, high=c.high, start=prev.start, text=text[prev.start : c.end])
            continue
        out.append(c)
    return out


AMONG = "among"  # a kind still to learn from the figure that follows
_AMONG_AFTER = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:also\s+)?among\b", re.I)  # ("two children among 11 killed" in a headline)


def _among_what_follows(counts: list[Count], text: str) -> list[Count]:
    """"Two children were among 11 people killed": the first figure is part of the second,
    and counts what it counts; the second is the whole (its "among" marks no subset)."""
    out: list[Count] = []
    for i, c in enumerate(counts):
        if c.kind == AMONG:
            whole = counts[i + 1] if i + 1 < len(counts) else None
            if whole is None or whole.kind == AMONG or not _AMONG_AFTER.match(text, c.end) or whole.start - c.end > SUBSET_GAP:
                continue
            c = replace(c, kind=whole.kind, subset=True)
        elif out and out[-1].subset and out[-1].end <= c.start and _AMONG_AFTER.match(text, out[-1].end) and c.start - out[-1].end <= SUBSET_GAP:
            c = replace(c, subset=False)
        out.append(c)
    return out


def _subsets_share_their_kind(counts: list[Count], text: str) -> list[Count]:
    """Groups listed as part of a figure count what it counts: "died of their wounds, bringing
    the toll to 61 people including five children" (the parse ties the children to the wounds)."""
    markers = _words()["subset_markers"]
    out = counts[:1]
    for c in counts[1:]:
        prev = out[-1]
        gap = text[prev.end : c.start].lower() if 0 <= c.start - prev.end <= SUBSET_GAP else None
        if c.subset and c.kind != prev.kind and gap is not None and (prev.subset or any(m in gap for m in markers)):
            c = replace(c, kind=prev.kind)
        out.append(c)
    return out


def _the_dead(sent: Span) -> list[Token]:
    """Words naming the dead told before: "the dead", "the victims", "those killed"."""
    nouns = set(_words()["dead_nouns"])
    return [
        t for t in sent
        if t.lower_ in nouns and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            or t.i > sent.start and t.nbor(-1).lower_ in ("the", "those")
        )
    ]


def other_cause(sent: Span) -> bool:
    """The sentence names a cause of death that is no act of war: "an earthquake killed 20",
    "death toll climbs to 22 in monsoon landslide" (``other_causes`` in data/counts.json)."""
    causes = _words()["other_causes"]
    return any(t.lower_ in causes or t.lemma_.lower() in causes for t in sent)


def names_the_dead(sent: Span) -> bool:
    """The sentence speaks of the dead told before: "among the dead", "the victims included",
    "those killed were"."""
    return bool(_the_dead(sent))


def _dead_named_before(first: Token, sent: Span) -> bool:
    """The figure follows words naming the dead, in a sentence with no injury word: "among the
    dead were five children", "the victims included 12 women"."""
    injury = _words()["injury"]
    if any(t.lemma_.lower() in injury or t.lower_ in injury for t in sent):
        return False
    return any(t.i < first.i for t in _the_dead(sent))


def _said_to_be(figure: Token) -> Token | None:
    """The group a figure is said to be, when the figure stands alone as the subject of "be":
    "Of the dead, 42 were civilians and nine were fighters", "46 of the dead were civilians"."""
    if figure.dep_ != "nsubj" or figure.head.lemma_ != "be":
        return None
    return next((c for c in figure.head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and _category(c) is not None), None)


def _of_the_dead(figure: Token, sent: Span) -> bool:
    """The figure counts part of the dead told before: "46 of the dead were civilians"."""
    dead = {t.i for t in _the_dead(sent)}
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.i in dead for g in c.children) for c in figure.children)


def _among_the_dead(noun: Token | None, sent: Span) -> bool:
    """The counted group is said to be among the dead: "Seventeen children and six women were
    among those killed" (the first group of a list too)."""
    if noun is None:
        return False
    dead = {t.i for t in _the_dead(sent)}
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ != "be":
        return False
    named = [g for c in tok.head.children if c.lower_ == "among" for g in c.children]
    return any(g.i in dead or any(a.i in dead for a in g.children) for g in named)  # "among those killed"


def vague(r: Range | None) -> bool:
    """"dozens", "scores": a figure a precise one told beside it should replace ("a woman",
    one person, is precise)."""
    if r is None or (r.low is not None and r.low == r.high):
        return False
    return not any(ch.isdigit() for ch in r.text) and not any(w in r.text.lower() for w in (*UNITS, *TENS))
