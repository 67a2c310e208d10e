"""Open, write, read and validate the graph store.

Stage six. The embedded default is rdflib's API over an on-disk Oxigraph store (through
``oxrdflib``), one directory; rdflib's in-memory store is there for small throwaway
graphs. Each article's data is one named graph, replaced in a single transaction, so a
failed or interrupted build leaves every article graph either as it was or as new; a build
writes the graphs of new articles in groups (:class:`GraphBatch`), each group whole or absent,
as N-Quads through the engine's bulk loader in a writer thread, while the next group is made
ready. A
lock file keeps two writers out of one store. Remote SPARQL stores are :mod:`kg.remote`'s.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import fcntl
import gc
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Self

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

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
# Batches the engine's bulk loader takes in at once, each in a thread of its own: the loader
# sorts and ingests one while it parses the other, which keeps two cores busy.
WRITERS = 2
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


def _ox_quads(graphs: Iterable[Graph], *, known: set[Any] | None = None) -> list[Any]:
    """The triples of each graph as the engine's quads in that graph.

    Each term is made once per call (actors, classes, properties and many values recur on
    every line), looked up by its text rather than by rdflib's own (slower) hashing and
    equality; an IRI the engine finds malformed raises ``ValueError``. With ``known``, a set
    of (graph, triple) keys, a triple already in it is left out and each one written is added.
    """
    import pyoxigraph as ox

    named_node, literal, quad = ox.NamedNode, ox.Literal, ox.Quad
    iris: dict[str, Any] = {}
    literals: dict[tuple[str, str | None, str | None], Any] = {}
    datatypes: dict[str | None, Any] = {}
    string = str(XSD.string)

    def term(node: Any) -> Any:
        kind = node.__class__
        if kind is URIRef:
            key = str.__str__(node)
            found = iris.get(key)
            if found is None:
                found = iris[key] = named_node(key)
            return found
        if kind is Literal:
            lang, datatype = node.language, node.datatype
            lkey = (str.__str__(node), lang, datatype)
            found = literals.get(lkey)
            if found is None:
                if lang:
                    found = literal(lkey[0], language=lang)
                else:
                    made = datatypes.get(datatype)
                    if made is None:
                        made = datatypes[datatype] = named_node(datatype or string)
                    found = literal(lkey[0], datatype=made)
                literals[lkey] = found
            return found
        if isinstance(node, URIRef):
            return named_node(node)
        if isinstance(node, Literal):
            if node.language:
                return literal(node, language=node.language)
            return literal(node, datatype=named_node(node.datatype or string))
        if isinstance(node, BNode):
            return ox.BlankNode(node)
        raise TypeError(f"cannot write {node!r}")

    quads: list[Any] = []
    for graph, triples in _unwritten(graphs, known):
        name = named_node(graph.identifier)
        quads.extend(quad(term(s), term(p), term(o), name) for s, p, o in triples)
    return quads


def _unwritten(graphs: Iterable[Graph], known: set[Any] | None) -> Iterator[tuple[Graph, Iterable[Any]]]:
    """(graph, triples) for each graph: its triples, but those whose (graph, triple) key is in
    ``known``; each one given is added to ``known``."""
    for graph in graphs:
        yield graph, (graph if known is None else _new_triples(graph, known))


def _new_triples(graph: Graph, known: set[Any]) -> Iterator[tuple[Any, Any, Any]]:
    for s, p, o in graph:
        key = (graph.identifier, s, p, o)
        if key not in known:
            known.add(key)
            yield s, p, o


_BLANK_LABEL = re.compile(r"[A-Za-z0-9_]+")


def _nquads(graphs: Iterable[Graph], *, known: set[Any] | None = None) -> tuple[bytes, int]:
    """The triples of each graph as N-Quads in that graph, and how many lines there are.

    A literal's text is escaped as a JSON string, whose escapes N-Quads shares, once per call
    (values recur); an IRI is written as it is, which costs less than looking it up. With
    ``known``, as in :func:`_ox_quads`, a triple already in it is left out and each one
    written is added. A malformed IRI is found by the engine when it reads the text.

    Raises:
        ValueError: a literal holds text that cannot be encoded as UTF-8.
    """
    literals: dict[tuple[str, str | None, str | None], str] = {}
    string = str(XSD.string)
    dumps = json.dumps
    text_of = str.__str__

    def term(node: Any) -> str:
        kind = node.__class__
        if kind is URIRef or (kind is not Literal and isinstance(node, URIRef)):
            return f"<{text_of(node)}>"
        if kind is Literal or isinstance(node, Literal):
            lang, datatype = node.language, node.datatype
            lkey = (text_of(node), lang, datatype)
            text = literals.get(lkey)
            if text is None:
                body = dumps(lkey[0], ensure_ascii=False)
                if lang:
                    text = f"{body}@{lang}"
                elif datatype is None or datatype == string:
                    text = body
                else:
                    text = f"{body}^^<{datatype}>"
                literals[lkey] = text
            return text
        if isinstance(node, BNode):
            label = str(node)
            if not _BLANK_LABEL.fullmatch(label):
                label = "h" + hashlib.sha1(label.encode("utf-8")).hexdigest()
            return f"_:{label}"
        raise TypeError(f"cannot write {node!r}")

    lines: list[str] = []
    append = lines.append
    for graph, triples in _unwritten(graphs, known):
        name = f" <{graph.identifier}> .\n"
        for s, p, o in triples:
            if s.__class__ is URIRef and p.__class__ is URIRef:  # most lines: spelled out here
                append(f"<{text_of(s)}> <{text_of(p)}> {term(o)}{name}")
            else:
                append(f"{term(s)} {term(p)} {term(o)}{name}")
    return "".join(lines).encode("utf-8"), len(lines)


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
# making an rdflib term first (a lexical form a converter refuses takes the rdflib path). A
# language-tagged literal has the datatype rdf:langString.
_FROM_LEXICAL: dict[str, Any] = {
    str(XSD.string): _lexical, str(RDF.langString): _lexical, str(XSD.integer): int, str(XSD.int): int,
    str(XSD.long): int, str(XSD.decimal): lambda lexical: float(Decimal(lexical)), str(XSD.double): float,
    str(XSD.float): float, str(XSD.boolean): _boolean, str(XSD.date): _lexical, str(XSD.gYearMonth): _lexical,
    str(XSD.gYear): _lexical,
}


# Converted terms one stream of rows remembers at most (see :func:`_solution_rows`).
_VALUES_KEPT = 10_000


def _ox_value(term: Any) -> Any:
    """An engine term as the plain Python value :func:`to_python` gives for the same RDF term."""
    import pyoxigraph as ox

    if term is None:
        return None
    if type(term) is not ox.Literal:
        if type(term) is ox.NamedNode or type(term) is ox.BlankNode:
            return term.value
        return to_python(_from_ox(term))
    convert = _FROM_LEXICAL.get(term.datatype.value)
    if convert is _lexical:
        return term.value
    if convert is not None:
        with contextlib.suppress(ValueError, ArithmeticError):
            return convert(term.value)
    return to_python(_from_ox(term))


def _solution_rows(result: Any) -> Iterator[Row]:
    """The rows of the engine's SELECT answer as plain Python values, one at a time.

    Each distinct term is converted once (classes, modalities, names and dates recur from row
    to row); once ``_VALUES_KEPT`` terms are remembered they are forgotten, so a long stream
    of rows does not keep its values.
    """
    columns = [v.value for v in result.variables]
    values: dict[Any, Any] = {}
    for solution in result:
        row: list[Any] = []
        for term in solution:  # in the order of the columns, None where unbound
            value = values.get(term, values)
            if value is values:
                if len(values) >= _VALUES_KEPT:
                    values.clear()
                value = values[term] = _ox_value(term)
            row.append(value)
        yield dict(zip(columns, row))


class KGStore:
    """The project's graph store: a directory with an Oxigraph database, or memory.

    Use as a context manager; writers hold an exclusive lock on the directory.
    """

    def __init__(self, path: str | Path | None = None, *, memory: bool = False, read_only: bool = False) -> None:
        self.memory = memory
        self.read_only = read_only
        self.path = Path(path) if path is not None else resources.default_store()
        self._lock: Any = None
        self._ox: Any = None  # the pyoxigraph Store under a store on disk
        if memory:
            self.dataset = Dataset(default_union=True)
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

    def __enter__(self) -> Self:
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
                       drop: Iterable[URIRef] = (), known: set[Any] | None = None) -> None:
        """Replace several named graphs, add to others and drop some, all in one transaction.

        Each graph in ``graphs`` replaces its namesake; the triples of each graph in ``add``
        are added to its namesake; each name in ``drop`` is removed. ``known`` is a set the
        caller keeps of the ``add`` triples it has written before (as (graph, s, p, o)): those
        are not written again, and the new ones are added to it.
        """
        graphs, add, drop = list(graphs), [g for g in add if len(g)], list(drop)
        if self._ox is not None and not drop and not any(self.has_graph(URIRef(str(g.identifier))) for g in graphs):
            # nothing to remove: the engine adds the quads in one transaction, with no query text
            self._extend(graphs, add=add, known=known)
            return
        if self._ox is not None:
            # One SPARQL Update is one transaction in Oxigraph: the old graphs and the new
            # triples are swapped together or not at all. The data is N-Triples written by
            # rdflib's serialiser, so every term is escaped.
            blocks = []
            for graph in graphs + add:
                try:
                    body = graph.serialize(format="nt")
                except Exception as exc:  # noqa: BLE001 - rdflib raises bare Exception for terms it cannot write
                    raise StoreError(f"Graph {graph.identifier} cannot be written, the store keeps the "
                                     f"previous version: {exc}") from None
                if body.strip():
                    blocks.append(f"GRAPH <{graph.identifier}> {{\n{body}\n}}")
            steps = [f"DROP SILENT GRAPH <{name}>" for name in [g.identifier for g in graphs] + drop]
            if blocks:
                steps.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
            if not steps:
                return
            self._update(steps, ", ".join(str(g.identifier) for g in graphs) or ", ".join(map(str, drop)))
            return
        for name in [g.identifier for g in graphs] + drop:
            self.dataset.remove_graph(name)
        for graph in graphs + add:
            target = self.dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)

    def _extend(self, graphs: list[Graph], *, add: list[Graph] | None = None, known: set[Any] | None = None) -> None:
        """Add the triples of each graph (and of each graph in ``add``, but those in ``known``,
        see :meth:`replace_graphs`) to its namesake through the engine's bulk loader.

        The loader sorts a call's quads into index files that the database takes in with
        one atomic ingestion as long as the call holds fewer than the loader's batch of
        ``BULK_BATCH_QUADS`` quads; a larger write, or one too small to be worth the files
        (under ``BULK_MIN_QUADS``), goes through a transaction instead. Either way a kill
        leaves each graph whole or absent.
        """
        try:
            pending = set(known) if known is not None else None  # taken up only once written
            quads = _ox_quads(graphs) + _ox_quads(add or [], known=pending)
        except (TypeError, ValueError) as exc:
            names = ", ".join(str(g.identifier) for g in [*graphs, *(add or [])])
            raise StoreError(f"Writing graph {names} failed; the store keeps the previous version: {exc}") from None
        try:
            engine: Any = self._ox
            if BULK_MIN_QUADS <= len(quads) < BULK_BATCH_QUADS:
                engine.bulk_extend(quads)
            else:
                engine.extend(quads)
        except OSError as exc:
            raise StoreError(f"Writing {len(graphs)} graphs failed; the store keeps the previous version: {exc}") from None
        if known is not None and pending is not None:
            known |= pending

    def _load_nquads(self, data: bytes, quads: int) -> None:
        """Add N-Quads text of ``quads`` lines to the store: through the bulk loader (one atomic
        ingestion, as in :meth:`_extend`) when the count suits it, else in one transaction.
        Either releases Python's lock while the engine works, so another thread can go on.
        """
        import pyoxigraph as ox

        engine: Any = self._ox
        if BULK_MIN_QUADS <= quads < BULK_BATCH_QUADS:
            engine.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        else:
            engine.load(data, format=ox.RdfFormat.N_QUADS)

    def patch_graph(self, name: URIRef, *, remove: Iterable[tuple[Any, Any, Any]] = (),
                    add: Iterable[tuple[Any, Any, Any]] = ()) -> None:
        """Take some triples out of named graph ``name`` and put others in, in one transaction.

        The triples to take out are written as the store gave them (see :meth:`graph_triples`);
        the data is N-Triples from rdflib's serialiser, so every term is escaped.
        """
        gone, new = Graph(identifier=name), Graph(identifier=name)
        for triple in remove:
            gone.add(triple)
        for triple in add:
            new.add(triple)
        if self._ox is None:
            target = self.dataset.graph(name)
            for triple in gone:
                target.remove(triple)
            for triple in new:
                target.add(triple)
            return
        if not len(gone):
            if len(new):
                self._extend([new])
            return
        steps = [f"DELETE DATA {{ GRAPH <{name}> {{\n{gone.serialize(format='nt')}\n}} }}"]
        if len(new):
            steps.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{new.serialize(format='nt')}\n}} }}")
        self._update(steps, str(name))

    def _update(self, steps: list[str], names: str) -> None:
        """Run SPARQL Update operations as one transaction (one request is one in Oxigraph)."""
        try:
            self._ox.update(" ;\n".join(steps))
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"Writing graph {names} failed; the store keeps the previous version: {exc}") from None

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
        return any(True for _ in self.dataset.quads((None, None, None, name)))  # type: ignore[arg-type]

    def graph_triples(self, name: URIRef, subject: URIRef | None = None, predicate: URIRef | None = None
                      ) -> Iterator[tuple[Any, Any, Any]]:
        """The triples of named graph ``name`` with that subject and predicate (None: any), as
        rdflib terms spelled as the store keeps them."""
        if self._ox is not None:
            import pyoxigraph as ox

            pattern = [ox.NamedNode(str(t)) if t is not None else None for t in (subject, predicate)]
            for quad in self._ox.quads_for_pattern(pattern[0], pattern[1], None, ox.NamedNode(str(name))):
                yield _from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)
            return
        yield from self.dataset.graph(name).triples((subject, predicate, None))

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
            return QueryResult(columns, [{c: to_python(row[c]) for c in columns} for row in res])  # type: ignore[index,call-overload]
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

    Each write stores the graphs of a batch all together or not at all. On disk, a batch of new
    graphs is turned into N-Quads here and handed to the engine's bulk loader in a thread of
    its own, so the next batch is gathered while the engine writes this one; at most
    ``WRITERS`` writes are under way, a graph is never in two of them, and :meth:`wait` (or
    leaving the context) waits for them and raises :class:`~kg.errors.StoreError` if one
    failed. A batch that replaces graphs already in the store waits for the writes under way
    and goes through :meth:`KGStore.replace_graphs`. Use as
    a context manager, which writes what is left and waits for it on leaving.
    """

    def __init__(self, store: KGStore, *, triples: int = WRITE_BATCH_TRIPLES, seconds: float = WRITE_BATCH_SECONDS) -> None:
        self.store, self.limit, self.seconds = store, triples, seconds
        self.graphs: list[Graph] = []
        self.extra: list[Graph] = []
        # the triples of ``add`` graphs written so far (actors recur in article after article)
        self.known: set[Any] = set()
        self.size = 0
        self.since = time.monotonic()
        self._writer: ThreadPoolExecutor | None = None
        # writes under way, oldest first, each with the names of the graphs it holds
        self._pending: list[tuple[Future[None], set[Any]]] = []

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
        """Write what has been gathered (on disk, start writing it)."""
        graphs, extra = self.graphs, [g for g in self.extra if len(g)]
        self.graphs, self.extra, self.size = [], [], 0
        if not graphs and not extra:
            return
        names = {g.identifier for g in graphs}
        if any(names & held for _future, held in self._pending):
            self.wait()  # the same graph twice: the first write must land before it is replaced
        if self.store.engine is None or any(self.store.has_graph(URIRef(name)) for name in names):
            self.wait()
            self.store.replace_graphs(graphs, add=extra, known=self.known)
            return
        written = set(self.known)
        try:
            data, quads = _nquads(graphs, known=None)
            more, count = _nquads(extra, known=written)
        except (TypeError, ValueError) as exc:
            listed = ", ".join(str(g.identifier) for g in [*graphs, *extra])
            raise StoreError(f"Writing graph {listed} failed; the store keeps the previous version: {exc}") from None
        if len(self._pending) >= WRITERS:
            self._wait_oldest()
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="kg-writer")
        self._pending.append((self._writer.submit(self.store._load_nquads, data + more, quads + count), names))
        self.known = written

    def _wait_oldest(self) -> None:
        future, _names = self._pending.pop(0)
        try:
            future.result()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"Writing a batch of graphs failed; the store keeps the previous version: {exc}") from None

    def wait(self) -> None:
        """Wait for every write under way.

        Raises:
            StoreError: one failed; the graphs of that batch are not in the store (those of
                the other batches are, each whole).
        """
        failure: StoreError | None = None
        while self._pending:
            try:
                self._wait_oldest()
            except StoreError as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    def close(self) -> None:
        """Wait for the write under way and stop the writing thread."""
        try:
            self.wait()
        finally:
            if self._writer is not None:
                self._writer.shutdown(wait=True)
                self._writer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.write()
            self.close()
            return
        with contextlib.suppress(StoreError):  # the exception under way is the one to report
            self.close()


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
