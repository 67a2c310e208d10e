"""Relations over time: relation states and a monthly conflict–cooperation index.

Derived from the events in the store after each build. Each unordered pair of actor codes
has its own named graph, a relation graph (``kgr:relations/NATO/RUS``, class
``kg:RelationGraph``), which holds the pair's states and index and describes itself with a content hash. The
derivation reads the store's events pair by pair (one streamed query, grouped by pair), so
it holds one pair's events at a time however large the store is; it rewrites only the pairs
whose triples changed, each batch of pairs in one transaction, and drops the graphs of pairs
that have no events left. The result always matches the article graphs.

* A **relation state** holds between two actors from an event of a class that opens one
  (``SuspendCooperation``, ``BreakRelations``, ``RecallRepresentative``, ``ImposeSanctions``,
  ``HaltNegotiations``) until an event of the class the ontology says closes it
  (``kg:closedBy``) between the same two actors; open where nothing has closed it yet.
* The **monthly index** sums the ontology's Goldstein-style weights of the asserted and
  intended events of each ordered pair of actor codes in each month.
* A **pair event** (``kg:PairEvent``) is one of those events as an ordered pair of codes sees
  it: the event, its class, its first day, and the names of the actors on each side with
  those codes (a conflictual one also its day as a number), so that queries over pairs (first and last events,
  worsening relations, tit-for-tat replies) read a few triples per event instead of walking
  every event's actors and reading its dates as text.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import itertools
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg import resources, vocab
from kg.graph import KG, bind_prefixes, joined_names, mint_iri
from kg.store import KGStore

logger = logging.getLogger(__name__)

# Named graphs kgr:relations/<code>/<code>, one per unordered pair of actor codes.
RELATIONS_KIND = "relations"
# Where stores built by earlier versions kept all derived triples; removed on the next build.
LEGACY_DERIVED_GRAPH = mint_iri("graph", "derived")
# Triples written between flushes of the store's write buffers.
FLUSH_TRIPLES = 25_000


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
            state = open_states.pop((opener, pair), None)  # type: ignore[arg-type]
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


def relation_graph_iri(a: str, b: str) -> URIRef:
    """The named graph of the pair of actor codes ``a`` and ``b`` (in either order)."""
    lo, hi = sorted((a, b))
    return mint_iri(RELATIONS_KIND, f"{lo}/{hi}")


def day_number(day: str) -> int:
    """A day as a number, year * 372 + month * 31 + day: every month counted as 31 days, so the
    gap between two days is a subtraction (up to 3 days too long per month boundary).

    >>> day_number("2018-05-09") - day_number("2018-05-08"), day_number("2018-06-01") - day_number("2018-05-31")
    (1, 1)
    """
    date = _dt.date.fromisoformat(day[:10])
    return date.year * 372 + date.month * 31 + date.day


def pair_event_triples(rows: list[dict[str, str]]) -> Iterator[tuple[URIRef, URIRef, object]]:
    """One ``kg:PairEvent`` per event and ordered pair of codes in ``rows``; those of a
    conflictual class (a Goldstein weight below zero) carry their day as a number."""
    classes = vocab.event_classes()
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        key = (row["e"], row["src"], row["tgt"])
        if key in seen:
            continue
        seen.add(key)
        node = mint_iri("pairevent", f"{row['src']}/{row['tgt']}/{row['e'].rsplit('/', 1)[-1]}")
        yield node, RDF.type, KG.PairEvent
        yield node, KG.event, URIRef(row["e"])
        yield node, KG.eventClass, URIRef(row["cls"])
        yield node, KG.sourceCode, Literal(row["src"])
        yield node, KG.targetCode, Literal(row["tgt"])
        yield node, KG.eventStart, Literal(row["start"], datatype=XSD.date)
        if classes.get(_local(row["cls"]), {}).get("goldstein", 0.0) < 0:
            yield node, KG.conflictDay, Literal(day_number(row["start"]))
        for prop, side in ((KG.sourceNames, "source_labels"), (KG.targetNames, "target_labels")):
            names = joined_names(row.get(side) or ())  # type: ignore[arg-type]
            if names is not None:
                yield node, prop, Literal(names)


def _derived_triples(rows: list[dict[str, str]]) -> Iterator[tuple[URIRef, URIRef, object]]:
    for state in derive_states(rows):
        key = hashlib.sha1(f"{state.kind}|{state.subject}|{state.object}|{state.start}|{state.opened_by}".encode()).hexdigest()[:20]
        node = mint_iri("state", key)
        yield node, RDF.type, KG.RelationState
        yield node, KG.stateType, KG[state.kind]
        yield node, KG.subject, _actor(state.subject)
        yield node, KG.object, _actor(state.object)
        yield node, KG.openedBy, URIRef(state.opened_by)
        yield node, KG.start, Literal(state.start, datatype=XSD.date)
        if state.end is not None and state.closed_by is not None:
            yield node, KG.closedByEvent, URIRef(state.closed_by)
            yield node, KG.end, Literal(state.end, datatype=XSD.date)
    for (src, tgt, month), (score, count) in sorted(monthly_index(rows).items()):
        node = mint_iri("index", f"{src}/{tgt}/{month}")
        yield node, RDF.type, KG.MonthlyIndex
        yield node, KG.subject, _actor(src)
        yield node, KG.object, _actor(tgt)
        yield node, KG.month, Literal(month, datatype=XSD.gYearMonth)
        yield node, KG.score, Literal(Decimal(str(score)), datatype=XSD.decimal)
        yield node, KG.eventCount, Literal(count)
    yield from pair_event_triples(rows)


def relation_graph(a: str, b: str, rows: list[dict[str, str]]) -> Graph | None:
    """The relation graph of one pair from its event rows (both directions, oldest first),
    with its content hash; None when there are no rows."""
    iri = relation_graph_iri(a, b)
    graph = bind_prefixes(Graph(identifier=iri))
    for triple in _derived_triples(rows):
        graph.add(triple)  # type: ignore[arg-type]
    if not len(graph):
        return None
    lines = sorted(graph.serialize(format="nt").splitlines())
    digest = hashlib.sha256("\n".join(line for line in lines if line).encode("utf-8")).hexdigest()
    graph.add((iri, RDF.type, KG.RelationGraph))
    graph.add((iri, KG.contentHash, Literal(digest)))
    return graph


def derived_graphs(rows: Iterable[dict[str, str]]) -> Iterator[Graph]:
    """The relation graphs of event rows grouped by pair (``lo``/``hi``, as
    ``sparql/dated_events.rq`` orders them), one pair's rows held at a time.

    The rows of one event and pair of codes that differ only by the actors' labels (``sl``,
    ``tl``) become one row with the labels gathered in ``source_labels`` and ``target_labels``.
    """
    for (lo, hi), group in itertools.groupby(rows, key=lambda row: (row["lo"], row["hi"])):
        pair_rows: list[dict[str, str]] = []
        merged: dict[tuple[str, str, str], dict[str, object]] = {}
        for row in group:
            key = (str(row["e"]), str(row["src"]), str(row["tgt"]))
            first = merged.get(key)
            if first is None:
                row["start"] = str(_dt.date.fromisoformat(str(row["start"])[:10]))
                first = merged[key] = {**row, "source_labels": set(), "target_labels": set()}
                pair_rows.append(first)  # type: ignore[arg-type]
            for column, side in (("sl", "source_labels"), ("tl", "target_labels")):
                if row.get(column) is not None:
                    first[side].add(str(row[column]))  # type: ignore[attr-defined]
        graph = relation_graph(lo, hi, pair_rows)
        if graph is not None:
            yield graph


def relation_hashes(store: KGStore) -> dict[str, str]:
    """IRI -> content hash of every relation graph in the store."""
    return {str(row["g"]): str(row["hash"]) for row in store.query(resources.sparql("relation_hashes")).rows}


@dataclass
class RelationsReport:
    """What a derivation did: pairs rewritten, unchanged and dropped, triples written."""

    written: int = 0
    unchanged: int = 0
    dropped: int = 0
    triples: int = 0


def update_relations(store: KGStore, *, batch_triples: int = 5_000) -> RelationsReport:
    """Bring the store's relation graphs in line with its events.

    Pairs whose derived triples are unchanged are left alone; changed ones are replaced, in
    batches of about ``batch_triples`` triples per transaction, flushed to disk every
    ``FLUSH_TRIPLES``; the graphs of pairs with no
    events left are dropped (and so is the single derived graph of stores built before
    relation graphs were kept per pair).
    """
    report = RelationsReport()
    stored = relation_hashes(store)
    drop = [LEGACY_DERIVED_GRAPH] if store.has_graph(LEGACY_DERIVED_GRAPH) else []
    batch: list[Graph] = []
    size = unflushed = 0

    def flush() -> None:
        nonlocal batch, size, drop, unflushed
        if batch or drop:
            store.replace_graphs(batch, drop=drop)
        unflushed += size
        if unflushed >= FLUSH_TRIPLES:
            # the engine's write buffers would otherwise grow with the store; flushing after
            # every batch leaves many small files that slow later queries
            store.flush()
            unflushed = 0
        batch, size, drop = [], 0, []

    for graph in derived_graphs(store.select_rows(resources.sparql("dated_events"))):
        iri = str(graph.identifier)
        if stored.pop(iri, None) == str(graph.value(graph.identifier, KG.contentHash)):
            report.unchanged += 1
            continue
        batch.append(graph)
        size += len(graph)
        report.written += 1
        report.triples += len(graph)
        if size >= batch_triples:
            flush()
    drop += [URIRef(iri) for iri in stored]  # pairs without events now
    report.dropped = len(stored)
    flush()
    logger.info("relation graphs: %d written (%d triples), %d unchanged, %d dropped",
                report.written, report.triples, report.unchanged, report.dropped)
    return report
