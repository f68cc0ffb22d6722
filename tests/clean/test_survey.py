"""The dateline survey counts what cleaning finds in a corpus folder."""

from __future__ import annotations

from wirecoder.clean.survey import main, survey


def test_survey_of_muc4_dev(muc4, capsys):
    result = survey([muc4 / "dev"])
    c = result["counts"]
    assert c["documents"] == 200 and c["datelines"] == 200 and c["ingest failures"] == 2  # the two key files
    assert c["datelines with a date"] + c["datelines with NO DATE"] <= 200
    assert c["publication dates"] == c["datelines with a date"] >= 180
    assert result["removed"] == {} and result["without_dateline"] == []
    assert main([str(muc4 / "dev")]) == 0
    out = capsys.readouterr().out
    assert "datelines: 200" in out and "removed lines: none" in out
