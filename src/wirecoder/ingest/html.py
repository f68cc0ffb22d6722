"""HTML pages: the main text, title, date and URL, by trafilatura.

trafilatura drops navigation, share bars, comments and footers and gives one
line per block (heading, paragraph, list item). Blocks are joined by a blank
line here, the paragraph convention of plain-text reports, so that later
stages see the same paragraph breaks whatever the source kind.
"""

from __future__ import annotations

import re
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.schema import Failure

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|body|head|article|div|p)\b", re.IGNORECASE)
_BLOCK_BREAK = re.compile(r"[ \t]*\n\s*")
MIN_WORDS = 5  # fewer words than this is a navigation or error page, not a report
# Only dates the page's markup states (meta tags, <time>): no guesses from URLs or copyright years.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def looks_like_html(content: str) -> bool:
    return bool(_HTML.search(content[:2000]))


def read(path: Path, content: str) -> RawDocument | Failure:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(content, include_comments=False, include_tables=False,
                                          with_metadata=True, date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura errors on broken markup
        return Failure(str(path), f"malformed HTML: {type(exc).__name__}: {exc}")
    if doc is None:
        return Failure(str(path), "no main text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return Failure(str(path), "no main text found in the HTML page")
    words = len(text.split())
    if words < MIN_WORDS:
        return Failure(str(path), f"no main text found in the HTML page (only {words} word"
                                  f"{'s' if words != 1 else ''}: {text[:40]!r})")
    text = _BLOCK_BREAK.sub("\n\n", text)
    return RawDocument(doc_id=path.stem, text=text + "\n", source=str(path), kind="html",
                       title=data.get("title") or None, published=data.get("date") or None,
                       url=data.get("url") or None,
                       meta={k: data.get(k) for k in ("author", "sitename", "hostname", "language")
                             if data.get(k)})
