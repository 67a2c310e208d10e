"""Finding actors and events: `kg actors`, actor parameters given as codes in any case or as
labels, a warning naming the closest actors, and event ids that `event_mentions` accepts."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from kg.cli import cli


@pytest.fixture()
def runner():
    return CliRunner()


def _json(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_kg_actors_lists_codes_labels_kinds_sectors_and_event_counts(runner, seed_store):
    rows = _json(runner.invoke(cli, ["actors", "--store", str(seed_store), "--format", "json"]))
    by_label = {row["label"]: row for row in rows}
    assert by_label["Russia"] == {"code": "RUS", "label": "Russia", "kind": "country", "sector": None,
                                  "events": by_label["Russia"]["events"]}
    assert by_label["Russia"]["events"] >= 3
    assert by_label["Russia (MIL)"]["sector"] == "MIL" and by_label["Russia (MIL)"]["code"] == "RUS"
    assert by_label["Philip Breedlove"]["kind"] == "person" and by_label["Philip Breedlove"]["code"] == "NATO"
    table = runner.invoke(cli, ["actors", "--store", str(seed_store)])
    assert table.exit_code == 0 and "North Atlantic Treaty Organization" in table.output


@pytest.mark.parametrize("a", ["RUS", "rus", "Russia", "russia"])
def test_actor_parameters_take_a_code_in_any_case_or_a_label(runner, seed_store, a):
    rows = _json(runner.invoke(cli, ["query", "events_between", "-p", f"a={a}", "-p", "b=North Atlantic Treaty Organization",
                                     "--store", str(seed_store), "--format", "json"]))
    assert {row["type"] for row in rows} >= {"RecallRepresentative", "SuspendCooperation"}


def test_an_actor_the_store_lacks_is_warned_about_with_the_closest_ones(runner, seed_store):
    result = runner.invoke(cli, ["query", "events_between", "-p", "a=Rusia", "-p", "b=NATO",
                                 "--store", str(seed_store), "--format", "json"])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == []
    [warning] = result.stderr.strip().splitlines()
    assert "no actor 'Rusia'" in warning and "RUS (Russia)" in warning and "kg actors" in warning


def test_the_library_reads_labels_too(seed_store, caplog):
    from kg.queries import run_query
    from kg.store import open_store

    with open_store(seed_store, read_only=True) as store:
        assert run_query(store, "events_between", {"a": "russia", "b": "nato"}).rows
        assert not run_query(store, "events_between", {"a": "Poland", "b": "nato"}).rows
    assert "no actor 'Poland'" in caplog.text


def test_event_ids_shown_by_events_between_and_extract_lead_to_the_mentions(runner, seed_store):
    rows = _json(runner.invoke(cli, ["query", "events_between", "-p", "a=RUS", "-p", "b=NATO",
                                     "--store", str(seed_store), "--format", "json"]))
    recall = next(row for row in rows if row["type"] == "RecallRepresentative")
    table = runner.invoke(cli, ["extract", str(SEEDS), "--format", "table"])
    assert recall["event"] in table.output
    for given in (recall["event"], f"https://w3id.org/kg-events/id/event/{recall['event']}"):
        mentions = _json(runner.invoke(cli, ["query", "event_mentions", "-p", f"event={given}",
                                             "--store", str(seed_store), "--format", "json"]))
        assert mentions and "recalled" in mentions[0]["sentence"]
