"""Who said what: attribution cues, their speakers and their content, from the parse.

"East Aleppo has not been bombed for 28 days, Kremlin spokesperson Dmitry Peskov said on
Wednesday" gives cue "said", speaker "Kremlin spokesperson Dmitry Peskov" (resolved to
Dmitry Peskov, Kremlin, RU) and content "East Aleppo has not been bombed for 28 days".
Used both for claims (officials' statements) and for the cited sources of reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from . import lexicon

TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general", "col", "col.", "lt", "maj", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "sheikh", "prof", "prof."}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: person, organisation, the party (actor key) and a kind."""

    text: str
    person: str | None
    org: str | None
    actor: str | None
    kind: str  # party (a belligerent or its officials), source (monitor, rescuers, UN...), other
    start: int  # char offsets of the speaker phrase
    end: int


@dataclass(frozen=True)
class Attribution:
    """A cue with its speaker and content (token spans within one sentence)."""

    cue: Token
    speaker: Speaker
    content: Span | None  # the clause or noun phrase that was said
    stance: str  # the cue's own stance: asserts | denies
    clauses: tuple[Span, ...] = ()  # the content split into its coordinated statements

    @property
    def statements(self) -> tuple[Span, ...]:
        """Each separate statement in the content ("X was not involved and that Y happened": two)."""
        return self.clauses or ((self.content,) if self.content is not None else ())


def _is_own_attribution(tok: Token) -> bool:
    """A conjoined clause that is a statement of its own ("and Russia said ...")."""
    return tok.dep_ == "conj" and tok.lemma_.lower() in lexicon.load().cues and any(c.dep_ == "nsubj" for c in tok.children)


def _subtree_span(tok: Token, exclude: Token | list[Token] | None = None) -> Span:
    doc = tok.doc
    cut = [c for c in tok.subtree if c.i != tok.i and _is_own_attribution(c)]
    if isinstance(exclude, Token):
        cut.append(exclude)
    elif exclude:
        cut.extend(exclude)

    def kept(t: Token) -> bool:
        return not any(x.left_edge.i <= t.i <= x.right_edge.i for x in cut)

    idx = [t.i for t in tok.subtree if kept(t)]
    # a cut conjunct takes its coordinating word and comma with it
    while len(idx) > 1 and (doc[idx[-1]].dep_ in ("cc", "punct") or doc[idx[-1]].is_punct):
        idx.pop()
    lo, hi = min(idx), max(idx) + 1
    while lo < hi - 1 and (doc[lo].is_punct or doc[lo].lower_ in ("that", "and", "but")):
        lo += 1
    while hi - 1 > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in (")", "\"", "”"):
        hi -= 1
    return doc[lo:hi]


def _speaker_phrase(tok: Token) -> Span:
    """The speaker's noun phrase without relative clauses that run on."""
    doc = tok.doc
    keep = [t.i for t in tok.subtree if not any(a.dep_ in ("relcl", "acl") and a.head.i == tok.i for a in [t, *t.ancestors] if a.i != tok.i and a in tok.subtree)]
    lo, hi = min(keep), max(keep) + 1
    while hi - 1 > lo and (doc[hi - 1].is_punct):
        hi -= 1
    return doc[lo:hi]


def _longest_alias(text: str, table: dict) -> tuple[str, object] | None:
    low = " " + re.sub(r"[^\w'\-. ]", " ", text.lower()) + " "
    best = None
    for alias, value in table.items():
        if len(alias) < 2:
            continue
        if f" {alias} " in low and (best is None or len(alias) > len(best[0])):
            best = (alias, value)
    return best


def resolve_speaker(span: Span, known_people: dict[str, str] | None = None) -> Speaker:
    """Resolve a speaker phrase to a person, an organisation and a party.

    Args:
        span: the speaker's tokens.
        known_people: surname -> full name of people already named in the article
            ("Mr Peskov" -> "Dmitry Peskov").
    """
    lex = lexicon.load()
    text = span.text
    person = None
    for ent in span.ents:
        if ent.label_ == "PERSON":
            name = ent.text
            person = name
            break
    if person is None:
        # "Mr Peskov": a title and a capitalised name the model did not tag
        toks = [t for t in span if t.is_title and t.lower_ not in TITLES and t.pos_ == "PROPN"]
        if toks and any(t.lower_ in TITLES for t in span):
            person = " ".join(t.text for t in toks)
    if person:
        person = re.sub(r"^(mr|mrs|ms|dr)\.?\s+", "", person, flags=re.I).strip()
        surname = person.split()[-1]
        if known_people and len(person.split()) == 1 and surname in known_people:
            person = known_people[surname]
    org = actor = None
    kind = "other"
    if person:
        for row in lex.persons:
            if row["surname"] == person.split()[-1]:
                person = row["name"] if len(person.split()) == 1 else person
                org, actor = row["org"], row.get("actor")
                kind = "party" if actor else "source"
                break
    found_org = _longest_alias(text, lex.orgs)
    found_src = _longest_alias(text, lex.sources)
    if found_src and (not found_org or len(found_src[0]) >= len(found_org[0])):
        org = org or found_src[1]
        if kind == "other":
            kind = "source"
    elif found_org:
        org = found_org[1]["name"] if not org else org
        actor = actor or found_org[1]["actor"]
        kind = "party" if actor else "source"
    if actor is None and kind == "other":
        # "Russian officials", "a Syrian military source": a demonym beside an official role
        words = [t.lower_ for t in span]
        for w in words:
            key = lex.demonyms.get(w)
            if key and any(r in words for r in lex.roles):
                actor, kind = key, "party"
                org = org or f"{lex.actor_names.get(key, key)} officials"
                break
    if kind == "other" and person and any(t.lower_ in lex.roles for t in span):
        kind = "official"
    return Speaker(text, person, org, actor, kind, span.start_char, span.end_char)


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
    return out


def _content_of(cue: Token, sent: Span) -> Span | None:
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i != cue.i]
    if clauses:
        spans = [_subtree_span(c) for c in clauses]
        return sent.doc[min(s.start for s in spans) : max(s.end for s in spans)]
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i != cue.i and sent.start <= cue.head.i < sent.end:
        return _subtree_span(cue.head, exclude=cue)
    for child in cue.children:
        if child.dep_ in ("dobj",) and child.pos_ in ("NOUN", "PROPN", "PRON"):
            if child.lower_ in ("it", "this", "that"):
                continue
            return _subtree_span(child)
    # "X was carried out, the ministry said" with the main clause as the cue's head
    if cue.dep_ == "ROOT":
        left = [c for c in cue.children if c.dep_ in ("advcl", "conj") and c.i < cue.i]
        if left:
            return _subtree_span(left[0])
    return None


def find_attributions(sent: Span, known_people: dict[str, str] | None = None) -> list[Attribution]:
    """Attribution cues in a sentence with their speakers and content."""
    lex = lexicon.load()
    found: list[Attribution] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "accord" and tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            objs = [c for c in sent.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                sp = _speaker_phrase(objs[0])
                lo = tok.i
                content_toks = [t for t in sent if not (lo <= t.i < sp.end) and not t.is_punct]
                content = sent.doc[content_toks[0].i : content_toks[-1].i + 1] if content_toks else None
                found.append(Attribution(tok, resolve_speaker(sp, known_people), content, "asserts"))
            continue
        if lemma not in lex.cues or tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
        if subj is None and tok.dep_ in ("acl",) and tok.head.pos_ in ("NOUN", "PROPN"):
            subj = tok.head  # "the Defence Ministry announcing strikes"
        if subj is None and tok.dep_ == "conj" and tok.head.lemma_.lower() in lex.cues:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("it", "which", "that", "who"):
            continue
        speaker = resolve_speaker(_speaker_phrase(subj), known_people)
        statements = _statements(tok)
        found.append(
            Attribution(tok, speaker, _content_of(tok, sent), lex.cues[lemma], tuple(statements) if len(statements) > 1 else ())
        )
    return found


PRONOUNS = {"he", "she", "they", "we", "i"}


def resolve_pronouns(found: list[Attribution], previous: Speaker | None) -> tuple[list[Attribution], Speaker | None]:
    """Give "he added" the speaker last named; returns the attributions and the new last speaker."""
    out = []
    for att in found:
        sp = att.speaker
        if sp.text.lower() in PRONOUNS and previous is not None:
            sp = Speaker(sp.text, previous.person, previous.org, previous.actor, previous.kind, sp.start, sp.end)
            att = Attribution(att.cue, sp, att.content, att.stance, att.clauses)
        elif sp.text.lower() not in PRONOUNS:
            previous = sp
        out.append(att)
    return out, previous


def people_named(doc: Doc) -> dict[str, str]:
    """Surname -> full name for every multi-word PERSON in the document."""
    people: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent.text.split()) >= 2:
            people.setdefault(ent.text.split()[-1], ent.text)
    return people
