"""Shared fixtures: the real spaCy model, a blank pipeline, hand-built Docs, stores."""
from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval" / "plover_gsr_dev.jsonl"


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
def gold_store(tmp_path_factory, nlp) -> Path:
    """A store built from the 95 articles of tests/data/gold_corpus.jsonl (read-only use)."""
    return built_store(tmp_path_factory.mktemp("gold-store"), DATA / "gold_corpus.jsonl", nlp, articles=95)


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
