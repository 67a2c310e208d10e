"""The event layer: each event once, however many articles report it.

Sits after the store in the pipeline, beside :mod:`kg.relations`. An article's named graph
holds what that article says: the event's identity (type, actors and date, the same in every
report, since they make its IRI) and the article's mentions,
each with its sentence, offsets, confidence, speaker, intended action and reading (negated?
asserted, intended, hypothetical?). What belongs to the event as a whole (its confidence, the
counts of mentions, articles and sources, the first and last report, the speaker of its most
confident report, the reading most articles give, the plain ``source --action--> target``
triple when that reading is asserted and not negated, and what saved queries show of it: each
side's actor names and the sentence that sorts first) lives once, in the shared graph
:data:`~kg.graph.EVENTS_GRAPH`, brought in line with every mention after each build, so
rebuilding or changing an article updates it.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef

from kg import resources, vocab
from kg.graph import (
    EVENTS_GRAPH,
    KG,
    Parties,
    Report,
    event_summary_triples,
    outlet_of,
    reports_by_event,
)
from kg.store import KGStore, Row

logger = logging.getLogger(__name__)


def stored_reports(store: KGStore) -> Iterator[tuple[URIRef, Report]]:
    """(event, report) for every mention in the store."""
    for row in store.select_rows(resources.sparql("event_reports")):
        yield URIRef(str(row["e"])), _report(row)


def _report(row: Row) -> Report:
    return Report(mention=str(row["m"]), confidence=float(row["conf"]), article=str(row["a"]),
                  day=_text(row, "day"), outlet=outlet_of(_text(row, "url")), speaker=_text(row, "spk"),
                  action=_text(row, "act"), basis=_text(row, "basis"),
                  negated=str(row["negated"]).lower() == "true",
                  modality=str(row["mod"]).rsplit("#", 1)[-1].lower(), sentence=_text(row, "sentence"))


def _text(row: Row, key: str) -> str | None:
    value = row.get(key)
    return str(value) if value is not None else None


def stored_parties(store: KGStore) -> dict[URIRef, Parties]:
    """The class and actors of every event in the store, with the actors' labels."""
    found: dict[URIRef, tuple[str, dict[str, set[str]], dict[str, set[str]]]] = {}
    for row in store.select_rows(resources.sparql("event_parties")):
        _cls, sources, targets = found.setdefault(URIRef(str(row["e"])), (str(row["cls"]).rsplit("#", 1)[-1], {}, {}))
        labels = (sources if str(row["side"]) == "source" else targets).setdefault(str(row["actor"]), set())
        if row.get("label") is not None:
            labels.add(str(row["label"]))
    return {event: Parties(cls, tuple(sorted(s)), tuple(sorted(t)), _labels(s), _labels(t))
            for event, (cls, s, t) in found.items()}


def _labels(side: dict[str, set[str]]) -> tuple[str, ...]:
    return tuple(sorted(set().union(*side.values())))


# Triples taken out of or put into the events graph per transaction, and between flushes to disk.
EVENTS_BATCH_TRIPLES = 50_000
EVENTS_FLUSH_TRIPLES = 500_000


@dataclass
class EventsUpdate:
    """What :func:`update_events` found: the events graph's triples, and how many it wrote or took out."""

    triples: int = 0
    changed: int = 0


def update_events(store: KGStore) -> EventsUpdate:
    """Bring the shared events graph in line with the mentions in the store.

    Every mention is read first (the query is over before anything is written, so the engine
    keeps no snapshot of the store during the write). Only what changed is written: the
    triples of an event whose summary differs from the stored one are replaced, those of
    events no longer reported are taken out, and so are plain ``source --action--> target``
    triples no event gives any more. The changes go in batches of about
    :data:`EVENTS_BATCH_TRIPLES` triples, each one transaction, so memory stays flat however
    large the store grows. A build that stops midway leaves each event's triples whole (old
    or new), and the next build, which compares every event again, completes the update.
    """
    present = store.has_graph(EVENTS_GRAPH)
    stale = {s for s, _, _ in store.graph_triples(EVENTS_GRAPH, predicate=KG.mentionCount)} if present else set()
    plain_props = {KG[p] for p in _plain_properties()}
    plain: set[tuple[Any, Any, Any]] = set()
    writer = _EventsWriter(store)
    total = 0
    parties = stored_parties(store)
    for event, reports in reports_by_event(stored_reports(store)):
        summary = []
        for triple in event_summary_triples(event, reports, parties.get(event)):
            if triple[0] == event:
                summary.append(triple)
            else:
                plain.add(triple)
        total += len(summary)
        stale.discard(event)
        old = list(store.graph_triples(EVENTS_GRAPH, subject=event)) if present else []
        if {_key(t) for t in old} != {_key(t) for t in summary}:
            writer.change(old, summary)
    for event in stale:  # no mention reports it any more
        writer.change(list(store.graph_triples(EVENTS_GRAPH, subject=event)), [])
    kept = {t for prop in plain_props for t in store.graph_triples(EVENTS_GRAPH, predicate=prop)} if present else set()
    writer.change([t for t in kept if t not in plain], [t for t in plain if t not in kept])
    writer.close()
    total += len(plain)
    logger.info("events graph: %d triples, %d changed", total, writer.changed)
    return EventsUpdate(total, writer.changed)


def _plain_properties() -> set[str]:
    return {str(spec["property"]) for spec in vocab.event_classes().values() if spec.get("property")}


def _key(triple: tuple[Any, Any, Any]) -> tuple[Any, Any, Any]:
    """A triple compared by value: the engine keeps a literal in its canonical spelling
    ("1" for the decimal written "1.0")."""
    s, p, o = triple
    if isinstance(o, Literal):
        value = o.value if o.value is not None else str(o)
        return s, p, (o.datatype, o.language, value)
    return s, p, o


class _EventsWriter:
    """Changes to the events graph, written in batches of about :data:`EVENTS_BATCH_TRIPLES`."""

    def __init__(self, store: KGStore) -> None:
        self.store = store
        self.remove: list[tuple[Any, Any, Any]] = []
        self.add: list[tuple[Any, Any, Any]] = []
        self.changed = self.unflushed = 0

    def change(self, remove: list[tuple[Any, Any, Any]], add: list[tuple[Any, Any, Any]]) -> None:
        self.remove += remove
        self.add += add
        if len(self.remove) + len(self.add) >= EVENTS_BATCH_TRIPLES:
            self.write()

    def write(self) -> None:
        size = len(self.remove) + len(self.add)
        if not size:
            return
        self.store.patch_graph(EVENTS_GRAPH, remove=self.remove, add=self.add)
        self.remove, self.add = [], []
        self.changed += size
        self.unflushed += size
        if self.unflushed >= EVENTS_FLUSH_TRIPLES:
            self.store.flush()
            self.unflushed = 0

    def close(self) -> None:
        self.write()
