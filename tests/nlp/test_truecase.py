from hypothesis import given, settings, strategies as st

from wirecoder import nlp
from wirecoder.nlp.truecase import needs_restoring, restore

WIRE = ("   SAN SALVADOR, 18 FEB 90 (DPA) -- [TEXT] HEAVY FIGHTING RAGED LAST NIGHT IN NORTHWESTERN "
        "SAN SALVADOR WHEN MEMBERS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ATTACKED "
        "AN ELECTRIC POWER SUBSTATION.  COLONEL LUIS ARTURO ISAACS SAID THAT GUERRILLAS KILLED A "
        "PEASANT IN THE CITY OF FLORES.")


def test_restores_names_words_and_acronyms():
    out = restore(WIRE)
    assert len(out) == len(WIRE)
    assert "San Salvador" in out
    assert "[FMLN]" in out
    assert "Heavy fighting raged last night in northwestern San Salvador" in out
    assert "Luis Arturo Isaacs" in out
    assert "guerrillas killed a peasant" in out
    assert "Flores" in out


def test_spacy_finds_entities_in_wire_text_through_restoration():
    doc = nlp.load()(restore(WIRE))
    ents = {(e.text, e.label_) for e in doc.ents}
    assert any(t == "San Salvador" and lab == "GPE" for t, lab in ents)
    assert any("Isaacs" in t and lab == "PERSON" for t, lab in ents)


def test_mixed_case_text_is_left_alone():
    text = "Five people are killed in the attack on Drottninggatan in Stockholm."
    assert not needs_restoring(text)
    assert nlp.analysis_text(text) == text
    assert needs_restoring(WIRE)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("Lu", "Ll", "Nd", "P", "Zs", "Cc")), max_size=300))
def test_restoration_never_moves_an_offset(text):
    out = restore(text.upper())
    assert len(out) == len(text.upper())
    assert out.lower() == text.upper().lower()


def _regex_spans(low):
    from wirecoder.nlp.truecase import _multi_pattern

    return [m.span() for m in _multi_pattern().finditer(low)]


def test_multi_word_names_found_as_the_alternation_finds_them(muc4):
    from wirecoder.ingest import iter_documents
    from wirecoder.nlp.truecase import _multi_spans

    texts = [r.text.lower() for r in iter_documents([muc4 / "dev" / "tst1-muc3"])][:60]
    found = 0
    for low in texts:
        spans = _multi_spans(low)
        assert spans == _regex_spans(low)
        found += len(spans)
    assert found > 20
    low = "in san salvador, washington d.c.x and washington d.c. today; san salvadoran"
    assert [low[s:e] for s, e in _multi_spans(low)] == ["san salvador", "washington d.c."]
    assert _multi_spans(low) == _regex_spans(low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["san", "salvador", "san salvador", "washington", "d.c.", "el", "la",
                                           "paz", "la paz", "de", "x", "_", "1", "'la", "cantuta'", "\u00e9"]),
                          st.text(max_size=2)), max_size=20))
def test_multi_word_names_found_as_the_alternation_finds_them_anywhere(words):
    from wirecoder.nlp.truecase import _multi_spans

    low = " ".join(words).lower()
    assert _multi_spans(low) == _regex_spans(low)
