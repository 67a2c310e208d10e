"""The Phoenix actor, agent and discard dictionaries, read into kg's own terms.

Part of the extractor's actor stage. ``python -m kg.dictionaries`` converts PETRARCH-2's
Phoenix files into ``kg/data/petrarch/{actors,agents,discards}.jsonl``; this module reads
them and turns Phoenix codes into kg actors:

- a state code (``AFG``, ``AFGMIL``) is the state with the first agent code as its sector;
- an organisation code (``IGOUNO``, ``NGOAMN``) is the organisation, under kg's acronym where
  ``kg/data/phoenix_codes.json`` maps it (``IGOUNO`` -> ``UN``), else under its Phoenix code;
- dated codes (a person's ``[AFGGOV 011222-041207]``, a state's name before and after
  independence, ``[YUGHRV <910625]``) become dated roles, chosen later by
  the article's date (:func:`kg.extraction.actors.role_on`);
- armed and political groups keep their home state and sector (``PSEREB``).

The hand-written gazetteer (``countries.jsonl``, ``organizations.jsonl``, ``persons.jsonl``
...) is an overlay: a name it lists is never taken from these files.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg import resources
from kg.errors import PatternError

logger = logging.getLogger(__name__)

KINDS = frozenset({"country", "person", "igo", "ngo", "group", "organization"})


@dataclass(frozen=True)
class PhoenixActor:
    """One dictionary record: its names (lower case) and what it stands for."""

    names: tuple[str, ...]
    code: str
    kind: str
    label: str
    sector: str | None = None
    roles: tuple[dict[str, Any], ...] = ()


@dataclass
class PhoenixData:
    actors: list[PhoenixActor] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)  # noun (lower case) -> sector
    discards: dict[str, str] = field(default_factory=dict)  # phrase (lower case) -> sentence | story
    whole_word_discards: set[str] = field(default_factory=set)  # phrases that must end a word
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)  # kg code -> kind, label


@cache
def load_phoenix(data_dir: str | None = None) -> PhoenixData:
    """Read the converted Phoenix dictionaries. Cached.

    Raises:
        PatternError: a file is missing or malformed, or a record has an unknown kind.
    """
    base = Path(data_dir) if data_dir else resources.DATA_DIR
    codes = json.loads((base / "phoenix_codes.json").read_text(encoding="utf-8"))
    org_codes: dict[str, str] = codes["organisations"]
    sectors: dict[str, str] = codes["sectors"]
    states = _state_codes(codes["countries"])
    data = PhoenixData()
    for _, record in resources.read_jsonl(base / "petrarch" / "actors.jsonl"):
        actor = _actor(_with_states(record, states), org_codes, sectors)
        if actor is not None:
            data.actors.append(actor)
            if actor.kind in {"igo", "ngo", "organization"}:
                data.organisations.setdefault(actor.code, {"kind": actor.kind, "label": actor.label})
    for _, record in resources.read_jsonl(base / "petrarch" / "agents.jsonl"):
        sector = _sector(record.get("sectors") or [], sectors)
        if sector is None:
            continue
        for term in (record["term"], record.get("plural")):
            if term:
                data.agents.setdefault(term, sector)
    for _, record in resources.read_jsonl(base / "petrarch" / "discards.jsonl"):
        if record["phrase"].isdigit() or record["phrase"].endswith(" ago"):
            # Phoenix drops every sentence naming a year from 1914 on, or "weeks ago", as
            # history; kg codes archives of any period and dates background events instead
            continue
        data.discards[record["phrase"]] = record.get("scope", "sentence")
        if record.get("whole_word"):
            data.whole_word_discards.add(record["phrase"])
    logger.debug("Phoenix: %d actors, %d agent nouns, %d discards",
                 len(data.actors), len(data.agents), len(data.discards))
    return data


def _state_codes(renamed: dict[str, str]) -> dict[str, str]:
    """Phoenix state code -> kg's: every ISO alpha-3 code as itself, plus the renamed ones."""
    states = {code: code for code in _iso_states()}
    states.update(renamed)
    return states


def _with_states(record: dict[str, Any], states: dict[str, str]) -> dict[str, Any]:
    """The record with its state codes in kg's spelling; codes naming no state (regions) dropped."""
    codes = []
    for code in record.get("codes") or []:
        country = code.get("country")
        if country is not None:
            if country not in states:
                continue
            code = {**code, "country": states[country]}
        codes.append(code)
    return {**record, "codes": codes}


def _sector(parts: list[str], sectors: dict[str, str]) -> str | None:
    """kg's sector for a list of Phoenix agent codes: the first one, renamed where kg says so."""
    for part in parts:
        mapped = sectors.get(part, part)
        if mapped:
            return mapped
    return None


def _label(names: list[str]) -> str:
    return " ".join(w if w.isupper() or "." in w else w.capitalize() for w in names[0].split()) if names else ""


def _kg_code(code: dict[str, Any], org_codes: dict[str, str]) -> str | None:
    """The kg code for a parsed Phoenix code: a state's alpha-3, or an organisation's acronym
    (the longest mapped start of its code, cut at three-letter boundaries), else its Phoenix code."""
    if code.get("country"):
        return str(code["country"])
    whole = str(code.get("code") or "")
    if not code.get("prefix") or not whole:
        return None
    for end in range(len(whole), 2, -3):
        if whole[:end] in org_codes:
            return org_codes[whole[:end]]
    return whole


def _own_sector(code: dict[str, Any], sectors: dict[str, str]) -> str | None:
    """A state body's sector (AFGMIL); an organisation's codes name what it is, not a sector,
    and a republic within a state (YUGHRV: Croatia within Yugoslavia) is no sector either."""
    if not code.get("country"):
        return None
    return _sector([part for part in code.get("sectors") or [] if part not in _iso_states()], sectors)


@cache
def _iso_states() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _actor(record: dict[str, Any], org_codes: dict[str, str], sectors: dict[str, str]) -> PhoenixActor | None:
    kind = record.get("kind")
    if kind not in KINDS:
        raise PatternError(f"actors.jsonl: record {record.get('names', ['?'])[:1]} has kind {kind!r}, "
                           f"expected one of {sorted(KINDS)}; regenerate with `make dictionaries`")
    names = list(record.get("names") or [])
    codes = [c for c in record.get("codes") or [] if _kg_code(c, org_codes)]
    if not names or not codes:
        return None
    # dated codes first (an office, a state's name before and after independence); an undated
    # code is the default when no date range holds
    dated = any(c.get("start") or c.get("end") for c in codes)
    roles = tuple(_role(c, org_codes, sectors) for c in sorted(codes, key=lambda c: not (c.get("start") or c.get("end"))))
    if kind == "person":
        last = roles[-1]
        return PhoenixActor(names=tuple(names), code=last["code"], kind="person", label=_label(names),
                            sector=last.get("sector"), roles=roles)
    # a state body ("Afghan National Army", AFGMIL; a ministry the international file lists
    # as an organisation) is the state with a sector; armed and political groups stay groups
    first = codes[0]
    if kind == "group" and not first.get("country") and _kg_code(first, org_codes) not in org_codes.values():
        return None  # a group of no state whose code kg has no acronym for names no one a reader knows
    if first.get("country") and kind != "group":
        kind = "country"
    return PhoenixActor(names=tuple(names), code=str(_kg_code(first, org_codes)), kind=kind, label=_label(names),
                        sector=_own_sector(first, sectors), roles=roles if dated else ())


def _role(code: dict[str, Any], org_codes: dict[str, str], sectors: dict[str, str]) -> dict[str, Any]:
    role: dict[str, Any] = {"code": _kg_code(code, org_codes)}
    sector = _own_sector(code, sectors)
    if sector:
        role["sector"] = sector
    for bound in ("start", "end"):
        if code.get(bound):
            role[bound] = code[bound]
    return role
