"""Convert PETRARCH-2's dictionaries into kg's own data files (``kg/data/petrarch/``).

This sits beside the pipeline, not in it: it runs offline (``make dictionaries`` or
``python -m kg.dictionaries``) and its output is committed package data that the actor and
event stages load. It reads the CAMEO verb dictionary, the Phoenix actor, agent and discard
dictionaries and the Phoenix preposition list (MIT licence, Copyright (c) 2014 Open Event
Data), and writes:

``synsets.json``           noun synonym sets: ``{"currency": ["money", ...]}``
``verbs.jsonl``            one verb block per line: its verbs and its patterns
``transformations.jsonl``  verb-verb transformation lines, kept for later
``actors.jsonl``           one actor record per line: names, dated codes, kind
``agents.jsonl``           sector nouns (farmer -> AGR), with plural and position
``discards.jsonl``         phrases that make a sentence or story uncodable
``summary.json``           counts of what was converted, repaired and skipped, and why
``NOTICE.md``              provenance, conversion rules and licence

One module per source format (``verbs``, ``actors``, ``agents``, ``discards``), the shared
line handling in ``common``, the run in ``convert``, the command line in ``__main__``.
Output is deterministic: running twice gives byte-identical files.

Library use::

    from kg.dictionaries import convert_dictionaries, default_source
    conversion = convert_dictionaries(default_source())   # in memory, nothing written
    conversion.summary["verbs"]["patterns"]
"""
from __future__ import annotations

from kg.dictionaries.common import SourceLineError, Tally
from kg.dictionaries.convert import (
    Conversion,
    convert_dictionaries,
    default_out,
    default_source,
    find_stale,
    write_dictionaries,
)

__all__ = [
    "Conversion",
    "SourceLineError",
    "Tally",
    "convert_dictionaries",
    "default_out",
    "default_source",
    "find_stale",
    "write_dictionaries",
]
