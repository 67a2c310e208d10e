"""Remote SPARQL 1.1 stores: push the local graph to one, and run saved queries on it.

Sits beside :mod:`kg.queries`, after the store: it reads the local store and talks HTTP.

* **Push** sends each article's named graph with the SPARQL 1.1 Graph Store HTTP Protocol
  (``PUT <store>?graph=<iri>`` with an N-Triples body), which replaces exactly that graph, so an
  interrupted push leaves every remote article graph either as it was or as new. An article is
  sent only when the ``kg:contentHash`` in its remote graph differs from the local one (one
  query per batch), and so is each relation graph (relation states and monthly index of one
  pair of actors); the ontology graph and the shared actors graph are compared triple for
  triple. Relation graphs the remote store has and the local one no longer has are removed. Running the push again resumes it. A store without the Graph
  Store Protocol can be given an update URL instead: each graph is then replaced by one SPARQL
  Update request (``DROP SILENT GRAPH`` and ``INSERT DATA``).
* **Remote queries** run a saved query with the same binding rules as local ones. A remote
  endpoint has no substitution API, so the bound values go into a ``VALUES`` block written with
  rdflib's ``.n3()`` serialisation (escaped terms, never raw text), placed right after the
  opening brace of the outermost ``WHERE``. The saved queries are written for a default graph
  that is the union of all named graphs: start an Oxigraph server with
  ``oxigraph serve --location DIR --union-default-graph`` (other stores have their own switch,
  e.g. Fuseki's ``tdb:unionDefaultGraph``), otherwise remote queries find nothing.

For an Oxigraph server the base URL is enough: ``/query``, ``/update`` and ``/store`` are the
defaults. Credentials (HTTP basic) come from the arguments or from ``KG_ENDPOINT_USER`` and
``KG_ENDPOINT_PASSWORD``. Transient failures (connection refused or reset, time-outs, HTTP 5xx)
are retried with back-off a bounded number of times; then :class:`kg.errors.EndpointError`
says in one line which URL failed and what to do.
"""
from __future__ import annotations

import ast
import base64
import http.client
import logging
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from rdflib.term import Node

from kg import __version__, resources
from kg.errors import EndpointError
from kg.graph import ACTORS_GRAPH, EVENTS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, graph_iri
from kg.vocab import DATA_NS
from kg.queries import run_query
from kg.relations import relation_hashes
from kg.store import KGStore, QueryResult, to_python

logger = logging.getLogger(__name__)

USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"

UNREACHABLE = (
    "Cannot reach the SPARQL store at {url} ({reason}; {tries} tries): check that it is running and "
    "the URL is right, e.g. start one with `oxigraph serve --location DIR --union-default-graph`"
)
REFUSED = "The SPARQL store at {url} refused the request (HTTP {status}{detail}): {fix}"
BAD_RESPONSE = "The SPARQL store at {url} sent an answer that is not {expected} ({problem}); check the URL"
NO_WRITE_URL = (
    "No URL to write graphs to: give --endpoint (an Oxigraph server's base URL), "
    "or --store-url (Graph Store Protocol) or --update-url (SPARQL Update)"
)
_FIXES = {
    400: "the store could not read the request",
    401: f"give --user and --password, or set {USER_ENV} and {PASSWORD_ENV}",
    403: f"the account may not do this; check --user/--password ({USER_ENV}/{PASSWORD_ENV}) "
         "and that the store accepts writes",
    404: "nothing answers at that path; check --endpoint, --query-url, --update-url or --store-url",
    405: "that URL does not take this request; check --query-url, --update-url or --store-url",
    413: "the graph is larger than the store accepts; raise the store's request size limit",
}
_TRANSIENT_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IRI_TOKEN = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_BRACE = re.compile(r"(?:\s|#[^\n]*\n?)*\{")
T = TypeVar("T")
Progress = Callable[["PushItem"], None]


class _RequestFailed(EndpointError):
    """An EndpointError that remembers the HTTP status (None when there was no answer)."""

    def __init__(self, message: str, status: int | None) -> None:
        super().__init__(message)
        self.status = status


# -- binding values into query text -------------------------------------------------------------
def values_block(rows: Sequence[Mapping[str, Node]]) -> str:
    """A SPARQL ``VALUES`` block for the given rows of bound terms (``UNDEF`` where a row has none).

    Terms are written with rdflib's ``.n3()``, which escapes literals; IRIs are checked.

    >>> values_block([{"a": Literal('RUS" } DROP ALL #'), "b": URIRef("http://x.org/b")}])
    'VALUES (?a ?b) { ("RUS\\\\" } DROP ALL #" <http://x.org/b>) }'

    Raises:
        ValueError: a variable name or an IRI that cannot be written safely.
        TypeError: a term that cannot be bound (only IRIs and literals can).
    """
    names: list[str] = []
    for row in rows:
        for name in row:
            if name not in names:
                names.append(name)
    for name in names:
        if not _VARIABLE.fullmatch(name):
            raise ValueError(f"'{name}' is not a SPARQL variable name")
    lines = []
    for row in rows:
        lines.append("(" + " ".join(_n3(row[n]) if n in row else "UNDEF" for n in names) + ")")
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(lines)} }}"


def _n3(term: Node) -> str:
    if isinstance(term, Literal):
        return term.n3()
    if isinstance(term, URIRef):
        if not _IRI_TOKEN.fullmatch(f"<{term}>"):
            raise ValueError(f"'{term}' cannot be written as an IRI in a query")
        return term.n3()
    raise TypeError(f"cannot bind {term!r}: only IRIs and literals can be bound to a variable")


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal that starts at ``i``."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        j = i + 3
        while j < len(text):
            if text[j] == "\\":
                j += 2
            elif text.startswith(quote * 3, j):
                return j + 3
            else:
                j += 1
        return j
    j = i + 1
    while j < len(text) and text[j] not in (quote, "\n"):
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _keyword_at(text: str, i: int, word: str) -> bool:
    end = i + len(word)
    if text[i:end].upper() != word:
        return False
    before = text[i - 1] if i else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_:?$") and not (after.isalnum() or after in "_:-")


def _scan(text: str) -> tuple[str | None, int | None]:
    """The query form, and the index just after the opening brace of the outermost WHERE group.

    Strings, IRIs and comments are skipped; a SELECT or ASK without the WHERE keyword uses its
    first top-level brace. An index of None means there is no such group.

    >>> q = 'PREFIX ex: <http://x.org/#> SELECT ("{" AS ?x) WHERE { { SELECT * WHERE { ?s ?p ?o } } }'
    >>> form, at = _scan(q)
    >>> form, q[at:][:4]
    ('SELECT', ' { S')
    >>> _scan("DESCRIBE <http://x.org/a>")
    ('DESCRIBE', None)
    """
    depth = 0
    form: str | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == "#":
            newline = text.find("\n", i)
            i = len(text) if newline < 0 else newline + 1
            continue
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if char == "<":
            match = _IRI_TOKEN.match(text, i)
            if match:
                i = match.end()
                continue
        if char == "{":
            if depth == 0 and form in ("SELECT", "ASK"):
                return form, i + 1
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and char.isalpha():
            if _keyword_at(text, i, "WHERE"):
                brace = _BRACE.match(text, i + 5)
                return form, brace.end() if brace else None
            if form is None:
                form = next((f for f in _FORMS if _keyword_at(text, i, f)), None)
        i += 1
    return form, None


def add_values(text: str, rows: Sequence[Mapping[str, Node]]) -> str:
    """The query ``text`` with the rows of bound terms joined in as a ``VALUES`` block.

    The block goes right after the opening brace of the outermost WHERE, so it binds the
    variables before the rest of the pattern, filters included; a query without a WHERE group
    gets a trailing VALUES clause.
    """
    if not rows or not any(rows):
        return text
    block = values_block(rows)
    _form, at = _scan(text)
    if at is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[:at]}\n  {block}\n{text[at:]}"


def _with_prefixes(text: str) -> str:
    """The project prefixes declared ahead of the query, as local queries have them.

    The query's own declarations come later and win; all go on its first line, so the line
    numbers in a store's syntax error still match the query file.
    """
    return "".join(f"PREFIX {p}: <{ns}> " for p, ns in PREFIXES.items()) + text


# -- results -----------------------------------------------------------------------------------
def _term(binding: Mapping[str, Any]) -> Node:
    """An rdflib term from one value of SPARQL JSON results."""
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if binding.get("xml:lang"):
            return Literal(value, lang=binding["xml:lang"])
        datatype = binding.get("datatype")
        if datatype and datatype != str(XSD.string):
            return Literal(value, datatype=URIRef(datatype))
        return Literal(value)
    return Literal(str(value))  # quoted triples and other extensions: their text


# -- the endpoint ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Endpoint:
    """Where a remote SPARQL 1.1 store answers queries and takes graphs, and how to log in.

    Its :meth:`query` has the same signature and result as :meth:`kg.store.KGStore.query`.
    """

    query_url: str
    update_url: str | None = None
    store_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    tries: int = 3
    backoff: float = 0.5

    # -- HTTP ------------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": f"kg/{__version__}"}
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        return headers

    def _retrying(self, url: str, call: Callable[[], T]) -> T:
        """``call()``, tried again with back-off while it fails for a transient reason."""
        for attempt in range(1, self.tries + 1):
            try:
                return call()
            except Exception as exc:  # classified below; anything else is re-raised
                status, reason, transient = _classify(exc)
                if reason is None:
                    raise
                if not transient or attempt == self.tries:
                    raise _failure(url, status, reason, attempt) from None
                delay = self.backoff * 2 ** (attempt - 1)
                logger.info("%s: %s; trying again in %.2fs", url, reason, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(self, method: str, url: str, body: bytes, content_type: str) -> None:
        headers = {**self._headers(), "Content-Type": content_type}
        request = urllib.request.Request(url, data=body, method=method, headers=headers)

        def call() -> None:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()

        self._retrying(url, call)

    def _client(self, text: str, return_format: str) -> Any:
        from SPARQLWrapper import POST, SPARQLWrapper

        client = SPARQLWrapper(self.query_url, agent=f"kg/{__version__}")
        client.setMethod(POST)
        client.setQuery(text)
        # Say what the request is rather than let SPARQLWrapper guess from keywords: a variable
        # named ?drop (or a bound value) must never turn a query into an update request.
        client.queryType = _scan(text)[0] or "SELECT"
        client.setReturnFormat(return_format)
        client.setTimeout(max(1, int(self.timeout)))
        if self.user is not None:
            client.setCredentials(self.user, self.password or "")
        return client

    # -- reading ---------------------------------------------------------------------------------
    def select(self, text: str, rows: Sequence[Mapping[str, Node]] = ()) -> tuple[list[str], list[dict[str, Node]]]:
        """Run a SELECT with the rows of values joined in; columns and rows of rdflib terms.

        Raises:
            EndpointError: the store is unreachable, refuses, or does not answer with SPARQL JSON.
        """
        return self._solutions(self._json(add_values(text, rows)))

    def _solutions(self, data: Mapping[str, Any]) -> tuple[list[str], list[dict[str, Node]]]:
        if not isinstance(data.get("results"), dict):
            raise EndpointError(BAD_RESPONSE.format(url=self.query_url, expected="SPARQL JSON results",
                                                    problem="neither 'results' nor 'boolean' in it"))
        columns = list(data.get("head", {}).get("vars", []))
        found = [{c: _term(b[c]) for c in columns if c in b} for b in data["results"].get("bindings", [])]
        return columns, found

    def _json(self, text: str) -> dict[str, Any]:
        from SPARQLWrapper import JSON

        client = self._client(_with_prefixes(text), JSON)
        data = self._retrying(self.query_url, lambda: client.query().convert())
        if not isinstance(data, dict):
            raise EndpointError(BAD_RESPONSE.format(url=self.query_url, expected="SPARQL JSON results",
                                                    problem=f"got {type(data).__name__}"))
        return data

    def query(self, text: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a query on the remote store with values bound to variables, like ``KGStore.query``.

        Values are joined in as a VALUES block of escaped terms; rows hold the same Python values
        as local results (numbers, booleans, strings).

        Raises:
            EndpointError: the store is unreachable, refuses, or answers with something else.
        """
        rows = [dict(bindings)] if bindings else []
        bound = add_values(text, rows)
        form, _at = _scan(bound)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return self._graph_query(bound)
        data = self._json(bound)
        if "boolean" in data:
            return QueryResult([], [], bool(data["boolean"]))
        columns, found = self._solutions(data)
        return QueryResult(columns, [{c: to_python(row.get(c)) for c in columns} for row in found])

    def _graph_query(self, text: str) -> QueryResult:
        from SPARQLWrapper import TURTLE

        client = self._client(_with_prefixes(text), TURTLE)
        data = self._retrying(self.query_url, lambda: client.query().convert())
        try:
            graph = Graph().parse(data=data if isinstance(data, str) else data.decode("utf-8"), format="turtle")
        except (SyntaxError, ValueError) as exc:  # rdflib's BadSyntax is a SyntaxError
            raise EndpointError(BAD_RESPONSE.format(url=self.query_url, expected="Turtle",
                                                    problem=str(exc).splitlines()[0])) from None
        columns = ["subject", "predicate", "object"]
        return QueryResult(columns, [dict(zip(columns, map(to_python, t))) for t in graph])

    def graph(self, iri: URIRef) -> Graph:
        """The remote copy of one named graph (empty when the store does not have it)."""
        text = resources.sparql("graph_triples")
        _columns, rows = self.select(text, [{"g": iri}])
        graph = Graph(identifier=iri)
        for row in rows:
            graph.add((row["s"], row["p"], row["o"]))
        return graph

    # -- writing ---------------------------------------------------------------------------------
    def replace_graph(self, graph: Graph) -> None:
        """Replace one named graph on the remote store with ``graph`` (same identifier).

        Graph Store Protocol PUT when there is a store URL, else one SPARQL Update request.

        Raises:
            EndpointError: the store is unreachable or refuses.
        """
        body = graph.serialize(format="nt", encoding="utf-8")
        iri = URIRef(str(graph.identifier))
        if self.store_url is not None:
            sep = "&" if "?" in self.store_url else "?"
            url = f"{self.store_url}{sep}{urllib.parse.urlencode({'graph': str(iri)})}"
            self._send("PUT", url, body, "application/n-triples")
        elif self.update_url is not None:
            target = _n3(iri)
            update = b"DROP SILENT GRAPH " + target.encode() + b" ;\nINSERT DATA { GRAPH " + target.encode() \
                + b" {\n" + body + b"\n} }"
            self._send("POST", self.update_url, update, "application/sparql-update")
        else:
            raise EndpointError(NO_WRITE_URL)

    def drop_graph(self, iri: URIRef) -> None:
        """Remove one named graph from the remote store (Graph Store Protocol DELETE, or a
        ``DROP SILENT GRAPH`` update when there is no store URL).

        Raises:
            EndpointError: the store is unreachable or refuses.
        """
        if self.store_url is not None:
            sep = "&" if "?" in self.store_url else "?"
            url = f"{self.store_url}{sep}{urllib.parse.urlencode({'graph': str(iri)})}"
            self._send("DELETE", url, b"", "application/n-triples")
        elif self.update_url is not None:
            self._send("POST", self.update_url, b"DROP SILENT GRAPH " + _n3(iri).encode(), "application/sparql-update")
        else:
            raise EndpointError(NO_WRITE_URL)


def open_endpoint(url: str | None = None, *, query_url: str | None = None, update_url: str | None = None,
                  store_url: str | None = None, user: str | None = None, password: str | None = None,
                  timeout: float = 60.0, tries: int = 3, backoff: float = 0.5) -> Endpoint:
    """An :class:`Endpoint` from an Oxigraph-style base URL and/or one URL per service.

    ``url`` is the server's base URL (``/query``, ``/update`` and ``/store`` below it); a URL that
    already ends in ``/query`` is taken as the query URL of that base. The other URLs override
    the defaults one by one. Credentials default to ``KG_ENDPOINT_USER`` / ``KG_ENDPOINT_PASSWORD``.

    >>> e = open_endpoint("http://127.0.0.1:7878/", user="", password="")
    >>> e.query_url, e.update_url, e.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')

    Raises:
        ValueError: neither a base URL nor a query URL, or a URL that is not http(s).
    """
    base = None
    if url is not None:
        base = url.rstrip("/").removesuffix("/query")
    if base is None and query_url is None:
        raise ValueError("give the endpoint's base URL or its query URL")
    for given in (base, query_url, update_url, store_url):
        if given is not None and urllib.parse.urlsplit(given).scheme not in ("http", "https"):
            raise ValueError(f"'{given}' is not an http(s) URL")
    if user is None:
        user = os.environ.get(USER_ENV) or None
    if password is None:
        password = os.environ.get(PASSWORD_ENV)
    return Endpoint(
        query_url=query_url or f"{base}/query",
        update_url=update_url or (f"{base}/update" if base else None),
        store_url=store_url or (f"{base}/store" if base else None),
        user=user or None,
        password=password,
        timeout=timeout,
        tries=tries,
        backoff=backoff,
    )


def run_remote_query(endpoint: Endpoint, name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run the saved query ``name`` on a remote store, bound and shaped exactly as locally.

    Raises:
        QueryNotFound, QueryParameterError: as :func:`kg.queries.run_query`.
        EndpointError: the store is unreachable or refuses.
    """
    # run_query only needs .query(text, bindings), which Endpoint provides with the same contract.
    return run_query(cast(KGStore, endpoint), name, params)


# -- errors ------------------------------------------------------------------------------------
def _classify(exc: BaseException) -> tuple[int | None, str | None, bool]:
    """(HTTP status or None, a short reason or None when not a network problem, transient?)."""
    from SPARQLWrapper import SPARQLExceptions as sx

    statuses = {sx.QueryBadFormed: 400, sx.Unauthorized: 401, sx.EndPointNotFound: 404,
                sx.URITooLong: 414, sx.EndPointInternalError: 500}
    for kind, status in statuses.items():
        if isinstance(exc, kind):
            return status, _wrapped_body(exc), status in _TRANSIENT_STATUS
    if isinstance(exc, urllib.error.HTTPError):
        try:
            body = exc.read()
        except OSError:
            body = b""
        return exc.code, _first_line(body) or str(exc.reason), exc.code in _TRANSIENT_STATUS
    if isinstance(exc, urllib.error.URLError):
        exc = exc.reason if isinstance(exc.reason, BaseException) else exc
        if isinstance(exc, urllib.error.URLError):
            return None, str(exc.reason), False
    if isinstance(exc, socket.gaierror):
        return None, f"cannot resolve the host name: {exc.strerror or exc}", False
    if isinstance(exc, ConnectionRefusedError):
        return None, "connection refused", True
    if isinstance(exc, (ConnectionError, http.client.HTTPException)):
        return None, f"connection broken: {exc.__class__.__name__}", True
    if isinstance(exc, TimeoutError):
        return None, "timed out", True
    if isinstance(exc, OSError):
        return None, exc.strerror or str(exc), True
    return None, None, False


def _wrapped_body(exc: BaseException) -> str:
    """The server's answer that SPARQLWrapper keeps (as a bytes repr) in its exception message."""
    text = str(exc)
    head, _sep, raw = text.partition("\n\nResponse:\n")
    if raw:
        try:
            return _first_line(ast.literal_eval(raw))
        except (ValueError, SyntaxError):
            return _first_line(raw)
    return _first_line(head)


def _first_line(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    lines = [line.strip() for line in str(value).splitlines() if line.strip()]
    text = lines[0] if lines else ""
    return text if len(text) <= 200 else text[:199] + "…"


def _failure(url: str, status: int | None, reason: str, tries: int) -> _RequestFailed:
    if status is None:
        return _RequestFailed(UNREACHABLE.format(url=url, reason=reason, tries=tries), None)
    if status in _FIXES:
        fix = _FIXES[status]
    elif status >= 500:
        fix = f"the store failed ({tries} tries); see its log, then try again"
    else:
        fix = "see the store's documentation for this answer"
    detail = f", {reason}" if reason else ""
    return _RequestFailed(REFUSED.format(url=url, status=status, detail=detail, fix=fix), status)


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
    local store has no events of that pair any more.
    """

    url: str
    total: int = 0
    sent: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        gone = f", {len(self.removed)} removed" if self.removed else ""
        return (f"{len(self.sent)} sent, {len(self.unchanged)} unchanged, {len(self.failed)} failed "
                f"of {self.total} graph(s){gone} -> {self.url}")


def _local_graph(store: KGStore, iri: URIRef) -> Graph:
    """One named graph of the local store, read in place (no copy, no write to the store)."""
    return Graph(store=store.dataset.store, identifier=iri)


def _same_graph(remote: Graph, local: Graph) -> bool:
    """Whether two graphs hold the same triples, blank nodes aside (``"x"`` equals ``"x"^^xsd:string``)."""
    def plain(graph: Graph) -> Graph:
        copy = Graph()
        for triple in graph:
            copy.add(tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD.string else t
                           for t in triple))  # type: ignore[arg-type]
        return copy

    return len(remote) == len(local) and isomorphic(plain(remote), plain(local))


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
        except _RequestFailed as exc:
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
        """Delete the remote relation graphs of pairs the local store no longer has."""
        _columns, rows = self.endpoint.select(resources.sparql("remote_relation_graphs"))
        local = {str(iri) for iri in self.iris.values()}
        stale = sorted({str(r["g"]) for r in rows} - local)
        for iri in stale:
            self.endpoint.drop_graph(URIRef(iri))
            self.report.removed.append(iri[len(DATA_NS):] if iri.startswith(DATA_NS) else iri)
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
            if not going_on:
                self.fail_pending("not sent after an earlier failure: " + next(reversed(self.report.failed.values())))
                break
        logger.info("push: %s", self.report.summary())
        return self.report

    def fail_pending(self, reason: str) -> None:
        for name in list(self.pending):
            self.record(name, "failed", reason)
