"""The rule extractor: who did what to whom, from the parse of each sentence.

Stages two and three of the pipeline (actors, events), between :mod:`kg.nlp` and
:mod:`kg.temporal` / :mod:`kg.graph`. One module per job, imported bottom-up with no cycle:

- ``tree``: the Doc's tokens, children and sentences as lists made once per Doc;
- ``words``, ``lexicon``, ``gazetteer``: the data in ``kg/data``, loaded and checked;
- ``actors``: the ``kg_actor_ruler`` component and who a noun phrase stands for;
- ``parse`` and ``records``: questions asked of the dependency parse, and the Frame record;
- ``match`` and ``framing``, side by side: candidate events from the lexicon; their
  negation, modality, framing verb and speaker;
- ``frames``: the ``kg_event_matcher`` component, which runs match, then framing;
- ``assemble``: one article's events (actors, time anchors, merged mentions, speakers),
  and :func:`extract_articles` over many.

>>> from kg.extraction import extract_articles, load_lexicon
"""
from __future__ import annotations

from kg.extraction.actors import (
    SPAN_KEY,
    ActorResolver,
    ActorRuler,
    actor_span_at,
    make_actor_ruler,
)
from kg.extraction.assemble import (
    EXTRACTOR_VERSION,
    extract_articles,
    extract_events,
    gazetteer_home,
)
from kg.extraction.frames import EventMatcher, find_frames, make_event_matcher
from kg.extraction.gazetteer import Entry, Gazetteer, load_gazetteer, role_on
from kg.extraction.lexicon import FLAGS, LexEntry, Lexicon, load_lexicon
from kg.extraction.records import Frame
from kg.extraction.words import Words, load_words

__all__ = [
    "EXTRACTOR_VERSION",
    "FLAGS",
    "SPAN_KEY",
    "ActorResolver",
    "ActorRuler",
    "Entry",
    "EventMatcher",
    "Frame",
    "Gazetteer",
    "LexEntry",
    "Lexicon",
    "Words",
    "actor_span_at",
    "extract_articles",
    "extract_events",
    "find_frames",
    "gazetteer_home",
    "load_gazetteer",
    "load_lexicon",
    "load_words",
    "make_actor_ruler",
    "make_event_matcher",
    "role_on",
]
