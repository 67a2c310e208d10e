"""Articles, actors and events to RDF triples: pure functions, no I/O.

Stage five of the pipeline, where rdflib starts. Every IRI comes from :func:`mint_iri`,
so building the same corpus twice gives the same graph. Each article becomes one named
graph holding the article, its events, their mentions and the actors they involve.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD, ClosedNamespace

from kg import vocab
from kg.types import Actor, Article, Event, TimeSpan, iri_text

KG = ClosedNamespace(vocab.NS, sorted(vocab.TERMS))
KGR = Namespace(vocab.DATA_NS)
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES: dict[str, str] = {
    "kg": vocab.NS,
    "kgr": vocab.DATA_NS,
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "xsd": str(XSD),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "wd": str(WD),
}
ONTOLOGY_GRAPH = KGR["graph/ontology"]
# One graph describes every actor once; article graphs only point at them.
ACTORS_GRAPH = KGR["graph/actors"]
_MODALITY = {"asserted": "Asserted", "intended": "Intended", "hypothetical": "Hypothetical"}
_KIND_CLASS = {
    "country": "Country",
    "igo": "InternationalOrganization",
    "ngo": "NonGovernmentalOrganization",
    "organization": "Organization",
    "person": "Person",
    "group": "Group",
}


def mint_iri(kind: str, key: str) -> URIRef:
    """The one way IRIs are made: ``kgr:<kind>/<key>``, with unsafe keys hashed.

    >>> str(mint_iri("actor", "RUS-MIL"))
    'https://w3id.org/kg-events/id/actor/RUS-MIL'
    >>> mint_iri("event", "a b") == mint_iri("event", "a b")
    True
    """
    return URIRef(iri_text(kind, key))


def graph_iri(article_id: str) -> URIRef:
    """The named graph that holds one article's data."""
    return mint_iri("graph", article_id)


def article_iri(article_id: str) -> URIRef:
    return mint_iri("article", article_id)


def actor_iri(actor: Actor) -> URIRef:
    return mint_iri("actor", actor.key)


def event_key(event: Event) -> str:
    """What makes two reports the same event: type, actors, date, polarity and modality.

    Undated events are only merged within one article.
    """
    parts = [
        event.type,
        ",".join(sorted(a.key for a in event.source)),
        ",".join(sorted(a.key for a in event.target)),
        event.time.value if event.time else f"undated@{event.article}",
        "neg" if event.negated else "pos",
        event.modality,
    ]
    return "|".join(parts)


def event_iri(event: Event) -> URIRef:
    return mint_iri("event", hashlib.sha1(event_key(event).encode("utf-8")).hexdigest()[:20])


def time_literal(span: TimeSpan) -> Literal:
    """The XSD literal for a date of the given precision.

    >>> time_literal(TimeSpan("2014-04", "month")).datatype == XSD.gYearMonth
    True
    """
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[span.precision]
    return Literal(span.value, datatype=datatype)


def content_hash(article: Article) -> str:
    """A hash of what an article says (text, title, date): unchanged articles are not rebuilt."""
    payload = "\x1f".join([article.text, article.title or "", article.date.isoformat() if article.date else ""])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def actor_triples(actor: Actor) -> Iterator[tuple[URIRef, URIRef, object]]:
    """An actor's description, and the actor it is part of (its state, or whom a person acts for)."""
    iri = actor_iri(actor)
    body = bool(actor.sector) and actor.kind not in ("person", "group")
    if body:
        yield iri, RDF.type, KG.StateBody
    else:
        yield iri, RDF.type, KG[_KIND_CLASS.get(actor.kind, "Organization")]
    yield iri, KG.code, Literal(actor.code)
    yield iri, KG.kind, Literal(actor.kind)
    yield iri, RDFS.label, Literal(f"{actor.label} ({actor.sector})" if body else actor.label)
    if actor.sector and actor.kind != "person":
        # a person's sector is the role they act in, carried by the body they are part of
        yield iri, KG.sector, Literal(actor.sector)
    if actor.wikidata and not body:
        yield iri, OWL.sameAs, WD[actor.wikidata]
    parent = actor.parent
    if parent is not None:
        yield iri, KG.partOf, actor_iri(parent)
        yield from actor_triples(parent)


def article_triples(article: Article, *, digest: str | None = None) -> Iterator[tuple[URIRef, URIRef, object]]:
    iri = article_iri(article.id)
    yield iri, RDF.type, KG.Article
    yield iri, KG.articleId, Literal(article.id)
    if article.title:
        yield iri, DCTERMS.title, Literal(article.title)
    if article.date:
        yield iri, DCTERMS.date, Literal(article.date.isoformat(), datatype=XSD.date)
    if article.url:
        yield iri, DCTERMS.source, Literal(article.url, datatype=XSD.anyURI)
    yield iri, KG.contentHash, Literal(digest or content_hash(article))


def event_triples(event: Event) -> Iterator[tuple[URIRef, URIRef, object]]:
    """The event node, its mentions, and the plain triple when it is asserted and not negated."""
    from kg.temporal import period_bounds

    iri = event_iri(event)
    info = vocab.event_classes()[event.type]
    yield iri, RDF.type, KG[event.type]
    for actor in event.source:
        yield iri, KG.source, actor_iri(actor)
    for actor in event.target:
        yield iri, KG.target, actor_iri(actor)
    if event.time is not None and event.time.value:
        yield iri, KG.date, time_literal(event.time)
        yield iri, KG.datePrecision, Literal(event.time.precision)
        start, end = period_bounds(event.time)
        yield iri, KG.dateStart, Literal(start.isoformat(), datatype=XSD.date)
        yield iri, KG.dateEnd, Literal(end.isoformat(), datatype=XSD.date)
    yield iri, KG.negated, Literal(event.negated)
    yield iri, KG.modality, KG[_MODALITY[event.modality]]
    yield iri, KG.confidence, Literal(Decimal(str(round(event.confidence, 3))), datatype=XSD.decimal)
    if event.speaker is not None:
        yield iri, KG.speaker, actor_iri(event.speaker)
    if event.action:
        yield iri, KG.intendedAction, KG[event.action]
    extractor = mint_iri("extractor", event.extractor or "unknown")
    yield extractor, RDF.type, KG.Extractor
    yield extractor, RDFS.label, Literal(event.extractor or "unknown")
    for mention in event.mentions:
        m_iri = mint_iri("mention", f"{mention.article}/{mention.start}-{mention.end}/{event.type}/{mention.trigger}")
        yield iri, KG.mention, m_iri
        yield m_iri, RDF.type, KG.Mention
        yield m_iri, PROV.wasDerivedFrom, article_iri(mention.article)
        yield m_iri, KG.sentence, Literal(mention.sentence)
        yield m_iri, KG.startChar, Literal(mention.start)
        yield m_iri, KG.endChar, Literal(mention.end)
        yield m_iri, KG.trigger, Literal(mention.trigger)
        yield m_iri, KG.segment, Literal(mention.segment)
        yield m_iri, KG.confidence, Literal(Decimal(str(round(mention.confidence, 3))), datatype=XSD.decimal)
        yield m_iri, PROV.wasGeneratedBy, extractor
    if event.modality == "asserted" and not event.negated and info.get("property"):
        prop = KG[info["property"]]
        for src in event.source:
            for tgt in event.target:
                yield actor_iri(src), prop, actor_iri(tgt)


def article_graph(article: Article, events: Iterable[Event], *, digest: str | None = None) -> Graph:
    """The named graph of one article: the article node, its events and their mentions.

    The actors the events involve are described once for the whole store, in
    :data:`ACTORS_GRAPH` (see :func:`actor_graph`), so a query joining on actors sees each
    of their triples once however many articles name them.
    """
    graph = Graph(identifier=graph_iri(article.id))
    bind_prefixes(graph)
    for triple in article_triples(article, digest=digest):
        graph.add(triple)  # type: ignore[arg-type]
    for event in events:
        for triple in event_triples(event):
            graph.add(triple)  # type: ignore[arg-type]
    return graph


def event_actors(event: Event) -> Iterator[Actor]:
    yield from event.source
    yield from event.target
    if event.speaker is not None:
        yield event.speaker


def actor_graph(events: Iterable[Event]) -> Graph:
    """The descriptions of the actors in ``events`` (and the states and bodies they belong to),
    for the shared graph :data:`ACTORS_GRAPH`."""
    graph = bind_prefixes(Graph(identifier=ACTORS_GRAPH))
    for event in events:
        for actor in event_actors(event):
            for triple in actor_triples(actor):
                graph.add(triple)  # type: ignore[arg-type]
    return graph


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph
