"""The shipped role-filler model, and a training smoke test."""

from __future__ import annotations

import numpy as np
import pytest

from wirecoder.extract.candidates import candidates
from wirecoder.extract.learned import MODEL_PATH, ROLES, RoleFillerModel, default_model


@pytest.fixture(scope="module")
def dev_docs(pipeline, muc4):
    from wirecoder import nlp
    from wirecoder.clean import clean
    from wirecoder.ingest import iter_documents

    raws = {r.doc_id: r for r in iter_documents([muc4 / "dev" / "tst1-muc3"])}
    out = {}
    for mid in ("TST1-MUC3-0002", "TST1-MUC3-0049"):
        doc = clean(raws[mid])
        out[mid] = (doc, nlp.analyse(pipeline.nlp, doc))
    return out


def _predicted(model, doc, sdoc):
    return {(role, c.text.replace("\n", " ")) for role, c, _ in
            model.predict(candidates(sdoc, doc.text, start_at=doc.dateline.end))}


def test_shipped_model_loads_and_is_small():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 100e6
    assert default_model() is not None


def test_shipped_model_finds_key_fillers(dev_docs):
    model = default_model()
    pred = _predicted(model, *dev_docs["TST1-MUC3-0002"])
    # key: PHYS TGT "ELECTRIC POWER SUBSTATION"
    assert ("Target", "ELECTRIC POWER SUBSTATION") in pred
    pred = _predicted(model, *dev_docs["TST1-MUC3-0049"])
    # key: HUM TGT NAME "BERNARDO JARAMILLO OSSA"; targets include "POWER SUBSTATION" and "POWER PYLON"
    assert ("Victim", "BERNARDO JARAMILLO OSSA") in pred
    targets = {text for role, text in pred if role == "Target"}
    assert "POWER SUBSTATION" in targets and "POWER PYLON" in targets
    assert not any(role == "Victim" and "SUBSTATION" in text for role, text in pred)


def test_training_smoke(tmp_path, muc4, training_script):
    """A few documents: the fitted model beats the prior on its own data, and saves and loads."""
    pytest.importorskip("sklearn")
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    mod = training_script("train_role_fillers")
    rows, y, _ = mod.build(sorted((muc4 / "train").glob("dev-muc3-*"))[:1],
                           sorted((muc4 / "train").glob("key-dev-*.muc4"))[:1], limit=25)
    assert len(rows) > 500 and (y > 0).sum() > 10
    from wirecoder.extract.learned import rows_to_matrix

    x = rows_to_matrix(rows)
    prior = np.bincount(y, minlength=len(ROLES)) / len(y)
    clf = LogisticRegression(C=0.5, max_iter=200, random_state=0).fit(x, y)
    before = log_loss(y, np.tile(prior[clf.classes_], (len(y), 1)), labels=clf.classes_)
    after = log_loss(y, clf.predict_proba(x), labels=clf.classes_)
    assert after < before
    coef = np.zeros((len(ROLES), x.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(ROLES), dtype=np.float32)
    for i, k in enumerate(clf.classes_):
        coef[k], intercept[k] = clf.coef_[i], clf.intercept_[i]
    path = tmp_path / "m.npz"
    RoleFillerModel(coef, intercept, np.full(len(ROLES), 0.5, dtype=np.float32)).save(path)
    loaded = RoleFillerModel.load(path)
    probs = loaded.probabilities(rows[:50])
    assert probs.shape == (50, len(ROLES)) and np.allclose(probs.sum(axis=1), 1, atol=1e-3)
    np.testing.assert_allclose(probs, clf.predict_proba(x[:50])[:, np.argsort(clf.classes_)] if len(clf.classes_) == len(ROLES)
                               else probs, atol=2e-2)
