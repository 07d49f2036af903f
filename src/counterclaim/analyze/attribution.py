"""Who said what: attribution cues, their speakers and their content, from the parse.

"East Aleppo has not been bombed for 28 days, Kremlin spokesperson Dmitry Peskov said on
Wednesday" gives cue "said", speaker "Kremlin spokesperson Dmitry Peskov" (resolved to
Dmitry Peskov, Kremlin, RU) and content "East Aleppo has not been bombed for 28 days".
Used both for claims (officials' statements) and for the cited sources of reports.

The forms read, as a careful annotator of news would mark them (PARC/PolNeAR style):

- a reporting verb (``data/cues.jsonl``) with its subject as the speaker and its clause,
  quotation or object as the content: "X said (that) Y", "Y, X said", "Y, said X",
  "X told reporters Y", "X denied that Y", "X called Y a fabrication";
- the speaker of a verb without a subject of its own is the subject of the verb it hangs
  on: "X rejected the report, saying Y", "X went on to say Y", "X was quoted as saying Y",
  "X arrived and said Y", "X met to discuss Y" (a purpose), "X was eager to talk about Y";
  "X, who said Y" has the relative pronoun as its source, as PARC marks it, resolved to X
  (``Speaker.ref_start/ref_end``); a passive cue names its speaker with "by": "the claim
  was denied by X", "figures released by X";
- a cue in an as-clause comments on the main clause, which is what was said: "As X put it,
  Y", "as X has pointed out, Y";
- "according to X, Y" and "Y, according to X"; a record as the source of the clause its
  phrase belongs to: "in a new poll, Y" (rows with "prep" in ``data/cues.jsonl``);
- a speaker label before a colon: "Peskov: No strikes on Aleppo" (a headline naming a
  person) and the turns of an interview transcript ("WALLACE: ..." repeated);
- a quotation signed with a dash: "“...” ― Name" (also with the closing mark and the dash
  run together, "”―").

Each attribution has a kind (``KINDS``, from the cue's frame): PolNeAR counts the verbs of
cognition, request, commitment, judgement and mention as well as those of saying ("X
believes Y", "X urged Y", "X vowed Y", "X blasted Y", "X spoke of Y", "X declined to
comment"); only a "statement" says that something is so, and only statements reach claims
and incidents (``ArticleContext``).

A content that is, or runs into, a quotation is widened to the whole quotation, across
sentence boundaries within the paragraph ("“A. B,” he said" has the content "“A. B,”"),
and a complementizer "that" belongs to the content, as in PARC. A negated statement cue ("did
not say whether", "has never claimed") is a refusal: nothing was said. A cue that hangs on
"declined/refused to" ("declined" itself is the refusal) or whose speaker cannot be found
gives no attribution; "declined to comment, saying ..." says what follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .doccache import cached, doc_text

TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "col", "col.", "colonel", "lt", "lt.", "maj", "maj.", "major", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "sheikh", "prof", "prof."}

OFFICE_TITLES = frozenset({"president", "minister", "spokesman", "spokeswoman", "spokesperson"})  # offices, never part of a name

QUOTE_OPEN = {"\u201c", "``", "\u00ab", "\u201e"}
QUOTE_CLOSE = {"\u201d", "''", "\u00bb"}
QUOTE_EITHER = {'"'}
QUOTES = QUOTE_OPEN | QUOTE_CLOSE | QUOTE_EITHER
DASHES = {"\u2014", "\u2015", "\u2013", "--"}
RELATIVE = {"who", "which", "that"}
# what a speaker issues: "issued a statement saying", "in a post claiming"
MESSAGES = {"statement", "message", "letter", "post", "tweet", "release", "note", "communique", "video", "email"}
# where something is said: "told the debate that ...", "announced in a statement that ..."
SPEECH_EVENTS = {"debate", "conference", "interview", "speech", "rally", "meeting", "hearing", "briefing", "session", "address",
                 "appearance", "event", "forum", "broadcast", "show", "podcast", "call", "town", "hall", "summit", "convention"}
# verbs under which a cue reports nothing said: "declined to say", "refused to confirm"
NOT_SAYING = {"decline", "refuse", "fail", "avoid", "neglect", "hesitate"}
# nouns that speak in headlines ("Poll: ...", "Officials: ...")
LABEL_NOUNS = {"poll", "survey", "study", "report", "officials", "sources", "witnesses", "police", "residents", "activists"}
LABEL_STOP = {"update", "updated", "watch", "exclusive", "breaking", "note", "editor", "editors", "photo", "photos", "video", "videos",
              "read", "related", "correction", "clarification", "source", "sources:", "q", "a", "live", "opinion", "analysis", "explainer", "see", "also", "more", "tags", "share"}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: person, organisation, the party (actor key) and a kind."""

    text: str
    person: str | None
    org: str | None
    actor: str | None
    kind: str  # party (a belligerent or its officials), source (monitor, rescuers, UN...), official (a named person with a title, no known body), other
    start: int  # char offsets of the speaker phrase
    end: int
    # "the mayor, who said ...": the source as written is the relative pronoun (PARC/PolNeAR
    # mark "who"), resolved through the phrase it refers to, whose offsets these are
    ref_start: int | None = None
    ref_end: int | None = None


# What an attribution reports, from the cue's frame (field "kind" of data/cues.jsonl; the
# default is "statement"). Only a statement says that something is so; the other kinds are
# attributions too (PolNeAR marks them) but weaker ones, which claims must not read as
# statements of fact: what someone believes, knows or expects ("belief"); what a record
# shows ("evidence": "polls showing a tie", "in a new poll, ..."); what someone asks or
# calls for ("request"); what someone vows, promises or threatens ("commitment"); whom or
# what someone praises, attacks or backs ("evaluation"); what someone speaks about without
# saying what ("mention": "spoke of", "referring to", "discussed"); what someone wants or
# means to do ("intention"); a refusal to say ("refusal": "declined to comment").
STATEMENT = "statement"
KINDS = (STATEMENT, "belief", "evidence", "request", "commitment", "evaluation", "mention", "intention", "refusal")


@dataclass(frozen=True)
class Attribution:
    """A cue with its speaker and content (token spans; the cue lies in the sentence read).

    The content usually lies within the cue's sentence; a quotation that runs over several
    sentences of the paragraph is taken whole.
    """

    cue: Token
    speaker: Speaker
    content: Span | None  # the clause or noun phrase that was said
    stance: str  # the cue's own stance: asserts | denies
    clauses: tuple[Span, ...] = ()  # the content split into its coordinated statements
    kind: str = "statement"  # what the cue reports (KINDS): only a "statement" says that something is so


    @property
    def statements(self) -> tuple[Span, ...]:
        """Each separate statement in the content ("X was not involved and that Y happened": two)."""
        return self.clauses or ((self.content,) if self.content is not None else ())


@lru_cache(maxsize=1)
def _frames() -> dict[str, dict]:
    """lemma -> the cue's row in data/cues.jsonl (how its object and content are read)."""
    return {row["lemma"]: row for row in lexicon.data_rows("cues.jsonl") if "lemma" in row}


@lru_cache(maxsize=1)
def _record_preps() -> dict[str, tuple[frozenset[str], str]]:
    """preposition -> (the nouns that speak through it, kind), from the rows of data/cues.jsonl
    with a "prep": "in a new poll, the senator leads by six points"."""
    return {
        row["prep"]: (frozenset(w.lower() for w in row["sources"]), row.get("kind", "evidence"))
        for row in lexicon.data_rows("cues.jsonl")
        if "prep" in row and "lemma" not in row
    }


def _says(tok: Token) -> bool:
    """Whether a token is a verb cue of a statement ("said", "denied"), the kind whose clause is
    what someone says is so (not "vowed", "asked", "hoped": see KINDS)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("VERB", "AUX") and lemma in lexicon.load().cues and _frames().get(lemma, {}).get("kind", STATEMENT) == STATEMENT


def _is_own_attribution(tok: Token) -> bool:
    """A conjoined clause that is a statement of its own ("and Russia said ...")."""
    if not (tok.dep_ == "conj" and _says(tok) and any(c.dep_ == "nsubj" for c in tok.children)):
        return False
    # "and the army found weapons" is not a statement of its own; "and the army found that ..." is
    return not _frames().get(tok.lemma_.lower(), {}).get("needs_content") or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)


def _subtree_span(tok: Token, exclude: Token | list[Token] | None = None) -> Span:
    doc = tok.doc
    cut = [c for c in tok.subtree if c.i != tok.i and _is_own_attribution(c)]
    if isinstance(exclude, Token):
        cut.append(exclude)
    elif exclude:
        cut.extend(exclude)

    def kept(t: Token) -> bool:
        return not any(x.left_edge.i <= t.i <= x.right_edge.i for x in cut)

    idx = [t.i for t in tok.subtree if kept(t)] or [tok.i]
    # a cut conjunct takes its coordinating word and comma with it
    while len(idx) > 1 and (doc[idx[-1]].dep_ in ("cc", "punct") or doc[idx[-1]].is_punct):
        idx.pop()
    lo, hi = min(idx), max(idx) + 1
    while lo < hi - 1 and (doc[lo].is_punct or doc[lo].lower_ in ("that", "and", "but")):
        lo += 1
    while hi - 1 > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in (")", "\"", "”"):
        hi -= 1
    return doc[lo:hi]


def _clause_span(head: Token, exclude: Token | list[Token] | None = None) -> Span:
    """A clause as content: its subtree, with its complementizer "that" (PARC's convention)."""
    span = _subtree_span(head, exclude)
    doc = head.doc
    lo = span.start
    while lo > 0 and (doc[lo - 1].is_space or doc[lo - 1].text in QUOTES):
        lo -= 1  # a quotation mark opening the clause
    if lo > 0 and doc[lo - 1].lower_ == "that" and doc[lo - 1].dep_ == "mark" and doc[lo - 1].head.i == head.i:
        return doc[lo - 1 : span.end]
    return span


def _speaker_phrase(tok: Token, cue: Token | None = None) -> Span:
    """The speaker's noun phrase with its appositions and relative clauses ("Tom Ruiz, a
    hydrologist who studies dams"), as an annotator marks it, but never the cue's own clause
    ("Tom Ruiz, who said ...": "Tom Ruiz")."""
    doc = tok.doc
    cut = [c for c in tok.children if cue is not None and c.left_edge.i <= cue.i <= c.right_edge.i]
    # "Jane Roe said via email": how it was said, not who said it
    cut += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "via" and c.i > tok.i]
    # "a blast claimed by the group killed 44 people ...": a finite verb parsed as the
    # speaker's modifier is the sentence going on, not part of the name
    # (a past participle with an object of its own is no reduced passive: "group killed 30 people")
    cut += [
        c for c in tok.children
        if c.dep_ == "acl" and c.i > tok.i and (c.tag_ == "VBD" or c.tag_ == "VBN" and any(g.dep_ == "dobj" for g in c.children))
    ]
    keep = [t.i for t in tok.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in cut)]
    lo, hi = min(keep), max(keep) + 1
    # a dateline or the end of a quotation before the name is not part of it:
    # "WASHINGTON — Sen. Jane Roe", "RENO, Nev. (AP) - Jane Roe", "“... Mr. President,” Jane Roe"
    for i in range(lo, tok.i):
        t = doc[i]
        if t.text in DASHES or t.text == "-" and (t.whitespace_ or i > 0 and doc[i - 1].whitespace_) or (
            _quote_role(t) == "close" and i > 0 and doc[i - 1].text in (",", ".", "?", "!")
        ) or _quote_role(t) == "close" and not any(_quote_role(doc[j]) == "open" for j in range(lo, i)):
            # (and without the comma, as punctuation-stripped copy has it: '"... for the
            # massacre" Foreign Ministry spokesman Jihad Makdissi told': the phrase began inside)
            lo = i + 1
    after = [c.left_edge.i for c in cut if c.i > tok.i]
    if after:
        hi = min(hi, min(after))
    while hi - 1 > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    while lo < hi - 1 and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return doc[lo:hi]


def _core(span: Span) -> list[Token]:
    """The tokens of a speaker phrase outside its relative and participial clauses: what names
    the speaker ("a doctor who fled Aleppo" is a doctor, not Aleppo)."""
    root = span.root
    clauses = [t for t in span if t.dep_ in ("relcl", "acl") and t.i != root.i and span.start <= t.head.i < span.end]
    # "Moscow, a key ally of President Bashar Assad": a known name, then what it is to another
    described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i and root.pos_ == "PROPN"
                 and c.left_edge.i > span.start and span.doc[c.left_edge.i - 1].text == ","]
    if described and _names_a_known_speaker(span.doc[span.start : described[0].left_edge.i].text):
        clauses += described
    return [t for t in span if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses)] or list(span)


def _names_a_known_speaker(text: str) -> bool:
    """The words name a party or body of the lexicons ("Moscow", "the SDF")."""
    lex = lexicon.load()
    text = text.strip(" ,")
    return bool(text) and bool(_longest_alias(text, lex.actor_aliases) or _longest_alias(text, lex.orgs))


def _longest_alias(text: str, table: dict) -> tuple[str, object] | None:
    low = " " + re.sub(r"[^\w'\-. ]", " ", text.lower()) + " "
    words = set(re.findall(r"[\w'\-.]+", text))
    best = None
    for alias, value in table.items():
        if len(alias) < 2:
            continue
        if f" {alias} " in low and (best is None or len(alias) > len(best[0])):
            # a short alias is an acronym or a name ("IS", "WHO", "Isis"), not the word "is" or "who"
            if len(alias) <= 4 and alias.isalpha() and not ({alias.upper(), alias.title()} & words):
                continue
            best = (alias, value)
    return best


def _possessives(text: str) -> str:
    """Restore a possessive whose apostrophe was lost in the text ("Russias military" -> "Russia's military")."""
    lex = lexicon.load()

    def fix(m: re.Match) -> str:
        stem = m.group(1)
        low = stem.lower()
        word = m.group(0).lower()
        if word in lex.actor_aliases or word in lex.orgs:
            return m.group(0)  # "Rebels", "Insurgents": a plural the lexicon knows, not "Rebel's"
        known = low in lex.actor_aliases or low in lex.orgs or low in lex.demonyms or f"{low}'s" in lex.demonyms
        return f"{stem}'s" if known else m.group(0)

    return re.sub(r"\b([A-Z][a-z]{2,})s\b", fix, text)


@lru_cache(maxsize=1)
def _armed_groups() -> dict[str, str]:
    """Lower-case alias -> key of the actors that are armed groups, not states (the speaker
    list names the states' bodies)."""
    groups = lexicon.actors_of_kind("armed_group")
    return {alias: key for alias, key in lexicon.load().actor_aliases.items() if key in groups}


@lru_cache(maxsize=1)
def _known_persons() -> dict[str, dict]:
    """Surname -> the speaker list's row for a known person (the first row of that surname)."""
    rows: dict[str, dict] = {}
    for row in lexicon.load().persons:
        rows.setdefault(row["surname"], row)
    return rows


def of_the_outlet_state(att: Attribution, outlet: str | None, filed_in: str | None = None) -> Attribution:
    """An office of a state named without its country ("the General Staff said", "Deputy
    Foreign Minister X dismissed") in an outlet that speaks for a state (Anadolu, TASS,
    SANA), or in a story filed from a state's capital ("DAMASCUS (Reuters) - Foreign Ministry
    spokesman X said"; filed_in: that state's key), is that state's office (stance.json
    state_organ_words)."""
    sp = speaker_of_the_outlet_state(att.speaker, att.cue, outlet, filed_in)
    return att if sp is att.speaker else replace(att, speaker=sp)


def speaker_of_the_outlet_state(sp: Speaker, cue: Token, outlet: str | None, filed_in: str | None = None) -> Speaker:
    """The speaker as ``of_the_outlet_state`` reads them (``cue``: the word they are told by)."""
    if sp.kind == "source":
        return sp
    lex = lexicon.load()
    states = lexicon.actors_of_kind("state")
    bare_forces = re.sub(r"^the\s+", "", sp.text.lower()) in BARE_FORCES
    if sp.actor is not None and not bare_forces:
        return sp
    state = lex.outlets.get(lexicon.outlet_key(outlet))
    if state not in states:
        state = filed_in
    if state not in states:
        state = _state_outlet_told(sp, cue)
    if state not in states or state == sp.actor:
        return sp
    if bare_forces:
        # "ANKARA - ... the army said": the army of the state the story is told from, not
        # Syria's (the words' default)
        org = next((row["name"] for row in lex.orgs.values() if row.get("actor") == state and row["name"].split()[-1].lower() in BARE_FORCES),
                   f"{lex.actor_names.get(state, state)} military")
        return replace(sp, actor=state, org=org, kind="party")
    words = sp.text.lower()
    if not any(re.search(rf"\b{re.escape(w)}\b", words) for w in lexicon.stance_words("state_organ_words")):
        return sp
    org = sp.org or f"{lex.actor_names.get(state, state)} officials"
    return replace(sp, actor=state, org=org, kind="party")


BARE_FORCES = frozenset({"army", "military", "armed forces"})  # a state's forces named without the state


def _state_outlet_told(sp: Speaker, cue: Token) -> str | None:
    """The state of an outlet that speaks for one, named as the channel of the words: "a
    military source quoted by the state news agency SANA", "a police source told SANA"."""
    doc = cue.doc
    phrase = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    words = list(phrase) if phrase is not None else []
    if cue.lemma_.lower() == "tell":
        words += [t for c in cue.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
    outlets = lexicon.load().outlets
    # (whole names only, of three letters or more: not "aa" or "rt" in a speaker's phrase)
    return next((outlets[t.lower_] for t in words if len(t) > 2 and t.lower_ in outlets), None)


def _role_for(core: list[Token], name: str, roles: set[str]) -> bool:
    """The phrase names a role held for the group: "spokesman for the Turkish-backed National
    Front for Liberation", "a commander of the Army of Conquest"."""
    for t in core:
        if t.lower_ in ("for", "of") and t.head.lower_ in roles:
            if name.lower() in t.doc[t.left_edge.i : t.right_edge.i + 1].text.lower():
                return True
    return False


def resolve_speaker(span: Span, known_people: dict[str, str] | None = None) -> Speaker:
    """Resolve a speaker phrase to a person, an organisation and a party.

    Args:
        span: the speaker's tokens.
        known_people: surname -> full name of people already named in the article
            ("Mr Peskov" -> "Dmitry Peskov").
    """
    lex = lexicon.load()
    core = _core(span)
    core_ids = {t.i for t in core}
    text = _possessives("".join(t.text_with_ws for t in core).strip())  # "Britain-based" stays one word
    person = None
    spoken_for = None  # "an Assad spokesman": whose side a role speaks for, not who speaks
    modifier = False  # a name only modifies the common noun the phrase is about ("the staunch Assad ally")
    persons = [ent for ent in span.ents if ent.label_ == "PERSON" and ent.start in core_ids]
    if persons:
        # the name the phrase is about (its head), else the first one that is not a modifier
        person = next((e.text for e in persons if e.start <= span.root.i < e.end), None)
    # a name modifying the common noun that heads a phrase with an article ("Assad" in "an
    # Assad spokesman", "the staunch Assad ally"; but "Mohammad al-Shaar Syria's interior
    # minister" is the minister)
    named_mods = [t for t in span.root.children if t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN"] \
        if span.root.pos_ == "NOUN" and span[0].lower_ in ("a", "an", "the") else []
    roles = lex.roles | TITLES
    appos = [c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "PROPN"] \
        if span.root.pos_ == "NOUN" and span.root.lower_ in roles else []
    if person is None and appos:
        # "the ministry spokesman Major General Igor Konashenkov": the name after the role
        names = [t for t in appos[0].subtree if t.is_title and t.lower_ not in TITLES and t.pos_ == "PROPN"]
        person = " ".join(t.text for t in names) or None
        named_mods = []
    if persons and person is None:
        modifier = any(e.root in named_mods for e in persons)
        if not modifier:
            person = persons[0].text
    elif not persons and named_mods and span.root.lower_ in roles:
        modifier = True  # "an Assad spokesman", the name tagged as an organisation
    if modifier and span.root.lower_ in roles:
        spoken_for = named_mods[-1].text if named_mods else None
    if person is None and not modifier and core[0].lower_ != "the":
        # "Mr Peskov": a title and a capitalised name the model did not tag (not "the General Staff")
        toks = [t for t in core if t.is_title and t.lower_ not in TITLES and t.pos_ == "PROPN"]
        if toks and any(t.lower_ in TITLES for t in core):
            # (the name right after the last title, not the body's before it: "Foreign and
            # Expatriates Ministry Spokesman Jihad Makdissi"; else the name before it: "Rojhat
            # Khalil a spokesman for the Kurdish Peoples Protection Units")
            last_title = max(t.i for t in core if t.lower_ in TITLES)
            ids = {t.i for t in toks}
            after = []
            while last_title + 1 + len(after) in ids:
                after.append(last_title + 1 + len(after))
            person = " ".join(t.text for t in (
                [t for t in toks if t.i in after] or [t for t in toks if t.i < last_title] or toks))
    if person is None and known_people and not modifier:
        # "Marsh said ...", "Marsh: ...": a bare surname of someone named before in the article
        names = [t for t in core if not t.is_punct and t.lower_ not in TITLES]
        if len(names) == 1 and names[0].is_title and names[0].text in known_people:
            person = names[0].text
    if person is None and not modifier:
        # "Trump said": the surname of a known figure the model did not tag as a person
        names = [t for t in core if not t.is_punct and t.lower_ not in TITLES]
        if len(names) == 1 and names[0].is_title and names[0].text in _known_persons():
            person = names[0].text
    if person:
        person = re.sub(r"^(mr|mrs|ms|dr)\.?\s+", "", person, flags=re.IGNORECASE).strip()
        words = person.split()
        office = [i for i, w in enumerate(words[:-1]) if w.lower() in OFFICE_TITLES]
        if office:
            person = " ".join(words[office[-1] + 1 :])  # "Spokesman Ziad Zahreddine" tagged as one name
        if _run_of_surnames(person.split()):
            person = person.split()[-1]  # "Blaming Assad Trump says": the one before the cue speaks
        surname = person.split()[-1]
        if known_people and len(person.split()) == 1 and surname in known_people:
            person = known_people[surname]
    org = actor = None
    kind = "other"
    if spoken_for:
        row = _known_persons().get(spoken_for.split()[-1])
        if row is not None and row.get("actor"):
            org, actor, kind = row["org"], row["actor"], "party"
    if person:
        row = _known_persons().get(person.split()[-1])
        if row is not None:
            # (and a name the model ran into words before it: "Syria Russian Defence Ministry Igor Konashenkov")
            person = row["name"] if len(person.split()) == 1 or len(person.split()) > 3 else person
            org, actor = row["org"], row.get("actor")
            kind = "party" if actor else "source"
    found_org = _longest_alias(text, lex.orgs)
    found_src = _longest_alias(text, lex.sources)
    found_group = _longest_alias(text, _armed_groups())
    if found_group and (not found_org or len(found_group[0]) > len(found_org[0])) and (
        span.root.lower_ in re.split(r"[\s-]+", found_group[0]) or _role_for(core, found_group[0], roles)
    ):
        # an armed group the speaker list does not name, by the name the phrase is headed by:
        # "the Army of Conquest said" is the opposition's, not "the army"'s
        key = found_group[1]
        found_org = (found_group[0], {"name": lex.actor_names.get(key, key), "actor": key})
    if found_src and _envoy_of_a_state(text, lex):
        found_src = None  # "Russia's UN ambassador": Russia speaks, at the UN
    if found_src and (not found_org or len(found_src[0]) >= len(found_org[0])):
        org = org or found_src[1]
        if kind == "other":
            kind = "source"
    elif found_org:
        # (the body the phrase names over the one the person is listed under, when both
        # speak for one party: "Pentagon spokesman John Kirby" before he moved to State)
        named_here = (
            person is not None and org is not None and found_org[1]["actor"] == actor
            and found_org[1]["name"] != lex.actor_names.get(actor)  # (a body, not the whole side: "the Syrian opposition")
            and found_org[0].lower() not in person.lower() and org.lower() not in text.lower()
        )
        org = found_org[1]["name"] if not org or named_here else org
        actor = actor or found_org[1]["actor"]
        kind = "party" if actor else "source"
    if actor is None and kind == "other":
        # "Russian officials", "a Syrian military source": a demonym beside an official role
        # "Syria's defence ministry": a country's possessive works as its demonym
        named = _parties_in(text, lex)
        words = [w for w, _ in named]
        for w, key in named:
            if key and any(r in words for r in lex.roles):
                actor, kind = key, "party"
                org = org or f"{lex.actor_names.get(key, key)} officials"
                break
    if actor is None and kind == "other" and not person:
        state = _country_speaking(core)
        if state is not None:
            org, actor, kind = lex.actor_names.get(state, state), state, "party"  # "Syria denied": its government
    if actor is None and kind == "other":
        office = _local_office(core)
        if office is not None:
            org, actor, kind = office[0], office[1], "party"
    if kind == "other" and person and any(t.lower_ in lex.roles for t in core):
        kind = "official"
    if person and org and set(person.lower().split()) <= set(org.lower().split()):
        person = None  # words of the body's own name, no one's ("Turkish General Staff said", "The Observatory" tagged a name)
    return Speaker(span.text, person, org, actor, kind, span.start_char, span.end_char)


ANONYMOUS_SOURCES = frozenset({"source", "sources", "official", "officials"})


def _told_to_its_outlet(speaker: Speaker, span: Span, cue: Token) -> Speaker:
    """An unnamed source who tells a party's own outlet speaks for that party: "a military
    source told SANA" is the Syrian government's (speakers.jsonl outlets); not a named
    person, and not one whose side or body the phrase already gives ("a civil defence
    official told Anadolu")."""
    if speaker.actor is not None or speaker.kind == "source" or speaker.person or span.root.lower_ not in ANONYMOUS_SOURCES:
        return speaker
    lex = lexicon.load()
    heard = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    heard += [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    for t in heard:
        actor = lex.outlets.get(t.lower_) or lex.outlets.get(" ".join(x.lower_ for x in t.subtree if x.dep_ != "det"))
        if actor:
            return replace(speaker, org=speaker.org or f"{lex.actor_names.get(actor, actor)} source", actor=actor, kind="party")
    return speaker


def _local_office(core: list[Token]) -> tuple[str, str] | None:
    """A local office of a state named for its place ("Homs Governor", "a source at Hama
    Police Command", "Kilis Deputy Governor", "the governor of Idlib"; speakers.jsonl
    state_role): the office, and the party the place's state is, when it is one."""
    from .places import Gazetteer

    lex = lexicon.load()
    role = next((t for t in core if t.lower_ in lex.state_roles), None)
    if role is None:
        return None
    doc = role.doc

    def a_name(t: Token) -> bool:  # (NER may take "Kilis Deputy Governor Ahmet Yalcin" for one person)
        # (a sentence's first word may be tagged a common noun: "Homs Governor Nizar Haddad told")
        return t.pos_ in ("PROPN", "NOUN") and t.is_title and t.lower_ not in TITLES and t.lower_ not in lex.roles

    ids = {t.i for t in core}
    before = [t for t in core if t.i < role.i and a_name(t)]
    if before and role.i - before[-1].i <= 2:
        place_tok, start = before[-1], before[-1].i  # "Hama Police Command", "Kilis Deputy Governor"
    elif role.i + 2 in ids and doc[role.i + 1].lower_ == "of" and a_name(doc[role.i + 2]):
        place_tok, start = doc[role.i + 2], role.i  # "the governor of Idlib"
    else:
        return None
    place = next((p for p in Gazetteer.default().candidates(place_tok.text) if p.level in ("city", "province")), None)
    if place is None or place.country not in lex.actor_names:
        return None
    end = max(place_tok.i, role.i)
    while end + 1 in ids and doc[end + 1].lower_ in lex.roles | lex.state_roles and doc[end + 1].lower_ not in TITLES:
        end += 1  # "Police Command" (not the rank after it: "Police Commander Major General X")
    return doc[start : end + 1].text, place.country


def _clause_heads(head: Token) -> list[Token]:
    """A clause and the clauses coordinated with it that have subjects of their own."""
    heads = [head]
    for k in head.children:
        if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") and not _is_own_attribution(k) and any(
            x.dep_ in ("nsubj", "nsubjpass") for x in k.children
        ):
            heads.extend(_clause_heads(k))
    return heads


def _statements(cue: Token) -> list[Span]:
    """The separate statements a cue introduces, each as its own span."""
    heads = [h for c in cue.children if c.dep_ in ("ccomp", "xcomp") for h in _clause_heads(c)]
    out = []
    for h in heads:
        others = [o for o in heads if o.i != h.i and o in h.subtree]
        out.append(_subtree_span(h, exclude=others))
    objects = [c for c in cue.children if c.dep_ == "dobj" and heads and c.i < heads[0].i]
    if out and objects:
        first = _subtree_span(objects[0])
        out[0] = cue.doc[first.start : out[0].end]
    return out


# ---------------------------------------------------------------- quotations


def _is_newline(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_


def _quote_role(tok: Token) -> str | None:
    """'open', 'close' or None for a quotation mark, from its glyph and the spaces around it."""
    if tok.text not in QUOTES:
        return None
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    space_before = prev is None or bool(prev.whitespace_) or prev.is_space or prev.text in "([{" or prev.text in DASHES
    space_after = nxt is None or bool(tok.whitespace_) or nxt.is_space or (nxt.is_punct and nxt.text not in QUOTE_OPEN)
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if tok.text in QUOTE_OPEN:
        return "open"
    if tok.text in QUOTE_CLOSE:
        return "close"
    return None


def _paragraph(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds [lo, hi) of the paragraph (line) holding token i."""
    los, his = cached(doc, "paragraphs", lambda: _paragraph_bounds(doc))
    return los[i], his[i]


def _paragraph_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, where its line starts (after a newline) and ends (at a newline space
    token, or after a token followed by a newline)."""
    n = len(doc)
    los = [0] * n
    for i in range(1, n):
        los[i] = i if _is_newline(doc[i - 1]) else los[i - 1]
    his = [n] * n
    for i in range(n - 1, -1, -1):
        t = doc[i]
        if t.is_space and "\n" in t.text:
            his[i] = i
        elif "\n" in t.whitespace_:
            his[i] = i + 1
        elif i + 1 < n:
            his[i] = his[i + 1]
    return los, his


def _signed_close(tok: Token) -> bool:
    """A closing quotation mark and a dash tokenised as one: '”―' of '“We will win.”― Jane Doe'."""
    return len(tok.text) == 2 and tok.text[0] in QUOTES and tok.text[1] in DASHES


def _quotations(doc: Doc, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """(open, close) token indices of the quotations in doc[lo:hi]; an unclosed one ends with the paragraph."""
    return cached(doc, f"quotations {lo} {hi}", lambda: tuple(_find_quotations(doc, lo, hi)))


def _find_quotations(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    pairs = []
    start = None
    outer = None  # a quotation with one inside it: “... what he calls “hell” than ...”
    resumed = False  # start is such an outer quotation, going on after the inner one
    for t in doc[lo:hi]:
        if start is not None and _signed_close(t):
            pairs.append((start, t.i))  # '”―' as one token: the quotation closes in it
            start, outer, resumed = outer, None, outer is not None
            continue
        role = _quote_role(t)
        if t.text not in QUOTES:
            continue
        if start is None:
            if role == "open" or (role is None and t.text in QUOTE_EITHER):
                start, resumed = t.i, False
        elif role == "close" or (role is None and t.text in QUOTE_EITHER):
            pairs.append((start, t.i))
            start, outer, resumed = outer, None, outer is not None  # the outer quotation goes on
        elif role == "open":
            # another opening mark: a quotation inside this one, or this one was a stray mark
            outer, start, resumed = start, t.i, False
    if resumed:
        start = None  # an outer quotation never closed: a stray mark after all
    if start is not None:
        # left open at the paragraph's end: a quotation carried on into the next paragraph,
        # which opens with a quotation mark again (otherwise a stray mark, ignored)
        nxt = hi
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        end = hi - 1
        while end > start and doc[end].is_space:
            end -= 1
        if end > start + 1 and nxt < len(doc) and doc[nxt].text in QUOTES and _quote_role(doc[nxt]) != "close":
            pairs.append((start, end))
    return pairs


def _widen_to_quotes(content: Span, cue: Token, speaker: tuple[int, int]) -> Span:
    """The content, widened to the whole of any quotation it runs into (not one holding the cue)."""
    doc = content.doc
    lo, hi = content.start, content.end
    plo, phi = _paragraph(doc, cue.i)
    plo = min(plo, _paragraph(doc, lo)[0])
    phi = max(phi, _paragraph(doc, max(lo, hi - 1))[1])
    for o, c in _quotations(doc, plo, phi):
        if o <= cue.i <= c or (speaker[0] < c + 1 and o < speaker[1]):
            continue
        if o < hi and lo <= c:  # overlaps
            lo = min(lo, o)
            hi = max(hi, c + 1)
    return doc[lo:hi]


def _adjacent_quote(cue: Token, speaker: tuple[int, int]) -> Span | None:
    """A quotation right before the speaker and cue ('“...,” he said') or right after them ('he said: “...”')."""
    doc = cue.doc
    first, last = min(cue.i, speaker[0]), max(cue.i, speaker[1] - 1)
    plo, phi = _paragraph(doc, cue.i)
    # a quotation may close the paragraph before ('“...”\n he said') or open the next one
    qlo = _paragraph(doc, plo - 1)[0] if plo > 0 else plo
    qhi = _paragraph(doc, phi)[1] if phi < len(doc) else phi
    pairs = _quotations(doc, qlo, qhi)
    i = first - 1
    while i >= qlo and (doc[i].is_space or doc[i].text in (",", ":")):
        i -= 1
    for o, c in pairs:
        if c == i:
            return doc[o : c + 1]
    j = last + 1
    while j < qhi and (doc[j].is_space or doc[j].text in (",", ":")):
        j += 1
    for o, c in pairs:
        if o == j:
            return doc[o : c + 1]
    return None


# ---------------------------------------------------------------- verb cues


def _subject_control(verb: Token) -> bool:
    """Whether the subject of ``verb`` is the one who does what its infinitive says: "went on
    to say", "hastened to add"; not "urged the council to condemn", "called on X to say"."""
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
        for c in verb.children
    )  # "called on X to say", but "tweeted on Friday to say"


def _targets_its_object(verb: Token) -> bool:
    """A cue whose object is whom it blames, praises or addresses ("blamed the army",
    "warned residents"), not someone it reports speaking ("quoted soldiers saying")."""
    if verb.lemma_.lower() not in lexicon.load().cues:
        return False
    frame = _frames().get(verb.lemma_.lower(), {})
    return bool(frame.get("object_prep") or frame.get("object") == "addressee" or frame.get("needs_content")
                or frame.get("kind") in ("evaluation", "request"))


# nouns that name a speaking body when the parse runs them into the clause before the cue
SPEAKER_NOUNS = {"agency", "organisation", "organization", "observatory", "monitor", "group", "office", "committee", "council", "coalition"}


# contrastive words join clauses, seldom nouns: "corridors but residents" is two clauses run together
CONTRASTIVE = {"but", "while", "yet", "whereas"}


def _stranded_subject(tok: Token) -> list[Token]:
    """"Moscow reported civilians had fled but residents dismissed the reports": the parse
    ran the second clause's subject into the first, and the conjoined cue looked like
    Moscow's. The nouns between the coordinating word and the cue are its subject."""
    if tok.dep_ != "conj" or tok.head.i >= tok.i:
        return []
    doc = tok.doc
    k = tok.i - 1
    while k > tok.head.i and doc[k].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[k].head.i == tok.i:
        k -= 1  # "but residents have since dismissed"
    cc = None
    for j in range(k, max(tok.head.i, k - 10), -1):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_punct:
            break
        if doc[j].dep_ == "cc" and doc[j].lower_ in CONTRASTIVE:
            cc = j  # the farthest back: "but residents and rebels", not "and rebels"
    if cc is None or cc == k:
        return []
    between = doc[cc + 1 : k + 1]
    # the noun heads there whose own head lies outside (the parse hung them on the clause before)
    return [t for t in between if t.pos_ in ("NOUN", "PROPN", "PRON") and not (cc < t.head.i <= k) and t.head.i != tok.i]


CONTRAST_CONJUNCTIONS = frozenset({"while", "whilst", "whereas"})


def _contrast_clause_subject(head: Token, verb: Token) -> Token | None:
    """"X were killed whilst a coalition source did not deny ...": the parser reads "whilst"
    as a preposition with the source as its object and hangs the second verb on the first;
    the source is that verb's subject, not the first verb's."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in CONTRAST_CONJUNCTIONS and head.i < child.i < verb.i:
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.i < verb.i), None)
            if obj is not None:
                return obj
    return None


def _subjects(tok: Token) -> list[Token]:
    """The subject of a cue, or of the verb a subjectless cue hangs on."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj:
        return subj
    if tok.dep_ == "acl" and (tok.tag_ == "VBG" or any(c.dep_ == "ccomp" for c in tok.children)) and tok.head.pos_ in ("NOUN", "PROPN"):
        # "the Defence Ministry announcing strikes"; "The outlet reported that ..." misparsed as a participle
        head = tok.head
        if head.lemma_.lower() in MESSAGES and head.dep_ in ("dobj", "pobj"):
            # "X issued a statement saying ...": X said it
            verb = head.head if head.dep_ == "dobj" else head.head.head
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if subj:
                return subj
        if head.dep_ == "dobj" and _targets_its_object(head.head):
            # "the opposition blamed Assad's forces saying ...": the one who blames says it
            subj = [c for c in head.head.children if c.dep_ == "nsubj"]
            if subj:
                return subj
        return [head]  # "the Defence Ministry announcing strikes"
    stranded = _stranded_subject(tok)
    if stranded:
        return stranded
    t = tok
    for _ in range(4):
        if t.dep_ == "xcomp" and t.head.pos_ == "ADJ" and t.head.dep_ == "acomp":
            h = t.head.head  # "X was reluctant to endorse ...", "X was eager to talk about ..."
        elif t.dep_ == "conj" or t.dep_ == "advcl" and t.tag_ == "VBG" or t.dep_ == "xcomp" and _subject_control(t.head):
            # "X arrived and said ...", "X rejected the report, saying ...", "X went on to say ..."
            h = t.head
        elif t.dep_ == "advcl" and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and _subject_control(t.head):
            h = t.head  # a purpose: "X met last week to discuss ...", "X flew in to tell voters ..."
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep":
            h = t.head.head  # "quoted as saying"
        elif t is not tok and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i:
            return [t.head]  # "Trump, who ..., tweeted on Friday to say": the subject parsed as the root
        else:
            break
        if h.i == t.i or h.pos_ not in ("VERB", "AUX"):
            break
        if t.dep_ == "conj":
            clause_subject = _contrast_clause_subject(h, t)
            if clause_subject is not None:
                return [clause_subject]
        subj = [c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj
        t = h
    # "... in Ghouta leading opposition figure George Sabra said": punctuation lost, the name
    # right before the cue was parsed into the clause; the named entity ending there speaks
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].dep_ in ("aux", "auxpass") and doc[k].head.i == tok.i:
        k -= 1  # "... UNICEF has said"
    if k >= 0 and doc[k].text == ")":
        # "the United Nations children's agency (UNICEF) has said": the name before the brackets
        opening = next((j for j in range(k - 1, max(-1, k - 8), -1) if doc[j].text == "("), None)
        k = opening - 1 if opening is not None else k
    prev = doc[k] if k >= 0 else None
    speaks = prev is not None and (
        prev.ent_type_ in ("PERSON", "ORG", "NORP") or prev.lemma_.lower() in lexicon.load().roles or prev.lemma_.lower() in SPEAKER_NOUNS
    )
    if speaks and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children):
        return [prev]
    if speaks and tok.dep_ == "advcl" and tok.head.i < tok.i and tok.head.pos_ == "VERB" and not any(c.dep_ in ("mark", "advmod") for c in tok.children):
        # "A warplane struck the market [,] official Omar Haddad told Reuters": the cue
        # hangs on the statement as a clause of its own, its speaker parsed into the statement
        return [prev]
    return []


HEADLINE_SPEAKER_WORDS = 6  # "..., Syrian Observatory for Human Rights Says"


def _headline_speaker(subjects: list[Token], cue: Token) -> Span | None:
    """"US-Led Coalition Strike Kills 15 Civilians in Mayadin, SANA Says": in a headline the
    parse runs the event into the subject; who speaks is the capitalised name between the
    last comma and the capitalised cue."""
    doc = cue.doc
    if not cue.is_title or cue.i == 0:
        return None
    k = cue.i - 1
    while k > 0 and cue.i - k <= HEADLINE_SPEAKER_WORDS and doc[k].text != "," and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in ("for", "of", "the")):
        k -= 1
    if doc[k].text != "," or k == cue.i - 1 or not (doc[k + 1].is_title or doc[k + 1].is_upper) or not any(s.left_edge.i < k for s in subjects):
        return None
    return doc[k + 1 : cue.i]


def _speaker_span(subjects: list[Token], cue: Token) -> Span | None:
    doc = cue.doc
    first = subjects[0]
    if first.text in RELATIVE:  # lower case: "WHO said" is the organisation
        if cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _speaker_phrase(cue.head, cue)  # "the mayor, who said ...", "those who said ..."
        return None
    prev = doc[cue.i - 1] if cue.i > 0 else None
    if first.pos_ == "VERB" and first.tag_ in ("VBN", "VBD") and prev is not None and prev.pos_ in ("NOUN", "PROPN") \
            and first.left_edge.i <= prev.i and prev.dep_ == "pobj" and cue.is_title and prev.is_title:
        # a headline's event parsed as the subject ("15 Medics Killed in Airstrikes on Hospital
        # in Aleppo Syrian Coalition Describes ..."): who speaks is the name right before the cue
        return doc[prev.left_edge.i : prev.i + 1]
    told = _headline_speaker(subjects, cue)
    if told is not None:
        return told
    spans = sorted((_speaker_phrase(s, cue) for s in subjects if s.text not in RELATIVE), key=lambda s: s.start)
    # a quotation parsed as a subject ('“Full panic,” said X') is what was said, not who said it
    spans = [s for s in spans if not any(t.text in QUOTES for t in s)] or spans[-1:]
    # "Bebars Mishal, a civil defence service volunteer said": an apposition parsed as two subjects
    keep = [spans[0]]
    for s in spans[1:]:
        gap = doc[keep[-1].end : s.start]
        # (or a role run into the name: "A spokesman for the YPG (Kurdish) Nouri Mahmoud denied")
        if all(t.text in (",", ")") or t.is_space for t in gap):
            keep[-1] = doc[keep[-1].start : s.end]
        else:
            keep.append(s)
    best = min(keep, key=lambda s: min(abs(s.start - cue.i), abs(s.end - 1 - cue.i)))
    if best.start < cue.i < best.end:
        # a subject does not run on past its verb: what follows is a misparse
        hi = cue.i
        while hi > best.start + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        best = doc[best.start : hi]
    return best


SPEAKER_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")


def _appositive_speaker(cue: Token, sent: Span) -> Span | None:
    """"As part of his plea, Omar Haddad, 44, said that ...": a name, its apposition and
    the cue, each set off by commas, which the parse did not join (it hung the name on the
    phrase before). The speaker is the first name of the clause that opens after a comma
    (or the sentence) and is followed by one, up to the comma before the cue."""
    doc = cue.doc
    if cue.i - 1 <= sent.start or doc[cue.i - 1].text != "," or not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    i = sent.start
    while i < cue.i - 1:
        t = doc[i]
        if t.text in (";", ":", ".") or _quote_role(t) is not None:
            return None
        if t.ent_iob_ == "B" and t.ent_type_ in SPEAKER_ENTITIES:
            end = i + 1
            while end < cue.i and doc[end].ent_iob_ == "I":
                end += 1
            lo = i
            while lo > sent.start and doc[lo - 1].pos_ == "PROPN":
                lo -= 1  # "Mr. Haddad", "Senator Lena Ruiz"
            opens = lo == sent.start or doc[lo - 1].text == ","
            if opens and end <= cue.i - 1 and doc[end].text == ",":
                return doc[lo : cue.i - 1]
            i = end
            continue
        i += 1
    return None


TRAILING_SPEAKER_NOUNS = ANONYMOUS_SOURCES | {"spokesman", "spokeswoman", "correspondent", "reporter", "witness", "activist", "resident", "monitor"}


def _trailing_speaker(cue: Token, sent: Span) -> Span | None:
    """"..., injuring three others, a source in Quneitra province told SANA": a source set
    off by a comma right before its cue, which the parse hung on the words before it as an
    apposition and left the cue without a subject."""
    doc = cue.doc
    if cue.i - 1 > sent.start and doc[cue.i - 1].text == ",":
        return _named_with_title_before(cue, sent)
    told = _source_run_into_the_clause(cue, sent)
    if told is not None:
        return told
    comma = next((j for j in range(cue.i - 1, max(sent.start, cue.i - 20), -1) if doc[j].text == ","), None)
    if comma is None or comma + 1 >= cue.i or comma - sent.start < 4:
        return None
    phrase = doc[comma + 1 : cue.i]
    if any(t.pos_ in ("VERB", "AUX") or _quote_role(t) is not None for t in phrase):
        return None
    head = phrase.root if phrase.root.pos_ in ("NOUN", "PROPN") else next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    # "..., chief of the General Staff Sergei Rudskoy told a briefing", "..., including 22
    # civilians, the Syrian Observatory for Human Rights said Tuesday"
    named = doc[cue.i - 1].ent_type_ in ("PERSON", "ORG")
    # (or one of a list: "..., including a woman, Syrian state media and activists said")
    listed = [head] + [t for t in phrase if t.dep_ == "conj" and t.head.i >= comma] if head is not None else []
    if head is None or not named and not any(t.lemma_.lower() in TRAILING_SPEAKER_NOUNS or t.lower_ in TRAILING_SPEAKER_NOUNS for t in listed):
        return None
    return phrase if head.dep_ == "appos" or head.head.i < comma else None


def _source_run_into_the_clause(cue: Token, sent: Span) -> Span | None:
    """"... in Idlib countryside a military source told SANA": the comma before a trailing
    source lost, the parse made the source an object in the clause before and the cue a
    clause on it. The source is the noun phrase right before the cue (a source's word or a
    name), well into the sentence."""
    doc = cue.doc
    if cue.tag_ != "VBD" or cue.i - 1 <= sent.start:
        return None
    roles = lexicon.load().roles
    if cue.dep_ == "acl":
        source = cue.head
        if source.i != cue.i - 1 or source.dep_ in ("nsubj", "nsubjpass", "ROOT") or not _names_a_source(source):
            return None
    elif cue.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp") or c.dep_ == "dobj" and cue.lemma_.lower() == "say" for c in cue.children
    ):  # (not "said the Observatory": the speaker after the cue)
        # "The ceasefire is being observed in Syria the head of the Russian Center ... said":
        # the cue joined to the clause before, saying nothing after it; the phrase ending right before it speaks, up
        # from its last word to the highest word of it that names a speaker
        t, source = doc[cue.i - 1], None
        while t.pos_ in ("NOUN", "PROPN", "ADP") and t.right_edge.i == cue.i - 1 and t.i != t.head.i:
            if t.pos_ != "ADP" and _speaker_word(t, roles):
                source = t
            if t.dep_ == "conj":
                break  # (a list's last member: "... al-Sakhour civil defense official Ibrahim Abu al-Laith told")
            t = t.head
        if source is None or source.dep_ in ("nsubj", "nsubjpass"):
            return None
    elif cue.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        # "In the nearby Kurdish enclave of Afrin Turkey's army said its jets ...": the comma
        # after an opening phrase lost, the parse ran the speaker into it
        source = doc[cue.i - 1]
        opener = next((c for c in cue.children if c.dep_ == "prep" and c.i == sent.start), None)
        if opener is None or source not in opener.subtree or source.right_edge.i != cue.i - 1 \
                or not _speaker_word(source, roles):
            return None
    else:
        return None
    lo = source.left_edge.i
    if cue.dep_ == "ROOT" and source.pos_ == "PROPN":
        # (a name run into the opening phrase is the name alone: "After examining videos of the
        # atrocities committed by rebels Pillay said")
        lo = source.i
        while lo > sent.start and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text in ("-", "'s", "’s")):
            lo -= 1
    # (not the places or the list the parse ran into its words: "including al-Kalaseh and
    # al-Sakhour civil defence official Ibrahim Abu al-Laith told", "Syria local sources told";
    # but a possessor is the source's own: "Turkey's army")
    cut = [k for k in range(lo, source.i) if doc[k].ent_type_ in ("GPE", "LOC", "FAC") and doc[k].dep_ not in ("poss", "case")
           or doc[k].dep_ in ("cc", "conj", "punct", "prep")]
    if cut:
        lo = cut[-1] + 1
    return doc[lo : cue.i] if lo - sent.start >= 4 else None


def _named_after_a_closing_quote(cue: Token, sent: Span) -> Span | None:
    """'"... not conducting air strikes in Syria" Pentagon spokesman Christopher Sherwood said':
    the comma lost after the quotation, the parse hung the speaker's words on the quoted
    clause. The speaker is the name or role between the closing quotation mark and the cue."""
    doc = cue.doc
    close = next((j for j in range(cue.i - 1, max(sent.start, cue.i - 9), -1) if _quote_role(doc[j]) == "close"), None)
    if close is None or close + 1 >= cue.i or close - sent.start < 4:
        return None
    phrase = doc[close + 1 : cue.i]
    if not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or t.text in ("'s", "-") for t in phrase):
        return None
    roles = lexicon.load().roles | TITLES
    return phrase if any(_names_a_source(t) or t.lower_ in roles for t in phrase) else None


def _quotation_then_channel(cue: Token, sent: Span, sp: Span) -> bool:
    """'"There is no truth to the claims ..." a military source said quoted by Anadolu': the
    sentence opens with a quotation that closes right before the speaker, and what follows
    the cue only says how the words came out ("quoted by", "speaking to"; stance.json
    channel_verbs): the quotation is what was said."""
    doc = cue.doc
    if _quote_role(doc[sent.start]) != "open" or sp.start - 1 <= sent.start or sp.end > cue.i:
        return False
    before = sp.start - 1  # the closing mark, or the comma after it: '..." a source said', '...", a source said'
    if doc[before].is_punct and _quote_role(doc[before]) != "close" and before - 1 > sent.start:
        before -= 1
    if _quote_role(doc[before]) != "close":
        return False
    after = [c for c in cue.children if c.i > cue.i and c.dep_ in ("ccomp", "xcomp", "advcl")]
    channel = lexicon.stance_words("channel_verbs")
    return all(c.tag_ in ("VBN", "VBG") and c.lemma_.lower() in channel and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in after)


def _speaker_word(tok: Token, roles: frozenset[str] | set[str]) -> bool:
    """A word that names who speaks, or a common noun of a role ("official", "spokesman")."""
    return _names_a_source(tok) or tok.pos_ == "NOUN" and tok.lower_ in roles


def _names_a_source(tok: Token) -> bool:
    """A word that names who speaks at the end of a sentence: a person's or a body's name, or
    a source's word ("a military source", "activists", "a resident")."""
    return tok.ent_type_ in ("PERSON", "ORG") or tok.lemma_.lower() in TRAILING_SPEAKER_NOUNS or tok.lower_ in TRAILING_SPEAKER_NOUNS


def _named_with_title_before(cue: Token, sent: Span) -> Span | None:
    """"..., killing two civilians, Naji Mustafa, spokesman for the National Front for
    Liberation, told Enab Baladi": a person and their title, each set off by commas, right
    before a cue left without a subject (the parse hung the name on the words before it)."""
    doc = cue.doc
    commas = [j for j in range(cue.i - 1, max(sent.start, cue.i - 25), -1) if doc[j].text == ","][:3]
    if len(commas) < 3 or commas[2] - sent.start < 4:
        return None
    first, second = doc[commas[2] + 1 : commas[1]], doc[commas[1] + 1 : commas[0]]
    while first and first[0].text in QUOTES:
        first = first[1:]  # '"..., killing four," the head of the media office, X, told'
    if not first or not second or any(t.pos_ in ("VERB", "AUX") and not _word_of_a_name(t) for t in first):
        return None

    def a_name(span: Span) -> bool:
        # (after a rank: "Major General Alexei Bakin")
        words = [t for t in span if not t.is_punct]
        while words and words[0].ent_type_ != "PERSON" and words[0].is_title and words[0].lower_ in lexicon.load().roles:
            words = words[1:]
        return bool(words) and all(t.ent_type_ == "PERSON" or t.text in ("-", "'") for t in words)

    def a_title(span: Span) -> bool:
        role = span.root
        return role.lemma_.lower() in TRAILING_SPEAKER_NOUNS | lexicon.load().roles or role.lower_ in TRAILING_SPEAKER_NOUNS

    # the name, then the title; or the title, then the name ("the head of the SDF media office, Mustafa Bali,")
    if not (a_name(first) and a_title(second) or a_name(second) and a_title(first) and first.root.pos_ == "NOUN"):
        return None
    return doc[first.start : second.end]


def _envoy_of_a_state(text: str, lex) -> bool:
    """The phrase names a state's envoy to a body, by the state's demonym or possessive:
    "Russia's UN ambassador", "the Syrian envoy to the United Nations" (speakers.jsonl
    envoy_role)."""
    named = _parties_in(text, lex)
    if not any(w in lex.envoy_roles for w, _ in named):
        return False
    return any(key in lexicon.actors_of_kind("state") for _, key in named)


def _parties_in(text: str, lex) -> list[tuple[str, str | None]]:
    """The phrase's words, each with the party it names as a demonym or, as a country's
    possessive, as its demonym would ("Russian", "Syria's"; the words _possessives mended:
    "Syrias defence ministry" -> "syria's")."""
    out = []
    for w in re.findall(r"[\w.]+(?:'s)?", text.lower().replace("’", "'")):
        key = lex.demonyms.get(w)
        if key is None and w.endswith("'s"):
            key = lex.actor_aliases.get(w[:-2])
        out.append((w, key))
    return out


def _country_speaking(core: list[Token]) -> str | None:
    """The speaker is a country by its name alone ("Syria denied", "the US said"), and that
    country's state is a party of the actor lexicon: its key."""
    words = [t for t in core if not t.is_punct and t.lower_ != "the"]
    if not words or not all(t.pos_ == "PROPN" or t.is_title or t.is_upper for t in words):
        return None
    after = words[-1].nbor(1) if words[-1].i + 1 < len(words[-1].doc) else None
    if after is not None and after.lower_ in ("based", "-", "led", "backed"):
        return None  # "The UK based Syrian Observatory ... said": where the speaker is, the parse cut short
    from .places import Gazetteer  # (places reads actors, actors are read here)

    name = " ".join(t.text for t in words)
    hit = next((p for p in Gazetteer.default().candidates(name) if p.level == "country"), None)
    if hit is None or hit.country not in lexicon.load().actor_names:
        return None
    return hit.country


def _with_title(span: Span) -> Span:
    """A name cut from the rest of it or from the title run into it when the commas are
    lost: "... in the province local civil defense official Leys al-Faris told" is the
    official Leys al-Faris."""
    doc = span.doc
    lo = span.start
    if doc[lo].ent_type_ in ("PERSON", "ORG"):
        # the whole name: "[the Syrian Observatory for] Human Rights said", parsed apart
        # (not back across a closing quotation mark the model ran into it: 'Houla" Makdissi said')
        while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == doc[lo].ent_type_ and _quote_role(doc[lo - 1]) != "close":
            lo -= 1
    if doc[lo].ent_type_ != "PERSON":
        return doc[lo : span.end] if lo < span.start else span
    if lo > 0 and doc[lo - 1].lemma_.lower() in lexicon.load().roles and doc[lo - 1].pos_ == "NOUN" and doc[lo - 1].i < span.root.i:
        role = doc[lo - 1]
        mods = [c for c in role.children if c.i < role.i and c.dep_ in ("amod", "compound")]
        lo = min([role.i] + [c.left_edge.i for c in mods])
    return doc[lo : span.end] if lo < span.start else span


# what can show, reveal or indicate something with a noun object: records, not people
# ("the poll shows a tight race", but not "rebels showed no sign of leaving")
RECORDS = {"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "figure", "figures",
           "video", "videos", "footage", "image", "images", "picture", "pictures", "photo", "photos", "photograph",
           "analysis", "record", "records", "document", "documents", "result", "results", "statistics", "evidence",
           "research", "investigation", "review", "test", "tests", "map", "maps", "chart", "graph", "count", "tally",
           "average", "averages", "model", "estimate", "estimates", "transcript", "recording", "recordings", "audit",
           "filing", "filings", "email", "emails", "letter", "letters", "memo", "log", "logs", "list", "census"}


def _record_speaks(cue: Token) -> bool:
    """Whether the cue's subject is a record (a poll, a video, a report) rather than a person or group."""
    subjects = _subjects(cue)
    return bool(subjects) and all(s.lemma_.lower() in RECORDS or s.lower_ in RECORDS for s in subjects)


def _object_set_after_as(cue: Token) -> Token | None:
    """"dismissed as fabricated the reports that ...", "rejected as baseless claims that ...":
    the object a denial names after its "as", which the parser hangs under the "as" phrase."""
    for c in cue.children:
        if c.dep_ == "advcl" and c.i == cue.i + 2 and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return next((g for g in c.children if g.dep_ == "dobj"), None)
        if c.dep_ == "prep" and c.lower_ == "as" and c.i == cue.i + 1:
            # (the first object may be the judgement itself: 'rejected as "fake news" reports that ...')
            return next((
                g for g in c.children if g.dep_ == "pobj" and any(
                    a.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
                    for a in g.children
                )
            ), None)
    return None


def _denial_read_as_modifier(cue: Token, frame: dict) -> Token | None:
    """"A military source dismissed as fabricated the reports ...": the parser took the cue
    for a participle modifying the noun before it, but the "as" after it and an object after
    that show the noun's own denial. Returns the object denied, else None."""
    doc = cue.doc
    if frame.get("stance") != "denies" or cue.dep_ != "acl" or cue.head.i != cue.i - 1 or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if cue.i + 2 >= len(doc) or doc[cue.i + 1].lower_ != "as":
        return None
    for t in (cue, doc[cue.i + 2]):
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return obj
    return None


def _object_content(cue: Token, frame: dict) -> Span | None:
    doc = cue.doc
    dobj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if dobj is None and frame.get("stance") == "denies" and frame.get("object", "content") == "content":
        denied = _object_set_after_as(cue)
        if denied is not None:
            return _subtree_span(denied)  # (whatever the tagger took "reports" for)
    oprd = next((c for c in cue.children if c.dep_ == "oprd"), None)
    if frame.get("predicative"):
        # "called the charges a fabrication": the object and what it is called
        if oprd is not None and (dobj is None or dobj.lower_ != "what"):
            first = dobj if dobj is not None and dobj.i < oprd.i else oprd
            return doc[first.left_edge.i : _subtree_span(oprd).end]
        if dobj is not None and any(t.text in QUOTES and t.i > dobj.left_edge.i for t in dobj.subtree):
            # "called the plan “a disaster”" parsed as one phrase: the object and its name
            return _subtree_span(dobj)
        if not frame.get("preps") or dobj is not None:
            return None  # "called a meeting for Friday" is not "called for"
        # "called for an inquiry", "called on X to ...": the prepositional reading below
    if dobj is not None and frame.get("object_prep"):
        # "accused Russia of bombing the hospital", "blamed the rebels for the attack"
        preps = frame["object_prep"] if isinstance(frame["object_prep"], list) else [frame["object_prep"]]
        prep = next((c for c in [*cue.children, *dobj.children] if c.dep_ == "prep" and c.lower_ in preps), None)
        deed = next((t for t in cue.subtree if t.dep_ == "prep" and t.lower_ in preps and t.i > dobj.i
                     and any(c.dep_ == "pcomp" for c in t.children)), None)
        if deed is not None and (prep is None or prep.i < deed.i):
            # "accused the forces of President Assad on Saturday of dropping barrel bombs": the
            # deed told after the party's own "of" (the parse hung it on the day)
            prep = deed
        if prep is not None:
            return doc[dobj.left_edge.i : max(prep.right_edge.i, dobj.right_edge.i) + 1]
    if oprd is not None and dobj is not None:
        return doc[dobj.left_edge.i : _subtree_span(oprd).end]
    if dobj is not None and frame.get("object") == "addressee":
        # "told a news conference that ...": the clause parsed under the addressee
        clause = next((t for t in dobj.subtree if t.dep_ in ("ccomp", "acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)), None)
        if clause is not None:
            return _clause_span(clause)
        after = dobj.right_edge.i + 1
        sent = cue.sent
        if after < sent.end - 1 and doc[after].lower_ == "that" and doc[after].dep_ == "mark" and doc[after].head.i > after:
            # "told SANA that army units targeted ..., and that no civilians were harmed": the
            # parse lost the clause's verb; what follows the "that" to the sentence's end is said
            end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
            return doc[after + 1 : end]
    evidence = frame.get("object") == "evidence" and _record_speaks(cue)
    if (
        dobj is not None
        and (frame.get("object", "content") == "content" or evidence)
        and dobj.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
        and dobj.lower_ not in ("it", "this", "that", "so", "something", "anything", "nothing", "what")
    ):
        return _subtree_span(dobj)
    for clause in cue.children:
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in frame.get("preps", ())), None)
        if clause.dep_ == "advcl" and mark is not None and mark.i == clause.left_edge.i:
            # "called for the council to resign": a for-to clause is the prepositional object
            return doc[mark.i + 1 : _subtree_span(clause).end]
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in frame.get("preps", ()):
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                span = _subtree_span(obj)
                # "called on the council to resign": the one called on and what they are to do
                then = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > obj.i), None)
                return doc[span.start : _subtree_span(then).end] if then is not None else span
    return None


# what a cue in an as-clause may not have if the main clause is what it says: "as she put it",
# "as experts have pointed out" (the main clause is what was said), not "as troops responded
# to an offensive" or "as he told the crowd" (an "as" of time)
AS_COMPLEMENTS = {"dobj", "dative", "iobj", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent"}


def _finite(head: Token) -> bool:
    """A clause with a tense or a complementizer: "saw that the vote was lost", "knows the vote
    was lost", "wonders whether ...", not "saw him leave" (a bare infinitive: perception)."""
    if any(c.dep_ == "mark" for c in head.children) or head.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in head.children)


def _content_of(cue: Token, sent: Span, frame: dict | None = None) -> Span | None:
    frame = frame or {}
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i != cue.i]
    if frame.get("predicative"):
        # "called X Y" (a small clause: "called it a disgrace"); "called on X to ...", "called
        # for ..." are requests, not statements
        clauses = [c for c in clauses if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN", "ADJ") and any(k.dep_ == "nsubj" for k in c.children)]
    elif frame.get("clause") == "finite":
        clauses = [c for c in clauses if c.dep_ == "ccomp" and _finite(c)]  # "agreed that ...", not "agreed to ..."
    if clauses:
        spans = [_clause_span(c) for c in clauses]
        # "denied the country's air force was active": the clause's subject parsed as an object
        if frame.get("object") not in ("addressee", "none"):
            spans += [_subtree_span(c) for c in cue.children if c.dep_ == "dobj" and c.i < min(x.i for x in clauses)]
        return sent.doc[min(s.start for s in spans) : max(s.end for s in spans)]
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i != cue.i and sent.start <= cue.head.i < sent.end:
        told = cue.head
        if all(t.is_punct for t in sent.doc[cue.i + 1 : sent.end]):
            # "Army units targeted the pads and destroyed them a military source said": the
            # words closing the sentence hung on its last verb tell all of it
            while told.dep_ == "conj" and told.head.i < told.i and sent.start <= told.head.i:
                told = told.head
        span = _subtree_span(told, exclude=cue)
        return None if span.start <= cue.i < span.end and len(span) == 1 else span
    obj = _object_content(cue, frame)
    if obj is not None or frame.get("predicative"):
        return obj
    # "As the lawyer put it, the plan is dead", "as experts have pointed out, ...": the cue's
    # clause comments on the main clause, which is what was said
    if (
        cue.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in cue.children)
        and frame.get("kind", STATEMENT) == STATEMENT
        and not any(c.dep_ in AS_COMPLEMENTS and c.lower_ != "it" for c in cue.children)  # not "as troops responded to an attack"
        and sent.start <= cue.head.i < sent.end
    ):
        return _subtree_span(cue.head, exclude=cue)
    # "predicted at the debate that ...", "complained soon after that ...": a that-clause the
    # parser hung on a word after the cue
    # (not the clause of a noun that has one of its own: "responded to reports that ...")
    stray = next(
        (t for t in cue.subtree if t.i > cue.i and t.head.i != cue.i and t.dep_ in ("ccomp", "acl", "advcl")
         and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < t.i for m in t.children)
         and (t.head.pos_ not in ("NOUN", "PROPN") or t.head.lemma_.lower() in MESSAGES | SPEECH_EVENTS)
         and all(a.i == cue.i or a.pos_ not in ("VERB", "AUX") for a in t.ancestors if cue.i <= a.i < t.i)),
        None,
    )
    if stray is not None and not frame.get("quote_only"):
        return _clause_span(stray)
    # "X was carried out, the ministry said" with the main clause as the cue's head
    if cue.dep_ == "ROOT":
        left = [c for c in cue.children if c.dep_ in ("advcl", "conj") and c.i < cue.i]
        if left:
            return _subtree_span(left[0])
    return None


def _nobody(tok: Token) -> bool:
    """A subject that is no one: "nobody", "none", "no group", "no one"."""
    return tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.lower_ in ("nobody", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children)
    )


def asks(tok: Token) -> bool:
    """The verb asks for something ("urged the groups to ...", "call on them to abandon ..."):
    a request cue of data/cues.jsonl, or one whose preposition makes it one."""
    frame = _frames().get(tok.lemma_.lower())
    if frame is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    by_prep = frame.get("prep_kind", {})
    return frame.get("kind") == "request" or any(
        c.dep_ in ("prep", "prt") and by_prep.get(c.lower_) == "request" for c in tok.children
    )


def _word_of_a_name(tok: Token) -> bool:
    """A capitalised word inside the name of an organisation ("Opposing" of "the Center for
    Reconciliation of the Opposing Sides"): no verb of the sentence."""
    return tok.is_title and tok.ent_iob_ == "I" and tok.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT")


def _hedge_aside(tok: Token) -> bool:
    """A participle right after its noun (or a comma) with "to be" after it and no auxiliary
    ("jets, believed to be Russian, ...", "jets believed to be Russian struck", "a man thought
    to be a commander"): a reduced passive that hedges what its noun is."""
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1  # "war jets also believed to be Russian"
    return (
        tok.tag_ in ("VBN", "VBD")
        and k >= 0 and (doc[k].text == "," or doc[k].pos_ in ("NOUN", "PROPN"))
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].lemma_ == "be"
    )


def _verb_attribution(tok: Token, sent: Span, known_people: dict[str, str] | None) -> Attribution | None:
    lex = lexicon.load()
    lemma = tok.lemma_.lower()
    if lemma not in lex.cues or tok.pos_ not in ("VERB", "AUX"):
        return None
    if _word_of_a_name(tok):
        return None  # "the Center for Reconciliation of the Opposing Sides"
    frame = _frames().get(lemma, {})
    if frame.get("particle") and not any(c.dep_ == "prt" and c.lower_ == frame["particle"] for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ in frame.get("preps", ()) for c in tok.children
    ):
        return None  # "point out" or "point to", not "point"
    if frame.get("object_word") and not any(c.dep_ == "dobj" and c.lower_ == frame["object_word"] for c in tok.children):
        return None  # "as she put it", not "put the plan on hold"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in frame.get("not_objects", ()) for c in tok.children):
        return None  # "claiming the lives of two civilians": a death, not a claim
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in NOT_SAYING and tok.i > tok.head.i and tok.tag_ == "VB":
        return None  # "declined to say": the refusal is the attribution ("declined", of its own kind)
    if _hedge_aside(tok):
        return None  # "jets, believed to be Russian, struck": a hedge on the jets, no one speaking
    kind = frame.get("kind", STATEMENT)
    if kind == STATEMENT and any(c.dep_ == "neg" or _nobody(c) for c in tok.children):
        kind = "refusal"  # "did not say whether", "has never claimed", "no group claimed": nothing was said
    by_prep = frame.get("prep_kind", {})
    if by_prep:
        marks = [m for c in tok.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        kind = next((by_prep[c.lower_] for c in [*tok.children, *marks] if c.dep_ in ("prep", "mark") and c.lower_ in by_prep), kind)
    misread = _denial_read_as_modifier(tok, frame)  # "A source dismissed as fabricated the reports"
    # "IS said one of its fighters ...": the group's name read as the verb "is", or hung on the
    # words before it ("carried by its agency Amaq IS said", a comma lost), with no subject
    before = tok.doc[tok.i - 1] if tok.i > sent.start else None
    group_is = before if before is not None and before.text == "IS" and (before.head.i != tok.i or before.dep_ in ("aux", "auxpass")) \
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in tok.children) else None
    passive = group_is is None and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "advcl") and not any(c.dep_ in ("aux", "ccomp") for c in tok.children)
    ) or (tok.tag_ == "VBD" and misread is not None)  # (the same misparse, tagged a past tense)
    content = None
    quote_first = False  # a quotation before its speaker and cue is all that was said
    if passive:
        # "the claim was denied by the ministry", "figures released by the monitor"
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        denied = misread if obj is None else None
        if denied is not None:
            sp, content = _speaker_phrase(tok.head, tok), _subtree_span(denied)
        elif obj is None:
            return None
        else:
            sp = _speaker_phrase(obj)
            content = _content_of(tok, sent, {"object": "none"})
        if content is None:
            said = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if said is not None and said.lower_ not in ("it", "this", "that"):
                content = _subtree_span(said)
            elif tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
                content = _speaker_phrase(tok.head, tok)
    else:
        subjects = [group_is] if group_is is not None else _subjects(tok)
        own_subject = group_is is not None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        trailing = None if own_subject else _trailing_speaker(tok, sent)
        if trailing is None and not own_subject and not subjects:
            trailing = _named_after_a_closing_quote(tok, sent)
        if trailing is None and subjects and all(s.i in _quoted_tokens(sent) for s in subjects):
            # '"There is no truth to the reports ..." a military source said quoted by SANA': the
            # comma lost, the parse gave the cue a subject inside the quotation, which is what was said
            trailing = _named_after_a_closing_quote(tok, sent)
            quote_first = trailing is not None
        if trailing is not None:
            subjects = []  # (not the subject of the clause before it, which the parse lent the cue)
        sp = _speaker_span(subjects, tok) if subjects else _appositive_speaker(tok, sent) or trailing
        if sp is None:
            return None
        # (what a trailing source told is all that comes before it, up to its comma if not lost)
        told_end = sp.start - 1 if sp.doc[sp.start - 1].is_punct else sp.start
        # (unless a clause follows the cue: "In the enclave of Afrin Turkey's army said its jets ...")
        quote_first = quote_first or _quotation_then_channel(tok, sent, sp)
        told_before = quote_first or sp is trailing and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        content = sent.doc[sent.start : told_end] if told_before else _content_of(tok, sent, frame)
        # "... are totally false state news agency SANA said": words the parser gave the
        # speaker's phrase that are not a name go back to what was said
        lo = sp.start
        while lo < sp.end - 1 and (sp.doc[lo].pos_ == "ADV" or sp.doc[lo].pos_ == "ADJ" and sp.doc[lo].is_lower):
            lo += 1
        if lo > sp.start:
            if content is not None and content.end == sp.start:
                content = sp.doc[content.start : lo]
            sp = sp.doc[lo : sp.end]
        sp = _with_title(sp)
    if content is not None and content.start < sp.start < content.end and content.end <= sp.end:
        content = content.doc[content.start : sp.start]  # the speaker's name parsed into the clause before it
    if content is not None and (content.start < sp.end and sp.start < content.end) and not (content.start < sp.start and sp.end < content.end):
        # a content that is (part of) the speaker is a misparse; a clause after the cue is what was said
        content = next((st for st in _statements(tok) if st.start > tok.i), None)
    bounds = (sp.start, sp.end)
    if content is not None:
        content = _widen_to_quotes(content, tok, bounds)
    if frame.get("quote_only") and content is not None and not (content.text[:1] in QUOTES or content.text[-1:] in QUOTES):
        content = None  # "he continued" says something only with a quotation
    if content is None and frame.get("quote", True):
        content = _adjacent_quote(tok, bounds)
    if content is None and not passive and kind == STATEMENT and sp.start - sent.start >= 4 and sp.end <= tok.i and not any(
        c.dep_ == "mark" for c in tok.children  # "the town fell as troops responded to ...": a subordinate clause says nothing of the main one
    ) and not any(
        _says(t) and t.i != tok.i for t in sent.doc[sent.start : sp.start]
    ) and not (
        # "the rebels have maintained momentum": a cue that takes no noun content, used with
        # an object of its own, says nothing of the words before it
        frame.get("object") == "none" and any(c.dep_ == "dobj" for c in tok.children)
    ):
        # "'...' in the village of X early on Tuesday the ministry said in a statement": the
        # parser left the cue without a clause, but everything before its speaker is what was said
        lo, hi = sent.start, sp.start
        doc = sent.doc
        closes = [t.i for t in doc[lo:hi] if _quote_role(t) == "close"]
        if closes and closes[-1] < hi - 1 and all(t.pos_ == "PROPN" or t.ent_type_ for t in doc[closes[-1] + 1 : hi]):
            # '"..." U.S. Air Force Colonel John Dorrian a coalition spokesman told': the name
            # between the quotation and the cue is the speaker's, run into it without commas
            sp, hi = doc[closes[-1] + 1 : sp.end], closes[-1] + 1
            bounds = (sp.start, sp.end)
        while hi > lo + 1 and (doc[hi - 1].is_punct and _quote_role(doc[hi - 1]) != "close" or doc[hi - 1].is_space):
            hi -= 1
        content = _widen_to_quotes(doc[lo:hi], tok, bounds)  # a quotation opened sentences before
    if content is None and frame.get("needs_content"):
        return None
    # a clause of the speaker's own phrase is not what was said ("X, a lawyer helping ..., said")
    statements = [st for st in _statements(tok) if (st.end <= bounds[0] or st.start >= bounds[1]) and not quote_first]
    if len(statements) > 1 and content is not None and content.start < statements[0].start and content.start < sent.start:
        # '"The car exploded at the checkpoint. Eight of our fighters were martyred and the
        # attack was repelled," X said': the quotation's sentences before the split one are said too
        lo = content.start + 1 if content.doc[content.start].text in QUOTES else content.start
        hi = statements[0].start
        while hi > lo and (content.doc[hi - 1].is_space or content.doc[hi - 1].is_punct and content.doc[hi - 1].text not in ".!?"):
            hi -= 1
        if hi > lo:
            statements = [content.doc[lo:hi]] + statements
    more = _continuations(content, tok, bounds, sent) if content is not None else []
    if more:
        statements = (statements if len(statements) > 1 else [content]) + more
    speaker = _told_to_its_outlet(resolve_speaker(sp, known_people), sp, tok)
    relative = next((s for s in _subjects(tok) if s.text in RELATIVE), None) if not passive and tok.dep_ == "relcl" else None
    if relative is not None:
        # "the mayor, who said ...": the source is "who", the mayor
        speaker = replace(speaker, text=relative.text, start=relative.idx, end=relative.idx + len(relative.text), ref_start=speaker.start, ref_end=speaker.end)
    stance = "denies" if _judged_false(tok) else lex.cues[lemma]
    return Attribution(tok, speaker, content, stance, tuple(statements) if len(statements) > 1 else (), kind)


def _judged_false(cue: Token) -> bool:
    """"Syria described the reports as completely untrue", "called the claims fabricated
    lies": what was said is judged false by the cue's own complement (stance.json
    denial_words after "as", or as its object's complement)."""
    denial = lexicon.stance_words("denial_words")
    for c in cue.children:
        if c.dep_ not in ("advcl", "acomp", "oprd", "advmod", "prep", "ccomp", "xcomp"):
            continue
        words = list(c.subtree)
        if words[0].lower_ != "as" and c.dep_ != "oprd":
            continue
        if any(w.lower_ in denial or w.lemma_.lower() in denial for w in words[:4]):
            return True
    return False


def _continuations(content: Span, cue: Token, speaker: tuple[int, int], sent: Span) -> list[Span]:
    """Quotations that carry on a quoted content: '“A,” he said, “B.”' and '“A,” he said. “B.”'.

    A quotation continues the speaker's words when it follows the cue's clause with nothing
    but punctuation between, or opens the next sentence (the cue's sentence naming no other
    cue), and when no words outside quotation marks follow it in its own sentence (those
    would be its own attribution: '“B,” she said').
    """
    doc = cue.doc
    if not (content.text[:1] in QUOTES or content.text[-1:] in QUOTES or (content.end < len(doc) and doc[content.end].text in QUOTES)):
        return []
    plo, phi = _paragraph(doc, cue.i)
    nhi = _paragraph(doc, phi)[1] if phi < len(doc) else phi
    pairs = [*_quotations(doc, plo, phi), *_quotations(doc, phi, nhi)]
    anchor = max(content.end, cue.i + 1, speaker[1])
    rest = [t for t in doc[anchor : sent.end] if not t.is_space]
    out: list[Span] = []
    # in the same sentence, right after the cue's clause
    j = anchor
    while j < sent.end and (doc[j].is_space or doc[j].is_punct and doc[j].text not in QUOTES):
        j += 1
    nxt = next((p for p in pairs if p[0] == j), None)
    if nxt is None:
        if any(_says(t) or t.lower_ == "according" for t in rest):
            return []
        j = sent.end
        while j < nhi and doc[j].is_space:
            j += 1
        nxt = next((p for p in pairs if p[0] == j), None)
    while nxt is not None:
        o, c = nxt
        tail_sent = doc[c].sent
        after = [t for t in doc[c + 1 : tail_sent.end] if not t.is_space]
        if any(not t.is_punct for t in after) or o <= cue.i <= c:
            break
        out.append(doc[o : c + 1])
        j = c + 1
        while j < len(doc) and (doc[j].is_space and "\n" not in doc[j].text or doc[j].is_punct and doc[j].text not in QUOTES):
            j += 1
        nxt = next((p for p in pairs if p[0] == j), None)
    return out


# ---------------------------------------------------------------- other forms


def _according_to(tok: Token, sent: Span, known_people: dict[str, str] | None) -> Attribution | None:
    doc = sent.doc
    if not (tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to"):
        return None
    objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
    if not objs:
        return None
    sp = _speaker_phrase(objs[0])
    lo = tok.i
    content_toks = [t for t in sent if not (lo <= t.i < sp.end) and not t.is_punct and not t.is_space]
    content = doc[content_toks[0].i : content_toks[-1].i + 1] if content_toks else None
    if content is not None:
        content = _widen_to_quotes(content, tok, (sp.start, sp.end))
    return Attribution(tok, resolve_speaker(sp, known_people), content, "asserts")


def _record_prep(tok: Token, sent: Span, known_people: dict[str, str] | None) -> Attribution | None:
    """"In a new poll, the senator leads by six points", "the senator has a lead in the latest
    survey": a record (a poll, a survey) as the source of the clause its phrase belongs to."""
    row = _record_preps().get(tok.lower_)
    if row is None or tok.dep_ != "prep":
        return None
    nouns, kind = row
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in nouns and obj.lower_ not in nouns:
        return None
    if obj.tag_ in ("NNS", "NNPS") and all(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return None  # "leads in the polls": polls in general, the reporter's summary, not a record cited
    head = tok.head
    if head.pos_ in ("NOUN", "PROPN", "NUM") and head.dep_ in ("dobj", "attr", "npadvmod", "oprd"):
        head = head.head  # "has a lead in the polls": the clause of the noun the phrase qualifies
    if head.pos_ not in ("VERB", "AUX") or not (sent.start <= head.i < sent.end):
        return None
    if head.lemma_.lower() in lexicon.load().cues or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return None  # "in a poll released Monday, voters said ...": the verb's own attribution
    content = _subtree_span(head, exclude=tok)
    if len(content) < 2:
        return None
    sp = _speaker_phrase(obj)
    return Attribution(tok, resolve_speaker(sp, known_people), content, "asserts", (), kind)


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or _is_newline(doc[i - 1])


def _turns(doc: Doc) -> int:
    """How many lines of the document open with a capitalised speaker label ("HOST:", "MR. SMITH:"):
    the turns of a transcript."""
    labels = re.findall(r"(?:^|\n)[ \t]*[\"\u201c]?([A-Z][A-Z.'\- ]{0,30}[A-Z.])\s*:", doc_text(doc))
    return sum(1 for lab in labels if lab.split()[0].lower() not in LABEL_STOP)


def _colon_label(sent: Span, known_people: dict[str, str] | None) -> Attribution | None:
    """"Peskov: no strikes on Aleppo" (a headline) or "WALLACE: ..." (a transcript turn)."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if not words or not _line_start(doc, words[0].i):
        return None
    if words[0].text in QUOTES:
        words = words[1:]  # a transcript quoted whole: '"WALLACE: ...'
    if not words:
        return None
    first = words[0]
    colon = next((t for t in words[1:7] if t.text == ":"), None)
    if colon is None:
        return None
    label = doc[first.i : colon.i]
    if any(t.is_punct and t.text not in (".", "'", "\u2019") for t in label) or not any(t.is_alpha for t in label):
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ") for t in label) and not label.text.isupper():
        return None
    if label[0].lower_ in LABEL_STOP or label.text.lower() in LABEL_STOP:
        return None
    if any(e.label_ in ("GPE", "LOC", "DATE", "TIME", "FAC", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") for e in label.ents):
        return None
    last = label[-1].text
    named = any(e.label_ == "PERSON" for e in label.ents) or last in (known_people or {}) or last in _known_persons()
    transcript = label.text.isupper() and len(label.text) > 1 and _turns(doc) >= 2
    noun = len(label) <= 2 and label[-1].lower_ in LABEL_NOUNS
    if not (named or transcript or noun):
        return None
    # the content: the rest of the line
    end = colon.i + 1
    while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
        end += 1
    lo = colon.i + 1
    while lo < end and (doc[lo].is_space or doc[lo].is_punct and doc[lo].text not in QUOTES):
        lo += 1
    hi = end
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].is_punct and doc[hi - 1].text not in QUOTES and doc[hi - 1].text not in (")",)):
        hi -= 1
    if hi - lo < 2:
        return None
    return Attribution(colon, resolve_speaker(label, known_people), doc[lo:hi], "asserts")


def _dash_signature(tok: Token, sent: Span, known_people: dict[str, str] | None) -> Attribution | None:
    """"“We will win.” ― Jane Doe": a quotation signed with a dash and a name."""
    merged = _signed_close(tok)  # '”―' as one token
    if tok.text not in DASHES and not merged:
        return None
    doc = sent.doc
    i = tok.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not merged and (doc[i].text not in QUOTES or _quote_role(doc[i]) == "open" and doc[i].text not in QUOTE_CLOSE):
        return None
    # the name: capitalised words after the dash, up to a comma, bracket or the line's end
    j = tok.i + 1
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    name = []
    while j < len(doc) and len(name) < 6 and not doc[j].is_space and doc[j].text not in (",", "(", ")", ".", "\u2014", "\u2015", ";", ":"):
        name.append(doc[j])
        if "\n" in doc[j].whitespace_:
            break
        j += 1
    if not name or not name[0].is_title or not all(t.is_title or t.is_punct or t.lower_ in ("de", "van", "von", "al", "bin", "la") for t in name):
        return None
    speaker = doc[name[0].i : name[-1].i + 1]
    plo = _paragraph(doc, i)[0]
    qlo = _paragraph(doc, plo - 1)[0] if plo > 0 and doc[plo].text not in QUOTES else plo
    if merged:
        # the quotation closes inside the dash token
        pairs = [p for p in _quotations(doc, qlo, tok.i + 1) if p[1] == tok.i]
        if not pairs:
            return None
        o = pairs[-1][0]
        return Attribution(tok, resolve_speaker(speaker, known_people), doc[o : tok.i], "asserts")
    pairs = [p for p in _quotations(doc, qlo, i + 1) if p[1] == i]
    if not pairs:
        return None
    o, c = pairs[-1]
    return Attribution(tok, resolve_speaker(speaker, known_people), doc[o : c + 1], "asserts")


def _quoted_tokens(sent: Span) -> set[int]:
    """Indices of the sentence's tokens that lie inside a quotation."""
    doc = sent.doc
    if not any(t.text in QUOTES for t in doc[max(0, sent.start - 200) : min(len(doc), sent.end + 200)]):
        return set()
    lo = _paragraph(doc, sent.start)[0]
    hi = _paragraph(doc, sent.end - 1)[1]
    return {i for o, c in _quotations(doc, lo, hi) for i in range(max(o + 1, sent.start), min(c, sent.end))}


def find_attributions(sent: Span, known_people: dict[str, str] | None = None) -> list[Attribution]:
    """Attribution cues in a sentence with their speakers and content."""
    found: list[Attribution] = []
    label = _colon_label(sent, known_people)
    if label is not None:
        found.append(label)
    quoted = _quoted_tokens(sent)
    for tok in sent:
        if tok.i in quoted:
            continue  # "I think", "they told us" inside a quotation: the quoted speaker's words
        att = (
            _according_to(tok, sent, known_people)
            or _dash_signature(tok, sent, known_people)
            or _record_prep(tok, sent, known_people)
            or _verb_attribution(tok, sent, known_people)
        )
        if att is not None:
            found.append(att)
    return [_cut_before_other_speakers(a, found) for a in found]


def _cut_before_other_speakers(att: Attribution, found: list[Attribution]) -> Attribution:
    """"Moscow reported civilians had fled but residents dismissed the reports": what Moscow
    said ends before the next speaker of the sentence (and the word that joins them)."""
    content = att.content
    if content is None:
        return att
    inside = [
        b.speaker.start for b in found
        if b is not att and content.start_char < b.speaker.start < content.end_char and (b.cue.i >= content.end or _set_against(b))
    ]
    if not inside:
        return att
    doc = content.doc
    hi = content.start
    while hi < content.end and doc[hi].idx < min(inside):
        hi += 1
    while hi > content.start + 1 and (doc[hi - 1].dep_ == "cc" or doc[hi - 1].is_punct or doc[hi - 1].lower_ in CONTRAST_CONJUNCTIONS):
        hi -= 1
    cut = doc[content.start : hi]
    clauses = tuple(c for c in att.clauses if c.start < hi)
    clauses = tuple(doc[c.start : min(c.end, hi)] for c in clauses)
    return replace(att, content=cut, clauses=clauses)


def _set_against(att: Attribution) -> bool:
    """The speaker opens a clause set against what comes before: "Kurdish officials said a car
    bomb exploded at the crossing, while Turkey dismissed the allegation"."""
    doc = att.cue.doc
    first = doc.char_span(att.speaker.start, att.speaker.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return False
    before = doc[first.start - 1]
    return before.lower_ in CONTRAST_CONJUNCTIONS or before.lower_ == "but"


PRONOUNS = {"he", "she", "they", "we", "i", "him", "her", "them"}  # (the object forms: "according to him")
# words for a country's armed forces as a body that speaks: "the army" may refer back to "the Turkish military"
ARMED_FORCES = {"army", "military", "force", "forces", "troop", "troops"}


def _bare_definite_head(att: Attribution) -> Token | None:
    """The head noun of a speaker named only by a definite description ("the army", "the
    ministry", "the group"): no name, no nationality, nothing but "the" and common words."""
    doc = att.cue.doc
    span = doc.char_span(att.speaker.start, att.speaker.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    if " ".join(t.lower_ for t in words[1:]) in lexicon.stance_words("general_staff_names"):
        return words[-1]  # "the General Staff said": a state's armed forces, told as a body
    if any(t.pos_ == "PROPN" or t.ent_type_ or t.tag_ == "POS" for t in words):
        return None
    root = span.root
    return root if root.pos_ == "NOUN" and root.i == words[-1].i else None


def _antecedent(head: Token, named: list[Speaker], doc: Doc) -> Speaker | None:
    """The speaker a bare definite description refers back to: the last one named with the
    same head noun and every word of the description ("the ministry", "the military
    spokesman" -> "Russia's defence ministry", "the Syrian military spokesman"; but "the
    security sources" are not "activist sources"), else, for the armed forces, the last armed
    forces of a state ("the army" -> "the Turkish military")."""
    lemma = head.lemma_.lower()
    # (its words up to the head: "the source dismissed as fabricated ..." hangs the cue on the noun)
    words = {t.lemma_.lower() for t in head.subtree if not t.is_punct and t.lower_ != "the" and t.i <= head.i}
    if head.i > 0 and f"{doc[head.i - 1].lower_} {head.lower_}" in lexicon.stance_words("general_staff_names"):
        lemma, words = "military", {"military"}  # "the General Staff": a state's armed forces
    earlier = []  # (speaker, its head's lemma, its words), the last named first
    for before in reversed(named):
        span = doc.char_span(before.start, before.end, alignment_mode="expand")
        if span is not None and before.org:
            # (its head: the parse's, or the last word when a dateline run into the phrase heads
            # it, "Idlib, SANA - A military source")
            head_word = span[-1] if span.root.pos_ == "PROPN" and span[-1].pos_ == "NOUN" and span[-1].dep_ == "appos" else span.root
            earlier.append((before, head_word.lemma_.lower(), {t.lemma_.lower() for t in span}))
    if lemma in ARMED_FORCES:
        # a country's: a group's army is called by its name ("the Army of Conquest")
        states = lexicon.actors_of_kind("state")
        earlier = [e for e in earlier if e[0].actor in states]
    for before, other, said in earlier:
        if other == lemma and all(_same_stem(w, said) for w in words):
            return before
    if words == {lemma} and lemma in ARMED_FORCES:
        for before, other, _ in earlier:
            if other in ARMED_FORCES:
                return before
    if words == {lemma} and lemma in lexicon.load().roles:
        # "the spokesman added": the last person who spoke for a party and was given that
        # title ("Defense Ministry spokesman Major General Igor Konashenkov ... Konashenkov said")
        for before in reversed(named):
            if before.person and before.actor and _titled(doc.text[: head.idx], before.person, lemma):
                return before
    return None


def _surname(name: str) -> str:
    """A person's last name without its article: "Yasser al-Dalati" -> "dalati"."""
    last = name.split()[-1].lower() if name.split() else ""
    return re.sub(r"^(?:al|el|ad|ar|as|ash|at|az|an)-", "", last)


def _body_of_a_role(att: Attribution, named: list[Speaker]) -> Speaker | None:
    """For a speaker named only as a role of a body told by its common noun ("the head of the
    center", "a spokesman for the ministry"), the last party or source named before whose words
    hold that noun ("the Russian Center for Reconciliation"); else None."""
    doc = att.cue.doc
    span = doc.char_span(att.speaker.start, att.speaker.end, alignment_mode="expand")
    if span is None or att.speaker.org or att.speaker.person or span.root.lower_ not in lexicon.load().roles:
        return None
    body = next((g for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                 for g in c.children if g.dep_ == "pobj"), None)
    if body is None or body.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in body.children) \
            or any(c.pos_ == "PROPN" or c.ent_type_ for c in body.subtree):
        return None
    for before in reversed(named):
        told = doc.char_span(before.start, before.end, alignment_mode="expand")
        if told is not None and before.org and before.kind in ("party", "source") and _same_stem(body.lemma_.lower(), {t.lemma_.lower() for t in told}):
            return before
    return None


def _named_before_by_surname(speaker: Speaker, named: list[Speaker]) -> Speaker | None:
    """"Dalati said", after "Jaish al-Islam spokesman Yasser al-Dalati told ...": a bare last
    name (its article dropped or not) is the person named before in full, with their body."""
    words = speaker.text.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return None
    return next((b for b in reversed(named) if b.person and b.actor and len(b.person.split()) > 1
                 and _surname(b.person) == _surname(speaker.text)), None)


def _titled(text: str, person: str, role: str) -> bool:
    """The text names the person with the role word shortly before the name."""
    at = text.find(person)
    while at >= 0:
        if re.search(rf"\b{re.escape(role)}\b", text[max(0, at - 60) : at].lower()):
            return True
        at = text.find(person, at + 1)
    return False


def _body_named_before(att: Attribution, named: list[Speaker]) -> Speaker | None:
    """The body an official speaks for, told by a bare common noun before their role ("ministry
    spokesman Oleg Vereshchagin", "army spokesman Ali Mayhoub"): the last organisation named
    with that head noun and a party behind it."""
    doc = att.cue.doc
    span = doc.char_span(att.speaker.start, att.speaker.end, alignment_mode="expand")
    if span is None:
        return None
    nouns = {t.lemma_.lower() for t in span if t.pos_ == "NOUN" and t.is_lower and t.dep_ == "compound"}
    if not nouns:
        return None
    for before in reversed(named):
        if before.org and before.actor:
            other = doc.char_span(before.start, before.end, alignment_mode="expand")
            if other is not None and other.root.lemma_.lower() in nouns:
                return before
    # or a body of the speaker list named earlier without speaking ("Russia's Defense Ministry
    # has demanded answers ..."): the last one whose name ends in that noun
    lex = lexicon.load()
    text = doc.text[: att.speaker.start].lower()
    found = [(at, alias, row) for alias, row in lex.orgs.items()
             if row.get("actor") and alias.split()[-1] in nouns and (at := text.rfind(alias)) >= 0]
    if not found:
        return None
    at, alias, row = max(found, key=lambda f: (f[0], len(f[1])))
    return Speaker(alias, None, row["name"], row["actor"], "party", at, at + len(alias))


STEM = 5  # letters two words of one stem share ("terror" group, "terrorist" group)


def _same_stem(word: str, words: set[str]) -> bool:
    """The word, or one of its stem ("terror" and "terrorist"), is among the words."""
    return word in words or len(word) >= STEM and any(len(w) >= STEM and w[:STEM] == word[:STEM] for w in words)


def _same_speaker_as(sp: Speaker, other: Speaker) -> Speaker:
    """The phrase ``sp`` resolved to the speaker ``other`` it refers to."""
    return replace(sp, person=other.person, org=other.org, actor=other.actor, kind=other.kind)


STATEMENT_BACK_REFERENCES = {"the statement", "the communique", "the communiqu\u00e9"}


def resolve_pronouns(found: list[Attribution], previous: Speaker | None, named: list[Speaker] | None = None) -> tuple[list[Attribution], Speaker | None]:
    """Give "he added" the speaker last named; returns the attributions and the new last speaker.

    "It said" (or "the statement said") takes the last speaker only when that was an
    organisation (not a person).
    "The army said" after "The Turkish military said" is the Turkish military: a speaker
    named by a bare definite description is the last one named (in ``named``, the article's
    speakers so far, which this extends) whose head is the same noun, or, for a force noun
    ("army", "military", "troops"), the last armed forces of a state.
    """
    out = []
    for att in found:
        low = att.speaker.text.lower()
        if low in PRONOUNS or low == "it" or low in STATEMENT_BACK_REFERENCES:
            # ("the statement said": the statement of the organisation named last, as "it said")
            if previous is not None and (low in PRONOUNS or previous.person is None and previous.org):
                att = replace(att, speaker=_same_speaker_as(att.speaker, previous))
        else:
            head = _bare_definite_head(att) if named else None
            before = _antecedent(head, named, att.cue.doc) if head is not None else None
            body = _body_of_a_role(att, named) if named and before is None else None
            if before is not None:
                att = replace(att, speaker=_same_speaker_as(att.speaker, before))
            elif body is not None:
                # "the head of the center said": the one who speaks for the centre named before
                att = replace(att, speaker=replace(att.speaker, org=body.org, actor=body.actor, kind=body.kind))
            elif named is not None and att.speaker.actor is None and att.speaker.kind in ("official", "other"):
                # "Bakin said": the person named before in full, with the body they speak for;
                # else "ministry spokesman Oleg Vereshchagin"
                body = next((b for b in reversed(named) if att.speaker.person and b.person == att.speaker.person and b.actor), None)
                body = body or _named_before_by_surname(att.speaker, named)
                body = body or _body_named_before(att, named)
                if body is not None:
                    att = replace(att, speaker=replace(att.speaker, org=body.org, actor=body.actor, kind=body.kind))
            previous = att.speaker
            if named is not None:
                named.append(att.speaker)
        out.append(att)
    return out, previous


def _subject_speaker(sent: Span, known_people: dict[str, str] | None) -> tuple[Token, Speaker] | None:
    """The subject of a sentence's main verb, read as a speaker would be."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj, resolve_speaker(_speaker_phrase(subj), known_people)


def named_as_subject(sent: Span, known_people: dict[str, str] | None, outlet: str | None, filed_in: str | None = None) -> Speaker | None:
    """The subject of a sentence that reports no speech, as a speaker a later one refers
    back to: an organisation ("Syrian state television gave a different account"), for a
    following "It said"; or a person named in full with the body they speak for ("Foreign
    Ministry spokesman Jihad Makdissi held a press conference"), read as the office of the
    outlet's state (as ``of_the_outlet_state``), for a later "Makdissi said"."""
    found = _subject_speaker(sent, known_people)
    if found is None:
        return None
    subj, sp = found
    if sp.org and not sp.person and sp.kind in ("party", "source"):
        return sp
    if sp.person and len(sp.person.split()) >= 2 and (sp.org or sp.kind == "official"):
        return speaker_of_the_outlet_state(sp, subj, outlet, filed_in)
    return None


def _run_of_surnames(words: list[str]) -> bool:
    """"Assad Trump": known surnames run together (a headline's lost comma), no one's name."""
    surnames = _known_persons()
    return len(words) > 1 and all(w in surnames for w in words)


def people_named(doc: Doc) -> dict[str, str]:
    """Surname -> full name for every multi-word PERSON in the document."""
    people: dict[str, str] = {}
    for ent in doc.ents:
        words = ent.text.split()
        if ent.label_ == "PERSON" and len(words) >= 2 and not _run_of_surnames(words):
            people.setdefault(words[-1], ent.text)
    return people
