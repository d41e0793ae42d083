"""One story, counted once: near-duplicates grouped by MinHash LSH, at ingest, on both backends.

The texts are written for these tests (never copied from the corpus): three stories on the same
topic and day, and copies of the first as outlets republish it.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from dashboard.pipeline import ingest_paths, no_geotagger
from dashboard.store import migrate, stories
from dashboard.store.archive import Store

WIRE = (
    "Konvoi bantuan kemanusiaan yang membawa makanan, obat-obatan dan selimut tiba di kota Idlib "
    "pada Selasa pagi setelah tertahan tiga hari di perbatasan. Seorang petugas lembaga bantuan "
    "mengatakan dua puluh truk berhasil melewati pos pemeriksaan tanpa gangguan, sementara "
    "sepuluh truk lain masih menunggu izin dari pihak berwenang. Warga yang mengungsi dari desa "
    "di selatan provinsi itu sudah berbulan-bulan tinggal di tenda darurat dan kekurangan air "
    "bersih. Menurut petugas tersebut, bantuan akan dibagikan di lima kamp pengungsian mulai "
    "Rabu, dengan prioritas bagi keluarga yang memiliki anak kecil dan orang lanjut usia. Ia "
    "menambahkan bahwa musim dingin yang datang lebih awal membuat kebutuhan bahan bakar dan "
    "pakaian hangat meningkat tajam, dan lembaganya meminta negara donor menambah dana darurat "
    "sebelum akhir bulan."
)
SAME_TOPIC = (
    "Badai salju melanda kamp pengungsian di utara Idlib pada Selasa dan merobohkan puluhan tenda. "
    "Relawan setempat mengatakan banyak keluarga terpaksa berlindung di masjid dan sekolah "
    "karena tenda mereka tidak lagi bisa dipakai. Lembaga kemanusiaan memperingatkan bahwa suhu "
    "di bawah nol derajat akan bertahan sepanjang pekan, sementara persediaan kayu bakar dan "
    "selimut hampir habis. Seorang dokter di rumah sakit lapangan melaporkan peningkatan jumlah "
    "anak yang dirawat karena infeksi saluran pernapasan. Pemerintah daerah oposisi meminta "
    "bantuan tambahan dari Turki dan badan-badan PBB untuk mengganti tenda yang rusak."
)
OTHER_DAY = (
    "Delegasi pemerintah dan oposisi Suriah kembali bertemu di Jenewa untuk membahas rancangan "
    "konstitusi baru, namun perundingan berakhir tanpa kesepakatan. Utusan khusus PBB mengatakan "
    "kedua pihak masih berbeda pendapat tentang kewenangan presiden dan jadwal pemilihan umum. "
    "Ia berharap putaran berikutnya dapat digelar bulan depan, setelah kedua delegasi "
    "berkonsultasi dengan pihak yang mendukung mereka. Seorang anggota delegasi oposisi menuduh "
    "pemerintah sengaja memperlambat pembahasan, tuduhan yang dibantah oleh pihak pemerintah."
)


def _words(text_: str) -> list[str]:
    return text_.split()


def rewrapped(body: str) -> str:
    """Another outlet's copy: its own dateline, a credit line and a footer around the text."""
    return (
        "DAMASKUS, Kabar Timur -- " + body + "\nSumber: kantor berita\nIkuti kami di media sosial "
        "untuk berita terbaru setiap hari."
    )


def truncated(body: str, share: float = 0.7) -> str:
    w = _words(body)
    return " ".join(w[: int(len(w) * share)])


def edited(body: str) -> str:
    """A light edit: a few words changed, a clause added."""
    return (
        body.replace("dua puluh truk", "22 truk")
        .replace("Selasa pagi", "Selasa siang")
        .replace("tiga hari", "empat hari")
        + " Lembaga itu juga menyiapkan dapur umum."
    )


SAME = [
    ("identical copy", WIRE),
    ("re-wrapped by another outlet", rewrapped(WIRE)),
    ("truncated at 70 %", truncated(WIRE)),
    ("lightly edited", edited(WIRE)),
    ("re-wrapped and truncated", rewrapped(truncated(WIRE, 0.8))),
]
APART = [
    ("same topic, same day", SAME_TOPIC),
    ("another story", OTHER_DAY),
    ("first half of the story", truncated(WIRE, 0.35)),
    ("too short to tell", "Konvoi bantuan tiba di Idlib."),
]


@pytest.mark.unit
@pytest.mark.parametrize("label, copy", SAME, ids=[s[0] for s in SAME])
def test_a_copy_joins_the_story_of_the_original(label, copy):
    index = stories.StoryIndex()
    assert index.assign("original", stories.fingerprint(WIRE)) == "original"
    assert index.assign("copy", stories.fingerprint(copy)) == "original", label


@pytest.mark.unit
@pytest.mark.parametrize("label, other", APART, ids=[s[0] for s in APART])
def test_a_different_story_stays_apart(label, other):
    index = stories.StoryIndex()
    index.assign("original", stories.fingerprint(WIRE))
    assert index.assign("other", stories.fingerprint(other)) == "other", label


@pytest.mark.unit
def test_a_removed_article_no_longer_groups_and_the_best_match_wins():
    index = stories.StoryIndex()
    index.assign("a", stories.fingerprint(WIRE))
    index.assign("b", stories.fingerprint(SAME_TOPIC))
    assert index.match(stories.fingerprint(edited(WIRE)))[0] == "a"
    index.remove("a")
    assert index.match(stories.fingerprint(edited(WIRE))) is None and len(index) == 1


@pytest.mark.unit
def test_the_stores_bands_are_those_datasketch_chooses_for_the_threshold():
    assert stories.bands(stories.THRESHOLD) == stories.LAYOUT == (32, 4)


def _variants(n: int = 60) -> list[str]:
    """Copies of the wire story edited more and more (so some share bands and some do not),
    and the other stories."""
    import random

    rng = random.Random(3)  # noqa: S311 - reproducible edits, not secrets
    words = _words(WIRE + " " + SAME_TOPIC)
    out = [SAME_TOPIC, OTHER_DAY]
    for i in range(n):
        copy = _words(WIRE)
        for _ in range(i):  # i words replaced
            copy[rng.randrange(len(copy))] = rng.choice(words)
        out.append(" ".join(copy[: len(copy) - rng.randrange(i + 1)]))
    return out


@pytest.mark.unit
def test_the_candidates_are_those_of_datasketchs_lsh():
    """The band keys find exactly the articles datasketch's MinHash LSH finds (same grouping)."""
    from datasketch import LeanMinHash, MinHashLSH

    from dashboard.store import fingerprint as fp

    lsh = MinHashLSH(num_perm=fp.NUM_PERM, params=stories.LAYOUT)
    index = stories.StoryIndex()
    prints = {}
    for i, body in enumerate(_variants()):
        prints[f"a{i}"] = values = stories.fingerprint(body)
        lsh.insert(f"a{i}", LeanMinHash(seed=fp.SEED, hashvalues=values, scheme=fp.SCHEME))
        index.add(f"a{i}", stories.short(values), f"a{i}", stories.band_keys(values))
    sizes = set()
    for values in prints.values():
        found = lsh.query(LeanMinHash(seed=fp.SEED, hashvalues=values, scheme=fp.SCHEME))
        assert index.candidates(stories.band_keys(values)) == set(found)
        sizes.add(len(found))
    assert min(sizes) == 1 and max(sizes) > 5 and len(sizes) > 5  # some near, some not


def _write(folder, name: str, title: str, body: str) -> None:
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def _band_rows(store: Store) -> dict[str, int]:
    """How many band keys each article has in the store's LSH index (``story_bands``)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.title, COUNT(*) FROM story_bands b LEFT JOIN articles a ON a.seq = b.seq"
                " GROUP BY a.title"
            )
        ).all()
    return dict(rows)


def _stories(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT title, COALESCE(story_id, id) FROM articles")).all()
    return dict(rows)


@pytest.mark.integration
def test_ingest_groups_copies_and_an_edit_keeps_its_story(store_url, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", "Bantuan tiba di Idlib", WIRE)
    _write(folder, "b.txt", "Konvoi PBB akhirnya masuk Idlib", rewrapped(WIRE))
    _write(folder, "c.txt", "Badai salju di kamp Idlib", SAME_TOPIC)
    store = Store(store_url)
    ingest_paths([folder], store, geotagger=no_geotagger)
    found = _stories(store)
    assert found["Bantuan tiba di Idlib"] == found["Konvoi PBB akhirnya masuk Idlib"]
    assert found["Badai salju di kamp Idlib"] != found["Bantuan tiba di Idlib"]
    story = found["Bantuan tiba di Idlib"]

    _write(folder, "a.txt", "Bantuan tiba di Idlib", edited(WIRE))  # edited: a new article id
    _write(folder, "d.txt", "Salinan ketiga", truncated(WIRE))
    ingest_paths([folder], store, geotagger=no_geotagger)
    found = _stories(store)
    assert len(found) == 4
    assert {found["Bantuan tiba di Idlib"], found["Salinan ketiga"]} == {story}

    other = Store(store_url)  # another process: its index is built from the stored signatures
    _write(folder, "e.txt", "Salinan keempat", rewrapped(edited(WIRE)))
    ingest_paths([folder / "e.txt"], other, geotagger=no_geotagger)
    _write(folder, "f.txt", "Salinan kelima", truncated(rewrapped(WIRE), 0.9))
    ingest_paths([folder / "f.txt"], store, geotagger=no_geotagger)  # sees what `other` wrote
    found = _stories(store)
    assert found["Salinan keempat"] == found["Salinan kelima"] == story
    assert _band_rows(store) == {title: 32 for title in found}  # the old version's rows went


@pytest.mark.integration
def test_upgrade_from_the_previous_revision_keeps_articles_and_groups_them_later(
    store_url, tmp_path
):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", "Bantuan tiba di Idlib", WIRE)
    _write(folder, "b.txt", "Konvoi PBB akhirnya masuk Idlib", rewrapped(WIRE))
    store = Store(store_url)
    ingest_paths([folder], store, geotagger=no_geotagger)
    with store.engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0004")
        before = conn.execute(text("SELECT id, title, body, path FROM articles ORDER BY id")).all()
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        after = conn.execute(text("SELECT id, title, body, path FROM articles ORDER BY id")).all()
        assert after == before and len(after) == 2
        assert conn.execute(text("SELECT COUNT(story_id) FROM articles")).scalar() == 0
    assert len(set(_stories(reopened).values())) == 2  # each its own story until a write
    _write(folder, "c.txt", "Badai salju di kamp Idlib", SAME_TOPIC)
    ingest_paths([folder / "c.txt"], reopened, geotagger=no_geotagger)
    found = _stories(reopened)
    assert found["Bantuan tiba di Idlib"] == found["Konvoi PBB akhirnya masuk Idlib"]
    assert len(set(found.values())) == 2
