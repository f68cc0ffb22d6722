"""An incident that names no group takes the report's armed group of its country, marked as inferred."""

from wirecoder.document import RawDocument
from wirecoder.extract.report_groups import assign_report_groups, doers_group, report_groups

BACKGROUND = ("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] GUERRILLAS ATTACKED THE LA EMINENCIA FARM NEAR "
              "ESCUINTLA YESTERDAY, WHERE THEY BURNED THE FACILITIES AND KILLED A PEASANT.\n\n"
              "   THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) HAS STEPPED UP ITS ACTIVITIES ON THE "
              "PACIFIC COAST SINCE JANUARY, THE ARMY SAID.")

ABROAD = ("BOGOTA, 4 FEB 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POLICE STATION IN THE TOWN OF SEGOVIA "
          "YESTERDAY AND KILLED TWO CIVILIANS.\n\n"
          "   IN EL SALVADOR, THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) CALLED FOR TALKS.")

MODERN = ("MAIDUGURI, Nigeria (AP) — Gunmen killed 12 villagers in Borno state on Sunday, residents said.\n\n"
          "The region has been the heartland of the Boko Haram insurgency since 2009.")


def _orgs(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-G", text=text))
    assert rec["incidents"], rec
    return rec, [[o for o in inc["perpetrators"]["organizations"]] for inc in rec["incidents"]]


def test_the_group_named_in_another_paragraph_is_the_perpetrator(pipeline):
    rec, orgs = _orgs(pipeline, BACKGROUND)
    urng = [o for inc in orgs for o in inc if o["name"] == "Guatemalan National Revolutionary Unity"]
    assert urng and all(o.get("inferred_from") == "report" for o in urng), orgs
    # the report names the group but does not say it did this: a possibility, not a reported fact
    assert all(o["confidence"] == "possible" for o in urng), urng
    # its words and span are the report's first mention of the group
    assert rec["text"][urng[0]["span"][0]:urng[0]["span"][1]] == urng[0]["text"] == \
        "GUATEMALAN NATIONAL REVOLUTIONARY UNITY"


def test_a_group_of_another_country_is_not_given(pipeline):
    _, orgs = _orgs(pipeline, ABROAD)
    assert not any(o["name"] == "Farabundo Marti National Liberation Front" for inc in orgs for o in inc), orgs


def test_the_states_own_violence_takes_no_armed_group():
    text = ("SAN SALVADOR, 4 FEB 90 -- SOLDIERS KILLED FIVE PEASANTS YESTERDAY.  THE FARABUNDO MARTI NATIONAL "
            "LIBERATION FRONT (FMLN) CONDEMNED THE MASSACRE.")
    def incident(category):
        return {"location": {"country_code": "SV"}, "evidence": [{"text": text[26:68], "span": [26, 68]}],
                "perpetrators": {"individuals": [{"text": "SOLDIERS", "span": [26, 34]}], "organizations": [],
                                 "category": category}}
    record = {"text": text, "incidents": [incident("state_sponsored"), incident("terrorist_act")]}
    assign_report_groups(record, start_at=15)
    assert record["incidents"][0]["perpetrators"]["organizations"] == []
    assert [o["text"] for o in record["incidents"][1]["perpetrators"]["organizations"]] == [
        "FARABUNDO MARTI NATIONAL LIBERATION FRONT"]


def test_a_modern_report_too(pipeline):
    # the dateline is no part of the gunmen ("MAIDUGURI, Nigeria (AP) — Gunmen" in the parse)
    rec, orgs = _orgs(pipeline, MODERN)
    assert [i["text"] for i in rec["incidents"][0]["perpetrators"]["individuals"]] == ["Gunmen"]
    assert any(o["name"] == "Boko Haram" and o.get("inferred_from") == "report" for inc in orgs for o in inc), orgs


def test_report_groups_most_named_first():
    text = "X. The FMLN said so. The ERP [PEOPLE'S REVOLUTIONARY ARMY] denied it. The FMLN attacked again."
    found = report_groups(text)
    assert [n for n, *_ in found] == ["Farabundo Marti National Liberation Front", "People's Revolutionary Army"]
    assert found[0][1] == "SV" and [text[s:e] for s, e in found[0][2]] == ["FMLN", "FMLN"]


def test_a_group_named_only_far_from_the_incident_is_not_given():
    attack = "GUERRILLAS BURNED A BUS IN USULUTAN YESTERDAY."
    filler = "   THE ASSEMBLY DEBATED THE BUDGET FOR THE COMING YEAR AND THE PRICE OF COFFEE.\n\n" * 14
    near, far = attack + "\n\n   THE FMLN HAS STEPPED UP ITS ACTIONS.", attack + "\n\n" + filler + "   THE FMLN HAS SPOKEN."
    for text, given in ((near, True), (far, False)):
        record = {"text": text, "incidents": [{
            "location": {"country_code": "SV"}, "evidence": [{"text": attack, "span": [0, len(attack)]}],
            "perpetrators": {"individuals": [], "organizations": [], "category": "terrorist_act"}}]}
        assign_report_groups(record)
        assert bool(record["incidents"][0]["perpetrators"]["organizations"]) is given, len(text)


CLAIMED_LATER = ("LA PAZ, 10 MAY 90 (EFE) -- [TEXT] A BOMB EXPLODED AT THE U.S. EMBASSY IN LA PAZ LAST NIGHT, DAMAGING "
                 "THE BUILDING.\n\n   IN COCHABAMBA, UNIDENTIFIED PERSONS DYNAMITED A POWER PYLON THIS MORNING.\n\n"
                 "   THE POLICE ARE INVESTIGATING THE INCIDENTS.\n\n   THE ZARATE WILLKA ARMED FORCES OF LIBERATION HAS "
                 "CLAIMED RESPONSIBILITY FOR THE ATTACKS IN A COMMUNIQUE SENT TO THE MEDIA.")


def test_the_reports_claim_settles_the_group_it_gave(pipeline):
    # the claim stands nearer the second bombing; the group the report gave the first is claimed all the same
    rec, orgs = _orgs(pipeline, CLAIMED_LATER)
    embassy = next(inc for inc in rec["incidents"] if (inc.get("location") or {}).get("text") == "LA PAZ")
    [group] = embassy["perpetrators"]["organizations"]
    assert group["inferred_from"] == "report" and group["confidence"] == "claimed", group
    assert "CLAIMED RESPONSIBILITY" in group["confidence_evidence"]["text"]


def _doers(text, individuals):
    inds = []
    for words, extra in individuals:
        s = text.index(words)
        inds.append({"text": words, "span": [s, s + len(words)], **extra})
    return {"individuals": inds, "organizations": [], "category": "terrorist_act"}


def test_the_group_the_doers_words_name_is_told_as_fact():
    text = ("BOGOTA, 4 FEB 90 (EFE) -- [TEXT] GUERRILLAS OF THE ELN KIDNAPPED A RANCHER YESTERDAY.  THE "
            "FARABUNDO MARTI NATIONAL LIBERATION FRONT WAS NOT INVOLVED.")
    perps = _doers(text, [("GUERRILLAS OF THE ELN", {})])
    assert doers_group(perps, text)
    [org] = perps["organizations"]
    assert (org["name"], org["text"], org["confidence"]) == ("National Liberation Army", "ELN", "reported_as_fact")
    assert "inferred_from" not in org and text[org["span"][0]:org["span"][1]] == "ELN"


def test_doers_without_a_group_or_given_by_the_report_give_none():
    text = "BOGOTA, 4 FEB 90 (EFE) -- [TEXT] TERRORISTS BOMBED A BANK.  GUERRILLAS OF THE ELN ATTACKED IN MAY."
    assert not doers_group(_doers(text, [("TERRORISTS", {})]), text)
    # doers the report gave from another sentence say nothing of this incident's group
    assert not doers_group(_doers(text, [("GUERRILLAS OF THE ELN", {"inferred_from": "report"})]), text)
