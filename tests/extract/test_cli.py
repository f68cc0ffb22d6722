"""``wirecoder extract``: records out, one line per bad input, exit code by outcome."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from wirecoder.cli import app

runner = CliRunner()


def test_extract_writes_jsonl_and_reports_bad_files(tmp_path, shared_examples):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(shared_examples / "expressen-2017-10-13.txt"), str(bad),
                                 str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["doc_id"] == "expressen-2017-10-13" and len(rec["incidents"]) >= 5
    assert f"{bad}: empty file" in result.output
    assert "missing.txt: no such file or folder" in result.output
    assert "1 documents, " in result.output and "2 failures" in result.output
    assert "Traceback" not in result.output


def test_extract_json_list_to_stdout(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Gunmen shot dead a judge in Medellin on 3 June 1990, police said.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(p), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("["):result.stdout.rindex("]") + 1])
    assert data[0]["doc_id"] == "r"


def test_no_readable_document_is_a_failure_exit(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\x00\x01\x02")
    result = runner.invoke(app, ["extract", str(p)])
    assert result.exit_code == 1
    assert "binary file" in result.output and "Traceback" not in result.output


def test_unknown_format_is_refused(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "xml"])
    assert result.exit_code == 2 and "unknown format" in result.output


def test_console_script_runs(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("A car bomb exploded outside a police station in Bogota, killing four people.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "wirecoder.cli", "extract", str(p)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["incidents"] and rec["incidents"][0]["type"] == "bombing"
    assert rec["incidents"][0]["casualties"]["killed"]["value"] == 4


def test_unknown_learned_mode_is_one_line_from_every_command(tmp_path, monkeypatch):
    doc = tmp_path / "r.txt"
    doc.write_text("Gunmen killed two people in Kabul on Friday.")
    res = runner.invoke(app, ["extract", str(doc), "--learned", "bogus"])
    assert res.exit_code == 2 and "--learned 'bogus': choose one of none, lr, tagger, both" in res.output
    monkeypatch.setenv("WIRECODER_LEARNED", "bogus")
    for args in (["extract", str(doc)], ["ingest", str(doc), "--db", f"sqlite:///{tmp_path / 'w.db'}"],
                 ["evaluate", "muc4", "--out", str(tmp_path / "ev")]):
        res = runner.invoke(app, args)
        assert res.exit_code == 2, (args, res.output)
        assert "WIRECODER_LEARNED 'bogus': choose one of" in res.output
        assert res.exception is None or isinstance(res.exception, SystemExit)
