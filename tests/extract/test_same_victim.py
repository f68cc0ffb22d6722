"""One attack on one named person, told again in another paragraph, is one incident
(``incidents.same_victim_groups``, ``Extractor._merge_same_victim``); acts with targets of their own that only
name a murdered person as their motive stay apart."""

from __future__ import annotations

import pytest

from wirecoder.document import RawDocument
from wirecoder.extract import Extractor
from wirecoder.extract.incidents import same_victim_groups

RETOLD = ("SANTIAGO, 6 SEP 89 (EFE) -- [TEXT] THE GOVERNMENT TODAY CONDEMNED THE MURDER OF LABOR LEADER "
          "JUAN CARLOS ARRIAGADA, WHO WAS SHOT DEAD BY UNIDENTIFIED MEN.\n\n"
          "   THE INTERIOR MINISTER SAID THE POLICE HAVE NO CLUES YET.\n\n"
          "   THE SUPREME COURT ORDERED AN INVESTIGATION AS A RESULT OF THE PUBLIC ALARM OVER THE MURDER OF "
          "JUAN CARLOS ARRIAGADA ON A STREET IN SANTIAGO.\n")

PROTEST = ("BOGOTA, 23 MAR 90 (EFE) -- [TEXT] REBELS BLEW UP A POWER PYLON IN POPAYAN TODAY TO PROTEST THE "
           "MURDER OF PRESIDENTIAL CANDIDATE BERNARDO JARAMILLO.\n\n"
           "   THE REBELS ALSO BURNED TWO BUSES ON THE PAN-AMERICAN HIGHWAY TO PROTEST THE MURDER OF BERNARDO "
           "JARAMILLO.\n")


def _record(pipeline, text: str) -> dict:
    return pipeline.process(RawDocument(source="wire", doc_id="WIRE-VICTIM", text=text))


@pytest.fixture
def unmerged(pipeline, monkeypatch):
    monkeypatch.setattr(Extractor, "MERGE_SAME_VICTIM", False)
    return pipeline


def test_a_murder_retold_in_another_paragraph_is_one_incident(pipeline):
    incs = _record(pipeline, RETOLD)["incidents"]
    assert len(incs) == 1
    names = [h["text"] for h in incs[0]["targets"]["human"] if h.get("is_name")]
    assert any("ARRIAGADA" in n for n in names)
    assert incs[0]["location"]["country_code"] == "CL"


def test_without_the_rule_the_retelling_is_a_second_incident(unmerged):
    assert len(_record(unmerged, RETOLD)["incidents"]) == 2


def test_acts_with_their_own_targets_stay_apart(pipeline):
    # the pylon bombed and the buses burned share the murder they protest, but each has its own target; the
    # murder recalled is an incident of its own (``mentions.recalled``), told twice and read once
    incs = _record(pipeline, PROTEST)["incidents"]
    by_type = {i["type"]: i for i in incs}
    assert sorted(i["type"] for i in incs) == ["armed_assault", "arson", "bombing"]
    assert [h["text"] for h in by_type["armed_assault"]["targets"]["human"]] == ["BERNARDO JARAMILLO"]
    assert [p["text"] for p in by_type["bombing"]["targets"]["physical"]] == ["POWER PYLON"]
    assert [p["text"] for p in by_type["arson"]["targets"]["physical"]] == ["BUSES"]


def _inc(kind: str, humans=(), physical=(), evidence: str = "") -> dict:
    return {"type": kind, "evidence": [{"text": evidence}],
            "targets": {"human": [{"text": t, "is_name": True, "effect": e} for t, e in humans],
                        "physical": [{"text": p} for p in physical]}}


def _dated(inc: dict, day: str | None) -> dict:
    inc["date"] = {"value": day} if day else None
    return inc


def test_two_days_told_are_two_incidents():
    today = _dated(_inc("armed_assault", [("MSGR OSCAR ARNULFO ROMERO", "death")]), "1989-03-02")
    then = _dated(_inc("assassination", [("OSCAR ARNULFO ROMERO", "death")]), "1980-03-24")
    undated = _dated(_inc("armed_assault", [("ROMERO", "death")]), None)
    assert same_victim_groups([today, then]) == [[0], [1]]
    assert same_victim_groups([today, undated, then]) == [[0, 1], [2]]


def test_a_first_name_or_a_common_noun_is_no_shared_victim():
    first = _inc("armed_assault", [("PEDRO", "death")])
    full = _inc("armed_assault", [("PEDRO JESUS HERNANDEZ", "death")])
    judges = [_inc("armed_assault", [("JUDGES", "death")]), _inc("arson", [("JUDGES", "death")])]
    assert same_victim_groups([first, full]) == [[0], [1]]
    assert same_victim_groups(judges) == [[0], [1]]


def test_groups_by_a_victim_named_in_part():
    a = _inc("armed_assault", [("FRANCISCO JOSE GUERRERO", "death")])
    b = _inc("armed_assault", [("GUERRERO, WHO WAS AN ADVISER", "unknown")])
    c = _inc("bombing", [("MARIA LOPEZ", "injury")], ["BANK"])
    assert same_victim_groups([a, c, b]) == [[0, 2], [1]]


def test_a_victim_neither_harmed_links_nothing():
    a = _inc("armed_assault", [("GEORGE SHULTZ", "unknown")])
    b = _inc("armed_assault", [("GEORGE SHULTZ", "unknown")])
    assert same_victim_groups([a, b]) == [[0], [1]]


def test_an_incident_without_targets_joins_by_the_full_name_its_sentences_tell():
    a = _inc("armed_assault", [("JORGE ADOLFO VARGAS GONZALEZ", "death")])
    told = _inc("other", evidence="THE MINISTER ALSO CONDEMNED THE MURDER OF JORGE ADOLFO VARGAS GONZALEZ.")
    surname_only = _inc("other", evidence="VARGAS SAID SO.")
    assert same_victim_groups([a, told, surname_only]) == [[0, 1], [2]]


def test_a_kidnapping_and_a_murder_are_not_merged_by_the_victim_alone():
    a = _inc("kidnapping", [("PEDRO RAMIREZ", "kidnapping")])
    b = _inc("assassination", [("PEDRO RAMIREZ", "death")])
    assert same_victim_groups([a, b]) == [[0], [1]]


@pytest.fixture(scope="module")
def dev_texts(muc4):
    from wirecoder.ingest import iter_documents

    return {r.doc_id: r for r in iter_documents([muc4 / "dev" / "tst1-muc3", muc4 / "dev" / "tst2-muc4"])}


@pytest.mark.parametrize("doc_id, fact", [
    ("TST2-MUC4-0012", "JECAR NEGHME"),      # the murder retold: "the public alarm over the murder of ..."
    ("TST2-MUC4-0033", "GUERRERO"),          # "the murder of ... Francisco Jose Guerrero" ... "Guerrero ... was shot"
])
def test_retold_attacks_of_wire_reports_are_one_incident(pipeline, monkeypatch, dev_texts, doc_id, fact):
    raw = dev_texts[doc_id]
    incs = pipeline.process(raw)["incidents"]
    naming = [i for i in incs if any(fact in h["text"] for h in i["targets"]["human"])]
    assert len(naming) == 1
    monkeypatch.setattr(Extractor, "MERGE_SAME_VICTIM", False)
    apart = pipeline.process(raw)["incidents"]
    assert len(apart) == len(incs) + 1
    assert len([i for i in apart if any(fact in h["text"] for h in i["targets"]["human"])]) == 2
