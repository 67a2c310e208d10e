"""Run every converter and render, write or check the files of ``kg/data/petrarch``."""
from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg import resources
from kg.dictionaries.actors import (
    add_home_states,
    historic_countries,
    iso_countries,
    read_actor_file,
)
from kg.dictionaries.agents import agent_sectors, read_agents
from kg.dictionaries.common import (
    ACTOR_FILES,
    AGENTS_FILE,
    DISCARDS_FILE,
    LICENCE_FILE,
    PREPOSITIONS_FILE,
    SOURCE_ENV,
    SOURCE_FILES,
    VERBS_FILE,
    Json,
    Tally,
    dedupe,
    dump,
    header,
    read_lines,
)
from kg.dictionaries.discards import read_discards
from kg.dictionaries.notice import notice
from kg.dictionaries.verbs import read_prepositions, read_verb_dictionary
from kg.errors import PatternError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Conversion:
    """Every output file, rendered in memory, and the summary counts."""

    files: dict[str, bytes]
    summary: Json


def convert_dictionaries(source: Path) -> Conversion:
    """Read the PETRARCH-2 dictionaries in ``source`` and render kg's files (nothing is written).

    Raises:
        PatternError: if a source file is missing.
    """
    prepositions = read_prepositions(source / PREPOSITIONS_FILE)
    verbs = read_verb_dictionary(source / VERBS_FILE, prepositions=prepositions)
    agent_tally, actor_tally, discard_tally = Tally(), Tally(), Tally()
    agents = read_agents(source / AGENTS_FILE, tally=agent_tally)
    sectors = agent_sectors(agents)
    actors = [record for key, name in ACTOR_FILES.items()
              for record in read_actor_file(source / name, file_key=key, sectors=sectors,
                                            tally=actor_tally)]
    add_home_states(actors, actor_tally)
    order = list(ACTOR_FILES)
    actors = dedupe(sorted(actors, key=lambda r: (order.index(r["file"]), r["names"][0], dump(r))),
                    actor_tally, "actor")
    discards = read_discards(source / DISCARDS_FILE, tally=discard_tally)
    summary = {**header(*(name for name in SOURCE_FILES if name != LICENCE_FILE)),
               "verbs": verbs.tally.to_dict(), "actors": summarise_actors(actors, actor_tally),
               "agents": agent_tally.to_dict(), "discards": discard_tally.to_dict()}
    files = {
        "synsets.json": dump({**header(VERBS_FILE), **verbs.synsets}) + "\n",
        "verbs.jsonl": jsonl(verbs.blocks, VERBS_FILE, PREPOSITIONS_FILE),
        "transformations.jsonl": jsonl(verbs.transformations, VERBS_FILE),
        "actors.jsonl": jsonl(actors, *ACTOR_FILES.values(), AGENTS_FILE),
        "agents.jsonl": jsonl(agents, AGENTS_FILE),
        "discards.jsonl": jsonl(discards, DISCARDS_FILE),
        "summary.json": dump(summary) + "\n",
        "NOTICE.md": notice(read_lines(source / LICENCE_FILE)),
    }
    _log_summary(summary)
    return Conversion({name: text.encode("utf-8") for name, text in files.items()}, summary)


def jsonl(records: Iterable[Json], *sources: str) -> str:
    """A header line, then one compact JSON object per line."""
    return "".join(dump(record) + "\n" for record in [header(*sources), *records])


def summarise_actors(actors: list[Json], tally: Tally) -> Json:
    """Counts for ``summary.json``: records by kind and file, names, persons, dated roles, codes."""
    codes = [code for actor in actors for code in actor["codes"]]
    countries = Counter(code["country"] for code in codes if code["country"])
    non_iso = {prefix: n for prefix, n in sorted(countries.items())
               if prefix not in iso_countries()}
    counts = tally.counts
    counts["actors"] = len(actors)
    counts["names"] = sum(len(actor["names"]) for actor in actors)
    counts["persons"] = sum(actor["kind"] == "person" for actor in actors)
    counts["codes"] = len(codes)
    counts["dated_codes"] = sum(bool(code["start"] or code["end"]) for code in codes)
    counts["dated_roles"] = sum(bool(code["start"] or code["end"]) for actor in actors
                                if actor["kind"] == "person" for code in actor["codes"])
    counts["actors_without_codes"] = sum(not actor["codes"] for actor in actors)
    return {**tally.to_dict(),
            "by_kind": dict(sorted(Counter(actor["kind"] for actor in actors).items())),
            "by_file": dict(sorted(Counter(actor["file"] for actor in actors).items())),
            "non_iso_prefixes": non_iso,
            "non_iso_prefixes_historic": sorted(set(non_iso) & historic_countries()),
            "sector_first_codes": dict(sorted(Counter(
                code["sectors"][0] for code in codes if not code["country"] and not code["prefix"]
            ).items())),
            "irregular_codes": sorted({code["code"] for code in codes
                                       if len(code["code"]) % 3 or not code["code"].isalpha()})}


def _log_summary(summary: Json) -> None:
    verbs, actors = summary["verbs"], summary["actors"]
    logger.info("%s: %d blocks, %d verbs, %d patterns (%d skipped), %d synsets", VERBS_FILE,
                verbs["blocks"], verbs["verbs"], verbs["patterns"],
                sum(verbs.get("patterns_skipped", {}).values()), verbs["synsets"])
    logger.info("actors: %d records (%s), %d names", actors["actors"],
                ", ".join(f"{n} {kind}" for kind, n in actors["by_kind"].items()), actors["names"])
    logger.info("%d agents, %d discards", summary["agents"]["agents"],
                summary["discards"]["discards"])


def write_dictionaries(*, source: Path | None = None, out: Path | None = None) -> Conversion:
    """Convert and write every output file into ``out`` (default ``kg/data/petrarch``).

    Args:
        source: the PETRARCH-2 folder (default: :func:`default_source`).
        out: the output folder, created if missing.
    """
    conversion = convert_dictionaries(source or default_source())
    out = out or default_out()
    out.mkdir(parents=True, exist_ok=True)
    for name, content in conversion.files.items():
        (out / name).write_bytes(content)
    return conversion


def find_stale(*, source: Path | None = None, out: Path | None = None) -> list[Path]:
    """The files in ``out`` that are missing or differ from a fresh conversion."""
    conversion = convert_dictionaries(source or default_source())
    out = out or default_out()
    return [out / name for name, content in conversion.files.items()
            if not (out / name).is_file() or (out / name).read_bytes() != content]


def default_out() -> Path:
    """``kg/data/petrarch``."""
    return resources.data_file("petrarch")


def default_source() -> Path:
    """``$KG_PETRARCH_DIR``, else ``../shared/reference/petrarch2`` from the repository root.

    Raises:
        PatternError: if neither is set nor found.
    """
    if os.environ.get(SOURCE_ENV):
        return Path(os.environ[SOURCE_ENV])
    for folder in resources.PACKAGE_DIR.parents:
        if (folder / "pyproject.toml").is_file():
            return folder.parent / "shared" / "reference" / "petrarch2"
    raise PatternError(f"cannot find the repository root (a folder with pyproject.toml) above "
                       f"{resources.PACKAGE_DIR}: pass --source DIR or set {SOURCE_ENV}")
