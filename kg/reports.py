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
from kg.graph import EVENTS_GRAPH, EVENTS_STAGING_GRAPH, Parties, Report, events_triples, outlet_of
from kg.store import KGStore, Row

logger = logging.getLogger(__name__)
# Triples of the events graph written in one transaction.
EVENTS_BATCH_TRIPLES = 50_000


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


def update_events(store: KGStore, *, batch_triples: int = EVENTS_BATCH_TRIPLES) -> int:
    """Recompute the shared events graph from the mentions in the store; returns the number of
    triples written.

    Every mention is read first (the query is over before anything is written, so the engine
    keeps no snapshot of the store while the writes go on); the graph is then written in
    batches of about ``batch_triples`` triples to a staging graph, so the whole graph is never
    held in memory, and the staging graph takes the events graph's place in one transaction.
    A build that stops midway leaves the events graph as it was.
    """
    parties = stored_parties(store)
    batch = Graph(identifier=EVENTS_STAGING_GRAPH)
    replace, written = True, 0
    # events_triples groups every report by its event before it gives the first triple
    for triple in events_triples(stored_reports(store), parties):
        batch.add(triple)  # type: ignore[arg-type]
        if len(batch) >= batch_triples:
            written += _write_events(store, batch, replace=replace)
            batch, replace = Graph(identifier=EVENTS_STAGING_GRAPH), False
    if len(batch) or replace:
        written += _write_events(store, batch, replace=replace)
    store.move_graph(EVENTS_STAGING_GRAPH, EVENTS_GRAPH)
    logger.info("events graph: %d triples", written)
    return written


def _write_events(store: KGStore, batch: Graph, *, replace: bool) -> int:
    """Write a batch of the staging graph: the first replacing whatever an earlier build that
    stopped midway left there, the others added to what is written."""
    if replace:
        store.replace_graphs([batch])
    else:
        store.replace_graphs([], add=[batch])
    return len(batch)
