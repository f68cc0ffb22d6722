"""Fill the fields of one incident from the sentences that report it.

Each function reads the spaCy ``Doc`` (over the case-restored text, offsets
shared with the record text) within the incident's sentences and returns
contract-shaped values whose evidence slices the record text.
"""

from __future__ import annotations

import re

from wirecoder.extract import lexicon as lx
from wirecoder.extract.mentions import names_nobody, stored_arms, thing_word
from wirecoder.geo.nations import nation_words
from wirecoder.normalize import groups, numbers
from wirecoder.schema import evidence_dict

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "its", "their", "his",
                "her", "our", "several", "other", "another"}
_PERSON_LABELS = {"PERSON"}
_ACCUSE = {"charge", "arrest", "accuse", "detain", "identify", "indict", "convict", "sentence", "suspect", "name"}
_ATTACKER_WORDS = {"driver", "attacker", "gunman", "bomber", "assailant", "suspect", "perpetrator", "shooter",
                   "killer", "hijacker", "kidnapper"}
_KILL = {"kill", "murder", "massacre", "slay", "die", "dead", "death", "execute", "assassinate", "behead",
         "assassination", "killing", "slaying", "assassinated", "assassin", "murderer", "killer"}
_INJURE = {"wound", "injure", "hurt", "injury", "wounded", "injured"}
_KIDNAP = {"kidnap", "abduct", "seize", "kidnapping", "abduction", "hostage", "kidnapped", "abducted", "kidnapper", "abductor"}
_DAMAGE_VERBS = {"attack", "bomb", "burn", "destroy", "damage", "dynamite", "blow", "torch", "raid",
                 "set", "hit", "explode", "detonate", "rob", "loot", "machinegun", "strafe", "assault"}


def doc_text(doc) -> str:
    """The analysed text of a spaCy Doc, kept once: ``Doc.text`` rebuilds it on every access."""
    text = doc.user_data.get("wirecoder_text")
    if text is None:
        text = doc.user_data["wirecoder_text"] = doc.text
    return text


def span_text(span) -> str:
    """``span.text``, sliced from the Doc's kept text: ``Span.text`` joins a new ``Token`` object's text
    for every token (a span's text is the document's from its first token's start to its last token's end)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def trim_span(tokens, *, possessor: bool = False) -> tuple[int, int] | None:
    """Character span of a token run without leading determiners and trailing punctuation (and without a
    leading possessor unless ``possessor``: "Merino's home")."""
    toks = [t for t in tokens]
    while toks and (toks[0].lower_ in _DETERMINERS or toks[0].is_punct or toks[0].is_space
                    or (toks[0].dep_ == "poss" and not possessor) or toks[0].tag_ == "POS"):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].tag_ == "POS"):
        toks = toks[:-1]
    if not toks:
        return None
    return _trim_chars(doc_text(toks[0].doc), toks[0].idx, toks[-1].idx + len(toks[-1].text))


def trim_indices(table, idx: list[int]) -> tuple[int, int] | None:
    """``trim_span`` of the tokens ``idx`` (in order) of a ``TokenTable``'s document."""
    a, b = 0, len(idx)
    low, punct, space, dep, tag = table.lower, table.is_punct, table.is_space, table.dep, table.tag
    while a < b and (low[idx[a]] in _DETERMINERS or punct[idx[a]] or space[idx[a]] or dep[idx[a]] == "poss"
                     or tag[idx[a]] == "POS"):
        a += 1
    while a < b and (punct[idx[b - 1]] or space[idx[b - 1]] or tag[idx[b - 1]] == "POS"):
        b -= 1
    if a == b:
        return None
    return _trim_chars(table.text, table.idx[idx[a]], table.idx[idx[b - 1]] + table.length[idx[b - 1]])


_LEAD_JUNK = re.compile(r"\[?[A-Za-z][A-Za-z ]{0,24}\]\s*|[A-Za-z]{1,15}:\s+")


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int] | None:
    # a transcriber's note or a heading run into the words ("TEXT] ATTENTION: A GROUP OF NINE U.S. SOLDIERS",
    # "WORD INDISTINCT] MURDERED UNIVERSITY STUDENT"): the words after it
    while (m := _LEAD_JUNK.match(text, start, end)) and m.end() < end:
        start = m.end()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if text[start:end].count('"') % 2 and start > 0 and text[start - 1] == '"':
        start -= 1  # keep a quoted name whole: "SANTO TOMAS" PRESIDENTIAL FARM
    return (start, end) if end > start else None


_STRINGS: dict[int, str] = {}   # a string's hash -> the string (the same in every spaCy StringStore)


class TokenTable:
    """A spaCy Doc's token attributes as plain lists, read once (``doc.to_array``): reading them through
    ``Token`` objects builds a new object at every access (``tok.head``, ``doc[i]``, ``tok.children``)."""

    def __init__(self, doc):
        import numpy as np
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, POS, SHAPE, TAG

        self.doc = doc
        self.text = doc_text(doc)
        arr = doc.to_array([LEMMA, LOWER, DEP, ENT_TYPE, POS, TAG, SHAPE, HEAD, IS_PUNCT, IS_SPACE, IDX, LENGTH])
        strings = doc.vocab.strings

        def names(col) -> list[str]:
            hashes = arr[:, col].tolist()
            missing = set(hashes).difference(_STRINGS)
            if len(_STRINGS) + len(missing) > 200_000:   # a bound for a long-running process
                _STRINGS.clear()
                missing = set(hashes)
            for h in missing:
                _STRINGS[h] = strings[h]
            return list(map(_STRINGS.__getitem__, hashes))

        self.lemma_lower = [s.lower() for s in names(0)]   # ``tok.lemma_.lower()``
        self.lower, self.dep, self.ent_type, self.pos, self.tag, self.shape = (names(c) for c in range(1, 7))
        self.head = (np.arange(len(doc), dtype=np.int64) + arr[:, 7].view(np.int64)).tolist()
        self.is_punct, self.is_space = (arr[:, c].astype(bool).tolist() for c in (8, 9))
        self.idx, self.length = arr[:, 10].tolist(), arr[:, 11].tolist()


def noun_phrase(tok):
    """The tokens of the noun phrase headed by ``tok`` (without relative clauses)."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "amod", "nummod", "appos", "flat") or (
            c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in ("member", "members", "group", "column",
                                                                          "unit", "squad", "commando")):
            right = max(right, c.right_edge.i)
    doc = tok.doc
    return doc[left: right + 1]


# Words that count or hedge a noun phrase rather than say what it is ("at least 10 buses", "all 107
# passengers", "alleged urban guerrillas"); participles the tagger reads as adjectives ("burning vehicles",
# "the destroyed headquarters") tell the act, not the target, unless they are words of a name or of these
# kinds of description.
_QUANTIFIERS = {"all", "some", "many", "several", "few", "only", "more", "least", "at", "about", "approximately",
                "nearly", "almost", "around", "over", "up", "to", "than", "another", "each", "both", "most",
                "numerous", "no", "any", "or", "and"}
_HEDGES = {"alleged", "suspected", "presumed", "presumably", "apparent", "apparently", "possible", "reported"}
_KEPT_PARTICIPLES = {"unidentified", "armed", "unknown", "hooded", "masked"}
# participles the tagger reads as adjectives ("the kidnapped students"): the act, not the filler's words
_ACT_ADJECTIVES = {"kidnapped", "abducted", "assassinated", "murdered"}


def filler_words(tok, *, counted: bool = False):
    """The words of a non-name role filler headed by ``tok``, as MUC-4's answer keys take them (template
    definition, slots 9, 12 and 19; scoring guidelines 3.1.1.1): the head with its compounds and adjectives
    and its "of" phrase ("offices of labor unions", "members of the 8th front"), without determiners,
    pronoun possessors ("his"), hedges ("alleged"), participles that tell the act ("burning vehicles"), appositions or
    relative clauses. Quantifiers and numbers ("two vehicles", "at least 23 people") are left out unless
    ``counted``: the keys keep them for perpetrators only, the targets' number having a slot of its own.
    Returns a ``Span`` (possibly empty-edged; ``trim_span`` it)."""
    doc = tok.doc
    toks = list(doc[tok.left_edge.i: tok.i])
    while toks:
        t = toks[0]
        low = t.lower_
        if t.is_punct or t.is_space or t.dep_ in ("det", "predet") or t.tag_ in ("DT", "PDT", "POS"):
            toks = toks[1:]
        elif t.dep_ == "poss" and (counted or t.pos_ == "PRON" or t.lower_ in _DETERMINERS):
            toks = [x for x in toks if x.i > t.right_edge.i]
        elif low in _HEDGES:
            toks = toks[1:]
        elif not counted and (low in _QUANTIFIERS or t.dep_ in ("nummod", "quantmod") or t.like_num) \
                and not (t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"):  # "15-year-old"
            toks = toks[1:]
        elif t.dep_ == "amod" and (t.tag_ in ("VBN", "VBG", "VBD") or low in _ACT_ADJECTIVES) and not t.ent_type_ \
                and low not in _KEPT_PARTICIPLES:
            toks = toks[1:]
        else:
            break
    left = toks[0].i if toks else tok.i
    return doc[left: _right_end(tok) + 1]


def filler_span(tok, *, counted: bool = False) -> tuple[int, int] | None:
    """The character span of ``filler_words``: a noun possessor stays ("Merino's home", "the minister's
    bodyguards"), as in the keys, for targets; a perpetrator's does not."""
    return trim_span(filler_words(tok, counted=counted), possessor=not counted)


def _right_end(tok) -> int:
    """The last token of ``tok``'s compounds and its "of" phrase (the object's own compounds and "of" phrase,
    not its appositions, conjuncts or clauses)."""
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "flat"):
            right = max(right, c.right_edge.i)
        elif c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                right = max(right, _right_end(pobj))
    return right


def entity_at(tok):
    ent = tok.ent_type_ and next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent or None


# --------------------------------------------------------------------------- perpetrators

# verbs whose subject does (or had done) the act their object names: "terrorists staged three bomb attacks",
# "Escobar ordered the assassination of ...", "members of the 8th front have carried out attacks"
_DOER_VERBS = {"stage", "stag", "carry", "perpetrate", "commit", "launch", "mount", "conduct", "order", "plan",
               "mastermind", "begin", "unleash"}
_NO_DOER_LABELS = {"GPE", "LOC", "FAC", "NORP", "TIME", "DATE", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT",
                   "MONEY"}
# doers' nouns besides the lexicon's perpetrator nouns ("drug traffickers", "armed forces elements")
DOER_NOUNS = {"trafficker", "element", "murderer"}
SERIES_NOUNS = {"series", "wave", "string", "spate", "campaign", "number"}


def attributed(noun):
    """Who a sentence says did the act an event noun names: the subject of a verb of doing or ordering whose
    object it is ("terrorists staged three bomb attacks", "a series of attacks" too), the agent of such a verb
    in the passive ("the attack was carried out by ..."), the subject of "responsible for" it ("armed forces
    elements are responsible for the killing"), or whom it is attributed to ("attribute the attacks to drug
    traffickers")."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
        tok = tok.head.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "responsible":
        # "X is responsible for ...", but "the president holds X responsible for ...": X is the object
        gov = head.head.head if head.head.dep_ in ("acomp", "amod", "oprd", "ccomp", "xcomp") else None
        if gov is None or gov is head.head:
            return []
        if head.head.dep_ == "amod":
            return [gov]   # "holds the FMLN responsible for ...", parsed as the FMLN modified
        deps = ("nsubj",) if gov.lemma_.lower() == "be" else ("dobj",)
        return [c for c in gov.children if c.dep_ in deps]
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "blame":
        return [c for c in head.head.children if c.dep_ == "dobj"]   # "blamed the FMLN for the death of ..."
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("attribute", "blame"):
        # "attribute the attacks to X", the "to" phrase also as the noun's own (a frequent misparse; not its
        # "on": "the attacks on banks")
        return [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                for p in c.children if p.dep_ == "pobj"] + \
            [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if head.lemma_.lower() in _DOER_VERBS and head.pos_ == "VERB":
        if tok.dep_ == "dobj":
            return [c for c in head.children if c.dep_ == "nsubj"]
        if tok.dep_ == "nsubjpass":
            return [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return []


_COMMAND_VERBS = {"command", "lead", "head"}


def commanders(agent) -> list[tuple[int, int]]:
    """Character spans of the people the doers' own words say led them ("OROMONTIQUE BATTALION TROOPS OF THE
    6TH INFANTRY BRIGADE COMMANDED BY LIEUTENANT PACHECHO", "ARMY TROOPS COMMANDED BY MURDERER COLONEL CANAS",
    "DRUG TRAFFICKERS LED BY ..."): the agent of "commanded", "led" or "headed" on the doers' noun or its "of"
    phrase, when it is a name, with the title before it (template definition, slot 9: the commander is an
    individual beside his men)."""
    heads = {agent.i}
    tok = agent
    while True:   # the doers' noun and the nouns of its "of" phrases
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
        if pobj is None:
            break
        heads.add(pobj.i)
        tok = pobj
    doc = agent.doc
    verbs = [c for h in heads for c in doc[h].rights if c.dep_ == "acl" and c.lemma_.lower() in _COMMAND_VERBS]
    # the parser may hang the participle right after the doers' words on a noun before them ("CAPTURED AT THE
    # ... BUS STATION BY ARMY TROOPS COMMANDED BY ...")
    nxt = next((t for t in doc[_right_end(agent) + 1: _right_end(agent) + 3] if not t.is_space), None)
    if nxt is not None and nxt.lemma_.lower() in _COMMAND_VERBS and nxt.tag_ == "VBN" and nxt not in verbs:
        verbs.append(nxt)
    out = []
    for acl in verbs:
        for by in (c for c in acl.children if c.dep_ == "agent"):
            for p in (x for x in by.children if x.dep_ == "pobj" and x.pos_ == "PROPN"):
                span = trim_span(doc[p.left_edge.i: p.i + 1])
                if span:
                    out.append(span)
    return out


def doer_noun(tok) -> bool:
    """``tok`` is a noun for attackers (``lexicon.PERPETRATOR_NOUNS``), by its lemma or as written ("guerrillas",
    "FMLN TERRORISTS")."""
    return tok.lemma_.lower() in lx.PERPETRATOR_NOUNS or tok.lower_ in lx.PERPETRATOR_NOUNS


def _killed_bystanders(trig) -> bool:
    """The people a verb of killing or shooting names as its object are neither attackers nor fighters ("SOLDIERS
    ... KILLED SIX JESUIT PRIESTS"), so the security forces its subject names did the act; "police shot the
    attackers", "troops killed 10 guerrillas" or no object told are the forces' response."""
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    return bool(objs) and not any(o.lemma_.lower() in lx.PERPETRATOR_COUNT_NOUNS or o.lower_ in lx.PERPETRATOR_NOUNS
                                  or o.pos_ == "PRON" or lx.STATE_AGENT_WORDS.search(o.lower_) for o in objs)


def _group_members(agent, phrase, org_hits) -> tuple[int, int] | None:
    """The doers' own noun after a group's name in a short phrase ("the FMLN rebels" -> "rebels", "FMLN urban
    commandos" -> "urban commandos"): the keys give the members as individuals, the group as organisation. None
    where the head is no noun for attackers or lies inside the name."""
    if not (doer_noun(agent) or agent.lower_ in _MEMBER_NOUNS):   # "THE MRTA ACTIVISTS": members of an armed group
        return None
    a = agent.idx - phrase.start_char
    if any(s <= a < e for s, e, _ in org_hits):
        return None
    ends = [e for _, e, _ in org_hits if e <= a + 1]
    if not ends:
        return None
    if agent.lemma_.lower() == "member" or agent.lower_ in _MEMBER_NOUNS:
        # "FARC MEMBERS", "THE MRTA ACTIVISTS": a member's noun says who only with the group's name
        return trim_span(phrase)
    return _trim_chars(agent.doc.text, phrase.start_char + max(ends), agent.idx + len(agent.text))


def _members_of(agent, phrase, org_hits) -> tuple[int, int] | None:
    """The doers' noun with the group they belong to, up to the end of the group's name ("MEMBERS OF THE
    FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]" -> "MEMBERS OF THE FARABUNDO MARTI NATIONAL LIBERATION
    FRONT"; "A COMMANDO OF THE MRTA"). None unless the head is a noun for attackers or members, before the
    name, and the name begins in its own "of" phrase."""
    if not doer_noun(agent):
        return None
    a = agent.idx - phrase.start_char
    if any(s <= a < e for s, e, _ in org_hits):
        return None
    of = next((c for c in agent.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    lo = of.idx - phrase.start_char
    hi = of.right_edge.idx + len(of.right_edge.text) - phrase.start_char
    # the name begins in the "of" phrase (the parser may hang its last words on the head: "... LIBERATION FRONT")
    ends = [e for s, e, _ in org_hits if lo < s < hi]
    if not ends:
        return None
    start = filler_span(agent, counted=True)
    if not start:
        return None
    return _trim_chars(agent.doc.text, start[0], phrase.start_char + min(ends))


# "MEMBERS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ATTACKED ...": the parser makes the name's last
# noun the verb of "MEMBERS" and the bracketed acronym the subject of the act
_BEFORE_ACRONYM = re.compile(r"\b((?:[\w'-]+\s+){0,2}?([\w'-]+)\s+of\s+(?:the\s+)?)([\w' .-]+?)\s*[\[(]\s*$",
                             re.IGNORECASE)


def _members_before_acronym(text: str, sent_start: int, at: int) -> tuple[int, int] | None:
    """The doers' noun and the group's full name before the acronym the parser took as the subject ("MEMBERS OF
    THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]" -> up to "... FRONT"); None unless the words before
    the bracket are a noun for attackers or members with an "of" phrase that is all a known group's name.
    ``sent_start``: where to look back from; the words before ``at`` are read from the last sentence end on."""
    ends = list(re.finditer(r"[.;!?]\s", text[sent_start:at]))
    if ends:   # from the last sentence's end on
        sent_start += ends[-1].end()
    lead = text[sent_start:at]
    m = _BEFORE_ACRONYM.search(lead)
    if m is None or m.group(2).lower() not in lx.PERPETRATOR_NOUNS:
        return None
    name = m.group(3)
    hits = groups.find(name)
    if not hits or hits[0][0] != 0 or hits[-1][1] != len(name.rstrip()):
        return None
    start = sent_start + m.start(2)
    return _trim_chars(text, start, sent_start + m.start(3) + len(name.rstrip()))


_MEMBER_NOUNS = {"activist", "activists", "fighter", "fighters", "combatant", "combatants"}


# nouns of a band of people that say who only with their "of" phrase ("A GROUP OF TERRORISTS", "MEMBERS OF THE
# POLICE DEPARTMENT", "A COMMANDO OF THE ... MRTA")
_BAND_NOUNS = {"group", "member", "commando", "unit", "column", "squad", "cell", "band", "gang"}


_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def title_start(name) -> int | None:
    """Where the titles before a person's name begin (character offset), when words of the name's own noun
    phrase stand before it: "RIGHTIST LEADER ROBERTO D'AUBUISSON", "MEDELLIN CARTEL BOSS PABLO ESCOBAR
    GAVIRIA" for the names "ROBERTO D'AUBUISSON" and "PABLO ESCOBAR GAVIRIA" (the template definition's slot 9
    fills give the name as the text writes it, titles and all: "RIGHTIST DEPUTY D'AUBUISSON"). Only nouns,
    proper nouns and adjectives hung on the name's words, up to four; None otherwise."""
    if name is None or name.root.ent_type_ != "PERSON":
        return None
    doc, i, inside = name.doc, name.start, set(range(name.start, name.end))
    while i > 0 and name.start - i < 4:
        tok = doc[i - 1]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.dep_ not in _TITLE_DEPS or tok.head.i not in inside \
                or not tok.is_alpha:
            break
        i -= 1
        inside.add(i)
    return doc[i].idx if i < name.start else None


def band_after(words) -> int | None:
    """The end (character offset) of the band noun right after ``words`` (a spaCy span) that they name, when
    there is one: "GONZALO RODRIGUEZ GACHA COMMANDO" of "A SO-CALLED GONZALO RODRIGUEZ GACHA COMMANDO GROUP",
    "JACOBO CARCOMO" of "THE JACOBO CARCOMO COMMAND UNIT" (the template definition's slot 9: a subpart of an
    organisation is written whole); None otherwise."""
    doc = words.doc
    if words.end >= len(doc):
        return None
    nxt = doc[words.end]
    if nxt.lemma_.lower() not in _BAND_NOUNS or nxt.pos_ != "NOUN" or words.root.head.i != nxt.i \
            or words.root.dep_ != "compound":
        return None
    return nxt.idx + len(nxt.text)


def band_of(tok) -> int | None:
    """The end (character offset) of the "of" phrase that says who a band noun is, when ``tok`` is one and has
    one; None otherwise (template definition, part 2, slot 9: "GROUP OF ARMED MEN", "MEMBERS OF THE 8TH
    FRONT")."""
    if tok.lemma_.lower() not in _BAND_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
               for c in tok.rights):
        return None
    last = tok.doc[_right_end(tok)]
    return last.idx + len(last.text)


def _in_group_name(tok) -> bool:
    """``tok`` is a word of a known group's name in its sentence."""
    a = tok.idx - tok.sent.start_char
    return any(s <= a < e for s, e, _ in groups.find(span_text(tok.sent)))


def _agents(trigger):
    """Subjects (active) and agents (passive "by ...") of a trigger verb and its governors; for an event
    noun, whom its sentence says did it (``attributed``)."""
    out = []
    tok = trigger
    for _ in range(3):
        for c in tok.children:
            if c.dep_ in ("nsubj",):
                out.append(c)
            if c.dep_ == "agent":
                out.extend(p for p in c.children if p.dep_ == "pobj")
        # "the soldiers were on a visit and were wounded": the subject a passive conjunct shares is its victim
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        if tok.dep_ in ("xcomp", "conj") and not out and not passive:
            tok = tok.head
            continue
        break
    if not out and trigger.pos_ == "NOUN":
        out = attributed(trigger)
    if not out and any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children):
        out = _misattached_agents(trigger)
    return [_counted_of(a) for a in out]


def _misattached_agents(trigger):
    """Doers of a passive verb whose "by" phrase the parser hung on the place before it ("WERE CAPTURED AT THE
    AHUACHAPAN BUS STATION BY ARMY TROOPS ...", "was shot at his home by gunmen"): the object of a "by" under the
    object of one of the verb's own prepositions, when it is a doers' noun or a person's name."""
    out = []
    for prep in trigger.children:
        if prep.dep_ != "prep":
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            for by in (c for c in pobj.rights if c.dep_ == "prep" and c.lower_ == "by"):
                for doer in (d for d in by.children if d.dep_ == "pobj"):
                    if doer_noun(doer) or doer.ent_type_ == "PERSON":
                        out.append(doer)
    return out


# nouns that count the doers rather than say who they are: "AN UNKNOWN NUMBER OF FMLN TERRORISTS ATTACKED ...",
# "DOZENS OF GUNMEN STORMED ..."
_COUNT_NOUNS = {"number", "dozen", "dozens", "hundreds", "scores", "handful", "couple", "pair"}


def _counted_of(agent):
    """The "of" object of a counting noun ("an unknown number of FMLN terrorists": TERRORISTS), else ``agent``."""
    if agent.lower_ not in _COUNT_NOUNS and agent.lemma_.lower() not in _COUNT_NOUNS:
        return agent
    for c in agent.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    return agent


def _they_doers(they):
    """Whom a subject "they" that opens its sentence's subjects stands for: the doers the sentence before told
    acting ("THE FMLN REBELS BURNED THE MAYOR'S OFFICE ... THEY ALSO BURNED A GAS STATION"), the last plural
    subject of an active verb there that is a perpetrator noun or names a known group; or, for the subject of a
    clause the doers themselves announce, say or threaten, those doers ("THE REBELS HAVE CALLED FOR A STOPPAGE ...,
    HAVE ANNOUNCED THAT THEY WILL DESTROY POWER LINES"); None otherwise."""
    def plural_doers(t) -> bool:
        return t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS") and (
            doer_noun(t) or bool(groups.find(span_text(noun_phrase(t)))))

    if they.dep_ == "nsubj" and they.head.dep_ == "ccomp":
        gov = they.head.head
        while gov.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in gov.children):
            gov = gov.head
        for c in gov.children:
            if plural_doers(c):
                return c
    sent = they.sent
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in sent if t.i < they.i) or sent.start == 0:
        return None
    before = they.doc[sent.start - 1].sent
    found = None
    for t in before:
        if not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.head.children) and plural_doers(t):
            found = t
    return found


def perpetrators(sdoc, text: str, sents, triggers) -> dict:
    """Individuals and organizations that carried out the incident, with confidence."""
    individuals, orgs = [], {}
    seen = set()
    scope = " ".join(span_text(s) for s in sents).lower()
    for trig in triggers:
        for agent in _agents(trig):
            if agent.lower_ == "they":
                agent = _they_doers(agent) or agent
            phrase = noun_phrase(agent)
            low = phrase.text.lower()
            if agent.lower_ in ("who", "which", "that") or agent.pos_ == "PRON":
                continue
            if any(w in low for w in ("police", "army", "troops", "soldier", "authorities")) and \
                    trig.lemma_.lower() in ("shoot", "kill") and not _killed_bystanders(trig):
                continue  # security forces shooting attackers are not the perpetrators
            # the report's own casing: the truecaser lowers some acronyms ("the mrta activists")
            org_hits = groups.find(text[phrase.start_char:phrase.end_char])
            for s, e, canon in org_hits:
                _add_org(orgs, text, phrase.start_char + s, phrase.start_char + e, canon,
                         "reported_as_fact")
            if org_hits:
                # "THE FMLN REBELS BURNED ...": REBELS, and the FMLN as organisation; "MEMBERS OF THE FMLN
                # ATTACKED ...": MEMBERS OF THE FMLN (template definition, part 2, slot 9)
                members = _group_members(agent, phrase, org_hits) if len(phrase) <= 3 else \
                    _members_of(agent, phrase, org_hits)
                if members is None and len(phrase) <= 3:
                    # the words before may lie in the sentence before: the parser may split at the bracket
                    members = _members_before_acronym(text, max(0, phrase.start_char - 250), phrase.start_char)
                if members and members not in seen and not any(
                        text[members[0]:members[1]].lower() in x["text"].lower() for x in individuals):
                    seen.add(members)
                    individuals.append(evidence_dict(text, *members, named=False))
                continue
            ent = entity_at(agent)
            named = True
            if agent.pos_ == "PROPN" and _in_group_name(agent):
                continue   # "holds the Farabundo Marti National Liberation Front responsible": a group, no person
            if ent is not None and ent.label_ in _PERSON_LABELS:
                span = (ent.start_char, ent.end_char)
            elif agent.pos_ == "PROPN" and (ent is None or ent.label_ not in _NO_DOER_LABELS):
                # a name the tagger did not call a person; not a building ("the Hilton Hotel", a misparsed
                # subject), a clock time ("at 0630 [1230 GMT] today, rebel forces ambushed") or a state force
                # ("blamed the Salvadoran Army for ...": an organisation, left to the classifier)
                if agent.lower_ in lx.PHYSICAL_TARGET_TYPES or agent.lower_ in ("gmt", "utc", "army", "forces"):
                    continue
                span = trim_span(phrase)
            elif doer_noun(agent) or agent.lemma_.lower() in DOER_NOUNS:
                # "two suicide bombers", "guerrillas", "members of the 8th front"
                span, named = filler_span(agent, counted=True), False
                for s, e, _ in org_hits:   # words that stop inside a group's name take the whole name
                    a, b = phrase.start_char + s, phrase.start_char + e
                    if span and span[0] < a < span[1] < b:
                        span = (span[0], b)
            else:
                continue
            low = text[span[0]:span[1]].lower() if span else ""
            if not span or span in seen or any(low in x["text"].lower() for x in individuals):
                continue
            seen.add(span)
            # "suicide bomber" says more than an earlier "bomber": keep the fuller words
            individuals[:] = [x for x in individuals if x["text"].lower() not in low]
            individuals.append(evidence_dict(text, *span, named=named))
            if not named:   # "TROOPS ... COMMANDED BY LIEUTENANT PACHECHO": the commander too
                for a, b in commanders(agent):
                    if (a, b) not in seen and not any(text[a:b].lower() in x["text"].lower() for x in individuals):
                        seen.add((a, b))
                        individuals.append(evidence_dict(text, a, b, named=True))
    # people charged, arrested or accused: "Brenton Tarrant was charged with murder"
    for sent in sents:
        for tok in sent:
            if tok.lemma_.lower() not in _ACCUSE or tok.pos_ != "VERB":
                continue
            named_as = []   # "identified the driver as Mohamed Lahouaiej-Bouhlel"
            if any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _ATTACKER_WORDS or
                                                        c.lower_ in lx.PERPETRATOR_NOUNS) for c in tok.children):
                named_as = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                            for p in c.children if p.dep_ == "pobj"]
            for subj in [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")] + named_as:
                people = [e for e in sdoc.ents if e.label_ == "PERSON" and subj.left_edge.i <= e.start
                          and e.end - 1 <= subj.right_edge.i]
                for e in people:
                    span = (e.start_char, e.end_char)
                    if span not in seen and not any(e.text.lower() in x["text"].lower() for x in individuals):
                        seen.add(span)
                        individuals.append(evidence_dict(text, *span, named=True, confidence="suspected"))
    # organisations named in the incident's sentences with a claim or suspicion
    maybe = set()
    for sent in sents:
        slow = span_text(sent).lower()
        conf = None
        if claims_responsibility(slow):
            conf = "claimed"
        elif any(c in slow for c in lx.SUSPECT_CUES):
            conf = "suspected"
        for s, e, canon in groups.find(span_text(sent)):
            s, e = sent.start_char + s, sent.start_char + e
            if conf:
                _add_org(orgs, text, s, e, canon, conf, slow)
            elif _is_perp_context(sdoc, s, e, triggers):
                _add_org(orgs, text, s, e, canon, "reported_as_fact")
            if not conf and _possibly_by(text[sent.start_char:s], text[e:sent.end_char]):
                maybe.add(canon)
    # a group the incident's sentences say may have done it is `possible`, though another of them tells it acting
    # ("THE ATTACKS COULD HAVE BEEN CARRIED OUT BY THE MAOIST SHINING PATH GROUP OR THE ... MRTA" beside "THE
    # SHINING PATH HAS ATTACKED SOVIET INTERESTS IN PERU IN THE PAST")
    for canon in maybe:
        if canon in orgs and orgs[canon]["confidence"] == "reported_as_fact":
            orgs[canon]["confidence"] = "possible"
    category = "terrorist_act"
    if any(w in scope for w in (" death squad", "soldiers", "army troops", "policemen", "security forces")) and not orgs:
        agents_low = " ".join(noun_phrase(a).text.lower() for t in triggers for a in _agents(t))
        if any(w in agents_low for w in ("soldier", "troops", "army", "police", "death squad")):
            category = "state_sponsored"
    return {"individuals": individuals, "organizations": list(orgs.values()), "category": category}


# the sentence says the group may have done it: "THE ATTACKS COULD HAVE BEEN CARRIED OUT BY THE MAOIST
# 'SHINING PATH' GROUP OR THE ... MRTA", "THE FMLN MAY HAVE PLANTED THE BOMB" (template definition, slot 11: POSSIBLE)
_MAYBE_BEFORE = re.compile(r"\b(?:(?:may|might|could) have been|possibly)\b[^.;]{0,60}\bby\b[^.;]{0,80}$")
_MAYBE_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:may|might|could) (?:have|be)\b")


def _possibly_by(before: str, after: str) -> bool:
    before, after = " ".join(before.lower().split()), " ".join(after.lower().split())
    return bool(_MAYBE_BEFORE.search(before) or _MAYBE_AFTER.search(after))


_CONF_RANK = {"claimed": 4, "reported_as_fact": 3, "suspected": 2, "possible": 1}


def _add_org(orgs: dict, text: str, s: int, e: int, canon: str, conf: str, sent_low: str = "") -> None:
    cur = orgs.get(canon)
    if cur is None or _CONF_RANK[conf] > _CONF_RANK[cur["confidence"]]:
        orgs[canon] = {"name": canon, **evidence_dict(text, s, e), "confidence": conf}
        if conf == "suspected" and accused_by_authorities(sent_low):
            orgs[canon]["accused_by"] = "authorities"


_NEGATED = re.compile(r"\b(?:not|no|never|nobody|none|without|den(?:y|ies|ied))\b[^.;]{0,30}$|n't\b[^.;]{0,30}$")


# an organisation of the state: its forces or its government ("THE SALVADORAN ARMY", "AIR FORCE", "CRISTIANI'S
# GOVERNMENT"), not an armed group named like one ("ARMY OF NATIONAL LIBERATION", "ISLAMIC ARMY")
_STATE_ORG = re.compile(r"\b(?:army|armed forces|air force|navy|police|national guard|military|government|troops|"
                        r"battalion|brigade)\b")
_NOT_STATE_ORG = re.compile(r"\b(?:revolutionary|liberation|popular|people'?s|republican|independence|free|islamic|"
                            r"resistance|rebel|liberat\w*|patriotic|insurgent|front|movement)\b")


def state_force(org: dict) -> bool:
    words = " ".join(org["text"].lower().split())
    return bool(_STATE_ORG.search(words)) and not _NOT_STATE_ORG.search(words) and \
        not groups.get(org.get("name") or "") and not groups.find(org["text"])


# a state force's name inside the words for its men ("NATIONAL POLICE MEMBERS", "GUATEMALAN ARMY TROOPS", "ATONAL
# BATTALION TROOPS", "ARMED FORCES ELEMENTS"): up to three words before the force's noun, none a function word or
# a noun for the men themselves
_FORCE_IN = re.compile(r"(?:\b(?!(?:the|of|and|or|a|an|by|from|with|in|at|to|members?|troops?|elements?|soldiers?|"
                       r"men|personnel|units?|some|two|three|several)\b)[\w'-]+\s+){0,3}?\b(?:armed forces|air force|"
                       r"national guard|treasury police|national police|army|navy|police|battalion|brigade)\b",
                       re.IGNORECASE)


def force_in(words: str) -> tuple[int, int] | None:
    """The span (in ``words``) of the state force that the words for the doers name, the last one when several do
    ("OROMONTIQUE BATTALION TROOPS OF THE 6TH INFANTRY BRIGADE": the unit the men belong to, told by its "of"
    phrase, as the template definition takes the group of "MEMBERS OF THE 8TH FRONT OF THE FARC"); None if none
    does or the name is an armed group's ("ARMY OF NATIONAL LIBERATION")."""
    # the name with all that follows it: "ARMY OF NATIONAL LIBERATION" is no state's army
    hits = [m for m in _FORCE_IN.finditer(words) if state_force({"text": words[m.start():]})]
    return hits[-1].span() if hits else None


def state_force_orgs(perps: dict, text: str) -> None:
    """A state-sponsored incident with no perpetrator organisation takes the force its doers' words name
    ("NATIONAL POLICE MEMBERS" -> NATIONAL POLICE), told as fact: the MUC-4 keys give the force as the
    organisation of the soldiers or policemen who did the act."""
    if perps.get("category") != "state_sponsored" or perps["organizations"]:
        return
    for ind in perps["individuals"]:
        span = force_in(ind["text"])
        if span is None or not ind.get("span"):
            continue
        s, e = ind["span"][0] + span[0], ind["span"][0] + span[1]
        perps["organizations"].append({"name": " ".join(text[s:e].split()), **evidence_dict(text, s, e),
                                       "confidence": "reported_as_fact"})
        return


def state_sponsored(perps: dict) -> bool:
    """The incident's perpetrators, all told, are the state's forces ("SOLDIERS", "THE ARMED FORCES",
    "COLONEL BENAVIDES", "OROMONTIQUE BATTALION TROOPS") and no group that fights it ("GUERRILLAS", a known
    armed group); or a perpetrator organisation is the state's own ("THE ARMED FORCES", "THE AIR FORCE"), even
    beside a group that fights it (template definition 7.9 note 2: the perpetrator is a member of the
    government, military or police; on MUC-4 train the keys call 11 of 15 such incidents STATE-SPONSORED)."""
    if any(state_force(o) for o in perps.get("organizations", [])):
        return True
    texts = [x["text"] for x in perps.get("individuals", [])] + [o["text"] for o in perps.get("organizations", [])]
    words = " ".join(" ".join(t.lower().split()) for t in texts)
    if not lx.STATE_AGENT_WORDS.search(words) or lx.NONSTATE_WORDS.search(words):
        return False
    return not any(groups.get(o.get("name") or "") for o in perps.get("organizations", []))


def claims_responsibility(sent_low: str) -> bool:
    """A claim of responsibility that the sentence makes, not one it denies ("no one has claimed
    responsibility", "which did not immediately claim responsibility")."""
    for cue in lx.CLAIM_CUES:
        i = sent_low.find(cue)
        while i >= 0:
            if not _NEGATED.search(sent_low[max(0, i - 40):i]):
                return True
            i = sent_low.find(cue, i + 1)
    return False


def accused_by_authorities(sent_low: str) -> bool:
    return any(c in sent_low for c in lx.AUTHORITY_CUES)


def _is_perp_context(sdoc, s: int, e: int, triggers) -> bool:
    """An organisation mention inside the subject or agent of a trigger."""
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    for trig in triggers:
        for agent in _agents(trig):
            if agent.left_edge.i <= span.start and span.end - 1 <= agent.right_edge.i:
                return True
    return False


# --------------------------------------------------------------------------- targets & casualties

_HARM_VERBS = {"affect", "damage", "destroy", "hit", "strike", "wreck"}


def qualified_count(counted: str) -> dict:
    """``{"number_qualifier": "approx" | "at_least"}`` where the words give the count so ("approximately 50
    neighboring residences", "at least 10 buses"), else nothing."""
    c = numbers.parse_count(counted)
    if c and c.get("qualifier") in ("approx", "at_least") and not c.get("high"):
        return {"number_qualifier": c["qualifier"]}
    return {}


def _victims(trig):
    """Tokens naming who or what a trigger acted upon."""
    out = []
    for c in trig.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "at") and trig.pos_ == "NOUN":
            out.extend(p for p in c.children if p.dep_ == "pobj")
    if trig.lemma_.lower() in ("die",):
        out.extend(c for c in trig.children if c.dep_ == "nsubj")
    out.extend(_set_fire_to(trig))
    if trig.pos_ in ("NOUN", "PROPN") and trig.lemma_.lower() in _VICTIM_POSSESSED:
        # "Romero's assassination", "his murder": the possessor of a killing or abduction noun is its victim
        for c in trig.children:
            if c.dep_ == "poss":
                v = _possessor_person(c)
                if v is not None:
                    out.append(v)
    # "the terrorist attacks affected the main powerline": what the attack named as the subject damaged
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.lemma_.lower() in _HARM_VERBS:
        out.extend(c for c in trig.head.children if c.dep_ == "dobj")
    # "the institutes were the target of bomb attacks": the subject of the copula the target hangs from
    act = trig.head if trig.dep_ == "compound" and trig.pos_ == "NOUN" else trig
    if act.dep_ == "pobj" and act.head.lower_ == "of" and act.head.head.lemma_.lower() in ("target", "victim") \
            and act.head.head.dep_ == "attr":
        out.extend(c for c in act.head.head.head.children if c.dep_ == "nsubj")
    if trig.dep_ == "acl" or (trig.dep_ == "amod" and trig.lemma_.lower() in _KILL | _INJURE | _KIDNAP):
        out.append(trig.head)  # "a soldier guarding ..."/"the wounded soldier"
    if trig.dep_ == "relcl" and trig.head.pos_ in ("NOUN", "PROPN"):
        # "peasant Bartolo Rodriguez, who was captured on 27 January": the relative pronoun stands for the noun
        out = [trig.head if v.lower_ in ("who", "whom", "that", "which") and v.dep_ in ("nsubjpass", "dobj")
               else v for v in out]
    for v in list(out):
        out.extend(c for c in v.children if c.dep_ == "conj")
    if trig.lemma_.lower() in ("take", "hold") and len(out) > 1:
        # "took 20 people hostage": "hostage" says what they were taken as, the people are the victims
        out = [v for v in out if v.lemma_.lower() != "hostage"]
    return out


# what a person does who speaks of an attack, not what is done to its victims ("ARCHBISHOP ..., EPISCOPAL
# CONFERENCE PRESIDENT JOSE LUIS LACUNZA, ... HAVE CONDEMNED THE ASSASSINATION OF SIX JESUITS")
_SPEAKER_VERBS = frozenset(lx.SPEECH_VERBS | {"condemn", "term", "query", "ask", "repudiate", "criticize",
                                              "comment", "urge", "demand", "express", "call", "interview"})


PERSONAL_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "he", "him", "his", "she", "her", "they",
                               "them", "their"})


def speaks(tok) -> bool:
    """The person ``tok`` (a span's head) is the one who speaks in its sentence: the subject (or one of the
    subjects joined by "and") of a reporting verb ("VALDIVIESO TERMED", "LACUNZA ... HAVE CONDEMNED"), or the
    one asked ("GRAMAJO WAS QUERIED ABOUT THE INCIDENT")."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _SPEAKER_VERBS


def only_speaks(words) -> bool:
    """The person ``words`` (a spaCy span) is told in its sentence only as one who speaks of an attack
    (``speaks``), not of what was done to him or them: a sentence with a personal pronoun may tell that ("...
    REVEALED THERE HAVE BEEN TWO ATTEMPTS TO MURDER HIM", "... WHO SPOKE TO NEWSMEN ..., REVEALED A MESSAGE FROM
    THE ... ARMY OF NATIONAL LIBERATION, WHICH HELD THEM HOSTAGE FOR 12 DAYS")."""
    return speaks(words.root) and not any(t.lower_ in PERSONAL_PRONOUNS for t in words.sent)


_BLAMED = {"accuse", "blame", "suspect", "charge", "convict", "sentence", "arrest"}


def called_a_doer(words) -> bool:
    """The person ``words`` (a spaCy span) is told in its sentence as one who did, or is blamed for, an act,
    not as its victim: the subject of "be responsible (for)" ("COLONEL ..., CHIEF OF THE TREASURY POLICE, IS
    RESPONSIBLE FOR THE MURDERS"), or of being accused, blamed, suspected, charged, convicted, sentenced or
    arrested ("X was accused of the killing")."""
    tok = words.root
    for _ in range(4):
        if tok.dep_ in ("appos", "conj", "compound") and tok.head is not tok:
            tok = tok.head
            continue
        break
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() == "responsible" for c in tok.head.children)
    return tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _BLAMED


# people told by whom they belong to ("a relative of Colonel X", "the minister's driver"): he is not the one the
# act struck
_KIN = {"relative", "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "nephew",
        "niece", "cousin", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "bodyguard",
        "driver", "chauffeur", "escort", "secretary", "aide", "grandson", "granddaughter", "widow", "fiancee"}


def kin_owner(words) -> bool:
    """The person ``words`` (a spaCy span) is told only as the kin or employer of the one struck: the possessor
    of a kin or staff noun ("AN ATTACK ON A RELATIVE OF COLONEL LOPEZ HUILA", "THE PRESIDENT'S BROTHER-IN-LAW").
    Not the owner of a building: the MUC-4 train keys take "PRESIDENT ALFREDO CRISTIANI'S RESIDENCE" and "FELIPE
    COSTA'S RESIDENCE" as attacks on their owners too."""
    tok = words.root
    if tok.dep_ == "poss":
        owned = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        owned = tok.head.head
    else:
        return False
    return owned.lemma_.lower() in _KIN or owned.lower_ in _KIN


def names_a_nation(tok) -> bool:
    """ "the Salvadoran people", "our people", "the people of Colombia": a nation as a whole, no group of victims
    (the MUC-4 training keys never take one as a human target; their texts say "THE SALVADORAN PEOPLE" 177
    times, mostly in accusations: "the FMLN's constant attacks on the Salvadoran people")."""
    if tok.lower_ not in ("people", "peoples", "nation"):
        return False
    kids = list(tok.children)
    if any(c.dep_ == "nummod" or c.like_num for c in kids):
        return False   # "35 people": counted people
    for c in kids:
        if c.dep_ == "poss" and c.lower_ == "our":
            return True
        # a nation's word, not a town's ("the San Sebastian people" are its residents)
        if c.dep_ in ("amod", "compound") and _names_nation(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(_names_nation(p) for p in c.children):
            return True
    return False


def plural_people(tok) -> bool:
    """``tok`` is the plural of a people noun, whatever its tag ("PRIESTS", a proper noun to the tagger in
    capitals)."""
    low = tok.lower_
    return low not in lx.HUMAN_TARGET_TYPES and low.endswith("s") and low[:-1] in lx.HUMAN_TARGET_TYPES


def _names_nation(tok) -> bool:
    """The words ``tok`` heads up to it ("EL SALVADOR", "SALVADORAN") are a nation's name or demonym."""
    return bool(_nation_mentions(tok.doc.text, tok.left_edge.idx, tok.idx + len(tok.text)))


def _set_fire_to(trig) -> list:
    """What "set fire to" burned: the object of "to", not the verb's object "fire" ("THE TERRORISTS SET FIRE TO
    THE OFFICES OF THE LOCAL DEVELOPMENT CORPORATION")."""
    if trig.lemma_.lower() != "set" or not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in trig.children):
        return []
    return [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]


# nouns whose possessor is the one the act was done to ("Romero's assassination"), not its doer ("the FMLN's attack")
_VICTIM_POSSESSED = {"assassination", "murder", "killing", "slaying", "kidnapping", "abduction"}
_PERSONAL_POSSESSIVES = {"his", "her"}
_NOT_VICTIMS = {"ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME"}   # "the FMLN's kidnapping", "Colombia's"


def _possessor_person(c):
    """The person a possessor names: a name ("Romero's") as it is; "his"/"her" the last person named before it
    in its own or the sentence before (only a name NER tags as a person); people by their trade or kind as they
    are ("the six Jesuits' slaying", "the Jesuit priests' slaying", which NER may call an organisation); else
    None."""
    if c.pos_ in ("NOUN", "PROPN") and (c.lemma_.lower() in lx.HUMAN_TARGET_TYPES or plural_people(c)):
        return c
    if c.pos_ == "PROPN":
        ent = entity_at(c)
        return c if ent is None or ent.label_ not in _NOT_VICTIMS else None
    if c.lower_ not in _PERSONAL_POSSESSIVES:
        return None
    sent = c.sent
    doc = c.doc
    lo = sent.start
    if lo > 0:
        lo = doc[lo - 1].sent.start
    people = [e for e in doc.ents if e.label_ == "PERSON" and lo <= e.start and e.end <= c.i]
    return people[-1].root if people else None


def _name_after(v):
    """The character span of a person's name right after the title or role ``v`` that the parser left out of
    its phrase ("judge | Mariela Espinosa Arango"), or None."""
    from wirecoder.extract.entities import TITLES, _name_at

    doc = v.doc
    if v.pos_ != "NOUN" or v.i + 1 >= len(doc) or doc[v.i + 1].pos_ != "PROPN" or v.tag_ in ("NNS", "NNPS") \
            or not (v.lower_ in TITLES or v.lemma_.lower() in lx.HUMAN_TARGET_TYPES) \
            or any(c.i > v.i for c in v.children):
        return None
    at = _name_at(doc[v.i + 1])
    return at if at is not None and at[0] == doc[v.i + 1].idx else None


_BOMB_WORDS = {"bomb", "explosive", "dynamite", "charge", "device", "grenade", "car-bomb", "carbomb", "mine"}
_BOMB_VERBS = {"explode", "detonate", "go", "blow", "place", "plant", "leave", "hurl", "throw"}
_SITE_PREPS = {"at", "near", "outside", "inside", "in", "beside", "against", "on"}


_OUTSIDE = {"near", "outside", "beside", "front"}   # a bomb beside the building, not in it


def _bomb_sites(trig) -> list:
    """The places a bomb went off at or was put in, said by a preposition of the verb that tells it ("exploded
    near the embassy", "exploded in front of X", "placed bombs in X"); nothing for other triggers."""
    verb = trig
    if trig.pos_ == "NOUN" and trig.lemma_.lower() in _BOMB_WORDS and trig.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = trig.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _BOMB_VERBS:
        return []
    if verb.lemma_.lower() in ("place", "plant", "leave", "hurl", "throw") and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BOMB_WORDS for c in verb.children):
        return []   # "placed flowers in the church": no bomb
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SITE_PREPS:
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            if p.lower_ == "front":   # "in front of X"
                out.extend(x for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                           for x in o.children if x.dep_ == "pobj")
            else:
                out.append(p)
    for v in list(out):
        out.extend(c for c in v.children if c.dep_ == "conj")
    return out


# prepositions that tell where something was, not what was hit ("attacked near the National University", "500
# meters from the Congress building", "told AFP via telephone", "passing by the building"); "the area of X" and
# "the vicinity of X" likewise
_LANDMARK_PREPS = {"near", "from", "via", "by", "past", "along", "toward", "towards", "beside", "across"}
_BLAST_WORDS = _BOMB_WORDS | {"explosion", "blast", "carbomb"}
_LANDMARK_NOUNS = {"area", "vicinity", "surroundings", "outskirts", "environs"}


def only_a_landmark(tok) -> bool:
    """``tok`` (a noun) names where something happened, not a thing attacked: the object of a preposition of
    place or route (``_LANDMARK_PREPS``; "by" not as a passive's agent), or of "of" after "the area", "the
    vicinity", and no bomb went off or was put there: none of the words the phrase hangs from, up to the
    sentence's root, is a bomb or blast or one of ``_BOMB_VERBS`` or a verb whose subject or object is a bomb
    ("a dynamite charge exploded near the embassy" names the bomb's target, as ``_bomb_sites`` reads it)."""
    if tok.dep_ not in ("pobj", "conj"):
        return False
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    low = prep.lower_
    if low == "of" and prep.head.lemma_.lower() in _LANDMARK_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
        low = "near"
    if low not in _LANDMARK_PREPS:
        return False
    # a bomb or its blast is what the phrase hangs from or the clauses above it tell of ("a dynamite charge
    # exploded near the embassy", "the car bomb was near the barracks", "the explosion of a car circulating near
    # the brigade", "today's bomb explosion damaged ... shops ..., all of which are located near the U.S.
    # embassy")
    for up in [prep.head, *prep.head.ancestors, tok.sent.root]:
        lemma = up.lemma_.lower()
        if lemma in _BLAST_WORDS or up.pos_ in ("VERB", "AUX") and (lemma in _BOMB_VERBS or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _BLAST_WORDS for c in up.children)):
            return False
    return True


def _effect(lemma: str) -> str:
    if lemma in _KILL:
        return "death"
    if lemma in _INJURE:
        return "injury"
    if lemma in _KIDNAP:
        return "kidnapping"
    return "unknown"


def targets_and_casualties(sdoc, text: str, sents, triggers) -> tuple[dict, dict]:
    human, physical, casualties = [], [], {}
    seen = set()
    for trig in triggers:
        lemma = trig.lemma_.lower()
        for v in _victims(trig):
            phrase = noun_phrase(v)
            head = v.lemma_.lower()
            span = trim_span(phrase)
            if not span or span in seen or v.pos_ == "PRON" or names_a_nation(v):
                continue
            ent = entity_at(v)
            # a common noun NER calls a person ("THE MAIN POWERLINE") is not one; a name is
            is_person = (ent is not None and ent.label_ == "PERSON" and v.pos_ != "NOUN") \
                or head in lx.HUMAN_TARGET_TYPES \
                or v.lower_ in lx.HUMAN_TARGET_TYPES or v.pos_ == "NUM" \
                or trig.pos_ == "NOUN" and plural_people(v)   # "the killings of the Spanish JESUITS", a proper
            # noun to the tagger
            # "Dr Jose Antonio Rodriguez PORTH": a name whose last word NER left out of the person
            cut_name = v.pos_ == "PROPN" and not v.ent_type_ and v.i > 0 and v.doc[v.i - 1].ent_type_ == "PERSON" \
                and v.doc[v.i - 1].head.i == v.i
            is_person = is_person or cut_name
            # a name NER left untagged, told as the possessor of a killing noun or after a killing participle
            told_name = v.pos_ == "PROPN" and ent is None and (
                v.dep_ == "poss" or trig.dep_ == "amod" and trig.head.i == v.i)
            if told_name and plural_people(v):
                told_name, is_person = False, True   # "the assassinated JESUIT PRIESTS": a group, no one's name
            is_person = is_person or told_name
            if head in lx.PERPETRATOR_COUNT_NOUNS:
                continue
            seen.add(span)
            if is_person and v.pos_ == "NUM" and not any(t.pos_ in ("NOUN", "PROPN") for t in phrase) \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children):
                continue   # "four were injured": a count (``casualties``), no description of anyone
            named_after = _name_after(v) if is_person else None
            if is_person:
                counted_victims = text[span[0]:span[1]]
                count = numbers.count_in_phrase(counted_victims)
                person = next((e for e in phrase.ents if e.label_ == "PERSON"), None)
                if person is not None and person.root.dep_ == "poss" and person.root.head.i == v.i:
                    # "ARMY COLONEL CARLOS GUERRERO'S WIFE": the victim is the wife, not the colonel; the whole
                    # phrase describes her
                    person = None
                description = None
                if named_after is not None:
                    # "the assassination of judge Mariela Espinosa Arango", the name parsed apart from its title
                    description, span, person = filler_span(v), named_after, True
                    seen.add(span)
                elif person is not None and person.start_char > span[0]:
                    description = trim_span(phrase.doc[phrase.start: person.start])
                    span = (person.start_char, v.idx + len(v.text) if cut_name else person.end_char)
                    seen.add(span)
                elif person is not None and cut_name:
                    span = (person.start_char, v.idx + len(v.text))
                    seen.add(span)
                elif person is None and (v.dep_ == "poss" and v.pos_ == "PROPN" and not plural_people(v)
                                         or told_name):
                    # "presidential candidate Bernardo Jaramillo's murder", "the assassinated Carlos Pizarro", a
                    # name NER left untagged: the proper nouns up to it are the name, the words before them (after
                    # the participle) its description
                    a = v.i
                    while a - 1 >= phrase.start and v.doc[a - 1].pos_ == "PROPN":
                        a -= 1
                    lo = trig.i + 1 if phrase.start <= trig.i < a else phrase.start
                    if a > lo:
                        description = trim_span(phrase.doc[lo: a])
                    span, person = (v.doc[a].idx, v.idx + len(v.text)), True
                    seen.add(span)
                if person is not None:
                    count = 1   # one named person ("Garcia Alvarado, 56": 56 is his age)
                else:   # "two Italian engineers": the words say who, the count is ``number``
                    span = filler_span(v) or span
                    seen.add(span)
                htype = lx.HUMAN_TARGET_TYPES.get(head)
                if head == "leader":   # "UNION LEADERS" are civilians, "OPPOSITION LEADERS" political figures
                    htype = lx.role_type(re.findall(r"[\w'-]+", text[span[0]:span[1]].lower())) or htype
                if htype is None and description:
                    htype = lx.role_type(re.findall(r"[\w-]+", text[description[0]:description[1]].lower()))
                item = evidence_dict(text, *span, type=htype or "civilian",
                                     number=count, effect=_effect(lemma), is_name=person is not None)
                if person is None and count:
                    # "at least six persons" is "6-", "approximately 50 people" "~50" (template definition 7.22)
                    item.update(qualified_count(counted_victims))
                if description:
                    item["description"] = evidence_dict(text, *description)
                human.append(item)
                effect = item["effect"]
                if effect in ("death", "injury"):
                    _casualty(casualties, "killed" if effect == "death" else "injured", text, span)
            elif lemma in _DAMAGE_VERBS or lx.TRIGGERS.get(lemma) in ("bombing", "arson", "robbery", "armed_assault"):
                # an organisation named by a building's word is the building ("the Central American
                # University", "the Soviet Embassy"); other organisations are not physical targets
                if ent is not None and (ent.label_ in ("GPE", "LOC", "DATE", "TIME", "NORP")
                                        or ent.label_ == "ORG" and head not in lx.PHYSICAL_TARGET_TYPES):
                    continue
                ptype = lx.PHYSICAL_TARGET_TYPES.get(thing_word(v) or head)   # "power lines": "power line"
                if ptype is None and head not in lx.VEHICLES:
                    continue
                # "blown up" tells total destruction (template definition, slot 16)
                effect = {"burn": "some_damage", "destroy": "destroyed", "blow": "destroyed",
                          "rob": "money_taken_from_target",
                          "steal": "property_taken_from_target", "loot": "property_taken_from_target"
                          }.get(lemma, "some_damage" if lemma in ("bomb", "dynamite", "explode", "damage")
                                else "unknown")
                counted = text[span[0]:max(span[0], v.idx + len(v.text))]
                number = numbers.count_in_phrase(counted) \
                    or (None if v.tag_ in ("NNS", "NNPS") else 1)   # "offices of the federation": the offices
                span = filler_span(v) or span   # "nine vehicles": "vehicles", number 9
                seen.add(span)
                physical.append(evidence_dict(text, *span, type=ptype or "transport_vehicle", number=number,
                                              effect=effect, **qualified_count(counted)))
    # the building a bomb went off at or was put in ("a car bomb exploded in front of the embassy", "placed 11
    # bombs in government bank branches"): MUC-4 takes it as the bombing's target
    for trig in triggers:
        for v in _bomb_sites(trig):
            ent = entity_at(v)
            head = v.lemma_.lower()
            if v.pos_ == "PRON" or head not in lx.PHYSICAL_TARGET_TYPES or head in lx.HUMAN_TARGET_TYPES or (
                    ent is not None and (ent.label_ in ("GPE", "LOC", "DATE", "TIME", "NORP", "PERSON"))):
                continue
            span = filler_span(v) or trim_span(noun_phrase(v))
            if not span or span in seen or any(a <= span[0] < b or span[0] <= a < span[1] for a, b in seen):
                continue
            seen.add(span)
            counted = text[span[0]:max(span[0], v.idx + len(v.text))]
            number = numbers.count_in_phrase(counted) or (None if v.tag_ in ("NNS", "NNPS") else 1)
            item = evidence_dict(text, *span, type=lx.PHYSICAL_TARGET_TYPES[head], number=number, effect="unknown",
                                 **qualified_count(counted))
            prep = v.head if v.dep_ == "pobj" else None
            if prep is not None and (prep.lower_ in _OUTSIDE or prep.head.lower_ in _OUTSIDE):
                item["outside"] = True   # "exploded outside X": X's damage is not told by the bombing
            physical.append(item)
    # counts stated apart from the victims ("Five people are killed", "killing 13 people and injuring 100")
    for sent in sents:
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma not in _KILL | _INJURE:
                continue
            key = "killed" if lemma in _KILL else "injured"
            for v in _victims(tok) + [c for c in tok.children if c.dep_ == "nsubj" and lemma in ("dead", "die")]:
                if v.lemma_.lower() in lx.PERPETRATOR_COUNT_NOUNS or names_nobody(v):
                    continue   # the attackers; "no one was injured"
                if _shot_by_security_forces(tok):
                    continue
                span = trim_span(noun_phrase(v)) if v.pos_ != "NUM" else (v.idx, v.idx + len(v.text))
                if span:
                    _casualty(casualties, key, text, span)
    return {"human": human, "physical": physical}, casualties


def _shot_by_security_forces(tok) -> bool:
    subj = " ".join(c.text.lower() for c in tok.children if c.dep_ == "nsubj")
    return any(w in subj for w in ("police", "soldiers", "troops", "army", "security"))


def _casualty(casualties: dict, key: str, text: str, span) -> None:
    phrase = text[span[0]:span[1]]
    count = numbers.parse_count(phrase)
    if not count:
        return
    cur = casualties.get(key)
    if cur is None or count["value"] > cur["value"]:
        item = {"value": count["value"], "qualifier": count["qualifier"], **evidence_dict(text, *span)}
        if "high" in count:
            item["high"] = count["high"]
        casualties[key] = item


# --------------------------------------------------------------------------- nationality of a target

# "Latin American", "Inter-American", "Organization of American States": a region or a body, not a nation
_NOT_NATION_BEFORE = ("latin ", "central ", "south ", "north ", "inter-", "inter ", "pan-", "ibero-", "afro-",
                      "native ", "latin-", "central-")
_NOT_NATION_AFTER = (" states", " popular revolutionary", " revolutionary popular", " continent")
# "a bus in Peru": a place told, not a nationality (a country's name counts only as a modifier: "the PRC embassy",
# "the embassy of Japan", "Venezuela's first lady")
_PLACE_PREPOSITIONS = {"in", "at", "near", "to", "into", "across", "outside", "inside", "toward", "towards",
                       "throughout", "over", "through", "via"}


def _nation_mentions(text: str, start: int, end: int) -> list[tuple[int, int, str, str, str]]:
    """(start, end, country code, country name, kind) of each nationality word in ``text[start:end]``."""
    table, words, acronyms = nation_words()
    out = []
    for pat in (words, acronyms):
        for m in pat.finditer(text, start, end):
            w = re.sub(r"\s+", " ", m.group(1))
            cc, country, kind = table.get(w) or table[w.lower()]
            before = text[max(0, m.start() - 12):m.start()].lower()
            after = text[m.end(1):m.end(1) + 30].lower()
            if before.endswith(_NOT_NATION_BEFORE) or after.startswith(_NOT_NATION_AFTER):
                continue
            if kind == "name" and before.split()[-1:] and before.split()[-1] in _PLACE_PREPOSITIONS:
                continue
            out.append((m.start(1), m.end(1), cc, country, kind))
    return sorted(out)


def _nation_contexts(sdoc, start: int, end: int):
    """Where a target phrase's nationality may be told, nearest first: the phrase itself; the rest of its noun
    phrase before it ("two U.S. Mormon missionaries" for "Mormon missionaries"); its appositions ("Ball, a U.S.
    citizen"), or the noun it stands in apposition to ("the U.S. citizens -- Todd Wilson and ..."); its "of"
    phrase ("the embassy of Japan", "the daughter of the Egyptian ambassador")."""
    yield start, end
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    root = span.root
    if root.left_edge.idx < span.start_char:
        yield root.left_edge.idx, span.start_char
    rights = [c for c in root.children if c.i >= span.end]
    for c in rights:
        if c.dep_ == "appos":
            yield c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
    if root.dep_ == "appos" and root.head.i < root.i:
        head = root.head
        yield head.left_edge.idx, head.idx + len(head)
    for c in rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            yield c.idx, c.right_edge.idx + len(c.right_edge)


def nationality(sdoc, text: str, start: int, end: int, avoid: str | None = None) -> dict | None:
    """The nationality of the target phrase ``text[start:end]`` when the phrase or its close context says it
    (demonyms and country names as modifiers, ``data/nationalities.tsv``): ``country``, ``country_code`` and
    the evidence words. Where one context names two nations ("the Chilean-U.S. cultural institute"), the one
    that is not ``avoid`` (the country where the incident happened)."""
    for s, e in _nation_contexts(sdoc, start, end):
        found = _nation_mentions(text, s, e)
        if found:
            ms, me, cc, country, _ = next((f for f in found if f[2] != avoid), found[0])
            return {"country": country, "country_code": cc, **evidence_dict(text, ms, me)}
    return None


# --------------------------------------------------------------------------- weapons, stage, suicide

_WEAPON_RE = None


_ACT_WEAPONS = (("firearms", re.compile(r"\b(opened fire|open(?:s|ing)? fire|opened fired|gunm[ae]n|gunned down|"
                                         r"machine-?gunned|shot (?:to death|dead)|(?:shot|fired)(?: \w+){0,2} at|"
                                         r"riddled with bullets|gunfire|gunshots?)\b", re.IGNORECASE)),
                ("melee", re.compile(r"\b(stabb(?:ed|ing)|stabs?|knifed|hacked to death)\b", re.IGNORECASE)))


def _weapon_pattern():
    global _WEAPON_RE
    if _WEAPON_RE is None:
        words = sorted(lx.WEAPONS, key=len, reverse=True)
        _WEAPON_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")(?:e?s)?\b", re.IGNORECASE)
    return _WEAPON_RE


def weapons(text: str, sents, incident_type: str, trigger_lemmas: set[str]) -> list[dict]:
    out, seen_types = [], set()
    for sent in sents:
        for m in _weapon_pattern().finditer(span_text(sent)):
            key = m.group(1).lower()
            tok_span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                          alignment_mode="expand")
            if tok_span is not None and tok_span.root.pos_ == "VERB":
                continue  # "wanted to bomb Kobane": an act, not an instrument
            if tok_span is not None and stored_arms(tok_span.root):
                continue  # "police seized a pistol from one of the traffickers": arms taken, not used
            wtype = lx.WEAPONS[key]
            if key in ("mine", "charge", "device", "shot", "club", "stick", "post", "rocket") and incident_type not in (
                    "bombing", "armed_assault"):
                continue
            s = sent.start_char + m.start()
            e = sent.start_char + m.end()
            before = text[max(0, s - 20):s].lower()
            if any(f in before for f in lx.FAKE_CUES):
                wtype = "fake_weapon"
                fs = text.lower().rfind(next(f for f in lx.FAKE_CUES if f in before), 0, s)
                s = fs if fs >= 0 else s
            if wtype in seen_types:
                continue
            seen_types.add(wtype)
            out.append({"type": wtype, **evidence_dict(text, s, e)})
    if incident_type == "vehicle_ramming" and "vehicle" not in seen_types:
        for sent in sents:
            m = re.search(r"\b(" + "|".join(lx.VEHICLES) + r")s?\b", span_text(sent), re.IGNORECASE)
            if m:
                out.insert(0, {"type": "vehicle", **evidence_dict(text, sent.start_char + m.start(),
                                                                   sent.start_char + m.end())})
                break
    # the act tells the weapon where no instrument is named: "a gunman opened fire", "stabbed people"
    for wtype, act in _ACT_WEAPONS:
        if wtype in seen_types or incident_type not in ("armed_assault", "assassination", "vehicle_ramming",
                                                        "hostage_taking"):
            continue
        for sent in sents:
            m = act.search(span_text(sent))
            if m:
                seen_types.add(wtype)
                out.append({"type": wtype, **evidence_dict(text, sent.start_char + m.start(), sent.start_char + m.end()),
                            "inferred_from": "act"})
                break
    if incident_type == "bombing" and not any(w["type"] in ("explosives", "chemical", "incendiary") for w in out):
        for sent in sents:
            m = re.search(r"\b(bombs?|explosives?|dynamite|blew|blow|explosions?|car[- ]bombs?|dynamit(?:ed|ing)|"
                          r"bomb(?:ed|ing))\b", span_text(sent), re.IGNORECASE)
            if m:
                out.append({"type": "explosives", **evidence_dict(text, sent.start_char + m.start(),
                                                                  sent.start_char + m.end())})
                if m.group(1).lower() in ("blew", "blow", "explosion", "explosions") or m.group(1).lower().endswith(
                        ("ed", "ing")):   # "dynamited the pipeline", "bombed a radio station": the act's words
                    # the act or its effect tells the explosive, but names no instrument (template definition:
                    # not "the effect of using an instrument (such as 'explosion')")
                    out[-1]["inferred_from"] = "act"
                break
    return out


def stage(scope_low: str, modes: set[str]) -> str:
    if any(c in scope_low for c in lx.FOILED_CUES) and ("intent" in modes or "realis" not in modes or
                                                         "stopped" in scope_low):
        return "foiled"
    if any(c in scope_low for c in lx.THREAT_CUES) and "realis" not in modes:
        return "threatened"
    if any(c in scope_low for c in lx.ATTEMPTED_CUES):
        return "attempted"
    if "intent" in modes and "realis" not in modes:
        return "foiled" if any(c in scope_low for c in lx.FOILED_CUES) else "threatened"
    return "accomplished"


def suicide(scope_low: str, stage_value: str, itype: str) -> bool | None:
    for cue in lx.SUICIDE_CUES:
        for m in re.finditer(re.escape(cue), scope_low):
            if not any(f in scope_low[max(0, m.start() - 12):m.start()] for f in lx.FAKE_CUES):
                return True
    if stage_value != "accomplished" or itype == "other":
        return None
    return False


# --------------------------------------------------------------------------- nobody hurt

_UNHARMED = re.compile(
    r"\b(?:no|without(?:\s+causing)?(?:\s+any)?|not\s+cause\s+any|caused\s+no|leaving\s+no)\s+(?:[a-z]+\s+)?"
    r"(?:casualties|victims|fatalities|injuries|deaths)\b"
    r"|\b(?:no\s+one|nobody|no\s+persons?|no\s+people)\s+(?:[a-z]+\s+){0,3}?(?:hurt|injured|wounded|killed|harmed)\b"
    r"|\b(?:unhurt|unharmed|uninjured)\b", re.IGNORECASE)


def nobody_hurt(text: str, spans) -> dict | None:
    """The words of the incident's sentences (``spans``: (start, end) pairs) that say the act hurt nobody
    ("causing damage but no victims", "no casualties were reported", "no one was injured", "escaped
    unharmed"), as evidence, or None."""
    for s, e in spans:
        m = _UNHARMED.search(text, s, e)
        if m:
            return evidence_dict(text, m.start(), m.end())
    return None
