"""Word lists of the rule-based extractor: triggers, weapons, targets, cues.

Lemmas are lower case; the extractor matches spaCy lemmas (of the case-restored
text) against them. Keeping every list here keeps the rules inspectable.
"""

from __future__ import annotations

import re

# Event triggers: lemma -> incident type. "Strong" types start their own
# incident; "armed_assault" triggers (attack, kill, shoot ...) are weak and
# join a strong incident of the same sentence or paragraph.
TRIGGERS: dict[str, str] = {
    # bombing
    "bomb": "bombing", "bombing": "bombing", "explosive": "bombing", "explosion": "bombing",
    "explode": "bombing", "detonate": "bombing", "blast": "bombing", "dynamite": "bombing",
    "grenade": "bombing", "car-bomb": "bombing", "dynamiting": "bombing",
    # vehicle ramming (needs a vehicle nearby, checked by the extractor)
    "plough": "vehicle_ramming", "plow": "vehicle_ramming", "ram": "vehicle_ramming",
    "mow": "vehicle_ramming",
    # armed assault (weak)
    "attack": "armed_assault", "assault": "armed_assault", "ambush": "armed_assault",
    "shoot": "armed_assault", "shooting": "armed_assault", "gun": "armed_assault",
    "machinegun": "armed_assault", "machine-gun": "armed_assault", "kill": "armed_assault",
    "murder": "armed_assault", "massacre": "armed_assault", "slay": "armed_assault",
    "wound": "armed_assault", "injure": "armed_assault", "raid": "armed_assault",
    "fire": "armed_assault", "stab": "armed_assault", "behead": "armed_assault",
    "execute": "armed_assault", "strafe": "armed_assault", "sabotage": "armed_assault",
    "terrorist attack": "armed_assault", "storm": "armed_assault",
    # assassination
    "assassinate": "assassination", "assassination": "assassination",
    # kidnapping, hostages
    "kidnap": "kidnapping", "kidnapping": "kidnapping", "abduct": "kidnapping",
    "abduction": "kidnapping", "hostage": "hostage_taking",
    # arson
    "burn": "arson", "arson": "arson", "torch": "arson", "set fire": "arson",
    "incendiary": "arson",
    # robbery
    "rob": "robbery", "robbery": "robbery", "steal": "robbery", "loot": "robbery",
    # hijacking
    "hijack": "hijacking", "hijacking": "hijacking", 
    # forced work stoppage
    "armed strike": "forced_work_stoppage",
}
STRONG_TYPES = {
    "bombing", "vehicle_ramming", "assassination", "kidnapping", "hostage_taking",
    "arson", "robbery", "hijacking", "forced_work_stoppage",
}
# When two types meet in one incident, the higher wins.
TYPE_PRIORITY = [
    "vehicle_ramming", "bombing", "hostage_taking", "kidnapping", "assassination",
    "hijacking", "arson", "robbery", "forced_work_stoppage", "armed_assault",
    "unarmed_assault", "other",
]
# Triggers that name no attack on their own (only with a perpetrator/target).
# "sabotage" as a noun mostly names a campaign ("stepped up sabotage actions against the electricity network"); the
# verb tells the act ("power lines have been sabotaged")
WEAK_NOUN_TRIGGERS = {"fire", "gun", "wound", "injure", "execute", "raid", "explosion", "blast", "sabotage"}
# Lemmas that tell an effect, not an attack: alone they need a perpetrator or a weapon.
EFFECT_ONLY = {"kill", "wound", "injure", "die", "execute", "slay"}
# Targets that make an armed attack a combat action (MUC-4's rule; ACLED calls these battles).
MILITARY_TARGET_WORDS = {"troops", "battalion", "brigade", "soldiers", "soldier", "positions", "patrol",
                         "garrison", "barracks", "army", "unit", "units", "military", "outpost", "base",
                         "enemy", "forces", "guardsmen", "detachment", "post", "convoy"}
# Actions of states and armies in war, not incidents of political violence.
NON_INCIDENT_CONTEXT = {
    "airstrike", "air strike", "bombardment", "shelling", "clash", "combat", "battle",
    "skirmish", "offensive", "counteroffensive", "fighting", "strafing",
}
VEHICLES = {"truck", "van", "car", "lorry", "vehicle", "bus", "suv", "jeep", "pickup"}

# Verbs that make an infinitive complement unreal: the event did not happen.
INTENT_VERBS = {"want", "plan", "intend", "try", "attempt", "threaten", "prepare", "plot",
                "seek", "aim", "mean", "hope", "decide", "conspire"}
GENERIC_VERBS = {"encourage", "urge", "call", "order", "recruit", "teach", "train", "ask",
                 "tell", "instruct", "incite", "allow", "learn", "demonstrate", "show",
                 "threaten"}
# Stage cues (lemmas / phrases in the incident's sentences).
FOILED_CUES = ("stopped", "thwarted", "foiled", "foil ", "prevented", "defused", "deactivated", "arrested",
               "detained", "plot was", "plot against", "bomb plot", "disrupted",
               "dismantled", "disarmed", "averted", "intercepted", "called off",
               "stopped at the last minute", "was stopped", "were stopped", "neutralized")
ATTEMPTED_CUES = ("failed", "unsuccessful", "attempted", "tried to", "survived", "escaped unhurt",
                  "escaped unharmed", "missed", "did not explode", "failed to explode")
THREAT_CUES = ("threatened to", "threatens to", "threat to", "warned that", "vowed to")

# Weapons: lemma or phrase -> weapon type.
WEAPONS: dict[str, str] = {
    "gun": "firearms", "rifle": "firearms", "machinegun": "firearms", "machine-gun": "firearms",
    "machine gun": "firearms", "pistol": "firearms", "revolver": "firearms", "firearm": "firearms",
    "bullet": "firearms", "shot": "firearms", "gunfire": "firearms", "ak-47": "firearms",
    "m-16": "firearms", "carbine": "firearms", "submachinegun": "firearms", "shotgun": "firearms",
    "bomb": "explosives", "explosive": "explosives", "dynamite": "explosives", "grenade": "explosives",
    "mine": "explosives", "car bomb": "explosives", "car-bomb": "explosives", "tnt": "explosives",
    "mortar": "explosives", "rocket": "explosives", "explosive belt": "explosives",
    "suicide belt": "explosives", "suicide vest": "explosives", "ied": "explosives",
    "bazooka": "explosives", "charge": "explosives", "explosive device": "explosives",
    "device": "explosives", "detonator": "explosives",
    "molotov": "incendiary", "molotov cocktail": "incendiary", "incendiary": "incendiary",
    "incendiary bomb": "incendiary", "incendiary device": "incendiary",   # one weapon, not "incendiary" + "bomb"
    "gasoline": "incendiary", "petrol bomb": "incendiary", "firebomb": "incendiary",
    "knife": "melee", "machete": "melee", "axe": "melee", "sledgehammer": "melee",
    "sword": "melee", "club": "melee", "stick": "melee",
    "chemical weapon": "chemical", "chemical warfare": "chemical", "sarin": "chemical",
    "chlorine": "chemical", "nerve gas": "chemical", "mustard gas": "chemical",
    "toxic gas": "chemical", "anthrax": "biological", "dirty bomb": "radiological",
}
FAKE_CUES = ("fake", "replica", "imitation", "toy", "dummy", "hoax")

# People who carry out attacks (head nouns of perpetrator phrases).
PERPETRATOR_NOUNS = {
    "guerrilla", "guerrillas", "terrorist", "terrorists", "gunman", "gunmen", "rebel", "rebels",
    "attacker", "attackers", "assailant", "assailants", "bomber", "bombers", "kidnapper",
    "kidnappers", "individual", "individuals", "man", "men", "subversive", "subversives",
    "militant", "militants", "insurgent", "insurgents", "jihadist", "jihadists", "hijacker",
    "hijackers", "commando", "commandos", "member", "members", "squad", "unit", "column",
    "hitman", "hitmen", "sicario", "sicarios", "assassin", "assassins", "extremist", "extremists",
    "urban", "narcoterrorist", "narcoterrorists", "soldier", "soldiers", "troops", "paramilitary",
    "paramilitaries", "killer", "killers", "perpetrator", "perpetrators", "suspect", "suspects",
}
# words that make a perpetrator an agent of the state (MUC-4's STATE-SPONSORED VIOLENCE): its forces, their
# units and officers' ranks; and words of a group that fights the state (then the act is not the state's)
STATE_AGENT_WORDS = re.compile(r"\b(?:soldiers?|troops?|army|armies|police(?:m[ae]n)?|military|death squads?|"
                               r"paramilitar(?:y|ies)|security forces|armed forces|national guard|treasury police|"
                               r"battalions?|brigades?|detachments?|garrison|col|colonel|capt|captain|lt|lieutenant|"
                               r"sgt|sergeant|maj|major|gen|general staff|officers?|guardsmen|marines|air force)\b")
NONSTATE_WORDS = re.compile(r"\b(?:guerrillas?|rebels?|terrorists?|insurgents?|subversives?|commandos?|front|"
                            r"narco\w*|drug|cartel|extraditables|militants?)\b")

# Human target head nouns -> target type.
HUMAN_TARGET_TYPES: dict[str, str] = {
    "soldier": "military", "troop": "military", "officer": "military", "colonel": "military",
    "sergeant": "military", "lieutenant": "military", "captain": "military", "general": "military",
    "policeman": "police", "police": "police", "policemen": "police", "agent": "police",
    "guard": "security_guard", "bodyguard": "security_guard",
    "mayor": "government_official", "minister": "government_official", "governor": "government_official",
    "president": "government_official", "official": "government_official", "councilman": "government_official",
    "deputy": "government_official", "senator": "government_official", "legislator": "government_official",
    "ambassador": "diplomat", "diplomat": "diplomat", "consul": "diplomat",
    "judge": "legal_or_judicial", "magistrate": "legal_or_judicial", "prosecutor": "legal_or_judicial",
    "attorney": "legal_or_judicial", "lawyer": "legal_or_judicial",
    "priest": "religious", "jesuit": "religious", "bishop": "religious", "nun": "religious",
    "archbishop": "religious", "clergyman": "religious",
    "journalist": "journalist", "reporter": "journalist", "newsman": "journalist",
    "candidate": "political_figure", "leader": "political_figure", "politician": "political_figure",
    "people": "civilian", "person": "civilian", "civilian": "civilian", "peasant": "civilian",
    "pedestrian": "civilian", "student": "civilian", "schoolgirl": "civilian", "schoolboy": "civilian",
    "girl": "civilian", "boy": "civilian", "pupil": "civilian", "worshipper": "civilian", "shopper": "civilian",
    "pilgrim": "civilian", "spectator": "civilian", "child": "civilian", "woman": "civilian",
    "man": "civilian", "worker": "civilian", "resident": "civilian", "passenger": "civilian",
    "businessman": "civilian", "farmer": "civilian", "teacher": "civilian", "doctor": "civilian",
    "tourist": "civilian", "crowd": "civilian", "family": "civilian", "daughter": "civilian",
    "son": "civilian", "wife": "civilian", "citizen": "civilian", "villager": "civilian",
    "employee": "civilian", "engineer": "civilian", "driver": "civilian", "trade unionist": "civilian",
    "unionist": "civilian", "leftist": "civilian", "victim": "civilian", "hostage": "civilian",
    # kin ("the governor's brother-in-law"; "father" is also a priest's title, left out)
    "brother": "civilian", "sister": "civilian", "mother": "civilian", "husband": "civilian",
    "nephew": "civilian", "niece": "civilian", "cousin": "civilian", "relative": "civilian",
}


def people_noun(word: str) -> str | None:
    """The ``HUMAN_TARGET_TYPES`` noun a word of people by their trade or kind stands for, singular or plural
    ("JESUITS" -> "jesuit", "priest" -> "priest"); None for any other word."""
    low = word.lower()
    if low in HUMAN_TARGET_TYPES:
        return low
    return low[:-1] if low.endswith("s") and low[:-1] in HUMAN_TARGET_TYPES else None


# Titles of two words whose last word alone would say another type ("attorney general" is no general).
ROLE_PHRASE_TYPES: dict[str, str] = {"attorney general": "legal_or_judicial", "solicitor general": "legal_or_judicial",
                                     "inspector general": "government_official",
                                     "secretary general": "political_figure"}
# Leaders of unions, students, peasants, communities are civilians, not political figures ("UNION LEADERS",
# "STUDENT LEADERS"; MUC-4 train keys: 8 such leaders CIVILIAN, 3 POLITICAL FIGURE; party leaders stay political).
CIVIL_LEADER_WORDS = {"union", "unions", "labor", "labour", "worker", "workers", "workers'", "student", "students",
                      "students'", "university", "peasant", "peasants", "peasants'", "community", "cooperative",
                      "federation", "teachers", "teachers'", "trade", "neighborhood", "neighbourhood", "indigenous"}
# words of a role that make its holder a diplomat ("second secretary of the Nicaraguan embassy")
DIPLOMATIC_WORDS = {"embassy", "consulate", "legation"}


def role_type(words: list[str]) -> str | None:
    """The human-target type that the words of a title or role say (lower case, in order), or None: a
    two-word title, a diplomatic mission's staff, else the last word that names a type (singular or plural);
    "former" before an official or an officer makes a former one."""
    found = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        pair = " ".join(words[i - 1:i + 1]) if i else ""
        if pair in ROLE_PHRASE_TYPES:
            found = ROLE_PHRASE_TYPES[pair]
        elif noun := people_noun(w):
            found = HUMAN_TARGET_TYPES[noun]
        if found:
            break
    if found == "political_figure" and w in ("leader", "leaders") and any(
            x in CIVIL_LEADER_WORDS for x in words[:i]):
        found = "civilian"
    if any(w in DIPLOMATIC_WORDS for w in words) and found in (None, "civilian", "government_official"):
        found = "diplomat"
    if found and words[:1] == ["former"]:
        found = {"government_official": "former_government_official",
                 "military": "former_active_military"}.get(found, found)
    return found


# Physical target head nouns -> target type.
PHYSICAL_TARGET_TYPES: dict[str, str] = {
    "house": "civilian_residence", "home": "civilian_residence", "residence": "government_office_or_residence",
    "farm": "civilian_residence", "building": "other", "facility": "other", "facilities": "other",
    "bank": "financial", "store": "commercial", "shop": "commercial", "supermarket": "commercial",
    "office": "organization_office", "headquarters": "organization_office", "company": "commercial",
    "institute": "organization_office",
    "factory": "commercial", "hotel": "commercial", "restaurant": "commercial", "airport": "transportation",
    "embassy": "diplomat_office_or_residence", "consulate": "diplomat_office_or_residence",
    "church": "religious", "mosque": "religious", "cathedral": "religious", "temple": "religious",
    "substation": "energy", "tower": "energy", "pylon": "energy", "power line": "energy", "powerline": "energy",
    "plant": "energy", "pipeline": "energy", "oil pipeline": "energy", "installation": "energy",
    "bridge": "transport_route", "road": "transport_route", "highway": "transport_route",
    "railroad": "transport_route", "bus": "transport_vehicle", "vehicle": "transport_vehicle",
    "truck": "transport_vehicle", "car": "transport_vehicle", "train": "transport_vehicle",
    "plane": "transport_vehicle", "aircraft": "transport_vehicle", "helicopter": "transport_vehicle",
    "station": "communications", "antenna": "communications", "radio": "communications",
    "barracks": "military", "garrison": "military", "post": "military", "base": "military",
    "ministry": "government_office_or_residence", "courthouse": "government_office_or_residence",
    "school": "educational", "university": "educational", "market": "commercial",
    "post office": "communications", "telephone": "communications", "water": "water",
}

# Reporting verbs for claims and attributions.
SPEECH_VERBS = {
    "say", "tell", "claim", "explain", "add", "state", "report", "note", "deny", "allege",
    "assert", "insist", "announce", "confirm", "declare", "maintain", "admit", "acknowledge",
    "indicate", "warn", "stress", "argue", "describe", "testify", "reveal", "disclose",
}
HEDGE_CUES = ("as far as i know", "as far as he knows", "as far as she knows", "allegedly",
              "reportedly", "apparently", "possibly", "perhaps", "might", "may have",
              "supposedly", "believed to", "unconfirmed", "rumor", "rumour", "speculation")
HEDGED_VERBS = {"claim", "allege"}

# Organisation confidence cues (in the incident's sentences).
CLAIM_CUES = ("claimed responsibility", "claims responsibility", "claim responsibility",
              "claimed the attack", "claims the attack", "took responsibility", "takes responsibility",
              "admitted responsibility", "claimed credit", "responsibility was claimed",
              "claimed authorship")
SUSPECT_CUES = ("suspected", "blamed", "believed to be", "attributed", "suspect", "presumably",
                "allegedly", "accused")
# the attacker named in a sentence of his own: "Prosecutors identified the driver as ..."
IDENTIFY_CUES = ("identified the", "identified him as", "named the", "identified as")
# who suspects or accuses: the authorities (MUC-4's "SUSPECTED OR ACCUSED BY AUTHORITIES")
AUTHORITY_CUES = ("police", "army", "military", "government", "authorities", "officials", "official sources",
                  "minister", "armed forces", "security forces", "national guard", "prosecutor", "judge",
                  "spokesman for the", "president")
POSSIBLE_CUES = ("may have", "might have", "possibly", "could have")

SUICIDE_CUES = ("suicide bomber", "suicide attack", "suicide bombing", "blew himself up",
                "blew herself up", "blew themselves up", "blow themselves up", "blows himself up",
                "blow himself up", "suicide car bomb", "suicide vest", "suicide belt", "martyrdom")

# Words after which a casualty count is about the perpetrators, not victims.
PERPETRATOR_COUNT_NOUNS = {"terrorist", "attacker", "gunman", "bomber", "assailant", "militant",
                           "guerrilla", "rebel", "hijacker", "kidnapper", "jihadist"}
