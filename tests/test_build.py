from __future__ import annotations

import pytest
from conftest import SEEDS

from kg.builder import build
from kg.graph import ONTOLOGY_GRAPH
from kg.queries import run_query
from kg.store import open_store, validate_graph


def test_seed_graph_conforms_to_shapes(seed_store):
    with open_store(seed_store, read_only=True) as store:
        conforms, report = validate_graph(store.union_graph())
    assert conforms, report


@pytest.mark.parametrize(
    ("name", "params", "check"),
    [
        ("events_of_type", {"type": "RecallRepresentative"},
         lambda rows: len(rows) == 1 and rows[0]["date"] == "2014-04"),
        ("events_between", {"a": "RUS", "b": "NATO"},
         lambda rows: {"RecallRepresentative", "SuspendCooperation"} <= {r["type"] for r in rows}),
        ("actor_timeline", {"actor": "NATO"}, lambda rows: len(rows) >= 3),
        ("events_per_type_per_month", {}, lambda rows: any(r["month"] == "2014-04" for r in rows)),
        ("who_did_what", {}, lambda rows: any("recall" in str(r).lower() for r in rows)),
        ("negated_and_intended", {}, lambda rows: {r["modality"] for r in rows} >= {"intended"}),
    ],
)
def test_saved_queries_on_the_seed(seed_store, name, params, check):
    with open_store(seed_store, read_only=True) as store:
        rows = run_query(store, name, params).rows
    assert check(rows), rows


def test_building_twice_gives_the_same_quads(tmp_path, nlp):
    def quads(path):
        with open_store(path, read_only=True) as store:
            # the ontology graph is loaded as it is; article graphs carry no blank nodes
            return {(str(s), str(p), str(o), str(g)) for s, p, o, g in store.quads() if g != ONTOLOGY_GRAPH}

    with open_store(tmp_path / "one") as store:
        build([SEEDS], store, nlp=nlp)
    with open_store(tmp_path / "two") as store:
        build([SEEDS], store, nlp=nlp)
        again = build([SEEDS], store, nlp=nlp)
        assert again.unchanged == 1 and again.articles == 0
    assert quads(tmp_path / "one") == quads(tmp_path / "two")


def test_bad_inputs_are_skipped_and_the_rest_is_built(tmp_path, nlp):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((SEEDS / "000_c3c36266fd6b828a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "latin1.txt").write_bytes("Titre\n\n01/02/2015\n\nLa r\xe9union.".encode("latin-1"))
    with open_store(tmp_path / "s") as store:
        report = build([inputs], store, nlp=nlp)
    assert report.articles == 1
    assert sorted(s.name.rsplit("/", 1)[-1] for s in report.skipped) == ["binary.txt", "empty.txt", "latin1.txt"]


def test_annotated_corpus_graph_conforms_to_shapes(gold_store):
    """431 articles with every kind of actor (groups, persons, bodies) still pass every shape."""
    with open_store(gold_store, read_only=True) as store:
        assert len(store.article_hashes()) == 431
        conforms, text = validate_graph(store.union_graph())
    assert conforms, text[:3000]


def test_same_event_in_two_articles_is_one_event_with_two_mentions(tmp_path, nlp):
    (tmp_path / "a.txt").write_text("Japan recalls envoy\n\n12/01/2017\n\nJapan recalled its ambassador to South Korea on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tokyo protests statue\n\n11/01/2017\n\nJapan recalled its ambassador to South Korea on Monday, "
                                    "officials said.\n", encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        build([tmp_path / "a.txt", tmp_path / "b.txt"], store, nlp=nlp)
        rows = store.query(
            "PREFIX kg: <https://w3id.org/kg-events/ontology#> "
            "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?e a kg:RecallRepresentative ; kg:mention ?m } GROUP BY ?e").rows
    assert len(rows) == 1 and rows[0]["n"] == 2  # one event, a mention from each article


def test_an_event_reported_with_different_confidences_is_summed_up_once(tmp_path, nlp):
    """A body sentence and a headline report the same recall: one event, one confidence (its
    best report's), two mentions each with its own, and the graph passes its shapes."""
    (tmp_path / "a.txt").write_text("Talks go on\n\n09/01/2017\n\nRussia recalled its ambassador to Ukraine on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia recalls its ambassador to Ukraine\n\n09/01/2017\n\nMore follows.\n",
                                    encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        build([tmp_path / "a.txt", tmp_path / "b.txt"], store, nlp=nlp)
        rows = store.query(
            "PREFIX kg: <https://w3id.org/kg-events/ontology#> "
            "SELECT ?e ?conf ?mentions ?articles ?first (COUNT(DISTINCT ?m) AS ?n) (MAX(?mc) AS ?best) "
            "(MIN(?mc) AS ?worst) WHERE { ?e a kg:RecallRepresentative ; kg:confidence ?conf ; "
            "kg:mentionCount ?mentions ; kg:articleCount ?articles ; kg:firstReported ?first ; kg:mention ?m . "
            "?m kg:confidence ?mc } GROUP BY ?e ?conf ?mentions ?articles ?first").rows
        conforms, text = validate_graph(store.union_graph())
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["n"] == row["mentions"] == row["articles"] == 2
    assert row["worst"] < row["best"] == row["conf"]  # the headline is the less sure report
    assert str(row["first"]) == "2017-01-09"
    assert conforms, text[:2000]


def test_reports_that_disagree_are_one_event_read_as_most_articles_read_it(tmp_path, nlp):
    """Two articles assert a recall, one denies it: one event, three mentions each keeping its
    own reading, the event asserted (the plain triple written), and the graph passes its shapes;
    rebuilding the denial as an assertion leaves the figures right."""
    texts = {"a": "Russia recalled its ambassador to Ukraine on Monday.",
             "b": "Russia did not recall its ambassador to Ukraine on Monday, officials said.",
             "c": "Russia recalled its ambassador to Ukraine on Monday, the ministry said."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Report {name}\n\n10/01/2017\n\n{text}\n", encoding="utf-8")
    ask = ("PREFIX kg: <https://w3id.org/kg-events/ontology#> "
           "SELECT ?e ?negated ?articles (GROUP_CONCAT(STR(?mn); separator=',') AS ?readings) WHERE { { "
           "SELECT DISTINCT ?e ?negated ?articles ?m ?mn "
           "WHERE { ?e a kg:RecallRepresentative ; kg:negated ?negated ; kg:articleCount ?articles ; "
           "kg:mention ?m . ?m kg:negated ?mn } } } GROUP BY ?e ?negated ?articles")
    plain = ("PREFIX kg: <https://w3id.org/kg-events/ontology#> "
             "ASK { ?s kg:recalledRepresentativeFrom ?t }")
    with open_store(tmp_path / "s") as store:
        build([tmp_path], store, nlp=nlp)
        rows = store.query(ask).rows
        recalled = store.query(plain).boolean
        conforms, text = validate_graph(store.union_graph())
    assert len(rows) == 1 and rows[0]["articles"] == 3, rows
    assert rows[0]["negated"] is False
    assert sorted(rows[0]["readings"].split(",")) == ["false", "false", "true"]
    assert recalled and conforms, text[:2000]


def test_the_events_graph_changes_only_where_its_mentions_changed(tmp_path, nlp):
    """Rebuilding one article changes the events it reported and no other; the events graph
    is then what a summary made from scratch gives, and a second update writes nothing."""
    from kg.graph import EVENTS_GRAPH, events_graph
    from kg.reports import _key, stored_parties, stored_reports, update_events

    texts = {"a": "Russia recalled its ambassador to Ukraine on Monday.",
             "b": "Russia recalled its ambassador to Ukraine on Monday, the ministry said.",
             "c": "Japan recalled its ambassador to South Korea on Monday."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Report {name}\n\n10/01/2017\n\n{text}\n", encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        build([tmp_path], store, nlp=nlp)
        japan = {t for t in store.graph_triples(EVENTS_GRAPH) if "JPN" in str(t[0])}
        assert japan
        # b now denies the recall and reports a new event; a and c are unchanged
        (tmp_path / "b.txt").write_text("Report b\n\n10/01/2017\n\nRussia did not recall its ambassador to Ukraine, "
                                        "and Iran expelled two French diplomats.\n", encoding="utf-8")
        build([tmp_path], store, nlp=nlp)
        stored = {_key(t) for t in store.graph_triples(EVENTS_GRAPH)}
        fresh = {_key(t) for t in events_graph(stored_reports(store), stored_parties(store))}
        again = update_events(store)
        untouched = japan <= set(store.graph_triples(EVENTS_GRAPH))
    assert stored == fresh
    assert any("IRN" in str(s) for s, _, _ in stored)  # the new event is there
    assert untouched and again.changed == 0 and again.triples == len(fresh)
