"""Push the local store to a remote SPARQL 1.1 store, each named graph only when it changed.

Each article's named graph is sent with the SPARQL 1.1 Graph Store HTTP Protocol (``PUT
<store>?graph=<iri>`` with an N-Triples body), which replaces exactly that graph, so an
interrupted push leaves every remote article graph either as it was or as new. An article is
sent only when the ``kg:contentHash`` in its remote graph differs from the local one (one query
per batch), and so is each relation graph (relation states and monthly index of one pair of
actors); the ontology graph and the shared actors graph are compared triple for triple. Relation
graphs the remote store has and the local one no longer has are removed. Running the push again
resumes it. A store without the Graph Store Protocol can be given an update URL instead: each
graph is then replaced by one SPARQL Update request (``DROP SILENT GRAPH`` and ``INSERT DATA``),
its blank nodes skolemised, since SPARQL Update data may not hold any.

What is sent is written so that any store reads it back as it was (see
:meth:`kg.remote.endpoint.Endpoint.replace_graph`).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg import resources
from kg.errors import EndpointError
from kg.graph import ACTORS_GRAPH, EVENTS_GRAPH, ONTOLOGY_GRAPH, graph_iri
from kg.relations import relation_hashes
from kg.remote.endpoint import NO_WRITE_URL, Endpoint, RequestFailed, portable
from kg.store import KGStore
from kg.vocab import DATA_NS

logger = logging.getLogger(__name__)

Progress = Callable[["PushItem"], None]


# -- push --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PushItem:
    """What happened to one graph: ``name`` is the article id, ``ontology``, ``actors``, or
    ``relations/<code>/<code>`` for a relation graph."""

    name: str
    status: str  # "sent", "unchanged", "removed" or "failed"
    total: int
    reason: str = ""


@dataclass
class PushReport:
    """Which graphs a push sent, found unchanged, or could not send (name -> reason).

    Graphs are named by article id; the ontology and actors graphs by ``ontology`` and
    ``actors``; relation graphs by ``relations/<code>/<code>`` (their IRI without the data
    namespace). ``removed`` lists relation graphs deleted from the remote store because the
    local store has no events of that pair any more; a removal the store refused is in
    ``failed``, with the store's reason.
    """

    url: str
    total: int = 0
    sent: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        gone = f", {len(self.removed)} removed ({', '.join(self.removed)})" if self.removed else ""
        return (f"{len(self.sent)} sent, {len(self.unchanged)} unchanged, {len(self.failed)} failed "
                f"of {self.total} graph(s){gone} -> {self.url}")


def _local_graph(store: KGStore, iri: URIRef) -> Graph:
    """One named graph of the local store, read in place (no copy, no write to the store)."""
    return Graph(store=store.dataset.store, identifier=iri)


def _same_graph(remote: Graph, local: Graph) -> bool:
    """Whether two graphs hold the same triples, blank nodes aside (``"x"`` equals ``"x"^^xsd:string``)."""
    return len(remote) == len(local) and isomorphic(portable(remote), portable(local))


def _batches(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def push_store(store: KGStore, endpoint: Endpoint, *, batch_size: int = 100, force: bool = False,
               progress: Progress | None = None) -> PushReport:
    """Send the store's named graphs to a remote SPARQL store, each only when it changed.

    The ontology graph goes first, then the article graphs in batches (one query per batch
    fetches their remote content hashes), then the derived graph. Each graph replaces its
    remote namesake in one request. Once the store has answered, a failure no longer raises:
    the graph that failed is reported as failed (and, when the store stopped answering or
    refuses writes, so is every graph not sent yet), and a second push resumes the work.

    Args:
        store: the local store (read-only is enough).
        endpoint: where to send, see :func:`open_endpoint`.
        batch_size: articles compared per query.
        force: send every graph, changed or not (``kg build --force`` with a new extractor
            leaves the content hashes as they were).
        progress: called once per graph with a :class:`PushItem`.

    Raises:
        EndpointError: the store cannot be reached or refuses before anything was compared,
            or there is no URL to write to.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if endpoint.store_url is None and endpoint.update_url is None:
        raise EndpointError(NO_WRITE_URL)
    return _Push(store, endpoint, force=force, progress=progress).run(batch_size)


class _Push:
    """The state of one push: what is left to do, and the report so far."""

    def __init__(self, store: KGStore, endpoint: Endpoint, *, force: bool, progress: Progress | None) -> None:
        self.store = store
        self.endpoint = endpoint
        self.force = force
        self.progress = progress
        self.hashes = store.article_hashes()  # graph name -> content hash
        self.iris = {article: graph_iri(article) for article in self.hashes}
        self.articles = sorted(self.hashes)
        for iri, digest in relation_hashes(store).items():
            name = iri[len(DATA_NS):]
            self.hashes[name], self.iris[name] = digest, URIRef(iri)
        self.relations = sorted(set(self.hashes) - set(self.articles))
        present = set(store.named_graphs())
        self.extras = {name: iri for name, iri in (("ontology", ONTOLOGY_GRAPH), ("actors", ACTORS_GRAPH),
                                                   ("events", EVENTS_GRAPH)) if str(iri) in present}
        order = [n for n in ("ontology",) if n in self.extras] + self.articles \
            + [n for n in ("actors", "events") if n in self.extras] + self.relations
        self.pending = dict.fromkeys(order)  # insertion-ordered set
        self.report = PushReport(url=endpoint.store_url or endpoint.update_url or endpoint.query_url,
                                 total=len(order))

    def record(self, name: str, status: str, reason: str = "") -> None:
        del self.pending[name]
        if status == "sent":
            self.report.sent.append(name)
        elif status == "unchanged":
            self.report.unchanged.append(name)
        else:
            self.report.failed[name] = reason
        if self.progress is not None:
            self.progress(PushItem(name, status, self.report.total, reason))

    def send(self, name: str, iri: URIRef) -> bool:
        """Send one graph; False when the store stopped answering or refuses writes altogether."""
        try:
            self.endpoint.replace_graph(_local_graph(self.store, iri))
        except RequestFailed as exc:
            self.record(name, "failed", str(exc))
            return exc.status in (400, 413, 415)  # a problem of this graph only: go on
        self.record(name, "sent")
        return True

    def push_extra(self, name: str) -> bool:
        iri = self.extras[name]
        if not self.force and _same_graph(self.endpoint.graph(iri), _local_graph(self.store, iri)):
            self.record(name, "unchanged")
            return True
        return self.send(name, iri)

    def push_hashed(self, batch: Sequence[str], query: str) -> bool:
        """Send the graphs of a batch of articles or relation graphs whose remote hash differs."""
        iris = {self.iris[name]: name for name in batch}
        remote: dict[str, str] = {}
        if not self.force:
            _columns, rows = self.endpoint.select(query, [{"g": iri} for iri in iris])
            remote = {iris[URIRef(str(r["g"]))]: str(r["hash"]) for r in rows if URIRef(str(r["g"])) in iris}
        for name in batch:
            if remote.get(name) == self.hashes[name]:
                self.record(name, "unchanged")
            elif not self.send(name, self.iris[name]):
                return False
        return True

    def remove_stale(self) -> bool:
        """Delete the remote relation graphs of pairs the local store no longer has.

        A graph the store turns out not to have is skipped; any other refusal is reported as failed.
        """
        try:
            _columns, rows = self.endpoint.select(resources.sparql("remote_relation_graphs"))
        except EndpointError as exc:
            self.report.failed["stale relation graphs"] = f"not listed: {exc}"
            return False
        local = {str(iri) for iri in self.iris.values()}
        for iri in sorted({str(r["g"]) for r in rows} - local):
            name = iri.removeprefix(DATA_NS)
            try:
                gone = self.endpoint.drop_graph(URIRef(iri))
            except EndpointError as exc:
                self.report.failed[name] = f"not removed: {exc}"
                continue
            if gone:
                self.report.removed.append(name)
            else:
                logger.info("push: %s was already gone from the store", name)
        return True

    def run(self, batch_size: int) -> PushReport:
        query = resources.sparql("remote_hashes")
        steps: list[Callable[[], bool]] = []
        if "ontology" in self.extras:
            steps.append(lambda: self.push_extra("ontology"))
        for batch in _batches(self.articles, batch_size):
            steps.append(lambda batch=batch: self.push_hashed(batch, query))  # type: ignore[misc]
        for name in ("actors", "events"):
            if name in self.extras:
                steps.append(lambda name=name: self.push_extra(name))  # type: ignore[misc]
        for batch in _batches(self.relations, batch_size):
            steps.append(lambda batch=batch: self.push_hashed(batch, query))  # type: ignore[misc]
        steps.append(self.remove_stale)
        for step in steps:
            try:
                going_on = step()
            except EndpointError as exc:
                if not (self.report.sent or self.report.unchanged or self.report.failed):
                    raise  # the store never answered: nothing to report yet
                self.fail_pending(str(exc))
                break
            if not going_on and self.pending:
                self.fail_pending("not sent after an earlier failure: " + next(reversed(self.report.failed.values())))
                break
        logger.info("push: %s", self.report.summary())
        return self.report

    def fail_pending(self, reason: str) -> None:
        for name in list(self.pending):
            self.record(name, "failed", reason)
