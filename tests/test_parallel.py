from __future__ import annotations

import shutil
from itertools import count

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from kg.builder import build
from kg.cli import cli
from kg.graph import ONTOLOGY_GRAPH
from kg.parallel import WorkerError, _ordered, chunked, resolve_workers, run_extraction
from kg.store import open_store

# A dozen short articles, each a headline, a date line and two paragraphs.
PAIRS = [("Russia", "NATO"), ("Ukraine", "Russia"), ("The United States", "China"),
         ("Poland", "Belarus"), ("The European Union", "Iran"), ("Germany", "Turkey")]
LINES = [
    "{a} recalled its ambassador from {b} on {day} March.",
    "{a} imposed new sanctions on {b} over the crisis.",
    "Officials from {a} met their counterparts from {b} in Vienna on Tuesday.",
    "{a} accused {b} of violating the truce.",
    "{a} pledged humanitarian aid to {b} in April 2014.",
    "{a} threatened {b} with retaliation.",
    "{a} does not pose a threat to {b}, the minister said.",
]


def _article(i: int) -> str:
    a, b = PAIRS[i % len(PAIRS)]
    first, second, third = (LINES[(i + k) % len(LINES)].format(a=a, b=b, day=3 + i) for k in range(3))
    headline = first.split(" on ")[0].rstrip(".")
    return f"{headline}\n\n{10 + i:02d}/05/2014\n\n{first} {second}\n\n{third} The talks will go on.\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parallel-corpus")
    for i in range(12):
        (folder / f"gen_{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    shutil.copy(next(SEEDS.glob("*.txt")), folder)
    return folder


def _quads(path):
    with open_store(path, read_only=True) as store:
        # the ontology graph may hold blank nodes; article graphs never do
        return {(str(s), str(p), str(o), str(g)) for s, p, o, g in store.quads() if g != ONTOLOGY_GRAPH}


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("one-worker")
    with open_store(path) as store:
        report = build([corpus], store, nlp=nlp)
    assert report.articles == 13 and report.events > 12
    return _quads(path), report


def test_two_workers_give_the_same_graph(corpus, tmp_path, one_worker):
    quads, serial = one_worker
    with open_store(tmp_path / "s") as store:
        report = build([corpus], store, workers=2)
    assert (report.articles, report.events) == (serial.articles, serial.events)
    assert _quads(tmp_path / "s") == quads


def test_dask_cluster_gives_the_same_graph(corpus, tmp_path, one_worker):
    from distributed import LocalCluster

    with (LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
          open_store(tmp_path / "s") as store):
        report = build([corpus], store, engine="dask", scheduler=cluster.scheduler_address)
    assert report.articles == 13
    assert _quads(tmp_path / "s") == one_worker[0]


def test_cli_build_with_two_workers(corpus, tmp_path, one_worker):
    result = CliRunner().invoke(cli, ["-q", "build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert _quads(tmp_path / "s") == one_worker[0]


def test_cli_scheduler_needs_the_dask_engine(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--store", str(tmp_path / "s"),
                                      "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "--engine dask" in result.output


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"engine": "spark"}, "unknown engine"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "dask engine"),
        ({"workers": -1}, "workers must be"),
        ({"workers": 2, "nlp": object()}, "model="),
    ],
)
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        run_extraction([], **kwargs)


def test_workers_zero_means_every_core():
    assert resolve_workers(0) >= 1
    assert resolve_workers(3) == 3


def test_chunks_are_taken_lazily():
    taken = count()

    def items():
        for i in range(10):
            next(taken)
            yield i

    chunks = chunked(items(), 4)
    assert next(chunks) == [0, 1, 2, 3]
    assert next(taken) == 4  # nothing read beyond the first chunk


def test_results_stream_in_order_with_bounded_chunks_in_flight():
    read = []

    def articles():
        for i in range(100):
            read.append(i)
            yield i

    class Done:
        def __init__(self, chunk):
            self.value = [x * 10 for x in chunk]

        def cancel(self):
            pass

    results = _ordered(Done, articles(), chunk_size=5, max_pending=3, collect=lambda f: f.value)
    first = next(results)
    assert first == (0, 0)
    assert len(read) <= 5 * 3  # only the chunks in flight have been read
    rest = list(results)
    assert [a for a, _ in [first, *rest]] == list(range(100))
    assert all(r == a * 10 for a, r in rest)


def test_a_dead_pool_is_a_worker_error():
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from kg.parallel import ExtractionPool

    broken: Future = Future()
    broken.set_exception(BrokenProcessPool("terminated abruptly"))
    pool = ExtractionPool.__new__(ExtractionPool)
    with pytest.raises(WorkerError, match="worker process stopped"):
        pool._collect(broken)
