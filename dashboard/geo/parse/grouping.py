"""Mentions grouped by place: one tagged place per place named, best first.

A place named several times is surer (+0.05 a mention after the first, up to 1); a bare region
("Ghouta") folds into its one part the article names ("Ghouta Timur")."""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.geo.parse.resolve import Located
from dashboard.geo.parse.values import new_tagged_place
from dashboard.model import TaggedPlace


def group(located: Sequence[Located], parts: dict[tuple[str, str], str]) -> tuple[TaggedPlace, ...]:
    """Mentions grouped by place, best first; a bare region folds into its one named part.

    *located* comes in text order, as :func:`resolve` gives it."""
    by_place: dict[str, list[Located]] = {}
    for item in located:
        if item.place.id in by_place:
            by_place[item.place.id].append(item)
        else:
            by_place[item.place.id] = [item]
    folded = set()
    for (whole, _), part in parts.items():
        if whole not in by_place:
            continue
        named = [p for (w, _), p in parts.items() if w == whole and p in by_place]
        if named == [part]:
            by_place[part].extend(by_place.pop(whole))  # "Ghouta" in a Ghouta Timur article
            folded.add(part)
    tagged = []
    for place_id, items in by_place.items():
        if len(items) == 1:  # most places: named once
            mention = items[0].mention
            confidence = round(min(1.0, mention.confidence + 0.0), 3)
            qualifier = mention.qualifier or None
            tagged.append(new_tagged_place(items[0].place, (mention,), confidence, qualifier))
            continue
        mentions = tuple([i.mention for i in items])  # *located* is in text order
        if place_id in folded:
            mentions = tuple(sorted(mentions, key=lambda m: m.start))
        best = max([m.confidence for m in mentions])
        confidence = round(min(1.0, best + 0.05 * (len(mentions) - 1)), 3)
        qualifier = next((m.qualifier for m in mentions if m.qualifier), None)
        tagged.append(new_tagged_place(items[0].place, mentions, confidence, qualifier))
    tagged.sort(key=lambda t: (-t.confidence, t.mentions[0].start))
    return tuple(tagged)
