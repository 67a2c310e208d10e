from __future__ import annotations

import datetime as dt

import pytest
from conftest import DATA
from rdflib import Graph, Literal, URIRef

from kg import vocab
from kg.errors import StoreError
from kg.graph import article_graph, graph_iri
from kg.store import open_store, validate_graph
from kg.types import Article


def _article(i: int, text: str = "Text.") -> Article:
    return Article(id=f"a{i}", text=text, title=f"T{i}", date=dt.date(2015, 1, i + 1))


@pytest.mark.parametrize("memory", [False, True])
def test_replace_graph_replaces_exactly_one_article(tmp_path, memory):
    with open_store(tmp_path / "s", memory=memory) as store:
        store.replace_graph(article_graph(_article(1), []))
        store.replace_graph(article_graph(_article(2), []))
        store.replace_graph(article_graph(_article(1, "Changed."), []))
        hashes = store.article_hashes()
        assert set(hashes) == {"a1", "a2"}
        graphs = store.named_graphs()
        assert str(graph_iri("a1")) in graphs and str(graph_iri("a2")) in graphs


def test_store_persists_on_disk(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(article_graph(_article(1), []))
    with open_store(tmp_path / "s", read_only=True) as store:
        assert set(store.article_hashes()) == {"a1"}


def test_second_writer_is_refused_with_a_clear_message(tmp_path):
    with open_store(tmp_path / "s"):
        with pytest.raises(StoreError, match="in use by another kg process"):
            open_store(tmp_path / "s")


def test_reading_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "nothing", read_only=True)


def test_bindings_are_values_not_query_text(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(article_graph(_article(1), []))
        query = "PREFIX kg: <%s> SELECT ?a ?id WHERE { ?a kg:articleId ?id }" % vocab.NS
        hostile = 'a1" } DROP ALL ; INSERT DATA { <x:y> <x:y> "z" } #'
        assert store.query(query, {"id": Literal(hostile)}).rows == []
        assert len(store.query(query, {"id": Literal("a1")}).rows) == 1
        assert set(store.article_hashes()) == {"a1"}


def test_failed_write_keeps_previous_graph(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(article_graph(_article(1), []))
        before = len(store)
        broken = Graph(identifier=graph_iri("a1"))
        broken.add((URIRef("x:s"), URIRef("x:p"), Literal("ok")))
        broken.add((URIRef("x:s"), URIRef("not an iri"), Literal("bad")))
        with pytest.raises(StoreError):
            store.replace_graph(broken)
        assert len(store) == before
        assert set(store.article_hashes()) == {"a1"}


def test_shapes_accept_mini_and_reject_bad(mini_graph):
    assert validate_graph(mini_graph)[0]
    bad = Graph().parse(DATA / "bad_shape.ttl", format="turtle")
    conforms, report = validate_graph(bad)
    assert not conforms and "negated" in report and "code" in report
