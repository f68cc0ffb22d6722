"""What a mention names as attacked (``mentions.attacked_object``), and incidents told apart by it
(``incidents.group``): an attack on one building or vehicle and, in another sentence, an attack on another one
are two incidents; the same thing named again, or people by a common noun, keep one."""

from __future__ import annotations

from wirecoder import nlp
from wirecoder.document import RawDocument
from wirecoder.extract.mentions import different_things, find_mentions


def _targets(pipeline, text: str) -> dict[str, tuple]:
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    return {m.lemma: m.target for m in find_mentions(sdoc, text)}


def _record(pipeline, text: str) -> dict:
    return pipeline.process(RawDocument(source="wire", doc_id="WIRE-TARGETS", text=text))


def test_what_a_mention_names_as_attacked(pipeline):
    got = _targets(pipeline, "Following last night's attack on a bank, a load of dynamite was hurled against a "
                             "police station.")
    assert got["attack"][1] == {"bank"}
    assert got["dynamite"][1] == {"station"}            # through the verb the weapon is the subject of
    assert different_things(got["attack"], got["dynamite"])
    got = _targets(pipeline, "Two vehicles of the Red Cross have also been attacked.")
    assert got["attack"][1] == {"vehicle"}              # a passive subject
    got = _targets(pipeline, "Rebels ambushed the patrol on a highway.")
    assert got["ambush"] == ()                          # a verb's "on" is where, and a patrol is people


def test_people_and_names_tell_no_attacked_thing_apart(pipeline):
    got = _targets(pipeline, "The assassination of six Jesuits shocked the country.")
    assert not different_things(got["assassination"],
                                _targets(pipeline, "The assassination of six priests was condemned.")["assassination"])
    a = _targets(pipeline, "Gunmen kidnapped Norberto Rodriguez in Caracas.")["kidnap"]
    b = _targets(pipeline, "Perez was kidnapped in Colombia.")["kidnap"]
    assert not different_things(a, b)                   # one victim, told by two names


def test_attacks_on_two_things_in_two_sentences_are_two_incidents(pipeline):
    rec = _record(pipeline, "SAN SALVADOR, 12 NOV 89 (RADIO CADENA) -- [TEXT] THE BUS WAS ATTACKED BY FMLN "
                            "TERRORISTS ON THE COASTAL HIGHWAY THIS MORNING.  LATER, IN THE SAME AREA, THE "
                            "TERRORISTS BURNED TWO VEHICLES.")
    incs = rec["incidents"]
    assert len(incs) == 2
    assert [i["type"] for i in incs] == ["armed_assault", "arson"]
    assert "VEHICLES" not in {t["text"] for t in incs[0]["targets"]["physical"]}


def test_the_same_thing_attacked_and_named_again_is_one_incident(pipeline):
    rec = _record(pipeline, "Gunmen attacked a police station in Kandahar on Tuesday. The attack on the station "
                            "lasted two hours, officials said.")
    assert len(rec["incidents"]) == 1
