"""One physical target told by two names in an incident.

A report names a building again in other words: its own words in another order ("THE U.S.-CHILEAN CULTURAL
INSTITUTE" and later "THE CHILEAN-U.S. CULTURAL INSTITUTE", "THE EMBASSIES OF THE PRC" and "THE PRC EMBASSY"),
or the short name it gave in brackets after the full one ("THE CENTRAL AMERICAN UNIVERSITY [UCA]" and later "THE
UCA"). The rules and the classifier each find one of them; ``fold_targets`` keeps one target, the other's text a
mention of it (``entities.fold_incident`` folds only names that share their last word).
"""

from __future__ import annotations

import re

from wirecoder.extract.entities import _fold

_STOP = {"the", "of", "a", "an", "and", "in", "at", "on", "for", "to", "s"}


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def name_words(text: str) -> frozenset[str]:
    """The target's words in the singular, without articles and prepositions, split at hyphens and dots
    ("U.S.-CHILEAN" is "u", "chilean")."""
    return frozenset(_singular(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", ""))
                     if w not in _STOP)


def _aliases(target: dict, text: str) -> set[str]:
    """The short names the report puts in brackets right after the target's mentions ("[UCA]", "(FENASTRAS)")."""
    out = set()
    for m in [target, *target.get("mentions", [])]:
        if "span" not in m:
            continue
        after = re.match(r"\s*[(\[]\s*([^()\[\],;]{2,40}?)\s*[)\],;]", text[m["span"][1]:m["span"][1] + 50])
        if after:
            out.add(" ".join(after.group(1).lower().split()))
    return out


def same_target(a: dict, b: dict, text: str) -> bool:
    wa, wb = name_words(a["text"]), name_words(b["text"])
    la, lb = " ".join(a["text"].lower().split()), " ".join(b["text"].lower().split())
    # the same words, written differently; the same words at two places may be two things of a kind
    if len(wa) >= 2 and wa == wb and la != lb:
        return True
    return lb in _aliases(a, text) or la in _aliases(b, text)


def fold_targets(inc: dict, text: str) -> None:
    inc["targets"]["physical"] = _fold(inc["targets"]["physical"], lambda a, b: same_target(a, b, text))


# the words of an attack in a target's sentence ("STAGED SIMULTANEOUS ATTACKS ON ... THE NATIONAL POLICE
# HEADQUARTERS": a target the rules did not tie to an incident of its own)
_ATTACKED = re.compile(r"\b(?:attack\w*|bomb\w*|dynamit\w*|blew|blown|explo\w*|burn\w*|set fire|machinegun\w*|"
                       r"fire|fired|shot at|raid\w*|targets?|sabotag\w*|against|destr\w*|sack\w*|loot\w*|threw|"
                       r"hurl\w*|brought down|block\w*|seiz\w*|occup\w*|stopped)\b")


def drop_untold(inc: dict, sdoc) -> None:
    """A physical target only the classifier proposes, outside the incident's sentences, with no effect
    (``effect`` still unknown once ``Extractor._physical_effects`` has read its sentence's damage words and
    given a bombing's or arson's targets some damage) and whose sentence tells no attack, is left out: nothing
    says it was attacked ("THE CAR THAT APPEARS IN THE PICTURES ... BELONGS TO THE INVESTIGATIVE POLICE",
    "RELIEF ORGANIZATIONS EVACUATED DOZENS OF PEOPLE ..."). Those in the incident's sentences are kept."""
    from wirecoder.extract.incidents import evidence_distance

    keep = []
    for p in inc["targets"]["physical"]:
        if p.get("source") == "learned" and p.get("effect", "unknown") == "unknown" and \
                evidence_distance(inc, p["span"][0], p["span"][1]) > 0:
            span = sdoc.char_span(p["span"][0], p["span"][1], alignment_mode="expand")
            sent = " ".join(span.sent.text.lower().split()) if span is not None else ""
            if not _ATTACKED.search(sent):
                continue
        keep.append(p)
    inc["targets"]["physical"] = keep
