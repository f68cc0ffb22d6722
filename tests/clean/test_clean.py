"""Cleaning keeps provenance; datelines and publication dates are found."""

from __future__ import annotations

import pytest

from wirecoder.clean import clean
from wirecoder.document import RawDocument
from wirecoder.ingest import iter_documents


def test_expressen_boilerplate_removed_and_recorded(shared_examples):
    (raw,) = list(iter_documents([shared_examples / "expressen-2017-10-13.txt"]))
    doc = clean(raw)
    assert "Foto:" not in doc.text
    assert "MORE TO READ" not in doc.text
    assert "Translator:" not in doc.text
    kinds = [r["kind"] for r in doc.removed]
    assert kinds.count("photo_credit") == 4 and kinds.count("teaser") == 2 and "translator" in kinds
    for r in doc.removed:  # nothing lost: every removed piece points into the raw text
        s, e = r["span"]
        assert raw.text[s:e] == r["text"]
    assert "sleeper cells are awaiting orders" in doc.text
    assert doc.published["value"] == "2017-10-13"
    s, e = doc.published["span"]
    assert doc.text[s:e] == doc.published["text"] and doc.published["text"].startswith("13 okt 2017")


@pytest.mark.parametrize("head,place,date,source", [
    ("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY", "GUATEMALA CITY", "1990-02-04", "ACAN-EFE"),
    ("SAN SALVADOR, 18 FEB 90 (DPA) -- [TEXT] HEAVY FIGHTING", "SAN SALVADOR", "1990-02-18", "DPA"),
    ("LIMA (PERU), 12 JAN 90 (EFE) -- [TEXT] A BOMB", "LIMA", "1990-01-12", "EFE"),
    ("BOGOTA, 18 APRIL 89 (AFP) -- [TEXT] MULTI-PARTY TALKS", "BOGOTA", "1989-04-18", "AFP"),
    ("PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] DEPORTED", "PERTH", "1989-06-11", "AFP"),
    ("BEIRUT, Nov 12 (Reuters) - Two suicide bombers blew themselves up", "BEIRUT", None, "Reuters"),
])
def test_datelines(head, place, date, source):
    doc = clean(RawDocument("x", head, "test"))
    dl = doc.dateline
    assert dl is not None and dl.place == place and dl.source == source
    if date:
        assert dl.date == date and doc.published["value"] == date
        s, e = dl.date_span
        assert doc.published["span"] == [s, e]
    s, e = dl.place_span
    assert doc.text[s:e] == place


def test_clandestine_dateline_has_no_place():
    doc = clean(RawDocument("x", "CLANDESTINE, 5 MAY 89 (RADIO VENCEREMOS) -- [TEXT] THE FMLN", "test"))
    assert doc.dateline.place is None and doc.dateline.date == "1989-05-05"


def test_every_muc4_dateline_parses(muc4):
    docs = list(iter_documents(sorted((muc4 / "train").glob("dev-muc3-*")) + [muc4 / "dev" / "tst1-muc3",
                                                                            muc4 / "dev" / "tst2-muc4"]))
    assert len(docs) == 1500
    with_dateline = sum(1 for d in docs if clean(d).dateline is not None)
    assert with_dateline >= 1495


@pytest.mark.parametrize("line,value", [
    ("Publicerad 13 okt 2017 kl 18.10", "2017-10-13"),
    ("Published: 5 March 2021", "2021-03-05"),
    ("Veröffentlicht: 3. Juni 2019", "2019-06-03"),
    ("Publié le 14 juillet 2016", "2016-07-14"),
])
def test_publication_lines_in_several_languages(line, value):
    doc = clean(RawDocument("x", f"A headline\n\n{line}\n\nA bomb exploded.", "test"))
    assert doc.published["value"] == value


def test_nothing_left_is_an_error():
    with pytest.raises(ValueError, match="nothing left"):
        clean(RawDocument("x", "Foto: Someone / AP\n", "test"))
