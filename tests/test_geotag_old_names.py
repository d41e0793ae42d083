"""The old Kurdish and Turkmen names of the villages of Afrin and A'zaz (geodata/old_names.tsv):
GeoNames keeps them as alternate names, unlike the Arabic main name, and the build keeps them
there (not the short ones, nor the mislinked translations bad_variants.tsv lists). A table-driven
test of the build rule on rows of our own, and of the names on the bundled gazetteer. Sentences
are this project's own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

from dashboard.geo.build.sources import _wof_names

pytestmark = pytest.mark.integration

AT_TAGHLAH = "gn:172012"  # Afrin, Bulbul: Babak Ushaghi
AD_DIB_AL_KABIR = "gn:165668"  # Afrin: Qurt Qulaq / Kurt Kulak
AL_KHAZAFIYAH = "gn:166034"  # Afrin: Qarmanluq
AD_DAKHM = "gn:8273891"  # A'zaz: Qujaman


def _row(name: str, alt: str) -> dict[str, str]:
    return {"name": name, "name_eng": "", "name_ind": "", "alt_names": alt}


@pytest.mark.parametrize(
    ("minor", "old", "kept"),
    [
        (True, False, ["At Taghlah", "Aţ Ţaghlah"]),  # elsewhere: spellings of the main name only
        (True, True, ["At Taghlah", "Aţ Ţaghlah", "Babak Ūshāghī"]),  # old name kept, "Meng" not
        (False, False, ["At Taghlah", "Aţ Ţaghlah", "Babak Ūshāghī", "Meng"]),  # a town keeps all
    ],
)
def test_an_old_names_district_keeps_the_long_unlike_names(
    minor: bool, old: bool, kept: list[str]
) -> None:
    row = _row("At Taghlah", "Aţ Ţaghlah|Babak Ūshāghī|Meng")
    assert _wof_names(row, minor, old) == kept


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Tentara Turki merebut desa Babak Ushaghi di Bulbul.", AT_TAGHLAH),
        ("Desa Babak Ushagi dibombardir pagi ini.", AT_TAGHLAH),
        ("Warga desa Kurt Kulak mengungsi ke Afrin.", AD_DIB_AL_KABIR),
        ("Pasukan memasuki desa Qarmanluq.", AL_KHAZAFIYAH),
        ("Desa Qujaman di utara Azaz direbut.", AD_DAKHM),
    ],
)
def test_an_old_village_name_finds_the_village(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meng Wanzhou kembali ke Beijing.",  # a short old name is left out
        "Umar membaca koran di teras.",  # a given name
        "Warga berkumpul di Regard.",  # a translation of the village Gaze, not its name
        "Polusi udara di kota Delhi memburuk.",  # Dalhah (A'zaz) folds like Delhi
    ],
)
def test_old_names_bring_no_false_village(text: str) -> None:
    assert not found(text)
