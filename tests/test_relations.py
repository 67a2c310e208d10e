"""Relations over time: relation states, the monthly index, and every saved query's answer
on a small multi-year corpus written for these tests (tests/data/time_corpus)."""
from __future__ import annotations

import pytest

from kg.queries import list_queries, run_query
from kg.relations import derive_states, monthly_index
from kg.store import open_store


def _rows(*specs):
    return [{"e": f"e{i}", "cls": cls, "start": start, "precision": "day", "src": src, "tgt": tgt}
            for i, (cls, start, src, tgt) in enumerate(specs)]


def test_states_open_and_close():
    states = derive_states(_rows(
        ("SuspendCooperation", "2014-04-01", "NATO", "RUS"),
        ("SuspendCooperation", "2015-01-01", "NATO", "RUS"),  # already suspended: same state
        ("ResumeCooperation", "2016-04-20", "NATO", "RUS"),
        ("ImposeSanctions", "2018-05-08", "USA", "IRN"),
        ("LiftSanctions", "2018-01-01", "EU", "IRN"),  # closes nothing of another pair
    ))
    assert [(s.kind, s.subject, s.object, s.start, s.end) for s in states] == [
        ("SuspendCooperation", "NATO", "RUS", "2014-04-01", "2016-04-20"),
        ("ImposeSanctions", "USA", "IRN", "2018-05-08", None),
    ]


def test_monthly_index_sums_weights_and_skips_year_dates():
    rows = _rows(("SuspendCooperation", "2014-04-01", "NATO", "RUS"), ("Meet", "2014-04-20", "NATO", "RUS"))
    rows.append({"e": "e9", "cls": "Attack", "start": "2014-01-01", "precision": "year", "src": "NATO", "tgt": "RUS"})
    assert monthly_index(rows) == {("NATO", "RUS", "2014-04"): (-1.5, 2)}


@pytest.fixture(scope="module")
def time_store(time_corpus_store):
    with open_store(time_corpus_store, read_only=True) as store:
        yield store


def _q(store, name, **params):
    return run_query(store, name, {k: str(v) for k, v in params.items()}).rows


EXPECTED = {
    "events_between": ({"a": "NATO", "b": "RUS"}, lambda rows: [(r["date"], r["type"]) for r in rows] == [
        ("2014-04-01", "SuspendCooperation"), ("2014-04-17", "RecallRepresentative"), ("2016-04-20", "ResumeCooperation")]),
    "events_of_type": ({"type": "ImposeSanctions"}, lambda rows: [(r["date"], r["target"]) for r in rows] == [
        ("2018-05-08", "Iran")]),
    "actor_timeline": ({"actor": "IRN"}, lambda rows: [(r["date"], r["type"]) for r in rows] == [
        ("2016-01-16", "LiftSanctions"), ("2018-05-08", "ImposeSanctions"), ("2018-05-09", "Accuse")]),
    "events_per_type_per_month": ({}, lambda rows: {(r["month"], r["type"], r["count"]) for r in rows} == {
        # "Norway held military exercises.": told in the past with no time of its own,
        # dated when the story last said
        ("2014-04", "Mobilize", 1),
        ("2014-04", "RecallRepresentative", 1), ("2014-04", "SuspendCooperation", 1), ("2016-01", "LiftSanctions", 1),
        ("2016-04", "ResumeCooperation", 1), ("2018-05", "Accuse", 1), ("2018-05", "ImposeSanctions", 1),
        ("2019-01", "Meet", 1), ("2019-01", "Praise", 1)}),
    "who_did_what": ({}, lambda rows: {(r["source"], r["type"], r["target"]) for r in rows} >= {
        ("Russia", "RecallRepresentative", "North Atlantic Treaty Organization"), ("China", "Praise", "Japan"),
        ("United States", "ImposeSanctions", "Iran")}),
    "relation_on_date": ({"a": "NATO", "b": "RUS", "on": "2015-06-01"}, lambda rows: {
        (r["state"], r["start"], r["end"]) for r in rows} == {
        ("SuspendCooperation", "2014-04-01", "2016-04-20"), ("RecallRepresentative", "2014-04-17", None)}),
    "cooperation_periods": ({"a": "NATO", "b": "RUS"}, lambda rows: [(r["state"], r["start"], r["end"]) for r in rows] == [
        ("SuspendCooperation", "2014-04-01", "2016-04-20"), ("RecallRepresentative", "2014-04-17", None)]),
    "first_last_events": ({}, lambda rows: {(r["source"], r["target"]): (r["first"], r["last"], r["count"]) for r in rows}[
        ("USA", "IRN")] == ("2016-01-16", "2018-05-08", 2)),
    "monthly_balance": ({"a": "NATO", "b": "RUS"}, lambda rows: [(r["month"], r["score"]) for r in rows] == [
        ("2014-04", -4.0), ("2014-04", -4.0), ("2016-04", 6.0)]),
    "tit_for_tat": ({"days": 3}, lambda rows: [(r["date"], r["action"], r["reply_date"], r["reply_action"]) for r in rows] == [
        ("2018-05-08", "ImposeSanctions", "2018-05-09", "Accuse")]),
    "worsening_pairs": ({"p1start": "2016-01-01", "p1end": "2016-12-31", "p2start": "2018-01-01", "p2end": "2018-12-31"},
                        lambda rows: [(r["source"], r["target"], r["drop"]) for r in rows][:1] == [("USA", "IRN", 15.0)]),
    "events_by_speaker": ({"speaker": "kerry"}, lambda rows: [(r["type"], r["speaker_label"]) for r in rows] == [
        ("LiftSanctions", "John Kerry")]),
    "negated_and_intended": ({}, lambda rows: rows == []),
    "event_types": ({}, lambda rows: len(rows) >= 90),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_answers_on_the_time_corpus(time_store, name):
    params, check = EXPECTED[name]
    rows = _q(time_store, name, **params)
    assert check(rows), rows


def test_every_saved_query_has_an_expected_answer():
    names = {q.name for q in list_queries()} - {"event_mentions"}
    assert names <= set(EXPECTED), names - set(EXPECTED)


def test_event_mentions_lists_each_report(time_store):
    from kg.queries import get

    query = get("event_mentions")
    [param] = query.params
    events = time_store.query("PREFIX kg: <https://w3id.org/kg-events/ontology#> SELECT ?e WHERE { ?e a kg:RecallRepresentative }").rows
    mentions = run_query(time_store, "event_mentions", {param.name: events[0]["e"]}).rows
    assert len(mentions) == 2  # the headline and the body sentence


def test_seed_dates(seed_results):
    _, events = seed_results
    by_type = {e.type: e for e in events}
    assert by_type["RecallRepresentative"].time.value == "2014-04"
    suspend = by_type["SuspendCooperation"]
    assert suspend.time is not None and suspend.time.value <= "2014-04"
    threat = next(e for e in events if e.plover == "THREATEN")
    assert threat.time is not None and threat.time.value == "2015-01-22"


# -- relation graphs: one per pair, rewritten only when they change ------------------------------
def _relation_graphs(store) -> dict[str, set[tuple[str, str, str]]]:
    from kg.vocab import DATA_NS

    graphs: dict[str, set[tuple[str, str, str]]] = {}
    for s, p, o, g in store.quads():
        if g is not None and str(g).startswith(f"{DATA_NS}relations/"):
            graphs.setdefault(str(g)[len(DATA_NS):], set()).add((str(s), str(p), str(o)))
    return graphs


@pytest.fixture()
def time_copy(tmp_path, time_store):
    """A writable store with the time corpus (copied from the session's read-only one)."""
    import shutil

    shutil.copytree(time_store.path, tmp_path / "store", ignore=shutil.ignore_patterns("kg.lock"))
    with open_store(tmp_path / "store") as store:
        yield store


def test_each_pair_has_its_own_relation_graph_with_a_content_hash(time_store):
    from kg.relations import relation_graph_iri, relation_hashes

    graphs = _relation_graphs(time_store)
    assert {"relations/NATO/RUS", "relations/IRN/USA"} <= set(graphs)
    hashes = relation_hashes(time_store)
    assert set(hashes) == {str(relation_graph_iri(*name.split("/")[1:])) for name in graphs}
    assert all(len(h) == 64 for h in hashes.values())
    # the NATO/RUS graph holds both directions' monthly index and the pair's states, nothing else
    nato_rus = graphs["relations/NATO/RUS"]
    actors = {o for _s, p, o in nato_rus if p.endswith(("#subject", "#object"))}
    assert actors == {"https://w3id.org/kg-events/id/actor/NATO", "https://w3id.org/kg-events/id/actor/RUS"}


def test_a_second_derivation_rewrites_nothing_and_removed_events_drop_their_pair(time_copy):
    from kg.graph import graph_iri
    from kg.relations import update_relations

    before = _relation_graphs(time_copy)
    again = update_relations(time_copy)
    assert (again.written, again.dropped, again.unchanged) == (0, 0, len(before))
    assert _relation_graphs(time_copy) == before
    # take away every article that reports on Iran: the Iran pairs have no events left
    iran_articles = time_copy.query(
        "PREFIX kg: <https://w3id.org/kg-events/ontology#> SELECT DISTINCT ?id WHERE { "
        "GRAPH ?g { ?e kg:target|kg:source <https://w3id.org/kg-events/id/actor/IRN> } "
        "?a kg:articleId ?id . FILTER(?g = IRI(CONCAT('https://w3id.org/kg-events/id/graph/', ?id))) }").rows
    assert iran_articles
    for row in iran_articles:
        time_copy.remove_graph(graph_iri(row["id"]))
    after = update_relations(time_copy)
    left = _relation_graphs(time_copy)
    assert "relations/IRN/USA" not in left and after.dropped >= 1 and after.written == 0
    assert left == {name: triples for name, triples in before.items() if "IRN" not in name}


def test_a_derivation_in_one_graph_from_an_earlier_layout_is_replaced(time_copy):
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF

    from kg.graph import KG, mint_iri
    from kg.relations import LEGACY_DERIVED_GRAPH, update_relations

    before = _relation_graphs(time_copy)
    legacy = Graph(identifier=LEGACY_DERIVED_GRAPH)
    node = mint_iri("index", "NATO/RUS/2014-04")
    legacy.add((node, RDF.type, KG.MonthlyIndex))
    legacy.add((node, KG.eventCount, Literal(1)))
    time_copy.replace_graph(legacy)
    assert time_copy.has_graph(LEGACY_DERIVED_GRAPH)
    update_relations(time_copy)
    assert not time_copy.has_graph(LEGACY_DERIVED_GRAPH)
    assert _relation_graphs(time_copy) == before


@pytest.mark.parametrize("memory", [False, True])
def test_rows_stream_in_pair_order_from_either_store(tmp_path, memory, time_store):
    from kg import resources

    with open_store(tmp_path / "s", memory=memory) as store:
        for s, p, o, g in time_store.quads():
            store.dataset.graph(g).add((s, p, o))
        rows = store.select_rows(resources.sparql("dated_events"))
        assert not isinstance(rows, list)  # a generator, not a list
        keys = [(r["lo"], r["hi"], r["start"]) for r in rows]
    assert keys == sorted(keys) and keys
    assert all(lo < hi for lo, hi, _ in keys)


# -- what the build writes out so that saved queries look things up ------------------------------
KGNS = "https://w3id.org/kg-events/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _triples(store) -> tuple[dict[str, dict[str, set[str]]], dict[str, set[str]]]:
    """subject -> property -> values over the union of the graphs, and each IRI's labels."""
    found: dict[str, dict[str, set[str]]] = {}
    for s, p, o, _g in store.quads():
        found.setdefault(str(s), {}).setdefault(str(p), set()).add(str(o))
    labels = {s: props.get(LABEL, set()) for s, props in found.items()}
    return found, labels


def test_each_event_carries_its_sides_names_and_the_sentence_shown(time_store):
    found, labels = _triples(time_store)
    events = {s: props for s, props in found.items() if f"{KGNS}mention" in props}
    assert events
    for event, props in events.items():
        for side, derived in (("source", "sourceNames"), ("target", "targetNames")):
            names = sorted({label for actor in props.get(KGNS + side, ()) for label in labels.get(actor, ())})
            expected = {", ".join(names)} if names else set()
            assert props.get(KGNS + derived, set()) == expected, (event, side)
        sentences = {s for m in props[KGNS + "mention"] for s in found[m][KGNS + "sentence"]}
        assert props[KGNS + "firstSentence"] == {min(sentences)}


def test_each_pair_has_its_events_with_day_numbers_for_the_conflictual_ones(time_store):
    from kg import vocab
    from kg.relations import day_number

    found, _labels = _triples(time_store)
    pair_events = {s: props for s, props in found.items()
                   if f"{KGNS}PairEvent" in props.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ())}
    seen = {(next(iter(p[KGNS + "event"])), next(iter(p[KGNS + "sourceCode"])), next(iter(p[KGNS + "targetCode"])))
            for p in pair_events.values()}
    recall = next(e for e, props in found.items()
                  if f"{KGNS}RecallRepresentative" in props.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ()))
    assert (recall, "RUS", "NATO") in seen
    classes = vocab.event_classes()
    for props in pair_events.values():
        cls = next(iter(props[KGNS + "eventClass"])).rsplit("#", 1)[-1]
        [start] = props[KGNS + "eventStart"]
        assert props[KGNS + "eventStart"] == found[next(iter(props[KGNS + "event"]))][KGNS + "dateStart"]
        expected = {str(day_number(start))} if classes[cls]["goldstein"] < 0 else set()
        assert props.get(KGNS + "conflictDay", set()) == expected


def test_a_new_name_for_an_actor_reaches_the_events_and_pairs_on_the_next_derivation(time_copy):
    from rdflib import Graph, Literal
    from rdflib.namespace import RDFS

    from kg.graph import ACTORS_GRAPH, mint_iri
    from kg.relations import update_relations
    from kg.reports import update_events

    before = _q(time_copy, "events_of_type", type="ImposeSanctions")
    assert [r["target"] for r in before] == ["Iran"]
    extra = Graph(identifier=ACTORS_GRAPH)
    extra.add((mint_iri("actor", "IRN"), RDFS.label, Literal("Islamic Republic of Iran")))
    time_copy.replace_graphs([], add=[extra])
    update_events(time_copy)
    report = update_relations(time_copy)
    assert report.written >= 1  # the Iran pairs' names changed
    assert [r["target"] for r in _q(time_copy, "events_of_type", type="ImposeSanctions")] == [
        "Iran, Islamic Republic of Iran"]
    replies = _q(time_copy, "tit_for_tat", days=3)
    assert [(r["target"], r["reply_action"]) for r in replies] == [("Iran, Islamic Republic of Iran", "Accuse")]
