"""kg's benchmarks: every figure is a ratio against a baseline measured in the same run.

1. extraction: the kg pipeline (``kg.extraction.extract_articles``) against the bare spaCy model
   it builds on (same texts split into the same paragraphs, same batch size);
2. workers: extraction in this process against a pool of two worker processes;
3. memory: peak RSS of a ``kg build`` child process on a small and a ten times larger
   corpus (the build streams, so the two should be close);
4. dictionaries: load time and resident memory of the kg pipeline with its dictionaries
   (CAMEO verbs, Phoenix actors, agents, discards) against the bare spaCy model, each loaded
   in a fresh process;
5. store: a graph of about a million triples (event records made directly, no NLP) loaded
   into the embedded Oxigraph store and into rdflib's Memory store, every saved query timed
   on both (rdflib gets a time limit per query; past it the speed-up is a lower bound), and
   the Turtle export. The large run (``--large``) measures this section alone at about ten
   million triples, on kg's side only (rdflib's Memory store needs more than 20 GiB there),
   and sets each figure beside the full run's.

Usage::

    make bench                                  # the full run, about 10 to 15 minutes on 2 cores
    .venv/bin/python benchmarks/run.py --quick  # smaller sizes, a few minutes
    .venv/bin/python benchmarks/run.py --large  # the store section at about 10 M triples, kg only
    .venv/bin/python benchmarks/run.py --report # print results.json again, as Markdown

The run prints a table and writes ``benchmarks/results.json``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import resource
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus

RESULTS = HERE / "results.json"
BATCH_SIZE = 64
GOALS = {"extract_vs_spacy_ratio": 0.85, "workers2_speedup": 1.6, "query_speedup_vs_rdflib_min": 20.0,
         "load_speedup_vs_rdflib": 3.0}
SECTIONS = ("extract", "workers", "memory", "dictionaries", "store")
# Articles made into graphs at a time, then loaded into each store, each timed apart.
LOAD_CHUNK_ARTICLES = 500


@dataclass(frozen=True)
class Mode:
    name: str
    extract_articles: int  # articles for the extraction and worker timings
    rounds: int  # timings of kg and spaCy, alternated; the best of each counts
    memory_sizes: tuple[int, int]  # articles in the small and the large kg build
    store_articles: int  # synthetic articles of 10 events, about 225 triples each
    query_timeout: float  # seconds each store gets per query
    memory_limit_mib: float = 6_000.0  # a `kg build` over this much RSS is stopped
    memory_limit_seconds: float = 420.0  # ... and one that runs longer
    rdflib_baseline: bool = True  # the store section also loads and queries rdflib's Memory store


MODES = {
    "full": Mode("full", 600, 2, (1_000, 10_000), 4_500, 20.0),
    "quick": Mode("quick", 200, 1, (200, 1_000), 900, 10.0, memory_limit_seconds=240.0),
    "tiny": Mode("tiny", 6, 1, (3, 6), 12, 10.0, memory_limit_seconds=120.0),
    # about ten million triples, store section only, kg alone, set beside the full run's million
    # (not run in CI: over twenty minutes, and more than 16 GiB of memory when the events graph is made)
    "large": Mode("large", 600, 2, (1_000, 10_000), 45_000, 60.0, rdflib_baseline=False),
}
# why the large run has no rdflib figures
RDFLIB_NOT_RUN = ("rdflib's Memory store was not run at 10 M triples: it needs more than 20 GiB "
                  "(measured: 20.7 GiB RSS while loading, stopped)")


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the machine ---------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    import importlib.metadata as md

    def version(name: str) -> str | None:
        try:
            return md.version(name)
        except md.PackageNotFoundError:
            return None

    cpu = platform.processor() or platform.machine()
    memory_gib = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    from kg import resources

    return {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": cpu,
        "memory_gib": memory_gib,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "model": f"{resources.model_name()} {version(resources.model_name()) or ''}".strip(),
        "rdflib": version("rdflib"),
        "pyoxigraph": version("pyoxigraph"),
        "kg": version("kg"),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
    }


# -- 1 and 2: extraction --------------------------------------------------------------------
@cache
def bench_articles(n: int) -> tuple[Any, ...]:
    from kg.articles import read_record

    return tuple(read_record(record, name="bench") for record in corpus.generate(n, seed=7))


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def bench_extraction(mode: Mode) -> dict[str, Any]:
    import spacy

    from kg import resources
    from kg.extraction import extract_articles
    from kg.nlp import READ_SEGMENTS, shared_nlp

    articles = bench_articles(mode.extract_articles)
    texts = [text for article in articles for _segment, text in article.segment_texts(*READ_SEGMENTS)]
    words = sum(len(text.split()) for text in texts)
    pipeline = shared_nlp()
    bare = spacy.load(resources.model_name())
    # warm both (first calls allocate and fill caches)
    list(extract_articles(articles[:4], nlp=pipeline, batch_size=BATCH_SIZE))
    deque(bare.pipe(texts[:16], batch_size=BATCH_SIZE), maxlen=0)

    def run_kg() -> int:
        return sum(len(events) for _article, events in extract_articles(articles, nlp=pipeline, batch_size=BATCH_SIZE))

    def run_spacy() -> None:
        deque(bare.pipe(texts, batch_size=BATCH_SIZE), maxlen=0)

    kg_times, spacy_times, events = [], [], 0
    for _ in range(mode.rounds):
        seconds, events = _timed(run_kg)
        kg_times.append(seconds)
        spacy_times.append(_timed(run_spacy)[0])
    kg_s, spacy_s = min(kg_times), min(spacy_times)
    return {
        "articles": len(articles), "segments": len(texts), "words": words, "events": events,
        "batch_size": BATCH_SIZE, "rounds": mode.rounds,
        "kg_seconds": kg_s, "spacy_seconds": spacy_s,
        "kg_articles_per_s": len(articles) / kg_s, "kg_words_per_s": words / kg_s,
        "spacy_articles_per_s": len(articles) / spacy_s, "spacy_words_per_s": words / spacy_s,
        "ratio": spacy_s / kg_s,
    }


_LOAD_PROBE = """
import json, sys, time
start = time.perf_counter()
if sys.argv[1] == "kg":
    from kg.nlp import shared_nlp
    from kg.extraction.gazetteer import load_gazetteer
    from kg.extraction.verbs import load_verb_dictionary
    nlp = shared_nlp()
    verbs, gaz = load_verb_dictionary(), load_gazetteer()
    counts = {"verb_lemmas": len(verbs.senses), "verb_patterns": verbs.pattern_count,
              "hand_names": len(gaz.names), "dictionary_names": len(gaz.folded),
              "sector_nouns": len(gaz.sector_nouns)}
else:
    import spacy
    from kg import resources
    nlp = spacy.load(resources.model_name())
    counts = {}
nlp("Russia recalled its ambassador to Ukraine on Monday.")
seconds = time.perf_counter() - start
# VmHWM: this process's own peak (getrusage would report the parent's peak, inherited at fork)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "max_rss_mib": peak / 1024, **counts}))
"""


def bench_dictionaries(mode: Mode) -> dict[str, Any]:
    """Load time and peak memory of the kg pipeline against the bare model, fresh processes, best of rounds."""
    def probe(which: str) -> dict[str, Any]:
        runs = [json.loads(subprocess.run([sys.executable, "-c", _LOAD_PROBE, which], check=True,
                                          capture_output=True, text=True, cwd=HERE.parent).stdout)
                for _ in range(max(1, mode.rounds))]
        return min(runs, key=lambda r: r["seconds"])

    kg, bare = probe("kg"), probe("bare")
    return {**{k: v for k, v in kg.items() if k not in ("seconds", "max_rss_mib")},
            "kg_load_seconds": kg["seconds"], "spacy_load_seconds": bare["seconds"],
            "kg_rss_mib": kg["max_rss_mib"], "spacy_rss_mib": bare["max_rss_mib"],
            "load_ratio": kg["seconds"] / bare["seconds"], "rss_extra_mib": kg["max_rss_mib"] - bare["max_rss_mib"]}


def bench_workers(mode: Mode, in_process_seconds: float | None) -> dict[str, Any]:
    from kg.extraction import extract_articles
    from kg.nlp import shared_nlp
    from kg.parallel import ExtractionPool

    articles = bench_articles(mode.extract_articles)
    if in_process_seconds is None:
        pipeline = shared_nlp()
        list(extract_articles(articles[:4], nlp=pipeline))
        in_process_seconds = _timed(lambda: list(extract_articles(articles, nlp=pipeline)))[0]
    result: dict[str, Any] = {"articles": len(articles), "in_process_seconds": in_process_seconds}
    for workers in (1, 2):
        start = time.perf_counter()
        with ExtractionPool(workers) as pool:
            pool.warm()
            result[f"pool{workers}_start_seconds"] = time.perf_counter() - start
            result[f"pool{workers}_seconds"] = _timed(lambda: list(pool.extract(articles)))[0]
    result["speedup"] = in_process_seconds / result["pool2_seconds"]
    result["speedup_vs_pool1"] = result["pool1_seconds"] / result["pool2_seconds"]
    return result


# -- 3: memory ------------------------------------------------------------------------------
def run_watched(command: list[str], *, log_file: Path, max_rss_mib: float, max_seconds: float) -> dict[str, Any]:
    """Run ``command`` as a child process; its peak RSS, its time, and whether it finished.

    The child is stopped when it passes ``max_rss_mib`` or ``max_seconds``; the peak is then
    the largest RSS sampled. A finished child's peak is its own ``ru_maxrss`` (from wait4,
    so earlier children do not count).
    """
    import psutil

    with open(log_file, "wb") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        watched = psutil.Process(child.pid)
        sampled, status = 0.0, "finished"
        while True:
            pid, wait_status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                child.returncode = os.waitstatus_to_exitcode(wait_status)
                break
            try:
                sampled = max(sampled, watched.memory_info().rss / 2**20)
            except psutil.Error:
                pass
            elapsed = time.perf_counter() - start
            if sampled > max_rss_mib or elapsed > max_seconds:
                status = f"stopped over {max_rss_mib:,.0f} MiB" if sampled > max_rss_mib else f"stopped after {max_seconds:.0f} s"
                child.kill()
                _pid, wait_status, usage = os.wait4(child.pid, 0)
                child.returncode = os.waitstatus_to_exitcode(wait_status)
                break
            time.sleep(0.2)
        seconds = time.perf_counter() - start
    if status == "finished" and child.returncode != 0:
        raise RuntimeError(f"`{shlex.join(command)}` failed (exit {child.returncode}); see {log_file}")
    peak = usage.ru_maxrss / 1024 if status == "finished" else sampled
    return {"seconds": seconds, "peak_rss_mib": peak, "status": status}


def bench_memory(mode: Mode, workdir: Path) -> dict[str, Any]:
    runs = []
    for n in mode.memory_sizes:
        folder = corpus.write_txt(workdir / f"memory-{n}", n, seed=3, short=True)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.iterdir())
        command = [sys.executable, "-m", "kg", "-q", "build", str(folder), "--store", str(workdir / f"memory-store-{n}")]
        log(f"memory: kg build of {n:,} articles ({words:,} words)")
        run = run_watched(command, log_file=workdir / f"memory-{n}.log", max_rss_mib=mode.memory_limit_mib,
                          max_seconds=mode.memory_limit_seconds)
        runs.append({"articles": n, "words": words, **run})
    small, large = runs[0], runs[-1]
    return {"runs": runs, "growth_ratio": large["peak_rss_mib"] / small["peak_rss_mib"],
            "size_ratio": large["articles"] / small["articles"],
            "all_finished": all(r["status"] == "finished" for r in runs)}


# -- 4: store and queries -------------------------------------------------------------------
class QueryTimeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt pure-Python work (rdflib's query engine) after ``seconds``; main thread only."""

    def expire(_signum: int, _frame: Any) -> None:
        raise QueryTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


FALLBACK_VALUES = {"code": "RUS", "class": "RecallRepresentative", "date": "2014-06-01", "string": "stoltenberg",
                   "integer": "30"}


def query_params(query: Any, event: str) -> dict[str, str]:
    """Values for a saved query: those of its ``# example:`` line, real IRIs for ``iri`` parameters."""
    values: dict[str, str] = {}
    for example in query.examples[:1]:
        words = shlex.split(example)
        for flag, value in itertools.pairwise(words):
            if flag in ("--param", "-p") and "=" in value:
                key, val = value.split("=", 1)
                values[key] = val
    for param in query.params:
        if param.kind == "iri":
            values[param.name] = event
        elif param.name not in values and not param.optional:
            values[param.name] = FALLBACK_VALUES[param.kind]
    return values


def query_worker(store_path: str) -> None:
    """Child side of :func:`time_embedded`: run the queries read from stdin, one JSON line each."""
    from kg.queries import run_query
    from kg.store import open_store

    jobs = json.loads(sys.stdin.read())
    with open_store(store_path, read_only=True) as store:
        for job in jobs:
            times = []
            for _ in range(3):  # the best of three, unless one run takes over a second
                seconds, answer = _timed(lambda: run_query(store, job["name"], job["params"]))  # noqa: B023
                times.append(seconds)
                if seconds > 1.0:
                    break
            print(json.dumps({"name": job["name"], "seconds": min(times), "rows": len(answer.rows)}), flush=True)


def time_embedded(store_path: Path, jobs: list[dict[str, Any]], timeout: float) -> dict[str, dict[str, Any]]:
    """Time each query on the embedded store in a child process, stopping any that runs too long.

    Oxigraph evaluates a query in native code that a signal cannot interrupt, so a query
    over its limit is ended with its process; the rest go on in a new one.
    """
    import selectors

    done: dict[str, dict[str, Any]] = {}
    remaining = list(jobs)
    while remaining:
        child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--query-worker", str(store_path)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps(remaining))
        child.stdin.close()
        selector = selectors.DefaultSelector()
        selector.register(child.stdout, selectors.EVENT_READ)
        first = True
        while remaining:
            # the first answer also waits for the store to open
            if not selector.select(timeout + (30 if first else 0)):
                job = remaining.pop(0)
                done[job["name"]] = {"seconds": timeout, "rows": None, "timed_out": True}
                log(f"  {job['name']}: over {timeout:.0f} s on the embedded store, stopped")
                child.kill()
                break
            line = child.stdout.readline()
            if not line:
                raise RuntimeError(f"the query process stopped before answering {remaining[0]['name']}")
            answer = json.loads(line)
            remaining.pop(0)
            done[answer["name"]] = {"seconds": answer["seconds"], "rows": answer["rows"], "timed_out": False}
            first = False
        selector.close()
        child.stdout.close()
        child.wait()
    return done


def bench_store(mode: Mode, workdir: Path) -> dict[str, Any]:
    from kg.graph import EVENTS_GRAPH, actor_graph, article_graph, event_iri
    from kg.queries import list_queries, run_query
    from kg.relations import RELATIONS_KIND, update_relations
    from kg.reports import update_events
    from kg.store import GraphBatch, open_store
    from kg.vocab import DATA_NS

    result: dict[str, Any] = {"articles": mode.store_articles, "events_per_article": 10}
    if not mode.rdflib_baseline:
        result.update(rdflib_baseline=False, rdflib_note=RDFLIB_NOT_RUN)
    path = workdir / "store"
    graph_s = embedded_s = memory_s = 0.0
    events = triples = 0
    sample = ""
    with open_store(memory=True) if mode.rdflib_baseline else nullcontext() as memory:
        with open_store(path) as embedded:
            embedded.ensure_ontology()
            if memory is not None:
                memory.ensure_ontology()
            log(f"store: {mode.store_articles:,} synthetic articles into "
                f"{'both stores' if memory is not None else 'the embedded store'}")
            batch = GraphBatch(embedded)  # as `kg build` writes new articles
            records_of = corpus.event_records(mode.store_articles, events_per_article=10)
            # Chunks of articles are made into graphs first, then written to one store and to
            # the other, each timed apart: the embedded store's clock stops only once the
            # chunk is in the database (its writer thread works while the next batch is made
            # ready, never while rdflib's store is being timed).
            while chunk := list(itertools.islice(records_of, LOAD_CHUNK_ARTICLES)):
                start = time.perf_counter()
                built = [(article_graph(article, records), actor_graph(records)) for article, records in chunk]
                graph_s += time.perf_counter() - start

                def write_embedded() -> None:
                    for graph, actors in built:  # noqa: B023
                        batch.add(graph, add=actors)
                    batch.write()
                    batch.wait()

                def write_memory() -> None:
                    for graph, actors in built:  # noqa: B023
                        memory.replace_graph(graph, add=actors)

                embedded_s += _timed(write_embedded)[0]
                if memory is not None:
                    memory_s += _timed(write_memory)[0]
                events += sum(len(records) for _article, records in chunk)
                triples += sum(len(graph) for graph, _actors in built)
                sample = sample or str(event_iri(chunk[0][1][0]))
            batch.close()
            events_s, _ = _timed(lambda: update_events(embedded))
            derive_s, derived = _timed(lambda: update_relations(embedded))
            optimize_s, _ = _timed(embedded.optimize)  # as `kg build` does at its end
            if memory is not None:
                prefix = f"{DATA_NS}{RELATIONS_KIND}/"
                for s, p, o, g in embedded.quads():  # the same events and relation graphs into the rdflib store
                    if g is not None and (g == EVENTS_GRAPH or str(g).startswith(prefix)):
                        memory.dataset.graph(g).add((s, p, o))
            result.update({
                "events": events, "article_triples": triples, "triples": len(embedded),
                "graph_build_seconds": graph_s, "embedded_load_seconds": embedded_s,
            })
            if memory is not None:
                result.update({"rdflib_load_seconds": memory_s, "load_speedup": memory_s / embedded_s})
            result.update({
                "events_seconds": events_s, "derive_seconds": derive_s, "optimize_seconds": optimize_s, "derived_triples": derived.triples, "relation_graphs": derived.written,
                "query_timeout_seconds": mode.query_timeout,
            })
        queries = list_queries()
        jobs = [{"name": q.name, "params": query_params(q, sample)} for q in queries]
        log(f"store: {result['triples']:,} triples; {len(jobs)} saved queries on the embedded store")
        fast = time_embedded(path, jobs, mode.query_timeout)
        if memory is not None:
            log("store: the same queries on rdflib's Memory store")
        rows = []
        for job in jobs:
            entry: dict[str, Any] = {"name": job["name"], "params": job["params"], "rows": fast[job["name"]]["rows"],
                                     "embedded_seconds": fast[job["name"]]["seconds"],
                                     "embedded_timed_out": fast[job["name"]]["timed_out"]}
            if memory is None:
                log(f"  {job['name']}: {_seconds(entry, 'embedded')}")
                rows.append(entry)
                continue
            try:
                with time_limit(mode.query_timeout):
                    seconds, slow = _timed(lambda: run_query(memory, job["name"], job["params"]))  # noqa: B023
                entry.update(rdflib_seconds=seconds, rdflib_timed_out=False, rdflib_rows=len(slow.rows))
            except QueryTimeout:
                entry.update(rdflib_seconds=mode.query_timeout, rdflib_timed_out=True, rdflib_rows=None)
            except Exception as exc:  # noqa: BLE001 - rdflib's engine fails on some queries (MIN over unbound values)
                log(f"  {job['name']}: rdflib's engine failed: {type(exc).__name__}: {exc}")
                entry.update(rdflib_seconds=mode.query_timeout, rdflib_timed_out=True, rdflib_rows=None,
                             rdflib_error=f"{type(exc).__name__}: {exc}")
            # a time limit on one side makes the ratio a bound, on both sides (or a failure) unknown
            entry["bound"] = {(False, False): "exact", (False, True): "lower", (True, False): "upper",
                              (True, True): "unknown"}[(entry["embedded_timed_out"], entry["rdflib_timed_out"])]
            if "rdflib_error" in entry:
                entry["bound"] = "unknown"
            entry["speedup"] = entry["rdflib_seconds"] / max(entry["embedded_seconds"], 1e-6)
            log(f"  {job['name']}: {_seconds(entry, 'embedded')} vs {_seconds(entry, 'rdflib')}")
            rows.append(entry)
    result["queries"] = rows
    known = [r for r in rows if r.get("bound", "unknown") != "unknown"]
    if known:
        slowest = min(known, key=lambda r: r["speedup"])
        result.update(query_speedup_min=slowest["speedup"], query_speedup_min_query=slowest["name"],
                      query_speedup_min_bound=slowest["bound"])
    elif mode.rdflib_baseline:
        result.update(query_speedup_min=None, query_speedup_min_query=None, query_speedup_min_bound="unknown")
    log("store: Turtle export")
    target = workdir / "graph.ttl"
    with open_store(path, read_only=True) as embedded:
        result["turtle_export_seconds"] = _timed(lambda: embedded.serialize("turtle", target))[0]
    result["turtle_bytes"] = target.stat().st_size
    if memory is None:  # this process held kg's side only: its peak is kg's
        result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _seconds(entry: dict[str, Any], side: str) -> str:
    over = entry[f"{side}_timed_out"]
    return f"{'> ' if over else ''}{entry[f'{side}_seconds']:.3f} s"


# -- the report -----------------------------------------------------------------------------
def _num(value: float, digits: int = 2) -> str:
    return f"{value:,.{digits}f}" if value < 100 else f"{value:,.0f}"


def table_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(measure, kg, baseline, ratio, goal) rows for the printed and the Markdown table."""
    rows: list[tuple[str, str, str, str, str]] = []
    ex = results.get("extraction")
    if ex:
        rows.append((f"extraction, {ex['articles']:,} articles ({ex['words']:,} words), articles/s",
                     _num(ex["kg_articles_per_s"], 1), f"{_num(ex['spacy_articles_per_s'], 1)} (bare spaCy)",
                     _num(ex["ratio"]), "≥ 0.85"))
        rows.append(("extraction, words/s", _num(ex["kg_words_per_s"], 0),
                     f"{_num(ex['spacy_words_per_s'], 0)} (bare spaCy)", _num(ex["ratio"]), "≥ 0.85"))
    wk = results.get("workers")
    if wk:
        rows.append((f"extraction, {wk['articles']:,} articles: 2 worker processes vs 1 (s)",
                     _num(wk["pool2_seconds"]), f"{_num(wk['in_process_seconds'])} (one process)",
                     _num(wk["speedup"]), "≥ 1.6"))
    mem = results.get("memory")
    if mem:
        small, large = mem["runs"][0], mem["runs"][-1]

        def peak(run: dict[str, Any]) -> str:
            note = "" if run["status"] == "finished" else f" ({run['status']})"
            return f"{'> ' if note else ''}{_num(run['peak_rss_mib'], 0)}{note}"

        rows.append((f"peak RSS of `kg build`, {small['articles']:,} articles, {small['seconds']:.0f} s (MiB)",
                     peak(small), "", "", ""))
        rows.append((f"peak RSS of `kg build`, {large['articles']:,} articles, {large['seconds']:.0f} s (MiB)",
                     peak(large), f"{_num(small['peak_rss_mib'], 0)} ({small['articles']:,} articles)",
                     _num(mem["growth_ratio"]), "flat (≈ 1)"))
    dc = results.get("dictionaries")
    if dc:
        rows.append(((f"load the pipeline with {dc['verb_lemmas']:,} verb lemmas, {dc['verb_patterns']:,} patterns, "
                      f"{dc['dictionary_names'] + dc['hand_names']:,} actor names (s)"), _num(dc["kg_load_seconds"]),
                     f"{_num(dc['spacy_load_seconds'])} (bare spaCy)", _num(dc["load_ratio"]), ""))
        rows.append(("peak RSS after loading (MiB)", _num(dc["kg_rss_mib"], 0),
                     f"{_num(dc['spacy_rss_mib'], 0)} (bare spaCy)", f"+{_num(dc['rss_extra_mib'], 0)} MiB", ""))
    st = results.get("store")
    if st:
        baseline = "rdflib_load_seconds" in st
        rows.append((f"load {st['article_triples']:,} triples ({st['articles']:,} article graphs), s",
                     _num(st["embedded_load_seconds"]),
                     f"{_num(st['rdflib_load_seconds'])} (rdflib Memory)" if baseline else "",
                     _num(st["load_speedup"]) if baseline else "", "≥ 3" if baseline else ""))
        for q in st["queries"]:
            fast = f"> {_num(q['embedded_seconds'])} (limit)" if q["embedded_timed_out"] else _num(q["embedded_seconds"], 3)
            rows_note = "" if q["rows"] is None else f" ({q['rows']:,} rows)"
            if "rdflib_seconds" not in q:
                rows.append((f"query {q['name']}{rows_note}, s", fast, "", "", ""))
                continue
            slow = f"> {_num(q['rdflib_seconds'])} (limit)" if q["rdflib_timed_out"] else _num(q["rdflib_seconds"], 3)
            rows.append((f"query {q['name']}{rows_note}, s", fast, slow, _ratio(q["speedup"], q["bound"]), "≥ 20"))
        if st.get("rdflib_note"):
            rows.append((st["rdflib_note"], "", "", "", ""))
        if st.get("query_speedup_min") is not None:
            rows.append(("queries: smallest speed-up", "", f"({st['query_speedup_min_query']})",
                         _ratio(st["query_speedup_min"], st["query_speedup_min_bound"]), "≥ 20"))
        rows.append((f"Turtle export of the store ({st['turtle_bytes'] / 2**20:,.0f} MiB), s",
                     _num(st["turtle_export_seconds"]), "", "", ""))
    return rows


def _ratio(value: float, bound: str) -> str:
    if bound == "unknown":
        return "unknown"
    return {"exact": "", "lower": "≥ ", "upper": "≤ "}[bound] + _num(value, 1)


HEADERS = ("measure", "kg", "baseline", "ratio", "goal")
LARGE_HEADERS = ("measure", "kg, large run", "kg, full run", "growth")


def growth_figures(full: dict[str, Any] | None, large: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each figure of a large run's store section beside the full run's, and large / full.

    A query stopped at its time limit makes the growth a bound: a lower one when the large
    run stopped it, an upper one when the full run did.
    """
    full = full or {}

    def figure(label: str, large_value: float | None, full_value: float | None, *, large_over: bool = False,
               full_over: bool = False) -> dict[str, Any]:
        growth = (large_value / full_value if large_value is not None and full_value else None)
        bound = {(False, False): "exact", (False, True): "lower", (True, False): "upper",
                 (True, True): "unknown"}[(full_over, large_over)]
        return {"label": label, "large": large_value, "full": full_value, "large_timed_out": large_over,
                "full_timed_out": full_over, "growth": growth, "bound": bound if growth is not None else "unknown"}

    figures = {
        "triples": figure("triples in the store (articles, events, relations)", large["triples"],
                          full.get("triples")),
        "article_triples": figure("article triples loaded", large["article_triples"], full.get("article_triples")),
        "embedded_load_seconds": figure("load the article graphs into the embedded store, s",
                                        large["embedded_load_seconds"], full.get("embedded_load_seconds")),
    }
    for key, label in (("events_seconds", "events graph (update_events), s"),
                       ("derive_seconds", "derive relations (update_relations), s"),
                       ("optimize_seconds", "optimize the store, s")):
        figures[key] = figure(label, large[key], full.get(key))
    earlier = {q["name"]: q for q in full.get("queries", [])}
    for q in large["queries"]:
        before = earlier.get(q["name"], {})
        figures[f"query_{q['name']}_seconds"] = figure(
            f"query {q['name']}, s", q["embedded_seconds"], before.get("embedded_seconds"),
            large_over=q["embedded_timed_out"], full_over=before.get("embedded_timed_out", False))
    figures["turtle_export_seconds"] = figure("Turtle export of the store, s", large["turtle_export_seconds"],
                                              full.get("turtle_export_seconds"))
    return figures


def large_rows(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(measure, large run, full run, growth) rows for a results file holding a large run."""
    large = results["large_store"]
    figures = results.get("large_growth") or growth_figures(None, large)

    def value(f: dict[str, Any], side: str) -> str:
        number = f[side]
        if number is None:
            return ""
        if isinstance(number, int):
            return f"{number:,}"
        return f"> {_num(number)} (limit)" if f[f"{side}_timed_out"] else _num(number, 3)

    rows = [(f["label"], value(f, "large"), value(f, "full"),
             "" if f["growth"] is None else _ratio(f["growth"], f["bound"]))
            for f in figures.values()]
    if large.get("peak_rss_mib") is not None:
        rows.append(("peak RSS of the large run (kg alone), MiB", _num(large["peak_rss_mib"], 0), "", ""))
    if large.get("rdflib_note"):
        rows.append((large["rdflib_note"], "", "", ""))
    return rows


def _large_caption(results: dict[str, Any]) -> str:
    large, full = results["large_store"], results.get("store") or {}
    minutes = results.get("large_total_seconds")
    took = "" if minutes is None else f", {minutes / 60:.0f} min"
    against = (f" against the full run's {full['triples']:,}" if results.get("large_growth", {}).get("triples", {})
               .get("full") else "")
    return (f"Large run{took}: the store section at {large['triples']:,} triples "
            f"({large['articles']:,} synthetic articles){against}; growth is large / full.")


def print_table(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    m = results["machine"]
    console = Console(width=None if sys.stdout.isatty() else 150)
    console.print(f"[bold]kg benchmarks[/] ({results['mode']}, {results['total_seconds']:.0f} s) on "
                  f"{m['cpu']}, {m['usable_cores']} cores, {m['memory_gib']} GiB; Python {m['python']}, "
                  f"spaCy {m['spacy']} ({m['model']}), rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']}")
    table = Table(*HEADERS)
    for row in table_rows(results):
        table.add_row(*row)
    console.print(table)


def print_large_table(results: dict[str, Any]) -> None:
    """The large run beside the full one, from a results file that holds both."""
    from rich.console import Console
    from rich.table import Table

    m = results.get("large_machine") or {}
    console = Console(width=None if sys.stdout.isatty() else 150)
    console.print(f"[bold]kg benchmarks[/] (large) on {m.get('cpu')}, {m.get('usable_cores')} cores, "
                  f"{m.get('memory_gib')} GiB; pyoxigraph {m.get('pyoxigraph')}. {_large_caption(results)}")
    table = Table(*LARGE_HEADERS)
    for row in large_rows(results):
        table.add_row(*row)
    console.print(table)


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        (f"Measured on {m['cpu']}, {m['usable_cores']} cores, {m['memory_gib']} GiB RAM, {m['os']}; "
        f"Python {m['python']}, spaCy {m['spacy']} with {m['model']}, rdflib {m['rdflib']}, "
        f"pyoxigraph {m['pyoxigraph']} ({results['mode']} run of {results['total_seconds'] / 60:.0f} min, "
        f"{m['date'][:10]})."),
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
    ]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in table_rows(results)]
    if "large_store" in results:
        lines += ["", _large_caption(results), "",
                  "| " + " | ".join(LARGE_HEADERS) + " |",
                  "|" + "---|" * len(LARGE_HEADERS)]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in large_rows(results)]
    return "\n".join(lines)


# -- main -----------------------------------------------------------------------------------
def run(mode: Mode, *, sections: tuple[str, ...] = SECTIONS, workdir: Path) -> dict[str, Any]:
    started = time.perf_counter()
    results: dict[str, Any] = {"mode": mode.name, "sizes": asdict(mode), "machine": machine(), "goals": GOALS}
    if "extract" in sections:
        log(f"extraction: kg pipeline vs bare spaCy on {mode.extract_articles} articles")
        results["extraction"] = bench_extraction(mode)
    if "workers" in sections:
        log("workers: one process vs pools of 1 and 2 worker processes")
        results["workers"] = bench_workers(mode, results.get("extraction", {}).get("kg_seconds"))
    if "memory" in sections:
        results["memory"] = bench_memory(mode, workdir)
    if "dictionaries" in sections:
        log("dictionaries: load time and memory of the kg pipeline vs the bare model")
        results["dictionaries"] = bench_dictionaries(mode)
    if "store" in sections:
        results["store"] = bench_store(mode, workdir)
    results["total_seconds"] = time.perf_counter() - started
    return summarise(results)


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """The headline ratios, from whichever sections the results hold."""
    results["extract_vs_spacy_ratio"] = results.get("extraction", {}).get("ratio")
    results["workers2_speedup"] = results.get("workers", {}).get("speedup")
    store = results.get("store", {})
    queries = {q["name"]: q for q in store.get("queries", [])}
    # the smallest speed-up counts only when kg finished every query
    finished = bool(queries) and not any(q["embedded_timed_out"] for q in queries.values())
    results["query_speedup_vs_rdflib_min"] = store.get("query_speedup_min") if finished else None
    tit_for_tat = queries.get("tit_for_tat")
    results["tit_for_tat_seconds"] = (None if tit_for_tat is None or tit_for_tat["embedded_timed_out"]
                                      else tit_for_tat["embedded_seconds"])
    results["load_speedup_vs_rdflib"] = store.get("load_speedup")
    results["query_speedup_min_bound"] = store.get("query_speedup_min_bound")
    results["memory_growth_ratio"] = results.get("memory", {}).get("growth_ratio")
    return results


def with_large(results: dict[str, Any], out: Path) -> dict[str, Any]:
    """The results file with a large run's store section and headline figures added to it.

    Each figure of the large run is kept beside the full run's in ``large_growth``; the rdflib
    figures only when the large run measured rdflib too.
    """
    merged = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    store = results["store"]
    large = summarise({"store": store})
    merged["large_store"] = store
    for key in ("machine", "total_seconds"):
        if key in results:
            merged[f"large_{key}"] = results[key]
    keys = ["tit_for_tat_seconds"]
    if store.get("rdflib_baseline", True):
        keys += ["query_speedup_vs_rdflib_min", "load_speedup_vs_rdflib"]
    else:  # figures of an earlier large run with rdflib would no longer match this one
        for key in ("query_speedup_vs_rdflib_min", "load_speedup_vs_rdflib"):
            merged.pop(f"large_{key}", None)
    for key in keys:
        merged[f"large_{key}"] = large[key]
    if "triples" in store and "article_triples" in store:
        full = merged.get("store") if merged.get("mode") == "full" else None
        growth = growth_figures(full, store)
        merged["large_growth"] = growth
        tit_for_tat = growth.get("query_tit_for_tat_seconds", {})
        merged["large_tit_for_tat_growth"] = tit_for_tat.get("growth")
        merged["large_triples_growth"] = growth["triples"]["growth"]
    return merged


def kept_from(earlier: dict[str, Any], results: dict[str, Any], sections: tuple[str, ...]) -> dict[str, Any]:
    """The results of a run with what the results file keeps from earlier runs: the large run's
    figures always, and the sections not measured again when they were measured in this mode."""
    if set(sections) != set(SECTIONS) and earlier.get("mode") == results["mode"]:
        for key in ("extraction", "workers", "memory", "dictionaries", "store"):
            if key in earlier and key not in results:
                results[key] = earlier[key]
        results = summarise(results)
    if results.get("mode") == "full":
        results.update({key: value for key, value in earlier.items() if key.startswith("large_")})
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark kg against baselines measured in the same run.")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="smaller sizes (memory runs of 200 and 1,000 articles)")
    size.add_argument("--tiny", action="store_true", help="a few articles and triples: checks the code runs")
    size.add_argument("--large", action="store_true",
                      help="the store section only, at about 10 M triples; kept in the results file as large_store")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections of {', '.join(SECTIONS)}; the results file keeps the "
                             "other sections of an earlier run in the same mode")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"results file (default {RESULTS.name})")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and stores go (default: a temp dir)")
    parser.add_argument("--report", action="store_true", help="print the results file as a Markdown table and stop")
    parser.add_argument("--query-worker", metavar="STORE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.query_worker:
        query_worker(args.query_worker)
        return 0
    if args.report:
        print(markdown(json.loads(args.out.read_text(encoding="utf-8"))))
        return 0
    sections = tuple(s.strip() for s in args.only.split(",") if s.strip())
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; expected {', '.join(SECTIONS)}")
    mode = MODES["tiny" if args.tiny else "quick" if args.quick else "large" if args.large else "full"]
    if args.large:
        sections = ("store",)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = run(mode, sections=sections, workdir=workdir)
    shown = results
    if args.large:
        results = with_large(results, args.out)
    elif args.out.exists():
        results = kept_from(json.loads(args.out.read_text(encoding="utf-8")), results, sections)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    if args.large and "large_growth" in results:
        print_large_table(results)
    else:
        print_table(shown)
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
