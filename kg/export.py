"""The graph for analysts: networkx, Gephi files, JSON-LD, CSV, an HTML picture and counts.

Stage eight, after the store and the saved queries. Everything here reads the store
through the SPARQL files in ``kg/data/sparql/`` (``export_actors.rq``, ``export_events.rq``,
``stats_*.rq``) and reshapes the rows:

* :func:`to_networkx` gives a ``MultiDiGraph`` whose nodes are actors (keyed by IRI) and
  whose edges are events, one edge per (source, target) pair of an event;
* :func:`to_graphml` and :func:`to_gexf` write that graph for Gephi, with each event's
  period as ``start``/``end`` (a dynamic GEXF graph, so Gephi's timeline works);
* :func:`to_jsonld` compacts the graph with the published context
  (``ontology/context.jsonld``, served as :data:`CONTEXT_IRI`);
* :func:`to_csv` writes one row per event, :func:`to_html` a self-contained interactive
  picture (no network needed to open it), and :func:`stats` the headline counts.

Every function takes a :class:`~kg.store.KGStore`, a store directory, or an rdflib graph
(an exported Turtle file read back, say). networkx is the only optional dependency and is
imported inside the functions that need it.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import html
import io
import json
import logging
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from kg import resources
from kg.graph import mint_iri
from kg.store import KGStore, open_store

if TYPE_CHECKING:
    import networkx as nx

logger = logging.getLogger(__name__)

Source = KGStore | Graph | str | Path
"""Where the data comes from: an open store, a store directory, or an rdflib graph."""

CONTEXT_IRI = "https://w3id.org/kg-events/context.jsonld"
CONTEXT_FILE = "context.jsonld"
RDF_FORMATS = ("turtle", "trig", "nquads")
FORMATS = (*RDF_FORMATS, "jsonld", "graphml", "gexf", "csv")
EVENT_COLUMNS = (
    "article", "date", "precision", "type", "plover", "cameo", "source", "target",
    "negated", "modality", "speaker", "confidence", "sentence",
)
VIZ_FILES = ("viz/graph.html", "viz/graph.css", "viz/graph.js")


@dataclass(frozen=True)
class ActorRecord:
    """An actor as the exports see it: IRI, code, a display label and all labels used."""

    iri: str
    code: str
    label: str
    labels: tuple[str, ...]
    kind: str | None
    sector: str | None
    part_of: str | None


@dataclass(frozen=True)
class EventRecord:
    """One event with its class annotations, time, polarity, actors and one sentence."""

    iri: str
    type: str
    plover: str | None
    cameo: str | None
    goldstein: float | None
    date: str | None
    precision: str | None
    start: str | None
    end: str | None
    negated: bool
    modality: str | None
    confidence: float | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    articles: tuple[str, ...]
    speaker: str | None
    sentence: str | None


@dataclass(frozen=True)
class GraphStats:
    """Headline counts of a store (see :func:`stats`)."""

    articles: int
    events: int
    dated_events: int
    mentions: int
    actors: int
    first: str | None
    last: str | None
    events_per_type: dict[str, int]
    plover_of_type: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- reading ---------------------------------------------------------------------------


@contextlib.contextmanager
def opened(source: Source) -> Iterator[KGStore]:
    """The store behind ``source``: the store itself, a store directory opened read-only,
    or an rdflib graph copied into a temporary store next to the ontology.

    Raises:
        StoreError: a directory that holds no store.
        TypeError: anything else.
    """
    if isinstance(source, KGStore):
        yield source
        return
    if isinstance(source, (str, Path)):
        with open_store(source, read_only=True) as store:
            yield store
        return
    if isinstance(source, Graph):
        # A throwaway Oxigraph store rather than rdflib's in-memory one: the export queries
        # run there in a fraction of the time.
        with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp, open_store(tmp) as store:
            copy = Graph(identifier=mint_iri("graph", "export-input"))
            if source.context_aware:
                for s, p, o, _g in source.quads((None, None, None, None)):  # type: ignore[attr-defined]
                    copy.add((s, p, o))
            else:
                for triple in source:
                    copy.add(triple)
            store.replace_graph(copy)
            store.ensure_ontology()
            yield store
        return
    raise TypeError(f"expected a KGStore, a store directory or an rdflib Graph, got {type(source).__name__}")


def _rows(store: KGStore, name: str) -> list[dict[str, Any]]:
    text = resources.sparql(name)
    # rdflib's engine (in-memory stores) may hand back an aggregate over nothing as an
    # error object instead of leaving it unbound; either way the value is missing.
    return [{k: None if isinstance(v, Exception) else v for k, v in row.items()} for row in store.query(text).rows]


def _split(value: str | None, sep: str) -> tuple[str, ...]:
    return tuple(sorted(part for part in (value or "").split(sep) if part))


def _display_label(code: str, sector: str | None, labels: tuple[str, ...]) -> str:
    """The label to show: the first name that is more than the bare code.

    >>> _display_label("RUS", None, ("RUS", "Russia"))
    'Russia'
    >>> _display_label("RUS", "MIL", ("RUS (MIL)",))
    'RUS (MIL)'
    """
    bare = {code, f"{code} ({sector})"}
    named = [label for label in labels if label not in bare]
    return (named or list(labels) or [code])[0]


def load_actors(source: Source) -> dict[str, ActorRecord]:
    """Every actor in the store (anything with a ``kg:code``), by IRI."""
    with opened(source) as store:
        rows = _rows(store, "export_actors")
    actors = {}
    for row in rows:
        labels = _split(row["labels"], "\n")
        actors[row["actor"]] = ActorRecord(
            iri=row["actor"], code=row["code"], label=_display_label(row["code"], row["sector"], labels),
            labels=labels, kind=row["kind"], sector=row["sector"], part_of=row["part_of"],
        )
    return actors


def load_events(source: Source) -> list[EventRecord]:
    """Every event in the store, oldest first (undated events first of all)."""
    with opened(source) as store:
        rows = _rows(store, "export_events")
    return [
        EventRecord(
            iri=row["event"], type=row["type"], plover=row["plover"], cameo=row["cameo"],
            goldstein=None if row["goldstein"] is None else float(row["goldstein"]),
            date=row["date"], precision=row["precision"], start=row["start"], end=row["end"],
            negated=bool(row["negated"]), modality=row["modality"],
            confidence=None if row["confidence"] is None else float(row["confidence"]),
            sources=_split(row["sources"], " "), targets=_split(row["targets"], " "),
            articles=_split(row["articles"], "\n"), speaker=row["speaker"], sentence=row["sentence"],
        )
        for row in rows
    ]


def event_rows(source: Source) -> list[dict[str, Any]]:
    """One flat record per event, with actor codes and the speaker's label (the CSV rows).

    Codes of several source (or target) actors are joined with ``;``, as are the ids of
    several articles reporting the same event.
    """
    with opened(source) as store:
        actors = load_actors(store)
        events = load_events(store)

    def codes(iris: tuple[str, ...]) -> str:
        return ";".join(sorted({actors[i].code if i in actors else i for i in iris}))

    return [{
        "article": ";".join(event.articles),
        "date": event.date,
        "precision": event.precision,
        "type": event.type,
        "plover": event.plover,
        "cameo": event.cameo,
        "source": codes(event.sources),
        "target": codes(event.targets),
        "negated": event.negated,
        "modality": event.modality,
        "speaker": actors[event.speaker].label if event.speaker in actors else event.speaker,
        "confidence": event.confidence,
        "sentence": event.sentence,
    } for event in events]


# -- networkx and Gephi ----------------------------------------------------------------


def to_networkx(source: Source) -> nx.MultiDiGraph:
    """Actors as nodes, events as edges.

    Nodes are keyed by actor IRI and carry ``code``, ``label``, ``labels``, ``kind``,
    ``sector`` and ``part_of``. Each event gives one edge per (source, target) pair, keyed
    by the event IRI (``<iri>#<n>`` when an event has several pairs), carrying ``event``,
    ``type``, ``plover``, ``cameo``, ``goldstein``, ``date``, ``precision``, ``start`` and
    ``end`` (the first and last day of the date), ``negated``, ``modality``,
    ``confidence``, ``speaker``, ``sentence`` and ``article``. Attributes without a value
    are left out. Events that name only a source or only a target have no edge; their
    number is in ``G.graph["one_sided_events"]``.
    """
    import networkx as nx

    with opened(source) as store:
        actors = load_actors(store)
        events = load_events(store)
    graph = nx.MultiDiGraph(name="kg: actors and actions")
    for actor in actors.values():
        graph.add_node(actor.iri, **_present({
            "code": actor.code, "label": actor.label, "labels": "; ".join(actor.labels),
            "kind": actor.kind, "sector": actor.sector, "part_of": actor.part_of,
        }))
    one_sided = 0
    for event in events:
        pairs = [(s, t) for s in event.sources for t in event.targets]
        if not pairs:
            one_sided += 1
            continue
        data = _present({
            "event": event.iri, "type": event.type, "plover": event.plover, "cameo": event.cameo,
            "goldstein": event.goldstein, "date": event.date, "precision": event.precision,
            "start": event.start, "end": event.end, "negated": event.negated,
            "modality": event.modality, "confidence": event.confidence,
            "speaker": actors[event.speaker].label if event.speaker in actors else event.speaker,
            "sentence": event.sentence, "article": "; ".join(event.articles) or None,
        })
        for n, (src, tgt) in enumerate(pairs):
            for iri in (src, tgt):
                if iri not in graph:  # an actor without a code: keep the edge, name the node by IRI
                    graph.add_node(iri, code=iri.rsplit("/", 1)[-1], label=iri.rsplit("/", 1)[-1])
            graph.add_edge(src, tgt, key=event.iri if len(pairs) == 1 else f"{event.iri}#{n}", **data)
    graph.graph["one_sided_events"] = one_sided
    return graph


def _present(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None and v != ""}


def to_graphml(source: Source) -> str:
    """GraphML of :func:`to_networkx`; each edge has ``start``/``end`` string attributes."""
    import networkx as nx

    return "\n".join(nx.generate_graphml(to_networkx(source))) + "\n"


def to_gexf(source: Source) -> str:
    """GEXF 1.2 of :func:`to_networkx`, in dynamic mode for Gephi's timeline.

    Each dated edge lives from its ``start`` to its ``end`` day (``timeformat="date"``);
    undated edges are always visible. GEXF keeps ``type`` for the direction of an edge, so
    the event class goes in ``event_type`` (and is the edge's label).
    """
    import networkx as nx

    graph = to_networkx(source)
    gexf = nx.MultiDiGraph(mode="dynamic", name=graph.graph.get("name", "kg"))
    gexf.add_nodes_from(graph.nodes(data=True))
    for src, tgt, key, data in graph.edges(keys=True, data=True):
        attrs = {("event_type" if k == "type" else k): v for k, v in data.items()}
        gexf.add_edge(src, tgt, key=key, id=key, label=data["type"], **attrs)
    return "\n".join(nx.generate_gexf(gexf, version="1.2draft")) + "\n"


# -- JSON-LD and CSV -------------------------------------------------------------------


def load_context() -> dict[str, Any]:
    """The published JSON-LD context (``ontology/context.jsonld``): ``{"@context": {...}}``."""
    data: dict[str, Any] = json.loads((resources.ontology_dir() / CONTEXT_FILE).read_text(encoding="utf-8"))
    return data


def to_jsonld(source: Source, *, embed_context: bool = False) -> str:
    """The named graphs (one per article, the actors, the events, the relations of each pair)
    as compacted JSON-LD, each graph kept apart as an object with its ``@id`` and ``@graph``.

    The output names the published context by its IRI (:data:`CONTEXT_IRI`); with
    ``embed_context`` it carries the context itself, so it can be read offline.
    """
    context = load_context()["@context"]
    with opened(source) as store:
        data = store.named_graphs_copy()
    compacted = json.loads(data.serialize(format="json-ld", context=context, auto_compact=True))
    body = {k: v for k, v in compacted.items() if k != "@context"}
    return json.dumps({"@context": context if embed_context else CONTEXT_IRI, **body},
                      ensure_ascii=False, indent=2) + "\n"


def to_csv(source: Source) -> str:
    """One row per event with the columns of :data:`EVENT_COLUMNS`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in event_rows(source):
        writer.writerow({k: "" if v is None else str(v).lower() if isinstance(v, bool) else v
                         for k, v in row.items()})
    return buffer.getvalue()


# -- the HTML picture ------------------------------------------------------------------


def _is_body(attrs: dict[str, Any]) -> bool:
    """A state's or an organisation's body (RUS with sector MIL), as opposed to a person."""
    return bool(attrs.get("sector")) and attrs.get("kind") != "person" and bool(attrs.get("part_of"))


def _group_of(graph: nx.MultiDiGraph, iri: str) -> str:
    """The node an actor is drawn as: a body is drawn as the state (or organisation) it belongs to."""
    seen = {iri}
    while _is_body(graph.nodes[iri]) and graph.nodes[iri]["part_of"] in graph and graph.nodes[iri]["part_of"] not in seen:
        iri = graph.nodes[iri]["part_of"]
        seen.add(iri)
    return iri


def viz_data(source: Source) -> dict[str, Any]:
    """What the HTML picture draws: actors that take part in events, and the events.

    A state's bodies (POL-GOV, POL-DIP) are drawn as the state, with the sectors that acted
    listed on its node (``sectors``) and each event's sides carrying theirs (``ss``, ``ts``).
    A person is linked to the state or organisation they act for (``of``, the index of that
    node, drawn even when it has no event of its own; -1 when unknown).
    """
    graph = to_networkx(source)
    group = {iri: _group_of(graph, iri) for iri in graph.nodes}
    active = {group[n] for n in graph.nodes if graph.degree(n)}
    acts_for = {n: group[graph.nodes[n]["part_of"]] for n in active
                if graph.nodes[n].get("kind") == "person" and graph.nodes[n].get("part_of") in graph}
    index = {iri: i for i, iri in enumerate(sorted(active | set(acts_for.values())))}
    sectors: dict[str, set[str]] = {iri: set() for iri in index}
    for iri in graph.nodes:
        if graph.degree(iri) and group[iri] != iri:
            sectors[group[iri]].add(graph.nodes[iri]["sector"])
    nodes = []
    for iri in index:
        attrs = graph.nodes[iri]
        body = graph.nodes.get(attrs.get("part_of"), {}) if attrs.get("kind") == "person" else {}
        nodes.append({"iri": iri, "code": attrs.get("code", ""), "label": attrs.get("label", ""),
                      "kind": attrs.get("kind", ""), "sector": attrs.get("sector", "") or body.get("sector", ""),
                      "sectors": sorted(sectors[iri]), "of": index[acts_for[iri]] if iri in acts_for else -1})

    def sector(iri: str) -> str:
        return graph.nodes[iri]["sector"] if group[iri] != iri else ""

    edges: list[dict[str, Any]] = []
    for src, tgt, data in graph.edges(data=True):
        edges.append({
            "s": index[group[src]], "t": index[group[tgt]], "ss": sector(src), "ts": sector(tgt),
            "type": data["type"], "plover": data.get("plover", ""),
            "g": data.get("goldstein", 0.0), "date": data.get("date", ""), "start": data.get("start", ""),
            "end": data.get("end", ""), "neg": data.get("negated", False),
            "mod": data.get("modality", "asserted"), "sentence": data.get("sentence", ""),
            "article": data.get("article", ""),
        })
    edges.sort(key=lambda e: (e["start"] or "9999", e["type"], e["s"], e["t"]))
    return {"nodes": nodes, "edges": edges, "one_sided_events": graph.graph["one_sided_events"]}


def to_html(source: Source, *, title: str = "kg: actors and actions") -> str:
    """A self-contained HTML page: the actor graph with filters by actor, event type and period.

    Script, style and data are inline; the page loads nothing from the network. Once drawn,
    the graph element carries ``data-rendered`` (the number of actors shown) and
    ``data-edges`` (the number of actor pairs shown).
    """
    page, style, script = (resources.data_file(name).read_text(encoding="utf-8") for name in VIZ_FILES)
    data = json.dumps(viz_data(source), ensure_ascii=False, separators=(",", ":"))
    # JSON inside <script>: no "</" may end the element early, no "<!--" may open a comment.
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    element_id = "kg-viz-" + hashlib.sha1(data.encode("utf-8")).hexdigest()[:10]
    for placeholder, value in (("{{STYLE}}", style), ("{{SCRIPT}}", script), ("{{TITLE}}", html.escape(title)),
                               ("{{ID}}", element_id), ("{{DATA}}", data)):
        page = page.replace(placeholder, value)
    return page


# -- counts ----------------------------------------------------------------------------


def stats(source: Source) -> GraphStats:
    """Articles, events (all, dated), mentions and actors, the period the dated events
    cover (first start day, last end day) and the number of events of each type."""
    with opened(source) as store:
        [totals] = _rows(store, "stats_totals")
        types = _rows(store, "stats_types")
    return GraphStats(
        articles=int(totals["articles"]), events=int(totals["events"]), dated_events=int(totals["dated"]),
        mentions=int(totals["mentions"]), actors=int(totals["actors"]),
        first=totals["first"], last=totals["last"],
        events_per_type={row["type"]: int(row["count"]) for row in types},
        plover_of_type={row["type"]: row["plover"] or "" for row in types},
    )


@dataclass(frozen=True)
class StoreFocus:
    """What a notebook looks at when it is not told: taken from the store itself.

    ``pairs`` are the pairs of actor codes with the most events between them (a joint act of
    two parties counts once for their pair), ``actor`` the code in the most events, ``event_type``
    the most frequent class, ``period`` the first and last day of the dated events and
    ``halves`` that period cut in two (``((start, middle), (next day, end))``), for comparing
    before and after.
    """

    pairs: tuple[tuple[str, str], ...]
    actor: str | None
    event_type: str | None
    period: tuple[str, str] | None
    halves: tuple[tuple[str, str], tuple[str, str]] | None


def store_focus(source: Source, *, pairs: int = 2) -> StoreFocus:
    """The busiest pairs and actor, the most frequent event type and the period of a store."""
    import datetime as dt
    from collections import Counter

    with opened(source) as store:
        rows = event_rows(store)
        counts = stats(store)
    pair_counts: Counter[tuple[str, str]] = Counter()
    actor_counts: Counter[str] = Counter()
    for row in rows:
        sources, targets = set(row["source"].split(";")) - {""}, set(row["target"].split(";")) - {""}
        actor_counts.update(sources | targets)
        pair_counts.update({tuple(sorted((s, t))) for s in sources for t in targets if s != t})
    period = halves = None
    if counts.first and counts.last:
        first, last = dt.date.fromisoformat(counts.first), dt.date.fromisoformat(counts.last)
        middle = first + (last - first) / 2
        period = (counts.first, counts.last)
        halves = ((counts.first, middle.isoformat()), ((middle + dt.timedelta(days=1)).isoformat(), counts.last))
    ranked = sorted(pair_counts.items(), key=lambda item: (-item[1], item[0]))
    return StoreFocus(
        pairs=tuple((a, b) for (a, b), _n in ranked[:pairs]),
        actor=min(actor_counts, key=lambda code: (-actor_counts[code], code)) if actor_counts else None,
        event_type=next(iter(counts.events_per_type), None),
        period=period,
        halves=halves,
    )


# -- one entry point for the command line ----------------------------------------------


def serialize(source: Source, fmt: str, destination: str | Path | None = None, *,
              embed_context: bool = False) -> str | None:
    """Write the graph in ``fmt`` (one of :data:`FORMATS`) to ``destination``, or return it.

    Raises:
        ValueError: an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    with opened(source) as store:
        if fmt in RDF_FORMATS:
            return store.serialize(fmt, destination)
        if fmt == "jsonld":
            text = to_jsonld(store, embed_context=embed_context)
        else:
            text = {"graphml": to_graphml, "gexf": to_gexf, "csv": to_csv}[fmt](store)
    if destination is None:
        return text
    Path(destination).write_text(text, encoding="utf-8")
    return None


def write_html(source: Source, destination: str | Path, *, title: str = "kg: actors and actions") -> Path:
    """Write :func:`to_html` to ``destination`` and return its path."""
    path = Path(destination)
    path.write_text(to_html(source, title=title), encoding="utf-8")
    return path
