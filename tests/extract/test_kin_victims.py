"""A relative of someone is a victim the rules read (``lexicon.HUMAN_TARGET_TYPES`` kin nouns)."""

from wirecoder.document import RawDocument


def _victims(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="KIN", text=text))
    return [(h["text"], h["type"], h.get("number")) for inc in rec["incidents"] for h in inc["targets"]["human"]]


def test_the_governors_brother_is_a_civilian_victim(pipeline):
    assert _victims(pipeline, "BOGOTA, 15 JUL 89 (EFE) -- [TEXT] GUNMEN KILLED THE BROTHER OF THE GOVERNOR OF "
                              "ANTIOQUIA IN MEDELLIN TODAY, POLICE REPORTED.") == [
        ("BROTHER OF THE GOVERNOR OF ANTIOQUIA", "civilian", 1)]


def test_a_relatives_age_is_no_count(pipeline):
    assert _victims(pipeline, "BOGOTA, 15 JUL 89 (EFE) -- [TEXT] GUNMEN WOUNDED A 15-YEAR-OLD NIECE OF THE MAYOR "
                              "IN MEDELLIN TODAY, POLICE REPORTED.") == [
        ("15-YEAR-OLD NIECE OF THE MAYOR", "civilian", 1)]
