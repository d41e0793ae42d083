"""A tiny hand-built gazetteer for geoparser unit tests: real ids and positions, few places.

Besides the places the rules are about, it holds traps: villages whose names are Indonesian words
(Sumber, Kota, Anda, Dan, Ini) or Arabic given names and nisbas (Saleh, Tahhan, Bashar, Jaulani),
and places that share one name (three Doumas, two Nawas, two Jasims) so disambiguation has
something to choose from.
"""

from __future__ import annotations

from dashboard.geo.gazetteer import Gazetteer
from dashboard.model import Place


def _town(pid, name, lat, lon, admin1, pcode, pop=None, code="PPL", names=()):
    return Place(
        id=pid,
        name=name,
        kind="populated_place",
        lat=lat,
        lon=lon,
        in_syria=True,
        admin1=admin1,
        admin1_pcode=pcode,
        population=pop,
        feature_code=code,
        geonames_id=int(pid[3:]) if pid.startswith("gn:") else None,
        names=(name, *names),
    )


def _area(pid, name, kind, lat, lon, admin1=None, pcode=None, names=(), radius=None):
    return Place(
        id=pid,
        name=name,
        kind=kind,
        lat=lat,
        lon=lon,
        in_syria=True,
        admin1=admin1,
        admin1_pcode=pcode,
        radius_km=radius,
        names=(name, *names),
        geonames_id=int(pid[3:]) if pid.startswith("gn:") else None,
    )


def _foreign(slug, name, kind, lat, lon, names=()):
    return Place(
        id=f"foreign:{slug}",
        name=name,
        kind=kind,
        lat=lat,
        lon=lon,
        in_syria=False,
        names=(name, *names),
    )


RD, DM, ID, AL, HM, DR, DZ = "SY03", "SY01", "SY07", "SY02", "SY05", "SY12", "SY09"

# fmt: off
PLACES = (
    _area("gn:163843", "Syria", "country", 35.0, 38.5, names=("Suriah", "Syria")),
    _town("gn:170654", "Damascus", 33.51585, 36.28145, "Damascus", DM, 1569394, "PPLC",
          ("Damaskus", "Dimashq")),
    _area("gn:170652", "Rural Damascus", "admin1", 33.5, 37.38333, "Rural Damascus", RD,
          ("Rif Dimashq",)),
    _town("gn:169389", "Idlib", 35.93062, 36.63393, "Idleb", ID, 165000, "PPLA", ("Idleb",)),
    _area("gn:169387", "Idleb", "admin1", 35.76667, 36.66667, "Idleb", ID, ("Idlib",)),
    _area("gn:169388", "Idlib", "admin2", 35.90691, 36.75677, "Idleb", ID),
    _town("gn:170063", "Aleppo", 36.20369, 37.17262, "Aleppo", AL, 1602264, "PPLA", ("Halab",)),
    _area("gn:170062", "Aleppo", "admin1", 36.25, 37.61667, "Aleppo", AL),
    _town("gn:170017", "Hama", 35.13179, 36.75783, "Hama", HM, 460602, "PPLA"),
    _area("gn:170015", "Hama", "admin1", 35.23333, 37.2, "Hama", HM),
    _town("gn:168660", "Kafr Nabudah", 35.43175, 36.49354, "Hama", HM, names=("Kafranbudah",)),
    _town("gn:172059", "Zabadani", 33.72488, 36.1005, "Rural Damascus", RD, 29549, "PPLA2",
          ("Al-Zabadani", "Az Zabadani")),
    _town("gn:170592", "Douma", 33.57175, 36.4027, "Rural Damascus", RD, 111864, "PPLA2",
          ("Duma",)),
    _town("gn:170591", "Duma", 35.34096, 37.00279, "Hama", HM, names=("Douma",)),
    _town("gn:170593", "Douma", 32.79, 36.71, "As-Sweida", "SY13", names=("Duma",)),
    _town("gn:166365", "Nawa", 32.89044, 36.0399, "Dar'a", DR, code="PPLA3"),
    _town("gn:166363", "Nawa", 35.1, 36.9, "Hama", HM),
    _area("gn:170903", "Dar'a", "admin1", 32.85, 36.21667, "Dar'a", DR, ("Daraa",)),
    _town("gn:170905", "Daraa", 32.61889, 36.10213, "Dar'a", DR, 97969, "PPLA", ("Deraa",)),
    _area("region:ghouta", "Ghouta", "region", 33.51047, 36.33096, "Rural Damascus", RD,
          ("Ghutah", "Ghutah Damaskus"), 15.0),
    _area("region:eastern-ghouta", "Eastern Ghouta", "region", 33.53276, 36.3766,
          "Rural Damascus", RD, ("Ghouta Timur", "Ghutah Timur"), 8.0),
    _area("region:qalamoun", "Qalamoun", "region", 33.94434, 36.64489, "Rural Damascus", RD,
          ("Qalamun",), 30.0),
    _area("region:eastern-qalamoun", "Eastern Qalamoun", "region", 33.73184, 36.71269,
          "Rural Damascus", RD, ("Qalamoun Timur",), 15.0),
    # only the English name: "Qalamoun barat" must still reach it through the compass rule
    _area("region:western-qalamoun", "Western Qalamoun", "region", 33.96531, 36.57269,
          "Rural Damascus", RD, (), 15.0),
    # traps: villages named like Indonesian words, given names and nisbas
    _town("gn:900001", "Sumber", 35.0, 36.5, "Hama", HM),
    _town("gn:900002", "Kota", 35.2, 36.6, "Hama", HM),
    _town("gn:900003", "Salah", 32.7, 36.6, "As-Sweida", "SY13", names=("Saleh",)),
    _town("gn:900004", "Tahhan", 35.6, 36.7, "Idleb", ID),
    _town("gn:900005", "Bashar", 35.7, 36.5, "Idleb", ID),
    _town("gn:900006", "Jaulani", 33.0, 35.9, "Quneitra", "SY14"),
    _town("gn:900007", "Malah", 32.6, 36.7, "As-Sweida", "SY13"),
    _town("gn:900008", "Khalid", 36.5, 40.7, "Al-Hasakeh", "SY08"),
    _town("gn:900009", "Al 'Asimiyah", 35.3, 36.6, "Hama", HM),
    _town("gn:900010", "Anda", 35.4, 36.8, "Hama", HM),
    _town("gn:900011", "Dan", 35.8, 36.7, "Idleb", ID),
    _town("gn:900012", "Ini", 33.6, 36.5, "Rural Damascus", RD),
    # two real Jasims: the large one in Daraa, a village in Deir ez-Zor
    _town("gn:165997", "Jasim", 32.99233, 36.06018, "Dar'a", DR, 30283, "PPLA3", ("Jassem",)),
    _town("gn:8275556", "Jasim", 35.52972, 40.70284, "Deir-ez-Zor", DZ),
    _town("gn:170794", "Deir ez-Zor", 35.33588, 40.14084, "Deir-ez-Zor", DZ, 242565, "PPLA",
          ("Deir Ezzor",)),
    _foreign("RU", "Russia", "country", 61.5, 90.0, ("Rusia",)),
    _foreign("TR", "Turkey", "country", 39.0, 35.0, ("Turki",)),
    _foreign("IR", "Iran", "country", 32.0, 53.0),
    _foreign("US", "United States", "country", 39.76, -98.5, ("AS", "Amerika Serikat")),
    _foreign("ID", "Indonesia", "country", -2.5, 118.0),
    _foreign("astana", "Astana", "populated_place", 51.17, 71.45),
    _foreign("jakarta", "Jakarta", "populated_place", -6.2, 106.82),
)
# fmt: on


def tiny_world() -> Gazetteer:
    """The test world as a Gazetteer (built from Place values, like any other)."""
    return Gazetteer.from_places(PLACES)
