"""One physical target told by two names in an incident is one target (extract/target_names.py)."""

from wirecoder.document import RawDocument
from wirecoder.extract.target_names import name_words, same_target

ALIAS = ("SAN SALVADOR, 22 JUL 89 (RADIO VENCEREMOS) -- [TEXT] A BOMB EXPLODED AT DAYBREAK TODAY AT THE CENTRAL "
         "AMERICAN UNIVERSITY [UCA] IN SAN SALVADOR, DAMAGING ITS PRINTING PRESS.\n\n"
         "   THE ATTACK ON THE UCA WAS CONDEMNED BY THE ARCHBISHOP.")
REORDERED = ("SANTIAGO, 14 NOV 89 (EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE U.S.-CHILEAN CULTURAL INSTITUTE "
             "IN SANTIAGO.\n\n"
             "   THE BOMB PLACED AT THE CHILEAN-U.S. CULTURAL INSTITUTE CAUSED DAMAGE BUT NO VICTIMS.")


def _targets(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-T", text=text))
    return [t for inc in rec["incidents"] for t in inc["targets"]["physical"]]


def test_the_short_name_in_brackets_is_the_same_target(pipeline):
    targets = _targets(pipeline, ALIAS)
    assert [t["text"] for t in targets] == ["CENTRAL AMERICAN UNIVERSITY"], targets
    assert any(m["text"] == "UCA" for m in targets[0].get("mentions", [])), targets


def test_the_same_words_in_another_order_are_the_same_target(pipeline):
    targets = _targets(pipeline, REORDERED)
    assert len(targets) == 1 and "CULTURAL INSTITUTE" in targets[0]["text"], targets


def test_names_that_differ_in_a_word_or_repeat_exactly_stay_apart():
    text = "THE PRC EMBASSY AND THE USSR EMBASSY."
    prc, ussr = {"text": "PRC EMBASSY", "span": [4, 15]}, {"text": "USSR EMBASSY", "span": [24, 36]}
    assert not same_target(prc, ussr, text)
    # two things of one kind told by the same words ("electricity poles" in two towns)
    assert not same_target({"text": "ELECTRICITY POLES", "span": [0, 17]},
                           {"text": "ELECTRICITY POLES", "span": [40, 57]}, text)
    assert name_words("THE EMBASSIES OF THE PRC") == name_words("PRC EMBASSY")


UNTOLD = ("SAN SALVADOR, 26 MAY 89 (ACAN-EFE) -- [TEXT] GUERRILLAS KILLED TWO SOLDIERS IN SOYAPANGO LAST NIGHT.\n\n"
          "   THE POLICE SAID THAT THE CAR THAT APPEARS IN THE PICTURES OF BOTH NEWSPAPERS BELONGS TO THE "
          "INVESTIGATIVE POLICE.")
ATTACKED_ELSEWHERE = ("SAN SALVADOR, 26 MAY 89 (ACAN-EFE) -- [TEXT] GUERRILLAS KILLED TWO SOLDIERS IN SOYAPANGO LAST "
                      "NIGHT.\n\n"
                      "   URBAN COMMANDO UNITS ALSO STAGED SIMULTANEOUS ATTACKS ON THE 1ST INFANTRY BRIGADE "
                      "HEADQUARTERS AND THE NATIONAL POLICE HEADQUARTERS AT 1830 ON THURSDAY.")


def test_a_learned_thing_no_sentence_tells_attacked_or_damaged_is_no_target(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-T", text=UNTOLD))
    assert rec["incidents"], rec
    assert any("SOLDIERS" in h["text"] for inc in rec["incidents"] for h in inc["targets"]["human"])
    assert not [t for inc in rec["incidents"] for t in inc["targets"]["physical"]]


def test_a_learned_target_told_attacked_in_another_sentence_is_kept(pipeline):
    targets = _targets(pipeline, ATTACKED_ELSEWHERE)
    assert any("POLICE HEADQUARTERS" in t["text"] for t in targets), targets
