"""What every converter of :mod:`kg.dictionaries` shares: source lines, tallies, errors, helpers.

A line that cannot be converted raises :class:`SourceLineError` inside its parser; the file
loop catches it and counts it in a :class:`Tally` by reason, so a conversion never stops on
bad data and ``summary.json`` says what was lost.
"""
from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import PatternError

logger = logging.getLogger(__name__)

Json = dict[str, Any]

VERBS_FILE = "CAMEO.2.0.txt"
PREPOSITIONS_FILE = "Phoenix.prepositions.txt"
ACTOR_FILES = {
    "countries": "Phoenix.Countries.actors.txt",
    "international": "Phoenix.International.actors.txt",
    "nonstate": "Phoenix.MilNonState.actors.txt",
}
AGENTS_FILE = "Phoenix.agents.txt"
DISCARDS_FILE = "Phoenix.discards.txt"
LICENCE_FILE = "LICENSE"
SOURCE_FILES = (VERBS_FILE, PREPOSITIONS_FILE, *ACTOR_FILES.values(), AGENTS_FILE, DISCARDS_FILE,
                LICENCE_FILE)

SOURCE_ENV = "KG_PETRARCH_DIR"
LICENCE_NOTE = "MIT, Copyright (c) 2014 Open Event Data; see NOTICE.md"

SKIP_TEMPLATE = "{file}:{line}: {reason}: expected {expected}, found {found!r}"
MISSING_SOURCE = (
    "PETRARCH-2 dictionary '{path}' not found: expected the files {files} in {source}; "
    "pass --source DIR or set " + SOURCE_ENV
)


class SourceLineError(PatternError):
    """A line of a PETRARCH-2 dictionary that cannot be converted.

    ``reason`` is the short label the summary counts lines under.
    """

    def __init__(self, file: str, line: int, reason: str, *, expected: str, found: str) -> None:
        self.file = file
        self.line = line
        self.reason = reason
        super().__init__(SKIP_TEMPLATE.format(file=file, line=line, reason=reason,
                                              expected=expected, found=found))


@dataclass
class Tally:
    """What one converter read, wrote and skipped; becomes a section of ``summary.json``."""

    counts: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def skip(self, error: SourceLineError, *, group: str = "lines_skipped") -> None:
        """Count a skipped line under ``group`` and its reason, and log it."""
        self.reasons[group][error.reason] += 1
        logger.info("skipped %s", error)

    def note(self, group: str, reason: str, n: int = 1) -> None:
        """Count something repaired or dropped that is not a whole line."""
        self.reasons[group][reason] += n

    def to_dict(self) -> Json:
        """Counts and reason tables, sorted, for ``summary.json``."""
        out: Json = dict(sorted(self.counts.items()))
        for group, counter in sorted(self.reasons.items()):
            out[group] = dict(sorted(counter.items()))
        return out


@dataclass(frozen=True)
class Line:
    """One source line with where it came from, for error messages."""

    file: str
    number: int
    text: str

    def error(self, reason: str, expected: str, found: str | None = None) -> SourceLineError:
        """A :class:`SourceLineError` about this line."""
        return SourceLineError(self.file, self.number, reason, expected=expected,
                               found=self.text.strip() if found is None else found)


def read_lines(path: Path) -> list[Line]:
    """The lines of a source file, numbered from 1, without their line ends.

    Raises:
        PatternError: if the file does not exist.
    """
    if not path.is_file():
        raise PatternError(MISSING_SOURCE.format(path=path, files=", ".join(SOURCE_FILES),
                                                 source=path.parent))
    text = path.read_bytes().decode("utf-8", errors="replace")
    return [Line(path.name, n, raw.rstrip("\r")) for n, raw in enumerate(text.split("\n"), start=1)]


def strip_comment(text: str, marks: str = "#") -> str:
    """The text before the first comment mark.

    >>> strip_comment("ASK [020]  # OY 25 Jul 2003")
    'ASK [020]  '
    """
    cut = min((i for i in (text.find(m) for m in marks) if i >= 0), default=len(text))
    return text[:cut]


def normalise_phrase(text: str) -> str:
    """Lowercase, underscores to spaces, whitespace collapsed, marker underscores dropped.

    >>> normalise_phrase("WEAPON_OF_MASS_DESTRUCTION_ ")
    'weapon of mass destruction'
    """
    return " ".join(text.replace("_", " ").split()).lower()


def split_sectors(code: str) -> list[str]:
    """A run of agent codes cut into 3-letter parts.

    >>> split_sectors("GOVFRM")
    ['GOV', 'FRM']
    """
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def header(*sources: str) -> Json:
    """The first line of every generated ``.jsonl`` file (readers skip ``_`` keys)."""
    return {"_generated": f"by python -m kg.dictionaries from {', '.join(sources)}; do not edit",
            "_licence": LICENCE_NOTE}


def dump(obj: Any) -> str:
    """The one serialisation used for every generated line."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def dedupe(records: Iterable[Json], tally: Tally, what: str) -> list[Json]:
    """Records without exact repeats, in first-seen order; repeats are counted."""
    seen: set[str] = set()
    out: list[Json] = []
    for record in records:
        key = dump(record)
        if key in seen:
            tally.note("duplicates_dropped", what)
            continue
        seen.add(key)
        out.append(record)
    return out
