"""The action lexicon and the framing words, read from ``kg/data`` and checked.

The bottom of the extractor wing, beside :mod:`kg.extraction.words`. ``event_patterns.json``
maps verb lemmas and nominalisations to ontology classes (:class:`LexEntry`);
``event_frames.json`` lists the framing words (intent, threat, refusal, demand, speech),
the auxiliaries of modality and the class tables CAMEO gives to framed events. Every key
of both files is checked: an unknown entry key or flag, or a framing key the code does
not know, is a :class:`~kg.errors.PatternError` that names it, so a typo cannot pass
silently. The flags are described in the ``"flags"`` section of ``event_patterns.json``.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg import resources
from kg.errors import MISSING_DATA_KEY, UNKNOWN_DATA_KEY, OntologyError, PatternError

logger = logging.getLogger(__name__)

PATTERNS_FILE = "event_patterns.json"
FRAMES_FILE = "event_frames.json"

# Boolean keys of an entry. kg.extraction.match and kg.extraction.assemble handle them (each
# lists its own in HANDLED_FLAGS); "intransitive" becomes LexEntry.intransitive.
FLAGS = frozenset({
    "intransitive", "noun_needs_object", "noun_aimed", "person_object", "people_object", "requires_org_object", "joint",
    "state_source", "domestic_person", "accuser", "own_last_target", "reactive", "content_target", "context_target", "domestic", "foreign_target", "recipient_target", "future_only",
    "received_from", "own_envoy", "no_object", "to_court", "home_places", "mediated_parties", "from_object", "at_home",
    "object_head", "court_venue", "needs_prep", "home_class",
})
# Keys of an entry that carry data rather than a flag.
ENTRY_FIELDS = frozenset({"class", "verbs", "nouns", "objects", "preps", "subjects", "noun_modifiers"})
PATTERN_KEYS = frozenset({"description", "flags", "default_preps", "light_verbs", "entries"})
# Keys of event_frames.json: word lists (read with Lexicon.word_set) and class tables.
FRAME_WORD_KEYS = frozenset({
    "intent", "commit", "willing_adjectives", "threat", "refuse", "demand", "speech", "intent_aux",
    "hypothetical_aux", "obligation_aux", "hypothetical_marks", "negators", "outlets", "negative_evaluation",
    "positive_evaluation", "verbal_plover", "negative_evaluation_nouns", "event_nouns", "reform_verbs", "reform_nouns",
    "object_control", "claim_nouns", "cessation",
})
FRAME_TABLE_KEYS = frozenset({"intent_class", "refusal_class", "assistance_class", "expulsion_class", "deescalation_class", "protester_classes", "irregular_classes", "home_classes", "demand_classes", "manner_classes", "cessation_class"})
_OWNER = "kg.extraction.lexicon"


@dataclass(frozen=True)
class LexEntry:
    """One entry of the action lexicon: the words that report an event of class ``cls``."""

    cls: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    objects: frozenset[str]
    preps: tuple[str, ...]
    intransitive: bool
    flags: frozenset[str]
    subjects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()  # a noun counts only with one of these ("military operation")


@dataclass
class Lexicon:
    """The action lexicon and the framing words, loaded from ``kg/data``."""

    entries: list[LexEntry]
    by_verb: dict[str, list[LexEntry]]
    by_noun: dict[str, list[LexEntry]]
    default_preps: tuple[str, ...]
    light_verbs: frozenset[str]
    frames: dict[str, Any]
    classes: dict[str, dict[str, Any]]
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def word_set(self, key: str) -> frozenset[str]:
        """A word list of ``event_frames.json``.

        Raises:
            PatternError: ``key`` is not one of :data:`FRAME_WORD_KEYS`.
        """
        found = self._word_sets.get(key)
        if found is None:
            if key not in FRAME_WORD_KEYS:
                raise PatternError(UNKNOWN_DATA_KEY.format(
                    what="framing word list", key=key, path=FRAMES_FILE,
                    known=", ".join(sorted(FRAME_WORD_KEYS)), owner=_OWNER))
            found = self._word_sets[key] = frozenset(self.frames.get(key, ()))
        return found

    def info(self, cls: str) -> dict[str, Any]:
        try:
            return self.classes[cls]
        except KeyError:
            raise OntologyError(f"Event class '{cls}' is used in kg/data but not defined in ontology/kg.ttl") from None

    def class_traits(self, cls: str) -> frozenset[str]:
        """What the hand entries of a class say about finding its arguments (its
        :data:`TRAIT_FLAGS`: "domestic", "state_source", ...), for events of that class found
        another way (the CAMEO verb dictionary)."""
        return frozenset(f for e in self.entries if e.cls == cls for f in e.flags if f in TRAIT_FLAGS)

    def cessation_class(self, action: str) -> str | None:
        """The class CAMEO gives to stopping ``action`` ("stopped supplying gas"), or None."""
        return self.frames["cessation_class"].get(self.info(action)["plover"])

    def intent_class(self, action: str) -> str:
        """The class CAMEO gives to an expressed intent to do ``action``."""
        table = self.frames["intent_class"]
        if action in table["by_class"]:
            return table["by_class"][action]
        info = self.info(action)
        # saying one will agree, threaten, criticise, demand or refuse is coded as that act
        if info["plover"] in ("AGREE", "THREATEN", *self.frames.get("verbal_plover", ())):
            return action
        if info["plover"] in table["by_plover"]:
            return table["by_plover"][info["plover"]]
        return table["default_conflictual"] if info["goldstein"] < 0 else table["default_cooperative"]


# Flags that say how a class's events find a missing source or target, not when an entry
# matches: they carry over to events of the class that another source of patterns finds.
TRAIT_FLAGS = frozenset({"state_source", "domestic_person", "accuser", "own_last_target", "reactive", "content_target", "context_target", "domestic",
                         "foreign_target", "court_venue"})


@cache
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """Read the action lexicon and framing words, checked against the ontology. Cached.

    Raises:
        PatternError: a lexicon file is malformed, or has a key or flag the code does not know.
        OntologyError: the lexicon names a class the ontology does not define.
    """
    from kg.vocab import event_classes

    base = Path(data_dir) if data_dir else resources.DATA_DIR
    try:
        patterns = json.loads((base / PATTERNS_FILE).read_text(encoding="utf-8"))
        frames = json.loads((base / FRAMES_FILE).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PatternError(f"Cannot read the action lexicon in {base}: {exc}") from None
    check_patterns(patterns, path=str(base / PATTERNS_FILE))
    check_frames(frames, path=str(base / FRAMES_FILE))
    classes = event_classes()
    entries = [_checked_entry(raw, number, patterns, classes)
               for number, raw in enumerate(patterns.get("entries", []), start=1)]
    logger.debug("action lexicon: %d entries", len(entries))
    return Lexicon(
        entries=entries,
        by_verb=_index(entries, "verbs"),
        by_noun=_index(entries, "nouns"),
        default_preps=tuple(patterns.get("default_preps", [])),
        light_verbs=frozenset(patterns.get("light_verbs", [])),
        frames=frames,
        classes=classes,
    )


def check_patterns(patterns: Mapping[str, Any], *, path: str = PATTERNS_FILE) -> None:
    """Check the keys of a parsed ``event_patterns.json``: top level, documented flags, entries.

    Raises:
        PatternError: a key, entry key or flag the code does not know, or a flag the code
            handles that the ``"flags"`` section does not describe; the message names it.
    """
    _check_known(patterns, PATTERN_KEYS, what="top-level key", path=path)
    documented = patterns.get("flags")
    if not isinstance(documented, Mapping):
        raise PatternError(MISSING_DATA_KEY.format(what="The section", key="flags", path=path, owner=_OWNER))
    _check_known(documented, FLAGS, what="flag", path=path)
    undocumented = sorted(FLAGS - set(documented))
    if undocumented:
        raise PatternError(MISSING_DATA_KEY.format(what="The description of flag", key=undocumented[0], path=path,
                                                   owner=_OWNER))
    for number, raw in enumerate(patterns.get("entries", []), start=1):
        if not isinstance(raw, Mapping):
            raise PatternError(f"{path} entry {number} is malformed: expected an object")
        for key, value in raw.items():
            if key in ENTRY_FIELDS:
                continue
            if key not in FLAGS:
                what = "flag" if value is True else "entry key"
                raise PatternError(UNKNOWN_DATA_KEY.format(
                    what=f"{what} (entry {number}, class {raw.get('class', '?')})", key=key, path=path,
                    known=", ".join(sorted(FLAGS | ENTRY_FIELDS)), owner=_OWNER))
            if not isinstance(value, bool):
                raise PatternError(f"{path} entry {number}: flag '{key}' must be true or false, found {value!r}")


def check_frames(frames: Mapping[str, Any], *, path: str = FRAMES_FILE) -> None:
    """Check the keys of a parsed ``event_frames.json``.

    Raises:
        PatternError: a key the code does not know, or one it needs that is missing.
    """
    known = FRAME_WORD_KEYS | FRAME_TABLE_KEYS | {"description"}
    _check_known(frames, known, what="key", path=path)
    for key in sorted(FRAME_WORD_KEYS | FRAME_TABLE_KEYS):
        if key not in frames:
            raise PatternError(MISSING_DATA_KEY.format(what="Key", key=key, path=path, owner=_OWNER))


def _check_known(found: Mapping[str, Any], known: frozenset[str], *, what: str, path: str) -> None:
    for key in found:
        if key not in known:
            raise PatternError(UNKNOWN_DATA_KEY.format(what=what, key=key, path=path,
                                                       known=", ".join(sorted(known)), owner=_OWNER))


def _checked_entry(raw: dict[str, Any], number: int, patterns: Mapping[str, Any],
                   classes: Mapping[str, Any]) -> LexEntry:
    try:
        entry = LexEntry(
            cls=raw["class"],
            verbs=frozenset(v.lower() for v in raw.get("verbs", [])),
            nouns=frozenset(n.lower() for n in raw.get("nouns", [])),
            objects=frozenset(o.lower() for o in raw.get("objects", [])),
            preps=tuple(raw.get("preps") or patterns.get("default_preps", [])),
            intransitive=bool(raw.get("intransitive", False)),
            flags=frozenset(k for k, v in raw.items() if v is True and k != "intransitive"),
            subjects=frozenset(w.lower() for w in raw.get("subjects", [])),
            modifiers=frozenset(w.lower() for w in raw.get("noun_modifiers", [])),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise PatternError(f"{PATTERNS_FILE} entry {number} is malformed: {exc}") from None
    if entry.cls not in classes:
        raise OntologyError(
            f"{PATTERNS_FILE} entry {number} names class '{entry.cls}', which ontology/kg.ttl does not define"
        )
    return entry


def _index(entries: list[LexEntry], words: str) -> dict[str, list[LexEntry]]:
    """Entries by verb or noun; entries that name their objects, or the modifiers their noun
    needs (or, ``noun_aimed``, need a phrase saying what the noun is aimed at) are more specific:
    first, in file order."""
    index: dict[str, list[LexEntry]] = {}
    for entry in entries:
        for word in getattr(entry, words):
            index.setdefault(word, []).append(entry)
    return {key: sorted(found, key=lambda e: not (e.objects or e.modifiers or "noun_aimed" in e.flags))
            for key, found in index.items()}
