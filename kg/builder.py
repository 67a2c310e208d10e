"""The whole pipeline as one call: articles in, events out, graphs into the store.

``extract()`` streams (article, events) pairs and skipped inputs; ``build()`` writes each
article's named graph into the store, skipping articles whose content is unchanged.
Extraction itself is :func:`kg.extraction.extract_articles`, run in this process or in worker
processes by :mod:`kg.parallel` (which imports nothing from here).
Progress is reported through an optional callback, so the CLI owns the progress bar.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg.articles import load_articles
from kg.extraction import extract_articles
from kg.graph import actor_graph, article_graph, content_hash, events_graph, parties_of, reports_of
from kg.parallel import run_extraction
from kg.relations import update_relations
from kg.reports import update_events
from kg.store import GraphBatch, KGStore, validate_graph
from kg.types import Article, Event, Skipped

logger = logging.getLogger(__name__)

Progress = Callable[[Article | Skipped], None]
# Articles between flushes of the store's write buffers (memory stays flat on long builds).
FLUSH_EVERY = 500


@dataclass
class BuildReport:
    """What a build did: counts, and the inputs it had to skip."""

    articles: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    conforms: bool | None = None
    report: str = ""


def extract(
    inputs: Iterable[str | Path], *, nlp: Language | None = None, batch_size: int = 64,
    on_skip: Callable[[Skipped], None] | None = None, month_first: bool = False,
) -> Iterator[tuple[Article, list[Event]]]:
    """Read the inputs (files or directories) and yield each article with its events.

    Unreadable inputs go to ``on_skip`` (or the log) and the rest go on. Numeric publication
    dates are read day-first ("09/05/2023" is 9 May), or month-first with ``month_first``.
    """

    def articles() -> Iterator[Article]:
        for item in load_articles(inputs, month_first=month_first):
            if isinstance(item, Skipped):
                if on_skip is not None:
                    on_skip(item)
                else:
                    logger.warning("%s", item)
                continue
            yield item

    yield from extract_articles(articles(), nlp=nlp, batch_size=batch_size)


def build(
    inputs: Iterable[str | Path],
    store: KGStore,
    *,
    nlp: Language | None = None,
    batch_size: int = 64,
    force: bool = False,
    validate: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: Any = None,
    model: str | None = None,
    month_first: bool = False,
) -> BuildReport:
    """Extract events from the inputs and write one named graph per article into ``store``.

    An article whose content hash is already in the store is not extracted again unless
    ``force``. Article graphs are written in groups of about
    :data:`~kg.store.WRITE_BATCH_TRIPLES` triples, each group in one transaction, by this
    process only: after a crash every article graph in the store is whole.

    Extraction runs here with one worker; with ``workers`` > 1 (0: every core) it runs in
    that many processes, and with ``engine="dask"`` on the Dask cluster at ``scheduler``
    (see :mod:`kg.parallel`). Worker processes load the pipeline named ``model``. Results
    come back in input order, so the graph is the same whichever way it was extracted.
    Numeric publication dates are read day-first, or month-first with ``month_first``.
    """
    report = BuildReport()
    # a store with no articles yet has no hashes to compare: skip the look-ups
    compare = not force and store.has_articles()
    store.ensure_ontology()

    def fresh() -> Iterator[Article]:
        for item in load_articles(inputs, month_first=month_first):
            if isinstance(item, Skipped):
                report.skipped.append(item)
                logger.warning("%s", item)
                if progress:
                    progress(item)
                continue
            if compare and store.article_hash(item.id) == content_hash(item):
                report.unchanged += 1
                if progress:
                    progress(item)
                continue
            yield item

    results = run_extraction(fresh(), engine=engine, workers=workers, scheduler=scheduler, nlp=nlp,
                             model=model, batch_size=batch_size)
    with GraphBatch(store) as batch:
        _write(results, batch, report, validate=validate, progress=progress)
    # always: a build interrupted after its last article graph left the derived graphs stale
    update_events(store)
    update_relations(store)
    if report.articles:
        store.optimize()
    if validate and report.conforms is None:
        report.conforms = True
    return report


def _write(results: Iterable[tuple[Article, list[Event]]], batch: GraphBatch, report: BuildReport, *,
           validate: bool, progress: Progress | None) -> None:
    """Gather each article's graph, and its actors, into ``batch``, which writes them in groups."""
    for article, events in results:
        graph = article_graph(article, events)
        actors = actor_graph(events)
        if validate:
            # the article's graph, its actors, and its events as if it were their only report
            conforms, text = validate_graph(graph + actors + events_graph(reports_of(article, events),
                                                                          parties_of(events)))
            if not conforms:
                report.conforms = False
                report.report += text
        batch.add(graph, add=actors)
        report.articles += 1
        if report.articles % FLUSH_EVERY == 0:
            batch.write()
            batch.wait()
            batch.store.flush()
        report.events += len(events)
        if progress:
            progress(article)
