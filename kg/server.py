"""A read-only SPARQL 1.1 Protocol endpoint over the local store (``kg serve``).

Sits after the store, beside :mod:`kg.queries`: it answers HTTP requests with queries over the
store, opened read-only. Queries go to ``/query`` (``GET ?query=``, or ``POST`` with
``application/sparql-query`` or a form field ``query=``) and run over the union of all named
graphs, with the project prefixes predeclared, like local queries. SELECT and ASK answer as
SPARQL JSON results (XML, CSV or TSV on ``Accept``), CONSTRUCT and DESCRIBE as Turtle (or
N-Triples). Anything that would write (an update on any path, an update sent as a query, PUT,
DELETE, PATCH) gets 403.

Two limits keep one request from taking the machine: a query that runs longer than
``timeout`` seconds is given up with 503, and one whose answer has more than ``max_rows``
rows (or triples) gets 413. The engine cannot interrupt a query already running, so a
given-up query finishes in its worker thread; at most ``workers`` queries run at a time and
requests that find no free worker within the time limit get 503 as well.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from kg import __version__
from kg.errors import EndpointError, StoreError
from kg.graph import PREFIXES
from kg.store import KGStore

logger = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7879
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000
QUERY_PATH = "/query"
MAX_BODY = 10 * 1024 * 1024

CANNOT_LISTEN = "Cannot serve on {host}:{port} ({reason}): pick another --port, or stop what is using it"

JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
CSV_RESULTS = "text/csv"
TSV_RESULTS = "text/tab-separated-values"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
_ALIASES = {"application/json": JSON_RESULTS, "application/xml": XML_RESULTS, "text/xml": XML_RESULTS,
            "application/x-turtle": TURTLE, "text/plain": NTRIPLES}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class _Refusal(Exception):
    """An HTTP error answer: status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class _Answer:
    """What a query gave: a boolean, solutions (variables and rows) or triples."""

    kind: str
    boolean: bool = False
    variables: list[str] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)


# -- content negotiation ------------------------------------------------------------------------
def choose_type(accept: str | None, offers: list[str]) -> str:
    """The offered media type the client prefers (``offers`` in the server's order of preference).

    An absent header, ``*/*`` or a header that accepts none of the offers gives the first offer.

    >>> choose_type("text/csv;q=0.5, application/sparql-results+xml", [JSON_RESULTS, XML_RESULTS, CSV_RESULTS])
    'application/sparql-results+xml'
    >>> choose_type("image/png", [JSON_RESULTS, XML_RESULTS])
    'application/sparql-results+json'
    """
    best, best_q = offers[0], 0.0
    ranges = []
    for part in (accept or "").split(","):
        media, *params = [p.strip() for p in part.split(";")]
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((_ALIASES.get(media.lower(), media.lower()), q))
    for offer in offers:
        kind = offer.split("/")[0]
        matches = [(3 if m == offer else 2 if m == f"{kind}/*" else 1, q) for m, q in ranges
                   if m in (offer, f"{kind}/*", "*/*")]
        if matches:
            q = max(matches)[1]
            if q > best_q:
                best, best_q = offer, q
    return best


# -- serialisation ------------------------------------------------------------------------------
def _json_term(term: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _xml_term(term: Any) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term: Any) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)


def render(answer: _Answer, media: str) -> bytes:
    """The answer in the given media type (one of the types offered for its kind)."""
    import pyoxigraph as ox

    if answer.kind == "triples":
        fmt = ox.RdfFormat.N_TRIPLES if media == NTRIPLES else ox.RdfFormat.TURTLE
        return ox.serialize(answer.items, format=fmt,  # type: ignore[return-value]
                            prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
    if media == XML_RESULTS:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in answer.variables]
        out.append("</head>\n")
        if answer.kind == "boolean":
            out.append(f"<boolean>{'true' if answer.boolean else 'false'}</boolean>\n")
        else:
            out.append("<results>\n")
            for solution in answer.items:
                bound = [(v, solution[v]) for v in answer.variables if solution[v] is not None]
                out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                                for v, t in bound) + "</result>\n")
            out.append("</results>\n")
        out.append("</sparql>\n")
        return "".join(out).encode("utf-8")
    if media == CSV_RESULTS:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(answer.variables)
        for solution in answer.items:
            writer.writerow([_csv_value(solution[v]) for v in answer.variables])
        return buffer.getvalue().encode("utf-8")
    if media == TSV_RESULTS:
        lines = ["\t".join(f"?{v}" for v in answer.variables)]
        for solution in answer.items:
            lines.append("\t".join("" if solution[v] is None else str(solution[v]) for v in answer.variables))
        return ("\n".join(lines) + "\n").encode("utf-8")
    if answer.kind == "boolean":
        data: dict[str, Any] = {"head": {}, "boolean": answer.boolean}
    else:
        data = {"head": {"vars": answer.variables}, "results": {"bindings": [
            {v: _json_term(s[v]) for v in answer.variables if s[v] is not None} for s in answer.items]}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _offers(answer: _Answer) -> list[str]:
    if answer.kind == "triples":
        return [TURTLE, NTRIPLES]
    if answer.kind == "boolean":
        return [JSON_RESULTS, XML_RESULTS]
    return [JSON_RESULTS, XML_RESULTS, CSV_RESULTS, TSV_RESULTS]


def _is_update(text: str) -> bool:
    """Whether ``text`` parses as SPARQL Update (only parsed, never run)."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # noqa: BLE001 - pyparsing raises its own exception types; not an update then
        return False
    return True


# -- the server ---------------------------------------------------------------------------------
class QueryServer(ThreadingHTTPServer):
    """An HTTP server that answers SPARQL queries over a store opened read-only."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: KGStore, *, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS, workers: int = 4) -> None:
        engine = store.engine
        if engine is None:
            raise StoreError(f"Store '{store.path}' has no database to serve; serve an on-disk store")
        if timeout <= 0 or max_rows < 1 or workers < 1:
            raise ValueError("timeout must be positive, max_rows and workers at least 1")
        self.store = store
        self.engine = engine
        self._reopening = threading.Lock()
        self.query_timeout = timeout
        self.max_rows = max_rows
        self.slots = threading.BoundedSemaphore(workers)
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), int(self.server_address[1])
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}{QUERY_PATH}"

    def answer(self, text: str) -> _Answer:
        """Run the query in a worker thread within the time limit.

        Raises:
            _Refusal: 400 (does not parse), 403 (an update), 413 (too many rows), 503 (too slow
                or busy), 500 (the store failed).
        """
        deadline = time.monotonic() + self.query_timeout
        if not self.slots.acquire(timeout=self.query_timeout):
            raise _Refusal(503, f"every worker is busy for more than {self.query_timeout:g}s; try again later")
        done = threading.Event()
        stop = threading.Event()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["answer"] = self._evaluate(text, stop)
            except Exception as exc:  # noqa: BLE001 - handed to the request thread, raised there
                box["error"] = exc
            finally:
                self.slots.release()
                done.set()

        threading.Thread(target=work, name="kg-query", daemon=True).start()
        if not done.wait(max(0.0, deadline - time.monotonic())):
            stop.set()
            raise _Refusal(503, f"the query ran longer than {self.query_timeout:g}s and was given up; "
                                "narrow it, or start kg serve with a larger --timeout")
        if "error" in box:
            raise box["error"]
        return box["answer"]  # type: ignore[no-any-return]

    def _current(self) -> Any:
        """The database as it is now: opened again when a build has written to it since."""
        with self._reopening:
            try:
                if self.store.refresh():
                    self.engine = self.store.engine
            except StoreError as exc:
                raise _Refusal(500, f"the store changed and cannot be opened again: {exc}") from None
            return self.engine

    def _evaluate(self, text: str, stop: threading.Event) -> _Answer | None:
        import pyoxigraph as ox

        try:
            result = self._current().query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            if _is_update(text):
                raise _Refusal(403, "this endpoint is read-only: updates are refused") from None
            raise _Refusal(400, f"the query does not parse: {str(exc).splitlines()[0]}") from None
        if isinstance(result, ox.QueryBoolean):
            return _Answer("boolean", boolean=bool(result))
        items = []
        try:
            for item in result:
                if stop.is_set():
                    return None
                items.append(item)
                if len(items) > self.max_rows:
                    raise _Refusal(413, f"the answer has more than {self.max_rows} rows; add a LIMIT, "
                                        "or start kg serve with a larger --max-rows")
        except OSError as exc:
            raise _Refusal(500, f"the store failed while answering: {exc}") from None
        if isinstance(result, ox.QuerySolutions):
            return _Answer("solutions", variables=[v.value for v in result.variables], items=items)
        return _Answer("triples", items=items)


class _Handler(BaseHTTPRequestHandler):
    server: QueryServer
    server_version = f"kg/{__version__}"

    def log_message(self, format: str, *args: Any) -> None:
        logger.info("%s " + format, self.address_string(), *args)

    def _reply(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8" if media.startswith("text/") else media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, message: str) -> None:
        self._reply(status, (message + "\n").encode("utf-8"), "text/plain")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise _Refusal(413, f"the request body is larger than {MAX_BODY} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def _run(self, text: str | None) -> None:
        if text is None or not text.strip():
            raise _Refusal(400, f"no query: send one as {QUERY_PATH}?query=... or POST it")
        answer = self.server.answer(text)
        media = choose_type(self.headers.get("Accept"), _offers(answer))
        self._reply(200, render(answer, media), media)

    def _handle(self, action: Callable[[], None]) -> None:
        try:
            action()
        except _Refusal as exc:
            self._refuse(exc.status, str(exc))
        except Exception:  # the server keeps going; the details go to the log
            logger.exception("error while answering %s %s", self.command, self.path)
            self._refuse(500, "internal error; see the server log")

    def do_GET(self) -> None:
        self._handle(self._get)

    def do_HEAD(self) -> None:
        self._handle(self._get)

    def do_POST(self) -> None:
        self._handle(self._post)

    def _forbid(self) -> None:
        self._handle(self._read_only)

    do_PUT = do_DELETE = do_PATCH = _forbid

    def _read_only(self) -> None:
        raise _Refusal(403, "this endpoint is read-only: updates and graph writes are refused")

    def _get(self) -> None:
        url = urlsplit(self.path)
        if url.path != QUERY_PATH:
            raise _Refusal(404, f"nothing here: queries go to {QUERY_PATH}")
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            self._read_only()
        self._run(params.get("query", [None])[0])

    def _post(self) -> None:
        url = urlsplit(self.path)
        body = self._body()
        if url.path != QUERY_PATH:
            self._read_only()
        media = self.headers.get_content_type()
        if media == "application/sparql-query":
            self._run(body.decode("utf-8", "replace"))
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            if "update" in form:
                self._read_only()
            self._run(form.get("query", [None])[0])
        elif media == "application/sparql-update":
            self._read_only()
        else:
            raise _Refusal(415, "send the query as application/sparql-query or as a form field query=")


def create_server(store: KGStore, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                  timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                  workers: int = 4) -> QueryServer:
    """A server over ``store`` listening on ``host:port`` (port 0 picks a free one); not started.

    Call ``serve_forever()`` on it (in a thread, or see :func:`serve_store`) and ``server_close()``.

    Raises:
        EndpointError: the address cannot be listened on (in use, not this machine's).
        StoreError: the store is an in-memory one.
    """
    try:
        return QueryServer((host, port), store, timeout=timeout, max_rows=max_rows, workers=workers)
    except OSError as exc:
        raise EndpointError(CANNOT_LISTEN.format(host=host, port=port, reason=exc.strerror or exc)) from None


def serve_store(store: KGStore, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS,
                ready: Callable[[str], None] | None = None) -> None:
    """Answer queries over ``store`` until interrupted; ``ready`` gets the query URL once listening.

    Raises:
        EndpointError, StoreError: as :func:`create_server`.
    """
    server = create_server(store, host=host, port=port, timeout=timeout, max_rows=max_rows)
    try:
        if ready is not None:
            ready(server.url)
        server.serve_forever()
    finally:
        server.server_close()
