"""A victim leader's type follows what the leader leads (``lexicon.role_type``, ``fields._victims``)."""

from wirecoder.document import RawDocument


def test_union_and_student_leaders_are_civilians_party_leaders_political(pipeline):
    # the type of leaders follows what they lead (MUC-4 train keys: union, labor, student leaders CIVILIAN)
    kinds = {}
    for who in ("union", "student", "opposition"):
        rec = pipeline.process(RawDocument(source="wire", doc_id="VN-L", text=(
            f"MEDELLIN, 4 MAY 90 (EFE) -- Gunmen killed three {who} leaders in Medellin yesterday, police said.")))
        [victim] = [h for inc in rec["incidents"] for h in inc["targets"]["human"]]
        kinds[who] = victim["type"]
    assert kinds == {"union": "civilian", "student": "civilian", "opposition": "political_figure"}
