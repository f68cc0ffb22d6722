"""Clean: ``RawDocument`` → ``CleanDocument`` without losing provenance.

Boilerplate lines (photo credits, "MORE TO READ" teasers, translator and
byline lines, share and navigation lines) are removed and recorded with their
offsets in the raw text; the dateline and the publication date are found in
what remains. The cleaned ``text`` is what every span of the record points
into.
"""

from __future__ import annotations

from wirecoder.clean.boilerplate import strip_boilerplate
from wirecoder.clean.dateline import find_dateline, find_published
from wirecoder.document import CleanDocument, RawDocument


def clean(raw: RawDocument) -> CleanDocument:
    """Clean one document; ``ValueError`` when nothing readable is left."""
    text, removed = strip_boilerplate(raw.text)
    if not text.strip():
        raise ValueError("nothing left after removing boilerplate")
    dateline = find_dateline(text)
    published = find_published(text, raw.published, dateline)
    return CleanDocument(doc_id=raw.doc_id, text=text, source=raw.source, kind=raw.kind,
                         title=raw.title, url=raw.url, published=published, dateline=dateline,
                         removed=removed, meta=dict(raw.meta))
