"""Role fillers are entities, not mentions: fold the mentions of one entity into one filler.

"the FMLN", "the Farabundo Marti National Liberation Front" and "the front"
filling one role of one incident are one perpetrator organisation: the first
filler stays, with the other mentions in its ``mentions`` list (``text`` and
``span`` each). Organisations are one entity when their canonical names agree
(``normalize.groups``); other fillers when, without determiners and
possessives, one's words are all among the other's and they share their last
word ("Jose Perez" / "Perez", "the guerrillas" / "urban guerrillas").

A person is named by the fullest form of the name the document gives:
``name_people`` sets a filler's ``name`` to "Roberto Garcia Alvarado" when it
says "Garcia Alvarado, 56" and the report named him in full before (that
mention joins ``mentions``), and to the name alone when the filler's words
run on into an apposition ("Jorge Vargas, second secretary of the embassy").
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


def _contiguous(short: list[str], long_: list[str]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def extends(short: list[str], long_: list[str]) -> bool:
    """``long_`` is a fuller form of the name ``short``: its words run on inside it ("Garcia Alvarado" in
    "Roberto Garcia Alvarado", "Antonio Roldan" in "Antonio Roldan Betancur"); one word alone only as a
    surname, not the given name ("Vargas" in "Jorge Adolfo Vargas Gonzalez", not "Jorge")."""
    if len(short) >= len(long_) or not _contiguous(short, long_):
        return False
    return len(short) > 1 or long_[0] != short[0]


def _fullest(name: str, people: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    w = words(name)
    fuller = [p for p in people if extends(w, words(p[0]))]
    if not fuller:
        return None
    best = max(fuller, key=lambda p: (len(words(p[0])), -p[1]))
    # two different people the short name could be ("Perez": "Jose Perez", "Maria Perez"): leave it
    if any(not (set(words(p[0])) <= set(words(best[0]))) for p in fuller):
        return None
    return best


# words before a name that are no part of it ("JUDGE FEDERICO ESTRADA VELEZ")
TITLES = {"col", "colonel", "gen", "general", "maj", "major", "capt", "captain", "lt", "lieutenant", "sgt",
          "sergeant", "mr", "mrs", "ms", "dr", "doctor", "father", "msgr", "monsignor", "bishop", "archbishop",
          "judge", "senator", "deputy", "minister", "commander", "president", "mayor", "governor", "ambassador",
          "professor", "attorney", "candidate", "leader", "chief", "engineer", "former", "vice", "secretary"}


def name_runs(runs, text: str) -> list[tuple[str, int, int]]:
    """Runs of proper nouns (lists of spaCy tokens over ``text``) as names (text, start, end): without leading
    titles, two words or more."""
    out = []
    for run in runs:
        toks = list(run)
        while toks and toks[0].lower_.rstrip(".") in TITLES:
            toks = toks[1:]
        if len(toks) >= 2:
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            out.append((text[a:b], a, b))
    return out


_RUN_ON = re.compile(r"\s*(?:,|\(|--|—| - |\s(?:who|whose|which)\s).*", re.S | re.I)
_POSSESSIVE = re.compile(r"['’]s$", re.I)


def name_people(inc: dict, text: str, people: list[tuple[str, int, int]]) -> None:
    """Name each victim named in ``inc`` by the fullest form of the name; ``people``: the document's person
    names (text, start, end), as spaCy's NER found them and as runs of proper nouns (``name_runs``)."""
    for item in inc["targets"]["human"]:
        if not item.get("is_name"):
            continue
        own = _POSSESSIVE.sub("", " ".join(_RUN_ON.sub("", item["text"]).split()))
        if not words(own):
            continue
        best = _fullest(own, people)
        name = _POSSESSIVE.sub("", " ".join(best[0].split())) if best else own
        if name == " ".join(item["text"].split()):
            continue
        item["name"] = name
        if best is not None:
            spans = {tuple(item["span"])} | {tuple(m["span"]) for m in item.get("mentions", [])}
            if (best[1], best[2]) not in spans:
                item.setdefault("mentions", []).append({"text": text[best[1]:best[2]], "span": [best[1], best[2]]})


def fold_incident(inc: dict) -> dict:
    perps, targets = inc["perpetrators"], inc["targets"]
    perps["organizations"] = _fold(
        perps["organizations"],
        lambda a, b: (a.get("name") or "").lower() == (b.get("name") or "").lower() or same_entity(a["text"], b["text"]))
    by_text = lambda a, b: same_entity(a["text"], b["text"])  # noqa: E731
    by_name = lambda a, b: same_entity(a.get("name") or a["text"], b.get("name") or b["text"])  # noqa: E731
    perps["individuals"] = _fold(perps["individuals"], by_text)
    targets["human"] = _fold(targets["human"], by_name)
    targets["physical"] = _fold(targets["physical"], by_text)
    # "incendiary bombs" and "the bombs": one weapon, though one is incendiary and the other an explosive
    blasts = {"explosives", "incendiary"}
    inc["weapons"] = _fold(inc["weapons"], lambda a, b: (a.get("type") == b.get("type") or {a.get("type"), b.get("type")}
                                                          <= blasts) and by_text(a, b))
    return inc
