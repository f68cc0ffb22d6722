"""One named doer, one string per message: "RIGHTIST LEADER ROBERTO D'AUBUISSON" in one template and "DEPUTY
D'AUBUISSON" in another are one person (CEAF-REE counts each string the response writes as an entity)."""

from wirecoder.evaluate.muc4_templates import incident_template, one_name_per_person


def _doers(*texts, named=True):
    return {"type": "assassination", "perpetrators": {"individuals": [{"text": t, "named": named} for t in texts],
                                                      "organizations": []}}


def test_a_titled_and_a_shorter_name_of_one_doer_take_the_first_telling():
    incs = [_doers("RIGHTIST LEADER ROBERTO\nD'AUBUISSON"), _doers("DEPUTY D'AUBUISSON")]
    words = one_name_per_person(incs)
    assert words == {"DEPUTY D'AUBUISSON": "RIGHTIST LEADER ROBERTO D'AUBUISSON"}
    written = [" ".join(f.alternatives[0].split()) for inc in incs
               for f in incident_template("M", 1, inc, None, person_words=words).values(9)]
    assert written == ["RIGHTIST LEADER ROBERTO D'AUBUISSON"] * 2


def test_a_surname_two_people_share_is_left_alone():
    # brothers: "PEREZ" could be either, and the two full names are two people
    assert one_name_per_person([_doers("HENRY PEREZ"), _doers("MARCELO PEREZ"), _doers("PEREZ")]) == {}
    assert one_name_per_person([_doers("COLONEL PONCE"), _doers("CAPTAIN SARAVIA")]) == {}


def test_descriptions_are_not_names():
    # "TROOPS" and "ARMY TROOPS" are told by the entity folding of one incident, not as one person
    assert one_name_per_person([_doers("ARMY TROOPS", named=False), _doers("TROOPS", named=False)]) == {}
