"""Compose the stages: ingest → clean → analyse → extract (find, fill, normalise) → record.

``Pipeline`` holds the loaded models (spaCy, gazetteer, learned extractors) and
turns ``RawDocument``s into record dicts. A document that fails in any stage
becomes a ``Failure`` naming the document and the reason; the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wirecoder.document import RawDocument
from wirecoder.schema import Failure


class Pipeline:
    def __init__(self, *, batch_size: int = 32):
        from wirecoder import nlp
        from wirecoder.extract import Extractor

        self.batch_size = batch_size
        self.nlp = nlp.load()
        self.extractor = Extractor()

    def process(self, raw: RawDocument) -> dict:
        """One document to its record; raises ``ValueError`` for unusable input."""
        result = next(iter(self.pipe([raw])))[1]
        if isinstance(result, Failure):
            raise ValueError(str(result))
        return result

    def pipe(self, raws: Iterable[RawDocument | Failure]) -> Iterator[tuple[RawDocument | None, dict | Failure]]:
        """Yield ``(raw, record)`` or ``(raw, Failure)`` for every input, in order.

        Failures from ingest pass straight through as ``(None, failure)``.
        """
        from wirecoder import nlp
        from wirecoder.clean import clean

        batch: list[tuple[RawDocument, object]] = []

        def flush():
            ok = [(r, c) for r, c in batch if not isinstance(c, Failure)]
            docs = nlp.analyse_many(self.nlp, [c for _, c in ok], batch_size=self.batch_size)
            analysed = dict(zip((id(c) for _, c in ok), docs))
            for r, c in batch:
                if isinstance(c, Failure):
                    yield r, c
                    continue
                try:
                    yield r, self.extractor.extract(c, analysed[id(c)])
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                    yield r, Failure(r.source, f"extraction failed: {type(exc).__name__}: {exc}", r.doc_id)
            batch.clear()

        for raw in raws:
            if isinstance(raw, Failure):
                yield None, raw
                continue
            try:
                cleaned = clean(raw)
            except ValueError as exc:
                cleaned = Failure(raw.source, str(exc), raw.doc_id)
            batch.append((raw, cleaned))
            if len(batch) >= self.batch_size:
                yield from flush()
        if batch:
            yield from flush()
