"""``find_dates`` searches lower-cased text case-sensitively: the same spans as the case-insensitive search."""

import re

from hypothesis import given, settings, strategies as st

from wirecoder.ingest import iter_documents
from wirecoder.normalize import dates as D


def _reference(text: str) -> list[tuple[int, int]]:
    """The spans as found before: ``re.IGNORECASE`` over the text as it is."""
    out = []
    for m in D._FIND.finditer(text):
        s, e = m.span()
        if e - s < 3 or re.search(r"(?i)\bmay$", text[s:e].strip()) and not re.search(r"\d", text[s:e]):
            continue
        out.append((s, e))
    return out


def test_finds_wire_and_modern_dates():
    text = "SAN SALVADOR, 3 JAN 90 -- ON THE NIGHT OF 16 TO 17 NOVEMBER... Two days ago, in May 2014, they MAY go."
    spans = [text[s:e] for s, e in D.find_dates(text)]
    assert "3 JAN 90" in spans and "Two days ago" in spans and any("16 TO 17 NOVEMBER" in s for s in spans)
    assert "MAY" not in spans
    assert D.find_dates(text) == _reference(text)


def test_same_spans_as_the_case_insensitive_search_on_muc4(muc4):
    texts = [r.text for r in iter_documents([muc4 / "dev" / "tst1-muc3"])][:60]
    assert texts
    found = 0
    for text in texts:
        spans = D.find_dates(text)
        assert spans == _reference(text)
        found += len(spans)
    assert found > 100


def test_letters_that_ignorecase_equates_with_ascii_ones():
    # the long s and the Kelvin sign match "s" and "k" case-insensitively; dotted capital I lower-cases
    # to two characters: such text is searched as it is
    for text in ("3 \u017feptember 1990", "in 2014 \u212a 3 june", "\u0130n 1989 and 3 june 1990", "\u0131n 1989"):
        assert D.find_dates(text) == _reference(text)
    assert D.find_dates("3 \u017feptember 1990") == [(0, 16)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["3", "17", "1989", "'90", "JAN", "june", "Sept.", "MAY", "may", "night", "of", "to", "-",
                     "the", "in", "during", "late", "SUMMER", "ago", "two", "days", "LAST", "tuesday", "today",
                     "yesterday", "this", "morning", "\u017f", "\u212a", "\u0130", "\u0131", "\u00c9", "\u2013", ","]),
    st.text(max_size=3)), max_size=30), st.sampled_from([" ", "  ", "\n", ""]))
def test_same_spans_as_the_case_insensitive_search(words, sep):
    text = sep.join(words)
    assert D.find_dates(text) == _reference(text)
