"""The one fixed split of the dev corpus that every benchmark reports on (dev_split.tsv).

By outlet, so no outlet is on both sides: outlet key = gold ``outlet`` lower-cased, cut at " (",
without "www." and a final .com/.id/.net/.co/.org, "VOA/CNN/BBC …" cut to their first word; an
article is held out when ``int(sha256(key), 16) % 3 == 0``. The file was written once, before any
tuning, and is read, never recomputed, so a new article joins a side only when it is added to it.
Rules are tuned on "tune"; "heldout" is scored, never read for errors.
"""

from __future__ import annotations

from pathlib import Path

SPLIT_FILE = Path(__file__).resolve().with_name("dev_split.tsv")


_WIRES = ("voa ", "cnn ", "bbc ")  # "VOA Indonesia", "CNN Indonesia": cut to the first word


def outlet_key(outlet: str) -> str:
    """The split's outlet key of a gold ``outlet`` field ("CNN Indonesia (via …)" → "cnn")."""
    key = outlet.lower().split(" (")[0].strip().removeprefix("www.")
    for suffix in (".com", ".id", ".net", ".co", ".org"):
        key = key.removesuffix(suffix)
    return key.split()[0] if key.startswith(_WIRES) else key


def load_split(path: Path = SPLIT_FILE) -> dict[str, str]:
    """file name → "tune" | "heldout" (files not listed, such as the seeds, are "tune")."""
    split = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "file\t")):
            name, _outlet, part = line.split("\t")
            split[name] = part
    return split


def is_held_out(name: str, split: dict[str, str]) -> bool:
    return split.get(name, "tune") == "heldout"
