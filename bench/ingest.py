"""Documents per second of ``ingest`` into SQLite and into PostgreSQL, as a table.

Two measures on the same MUC-4 dev messages (200 by default):

* **ingest**: ``wirecoder.store.ingest.ingest`` as ``wirecoder ingest`` runs it
  (read, clean, spaCy, extract, store, one transaction per document), then the
  cross-document merge (``merge_all``), timed apart;
* **store only**: ``Store.save_record`` of records extracted beforehand, which
  is the database's share of the work.

PostgreSQL is a throw-away server started on 127.0.0.1 the way
``tests/store/conftest.py`` does (Debian's ``postgresql``, or
``WIRECODER_TEST_PG_URL``); without one the PostgreSQL rows are skipped with a
message.

Usage: ``python bench/ingest.py [--limit 200]``.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from wirecoder.paths import muc4_dir
from wirecoder.store import Store
from wirecoder.store.db import content_hash, metadata
from wirecoder.store.pgtemp import NO_SERVER, throwaway_postgres


@contextlib.contextmanager
def postgres():
    """A URL of an empty PostgreSQL database, or None (with the reason printed)."""
    with throwaway_postgres("wirecoder_bench") as url:
        if url is None:
            print(f"PostgreSQL skipped: {NO_SERVER}", file=sys.stderr)
        yield url


def _empty(store: Store) -> None:
    from sqlalchemy import text

    with store.engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS meta"))
    store.engine.dispose()


def measure(url: str, files: list[Path], raws: list, records: list, pipeline) -> dict:
    from wirecoder.store.ingest import ingest
    from wirecoder.store.merge import merge_all

    store = Store.open(url)
    t0 = time.perf_counter()
    counts = ingest(store, files, pipeline=pipeline)
    t_ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = merge_all(store)
    t_merge = time.perf_counter() - t0
    _empty(store)
    store = Store.open(url)
    t0 = time.perf_counter()
    for raw, rec in zip(raws, records):
        store.save_record(rec, source=raw.source, kind=raw.kind, chash=content_hash(raw.text, raw.kind), run_id=None)
    t_store = time.perf_counter() - t0
    _empty(store)
    n = counts["docs_new"]
    return {"docs": n, "ingest": n / t_ingest, "merge_s": t_merge, "summary": result.summary,
            "store": len(records) / t_store}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=200, help="How many MUC-4 dev messages (default 200).")
    args = ap.parse_args(argv)

    from wirecoder.ingest import iter_documents
    from wirecoder.pipeline import Pipeline
    from wirecoder.schema import Failure

    src = [muc4_dir() / "dev" / "tst1-muc3", muc4_dir() / "dev" / "tst2-muc4"]
    raws = [r for r in iter_documents(src) if not isinstance(r, Failure)][: args.limit]
    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    files = []
    for r in raws:  # one file per message, so that --limit holds for ingest too
        p = tmp / f"{r.doc_id}.txt"
        p.write_text(r.text, encoding="utf-8")
        files.append(p)
    pipeline = Pipeline()
    t0 = time.perf_counter()
    pairs = [(raw, rec) for raw, rec in pipeline.pipe([r for r in iter_documents(files)]) if isinstance(rec, dict)]
    fraws, records = [p[0] for p in pairs], [p[1] for p in pairs]
    extract_rate = len(files) / (time.perf_counter() - t0)

    rows = [("SQLite (WAL, file)", measure(f"sqlite:///{tmp / 'bench.db'}", files, fraws, records, pipeline))]
    with postgres() as url:
        if url:
            rows.append(("PostgreSQL (local server)", measure(url, files, fraws, records, pipeline)))
    shutil.rmtree(tmp, ignore_errors=True)

    print(f"{len(files)} MUC-4 dev messages, 2 CPU cores; extraction alone (Pipeline.pipe, no database): "
          f"{extract_rate:.1f} docs/s\n")
    print("| database | ingest (extract + store), docs/s | then merge_all, s | store only (save_record), docs/s |")
    print("| --- | --- | --- | --- |")
    for name, r in rows:
        print(f"| {name} | {r['ingest']:.1f} | {r['merge_s']:.2f} ({r['summary']}) | {r['store']:.0f} |")
    if len(rows) == 1:
        print("| PostgreSQL | skipped: no server (see above) | | |")


if __name__ == "__main__":
    main()
