"""Who speaks of an attack is not its victim: the classifier's named victim that is the subject of a reporting
verb ("... PRESIDENT JOSE LUIS LACUNZA ... HAVE CONDEMNED THE ASSASSINATION OF SIX JESUITS") is left out."""

from __future__ import annotations

from wirecoder import nlp
from wirecoder.document import RawDocument
from wirecoder.extract import fields as F



def test_the_subject_of_a_reporting_verb_speaks(span_of):
    for text, name in (
        ("SAN SALVADOR, 16 NOV 89 -- [TEXT] ARCHBISHOP MARCOS RIVERA AND CONFERENCE PRESIDENT JOSE LUIS MORA HAVE "
         "CONDEMNED THE MURDER OF SIX PRIESTS.", "JOSE LUIS MORA"),
        ("Defense Minister Hector Gomez was asked about the massacre.", "Hector Gomez"),
        ("Senator Ana Ruiz said the bombing killed four policemen.", "Ana Ruiz"),
    ):
        assert F.speaks(span_of(text, name).root), name


def test_the_victim_of_the_act_does_not_speak(span_of):
    for text, name in (
        ("SAN SALVADOR, 16 NOV 89 -- [TEXT] GUERRILLAS KILLED CONFERENCE PRESIDENT JOSE LUIS MORA TODAY.",
         "JOSE LUIS MORA"),
        ("Gunmen kidnapped Senator Ana Ruiz, police said.", "Ana Ruiz"),
        ("Mayor Pedro Diaz was killed by a car bomb.", "Pedro Diaz"),
    ):
        assert not F.speaks(span_of(text, name).root), name


def test_a_speaker_is_no_victim_of_the_record(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-SPEAKER", text=(
        "SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] ARCHBISHOP MARCOS RIVERA, EPISCOPAL CONFERENCE PRESIDENT "
        "JOSE LUIS MORA, AND ABDIEL TORRES, PRESIDENT OF THE UNIVERSITY COUNCIL, HAVE CONDEMNED THE ASSASSINATION "
        "OF SIX JESUITS IN EL SALVADOR AT DAWN TODAY.")))
    victims = [h["text"] for inc in rec["incidents"] for h in inc["targets"]["human"]]
    assert any("JESUITS" in v for v in victims)
    assert not any("MORA" in v or "TORRES" in v for v in victims)


def _words(pipeline, text: str, name: str):
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    start = text.index(name)
    return sdoc.char_span(start, start + len(name), alignment_mode="expand")


def test_a_speaker_telling_what_was_done_to_him_may_be_the_victim(pipeline):
    words = _words(pipeline, "GUATEMALA CITY, 27 JUN 89 -- [TEXT] PRESIDENT MARCO RIVERA TODAY REVEALED THAT GUNMEN "
                             "TRIED TO MURDER HIM.", "MARCO RIVERA")
    assert F.speaks(words.root) and not F.only_speaks(words)
    assert F.only_speaks(_words(pipeline, "Senator Ana Ruiz said the bombing killed four policemen.", "Ana Ruiz"))
