"""Candidates read the Doc through a token table: the same attributes, noun chunks and spans as spaCy's
``Token`` and ``Doc.noun_chunks`` give, on wire text and on modern news."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder import nlp
from wirecoder.extract.candidates import _noun_chunks, candidates
from wirecoder.extract.fields import TokenTable, trim_indices, trim_span

REPORTS = Path(__file__).resolve().parent / "reports"


@pytest.fixture(scope="module")
def docs(pipeline, muc4):
    from wirecoder.clean import clean
    from wirecoder.ingest import iter_documents

    wire = [clean(r) for r in iter_documents([muc4 / "dev" / "tst1-muc3"])][:8]
    texts = [d.text for d in wire] + [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))][:4]
    return list(zip(texts, pipeline.nlp.pipe([nlp.analysis_text(t) for t in texts])))


def test_token_table_reads_what_tokens_read(docs):
    for _, sdoc in docs:
        t = TokenTable(sdoc)
        assert len(t.lower) == len(sdoc) > 50
        for tok in sdoc:
            i = tok.i
            assert (t.lemma_lower[i], t.lower[i], t.dep[i], t.ent_type[i], t.pos[i], t.tag[i], t.shape[i]) == \
                (tok.lemma_.lower(), tok.lower_, tok.dep_, tok.ent_type_, tok.pos_, tok.tag_, tok.shape_)
            assert (t.head[i], t.is_punct[i], t.is_space[i], t.idx[i], t.length[i]) == \
                (tok.head.i, tok.is_punct, tok.is_space, tok.idx, len(tok.text))


def test_noun_chunks_and_trimmed_spans_as_spacy_gives_them(docs):
    n = 0
    for _, sdoc in docs:
        t = TokenTable(sdoc)
        chunks = [(c.start, c.end) for c in sdoc.noun_chunks]
        assert _noun_chunks(sdoc, t) == chunks
        for s, e in chunks:
            assert trim_indices(t, list(range(s, e))) == trim_span(sdoc[s:e])
        n += len(chunks)
    assert n > 300


def test_candidate_features_tell_the_attack_that_governs_them(docs):
    text = "Guerrillas attacked the farm of the mayor. The army said the farm was burned by rebels."
    sdoc = nlp.load()(text)
    cands = [(c.text, c.features) for c in candidates(sdoc, text)]
    feats = dict(cands)
    assert "gtrig=attack|nsubj" in feats["Guerrillas"] and "sent_trig" in feats["Guerrillas"]
    burned = [f for w, f in cands if w == "farm" and "headdep=nsubjpass" in f]
    assert burned and "passive" in burned[0] and "gtrig=burn|nsubjpass" in burned[0]
    assert "prep=by" in feats["rebels"] and "pgov=by|burn" in feats["rebels"]
    # every wire document has candidates, after its dateline only
    for text, sdoc in docs[:8]:
        cs = candidates(sdoc, text, start_at=40)
        assert cs and all(c.start >= 40 and text[c.start:c.end] == c.text for c in cs)


def test_span_text_is_the_spans_text(docs):
    from wirecoder.extract.fields import span_text

    n = 0
    for _, sdoc in docs:
        for span in list(sdoc.sents) + list(sdoc.ents) + list(sdoc.noun_chunks):
            assert span_text(span) == span.text
            n += 1
    assert n > 500
