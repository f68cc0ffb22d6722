"""Place mentions of a document and their resolution to gazetteer entries.

Candidates come from spaCy's GPE/LOC/FAC entities (mixed-case text) and from
the gazetteer's own place finder (``wirecoder.geo.find_places``), which also
works on ALL-CAPS wire text. "Drottninggatan in Stockholm" is kept as one
phrase, so that a street resolves to its city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.geo.nations import nation_code

# "AT NUNOA DISTRICT, IN SANTIAGO": the area word the place's name stopped before may stand between them
_IN_CITY = re.compile(r"^(?:(?:\s+(?:district|neighbou?rhood|suburb|sector|quarter|zone))?,?\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|"
                      r"north|south|east|west|downtown)\s+)?)([A-Z][\w\-']+(?:\s+[A-Z][\w\-']+){0,3})",
                      re.IGNORECASE)
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# a name after a person's title is a person's ("THE RESIDENCE OF COLONEL CARRANZA"), not a town's
_TITLED = re.compile(r"\b(?:col|colonel|gen|general|maj|major|capt|captain|lt|lieutenant|sgt|sergeant|mr|mrs|ms|"
                     r"dr|doctor|father|msgr|monsignor|bishop|judge|senator|deputy|minister|commander|comdr|"
                     r"president|mayor|governor|ambassador|professor|engineer|attorney)\.?\s+$", re.IGNORECASE)
_NOT_PLACES = {"the west", "western world", "the caliphate", "caliphate", "west", "the world"}


_LOCATIVE = {"in", "at", "on", "near", "from", "into", "outside", "inside", "across", "along", "to", "of",
             "toward", "towards", "around", "through"}


def propn_runs(sdoc):
    """Maximal runs of proper nouns (with inner hyphens and particles: "Bourj al-Barajneh")."""
    run = []
    for tok in sdoc:
        if tok.pos_ == "PROPN" or (run and tok.lower_ in ("al", "el", "de", "del", "la", "-") and
                                   tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].pos_ == "PROPN"):
            run.append(tok)
            continue
        if run:
            yield run
            run = []
    if run:
        yield run


# words that make a phrase a place even when the gazetteer does not know it ("ZACAMIL NEIGHBORHOOD")
_PLACE_WORDS = {"department", "province", "region", "state", "district", "municipality", "county", "neighborhood",
                "neighbourhood", "quarter", "suburb", "sector", "zone", "city", "town", "village", "hamlet", "canton",
                "jurisdiction", "area", "intendancy", "commissariat", "corregimiento", "farm", "estate", "street",
                "avenue", "boulevard", "road", "highway", "bridge", "square", "plaza", "river", "volcano", "airport",
                "port", "base", "barracks", "colony", "settlement", "community", "camp", "hill", "island", "valley",
                "ii", "iii"}
# nationality words: "SALVADORAN AIRCRAFT", "HONDURAN TERRITORY", "SAN SALVADORAN YOUTHS" are not places
_DEMONYMS = {"salvadoran", "salvadorean", "honduran", "guatemalan", "nicaraguan", "costa rican", "panamanian",
             "colombian", "peruvian", "bolivian", "chilean", "ecuadoran", "ecuadorean", "ecuadorian", "venezuelan",
             "argentine", "argentinian", "brazilian", "mexican", "cuban", "american", "canadian", "spanish",
             "british", "french", "german", "italian", "soviet", "russian", "israeli", "japanese", "chinese",
             "uruguayan", "paraguayan", "haitian", "dominican", "jamaican", "libyan", "iraqi", "iranian", "syrian",
             "afghan", "pakistani", "indian", "turkish", "swedish", "dutch", "belgian", "swiss", "austrian",
             "greek", "european", "african", "asian", "arab"}


def _place_like(ent, words: str) -> bool:
    """A phrase that NER called a place and that reads like one: it ends with a place word ("ZACAMIL
    NEIGHBORHOOD", "LEMPA RIVER") or stands after a locative preposition ("IN ZACAMIL"), and no word of it is
    a nationality ("SALVADORAN AIRCRAFT")."""
    toks = words.lower().split()
    if any(t in _DEMONYMS for t in toks):
        return False
    if toks and toks[-1] in _PLACE_WORDS:
        return True
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _PLACE_WORDS:
        return True   # "AT LA QUEBRADITA FARM", where NER stopped before the place word
    head = ent.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE - {"of", "to", "from"} or \
        (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("town", "city", "village",
                                                                                          "vicinity", "outskirts",
                                                                                          "center", "centre"))


def _country_modifier(ent, geo, words: str) -> bool:
    """A country's name that modifies the noun after it ("U.S. PILOTS"): a nationality, not a place."""
    root = ent.root
    if root.dep_ not in ("compound", "amod", "nmod") or root.head.i < ent.end or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    hit = _resolved(geo, words)
    return bool(hit) and hit.get("precision") == "country"


def _next_word(doc, i: int) -> int:
    """The index of the first token from ``i`` on that is no whitespace (a wire report's line breaks are
    tokens); ``len(doc)`` when there is none."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _first_of_a_name(ent) -> bool:
    """A one-word place (``ent`` a span, or None) that is the first word of a longer proper name it modifies ("DELGADO" of
    "THE KIDNAPPING OF DELGADO PARKER"): the name's head is a proper noun outside the entity, untagged, and
    no place kind, area, title or role word ("LIMA DEPARTMENT", "BOGOTA MAYOR" keep their place)."""
    from wirecoder.extract import lexicon as lx

    if ent is None or len(ent) != 1 or ent[0].dep_ != "compound":
        return False
    head = ent[0].head
    # "DELGADO\nPARKER": a wire report's line break between
    if head.i != _next_word(ent.doc, ent.end) or head.pos_ not in ("PROPN", "NOUN") or head.ent_type_:
        return False
    if head.pos_ == "NOUN":   # a surname the truecaser took for a word ("parker"): the name is told again
        pair = re.compile(r"\b" + re.escape(ent.text) + r"\s+" + re.escape(head.text) + r"\b", re.IGNORECASE)
        if len(pair.findall(ent.doc.text)) < 2:
            return False
    low = head.lower_
    kinds = _DIVISION_WORDS | CITY_AREA_WORDS | AREA_WORDS | _GEO_KINDS
    return low not in kinds and low.rstrip("s") not in kinds and low not in lx.HUMAN_TARGET_TYPES \
        and low not in lx.PHYSICAL_TARGET_TYPES and not _TITLED.search(low)


# the kinds of place a name is the name of ("LEMPA RIVER", "GUAZAPA VOLCANO")
_GEO_KINDS = {"city", "town", "village", "river", "volcano", "mountain", "hill", "lake", "valley", "bay", "port",
              "island", "peninsula", "coast", "border", "highway", "road", "street", "avenue", "bridge", "airport",
              "farm", "hacienda", "estate", "base", "barracks", "park", "square", "plaza", "market", "region",
              "zone", "area", "municipality", "county", "state"}


def _common_word(word: str) -> bool:
    try:
        from wirecoder.nlp.truecase import is_common_word
    except ImportError:  # pragma: no cover
        return False
    return is_common_word(word)


def _known(geo, words: str, country_hint: str | None) -> bool:
    return _resolved(geo, words, country_hint) is not None


def _join_split_names(places: list["Place"], text: str, geo, country_hint: str | None) -> list["Place"]:
    """Two candidates apart only by a line break, that together are a place ("SAN\nMIGUEL CITY"): one."""
    out: list[Place] = []
    for p in places:
        prev = out[-1] if out else None
        if prev is not None and geo is not None and p.start > prev.end and not text[prev.end:p.start].strip():
            joined = text[prev.start:p.end]
            try:
                hit = geo.resolve(joined, country_hint=country_hint)
            except Exception:  # noqa: BLE001
                hit = None
            if hit:
                out[-1] = Place(prev.start, p.end, joined, prev.kind, hit)
                continue
        out.append(p)
    return out


_CAPITAL = re.compile(r"\b(?:(?P<det>the|this)\s+(?:(?P<adj>[a-z]+(?:\s+rican)?)\s+)?"
                      r"|(?-i:(?P<owner>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))['\u2019]s\s+)capital(?:\s+city)?\b"
                      r"(?!\s+(?:of|punishment|flight|goods|gains|investment|investments|market|markets)\b)",
                      re.IGNORECASE)


def _capitals(sdoc, text: str, places: list["Place"], geo, country_hint: str | None) -> list["Place"]:
    """ "The capital", "this capital", "the Salvadoran capital": the capital of the country the adjective
    names, else of the report's country (the dateline's, else the one most of its places lie in); the words
    stay the evidence. Not "the departmental capital", nor "the capital of Ancash department"."""
    from collections import Counter

    out = []
    for m in _CAPITAL.finditer(text):
        s, e = m.start(), m.end()
        # "Somalia's capital" holds the place "Somalia": the capital replaces it
        if any(not (e <= p.start or s >= p.end) for p in places if not (m.group("owner") and s <= p.start)):
            continue
        adj = m.group("adj") or m.group("owner") or ""
        country = adj if adj else country_hint
        if adj and not nation_code(adj):
            continue   # "the departmental capital", "the provincial capital", "the group's capital"
        if not country:  # no dateline place: the country of most of the report's towns, when they agree
            hits = [p.resolved or _resolved(geo, p.text) or {} for p in places]
            ccs = Counter(h.get("country_code") for h in hits if h.get("precision") in ("city", "admin1"))
            ccs.pop(None, None)
            top = ccs.most_common(1)
            country = top[0][0] if top and top[0][1] >= 2 and top[0][1] > sum(ccs.values()) / 2 else None
            if not country:
                continue
        hit = geo.capital(country)
        if hit:
            if (m.group("det") or "").lower() == "the":
                s = m.start() + len(m.group("det")) + 1
            out.append(Place(s, e, text[s:e], "capital", hit))
    return out


_DIVISION_WORDS = {"department", "province", "intendancy", "commissariat"}
_TOWN_NOUNS = {"town", "village", "city", "hamlet", "municipality", "port", "township", "locality"}


def _named_towns(sdoc, text: str, geo, country_hint: str | None):
    """Names the report itself calls towns by an apposition ("A ROAD LINKING CHAVIN AND HUARI, TWO TOWNS IN
    ANCASH DEPARTMENT", "Oroya, a mining town"), whatever NER took them for: (start, end, gazetteer hit) of
    those the gazetteer knows."""
    for tok in sdoc:
        if tok.dep_ != "appos" or tok.lemma_.lower() not in _TOWN_NOUNS or tok.head.i == tok.i:
            continue
        for head in [tok.head, *tok.head.conjuncts]:
            if head.pos_ != "PROPN":
                continue
            first = head
            while first.i > 0 and sdoc[first.i - 1].dep_ == "compound" and sdoc[first.i - 1].head.i == head.i \
                    and sdoc[first.i - 1].pos_ == "PROPN":
                first = sdoc[first.i - 1]
            s, e = first.idx, head.idx + len(head.text)
            try:
                hit = geo.resolve(text[s:e], country_hint=country_hint)
            except Exception:  # noqa: BLE001
                hit = None
            if hit and hit.get("precision") == "city":
                yield s, e, hit


# the small areas a report names with their kind, that the gazetteer rarely holds ("HORCONES DE BERLIN CANTON")
AREA_WORDS = {"canton", "neighborhood", "neighbourhood", "corregimiento", "jurisdiction", "hamlet"}
_PARTICLES = {"al", "el", "de", "del", "la", "las", "los", "san", "santa", "-"}


def _named_areas(sdoc):
    """(start, end) of proper-noun names followed by an area word ("IN THE ESCALON NEIGHBORHOOD", "NEAR LA
    TIENDITA CANTON"); common words the capitals' parse ran into the name ("AT", "NEAR", "HIGHWAY") are left
    out, as are nationalities."""
    for run in propn_runs(sdoc):
        last = run[-1]
        if last.lower_ in AREA_WORDS:
            name, area = run[:-1], last
        elif last.i + 1 < len(sdoc) and sdoc[last.i + 1].lower_ in AREA_WORDS:
            name, area = run, sdoc[last.i + 1]
        else:
            continue
        name = list(name)
        while name and name[0].i >= 2 and sdoc[name[0].i - 1].is_space and \
                (sdoc[name[0].i - 2].lower_ in _PARTICLES or sdoc[name[0].i - 2].pos_ == "PROPN"
                 and not _common_word(sdoc[name[0].i - 2].text)):
            name.insert(0, sdoc[name[0].i - 2])   # "NEAR LA\nTIENDITA CANTON": a name broken by a line end
        while name and name[0].lower_ not in _PARTICLES and (_common_word(name[0].text) or
                                                            name[0].lower_ in _PLACE_WORDS or name[0].lower_ in _LOCATIVE):
            name = name[1:]
        if not name or all(t.lower_ in _PARTICLES for t in name) or any(t.lower_ in _DEMONYMS for t in name):
            continue
        yield name[0].idx, area.idx + len(area.text)


# the parts of a city a report names with their kind: "IN THE SUBURB OF QUIRIGUA", "IN ORRANTIA DISTRICT"
CITY_AREA_WORDS = {"district", "neighborhood", "neighbourhood", "suburb", "sector", "quarter"}
_AREA_OF = re.compile(r"\b(?:the\s+)?(" + "|".join(sorted(CITY_AREA_WORDS)) + r")\s+of\s+", re.IGNORECASE)


def _area_name(sdoc, start: int) -> list:
    """The proper-noun tokens of a name that begins at character ``start`` (particles within: "SAN ISIDRO")."""
    toks = []
    first = sdoc.char_span(start, start + 1, alignment_mode="expand")
    for tok in sdoc[first.start:] if first is not None else []:
        if tok.pos_ == "PROPN" and not _common_word(tok.text) or toks and tok.lower_ in _PARTICLES:
            toks.append(tok)
            continue
        if tok.is_space and toks:
            continue
        break
    while toks and toks[-1].lower_ in _PARTICLES:
        toks.pop()
    return toks


def city_area(sdoc, text: str, place: "Place", sent, country_hint: str | None) -> "Place | None":
    """A part of the town ``place`` that the sentence naming that town names with its kind: "IN BOGOTA, A BOMB
    EXPLODED AT A BRANCH ... IN THE SUBURB OF QUIRIGUA", "... IN SANTIAGO ... IN THE NUNOA DISTRICT". The area,
    with the town as its container (MUC-4's "COLOMBIA: BOGOTA (CITY): QUIRIGUA (SUBURB)"), when the gazetteer
    places it in that town; None otherwise. Nationalities and common words are no names ("THE SALVADORAN
    SECTOR", "A RESIDENTIAL DISTRICT")."""
    geo = _geo()
    if geo is None:
        return None
    lo, hi = sent.start_char, sent.end_char
    spans = []
    for m in _AREA_OF.finditer(text, lo, hi):
        toks = _area_name(sdoc, m.end())
        if toks:
            spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text), m.group(1)))
    for run in propn_runs(sdoc[sent.start:sent.end]):
        if len(run) > 1 and run[-1].lower_ in CITY_AREA_WORDS:
            run, nxt = run[:-1], run[-1].i   # "OLAYA NEIGHBORHOOD" that the truecaser made one name
        else:
            nxt = _next_word(sdoc, run[-1].i + 1)
        if nxt >= len(sdoc) or sdoc[nxt].lower_ not in CITY_AREA_WORDS or sdoc[nxt].idx >= hi:
            continue
        name = [t for t in run if not _common_word(t.text) or t.lower_ in _PARTICLES]
        while name and (name[0].lower_ in _PARTICLES and len(name) == 1 or name[0].lower_ in _LOCATIVE):
            name = name[1:]
        if name and name == run[len(run) - len(name):]:
            spans.append((name[0].idx, name[-1].idx + len(name[-1].text), sdoc[nxt].lower_))
    try:
        town = geo.resolve(place.text, country_hint=country_hint)
    except Exception:  # noqa: BLE001
        return None
    if not town or town.get("precision") != "city":
        return None
    for s, e, _kind in spans:
        words = text[s:e]
        if any(w.lower() in _DEMONYMS for w in words.split()) or words.strip().lower() == place.text.strip().lower():
            continue
        try:
            hit = geo.resolve(words, country_hint=country_hint, near=place.text)
        except Exception:  # noqa: BLE001
            hit = None
        if hit and hit.get("precision") == "neighborhood" and hit.get("name") == town.get("name") \
                and hit.get("country_code") == town.get("country_code"):
            return Place(s, e, words, "place", None, place.text)
    return None


# Spanish words for a town's neighbourhood written before its name ("COLONIA ESCANDIA", "BARRIO OBRERO")
_AREA_PREFIXES = {"colonia", "barrio", "reparto"}


def _area_tokens(head) -> list:
    """The proper-noun tokens of the name ``head`` ends (its compounds before it: "San Ramon"), without a Spanish
    neighbourhood word before it ("Colonia Escandia" -> "Escandia")."""
    toks = [head]
    while toks[0].i > 0:
        prev = toks[0].doc[toks[0].i - 1]
        if prev.head.i == head.i and prev.dep_ == "compound" and prev.pos_ == "PROPN" or \
                prev.lower_ in _PARTICLES and prev.head.i == head.i:
            toks.insert(0, prev)
            continue
        break
    while len(toks) > 1 and toks[0].lower_ in _AREA_PREFIXES:
        toks = toks[1:]
    return toks


def listed_areas(sdoc):
    """(start, end) of the names a report lists as parts of a town by a plural area word: "THE SURROUNDING
    NEIGHBORHOODS OF AYUTUXTEPEQUE, COLONIA ESCANDIA, SAN RAMON, AND CUSCATANCINGO", "THE GUADALUPE AND LOS
    SANTOS NEIGHBORHOODS". Only a list of two names or more: "THE NEIGHBORHOODS OF SAN SALVADOR" names the
    town they are parts of. A Spanish neighbourhood word before a name is no part of it ("ESCANDIA")."""
    for tok in sdoc:
        if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in CITY_AREA_WORDS:
            continue
        heads = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            heads += [c for c in prep.children if c.dep_ == "pobj"]
        heads += [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        for first in heads:
            names = [first, *first.conjuncts]
            if len(names) < 2 or not all(t.pos_ == "PROPN" and not t.ent_type_ in ("PERSON", "NORP", "DATE")
                                         for t in names):
                continue
            for t in names:
                toks = _area_tokens(t)
                if any(x.lower_ in _DEMONYMS for x in toks):
                    continue
                yield toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _resolved(geo, words: str, country_hint: str | None = None) -> dict | None:
    """The gazetteer's entry for ``words``, None where it has none or fails (it must not break extraction)."""
    try:
        return geo.resolve(words, country_hint=country_hint)
    except Exception:  # noqa: BLE001
        return None


@dataclass
class Place:
    start: int
    end: int
    text: str
    kind: str = "place"
    resolved: dict | None = None
    container: str | None = None  # "Stockholm" for "Drottninggatan in Stockholm"
    area: bool = False   # a part of a town, by the report's own words ("the neighborhoods of X, Y and Z")


def _geo():
    try:
        from wirecoder import geo
    except ImportError:  # pragma: no cover - geo not installed
        return None
    return geo if hasattr(geo, "resolve") else None


def _code_alias(geo, p: Place, country_hint) -> bool:
    """An acronym of three letters or fewer that the gazetteer knows only as another town's code or alternate
    name: "THE EMBASSIES OF THE PRC" is no embassy in Prescott, Arizona, "UCA" no town Uco, "CBS" no Binzhou.
    A country's short name ("U.S.") stays."""
    words = p.text.replace(".", "").strip()
    if len(words) > 3 or not words.isalpha() or not words.isupper() and not words.islower():
        return False
    try:
        hit = p.resolved or geo.resolve(p.text, country_hint=country_hint)
    except Exception:  # noqa: BLE001
        return False
    if not hit or hit.get("precision") == "country":
        return False
    return (hit.get("name") or "").replace(".", "").upper() != words.upper()


def find_places(sdoc, text: str, country_hint: str | None = None) -> list[Place]:
    """Place mentions in reading order, without overlaps."""
    found: dict[tuple[int, int], Place] = {}
    geo = _geo()
    if geo is not None and hasattr(geo, "find_places"):
        try:
            for p in geo.find_places(text, country_hint=country_hint):
                found[(p["start"], p["end"])] = Place(p["start"], p["end"], p["text"],
                                                      p.get("kind", "place"), p.get("resolved"))
        except Exception:  # noqa: BLE001 - the gazetteer must not break extraction
            pass
    for ent in sdoc.ents:
        if ent.label_ not in _PLACE_LABELS or ent.text.lower() in _NOT_PLACES:
            continue
        s, e = ent.start_char, ent.end_char
        if text[s:e].lower().startswith("the "):
            s += 4
        e = s + len(text[s:e].rstrip())   # "SAN\n" before "MIGUEL CITY" on the next line
        e -= 2 if text[s:e].lower().endswith(("'s", "\u2019s")) else 0   # "EL SALVADOR'S": the place's own words
        if e <= s or any(not (e <= a or s >= b) for (a, b) in found):
            continue
        if geo is not None and not _place_like(ent, text[s:e]) and not _known(geo, text[s:e], country_hint):
            continue  # "BY A SALVADORAN AIRCRAFT", "ROCKETS AND MACHINEGUNS": NER's guess, no place
        if geo is not None and _country_modifier(ent, geo, text[s:e]):
            continue  # "U.S. PILOTS", "THE U.S. GOVERNMENT": a nationality said with the country's name
        found[(s, e)] = Place(s, e, text[s:e], "place")
    # Proper-noun runs after a locative preposition, or objects of an attack verb, that the
    # gazetteer knows ("on London Bridge", "bomb Kobane"), where NER called them otherwise.
    if geo is not None:
        ents = list(sdoc.ents)   # ``Doc.ents`` rebuilds its list on every access
        for run in propn_runs(sdoc):
            s, e = run[0].idx, run[-1].idx + len(run[-1].text)
            if any(not (e <= a or s >= b) for (a, b) in found):
                continue
            if len(run) == 1 and _common_word(run[0].text):
                continue  # "RECTOR OF ... UNIVERSITY", "THE NATIONAL FEDERATION OF": a word, not a town
            head = run[-1]
            nxt = _next_word(sdoc, head.i + 1)
            if nxt < len(sdoc) and sdoc[nxt].lower_ in _DIVISION_WORDS and \
                    not any(not (sdoc[nxt].idx + len(sdoc[nxt].text) <= a or s >= b) for (a, b) in found):
                # "A MINE IN MORAZAN\nDEPARTMENT": the division word the parse kept out of the name's run
                head = sdoc[nxt]
                e = head.idx + len(head.text)
            governed = (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE) or \
                (head.dep_ == "dobj" and head.head.lemma_.lower() in ("bomb", "attack", "shell", "storm"))
            ent = next((x for x in ents if x.start <= head.i < x.end), None)
            if not governed or (ent is not None and ent.label_ in ("PERSON", "DATE", "NORP")):
                continue
            try:
                hit = geo.resolve(text[s:e], country_hint=country_hint)
            except Exception:  # noqa: BLE001
                hit = None
            if hit:
                found[(s, e)] = Place(s, e, text[s:e], "place", hit)
    if geo is not None:
        for s, e in _named_areas(sdoc):
            inside = [k for k in found if s <= k[0] and k[1] <= e]
            if any(not (e <= a or s >= b) for (a, b) in found if (a, b) not in inside):
                continue
            for k in inside:
                del found[k]   # "CANTON" alone is a town in Ohio; "LA TIENDITA CANTON" is the place
            found[(s, e)] = Place(s, e, text[s:e], "place")
        for s, e in listed_areas(sdoc):
            for k in [k for k in found if not (e <= k[0] or s >= k[1])]:
                del found[k]   # "COLONIA ESCANDIA" (an organisation for NER): the area is "ESCANDIA"
            found[(s, e)] = Place(s, e, text[s:e], "place", area=True)
        for s, e, hit in _named_towns(sdoc, text, geo, country_hint):
            if not any(not (e <= a or s >= b) for (a, b) in found):
                found[(s, e)] = Place(s, e, text[s:e], "place", hit)
    found = {k: p for k, p in found.items() if not _TITLED.search(text[max(0, p.start - 24):p.start])}
    # "THE KIDNAPPING OF DELGADO PARKER": a town's name that is the first word of a person's name
    found = {k: p for k, p in found.items() if not _first_of_a_name(sdoc.char_span(p.start, p.end))}
    if geo is not None:
        found = {k: p for k, p in found.items() if not _code_alias(geo, p, country_hint)}
    places = _join_split_names(sorted(found.values(), key=lambda p: p.start), text, geo, country_hint)
    if geo is not None and hasattr(geo, "capital"):
        caps = _capitals(sdoc, text, places, geo, country_hint)
        places = sorted([p for p in places if not any(c.start <= p.start and p.end <= c.end for c in caps)] + caps,
                        key=lambda p: p.start)
    for p in places:
        m = _IN_CITY.match(text[p.end: p.end + 60])
        if m:
            p.container = _known_prefix(geo, m.group(1), country_hint)
            continue
        m = _COMMA_DIVISION.match(text[p.end: p.end + 80])
        if m and geo is not None and _division_of(geo, m.group(1), country_hint):
            p.container = " ".join(m.group(1).split()) + " " + m.group(2).upper()   # the division, with its kind
    return places


# "BARRANCA, LIMA DEPARTMENT", "SAN PABLO, SAN MARCOS DEPARTMENT", "GUACHICONO, SOUTHERN CAUCA DEPARTMENT": the
# first-level division a report names right after a town, with its kind
_COMMA_DIVISION = re.compile(r"^,\s+(?:in\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|"
                             r"west|northeastern|northwestern|southeastern|southwestern)\s+)?"
                             r"([A-Z][\w\-']+(?:\s+[A-Z][\w\-']+){0,2}?)\s+(department|province|intendancy|commissariat)\b",
                             re.IGNORECASE)


def _division_of(geo, words: str, country_hint: str | None) -> bool:
    """Whether the gazetteer knows ``words`` as a first-level division."""
    hit = _resolved(geo, words + " department", country_hint) or _resolved(geo, words, country_hint)
    return bool(hit) and hit.get("precision") == "admin1"


def _known_prefix(geo, words: str, country_hint: str | None) -> str:
    """The longest run of first words of ``words`` the gazetteer knows: in capitals the container's pattern runs on
    into the sentence ("IN THE MIRAFLORES NEIGHBORHOOD IN LIMA HAS LEFT ONE PERSON INJURED" -> "LIMA"); all the
    words when it knows none (a town it lacks)."""
    parts = words.split()
    if geo is None or len(parts) < 2:
        return words
    for n in range(len(parts), 0, -1):
        if any(_common_word(w) and w.lower() not in _PARTICLES for w in parts[:n]):
            continue   # "IN THE NORTHEASTERN PART OF THE COUNTRY": "PART" is no town (the gazetteer has a Perth)
        if _known(geo, " ".join(parts[:n]), country_hint):
            return " ".join(parts[:n])
    return words


def resolve(place: Place, *, country_hint: str | None, context: list[str]) -> dict:
    """The contract's location object for a place mention (evidence plus gazetteer fields)."""
    loc = {"text": place.text, "span": [place.start, place.end], "name": None, "admin1": None,
           "country": None, "country_code": None, "lat": None, "lon": None, "geonameid": None,
           "precision": None}
    geo = _geo()
    resolved = place.resolved
    if geo is not None:
        try:
            if place.container:
                resolved = geo.resolve(place.text, country_hint=country_hint, context=context,
                                       near=place.container) or resolved
            elif resolved is None:
                resolved = geo.resolve(place.text, country_hint=country_hint, context=context)
        except Exception:  # noqa: BLE001
            pass
    if resolved:
        for k in ("name", "admin1", "country", "country_code", "lat", "lon", "geonameid", "precision"):
            if resolved.get(k) is not None:
                loc[k] = resolved[k]
    if loc["name"] is None:
        loc["name"] = place.container or place.text
    if geo is not None:
        try:
            from wirecoder.geo import muc4 as geo_muc4

            fill = None if place.kind == "dateline" else \
                geo_muc4.location_fill(loc, container=place.container, context=context)
            if fill:
                loc["muc4"] = fill
        except Exception:  # noqa: BLE001
            pass
    return loc
