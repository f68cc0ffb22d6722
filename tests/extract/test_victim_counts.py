"""How many victims a plural description stands for (``extract.victim_counts``)."""


def _victim(doc, words: str, nth: int = 0) -> dict:
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(words, i + 1)
    return {"text": words, "span": [i, i + len(words)], "is_name": False, "number": None}


def _incident(doc, *victims, evidence=()):
    spans = []
    for sentence in evidence:
        i = doc.text.index(sentence)
        spans.append({"text": sentence, "span": [i, i + len(sentence)]})
    return {"targets": {"human": list(victims)}, "evidence": spans}


def test_a_description_takes_the_count_its_own_words_left_out():
    from wirecoder import nlp
    from wirecoder.extract.victim_counts import count_victims

    doc = nlp.load()("UNGO'S DEPARTURE OCCURRED FOLLOWING THE ASSASSINATION OF SIX JESUITS WHO WERE MACHINEGUNNED "
                     "ON 15 NOVEMBER. SOME 100 PEOPLE WERE WORKING INSIDE THE PLANT.")
    jesuits, people = _victim(doc, "JESUITS"), _victim(doc, "PEOPLE")
    count_victims(_incident(doc, jesuits, people), doc, doc.text)
    assert jesuits["number"] == 6 and "number_qualifier" not in jesuits
    assert people["number"] == 100 and people["number_qualifier"] == "approx"


def test_a_description_takes_the_count_told_in_another_sentence():
    from wirecoder import nlp
    from wirecoder.extract.victim_counts import count_victims

    doc = nlp.load()("Some 100 students from the applications school built a roadblock on the avenue. "
                     "Later, two individuals in a car fired shots at the students and drove away.")
    students = _victim(doc, "students", nth=1)
    count_victims(_incident(doc, students, evidence=["Later, two individuals in a car fired shots at the "
                                                     "students and drove away."]), doc, doc.text)
    assert students["number"] == 100 and students["number_qualifier"] == "approx"


def test_counts_that_disagree_or_a_named_person_leave_the_number_untold():
    from wirecoder import nlp
    from wirecoder.extract.victim_counts import count_victims

    doc = nlp.load()("Two peasants were killed in Morazan. Five peasants were wounded in Usulutan. "
                     "Soldiers fired at the peasants. Three soldiers were wounded.")
    peasants = _victim(doc, "peasants", nth=2)
    named = {"text": "Soldiers", "span": [doc.text.index("Soldiers"), doc.text.index("Soldiers") + 8],
             "is_name": True, "number": None}
    count_victims(_incident(doc, peasants, named), doc, doc.text)
    assert peasants["number"] is None      # two or five: not told which
    assert named["number"] is None


def test_the_incidents_own_sentences_count_before_the_rest_of_the_report():
    from wirecoder import nlp
    from wirecoder.extract.victim_counts import count_victims

    doc = nlp.load()("Eleven priests were murdered in 1980. Gunmen killed three priests in the church today. "
                     "The priests had received threats.")
    priests = _victim(doc, "priests", nth=2)
    count_victims(_incident(doc, priests, evidence=["Gunmen killed three priests in the church today.",
                                                    "The priests had received threats."]), doc, doc.text)
    assert priests["number"] == 3

