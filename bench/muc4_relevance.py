"""How often the extractor's incident/no-incident decision agrees with the MUC-4 dev keys.

    python bench/muc4_relevance.py

A message is relevant when its key has a template; the extractor "fires" when
its record has at least one incident.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir
from wirecoder.pipeline import Pipeline


def main() -> None:
    d = muc4_dir() / "dev"
    keys = {**read_keys(d / "key-tst1.v7"), **read_keys(d / "key-tst2.v4")}
    pipe = Pipeline()
    fired = {}
    n_templates = n_incidents = 0
    for raw, rec in pipe.pipe(iter_documents([d / "tst1-muc3", d / "tst2-muc4"])):
        fired[rec["doc_id"]] = bool(rec["incidents"])
        n_incidents += len(rec["incidents"])
    rel = {m: any(t.is_relevant for t in ts) for m, ts in keys.items() if m in fired}
    n_templates = sum(sum(t.is_relevant for t in ts) for m, ts in keys.items() if m in fired)
    tp = sum(1 for m in rel if rel[m] and fired[m])
    fp = sum(1 for m in rel if not rel[m] and fired[m])
    fn = sum(1 for m in rel if rel[m] and not fired[m])
    tn = sum(1 for m in rel if not rel[m] and not fired[m])
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    t = Table("measure", "value", title="MUC-4 dev (200 messages): relevance")
    t.add_row("relevant messages with incidents", f"{tp}/{tp + fn} ({r:.0%})")
    t.add_row("irrelevant messages without incidents", f"{tn}/{tn + fp} ({tn / max(1, tn + fp):.0%})")
    t.add_row("message-level precision / recall / F1", f"{p:.1%} / {r:.1%} / {2 * p * r / max(1e-9, p + r):.1%}")
    t.add_row("incidents extracted / key templates", f"{n_incidents} / {n_templates}")
    Console().print(t)


if __name__ == "__main__":
    main()
