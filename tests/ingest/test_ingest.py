"""Ingest: every source kind, folders, and one clear failure for each kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.document import RawDocument
from wirecoder.ingest import iter_documents, read_path
from wirecoder.schema import Failure

FIXTURES = Path(__file__).parent / "fixtures"


def _one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


# --------------------------------------------------------------------------- source kinds

def test_text_file_id_is_the_file_name_and_newlines_are_normalised(tmp_path):
    p = tmp_path / "report-17.txt"
    p.write_bytes(b"Gunmen attacked a bus in Quetta on Monday.\r\n\r\nFour people died.\r\n")
    doc = _one(iter_documents([p]))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "report-17" and doc.kind == "text" and doc.source == str(p)
    assert doc.text == "Gunmen attacked a bus in Quetta on Monday.\n\nFour people died.\n"


def test_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffBomb in Medellín.".encode("utf-8"))
    assert _one(iter_documents([p])).text == "Bomb in Medellín."


def test_html_article_page_gives_main_text_title_date_and_url():
    doc = _one(iter_documents([FIXTURES / "kabul-market-bombing.html"]))
    assert isinstance(doc, RawDocument), doc
    assert doc.kind == "html" and doc.doc_id == "kabul-market-bombing"
    assert doc.title == "Bomb kills three in Kabul market"
    assert doc.published and doc.published.startswith("2021-03-05")
    assert doc.url == "https://news.example.org/world/asia/kabul-market-bombing"
    assert "exploded in a crowded market in the centre of Kabul" in doc.text
    assert '"The device had been hidden under a pile of vegetables,"' in doc.text
    for junk in ("Share on Facebook", "Tweet", "All rights reserved", "cookies", "Privacy policy",
                 "Politics", "Rockets hit Kabul airport", "Search"):
        assert junk not in doc.text, junk
    # paragraphs are separated by one blank line, as in plain-text reports
    paras = doc.text.strip().split("\n\n")
    assert len(paras) >= 4 and all("\n" not in p for p in paras)


def test_jsonl_lines_and_bad_lines_that_do_not_stop_the_file(tmp_path):
    p = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "a1", "text": "A bomb exploded in Lima.", "title": "Lima",
                         "published": "2020-01-02", "url": "https://example.org/a1", "lang": "en"}),
             "{not json",
             json.dumps({"id": "a3", "title": "no text"}),
             json.dumps(["a list", "not an object"]),
             json.dumps({"id": "a5", "text": {"nested": True}}),
             "",
             # U+2028 is legal inside a JSON string; it must not split the line
             json.dumps({"id": 7, "text": "Kidnappers seized a mayor\u2028in Cauca."}, ensure_ascii=False)]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(iter_documents([p]))
    assert [type(x).__name__ for x in out] == ["RawDocument", "Failure", "Failure", "Failure", "Failure",
                                              "RawDocument"]
    a1 = out[0]
    assert (a1.doc_id, a1.kind, a1.title, a1.published, a1.url) == (
        "a1", "jsonl", "Lima", "2020-01-02", "https://example.org/a1")
    assert a1.meta == {"lang": "en"} and a1.source == f"{p}:1"
    assert out[1].source == f"{p}:2" and "not JSON" in out[1].reason
    assert out[2].source == f"{p}:3" and out[2].reason == "missing text" and out[2].doc_id == "a3"
    assert out[3].source == f"{p}:4" and "found a JSON list" in out[3].reason
    assert out[4].source == f"{p}:5" and "text must be a string" in out[4].reason
    assert out[5].doc_id == "7" and out[5].source == f"{p}:7" and "\u2028in Cauca" in out[5].text


def test_jsonl_line_without_id(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"text": "A bomb exploded."}) + "\n", encoding="utf-8")
    f = _one(iter_documents([p]))
    assert isinstance(f, Failure) and f.source == f"{p}:1" and f.reason == "missing id"


def test_json_file_with_a_list_of_documents(tmp_path):
    p = tmp_path / "docs.json"
    p.write_text(json.dumps([{"id": "x", "text": "Rebels burned a bus."}, {"id": "y"}]), encoding="utf-8")
    out = list(iter_documents([p]))
    assert isinstance(out[0], RawDocument) and out[0].doc_id == "x"
    assert isinstance(out[1], Failure) and out[1].source == f"{p}:[1]" and out[1].reason == "missing text"


@pytest.mark.parametrize("name,prefix,first", [
    ("tst1-muc3", "TST1-MUC3", "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE GUATEMALA ARMY"),
    ("tst2-muc4", "TST2-MUC4", "CLANDESTINE, 20 NOV 89 (RADIO VENCEREMOS) -- [TEXT] WE HA"),
])
def test_muc4_dev_files_split_into_their_100_messages(muc4, name, prefix, first):
    path = muc4 / "dev" / name
    docs = list(read_path(path))
    assert [d.doc_id for d in docs] == [f"{prefix}-{i:04d}" for i in range(1, 101)]
    assert all(isinstance(d, RawDocument) and d.kind == "muc4" for d in docs)
    content = path.read_text(encoding="utf-8")
    for d in docs:
        assert d.source == f"{path}#{d.doc_id}"
        assert prefix not in d.text.split("\n", 1)[0]  # the text starts after the id line
        assert d.text.strip() in content  # nothing added, nothing changed inside the message
    assert docs[0].text.lstrip().startswith(first)


def test_muc4_train_folder_gives_1300_messages_and_refuses_the_answer_keys(muc4):
    out = list(iter_documents([muc4 / "train"]))
    docs = [d for d in out if isinstance(d, RawDocument)]
    fails = [f for f in out if isinstance(f, Failure)]
    assert [d.doc_id for d in docs] == [f"DEV-MUC3-{i:04d}" for i in range(1, 1301)]
    assert len(fails) == 13 and all("answer key" in f.reason and "key-dev-" in f.source for f in fails)
    assert docs[0].text.lstrip().startswith("SAN SALVADOR, 3 JAN 90 -- [REPORT]")


def test_muc4_message_with_no_text_is_a_failure(tmp_path):
    p = tmp_path / "corpus"
    p.write_text("DEV-MUC3-0001\n\nLIMA, 3 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED.\n"
                 "DEV-MUC3-0002 (NOSC)\n\n\nDEV-MUC3-0003\nLIMA, 4 JAN 90 -- [TEXT] QUIET.\n", encoding="utf-8")
    out = list(iter_documents([p]))
    assert [type(x).__name__ for x in out] == ["RawDocument", "Failure", "RawDocument"]
    assert out[1].source == f"{p}#DEV-MUC3-0002" and "no text" in out[1].reason
    assert out[2].text == "LIMA, 4 JAN 90 -- [TEXT] QUIET.\n"


def test_folders_are_walked_recursively_in_sorted_order_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report about an attack.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First report about an attack.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Third report about an attack.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not a report.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("[core]", encoding="utf-8")
    ids = [d.doc_id for d in iter_documents([tmp_path])]
    assert ids == ["a", "two", "c"]


# --------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n  ", "no text (only white space)"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file, not text"),
    ("late-nul.txt", b"A bomb exploded." * 1000 + b"\x00", "NUL bytes, first at offset 16000"),
    ("utf16.txt", "Bomb in Lima".encode("utf-16"), "UTF-16 text, not UTF-8"),
    ("latin1.txt", "Bomb in\nBogot\xe1 today".encode("latin-1"), "not valid UTF-8: byte 0xe1 at offset 13 (line 2)"),
    ("broken.html", b"<html><body><div><p></div></span>", "no main text found in the HTML page"),
    ("nav-only.html", b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2021</footer></body></html>",
     "no main text found in the HTML page"),
    ("bad.json", b'{"id": "x", "text": ', "not JSON"),
])
def test_bad_input_is_one_clear_failure(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    f = _one(iter_documents([p]))
    assert isinstance(f, Failure)
    assert f.source == str(p)
    assert reason in f.reason


def test_too_large_file_names_size_and_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"attack " * 300)
    f = _one(iter_documents([p], max_bytes=1000))
    assert isinstance(f, Failure)
    assert f.reason == "file too large: 2.1 kB (2,100 bytes), the limit is 1.0 kB (1,000 bytes)"


def test_default_limit_is_20_mb(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # a sparse file: the size is checked before anything is read
        fh.truncate(52_400_000)
    f = _one(iter_documents([p]))
    assert isinstance(f, Failure) and "52.4 MB" in f.reason and "the limit is 20.0 MB" in f.reason


def test_missing_path_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("A bomb exploded in Lima.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    out = list(iter_documents([tmp_path / "nope.txt", bad, good, tmp_path / "gone"]))
    assert [type(x).__name__ for x in out] == ["Failure", "Failure", "RawDocument", "Failure"]
    assert out[0].source == str(tmp_path / "nope.txt") and out[0].reason == "no such file or folder"
    assert out[3].reason == "no such file or folder"
