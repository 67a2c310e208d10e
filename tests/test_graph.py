from __future__ import annotations

import datetime as dt

from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.graph import (
    ACTORS_GRAPH,
    EVENTS_GRAPH,
    KG,
    actor_graph,
    actor_iri,
    article_graph,
    event_iri,
    events_graph,
    graph_iri,
    mint_iri,
    parties_of,
    reports_of,
    time_literal,
)
from kg.types import Actor, Article, Event, Mention, TimeSpan

RUS = Actor("RUS", "country", "Russia", wikidata="Q159")
NATO = Actor("NATO", "igo", "NATO", wikidata="Q7184")
RUS_MIL = Actor("RUS", "country", "Russia", sector="MIL", wikidata="Q159")
ARTICLE = Article(id="a1", text="Moscow recalled its envoy to NATO.", title="Recall", date=dt.date(2015, 1, 22))


APRIL_2014 = TimeSpan("2014-04", "month")


def _event(etype="RecallRepresentative", plover="SANCTION", cameo="161", *, negated=False, modality="asserted",
           source=(RUS,), target=(NATO,), time=APRIL_2014) -> Event:
    mention = Mention("a1", ARTICLE.text, 0, len(ARTICLE.text), "recalled")
    return Event(etype, plover, cameo, tuple(source), tuple(target), (mention,), time=time, negated=negated,
                 modality=modality, confidence=0.8, extractor="test")


def test_mint_iri_is_deterministic_and_safe():
    assert mint_iri("actor", "RUS") == mint_iri("actor", "RUS")
    odd = mint_iri("article", "my story (final).txt")
    assert " " not in str(odd) and "(" not in str(odd)
    assert mint_iri("article", "a b") != mint_iri("article", "a_b")


def test_time_literals_carry_precision():
    assert time_literal(TimeSpan("2014", "year")).datatype == XSD.gYear
    assert time_literal(TimeSpan("2014-04", "month")).datatype == XSD.gYearMonth
    assert time_literal(TimeSpan("2014-04-01", "day")).datatype == XSD.date


def _layer(event):
    return events_graph(reports_of(ARTICLE, [event]), parties_of([event]))


def test_event_node_and_plain_triple():
    event = _event()
    graph = article_graph(ARTICLE, [event])
    node = event_iri(event)
    assert graph.identifier == graph_iri("a1")
    assert (node, RDF.type, KG.RecallRepresentative) in graph
    assert (node, KG.date, Literal("2014-04", datatype=XSD.gYearMonth)) in graph
    mention = graph.value(node, KG.mention)
    assert graph.value(mention, KG.startChar) == Literal(0)
    # the report's reading is the mention's; the event's reading and plain triple are the event layer's
    assert (mention, KG.negated, Literal(False)) in graph and (mention, KG.modality, KG.Asserted) in graph
    assert not list(graph.triples((None, KG.recalledRepresentativeFrom, None)))
    layer = _layer(event)
    assert layer.identifier == EVENTS_GRAPH
    assert (node, KG.negated, Literal(False)) in layer and (node, KG.modality, KG.Asserted) in layer
    assert (node, KG.mentionCount, Literal(1)) in layer
    assert (mint_iri("actor", "RUS"), KG.recalledRepresentativeFrom, mint_iri("actor", "NATO")) in layer


def test_negated_and_intended_events_have_no_plain_triple():
    for event in (_event(negated=True), _event(modality="intended")):
        assert not list(_layer(event).triples((None, KG.recalledRepresentativeFrom, None)))


def test_state_body_is_part_of_its_state():
    graph = actor_graph([_event(target=(RUS_MIL,), source=(NATO,))])
    body = mint_iri("actor", "RUS-MIL")
    assert (body, KG.partOf, mint_iri("actor", "RUS")) in graph
    assert (body, KG.sector, Literal("MIL")) in graph


def test_same_event_same_iri_across_rebuilds():
    assert event_iri(_event()) == event_iri(_event())
    # a report that negates the event is a mention of the same event, with its own reading
    assert event_iri(_event()) == event_iri(_event(negated=True))
    g1 = article_graph(ARTICLE, [_event()])
    g2 = article_graph(ARTICLE, [_event()])
    assert set(g1) == set(g2)


def test_named_group_is_not_its_home_state():
    hamas = Actor("PSE", "group", "Hamas", sector="REB", name="Hamas", parent_kind="country", parent_label="Palestine")
    assert hamas.key == "group/hamas-REB"
    assert hamas.parent is not None and hamas.parent.key == "PSE"
    graph = actor_graph([_event(source=(hamas,), target=(RUS,))])
    assert graph.identifier == ACTORS_GRAPH
    assert not set(article_graph(ARTICLE, [_event(source=(hamas,), target=(RUS,))])) & set(graph)
    assert (mint_iri("actor", "group/hamas-REB"), KG.partOf, mint_iri("actor", "PSE")) in graph
    assert (mint_iri("actor", "PSE"), KG.kind, Literal("country")) in graph


def test_a_person_is_one_actor_per_code_they_act_for():
    as_minister = Actor(code="IDN", kind="person", label="Marty Natalegawa", name="Marty Natalegawa")
    misread = Actor(code="MYS", kind="person", label="Marty Natalegawa", name="Marty Natalegawa")
    assert actor_iri(as_minister) != actor_iri(misread)  # each IRI carries one kg:code
    assert str(actor_iri(as_minister)).endswith("/actor/person/IDN/marty-natalegawa")


def test_a_person_speaking_for_a_group_is_part_of_the_group_not_a_body_of_its_state():
    spokesman = Actor(code="AFG", kind="person", label="Zabihullah Mujahid", name="Zabihullah Mujahid",
                      sector="GOV", parent_kind="group", parent_label="Taliban")
    group = spokesman.parent
    assert group is not None and group.kind == "group" and group.key.startswith("group/taliban")
    assert actor_iri(group) != actor_iri(Actor(code="AFG", kind="country", label="Afghanistan", sector="GOV"))
    assert group.parent is None  # a group whose home kind is not known stands on its own


def test_a_group_coded_as_no_state_is_part_of_its_codes_described_umbrella():
    # the pair relations of "IMG" refer to the code's own actor, which must be described
    from rdflib.namespace import RDFS

    from kg.extraction.gazetteer import actor_of, load_gazetteer
    from kg.graph import actor_triples

    actor = actor_of(load_gazetteer().entry("Islamic State"))
    triples = set(actor_triples(actor))
    umbrella = mint_iri("actor", "IMG")
    assert (umbrella, KG.code, Literal("IMG")) in triples
    assert (umbrella, KG.kind, Literal("group")) in triples
    assert (umbrella, RDFS.label, Literal("international armed groups")) in triples
