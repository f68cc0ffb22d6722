"""MUC-4 corpus files: many messages a file, each opened by its id line.

``TST1-MUC3-0001`` or ``DEV-MUC3-0001`` stands alone on a line; the message
is everything up to the next id line, and its text starts after the id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from wirecoder.document import RawDocument

ID_LINE = re.compile(r"^([A-Z0-9]+-MUC[34]-\d{4})(?:[ \t]+\([^)\n]*\))?[ \t]*$", re.MULTILINE)


def looks_like_muc4(content: str) -> bool:
    m = ID_LINE.search(content[:200])
    return bool(m) and content[: m.start()].strip() == ""


def read(path: Path, content: str) -> Iterator[RawDocument]:
    ids = list(ID_LINE.finditer(content))
    for i, m in enumerate(ids):
        end = ids[i + 1].start() if i + 1 < len(ids) else len(content)
        body = content[m.end():end].lstrip("\n").rstrip() + "\n"
        yield RawDocument(doc_id=m.group(1), text=body, source=f"{path}#{m.group(1)}", kind="muc4")
