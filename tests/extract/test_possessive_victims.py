"""Attacks told in passing by a killing noun with a possessor: "Jaramillo's murder", "his assassination"."""

from __future__ import annotations

from wirecoder import nlp
from wirecoder.document import RawDocument
from wirecoder.extract import fields as F
from wirecoder.extract.mentions import find_mentions


def _rule_victims(pipeline, text: str, word: str) -> list[tuple[str, str | None, str, bool]]:
    """The human targets the rules read off the mention ``word`` (no learned fillers)."""
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    (tok,) = [sdoc[m.token_i] for m in find_mentions(sdoc, text) if sdoc[m.token_i].lower_ == word]
    human = F.targets_and_casualties(sdoc, text, [tok.sent], [tok])[0]["human"]
    return [(h["text"].replace("\n", " "), (h.get("description") or {}).get("text"), h["effect"], h["is_name"])
            for h in human]


def test_a_named_possessor_of_a_murder_is_its_victim_named_and_described(pipeline):
    victims = _rule_victims(pipeline, "BOGOTA, 23 MAR 90 -- [TEXT] THE REBELS SAID THEIR ACTIONS ARE AIMED AT "
                                      "DEMANDING THE CLARIFICATION OF PRESIDENTIAL CANDIDATE BERNARDO JARAMILLO'S "
                                      "MURDER.", "murder")
    assert victims == [("BERNARDO JARAMILLO", "PRESIDENTIAL CANDIDATE", "death", True)]


def test_his_is_the_person_named_just_before(pipeline):
    victims = _rule_victims(pipeline, "The police named Maria Perez, a judge, as the witness. Prosecutors are "
                                      "investigating her abduction.", "abduction")
    assert len(victims) == 1 and "Maria Perez" in victims[0][0] and victims[0][2] == "kidnapping"


def test_a_group_or_country_possessor_is_no_victim(pipeline):
    for text, word in (("MEDELLIN, 16 DEC 89 -- [TEXT] THE FMLN'S KIDNAPPING SHOCKED THE COUNTRY.", "kidnapping"),
                       ("Colombia's killing of the rebels was condemned.", "killing")):
        assert not any("FMLN" in v[0] or "Colombia" in v[0] for v in _rule_victims(pipeline, text, word))


def test_a_named_dead_victim_keeps_an_incident_told_without_date_or_place(pipeline):
    # "his assassination": Galan, named in the sentence, is the victim; nothing else is told about it
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-POSS", text=(
        "WASHINGTON, 16 SEP 89 -- [TEXT] AFTER THE DEATH OF CARLOS GALAN, A GREAT COLOMBIAN LEADER, THE COLOMBIAN "
        "GOVERNMENT LAUNCHED AN OFFENSIVE INTENDED TO FIND OUT WHETHER THE DRUG TRAFFICKING BANDS WERE RESPONSIBLE "
        "FOR HIS ASSASSINATION.")))
    (inc,) = rec["incidents"]
    assert inc["type"] == "assassination" and (inc["date"] or {}).get("value") is None
    assert [h["effect"] for h in inc["targets"]["human"] if "GALAN" in h["text"]] == ["death"]


def test_an_anniversary_of_an_assassination_tells_no_event(pipeline):
    text = ("SAN SALVADOR, 14 JAN 90 -- [TEXT] THE BISHOP RECALLED THAT THIS YEAR IS THE 10TH ANNIVERSARY OF "
            "ARCHBISHOP OSCAR ARNULFO ROMERO'S ASSASSINATION, WHICH HAS YET TO BE SOLVED.")
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    modes = [m.mode for m in find_mentions(sdoc, text) if m.lemma == "assassination"]
    assert modes == ["generic"]


def test_the_assassinated_named_person_is_the_victim(pipeline):
    victims = _rule_victims(pipeline, "BOGOTA, 19 MAY 90 -- [TEXT] ANTONIO NAVARRO WOLFF, THE PRESIDENTIAL CANDIDATE "
                                      "WHO REPLACED THE ASSASSINATED CARLOS PIZARRO, BELIEVES THAT PEACE IS BASIC.",
                            "assassinated")
    assert victims == [("CARLOS PIZARRO", None, "death", True)]


def test_the_kidnapped_people_are_victims_without_the_participle_in_their_words(pipeline):
    victims = _rule_victims(pipeline, "The rebels said they will release the kidnapped students on Monday.",
                            "kidnapped")
    assert victims == [("students", None, "kidnapping", False)]


def test_the_assassins_of_a_named_person_tell_his_assassination(pipeline):
    text = ("CLANDESTINE, 12 NOV 89 -- [TEXT] MAKE THE ASSASSINS OF MSGR ROMERO PAY DEARLY FOR EVERY STEP THEY "
            "TAKE AGAINST THE PEOPLE.")
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    assert [(m.lemma, m.type) for m in find_mentions(sdoc, text)] == [("assassinate", "assassination")]
    assert [(v[0], v[2]) for v in _rule_victims(pipeline, text, "assassins")] == [("MSGR ROMERO", "death")]


def test_killers_of_people_in_general_tell_no_act(pipeline):
    text = "The government promised to find the killers of our people and bring them to justice."
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    assert [m.lemma for m in find_mentions(sdoc, text)] == []


def test_a_named_persons_relative_is_the_victim_not_the_person(pipeline):
    # "ARMY COLONEL CARLOS GUERRERO'S WIFE": the wife was kidnapped; the colonel is only how she is described
    rec = pipeline.process(RawDocument(source="wire", doc_id="POSS-KIN", text=(
        "BOGOTA, 15 JUL 89 (EFE) -- [TEXT] GUNMEN KIDNAPPED ARMY COLONEL CARLOS GUERRERO'S WIFE IN PEREIRA "
        "TODAY.")))
    [victim] = [h for inc in rec["incidents"] for h in inc["targets"]["human"]]
    assert victim["text"] == "ARMY COLONEL CARLOS GUERRERO'S WIFE"
    assert not victim["is_name"] and victim["type"] == "civilian"


# --------------------------------------------------------------- a killing named by its victims in passing


def test_a_slaying_whose_possessor_names_people_is_a_murder_mention(pipeline):
    for text in ("SAN SALVADOR, 14 JAN 90 -- [TEXT] THE BISHOP SAID THAT THE MESSAGE REVEALING THE NAMES OF THE "
                 "PERSONS INVOLVED IN THE SIX JESUITS' SLAYING REPRESENTS A DECISIVE TURN.",
                 "SAN SALVADOR, 14 JAN 90 -- [TEXT] THE CRIMES OF THE FMLN SHOULD BE INVESTIGATED WITH THE SAME ZEAL "
                 "WITH WHICH THE JESUIT PRIESTS' SLAYING HAS BEEN INVESTIGATED."):
        sdoc = pipeline.nlp(nlp.analysis_text(text))
        ms = [m for m in find_mentions(sdoc, text) if text[m.start:m.end] == "SLAYING"]
        assert [(m.lemma, m.type, m.noun) for m in ms] == [("murder", "armed_assault", True)], text


def test_a_slaying_of_no_one_in_particular_is_no_mention(pipeline):
    # no possessor and no victims after "of": a kind of crime, not an event
    text = "UNDER THE NEW LAW, A SLAYING IS PUNISHED WITH 30 YEARS IN PRISON."
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    assert not [m for m in find_mentions(sdoc, text) if text[m.start:m.end] == "SLAYING"]


def test_people_by_their_trade_possessing_a_slaying_are_its_victims_described_not_named(pipeline):
    victims = _rule_victims(pipeline, "SAN SALVADOR, 14 JAN 90 -- [TEXT] THE CRIMES OF THE FMLN SHOULD BE "
                                      "INVESTIGATED WITH THE SAME ZEAL WITH WHICH THE JESUIT PRIESTS' SLAYING HAS "
                                      "BEEN INVESTIGATED.", "slaying")
    assert victims == [("JESUIT PRIESTS", None, "death", False)]


def test_a_plural_people_noun_after_a_killing_noun_is_its_victims(pipeline):
    # the tagger calls "JESUITS" a proper noun here, its lemma stays plural
    victims = _rule_victims(pipeline, "CLANDESTINE, 20 NOV 89 (RADIO VENCEREMOS) -- [TEXT] SPAIN HAS SUSPENDED AID "
                                      "TO THE SALVADORAN GOVERNMENT UNTIL THE KILLINGS OF THE SPANISH JESUITS, WHO "
                                      "HAD BEEN LIVING IN OUR COUNTRY FOR YEARS, ARE RESOLVED.", "killings")
    assert [(v[0], v[2], v[3]) for v in victims] == [("SPANISH JESUITS", "death", False)]


def test_a_killing_named_by_its_victims_in_passing_is_an_incident(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-JESUITS", text=(
        "SAN SALVADOR, 14 JAN 90 (ACAN-EFE) -- [TEXT] MSGR GREGORIO ROSA CHAVEZ, AUXILIARY BISHOP OF SAN SALVADOR, "
        "SAID TODAY THAT PRESIDENT ALFREDO CRISTIANI'S MESSAGE REVEALING THE NAMES OF THE PERSONS REPORTEDLY "
        "INVOLVED IN THE SIX JESUITS' SLAYING REPRESENTS A DECISIVE TURN TOWARD THE END OF IMPUNITY.")))
    (inc,) = rec["incidents"]
    assert inc["type"] == "armed_assault" and inc["location"]["country_code"] == "SV"
    assert [(h["text"], h["effect"]) for h in inc["targets"]["human"]] == [("JESUITS", "death")]
