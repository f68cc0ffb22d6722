"""Fixtures shared by the extractor tests."""

import pytest

from wirecoder import nlp


@pytest.fixture
def span_of(pipeline):
    """``span_of(text, words)``: the spaCy span of ``words`` (their first occurrence) in ``text`` as the pipeline
    parses it, for tests of one rule on one phrase."""
    def span(text: str, words: str):
        sdoc = pipeline.nlp(nlp.analysis_text(text))
        start = text.index(words)
        return sdoc.char_span(start, start + len(words), alignment_mode="expand")
    return span
