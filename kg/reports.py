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
:data:`~kg.graph.EVENTS_GRAPH`, recomputed from every mention after each build, so
rebuilding or changing an article updates it.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator

from rdflib import Graph, URIRef

from kg import resources
from kg.graph import EVENTS_GRAPH, Parties, Report, events_triples, outlet_of
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


def update_events(store: KGStore) -> int:
    """Recompute the shared events graph from the mentions in the store; returns its triples.

    Every mention is read first (the query is over before anything is written, so the engine
    keeps no snapshot of the store during the write); the graph then replaces the old one in
    one transaction, so a build that stops midway leaves the events graph as it was.
    """
    graph = Graph(identifier=EVENTS_GRAPH)
    for triple in events_triples(stored_reports(store), stored_parties(store)):
        graph.add(triple)  # type: ignore[arg-type]
    store.replace_graph(graph)
    logger.info("events graph: %d triples", len(graph))
    return len(graph)
