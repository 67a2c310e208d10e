"""One remote SPARQL 1.1 store over HTTP: its URLs, how to log in, queries, graph writes, errors.

Requests go through one ``requests`` session per endpoint. Credentials are sent the way the
store asks for them: HTTP Basic or Digest, chosen from the ``WWW-Authenticate`` challenge of its
first 401 (``auth="auto"``), or fixed with ``auth="basic"`` / ``auth="digest"``. Connection
problems, time-outs and the statuses of a busy or restarting store (408, 429, 502, 503, 504) are
retried with back-off a bounded number of times; any other refusal is final at once, and
:class:`kg.errors.EndpointError` says in one line which URL failed, the store's own reason (the
text of an HTML error page, not its markup) and what to do.
"""
from __future__ import annotations

import logging
import os
import socket
import time
import urllib.parse
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import requests
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from kg import __version__, resources
from kg.articles import html_text
from kg.errors import EndpointError
from kg.queries import run_query
from kg.remote.binding import add_values, n3, scan, with_prefixes
from kg.store import KGStore, QueryResult, to_python

logger = logging.getLogger(__name__)

USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
AUTH_SCHEMES = ("auto", "basic", "digest")

UNREACHABLE = (
    "Cannot reach the SPARQL store at {url} ({reason}; {tries} tries): check that it is running and "
    "the URL is right, e.g. start one with `oxigraph serve --location DIR --union-default-graph`"
)
REFUSED = "The SPARQL store at {url} refused the request (HTTP {status}{detail}): {fix}"
BAD_RESPONSE = "The SPARQL store at {url} sent an answer that is not {expected} ({problem}); check the URL"
NO_WRITE_URL = (
    "No URL to write graphs to: give --endpoint (an Oxigraph server's base URL or a .../sparql URL), "
    "or --store-url (Graph Store Protocol) or --update-url (SPARQL Update)"
)
CREDENTIALS = f"--user and --password (or set {USER_ENV} and {PASSWORD_ENV})"
_FIXES = {
    400: "the store could not read the request",
    403: f"the account may not do this; check {CREDENTIALS} and that the store accepts writes",
    404: "nothing answers at that path; check --endpoint, --query-url, --update-url or --store-url",
    405: "that URL does not take this request; check --query-url, --update-url or --store-url",
    413: "the graph is larger than the store accepts; raise the store's request size limit",
}
_TRANSIENT_STATUS = frozenset({408, 429, 502, 503, 504})
_RESULTS_JSON = "application/sparql-results+json"
SKOLEM_AUTHORITY = "https://w3id.org"
SKOLEM_PATH = "/.well-known/genid/kg-events/"


class RequestFailed(EndpointError):
    """An EndpointError that remembers the HTTP status (None when there was no answer)."""

    def __init__(self, message: str, status: int | None) -> None:
        super().__init__(message)
        self.status = status


# -- results -----------------------------------------------------------------------------------
def _term(binding: Mapping[str, Any]) -> Node:
    """An rdflib term from one value of SPARQL JSON results (``xsd:string`` read as plain, as RDF 1.1 has it)."""
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


def portable(graph: Graph, *, skolemise: bool = False) -> Graph:
    """A copy of ``graph`` that any store reads back as it was.

    ``xsd:string`` literals become plain ones (the same term in RDF 1.1, but some stores, such
    as Virtuoso, keep the two forms apart and then match neither a bound value nor a plain
    literal); with ``skolemise``, blank nodes become well-known IRIs (RDF 1.1 skolem IRIs),
    which SPARQL Update data needs.
    """
    copy = Graph(identifier=graph.identifier)
    for triple in graph:
        copy.add(tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD.string else t
                       for t in triple))  # type: ignore[arg-type]
    if skolemise:
        return copy.skolemize(new_graph=Graph(identifier=graph.identifier),
                              authority=SKOLEM_AUTHORITY, basepath=SKOLEM_PATH)
    return copy


# -- logging in --------------------------------------------------------------------------------
def _challenge(response: requests.Response) -> str | None:
    """The scheme a 401 asks for (``basic`` or ``digest``; Digest wins when both are offered)."""
    offered = response.headers.get("WWW-Authenticate", "").lower()
    for scheme in ("digest", "basic"):
        if scheme in offered:
            return scheme
    return None


class _Session:
    """The HTTP connections of one endpoint, and the authentication its store asked for."""

    def __init__(self, user: str | None, password: str | None, auth: str) -> None:
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"kg/{__version__}"
        self.user, self.password = user, password
        self.asked: str | None = None  # the scheme of the store's last challenge
        if user is not None and auth != "auto":
            self.http.auth = self._auth(auth)

    def _auth(self, scheme: str) -> AuthBase:
        kind = HTTPDigestAuth if scheme == "digest" else HTTPBasicAuth
        return kind(self.user or "", self.password or "")

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One request; a first 401 with credentials at hand is answered in the scheme it asks for."""
        response = self.http.request(method, url, **kwargs)
        if response.status_code == 401:
            self.asked = _challenge(response)
            if self.http.auth is None and self.user is not None and self.asked is not None:
                self.http.auth = self._auth(self.asked)
                response = self.http.request(method, url, **kwargs)
        return response


# -- the endpoint ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Endpoint:
    """Where a remote SPARQL 1.1 store answers queries and takes graphs, and how to log in.

    Its :meth:`query` has the same signature and result as :meth:`kg.store.KGStore.query`.
    ``auth`` is ``auto`` (the scheme the store's challenge asks for), ``basic`` or ``digest``.
    """

    query_url: str
    update_url: str | None = None
    store_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "auto"
    timeout: float = 60.0
    tries: int = 3
    backoff: float = 0.5
    _session: _Session = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.auth not in AUTH_SCHEMES:
            raise ValueError(f"auth must be one of {', '.join(AUTH_SCHEMES)}, got '{self.auth}'")
        object.__setattr__(self, "_session", _Session(self.user, self.password, self.auth))

    def describe(self) -> str:
        """The URLs in use, in one line."""
        writes = (f"Graph Store {self.store_url}" if self.store_url
                  else f"SPARQL Update {self.update_url}" if self.update_url else "none")
        return f"query {self.query_url}; writes: {writes}"

    # -- HTTP ------------------------------------------------------------------------------------
    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """A request with a successful answer, tried again with back-off while it fails for a transient reason."""
        for attempt in range(1, self.tries + 1):
            try:
                response = self._session.request(method, url, timeout=self.timeout, **kwargs)
            except requests.RequestException as exc:
                reason, transient = _network_problem(exc)
                if not transient or attempt == self.tries:
                    raise RequestFailed(UNREACHABLE.format(url=url, reason=reason, tries=attempt), None) from None
            else:
                if response.ok:
                    return response
                if response.status_code not in _TRANSIENT_STATUS or attempt == self.tries:
                    raise self._refusal(url, response, attempt)
                reason = f"HTTP {response.status_code}"
            delay = self.backoff * 2 ** (attempt - 1)
            logger.info("%s: %s; trying again in %.2fs", url, reason, delay)
            time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _refusal(self, url: str, response: requests.Response, tries: int) -> RequestFailed:
        status = response.status_code
        if status == 401:
            fix = self._login_fix()
        elif status in _FIXES:
            fix = _FIXES[status]
        elif status >= 500:
            fix = f"the store failed ({tries} {'try' if tries == 1 else 'tries'}); see its log"
        else:
            fix = "see the store's documentation for this answer"
        reason = _server_reason(response)
        detail = f", {reason}" if reason else ""
        return RequestFailed(REFUSED.format(url=url, status=status, detail=detail, fix=fix), status)

    def _login_fix(self) -> str:
        asked = self._session.asked
        scheme = f"{asked.capitalize()} authentication" if asked else "authentication"
        if self.user is None:
            return f"the store asks for {scheme}: give {CREDENTIALS}"
        return f"the store asks for {scheme} and refused user '{self.user}': check {CREDENTIALS}"

    def _post_query(self, text: str, accept: str) -> requests.Response:
        return self._request("POST", self.query_url, data={"query": with_prefixes(text)},
                             headers={"Accept": accept})

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
        response = self._post_query(text, _RESULTS_JSON)
        try:
            data = response.json()
        except ValueError as exc:
            raise EndpointError(BAD_RESPONSE.format(url=self.query_url, expected="SPARQL JSON results",
                                                    problem=str(exc).splitlines()[0])) from None
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
        form, _at = scan(bound)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return self._graph_query(bound)
        data = self._json(bound)
        if "boolean" in data:
            return QueryResult([], [], bool(data["boolean"]))
        columns, found = self._solutions(data)
        return QueryResult(columns, [{c: to_python(row.get(c)) for c in columns} for row in found])

    def _graph_query(self, text: str) -> QueryResult:
        response = self._post_query(text, "text/turtle")
        try:
            graph = Graph().parse(data=response.text, format="turtle")
        except (SyntaxError, ValueError) as exc:  # rdflib's BadSyntax is a SyntaxError
            raise EndpointError(BAD_RESPONSE.format(url=self.query_url, expected="Turtle",
                                                    problem=str(exc).splitlines()[0])) from None
        columns = ["subject", "predicate", "object"]
        return QueryResult(columns, [dict(zip(columns, map(to_python, t))) for t in graph])

    def graph(self, iri: URIRef) -> Graph:
        """The remote copy of one named graph (empty when the store does not have it); the
        skolem IRIs :meth:`replace_graph` wrote read back as blank nodes."""
        _columns, rows = self.select(resources.sparql("graph_triples"), [{"g": iri}])
        graph = Graph(identifier=iri)
        for row in rows:
            graph.add((row["s"], row["p"], row["o"]))
        return graph.de_skolemize(new_graph=Graph(identifier=iri))

    # -- writing ---------------------------------------------------------------------------------
    def _graph_url(self, iri: URIRef) -> str:
        sep = "&" if "?" in cast(str, self.store_url) else "?"
        return f"{self.store_url}{sep}{urllib.parse.urlencode({'graph': str(iri)})}"

    def _update(self, text: str) -> None:
        if self.update_url is None:
            raise EndpointError(NO_WRITE_URL)
        self._request("POST", self.update_url, data=text.encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update"})

    def replace_graph(self, graph: Graph) -> None:
        """Replace one named graph on the remote store with ``graph`` (same identifier).

        Graph Store Protocol PUT when there is a store URL, else one SPARQL Update request
        (``DROP SILENT GRAPH`` then ``INSERT DATA``, blank nodes skolemised since SPARQL Update
        data may not hold them). What is sent is :func:`portable`.

        Raises:
            EndpointError: the store is unreachable or refuses.
        """
        body = portable(graph, skolemise=self.store_url is None).serialize(format="nt", encoding="utf-8")
        if self.store_url is not None:
            self._request("PUT", self._graph_url(URIRef(str(graph.identifier))), data=body,
                          headers={"Content-Type": "application/n-triples"})
            return
        target = n3(URIRef(str(graph.identifier)))
        self._update(f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n"
                     f"{body.decode('utf-8')}\n}} }}")

    def drop_graph(self, iri: URIRef) -> bool:
        """Remove one named graph from the remote store; False when the store did not have it.

        Graph Store Protocol DELETE when there is a store URL (its 404 means the graph is not
        there), else a ``DROP SILENT GRAPH`` update.

        Raises:
            EndpointError: the store is unreachable or refuses.
        """
        if self.store_url is None:
            self._update(f"DROP SILENT GRAPH {n3(iri)}")
            return True
        try:
            self._request("DELETE", self._graph_url(iri))
        except RequestFailed as exc:
            if exc.status == 404:
                return False
            raise
        return True


def _split_endpoint(url: str) -> tuple[str | None, str | None]:
    """(base URL, SPARQL endpoint URL) from what ``--endpoint`` was given: a URL whose last
    segment is ``query`` stands for its parent (an Oxigraph server); one whose last segment
    starts with ``sparql`` (``/sparql``, Virtuoso's ``/sparql-auth``) is the endpoint itself."""
    trimmed = url.rstrip("/")
    path = urllib.parse.urlsplit(trimmed).path
    last = path.rsplit("/", 1)[-1]
    if last == "query":
        return trimmed.removesuffix("/query"), None
    if last.startswith("sparql"):
        return None, trimmed
    return trimmed, None


def open_endpoint(url: str | None = None, *, query_url: str | None = None, update_url: str | None = None,
                  store_url: str | None = None, user: str | None = None, password: str | None = None,
                  auth: str = "auto", timeout: float = 60.0, tries: int = 3, backoff: float = 0.5) -> Endpoint:
    """An :class:`Endpoint` from what the store's documentation calls its URLs.

    ``url`` is either a server's base URL (``/query``, ``/update`` and ``/store`` below it, as
    Oxigraph has them; a URL ending in ``/query`` stands for its base) or a SPARQL endpoint
    whose last segment starts with ``sparql`` (``http://host:8890/sparql``): queries and updates
    then both go there, and graphs are written with SPARQL Update unless ``store_url`` is given.
    The other URLs override the derived ones one by one. Credentials default to
    ``KG_ENDPOINT_USER`` / ``KG_ENDPOINT_PASSWORD``.

    >>> e = open_endpoint("http://127.0.0.1:7878/", user="", password="")
    >>> e.query_url, e.update_url, e.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> e = open_endpoint("http://127.0.0.1:8890/sparql", user="", password="")
    >>> e.query_url, e.update_url, e.store_url
    ('http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql', None)

    Raises:
        ValueError: neither a base URL nor a query URL, a URL that is not http(s), or an
            unknown ``auth``.
    """
    base, sparql = _split_endpoint(url) if url is not None else (None, None)
    if base is None and sparql is None and query_url is None:
        raise ValueError("give the endpoint's base URL or its query URL")
    for given in (url, query_url, update_url, store_url):
        if given is not None and urllib.parse.urlsplit(given).scheme not in ("http", "https"):
            raise ValueError(f"'{given}' is not an http(s) URL")
    if user is None:
        user = os.environ.get(USER_ENV) or None
    if password is None:
        password = os.environ.get(PASSWORD_ENV)
    endpoint = Endpoint(
        query_url=query_url or sparql or f"{base}/query",
        update_url=update_url or sparql or (f"{base}/update" if base else None),
        store_url=store_url or (f"{base}/store" if base else None),
        user=user or None,
        password=password,
        auth=auth,
        timeout=timeout,
        tries=tries,
        backoff=backoff,
    )
    logger.info("endpoint: %s", endpoint.describe())
    return endpoint


def run_remote_query(endpoint: Endpoint, name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run the saved query ``name`` on a remote store, bound and shaped exactly as locally.

    Raises:
        QueryNotFound, QueryParameterError: as :func:`kg.queries.run_query`.
        EndpointError: the store is unreachable or refuses.
    """
    # run_query only needs .query(text, bindings), which Endpoint provides with the same contract.
    return run_query(cast(KGStore, endpoint), name, params)


# -- errors ------------------------------------------------------------------------------------
def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the exceptions it wraps (requests wraps urllib3, which wraps the socket error)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)
        todo += [reason if isinstance(reason, BaseException) else None, current.__cause__, current.__context__]
        todo += [arg for arg in current.args if isinstance(arg, BaseException)]


def _network_problem(exc: requests.RequestException) -> tuple[str, bool]:
    """(a short reason, transient?) for a request that got no answer."""
    causes = list(_causes(exc))
    if any(isinstance(c, socket.gaierror) for c in causes):
        return "cannot resolve the host name", False
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection refused", True
    if isinstance(exc, requests.Timeout):
        return "timed out", True
    if isinstance(exc, requests.ConnectionError):
        return "connection broken", True
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__, False


def _server_reason(response: requests.Response) -> str:
    """What the store said, in one line: the text of an HTML page (its title, then its
    paragraphs), else the first line of the body, else the status phrase."""
    body = response.text
    if "html" in response.headers.get("Content-Type", "").lower() or body.lstrip().startswith("<"):
        text = "; ".join(html_text(body))
    else:
        text = next((line.strip() for line in body.splitlines() if line.strip()), "")
    text = text or response.reason or ""
    return text if len(text) <= 200 else text[:199] + "…"
