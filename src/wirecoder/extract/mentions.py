"""Find event mentions: the words that report an attack, and whether they report a real one.

A mention is a trigger token (a lemma of ``lexicon.TRIGGERS``) together with
what the sentence says about it: quoted or narrated, real or only intended,
generic ("carry out attacks using any means") or specific.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirecoder.extract import lexicon as lx

_EVENT_PLURALS = ("bombings", "attacks", "shootings", "murders", "killings", "kidnappings", "assassinations",
                  "explosions", "massacres", "ambushes", "abductions", "robberies", "hijackings", "assaults")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass
class Mention:
    token_i: int            # spaCy token index of the trigger
    start: int              # character offsets of the trigger
    end: int
    lemma: str
    type: str
    sent_i: int
    para_i: int
    quoted: bool = False
    mode: str = "realis"    # realis | intent | generic | negated
    noun: bool = False      # a noun trigger ("the attack") rather than a verb
    anaphoric: bool = False  # "the attack", "this bombing": refers back to an incident told before
    separate: bool = False   # "in a separate attack": a new incident, whatever its place
    places: list = field(default_factory=list)  # place candidates attached to it
    target: tuple = ()       # what "the attack on X" names as attacked: (kind, words), see attacked_object
    recalled: bool = False   # "following last night's attack on a bank": an earlier attack named as a reason


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs (blocks between blank lines)."""
    out, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out or [(0, len(text))]


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotation marks (straight or curly).

    A quote left open at the end of a paragraph closes there, as in news
    style where a quotation continues into the next paragraph.
    """
    ranges = []
    for ps, pe in paragraphs(text):
        para = text[ps:pe]
        opened = None
        for m in re.finditer(r'["\u201c\u201d\u00ab\u00bb]', para):
            ch = m.group()
            if opened is None and ch in '"\u201c\u00ab':
                opened = m.start()
            elif opened is not None and ch in '"\u201d\u00bb':
                if m.start() - opened > 40:  # a quoted name like "SANTO TOMAS" is not a quote
                    ranges.append((ps + opened, ps + m.end()))
                opened = None
        if opened is not None and pe - ps - opened > 40:
            ranges.append((ps + opened, pe))
    return ranges


def _in_ranges(pos: int, ranges) -> bool:
    return any(s <= pos < e for s, e in ranges)


def names_nobody(tok) -> bool:
    """ "no one", "nobody", "none", "no people": a phrase that names nobody."""
    low = tok.lower_
    return low in ("nobody", "none", "noone") or (low == "one" and any(c.lower_ == "no" for c in tok.children)) \
        or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) \
        or (low == "one" and _word_before(tok) == "no")


def _word_before(tok) -> str:
    """The word before ``tok``, across the line breaks of a wire report ("NO\\nONE WAS INJURED")."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return tok.doc[i].lower_ if i >= 0 else ""


def _mode(tok) -> str:
    """realis, intent (planned, wanted, attempted), generic (encouraged), negated."""
    if any(c.dep_ == "neg" for c in tok.children) or any(names_nobody(c) for c in tok.children
                                                          if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return "negated"   # "was not killed", "no one was injured", "killing nobody"
    # a noun told as the object of a plan: "suspected of planning a bomb attack"
    head = tok
    for _ in range(4):
        if head.dep_ not in ("compound", "dobj", "pobj", "pcomp", "prep", "amod"):
            break
        head = head.head
        gl = head.lemma_.lower()
        if head.pos_ == "VERB" and gl in lx.INTENT_VERBS and tok.pos_ != "VERB":
            return "intent"
        if head.pos_ == "VERB" and gl in lx.GENERIC_VERBS and gl != "threaten" and tok.pos_ != "VERB":
            return "generic"
    head = tok
    for _ in range(3):
        if head.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp") or (
            head.dep_ == "pobj" and head.head.dep_ == "prep"
        ):
            gov = head.head if head.dep_ != "pobj" else head.head.head
            gl = gov.lemma_.lower()
            if head.dep_ in ("xcomp",) or any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                if gl in lx.GENERIC_VERBS and gl != "threaten":
                    return "generic"
                if gl in lx.INTENT_VERBS:
                    return "intent"
            head = gov
            continue
        break
    if announced_destruction(tok):
        return "intent"   # a threat: "announced that they will destroy power lines"
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "might")
                                   for c in tok.children):
        return "generic"
    return "realis"


_SEPARATE = re.compile(r"^\W*(?:a|one|two|three|four|five|six|\d+|a few|several) (?:days?|weeks?|months?) later,|"
                       r"\b(?:in a separate|in another|a separate (?:attack|incident|bombing)|elsewhere,|"
                       r"(?:a second|a third) (?:blast|explosion|car bomb|bombing|attack|shooting))\b")


_FORCES = ("police", "security", "troops", "soldiers", "army", "officers", "forces", "commandos")


_LEGAL = {"charge", "accuse", "convict", "indict", "sentence", "try", "suspect", "arrest", "investigate"}


def _known_attackers(tok) -> bool:
    """ "The gunmen opened fire from a car": attackers named before, so the attack told before."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ in lx.PERPETRATOR_NOUNS and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                                                                       for d in c.children)
        for c in tok.children)


def _legal(tok) -> bool:
    """ "charged with murder": the courts speaking of an attack told before."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "of", "for", "over") and head.head.lemma_.lower() in _LEGAL:
        return True
    return False


def _response(tok) -> bool:
    """Security forces killing or shooting the attackers: the end of an attack told before."""
    subj = " ".join(tok.doc[c.left_edge.i: c.right_edge.i + 1].text.lower()
                    for c in tok.children if c.dep_ == "nsubj")
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return any(f in subj for f in _FORCES) and any(o.lemma_.lower() in lx.PERPETRATOR_COUNT_NOUNS for o in objs)


# verbs of damage whose agent, a bomb or a fire, makes them tell the attack ("a car bomb destroyed the building")
_WRECK = {"damage", "destroy", "shatter", "wreck", "demolish", "rock", "gut", "raze"}


# verbs that deliver a bomb ("hurled a bomb at the embassy", "placed a bomb in", "a bomb went off")
_DELIVER = {"hurl", "throw", "toss", "plant", "place", "lob"}


# participles the tagger reads as adjectives, which say what was done to the noun they modify
_DONE_TO = {"assassinated": "assassinate", "kidnapped": "kidnap", "abducted": "abduct"}
# doers named by their victims ("the assassins of X"): the act done to X
_DOERS = {"assassin": "assassinate", "murderer": "murder", "killer": "kill", "kidnapper": "kidnap",
          "abductor": "abduct"}


def trigger_of(tok) -> str | None:
    lemma = tok.lemma_.lower()
    text = tok.lower_
    if lemma in lx.TRIGGERS:
        return lemma
    if text in lx.TRIGGERS:
        return text
    if tok.dep_ == "amod" and tok.pos_ in ("ADJ", "VERB") and text in _DONE_TO and tok.head.pos_ in ("NOUN", "PROPN"):
        return _DONE_TO[text]   # "the assassinated Carlos Pizarro", "the kidnapped journalist"
    if lemma in _DOERS and tok.pos_ == "NOUN" and _particular_victims(tok):
        return _DOERS[lemma]   # "the assassins of Msgr Romero", "the kidnappers of the two engineers"
    if lemma in ("killing", "slaying") and tok.pos_ == "NOUN" and _particular_victims(tok):
        return "murder"   # "the killing of the Jesuit priests", "the six Jesuits' slaying"; not "contributing to
        # the killing of my people"
    if lemma in ("capture", "seize") and tok.tag_ in ("VBD", "VBN") and _people_taken(tok) \
            and not _ARREST.search(tok.sent.text):
        return "kidnap"   # "Roberto Mena was captured by troops", "seized university students Hugo Martinez and ..."
    # phrasal triggers
    if lemma == "set" and any(c.lower_ == "fire" for c in tok.children):
        return "set fire"
    if lemma == "blow" and any(c.lower_ == "up" for c in tok.children):
        return "bomb"
    if lemma in ("take", "hold") and any(
            c.lemma_.lower() == "hostage" and c.dep_ in ("dobj", "oprd", "attr", "npadvmod")
            or c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() == "hostage" for g in c.children)
            for c in tok.children):
        return "hostage"   # "took 20 people hostage", "took a group of students as hostages"
    if lemma in _WRECK and tok.pos_ == "VERB":
        agents = [c for c in tok.children if c.dep_ == "nsubj"]
        agents += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children):
            agents.append(tok.head)
        for a in agents:
            t = a.lemma_.lower()
            if lx.TRIGGERS.get(t) in ("bombing", "arson") or lx.TRIGGERS.get(a.lower_) in ("bombing", "arson"):
                return t if t in lx.TRIGGERS else a.lower_   # "a car bomb destroyed the building", "damaged by a bomb"
    if tok.pos_ == "VERB" and (lemma in _DELIVER or lemma == "go" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) or lemma == "set" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)):
        for a in tok.children:
            # devices, not their effect: "setting off explosions" while storming a hotel is no bombing
            if a.dep_ in ("dobj", "nsubjpass", "nsubj") and (a.dep_ != "nsubj" or lemma == "go") \
                    and a.lemma_.lower() not in lx.WEAK_NOUN_TRIGGERS:
                t = a.lemma_.lower()
                if lx.TRIGGERS.get(t) in ("bombing", "arson") or lx.TRIGGERS.get(a.lower_) in ("bombing", "arson"):
                    return t if t in lx.TRIGGERS else a.lower_   # "hurled a bomb at", "a bomb went off"
    if announced_destruction(tok):
        return "sabotage"   # "have announced that they will destroy power lines"
    if lemma == "open" and any(c.lower_ == "fire" and c.dep_ == "dobj" for c in tok.children):
        return "shoot"   # "a gunman opened fire at a store"
    if lemma in _DRIVE and _into_people(tok):
        return "ram"   # "drove a truck into crowds", "a van slammed into pedestrians"
    return None


_DRIVE = {"drive", "steer", "crash", "smash", "slam", "plunge", "careen", "speed", "barrel", "veer", "mount"}
_PEOPLE = {"crowd", "pedestrian", "people", "shopper", "worshipper", "reveller", "spectator", "tourist",
           "passerby", "passer", "marcher", "protester", "demonstrator", "student", "civilian", "commuter",
           "runner", "cyclist", "soldier", "policeman", "officer"}


def _into_people(tok) -> bool:
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("into", "through", "at"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in _PEOPLE:
                    return True
    return False


def _particular_victims(tok) -> bool:
    """ "The killing of the Jesuit priests", "the killing of six of their members", "the killing of Pardo Leal",
    "the six Jesuits' slaying", "the Jesuit priests' slaying": the noun names an event by its victims, told by a
    count, a name or a definite article, after "of" or as its possessor (people by their trade or a name; not
    "his", "our")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and (
                c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC")
                or _people_word(c)) and (c.pos_ == "PROPN" or any(
                    d.dep_ == "nummod" or d.dep_ == "det" and d.lower_ in ("the", "these", "those")
                    for d in c.children)):
            return True
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.pos_ in ("PROPN", "NUM") or obj.like_num or any(
                    c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                    for c in obj.children):
                return True
    return False


def _people_word(tok) -> bool:
    """A noun of people by their trade or kind, singular or plural ("JESUITS", "PRIESTS", "peasant")."""
    return tok.lemma_.lower() in lx.HUMAN_TARGET_TYPES or lx.people_noun(tok.lower_) is not None


# an arrest told, not an abduction: "police captured the gunman after a manhunt and charged him"
_ARREST = re.compile(r"\b(?:arrest\w*|custody|charged|charges|accused|wanted|suspected|manhunt|shootout|"
                     r"extradit\w*|warrant)\b", re.IGNORECASE)


def _people_taken(tok) -> bool:
    """A verb of taking whose object (or passive subject) is a named person or people by their trade, not the
    attackers ("captured two guerrillas", "X, one of the top leaders of the terrorist organization") nor things
    ("seized weapons")."""
    from wirecoder.extract.fields import entity_at

    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lower_ in ("who", "that") and tok.dep_ == "relcl":
            c = tok.head   # "peasant Bartolo Rodriguez, who was captured on 27 January"
        if any(w.lower_ in lx.PERPETRATOR_NOUNS or w.lower_ in ("terrorist", "leader", "leaders", "drug", "trafficker",
                                                              "traffickers", "suspect", "suspects")
               for w in c.subtree):
            return False
        for v in [c] + [x for x in c.children if x.dep_ in ("conj", "appos")]:
            low = v.lower_
            if low in lx.PERPETRATOR_NOUNS or v.lemma_.lower() in lx.PERPETRATOR_NOUNS:
                return False
            ent = entity_at(v)
            if ent is not None and ent.label_ == "PERSON" or v.lemma_.lower() in lx.HUMAN_TARGET_TYPES \
                    or low in lx.HUMAN_TARGET_TYPES:
                return True
    return False


# a store of arms taken or found: the explosives in it were never used ("the authorities confiscated 2 rifles,
# 650 cartridges, 6 sticks of dynamite", "found a camper with 15 kg of dynamite")
_SEIZE = {"confiscate", "seize", "capture", "recover", "stockpile", "store", "find", "discover"}
_FOUND = {"find", "discover"}   # a bomb found where it was planted is a foiled bombing: only a store of arms
_MEASURES = {"kg", "kilogram", "kilo", "pound", "ton", "stick", "box", "case", "quantity", "amount", "load",
             "lot", "crate", "sack", "bag", "gram", "arsenal", "cache"}
_ARMS = {"rifle", "ammunition", "cartridge", "weapon", "arm", "machinegun", "submachinegun", "pistol", "gun",
         "launcher", "materiel", "uniform", "fuse", "detonator", "plug", "revolver", "carbine", "shotgun", "mine"}


def _cache(tok) -> bool:
    """An explosive named in a store of arms seized or found ("confiscated ... ammunition for both weapons, and
    several sticks of dynamite"): the object of a verb of seizing, or of finding when listed beside other arms
    or measured by weight or in sticks; not "a bomb was found in front of the bank", a bombing foiled."""
    if lx.TRIGGERS.get(tok.lemma_.lower(), lx.TRIGGERS.get(tok.lower_)) != "bombing" \
            or tok.pos_ == "VERB" and tok.dep_ != "amod":
        return False
    return stored_arms(tok)


# arms handed over by their holders ("delivered large quantities of dynamite", "surrendered their rifles")
_HANDED = {"deliver", "surrender", "hand"}
# what a store of arms is called ("the weapons ... were among the supplies found in an FMLN cache")
_STORES = {"supply", "cache", "arsenal", "stock", "stockpile", "depot", "haul", "booty"}


def stored_arms(tok) -> bool:
    """A weapon word ``tok`` named in a store of arms seized, found or handed over, not used in an act: the
    object of a verb of seizing ("police seized a pistol from one of the traffickers") or handing over
    ("delivered ... large quantities of dynamite"), or of finding when listed beside other arms or measured by
    weight or in sticks ("found a camper with 15 kg of dynamite"; not "a bomb was found in front of the bank");
    or the subject of "be" among a store ("the weapons -- rifles, pistols ... -- were among the supplies
    found")."""
    listed = measured = False
    head = tok
    for _ in range(10):
        if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
            sibs = [head.head] if head.dep_ == "conj" else []
            sibs += [c for c in head.children if c.dep_ == "conj"]
            listed = listed or any(x.lemma_.lower() in _ARMS for x in sibs)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _MEASURES:
            measured = True
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() == "be":
            return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _STORES
                                                for o in p.children) for p in head.head.children)
        if head.dep_ not in ("pobj", "prep", "conj", "dobj", "appos", "compound", "amod", "nsubjpass", "nmod",
                             "nummod"):
            return False
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            return lemma in _SEIZE | _HANDED and (lemma not in _FOUND or listed or measured)
    return False


def _hyphen_modifier(tok) -> bool:
    """The end of a hyphened modifier ("a slow-burning fuse"): a quality of a thing, no act."""
    return tok.dep_ == "amod" and tok.i > 1 and tok.doc[tok.i - 1].text == "-" \
        and not tok.doc[tok.i - 2].whitespace_ and not tok.doc[tok.i - 1].whitespace_


# a part of a class of events ("most of the murders of the country's leftist leaders"): events in general
_SOME_OF = {"most", "many", "some", "several", "all", "none", "dozens", "hundreds", "thousands", "majority",
            "number", "part", "half", "series", "wave"}


def _some_of(tok) -> bool:
    return tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lower_ in _SOME_OF and not any(c.dep_ == "nummod" for c in tok.head.head.children)


_OF_VICTIM = {"assassination", "murder", "killing", "kidnapping", "abduction", "kidnap", "abduct"}


def thing_word(h) -> str | None:
    """The word of ``lexicon.PHYSICAL_TARGET_TYPES`` a noun names: its lemma ("bank") or its compound with the
    lemma ("power line")."""
    lemma = h.lemma_.lower()
    if lemma in lx.PHYSICAL_TARGET_TYPES:
        return lemma
    for c in h.children:
        if c.dep_ == "compound" and f"{c.lower_} {lemma}" in lx.PHYSICAL_TARGET_TYPES:
            return f"{c.lower_} {lemma}"
    return None


# verbs by which doers make known an act they will do: "have announced that they will destroy power lines"
_ANNOUNCE = {"announce", "threaten", "warn", "vow", "declare"}


def announced_destruction(tok) -> bool:
    """ "(the rebels) have announced that they WILL DESTROY power lines", "threatened to destroy the bridge": an
    act of destruction the doers make known beforehand, a threat against the thing it names (a verb of
    wrecking with a building, line or vehicle as its object; "a car bomb destroyed the building" is the bomb's
    effect, told by the bomb)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _WRECK - {"rock"}:
        return False
    if not any(c.dep_ == "dobj" and thing_word(c) for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in ("threaten", "vow"):
        return True
    return tok.dep_ == "ccomp" and head.lemma_.lower() in _ANNOUNCE and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in tok.children)


def attacked_object(tok) -> tuple:
    """What a trigger names as attacked: the object of "the attack ON a police station", "an attack AGAINST a
    bank", "the assassination OF Carlos Pizarro" (``of`` only for a noun of killing or taking, where it names
    the victim; "the attack of the guerrillas" names the attacker); a verb's object or passive subject ("two
    vehicles have been attacked"); what "was the target of an attack"; for a weapon noun that is the subject of
    its verb, the verb's: "(a load of) dynamite was hurled AGAINST a police station".

    Returns ``(names, things)``: the proper names (people, organisations, places, buildings) and the heads that
    are buildings, vehicles and the like (``lexicon.PHYSICAL_TARGET_TYPES``); ``()`` when neither is named: a
    pronoun ("the attack on him"), people by a common noun ("six Jesuits" and "six priests" may be the same).
    """
    heads = []
    holders = [tok]
    subj = tok
    if tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        subj = tok.head.head   # "a load of dynamite was hurled"
        if subj.lemma_.lower() == "target" and subj.dep_ == "attr":
            heads += [c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.pos_ != "VERB" and subj.dep_ in ("nsubj", "nsubjpass") and subj.head.pos_ == "VERB":
        holders.append(subj.head)
    if tok.pos_ == "VERB":
        heads += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep":
                continue
            low = c.lower_   # "ambushed the patrol on a highway", "the ambush occurred on the road": a verb's "on" is where
            if low == "against" or (holder.pos_ != "VERB" and low == "on") or (
                    low == "of" and holder.pos_ != "VERB" and holder.lemma_.lower() in _OF_VICTIM):
                heads += [g for g in c.children if g.dep_ == "pobj"]
    if tok.pos_ != "VERB" and tok.lemma_.lower() in _OF_VICTIM:
        heads += [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]   # "Jaramillo's murder"
    for h in list(heads):
        heads += [g for g in h.conjuncts if g not in heads]
    heads = [h for h in heads if h.pos_ in ("NOUN", "PROPN")]
    names = frozenset(t.lower_ for h in heads for t in [h, *h.children] if t.pos_ == "PROPN" and t.ent_type_ in
                      ("PERSON", "ORG", "GPE", "FAC", "NORP", "LOC"))
    things = frozenset(w for h in heads if (w := thing_word(h)))
    return (names, things) if names or things else ()


# words that name an attack as the reason for another act: "to protest X's murder", "in retaliation for the attack"
_REASON = {"protest", "avenge", "retaliation", "retaliate", "reprisal", "revenge", "clarification", "clarify"}


def recalled(tok, target: tuple) -> bool:
    """A noun of attack that names an earlier attack as the time or reason of another act: "FOLLOWING last
    night's attack ON A BANK, dynamite was hurled against a police station", "attacks TO PROTEST candidate
    Jaramillo's murder", "demanding the CLARIFICATION OF Jaramillo's murder". Only when the noun names what
    was attacked (``target``): "after the attack, the gunmen fled" names the same attack."""
    if tok.pos_ != "NOUN" or not target:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("following", "after"):
        return True
    sent = tok.sent
    for w in tok.doc[max(sent.start, tok.i - 15): tok.i]:
        if w.lemma_.lower() in _REASON or w.lower_ in _REASON:
            between = tok.doc[w.i + 1: tok.i]
            return not any(trigger_of(x) for x in between)
    return False


def same_object(a: tuple, b: tuple) -> bool:
    """Two attacked objects that share a name or a building's word ("Jaramillo's murder", "the murder of
    Bernardo Jaramillo")."""
    return bool(a and b and (a[0] & b[0] or a[1] & b[1]))


def different_things(a: tuple, b: tuple) -> bool:
    """Two attacked objects that cannot be the same: both name buildings, vehicles and the like, with no head
    in common ("a bank" and "a police station"), and no name in common. Names alone decide nothing: a victim is
    told by several names and by his relatives' ("Perez" and "Norberto Rodriguez, brother of Venezuela's first
    lady Blanca Rodriguez de Perez")."""
    return bool(a and b and a[1] and b[1]) and not same_object(a, b)


def find_mentions(sdoc, text: str) -> list[Mention]:
    """Every trigger in the document with its sentence, paragraph, quote and mode."""
    from wirecoder.extract.fields import span_text   # fields imports this module

    paras = paragraphs(text)
    quotes = quote_ranges(text)
    sents = list(sdoc.sents)
    sent_of = {}
    for si, s in enumerate(sents):
        for t in s:
            sent_of[t.i] = si
    mentions: list[Mention] = []
    para_i = 0
    for tok in sdoc:
        trig = trigger_of(tok)
        if trig is None:
            continue
        if tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        while para_i + 1 < len(paras) and tok.idx >= paras[para_i + 1][0]:
            para_i += 1
        ttype = lx.TRIGGERS[trig]
        sent = sents[sent_of[tok.i]]
        sent_low = span_text(sent).lower()
        if ttype == "vehicle_ramming" and not any(v in sent_low for v in lx.VEHICLES):
            continue
        if ttype == "armed_assault" and any(w in sent_low for w in lx.NON_INCIDENT_CONTEXT):
            continue  # combat between armed forces is not an incident of terrorism
        if trig in lx.WEAK_NOUN_TRIGGERS and tok.pos_ != "VERB" and not (
                trig in ("blast", "explosion") and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.EFFECT_ONLY):
            continue   # but "a blast killed two people" tells a bombing
        if trig == "fire" and not any(c.dep_ in ("dobj", "prep") for c in tok.children):
            continue
        if _cache(tok) or _hyphen_modifier(tok):
            continue   # explosives in a store of arms seized; "a slow-burning fuse"
        mode = _mode(tok)
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_.endswith(_EVENT_PLURALS) and not any(c.dep_ in ("det", "nummod", "poss") and
                                                                 c.lower_ not in ("some", "many", "several")
                                                                 for c in tok.children):
            mode = "generic"  # "there are only some bombings and shootings": no particular event
        if _some_of(tok):
            mode = "generic"  # "most of the murders of the country's leftist leaders": a class of events
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "anniversary":
            mode = "generic"  # "the 10th anniversary of Romero's assassination": remembered, not reported
        target = attacked_object(tok)
        mentions.append(Mention(
            token_i=tok.i, start=tok.idx, end=tok.idx + len(tok.text), lemma=trig, type=ttype,
            sent_i=sent_of[tok.i], para_i=para_i, quoted=_in_ranges(tok.idx, quotes),
            mode=mode, noun=tok.pos_ != "VERB",
            anaphoric=(tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                  for c in tok.children)) or _response(tok) or _legal(tok)
                       or _known_attackers(tok),
            # the sentence's first mention ("A second blast ... killed two": a weak noun is no mention)
            separate=bool(_SEPARATE.search(sent_low)) and not (mentions and mentions[-1].sent_i == sent_of[tok.i]),
            target=target,
            recalled=recalled(tok, target),
        ))
    return mentions
