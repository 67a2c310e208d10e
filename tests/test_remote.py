"""Pushing to and querying a real Oxigraph server on 127.0.0.1, and fake stores that fail."""
from __future__ import annotations

import base64
import json
import re
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import SEEDS, free_port
from rdflib import Literal, URIRef

from kg.cli import cli
from kg.errors import EndpointError
from kg.graph import ACTORS_GRAPH, EVENTS_GRAPH, ONTOLOGY_GRAPH, graph_iri
from kg.queries import list_queries, run_query
from kg.relations import relation_hashes
from kg.remote import (
    Endpoint,
    add_values,
    open_endpoint,
    push_store,
    run_remote_query,
    values_block,
)
from kg.store import open_store
from kg.vocab import DATA_NS

EXTRA_ARTICLES = [
    {"id": "extra-recall", "date": "2015-02-10", "title": "Moscow recalls envoy",
     "text": "Russia recalled its ambassador from Poland on Tuesday. Poland protested the decision."},
    {"id": "extra-nato", "date": "2015-03-02", "title": "NATO and Russia",
     "text": "NATO suspended all practical cooperation with Russia. NATO said it would strengthen its "
             "presence in the Baltic states."},
    {"id": "extra-trade", "date": "2015-04-15", "title": "Trade agreement",
     "text": "Ukraine and the European Union signed a trade agreement. The EU pledged aid to Ukraine."},
]
INJECTIONS = ['RUS" } DROP ALL #', "} DROP ALL #", "RUS' } DROP ALL #", '"""} DROP ALL #', "{ ?s ?p ?o }",
              'x" . } ; DROP ALL ; SELECT * WHERE { "', "\\\" } DROP ALL #"]


def endpoint_at(url: str) -> Endpoint:
    return open_endpoint(url, user="", password="", backoff=0.01, timeout=10)


@pytest.fixture()
def remote(oxigraph_url) -> Endpoint:
    """The Oxigraph server, emptied."""
    request = urllib.request.Request(f"{oxigraph_url}/update", data=b"DROP ALL", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=10).close()
    return endpoint_at(oxigraph_url)


@pytest.fixture()
def pushed_seed(oxigraph_url, seed_store) -> Endpoint:
    """The Oxigraph server holding the seed store (pushing again sends only what is missing)."""
    endpoint = endpoint_at(oxigraph_url)
    with open_store(seed_store, read_only=True) as store:
        report = push_store(store, endpoint)
    assert not report.failed
    return endpoint


def write_corpus(folder: Path, articles: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SEEDS, folder / "seeds", dirs_exist_ok=True)
    (folder / "extra.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, nlp) -> Path:
    """A store of four articles: the seed plus three short ones."""
    from kg.builder import build

    base = tmp_path_factory.mktemp("corpus")
    with open_store(base / "store") as store:
        build([write_corpus(base / "input", EXTRA_ARTICLES)], store, nlp=nlp)
    return base / "store"


def remote_graphs(endpoint: Endpoint) -> set[str]:
    result = endpoint.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {str(row["g"]) for row in result.rows}


def remote_size(endpoint: Endpoint) -> int:
    return int(endpoint.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["n"])


# -- binding values into query text (no server) -------------------------------------------------
@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT ?x WHERE { ?x ?p ?a }", "SELECT ?x WHERE {\n  VALUES (?a) { (\"v\") }\n ?x ?p ?a }"),
    ("ASK { ?x ?p ?a }", "ASK {\n  VALUES (?a) { (\"v\") }\n ?x ?p ?a }"),
    ("SELECT * { ?x ?p ?a }", "SELECT * {\n  VALUES (?a) { (\"v\") }\n ?x ?p ?a }"),
    ("# WHERE { in a comment\nSELECT ?where WHERE\n# {\n{ ?x ?p ?a }",
     "# WHERE { in a comment\nSELECT ?where WHERE\n# {\n{\n  VALUES (?a) { (\"v\") }\n ?x ?p ?a }"),
    ('PREFIX e: <http://e.org/where#> SELECT ("WHERE {" AS ?s) WHERE { ?x e:p ?a }',
     'PREFIX e: <http://e.org/where#> SELECT ("WHERE {" AS ?s) WHERE {\n  VALUES (?a) { ("v") }\n ?x e:p ?a }'),
    ("CONSTRUCT { ?x ?p ?a } WHERE { ?x ?p ?a }", "CONSTRUCT { ?x ?p ?a } WHERE {\n  VALUES (?a) { (\"v\") }\n ?x ?p ?a }"),
    ("DESCRIBE ?a", "DESCRIBE ?a\nVALUES (?a) { (\"v\") }\n"),
])
def test_values_go_after_the_outermost_where_brace(query, expected):
    assert add_values(query, [{"a": Literal("v")}]) == expected


@pytest.mark.parametrize("value", INJECTIONS + ["a\nb", "tab\there", "é", "ends with \\", "'''", '"'])
def test_bound_values_round_trip_through_a_query_engine(value):
    engine = ox.Store()
    text = add_values('SELECT ?v WHERE { FILTER(STRLEN(?v) >= 0) }', [{"v": Literal(value)}])
    assert [s["v"].value for s in engine.query(text)] == [value]


def test_values_block_refuses_what_it_cannot_write_safely():
    with pytest.raises(ValueError):
        values_block([{"a b": Literal("x")}])
    with pytest.raises(ValueError):
        values_block([{"a": URIRef("http://x.org/> } DROP ALL #")}])
    with pytest.raises(TypeError):
        from rdflib import BNode

        values_block([{"a": BNode()}])


def test_open_endpoint_urls_and_credentials_from_the_environment(monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "secret")
    endpoint = open_endpoint("http://db:7878/query")
    assert (endpoint.query_url, endpoint.update_url, endpoint.store_url) == \
        ("http://db:7878/query", "http://db:7878/update", "http://db:7878/store")
    assert (endpoint.user, endpoint.password) == ("alice", "secret")
    assert "secret" not in repr(endpoint)
    other = open_endpoint(query_url="https://h/ds/sparql", store_url="https://h/ds/data", user="bob")
    assert (other.update_url, other.store_url, other.user) == (None, "https://h/ds/data", "bob")
    for sparql in ("http://h:8890/sparql", "http://h:8890/sparql/", "http://h:8890/sparql-auth"):
        named = open_endpoint(sparql)
        assert (named.query_url, named.update_url, named.store_url) == (sparql.rstrip("/"), sparql.rstrip("/"), None)
        assert "writes: SPARQL Update" in named.describe()
    crud = open_endpoint("http://h:8890/sparql-auth", store_url="http://h:8890/sparql-graph-crud-auth", auth="digest")
    assert crud.describe() == "query http://h:8890/sparql-auth; writes: Graph Store http://h:8890/sparql-graph-crud-auth"
    with pytest.raises(ValueError, match="auth must be one of"):
        open_endpoint("http://h:8890/sparql", auth="ntlm")
    with pytest.raises(ValueError):
        open_endpoint("file:///etc/passwd")


# -- against the real server ---------------------------------------------------------------------
def relation_names(store) -> list[str]:
    return sorted(iri[len(DATA_NS):] for iri in relation_hashes(store))


def test_push_sends_one_graph_per_article_plus_ontology_actors_and_relations(remote, seed_store):
    with open_store(seed_store, read_only=True) as store:
        articles = sorted(store.article_hashes())
        relations = relation_names(store)
        local_size = len(store)
        report = push_store(store, remote)
    assert "relations/NATO/RUS" in relations  # the seed's suspension and recall
    assert sorted(report.sent) == sorted(articles + ["ontology", "actors", "events"] + relations)
    assert not report.unchanged and not report.failed and not report.removed
    assert remote_graphs(remote) == {str(graph_iri(a)) for a in articles} | {
        str(ONTOLOGY_GRAPH), str(ACTORS_GRAPH), str(EVENTS_GRAPH)} | {DATA_NS + name for name in relations}
    assert remote_size(remote) == local_size


def saved_query_params(store) -> dict[str, dict[str, str]]:
    """Each saved query's parameters: those of its header example, with an event that exists."""
    params = {q.name: dict(re.findall(r"--param (\w+)=(\S+)", q.examples[0])) for q in list_queries()}
    event = store.query("SELECT ?e WHERE { ?e <https://w3id.org/kg-events/ontology#mention> ?m } LIMIT 1").rows
    assert event, "the seed store should hold events with mentions"
    params["event_mentions"] = {"event": str(event[0]["e"])}
    return params


def test_every_saved_query_gives_the_same_rows_remotely(pushed_seed, seed_store):
    answered = 0
    with open_store(seed_store, read_only=True) as store:
        for name, params in saved_query_params(store).items():
            local = run_query(store, name, params)
            remote = run_remote_query(pushed_seed, name, params)
            assert remote.columns == local.columns, name
            assert remote.rows == local.rows, name
            answered += bool(local.rows)
    assert answered >= len(list_queries()) // 2, "most saved queries should find something in the seed store"


def test_a_second_push_sends_nothing(pushed_seed, seed_store):
    with open_store(seed_store, read_only=True) as store:
        expected = len(store.article_hashes()) + 3 + len(relation_names(store))  # ontology, actors, events
        report = push_store(store, pushed_seed, batch_size=1)
    assert report.sent == [] and not report.failed and not report.removed
    assert len(report.unchanged) == report.total == expected


def test_push_removes_remote_relation_graphs_the_local_store_no_longer_has(pushed_seed, seed_store):
    from rdflib import Graph
    from rdflib.namespace import RDF

    from kg.graph import KG
    from kg.relations import relation_graph_iri

    stale = relation_graph_iri("ATA", "NZL")  # a pair the seed never mentions
    graph = Graph(identifier=stale)
    graph.add((stale, RDF.type, KG.RelationGraph))
    graph.add((stale, KG.contentHash, Literal("0" * 64)))
    pushed_seed.replace_graph(graph)
    assert str(stale) in remote_graphs(pushed_seed)
    with open_store(seed_store, read_only=True) as store:
        report = push_store(store, pushed_seed)
    assert report.removed == ["relations/ATA/NZL"] and not report.sent and not report.failed
    assert str(stale) not in remote_graphs(pushed_seed)


def test_changing_one_article_replaces_exactly_its_graph(remote, tmp_path, nlp):
    from kg.builder import build

    corpus = write_corpus(tmp_path / "input", EXTRA_ARTICLES)
    with open_store(tmp_path / "store") as store:
        build([corpus], store, nlp=nlp)
        first = push_store(store, remote, batch_size=2)
        assert len(first.sent) == first.total and not first.failed
        assert first.total == len(store.article_hashes()) + 3 + len(relation_names(store))
    changed = [dict(a) for a in EXTRA_ARTICLES]
    changed[2]["text"] += " Russia condemned the agreement."
    write_corpus(tmp_path / "input", changed)
    with open_store(tmp_path / "store") as store:
        build([corpus], store, nlp=nlp)
        new_hash = store.article_hashes()["extra-trade"]
        second = push_store(store, remote, batch_size=2)
    # the changed article, and the shared graphs its change touches
    assert [n for n in second.sent if n not in ("actors", "events") and not n.startswith("relations/")] == ["extra-trade"]
    assert "ontology" in second.unchanged and not second.failed
    assert len(second.unchanged) + len(second.sent) == second.total
    hashes = remote.query("SELECT ?h WHERE { GRAPH ?g { ?a <https://w3id.org/kg-events/ontology#contentHash> ?h } }",
                          {"g": graph_iri("extra-trade")}).rows
    assert hashes == [{"h": new_hash}]


def test_a_store_without_graph_store_protocol_gets_sparql_updates(remote, oxigraph_url, seed_store):
    endpoint = open_endpoint(query_url=f"{oxigraph_url}/query", update_url=f"{oxigraph_url}/update", user="",
                             backoff=0.01)
    assert endpoint.store_url is None
    with open_store(seed_store, read_only=True) as store:
        first = push_store(store, endpoint)
        second = push_store(store, endpoint)
        local_size = len(store)
    assert len(first.sent) == first.total == len(second.unchanged) and not first.failed and not second.sent
    assert any(name.startswith("relations/") for name in first.sent)
    assert remote_size(remote) == local_size


def test_injection_strings_as_parameter_values_change_nothing(pushed_seed):
    before = (remote_size(pushed_seed), remote_graphs(pushed_seed))
    for value in INJECTIONS:
        for name, params in [("events_between", {"a": value, "b": "NATO"}), ("events_between", {"a": "RUS", "b": value}),
                             ("actor_timeline", {"actor": value}), ("events_by_speaker", {"speaker": value}),
                             ("who_did_what", {"actor": value})]:
            assert run_remote_query(pushed_seed, name, params).rows == [], (name, value)
    assert (remote_size(pushed_seed), remote_graphs(pushed_seed)) == before
    assert before[0] > 0


def test_a_store_that_is_down_gives_one_line(seed_store):
    endpoint = endpoint_at(f"http://127.0.0.1:{free_port()}")
    with open_store(seed_store, read_only=True) as store, pytest.raises(EndpointError) as caught:
        push_store(store, endpoint)
    message = str(caught.value)
    assert "\n" not in message and endpoint.query_url in message and "oxigraph serve" in message
    with pytest.raises(EndpointError, match="connection refused"):
        run_remote_query(endpoint, "event_types")


def test_cli_push_and_remote_query(remote, seed_store, oxigraph_url):
    runner = CliRunner()
    pushed = runner.invoke(cli, ["push", "--endpoint", oxigraph_url, "--store", str(seed_store)])
    assert pushed.exit_code == 0, pushed.output
    assert "6 sent, 0 unchanged, 0 failed of 6 graph(s)" in pushed.output  # 1 article, ontology, actors, events, 2 pairs
    args = ["query", "events_between", "-p", "a=RUS", "-p", "b=NATO", "--format", "json"]
    local = runner.invoke(cli, [*args, "--store", str(seed_store)])
    remote_out = runner.invoke(cli, [*args, "--endpoint", oxigraph_url])
    assert remote_out.exit_code == 0, remote_out.output
    assert json.loads(remote_out.output) == json.loads(local.output) != []
    # actors named by label or in another case, and a warning naming the closest, as locally
    by_label = runner.invoke(cli, ["query", "events_between", "-p", "a=Russia", "-p", "b=nato", "--format", "json",
                                   "--endpoint", oxigraph_url])
    assert by_label.exit_code == 0, by_label.output
    assert json.loads(by_label.output) == json.loads(local.output)
    unknown = runner.invoke(cli, [*args[:3], "a=Rusia", *args[4:], "--endpoint", oxigraph_url])
    assert unknown.exit_code != 0 and "closest: RUS (Russia)" in unknown.output
    both = runner.invoke(cli, [*args, "--endpoint", oxigraph_url, "--store", str(seed_store)])
    assert both.exit_code != 0 and "mutually exclusive" in both.output
    again = runner.invoke(cli, ["push", "--endpoint", oxigraph_url, "--store", str(seed_store)])
    assert "0 sent, 6 unchanged, 0 failed" in again.output


# -- fake stores that fail ----------------------------------------------------------------------
class FakeStore(ThreadingHTTPServer):
    """Answers every query with no rows; PUTs get the statuses in ``script`` (then the last one)."""

    daemon_threads = True

    def __init__(self, script: list[int], query_status: int = 200, login: str | None = None) -> None:
        self.script = list(script)
        self.query_status = query_status
        self.login = login  # when set, the only Authorization header let in; others get a Basic challenge
        self.listed: list[str] = []  # relation graphs the store says it has
        self.delete_status = 204
        self.deletes: list[str] = []
        self.puts: list[tuple[str, int]] = []
        self.headers_seen: list[dict[str, str]] = []
        super().__init__(("127.0.0.1", 0), FakeHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class FakeHandler(BaseHTTPRequestHandler):
    server: FakeStore

    def log_message(self, *args) -> None:
        pass

    def _reply(self, status: int, body: bytes = b"", media: str = "text/plain") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting, as the timeout test wants

    def _refused(self) -> bool:
        self.body = urllib.parse.unquote_plus(self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode())
        self.server.headers_seen.append(dict(self.headers))
        if self.server.login is None or self.headers.get("Authorization") == self.server.login:
            return False
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def do_POST(self) -> None:
        if self._refused():
            return
        body = self.body.encode()
        if self.server.query_status != 200:
            page = b"<html><head><title>Error</title><style>p {}</style></head><body><p>go away</p></body></html>"
            self._reply(self.server.query_status, page, "text/html")
            return
        relation_graphs = [{"g": {"type": "uri", "value": iri}} for iri in self.server.listed]
        listing = b"RelationGraph" in body and b"hash" not in body
        answer = {"head": {"vars": ["g"]}, "results": {"bindings": relation_graphs if listing else []}}
        self._reply(200, json.dumps(answer).encode(), "application/sparql-results+json")

    def do_DELETE(self) -> None:
        if self._refused():
            return
        self.server.deletes.append(self.path)
        self._reply(self.server.delete_status, b"" if self.server.delete_status < 300 else b"disk full")

    def do_PUT(self) -> None:
        if self._refused():
            return
        status = self.server.script.pop(0) if len(self.server.script) > 1 else self.server.script[0]
        if status == 0:  # hang longer than the client waits
            time.sleep(1.5)
            status = 204
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
        self.server.puts.append((graph, status))
        self._reply(status, b"" if status < 300 else b"internal trouble")


@pytest.fixture()
def fake_store():
    servers: list[FakeStore] = []

    def start(script: list[int], query_status: int = 200, login: str | None = None) -> FakeStore:
        server = FakeStore(script, query_status, login)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_transient_failures_are_retried(fake_store, seed_store):
    fake = fake_store([503, 503, 204])
    with open_store(seed_store, read_only=True) as store:
        report = push_store(store, endpoint_at(fake.url))
    assert len(report.sent) == report.total == 6 and not report.failed  # article, ontology, actors, events, 2 pairs
    assert [status for _graph, status in fake.puts] == [503, 503] + [204] * 6


def test_a_store_that_keeps_failing_leaves_sent_graphs_sent_and_the_rest_failed(fake_store, corpus_store):
    fake = fake_store([204, 204, 503])
    with open_store(corpus_store, read_only=True) as store:
        report = push_store(store, endpoint_at(fake.url), batch_size=2)
    accepted = [graph for graph, status in fake.puts if status == 204]
    assert [str(graph_iri(name)) for name in report.sent] == accepted and len(accepted) == 2
    assert len(report.failed) == report.total - 2 > 5
    assert all("\n" not in reason and "HTTP 503" in reason for reason in report.failed.values())
    assert len(fake.puts) == 2 + 3  # the third graph was tried three times, the rest not at all


def test_basic_credentials_are_sent_when_asked_for_and_a_refusal_says_how_to_log_in(fake_store, seed_store,
                                                                                    monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    expected = "Basic " + base64.b64encode(b"alice:s3cret").decode()
    fixed = fake_store([204])
    with open_store(seed_store, read_only=True) as store:
        push_store(store, open_endpoint(fixed.url, auth="basic", backoff=0.01))
    assert fixed.headers_seen and all(h.get("Authorization") == expected for h in fixed.headers_seen)
    asking = fake_store([204], login=expected)
    with open_store(seed_store, read_only=True) as store:
        report = push_store(store, open_endpoint(asking.url, backoff=0.01))
    assert len(report.sent) == report.total and not report.failed
    first, *rest = asking.headers_seen
    assert "Authorization" not in first and rest and all(h.get("Authorization") == expected for h in rest)
    monkeypatch.delenv("KG_ENDPOINT_USER")
    with open_store(seed_store, read_only=True) as store, pytest.raises(EndpointError) as caught:
        push_store(store, open_endpoint(asking.url, backoff=0.01))
    message = str(caught.value)
    assert "HTTP 401" in message and "asks for Basic authentication" in message and "KG_ENDPOINT_USER" in message
    assert "\n" not in message


def test_cli_push_reports_failures_with_exit_status_1(fake_store, seed_store):
    fake = fake_store([204, 403])
    result = CliRunner().invoke(cli, ["-q", "push", "--endpoint", fake.url, "--store", str(seed_store)])
    assert result.exit_code == 1
    assert "1 sent, 0 unchanged, 5 failed" in result.output
    assert "run `kg push` again" in result.output


def test_a_store_that_stops_answering_mid_push_times_out_and_resumes(fake_store, corpus_store):
    fake = fake_store([204, 0])  # the first graph is accepted, then every request hangs
    with open_store(corpus_store, read_only=True) as store:
        report = push_store(store, open_endpoint(fake.url, user="", password="", backoff=0.01, timeout=0.5,
                                                 tries=2), batch_size=2)
    assert len(report.sent) == 1 and len(report.failed) == report.total - 1
    assert all("\n" not in reason for reason in report.failed.values())


def test_a_refused_query_is_not_retried_and_shows_the_text_of_the_servers_page(fake_store):
    for status in (400, 500):
        fake = fake_store([204], query_status=status)
        with pytest.raises(EndpointError) as caught:
            run_remote_query(endpoint_at(fake.url), "event_types")
        message = str(caught.value)
        assert f"HTTP {status}, Error; go away):" in message and "<" not in message and "p {}" not in message
        assert len(fake.headers_seen) == 1  # asked once: the same request would fail the same way


def test_a_stale_graph_the_store_does_not_have_is_skipped_and_a_refused_removal_fails_the_push(fake_store,
                                                                                              seed_store):
    gone, kept = DATA_NS + "relations/ATA/NZL", DATA_NS + "relations/ATA/CHL"
    fake = fake_store([204])
    fake.listed = [gone]
    fake.delete_status = 404
    with open_store(seed_store, read_only=True) as store:
        report = push_store(store, endpoint_at(fake.url))
    assert not report.failed and report.removed == [] and len(fake.deletes) == 1
    fake.listed, fake.delete_status = [kept], 500
    with open_store(seed_store, read_only=True) as store:
        report = push_store(store, endpoint_at(fake.url))
    assert report.removed == [] and list(report.failed) == ["relations/ATA/CHL"]
    assert "HTTP 500, disk full" in report.failed["relations/ATA/CHL"]
    result = CliRunner().invoke(cli, ["-q", "push", "--endpoint", fake.url, "--store", str(seed_store)])
    assert result.exit_code == 1 and "not removed" in result.output and "disk full" in result.output
