"""The Phoenix discard list (``Phoenix.discards.txt``): phrases that make a text uncodable."""
from __future__ import annotations

from pathlib import Path

from kg.dictionaries.common import (
    Json,
    Tally,
    dedupe,
    normalise_phrase,
    read_lines,
    strip_comment,
)


def read_discards(path: Path, *, tally: Tally) -> list[Json]:
    """Convert the discard list: ``+`` first means the whole story, ``_`` last a whole word.

    Returns:
        Discard records sorted by phrase and scope, without repeats.
    """
    records: list[Json] = []
    for line in read_lines(path):
        text = strip_comment(line.text).strip()
        if not text:
            continue
        story = text.startswith("+")
        text = text.lstrip("+").strip()
        phrase = normalise_phrase(text)
        if not phrase:
            tally.skip(line.error("empty discard phrase", "a phrase after +"))
            continue
        records.append({"phrase": phrase, "scope": "story" if story else "sentence",
                        "whole_word": text.endswith("_")})
    records = dedupe(sorted(records, key=lambda r: (r["phrase"], r["scope"], r["whole_word"])),
                     tally, "discard")
    tally.counts["discards"] = len(records)
    tally.counts["discards_story"] = sum(record["scope"] == "story" for record in records)
    tally.counts["discards_whole_word"] = sum(record["whole_word"] for record in records)
    return records
