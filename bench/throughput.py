"""Documents per second and peak memory: wirecoder's whole pipeline vs spaCy alone, MUC-4 dev texts.

    python bench/throughput.py [--limit N]

Both runs read the same 200 dev messages in this one process; spaCy alone is
``en_core_web_sm`` over the same texts (as they are, no case restoration). The CPU seconds of the
pipeline's run (this process / its spaCy worker processes, ``resource.getrusage``) are steadier than
wall-clock time on a shared machine.
"""

from __future__ import annotations

import argparse
import resource
import time

from rich.console import Console
from rich.table import Table

from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    d = muc4_dir() / "dev"
    raws = list(iter_documents([d / "tst1-muc3", d / "tst2-muc4"]))[: args.limit]
    from wirecoder import nlp
    from wirecoder.pipeline import Pipeline

    pipe = Pipeline()
    list(pipe.pipe(raws[:5]))  # warm caches and the gazetteer

    def cpu(who) -> float:
        r = resource.getrusage(who)
        return r.ru_utime + r.ru_stime

    cpu0 = (cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN))
    t = time.perf_counter()
    results = list(pipe.pipe(raws))
    wc = len(results) / (time.perf_counter() - t)
    cpu_main = cpu(resource.RUSAGE_SELF) - cpu0[0]
    cpu_workers = cpu(resource.RUSAGE_CHILDREN) - cpu0[1]   # the workers have ended and been waited for
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    spacy_nlp = nlp.load()
    speeds = {}
    for procs in (1, pipe.n_process):
        t = time.perf_counter()
        list(spacy_nlp.pipe([r.text for r in raws], batch_size=16, n_process=procs))
        speeds[procs] = len(raws) / (time.perf_counter() - t)
    table = Table("run", "documents", "docs/s", title="MUC-4 dev, this machine")
    table.add_row(f"wirecoder extract (whole pipeline, spaCy in {pipe.n_process} processes)", str(len(raws)),
                  f"{wc:.1f}")
    for procs, sp in speeds.items():
        table.add_row(f"spaCy en_core_web_sm alone, {procs} process(es)", str(len(raws)), f"{sp:.1f}")
        table.add_row(f"ratio wirecoder / spaCy alone ({procs})", "", f"{wc / sp:.2f}")
    table.add_row("wirecoder's CPU seconds: main process / spaCy workers / total", "",
                  f"{cpu_main:.1f} / {cpu_workers:.1f} / {cpu_main + cpu_workers:.1f}")
    table.add_row("peak memory: main process / largest spaCy worker (MB)", "", f"{peak_mb:.0f} / {child_mb:.0f}")
    Console().print(table)


if __name__ == "__main__":
    main()
