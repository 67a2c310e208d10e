"""Relations over time: relation states and a monthly conflict–cooperation index.

Derived from the events in the store after each build and kept in their own named graph
(``kgr:graph/derived``), recomputed whole so it always matches the article graphs.

* A **relation state** holds between two actors from an event of a class that opens one
  (``SuspendCooperation``, ``BreakRelations``, ``RecallRepresentative``, ``ImposeSanctions``,
  ``HaltNegotiations``) until an event of the class the ontology says closes it
  (``kg:closedBy``) between the same two actors; open where nothing has closed it yet.
* The **monthly index** sums the ontology's Goldstein-style weights of the asserted and
  intended events of each ordered pair of actor codes in each month.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import resources, vocab
from kg.graph import KG, bind_prefixes, mint_iri
from kg.store import KGStore

logger = logging.getLogger(__name__)

DERIVED_GRAPH = mint_iri("graph", "derived")


@dataclass
class State:
    kind: str
    subject: str
    object: str
    start: str
    opened_by: str
    end: str | None = None
    closed_by: str | None = None


def _actor(code: str) -> URIRef:
    return mint_iri("actor", code)


def derive_states(rows: list[dict[str, str]]) -> list[State]:
    """Open and close relation states from events in date order.

    >>> rows = [
    ...   {"e": "e1", "cls": "SuspendCooperation", "start": "2014-04-01", "src": "NATO", "tgt": "RUS"},
    ...   {"e": "e2", "cls": "ResumeCooperation", "start": "2016-04-20", "src": "NATO", "tgt": "RUS"}]
    >>> [(s.kind, s.start, s.end) for s in derive_states(rows)]
    [('SuspendCooperation', '2014-04-01', '2016-04-20')]
    """
    classes = vocab.event_classes()
    closers: dict[str, list[str]] = defaultdict(list)
    for name, info in classes.items():
        if info.get("closed_by"):
            closers[info["closed_by"]].append(name)
    open_states: dict[tuple[str, frozenset[str]], State] = {}
    states: list[State] = []
    for row in rows:
        cls = _local(row["cls"])
        pair = frozenset((row["src"], row["tgt"]))
        if classes.get(cls, {}).get("closed_by") and (cls, pair) not in open_states:
            state = State(cls, row["src"], row["tgt"], row["start"], row["e"])
            open_states[(cls, pair)] = state
            states.append(state)
        for opener in closers.get(cls, []):
            state = open_states.pop((opener, pair), None)
            if state is not None and row["start"] >= state.start:
                state.end, state.closed_by = row["start"], row["e"]
    return states


def monthly_index(rows: list[dict[str, str]]) -> dict[tuple[str, str, str], tuple[float, int]]:
    """(source code, target code, YYYY-MM) -> (summed weight, number of events).

    Events dated only to the year are left out: they belong to no month.
    """
    classes = vocab.event_classes()
    totals: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0])
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        if row.get("precision") == "year":
            continue
        key = (row["src"], row["tgt"], row["start"][:7])
        if (row["e"], row["src"], row["tgt"]) in seen:
            continue
        seen.add((row["e"], row["src"], row["tgt"]))
        totals[key][0] += float(classes.get(_local(row["cls"]), {}).get("goldstein", 0.0))
        totals[key][1] += 1
    return {k: (round(v[0], 3), int(v[1])) for k, v in totals.items()}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def derived_graph(rows: list[dict[str, str]]) -> Graph:
    """The derived named graph for the given event rows."""
    graph = bind_prefixes(Graph(identifier=DERIVED_GRAPH))
    for state in derive_states(rows):
        key = hashlib.sha1(f"{state.kind}|{state.subject}|{state.object}|{state.start}|{state.opened_by}".encode()).hexdigest()[:20]
        node = mint_iri("state", key)
        graph.add((node, RDF.type, KG.RelationState))
        graph.add((node, KG.stateType, KG[state.kind]))
        graph.add((node, KG.subject, _actor(state.subject)))
        graph.add((node, KG.object, _actor(state.object)))
        graph.add((node, KG.openedBy, URIRef(state.opened_by)))
        graph.add((node, KG.start, Literal(state.start, datatype=XSD.date)))
        if state.end is not None and state.closed_by is not None:
            graph.add((node, KG.closedByEvent, URIRef(state.closed_by)))
            graph.add((node, KG.end, Literal(state.end, datatype=XSD.date)))
    for (src, tgt, month), (score, count) in sorted(monthly_index(rows).items()):
        node = mint_iri("index", f"{src}/{tgt}/{month}")
        graph.add((node, RDF.type, KG.MonthlyIndex))
        graph.add((node, KG.subject, _actor(src)))
        graph.add((node, KG.object, _actor(tgt)))
        graph.add((node, KG.month, Literal(month, datatype=XSD.gYearMonth)))
        graph.add((node, KG.score, Literal(Decimal(str(score)), datatype=XSD.decimal)))
        graph.add((node, KG.eventCount, Literal(count)))
    return graph


def update_relations(store: KGStore) -> Graph:
    """Recompute relation states and the monthly index from the store's events and save them."""
    text = resources.sparql("dated_events")
    rows = [{k: str(v) for k, v in row.items()} for row in store.query(text).rows]
    for row in rows:
        row["start"] = str(_dt.date.fromisoformat(row["start"][:10]))
    graph = derived_graph(rows)
    store.replace_graph(graph)
    logger.info("derived %d triples of relation states and monthly index", len(graph))
    return graph
