"""Acts the rules judge no incident — a battle between the police and armed men, a plan neither carried out nor
foiled — open none through the role-filler classifier either (``Cluster.judged``, ``Extractor.extract``)."""

from __future__ import annotations

from wirecoder.document import RawDocument

SHOOT_OUT = ("   LIMA, 19 JAN 89 -- [TEXT] TWO SUBVERSIVES WERE KILLED AND A\n"
             "POLICEMAN WAS SERIOUSLY WOUNDED IN A SHOOT-OUT EARLY THIS MORNING NEAR\n"
             "THE SAN CARLOS SERVICE STATION IN CANTO GRANDE.  THE SHOOT-OUT\n"
             "OCCURRED WHEN A POLICE PATROL INTERCEPTED FOUR SUSPECTS IN THE AREA OF\n"
             "THE SERVICE STATION.  POLICEMAN JOSE FELIX AGUIRRE WAS SERIOUSLY\n"
             "WOUNDED BY A BULLET IN THE CHEST AND ANOTHER IN THE ARM.  HE WAS TAKEN\n"
             "TO THE POLICE HOSPITAL.\n\n"
             "   TWO OF THE WOUNDED SUBVERSIVES DIED LATER AT THE RIMAC HOSPITAL\n"
             "WHERE THEY WERE TAKEN BY THE MEMBERS OF THE NATIONAL POLICE.  THE\n"
             "OTHER SUBVERSIVES ESCAPED.  POLICE SOURCES STATED THAT THE SUBVERSIVES\n"
             "WERE PLANNING TO BLOW UP THE SERVICE STATION BECAUSE A BLUEPRINT OF\n"
             "THE STATION WAS FOUND IN THEIR POSSESSION.  IT SHOULD BE POINTED OUT\n"
             "THAT THE SUBVERSIVES USED FIREARMS WITH SILENCERS.\n")


def test_a_shoot_out_with_the_police_and_a_plan_open_no_incident(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="SHOOT-OUT", text=SHOOT_OUT))
    assert rec["incidents"] == []


def test_the_rules_judge_the_shoot_out_a_battle_and_the_bombing_a_plan(pipeline, monkeypatch):
    from wirecoder.extract import Extractor

    judged = []
    incident = Extractor._incident

    def spy(self, c, *args, **kw):
        out = incident(self, c, *args, **kw)
        judged.append((sorted({m.lemma for m in c.mentions}), c.judged, out is None))
        return out

    monkeypatch.setattr(Extractor, "_incident", spy)
    pipeline.process(RawDocument(source="wire", doc_id="SHOOT-OUT", text=SHOOT_OUT))
    # the killing in the shoot-out, a battle; the bombing, only planned: each read and judged no incident
    assert (["bomb"], True, True) in judged
    assert any("kill" in lemmas and j and dropped for lemmas, j, dropped in judged)
