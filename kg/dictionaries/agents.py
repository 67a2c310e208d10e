"""The Phoenix agent dictionary (``Phoenix.agents.txt``): sector nouns such as farmer -> AGR."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from kg.dictionaries.common import (
    Json,
    Line,
    SourceLineError,
    Tally,
    dedupe,
    dump,
    normalise_phrase,
    read_lines,
    split_sectors,
    strip_comment,
)

_AGENT_RE = re.compile(
    r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]\s*$")
_MARKER_RE = re.compile(r"!([A-Z]+)!")


def read_agents(path: Path, *, tally: Tally) -> list[Json]:
    """Convert the agent dictionary: ``FARMER [~AGR]`` -> term, plural, code, position.

    ``!NAME! = A, B`` lines define substitution sets; a phrase holding ``!NAME!`` becomes one
    record per member, without plurals.

    Returns:
        Agent records sorted by term, code and position, without repeats.
    """
    substitutions: dict[str, list[str]] = {}
    records: list[Json] = []
    for line in read_lines(path):
        text = strip_comment(line.text).strip()
        if not text:
            continue
        try:
            if re.match(r"^![A-Z]+!\s*=", text):
                name, _, members = text.partition("=")
                substitutions[name.strip().strip("!")] = [m.strip() for m in members.split(",")]
            else:
                records.extend(parse_agent(line, text, substitutions))
        except SourceLineError as error:
            tally.skip(error)
    records = dedupe(sorted(records, key=lambda r: (r["term"], r["code"], r["position"], dump(r))),
                     tally, "agent")
    tally.counts["agents"] = len(records)
    return records


def parse_agent(line: Line, text: str, substitutions: dict[str, list[str]]) -> list[Json]:
    """The records of one agent line (several when it holds a ``!NAME!`` marker).

    Raises:
        SourceLineError: no ``[CODE]``, a code without ``~``, or a bad marker.
    """
    match = _AGENT_RE.match(text)
    if not match:
        raise line.error("no code", "PHRASE {PLURAL} [~CODE] or [CODE~]")
    code = match["code"].strip()
    if not re.fullmatch(r"~[A-Z]+|[A-Z]+~", code):
        raise line.error("malformed agent code", "[~CODE] or [CODE~]", f"[{code}]")
    shared = {"code": code.strip("~"), "sectors": split_sectors(code.strip("~")),
              "position": "after" if code.startswith("~") else "before"}
    phrases = expand_markers(match["phrase"], line, substitutions)
    if phrases is None:
        term = normalise_phrase(match["phrase"])
        given = match["plural"]
        plural = make_plural(term) if given is None else normalise_phrase(given) or None
        return [{**shared, "term": term, "plural": plural}]
    return [{**shared, "term": normalise_phrase(phrase), "plural": None} for phrase in phrases]


def expand_markers(phrase: str, line: Line,
                   substitutions: dict[str, list[str]]) -> list[str] | None:
    """Every reading of a phrase with its ``!NAME!`` markers substituted, or None if it has none.

    >>> expand_markers("CONGRESS!P!", Line("f", 1, ""), {"P": ["MAN", "MEN"]})
    ['CONGRESSMAN', 'CONGRESSMEN']

    Raises:
        SourceLineError: an undefined marker, or a marker inside a word ("AD!MINIST!RATION").
    """
    names = list(dict.fromkeys(_MARKER_RE.findall(phrase)))
    if not names:
        return None
    if re.search(r"[A-Za-z]![A-Z]+![A-Za-z]", phrase):
        raise line.error("substitution marker inside a word", "!NAME! at a word's start or end")
    for name in names:
        if name not in substitutions:
            raise line.error("undefined substitution marker", "a !NAME! = ... line first",
                             f"!{name}!")
    phrases = []
    for members in itertools.product(*(substitutions[name] for name in names)):
        reading = phrase
        for name, member in zip(names, members, strict=True):
            reading = reading.replace(f"!{name}!", member)
        phrases.append(reading)
    return phrases


def make_plural(term: str) -> str | None:
    """The regular plural of a term's last word, or None.

    PETRARCH's rule (+S, Y -> IES, SS -> SSES), with English refinements: a vowel before
    the Y keeps it (envoys), X, Z, CH and SH take ES, and a term that does not end in a
    letter or already ends in a single S (troops, families) gets no plural.

    >>> [make_plural(w) for w in ("farmer", "deputy", "envoy", "boss", "church", "troops", "gen.")]
    ['farmers', 'deputies', 'envoys', 'bosses', 'churches', None, None]
    """
    if not term or not term[-1].isalpha() or re.search(r"[^s]s$", term):
        return None
    if term.endswith("y") and term[-2:-1] not in ("a", "e", "i", "o", "u"):
        return term[:-1] + "ies"
    if term.endswith(("ss", "x", "z", "ch", "sh")):
        return term + "es"
    return term + "s"


def agent_sectors(agents: Iterable[Json]) -> frozenset[str]:
    """The 3-letter sector codes the agent dictionary uses (GOV, MIL, MED, ELI...)."""
    return frozenset(part for agent in agents for part in agent["sectors"])
