"""bench/muc4_split_analysis.py reads the keys of the split the records come from: records of the training
split are analysed against the training keys (before, only dev keys were read and train records were skipped
in silence), and ``-v`` counts the under-split templates by type against the template their holder took."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "bench" / "muc4_split_analysis.py"


def _run(records: list[dict], tmp_path, *args):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return subprocess.run([sys.executable, str(SCRIPT), str(path), *args], capture_output=True, text=True,
                          cwd=REPO)


def test_train_records_are_read_against_the_train_keys(tmp_path, muc4):
    # DEV-MUC3-0001 has two relevant key templates (a kidnapping, an attack); a record with no incident misses both
    res = _run([{"doc_id": "DEV-MUC3-0001", "incidents": []}], tmp_path, "-v")
    assert res.returncode == 0, res.stderr
    assert "== DEV-MUC3-0001: 2 key templates, 0 incidents" in res.stdout
    assert res.stdout.strip().splitlines()[-1] == "{'no_incident': 2} unmatched key templates: 2"


def test_dev_records_alone_still_read_only_the_dev_keys(tmp_path, muc4):
    res = _run([{"doc_id": "TST1-MUC3-0048", "incidents": []}], tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "{'no_incident': 1} unmatched key templates: 1"
