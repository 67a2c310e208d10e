from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import RDFS

from kg.errors import QueryNotFound, QueryParameterError
from kg.queries import bind, get, list_queries, run_query
from kg.store import open_store


def test_at_least_four_queries_with_headers():
    queries = list_queries()
    assert len(queries) >= 8
    for q in queries:
        assert q.title and q.title != q.name, q.name
        assert q.description, q.name
        assert q.columns, q.name
        assert q.examples, q.name


def test_unknown_query_names_the_known_ones():
    with pytest.raises(QueryNotFound, match="events_between"):
        get("events_betwen")


def test_missing_and_unknown_parameters():
    query = get("events_between")
    with pytest.raises(QueryParameterError, match="--param b="):
        bind(query, {"a": "RUS"})
    with pytest.raises(QueryParameterError, match="no parameter 'c'"):
        bind(query, {"a": "RUS", "b": "NATO", "c": "x"})
    with pytest.raises(QueryParameterError, match="YYYY-MM-DD"):
        bind(query, {"a": "RUS", "b": "NATO", "since": "last year"})
    with pytest.raises(QueryParameterError, match="not an event class"):
        bind(get("events_of_type"), {"type": "Recal"})


@pytest.fixture()
def mini_store(tmp_path, mini_graph):
    from rdflib import Graph

    from kg.graph import ONTOLOGY_GRAPH, graph_iri

    with open_store(tmp_path / "mini") as store:
        g = Graph(identifier=graph_iri("mini"))
        for t in mini_graph:
            g.add(t)
        store.replace_graph(g)
        store.ensure_ontology()
        assert ONTOLOGY_GRAPH
    with open_store(tmp_path / "mini", read_only=True) as store:
        yield store


def test_queries_on_mini_graph(mini_store):
    rows = run_query(mini_store, "events_between", {"a": "RUS", "b": "NATO"}).rows
    types = {r["type"] for r in rows}
    assert {"RecallRepresentative", "SuspendCooperation"} <= types
    rows = run_query(mini_store, "events_of_type", {"type": "RecallRepresentative"}).rows
    assert len(rows) == 1 and rows[0]["date"] == "2014-04"
    rows = run_query(mini_store, "events_between", {"a": "RUS", "b": "NATO", "since": "2014-04-05"}).rows
    assert "SuspendCooperation" not in {r["type"] for r in rows}


def test_injection_strings_are_bound_as_values(mini_store):
    for hostile in ['RUS" } DROP ALL #', "RUS'}", "} DROP ALL #", "<http://x y>", 'NATO" || true || "']:
        result = run_query(mini_store, "actor_timeline", {"actor": hostile})
        assert result.rows == []
    assert run_query(mini_store, "actor_timeline", {"actor": "RUS"}).rows


def test_columns_follow_the_header(mini_store):
    query = get("events_between")
    result = run_query(mini_store, "events_between", {"a": "RUS", "b": "NATO"})
    assert result.columns == list(query.columns)


def test_an_exact_code_is_used_without_listing_the_actors(mini_store, monkeypatch):
    import kg.queries

    def refuse(store):
        raise AssertionError("the actors were listed")

    with monkeypatch.context() as patched:
        patched.setattr(kg.queries, "list_actors", refuse)
        assert run_query(mini_store, "actor_timeline", {"actor": "RUS"}).rows
        with pytest.raises(AssertionError, match="listed"):
            run_query(mini_store, "actor_timeline", {"actor": "rus"})
    assert run_query(mini_store, "actor_timeline", {"actor": "rus"}).rows == run_query(
        mini_store, "actor_timeline", {"actor": "RUS"}).rows


def test_event_types_reads_class_annotations_from_the_ontology_graph(tmp_path):
    from rdflib import Graph, Literal

    from kg.graph import KG, graph_iri

    with open_store(tmp_path / "s") as store:
        store.ensure_ontology()
        before = run_query(store, "event_types").rows
        stray = Graph(identifier=graph_iri("stray"))  # an article graph that labels a class
        stray.add((KG.Meet, URIRef(f"{RDFS}label"), Literal("a label from elsewhere")))
        stray.add((KG.Meet, KG.cameoCode, Literal("999")))
        store.replace_graph(stray)
        assert run_query(store, "event_types").rows == before
    assert any(row["type"] == "Meet" and row["label"] for row in before)


def test_answers_longer_than_the_values_kept_are_converted_whole(tmp_path, monkeypatch):
    from rdflib import Graph, Literal

    from kg import store as store_module

    monkeypatch.setattr(store_module, "_VALUES_KEPT", 3)
    graph = Graph(identifier=URIRef("https://example.org/g"))
    for i in range(20):
        graph.add((URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/p"), Literal(i % 7)))
    with open_store(tmp_path / "s") as store:
        store.replace_graph(graph)
        rows = list(store.select_rows("SELECT ?s ?o WHERE { ?s <https://example.org/p> ?o } ORDER BY ?s"))
    assert sorted((int(r["s"].rsplit("s", 1)[-1]), r["o"]) for r in rows) == [(i, i % 7) for i in range(20)]
