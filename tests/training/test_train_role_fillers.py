"""The role-filler classifier's training labels: a candidate fills a role when its words, or for a target or
a victim description the words the extractor writes for it without its count, are a key string."""

import pytest

from wirecoder.evaluate.scoring import norm

pytest.importorskip("sklearn", reason="training needs the train extra")


def test_a_counted_target_is_labelled_by_the_words_written_for_it(training_script):
    mod = training_script("train_role_fillers")
    from wirecoder import nlp as wnlp
    from wirecoder.extract.candidates import candidates

    text = "Terrorists burned two vehicles and killed three peasants near Medellin."
    doc = wnlp.load()(text)
    gold = {r: set() for r in ("Victim", "VictimDesc", "Target", "PerpOrg", "PerpInd", "Weapon")}
    gold["Target"] = {norm("VEHICLES")}
    gold["VictimDesc"] = {norm("PEASANTS")}
    gold["PerpInd"] = {norm("TERRORISTS")}
    labels = {c.text: mod.label_of(c, gold, doc, text) for c in candidates(doc, text)}
    assert labels["two vehicles"] == "Target" and labels["three peasants"] == "VictimDesc"
    assert labels["Terrorists"] == "PerpInd"
    # without the extractor's words, only the candidates that are the key's words themselves
    counted = {c.text: mod.label_of(c, gold, doc, text, uncounted=False) for c in candidates(doc, text)}
    assert counted["two vehicles"] == "none" and counted["Terrorists"] == "PerpInd"
