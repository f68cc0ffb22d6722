"""MUC-4 answer keys (and response templates): the 25-slot template files.

A slot holds ``None`` for ``*`` (not applicable), ``[]`` for ``-`` (empty), or
a list of ``Fill``s, one per filler line. A fill has its alternatives
(``"URNG" / "GUATEMALAN NATIONAL REVOLUTIONARY UNITY"``, set values or
strings, unquoted), whether it is optional (``?``), and for cross-referencing
slots the strings it refers to (``DEATH: "JESUITS"``). Continuation lines,
``;;;`` comments and escaped quotes are handled; a message with no relevant
incident has one template whose ``MESSAGE: TEMPLATE`` is ``*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SLOT_NAMES = [
    "MESSAGE: ID", "MESSAGE: TEMPLATE", "INCIDENT: DATE", "INCIDENT: LOCATION", "INCIDENT: TYPE",
    "INCIDENT: STAGE OF EXECUTION", "INCIDENT: INSTRUMENT ID", "INCIDENT: INSTRUMENT TYPE",
    "PERP: INCIDENT CATEGORY", "PERP: INDIVIDUAL ID", "PERP: ORGANIZATION ID", "PERP: ORGANIZATION CONFIDENCE",
    "PHYS TGT: ID", "PHYS TGT: TYPE", "PHYS TGT: NUMBER", "PHYS TGT: FOREIGN NATION",
    "PHYS TGT: EFFECT OF INCIDENT", "PHYS TGT: TOTAL NUMBER", "HUM TGT: NAME", "HUM TGT: DESCRIPTION",
    "HUM TGT: TYPE", "HUM TGT: NUMBER", "HUM TGT: FOREIGN NATION", "HUM TGT: EFFECT OF INCIDENT",
    "HUM TGT: TOTAL NUMBER",
]
STRING_SLOTS = {6, 9, 10, 12, 18, 19}
# Slots whose fills may point at a string fill of another slot ("DEATH: "JESUITS"").
XREF_SLOTS = {7, 11, 13, 14, 15, 16, 19, 20, 21, 22, 23}

_SLOT_LINE = re.compile(r"^\s*(\d{1,2})\.\s+((?:MESSAGE|INCIDENT|PERP|PHYS TGT|HUM TGT):\s*[A-Z ]+?)(?:\s{2,}(.*?))?\s*$")


class KeyFormatError(ValueError):
    """A template file that cannot be read; the message names the file and line."""


@dataclass
class Fill:
    alternatives: list[str]
    optional: bool = False
    xref: list[str] = field(default_factory=list)

    def to_text(self, slot: int) -> str:
        def fmt(v: str, quoted: bool) -> str:
            v = " ".join(v.split())  # a template line holds one line of text
            return '"' + v.replace('"', '\\"') + '"' if quoted else v
        quoted = slot in STRING_SLOTS
        body = " / ".join(fmt(a, quoted) for a in self.alternatives)
        if self.xref:
            body += ": " + " / ".join(fmt(x, True) for x in self.xref)
        return ("?" if self.optional else "") + body


@dataclass
class Template:
    message_id: str
    number: str                       # "1", "2", ... or "*"
    slots: dict[int, list[Fill] | None] = field(default_factory=dict)
    source: str = ""

    @property
    def is_relevant(self) -> bool:
        return self.number.strip() != "*"

    def values(self, slot: int) -> list[Fill]:
        return self.slots.get(slot) or []


def _split_top(s: str, sep: str) -> list[str]:
    """Split on ``sep`` outside double quotes (escaped quotes stay inside) and outside parentheses: a
    location's types "LIMA (CITY / MUNICIPALITY)" are one fill, not two alternatives."""
    out, buf, inq, depth, i = [], [], False, 0, 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            buf.append(s[i: i + 2])
            i += 2
            continue
        if ch == '"':
            inq = not inq
        elif not inq and ch in "()":
            depth = max(0, depth + (1 if ch == "(" else -1))
        if not inq and not depth and s.startswith(sep, i):
            out.append("".join(buf))
            buf = []
            i += len(sep)
            continue
        buf.append(ch)
        i += 1
    out.append("".join(buf))
    return out


def _unquote(v: str) -> tuple[str, bool]:
    v = v.strip()
    if len(v) >= 2 and v[0] == '"' and v[-1] == '"':
        return v[1:-1].replace('\\"', '"').strip(), True
    return v, False


def parse_fill(slot: int, line: str) -> Fill:
    line = line.strip()
    optional = line.startswith("?")
    if optional:
        line = line[1:].strip()
    xref: list[str] = []
    if slot in XREF_SLOTS:
        parts = _split_top(line, ":")
        if len(parts) >= 2 and '"' in parts[-1]:
            line = ":".join(parts[:-1])
            xref = [_unquote(x)[0] for x in _split_top(parts[-1], " / ") if x.strip()]
    alts = [_unquote(a)[0] for a in _split_top(line, " / ") if a.strip()]
    if not alts and line.strip():
        alts = [line.strip()]
    return Fill(alts, optional, xref)


def parse_templates(text: str, source: str = "") -> list[Template]:
    """Every template of a key or response file, in order."""
    templates: list[Template] = []
    current: Template | None = None
    slot: int | None = None
    raw: dict[int, list[str]] = {}

    def finish():
        if current is None:
            return
        for n, lines in raw.items():
            joined = [ln for ln in lines if ln.strip()]
            if n in (0, 1):
                continue
            if len(joined) == 1 and joined[0].strip() == "*":
                current.slots[n] = None
            elif not joined or (len(joined) == 1 and joined[0].strip() == "-"):
                current.slots[n] = []
            else:
                current.slots[n] = [parse_fill(n, ln) for ln in joined if ln.strip() != "-"]
        templates.append(current)

    for lineno, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(";") or not line.strip():
            continue
        m = _SLOT_LINE.match(line)
        if m:
            slot = int(m.group(1))
            value = (m.group(3) or "").strip()
            if slot == 0:
                finish()
                # "DEV-MUC3-0001 (NCCOSC)": the id without the site that made the key
                current = Template(message_id=value.split()[0] if value else value, number="",
                                   source=f"{source}:{lineno}")
                raw = {}
                continue
            if current is None:
                raise KeyFormatError(f"{source}:{lineno}: slot {slot} before any MESSAGE: ID")
            if slot == 1:
                current.number = value
                continue
            raw.setdefault(slot, []).append(value)
        elif slot is not None and current is not None and line.startswith(" "):
            raw.setdefault(slot, []).append(line.strip())
        else:
            raise KeyFormatError(f"{source}:{lineno}: cannot read line {line.strip()[:60]!r}")
    finish()
    return templates


def read_keys(path: str | Path) -> dict[str, list[Template]]:
    """Templates of a key file grouped by message id, in file order."""
    path = Path(path)
    try:
        text = path.read_text(encoding="latin-1")
    except OSError as exc:
        raise KeyFormatError(f"{path}: {exc.strerror or exc}") from None
    out: dict[str, list[Template]] = {}
    for t in parse_templates(text, str(path)):
        out.setdefault(t.message_id, []).append(t)
    return out


# The role-filler slots the learned models are trained on, and which role wins where strings overlap.
ROLE_SLOTS = {"PerpInd": 9, "PerpOrg": 10, "Target": 12, "Victim": 18, "Weapon": 6, "VictimDesc": 19}
ROLE_PRIORITY = ("Victim", "VictimDesc", "Target", "PerpOrg", "PerpInd", "Weapon")


def role_strings(templates, norm=str.strip) -> dict[str, set[str]]:
    """Every string (any alternative, through ``norm``) that fills each role in a message's relevant templates.
    A victim description cross-referenced to a named victim is that victim's title, not a victim of its own."""
    out: dict[str, set[str]] = {r: set() for r in ROLE_SLOTS}
    for t in templates:
        if not t.is_relevant:
            continue
        for role, slot in ROLE_SLOTS.items():
            for fill in t.values(slot):
                if role == "VictimDesc" and fill.xref:
                    continue
                out[role] |= {norm(a) for a in fill.alternatives if norm(a)}
    return out
