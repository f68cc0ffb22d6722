"""Compose the stages: ingest → clean → analyse → extract (find, fill, normalise) → record.

``Pipeline`` holds the loaded models (spaCy, gazetteer, learned extractors) and
turns ``RawDocument``s into record dicts. A document that fails in any stage
becomes a ``Failure`` naming the document and the reason; the batch goes on.

Analysis streams every document through one ``nlp.pipe``; with ``n_process``
above 1 spaCy spreads the parsing over that many processes (the extraction
stays in this one), which roughly doubles the documents per second on two
cores.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator

from wirecoder.document import RawDocument
from wirecoder.schema import Failure


def default_processes() -> int:
    return max(1, min(2, os.cpu_count() or 1))


class Pipeline:
    MIN_DOCS_PER_PROCESS = 25

    def __init__(self, *, batch_size: int = 16, n_process: int | None = None, learned: str | None = None):
        from wirecoder import nlp
        from wirecoder.extract import Extractor

        self.batch_size = batch_size
        self.n_process = default_processes() if n_process is None else n_process
        self.extractor = Extractor(learned)
        self.nlp = nlp.load(role_tagger=self.extractor.tagger is not None)

    def process(self, raw: RawDocument) -> dict:
        """One document to its record; raises ``ValueError`` for unusable input."""
        result = next(iter(self.pipe([raw], n_process=1)))[1]
        if isinstance(result, Failure):
            raise ValueError(str(result))
        return result

    def pipe(self, raws: Iterable[RawDocument | Failure], *,
             n_process: int | None = None) -> Iterator[tuple[RawDocument | None, dict | Failure]]:
        """Yield ``(raw, record)`` or ``(raw, Failure)`` for every input, in input order.

        Failures from ingest pass straight through as ``(None, failure)``.
        """
        from wirecoder import nlp
        from wirecoder.clean import clean

        pending: deque = deque()

        def texts() -> Iterator[str]:
            for raw in raws:
                if isinstance(raw, Failure):
                    pending.append((None, raw))
                    continue
                try:
                    cleaned = clean(raw)
                except ValueError as exc:
                    pending.append((raw, Failure(raw.source, str(exc), raw.doc_id)))
                    continue
                pending.append((raw, cleaned))
                yield nlp.analysis_text(cleaned.text)

        procs = self.n_process if n_process is None else n_process
        if isinstance(raws, (list, tuple)) and len(raws) < self.MIN_DOCS_PER_PROCESS * procs:
            procs = 1  # starting workers costs more than it saves on a few documents
        for sdoc in self.nlp.pipe(texts(), batch_size=self.batch_size, n_process=procs):
            while isinstance(pending[0][1], Failure):
                yield pending.popleft()
            raw, cleaned = pending.popleft()
            try:
                yield raw, self.extractor.extract(cleaned, sdoc)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                yield raw, Failure(raw.source, f"extraction failed: {type(exc).__name__}: {exc}", raw.doc_id)
        while pending:
            yield pending.popleft()
