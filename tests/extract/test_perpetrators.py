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


ACCUSED = ("BOGOTA, 28 MAR 90 (EFE) -- [TEXT] M-19 GUERRILLAS TODAY ATTACKED A POLICE STATION IN THE TOWN OF "
           "PURIFICACION.\n\n   MEANWHILE, M-19 COMMANDER CARLOS PIZARRO LEONGOMEZ ACCUSED THE COLOMBIAN ARMY OF "
           "ATTACKING AN M-19 GROUP ON 26 MARCH.")


def test_a_doubtful_learned_group_beside_the_rules_one_is_left_out(pipeline, monkeypatch):
    from wirecoder.extract import Extractor, _Span

    model = pipeline.extractor.model
    if model is None:
        import pytest
        pytest.skip("the role-filler classifier is not in use")
    predict = model.predict
    s = ACCUSED.index("COLOMBIAN ARMY")

    def orgs_with(prob):
        # the classifier's own proposals, and the army as a perpetrator group with probability ``prob``
        monkeypatch.setattr(model, "predict", lambda cands: predict(cands) + [
            ("PerpOrg", _Span(s, s + 14, "COLOMBIAN ARMY"), prob)])
        return [o["text"] for inc in _incidents(pipeline, ACCUSED) for o in inc["perpetrators"]["organizations"]]

    assert "COLOMBIAN ARMY" not in orgs_with(Extractor.SECOND_ORG_MIN - 0.2)
    assert "M-19" in orgs_with(Extractor.SECOND_ORG_MIN - 0.2)
    assert "COLOMBIAN ARMY" in orgs_with(Extractor.SECOND_ORG_MIN + 0.2)
