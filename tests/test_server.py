"""`kg serve`: a read-only SPARQL endpoint over the seed store, started as a real process."""
from __future__ import annotations

import csv
import io
import json
import re
import selectors
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import stop_process
from rdflib import Graph
from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper
from test_remote import saved_query_params

from kg.graph import PREFIXES
from kg.queries import run_query
from kg.remote import open_endpoint, run_remote_query
from kg.server import choose_type, create_server
from kg.store import open_store

ALL_TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


@contextmanager
def kg_serve(store: Path, *options: str) -> Iterator[str]:
    """`python -m kg serve` on a free port; yields the query URL it prints, stops it afterwards."""
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    try:
        selector = selectors.DefaultSelector()
        selector.register(process.stderr, selectors.EVENT_READ)
        assert selector.select(timeout=30), "kg serve printed nothing within 30 s"
        line = process.stderr.readline()
        match = re.search(r"at (http://\S+/query)", line)
        assert match, f"kg serve did not start: {line}{process.stderr.read() if process.poll() is not None else ''}"
        threading.Thread(target=process.stderr.read, daemon=True).start()  # keep the pipe drained
        yield match.group(1)
    finally:
        stop_process(process)


@pytest.fixture(scope="module")
def served(seed_store) -> Iterator[str]:
    with kg_serve(seed_store) as url:
        yield url


def fetch(url: str, *, data: bytes | None = None, method: str | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    """(status, content type, body) of one request, errors included."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def get_query(url: str, query: str, accept: str | None = None) -> tuple[int, str, bytes]:
    return fetch(f"{url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept} if accept else None)


def local_json(store_path: Path, query: str) -> dict:
    with open_store(store_path, read_only=True) as store:
        result = store._ox.query(query, use_default_graph_as_union=True, prefixes=PREFIXES)
        return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))


def test_select_over_get_and_post_equals_local_results(served, seed_store):
    expected = local_json(seed_store, ALL_TRIPLES)
    assert len(expected["results"]["bindings"]) > 1000
    for method in (GET, POST):
        client = SPARQLWrapper(served)
        client.setMethod(method)
        client.setQuery(ALL_TRIPLES)
        client.setReturnFormat(JSON)
        assert client.query().convert() == expected, method


def test_saved_queries_through_kg_serve_equal_local_ones(served, seed_store):
    endpoint = open_endpoint(served)
    with open_store(seed_store, read_only=True) as store:
        for name, params in saved_query_params(store).items():
            assert run_remote_query(endpoint, name, params) == run_query(store, name, params), name


def test_raw_query_post_and_the_union_default_graph(served):
    status, media, body = fetch(served, data=b"SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }",
                                headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and media == "application/sparql-results+json"
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"


@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "text/tab-separated-values"])
def test_other_result_formats_read_back_as_the_same_solutions(served, seed_store, accept):
    status, media, body = get_query(served, ALL_TRIPLES, accept)
    assert status == 200 and media.split(";")[0] == accept
    fmt = ox.QueryResultsFormat.from_media_type(accept)
    got = [[str(s[v]) for v in ("s", "p", "o")] for s in ox.parse_query_results(body, fmt)]
    with open_store(seed_store, read_only=True) as store:
        want = [[str(s[v]) for v in ("s", "p", "o")] for s in store._ox.query(ALL_TRIPLES, use_default_graph_as_union=True)]
    assert got == want


def test_csv_ask_and_construct(served, seed_store):
    status, media, body = get_query(served, ALL_TRIPLES, "text/csv")
    rows = list(csv.reader(io.StringIO(body.decode(), newline="")))
    assert status == 200 and media.startswith("text/csv") and rows[0] == ["s", "p", "o"]
    expected = local_json(seed_store, ALL_TRIPLES)["results"]["bindings"]
    assert [row[2] for row in rows[1:]] == [b["o"]["value"] if b["o"]["type"] != "bnode" else "_:" + b["o"]["value"]
                                            for b in expected]
    for accept in ("application/sparql-results+json", "application/sparql-results+xml"):
        status, media, body = get_query(served, "ASK { ?e a kg:RecallRepresentative }", accept)
        assert status == 200 and bool(ox.parse_query_results(body, ox.QueryResultsFormat.from_media_type(media.split(";")[0])))
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt")):
        status, media, body = get_query(served, "CONSTRUCT WHERE { ?s ?p ?o }", accept)
        assert status == 200 and media.startswith(accept)
        assert len(Graph().parse(data=body.decode(), format=fmt)) > 1000


def test_every_update_is_refused_with_403(served, seed_store):
    insert = "INSERT DATA { <http://x.org/a> <http://x.org/b> <http://x.org/c> }"
    base = served.rsplit("/", 1)[0]
    form = "application/x-www-form-urlencoded"
    requests = [
        (served, urllib.parse.urlencode({"update": insert}).encode(), "POST", form),
        (served, urllib.parse.urlencode({"query": insert}).encode(), "POST", form),
        (served, insert.encode(), "POST", "application/sparql-query"),
        (served, insert.encode(), "POST", "application/sparql-update"),
        (f"{base}/update", insert.encode(), "POST", "application/sparql-update"),
        (f"{base}/update", urllib.parse.urlencode({"update": "DROP ALL"}).encode(), "POST", form),
        (f"{base}/store?graph=http://x.org/g", b"<http://x.org/a> <http://x.org/b> <http://x.org/c> .", "PUT",
         "application/n-triples"),
        (f"{base}/store?graph=http://x.org/g", None, "DELETE", None),
        (f"{served}?{urllib.parse.urlencode({'update': insert})}", None, "GET", None),
        (f"{served}?{urllib.parse.urlencode({'query': 'DROP ALL'})}", None, "GET", None),
    ]
    for url, data, method, media in requests:
        status, _media, body = fetch(url, data=data, method=method, headers={"Content-Type": media} if media else None)
        assert status == 403, (method, url, body)
    status, _media, body = get_query(served, "ASK { <http://x.org/a> ?p ?o }")
    assert json.loads(body)["boolean"] is False


def test_bad_requests(served):
    assert get_query(served, "SELECT * WHERE { ?s ?p }")[0] == 400
    assert fetch(served)[0] == 400
    assert fetch(served.rsplit("/", 1)[0] + "/nothing")[0] == 404
    assert fetch(served, data=b"query", headers={"Content-Type": "image/png"})[0] == 415


def test_binds_to_loopback_by_default(served, seed_store):
    assert served.startswith("http://127.0.0.1:")
    with open_store(seed_store, read_only=True) as store:
        server = create_server(store, port=0)
        try:
            assert server.server_address[0] == "127.0.0.1"
        finally:
            server.server_close()


def test_max_rows_gives_413(seed_store):
    with kg_serve(seed_store, "--max-rows", "1") as url:
        status, _media, body = get_query(url, ALL_TRIPLES)
        assert status == 413 and b"--max-rows" in body
        assert get_query(url, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")[0] == 200


def test_a_query_that_runs_too_long_gives_503(seed_store):
    with kg_serve(seed_store, "--timeout", "1") as url:
        started = time.monotonic()
        status, _media, body = get_query(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        assert status == 503 and b"--timeout" in body
        assert time.monotonic() - started < 10
        assert get_query(url, "ASK { ?s ?p ?o }")[0] == 200  # the server still answers


def test_choose_type_follows_accept_and_q_values():
    offers = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"]
    assert choose_type(None, offers) == offers[0]
    assert choose_type("*/*", offers) == offers[0]
    assert choose_type("text/*", offers) == "text/csv"
    assert choose_type("application/json", offers) == offers[0]
    assert choose_type("text/csv;q=0.9, application/sparql-results+xml;q=0.8", offers) == "text/csv"
    assert choose_type("text/csv;q=0, */*;q=0.1", offers) == offers[0]


def test_a_running_server_answers_from_the_store_as_a_later_build_left_it(seed_store, nlp, tmp_path):
    from kg.builder import build

    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    article = tmp_path / "more" / "expulsion.txt"
    article.parent.mkdir()
    article.write_text("Poland expels Russian diplomats\n09/05/2023\n\n"
                       "Poland expelled three Russian diplomats on Tuesday, the foreign ministry said.\n",
                       encoding="utf-8")
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }"
    with kg_serve(store) as url:
        assert json.loads(get_query(url, count)[2])["results"]["bindings"][0]["n"]["value"] == "1"
        with open_store(store) as writer:
            assert build([article.parent], writer, nlp=nlp).articles == 1
        assert json.loads(get_query(url, count)[2])["results"]["bindings"][0]["n"]["value"] == "2"
