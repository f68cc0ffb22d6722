"""Who did it, read from the parse of the incident's sentences (``fields.perpetrators``)."""

from wirecoder.document import RawDocument


def _incidents(pipeline, text):
    return pipeline.process(RawDocument(source="wire", doc_id="WIRE-P", text=text))["incidents"]


def _rule_individuals(incidents):
    return [i["text"] for inc in incidents for i in inc["perpetrators"]["individuals"] if i.get("source") != "learned"]


def test_the_subject_a_passive_conjunct_shares_is_no_perpetrator(pipeline):
    incidents = _incidents(pipeline, "TEGUCIGALPA, 2 APR 90 (AFP) -- [TEXT] THE NINE U.S. SOLDIERS FROM PALMEROLA "
                                     "BASE WERE ON A RECREATIONAL VISIT AND WERE WOUNDED WHEN A HOMEMADE BOMB "
                                     "EXPLODED.")
    assert incidents   # the bombing is found; the wounded soldiers are its victims, not its doers
    assert not any("SOLDIERS" in i for i in _rule_individuals(incidents))


def test_the_subject_an_active_conjunct_shares_still_is(pipeline):
    incidents = _incidents(pipeline, "Gunmen stormed a bank in the town of Segovia on Monday and killed two guards, "
                                     "police said.")
    assert _rule_individuals(incidents) == ["Gunmen"]
