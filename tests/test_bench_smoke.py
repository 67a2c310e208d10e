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


def test_a_run_without_rdflib_is_set_beside_the_full_one(tmp_path, monkeypatch, capsys):
    import dataclasses

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    small = dataclasses.replace(run.MODES["tiny"], name="large", rdflib_baseline=False)
    monkeypatch.setitem(run.MODES, "large", small)
    out = tmp_path / "results.json"
    earlier = {"articles": 4, "triples": 1_000, "article_triples": 500, "embedded_load_seconds": 0.5,
               "events_seconds": 0.25, "derive_seconds": 0.5, "optimize_seconds": 0.1, "turtle_export_seconds": 0.2,
               "turtle_bytes": 10_000,
               "queries": [{"name": "tit_for_tat", "rows": 2, "embedded_seconds": 0.001, "embedded_timed_out": False},
                           {"name": "events_between", "rows": None, "embedded_seconds": 20.0,
                            "embedded_timed_out": True}]}
    out.write_text(json.dumps({"mode": "full", "machine": run.machine(), "total_seconds": 60.0, "store": earlier,
                               "load_speedup_vs_rdflib": 2.5, "large_load_speedup_vs_rdflib": 3.0}), encoding="utf-8")
    assert run.main(["--large", "--out", str(out), "--workdir", str(tmp_path / "w")]) == 0
    table = capsys.readouterr().out
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["store"] == earlier and results["load_speedup_vs_rdflib"] == 2.5  # the full run is kept
    large = results["large_store"]
    assert large["rdflib_baseline"] is False and "rdflib_load_seconds" not in large and "load_speedup" not in large
    assert large["triples"] > 1000 and large["peak_rss_mib"] > 0
    assert all(set(q) == {"name", "params", "rows", "embedded_seconds", "embedded_timed_out"} for q in large["queries"])
    assert "large_load_speedup_vs_rdflib" not in results and "large_query_speedup_vs_rdflib_min" not in results
    growth = results["large_growth"]
    assert growth["triples"]["full"] == 1_000 and growth["triples"]["growth"] == large["triples"] / 1_000
    tit_for_tat = growth["query_tit_for_tat_seconds"]
    assert tit_for_tat["growth"] == results["large_tit_for_tat_seconds"] / 0.001 == results["large_tit_for_tat_growth"]
    assert growth["query_events_between_seconds"]["bound"] == "upper"  # the full run stopped it
    assert growth["query_event_types_seconds"]["full"] is None and growth["query_event_types_seconds"]["growth"] is None
    for key in ("embedded_load_seconds", "events_seconds", "derive_seconds", "optimize_seconds"):
        assert growth[key]["growth"] > 0, key
    assert "growth" in table and "20.7 GiB" in table and "tit_for_tat" in table
    assert run.main(["--report", "--out", str(out)]) == 0
    report = capsys.readouterr().out
    assert "| measure | kg, large run | kg, full run | growth |" in report and "20.7 GiB" in report
    assert "| query tit_for_tat, s |" in report


def test_measuring_some_sections_again_keeps_the_large_run():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    earlier = {"mode": "full", "workers": {"speedup": 1.6}, "large_store": {"triples": 10_000_000},
               "large_tit_for_tat_seconds": 4.0}
    again = run.kept_from(earlier, {"mode": "full", "extraction": {}}, ("extract",))
    assert again["large_store"] == {"triples": 10_000_000} and again["large_tit_for_tat_seconds"] == 4.0
    assert again["workers"] == {"speedup": 1.6}  # the section not measured again is kept too
    quick = run.kept_from(earlier, {"mode": "quick", "extraction": {}}, ("extract",))
    assert "large_store" not in quick and "workers" not in quick  # other modes keep nothing
