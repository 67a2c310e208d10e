"""Relations over time: relation states, the monthly index, and every saved query's answer
on a small multi-year corpus written for these tests (tests/data/time_corpus)."""
from __future__ import annotations

import pytest
from conftest import DATA, built_store

from kg.queries import list_queries, run_query
from kg.relations import derive_states, monthly_index
from kg.store import open_store

CORPUS = DATA / "time_corpus"


def _rows(*specs):
    return [{"e": f"e{i}", "cls": cls, "start": start, "precision": "day", "src": src, "tgt": tgt}
            for i, (cls, start, src, tgt) in enumerate(specs)]


def test_states_open_and_close():
    states = derive_states(_rows(
        ("SuspendCooperation", "2014-04-01", "NATO", "RUS"),
        ("SuspendCooperation", "2015-01-01", "NATO", "RUS"),  # already suspended: same state
        ("ResumeCooperation", "2016-04-20", "NATO", "RUS"),
        ("ImposeSanctions", "2018-05-08", "USA", "IRN"),
        ("LiftSanctions", "2018-01-01", "EU", "IRN"),  # closes nothing of another pair
    ))
    assert [(s.kind, s.subject, s.object, s.start, s.end) for s in states] == [
        ("SuspendCooperation", "NATO", "RUS", "2014-04-01", "2016-04-20"),
        ("ImposeSanctions", "USA", "IRN", "2018-05-08", None),
    ]


def test_monthly_index_sums_weights_and_skips_year_dates():
    rows = _rows(("SuspendCooperation", "2014-04-01", "NATO", "RUS"), ("Meet", "2014-04-20", "NATO", "RUS"))
    rows.append({"e": "e9", "cls": "Attack", "start": "2014-01-01", "precision": "year", "src": "NATO", "tgt": "RUS"})
    assert monthly_index(rows) == {("NATO", "RUS", "2014-04"): (-1.5, 2)}


@pytest.fixture(scope="module")
def time_store(tmp_path_factory, nlp):
    path = built_store(tmp_path_factory.mktemp("time-store"), CORPUS, nlp, articles=6)
    with open_store(path, read_only=True) as store:
        yield store


def _q(store, name, **params):
    return run_query(store, name, {k: str(v) for k, v in params.items()}).rows


EXPECTED = {
    "events_between": (dict(a="NATO", b="RUS"), lambda rows: [(r["date"], r["type"]) for r in rows] == [
        ("2014-04-01", "SuspendCooperation"), ("2014-04-17", "RecallRepresentative"), ("2016-04-20", "ResumeCooperation")]),
    "events_of_type": (dict(type="ImposeSanctions"), lambda rows: [(r["date"], r["target"]) for r in rows] == [
        ("2018-05-08", "Iran")]),
    "actor_timeline": (dict(actor="IRN"), lambda rows: [(r["date"], r["type"]) for r in rows] == [
        ("2016-01-16", "LiftSanctions"), ("2018-05-08", "ImposeSanctions"), ("2018-05-09", "Accuse")]),
    "events_per_type_per_month": ({}, lambda rows: {(r["month"], r["type"], r["count"]) for r in rows} == {
        ("2014-04", "RecallRepresentative", 1), ("2014-04", "SuspendCooperation", 1), ("2016-01", "LiftSanctions", 1),
        ("2016-04", "ResumeCooperation", 1), ("2018-05", "Accuse", 1), ("2018-05", "ImposeSanctions", 1),
        ("2019-01", "Meet", 1), ("2019-01", "Praise", 1)}),
    "who_did_what": ({}, lambda rows: {(r["source"], r["type"], r["target"]) for r in rows} >= {
        ("Russia", "RecallRepresentative", "North Atlantic Treaty Organization"), ("China", "Praise", "Japan"),
        ("United States", "ImposeSanctions", "Iran")}),
    "relation_on_date": (dict(a="NATO", b="RUS", on="2015-06-01"), lambda rows: {
        (r["state"], r["start"], r["end"]) for r in rows} == {
        ("SuspendCooperation", "2014-04-01", "2016-04-20"), ("RecallRepresentative", "2014-04-17", None)}),
    "cooperation_periods": (dict(a="NATO", b="RUS"), lambda rows: [(r["state"], r["start"], r["end"]) for r in rows] == [
        ("SuspendCooperation", "2014-04-01", "2016-04-20"), ("RecallRepresentative", "2014-04-17", None)]),
    "first_last_events": ({}, lambda rows: {(r["source"], r["target"]): (r["first"], r["last"], r["count"]) for r in rows}[
        ("USA", "IRN")] == ("2016-01-16", "2018-05-08", 2)),
    "monthly_balance": (dict(a="NATO", b="RUS"), lambda rows: [(r["month"], r["score"]) for r in rows] == [
        ("2014-04", -4.0), ("2014-04", -4.0), ("2016-04", 6.0)]),
    "tit_for_tat": (dict(days=3), lambda rows: [(r["date"], r["action"], r["reply_date"], r["reply_action"]) for r in rows] == [
        ("2018-05-08", "ImposeSanctions", "2018-05-09", "Accuse")]),
    "worsening_pairs": (dict(p1start="2016-01-01", p1end="2016-12-31", p2start="2018-01-01", p2end="2018-12-31"),
                        lambda rows: [(r["source"], r["target"], r["drop"]) for r in rows][:1] == [("USA", "IRN", 15.0)]),
    "events_by_speaker": (dict(speaker="kerry"), lambda rows: [(r["type"], r["speaker_label"]) for r in rows] == [
        ("LiftSanctions", "John Kerry")]),
    "negated_and_intended": ({}, lambda rows: rows == []),
    "event_types": ({}, lambda rows: len(rows) >= 90),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_answers_on_the_time_corpus(time_store, name):
    params, check = EXPECTED[name]
    rows = _q(time_store, name, **params)
    assert check(rows), rows


def test_every_saved_query_has_an_expected_answer():
    names = {q.name for q in list_queries()} - {"event_mentions"}
    assert names <= set(EXPECTED), names - set(EXPECTED)


def test_event_mentions_lists_each_report(time_store):
    from kg.queries import get

    query = get("event_mentions")
    [param] = query.params
    events = time_store.query("PREFIX kg: <https://w3id.org/kg-events/ontology#> SELECT ?e WHERE { ?e a kg:RecallRepresentative }").rows
    mentions = run_query(time_store, "event_mentions", {param.name: events[0]["e"]}).rows
    assert len(mentions) == 2  # the headline and the body sentence


def test_seed_dates(seed_results):
    _, events = seed_results
    by_type = {e.type: e for e in events}
    assert by_type["RecallRepresentative"].time.value == "2014-04"
    suspend = by_type["SuspendCooperation"]
    assert suspend.time is not None and suspend.time.value <= "2014-04"
    threat = next(e for e in events if e.plover == "THREATEN")
    assert threat.time is not None and threat.time.value == "2015-01-22"
