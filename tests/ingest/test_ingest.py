"""Ingest: every source kind, folders, and one clear failure for each kind of bad input."""

from __future__ import annotations

import json

import pytest

from wirecoder.document import RawDocument
from wirecoder.ingest import iter_documents
from wirecoder.schema import Failure

ARTICLE = """<!doctype html><html><head><title>Bomb kills three in market</title>
<meta property="article:published_time" content="2021-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<div class="share">Share on Facebook | Tweet</div>
<article><h1>Bomb kills three in market</h1>
<p>A bomb exploded in a crowded market in the centre of Kabul on Friday morning, killing three people
and wounding at least twelve, police said.</p>
<p>No group has claimed responsibility for the attack, which came a day after a rocket strike on the
airport. Police said the device had been hidden in a cart.</p></article>
<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"""


def _one(items):
    assert len(items) == 1, items
    return items[0]


def test_text_file_id_is_the_file_name(tmp_path):
    p = tmp_path / "report-17.txt"
    p.write_text("Gunmen attacked a bus in Quetta on Monday.", encoding="utf-8")
    doc = _one(list(iter_documents([p])))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "report-17" and doc.kind == "text"
    assert doc.text.startswith("Gunmen attacked")


def test_html_main_text_without_navigation(tmp_path):
    p = tmp_path / "kabul.html"
    p.write_text(ARTICLE, encoding="utf-8")
    doc = _one(list(iter_documents([p])))
    assert isinstance(doc, RawDocument), doc
    assert doc.kind == "html" and doc.doc_id == "kabul"
    assert "crowded market in the centre of Kabul" in doc.text
    assert "Share on Facebook" not in doc.text and "All rights reserved" not in doc.text
    assert doc.title == "Bomb kills three in market"
    assert doc.published and doc.published.startswith("2021-03-05")


def test_jsonl_lines_and_a_bad_line_that_does_not_stop_the_file(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "a1", "text": "A bomb exploded in Lima.", "title": "Lima", "published": "2020-01-02",
                         "url": "https://example.org/a1"}),
             "{not json",
             json.dumps({"id": "a3", "title": "no text"}),
             json.dumps({"id": "a4", "text": "Kidnappers seized a mayor in Cauca."})]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(iter_documents([p]))
    assert [type(x).__name__ for x in out] == ["RawDocument", "Failure", "Failure", "RawDocument"]
    assert out[0].doc_id == "a1" and out[0].url == "https://example.org/a1" and out[0].published == "2020-01-02"
    assert out[1].source.endswith("corpus.jsonl:2") and "not JSON" in out[1].reason
    assert out[2].source.endswith(":3") and "missing text" in out[2].reason
    assert out[3].doc_id == "a4"


def test_muc4_corpus_file_splits_into_messages(muc4):
    docs = list(iter_documents([muc4 / "dev" / "tst1-muc3"]))
    assert len(docs) == 100
    assert docs[0].doc_id == "TST1-MUC3-0001" and docs[-1].doc_id == "TST1-MUC3-0100"
    assert docs[0].text.lstrip().startswith("GUATEMALA CITY, 4 FEB 90")
    assert all(d.kind == "muc4" for d in docs)


def test_muc4_training_files_with_source_on_the_id_line(muc4):
    docs = list(iter_documents([muc4 / "train" / "dev-muc3-0001-0100"]))
    assert len(docs) == 100 and docs[0].doc_id == "DEV-MUC3-0001"


def test_folders_are_walked_in_order_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report about an attack.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First report about an attack.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not a report.", encoding="utf-8")
    ids = [d.doc_id for d in iter_documents([tmp_path])]
    assert ids == ["a", "two"]


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "no text"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("latin1.txt", "Bogot\xe1 attack".encode("latin-1"), "not valid UTF-8: byte 0xe1 at offset 5"),
    ("broken.html", b"<html><body><div><p></div></span>", "no main text"),
])
def test_bad_input_is_one_clear_failure(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    f = _one(list(iter_documents([p])))
    assert isinstance(f, Failure)
    assert f.source == str(p)
    assert reason in f.reason


def test_too_large_file_names_size_and_limit(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"attack " * (50 * 1024 * 1024 // 7))
    f = _one(list(iter_documents([p])))
    assert isinstance(f, Failure)
    assert "too large" in f.reason and "52.4 MB" in f.reason and "20.0 MB" in f.reason


def test_missing_path_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("A bomb exploded in Lima.", encoding="utf-8")
    out = list(iter_documents([tmp_path / "nope.txt", good]))
    assert isinstance(out[0], Failure) and "no such file" in out[0].reason
    assert isinstance(out[1], RawDocument)
