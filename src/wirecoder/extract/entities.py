"""Role fillers are entities, not mentions: fold the mentions of one entity into one filler.

"the FMLN", "the Farabundo Marti National Liberation Front" and "the front"
filling one role of one incident are one perpetrator organisation: the first
filler stays, with the other mentions in its ``mentions`` list (``text`` and
``span`` each). Organisations are one entity when their canonical names agree
(``normalize.groups``); other fillers when, without determiners and
possessives, one's words are all among the other's and they share their last
word ("Jose Perez" / "Perez", "the guerrillas" / "urban guerrillas").
"""

from __future__ import annotations

import re

_DROP = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "some", "several"}


def words(text: str) -> list[str]:
    toks = re.findall(r"[\w-]+", text.lower().replace("'s", ""))
    return [t for t in toks if t not in _DROP]


def same_entity(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short[-1] == long_[-1] and set(short) <= set(long_)


def _fold(items: list[dict], key) -> list[dict]:
    out: list[dict] = []
    for it in items:
        host = next((o for o in out if key(o, it)), None)
        if host is None:
            out.append(it)
            continue
        known = {tuple(host["span"])} | {tuple(m["span"]) for m in host.get("mentions", [])}
        for m in [it, *it.get("mentions", [])]:
            if "span" in m and tuple(m["span"]) not in known and m.get("text"):
                host.setdefault("mentions", []).append({"text": m["text"], "span": list(m["span"])})
                known.add(tuple(m["span"]))
        if isinstance(it.get("number"), int) and isinstance(host.get("number"), int):
            host["number"] = max(host["number"], it["number"])
    return out


def fold_incident(inc: dict) -> dict:
    perps, targets = inc["perpetrators"], inc["targets"]
    perps["organizations"] = _fold(
        perps["organizations"],
        lambda a, b: (a.get("name") or "").lower() == (b.get("name") or "").lower() or same_entity(a["text"], b["text"]))
    by_text = lambda a, b: same_entity(a["text"], b["text"])  # noqa: E731
    perps["individuals"] = _fold(perps["individuals"], by_text)
    targets["human"] = _fold(targets["human"], by_text)
    targets["physical"] = _fold(targets["physical"], by_text)
    inc["weapons"] = _fold(inc["weapons"], lambda a, b: a.get("type") == b.get("type") and by_text(a, b))
    return inc
