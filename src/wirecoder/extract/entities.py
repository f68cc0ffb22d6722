"""Role fillers are entities, not mentions: fold the mentions of one entity into one filler.

"the FMLN", "the Farabundo Marti National Liberation Front" and "the front"
filling one role of one incident are one perpetrator organisation: the first
filler stays, with the other mentions in its ``mentions`` list (``text`` and
``span`` each). Organisations are one entity when their canonical names agree
(``normalize.groups``); other fillers when, without determiners and
possessives, one's words are all among the other's and they share their last
word ("Jose Perez" / "Perez", "the guerrillas" / "urban guerrillas").

A person is named by the fullest form of the name the document gives:
``name_people`` sets a filler's ``name`` to "Roberto Garcia Alvarado" when it
says "Garcia Alvarado, 56" and the report named him in full before (that
mention joins ``mentions``), and to the name alone when the filler's words
run on into an apposition ("Jorge Vargas, second secretary of the embassy").
"""

from __future__ import annotations

import re

_DROP = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "some", "several"}


def words(text: str) -> list[str]:
    toks = re.findall(r"[\w-]+", text.lower().replace("'s", ""))
    return [t for t in toks if t not in _DROP]


def same_entity(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short[-1] == long_[-1] and set(short) <= set(long_)


def _singular(w: str) -> str:
    return w[:-3] + "man" if w.endswith("men") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def same_group(a: str, b: str) -> bool:
    """Two descriptions of one group of victims: the one's words, in the singular, all among the other's
    ("Jesuits" and "Jesuit priests")."""
    wa, wb = {_singular(w) for w in words(a)}, {_singular(w) for w in words(b)}
    if not wa or not wb or wa == wb:
        return bool(wa) and wa == wb
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short < long_


def same_force(a: dict, b: dict) -> bool:
    """Two unnamed descriptions of the state's forces with one head noun, in one incident, are one body of men
    ("GUATEMALAN ARMY TROOPS" and "NORTHEASTERN COBAN BASE TROOPS" who killed the same peasants)."""
    from wirecoder.extract.lexicon import NONSTATE_WORDS, STATE_AGENT_WORDS

    if a.get("named") or b.get("named"):
        return False
    wa, wb = words(a["text"]), words(b["text"])
    return bool(wa and wb) and _singular(wa[-1]) == _singular(wb[-1]) and all(
        STATE_AGENT_WORDS.search(" ".join(w)) and not NONSTATE_WORDS.search(" ".join(w)) for w in (wa, wb))


def _fold(items: list[dict], key) -> list[dict]:
    out: list[dict] = []
    for it in items:
        host = next((o for o in out if key(o, it)), None)
        if host is None:
            out.append(it)
            continue
        known = {tuple(host["span"])} | {tuple(m["span"]) for m in host.get("mentions", [])}
        for m in [it, *it.get("mentions", [])]:
            if "span" in m and tuple(m["span"]) not in known and m.get("text"):
                host.setdefault("mentions", []).append({"text": m["text"], "span": list(m["span"])})
                known.add(tuple(m["span"]))
        if isinstance(it.get("number"), int) and isinstance(host.get("number"), int):
            host["number"] = max(host["number"], it["number"])
    return out


def _contiguous(short: list[str], long_: list[str]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def extends(short: list[str], long_: list[str]) -> bool:
    """``long_`` is a fuller form of the name ``short``: its words run on inside it ("Garcia Alvarado" in
    "Roberto Garcia Alvarado", "Antonio Roldan" in "Antonio Roldan Betancur"); one word alone only as a
    surname, not the given name ("Vargas" in "Jorge Adolfo Vargas Gonzalez", not "Jorge")."""
    if len(short) >= len(long_) or not _contiguous(short, long_):
        return False
    return len(short) > 1 or long_[0] != short[0]


def _fullest(name: str, people: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    w = words(name)
    fuller = [p for p in people if extends(w, words(p[0]))]
    if not fuller:
        return None
    best = max(fuller, key=lambda p: (len(words(p[0])), -p[1]))
    # two different people the short name could be ("Perez": "Jose Perez", "Maria Perez"): leave it
    if any(not (set(words(p[0])) <= set(words(best[0]))) for p in fuller):
        return None
    return best


# words before a name that are no part of it ("JUDGE FEDERICO ESTRADA VELEZ")
TITLES = {"col", "colonel", "gen", "general", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt",
          "sergeant", "mr", "mrs", "ms", "dr", "doctor", "father", "msgr", "monsignor", "bishop", "archbishop",
          "judge", "senator", "deputy", "minister", "commander", "president", "mayor", "governor", "ambassador",
          "professor", "attorney", "candidate", "leader", "chief", "engineer", "former", "vice", "secretary"}


def name_runs(runs, text: str) -> list[tuple[str, int, int]]:
    """Runs of proper nouns (lists of spaCy tokens over ``text``) as names (text, start, end): without leading
    titles, two words or more."""
    out = []
    for run in runs:
        toks = list(run)
        while toks and toks[0].lower_.rstrip(".") in TITLES:
            toks = toks[1:]
        if len(toks) >= 2:
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            out.append((text[a:b], a, b))
    return out


_RUN_ON = re.compile(r"\s*(?:,|\(|--|—| - |\s(?:who|whose|which)\s).*", re.S | re.I)
_POSSESSIVE = re.compile(r"['’]s$", re.I)


def _untitled(own: str) -> str:
    """A victim's words without the titles, forms of address and role words before the name ("MR. TORRES",
    "POLICEMAN JOSE FELIX AGUIRRE", "JESUIT IGNACIO ELLACURIA")."""
    from wirecoder.extract.lexicon import people_noun

    def role(word: str) -> bool:
        low = word.lower().rstrip(".")
        return low in TITLES | _ADDRESS or people_noun(low) is not None

    toks = own.split()
    while len(toks) > 1 and role(toks[0]):
        toks = toks[1:]
    # a role word inside, before two words or more of the name: the words before it tell who the person is,
    # not what they are called ("U.S. JOURNALIST BERNARDETTE PARDO", "REDE GLOBO JOURNALIST CARLOS MARCELO";
    # not "FEDERICO MAYOR ZARAGOZA")
    inner = [i for i in range(1, len(toks) - 2) if role(toks[i])]
    if inner:
        toks = toks[inner[-1] + 1:]
    return " ".join(toks)


def name_people(inc: dict, text: str, people: list[tuple[str, int, int]]) -> None:
    """Name each victim named in ``inc`` by the fullest form of the name; ``people``: the document's person
    names (text, start, end), as spaCy's NER found them and as runs of proper nouns (``name_runs``)."""
    for item in inc["targets"]["human"]:
        if not item.get("is_name"):
            continue
        own = _POSSESSIVE.sub("", " ".join(_RUN_ON.sub("", item["text"]).split()))
        if not words(own):
            continue
        own = _untitled(own)
        best = _fullest(own, people)
        name = _untitled(_POSSESSIVE.sub("", " ".join(best[0].split()))) if best else own
        if name == " ".join(item["text"].split()):
            continue
        item["name"] = name
        if best is not None:
            spans = {tuple(item["span"])} | {tuple(m["span"]) for m in item.get("mentions", [])}
            if (best[1], best[2]) not in spans:
                item.setdefault("mentions", []).append({"text": text[best[1]:best[2]], "span": [best[1], best[2]]})


_ANONYMOUS = {"victim", "person", "individual"}


def _fold_anonymous(human: list[dict]) -> None:
    """"The victim", "a person", told of an incident whose victims are named, is one of them, not a victim of
    its own: it joins the first named victim's mentions."""
    named = next((h for h in human if h.get("is_name")), None)
    if named is None:
        return
    for h in [h for h in human if not h.get("is_name") and words(h["text"]) and
              set(words(h["text"])) <= _ANONYMOUS and h.get("number") in (None, 1)]:
        human.remove(h)
        named.setdefault("mentions", []).append({"text": h["text"], "span": list(h["span"])})


def fold_incident(inc: dict) -> dict:
    perps, targets = inc["perpetrators"], inc["targets"]
    perps["organizations"] = _fold(
        perps["organizations"],
        lambda a, b: (a.get("name") or "").lower() == (b.get("name") or "").lower() or same_entity(a["text"], b["text"]))
    by_text = lambda a, b: same_entity(a["text"], b["text"])  # noqa: E731
    by_name = lambda a, b: same_entity(a.get("name") or a["text"], b.get("name") or b["text"])  # noqa: E731
    perps["individuals"] = _fold(perps["individuals"], lambda a, b: by_text(a, b) or same_force(a, b))
    targets["human"] = _fold(targets["human"], lambda a, b: by_name(a, b) or (
        not a.get("is_name") and not b.get("is_name") and same_group(a["text"], b["text"])))
    _fold_anonymous(targets["human"])
    targets["physical"] = _fold(targets["physical"], by_text)
    # "incendiary bombs" and "the bombs": one weapon, though one is incendiary and the other an explosive
    blasts = {"explosives", "incendiary"}
    inc["weapons"] = _fold(inc["weapons"], lambda a, b: (a.get("type") == b.get("type") or {a.get("type"), b.get("type")}
                                                          <= blasts) and by_text(a, b))
    return inc


# --------------------------------------------------------------------------- descriptions of named victims

# general words that say nothing of a named person's title or role (template definition, slot 19, note 1:
# "null ... if only a general descriptor such as 'woman' or 'peasant' is present")
_NO_ROLE = {"victim", "person", "man", "woman", "individual", "people", "one", "other", "hostage", "body",
            "citizen", "national", "resident", "native", "name", "case", "son", "daughter", "wife", "husband"}
_ADDRESS = {"mr", "mrs", "ms", "miss", "dr", "don", "dona", "senor", "senora", "sir", "madam"}
_NAME_JOINERS = {"de", "del", "la", "el", "al", "-", "y"}


def _mention_runs(sdoc, name_words: list[str]):
    """Token runs in ``sdoc`` that name the person whose name has the words ``name_words``: runs of proper
    nouns (titles left off) whose words are the name or a fuller part of it by its surname ("Vargas",
    "Garcia Alvarado"), not another person who shares a word ("Carlos Guerrero" for "Angela de Guerrero")."""
    name_words = [w for w in name_words if w not in _NAME_JOINERS]
    wanted = set(name_words)
    if not name_words:
        return
    n = len(sdoc)
    i = 0
    while i < n:
        tok = sdoc[i]
        if tok.lower_ not in wanted or not tok.is_alpha:
            i += 1
            continue
        a = b = i
        while a > 0 and (sdoc[a - 1].pos_ == "PROPN" or sdoc[a - 1].lower_ in _NAME_JOINERS) \
                and sdoc[a - 1].lower_.rstrip(".") not in TITLES and sdoc[a - 1].lower_ in wanted | _NAME_JOINERS:
            a -= 1
        while b + 1 < n and (sdoc[b + 1].lower_ in wanted or (sdoc[b + 1].lower_ in _NAME_JOINERS
                             or sdoc[b + 1].is_space)   # a wire report's line break inside the name
                             and b + 2 < n and sdoc[b + 2].lower_ in wanted):
            b += 1
        # the run's neighbours must not be further words of another name
        before = sdoc[a - 1] if a > 0 else None
        after = sdoc[b + 1] if b + 1 < n else None
        i = b + 1
        if (before is not None and before.pos_ == "PROPN" and before.ent_type_ == "PERSON"
                and _untitled(before.text + " x") != "x") or (after is not None and after.pos_ == "PROPN"
                                                             and after.ent_type_ == "PERSON"):
            continue   # the run is part of another name ("Carlos Guerrero"), not after a title ("Jesuit")
        run_words = [t.lower_ for t in sdoc[a:b + 1] if t.lower_ not in _NAME_JOINERS and not t.is_space]
        if run_words and (run_words == name_words or extends(run_words, name_words)):
            yield sdoc[a:b + 1]


def _role_words(tok):
    """The character span of the words of a title or role headed by ``tok`` ("director of the Columbus
    School"), or None when ``tok`` names no role."""
    from wirecoder.extract.fields import filler_words, trim_span

    if tok.pos_ not in ("NOUN", "PROPN") or tok.like_num or tok.ent_type_ in ("PERSON", "GPE", "LOC", "ORG", "FAC",
                                                                              "DATE", "TIME", "CARDINAL"):
        return None
    if tok.lemma_.lower() in _NO_ROLE or tok.lower_ in _NO_ROLE:
        return None
    # the role's own words, an ordinal kept ("second secretary of the embassy"), a count or an age not
    toks = list(filler_words(tok, counted=True))
    while toks and toks[0].tag_ == "CD" and toks[0].i < tok.i and toks[1].text != "-":   # "26-year-old" stays
        toks = toks[1:]
    return trim_span(toks, possessor=True) if toks else None


def _title_before(run):
    """The words before a name inside its noun phrase that give a title or role ("former Supreme Court
    President", "DAS director Brigadier General", "Mr."), without determiners, possessors of a pronoun,
    hedges or participles that tell the act ("the slain Jesuit ...")."""
    from wirecoder.extract.fields import _HEDGES, _KEPT_PARTICIPLES, _trim_chars, doc_text

    doc = run.doc
    head = run.root
    toks = [t for t in doc[head.left_edge.i: run.start]]
    # only the words right before the name: not across a comma, a conjunction or a clause
    cut = max((k for k, t in enumerate(toks) if t.is_punct and t.text not in (".", "-") or t.dep_ in ("cc", "conj")
               or t.pos_ in ("VERB", "AUX", "ADP", "PRON")), default=-1)
    toks = toks[cut + 1:]
    while toks:
        t = toks[0]
        low = t.lower_
        if t.is_space or t.dep_ in ("det", "predet") or t.tag_ in ("DT", "PDT", "POS") or low in _HEDGES \
                or t.like_num or (t.dep_ == "poss" and t.pos_ == "PRON") \
                or (t.tag_ in ("VBN", "VBG", "VBD") and not t.ent_type_ and low not in _KEPT_PARTICIPLES):
            toks = toks[1:]
        else:
            break
    if not toks:
        return None
    from wirecoder.extract.places import _DEMONYMS

    last = toks[-1]
    if last.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and last.lower_.rstrip(".") not in TITLES \
            or last.lower_.rstrip("s") in _DEMONYMS:
        return None   # "Medellin's ...", "the FMLN's ...", "Ecuadoreans ...": no title
    if last.pos_ not in ("NOUN", "PROPN") or last.lemma_.lower() in _NO_ROLE or last.lower_ in _NO_ROLE:
        if last.lower_.rstrip(".") not in TITLES:
            return None
    text = doc_text(doc)
    return _trim_chars(text, toks[0].idx, last.idx + len(last.text))


def _described(run):
    """Titles and roles the sentence gives the person named by the token run ``run``, nearest first: a title
    before the name, an apposition ("David Lecky, director of the Columbus School"), the noun the name stands
    in apposition to ("the murdered diplomat, Jorge Vargas"), a relative clause or a copula ("Guerrero, who was
    an adviser to ...", "Vargas was the second secretary of ...")."""
    head = run.root
    found = [_title_before(run)]
    found += [_role_words(c) for c in head.children if c.dep_ == "appos" and c.i >= run.end]
    if head.dep_ == "appos" and head.head.i < run.start:
        found.append(_role_words(head.head))
    for clause in [c for c in head.children if c.dep_ == "relcl"] + ([head.head] if head.dep_ == "nsubj" else []):
        if clause.lemma_.lower() == "be":
            found += [_role_words(c) for c in clause.children if c.dep_ == "attr"]
    return [f for f in found if f]


def describe_people(inc: dict, sdoc, text: str) -> None:
    """Give each named victim of ``inc`` without a description the title or role the report gives any mention
    of the person (MUC-4 slot 19: "DIRECTOR OF THE COLUMBUS SCHOOL" for DAVID LECKY), the first one told,
    and the type that the role's words say (``lexicon.HUMAN_TARGET_TYPES``: a judge is legal or judicial)."""
    from wirecoder.extract import lexicon as lx
    from wirecoder.schema import evidence_dict

    for item in inc["targets"]["human"]:
        told = words((item.get("description") or {}).get("text", ""))
        if not item.get("is_name") or told and told[-1] not in _ADDRESS:
            continue   # (a form of address alone, "Dr", gives way to a role told elsewhere)
        name = words(item.get("name") or _RUN_ON.sub("", item["text"]))
        if not name:
            continue
        found = [d for run in _mention_runs(sdoc, name) for d in _described(run)]
        if told:
            found = [d for d in found if words(text[d[0]:d[1]])[-1:] and words(text[d[0]:d[1]])[-1] not in _ADDRESS]
        if not found:
            continue
        # a role or office before a bare form of address ("Dr", "Mr.", "Miss"), which the keys give only where
        # the report tells no role
        s, e = next((d for d in found if words(text[d[0]:d[1]])[-1:] != [] and
                     words(text[d[0]:d[1]])[-1].rstrip(".") not in _ADDRESS), found[0])
        item["description"] = evidence_dict(text, s, e)
        role = words(text[s:e])
        htype = lx.role_type(role)
        if htype and item.get("type", "civilian") == "civilian":
            item["type"] = htype


_FATE_NOUNS = {"murder", "assassination", "death", "killing", "kidnapping", "abduction", "kidnap", "wounding",
               "execution", "slaying"}


def _fate(run) -> str | None:
    """What the sentence says befell the person named by the token run ``run``: killed ("Vargas was murdered",
    "the murder of Jorge Vargas", "Rivera's murder", "Guerrero died"), wounded or kidnapped; None if it says
    nothing of it."""
    from wirecoder.extract.fields import _effect, _INJURE, _KIDNAP, _KILL

    acts = _KILL | _INJURE | _KIDNAP | _FATE_NOUNS
    tok = run.root
    if tok.dep_ == "appos" and tok.head.i < run.start:
        tok = tok.head   # "the second secretary of the embassy, Jorge Vargas"
    head = tok.head
    lemma = head.lemma_.lower()
    act = None
    if tok.dep_ in ("dobj", "nsubjpass") and lemma in acts and head.pos_ in ("VERB", "AUX"):
        act = lemma
    elif tok.dep_ == "nsubj" and lemma in ("die", "dead"):
        act = lemma
    elif tok.dep_ == "poss" and lemma in acts and head.pos_ == "NOUN":
        act = lemma
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in acts \
            and head.head.pos_ == "NOUN":
        act = head.head.lemma_.lower()
    if act is None or any(c.dep_ == "neg" for c in (head.children if head.pos_ != "ADP" else head.head.children)):
        return None
    act = {"murder": "kill", "assassination": "assassinate", "death": "die", "killing": "kill",
           "execution": "execute", "slaying": "slay", "wounding": "wound", "abduction": "abduct"}.get(act, act)
    effect = _effect(act)
    return effect if effect != "unknown" else None


def fate_of_people(inc: dict, sdoc) -> None:
    """A named victim whose fate the incident's filler left untold takes the one that a mention of the person
    anywhere in the report tells ("Garcia Alvarado, 56, was killed today"), the first told."""
    for item in inc["targets"]["human"]:
        if not item.get("is_name") or item.get("effect") not in (None, "unknown"):
            continue
        name = words(item.get("name") or _RUN_ON.sub("", item["text"]))
        fates = [f for run in _mention_runs(sdoc, name) if (f := _fate(run))]
        if fates:
            item["effect"] = fates[0]


def _name_at(tok):
    """The character span of the person's name that the token ``tok`` is part of: spaCy's PERSON entity, else
    the run of proper nouns around it, titles left off; None if ``tok`` is in no name."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    if ent is not None and ent.label_ != "PERSON":
        return None
    if ent is not None:
        a, b = ent.start, ent.end
    elif tok.pos_ == "PROPN":
        a = b = tok.i
        while a > 0 and (doc[a - 1].pos_ == "PROPN" or doc[a - 1].lower_ in _NAME_JOINERS and a > 1
                         and doc[a - 2].pos_ == "PROPN"):
            a -= 1
        while b + 1 < len(doc) and (doc[b + 1].pos_ == "PROPN" or doc[b + 1].lower_ in _NAME_JOINERS
                                    and b + 2 < len(doc) and doc[b + 2].pos_ == "PROPN"):
            b += 1
        b += 1
    else:
        return None
    from wirecoder.extract.lexicon import HUMAN_TARGET_TYPES
    from wirecoder.extract.places import _DEMONYMS, _PLACE_WORDS

    toks = [t for t in doc[a:b] if not t.is_punct]
    while toks and (toks[0].lower_.rstrip(".") in TITLES | _ADDRESS or toks[0].ent_type_ == "NORP"
                    or toks[0].lower_ in HUMAN_TARGET_TYPES or toks[0].lower_.rstrip("s") in _DEMONYMS):
        toks = toks[1:]   # "Ecuadoreans Luis Antonio Meneses Benavides"
    if len(toks) < 2 or any(t.lower_ in _PLACE_WORDS for t in toks):
        return None   # "Tecoluca jurisdiction": a place
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def coordinated_people(inc: dict, sdoc, text: str) -> None:
    """People named beside a named victim, in the words that tell the victim ("David Lecky, director of the
    Columbus School, and James Arthur Donnelly"; "Dagoberto Rodriguez and Alfonso de Lima"), are victims too,
    with the same fate."""
    from wirecoder.schema import evidence_dict

    human = inc["targets"]["human"]
    known = [words(h.get("name") or h["text"]) for h in human]
    for item in list(human):
        if not item.get("is_name"):
            continue
        for m in [item, *item.get("mentions", [])]:
            span = sdoc.char_span(m["span"][0], m["span"][1], alignment_mode="expand")
            if span is None:
                continue
            first = span.root
            while first.dep_ == "conj":
                first = first.head
            # its conjuncts, and those of its apposition ("Lecky, director of the school, and Donnelly")
            heads = [first] + [c for c in first.children if c.dep_ == "appos"]
            group = [first] + [t for h in heads for t in h.subtree if t.dep_ == "conj" and t.head.i != t.i
                               and _conj_chain(t, h)]
            for tok in group:
                if span.start <= tok.i < span.end:
                    continue
                at = _name_at(tok)
                if at is None:
                    continue
                w = words(text[at[0]:at[1]])
                if not w or any(w == k or extends(w, k) or extends(k, w) for k in known):
                    continue
                known.append(w)
                human.append(evidence_dict(text, *at, type="civilian", number=1, effect=item.get("effect", "unknown"),
                                           is_name=True, inferred_from="coordination"))


def _conj_chain(tok, first) -> bool:
    """``tok`` is a conjunct of ``first`` (directly or through other conjuncts)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


def name_groups(inc: dict, text: str, found: list[tuple[int, int, str]]) -> None:
    """An armed group is one entity however the report names it: each other form of its name in the report
    ("THE FMLN" beside "THE FARABUNDO MARTI NATIONAL LIBERATION FRONT") joins the organisation's ``mentions``,
    once per form, at its first place. ``found`` is ``normalize.groups.find(text)``."""
    for org in (inc.get("perpetrators") or {}).get("organizations", []):
        canon = org.get("name")
        if not canon:
            continue
        forms = {" ".join(m["text"].upper().split()) for m in [org, *org.get("mentions", [])] if m.get("text")}
        for s, e, c in found:
            words = " ".join(text[s:e].upper().split())
            if c == canon and words not in forms:
                org.setdefault("mentions", []).append({"text": text[s:e], "span": [s, e]})
                forms.add(words)


# words that open a victim's description but tell the act or join a clause, not who the victim is ("MURDERED
# UNIVERSITY STUDENT MARIO FLORES", "THE AEU, WHOSE TOP LEADERS WERE KIDNAPPED")
_NOT_DESCRIPTION = re.compile(r"^(?:(?:murdered|kidnapped|kidnaped|abducted|assassinated|slain|killed|wounded|injured|"
                              r"whose)\s+)+", re.IGNORECASE)


def trim_descriptions(inc: dict) -> None:
    """A human target's description (or a group's words) without the act's participle or a relative "whose" before
    it: the keys give "UNIVERSITY STUDENT" and "TOP LEADERS" (template definition, slot 19: the words that say
    who the victims are)."""
    for item in inc["targets"]["human"]:
        for d in ([item["description"]] if item.get("description") else []) + ([] if item.get("is_name") else [item]):
            m = _NOT_DESCRIPTION.match(d.get("text") or "")
            if not m or m.end() >= len(d["text"]) or "span" not in d:
                continue
            d["text"] = d["text"][m.end():]
            d["span"] = [d["span"][0] + m.end(), d["span"][1]]
