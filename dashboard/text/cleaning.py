"""Clean scraped article text without rewording it.

Cleaning works paragraph by paragraph (one non-empty line is one paragraph): it drops widget and
footer boilerplate, repeated paragraphs and editor initials, moves credit lines ("Sumber: …",
"Redaktur: …") into metadata (a photo's caption, "Foto: warga mengungsi dari …", stays: it is
text the reader sees), and joins what is left with blank lines. Every kept paragraph is
the scraped text itself (whitespace trimmed), so offsets into the result are stable: the same raw
text always cleans to the same string.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from dashboard.text.furniture import furniture

#: Zero-width characters and the byte-order mark: invisible, and they break name matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\t"), " ")
#: The same as patterns: ``str.translate`` looks up every character of a non-ASCII text in the
#: table (about 0.2 ms for a news article); a character class finds the few to change at C speed.
_INVISIBLE_CHARS = re.compile(f"[{''.join(map(chr, _INVISIBLE))}]")
_SPACE_CHARS = re.compile(f"[{''.join(map(chr, _SPACES))}]")

#: A paragraph that is only boilerplate: dropped, reading goes on.
_BOILERPLATE = re.compile(
    r"""(?ix)^(?:
        (?-i:A)(?:\s+(?-i:A)){0,2}               # font-size buttons "A A A"
      | bagikan\s*:? | share\s*:? | advertisement | advertising | iklan
      | scroll\s+to\s+continue\s+with\s+content
      | baca(?:\s+juga|\s+pula)?\s*:?(?:\s+.{0,160})?   # "Baca juga: <related headline>"
      | lihat\s+juga\s*:.{0,160}
      | \[gambas:[^\]]*\]
      | selengkapnya
      | baca\s+berita\s+tanpa\s+iklan.* | gabung\s+kompas\.com\+.*
      | tulis\s+komentarmu.* | syarat\s*&\s*ketentuan.*
      | ikuti\s+(?:berita|kami|kanal).{0,120}(?:google\s+news|whatsapp|telegram|instagram).*
    )$""",
)
#: A paragraph after which only footer follows: it and everything after it are dropped.
_FOOTER_START = re.compile(
    r"""(?ix)^(?:
        ingin\s+langganan\s+artikel\?? | anda\s+mungkin\s+juga\s+berminat.*
      | (?:dapatkan|simak)\s+(?:update\s+)?(?:breaking\s+news|berita\s+pilihan).*
    )$""",
)
_BREADCRUMB_ZONE = 6  # only the first paragraphs can be breadcrumbs


@functools.cache
def _page_words() -> dict[str, tuple[str, ...]]:
    """``page_words.tsv`` by kind: breadcrumb, credit, list_heading."""
    text = resources.files(__package__).joinpath("page_words.tsv").read_text(encoding="utf-8")
    words: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, phrase = line.partition("\t")
            words.setdefault(kind.strip(), []).append(phrase.strip())
    return {kind: tuple(phrases) for kind, phrases in words.items()}


def _phrases(kind: str) -> str:
    ordered = sorted(_page_words()[kind], key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Section breadcrumbs ("Berita", "Dunia"); credit lines kept as metadata ("Sumber:
    Arabi21.com", "Rep: X/ Red: Y"); the heading of a list of other articles, dropped (the list
    under it is a run of non-prose lines, dropped by its shape, and reading goes on after it)."""
    return (
        re.compile(rf"(?i)^(?:{_phrases('breadcrumb')})$"),
        re.compile(rf"(?i)^(?:{_phrases('credit')})\s*:\s*\S.{{0,100}}$"),
        re.compile(rf"(?i)^(?:{_phrases('list_heading')})\s*:?$"),
    )


@functools.cache
def _caption_label() -> re.Pattern[str]:
    """A credit label that may open a photo's caption ("Foto: warga mengungsi …")."""
    return re.compile(rf"(?i)^(?:{_phrases('caption')})\s*:")


#: Lower-case words of prose: a caption describes ("danau … pinggiran kota …"), a credit names.
_PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")
_CAPTION_WORDS = 3  # "Foto: dok. pribadi" (two) is a credit; a caption says more


def _is_caption(para: str) -> bool:
    """A credit-shaped line that is a photo's caption: article text, not metadata. Places in
    captions count (the annotation rules of the development corpus)."""
    m = _caption_label().match(para)
    return m is not None and len(_PROSE_WORD.findall(para, m.end())) >= _CAPTION_WORDS


#: Editor initials closing an article: "(esn)", "(ita/ita)", "(fath/arrahmah.com)".
_INITIALS = re.compile(r"\((?-i:[a-z]{2,15})(?:\s*/\s*[a-z0-9.\-]{2,20}){0,2}\)")
_INITIALS_LINE = re.compile(rf"^{_INITIALS.pattern}$")
_INITIALS_TAIL = re.compile(rf"(?<=[.!?\"”’)])\s*{_INITIALS.pattern}$")
#: A related-article teaser: "KIEV, OUTLET.COM-Pembicaraan … bertuju..."
_TEASER = re.compile(r"^[A-Z][A-Z .'-]{2,40},\s*\S+.*(?:\.\.\.|…)$")
_MIN_DUPLICATE = 25  # shorter paragraphs may repeat legitimately ("Baca Juga:", quotes)
_MIN_PREFIX = 40  # a cut-off repeat of an earlier paragraph ("DAMASKUS - Aksi … Sehari setelah")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned body and what was taken out of it as metadata."""

    body: str
    credits: tuple[str, ...]
    dropped: int  # paragraphs dropped (boilerplate, repeats, footer)


def normalize_text(raw: str) -> str:
    """Unify line ends, drop invisible characters, NFC-compose: never changes a word."""
    text = _INVISIBLE_CHARS.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return _SPACE_CHARS.sub(" ", unicodedata.normalize("NFC", text))


def paragraphs(raw: str) -> list[str]:
    """Non-empty, whitespace-trimmed lines of the normalised text."""
    return [line.strip() for line in normalize_text(raw).split("\n") if line.strip()]


def _key(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()


def _is_repeat(key: str, seen: list[str]) -> bool:
    """A paragraph already seen, or a cut-off copy of one."""
    if len(key) < _MIN_DUPLICATE:
        return False
    if key in seen:
        return True
    # one that starts with it: keys hold no line break, so one found after a break starts there
    return len(key) >= _MIN_PREFIX and f"\n{key}" in "\n" + "\n".join(seen)


def _strip_initials(paragraph: str) -> tuple[str, str | None]:
    """Split editor initials off the end of a paragraph: ("… teroris.", "(fath/arrahmah.com)")."""
    if _INITIALS_LINE.match(paragraph):
        return "", paragraph
    # every match ends with ")": re would try the look-behind at every character
    m = _INITIALS_TAIL.search(paragraph) if paragraph.rstrip("\n").endswith(")") else None
    if m:
        return paragraph[: m.start()].rstrip(), m.group().strip()
    return paragraph, None


#: A headline in a list of other articles is short and closes with no full stop.
_LIST_LINE_MAX = 160


def _list_only(rest: list[str]) -> bool:
    """Is what follows a list heading nothing but headlines (short, no full stop: "Israel Rebut
    Wilayah Suriah Lagi, Warga Panik!", "Jumat, 28 Februari 2025 | 14:59", "-", "1")? Then the
    article has ended: the lists are the page's, with other articles' dates and places. A
    heading with a sentence after it only drops itself, and reading goes on."""
    return all(
        len(para) <= _LIST_LINE_MAX and not para.rstrip("\"”’' ").endswith(".") for para in rest
    )


def clean_body(raw_body: str, *, title: str = "", known: frozenset[str] = frozenset()) -> Cleaned:
    """Clean a scraped body; ``title`` lets a repeated headline be dropped, ``known`` holds
    lines (folded as :func:`~dashboard.text.furniture.shared_lines` folds them) known to be
    the outlet's furniture."""
    paras = paragraphs(raw_body)
    shaped = furniture(paras)
    breadcrumb, credit, list_heading = _patterns()
    title_key = _key(title)
    kept: list[str] = []
    credits: list[str] = []
    seen: list[str] = []
    for i, para in enumerate(paras):
        if _FOOTER_START.match(para):
            break
        if credit.match(para) and not _is_caption(para):
            credits.append(para)
            continue
        if _BOILERPLATE.match(para) or (i < _BREADCRUMB_ZONE and breadcrumb.match(para)):
            continue
        key = _key(para)
        furnished = i in shaped and not _INITIALS_LINE.match(para)
        if list_heading.match(para) and _list_only(paras[i + 1 :]):
            break  # "Berita Terkait", "Terpopuler" and only headlines after it: the page's lists
        if furnished or list_heading.match(para) or key in known:
            continue
        if (title_key and key == title_key) or _is_repeat(key, seen):
            continue
        if _TEASER.match(para) and i >= len(paras) - 2 and kept:
            if len(kept[-1]) < 120 and not kept[-1].endswith((".", '"', "”")):
                kept.pop()  # the teaser's headline
            break
        text, initials = _strip_initials(para)
        if initials and i >= len(paras) // 2:
            credits.append(initials)
            if text:
                kept.append(text)
            break  # initials close the article: what follows is the site's footer
        kept.append(para)
        seen.append(key)
    return Cleaned("\n\n".join(kept), tuple(credits), len(paras) - len(kept))
