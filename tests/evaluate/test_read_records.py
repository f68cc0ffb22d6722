"""A records.jsonl that is missing or not JSON lines ends in one line naming it, in the package reader and in
the bench scripts that read one (``evaluate.muc4_eval.read_records``)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirecoder.evaluate.muc4_eval import read_records

REPO = Path(__file__).resolve().parents[2]


def test_records_read_back_as_written(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"doc_id": "A", "incidents": []}\n\n{"doc_id": "B", "incidents": []}\n', encoding="utf-8")
    assert [r["doc_id"] for r in read_records(path)] == ["A", "B"]


def test_a_missing_or_broken_file_is_one_line_naming_it(tmp_path):
    missing = tmp_path / "nowhere.jsonl"
    with pytest.raises(SystemExit) as exc:
        read_records(missing)
    assert str(exc.value) == f"{missing}: No such file or directory"
    broken = tmp_path / "broken.jsonl"
    broken.write_text("this is not json\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        read_records(broken)
    assert str(exc.value).startswith(f"{broken}: not a records.jsonl (")


@pytest.mark.parametrize("script, extra", [("muc4_split_analysis.py", []), ("muc4_spurious.py", []),
                                           ("muc4_slot_diff.py", ["--slot", "3"]), ("muc4_ceaf_diff.py", [])])
def test_the_bench_scripts_say_so_without_a_stack_trace(tmp_path, script, extra, muc4):
    broken = tmp_path / "broken.jsonl"
    broken.write_text("this is not json\n", encoding="utf-8")
    res = subprocess.run([sys.executable, str(REPO / "bench" / script), str(broken), *extra],
                         capture_output=True, text=True, cwd=REPO)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    assert res.stderr.strip().startswith(f"{broken}: not a records.jsonl (")


def test_the_ceaf_diff_counts_are_the_evaluators(tmp_path, muc4):
    """With no incidents at all every key entity is a miss: the script's totals per role are the
    evaluator's CEAF-REE gold counts, and its MISS lines are as many."""
    from wirecoder.evaluate.muc4_eval import score_records, split_files
    from wirecoder.evaluate.muc4_keys import read_keys
    from wirecoder.ingest import iter_documents

    texts_files, key_files = split_files("dev", muc4)
    keys = {}
    for f in key_files:
        keys.update(read_keys(f))
    texts = {r.doc_id: r.text for r in iter_documents(texts_files)}
    records = [{"doc_id": m, "incidents": []} for m in texts]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    ceaf = score_records(records, {m: keys[m] for m in texts if m in keys}, texts)["ceaf_ree"]
    res = subprocess.run([sys.executable, str(REPO / "bench" / "muc4_ceaf_diff.py"), str(path), "--role", "Victim"],
                         capture_output=True, text=True, cwd=REPO, check=True)
    gold = int(ceaf["Victim"]["gold"])
    assert gold > 50
    assert f"Victim: correct 0 predicted 0 gold {gold}  missed {gold} spurious 0" in res.stdout
    assert res.stdout.count(" MISS ") == gold
    assert "PerpInd" not in res.stdout
