"""The main job: read documents, extract their records, store them, one transaction each.

A document whose content hash is already stored is skipped before extraction
(re-ingesting changes nothing); a changed document replaces its old records; a
document that cannot be read or extracted is quarantined with its reason and
retried by ``--retry-failed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.schema import Failure
from wirecoder.store.db import Store, content_hash


def failure_path(source: str) -> Path:
    """The file behind a failure's source (``path``, ``path:LINE`` or ``path#MESSAGE-ID``)."""
    return Path(re.sub(r"(?::\d+|#[A-Z0-9\-]+)$", "", source))


def ingest(store: Store, paths: Iterable[str | Path], *, pipeline=None, retry_failed: bool = False,
           command: str = "ingest", on_progress: Callable[[], None] | None = None) -> dict:
    """Ingest ``paths`` (and, with ``retry_failed``, the quarantined sources) into ``store``."""
    from wirecoder.ingest import iter_documents

    paths = [Path(p) for p in paths]
    if retry_failed:
        for f in store.open_failures():
            p = failure_path(f["source"])
            if p not in paths:
                paths.append(p)
    run_id = store.start_run(command)
    counts = {"docs_new": 0, "docs_unchanged": 0, "docs_replaced": 0, "docs_failed": 0, "incidents": 0}
    hashes: dict[str, str] = {}

    def to_extract() -> Iterator[RawDocument | Failure]:
        for item in iter_documents(paths):
            if isinstance(item, Failure):
                yield item
                continue
            h = content_hash(item.text, item.kind)
            if store.document_hash(item.doc_id) == h:
                counts["docs_unchanged"] += 1
                store.resolve_failure(item.source)
                if on_progress:
                    on_progress()
                continue
            hashes[item.doc_id] = h
            yield item

    if pipeline is None:
        from wirecoder.pipeline import Pipeline

        pipeline = Pipeline()
    for raw, result in pipeline.pipe(to_extract()):
        if isinstance(result, Failure):
            store.record_failure(result.source, result.reason, result.doc_id, run_id)
            counts["docs_failed"] += 1
        else:
            state = store.save_record(result, source=raw.source, kind=raw.kind, chash=hashes[raw.doc_id],
                                      run_id=run_id)
            store.resolve_failure(raw.source)
            counts["docs_new" if state == "new" else "docs_replaced"] += 1
            counts["incidents"] += len(result["incidents"])
        if on_progress:
            on_progress()
    store.finish_run(run_id, counts)
    return counts
