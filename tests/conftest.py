"""Shared fixtures: the real spaCy model, a blank pipeline, hand-built Docs, stores."""
from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval" / "plover_gsr_dev.jsonl"
TIME_CORPUS = DATA / "time_corpus"


@pytest.fixture(scope="session")
def nlp():
    """The real model with kg's components (fails, never skips, when the model is missing)."""
    from kg.nlp import shared_nlp

    return shared_nlp()


@pytest.fixture(scope="session")
def nlp_blank():
    """spacy.blank('en') plus kg's components: no parser, no model download."""
    from kg.nlp import build_nlp

    return build_nlp(blank=True)


@pytest.fixture()
def parsed_doc(nlp_blank):
    """A Doc built by hand from words, heads and labels: 'Moscow recalled its envoy to NATO.'"""
    from spacy.tokens import Doc

    words = ["Moscow", "recalled", "its", "envoy", "to", "NATO", "."]
    heads = [1, 1, 3, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Moscow", "recall", "its", "envoy", "to", "NATO", "."]
    tags = ["NNP", "VBD", "PRP$", "NN", "IN", "NNP", "."]
    doc = Doc(nlp_blank.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags,
              sent_starts=[True] + [False] * 6)
    return nlp_blank.get_pipe("kg_actor_ruler")(doc)


@pytest.fixture(scope="session")
def mini_graph() -> Graph:
    return Graph().parse(DATA / "mini.ttl", format="turtle")


@pytest.fixture(scope="session")
def events_in(nlp):
    """``events_in(text, date=..., title=...)``: the events the real pipeline finds in one article."""
    from kg.articles import make_article
    from kg.extraction import extract_articles

    def extract(text: str, date: dt.date | None = dt.date(2015, 6, 10), title: str | None = None):
        article = make_article(id="t", body=text, title=title, date=date)
        [(_, events)] = list(extract_articles([article], nlp=nlp))
        return events

    return extract


@pytest.fixture(scope="session")
def seed_results(nlp):
    """(article, events) for the seed article, extracted once."""
    from kg.builder import extract

    results = list(extract([SEEDS], nlp=nlp))
    assert len(results) == 1, "seeds/ should hold exactly the one sample article"
    return results[0]


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, nlp):
    """A store built from seeds/ (read-only use in tests)."""
    return built_store(tmp_path_factory.mktemp("seed-store"), SEEDS, nlp, articles=1)


def built_store(path: Path, inputs: Path, nlp, *, articles: int) -> Path:
    """Build ``inputs`` into a store at ``path``, checking that every article was built."""
    from kg.builder import build
    from kg.store import open_store

    with open_store(path) as store:
        report = build([inputs], store, nlp=nlp)
    assert report.articles == articles and not report.skipped
    return path


@pytest.fixture(scope="session")
def time_corpus_store(tmp_path_factory, nlp) -> Path:
    """A store built from the six articles of tests/data/time_corpus (read-only use)."""
    return built_store(tmp_path_factory.mktemp("time-store"), TIME_CORPUS, nlp, articles=6)


@pytest.fixture(scope="session")
def gold_store(tmp_path_factory, nlp) -> Path:
    """A store built from the 431 articles of tests/data/gold_corpus.jsonl (read-only use)."""
    return built_store(tmp_path_factory.mktemp("gold-store"), DATA / "gold_corpus.jsonl", nlp, articles=431)


@pytest.fixture()
def shared_eval() -> Path:
    assert SHARED_EVAL.exists(), f"the shared gold set is expected at {SHARED_EVAL} (../shared beside the checkout)"
    return SHARED_EVAL


def stop_process(process: subprocess.Popen) -> None:
    """Terminate a server started by a test, killing it if it does not stop within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def debian_package(path: Path, package: str) -> Path:
    """``path`` from the Debian ``package``, installed with apt-get when it is not there yet.

    The tests run as root; a failed install fails the tests instead of skipping them.
    """
    if not path.exists():
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", package]):
            done = subprocess.run(command, check=False, env=env, capture_output=True, text=True, timeout=1200)
            assert done.returncode == 0, (
                f"`{' '.join(command)}` failed (exit {done.returncode}); the tests need {path}: "
                f"install the Debian package `{package}` as root.\n{done.stderr[-3000:]}")
    assert path.exists(), f"apt-get finished but {path} is missing: install the package `{package}`"
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answering(process: subprocess.Popen, url: str, name: str, log: Path, seconds: float) -> None:
    """Wait until ``url`` answers (any HTTP status), failing when the server exits or takes too long."""
    deadline = time.monotonic() + seconds
    while True:
        assert process.poll() is None, f"{name} exited early; see {log}"
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            assert time.monotonic() < deadline, f"{name} did not answer within {seconds:.0f} s; see {log}"
            time.sleep(0.1)


def oxigraph_binary() -> str:
    found = Path(sys.executable).parent / "oxigraph"
    path = str(found) if found.exists() else shutil.which("oxigraph")
    assert path, "the `oxigraph` command is missing: run `make install` (pip install oxigraph)"
    return path


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory) -> Iterator[str]:
    """`oxigraph serve` on a free loopback port with a union default graph, stopped at the end."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-remote")
    log_path = location.parent / "oxigraph.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location),
                                    "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                   stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_answering(process, f"{url}/query?query=ASK%7B%7D", "oxigraph serve", log_path, 20)
            yield url
        finally:
            stop_process(process)


# -- OpenLink Virtuoso, from Debian's virtuoso-opensource ------------------------------------------
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
DirsAllowed = .

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@dataclass(frozen=True)
class Virtuoso:
    """A running Virtuoso: anonymous ``/sparql`` reads only; ``user`` may write through the
    Digest-protected ``/sparql-auth`` and ``/sparql-graph-crud-auth``."""

    url: str
    user: str
    password: str


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> Iterator[Virtuoso]:
    """Virtuoso 7 with its own configuration and database in a temporary folder, on free
    loopback ports, with one account allowed to write; stopped at the end."""
    server = debian_package(Path("/usr/bin/virtuoso-t"), "virtuoso-opensource")
    isql = debian_package(Path("/usr/bin/isql-vt"), "virtuoso-opensource")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port, isql_port = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(dir=folder, http_port=http_port, isql_port=isql_port))
    log_path = folder / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([str(server), "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                                   cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{http_port}"
        try:
            wait_until_answering(process, f"{url}/sparql?query=ASK%7B%7D", "virtuoso-t", log_path, 90)
            account = Virtuoso(url, "kg", secrets.token_hex(8))
            grants = (f"DB.DBA.USER_CREATE('{account.user}', '{account.password}');\n"
                      f'GRANT SPARQL_SELECT TO "{account.user}";\nGRANT SPARQL_UPDATE TO "{account.user}";\n')
            # a fresh database's administrator is dba/dba, reachable on this loopback port only
            done = subprocess.run([str(isql), f"127.0.0.1:{isql_port}", "dba", "dba", "VERBOSE=OFF"],
                                  input=grants, capture_output=True, text=True, timeout=60, check=False)
            assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
            yield account
        finally:
            stop_process(process)
