"""Exports read back and compared with the store: networkx, GraphML, GEXF, JSON-LD, Turtle, CSV,
and the counts of `kg stats`.

The expected values come from walking the store's triples in Python (or from the saved
queries), not from the SPARQL the exporter uses, so a wrong export query shows up here.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from kg import export, vocab
from kg.cli import cli
from kg.graph import KG
from kg.store import open_store


@pytest.fixture(params=["seeds", "gold"])
def store_path(request, seed_store, gold_store) -> Path:
    return seed_store if request.param == "seeds" else gold_store


@dataclass
class Truth:
    """What the store holds, read from its triples."""

    graph: Graph
    events: set[str]
    paired: set[str]
    actors: set[str]
    pairs: int
    start: dict[str, str]
    end: dict[str, str]
    codes: dict[str, str]


@pytest.fixture()
def truth(store_path) -> Truth:
    with open_store(store_path, read_only=True) as store:
        graph = store.union_graph()
    classes = {URIRef(vocab.NS + name) for name in vocab.event_classes()}
    events = {s for s, o in graph.subject_objects(RDF.type) if o in classes}
    paired = {e for e in events if graph.value(e, KG.source) is not None and graph.value(e, KG.target) is not None}
    pairs = sum(len(set(graph.objects(e, KG.source))) * len(set(graph.objects(e, KG.target))) for e in paired)
    return Truth(
        graph=graph,
        events={str(e) for e in events},
        paired={str(e) for e in paired},
        actors={str(a) for a in graph.subjects(KG.code, None)},
        pairs=pairs,
        start={str(e): str(graph.value(e, KG.dateStart)) for e in events if graph.value(e, KG.dateStart)},
        end={str(e): str(graph.value(e, KG.dateEnd)) for e in events if graph.value(e, KG.dateEnd)},
        codes={str(a): str(c) for a, c in graph.subject_objects(KG.code)},
    )


def _check_network(graph: nx.MultiDiGraph, truth: Truth, *, type_key: str = "type") -> None:
    assert set(graph.nodes) == truth.actors
    assert graph.number_of_edges() == truth.pairs
    events = {data["event"] for _s, _t, data in graph.edges(data=True)}
    assert events == truth.paired
    for _s, _t, data in graph.edges(data=True):
        assert data[type_key] in vocab.event_classes()
        if data["event"] in truth.start:
            assert (data["start"], data["end"]) == (truth.start[data["event"]], truth.end[data["event"]])
        else:
            assert "start" not in data and "end" not in data
    for node, data in graph.nodes(data=True):
        assert data["code"] == truth.codes[node]


def test_to_networkx_has_every_actor_and_every_event_with_two_sides(store_path, truth):
    graph = export.to_networkx(store_path)
    assert isinstance(graph, nx.MultiDiGraph)
    _check_network(graph, truth)
    assert graph.graph["one_sided_events"] == len(truth.events - truth.paired)
    weights = {name: info["goldstein"] for name, info in vocab.event_classes().items()}
    for _s, _t, data in graph.edges(data=True):
        assert data["goldstein"] == pytest.approx(weights[data["type"]])
        assert data["plover"] == vocab.event_classes()[data["type"]]["plover"]
        assert data["sentence"] and data["article"]


def test_graphml_reads_back_with_the_same_actors_events_and_dates(store_path, truth):
    text = export.to_graphml(store_path)
    _check_network(nx.read_graphml(io.BytesIO(text.encode("utf-8"))), truth)
    keys = {k.get("attr.name"): k.get("attr.type") for k in ET.fromstring(text).iter()
            if k.tag.endswith("key") and k.get("for") == "edge"}
    if truth.start:
        assert keys["start"] == "string" and keys["end"] == "string"


def test_gexf_is_dynamic_with_dates_on_edges(store_path, truth):
    text = export.to_gexf(store_path)
    graph_element = next(e for e in ET.fromstring(text).iter() if e.tag.endswith("}graph"))
    assert graph_element.get("mode") == "dynamic"
    if truth.start:
        assert graph_element.get("timeformat") == "date"
        dated = [e for e in graph_element.iter() if e.tag.endswith("}edge") and e.get("start")]
        assert dated and all(e.get("end") >= e.get("start") for e in dated)
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    _check_network(back, truth, type_key="event_type")


def _named_graphs(dataset: Dataset) -> dict[str, set[tuple]]:
    """Each named graph's triples, literals compared by value."""
    return {str(g.identifier): _values(g) for g in dataset.graphs() if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID}


def _stored_graphs(store_path: Path) -> dict[str, set[tuple]]:
    with open_store(store_path, read_only=True) as store:
        return _named_graphs(store.named_graphs_copy())


def test_jsonld_with_the_context_embedded_reads_back_as_the_same_named_graphs(store_path, truth):
    text = export.to_jsonld(store_path, embed_context=True)
    assert json.loads(text)["@context"] == export.load_context()["@context"]
    back = Dataset().parse(data=text, format="json-ld")
    assert _named_graphs(back) == _stored_graphs(store_path)
    assert any(name.endswith("/graph/actors") for name in _named_graphs(back))


def test_jsonld_names_the_published_context_by_its_iri(store_path, truth):
    document = json.loads(export.to_jsonld(store_path))
    assert document["@context"] == export.CONTEXT_IRI == "https://w3id.org/kg-events/context.jsonld"
    # what a reader gets once the IRI resolves to ontology/context.jsonld
    document["@context"] = export.load_context()["@context"]
    back = Dataset().parse(data=json.dumps(document), format="json-ld")
    assert _named_graphs(back) == _stored_graphs(store_path)
    # one object per named graph; properties come out as the context's short terms, typed
    # values without datatypes
    assert all(set(graph) == {"@id", "@graph"} for graph in document["@graph"])
    events = [node for graph in document["@graph"] for node in graph["@graph"]
              if node.get("@type") == "kg:RecallRepresentative"]
    assert events and all("source" in e and e["negated"] in ("false", "true") for e in events if "negated" in e)


def test_context_terms_are_ontology_terms():
    context = export.load_context()["@context"]
    for term, value in context.items():
        if isinstance(value, dict) and value["@id"].startswith("kg:"):
            assert value["@id"][3:] in vocab.TERMS, term


def _values(graph: Graph) -> set[tuple]:
    """Triples with literals compared by value: Turtle writes the decimal 4 as 4.0."""
    return {(s, p, (o.toPython(), o.datatype, o.language) if isinstance(o, Literal) else o) for s, p, o in graph}


def test_turtle_export_reads_back_and_networks_the_same(store_path, truth, tmp_path):
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(cli, ["export", "--format", "turtle", "-o", str(out), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "\\/" not in out.read_text(encoding="utf-8")  # no escaped slashes such as kgr:actor\\/RUS
    parsed = Graph().parse(out, format="turtle")
    assert _values(parsed) == _values(truth.graph)
    # a graph read from a file serves as well as the store
    from_file = export.to_networkx(parsed)
    _check_network(from_file, truth)


def test_csv_has_one_row_per_event(store_path, truth):
    rows = list(csv.DictReader(io.StringIO(export.to_csv(store_path))))
    assert tuple(rows[0].keys()) == export.EVENT_COLUMNS
    assert len(rows) == len(truth.events)
    graph = truth.graph
    expected = Counter()
    for e in truth.events:
        node = URIRef(e)
        cls = next(str(o).rsplit("#", 1)[-1] for o in graph.objects(node, RDF.type) if str(o).startswith(vocab.NS))
        date = graph.value(node, KG.date)
        sources = ";".join(sorted({truth.codes[str(a)] for a in graph.objects(node, KG.source)}))
        targets = ";".join(sorted({truth.codes[str(a)] for a in graph.objects(node, KG.target)}))
        expected[(cls, "" if date is None else str(date), sources, targets, str(graph.value(node, KG.negated)).lower())] += 1
    found = Counter((r["type"], r["date"], r["source"], r["target"], r["negated"]) for r in rows)
    assert found == expected
    assert all(r["sentence"] and r["article"] and r["modality"] in ("asserted", "intended", "hypothetical")
               for r in rows)


def test_stats_agree_with_the_store(store_path, truth):
    from kg.queries import run_query

    result = export.stats(store_path)
    graph = truth.graph
    assert result.articles == len(set(graph.subjects(RDF.type, KG.Article)))
    assert result.events == len(truth.events) == sum(result.events_per_type.values())
    assert result.actors == len(truth.actors)
    assert result.dated_events == len(truth.start)
    assert result.first == (min(truth.start.values()) if truth.start else None)
    assert result.last == (max(truth.end.values()) if truth.end else None)
    with open_store(store_path, read_only=True) as store:
        for name, count in result.events_per_type.items():
            assert len(run_query(store, "events_of_type", {"type": name}).rows) == count, name


def test_cli_writes_every_format(seed_store, tmp_path):
    runner = CliRunner()
    for fmt, suffix in (("graphml", "graphml"), ("gexf", "gexf"), ("csv", "csv"), ("jsonld", "jsonld")):
        out = tmp_path / f"graph.{suffix}"
        result = runner.invoke(cli, ["export", "--format", fmt, "-o", str(out), "--store", str(seed_store)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 500, fmt
    linked = runner.invoke(cli, ["export", "--format", "jsonld", "--link-context", "--store", str(seed_store)])
    assert json.loads(linked.output)["@context"] == export.CONTEXT_IRI
    assert nx.read_graphml(tmp_path / "graph.graphml").number_of_nodes() > 3


def test_cli_stats(seed_store):
    runner = CliRunner()
    result = runner.invoke(cli, ["stats", "--store", str(seed_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert counts["articles"] == 1 and counts["events"] >= 5
    result = runner.invoke(cli, ["stats", "--store", str(seed_store)])
    assert result.exit_code == 0 and "events per type" in result.output and "RecallRepresentative" in result.output


def test_missing_store_and_unknown_format_fail_plainly(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "No store at" in result.output and "Traceback" not in result.output
    with pytest.raises(ValueError, match="unknown export format"):
        export.serialize(Graph(), "xml")
    with pytest.raises(TypeError):
        export.stats(42)  # type: ignore[arg-type]
