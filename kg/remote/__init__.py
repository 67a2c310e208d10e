"""Remote SPARQL 1.1 stores: push the local graph to one, and run saved queries on it.

Sits beside :mod:`kg.queries`, after the store: it reads the local store and talks HTTP.

* :mod:`kg.remote.binding` joins bound values into query text as a ``VALUES`` block.
* :mod:`kg.remote.endpoint` is one store: its URLs, logging in, queries, graph writes, errors.
* :mod:`kg.remote.push` sends the store's named graphs, each only when it changed.

The saved queries are written for a default graph that is the union of all named graphs:
start an Oxigraph server with ``oxigraph serve --location DIR --union-default-graph``; Virtuoso
and GraphDB query the union by default, Fuseki needs ``tdb2:unionDefaultGraph true``.
"""
from kg.remote.binding import add_values, values_block
from kg.remote.endpoint import (
    AUTH_SCHEMES,
    PASSWORD_ENV,
    USER_ENV,
    Endpoint,
    open_endpoint,
    portable,
    run_remote_query,
)
from kg.remote.push import PushItem, PushReport, push_store

__all__ = [
    "AUTH_SCHEMES",
    "PASSWORD_ENV",
    "USER_ENV",
    "Endpoint",
    "PushItem",
    "PushReport",
    "add_values",
    "open_endpoint",
    "portable",
    "push_store",
    "run_remote_query",
    "values_block",
]
