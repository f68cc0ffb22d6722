"""How many victims a group description stands for, when the words of the filler do not say it.

A plural description of victims with no count ("JESUITS", "STUDENTS") is MUC-4's PLURAL; the report often
says how many in the words right before it that the filler left out ("THE ASSASSINATION OF SIX JESUITS", where
the classifier's candidate is the bare noun) or in another of the incident's sentences ("SOME 100 STUDENTS FROM
THE APPLICATIONS SCHOOL BUILT A ROADBLOCK ... FIRED AT THE STUDENTS"). ``count_victims`` gives such a
description that count when the incident's sentences count its head noun one way only.
"""

from __future__ import annotations

from wirecoder.normalize import numbers

_PARTITIVE_HEADS = {"one", "some", "none", "each", "all", "any", "most", "several", "many", "few"}


def count_of(tok, text: str) -> dict | None:
    """The count the words before ``tok`` give it ("SIX JESUITS", "SOME 100 STUDENTS", "AT LEAST 20
    PEASANTS"), or None. A count inside a partitive ("SEVEN OF THE NINE SOLDIERS") is the whole's, kept."""
    nums = [c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i and (c.like_num or c.pos_ == "NUM")]
    if not nums:
        return None
    start = min(t.idx for n in nums for t in n.subtree)
    c = numbers.parse_count(text[start:tok.idx + len(tok.text)])
    if not c or c.get("high") or c.get("vague") or c["value"] < 2:
        return None
    return c


def _head(sdoc, item: dict):
    s, e = item["span"]
    span = sdoc.char_span(s, e, alignment_mode="expand")
    return span.root if span is not None else None


def plural_noun(tok) -> bool:
    """``tok`` is a plural noun by its tag or its words ("JESUITS", "PEASANTS")."""
    return tok.tag_ in ("NNS", "NNPS") or numbers.is_plural(tok.text)


def count_victims(inc: dict, sdoc, text: str) -> None:
    """A plural description of victims with no count takes the one its own words left out or, failing that,
    the one the incident's sentences give its head noun (the same word), when they give it only one."""
    ev = [tuple(e["span"]) for e in inc.get("evidence", [])]
    for item in inc["targets"]["human"]:
        if item.get("is_name") or item.get("number") or "span" not in item:
            continue
        head = _head(sdoc, item)
        if head is None or not plural_noun(head) or head.ent_type_ == "PERSON":
            continue
        own = count_of(head, text)
        found = [own] if own else []
        if not found:   # the incident's sentences first, then the whole report
            counted = [(tok, c) for tok in sdoc if tok.i != head.i and tok.lower_ == head.lower_
                       and not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                and tok.head.head.lower_ in _PARTITIVE_HEADS)
                       and (c := count_of(tok, text))]
            found = [c for tok, c in counted if any(a <= tok.idx < b for a, b in ev)] or [c for _, c in counted]
        values = {(c["value"], c["qualifier"]) for c in found}
        if len(values) != 1:
            continue
        value, qual = values.pop()
        item["number"] = value
        if qual in ("approx", "at_least"):
            item["number_qualifier"] = qual
