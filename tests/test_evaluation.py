"""kg eval: the matching rule, and the extractor's scores on the shared and own gold sets.

The floors are regression guards set just under the measured scores; they fail when a
change makes extraction worse.
"""
from __future__ import annotations

from click.testing import CliRunner
from conftest import DATA

from kg.build import extract_articles
from kg.cli import cli
from kg.evaluation import evaluate, event_matches, read_gold, side_matches
from kg.types import Actor, Event, Mention

UN = Actor("UN", "igo", "United Nations")
USA = Actor("USA", "country", "United States")


def _event(plover="ACCUSE", source=(USA,), target=(UN,), negated=False) -> Event:
    return Event("Accuse", plover, "112", source, target, (Mention("x", "s", 0, 1, "t"),), negated=negated)


def test_matching_rule():
    gold = {"plover": "ACCUSE", "source": ["USA"], "target": ["IGO"], "negated": False}
    assert event_matches(gold, _event())
    assert not event_matches({**gold, "plover": "REJECT"}, _event())
    assert not event_matches(gold, _event(negated=True))
    assert not event_matches({**gold, "target": ["NGO"]}, _event())
    assert side_matches([], []) and not side_matches([], [USA])


def test_scores_on_the_shared_development_set(shared_eval):
    result = evaluate(read_gold(shared_eval), extract_articles)
    assert result.records == 158
    assert result.overall.f1 >= FLOOR_SHARED_F1, result.to_dict()["overall"]


def test_scores_on_our_annotated_corpus():
    result = evaluate(read_gold(DATA / "gold_corpus.jsonl"), extract_articles)
    assert result.records >= 25
    assert result.overall.f1 >= FLOOR_OWN_F1, result.to_dict()["overall"]


def test_eval_command_prints_scores_and_errors(shared_eval):
    result = CliRunner().invoke(cli, ["eval", str(shared_eval), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output and "F1" in result.output
    assert "MISS" in result.output


FLOOR_SHARED_F1 = 0.68
FLOOR_OWN_F1 = 0.55
