"""The fast attribute ruler and lemmatizer give spaCy's own components' output, token for token."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from wirecoder import nlp
from wirecoder.ingest import iter_documents
from wirecoder.nlp.fast import FastAttributeRuler, FastEnglishLemmatizer, speed_up

REPORTS = Path(__file__).resolve().parents[1] / "extract" / "reports"
ATTRS = ("ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START")


def _model():
    for name in nlp.MODEL_PACKAGES:
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    pytest.skip("no en_core_web_sm package")


@pytest.fixture(scope="module")
def stock():
    """spaCy's pipeline as shipped, with wirecoder's two light components but not the fast stand-ins."""
    m = _model().load()
    nlp.load()   # registers wirecoder's components
    m.add_pipe("wirecoder_paragraphs", before="parser")
    m.add_pipe("wirecoder_no_tensor", last=True)
    return m


def _texts(muc4) -> list[str]:
    from wirecoder.clean import clean

    wire = [nlp.analysis_text(clean(r).text) for r in iter_documents([muc4 / "dev" / "tst1-muc3"])][:12]
    modern = [p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))]
    assert wire and modern
    return wire + modern + [t.lower() for t in modern[:2]] + ["I'd say y'all ain't gonna get there, c'mon."]


def test_the_loaded_pipeline_uses_the_fast_components():
    n = nlp.load()
    assert type(n.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert type(n.get_pipe("lemmatizer")) is FastEnglishLemmatizer


def test_same_analysis_as_spacy_on_wire_and_modern_reports(stock, muc4):
    texts = _texts(muc4)
    fast = nlp.load()
    for a, b in zip(fast.pipe(texts, batch_size=4), stock.pipe(texts, batch_size=4)):
        assert (a.to_array(list(ATTRS)) == b.to_array(list(ATTRS))).all()
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert a.to_bytes() == b.to_bytes()


def test_lemmas_of_words_seen_for_the_first_time(stock):
    # words the fast lemmatizer has not met yet in this process: its tables, not its cache, answer
    text = "The insurgents were ambushing convoys; two bridges had been dynamited and the mayors kidnapped."
    a, b = nlp.load()(text), stock(text)
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert [t.lemma_ for t in a if t.text in ("ambushing", "bridges", "dynamited", "mayors")] == \
        ["ambush", "bridge", "dynamite", "mayor"]


def test_a_rule_added_later_is_applied():
    m = _model().load()
    speed_up(m)
    ruler = m.get_pipe("attribute_ruler")
    assert type(ruler) is FastAttributeRuler
    assert m("A bomb exploded.")[1].lemma_ == "bomb"
    ruler.add([[{"LOWER": "bomb"}]], {"LEMMA": "explosive"})
    assert m("A bomb exploded.")[1].lemma_ == "explosive"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["the", "The", "it", "I", "me", "'d", "ai", "n't", "gon", "na", "there", "is", "was", "has", "had", "did",
     "been", "being", "not", "that", "if", "guerrillas", "Killed", "bombs", "army", "her", "his", "its", "y'",
     "all", "let", "'s", ",", ".", "\n\n", "  ", "-", "Lima", "ATTACKED", "got", "gets", "ta", "nothin'"]),
    min_size=1, max_size=25))
def test_same_analysis_as_spacy_on_word_salad(stock, words):
    text = " ".join(words)
    a, b = nlp.load()(text), stock(text)
    assert a.to_bytes() == b.to_bytes()
