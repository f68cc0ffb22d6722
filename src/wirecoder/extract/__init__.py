"""Find incidents, fill their fields, collect claims: ``CleanDocument`` + spaCy ``Doc`` → record.

The rule-based extractor. Its parts:

* ``mentions``: trigger words and whether they report a real, narrated event;
* ``incidents``: mentions grouped into distinct incidents;
* ``fields``: type, stage, date, place, weapons, perpetrators, targets,
  casualties and suicide of one incident;
* ``claims``: statements the document attributes to a source.

Normalisation (dates, numbers, group names, places) is delegated to
``wirecoder.normalize`` and ``wirecoder.geo``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from wirecoder.document import CleanDocument
from wirecoder.extract import fields as F
from wirecoder.extract import lexicon as lx
from wirecoder.extract.claims import find_claims
from wirecoder.extract.confidence import settle_confidence
from wirecoder.extract.entities import (coordinated_people, describe_people, fate_of_people, fold_incident,
                                         name_groups, name_people, name_runs, trim_descriptions)
from wirecoder.extract.incidents import (Cluster, evidence_distance, group, joined, lead_date, merged,
                                         same_object_groups, same_victim_groups)
from wirecoder.extract.mentions import find_mentions, paragraphs, quote_ranges, stored_arms
from wirecoder.extract.places import Place, city_area, propn_runs, find_places, resolve
from wirecoder.extract.report_doers import assign_report_doers
from wirecoder.extract.report_groups import assign_report_groups
from wirecoder.extract.target_names import drop_untold, fold_targets
from wirecoder.extract.victim_counts import count_victims
from wirecoder.extract.victim_nations import group_nation, mission_nation
from wirecoder.normalize import dates as D
from wirecoder.normalize import groups as G
from wirecoder.schema import empty_incident, empty_record, evidence_dict


class _Span(NamedTuple):
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def _resolve_date(text: str, ref: str | None) -> dict:
    return D.resolve_date(text, ref)


def _date_value(text: str, s: int, e: int, ref: str | None) -> dict | None:
    """The record's date dict for ``text[s:e]`` (value, precision, evidence, start/end), or None."""
    r = _resolve_date(text[s:e], ref)
    if not r.get("value"):
        return None
    out = {"value": r["value"], "precision": r["precision"], **evidence_dict(text, s, e)}
    for k in ("start", "end"):
        if r.get(k):
            out[k] = r[k]
    return out


def _told_around(inc: dict, pos: int) -> int:
    """Length of the shortest evidence span of ``inc`` around ``pos`` (a large number when none is)."""
    return min((b - a for a, b in (ev["span"] for ev in inc.get("evidence", [])) if a <= pos < b), default=10 ** 9)


def _named_victim_taken(human: list[dict]) -> bool:
    """A victim the report names was killed or kidnapped: an incident told, not a bare activity or a battle."""
    return any(h.get("is_name") and h.get("effect") in ("death", "kidnapping") for h in human)


def _para_of(paras: list[tuple[int, int]], pos: int) -> int:
    """The index of the paragraph that holds character ``pos`` (-1 for none)."""
    return next((i for i, (a, b) in enumerate(paras) if a <= pos < b), -1)


_REGIONS = {"syria", "iraq", "europe", "the west", "africa", "asia", "latin america", "middle east"}


LEARNED_MODES = ("none", "lr", "tagger", "both")


DEFAULT_LEARNED = "lr"   # "both" scores higher on MUC-4 dev but runs at two thirds of the speed (docs/RESULTS.md)


def learned_mode(mode: str | None = None) -> str:
    """The learned mode to use: ``mode``, else ``WIRECODER_LEARNED``, else the default; ``ValueError``
    naming where a mode that is not one of ``LEARNED_MODES`` came from."""
    import os

    source = "--learned"
    if mode is None:
        mode, source = os.environ.get("WIRECODER_LEARNED") or DEFAULT_LEARNED, "WIRECODER_LEARNED"
    if mode not in LEARNED_MODES:
        raise ValueError(f"{source} {mode!r}: choose one of {', '.join(LEARNED_MODES)}")
    return mode


def _quoted_sentence(sent, quoted: list[tuple[int, int]]) -> bool:
    """The sentence holds a quotation (``mentions.quote_ranges``) or is inside one."""
    return any(a < sent.end_char and sent.start_char < b for a, b in quoted)


class Extractor:
    """Stateless apart from its loaded resources; one instance serves many documents.

    ``learned`` chooses the learned role-filler evidence added to the incidents
    the rules found: ``lr`` the candidate classifier (``learned.py``),
    ``tagger`` the MiniLM token tagger (``tagger.py``), ``both`` (the union,
    tagger first) or ``none`` (rules only). The default, ``WIRECODER_LEARNED``
    or the mode that scores best on MUC-4 dev, uses whichever models are shipped.
    """

    def __init__(self, learned: str | None = None):
        from wirecoder.extract.incident_scorer import default_scorer
        from wirecoder.extract.learned import default_model
        from wirecoder.extract.tagger import default_tagger
        from wirecoder.extract.target_types import default_types

        mode = learned_mode(learned)
        self.model = default_model() if mode in ("lr", "both") else None
        self.tagger = default_tagger() if mode in ("tagger", "both") else None
        self.use_learned = self.model is not None or self.tagger is not None
        self.types = default_types() if self.use_learned else None
        # the learned ``confidence`` of each incident, trained on records of the classifier's modes
        self.scorer = default_scorer() if self.model is not None else None
        # the scorer drops the incidents only the classifier saw that it puts under its threshold; off while
        # the records that train the scorer are extracted (training/train_incident_scorer.py)
        self.veto = True
        self.learned = mode

    # an incident that names no group takes the report's group of its country (``report_groups``)
    REPORT_GROUPS = True
    # a learned organisation beside one the rules found stands from this probability (MUC-4 train records: leaving
    # out those under 0.5 raised ALL TEMPLATES 44.72 -> 44.74; 0.4: 44.74, any: 44.73)
    SECOND_ORG_MIN = 0.5
    TAGGER_THRESHOLD = 0.75  # chosen on MUC-4 dev (training/tune_tagger_threshold.py)
    # roles the tagger fills in "both": where it beats the classifier on MUC-4 dev (CEAF-REE by role);
    # its perpetrators added nothing (PerpInd) or lowered the scores (PerpOrg)
    TAGGER_ROLES = frozenset({"Target", "Victim", "VictimDesc", "Weapon"})
    LR_FIRST = False   # in "both", which model's filler wins where the two overlap
    NEW_INCIDENT_SCORE_UNSCORED = 1.5
    NEW_INCIDENT_SCORE = 0.8  # summed filler probability that opens an incident the rules missed (kept only where the incident scorer believes it; MUC-4 dev: 0.8 best, 0.5 the same scores with more irrelevant messages filled)

    def _add_learned_fillers(self, record: dict, sdoc, doc: CleanDocument, mentions, country_hint, context) -> None:
        from wirecoder.extract.candidates import candidates
        from wirecoder.normalize import groups, numbers

        incidents = record["incidents"]
        text = record["text"]
        start_at = doc.dateline.end if doc.dateline else 0
        predicted, from_lr = [], []
        if self.model is not None:
            from_lr = self.model.predict(candidates(sdoc, text, start_at=start_at))
        if self.tagger is not None:
            from wirecoder.extract.tagger import USER_DATA_KEY, tag_docs

            # tagged by the spaCy component when the pipeline has it, else here, the same way
            if USER_DATA_KEY not in sdoc.user_data:
                tag_docs(self.tagger, [sdoc])
            spans = sdoc.user_data[USER_DATA_KEY]
            predicted += [(role, _Span(s, e, text[s:e]), p) for s, e, role, p in spans
                          if s >= start_at and p >= self.TAGGER_THRESHOLD
                          and (self.model is None or role in self.TAGGER_ROLES)]
        predicted = from_lr + predicted if self.LR_FIRST else predicted + from_lr
        if not incidents:
            told = [m for m in mentions if not m.quoted and m.mode != "negated"]
            # the classifier alone opens incidents: it was tuned for it; the tagger adds fillers only
            opener = from_lr if self.model is not None else predicted
            # without the incident scorer to weed out weak ones, a higher bar (tagger alone, ALL TEMPLATES: 36.2
            # with 1.5, 36.1 with 0.8 and 56 % instead of 63 % of irrelevant messages left empty)
            bar = self.NEW_INCIDENT_SCORE if self.scorer is not None else self.NEW_INCIDENT_SCORE_UNSCORED
            if not told or sum(p for _, _, p in opener) < bar:
                return
            # the classifier is sure the report tells an attack that the rules did not group
            inc = empty_incident(f"{doc.doc_id}#1")
            inc["type"] = next((t for t in lx.TYPE_PRIORITY if t in {m.type for m in told}), "armed_assault")
            if doc.dateline is not None and doc.dateline.place_span:
                s, e = doc.dateline.place_span
                # the place the report was filed from, named again in its body ("TODAY, MEDELLIN, ...",
                # "MEDELLIN'S"): then the report says so, as for the incidents the rules found
                again = re.search(r"\b" + re.escape(text[s:e].strip()) + r"\b", text[doc.dateline.end:],
                                  re.IGNORECASE)
                if again:
                    a = doc.dateline.end + again.start()
                    place = Place(a, a + len(again.group()), again.group())
                else:
                    place = Place(s, e, text[s:e], "dateline")
                inc["location"] = resolve(place, country_hint=country_hint, context=context)
                if place.kind == "dateline":
                    inc["location"]["inferred_from"] = "dateline"
            sents = list(sdoc.sents)
            inc["evidence"] = [evidence_dict(text, sents[m.sent_i].start_char, sents[m.sent_i].end_char)
                               for m in told[:3]]
            # the date its sentences tell ("THE CAR BOMB ATTACK ON 6 DECEMBER"), read as the rules read theirs
            from types import SimpleNamespace

            told_sents = SimpleNamespace(lead_para=None, sents={m.sent_i for m in told[:3]})
            date = self._date(told_sents, text, paragraphs(text), sents, self._date_spans(sdoc, text, doc),
                              doc.reference_date)
            if date:
                inc["date"] = date
            # the weapon its sentences' acts tell ("six Jesuits who were machinegunned"); the classifier adds
            # named weapons below
            inc["weapons"] = [w for w in F.weapons(text, [sents[i] for i in sorted({m.sent_i for m in told[:3]})],
                                                   inc["type"], set()) if w.get("inferred_from") == "act"]
            inc["suicide"] = False
            inc["confidence"] = 0.3
            inc["source"] = "learned"
            incidents.append(inc)
        bands = []
        quoted = quote_ranges(text)
        for role, cand, prob in predicted:
            counted = cand.text
            if role == "Victim" and self.describes_victims(sdoc.char_span(cand.start, cand.end,
                                                                           alignment_mode="expand")):
                role = "VictimDesc"
            if role in ("Target", "VictimDesc"):
                cand = self._uncounted(sdoc, text, cand)
            # at equal distance, the incident told in the fewest words around it: an attack recalled inside the
            # sentence of another (``_recalled_scope``) takes the fillers of its own words
            inc = min(incidents, key=lambda i: (evidence_distance(i, cand.start, cand.start),
                                                _told_around(i, cand.start)))
            item = evidence_dict(text, cand.start, cand.end, source="learned", score=round(prob, 3))
            low = cand.text.lower()
            perps, targets = inc["perpetrators"], inc["targets"]
            existing = [x["text"].lower() for x in perps["individuals"] + perps["organizations"] +
                        targets["human"] + targets["physical"] + inc["weapons"]]
            if any(low in x or x in low for x in existing):
                continue
            if role in ("Target", "Victim", "VictimDesc") and any(
                    x is not inc and t.get("source") != "learned" and t["span"][0] < cand.end and cand.start < t["span"][1]
                    for x in incidents for t in x["targets"]["human"] + x["targets"]["physical"]):
                continue   # the very words a rule made another incident's target: "(they) will destroy power lines,
                # and threatened to kill ELECTION OFFICIALS" told as two threats, the officials the second's only
            if role == "Target" and any(re.fullmatch(r"\s*[(\[]\s*", text[x["span"][1]:cand.start])
                                        for x in targets["physical"]):
                continue   # "THE OFFICES OF THE ... FEDERATION (FENASTRAS)": the target's other name
            sent = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
            sent_low = F.span_text(sent.sent).lower() if sent is not None else ""
            head = sent.root.lemma_.lower() if sent is not None else low.split()[-1]
            if role in ("Victim", "VictimDesc") and sent is not None and F.names_a_nation(sent.root):
                continue   # "the Salvadoran people": a nation, no victims
            if role == "Victim" and sent is not None and F.only_speaks(sent):
                continue   # "LEGISLATIVE ASSEMBLY PRESIDENT RICARDO VALDIVIESO ... DECLARED THAT THE DEATH OF THE
                # ATTORNEY GENERAL WAS CAUSED BY ...": who speaks of the attack, not its victim
            if role == "Weapon" and sent is not None and stored_arms(sent.root):
                continue   # "THE WEAPONS -- ... 118 AUTOMATIC PISTOLS ... -- WERE AMONG THE SUPPLIES FOUND": a store
                # of arms, not what the attackers used
            if role == "Victim" and sent is not None and F.kin_owner(sent):
                continue   # "AN ATTACK ON A RELATIVE OF COLONEL ...": whose kin, not who
            if role == "Victim" and sent is not None and F.called_a_doer(sent):
                continue   # "COLONEL ..., CHIEF OF THE TREASURY POLICE, IS RESPONSIBLE FOR THE MURDERS": the one
                # blamed, not the victim
            if role == "Target" and sent is not None and F.only_a_landmark(sent.root):
                continue   # "AN AMBULANCE WAS ATTACKED NEAR THE NATIONAL UNIVERSITY": where, not what
            if role == "PerpInd":
                end = F.band_of(sent.root) if sent is not None and sent.root.i == sent.end - 1 else None
                named = bool(sent is not None and sent.root.pos_ == "PROPN")
                perps["individuals"].append({**item, "named": named})
                first = F.title_start(sent) if named else None
                if first is not None and first < cand.start:   # "RIGHTIST LEADER ROBERTO D'AUBUISSON": the name
                    perps["individuals"][-1].update(evidence_dict(text, first, cand.end))   # with its titles
                last = F.band_after(sent) if sent is not None else None
                if last is not None and last > cand.end:   # "GONZALO RODRIGUEZ GACHA COMMANDO GROUP": the band
                    start = perps["individuals"][-1]["span"][0]   # the name stands before, not a person
                    perps["individuals"][-1].update({**evidence_dict(text, start, last), "named": False})
                if end and end > cand.end:   # the candidate "GROUP" of "A GROUP OF TERRORISTS": the whole phrase,
                    bands.append((perps["individuals"][-1], end))   # once every candidate is placed by its own words
            elif role == "PerpOrg":
                if prob < self.SECOND_ORG_MIN and any(o.get("source") != "learned" for o in perps["organizations"]):
                    continue   # the rules named the group: a doubtful second one is more often wrong
                if sent is not None and _quoted_sentence(sent.sent, quoted) and not any(
                        a <= cand.start < b for a, b in (e["span"] for e in inc["evidence"])):
                    continue   # a group named in a quoted statement or its attribution, away from the incident's
                    # own sentences ('"ISIS sleeper cells are ready ...," says defecting ISIS Emir ...'): the
                    # source's words and the source's side, not the attacker
                conf = "claimed" if F.claims_responsibility(sent_low) else \
                    "suspected" if any(c in sent_low for c in lx.SUSPECT_CUES) else "reported_as_fact"
                perps["organizations"].append({"name": groups.canonical(cand.text) or cand.text, **item,
                                               "confidence": conf})
                if conf == "suspected" and F.accused_by_authorities(sent_low):
                    perps["organizations"][-1]["accused_by"] = "authorities"
            elif role == "Target":
                number = numbers.count_in_phrase(counted)
                if number == 1 and sent is not None and sent.root.tag_ in ("NNS", "NNPS") \
                        and not numbers.parse_count(counted):
                    number = None   # "OFFICES OF THE UNION FEDERATION": more than one, not told how many
                targets["physical"].append({**item, "type": lx.PHYSICAL_TARGET_TYPES.get(head, "other"),
                                            "number": number, "effect": "unknown"})
            elif role == "Victim":
                effect = "death" if any(w in sent_low for w in ("kill", "murder", "dead", "death", "assassinat")) \
                    else "kidnapping" if "kidnap" in sent_low else "unknown"
                targets["human"].append({**item, "type": lx.HUMAN_TARGET_TYPES.get(head, "civilian"), "number": 1,
                                         "effect": effect, "is_name": True})
            elif role == "VictimDesc":
                effect = "death" if any(w in sent_low for w in ("kill", "murder", "dead", "death", "assassinat")) \
                    else "injury" if any(w in sent_low for w in ("wound", "injur")) \
                    else "kidnapping" if "kidnap" in sent_low else "unknown"
                targets["human"].append({**item, "type": lx.HUMAN_TARGET_TYPES.get(head, "civilian"),
                                         "number": numbers.count_in_phrase(counted), "effect": effect,
                                         "is_name": False, **F.qualified_count(counted)})
            elif role == "Weapon":
                wtype = next((t for w, t in lx.WEAPONS.items() if w in low), "unknown")
                inc["weapons"].append({**item, "type": wtype})
        for item, end in bands:
            item.update(evidence_dict(text, item["span"][0], end))

    @staticmethod
    def describes_victims(words) -> bool:
        """The classifier's victim "name" ``words`` (a spaCy span) is a description of the victims: counted or
        plural, with no person's name ("6 Clergymen", which the case restorer capitalised)."""
        return words is not None and not any(t.ent_type_ == "PERSON" for t in words) and (
            words[0].like_num or words.root.tag_ in ("NNS", "NNPS"))

    @staticmethod
    def _uncounted(sdoc, text: str, cand):
        """A target the classifier took with its count or an act's participle ("two vehicles", "the
        assassinated Jesuit priests") without them, as the rules' targets (``fields.filler_words``)."""
        span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.root.ent_type_ == "PERSON":
            return cand
        words = F.filler_span(span.root)
        if words is None or not cand.start < words[0] <= span.root.idx:
            return cand
        return _Span(words[0], cand.end, text[words[0]:cand.end])

    def extract(self, doc: CleanDocument, sdoc) -> dict:
        text = doc.text
        record = empty_record(doc.doc_id, text, title=doc.title, published=doc.published,
                              language=doc.language)
        if doc.url:
            record["url"] = doc.url
        where: dict = {}   # the place the report was filed from, resolved once
        # the country a dateline names beside the place ("SAN JOSE (COSTA RICA)", "KABUL, Afghanistan")
        dateline_country = (doc.meta.get("dateline_country") or {}).get("text")
        if doc.dateline is not None and doc.dateline.place_span:
            s, e = doc.dateline.place_span
            where = resolve(Place(s, e, text[s:e], "dateline"), country_hint=dateline_country, context=[])
            record["dateline"] = {**evidence_dict(text, s, e), "country_code": where.get("country_code"),
                                  "source": doc.dateline.source}
        ref = doc.reference_date
        country_hint = None
        if doc.dateline is not None and doc.dateline.place:
            country_hint = dateline_country or doc.dateline.place
        sents = list(sdoc.sents)
        paras = paragraphs(text)
        dated_paras = {i for i, p in enumerate(paras) if lead_date(text, p)}
        places = [p for p in find_places(sdoc, text, country_hint=country_hint)
                  if not (doc.dateline and doc.dateline.place_span and p.start < doc.dateline.end)]
        self._street_cities(text, places, paras, doc, country_hint, where)
        mentions = find_mentions(sdoc, text)
        date_spans = self._date_spans(sdoc, text, doc)
        place_of = {m.token_i: self._place_for(sdoc, m, places, sents) for m in mentions}
        self._retold_places(sdoc, text, mentions, places, place_of, sents, country_hint)
        self._agency_places(sdoc, text, mentions, place_of, country_hint, where.get("country_code"))

        def place_key(m):
            p = place_of.get(m.token_i)
            if p is None:
                return None
            loc = resolve(p, country_hint=country_hint, context=[])
            name = (loc.get("name") or p.container or p.text).lower()
            return (name, loc.get("country_code"), loc.get("precision") == "country")

        def date_key(m):
            sent = sents[m.sent_i]
            for s, e in date_spans:
                if sent.start_char <= s < sent.end_char:
                    r = _resolve_date(text[s:e], ref)
                    return r.get("value")
            return None

        clusters = group(mentions, place_key=place_key, date_key=date_key, dated_paras=dated_paras)
        mention_paras = {m.para_i for m in mentions if not m.quoted}
        context = [p.text for p in places]
        built = []
        for c in clusters:
            inc = self._incident(c, sdoc, text, sents, paras, places, place_of, date_spans, ref,
                                 country_hint, context, doc, mention_paras)
            if inc is not None:
                built.append((c, inc))
        if self.MERGE_SAME_VICTIM:
            built = self._merge_same_victim(built, sdoc, text, sents, paras, places, place_of, date_spans, ref,
                                            country_hint, context, doc, mention_paras)
        n = 0
        for c, inc in built:
            n += 1
            inc["id"] = f"{doc.doc_id}#{n}"
            record["incidents"].append(inc)
        self._inherit_places(record["incidents"], paras)
        self._body_country(record["incidents"], places, country_hint, context, where.get("country_code"), sdoc)
        if self.use_learned:
            self._add_learned_fillers(record, sdoc, doc, mentions, country_hint, context)
            self._bombing_by_weapon(record["incidents"])
        if self.MERGE_SAME_OBJECT:
            # incidents told only by nouns ("the murder of the Jesuits"): in passing, maybe a retelling
            passing = {id(inc) for c, inc in built if c.lead_para is None and all(m.noun for m in c.mentions)}
            self._merge_same_object(record, sdoc, passing)
        if self.REPORT_DOERS:
            assign_report_doers(record, sdoc)
        home = where.get("country_code")
        people = [(text[e.start_char:e.end_char], e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "PERSON"]
        people += name_runs(propn_runs(sdoc), text)
        found_groups = G.find(text) if record["incidents"] else []
        for inc in record["incidents"]:
            name_people(inc, text, people)
            fold_incident(inc)
            fold_targets(inc, text)
            name_groups(inc, text, found_groups)
            coordinated_people(inc, sdoc, text)
            describe_people(inc, sdoc, text)
            fate_of_people(inc, sdoc)
            count_victims(inc, sdoc, text)
            trim_descriptions(inc)
            if F.state_sponsored(inc["perpetrators"]):
                inc["perpetrators"]["category"] = "state_sponsored"
            if self.STATE_FORCE_ORGS:
                F.state_force_orgs(inc["perpetrators"], text)
            if self.types is not None:
                self.types.type_incident(inc)
            self._physical_effects(inc, sdoc, text)
            drop_untold(inc, sdoc)
            self._nobody_hurt(inc, text, sents)
            self._threat_effects(inc)
            self._nationalities(inc, sdoc, text, (inc.get("location") or {}).get("country_code") or home)
        if self.REPORT_GROUPS:
            assign_report_groups(record, doc.dateline.end if doc.dateline else 0, home)
        self._split_coordinated_places(record, sdoc, places, country_hint, context)
        record["claims"] = find_claims(sdoc, text)
        self._link_claims(record)
        settle_confidence(record, [(s.start_char, s.end_char) for s in sents],
                          doc.dateline.end if doc.dateline else 0)
        if self.scorer is not None:
            self.scorer.score_record(record)
            # an incident only the classifier saw stands only where the incident scorer believes it; in a report
            # the document relevance model doubts, no incident stands that the MUC-4 output leaves out
            dropped = set()
            if self.veto and record["incidents"]:
                from wirecoder.extract.incident_scorer import doubted, vetoed

                sc = self.scorer
                low = any(i["confidence"] < sc.threshold for i in record["incidents"]) and doubted(record)
                dropped = {i["id"] for i in record["incidents"]
                           if vetoed(i, i["confidence"], sc.threshold, sc.veto_threshold, low)}
            if dropped:
                record["incidents"] = [i for i in record["incidents"] if i["id"] not in dropped]
                for claim in record["claims"]:
                    claim["incident_ids"] = [x for x in claim["incident_ids"] if x not in dropped]
        return record

    # ------------------------------------------------------------------ pieces

    MERGE_SAME_VICTIM = True
    STATE_FORCE_ORGS = True   # a state-sponsored incident's force named in its doers' words as its organisation
    MERGE_SAME_OBJECT = True   # one building or vehicle attacked, told again as known ("the plane")
    REPORT_DOERS = True   # doers named once for several attacks given to those that name none (``report_doers``)

    def _merge_same_victim(self, built, *args):
        """Incidents that retell one attack on one named person (``incidents.same_victim_groups``) become one:
        their mentions grouped again and the incident read anew from them."""
        out = []
        for g in same_victim_groups([inc for _, inc in built]):
            if len(g) == 1:
                out.append(built[g[0]])
                continue
            c = merged([built[i][0] for i in g])
            inc = self._incident(c, *args)
            out += [(c, inc)] if inc is not None else [built[i] for i in g]
        return out

    @staticmethod
    def _merge_same_object(record: dict, sdoc, passing: set[int] = frozenset()) -> None:
        """Incidents that retell one attack on one building or vehicle (``incidents.same_object_groups``) become
        one (``incidents.joined``). Read once the classifier has added its fillers: the rules alone seldom name
        the thing in both tellings."""
        groups = same_object_groups(record["incidents"], sdoc, [id(i) in passing for i in record["incidents"]])
        if all(len(g) == 1 for g in groups):
            return
        record["incidents"] = [joined([record["incidents"][i] for i in g]) for g in groups]
        for k, inc in enumerate(record["incidents"], 1):
            inc["id"] = f"{record['doc_id']}#{k}"

    @staticmethod
    def coordinated_places(sdoc, span: tuple[int, int], places: list[Place]) -> list[Place]:
        """The other places coordinated with the place at ``span`` in its sentence: "in Vina del Mar, Talca,
        and Temuco", "the neighborhoods of Ayutuxtepeque, San Ramon and Cuscatancingo", "in San Salvador and
        in Usulutan"."""
        words = sdoc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return []
        root = words.root
        first = root
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ != "pobj":   # "a road linking Chavin and Huari": one road, not two places attacked
            return []
        others = [t for t in first.conjuncts if t is not root] + ([first] if first is not root else [])
        if first.head.dep_ == "prep":   # "in X and (mainly) in Y"
            others += [c for p in first.head.conjuncts for c in p.children if c.dep_ == "pobj"]
        out = []
        for t in sorted(others, key=lambda t: t.i):
            p = next((p for p in places if p.start <= t.idx < p.end and (p.start, p.end) != tuple(span)), None)
            if p is not None and p not in out:
                out.append(p)
        return out

    def _split_coordinated_places(self, record: dict, sdoc, places, country_hint, context) -> None:
        """An incident told at several coordinated places is one incident at each place ("the rebels blew up
        electricity poles in Ayutuxtepeque, San Ramon and Cuscatancingo"): MUC-4 and the GTD code one
        incident per place. The copies keep the incident's fillers and evidence."""
        import copy

        out = []
        for inc in record["incidents"]:
            out.append(inc)
            loc = inc.get("location") or {}
            if not loc.get("span") or loc.get("inferred_from") or loc.get("precision") in ("country", "region"):
                continue
            for p in self.coordinated_places(sdoc, loc["span"], places):
                where = resolve(p, country_hint=country_hint, context=context)
                if where.get("precision") in ("country", "region") or (
                        where.get("country_code") and loc.get("country_code")
                        and where["country_code"] != loc["country_code"]):
                    continue
                twin = copy.deepcopy(inc)
                twin["location"] = where
                out.append(twin)
        for k, inc in enumerate(out, 1):
            inc["id"] = f"{record['doc_id']}#{k}"
        record["incidents"] = out

    _DESTROYED = ("destroy", "razed", "demolish", "gutted", "blown up", "blew up")
    _NO_DAMAGE = ("no damage", "not damage", "without damage", "defused", "deactivated", "failed to explode",
                  "did not explode", "dismantled")
    # "the attacks affected the main powerline": damaged (a target's sentence only)
    _DAMAGE = ("damage", "shatter", "smash", "hit", "struck", "rocked", "exploded", "blast", "burn", "set fire",
               "set on fire", "torched", "affected")

    @staticmethod
    def _nobody_hurt(inc: dict, text: str, sents=()) -> None:
        """An incident whose sentences, or the sentence right after one of them ("A bomb damaged the consulate.
        No one was injured."), say it hurt nobody, and counts no dead or wounded, keeps those words as
        ``unharmed``; its victims whose fate is not told are unharmed (``no_injury``)."""
        human = inc["targets"]["human"]
        if inc.get("casualties") or any(h.get("effect") in ("death", "injury") for h in human):
            return
        spans = [tuple(ev["span"]) for ev in inc.get("evidence", [])]
        ends = [s.end_char for s in sents]
        for _, e in list(spans):
            k = bisect.bisect_left(ends, e)   # the sentence the evidence ends in
            if k + 1 < len(sents):
                spans.append((sents[k + 1].start_char, sents[k + 1].end_char))
        said = F.nobody_hurt(text, spans)
        if said is None:
            return
        inc["unharmed"] = said
        for h in human:
            if h.get("effect") in (None, "unknown"):
                h["effect"] = "no_injury"

    _DONE_EFFECTS = {"death", "injury", "kidnapping", "destroyed", "some_damage"}

    @classmethod
    def _threat_effects(cls, inc: dict) -> None:
        """A threatened incident has not happened: the effect its verb names ("threatened to KILL election
        officials", "will DESTROY power lines") is none its targets suffered, so it is left untold (MUC-4 train:
        no threatened key template has a death or a destroyed target)."""
        if inc.get("stage") != "threatened":
            return
        for t in inc["targets"]["physical"] + inc["targets"]["human"]:
            if t.get("effect") in cls._DONE_EFFECTS:
                t["effect"] = "unknown"

    @classmethod
    def _physical_effects(cls, inc: dict, sdoc, text: str) -> None:
        """A physical target's effect, where the filler did not say: from the words of its sentence
        (destroyed, blown up → destroyed; defused, no damage → no damage; damaged, burned, partially destroyed
        → some damage) or, for a bombing or arson carried out, some damage (not for a target the bomb went off
        outside of: ``fields._bomb_sites``)."""
        for p in inc["targets"]["physical"]:
            outside = p.pop("outside", False)
            span = sdoc.char_span(p["span"][0], p["span"][1], alignment_mode="expand")
            # the words of its sentence, the lines of a wire report joined ("PARTIALLY\nDESTROYED")
            sent = " ".join(F.span_text(span.sent).lower().split()) if span is not None else ""
            if p.get("effect") == "destroyed" and "partially destroy" in sent:
                p["effect"] = "some_damage"   # "partially destroying the building": damaged, not destroyed
            if p.get("effect") not in (None, "unknown"):
                continue
            if "partially destroy" in sent:
                p["effect"] = "some_damage"
            elif any(w in sent for w in cls._NO_DAMAGE):
                p["effect"] = "no_damage"
            elif any(w in sent for w in cls._DESTROYED):
                p["effect"] = "destroyed"
            elif outside:   # "a bomb exploded outside X": the blast tells nothing of X's damage
                if any(w in sent for w in cls._DAMAGE if w not in ("exploded", "blast")):
                    p["effect"] = "some_damage"
            elif any(w in sent for w in cls._DAMAGE) or (
                    inc.get("type") in ("bombing", "arson") and inc.get("stage") == "accomplished"):
                p["effect"] = "some_damage"

    @staticmethod
    def _nationalities(inc: dict, sdoc, text: str, home: str | None) -> None:
        """Each target's ``nationality`` where its words or their close context tell it, read at the target's
        own words first, then at its other mentions (``fields.nationality``); failing that, a diplomat's from
        the one foreign mission the report names, named victims' from the counted group of victims they make up
        (``victim_nations``)."""
        for t in inc["targets"]["human"] + inc["targets"]["physical"]:
            for m in [t, *t.get("mentions", [])]:
                found = F.nationality(sdoc, text, m["span"][0], m["span"][1], avoid=home)
                if found:
                    t["nationality"] = found
                    break
        mission_nation(inc, sdoc, text, home)
        group_nation(inc, sdoc, text, home)

    _DISTRICT_WORDS = {"district", "neighborhood", "neighbourhood", "quarter", "suburb"}
    _DISTRICT_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb)\b", re.IGNORECASE)
    _CITY_STREETS = {"street", "avenue", "boulevard", "calle", "avenida", "alameda", "paseo", "carrera", "square",
                     "plaza", "esplanade", "rambla"}

    @classmethod
    def _street_cities(cls, text, places: list[Place], paras, doc: CleanDocument, country_hint, where: dict) -> None:
        """A street or square the gazetteer lacks, said without its city ("A BOMB EXPLODED ... ON PLAYA AVENUE"),
        lies in the city the report last named before it, in its paragraph or the one before ("MEDELLIN
        CONTINUES TO LIVE THROUGH A WAVE OF TERROR"), else in the city it was filed from: that city becomes its
        container (the place keeps its own words; the city gives name and coordinates, precision ``point``).
        ``where``: the dateline's place, resolved."""
        dateline_city = None
        if where.get("precision") == "city":
            ds, de = doc.dateline.place_span
            dateline_city = text[ds:de]
        home = where.get("country_code")
        for p in places:
            words = set(p.text.lower().split())
            district = bool(words & cls._DISTRICT_WORDS or cls._DISTRICT_AFTER.match(text, p.end)) or p.area
            if p.container or p.kind != "place" or not (words & cls._CITY_STREETS or district):
                continue
            cc = resolve(p, country_hint=country_hint, context=[]).get("country_code")
            if cc and not (district and home and cc != home) and not p.area:
                continue   # the gazetteer knows it, or the city said with it; "the Medina district" of a
                # Mogadishu report is no town abroad; a town the report lists among a city's neighbourhoods
                # ("THE NEIGHBORHOODS OF AYUTUXTEPEQUE, ...") is one of them
            pi = _para_of(paras, p.start)
            earlier = [q for q in places if q.end <= p.start and pi - 1 <= _para_of(paras, q.start) <= pi
                       and not q.area and not set(q.text.lower().split()) & cls._CITY_STREETS
                       and resolve(q, country_hint=country_hint, context=[]).get("precision") == "city"]
            # the city's own name ("Somalia's capital" is Mogadishu)
            city = (earlier[-1].text if earlier[-1].kind == "place" else
                    resolve(earlier[-1], country_hint=country_hint, context=[]).get("name")) if earlier else dateline_city
            if city:
                p.container = " ".join(city.split())

    @staticmethod
    def _date_spans(sdoc, text: str, doc: CleanDocument) -> list[tuple[int, int]]:
        spans = {(e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("DATE", "TIME")}
        spans |= set(D.find_dates(text))
        if doc.dateline is not None and doc.dateline.date_span:
            spans.discard(tuple(doc.dateline.date_span))
            spans = {s for s in spans if s[0] >= doc.dateline.end}
        if doc.published and doc.published.get("span"):
            ps, pe = doc.published["span"]
            spans = {s for s in spans if s[1] <= ps or s[0] >= pe}
        # keep the longest of overlapping spans
        out = []
        for s in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
            if out and s[0] < out[-1][1]:
                continue
            out.append(s)
        return out

    # verbs whose locative phrase is also the place of the event noun they govern ("died in X as a result of a
    # bomb explosion", "carried out an attack in X"); not "arrested in X for the murder", "protested in X"
    _EVENT_HOSTS = {"die", "carry", "perpetrate", "commit", "stage", "launch", "conduct", "mount", "suffer",
                    "occur", "happen", "plant", "detonate", "explode", "kill", "wound", "injure", "destroy",
                    "damage", "perish"}
    _TIME_PREPS = {"before", "after", "since", "until", "till", "ahead", "prior"}

    @classmethod
    def _noun_clause_place(cls, sdoc, tok, places: list[Place]) -> Place | None:
        """A noun mention's place said outside its own phrase but still of it:

        * after the noun's phrase, past only names and a date or time: "THE ASSASSINATION OF JUDGE MARIELA
          ESPINOSA ARANGO THE EVENING OF 1 NOVEMBER IN MEDELLIN";
        * in a locative phrase of the verb the noun hangs from by its object or a causal "of/as/from/by"
          chain, when that verb tells the event's effect or its doing: "13 PERSONS DIED IN SAN SALVADOR AS A
          RESULT OF A BOMB EXPLOSION", "THEY CARRIED OUT AN ATTACK IN X"."""
        def place_after(prep):
            nxt = prep.i + 1
            if nxt >= len(sdoc) or prep.lower_ not in ("in", "at", "near"):
                return None
            starts = {sdoc[nxt].idx}
            if sdoc[nxt].lower_ == "the" and nxt + 1 < len(sdoc):
                starts.add(sdoc[nxt + 1].idx)   # "IN THE CAPITAL"
            return next((p for p in places if p.start in starts), None)

        j, steps = tok.right_edge.i + 1, 0
        end = tok.sent.end
        if end < len(sdoc) and not any(t.pos_ in ("VERB", "AUX") for t in sdoc[end].sent):
            end = sdoc[end].sent.end   # "... ARANGO | THE EVENING OF 1 NOVEMBER IN MEDELLIN.": a fragment split off
        while j < min(len(sdoc), end) and steps < 12:
            t = sdoc[j]
            if t.is_space or t.ent_type_ in ("DATE", "TIME", "PERSON") or t.pos_ == "PROPN" \
                    or t.lower_ in ("the", "of", "on", "this", "last"):
                j += 1
                steps += 1
                continue
            hit = place_after(t)
            if hit is not None:
                return hit
            break
        t, hops = tok, 0
        while t.dep_ == "compound" and t.head.i > t.i:
            t = t.head   # "A BOMB EXPLOSION"
        while t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("of", "as", "from", "by") and hops < 3:
            t = t.head.head
            hops += 1
        verb = t if hops and t.pos_ in ("VERB", "AUX") else t.head if t.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in cls._EVENT_HOSTS:
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.i > verb.i:
                hit = place_after(prep)
                if hit is not None:
                    return hit
        return None

    @classmethod
    def _time_reference(cls, sdoc, p: Place) -> bool:
        """A place of another event that serves as a time reference: "48 HOURS BEFORE THE PRESIDENTIAL DRUG
        SUMMIT IN CARTAGENA", "A DAY AFTER THE ELECTIONS IN X" (not "after the attack in X": that may be ours)."""
        span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            return False
        prep = span.root.head
        if span.root.dep_ != "pobj" or prep.lower_ not in ("in", "at", "near"):
            return False
        noun = prep.head
        return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in cls._TIME_PREPS \
            and noun.lemma_.lower() not in cls._EVENT_NOUNS and noun.lower_ not in cls._EVENT_NOUNS

    @staticmethod
    def _owner_of_person(sdoc, p: Place) -> bool:
        """A country named as the owner of something not a place: "BROTHER OF VENEZUELA'S FIRST LADY" tells no
        place ("IN COLOMBIA'S NORTHERN SANTANDER DEPARTMENT" does)."""
        from wirecoder.extract.places import _PLACE_WORDS

        span = sdoc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or span.end >= len(sdoc) or sdoc[span.end].tag_ != "POS":
            return False
        owned = span.root.head
        return owned.i >= span.end and owned.lower_ not in _PLACE_WORDS and owned.pos_ in ("NOUN", "PROPN")

    @classmethod
    def _place_for(cls, sdoc, m, places: list[Place], sents) -> Place | None:
        """The place a mention is tied to: in its clause first, then its sentence."""
        tok = sdoc[m.token_i]
        sent = sents[m.sent_i]
        in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char]
        if not in_sent and not m.noun:
            return None
        # places inside the trigger's own subtree ("the attacks in Paris")
        sub = [p for p in in_sent if tok.left_edge.idx <= p.start <= tok.right_edge.idx + len(tok.right_edge.text)]
        if sub and m.noun:
            return sub[0]
        if m.noun:
            # a bare noun mention does not own the sentence's places, only those said of it
            return cls._noun_clause_place(sdoc, tok, places)
        in_sent = [p for p in in_sent if not cls._time_reference(sdoc, p)]
        if not in_sent:
            return None
        # nearest place after a preposition in the sentence, preferring those after the trigger
        def score(p):
            # "in the city of\nFlores": a line break is a space
            before = " ".join(F.doc_text(sdoc)[max(0, p.start - 12):p.start].lower().split()) + " "
            prep = any(f" {w} " in f" {before}" for w in ("in", "at", "on", "near", "of")) \
                and not cls._owner_of_person(sdoc, p)
            return (0 if prep else 1, 0 if p.start >= m.start else 1, abs(p.start - m.start))
        best = sorted(in_sent, key=score)[0]
        # "in the New Zealand city of Christchurch": the city, not its country; "in Huaraz, the capital of
        # Ancash department": the town, not its department
        # "... OF AYUTUXTEPEQUE, ... IN VARIOUS SECTORS OF THE CAPITAL CITY": the named town in the capital's area
        best_loc = resolve(best, country_hint=None, context=[])
        if best_loc.get("precision") in ("country", "admin1") or best.kind == "capital":
            def inside(r):
                if r.get("country_code") != best_loc["country_code"] or r.get("precision") in ("country", "admin1"):
                    return False
                if best.kind == "capital":   # a town near the capital, or a part of it ("NEIGHBORHOODS OF ...")
                    return r.get("admin1") == best_loc.get("admin1") and (
                        r.get("name") != best_loc.get("name") or r.get("precision") == "neighborhood")
                return best_loc["precision"] == "country" or r.get("admin1") == best_loc.get("name")
            finer = [p for p in in_sent if p is not best and inside(resolve(p, country_hint=None, context=[]))]
            if finer:
                return finer[0]
        return best

    _OCCURRED = {"occur", "happen"}
    _EVENT_NOUNS = {"incident", "explosion", "attack", "action", "blast", "ambush", "murder", "crime", "bombing",
                    "assassination", "kidnapping", "massacre", "event", "attacks", "incidents", "explosions"}

    @classmethod
    def _retold_places(cls, sdoc, text, mentions, places, place_of, sents, country_hint) -> None:
        """ "The incident took place in the vicinity of Perquin", "the explosion occurred near Benadia": the
        place where the incident told just before happened. The anaphoric noun is the subject of an occurrence
        verb; a place in that verb's subtree (a known one, or a name after a locative preposition that the
        gazetteer lacks) becomes the place of the mentions of the nearest earlier sentence that tells one,
        unless they have a place of their own that is finer."""
        by_sent: dict[int, list] = {}
        for m in mentions:
            if not m.quoted and m.mode == "realis":
                by_sent.setdefault(m.sent_i, []).append(m)
        for si, sent in enumerate(sents):
            for tok in sent:
                lemma = tok.lemma_.lower()
                occurs = lemma in cls._OCCURRED or (lemma == "take" and any(
                    c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children))
                if not occurs or tok.pos_ not in ("VERB", "AUX"):
                    continue
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ not in cls._EVENT_NOUNS or not any(
                        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these")
                        for c in subj.children):
                    continue
                lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
                preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "on")]
                lo = min((p.idx for p in preps), default=hi)
                own = [p for p in places if lo <= p.start < hi]
                if not own:
                    own = cls._unknown_names(sdoc, text, lo, hi)
                if not own:
                    continue
                new = next((p for p in own if (resolve(p, country_hint=country_hint, context=[]).get("precision")
                                               not in ("country",))), own[0])
                earlier = [i for i in by_sent if i < si and si - i <= 3]
                if not earlier:
                    continue
                for m in by_sent[max(earlier)]:
                    old = place_of.get(m.token_i)
                    old_prec = resolve(old, country_hint=country_hint, context=[]).get("precision") if old else None
                    if old is None or old_prec in ("country", "admin1"):
                        if old is not None and old_prec == "admin1" and new.container is None:
                            new.container = old.text   # "A MINE IN MORAZAN DEPARTMENT ... NEAR PERQUIN"
                        place_of[m.token_i] = new

    _REPORTING = {"announce", "report", "say", "confirm", "state", "inform", "disclose", "reveal", "add"}
    _AGENCIES = {"police", "policeman", "authorities", "authority", "prosecutor", "mayor", "firefighters",
                 "fire", "garrison", "command", "spokesman", "spokeswoman", "officials", "official"}

    @classmethod
    def _agency_places(cls, sdoc, text, mentions, place_of, country_hint, hint_cc: str | None) -> None:
        """ "MEDELLIN METROPOLITAN POLICE ANNOUNCED THAT ... UNIDENTIFIED PERSONS PLACED 11 BOMBS", "Kabul police
        said a suicide bomber ...": a mention told in what a local agency reports, with no place of its own,
        happened in the town the agency is named by. The town is the first words of the reporting verb's
        subject, before its agency word (police, authorities, mayor, spokesman ...), when the gazetteer knows
        them as a town or division of the report's country (``hint_cc``, the dateline's)."""
        from wirecoder.extract.places import _common_word
        from wirecoder.extract.places import resolve as place_fields

        found: dict[int, Place | None] = {}
        for m in mentions:
            if place_of.get(m.token_i) is not None or m.quoted or m.mode != "realis":
                continue
            tok, verb = sdoc[m.token_i], None
            while tok.head.i != tok.i:
                if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in cls._REPORTING:
                    verb = tok.head
                    break
                tok = tok.head
            if verb is None:
                continue
            if verb.i not in found:
                found[verb.i] = None
                subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
                words = list(subj.subtree) if subj is not None else []
                if any(w.lemma_.lower() in cls._AGENCIES or w.lower_ in cls._AGENCIES for w in words):
                    run = []
                    for w in words:
                        if w.pos_ == "DET" and not run:
                            continue
                        name_like = w.pos_ == "PROPN" or (w.dep_ in ("compound", "amod") and w.text[:1].isupper()
                                                          and not _common_word(w.text))   # "Peshawar police"
                        if not name_like or w.ent_type_ in ("PERSON", "NORP"):
                            break
                        run.append(w)
                    for n in range(len(run), 0, -1):   # "MEDELLIN METROPOLITAN": the longest known head words
                        a, b = run[0].idx, run[n - 1].idx + len(run[n - 1].text)
                        if n == 1 and _common_word(text[a:b]):
                            break
                        cand = Place(a, b, text[a:b])
                        loc = place_fields(cand, country_hint=country_hint, context=[])
                        if loc.get("precision") in ("city", "admin1") and (hint_cc is None or
                                                                            loc.get("country_code") == hint_cc):
                            found[verb.i] = cand
                            break
            if found[verb.i] is not None:
                place_of[m.token_i] = found[verb.i]

    @staticmethod
    def _unknown_names(sdoc, text, lo, hi) -> list[Place]:
        """Proper names after a locative preposition in ``text[lo:hi]`` ("IN THE VICINITY OF PERQUIN")."""
        span = sdoc.char_span(lo, hi, alignment_mode="expand")
        out = []
        if span is None:
            return out
        for tok in span:
            if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "at", "of"):
                first = tok
                while first.i > span.start and sdoc[first.i - 1].pos_ == "PROPN" and sdoc[first.i - 1].dep_ == "compound":
                    first = sdoc[first.i - 1]
                out.append(Place(first.idx, tok.idx + len(tok.text), text[first.idx:tok.idx + len(tok.text)]))
        return out

    def _incident(self, c: Cluster, sdoc, text, sents, paras, places, place_of, date_spans, ref,
                  country_hint, context, doc, mention_paras=frozenset()) -> dict | None:
        scope_sent_ids = set(c.sents)
        if c.lead_para is not None:
            ps, pe = paras[c.lead_para]
            scope_sent_ids |= {i for i, s in enumerate(sents) if ps <= s.start_char < pe}
        scope = [self._recalled_scope(c, sdoc, i) or sents[i] for i in sorted(scope_sent_ids)]
        qr = quote_ranges(text)
        scope = [s for s in scope if not any(a <= s.start_char < b for a, b in qr)] or scope
        scope_low = " ".join(F.span_text(s) for s in scope).lower()
        triggers = [sdoc[m.token_i] for m in c.mentions]
        itype = self._type(c)
        inc = empty_incident("")
        only_nouns = all(m.noun for m in c.mentions) and c.lead_para is None
        # stage: look also at quotations that speak of the same place
        stage_scope = scope_low
        # the place told with a verb ("blow themselves up in X") before one named with a noun
        place = next((place_of[m.token_i] for m in sorted(c.mentions, key=lambda m: m.noun)
                      if place_of.get(m.token_i)), None)
        scope_words = [set(s.text.lower().split()) for s in scope]
        for a, b in qr:
            quoted = text[a:b].lower()
            qwords = set(quoted.split())
            retold = any(len(w) > 4 and len(w & qwords) / len(w) > 0.6 for w in scope_words)
            if retold or (place is not None and place.text.lower() in quoted):
                stage_scope += " " + quoted
        inc["stage"] = F.stage(stage_scope, {m.mode for m in c.mentions})
        # date
        date = self._date(c, text, paras, sents, date_spans, ref)
        if date and inc["stage"] == "threatened" and self._threatened_day_ahead(date, ref):
            date = None   # "a stoppage to begin on 16 March", told on 12 March: the day threatened, not a past day
        if date:
            inc["date"] = date
        # location
        if place is None and c.lead_para is not None:
            ps, pe = paras[c.lead_para]
            cands = [p for p in places if ps <= p.start < pe]
            cands.sort(key=lambda p: (0 if p.container else 1,
                                      0 if text[max(0, p.start - 4):p.start].strip().lower() in ("in", "on", "at") else 1))
            place = cands[0] if cands else None
        weak_place = False

        def area_in(told, place):
            """The first part of ``place``'s town that one of the sentences ``told`` names with its kind."""
            return next((a for x in told if (a := city_area(sdoc, text, place, x, country_hint)) is not None), None)

        if place is None and doc.dateline is not None and doc.dateline.place_span:
            s, e = doc.dateline.place_span
            # the place the report was filed from, named again in its body: then the report says so
            named = text[s:e].strip().lower()
            again = [p for p in places if p.text.strip().lower() == named]
            again_in_scope = [p for p in again if any(x.start_char <= p.start < x.end_char for x in scope)]
            place = (again_in_scope or again or [Place(s, e, text[s:e], "dateline")])[0]
            weak_place = True   # where the report was filed: no place told with the attack
            # unless the incident's sentences name a part of that town with its kind ("THE BOMB EXPLOSION TOOK
            # PLACE IN OLAYA NEIGHBORHOOD" in a Bogota report): the part, in the town (the incident still counts
            # as placed by the dateline alone when deciding whether it is told at all)
            place = area_in(scope, place) or place
        if place is not None and not weak_place and place.container is None and place.kind != "dateline":
            sent = next((x for x in sents if x.start_char <= place.start < x.end_char), None)
            area = city_area(sdoc, text, place, sent, country_hint) if sent is not None else None
            # else a part of that town named with its kind in another sentence of the incident ("THERE WAS AN
            # EXPLOSION IN SOUTHERN BOGOTA ... THE BOMB EXPLOSION TOOK PLACE IN OLAYA NEIGHBORHOOD")
            if area is None and sent is not None:
                area = area_in([x for x in scope if x.start_char != sent.start_char], place)
            place = area or place   # "IN BOGOTA, ... IN THE SUBURB OF QUIRIGUA": the suburb, in its city
        if place is not None:
            inc["location"] = resolve(place, country_hint=country_hint, context=context)
            if place.kind == "dateline":
                inc["location"]["inferred_from"] = "dateline"  # the report says no place: where it was filed
        inc["weapons"] = F.weapons(text, scope, itype, {m.lemma for m in c.mentions})
        # a claim of responsibility may stand in a sentence of its own, next to the report
        own_i = c.paras | ({c.lead_para} if c.lead_para is not None else set())
        nxt = max(own_i) + 1 if max(own_i) + 1 < len(paras) else None
        # how the attackers were armed, said apart ("the attackers, armed with AK-47 rifles, exchanged fire")
        armed = [s for s in sents if s not in scope and _para_of(paras, s.start_char) in own_i | {nxt}
                 and "armed with" in text[s.start_char:s.end_char].lower()]
        if armed:
            seen = {w["type"] for w in inc["weapons"]}
            inc["weapons"] += [w for w in F.weapons(text, armed, itype, set())
                               if w["type"] not in seen and not w.get("inferred_from")]

        def cued(s, cues) -> bool:
            return any(cue in text[s.start_char:s.end_char].lower() for cue in cues)

        def within(s, pis) -> bool:
            return any(paras[i][0] <= s.start_char < paras[i][1] for i in pis)

        scope_starts = {x.start for x in scope}
        # ... or in the next paragraph: the attacker named ("Prosecutors identified the driver as X"), or a
        # claim or suspicion where that paragraph tells no attack of its own ("Police blamed X.")
        claim_sents = [s for s in sents if s.start not in scope_starts and (
            within(s, own_i) and cued(s, lx.CLAIM_CUES + lx.SUSPECT_CUES + lx.IDENTIFY_CUES)
            or nxt is not None and within(s, {nxt}) and (
                cued(s, lx.IDENTIFY_CUES) or nxt not in mention_paras and cued(s, lx.CLAIM_CUES + lx.SUSPECT_CUES)))]
        inc["perpetrators"] = F.perpetrators(sdoc, text, scope + claim_sents, triggers)
        if doc.dateline is not None:  # "NAIROBI (AP) — Islamic extremists stormed": not the dateline
            inc["perpetrators"]["individuals"] = [self._after_dateline(i, text, doc.dateline.end)
                                                  for i in inc["perpetrators"]["individuals"]
                                                  if i["span"][1] > doc.dateline.end]
            inc["perpetrators"]["individuals"] = [i for i in inc["perpetrators"]["individuals"] if i]
        targets, casualties = F.targets_and_casualties(sdoc, text, scope, triggers)
        inc["targets"] = targets
        inc["casualties"] = casualties
        if only_nouns and not casualties and not targets["human"] and not targets["physical"]:
            itype = "other"  # "the attacks in Paris": an incident named, not told
            if place is None or weak_place:
                return None
        if itype == "armed_assault" and (self._bombs_only(inc["weapons"])
                                         or any(cue in scope_low for cue in ("suicide bomber", "car bomb"))):
            itype = "bombing"  # "a suicide bomber killed 46": the weapon tells the kind of attack
        inc["type"] = itype
        told_types = {m.type for m in c.mentions if m.mode == "realis" and not m.quoted and not m.noun}
        inc["other_types"] = [t for t in lx.TYPE_PRIORITY if t in told_types and t not in (itype, "other")]
        inc["suicide"] = F.suicide(scope_low, inc["stage"], itype)
        told_weapons = [w for w in inc["weapons"] if w.get("inferred_from") != "act"]   # not the trigger's own words
        filled = sum(bool(x) for x in (date, place, told_weapons, casualties, targets["human"],
                                       targets["physical"], inc["perpetrators"]["organizations"],
                                       inc["perpetrators"]["individuals"]))
        inc["confidence"] = round(min(0.95, 0.3 + 0.08 * filled), 2)
        inc["evidence"] = [evidence_dict(text, s.start_char, s.end_char) for s in scope]
        if filled == 0 or (filled == 1 and weak_place):
            return None  # a bare word with nothing told about it
        coarse = inc["location"] is None or inc["location"].get("precision") in ("country", "region") \
            or (inc["location"].get("precision") is None and not weak_place
                and inc["location"].get("country_code") is None and place.text.lower() in _REGIONS)
        if not date and not casualties and coarse and not inc["perpetrators"]["individuals"] \
                and not _named_victim_taken(targets["human"]):
            return None  # "antiquities stolen in Syria": activity, not an incident told (a named victim is one)
        perps = inc["perpetrators"]
        if {m.lemma for m in c.mentions} <= lx.EFFECT_ONLY and not perps["individuals"] \
                and not perps["organizations"] and not told_weapons:
            return None  # "the Americans who were killed in the crash": a death, not an attack
        if all(m.mode == "intent" for m in c.mentions) and inc["stage"] == "threatened" \
                and not any(cue in stage_scope for cue in lx.THREAT_CUES):
            return None  # "mercenaries preparing to assassinate": a plan, neither foiled nor threatened
        if itype == "armed_assault" and self._combat(inc, triggers):
            return None  # guerrillas attacking troops: a battle, not an attack on civilians
        if not date and self.CONTEXT_DATES:
            ctx = self._context_date(c, text, paras, sents, date_spans, ref)
            if ctx:  # a likely date, not one the text fixes: ``date`` stays unknown
                inc["date_context"] = ctx
        return inc

    @staticmethod
    def _threatened_day_ahead(date: dict, ref: str | None) -> bool:
        """A day told without its year that the resolver put most of a year before the report (it takes days
        without a year to be past): in a threat, a day still ahead ("will begin on 16 March", told on 12 March)."""
        import datetime as dt

        if not ref or re.search(r"\d{2}\s*$|\d{4}", date.get("text") or "") or date.get("precision") != "day":
            return False
        try:
            days = (dt.date.fromisoformat(ref[:10]) - dt.date.fromisoformat(date["value"][:10])).days
        except (TypeError, ValueError):
            return False
        return days > 180

    @staticmethod
    def _bombs_only(weapons: list[dict]) -> bool:
        """The attack was made with explosives and no firearm: a bombing."""
        wtypes = {w["type"] for w in weapons}
        return "explosives" in wtypes and "firearms" not in wtypes

    _BOMB_WORDS = re.compile(r"\b(?:bombs?|dynamite|explosives?|tnt)\b", re.I)

    @classmethod
    def _bombing_by_weapon(cls, incidents: list[dict]) -> None:
        """An attack whose weapons the classifier named afterwards, all bombs ("the attack in which 20 persons
        were killed", its car bomb and dynamite told in other sentences), is a bombing, as an attack whose own
        sentences name them is (``_incident``). Not rockets, mortars, grenades or missiles: guerrillas' and
        soldiers' arms, which MUC-4's coders keep as attacks."""
        for inc in incidents:
            if inc["type"] == "armed_assault" and inc["weapons"] \
                    and all(cls._BOMB_WORDS.search(w.get("text") or "") for w in inc["weapons"]):
                inc["type"] = "bombing"

    @staticmethod
    def _recalled_scope(c: Cluster, sdoc, si: int):
        """The words of an attack recalled in a sentence that tells another ("following last night's attack on a
        bank, which caused a lot of damage", ``Mention.recalled``): its incident reads its fields there, not in
        the rest of the sentence (the dynamite hurled against a police station). None where the incident has
        other mentions in the sentence."""
        own = [m for m in c.mentions if m.sent_i == si]
        if not own or not all(m.recalled for m in own):
            return None
        toks = [sdoc[m.token_i] for m in own]
        return sdoc[min(t.left_edge.i for t in toks): max(t.right_edge.i for t in toks) + 1]

    @staticmethod
    def _after_dateline(item: dict, text: str, end: int) -> dict | None:
        """A perpetrator whose words the parse ran back into the dateline ("MAIDUGURI, Nigeria (AP) — Gunmen"):
        its words after the dateline ("Gunmen"), or None when none are left."""
        s, e = item["span"]
        if s >= end:
            return item
        m = re.search(r"\w", text[end:e])
        if m is None:
            return None
        s = end + m.start()
        head = text[s:e].split()[-1].lower()
        return {**item, **evidence_dict(text, s, e),
                "named": bool(item.get("named")) and head not in lx.PERPETRATOR_NOUNS}   # "Gunmen" is no name

    @staticmethod
    def _inherit_places(incidents: list[dict], paras) -> None:
        """An incident the report gives no place (only the dateline's), told in the paragraph of an incident with a
        stated town or street or in the paragraph after it, happened there ("... WERE ASSASSINATED IN MEDELLIN
        TODAY ...  THE JUDGE, WHO WAS SITTING IN THE BACK SEAT, ... WAS GUNNED DOWN"): it takes that place's
        words and fields, marked ``inferred_from: "context"``. (Taking the last stated town of the whole report
        instead lowered MUC-4 dev ALL TEMPLATES.)"""
        def stated_town(i: dict) -> bool:   # a town or street the incident's own words give
            loc = i.get("location") or {}
            return loc.get("precision") in ("city", "point", "neighborhood") and not loc.get("inferred_from")

        for k, inc in enumerate(incidents):
            loc = inc.get("location") or {}
            if loc.get("inferred_from") != "dateline" or not inc["evidence"]:
                continue
            pi = _para_of(paras, inc["evidence"][0]["span"][0])
            prev = [i for i in incidents[:k] if stated_town(i) and i["evidence"]
                    and pi - 1 <= _para_of(paras, i["evidence"][-1]["span"][0]) <= pi]
            # an attack recalled in the sentence that tells a later one ("following last night's attack on a
            # bank, dynamite was hurled against a police station"): where that one happened
            a = inc["evidence"][0]["span"][0]
            prev = prev or [i for i in incidents[k + 1:] if stated_town(i)
                            and any(x <= a < y for x, y in (ev["span"] for ev in i["evidence"]))][:1]
            if prev:
                inc["location"] = {**prev[-1]["location"], "inferred_from": "context"}

    @staticmethod
    def _body_country(incidents: list[dict], places: list[Place], country_hint, context, home: str | None,
                      sdoc) -> None:
        """An incident the report places only by its dateline, in a report filed abroad about another country
        ("MADRID (SPAIN) -- THE BODIES OF THE SPANISH JESUITS MURDERED LAST FRIDAY ... WERE BURIED IN SAN
        SALVADOR"): where the places the body names lie mostly in one country -- named twice at least, more often
        than the dateline's country and than any other -- the incident is placed in that country
        (``inferred_from: "body"``), not in the city the report was filed from. A report filed at home rarely
        names its own country, so one foreign name ("THE UNITED STATES") moves nothing. MUC-4 dev: ALL TEMPLATES
        44.4 -> 44.7 (a moved country for every body country, with no such bar, had lowered it).
        A name that modifies a noun counts for no place ("U.S. MILITARY ADVISERS", "U.S. ECONOMIC AID", "THE
        WASHINGTON POST"): it says whose people or things, not where anything happened."""
        if not home or not any((i.get("location") or {}).get("inferred_from") == "dateline" for i in incidents):
            return
        counts: dict[str, list] = {}
        for p in places:
            words = sdoc.char_span(p.start, p.end, alignment_mode="expand")
            if words is not None and len(words) and words.root.dep_ in ("compound", "amod", "nmod") \
                    and words.root.head.pos_ in ("NOUN", "PROPN") and words.root.head.i >= words.end:
                continue
            loc = resolve(p, country_hint=country_hint, context=[])
            if loc.get("country_code"):
                counts.setdefault(loc["country_code"], []).append(loc)
        if not counts:
            return
        cc, locs = max(counts.items(), key=lambda kv: len(kv[1]))
        # named twice at least, more often than the dateline's country, and by no other country as often
        if cc == home or len(locs) < 2 or len(locs) <= len(counts.get(home, ())) \
                or sum(len(v) == len(locs) for v in counts.values()) > 1:
            return
        named = next((x for x in locs if x.get("precision") == "country"), None)   # the country's own name
        first = named or locs[0]
        where = {"text": first["text"] if named else (first.get("country") or cc),
                 "span": first["span"] if named else None, "name": first.get("country"), "admin1": None,
                 "country": first.get("country"), "country_code": cc, "lat": None, "lon": None,
                 "geonameid": None, "precision": "country", "inferred_from": "body"}
        for inc in incidents:
            if (inc.get("location") or {}).get("inferred_from") == "dateline":
                inc["location"] = dict(where)

    CONTEXT_DATES = 2   # 0: none, 1: the paragraph's earlier date, 2: also the story's date (MUC-4 dev: 2 best)

    @classmethod
    def _context_date(cls, c: Cluster, text, paras, sents, date_spans, ref) -> dict | None:
        """An incident whose own sentences give no date: the nearest date told before them in their
        paragraph ("Yesterday morning at 0730 ... Terrorists then attacked"), else the date the report's
        first paragraph gives its story. Kept apart as ``date_context`` (``inferred_from: "context"``): the
        record's ``date`` stays unknown, as the contract asks; the MUC-4 output uses it."""
        first = sents[min(c.sents)].start_char
        cands = []
        for pi in sorted(c.paras):
            ps, pe = paras[pi]
            cands += [sp for sp in date_spans if ps <= sp[0] < min(pe, first)][::-1]
        if cls.CONTEXT_DATES > 1 and paras:
            body = next((p for p in paras if any(p[0] <= sp[0] < p[1] for sp in date_spans)), None)
            if body is not None and (body == paras[0] or body[0] < first):
                cands += [sp for sp in date_spans if body[0] <= sp[0] < body[1]][:1]
        for s, e in cands:
            out = _date_value(text, s, e, ref)
            if out and out["precision"] == "day" and (not ref or out["value"] <= ref):
                sent = next((x for x in sents if x.start_char <= s < x.end_char), None)
                if sent is not None and cls._dates_the_telling(sent, (s, e)):
                    out["dates_telling"] = True   # "THE ARMY DENIED TODAY THAT ...": the act on or before
                return {**out, "inferred_from": "context"}
        return None

    @staticmethod
    def _combat(inc: dict, triggers) -> bool:
        """An armed attack whose targets are all soldiers, troops or military positions."""
        human = inc["targets"]["human"]
        physical = inc["targets"]["physical"]
        if any(h["type"] not in ("military", "police") for h in human):
            return False
        if _named_victim_taken(human):
            return False   # "the murder of police commander Colonel X": a named man killed is no battle
        if any(p["type"] != "military" for p in physical):
            return False
        perps = " ".join(i["text"].lower() for i in inc["perpetrators"]["individuals"])
        if any(w in perps for w in ("gunm", "attacker", "assailant", "bomber", "killer")):
            return False  # gunmen shooting soldiers at a checkpoint: an attack, not a battle
        if human or physical:
            return True
        # what the act was done to, not the doers' own words ("SOLDIERS OF THE ATLACATL BATTALION KILLED ...")
        doers = {d.i for t in triggers for s in t.children if s.dep_ in ("nsubj", "agent") for d in s.subtree}
        objects = " ".join(c.text.lower() for t in triggers for c in t.subtree
                           if c.dep_ in ("dobj", "pobj") and c.i not in doers)
        return any(w in objects.split() for w in lx.MILITARY_TARGET_WORDS)

    @staticmethod
    def _type(c: Cluster) -> str:
        types = set(c.types)
        for t in lx.TYPE_PRIORITY:
            if t in types:
                if t == "hijacking" and "vehicle_ramming" in types:
                    continue
                return t
        return "other"

    @staticmethod
    def _date(c: Cluster, text, paras, sents, date_spans, ref) -> dict | None:
        cands = []
        if c.lead_para is not None:
            lead = lead_date(text, paras[c.lead_para])
            if lead:
                cands.append(lead)
        told, reported = [], []
        for si in sorted(c.sents):
            s = sents[si]
            for sp in date_spans:
                if s.start_char <= sp[0] < s.end_char:
                    # "THE ARMY DENIED TODAY THAT GUERRILLAS ATTACKED ...": the day of the telling, not of the
                    # attack; it serves only when no other date of the incident's sentences does
                    (reported if Extractor._dates_the_telling(s, sp) else told).append(sp)
        cands += told + reported
        starts = {a: (a, b) for a, b in date_spans}
        for s, e in cands:
            telling = (s, e) in reported
            # "ON TUESDAY, 5 AUGUST": the date the weekday stands for, said right after it
            after = re.match(r",\s*", text[e:e + 4])
            if after and D.is_weekday(text[s:e]):
                told_date = starts.get(e + after.end())
                if told_date and re.search(r"\d", text[told_date[0]:told_date[1]]):
                    s, e = told_date
            out = _date_value(text, s, e, ref)
            if out:
                if telling:   # the day the report tells of the act: the act fell on or before it
                    out["dates_telling"] = True
                return out
        return None

    _TELLING = _REPORTING | {"deny", "learn", "indicate", "claim"}   # verbs of telling, denials too

    @classmethod
    def _dates_the_telling(cls, sent, span: tuple[int, int]) -> bool:
        """The date words modify a verb of telling ("reported today that ...")."""
        toks = [t for t in sent if span[0] <= t.idx < span[1]]
        heads = {t.head for t in toks if t.head not in toks}
        return bool(heads) and all(h.lemma_.lower() in cls._TELLING and h.pos_ in ("VERB", "AUX") for h in heads)

    @staticmethod
    def _link_claims(record: dict) -> None:
        for claim in record["claims"]:
            cs, ce = claim["content"]["span"]
            content = claim["content"]["text"].lower()
            for inc in record["incidents"]:
                loc = inc.get("location") or {}
                overlaps = any(not (ce <= ev["span"][0] or cs >= ev["span"][1]) for ev in inc.get("evidence", []))
                names_place = loc.get("text") and loc["text"].lower() in content and any(
                    w in content for w in ("attack", "bomb", "kill", "order", "explo", "shoot"))
                if overlaps or names_place:
                    claim["incident_ids"].append(inc["id"])
