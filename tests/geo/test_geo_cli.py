"""``wirecoder geo build`` and ``wirecoder geo resolve``."""

import json

from typer.testing import CliRunner

from wirecoder.cli import app

runner = CliRunner()


def test_resolve_a_transliteration():
    res = runner.invoke(app, ["geo", "resolve", "Dayr az Zawr"])
    assert res.exit_code == 0, res.output
    loc = json.loads(res.stdout)
    assert (loc["name"], loc["country_code"], loc["precision"]) == ("Deir ez-Zor", "SY", "city")


def test_an_unknown_place_is_said_and_fails():
    res = runner.invoke(app, ["geo", "resolve", "Nowhereville Qx"])
    assert res.exit_code == 1
    assert "not in the gazetteer" in res.output


def test_build_does_not_rebuild_an_existing_file():
    from wirecoder.geo import gazetteer

    runner.invoke(app, ["geo", "resolve", "Kabul"])   # opens (and if needed builds) the gazetteer
    before = gazetteer.db_path().stat().st_mtime_ns
    res = runner.invoke(app, ["geo", "build"])
    assert res.exit_code == 0 and "already built" in res.output
    assert gazetteer.db_path().stat().st_mtime_ns == before
