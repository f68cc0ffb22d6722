"""HTML pages: the main text, title and date, by trafilatura."""

from __future__ import annotations

import re
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.schema import Failure

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|body|head|article|div|p)\b", re.IGNORECASE)


def looks_like_html(content: str) -> bool:
    return bool(_HTML.search(content[:2000]))


def read(path: Path, content: str) -> RawDocument | Failure:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(content, include_comments=False, include_tables=False,
                                          with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura errors on broken markup
        return Failure(str(path), f"malformed HTML: {type(exc).__name__}: {exc}")
    if doc is None:
        return Failure(str(path), "no main text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return Failure(str(path), "no main text found in the HTML page")
    return RawDocument(doc_id=path.stem, text=text + "\n", source=str(path), kind="html",
                       title=data.get("title"), published=data.get("date"), url=data.get("url"),
                       meta={k: data.get(k) for k in ("author", "sitename", "hostname") if data.get(k)})
