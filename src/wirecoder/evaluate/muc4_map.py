"""The one table that maps the record vocabulary to MUC-4's set fills.

Read with ``taskdoc/template-doc-part1.v7``: MUC-4 has six incident types
(murders became ATTACKs), so an assassination, an armed or unarmed assault, a
vehicle ramming and a hijacking are ATTACKs; a hostage taking is a KIDNAPPING.
A foiled attack was not carried out: MUC-4 calls every unsuccessful attempt
ATTEMPTED. MUC-4's military human targets are ACTIVE MILITARY and police are
LAW ENFORCEMENT.
"""

from __future__ import annotations

INCIDENT_TYPE = {
    "armed_assault": "ATTACK", "assassination": "ATTACK", "unarmed_assault": "ATTACK",
    "vehicle_ramming": "ATTACK", "hijacking": "ATTACK", "other": "ATTACK",
    "bombing": "BOMBING", "kidnapping": "KIDNAPPING", "hostage_taking": "KIDNAPPING",
    "arson": "ARSON", "robbery": "ROBBERY", "forced_work_stoppage": "FORCED WORK STOPPAGE",
}
STAGE = {"accomplished": "ACCOMPLISHED", "attempted": "ATTEMPTED", "foiled": "ATTEMPTED",
         "threatened": "THREATENED"}
CATEGORY = {"terrorist_act": "TERRORIST ACT", "state_sponsored": "STATE-SPONSORED VIOLENCE"}
ORG_CONFIDENCE = {"reported_as_fact": "REPORTED AS FACT", "claimed": "CLAIMED OR ADMITTED",
                  "suspected": "SUSPECTED OR ACCUSED", "possible": "POSSIBLE"}
# weapon type -> default MUC-4 instrument type; the words of the text refine it (see INSTRUMENT_WORDS)
WEAPON = {"firearms": "GUN", "explosives": "EXPLOSIVE", "incendiary": "FIRE", "melee": "CUTTING DEVICE",
          "vehicle": None, "chemical": None, "biological": None, "radiological": None, "nuclear": None,
          "fake_weapon": None, "other": None, "unknown": None}
INSTRUMENT_WORDS = [  # first match in the instrument's words wins
    ("CAR BOMB", "VEHICLE BOMB"), ("CAR-BOMB", "VEHICLE BOMB"), ("TRUCK BOMB", "VEHICLE BOMB"),
    ("VEHICLE BOMB", "VEHICLE BOMB"), ("MACHINEGUN", "MACHINE GUN"), ("MACHINE GUN", "MACHINE GUN"),
    ("SUBMACHINE", "MACHINE GUN"), ("RIFLE", "RIFLE"), ("DYNAMITE", "DYNAMITE"), ("GRENADE", "GRENADE"),
    ("MORTAR", "MORTAR"), ("ROCKET", "ROCKET"), ("MOLOTOV", "MOLOTOV COCKTAIL"), ("MINE", "MINE"),
    ("BOMB", "BOMB"), ("EXPLOSIVE", "EXPLOSIVE"), ("CHARGE", "EXPLOSIVE"), ("MACHETE", "CUTTING DEVICE"),
    ("KNIFE", "CUTTING DEVICE"), ("GUN", "GUN"), ("PISTOL", "GUN"), ("REVOLVER", "GUN"), ("SHOT", "GUN"),
]
PHYSICAL_TYPE = {
    "civilian_residence": "CIVILIAN RESIDENCE", "commercial": "COMMERCIAL", "communications": "COMMUNICATIONS",
    "diplomat_office_or_residence": "DIPLOMAT OFFICE OR RESIDENCE", "energy": "ENERGY",
    "financial": "FINANCIAL", "government_office_or_residence": "GOVERNMENT OFFICE OR RESIDENCE",
    "law_enforcement_facility": "LAW ENFORCEMENT FACILITY", "military": "OTHER",
    "organization_office": "ORGANIZATION OFFICE", "religious": "OTHER", "transport_route": "TRANSPORTATION ROUTE",
    "transport_vehicle": "TRANSPORT VEHICLE", "transportation": "TRANSPORTATION FACILITY", "water": "WATER",
    "educational": "OTHER", "other": "OTHER",
    "political_figure_office_or_residence": "POLITICAL FIGURE OFFICE OR RESIDENCE",
}
PHYSICAL_EFFECT = {"destroyed": "DESTROYED", "some_damage": "SOME DAMAGE", "no_damage": "NO DAMAGE",
                   "money_taken_from_target": "MONEY TAKEN FROM TARGET",
                   "property_taken_from_target": "PROPERTY TAKEN FROM TARGET", "target_taken": "TARGET TAKEN",
                   "unknown": None}
HUMAN_TYPE = {
    "civilian": "CIVILIAN", "government_official": "GOVERNMENT OFFICIAL", "military": "ACTIVE MILITARY",
    "active_military": "ACTIVE MILITARY", "police": "LAW ENFORCEMENT", "law_enforcement": "LAW ENFORCEMENT",
    "diplomat": "DIPLOMAT", "political_figure": "POLITICAL FIGURE", "legal_or_judicial": "LEGAL OR JUDICIAL",
    "security_guard": "SECURITY GUARD", "religious": "CIVILIAN", "journalist": "CIVILIAN",
    "former_government_official": "FORMER GOVERNMENT OFFICIAL", "former_active_military": "FORMER ACTIVE MILITARY",
    "other": "CIVILIAN",
}
# an unharmed victim ("no_injury": the report says the act hurt nobody) is MUC-4's NO INJURY OR DEATH, the keys'
# usual fill for it (MUC-4 train: 45 cross-referenced to a target, against 28 NO INJURY)
HUMAN_EFFECT = {"death": "DEATH", "injury": "INJURY", "kidnapping": None, "no_injury": "NO INJURY OR DEATH",
                "unknown": None}
# Slots that do not apply to an incident type (template-skeletons.v3): they are "*".
NOT_APPLICABLE = {
    "ARSON": {6, 7},
    "KIDNAPPING": {12, 13, 14, 15, 16, 17},
    "ROBBERY": set(),
    "FORCED WORK STOPPAGE": {6, 7, 18, 19, 20, 21, 22, 23, 24},
}
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
# The nine countries of MUC-4 and the names its LOCATION set list uses for countries.
COUNTRY_NAMES = {
    "SV": "EL SALVADOR", "GT": "GUATEMALA", "HN": "HONDURAS", "AR": "ARGENTINA", "BO": "BOLIVIA", "CL": "CHILE",
    "CO": "COLOMBIA", "EC": "ECUADOR", "PE": "PERU", "NI": "NICARAGUA", "US": "UNITED STATES", "MX": "MEXICO",
    "PA": "PANAMA", "CU": "CUBA", "VE": "VENEZUELA", "CR": "COSTA RICA", "ES": "SPAIN", "FR": "FRANCE",
    "GB": "UNITED KINGDOM", "DE": "WEST GERMANY", "IT": "ITALY", "BR": "BRAZIL", "UY": "URUGUAY", "PY": "PARAGUAY",
}
# A target's nationality on MUC-4's FOREIGN NATION set list (taskdoc/set-list-foreign-nation.v5): the country's
# name in capitals, except where the set list spells it otherwise (MUC-4 is of 1989: Germany is WEST GERMANY).
FOREIGN_NATION = {
    "CN": "PEOPLES REP OF CHINA", "TW": "REPUBLIC OF CHINA", "KR": "REPUBLIC OF KOREA",
    "KP": "DEMOCRATIC PEOPLES REP OF KOREA", "ZA": "REPUBLIC OF SOUTH AFRICA", "SUHH": "USSR", "RU": "USSR",
    "DE": "WEST GERMANY", "DDDE": "EAST GERMANY", "VA": "VATICAN CITY", "NL": "NETHERLANDS", "BS": "BAHAMAS",
    "CSHH": "CZECHOSLOVAKIA", "YUCS": "YUGOSLAVIA",
}
