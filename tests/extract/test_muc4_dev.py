"""The extractor over the MUC-4 dev texts: a record for every message, and relevance."""

from __future__ import annotations

import pytest

from wirecoder.ingest import iter_documents
from wirecoder.schema import validate_record


@pytest.fixture(scope="module")
def dev(pipeline, muc4):
    from wirecoder.evaluate.muc4_keys import read_keys

    texts = [muc4 / "dev" / "tst1-muc3", muc4 / "dev" / "tst2-muc4"]
    raws = list(iter_documents(texts))
    results = list(pipeline.pipe(raws))
    keys = {}
    for f in ("key-tst1.v7", "key-tst2.v4"):
        for msg_id, templates in read_keys(muc4 / "dev" / f).items():
            keys[msg_id] = templates
    return raws, results, keys


def test_a_valid_record_for_every_message(dev):
    raws, results, _ = dev
    assert len(raws) == 200
    records = [r for _, r in results if isinstance(r, dict)]
    assert len(records) == 200
    for rec in records:
        assert validate_record(rec) == [], rec["doc_id"]


def _relevant(templates) -> bool:
    return any(t.is_relevant for t in templates)


def test_irrelevant_messages_mostly_yield_no_incident(dev):
    _, results, keys = dev
    by_id = {r["doc_id"]: r for _, r in results if isinstance(r, dict)}
    irrelevant = [d for d, t in keys.items() if not _relevant(t)]
    assert len(irrelevant) > 40
    quiet = sum(1 for d in irrelevant if not by_id[d]["incidents"])
    assert quiet / len(irrelevant) >= 0.6, f"{quiet} of {len(irrelevant)} irrelevant messages yield nothing"


def test_relevant_messages_mostly_yield_incidents(dev):
    _, results, keys = dev
    by_id = {r["doc_id"]: r for _, r in results if isinstance(r, dict)}
    relevant = [d for d, t in keys.items() if _relevant(t)]
    found = sum(1 for d in relevant if by_id[d]["incidents"])
    assert found / len(relevant) >= 0.75, f"{found} of {len(relevant)} relevant messages yield incidents"
