"""The benchmarks run end to end on a few articles and a few thousand triples.

Only the shape of the results is checked, never a time: this keeps benchmarks/ from rotting.
"""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

BENCH = ROOT / "benchmarks" / "run.py"


def test_benchmarks_run_in_tiny_mode(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(BENCH), "--tiny", "--out", str(out), "--workdir", str(tmp_path / "w")],
                          check=False, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in ("extract_vs_spacy_ratio", "workers2_speedup", "query_speedup_vs_rdflib_min", "memory_growth_ratio",
                "tit_for_tat_seconds", "load_speedup_vs_rdflib"):
        assert isinstance(results[key], float) and results[key] > 0, key
    extraction = results["extraction"]
    assert extraction["kg_words_per_s"] > 0 and extraction["spacy_words_per_s"] > 0 and extraction["events"] > 0
    assert [run["articles"] for run in results["memory"]["runs"]] == [3, 6]
    assert all(run["peak_rss_mib"] > 0 for run in results["memory"]["runs"])
    store = results["store"]
    assert store["triples"] > 1000 and store["turtle_bytes"] > 0 and store["events_seconds"] > 0
    names = {q["name"] for q in store["queries"]}
    assert {"events_between", "events_of_type", "event_mentions"} <= names
    assert all(q["embedded_seconds"] > 0 and q["rdflib_seconds"] > 0 for q in store["queries"])
    loaded = results["dictionaries"]
    assert loaded["verb_patterns"] > 3000 and loaded["dictionary_names"] > 10000
    assert loaded["kg_load_seconds"] > 0 and loaded["spacy_rss_mib"] > 0
    assert results["machine"]["cores"] >= 1 and results["machine"]["spacy"]
    assert "peak RSS" in done.stdout  # the table was printed


def test_corpus_is_reproducible(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    first = list(corpus.generate(20, seed=5))
    assert first == list(corpus.generate(20, seed=5))
    assert first != list(corpus.generate(20, seed=6))
    assert len({r["id"] for r in first}) == 20
    folder = corpus.write_txt(tmp_path / "txt", 3, seed=5)
    from kg.articles import load_articles

    articles = list(load_articles([folder]))
    assert [a.title for a in articles] == [r["title"] for r in first[:3]]
    assert all(a.date is not None for a in articles)


def test_a_large_run_is_kept_beside_the_full_one(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "results.json"
    out.write_text(json.dumps({"mode": "full", "store": {"triples": 1_000_000}}), encoding="utf-8")
    query = {"name": "tit_for_tat", "embedded_seconds": 4.0, "embedded_timed_out": False}
    large = {"store": {"triples": 10_000_000, "queries": [query], "query_speedup_min": 30.0, "load_speedup": 3.5}}
    merged = run.with_large(large, out)
    assert merged["store"] == {"triples": 1_000_000} and merged["large_store"]["triples"] == 10_000_000
    assert (merged["large_tit_for_tat_seconds"], merged["large_load_speedup_vs_rdflib"],
            merged["large_query_speedup_vs_rdflib_min"]) == (4.0, 3.5, 30.0)
    query["embedded_timed_out"] = True  # a query kg did not finish: no smallest speed-up
    assert run.with_large(large, out)["large_query_speedup_vs_rdflib_min"] is None
