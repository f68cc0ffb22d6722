"""How many datelines and publication dates a corpus yields: ``python -m wirecoder.clean.survey PATH...``.

Without paths it surveys MUC-4 train and dev (1,500 messages). Prints one
summary line per measure and the documents without a dateline; progress goes
to stderr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import track

from wirecoder.clean import clean
from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir
from wirecoder.schema import Failure


def survey(paths: list[Path]) -> dict:
    """Counts of documents, datelines, dated datelines, publication dates, failures and removed kinds."""
    counts: Counter = Counter()
    removed: Counter = Counter()
    missing: list[str] = []
    items = list(iter_documents(paths))
    for raw in track(items, description="cleaning", console=Console(stderr=True), transient=True):
        if isinstance(raw, Failure):
            counts["ingest failures"] += 1
            continue
        counts["documents"] += 1
        try:
            doc = clean(raw)
        except ValueError:
            counts["clean failures"] += 1
            continue
        removed.update(r["kind"] for r in doc.removed if r["kind"] != "blank_lines")
        if doc.dateline is None:
            missing.append(doc.doc_id)
            continue
        counts["datelines"] += 1
        counts["datelines with a date"] += bool(doc.dateline.date)
        counts["datelines with NO DATE"] += doc.dateline.date_text is None
        counts["publication dates"] += bool(doc.published)
    return {"counts": dict(counts), "removed": dict(removed), "without_dateline": missing}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [muc4_dir() / "train", muc4_dir() / "dev"]
    result = survey(paths)
    for k, v in result["counts"].items():
        print(f"{k}: {v}")
    print(f"removed lines: {result['removed'] or 'none'}")
    if result["without_dateline"]:
        print("without a dateline:", " ".join(result["without_dateline"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
