"""Towns of Syria's neighbours that fold like Syrian villages (geodata/foreign.tsv).

Indonesian media cover these towns far more than the Syrian villages whose names they resemble
(Beit Hanoun / Bayt Hannun in Hasakah, Ramallah / Ramla in Raqqa, Irbid / 'Arbid in Aleppo).
Without a foreign row the variant matcher put them on the map of Syria. Sentences are our own;
ids are the gazetteer's.
"""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()


def found(text: str) -> tuple[set[str], set[str]]:
    """(Syrian places below the country, foreign places) that *text* names, by id."""
    tag = geotag(text, GAZ)
    syrian = {tp.place.id for tp in tag.places if tp.place.in_syria and tp.place.kind != "country"}
    foreign = {tp.place.id for tp in tag.places if not tp.place.in_syria}
    return syrian, foreign


@pytest.mark.parametrize(
    ("text", "foreign_id", "syrian_namesake"),
    [
        ("Serangan menghantam Beit Hanoun, Gaza, pada Selasa.", "foreign:beit-hanoun", "gn:164964"),
        ("Ribuan warga mengungsi dari Khan Younis ke selatan.", "foreign:khan-yunis", "gn:171306"),
        ("Tentara Israel menyerbu kamp Jabalia pada malam hari.", "foreign:jabalia", "gn:170993"),
        ("Pertemuan itu digelar di Ramallah, Tepi Barat.", "foreign:ramallah", "gn:11395534"),
        ("Bentrokan pecah di kota Hebron sejak pagi.", "foreign:hebron", "gn:169608"),
        ("Pengungsi tiba di kota Irbid dekat perbatasan.", "foreign:irbid", "gn:173054"),
        ("Pasukan Irak merebut kota Tal Afar dari ISIS.", "foreign:tal-afar", "gn:163736"),
        ("Roket menghantam kota Haifa pada malam hari.", "foreign:haifa", "gn:420430"),
        # the class of 2026-12-06 (afternoon): border towns of Lebanon, Iraq, and a city at home
        ("Israel menyerang desa Shebaa di Lebanon selatan.", "foreign:shebaa", "gn:164237"),
        ("Tank Israel memasuki Kfar Kila dan Khiam.", "foreign:kfar-kila", "gn:11556190"),
        ("Rudal Iran menghantam pangkalan udara Ain al-Asad.", "foreign:ain-al-asad", "gn:166085"),
        ("Bom meledak di Damour, selatan Beirut.", "foreign:damour", "gn:170589"),
        ("Pengungsi Yazidi lari dari Khanasor ke pegunungan.", "foreign:khanasor", "gn:168351"),
        ("Para relawan berangkat dari Medan menuju Turki.", "foreign:medan", "gn:167538"),
        # the evening of 2026-12-06: read as Al Qulay'ah (Aleppo) and Al Baghdadi (Deir ez-Zor)
        ("Israel menyerang desa Qlayaa di Lebanon selatan.", "foreign:qlayaa", "gn:165737"),
        ("Pasukan AS berjaga di Khan al-Baghdadi, Anbar.", "foreign:khan-al-baghdadi", "gn:171951"),
    ],
)
def test_a_foreign_town_is_not_put_in_syria(
    text: str, foreign_id: str, syrian_namesake: str
) -> None:
    syrian, foreign = found(text)
    assert foreign_id in foreign
    assert syrian_namesake not in syrian
    assert not syrian  # nothing else in these sentences is Syrian either


@pytest.mark.parametrize(
    ("text", "syrian_id"),
    [
        # the Syrian spellings stay Syrian: the foreign rows hold only the Gaza spellings
        ("Pasukan SDF memasuki desa Khan Yunus di provinsi Hasakah, dekat Tal Tamr.", "gn:171306"),
        ("Jet tempur menghantam desa Jabaliyah di pedesaan Aleppo utara, dekat Azaz.", "gn:170993"),
    ],
)
def test_the_syrian_namesake_keeps_its_own_spelling(text: str, syrian_id: str) -> None:
    syrian, _ = found(text)
    assert syrian_id in syrian


def test_a_syrian_article_naming_gaza_keeps_only_its_syrian_places() -> None:
    text = (
        "Jet tempur Israel menghantam Daraa dan Quneitra pada Senin, sehari setelah serangan "
        "di Rafah dan Deir al-Balah di Jalur Gaza."
    )
    syrian, foreign = found(text)
    assert {"foreign:rafah", "foreign:deir-al-balah"} <= foreign
    assert syrian and all(GAZ.places[i].admin1 in {"Dar'a", "Quneitra"} for i in syrian)


@pytest.mark.parametrize(
    ("text", "foreign_id"),
    [
        # towns of the border provinces that no Syrian name folds like: shown as abroad
        ("Pengungsi tiba di kamp Elbeyli, Kilis.", "foreign:elbeyli"),
        ("Tentara Turki berjaga di Karkamis.", "foreign:karkamis"),
        ("Warga Suriah tinggal di Bar Elias, Lembah Bekaa.", "foreign:bar-elias"),
        ("Konvoi melintasi Ruwaished menuju perbatasan.", "foreign:ruwaished"),
        # countries that were read as Syrian villages (Maltah in Hama, Ar Rummanah in Idlib)
        ("Kapal pengungsi tiba di Malta pekan lalu.", "foreign:MT"),
        ("Warga Rumania dan Bulgaria ikut membantu.", "foreign:RO"),
    ],
)
def test_a_border_town_abroad_is_found_as_abroad(text: str, foreign_id: str) -> None:
    syrian, foreign = found(text)
    assert foreign_id in foreign
    assert not syrian


@pytest.mark.parametrize(
    ("text", "syrian_id"),
    [
        # neighbours' towns whose spelling is a Syrian village's have no foreign row
        ("Warga desa Harran di pedesaan Idlib mengungsi.", "gn:169845"),
        ("Pasukan memasuki desa Ruwayshid di Deir ez-Zor.", "gn:8263765"),
    ],
)
def test_a_syrian_village_spelled_like_a_town_abroad_stays_syrian(
    text: str, syrian_id: str
) -> None:
    syrian, _ = found(text)
    assert syrian_id in syrian
