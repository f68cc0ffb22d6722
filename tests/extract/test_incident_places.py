"""Which place the extractor gives an incident, on short wire-style reports (ALL CAPS, as MUC-4 sends them).

Each test names the rule of ``Extractor._place_for`` / ``Extractor._incident`` / ``extract.places`` it checks.
"""

from __future__ import annotations

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates


def _record(pipeline, text: str, doc_id: str = "WIRE-PLACE") -> dict:
    return pipeline.process(RawDocument(source="wire", doc_id=doc_id, text=text))


def _muc4_places(rec: dict) -> list[str]:
    return [t.values(3)[0].alternatives[0] if t.values(3) else None for t in records_to_templates(rec)]


def test_town_after_a_line_break_inside_the_named_department(pipeline):
    # "IN THE CITY OF\nFLORES, IN THE NORTHERN EL PETEN DEPARTMENT": the town, with its department
    rec = _record(pipeline, "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] ISAACS REPORTED THAT GUERRILLAS "
                            "KILLED A PEASANT IN THE CITY OF\nFLORES, IN THE NORTHERN EL PETEN DEPARTMENT, AND "
                            "BURNED A TANK TRUCK.")
    (inc,) = rec["incidents"]
    loc = inc["location"]
    assert loc["text"] == "FLORES" and loc["name"] == "Flores" and loc["country_code"] == "GT"
    assert rec["text"][loc["span"][0]:loc["span"][1]] == "FLORES"
    assert _muc4_places(rec)[0] == "GUATEMALA: PETEN (DEPARTMENT): FLORES (CITY)"


def test_town_named_with_its_department_before_the_department_alone(pipeline):
    # "IN HUARAZ, THE CAPITAL OF\nANCASH DEPARTMENT, THE TERRORISTS SET FIRE": Huaraz, not Ancash
    rec = _record(pipeline, "LIMA, 1 APR 90 (EFE) -- [TEXT] IN HUARAZ, THE CAPITAL OF\nANCASH DEPARTMENT, THE "
                            "TERRORISTS SET FIRE TO THE OFFICES OF THE LOCAL DEVELOPMENT CORPORATION BUT INJURED "
                            "NO ONE.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "HUARAZ" and inc["location"]["precision"] == "city"


def _places(pipeline, text: str, hint: str | None = None):
    from wirecoder import nlp
    from wirecoder.extract.places import find_places

    sdoc = pipeline.nlp(nlp.analysis_text(text))
    return find_places(sdoc, text, country_hint=hint)


def test_nationality_phrases_are_not_places(pipeline):
    text = ("THE REPORT ADDED THAT AS A HONDURAN HELICOPTER EVACUATED THE WOUNDED, IT WAS ATTACKED AND PURSUED 7 KM "
            "INSIDE HONDURAN TERRITORY BY A SALVADORAN AIRCRAFT FIRING ROCKETS AND MACHINEGUNS.")
    words = {p.text for p in _places(pipeline, text, "TEGUCIGALPA")}
    assert not words & {"SALVADORAN AIRCRAFT", "MACHINEGUNS", "HONDURAN TERRITORY"}


def test_dictionary_words_do_not_resolve_to_foreign_towns(pipeline):
    # "University" (Florida), "Federación" (Argentina) are towns; in these reports they are words
    text = ("IGNACIO ELLACURIA, RECTOR OF EL SALVADOR'S CENTRAL AMERICAN\nUNIVERSITY (UCA), WAS KILLED. ACCORDING "
            "TO REPORTS FROM MEMBERS OF THE NATIONAL\nFEDERATION OF AGRICULTURAL COOPERATIVES, FENACOA, SIX WERE "
            "KILLED.")
    places = _places(pipeline, text, "SAN SALVADOR")
    assert all((p.resolved or {}).get("country_code") in (None, "SV") for p in places)
    assert "EL SALVADOR" in {p.text for p in places}   # the possessive keeps the name alone as evidence


def test_a_name_broken_by_a_line_end_is_one_place(pipeline):
    text = "CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [TEXT] URBAN GUERRILLAS SABOTAGED PYLONS AND TRANSFORMERS IN SAN\nMIGUEL CITY."
    places = _places(pipeline, text)
    assert [p.text for p in places if "MIGUEL" in p.text] == ["SAN\nMIGUEL CITY"]
    assert places[-1].resolved["country_code"] == "SV"


def test_unknown_place_said_after_a_preposition_stays_a_place(pipeline):
    # the gazetteer lacks Zacamil; the report says it is where the fighters are
    text = "CLANDESTINE, 12 NOV 89 (RADIO VENCEREMOS) -- [TEXT] OUR FIGHTERS IN ZACAMIL ARE HOLDING THEIR POSITIONS."
    assert "ZACAMIL" in {p.text for p in _places(pipeline, text)}


def test_this_capital_is_the_capital_of_the_reports_country(pipeline):
    rec = _record(pipeline, "GUATEMALA CITY, 22 DEC 89 (EL GRAFICO) -- [TEXT] THE GOVERNMENT OF GUATEMALA "
                            "CONDEMNED THE MURDER OF JORGE VARGAS, SECOND SECRETARY OF THE NICARAGUAN EMBASSY IN "
                            "GUATEMALA.  VARGAS WAS MURDERED YESTERDAY MORNING IN ZONE 10 OF THIS CAPITAL.")
    (inc,) = rec["incidents"]
    loc = inc["location"]
    assert loc["text"] == "THIS CAPITAL" and rec["text"][loc["span"][0]:loc["span"][1]] == "THIS CAPITAL"
    assert loc["name"] == "Guatemala City" and loc["country_code"] == "GT" and loc["precision"] == "city"
    assert _muc4_places(rec) == ["GUATEMALA: GUATEMALA CITY (CITY)"]


def test_the_capital_named_by_its_nationality_and_not_a_departmental_capital(pipeline):
    text = ("TEGUCIGALPA, 2 MAY 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED IN THE SALVADORAN CAPITAL.  ANOTHER BOMB "
            "EXPLODED IN THE DEPARTMENTAL CAPITAL.  HUARAZ IS THE CAPITAL OF ANCASH DEPARTMENT.")
    caps = [p for p in _places(pipeline, text, "TEGUCIGALPA") if p.kind == "capital"]
    assert [(p.text, p.resolved["name"]) for p in caps] == [("SALVADORAN CAPITAL", "San Salvador")]


def test_the_capital_without_a_dateline_needs_the_reports_towns_to_agree(pipeline):
    agree = ("CLANDESTINE, 17 NOV 89 (RADIO VENCEREMOS) -- [TEXT] WE CONTINUE TO ADVANCE IN SAN MIGUEL AND IN SAN "
             "SALVADOR.  THE DICTATORSHIP BOMBED THE CAPITAL AGAIN EARLY THIS MORNING.")
    caps = [p for p in _places(pipeline, agree) if p.kind == "capital"]
    assert [p.resolved["name"] for p in caps] == ["San Salvador"]
    mixed = ("CLANDESTINE, 17 NOV 89 (RADIO VENCEREMOS) -- [TEXT] NEWS FROM MIAMI AND SAN SALVADOR.  THE "
             "DICTATORSHIP BOMBED THE CAPITAL AGAIN EARLY THIS MORNING.")
    assert not [p for p in _places(pipeline, mixed) if p.kind == "capital"]


def test_a_countrys_name_as_a_modifier_is_not_a_place(pipeline):
    text = "LA PAZ, 25 MAY 89 (EFE) -- [TEXT] THE GROUP ATTACKED FORMER U.S. SECRETARY OF STATE GEORGE SHULTZ IN LA PAZ."
    places = _places(pipeline, text, "LA PAZ")
    assert "U.S." not in {p.text for p in places}


def test_the_explosion_took_place_near_a_town_in_a_division(pipeline):
    rec = _record(pipeline, "BOGOTA, 7 JUL 89 (EFE) -- [TEXT] COLOMBIAN OFFICIALS REPORT THAT GUERRILLAS OF THE ELN "
                            "TODAY DYNAMITED THE CANO LIMON-COVENAS OIL PIPELINE, COLOMBIA'S MAJOR OIL PIPELINE.\n\n"
                            "   AN ECOPETROL SPOKESMAN SAID THAT THE EXPLOSION TOOK PLACE AT KM 102 OF THE PIPE NEAR "
                            "BENADIA IN ARAUCA INTENDANCY, IN THE EASTERN PART OF THE COUNTRY.")
    inc = rec["incidents"][0]
    loc = inc["location"]
    assert loc["text"] == "BENADIA" and loc["country_code"] == "CO" and loc["precision"] == "admin1"
    assert loc["geonameid"] is None    # the gazetteer lacks Benadia: the division's place, nothing invented
    assert _muc4_places(rec)[0].startswith("COLOMBIA: ARAUCA (") and _muc4_places(rec)[0].endswith(": BENADIA (TOWN)")


def test_the_incident_took_place_in_the_vicinity_of_an_unknown_town(pipeline):
    rec = _record(pipeline, "SAN SALVADOR, 28 MAR 89 -- [TEXT] MILITARY AUTHORITIES HAVE REPORTED THAT TWO PEASANTS "
                            "WERE KILLED WHEN THEY SET OFF A MINE.  THE INCIDENT TOOK PLACE IN THE VICINITY OF PERQUIN, "
                            "WHEN THEY SET OFF AN EXPLOSIVE DEVICE ABANDONED BY THE FMLN.")
    inc = rec["incidents"][0]
    assert inc["location"]["text"] == "PERQUIN" and inc["location"]["lat"] is None
    assert _muc4_places(rec)[0] == "EL SALVADOR: PERQUIN (CITY)"


def _learned_only(pipeline, text):
    """The incident the learned classifier opens where the rules found none (a stub that is sure)."""
    from wirecoder import nlp
    from wirecoder.clean import clean
    from wirecoder.extract import Extractor, _Span

    class Sure:
        def predict(self, cands):
            return [("Target", _Span(c.start, c.end, c.text), 0.9) for c in cands][:2]

    ext = Extractor(learned="none")
    ext.model, ext.use_learned = Sure(), True
    doc = clean(RawDocument(source="wire", doc_id="WIRE-LR", text=text))
    rec = ext.extract(doc, pipeline.nlp(nlp.analysis_text(doc.text)))
    return [i for i in rec["incidents"] if i.get("source") == "learned"]


def test_learned_incident_takes_the_dateline_city_only_when_the_body_names_it(pipeline):
    named = ("MEDELLIN, 27 AUG 89 (AFP) -- [TEXT] TODAY, MEDELLIN ONCE AGAIN EXPERIENCED A TERRORIST ESCALATION.  "
             "THE TARGETS OF THE ATTACKS WERE THE BANK BRANCHES.")
    (inc,) = _learned_only(pipeline, named)
    assert inc["location"]["span"][0] > 40 and inc["location"]["text"] == "MEDELLIN"
    assert "inferred_from" not in inc["location"]
    unnamed = ("MEDELLIN, 27 AUG 89 (AFP) -- [TEXT] TODAY THE CITY ONCE AGAIN EXPERIENCED A TERRORIST ESCALATION.  "
               "THE TARGETS OF THE ATTACKS WERE THE BANK BRANCHES.")
    (inc,) = _learned_only(pipeline, unnamed)
    assert inc["location"]["inferred_from"] == "dateline"


def test_a_noun_mentions_place_after_its_victim_and_date(pipeline):
    # "PROTEST THE ASSASSINATION OF JUDGE X THE EVENING OF 1 NOVEMBER IN MEDELLIN": Medellin, not the dateline
    rec = _record(pipeline, "BOGOTA, 2 NOV 89 (INRAVISION) -- [TEXT] COLOMBIAN JUDGES TODAY BEGAN A NUMBER OF "
                            "STAGGERED STOPPAGES TO\nPROTEST THE ASSASSINATION OF JUDGE MARIELA ESPINOSA ARANGO THE "
                            "EVENING\nOF 1 NOVEMBER IN MEDELLIN.  A TOTAL OF 17,000 JUDGES PARTICIPATED.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "MEDELLIN" and inc["location"]["span"][0] > 40
    assert _muc4_places(rec) == ["COLOMBIA: MEDELLIN (CITY)"]


def _mention_place(pipeline, text, word, hint="TEGUCIGALPA"):
    """The place ``Extractor._place_for`` ties to the mention whose trigger is ``word``."""
    from wirecoder import nlp
    from wirecoder.extract import Extractor
    from wirecoder.extract.mentions import find_mentions

    sdoc = pipeline.nlp(nlp.analysis_text(text))
    places = _places(pipeline, text, hint)
    m = next(m for m in find_mentions(sdoc, text) if text[m.start:m.end].upper() == word)
    p = Extractor._place_for(sdoc, m, places, list(sdoc.sents))
    return p.text.replace("\n", " ") if p else None


def test_a_noun_mentions_place_in_the_clause_of_the_verb_it_hangs_from(pipeline):
    # "DIED IN SAN SALVADOR AS A RESULT OF A BOMB EXPLOSION": the bomb's place
    assert _mention_place(pipeline, "THE SAME DAY, 13 PERSONS DIED IN SAN\nSALVADOR AS A RESULT OF A BOMB "
                                    "EXPLOSION.", "BOMB") == "SAN SALVADOR"
    # not the place of an arrest made for it
    assert _mention_place(pipeline, "POLICE ARRESTED TWO MEN IN SAN SALVADOR FOR THE MURDER OF THE MAYOR.",
                          "MURDER") is None


def test_the_place_of_a_summit_used_as_a_time_reference_is_not_the_kidnappings(pipeline):
    text = ("BOTH WERE KIDNAPPED BY THE SO-CALLED NELSON MANDELA CELL OF THE ELN 48 HOURS BEFORE THE PRESIDENTIAL "
            "DRUG SUMMIT IN CARTAGENA.")
    assert _mention_place(pipeline, text, "KIDNAPPED", "BOGOTA") is None
    text = "TWO AMERICANS WERE KIDNAPPED IN MEDELLIN 48 HOURS BEFORE THE SUMMIT IN CARTAGENA."
    assert _mention_place(pipeline, text, "KIDNAPPED", "BOGOTA") == "MEDELLIN"


def test_the_town_a_reporting_police_force_is_named_by(pipeline):
    rec = _record(pipeline, "BOGOTA, 27 AUG 89 (REUTER) -- [TEXT] MEANWHILE, MEDELLIN METROPOLITAN POLICE ANNOUNCED "
                            "THAT, EARLY THIS\nMORNING, UNIDENTIFIED PERSONS PLACED 11 BOMBS IN VARIOUS GOVERNMENT\nBANK "
                            "BRANCHES. SEVEN OF THESE BOMBS EXPLODED, CAUSING DAMAGE, BUT\nTHERE WERE NO VICTIMS.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "MEDELLIN" and inc["location"]["country_code"] == "CO"
    assert "inferred_from" not in inc["location"]
    rec = _record(pipeline, "ISLAMABAD (Reuters) — Peshawar police said a suicide bomber blew himself up on Monday "
                            "outside a mosque, killing six worshippers.")
    assert rec["incidents"][0]["location"]["text"] == "Peshawar"
    # a national force names no town
    rec = _record(pipeline, "BOGOTA, 27 AUG 89 (REUTER) -- [TEXT] THE NATIONAL POLICE ANNOUNCED THAT UNIDENTIFIED "
                            "PERSONS PLACED 11 BOMBS IN VARIOUS BANK BRANCHES, KILLING TWO GUARDS.")
    assert all(i["location"].get("inferred_from") == "dateline" for i in rec["incidents"])


def test_a_street_without_its_city_lies_in_the_city_the_report_named_before(pipeline):
    rec = _record(pipeline, "BOGOTA, 7 SEP 89 (INRAVISION TELEVISION CADENA 1) -- [TEXT] MEDELLIN CONTINUES TO LIVE "
                            "THROUGH A WAVE OF TERROR.  A MEDIUM-SIZED BOMB EXPLODED SHORTLY BEFORE 1700 AT THE PRESTO "
                            "RESTAURANT LOCATED ON PLAYA AVENUE, INJURING A POLICEMAN.")
    loc = rec["incidents"][0]["location"]
    assert loc["text"] == "PLAYA AVENUE" and loc["name"] == "Medellín" and loc["precision"] == "point"
    assert _muc4_places(rec)[0] == "COLOMBIA: MEDELLIN (CITY)"
    # no city named before it: the city the report was filed from
    rec = _record(pipeline, "BOGOTA, 7 SEP 89 (INRAVISION TELEVISION CADENA 1) -- [TEXT] A MEDIUM-SIZED BOMB "
                            "EXPLODED SHORTLY BEFORE 1700 AT A RESTAURANT LOCATED ON PLAYA AVENUE, INJURING A "
                            "POLICEMAN.")
    loc = rec["incidents"][0]["location"]
    assert loc["text"] == "PLAYA AVENUE" and loc["name"] == "Bogotá"


def test_names_the_report_calls_towns_are_places_and_finer_than_their_department(pipeline):
    rec = _record(pipeline, "LIMA, 1 APR 90 (EFE) -- [TEXT] IN THE LAST 24 HOURS THE SHINING PATH MURDERED TWO STATE "
                            "OFFICIALS ON A ROAD LINKING CHAVIN AND\nHUARI, TWO TOWNS IN ANCASH DEPARTMENT.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "CHAVIN" and inc["location"]["admin1"] == "Ancash"
    assert _muc4_places(rec) == ["PERU: ANCASH (DEPARTMENT): CHAVIN (TOWN)"]


def test_an_incident_without_a_place_told_right_after_one_with_a_town_happened_there(pipeline):
    from wirecoder.extract import Extractor

    paras = [(0, 100), (100, 200), (200, 300), (300, 400)]
    town = {"text": "MEDELLIN", "span": [20, 28], "name": "Medellín", "country_code": "CO", "precision": "city"}
    dateline = {"text": "BOGOTA", "span": [0, 6], "precision": "city", "inferred_from": "dateline"}
    incs = [{"location": dict(town), "evidence": [{"span": [10, 90]}]},
            {"location": dict(dateline), "evidence": [{"span": [110, 190]}]},   # the next paragraph
            {"location": dict(dateline), "evidence": [{"span": [310, 390]}]}]   # two paragraphs on: not
    Extractor._inherit_places(incs, paras)
    assert incs[1]["location"]["text"] == "MEDELLIN" and incs[1]["location"]["inferred_from"] == "context"
    assert incs[2]["location"]["text"] == "BOGOTA"


def test_the_judge_gunned_down_after_the_report_of_her_murder_in_medellin(pipeline):
    rec = _record(pipeline, "BOGOTA, 18 NOV 89 (RADIO CARACOL) -- [TEXT] MARIA ELENA DIAZ PEREZ, THIRD JUDGE OF PUBLIC "
                            "ORDER, WAS ASSASSINATED IN MEDELLIN TODAY BY A GROUP OF 10 PAID ASSASSINS.\n\n"
                            "   THE JUDGE, WHO WAS SITTING IN THE BACK SEAT, WAS ABLE TO LEAVE THE CAR AND RUN, BUT SHE "
                            "WAS GUNNED DOWN BY 19 BULLETS.  TWO OF HER BODYGUARDS WERE KILLED INSTANTLY.")
    assert rec["incidents"] and all(i["location"]["text"] == "MEDELLIN" for i in rec["incidents"])
    assert all(_muc4_places(rec)[k] == "COLOMBIA: MEDELLIN (CITY)" for k in range(len(rec["incidents"])))


def test_the_country_a_dateline_names_resolves_its_place(pipeline):
    # "SAN JOSE (COSTA RICA)": the Costa Rican capital, not San Jose, California
    rec = _record(pipeline, "SAN JOSE (COSTA RICA), 27 SEP 89 (AFP) -- [TEXT] UNIDENTIFIED MEN KIDNAPPED A "
                            "STUDENT LEADER YESTERDAY AS HE LEFT HIS HOME.")
    assert rec["dateline"]["country_code"] == "CR"
    (inc,) = rec["incidents"]
    assert inc["location"]["country_code"] == "CR" and inc["location"]["inferred_from"] == "dateline"


def test_a_name_after_a_title_is_a_person_not_a_town(pipeline):
    # "THE RESIDENCE OF COLONEL CARRANZA": Carranza is a colonel, not Colonia Venustiano Carranza in Mexico
    rec = _record(pipeline, "CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [TEXT] URBAN COMMANDOS OF THE FMLN "
                            "BOMBED THE RESIDENCE OF COLONEL CARRANZA LAST NIGHT.")
    assert rec["incidents"]
    for inc in rec["incidents"]:
        loc = inc.get("location") or {}
        assert "CARRANZA" not in (loc.get("text") or "") and loc.get("country_code") != "MX", loc


def test_a_report_filed_abroad_places_its_attack_in_the_country_its_body_names(pipeline):
    # filed in San Jose (Costa Rica), the attacks are told of Guatemala: the dateline's city is no place of theirs
    rec = _record(pipeline, "SAN JOSE (COSTA RICA), 27 SEP 89 (ACAN-EFE) -- [TEXT] ARMY TROOPS KIDNAPPED 12 "
                            "STUDENT LEADERS ON 21 AUGUST, THE LEADERS OF THE STUDENTS' ASSOCIATION SAID TODAY.  "
                            "THE STUDENTS ASKED THE GOVERNMENT OF GUATEMALA TO STOP THE REPRESSION "
                            "AND ASKED OTHER COUNTRIES TO BREAK RELATIONS WITH GUATEMALA.")
    incs = rec["incidents"]
    assert incs and all(i["location"]["country_code"] == "GT" and i["location"]["inferred_from"] == "body"
                        for i in incs)
    assert _muc4_places(rec)[0] == "GUATEMALA"


def test_a_report_filed_in_madrid_places_a_murder_in_el_salvador_its_body_names(pipeline):
    # "BURIED IN SAN SALVADOR" is El Salvador's capital, not Fene (Galicia), which also bears the name: with
    # "EL SALVADOR" named too, the body's country outnumbers Spain and the dateline places nothing
    rec = _record(pipeline, "MADRID (SPAIN), 19 NOV 89 (DOMESTIC SERVICE) -- [TEXT] THE BODIES OF THE SPANISH "
                            "JESUITS MURDERED LAST FRIDAY [17 NOVEMBER] BY UNIFORMED INDIVIDUALS WERE BURIED IN SAN "
                            "SALVADOR TODAY.  A DELEGATION ATTENDED THE BURIAL.  IT OFFERED HELP TO THE SPANISH "
                            "RESIDENTS IN EL SALVADOR WHO WANT TO RETURN TO SPAIN.")
    incs = rec["incidents"]
    assert incs and all(i["location"]["country_code"] == "SV" for i in incs)
    assert "MADRID" not in {i["location"]["text"] for i in incs}


def test_a_report_filed_at_home_keeps_its_dateline_when_the_body_names_another_country_once(pipeline):
    rec = _record(pipeline, "SAN SALVADOR, 13 NOV 89 (RADIO CADENA) -- [TEXT] UNIDENTIFIED MEN KILLED TWO "
                            "PEASANTS ON 11 NOVEMBER.  THE EMBASSY OF THE UNITED STATES CONDEMNED THE CRIME.")
    (inc,) = rec["incidents"]
    assert inc["location"]["country_code"] == "SV" and inc["location"]["inferred_from"] == "dateline"


def test_a_country_named_as_the_owner_of_a_person_is_not_the_place(pipeline):
    # "BROTHER OF VENEZUELA'S FIRST LADY ... IN COLOMBIA'S NORTHERN SANTANDER DEPARTMENT": Colombia, not Venezuela
    rec = _record(pipeline, "CARACAS (VENEZUELA), 15 JUL 89 (DPA) -- [TEXT] A REPORT BROADCAST ON A PRIVATE "
                            "TELEVISION CHANNEL STATED THAT UNIDENTIFIED ASSAILANTS KIDNAPPED NORBERTO RODRIGUEZ -- "
                            "BROTHER OF VENEZUELA'S FIRST LADY BLANCA RODRIGUEZ DE PEREZ -- IN COLOMBIA'S NORTHERN "
                            "SANTANDER DEPARTMENT, WHERE HE WAS TENDING TO PERSONAL MATTERS.")
    (inc,) = rec["incidents"]
    assert inc["location"]["country_code"] == "CO"


def test_an_acronym_known_only_as_another_towns_code_is_no_place(pipeline):
    # "PRC" is Prescott, Arizona, to the gazetteer's alternate names; "ICA" is the Peruvian town's own name
    words = {p.text for p in _places(pipeline, "TERRORISTS TONIGHT BOMBED THE EMBASSIES OF THE PRC AND THE SOVIET "
                                               "UNION IN LIMA.  ANOTHER BOMB EXPLODED IN ICA.", "LIMA")}
    assert "PRC" not in words and {"LIMA", "ICA"} <= words


def test_a_name_said_with_its_area_word_is_a_place(pipeline):
    # the gazetteer knows neither; the parse runs "AT" and "HIGHWAY NEAR" into the names, and "CANTON" alone
    # is a town in Ohio
    text = ("SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE TROOPS FAKED A CLASH AT HORCONES DE BERLIN "
            "CANTON TO MURDER THOSE PEASANTS. THE BUS WAS ATTACKED ON THE COASTAL HIGHWAY NEAR LA\nTIENDITA "
            "CANTON.")
    words = [p.text for p in _places(pipeline, text, "SAN SALVADOR") if p.start > 50]
    assert words == ["HORCONES DE BERLIN CANTON", "LA\nTIENDITA CANTON"]


def test_an_unknown_place_with_its_area_word_takes_the_set_list_form(pipeline):
    rec = _record(pipeline, "SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT] ARMY TROOPS MURDERED PEASANTS "
                            "VICTOR MANUEL VASQUEZ AND RAFAEL ROMERO AT HORCONES DE BERLIN CANTON YESTERDAY.")
    assert [i["location"]["text"] for i in rec["incidents"]] == ["HORCONES DE BERLIN CANTON"]
    assert _muc4_places(rec) == ["EL SALVADOR: HORCONES DE BERLIN (CANTON)"]


def test_an_area_said_before_its_city_is_inside_that_city(pipeline):
    # "AT NUNOA DISTRICT, IN SANTIAGO": the district, with the city it is in (MUC-4's chain, city first)
    rec = _record(pipeline, "SANTIAGO, 24 OCT 89 (EFE) -- [TEXT] AT 0015 THIS MORNING INCENDIARY BOMBS WERE HURLED "
                            "AT A\nMORMON TEMPLE AT NUNOA DISTRICT, IN SANTIAGO.  THE BOMBS CAUSED MINOR DAMAGE.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "NUNOA" and inc["location"]["precision"] == "neighborhood"
    assert _muc4_places(rec) == ["CHILE: SANTIAGO (CITY): NUNOA (DISTRICT)"]


def test_the_suburb_the_sentence_of_the_city_names(pipeline):
    # "IN BOGOTA, A BOMB EXPLODED ... IN THE SUBURB OF QUIRIGUA": the suburb, in Bogota
    rec = _record(pipeline, "BOGOTA, 12 APR 90 (EFE) -- [TEXT] MEANWHILE, IN BOGOTA, A BOMB EXPLODED AT A BRANCH "
                            "OF THE CITY'S\nELECTRIC ENERGY ENTERPRISE IN THE SUBURB OF QUIRIGUA.  THE COMPANY'S "
                            "OFFICES WERE DESTROYED.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "QUIRIGUA" and inc["location"]["name"] == "Bogotá"
    assert _muc4_places(rec) == ["COLOMBIA: BOGOTA (CITY): QUIRIGUA (SUBURB)"]


def test_a_common_word_before_district_is_no_area(pipeline):
    # "IN A RESIDENTIAL DISTRICT": no name, the city stays the place
    rec = _record(pipeline, "BOGOTA, 12 APR 90 (EFE) -- [TEXT] IN BOGOTA, A BOMB EXPLODED AT A BANK IN A "
                            "RESIDENTIAL DISTRICT.  THE BANK'S OFFICES WERE DESTROYED.")
    (inc,) = rec["incidents"]
    assert _muc4_places(rec) == ["COLOMBIA: BOGOTA (CITY)"]


def test_a_department_broken_from_its_name_by_a_line_end_is_a_place(pipeline):
    # "A MINE IN MORAZAN\nDEPARTMENT. THE INCIDENT TOOK PLACE IN THE VICINITY OF PERQUIN": the department is
    # found, and the town the gazetteer lacks lies in it
    rec = _record(pipeline, "SAN SALVADOR, 28 MAR 89 -- [TEXT] MILITARY AUTHORITIES HAVE REPORTED\nTHAT TWO "
                            "PEASANTS WERE KILLED WHEN THEY SET OFF A MINE IN MORAZAN\nDEPARTMENT.  THE INCIDENT "
                            "TOOK PLACE IN THE VICINITY OF PERQUIN, WHEN\nERNESTO AND ROSA FERNANDEZ SET OFF AN "
                            "EXPLOSIVE DEVICE PRESUMABLY\nABANDONED BY THE FMLN.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "PERQUIN" and inc["location"]["country_code"] == "SV"
    assert _muc4_places(rec) == ["EL SALVADOR: MORAZAN (DEPARTMENT): PERQUIN (CITY)"]


def test_the_first_word_of_a_persons_name_is_no_town(pipeline):
    # "THE KIDNAPPING OF DELGADO\nPARKER": NER and the gazetteer take DELGADO for a Salvadoran town; the name is
    # told again whole, so it is a person's (``places._first_of_a_name``); the kidnapping is in Lima
    text = ("LIMA, 12 JAN 90 (EFE) -- [TEXT] THE KIDNAPPING OF DELGADO\nPARKER, A FORMER ADVISER TO PERUVIAN "
            "PRESIDENT ALAN GARCIA, HAS SHOCKED THE COUNTRY.  DELGADO PARKER WAS KIDNAPPED IN DOWNTOWN LIMA "
            "WEDNESDAY.")
    assert [p.text for p in _places(pipeline, text, "PE")] == ["LIMA", "LIMA"]


def test_a_town_before_its_kind_title_or_role_stays_a_place(pipeline):
    text = ("SAN SALVADOR, 12 JAN 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POST NEAR THE LEMPA RIVER, IN USULUTAN "
            "DEPARTMENT.  THE USULUTAN POLICE SAID THE USULUTAN POLICE HAD ARRIVED.")
    found = [p.text for p in _places(pipeline, text, "SV")]
    assert "LEMPA RIVER" in found and "USULUTAN DEPARTMENT" in found and found.count("USULUTAN") == 2


def test_towns_listed_as_neighborhoods_of_the_city_are_its_neighborhoods(pipeline):
    # "THE NEIGHBORHOODS OF MEJICANOS, COLONIA ZACAMIL AND SAN RAMON": the report calls them parts of the city it
    # named (the gazetteer knows Mejicanos as a town, and San Ramon as one in California); "COLONIA" is the
    # Spanish word for the neighbourhood, no part of its name; one incident per neighbourhood
    rec = _record(pipeline, "SAN SALVADOR, 12 NOV 89 (AFP) -- [TEXT] FIGHTING BROKE OUT IN NORTHERN SAN SALVADOR "
                            "TONIGHT.\n\n   THE REBELS BLEW UP ELECTRICITY POLES WITH DYNAMITE IN THE POOR "
                            "NEIGHBORHOODS OF MEJICANOS, COLONIA ZACAMIL AND SAN RAMON, CAUSING POWER OUTAGES IN "
                            "SEVERAL SECTORS OF THE CAPITAL CITY.")
    places = sorted(inc["location"]["muc4"] for inc in rec["incidents"])
    assert places == ["EL SALVADOR: SAN SALVADOR (CITY): MEJICANOS (NEIGHBORHOOD)",
                      "EL SALVADOR: SAN SALVADOR (CITY): SAN RAMON (NEIGHBORHOOD)",
                      "EL SALVADOR: SAN SALVADOR (CITY): ZACAMIL (NEIGHBORHOOD)"]


def test_the_neighborhoods_of_one_city_are_no_list_of_neighborhoods(pipeline):
    # "THE NORTHERN NEIGHBORHOODS OF SAN SALVADOR": the city the neighbourhoods lie in, not one of them
    rec = _record(pipeline, "SAN SALVADOR, 12 NOV 89 (AFP) -- [TEXT] THE REBELS BLEW UP ELECTRICITY POLES WITH "
                            "DYNAMITE IN THE NORTHERN NEIGHBORHOODS OF SAN SALVADOR LAST NIGHT.")
    (inc,) = rec["incidents"]
    assert inc["location"]["muc4"] == "EL SALVADOR: SAN SALVADOR (CITY)"


def test_the_city_after_a_neighborhood_stops_where_the_sentence_goes_on(pipeline):
    # "IN THE MIRAFLORES NEIGHBORHOOD IN LIMA HAS LEFT ONE PERSON INJURED": in capitals the container is "LIMA",
    # not "LIMA HAS LEFT ONE" (which resolved nowhere, so the incident kept the city alone)
    rec = _record(pipeline, "LIMA, 15 JAN 90 (EFE) -- [TEXT] THE POLICE HAVE REPORTED THAT AN ATTACK WITH "
                            "EXPLOSIVES IN FRONT OF A BUILDING IN THE MIRAFLORES NEIGHBORHOOD IN LIMA HAS LEFT ONE "
                            "PERSON INJURED.")
    (inc,) = rec["incidents"]
    assert inc["location"]["muc4"] == "PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)"


def test_a_neighborhood_told_in_an_incident_otherwise_placed_by_the_dateline(pipeline):
    # no town told with the attack, but the neighbourhood of the report's city is: the neighbourhood, in that city
    rec = _record(pipeline, "SAN SALVADOR, 11 NOV 89 (RADIO CADENA YSKL) -- [TEXT] ACCORDING TO REPORTS WE HAVE "
                            "RECEIVED, THE RESIDENCE OF THE PRESIDENT LOCATED IN THE ESCALON NEIGHBORHOOD WAS "
                            "TARGET OF A DYNAMITE ATTACK TONIGHT.")
    (inc,) = rec["incidents"]
    assert inc["location"]["muc4"] == "EL SALVADOR: SAN SALVADOR (CITY): ESCALON (NEIGHBORHOOD)"


def test_a_common_word_after_in_the_is_no_container_of_the_town(pipeline):
    # "NEAR BUCARAMANGA, IN THE NORTHEASTERN PART OF THE COUNTRY": "PART" is no town the place lies in
    rec = _record(pipeline, "BOGOTA, 20 FEB 90 (EFE) -- [TEXT] SENATOR JORGE SEDANO GONZALEZ WAS KIDNAPPED ON 9 "
                            "FEBRUARY NEAR BUCARAMANGA, IN THE\nNORTHEASTERN PART OF THE COUNTRY, BY ELN GUERRILLAS.")
    (inc,) = rec["incidents"]
    assert inc["location"]["muc4"] == "COLOMBIA: BUCARAMANGA (CITY)"


def test_a_division_said_right_after_the_town_places_the_town_in_it(pipeline):
    # "IN GRENADA, EASTERN ANTIOQUIA DEPARTMENT": the Granada of Antioquia, not the largest (in Meta); "IN SAN
    # PABLO, SAN MARCOS DEPARTMENT": the division named in the MUC-4 chain
    rec = _record(pipeline, "GUATEMALA CITY, 3 MAY 90 (EFE) -- [TEXT] A PEASANT WAS SHOT TO DEATH IN SAN PABLO, "
                            "SAN MARCOS DEPARTMENT, IN THE NORTHWESTERN PART OF THE COUNTRY.")
    (inc,) = rec["incidents"]
    assert inc["location"]["muc4"] == "GUATEMALA: SAN MARCOS (DEPARTMENT): SAN PABLO (TOWN)"
    rec = _record(pipeline, "BOGOTA, 28 AUG 89 (INRAVISION) -- [TEXT] THE ELN KIDNAPPED THE MAYOR OF GRANADA, "
                            "EASTERN ANTIOQUIA DEPARTMENT, YESTERDAY.")
    assert [i["location"]["admin1"] for i in rec["incidents"]] == ["Antioquia"]


def test_a_country_named_only_as_whose_people_or_things_moves_no_incident_abroad(pipeline):
    # "U.S. MILITARY ADVISERS", "U.S. AID", "THE WASHINGTON POST": whose, not where; the report is filed at home
    rec = _record(pipeline, "SAN SALVADOR, 7 FEB 90 (CANAL DOCE TELEVISION) -- [TEXT] COLONEL PONCE DENIED ANY "
                            "RIFT WITH U.S. MILITARY ADVISERS, AS ASSERTED BY THE WASHINGTON POST.  THE U.S. "
                            "ADVISERS HAVE HELPED US.  THIS COUNTRY DEPENDS ON U.S. ECONOMIC AID.  [REPORTER] "
                            "FOLLOWING THE MURDER OF THE JESUITS, WHAT ARE RELATIONS LIKE WITH THE ADVISERS?")
    incs = [i for i in rec["incidents"] if i.get("source") != "learned"]
    assert incs and all(i["location"]["country_code"] == "SV" for i in incs)
