"""The words of non-name role fillers: the noun phrase as MUC-4's keys take it (no count, no hedge,
no apposition; its "of" phrase kept), on real sentences through the spaCy parse."""

from __future__ import annotations

import pytest

from wirecoder.document import RawDocument
from wirecoder.extract.fields import filler_span


@pytest.fixture(scope="module")
def nlp():
    from wirecoder import nlp as wnlp

    return wnlp.load()


def _words(nlp, sentence: str, head: str, **kw) -> str:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == head)
    s, e = filler_span(tok, **kw)
    return sentence[s:e]


def test_a_count_is_no_word_of_a_target(nlp):
    assert _words(nlp, "The guerrillas burned at least 10 buses on the highway.", "buses") == "buses"
    assert _words(nlp, "Terrorists dynamited two high tension posts in Antioquia.", "posts") == "high tension posts"


def test_the_of_phrase_is_kept_and_the_apposition_left_out(nlp):
    assert _words(nlp, "A bomb exploded at the offices of the labor unions in Lima.", "offices") == \
        "offices of the labor unions"
    assert _words(nlp, "Rebels blew up the Cano Limon-Covenas oil pipeline, Colombia's major oil pipeline, "
                       "yesterday.", "pipeline") == "Cano Limon-Covenas oil pipeline"


def test_a_perpetrator_keeps_the_count_but_not_the_hedge(nlp):
    assert _words(nlp, "Alleged urban guerrillas shot the mayor yesterday.", "guerrillas", counted=True) == \
        "urban guerrillas"
    sent = "Two urban guerrillas shot the mayor yesterday."
    assert _words(nlp, sent, "guerrillas", counted=True) == "Two urban guerrillas"
    assert _words(nlp, sent, "guerrillas") == "urban guerrillas"


def test_a_target_keeps_a_noun_possessor_but_not_a_pronoun(nlp):
    assert _words(nlp, "Terrorists dynamited Merino's home in San Salvador.", "home") == "Merino's home"
    assert _words(nlp, "Gunmen killed the mayor and his two bodyguards.", "bodyguards") == "bodyguards"
    # a perpetrator's possessor is no word of it: "the cartel's hitmen" are "hitmen"
    assert _words(nlp, "The cartel's hitmen shot the judge.", "hitmen", counted=True) == "hitmen"


def test_an_age_is_not_a_count(nlp):
    assert _words(nlp, "Gunmen kidnapped the 15-year-old daughter of the mayor.", "daughter") == \
        "15-year-old daughter of the mayor"


def test_a_record_keeps_the_number_apart_from_the_words(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-WORDS", text=(
        "SAN SALVADOR, 12 NOV 89 -- Urban guerrillas burned nine vehicles and killed two Italian engineers "
        "in San Salvador today, police said.")))
    (inc,) = rec["incidents"]
    phys = [(p["text"], p["number"]) for p in inc["targets"]["physical"]]
    human = [(h["text"], h["number"]) for h in inc["targets"]["human"]]
    assert ("vehicles", 9) in phys
    assert ("Italian engineers", 2) in human
    for item in inc["targets"]["physical"] + inc["targets"]["human"]:
        assert rec["text"][item["span"][0]:item["span"][1]] == item["text"]


def test_a_classifier_target_loses_its_count_and_keeps_the_rest(nlp):
    from wirecoder.extract import Extractor, _Span

    text = "Terrorists burned the two armored vehicles of the company near Medellin."
    doc = nlp(text)
    s = text.index("two")
    e = text.index("vehicles") + len("vehicles")
    out = Extractor._uncounted(doc, text, _Span(s, e, text[s:e]))
    assert out.text == "armored vehicles" and text[out.start:out.end] == out.text
    # a name stays as it is
    s = text.index("Medellin")
    name = _Span(s, s + len("Medellin"), "Medellin")
    assert Extractor._uncounted(doc, text, name) == name


def test_a_classifier_target_keeps_the_count_of_its_full_words(pipeline, monkeypatch):
    # the classifier proposes "TWO ARMORED VEHICLES" as a physical target: its words lose the count, its
    # number keeps it (the number was read from the shortened words, and lost)
    from wirecoder.document import RawDocument

    class OneTarget:
        def predict(self, cands):
            return [("Target", c, 0.9) for c in cands if c.text == "TWO ARMORED VEHICLES"]

    monkeypatch.setattr(pipeline.extractor, "model", OneTarget())
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-COUNT", text=(
        "BOGOTA, 12 NOV 89 (EFE) -- [TEXT] TERRORISTS BOMBED A POLICE STATION IN MEDELLIN TODAY. "
        "TWO ARMORED VEHICLES OF THE COMPANY STOOD NEAR THE STATION.")))
    learned = [p for inc in rec["incidents"] for p in inc["targets"]["physical"] if p.get("source") == "learned"]
    assert [(p["text"], p["number"]) for p in learned] == [("ARMORED VEHICLES", 2)], rec["incidents"]


def test_a_transcribers_note_or_heading_run_into_the_words_is_left_out():
    from wirecoder import nlp
    from wirecoder.extract.fields import trim_span

    doc = nlp.load()("[TEXT] ATTENTION: A GROUP OF NINE U.S. SOLDIERS WAS ATTACKED. [WORD INDISTINCT] MURDERED "
                     "UNIVERSITY STUDENT. AT 10:30 PM.")
    text = doc.text

    def words(a, b):
        s, e = trim_span(doc[a:b])
        return text[s:e]
    assert words(1, 11) == "A GROUP OF NINE U.S. SOLDIERS"
    i = next(t.i for t in doc if t.text == "INDISTINCT")
    assert words(i, i + 5) == "MURDERED UNIVERSITY STUDENT"
    j = next(t.i for t in doc if t.text == "10:30")
    assert words(j, j + 2) == "10:30 PM"


def test_a_bracket_or_colon_inside_the_words_is_no_heading():
    from wirecoder.extract.fields import _trim_chars
    text = "THE DAS [ADMINISTRATIVE DEPARTMENT OF SECURITY] BUILDING"
    assert _trim_chars(text, 0, len(text)) == (0, len(text))
    text = "THE HEADQUARTERS OF THE 3D BRIGADE: SAN MIGUEL"   # only a first word can be a heading
    assert _trim_chars(text, 0, len(text)) == (0, len(text))
    text = "TEXT] ATTENTION: A GROUP OF NINE U.S. SOLDIERS"
    assert text[slice(*_trim_chars(text, 0, len(text)))] == "A GROUP OF NINE U.S. SOLDIERS"
