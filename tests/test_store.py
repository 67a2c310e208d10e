from __future__ import annotations

import datetime as dt
import time

import pytest
from conftest import DATA
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import vocab
from kg.errors import StoreError
from kg.graph import article_graph, article_iri, graph_iri
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
    with open_store(tmp_path / "s"), pytest.raises(StoreError, match="in use by another kg process"):
        open_store(tmp_path / "s")


def test_reading_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "nothing", read_only=True)


def test_bindings_are_values_not_query_text(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(article_graph(_article(1), []))
        query = f"PREFIX kg: <{vocab.NS}> SELECT ?a ?id WHERE {{ ?a kg:articleId ?id }}"
        hostile = 'a1" } DROP ALL ; INSERT DATA { <x:y> <x:y> "z" } #'
        assert store.query(query, {"id": Literal(hostile)}).rows == []
        assert len(store.query(query, {"id": Literal("a1")}).rows) == 1
        assert set(store.article_hashes()) == {"a1"}


def test_a_hostile_value_stays_a_value(tmp_path):
    """An article id full of SPARQL syntax is matched as the literal it is, nothing more."""
    hostile = 'a1" } } ; DROP ALL ; INSERT DATA { <x:y> <x:y> "z" } #\n}'
    with open_store(tmp_path / "s") as store:
        store.replace_graph(article_graph(_article(1), []))
        store.replace_graph(article_graph(Article(id=hostile, text="Text.", title="T", date=dt.date(2015, 1, 3)), []))
        query = f"PREFIX kg: <{vocab.NS}> SELECT ?a WHERE {{ ?a kg:articleId ?id }}"
        [row] = store.query(query, {"id": Literal(hostile)}).rows
        assert row["a"] == str(article_iri(hostile))
        assert set(store.article_hashes()) == {"a1", hostile}


class _Recorder:
    """The engine's store, recording the text of each query it is given."""

    def __init__(self, store):
        self.store, self.texts = store, []

    def __getattr__(self, name):
        return getattr(self.store, name)

    def query(self, text, **options):
        self.texts.append((text, options))
        return self.store.query(text, **options)


def test_local_bindings_open_the_where_group_as_values(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.replace_graph(article_graph(_article(1), []))
        store._ox = recorder = _Recorder(store._ox)
        query = f"PREFIX kg: <{vocab.NS}> SELECT ?a WHERE {{ ?a kg:articleId ?id }}"
        assert len(store.query(query, {"id": Literal("a1")}).rows) == 1
        [(text, options)] = recorder.texts
        assert 'WHERE {\n  VALUES (?id) { ("a1") }' in text
        assert not options.get("substitutions")


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


def _big_graph(name: str, n: int) -> Graph:
    """A graph of ``n`` triples with IRIs, typed and language-tagged literals and a blank node."""
    graph = Graph(identifier=URIRef(f"https://example.org/graph/{name}"))
    for i in range(n):
        node = URIRef(f"https://example.org/{name}/{i}")
        graph.add((node, URIRef("https://example.org/p"), Literal(i)))
    graph.add((node, URIRef("https://example.org/q"), Literal("é \"quoted\"\n", lang="fr")))
    graph.add((node, URIRef("https://example.org/r"), Literal("2014-04-01", datatype=XSD.date)))
    return graph


def test_new_graphs_go_through_the_bulk_loader_whole(tmp_path, monkeypatch):
    from kg import store as store_module

    big = _big_graph("big", store_module.BULK_MIN_QUADS)
    with open_store(tmp_path / "s") as store:
        calls = []
        engine = store._ox
        monkeypatch.setattr(store, "_ox", _Recorder(engine))
        store._ox.bulk_extend = lambda quads: (calls.append(len(quads)), engine.bulk_extend(quads))
        store.replace_graphs([big])
        assert calls == [len(big)]
        assert {(s, p, o) for s, p, o, g in store.quads() if g == big.identifier} == set(big)
        store.replace_graphs([_big_graph("big", 3)])  # an existing graph is replaced, not added to
        assert sum(1 for *_, g in store.quads() if g == big.identifier) == 5


def test_a_malformed_iri_writes_nothing(tmp_path):
    graph = _big_graph("bad", 3)
    graph.add((URIRef("https://example.org/a b"), URIRef("https://example.org/p"), Literal(1)))
    with open_store(tmp_path / "s") as store:
        with pytest.raises(StoreError):
            store.replace_graphs([graph, _big_graph("good", 3)])
        assert store.named_graphs() == []


def test_a_batch_writes_its_graphs_together(tmp_path):
    from kg.store import GraphBatch

    with open_store(tmp_path / "s") as store:
        with GraphBatch(store, triples=10, seconds=3600) as batch:
            batch.add(_big_graph("one", 4))
            assert store.named_graphs() == []
            batch.add(_big_graph("two", 4))  # 12 triples: both written (by the writer thread)
            batch.wait()
            assert len(store.named_graphs()) == 2
            batch.add(_big_graph("three", 1))
        assert len(store.named_graphs()) == 3  # the rest on leaving


@pytest.mark.parametrize("lexical, datatype", [
    ("true", "boolean"), ("1", "boolean"), ("0", "boolean"), ("05", "integer"), ("x", "integer"), ("-3", "int"),
    ("1.50", "decimal"), ("abc", "decimal"), ("1e3", "double"), ("2014-04-01", "date"), ("2014-13-01", "date"),
    ("2014-04", "gYearMonth"), ("2014", "gYear"), ("2014-04-01T10:00:00", "dateTime"), ("P1D", "duration"),
    ("plain", "string"),
])
def test_answers_read_from_the_engine_are_the_values_rdflib_would_give(lexical, datatype):
    import pyoxigraph as ox

    from kg.store import _from_ox, _ox_value, to_python

    term = ox.Literal(lexical, datatype=ox.NamedNode(str(XSD) + datatype))
    expected = to_python(_from_ox(term))
    value = _ox_value(term)
    assert value == expected and type(value) is type(expected)
    assert _ox_value(ox.Literal("Russie", language="fr")) == "Russie"
    assert _ox_value(ox.NamedNode("https://example.org/x")) == "https://example.org/x"


def _awkward_graph(name: str) -> Graph:
    """Literals that need escaping in N-Quads, a language tag, typed values and a blank node."""
    graph = Graph(identifier=URIRef(f"https://example.org/graph/{name}"))
    node = URIRef(f"https://example.org/{name}")
    texts = ['say "no"', "back\\slash", "two\nlines\r\n", "tab\there", "\x01\x1f control", "é ü 中文 🙂",
             "line\u2028separator", "", "  spaced  "]
    for i, text in enumerate(texts):
        graph.add((node, URIRef(f"https://example.org/t{i}"), Literal(text)))
    graph.add((node, URIRef("https://example.org/fr"), Literal("l'été", lang="fr")))
    graph.add((node, URIRef("https://example.org/n"), Literal(7)))
    graph.add((node, URIRef("https://example.org/d"), Literal("2014-04-01", datatype=XSD.date)))
    graph.add((node, URIRef("https://example.org/b"), BNode("b1")))
    return graph


def test_a_batch_writes_awkward_literals_exactly(tmp_path):
    from kg.store import GraphBatch

    graph = _awkward_graph("awkward")
    with open_store(tmp_path / "s") as store:
        with GraphBatch(store) as batch:
            batch.add(graph)
        stored = {(s, p, o) for s, p, o, g in store.quads() if g == graph.identifier}
    assert {t for t in stored if not isinstance(t[2], BNode)} == {t for t in graph if not isinstance(t[2], BNode)}
    assert len(stored) == len(graph)


def test_a_failed_background_write_is_reported_and_leaves_nothing(tmp_path):
    from kg.store import GraphBatch

    bad = _big_graph("bad", 3)
    bad.add((URIRef("https://example.org/a b"), URIRef("https://example.org/p"), Literal(1)))
    with open_store(tmp_path / "s") as store:
        batch = GraphBatch(store, triples=1)
        batch.add(_big_graph("good", 3))
        batch.wait()
        batch.add(bad)  # handed to the writer thread
        with pytest.raises(StoreError):
            batch.wait()
        batch.close()
        assert store.named_graphs() == ["https://example.org/graph/good"]


def test_a_batch_writes_triples_shared_by_its_articles_once(tmp_path, monkeypatch):
    from kg.store import GraphBatch

    actors = Graph(identifier=URIRef("https://example.org/graph/actors"))
    actors.add((URIRef("https://example.org/RUS"), URIRef("https://example.org/label"), Literal("Russia")))
    with open_store(tmp_path / "s") as store:
        lines: list[int] = []
        load = store._load_nquads
        monkeypatch.setattr(store, "_load_nquads", lambda data, quads: (lines.append(quads), load(data, quads)))
        with GraphBatch(store, triples=1) as batch:
            batch.add(_big_graph("one", 2), add=actors)
            batch.add(_big_graph("two", 2), add=actors)
        assert lines == [5, 4]  # the actor's triple goes with the first article only
        assert sum(1 for *_, g in store.quads() if g == actors.identifier) == 1
        assert len(store.named_graphs()) == 3


def test_a_build_keeps_two_batches_loading_at_once_but_never_one_graph_twice(tmp_path, monkeypatch):
    import threading

    from kg.store import WRITERS, GraphBatch

    assert WRITERS == 2
    with open_store(tmp_path / "s") as store:
        load, lock = store._load_nquads, threading.Lock()
        running, most = [0], [0]

        def slow_load(data: bytes, quads: int) -> None:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.2)  # long enough for the next batch to be handed over meanwhile
            load(data, quads)
            with lock:
                running[0] -= 1

        monkeypatch.setattr(store, "_load_nquads", slow_load)
        with GraphBatch(store, triples=1) as batch:
            for name in ("one", "two", "three"):
                batch.add(_big_graph(name, 2))
            assert most[0] == 2  # a third waits for the first to land
            batch.add(_big_graph("three", 3))  # a graph still being written: that write lands first
            assert not batch._pending
        assert len(store.named_graphs()) == 3
        assert sum(1 for *_, g in store.quads() if str(g).endswith("/three")) == len(_big_graph("three", 3))
