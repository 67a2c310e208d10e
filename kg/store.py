"""Open, write, read and validate the graph store.

Stage six. The embedded default is rdflib's API over an on-disk Oxigraph store (through
``oxrdflib``), one directory; rdflib's in-memory store is there for small throwaway
graphs. Each article's data is one named graph, replaced in a single transaction, so a
failed or interrupted build leaves every article graph either as it was or as new; a build
writes the graphs of new articles in groups (:class:`GraphBatch`), each group whole or absent,
through the engine's bulk loader. A
lock file keeps two writers out of one store. Remote SPARQL stores are :mod:`kg.remote`'s.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import gc
import logging
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import resources
from kg.errors import STORE_LOCKED, ShapeViolation, StoreError
from kg.graph import KG, ONTOLOGY_GRAPH, PREFIXES, article_iri, bind_prefixes

logger = logging.getLogger(__name__)
# Turtle and TriG exports name kg's own resources by full IRI: their keys hold slashes
# (actor/RUS, mention/<article>/...), which a prefixed name could only give escaped (kgr:actor\/RUS).
EXPORT_PREFIXES = {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "kgr"}

LOCK_NAME = "kg.lock"
OX_DIR = "oxigraph"
# The engine's bulk loader ingests up to this many quads as one set of index files.
BULK_BATCH_QUADS = 1_000_000
# Fewer quads than this go through a transaction: the loader's files cost more than they save.
BULK_MIN_QUADS = 10_000
# Triples a build gathers from new articles before writing them together.
WRITE_BATCH_TRIPLES = 50_000
WRITE_BATCH_SECONDS = 1.0
Row = dict[str, Any]


@dataclass
class QueryResult:
    """Rows of a SELECT (column names and Python values) or the boolean of an ASK."""

    columns: list[str]
    rows: list[Row]
    boolean: bool | None = None


def to_python(term: Any) -> Any:
    """An RDF term as the plain Python value query results carry (numbers, strings, booleans)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (_dt.date, _dt.datetime)) or value is term:
            return str(term)
        return value
    return str(term)


def _ox_quads(graphs: Iterable[Graph]) -> list[Any]:
    """The triples of each graph as the engine's quads in that graph.

    Each term is made once per call (actors, classes, properties and many values recur on
    every line); an IRI the engine finds malformed raises ``ValueError``.
    """
    import pyoxigraph as ox

    made: dict[Any, Any] = {}

    def term(node: Any) -> Any:
        if isinstance(node, URIRef):
            return ox.NamedNode(node)
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(node, language=node.language)
            return ox.Literal(node, datatype=ox.NamedNode(node.datatype or XSD.string))
        if isinstance(node, BNode):
            return ox.BlankNode(node)
        raise TypeError(f"cannot write {node!r}")

    quads: list[Any] = []
    for graph in graphs:
        name = ox.NamedNode(graph.identifier)
        for triple in graph:
            row = []
            for node in triple:
                found = made.get(node)
                if found is None:
                    found = made[node] = term(node)
                row.append(found)
            quads.append(ox.Quad(*row, name))
    return quads


def _from_ox(term: Any) -> Any:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term


def _boolean(lexical: str) -> bool:
    if lexical not in ("true", "false"):
        raise ValueError(lexical)
    return lexical == "true"


def _lexical(lexical: str) -> str:
    return lexical


# How the engine's literals of common datatypes become the values :func:`to_python` gives, without
# making an rdflib term first (a lexical form a converter refuses takes the rdflib path).
_FROM_LEXICAL: dict[str, Any] = {
    str(XSD.string): _lexical, str(XSD.integer): int, str(XSD.int): int, str(XSD.long): int,
    str(XSD.decimal): lambda lexical: float(Decimal(lexical)), str(XSD.double): float, str(XSD.float): float,
    str(XSD.boolean): _boolean, str(XSD.date): _lexical, str(XSD.gYearMonth): _lexical, str(XSD.gYear): _lexical,
}


def _ox_value(term: Any) -> Any:
    """An engine term as the plain Python value :func:`to_python` gives for the same RDF term."""
    if term is None:
        return None
    value = term.value
    datatype = getattr(term, "datatype", None)
    if datatype is None or getattr(term, "language", None):
        return value  # an IRI, a blank node, or a literal with a language
    convert = _FROM_LEXICAL.get(datatype.value)
    if convert is not None:
        with contextlib.suppress(ValueError, ArithmeticError):
            return convert(value)
    return to_python(_from_ox(term))


def _solution_rows(result: Any) -> Iterator[Row]:
    """The rows of the engine's SELECT answer as plain Python values, one at a time."""
    columns = [v.value for v in result.variables]
    for solution in result:
        yield {c: _ox_value(solution[c]) for c in columns}


class KGStore:
    """The project's graph store: a directory with an Oxigraph database, or memory.

    Use as a context manager; writers hold an exclusive lock on the directory.
    """

    def __init__(self, path: str | Path | None = None, *, memory: bool = False, read_only: bool = False) -> None:
        self.memory = memory
        self.read_only = read_only
        self.path = Path(path) if path is not None else resources.default_store()
        self._lock: Any = None
        if memory:
            self.dataset = Dataset(default_union=True)
            self._ox = None
        else:
            self._open_disk()
        bind_prefixes(self.dataset)  # type: ignore[arg-type]

    def _open_disk(self) -> None:
        import pyoxigraph as ox

        ox_path = self.path / OX_DIR
        if self.read_only:
            if not ox_path.exists():
                raise StoreError(f"No store at '{self.path}': run `kg build INPUT --store {self.path}` first")
            try:
                inner = ox.Store.read_only(str(ox_path))
            except OSError as exc:
                raise StoreError(f"Cannot open store '{self.path}' for reading: {exc}") from None
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._acquire_lock()
            try:
                inner = ox.Store(str(ox_path))
            except OSError as exc:
                self._release_lock()
                raise StoreError(f"Cannot open store '{self.path}': {exc}") from None
        from oxrdflib import OxigraphStore

        self._ox = inner
        self._stamp = self._disk_stamp()
        self.dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)

    def _disk_stamp(self) -> tuple[int, int]:
        """What changes when a build writes the database: the number of its files and the newest change."""
        entries = list(os.scandir(self.path / OX_DIR))
        return len(entries), max((entry.stat().st_mtime_ns for entry in entries), default=0)

    def refresh(self) -> bool:
        """A store opened read-only sees the database as it was when opened; after another
        process has written to it since (a new build), open it again. Returns whether it did.

        Raises:
            StoreError: the database can no longer be opened.
        """
        if self._ox is None or not self.read_only:
            return False
        try:
            stamp = self._disk_stamp()
        except OSError:
            return False
        if stamp == self._stamp:
            return False
        logger.info("store %s changed on disk: opening it again", self.path)
        self._open_disk()
        return True

    # -- locking -----------------------------------------------------------
    def _acquire_lock(self) -> None:
        lock_path = self.path / LOCK_NAME
        handle = open(lock_path, "a+")  # noqa: SIM115 - kept open while the store is
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            pid = handle.read().strip() or "unknown"
            handle.close()
            raise StoreError(STORE_LOCKED.format(path=self.path, pid=pid, lock=lock_path)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock = handle

    def _release_lock(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._lock.fileno(), fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def flush(self) -> None:
        """Write the database's buffers to disk (a long build calls this now and then, so its
        memory stays flat however many articles it writes)."""
        if self._ox is not None and not self.read_only:
            self._ox.flush()

    def optimize(self) -> None:
        """Compact the database (a build calls this at its end: the many small files that
        flushes leave behind make later queries up to twice as slow)."""
        if self._ox is not None and not self.read_only:
            self._ox.optimize()

    @property
    def engine(self) -> Any:
        """The pyoxigraph Store behind the rdflib API, or None for the in-memory store."""
        return self._ox

    def close(self) -> None:
        """Flush and release the database and the lock (a closed store cannot be used again)."""
        if self._ox is not None:
            if not self.read_only:
                with contextlib.suppress(OSError):
                    self._ox.flush()
            # Drop every reference so the database is really closed before the lock goes.
            with contextlib.suppress(AttributeError):
                self.dataset.store.close()
            self._ox = None
            self.dataset = None  # type: ignore[assignment]
            gc.collect()
        self._release_lock()

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: Graph, *, add: Graph | None = None) -> None:
        """Replace one named graph with ``graph`` (same identifier), all or nothing.

        ``add`` is a graph whose triples are added to its own named graph in the same
        transaction (an article's actors go to the shared actors graph with it).
        """
        self.replace_graphs([graph], add=[add] if add is not None else ())

    def replace_graphs(self, graphs: Iterable[Graph], *, add: Iterable[Graph] = (),
                       drop: Iterable[URIRef] = ()) -> None:
        """Replace several named graphs, add to others and drop some, all in one transaction.

        Each graph in ``graphs`` replaces its namesake; the triples of each graph in ``add``
        are added to its namesake; each name in ``drop`` is removed.
        """
        graphs, add, drop = list(graphs), [g for g in add if len(g)], list(drop)
        if self._ox is not None and not drop and not any(self.has_graph(g.identifier) for g in graphs):
            # nothing to remove: the engine adds the quads in one transaction, with no query text
            self._extend(graphs + add)
            return
        if self._ox is not None:
            # One SPARQL Update is one transaction in Oxigraph: the old graphs and the new
            # triples are swapped together or not at all. The data is N-Triples written by
            # rdflib's serialiser, so every term is escaped.
            blocks = []
            for graph in graphs + add:
                try:
                    body = graph.serialize(format="nt")
                except Exception as exc:  # rdflib raises bare Exception for terms it cannot write
                    raise StoreError(f"Graph {graph.identifier} cannot be written, the store keeps the "
                                     f"previous version: {exc}") from None
                if body.strip():
                    blocks.append(f"GRAPH <{graph.identifier}> {{\n{body}\n}}")
            steps = [f"DROP SILENT GRAPH <{name}>" for name in [g.identifier for g in graphs] + drop]
            if blocks:
                steps.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
            if not steps:
                return
            try:
                self._ox.update(" ;\n".join(steps))
            except (OSError, SyntaxError, ValueError) as exc:
                names = ", ".join(str(g.identifier) for g in graphs) or ", ".join(map(str, drop))
                raise StoreError(f"Writing graph {names} failed; the store keeps the previous version: {exc}") from None
            return
        for name in [g.identifier for g in graphs] + drop:
            self.dataset.remove_graph(name)
        for graph in graphs + add:
            target = self.dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)

    def _extend(self, graphs: list[Graph]) -> None:
        """Add the triples of each graph to its namesake through the engine's bulk loader.

        The loader sorts a call's quads into index files that the database takes in with
        one atomic ingestion as long as the call holds fewer than the loader's batch of
        ``BULK_BATCH_QUADS`` quads; a larger write, or one too small to be worth the files
        (under ``BULK_MIN_QUADS``), goes through a transaction instead. Either way a kill
        leaves each graph whole or absent.
        """
        try:
            quads = _ox_quads(graphs)
        except (TypeError, ValueError) as exc:
            names = ", ".join(str(g.identifier) for g in graphs)
            raise StoreError(f"Writing graph {names} failed; the store keeps the previous version: {exc}") from None
        try:
            engine: Any = self._ox
            if BULK_MIN_QUADS <= len(quads) < BULK_BATCH_QUADS:
                engine.bulk_extend(quads)
            else:
                engine.extend(quads)
        except OSError as exc:
            raise StoreError(f"Writing {len(graphs)} graphs failed; the store keeps the previous version: {exc}") from None

    def remove_graph(self, name: URIRef) -> None:
        if self._ox is not None:
            import pyoxigraph as ox

            with contextlib.suppress(OSError):
                self._ox.remove_graph(ox.NamedNode(str(name)))
        else:
            self.dataset.remove_graph(name)

    def ensure_ontology(self) -> None:
        """Load the ontology into its own named graph, so queries can read class annotations."""
        ontology = Graph(identifier=ONTOLOGY_GRAPH).parse(resources.ontology_file(), format="turtle")
        self.replace_graph(ontology)

    # -- reading -----------------------------------------------------------
    def article_hashes(self) -> dict[str, str]:
        """Article id -> content hash, for every article in the store."""
        result = self.query(resources.sparql("article_hashes"))
        return {str(r["id"]): str(r["hash"]) for r in result.rows}

    def article_hash(self, article_id: str) -> str | None:
        """The content hash of one stored article, or None when the store does not have it
        (one index lookup: a build asks this of each article instead of holding every hash)."""
        iri = article_iri(article_id)
        if self._ox is not None:
            import pyoxigraph as ox

            for quad in self._ox.quads_for_pattern(ox.NamedNode(str(iri)), ox.NamedNode(str(KG.contentHash)), None, None):
                return str(quad.object.value)
            return None
        value = self.dataset.value(iri, KG.contentHash)
        return str(value) if value is not None else None

    def has_articles(self) -> bool:
        """Whether any article has been written to the store."""
        return bool(self.query(resources.sparql("any_article")).boolean)

    def has_graph(self, name: URIRef) -> bool:
        """Whether the store holds a named graph of that name with at least one triple."""
        if self._ox is not None:
            import pyoxigraph as ox

            return any(True for _ in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(name))))
        return any(True for _ in self.dataset.quads((None, None, None, name)))

    def named_graphs(self) -> list[str]:
        if self._ox is not None:
            return sorted(g.value for g in self._ox.named_graphs())
        return sorted(str(g.identifier) for g in self.dataset.graphs() if isinstance(g.identifier, URIRef)
                      and len(g) and str(g.identifier) != "urn:x-rdflib:default")

    def query(self, text: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs, with values bound to variables.

        Values are bound by the engine (substitution / initial bindings), never pasted
        into the query text.
        """
        bindings = dict(bindings or {})
        if self._ox is not None:
            import pyoxigraph as ox

            result = self._ox_query(text, bindings)
            if isinstance(result, ox.QueryBoolean):
                return QueryResult([], [], bool(result))
            if isinstance(result, ox.QuerySolutions):
                return QueryResult([v.value for v in result.variables], list(_solution_rows(result)))
            triples = [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in result]
            return QueryResult(["subject", "predicate", "object"],
                               [dict(zip(["subject", "predicate", "object"], map(to_python, t))) for t in triples])
        res = self.dataset.query(text, initBindings=bindings, initNs=PREFIXES)
        if res.type == "ASK":
            return QueryResult([], [], bool(res.askAnswer))
        if res.type == "SELECT":
            columns = [str(v) for v in res.vars or []]
            return QueryResult(columns, [{c: to_python(row[c]) for c in columns} for row in res])  # type: ignore[index]
        return QueryResult(["subject", "predicate", "object"],
                           [dict(zip(["subject", "predicate", "object"], map(to_python, t))) for t in res])  # type: ignore[arg-type]

    def select_rows(self, text: str) -> Iterator[Row]:
        """The rows of a SELECT over the union of all graphs, one at a time.

        On disk the rows stream from the engine, so the caller can handle results larger
        than it wants to hold, and may write to the store meanwhile (the query reads a
        snapshot). The in-memory store answers the whole query first.
        """
        if self._ox is None:
            yield from self.query(text).rows
            return
        import pyoxigraph as ox

        result = self._ox_query(text, {})
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select_rows needs a SELECT query")
        yield from _solution_rows(result)

    def _ox_query(self, text: str, bindings: Mapping[str, Any]) -> Any:
        """The engine's answer over the union of all graphs, values bound in a ``VALUES`` block.

        The block of escaped RDF terms opens the outermost WHERE group, so the engine plans
        the rest of the pattern from the bound values (its substitutions are applied after
        planning, which leaves selective parameters unused for join order).
        """
        from kg.remote.binding import add_values

        try:
            return self._ox.query(add_values(text, [dict(bindings)]), use_default_graph_as_union=True,
                                  prefixes=PREFIXES)
        except SyntaxError as exc:
            raise StoreError(f"The query does not parse: {exc}") from None

    def quads(self) -> Iterator[tuple[Any, Any, Any, Any]]:
        """Every quad as rdflib terms: (subject, predicate, object, graph name)."""
        if self._ox is not None:
            for quad in self._ox.quads_for_pattern(None, None, None, None):
                graph = quad.graph_name
                yield (_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object),
                       URIRef(graph.value) if hasattr(graph, "value") else None)
            return
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            yield s, p, o, getattr(g, "identifier", g)

    def union_graph(self, *, include_ontology: bool = False) -> Graph:
        """All article graphs merged into one in-memory Graph (for SHACL and exports)."""
        merged = bind_prefixes(Graph())
        for s, p, o, g in self.quads():
            if not include_ontology and g == ONTOLOGY_GRAPH:
                continue
            merged.add((s, p, o))
        return merged

    def named_graphs_copy(self) -> Dataset:
        """Every named graph but the ontology's, kept apart, in an in-memory rdflib Dataset."""
        data = Dataset()
        bind_prefixes(data)  # type: ignore[arg-type]
        for s, p, o, g in self.quads():
            if g != ONTOLOGY_GRAPH:
                data.graph(g).add((s, p, o))
        return data

    def serialize(self, fmt: str, destination: str | Path | None = None) -> str | None:
        """Write the store (without the ontology graph) as turtle, trig, nquads, nt or jsonld.

        On disk the Oxigraph engine writes Turtle, N-Triples, TriG and N-Quads itself (a
        million triples in seconds); JSON-LD and the in-memory store go through rdflib.
        """
        rdflib_fmt = {"turtle": "turtle", "ttl": "turtle", "trig": "trig", "nquads": "nquads",
                      "jsonld": "json-ld", "json-ld": "json-ld", "nt": "nt"}.get(fmt)
        if rdflib_fmt is None:
            raise ValueError(f"unknown format {fmt!r}")
        if self._ox is not None and rdflib_fmt != "json-ld":
            return self._dump(rdflib_fmt, destination)
        data: Graph = self.union_graph() if rdflib_fmt in {"turtle", "nt"} else self.named_graphs_copy()
        kwargs: dict[str, Any] = {}
        if rdflib_fmt == "json-ld":
            kwargs["context"] = dict(PREFIXES)
            kwargs["auto_compact"] = True
        text = data.serialize(format=rdflib_fmt, **kwargs)
        if destination is not None:
            Path(destination).write_text(text, encoding="utf-8")
            return None
        return text

    def _dump(self, fmt: str, destination: str | Path | None) -> str | None:
        import pyoxigraph as ox

        formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                   "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
        ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
        quads = (q for q in self._ox.quads_for_pattern(None, None, None, None) if q.graph_name != ontology)
        scratch = ox.Store()  # in memory: the union as one graph, or the named graphs as they are
        if fmt in ("turtle", "nt"):
            scratch.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
        else:
            scratch.bulk_extend(quads)
        graph = ox.DefaultGraph() if fmt in ("turtle", "nt") else None
        prefixes = EXPORT_PREFIXES if fmt in ("turtle", "trig") else None
        if destination is not None:
            scratch.dump(str(destination), formats[fmt], from_graph=graph, prefixes=prefixes)
            return None
        data = scratch.dump(None, formats[fmt], from_graph=graph, prefixes=prefixes)
        return data.decode("utf-8") if data is not None else ""

    def __len__(self) -> int:
        if self._ox is not None:
            return len(self._ox)
        return sum(1 for _ in self.quads())


class GraphBatch:
    """Graphs gathered and written together once they hold about ``triples`` triples, or once
    the first of them has waited ``seconds`` (so readers see a slow build's articles appear).

    Each write is one :meth:`KGStore.replace_graphs`: the graphs of a batch are stored all
    together or not at all. Use as a context manager, which writes what is left on leaving.
    """

    def __init__(self, store: KGStore, *, triples: int = WRITE_BATCH_TRIPLES, seconds: float = WRITE_BATCH_SECONDS) -> None:
        self.store, self.limit, self.seconds = store, triples, seconds
        self.graphs: list[Graph] = []
        self.extra: list[Graph] = []
        self.size = 0
        self.since = time.monotonic()

    def add(self, graph: Graph, *, add: Graph | None = None) -> None:
        """Gather ``graph`` (replacing its namesake) and ``add`` (added to its namesake)."""
        if not self.graphs:
            self.since = time.monotonic()
        self.graphs.append(graph)
        self.size += len(graph)
        if add is not None:
            self.extra.append(add)
            self.size += len(add)
        if self.size >= self.limit or time.monotonic() - self.since >= self.seconds:
            self.write()

    def write(self) -> None:
        if self.graphs or self.extra:
            self.store.replace_graphs(self.graphs, add=self.extra)
        self.graphs, self.extra, self.size = [], [], 0

    def __enter__(self) -> GraphBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.write()


def validate_graph(data: Graph, *, raise_on_violation: bool = False) -> tuple[bool, str]:
    """Check a graph against ontology/shapes.ttl with pySHACL (RDFS inference over the ontology).

    Raises:
        ShapeViolation: with ``raise_on_violation``, when the graph does not conform.
    """
    import pyshacl

    shapes = Graph().parse(resources.shapes_file(), format="turtle")
    ontology = Graph().parse(resources.ontology_file(), format="turtle")
    conforms, _report_graph, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True,
    )
    if not conforms and raise_on_violation:
        raise ShapeViolation("The graph does not conform to ontology/shapes.ttl; see the report", str(text), data)
    return bool(conforms), str(text)


def open_store(path: str | Path | None = None, *, memory: bool = False, read_only: bool = False) -> KGStore:
    """Open the store at ``path`` (default: ``KG_STORE`` or ``./.kg-store``).

    Raises:
        StoreError: the store is locked by another process or cannot be opened.
    """
    return KGStore(path, memory=memory, read_only=read_only)
