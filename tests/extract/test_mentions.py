"""Which words ``extract.mentions.find_mentions`` takes for the telling of an attack."""

from __future__ import annotations

from wirecoder import nlp
from wirecoder.extract.mentions import find_mentions


def _mentions(pipeline, text: str):
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    return find_mentions(sdoc, text)


def test_the_killing_of_named_or_counted_victims_tells_a_murder(pipeline):
    text = ("THE PRESIDENT CITED THE KILLING OF THE JESUIT PRIESTS IN SAN SALVADOR ON 16 NOVEMBER AS PROOF OF THE "
            "VIOLENCE.  THE GUERRILLAS EXPRESSED THEIR SORROW BECAUSE OF THE KILLING OF SIX OF THEIR MEMBERS.")
    ms = [m for m in _mentions(pipeline, text) if text[m.start:m.end] == "KILLING"]
    assert len(ms) == 2 and all(m.lemma == "murder" and m.type == "armed_assault" and m.noun for m in ms)


def test_the_killing_of_people_in_general_tells_no_event(pipeline):
    text = "COCAINE USERS ARE CONTRIBUTING TO THE KILLING OF MY PEOPLE BY THE DRUG TRAFFICKING ORGANIZATION."
    assert not [m for m in _mentions(pipeline, text) if text[m.start:m.end] == "KILLING"]


def test_the_killing_of_priests_reported_from_abroad_is_an_incident_in_their_country(pipeline):
    from wirecoder.document import RawDocument

    rec = pipeline.process(RawDocument(source="wire", doc_id="KILLING", text=(
        "TEGUCIGALPA, 18 NOV 89 (ACAN-EFE) -- [TEXT] THE PRESIDENT CITED THE KILLING OF THE JESUIT PRIESTS IN "
        "SAN SALVADOR ON 16 NOVEMBER AS PROOF OF THE VIOLENCE IN THE NEIGHBORING COUNTRY.")))
    (inc,) = rec["incidents"]
    assert inc["location"]["country_code"] == "SV"
