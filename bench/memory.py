"""Peak memory of a whole `wirecoder extract` run over the MUC-4 dev texts: the process and its spaCy workers.

    python bench/memory.py [--learned lr|both|...]

Polls the process tree every 0.2 s and prints the peak of the summed unique set sizes (psutil's USS: pages
that belong to one process only, so the workers' pages shared with the main process are not counted twice)
and the peak RSS of the largest process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from wirecoder.paths import muc4_dir


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learned", default=None, help="learned mode (default: the shipped default)")
    args = ap.parse_args()
    env = dict(os.environ)
    if args.learned:
        env["WIRECODER_LEARNED"] = args.learned
    dev = muc4_dir() / "dev"
    out = Path(tempfile.mkdtemp()) / "records.jsonl"
    cmd = [sys.executable, "-m", "wirecoder.cli", "extract", str(dev / "tst1-muc3"), str(dev / "tst2-muc4"), "-o", str(out)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    peak_uss = peak_rss = 0
    while proc.poll() is None:
        uss = 0
        for p in [root, *root.children(recursive=True)]:
            try:
                info = p.memory_full_info()
            except psutil.Error:
                continue
            uss += info.uss
            peak_rss = max(peak_rss, info.rss)
        peak_uss = max(peak_uss, uss)
        time.sleep(0.2)
    if proc.returncode:
        sys.exit(f"wirecoder extract failed with exit code {proc.returncode}")
    mode = args.learned or env.get("WIRECODER_LEARNED") or "default"
    print(f"learned mode {mode}: peak summed USS {peak_uss / 1e6:.0f} MB, largest process RSS {peak_rss / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
