"""Articles, actors and events to RDF triples: pure functions, no I/O.

Stage five of the pipeline, where rdflib starts. Every IRI comes from :func:`mint_iri`,
so building the same corpus twice gives the same graph. Each article becomes one named
graph holding the article, its events, their mentions and the actors they involve.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD, ClosedNamespace

from kg import vocab
from kg.types import Actor, Article, Event, Mention, TimeSpan, iri_text

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
# One graph holds what belongs to an event however many articles report it: its confidence,
# the counts of its mentions, articles and sources, its first and last report.
EVENTS_GRAPH = KGR["graph/events"]
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


def event_iri(event: Event) -> URIRef:
    """The event's IRI, from what makes two reports the same event (:attr:`Event.key`)."""
    return URIRef(event.iri)


def mention_iri(event: Event, mention: Mention) -> URIRef:
    return mint_iri("mention", f"{mention.article}/{mention.start}-{mention.end}/{event.type}/{mention.trigger}")


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


@dataclass(frozen=True)
class Report:
    """One mention of an event, as the event layer sums them up."""

    mention: str
    confidence: float
    article: str
    day: str | None = None  # the article's publication date, ISO
    outlet: str | None = None  # the host of the article's URL
    speaker: str | None = None  # IRI
    action: str | None = None  # IRI
    basis: str | None = None  # what the report's date rests on
    negated: bool = False
    modality: str = "asserted"  # asserted | intended | hypothetical
    sentence: str | None = None  # the mention's sentence


@dataclass(frozen=True)
class Parties:
    """What the plain triple of an event needs: its class, source and target actor IRIs; and
    the labels of those actors, which the events graph lists per side."""

    cls: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    source_labels: tuple[str, ...] = ()
    target_labels: tuple[str, ...] = ()


def joined_names(labels: Iterable[str]) -> str | None:
    """Distinct names sorted by code point and joined by ", " (how queries show one side of an
    event), or None when there are none.

    >>> joined_names(["Russia", "NATO", "Russia"]), joined_names([])
    ('NATO, Russia', None)
    """
    names = sorted(set(labels))
    return ", ".join(names) if names else None


# the date bases from the strongest: a report that names the time outweighs one that infers it
DATE_BASES = ("explicit", "reported", "publication")


def event_summary_triples(event: URIRef, reports: list[Report], parties: Parties | None = None
                          ) -> Iterator[tuple[URIRef, URIRef, object]]:
    """What holds for an event however many articles report it, from its reports.

    Its confidence is that of its most confident report; the speaker and intended action are
    those of that report (ties: the first mention IRI); sources are the distinct hosts of the
    reporting articles' URLs, an article without a URL counting as a source of its own; the
    first and last report are the earliest and latest publication dates; the date rests on
    the strongest basis any report gives it (explicit, then reported, then publication). The
    names of each side's actors and the sentence that sorts first are written out too, so
    queries show them without gathering them for every event.
    Its reading (negated? asserted, intended or hypothetical?) is :func:`event_reading`; the
    plain ``source --action--> target`` triple is written when that reading is asserted and
    not negated.
    """
    best = _ranked(reports)[0]
    yield event, KG.confidence, _decimal(best.confidence)
    yield event, KG.mentionCount, Literal(len({r.mention for r in reports}))
    yield event, KG.articleCount, Literal(len({r.article for r in reports}))
    yield event, KG.sourceCount, Literal(len({r.outlet or r.article for r in reports}))
    days = sorted(r.day for r in reports if r.day)
    if days:
        yield event, KG.firstReported, Literal(days[0], datatype=XSD.date)
        yield event, KG.lastReported, Literal(days[-1], datatype=XSD.date)
    bases = [b for b in DATE_BASES if any(r.basis == b for r in reports)]
    if bases:
        yield event, KG.dateBasis, Literal(bases[0])
    if best.speaker:
        yield event, KG.speaker, URIRef(best.speaker)
    if best.action:
        yield event, KG.intendedAction, URIRef(best.action)
    negated, modality = event_reading(reports)
    yield event, KG.negated, Literal(negated)
    yield event, KG.modality, KG[_MODALITY[modality]]
    sentences = [r.sentence for r in reports if r.sentence is not None]
    if sentences:
        yield event, KG.firstSentence, Literal(min(sentences))
    if parties is not None:
        source_names, target_names = joined_names(parties.source_labels), joined_names(parties.target_labels)
        if source_names is not None:
            yield event, KG.sourceNames, Literal(source_names)
        if target_names is not None:
            yield event, KG.targetNames, Literal(target_names)
    prop = vocab.event_classes().get(parties.cls, {}).get("property") if parties is not None else None
    if prop and parties is not None and modality == "asserted" and not negated:
        for src in parties.sources:
            for tgt in parties.targets:
                yield URIRef(src), KG[prop], URIRef(tgt)


def event_reading(reports: list[Report]) -> tuple[bool, str]:
    """The reading of an event whose reports may disagree: each article gives the reading of
    its most confident report; the reading most articles give wins; a tie goes to the reading
    of the most confident report (then the first mention IRI).

    >>> yes = Report("m1", 0.8, "a1"); no = Report("m2", 0.7, "a2", negated=True)
    >>> event_reading([yes, no]), event_reading([yes, no, Report("m3", 0.6, "a3", negated=True)])
    ((False, 'asserted'), (True, 'asserted'))
    """
    ranked = _ranked(reports)
    per_article: dict[str, tuple[bool, str]] = {}
    for report in ranked:
        per_article.setdefault(report.article, (report.negated, report.modality))
    votes: dict[tuple[bool, str], int] = {}
    for reading in per_article.values():
        votes[reading] = votes.get(reading, 0) + 1
    top = max(votes.values())
    return next((r.negated, r.modality) for r in ranked if votes.get((r.negated, r.modality)) == top)


def outlet_of(url: str | None) -> str | None:
    """The outlet an article URL names, as sources are counted: its host.

    >>> outlet_of("https://www.reuters.com/world/x"), outlet_of(None)
    ('www.reuters.com', None)
    """
    return urlsplit(url).hostname if url else None


def _ranked(reports: list[Report]) -> list[Report]:
    """Reports from the most confident; ties by mention IRI, so the order is the same every build."""
    return sorted(reports, key=lambda r: (-r.confidence, r.mention))


def reports_of(article: Article, events: Iterable[Event]) -> Iterator[tuple[URIRef, Report]]:
    """The reports one article gives of its events (for checking an article graph on its own)."""
    outlet = outlet_of(article.url)
    for event in events:
        iri = event_iri(event)
        for mention in event.mentions:
            yield iri, Report(
                mention=str(mention_iri(event, mention)), confidence=mention.confidence, article=str(article_iri(article.id)),
                day=article.date.isoformat() if article.date else None, outlet=outlet,
                speaker=str(actor_iri(event.speaker)) if event.speaker is not None else None,
                action=str(KG[event.action]) if event.action else None,
                basis=event.time.basis if event.time is not None and event.time.value else None,
                negated=event.negated, modality=event.modality, sentence=mention.sentence)


def parties_of(events: Iterable[Event]) -> dict[URIRef, Parties]:
    """The class and actors of each event, as the plain triple needs them, with their labels."""
    return {event_iri(e): Parties(e.type, tuple(str(actor_iri(a)) for a in e.source),
                                  tuple(str(actor_iri(a)) for a in e.target),
                                  tuple(actor_label(a) for a in e.source),
                                  tuple(actor_label(a) for a in e.target)) for e in events}


def events_graph(reports: Iterable[tuple[URIRef, Report]], parties: dict[URIRef, Parties]) -> Graph:
    """The shared events graph from (event, report) pairs, in any order, and each event's parties."""
    graph = bind_prefixes(Graph(identifier=EVENTS_GRAPH))
    for triple in events_triples(reports, parties):
        graph.add(triple)  # type: ignore[arg-type]
    return graph


def events_triples(reports: Iterable[tuple[URIRef, Report]], parties: dict[URIRef, Parties]
                   ) -> Iterator[tuple[URIRef, URIRef, object]]:
    """The triples of the shared events graph, event by event (see :func:`events_graph`); every
    report is read before the first triple is given."""
    for event, found in reports_by_event(reports):
        yield from event_summary_triples(event, found, parties.get(event))


def reports_by_event(reports: Iterable[tuple[URIRef, Report]]) -> Iterator[tuple[URIRef, list[Report]]]:
    """Each event with all its reports, in the order events first appear; every report is read
    before the first event is given."""
    grouped: dict[URIRef, list[Report]] = {}
    for event, report in reports:
        grouped.setdefault(event, []).append(report)
    yield from grouped.items()


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


def _is_body(actor: Actor) -> bool:
    return bool(actor.sector) and actor.kind not in ("person", "group")


def actor_label(actor: Actor) -> str:
    """The label an actor's description gives it: a state body's names its sector.

    >>> actor_label(Actor(code="RUS", kind="country", label="Russia", sector="MIL"))
    'Russia (MIL)'
    """
    return f"{actor.label} ({actor.sector})" if _is_body(actor) else actor.label


def actor_triples(actor: Actor) -> Iterator[tuple[URIRef, URIRef, object]]:
    """An actor's description, and the actor it is part of (its state, or whom a person acts for)."""
    iri = actor_iri(actor)
    body = _is_body(actor)
    if body:
        yield iri, RDF.type, KG.StateBody
    else:
        yield iri, RDF.type, KG[_KIND_CLASS.get(actor.kind, "Organization")]
    yield iri, KG.code, Literal(actor.code)
    yield iri, KG.kind, Literal(actor.kind)
    yield iri, RDFS.label, Literal(actor_label(actor))
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
    """The event node as this report gives it (type, actors, date) and its mentions, each with
    its own reading; what holds for the event as a whole is in the event layer."""
    from kg.temporal import period_bounds

    iri = event_iri(event)
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
    extractor = mint_iri("extractor", event.extractor or "unknown")
    yield extractor, RDF.type, KG.Extractor
    yield extractor, RDFS.label, Literal(event.extractor or "unknown")
    for mention in event.mentions:
        # what this report says: its sentence, where, how sure, who is quoted, what was intended
        m_iri = mention_iri(event, mention)
        yield iri, KG.mention, m_iri
        yield m_iri, RDF.type, KG.Mention
        yield m_iri, PROV.wasDerivedFrom, article_iri(mention.article)
        yield m_iri, KG.sentence, Literal(mention.sentence)
        yield m_iri, KG.startChar, Literal(mention.start)
        yield m_iri, KG.endChar, Literal(mention.end)
        yield m_iri, KG.trigger, Literal(mention.trigger)
        yield m_iri, KG.segment, Literal(mention.segment)
        yield m_iri, KG.confidence, _decimal(mention.confidence)
        yield m_iri, KG.negated, Literal(event.negated)
        yield m_iri, KG.modality, KG[_MODALITY[event.modality]]
        yield m_iri, PROV.wasGeneratedBy, extractor
        if event.speaker is not None:
            yield m_iri, KG.speaker, actor_iri(event.speaker)
        if event.action:
            yield m_iri, KG.intendedAction, KG[event.action]
        if event.time is not None and event.time.value:
            yield m_iri, KG.dateBasis, Literal(event.time.basis)


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
