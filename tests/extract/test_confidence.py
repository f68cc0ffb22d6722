"""How sure a report is of a perpetrator group is read from the whole report, not one sentence."""

from wirecoder.document import RawDocument

CLAIMED = ("LIMA, 6 OCT 89 (EFE) -- [TEXT] BUSINESSMAN HECTOR DELGADO PARKER WAS KIDNAPPED IN DOWNTOWN LIMA "
           "YESTERDAY BY A COMMANDO OF THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA).  HIS DRIVER WAS KILLED.\n\n"
           "   POLICE AND ARMY UNITS ARE SEARCHING THE CAPITAL.\n\n"
           "   IN TELEPHONE CALLS TO LIMA RADIO STATIONS, THE MRTA HAS CLAIMED RESPONSIBILITY FOR THE KIDNAPPING.")

BLAMED = ("SAN SALVADOR, 9 JUN 89 (ACAN-EFE) -- [TEXT] GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION "
          "FRONT (FMLN) TODAY KILLED PRESIDENCY MINISTER JOSE ANTONIO RODRIGUEZ PORTH IN SAN SALVADOR.\n\n"
          "   PRESIDENT ALFREDO CRISTIANI BLAMED THE FMLN FOR THE MINISTER'S DEATH.")

TOLD = ("SAN SALVADOR, 9 JUN 89 (ACAN-EFE) -- [TEXT] GUERRILLAS OF THE FARABUNDO MARTI NATIONAL "
        "LIBERATION FRONT (FMLN) TODAY KILLED PRESIDENCY MINISTER JOSE ANTONIO RODRIGUEZ PORTH IN SAN SALVADOR.\n\n"
        "   PRESIDENT ALFREDO CRISTIANI SAID THE FMLN WANTS TO HINDER THE DIALOGUE.")


def _orgs(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-C", text=text))
    return rec, [o for inc in rec["incidents"] for o in inc["perpetrators"]["organizations"]]


def test_a_claim_later_in_the_report_makes_the_group_claimed(pipeline):
    rec, orgs = _orgs(pipeline, CLAIMED)
    mrta = [o for o in orgs if o.get("name") == "Tupac Amaru Revolutionary Movement"]
    assert mrta and all(o["confidence"] == "claimed" for o in mrta), orgs
    ev = mrta[0]["confidence_evidence"]
    assert "CLAIMED RESPONSIBILITY" in ev["text"] and rec["text"][ev["span"][0]:ev["span"][1]] == ev["text"]


def test_the_president_blaming_the_group_makes_it_suspected_by_authorities(pipeline):
    _, orgs = _orgs(pipeline, BLAMED)
    fmln = [o for o in orgs if o.get("name") == "Farabundo Marti National Liberation Front"]
    assert fmln and all(o["confidence"] == "suspected" and o.get("accused_by") == "authorities"
                        for o in fmln), orgs


def test_a_sentence_that_tells_no_act_leaves_the_fact_a_fact(pipeline):
    _, orgs = _orgs(pipeline, TOLD)
    fmln = [o for o in orgs if o.get("name") == "Farabundo Marti National Liberation Front"]
    assert fmln and all(o["confidence"] == "reported_as_fact" for o in fmln), orgs


SELF = ("CLANDESTINE, 14 APR 89 (RADIO VENCEREMOS) -- [TEXT] THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) "
        "REPORTS THAT ITS URBAN COMMANDOS DYNAMITED THE HEADQUARTERS OF THE NATIONAL POLICE IN SAN SALVADOR LAST "
        "NIGHT.")
DENIED = ("SAN SALVADOR, 14 APR 89 (ACAN-EFE) -- [TEXT] URBAN COMMANDOS OF THE FARABUNDO MARTI NATIONAL "
          "LIBERATION FRONT (FMLN) DYNAMITED THE HEADQUARTERS OF THE NATIONAL POLICE LAST NIGHT.\\n\\n"
          "   THE FMLN ANNOUNCED THAT IT HAD NOT ORDERED THE ATTACK.")


def test_a_group_that_reports_its_own_attack_claims_it(pipeline):
    _, orgs = _orgs(pipeline, SELF)
    fmln = [o for o in orgs if o.get("name") == "Farabundo Marti National Liberation Front"]
    assert fmln and all(o["confidence"] == "claimed" for o in fmln), orgs


def test_a_group_that_reports_it_did_not_do_it_does_not_claim(pipeline):
    _, orgs = _orgs(pipeline, DENIED.replace("\\\\n", "\\n"))
    fmln = [o for o in orgs if o.get("name") == "Farabundo Marti National Liberation Front"]
    assert fmln and all(o["confidence"] != "claimed" for o in fmln), orgs


SAID_RESPONSIBLE = ("SAN SALVADOR, 9 JUN 89 (ACAN-EFE) -- [TEXT] GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION "
                    "FRONT (FMLN) TODAY KILLED PRESIDENCY MINISTER JOSE ANTONIO RODRIGUEZ PORTH IN SAN SALVADOR.\n\n"
                    "   THE ARMED FORCES HAVE PUBLICLY SAID THAT THE FMLN IS RESPONSIBLE FOR THE CRIME.")


def test_the_army_saying_the_group_is_responsible_makes_it_suspected_by_authorities(pipeline):
    _, orgs = _orgs(pipeline, SAID_RESPONSIBLE)
    fmln = [o for o in orgs if o.get("name") == "Farabundo Marti National Liberation Front"]
    assert fmln and all(o["confidence"] == "suspected" and o.get("accused_by") == "authorities"
                        for o in fmln), orgs


SHARED = ("SAN SALVADOR, 19 APR 89 (ACAN-EFE) -- [TEXT] PRESIDENT ALFREDO CRISTIANI ACCUSED THE FARABUNDO MARTI "
          "NATIONAL LIBERATION FRONT (FMLN) OF THE MURDER OF ATTORNEY GENERAL ROBERTO GARCIA ALVARADO, WHO WAS KILLED "
          "TODAY IN SAN SALVADOR.\n\n"
          "   A BOMB EXPLODED LAST NIGHT AT THE HOME OF VICE PRESIDENT FRANCISCO MERINO IN SAN MIGUEL.  THE FMLN HAS "
          "STEPPED UP ITS URBAN CAMPAIGN IN RECENT WEEKS.")
OWN_ACT = ("SAN SALVADOR, 19 APR 89 (ACAN-EFE) -- [TEXT] PRESIDENT ALFREDO CRISTIANI ACCUSED THE FARABUNDO MARTI "
           "NATIONAL LIBERATION FRONT (FMLN) OF THE MURDER OF ATTORNEY GENERAL ROBERTO GARCIA ALVARADO, WHO WAS KILLED "
           "TODAY IN SAN SALVADOR.\n\n"
           "   IN USULUTAN, FMLN GUERRILLAS DYNAMITED A POWER SUBSTATION LAST NIGHT.")


def test_a_group_the_report_settles_elsewhere_takes_that_confidence(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-C", text=SHARED))
    bombing = [inc for inc in rec["incidents"] if any("MERINO" in t["text"] for t in inc["targets"]["physical"])]
    orgs = [o for inc in bombing for o in inc["perpetrators"]["organizations"]]
    assert orgs and all(o["confidence"] == "suspected" and o.get("accused_by") == "authorities" for o in orgs), orgs


def test_a_group_told_doing_its_own_act_stays_a_fact(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-C", text=OWN_ACT))
    bombing = [inc for inc in rec["incidents"]
               if any("SUBSTATION" in t["text"] for t in inc["targets"]["physical"])]
    orgs = [o for inc in bombing for o in inc["perpetrators"]["organizations"]]
    assert orgs and all(o["confidence"] == "reported_as_fact" for o in orgs), orgs
    murder = [o for inc in rec["incidents"] for o in inc["perpetrators"]["organizations"] if inc not in bombing]
    assert murder and all(o["confidence"] == "suspected" for o in murder), murder


MAYBE = ("LIMA, 25 OCT 89 (EFE) -- [TEXT] TERRORISTS TONIGHT BOMBED THE EMBASSIES OF THE PRC AND THE SOVIET UNION IN "
         "LIMA. POLICE SOURCES, HOWEVER, HAVE SAID THE ATTACKS COULD HAVE BEEN CARRIED OUT BY THE MAOIST \"SHINING "
         "PATH\" GROUP OR THE GUEVARIST \"TUPAC AMARU REVOLUTIONARY MOVEMENT\" (MRTA) GROUP.")


def test_groups_that_could_have_done_it_are_possible(pipeline):
    _, orgs = _orgs(pipeline, MAYBE)
    names = {o.get("name") for o in orgs}
    assert {"Shining Path", "Tupac Amaru Revolutionary Movement"} <= names, orgs
    assert all(o["confidence"] == "possible" for o in orgs), orgs


def test_a_group_that_could_have_done_it_stays_possible_where_it_is_told_acting_in_the_past(pipeline):
    # the report's hedge settles the group's part in this attack; its past attacks do not
    text = MAYBE + " THE SOURCES ALSO SAID THAT THE SHINING PATH HAS ATTACKED SOVIET INTERESTS IN PERU IN THE PAST."
    _, orgs = _orgs(pipeline, text)
    shining = [o for o in orgs if o.get("name") == "Shining Path"]
    assert shining and all(o["confidence"] == "possible" for o in shining), orgs


def _paper_record(text, evidence):
    s = text.index(evidence)
    g = text.index("FMLN")
    return {"text": text, "incidents": [{
        "evidence": [{"text": evidence, "span": [s, s + len(evidence)]}],
        "perpetrators": {"individuals": [], "organizations": [
            {"name": "Farabundo Marti National Liberation Front", "text": "FMLN", "span": [g, g + 4],
             "confidence": "reported_as_fact"}]}}]}


def _paper_confidence(text, evidence, start_at=0):
    from wirecoder.extract.confidence import own_communique

    rec = _paper_record(text, evidence)
    own_communique(rec, start_at)
    return rec["incidents"][0]["perpetrators"]["organizations"][0]["confidence"]


PAPER = ("SAN SALVADOR, 6 JUL 89 (RADIO) -- [TEXT] THE FMLN ISSUED A COMMUNIQUE TODAY.  THE DOCUMENT ADDS THAT "
         "REBEL UNITS ATTACKED A POLICE STATION IN USULUTAN.  WE HAVE DESTROYED TWO BRIDGES IN SAN MIGUEL.  WE DID "
         "NOT ATTACK THE MINISTER'S CAR.  TROOPS KILLED TWO PEASANTS IN CHALATENANGO, THE ARMY SAID.")


def test_the_groups_own_communique_claims_the_acts_it_tells():
    # the report cites the paper as it tells the act
    assert _paper_confidence(PAPER, "THE DOCUMENT ADDS THAT REBEL UNITS ATTACKED A POLICE STATION IN USULUTAN.") \
        == "claimed"
    # the report opens with the group's paper: its "we" is the group
    assert _paper_confidence(PAPER, "WE HAVE DESTROYED TWO BRIDGES IN SAN MIGUEL.", start_at=40) == "claimed"


def test_a_denial_or_a_sentence_not_from_the_paper_claims_nothing():
    assert _paper_confidence(PAPER, "WE DID NOT ATTACK THE MINISTER'S CAR.") == "reported_as_fact"
    assert _paper_confidence(PAPER, "TROOPS KILLED TWO PEASANTS IN CHALATENANGO, THE ARMY SAID.") \
        == "reported_as_fact"


def test_we_claims_nothing_where_the_report_is_no_groups_paper():
    text = ("SAN SALVADOR, 6 JUL 89 (RADIO) -- [TEXT] FMLN REBELS ATTACKED A POLICE STATION IN USULUTAN.  "
            "\"WE WILL FIND THEM,\" THE POLICE CHIEF SAID.")
    assert _paper_confidence(text, "\"WE WILL FIND THEM,\" THE POLICE CHIEF SAID.") == "reported_as_fact"
    # the group's paper named only far into the report: its "we" is not the group's
    late = text + "  " + "THE CURFEW CONTINUES IN THE CAPITAL.  " * 10 + "THE FMLN STATEMENT WAS READ ON RADIO."
    assert _paper_confidence(late, "\"WE WILL FIND THEM,\" THE POLICE CHIEF SAID.") == "reported_as_fact"
