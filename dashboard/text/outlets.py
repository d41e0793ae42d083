"""Who published an article (the outlet) and whom it quotes (cited sources).

The outlet comes from the dateline ("KIBLAT.NET, Idlib –", "DAMASKUS (Arrahmah.id) –",
"Jakarta, CNN Indonesia"), else from the URL's host. A source the text cites ("seperti dilansir
Sputnik", "dikutip Reuters") is never the outlet: it is listed separately.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: Display names for outlets, keyed by the lower-cased name or domain as pages write it.
OUTLET_NAMES = {
    "kiblat.net": "Kiblat.net",
    "republika.co.id": "Republika",
    "republika": "Republika",
    "kompas.com": "Kompas.com",
    "tempo.co": "Tempo",
    "detiknews": "detikNews",
    "detik.com": "detikNews",
    "detikcom": "detikNews",
    "cnn indonesia": "CNN Indonesia",
    "cnnindonesia.com": "CNN Indonesia",
    "satuharapan.com": "Satuharapan.com",
    "arrahmah.com": "Arrahmah",
    "arrahmah.id": "Arrahmah",
    "voa-islam.com": "VOA-Islam",
    "voaindonesia.com": "VOA Indonesia",
    "bisnis.com": "Bisnis.com",
    "rmol": "RMOL",
    "rmol.id": "RMOL",
    "okezone.com": "Okezone",
    "medcom.id": "Medcom.id",
    "jpnn.com": "JPNN",
    "voi.id": "VOI",
    "antaranews.com": "Antara",
    "antara": "Antara",
    "liputan6.com": "Liputan6.com",
    "sindonews.com": "Sindonews",
    "tribunnews.com": "Tribunnews",
    "viva.co.id": "VIVA",
    "suara.com": "Suara.com",
    "kumparan.com": "kumparan",
    "hidayatullah.com": "Hidayatullah.com",
    "eramuslim.com": "Eramuslim",
    "jejaktapak.com": "JejakTapak",
}
_DOMAIN = r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,6}){1,2}"
#: Known outlet names that are not domains, as they appear in bylines and datelines.
_NAMED = r"CNN\s+Indonesia|detikNews|detikcom|RMOL|Antara|Republika"
_DASH = r"\s*(?:--|[-–—])"
_DATELINE = [
    # "KIBLAT.NET, Idlib –", "REPUBLIKA.CO.ID, ALEPPO --", "Bisnis.com, JAKARTA –"
    re.compile(rf"^(?P<outlet>{_DOMAIN}|{_NAMED}),\s*[A-Za-z][\w .']{{1,40}}?{_DASH}"),
    # "DAMASKUS, SATUHARAPAN.COM -", "Jakarta, CNN Indonesia"
    re.compile(rf"^[A-Z][\w .']{{1,40}}?,\s*(?P<outlet>{_DOMAIN}|{_NAMED})(?:{_DASH}|$)"),
    # "DAMASKUS (Arrahmah.id) –", "LONDON, INGGRIS (voa-islam.com) -"
    re.compile(rf"^[A-Z][\w ,.']{{1,40}}?\((?P<outlet>{_DOMAIN})\){_DASH}"),
    # "KOMPAS.com -", "Kompas.com - 18/08/2012", "RMOL. Moskow …", "… - detikNews"
    re.compile(rf"^(?P<outlet>{_DOMAIN}|{_NAMED})(?:{_DASH}|\.\s)"),
    re.compile(rf"^[\w .']{{3,60}}{_DASH}\s*(?P<outlet>detikNews|detikcom|{_DOMAIN})$"),
]
_DATELINE_ZONE = 6  # datelines and bylines sit in the first paragraphs

_CITE_TRIGGER = (
    r"(?i:dilansir|melansir|dikutip|mengutip|seperti\s+dilaporkan|dilaporkan\s+oleh|"
    r"menurut\s+laporan|menurut\s+kantor\s+berita|kepada\s+kantor\s+berita|dari\s+kantor\s+berita)"
)
_CITE_FILLER = r"(?:(?i:dari|oleh|laman|situs|media|harian|surat\s+kabar|kantor\s+berita)\s+)*"
_WORD = r"[A-Z][\w\-]*(?:\.[\w\-]+)*"  # "Sputnik", "Arabi21.com": no sentence-final dot
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_CITED = re.compile(
    rf"\b{_CITE_TRIGGER}\s+{_CITE_FILLER}(?P<names>{_NAME}(?:\s+(?:dan|serta)\s+{_NAME})*)"
)
_NOT_A_SOURCE = {
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "ahad",
    "pada",
    "bahwa",
    "dari",
    "kantor",
    "berita",
    "media",
    "pihak",
    "sumber",
    "menurut",
}


def canonical_outlet(name: str) -> str:
    """The display name of an outlet ("REPUBLIKA.CO.ID" → "Republika"); unknown ones as written."""
    cleaned = " ".join(name.split()).strip(" .,-–—")
    return OUTLET_NAMES.get(cleaned.casefold(), cleaned)


def outlet_from_dateline(paragraphs: list[str]) -> str | None:
    """The outlet a dateline or byline in the first paragraphs names, or None."""
    for para in paragraphs[:_DATELINE_ZONE]:
        for pattern in _DATELINE:
            m = pattern.match(para)
            if m:
                return canonical_outlet(m.group("outlet"))
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet named by a URL's host ("https://www.kiblat.net/…" → "Kiblat.net")."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").casefold()
    if not host:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in OUTLET_NAMES:
            return OUTLET_NAMES[candidate]
    return host.removeprefix("www.").removeprefix("m.")


def cited_sources(text: str) -> tuple[str, ...]:
    """Sources the text quotes ("dilansir Sputnik" → "Sputnik"), in order of first mention."""
    found: list[str] = []
    for m in _CITED.finditer(text):
        for name in re.split(r"\s+(?:dan|serta)\s+", m.group("names")):
            name = name.strip(" .,;:")
            if name and name.split()[0].casefold() not in _NOT_A_SOURCE and name not in found:
                found.append(name)
    return tuple(found)
