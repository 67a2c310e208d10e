"""The same answers from any SPARQL 1.1 store: the time corpus pushed to a real Oxigraph server
and a real Virtuoso (Debian's virtuoso-opensource, installed by the fixture when missing), every
saved query run on both and locally."""
from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Virtuoso
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, XSD
from test_relations import EXPECTED

from kg.cli import cli
from kg.errors import EndpointError
from kg.graph import ONTOLOGY_GRAPH
from kg.queries import get, list_queries, run_query
from kg.remote import Endpoint, open_endpoint, push_store, run_remote_query
from kg.store import open_store


def saved_query_params(store) -> dict[str, dict[str, str]]:
    """The parameters the time-corpus tests give each saved query, and one event for event_mentions."""
    params = {name: {k: str(v) for k, v in given.items()} for name, (given, _check) in EXPECTED.items()}
    event = store.query("SELECT ?e WHERE { ?e <https://w3id.org/kg-events/ontology#mention> ?m } "
                        "ORDER BY ?e LIMIT 1").rows
    params["event_mentions"] = {"event": str(event[0]["e"])}
    assert set(params) == {q.name for q in list_queries()}, "every saved query needs parameters here"
    return params


def ordered(name: str) -> bool:
    return "ORDER BY" in get(name).text.upper()


def comparable(name: str, rows: list[dict]) -> list:
    """Rows in their order when the query orders them, else as a sorted list (the same set)."""
    return rows if ordered(name) else sorted(rows, key=repr)


@pytest.fixture(scope="module")
def local(time_corpus_store):
    with open_store(time_corpus_store, read_only=True) as store:
        yield store


def virtuoso_graph_store(virtuoso: Virtuoso) -> Endpoint:
    """Virtuoso's Digest-protected endpoints, the scheme found from its challenge."""
    return open_endpoint(query_url=f"{virtuoso.url}/sparql-auth", store_url=f"{virtuoso.url}/sparql-graph-crud-auth",
                         user=virtuoso.user, password=virtuoso.password, backoff=0.01, timeout=30)


@pytest.fixture(scope="module")
def engines(local, oxigraph_url, virtuoso) -> dict[str, Endpoint]:
    """The time corpus pushed once to each server, over the Graph Store Protocol."""
    urllib.request.urlopen(urllib.request.Request(  # the session's Oxigraph server, emptied
        f"{oxigraph_url}/update", data=b"DROP ALL", method="POST",
        headers={"Content-Type": "application/sparql-update"}), timeout=10).close()
    endpoints = {"oxigraph": open_endpoint(oxigraph_url, user="", backoff=0.01, timeout=30),
                 "virtuoso": virtuoso_graph_store(virtuoso)}
    for name, endpoint in endpoints.items():
        report = push_store(local, endpoint)
        assert len(report.sent) == report.total and not report.failed, (name, report.failed)
    return endpoints


@pytest.mark.parametrize("name", sorted(q.name for q in list_queries()))
def test_every_saved_query_gives_the_same_rows_locally_on_oxigraph_and_on_virtuoso(local, engines, name):
    params = saved_query_params(local)[name]
    expected = run_query(local, name, params)
    assert expected.rows or name == "negated_and_intended", f"{name} should find something in the time corpus"
    assert_same_everywhere(local, engines, name, params)


def test_a_side_without_actors_is_null_everywhere(local, engines):
    rows = run_query(local, "events_of_type", {"type": "Mobilize"}).rows
    assert None in {r["target"] for r in rows}  # "Norway held military exercises."
    assert_same_everywhere(local, engines, "events_of_type", {"type": "Mobilize"})


def assert_same_everywhere(local, engines: dict[str, Endpoint], name: str, params: dict[str, str]) -> None:
    expected = run_query(local, name, params)
    for engine, endpoint in engines.items():
        answer = run_remote_query(endpoint, name, params)
        assert answer.columns == expected.columns, (engine, name)
        assert comparable(name, answer.rows) == comparable(name, expected.rows), (engine, name)


def test_a_second_push_to_virtuoso_sends_nothing(local, engines):
    report = push_store(local, engines["virtuoso"])
    assert not report.sent and not report.failed and not report.removed
    assert len(report.unchanged) == report.total


def test_sparql_update_to_virtuoso_skolemises_blank_nodes_and_reads_back_the_same(local, engines, virtuoso):
    with open_store(local.path, read_only=True) as store:
        blank = [t for t in Graph(store=store.dataset.store, identifier=ONTOLOGY_GRAPH) if isinstance(t[0], BNode)]
    assert blank, "the ontology graph is expected to hold blank nodes (OWL restrictions or lists)"
    endpoint = open_endpoint(f"{virtuoso.url}/sparql-auth", user=virtuoso.user, password=virtuoso.password,
                             backoff=0.01, timeout=30)
    assert endpoint.store_url is None and endpoint.update_url == f"{virtuoso.url}/sparql-auth"
    forced = push_store(local, endpoint, force=True)
    assert len(forced.sent) == forced.total and not forced.failed, forced.failed
    again = push_store(local, endpoint)
    assert len(again.unchanged) == again.total and not again.failed  # the ontology compares equal
    for name, params in saved_query_params(local).items():
        assert comparable(name, run_remote_query(endpoint, name, params).rows) == \
            comparable(name, run_query(local, name, params).rows), name
    weights = "SELECT ?c ?w WHERE { ?c <https://w3id.org/kg-events/ontology#goldstein> ?w }"
    remote = {row["c"]: row["w"] for row in endpoint.select(weights)[1]}
    ours = {row["c"]: row["w"] for row in engines["oxigraph"].select(weights)[1]}
    assert len(remote) > 90 and {w.datatype for w in remote.values()} == {XSD.decimal}
    assert {c: w.toPython() for c, w in remote.items()} == {c: w.toPython() for c, w in ours.items()}


def test_anonymous_writes_to_virtuoso_are_refused_and_the_message_names_digest(local, engines, virtuoso):
    anonymous = open_endpoint(query_url=f"{virtuoso.url}/sparql-auth",
                              store_url=f"{virtuoso.url}/sparql-graph-crud-auth", user="", password="",
                              backoff=0.01)
    with pytest.raises(EndpointError) as caught:
        anonymous.replace_graph(Graph(identifier=URIRef("https://example.org/g")))
    message = str(caught.value)
    assert "HTTP 401" in message and "Digest authentication" in message and "--user" in message
    wrong = open_endpoint(query_url=f"{virtuoso.url}/sparql-auth", user=virtuoso.user, password="wrong",
                          backoff=0.01)
    with pytest.raises(EndpointError, match="HTTP 401.*asks for Digest authentication and refused user 'kg'"):
        wrong.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def test_a_stale_relation_graph_is_removed_from_virtuoso_and_reported(local, engines):
    endpoint = engines["virtuoso"]
    stale = URIRef("https://w3id.org/kg-events/id/relations/ATA/NZL")
    graph = Graph(identifier=stale)
    graph.add((stale, RDF.type, URIRef("https://w3id.org/kg-events/ontology#RelationGraph")))
    graph.add((stale, OWL.versionInfo, BNode()))
    endpoint.replace_graph(graph)
    report = push_store(local, endpoint)
    assert report.removed == ["relations/ATA/NZL"] and not report.failed and not report.sent
    assert not endpoint.drop_graph(stale)  # already gone: not an error


def test_cli_push_and_query_with_virtuoso_urls(time_corpus_store: Path, engines, virtuoso, monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_USER", virtuoso.user)
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", virtuoso.password)
    runner = CliRunner()
    pushed = runner.invoke(cli, ["push", "--endpoint", f"{virtuoso.url}/sparql-auth", "--auth", "digest",
                                 "--store", str(time_corpus_store)])
    assert pushed.exit_code == 0, pushed.output
    assert f"query {virtuoso.url}/sparql-auth; writes: SPARQL Update {virtuoso.url}/sparql-auth" in pushed.output
    assert "0 failed" in pushed.output
    crud = runner.invoke(cli, ["push", "--query-url", f"{virtuoso.url}/sparql-auth", "--store-url",
                               f"{virtuoso.url}/sparql-graph-crud-auth", "--user", virtuoso.user,
                               "--store", str(time_corpus_store)])
    assert crud.exit_code == 0 and "0 sent" in crud.output and "0 failed" in crud.output, crud.output
    args = ["query", "events_between", "-p", "a=NATO", "-p", "b=RUS", "--format", "json"]
    local_out = runner.invoke(cli, [*args, "--store", str(time_corpus_store)])
    for remote_args in (["--endpoint", f"{virtuoso.url}/sparql"], ["--query-url", f"{virtuoso.url}/sparql"]):
        remote_out = runner.invoke(cli, [*args, *remote_args])
        assert remote_out.exit_code == 0, remote_out.output
        assert remote_out.output == local_out.output
