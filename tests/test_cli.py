from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from kg.cli import cli


@pytest.fixture()
def runner():
    return CliRunner()


def test_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"`kg {name} --help` shows no example"
        assert command.help


def test_extract_jsonl_follows_the_contract(runner):
    result = runner.invoke(cli, ["extract", str(SEEDS)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert records
    for rec in records:
        for key in ("article", "type", "plover", "cameo", "source", "target", "date", "date_precision",
                    "negated", "modality", "speaker", "sentence", "confidence"):
            assert key in rec
        for actor in rec["source"] + rec["target"]:
            assert actor["kind"] in {"country", "igo", "ngo", "organization", "person", "group"}
            assert actor["code"] and actor["label"] and actor["iri"].startswith("https://w3id.org/kg-events/id/actor/")
    recall = [r for r in records if r["type"] == "RecallRepresentative"]
    assert recall and recall[0]["source"][0]["code"] == "RUS" and recall[0]["date"] == "2014-04"


def test_extract_table(runner):
    result = runner.invoke(cli, ["extract", str(SEEDS), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "event(s)" in result.output and "RUS" in result.output and "NATO" in result.output


def test_piped_tables_keep_one_line_per_row(runner):
    """Output that is not a terminal (here, the test runner's) is drawn as wide as it needs."""
    result = runner.invoke(cli, ["extract", str(SEEDS), "--format", "table"])
    assert result.exit_code == 0, result.output
    recall = [line for line in result.output.splitlines() if "RecallRepresentative" in line]
    assert len(recall) == 1 and "In April, Moscow recalled its chief military representative to NATO" in recall[0]


def test_build_query_export_validate(runner, tmp_path):
    store = str(tmp_path / "store")
    result = runner.invoke(cli, ["build", str(SEEDS), "--store", store])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["query", "events_of_type", "--param", "type=RecallRepresentative", "--store", store,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and rows[0]["date"] == "2014-04"
    result = runner.invoke(cli, ["query", "events_between", "-p", "a=RUS", "-p", "b=NATO", "--store", store,
                                 "--format", "csv"])
    assert result.exit_code == 0 and result.output.startswith("date,basis,type")
    out = tmp_path / "g.ttl"
    result = runner.invoke(cli, ["export", "--format", "turtle", "-o", str(out), "--store", store])
    assert result.exit_code == 0 and out.read_text().count("RecallRepresentative") >= 1
    from rdflib import Dataset, Graph

    assert len(Graph().parse(out, format="turtle")) > 50
    for fmt in ("trig", "nquads", "jsonld"):
        result = runner.invoke(cli, ["export", "--format", fmt, "--store", store])
        assert result.exit_code == 0, fmt
        parsed = Dataset().parse(data=result.output, format={"jsonld": "json-ld"}.get(fmt, fmt))
        assert len(parsed) > 50 or sum(len(g) for g in parsed.graphs()) > 50
    result = runner.invoke(cli, ["validate", "--store", store])
    assert result.exit_code == 0 and "conforms" in result.output


def test_queries_lists_names_and_parameters(runner):
    result = runner.invoke(cli, ["queries"])
    assert result.exit_code == 0
    assert "events_between" in result.output and "a (code)" in result.output


def test_query_errors_are_one_line(runner, tmp_path):
    result = runner.invoke(cli, ["query", "nope", "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: Unknown query 'nope'")
    assert len(result.output.strip().splitlines()) == 1
    result = runner.invoke(cli, ["query", "events_between", "-p", "a=RUS", "--store", str(tmp_path)])
    assert result.exit_code == 1 and "--param b=" in result.output


def test_skipped_inputs_set_the_exit_status(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Headline\n\n22/01/2015\n\nRussia recalled its envoy to NATO.")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02" * 10)
    result = runner.invoke(cli, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert "bad.txt" in result.output and "binary" in result.output


def test_build_stops_before_making_a_store_when_there_is_nothing_to_read(runner, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("# not an article\n", encoding="utf-8")
    store = tmp_path / "store"
    for inputs in ([str(empty)], [str(tmp_path / "missing")]):
        result = runner.invoke(cli, ["build", *inputs, "--store", str(store)])
        assert result.exit_code == 1 and not store.exists(), result.output
    assert "no article files" in runner.invoke(cli, ["build", str(empty), "--store", str(store)]).output
    assert "no such file or folder" in runner.invoke(cli, ["build", str(tmp_path / "missing"),
                                                           "--store", str(store)]).output


def test_build_names_the_files_of_a_folder_it_does_not_read(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text((SEEDS / "000_c3c36266fd6b828a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.md").write_text("# not an article\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "1 file(s) not read" in result.output and "notes.md" in result.output


def test_an_interrupted_build_says_how_to_resume(runner, tmp_path, monkeypatch):
    import kg.builder

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.builder, "build", interrupted)
    result = runner.invoke(cli, ["build", str(SEEDS), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "interrupted" in result.output and "run the same `kg build` again" in result.output
