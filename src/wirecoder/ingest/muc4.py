"""MUC-4 corpus files: many messages a file, each opened by its id line.

``TST1-MUC3-0001`` or ``DEV-MUC3-0001 (NOSC)`` stands alone on a line; the
message is everything up to the next id line, and its text starts after the
id line (with the dateline ``GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) --``).
Answer-key files (``0.  MESSAGE: ID  DEV-MUC3-0001``) sit beside the texts in
the distribution; they are recognised so that walking a MUC-4 folder does not
turn templates into reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.schema import Failure

ID_LINE = re.compile(r"^([A-Z0-9]+-MUC[34]-\d{4})(?:[ \t]+\([^)\n]*\))?[ \t]*$", re.MULTILINE)
KEY_LINE = re.compile(r"^[ \t]*0\.[ \t]+MESSAGE:[ \t]*ID\b", re.MULTILINE)


def looks_like_muc4(content: str) -> bool:
    """The first non-blank line is a MUC message id."""
    m = ID_LINE.search(content[:200])
    return bool(m) and content[: m.start()].strip() == ""


def looks_like_muc4_key(content: str) -> bool:
    """Slot 0 of a MUC-4 template opens the file (after ``;;;`` comments): an answer key, not a report."""
    return bool(KEY_LINE.search(content[:1000])) and not looks_like_muc4(content)


def read(path: Path, content: str) -> Iterator[RawDocument | Failure]:
    """One ``RawDocument`` per message; a message with nothing after its id is a ``Failure``."""
    ids = list(ID_LINE.finditer(content))
    for i, m in enumerate(ids):
        end = ids[i + 1].start() if i + 1 < len(ids) else len(content)
        body = content[m.end():end].lstrip("\n").rstrip()
        source = f"{path}#{m.group(1)}"
        if not body:
            yield Failure(source, "MUC-4 message with no text after its id line", doc_id=m.group(1))
            continue
        yield RawDocument(doc_id=m.group(1), text=body + "\n", source=source, kind="muc4")
