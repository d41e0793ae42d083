"""A name shared by a city and its governorate (Idlib, Homs, Hama, Suwayda …): what the text says
of it decides (2026-12-07 classes). A part of an area is the governorate: "sebagian wilayah
Homs" (part of the Homs area), "wilayah Idlib Selatan", "daerah Hama Utara" (a capitalised
compass word after the name: the governorate's south or north; "wilayah Aleppo timur" may be the
city's), and it reaches the article's bare mentions as "provinsi X" does; "wilayah X" alone says
nothing. Villages or towns, many or counted, "di X" lie in the governorate. "provinsi X" reaches
the name in another spelling too ("Provinsi Suwaida" … "di Sweida"): one place, two spellings.
Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.parse import hierarchy
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

IDLIB, IDLIB_GOV = "gn:169389", "gn:169387"
HAMA, HAMA_GOV = "gn:170017", "gn:170015"
HOMS, HOMS_GOV = "gn:169577", "gn:169575"
ALEPPO, ALEPPO_GOV = "gn:170063", "gn:170062"
SUWAYDA, SUWAYDA_GOV = "gn:172408", "gn:172410"
DARAA, DARAA_GOV = "gn:170905", "gn:170903"
DAMASCUS = "gn:170654"


# --- a part of an area is the governorate -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # "sebagian" (part of) before the area word
        ("Gencatan senjata berlaku di sebagian wilayah Homs.", HOMS_GOV, HOMS),
        ("Pasukan menguasai sebagian kawasan Hama sejak pekan lalu.", HAMA_GOV, HAMA),
        # a capitalised compass word after the name: a part named as a region
        ("Ribuan warga mengungsi dari wilayah Idlib Selatan.", IDLIB_GOV, IDLIB),
        ("Roket ditembakkan dari daerah Hama Utara.", HAMA_GOV, HAMA),
        ("Bentrokan pecah di wilayah Aleppo Barat.", ALEPPO_GOV, ALEPPO),
    ],
)
def test_a_part_of_an_area_is_the_governorate(text: str, wanted: str, unwanted: str) -> None:
    places = found(text)
    assert wanted in places
    assert unwanted not in places


def test_a_part_of_an_area_reaches_the_bare_name() -> None:
    # like "provinsi X": the article's bare "Idlib" is the governorate too, no second place
    text = "Zona de-eskalasi mencakup sebagian wilayah Idlib. Warga di Idlib menyambut kesepakatan."
    assert found(text) == {IDLIB_GOV}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the city named as a city elsewhere stays the city beside the governorate's part
        (
            "Pengungsi memadati kamp di kota Idlib. Mereka datang dari wilayah Idlib Selatan.",
            {IDLIB, IDLIB_GOV},
        ),
    ],
)
def test_a_city_named_as_a_city_stays_beside_the_part(text: str, wanted: set[str]) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "wilayah X" alone is said of towns as much: "di wilayah Homs" stays the city
        ("Warga di wilayah Homs mengungsi ke Lebanon.", {HOMS}),
        # a compass word that does not follow the name
        ("Serangan terjadi di wilayah utara kota Homs.", {HOMS}),
        # a lower-case compass word may be the city's side: the besieged east of Aleppo
        ("Warga sipil terjebak di wilayah Aleppo timur yang dikepung.", {ALEPPO}),
        # the capital: its governorate is the city alone
        ("Listrik padam di sebagian wilayah Damaskus.", {DAMASCUS}),
        # precision guard: Indonesian areas stay unmatched
        ("Hujan turun di sebagian wilayah Jawa Barat dan daerah Bandung utara.", set()),
    ],
)
def test_an_area_word_alone_changes_nothing(text: str, wanted: set[str]) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("di sebagian wilayah Homs kemarin", 20, 24, "admin1"),
        ("dari wilayah Idlib Selatan", 13, 18, "admin1"),
        ("di wilayah Homs kemarin", 11, 15, None),  # no part, no compass word
    ],
)
def test_area_part_kind_reads_the_words_around_the_name(
    text: str, start: int, end: int, kind: str | None
) -> None:
    from geotaghelp import GAZ

    from dashboard.geo.parse.toponyms import ToponymIndex

    index = ToponymIndex(GAZ)
    _, matches = index.find(text)
    (match,) = [m for m in matches if m.start == start]
    assert match.end == end
    assert hierarchy.area_part_kind(index.places(match.entry), text, start, end) == kind


# --- "provinsi X" reaches the name in another spelling ------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Drone menyerang kendaraan di Sweida. Provinsi Suwaida dihuni mayoritas Druze.",
            SUWAYDA_GOV,
            SUWAYDA,
        ),
        (
            "Bentrokan terjadi di Deraa. Provinsi Daraa adalah wilayah pertama yang bangkit.",
            DARAA_GOV,
            DARAA,
        ),
    ],
)
def test_a_province_word_reaches_the_name_in_another_spelling(
    text: str, wanted: str, unwanted: str
) -> None:
    places = found(text)
    assert wanted in places
    assert unwanted not in places


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the other spelling named as a town stays the town
        (
            "Provinsi Suwaida dihuni mayoritas Druze. Ledakan mengguncang kota Sweida.",
            {SUWAYDA, SUWAYDA_GOV},
        ),
        # "provinsi Damaskus" never makes the capital in another spelling a governorate
        (
            "Serangan di provinsi Damaskus menewaskan dua orang. Pemerintah di Damascus membantah.",
            {DAMASCUS},
        ),
    ],
)
def test_another_spelling_named_as_a_town_or_the_capital_stays(text: str, wanted: set[str]) -> None:
    assert wanted <= found(text)


# --- villages or towns, many or counted, "di X" lie in the governorate ---------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Jet tempur membom desa-desa di Idlib sepanjang malam.", {IDLIB_GOV}),
        ("Rezim menyerang dua desa dan sebuah kota di Idlib.", {IDLIB_GOV}),
        ("Protes meluas ke beberapa kota di Suwayda.", {SUWAYDA_GOV}),
        ("Konvoi bantuan untuk daerah pedesaan di Homs dibatalkan.", {HOMS_GOV}),
        # it reaches the bare name, as "provinsi X" does: one place, the governorate
        ("Pasukan menembaki desa-desa di Hama. Korban di Hama terus bertambah.", {HAMA_GOV}),
        # the city named as a city elsewhere stays beside it
        ("Puluhan desa di Hama dibom. Pengungsi tiba di kota Hama.", {HAMA, HAMA_GOV}),
    ],
)
def test_towns_in_a_name_make_it_the_governorate(text: str, wanted: set[str]) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "kota" alone is the city's centre, not towns in an area: only a count word makes it so
        ("Ledakan terjadi di pusat kota di Aleppo.", {ALEPPO}),
        # a bare "di X" stays the city
        ("Warga di Idlib kembali ke rumah mereka.", {IDLIB}),
        # the capital: its governorate is the city alone
        ("Serangan menghantam desa-desa di Damaskus.", {DAMASCUS}),
        # precision guard: Indonesian places stay unmatched
        ("Banjir melanda sebuah desa di Jawa Barat dan beberapa kota di Bali.", set()),
    ],
)
def test_a_town_word_alone_or_the_capital_changes_nothing(text: str, wanted: set[str]) -> None:
    assert found(text) == wanted


# --- the seat of a governorate, a copula, a dateline that a lower-case title repeats -------------

DEIR, DEIR_GOV = "gn:170794", "gn:170792"


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # "ibu kota provinsi X" (the capital of province X) is the seat: the city
        ("Tentara menguasai seluruh ibu kota provinsi Hama pada Senin.", HAMA, HAMA_GOV),
        ("Pasukan oposisi memasuki ibukota provinsi Idlib.", IDLIB, IDLIB_GOV),
        ("Rezim mengepung pusat provinsi Homs.", HOMS, HOMS_GOV),
        # in apposition to another name, that name is the seat and the province is named
        ("Warga Daraa al-Balad, ibu kota provinsi Daraa, terkepung.", DARAA_GOV, DARAA),
        # a copula says what the name is, as an apposition after a comma does
        ("Hama adalah provinsi yang subur di tengah Suriah.", HAMA_GOV, HAMA),
        ("Homs merupakan kota terbesar ketiga di Suriah.", HOMS, HOMS_GOV),
    ],
)
def test_seat_phrases_and_copulas(text: str, wanted: str, unwanted: str) -> None:
    places = found(text)
    assert wanted in places
    assert unwanted not in places


def test_the_seat_and_its_province_are_two_places() -> None:
    # the capital of the province, then the province itself: one word, two places
    text = (
        "Tentara menguasai ibu kota provinsi Deir Ezzor. "
        "Deir Ezzor adalah provinsi yang kaya minyak dan berbatasan dengan Irak."
    )
    assert found(text) == {DEIR, DEIR_GOV}


@pytest.mark.parametrize(
    "text",
    [
        # precision guards: Indonesian provinces and towns stay unmatched
        "Bandung adalah ibu kota provinsi Jawa Barat.",
        "Kupang merupakan kota terbesar di provinsi Nusa Tenggara Timur.",
        "Pemerintah memindahkan pusat provinsi ke kota baru.",
    ],
)
def test_seat_and_copula_guards(text: str) -> None:
    assert found(text) == set()


def test_a_capitalised_dateline_stands_beside_a_lower_case_title() -> None:
    # a slug title in lower case writes the dateline's word in lower case: still the city
    title = "serangan udara di aleppo"
    text = f"{title}\n\nALEPPO (Outlet.com) – Pesawat tempur menyerang markas di provinsi Aleppo."
    places = {tp.place.id for tp in geotag(text, GAZ, title_len=len(title)).places}
    assert {ALEPPO, ALEPPO_GOV} <= places


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        # a date after the dateline's place, then the agency: the place is the city it is filed
        # from, beside the province the body names
        (
            "Idlib, 8 Rajab 1438/4 April 2017 (MINA) – Serangan terjadi di provinsi Idlib.",
            {IDLIB, IDLIB_GOV},
        ),
        ("Hama, 12 Maret 2016 – Bentrokan meluas di provinsi Hama.", {HAMA, HAMA_GOV}),
        # a day's name before the date is no place: the province alone
        ("Senin, 27 Agustus 2012 – Bentrokan meluas di provinsi Hama.", {HAMA_GOV}),
    ],
)
def test_a_dateline_with_a_date_names_the_city(body: str, wanted: set[str]) -> None:
    title = "Bentrokan di Suriah"
    text = f"{title}\n{body}"
    places = {
        tp.place.id
        for tp in geotag(text, GAZ, title_len=len(title)).places
        if tp.place.in_syria and tp.place.kind != "country"
    }
    assert places == wanted
