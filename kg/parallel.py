"""Extraction over several worker processes or a Dask cluster, results in input order.

A helper of :mod:`kg.builder` (which imports it; it imports nothing from there): when a build
asks for more than one worker, or for the ``dask`` engine, its article stream is handed here,
and each worker runs :func:`kg.extraction.extract_articles`. Each worker process loads the spaCy
pipeline once; articles travel in chunks, only a few chunks per worker are in flight at
any time (so memory stays bounded however large the input), and results come back in
input order, so a parallel build writes exactly the graph a one-process build writes.
Workers only extract; the calling process alone writes the store.

``distributed`` is imported only when the ``dask`` engine is used.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Self, TypeVar

from spacy.language import Language

from kg.errors import KGError
from kg.extraction import extract_articles
from kg.nlp import shared_nlp
from kg.types import Article, Event

logger = logging.getLogger(__name__)

ENGINES = ("local", "dask")
DEFAULT_CHUNK = 16
Result = tuple[Article, list[Event]]
T = TypeVar("T")

DASK_MISSING = (
    "The dask engine needs the 'distributed' package, which is not installed: "
    "run `pip install distributed` (or `pip install 'kg[dask]'`), or use --engine local"
)
SCHEDULER_UNREACHABLE = (
    "Cannot reach the Dask scheduler at '{address}': {reason}; start one with `dask scheduler` "
    "and pass its address (tcp://HOST:8786), or leave --scheduler out to start a local cluster"
)
POOL_BROKEN = (
    "A worker process stopped while extracting ({reason}); the store keeps every article "
    "written so far: run the build again, with fewer --workers if memory is short"
)


class WorkerError(KGError):
    """A worker process or the Dask cluster failed, or cannot be reached."""


# -- worker side -----------------------------------------------------------------------
# One pipeline per process (kg.nlp.shared_nlp caches it); a Dask worker may run several
# threads, so loading and using the pipeline are serialised within the process.
_LOAD_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()


def worker_pipeline(model: str | None = None) -> Language:
    """The process's pipeline for ``model``, loaded on first use and then reused."""
    with _LOAD_LOCK:
        return shared_nlp(model)


def _start_worker(model: str | None) -> None:
    # Ctrl-C is the calling process's to handle: it stops the pool, and the workers do
    # not each print a traceback. The model loads while the pool starts; a failure is
    # raised again, with its own message, by the first chunk this worker is given.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        worker_pipeline(model)
    except KGError:
        pass


def extract_chunk(chunk: list[Article], model: str | None = None, batch_size: int = 64) -> list[list[Event]]:
    """The events of each article of ``chunk``, in order (runs inside a worker)."""
    nlp = worker_pipeline(model)
    with _RUN_LOCK:
        return [events for _article, events in extract_articles(chunk, nlp=nlp, batch_size=batch_size)]


def _worker_pid(delay: float) -> int:
    time.sleep(delay)
    return os.getpid()


# -- calling side ----------------------------------------------------------------------
def resolve_workers(workers: int) -> int:
    """The number of worker processes: ``workers``, or every usable core for 0.

    >>> resolve_workers(3)
    3
    >>> resolve_workers(0) >= 1
    True
    """
    if workers < 0:
        raise ValueError(f"workers must be 0 (every core) or a positive number, got {workers}")
    if workers:
        return workers
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` items, taken from ``items`` only as they are needed.

    >>> [len(c) for c in chunked(range(5), 2)]
    [2, 2, 1]
    """
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, got {size}")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _ordered(submit: Callable[[list[Article]], Any], articles: Iterable[Article], *, chunk_size: int,
             max_pending: int, collect: Callable[[Any], list[list[Event]]]) -> Iterator[Result]:
    """Submit chunks, keep at most ``max_pending`` in flight, yield results in input order."""
    pending: deque[tuple[list[Article], Any]] = deque()
    try:
        for chunk in chunked(articles, chunk_size):
            pending.append((chunk, submit(chunk)))
            if len(pending) >= max_pending:
                chunk_done, future = pending.popleft()
                yield from zip(chunk_done, collect(future), strict=True)
        while pending:
            chunk_done, future = pending.popleft()
            yield from zip(chunk_done, collect(future), strict=True)
    finally:
        for _chunk, future in pending:
            future.cancel()


class ExtractionPool:
    """Worker processes that each hold a loaded pipeline; use as a context manager.

    >>> with ExtractionPool(2) as pool:                       # doctest: +SKIP
    ...     for article, events in pool.extract(articles):
    ...         ...

    Args:
        workers: number of processes; 0 for every core.
        model: the spaCy pipeline the workers load (default: the configured one).
        batch_size: texts per ``nlp.pipe`` batch inside a worker.
        chunk_size: articles sent to a worker at a time.
        max_pending: chunks in flight at most (default: two per worker).
        start_method: ``forkserver`` where the platform has it, else ``spawn``; ``fork`` is
            never the default, since the calling process may hold threads and open stores.
    """

    def __init__(self, workers: int = 0, *, model: str | None = None, batch_size: int = 64,
                 chunk_size: int = DEFAULT_CHUNK, max_pending: int | None = None,
                 start_method: str | None = None) -> None:
        self.workers = resolve_workers(workers)
        self.model = model
        self.batch_size = batch_size
        self.chunk_size = chunk_size
        self.max_pending = max_pending or 2 * self.workers
        methods = multiprocessing.get_all_start_methods()
        method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context(method),
            initializer=_start_worker, initargs=(model,),
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (chunks not yet started are dropped)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def warm(self, *, timeout: float = 120.0) -> set[int]:
        """Start every worker and wait until each has loaded its pipeline; returns their pids."""
        seen: set[int] = set()
        deadline = time.monotonic() + timeout
        while len(seen) < self.workers and time.monotonic() < deadline:
            futures = [self._executor.submit(_worker_pid, 0.2) for _ in range(self.workers)]
            seen.update(self._collect(f) for f in futures)
        return seen

    def _collect(self, future: Future[Any]) -> Any:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise WorkerError(POOL_BROKEN.format(reason=exc)) from None

    def extract(self, articles: Iterable[Article]) -> Iterator[Result]:
        """``(article, events)`` for every article, in input order, read lazily from ``articles``."""

        def submit(chunk: list[Article]) -> Future[list[list[Event]]]:
            return self._executor.submit(extract_chunk, chunk, self.model, self.batch_size)

        yield from _ordered(submit, articles, chunk_size=self.chunk_size, max_pending=self.max_pending,
                            collect=self._collect)


def extract_parallel(articles: Iterable[Article], *, workers: int = 0, model: str | None = None,
                     batch_size: int = 64, chunk_size: int = DEFAULT_CHUNK,
                     max_pending: int | None = None) -> Iterator[Result]:
    """Extract with a pool of worker processes started for this call (see :class:`ExtractionPool`)."""
    with ExtractionPool(workers, model=model, batch_size=batch_size, chunk_size=chunk_size,
                        max_pending=max_pending) as pool:
        yield from pool.extract(articles)


def extract_dask(articles: Iterable[Article], *, scheduler: Any = None, workers: int = 0,
                 model: str | None = None, batch_size: int = 64, chunk_size: int = DEFAULT_CHUNK,
                 max_pending: int | None = None) -> Iterator[Result]:
    """Extract on a Dask distributed cluster; results come back in input order.

    Each Dask worker process loads the pipeline on its first chunk and keeps it (the same
    cached loader as the local pool), so run workers with one thread each for speed.
    The workers need kg and its model installed, as the calling machine has them.

    Args:
        scheduler: the scheduler's address (``tcp://host:8786``), a ``distributed.Client``
            or a ``LocalCluster``; None starts a local cluster of ``workers`` processes
            for this call.
        workers: processes of the local cluster started when ``scheduler`` is None.

    Raises:
        WorkerError: ``distributed`` is missing or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise WorkerError(DASK_MISSING) from None

    cluster = None
    own_client = True
    if scheduler is None:
        cluster = LocalCluster(n_workers=resolve_workers(workers), processes=True, threads_per_worker=1,
                               dashboard_address=None)
        scheduler = cluster
    if isinstance(scheduler, Client):
        client, own_client = scheduler, False
    else:
        address = getattr(scheduler, "scheduler_address", scheduler)
        try:
            client = Client(address, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            if cluster is not None:
                cluster.close()
            raise WorkerError(SCHEDULER_UNREACHABLE.format(address=address, reason=exc)) from None
    try:
        n_workers = max(1, len(client.nthreads()))
        logger.info("extracting on %d Dask worker(s) at %s", n_workers, client.scheduler.address)

        def submit(chunk: list[Article]) -> Any:
            return client.submit(extract_chunk, chunk, model, batch_size, pure=False)

        def collect(future: Any) -> list[list[Event]]:
            try:
                return future.result()  # type: ignore[no-any-return]
            finally:
                future.release()

        yield from _ordered(submit, articles, chunk_size=chunk_size, max_pending=max_pending or 2 * n_workers,
                            collect=collect)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


def run_extraction(articles: Iterable[Article], *, engine: str = "local", workers: int = 1,
                   scheduler: Any = None, nlp: Language | None = None, model: str | None = None,
                   batch_size: int = 64, chunk_size: int = DEFAULT_CHUNK) -> Iterator[Result]:
    """Extract in this process, in a pool of worker processes, or on a Dask cluster.

    One worker with the local engine runs in this process (with ``nlp`` if given); more
    workers, or the dask engine, load the pipeline named ``model`` in each worker.

    Raises:
        ValueError: an unknown engine, a negative worker count, a scheduler without the dask
            engine, or ``nlp`` together with worker processes (which cannot receive it).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise ValueError("a scheduler address is only used by the dask engine (engine='dask')")
    count = resolve_workers(workers)
    if engine == "local" and count == 1:
        return extract_articles(articles, nlp=nlp or shared_nlp(model), batch_size=batch_size)
    if nlp is not None:
        raise ValueError("nlp= serves a one-process build only; worker processes load the pipeline "
                         "by name, so pass model= (or leave both out) with several workers or dask")
    if engine == "dask":
        return extract_dask(articles, scheduler=scheduler, workers=count, model=model,
                            batch_size=batch_size, chunk_size=chunk_size)
    return extract_parallel(articles, workers=count, model=model, batch_size=batch_size, chunk_size=chunk_size)
