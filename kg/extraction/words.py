"""The English word lists the extractor asks about, read from ``kg/data/words.json``.

The bottom of the extractor wing, beside :mod:`kg.extraction.lexicon`: people nouns, pronouns,
prepositions that give owners or targets, subordinators that bound a date, and the like.
The code names each list as a field of :class:`Words`; the file gives each key its
description next to its words. A key the file has and the code does not know, or a key the
code needs and the file lacks, is a :class:`~kg.errors.PatternError` naming the key.

>>> "civilian" in load_words().person_nouns
True
"""
from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from kg import resources
from kg.errors import MISSING_DATA_KEY, UNKNOWN_DATA_KEY, PatternError

logger = logging.getLogger(__name__)

WORDS_FILE = "words.json"
_OWNER = "kg.extraction.words.Words"


@dataclass(frozen=True)
class Words:
    """One frozenset per key of ``words.json``; the file describes what each is for."""

    # who: people, crowds, groups
    person_nouns: frozenset[str]
    member_nouns: frozenset[str]
    member_force_nouns: frozenset[str]
    combat_nouns: frozenset[str]
    crowds: frozenset[str]
    ngo_nouns: frozenset[str]
    protester_nouns: frozenset[str]
    blast_nouns: frozenset[str]
    act_place_preps: frozenset[str]
    quantities: frozenset[str]
    extent_nouns: frozenset[str]
    effort_nouns: frozenset[str]
    agent_non_persons: frozenset[str]
    person_roles: frozenset[str]
    collectives: frozenset[str]
    pair_nouns: frozenset[str]
    pair_counts: frozenset[str]
    collective_counts: frozenset[str]
    pair_singular_counts: frozenset[str]
    unit_nouns: frozenset[str]
    home_sectors: frozenset[str]
    governing_sectors: frozenset[str]
    challenger_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    irregular_sectors: frozenset[str]
    office_sectors: frozenset[str]
    against_prefixes: frozenset[str]
    patron_prefixes: frozenset[str]
    ethnic_modifiers: frozenset[str]
    stock_demonyms: frozenset[str]
    not_home: frozenset[str]
    # pronouns, determiners, conjunctions
    pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    reflexives: frozenset[str]
    relative_pronouns: frozenset[str]
    definite_determiners: frozenset[str]
    agreement_nouns: frozenset[str]
    honorifics: frozenset[str]
    coordinators: frozenset[str]
    reciprocals: frozenset[str]
    # prepositions
    owner_preps: frozenset[str]
    placed_preps: frozenset[str]
    object_preps: frozenset[str]
    about_preps: frozenset[str]
    partner_preps: frozenset[str]
    attributive_participles: frozenset[str]
    exchange_nouns: frozenset[str]
    shipment_nouns: frozenset[str]
    protest_preps: frozenset[str]
    purpose_target_preps: frozenset[str]
    phrase_owner_preps: frozenset[str]
    inner_target_preps: frozenset[str]
    place_preps: frozenset[str]
    place_owner_preps: frozenset[str]
    location_preps: frozenset[str]
    meeting_place_preps: frozenset[str]
    court_nouns: frozenset[str]
    inner_carrier_preps: frozenset[str]
    clause_subject_preps: frozenset[str]
    manner_preps: frozenset[str]
    short_of_adverbs: frozenset[str]
    noun_party_preps: frozenset[str]
    call_preps: frozenset[str]
    feeling_preps: frozenset[str]
    demand_preps: frozenset[str]
    anaphoric_time_preps: frozenset[str]
    # adverbs, modifiers, subordinators, time words
    direction_adverbs: frozenset[str]
    joint_modifiers: frozenset[str]
    condition_marks: frozenset[str]
    limit_marks: frozenset[str]
    bounding_marks: frozenset[str]
    same_day_units: frozenset[str]
    simultaneous_marks: frozenset[str]
    time_nouns: frozenset[str]
    anaphoric_determiners: frozenset[str]
    # verbs
    permissive_verbs: frozenset[str]
    phrase_verbs: frozenset[str]
    owning_verbs: frozenset[str]
    based_verbs: frozenset[str]
    authoring_verbs: frozenset[str]
    bare_demand_verbs: frozenset[str]
    command_verbs: frozenset[str]
    remark_verbs: frozenset[str]
    drawing_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    naming_noun_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    suspect_participles: frozenset[str]
    aiming_participles: frozenset[str]
    carrying_participles: frozenset[str]
    sending_verbs: frozenset[str]
    assist_verbs: frozenset[str]
    help_nouns: frozenset[str]
    invitation_nouns: frozenset[str]
    offer_nouns: frozenset[str]
    response_nouns: frozenset[str]
    # nouns and words around names
    protest_stance_nouns: frozenset[str]
    state_anaphors: frozenset[str]
    named_state_anaphors: frozenset[str]
    group_anaphors: frozenset[str]
    state_form_anaphors: frozenset[str]
    compass_anaphors: frozenset[str]
    neighbour_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    envoy_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    hostile_purposes: frozenset[str]
    peace_force_words: frozenset[str]
    joint_force_nouns: frozenset[str]
    commentators: frozenset[str]
    origin_participles: frozenset[str]
    security_sectors: frozenset[str]
    confronted_verbs: frozenset[str]
    place_taking_verbs: frozenset[str]
    leaving_preps: frozenset[str]
    exile_nouns: frozenset[str]
    contest_nouns: frozenset[str]
    prospective_modifiers: frozenset[str]
    forecast_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    message_nouns: frozenset[str]
    place_suffixes: frozenset[str]
    place_prefixes: frozenset[str]
    water_words: frozenset[str]
    place_nouns: frozenset[str]
    square_nouns: frozenset[str]
    capital_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    border_nouns: frozenset[str]
    region_qualifiers: frozenset[str]
    patron_participles: frozenset[str]
    standing_verbs: frozenset[str]
    clause_nouns: frozenset[str]
    partitive_words: frozenset[str]
    meeting_nouns: frozenset[str]
    outbreak_verbs: frozenset[str]
    commitment_nouns: frozenset[str]
    acted_on_preps: frozenset[str]
    result_participles: frozenset[str]
    reaction_verbs: frozenset[str]
    departure_verbs: frozenset[str]
    cancellation_verbs: frozenset[str]
    seeking_verbs: frozenset[str]
    presence_nouns: frozenset[str]
    unwelcome_phrases: frozenset[str]
    reduction_verbs: frozenset[str]
    reason_preps: frozenset[str]
    decision_verbs: frozenset[str]
    sequence_marks: frozenset[str]
    captive_nouns: frozenset[str]
    document_modifiers: frozenset[str]
    particle_adverbs: frozenset[str]
    aiming_particles: frozenset[str]
    prompting_verbs: frozenset[str]
    background_adverbs: frozenset[str]
    kept_discards: frozenset[str]
    weather_titles: frozenset[str]
    spelling_pairs: frozenset[str]
    chamber_sectors: frozenset[str]
    other_sense_particles: frozenset[str]
    hostile_promise_words: frozenset[str]
    provision_nouns: frozenset[str]
    side_nouns: frozenset[str]
    period_event_nouns: frozenset[str]
    object_reason_preps: frozenset[str]
    plural_pronouns: frozenset[str]
    reason_verbs: frozenset[str]
    judgement_adjectives: frozenset[str]


def word_keys() -> tuple[str, ...]:
    """The keys the code knows, in declaration order."""
    return tuple(f.name for f in fields(Words))


@cache
def load_words(data_dir: str | None = None) -> Words:
    """Read ``words.json`` from ``kg/data`` (or ``data_dir``). Cached.

    Raises:
        PatternError: the file cannot be read, has a key the code does not know, lacks a
            key the code needs, or a key is not ``{"description": str, "words": [str, ...]}``.
    """
    path = (Path(data_dir) if data_dir else resources.DATA_DIR) / WORDS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PatternError(f"Cannot read the word lists in {path}: {exc}") from None
    words = read_words(raw, path=str(path))
    logger.debug("word lists: %d from %s", len(word_keys()), path)
    return words


def read_words(raw: Mapping[str, Any], *, path: str = WORDS_FILE) -> Words:
    """Check a parsed ``words.json`` and turn it into :class:`Words`.

    Raises:
        PatternError: as :func:`load_words`; the message names the key and ``path``.
    """
    known = word_keys()
    for top in raw:
        if top not in ("description", "keys"):
            raise PatternError(UNKNOWN_DATA_KEY.format(what="top-level key", key=top, path=path,
                                                       known="description, keys", owner=_OWNER))
    lists = raw.get("keys")
    if not isinstance(lists, Mapping):
        raise PatternError(MISSING_DATA_KEY.format(what="The object", key="keys", path=path, owner=_OWNER))
    for key in lists:
        if key not in known:
            raise PatternError(UNKNOWN_DATA_KEY.format(what="word list", key=key, path=path,
                                                       known=", ".join(known), owner=_OWNER))
    values: dict[str, frozenset[str]] = {}
    for key in known:
        if key not in lists:
            raise PatternError(MISSING_DATA_KEY.format(what="Word list", key=key, path=path, owner=_OWNER))
        values[key] = _word_list(key, lists[key], path)
    return Words(**values)


def _word_list(key: str, value: Any, path: str) -> frozenset[str]:
    shape = 'an object {"description": "...", "words": ["...", ...]}'
    if not isinstance(value, Mapping) or set(value) != {"description", "words"}:
        raise PatternError(f"Word list '{key}' in {path}: expected {shape}, found {json.dumps(value)[:80]}")
    words = value["words"]
    if not isinstance(value["description"], str) or not isinstance(words, list) or not all(
            isinstance(w, str) for w in words):
        raise PatternError(f"Word list '{key}' in {path}: expected {shape} of strings")
    return frozenset(words)
