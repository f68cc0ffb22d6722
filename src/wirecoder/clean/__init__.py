"""Clean: ``RawDocument`` → ``CleanDocument`` without losing provenance.

Boilerplate lines (photo credits, "MORE TO READ" teasers, translator and
byline lines, share and navigation lines) and surplus blank lines are removed;
each removed piece is kept in ``CleanDocument.removed`` as ``{"kind", "text",
"span", "at"}`` (``span`` in the raw text, ``at`` in the cleaned text), so
``restore(doc.text, doc.removed)`` gives the raw text back. Nothing else is
normalised: MUC-4's hard line breaks and ``[TEXT]`` markers stay. The dateline
and the publication date are then found in the cleaned ``text``, which is what
every span of the record points into.
"""

from __future__ import annotations

from wirecoder.clean.boilerplate import classify
from wirecoder.clean.dateline import find_dateline, match_dateline
from wirecoder.clean.layout import apply_cuts, plan_cuts, raw_offset, restore
from wirecoder.clean.published import find_published, from_metadata, publication_line
from wirecoder.document import CleanDocument, RawDocument

__all__ = ["clean", "restore", "raw_offset", "find_dateline", "find_published"]


def clean(raw: RawDocument) -> CleanDocument:
    """Clean one document; ``ValueError`` naming the document when nothing readable is left."""
    if not isinstance(raw.text, str) or not raw.text.strip():
        raise ValueError(f"{raw.source}: empty document, nothing to clean")
    text, removed = apply_cuts(raw.text, plan_cuts(raw.text, classify))
    if not text.strip():
        kinds = sorted({r["kind"] for r in removed} - {"blank_lines"})
        raise ValueError(f"{raw.source}: nothing left after removing boilerplate ({', '.join(kinds)})")

    line = publication_line(text)
    stated = line[0] if line else from_metadata(raw.published, text)
    reference = stated["value"] if stated and stated["precision"] == "day" else None
    found = match_dateline(text, reference)
    dateline = found.dateline if found else None
    if found and found.style == "muc4" and dateline.date:
        published = find_published(text, raw.published, dateline, dateline_first=True)
    else:
        published = stated or find_published(text, None, dateline)

    meta = dict(raw.meta)
    if line:  # the whole line ("Publicerad 13 okt 2017 kl 18.10"): no incident date is read from it
        meta["published_line"] = {"text": text[line[1][0]:line[1][1]], "span": list(line[1])}
    if found and found.country_span:
        s, e = found.country_span
        meta["dateline_country"] = {"text": text[s:e], "span": [s, e]}
    return CleanDocument(doc_id=raw.doc_id, text=text, source=raw.source, kind=raw.kind,
                         title=raw.title, url=raw.url, published=published, dateline=dateline,
                         removed=removed, meta=meta)
