"""Write dashboard/geo/lexicon/indonesian_places.txt: Indonesian place names read as Syrian places.

Source: the BPS (Badan Pusat Statistik) list of Indonesia's provinces, regencies and districts
as published in https://github.com/edwardsamuel/Wilayah-Administratif-Indonesia (data ODbL 1.0,
csv/provinces.csv, csv/regencies.csv, csv/districts.csv; commit 92f52a0f, 7,217 names), kept
outside the repository. Each name ("Kabupaten"/"Kota" dropped, title-cased) is put in three
sentences of our own ("Warga di X berkumpul.", "… di kota X …", "Kabar dari X datang.") and
geotagged without the guard; a name that yields a Syrian place below the country is listed,
after the names the list already holds (it only grows).
The geoparser makes each listed name a not-a-place phrase (the longest match wins), unless it
is a Syrian place's own name too (folded alike: "Minas", "Sine"; that village is kept).

    .venv/bin/python benchmarks/indonesian_places_guard.py DIR_WITH_THE_CSVS
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from dashboard.geo import lexicon

OUT = (
    Path(__file__).resolve().parents[1] / "dashboard" / "geo" / "lexicon" / "indonesian_places.txt"
)
PROBES = ("Warga di {} berkumpul.", "Mereka tiba di kota {} kemarin.", "Kabar dari {} datang.")
HEADER = """\
# Indonesian provinces, regencies and districts whose names the geotagger read as Syrian places
# (a Syrian place below the country in one of three probe sentences of our own), so Indonesian
# news naming them ("Kota Mataram", "di Surabaya", "Warga Palmerah") gets no Syrian village.
# Source: Badan Pusat Statistik (BPS) Indonesia, via github.com/edwardsamuel/Wilayah-Administratif-
# Indonesia (data ODbL 1.0: this list is a derived database under the same licence), commit
# 92f52a0f, 7,217 names. Regenerate: benchmarks/indonesian_places_guard.py (2026-12-06;
# grown 2026-12-07).
# One name a line, as BPS writes it, title-cased, without "Kabupaten"/"Kota".
"""


def names(folder: Path) -> list[str]:
    out: dict[str, None] = {}
    for f, col in (("provinces", 1), ("regencies", 2), ("districts", 2)):
        with (folder / f"{f}.csv").open(encoding="utf-8") as fh:
            for row in csv.reader(fh):
                name = re.sub(r"^(KABUPATEN|KOTA ADMINISTRASI|KOTA)\s+", "", row[col].strip())
                out[name.title()] = None
    return list(out)


def main(argv: list[str]) -> int:
    lexicon.indonesian_places = lambda: ()  # probe without the guard itself
    from dashboard.geo.gazetteer import load_gazetteer
    from dashboard.geo.parse.geotag import geotag

    gaz = load_gazetteer()
    listed = []
    for name in names(Path(argv[0])):
        for probe in PROBES:
            places = geotag(probe.format(name), gaz).places
            if any(tp.place.in_syria and tp.place.kind != "country" for tp in places):
                listed.append(name)
                break
    # a name listed once stays listed: a later rule may stop reading it in these probes but
    # not in other sentences (the list only grows; 2026-12-07)
    kept = [ln for ln in OUT.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    listed = list(dict.fromkeys(kept + listed))
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in listed), encoding="utf-8")
    print(f"{len(listed)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
