"""Precision, recall and F1 of the extractor against gold events (``kg eval``).

A gold file is JSON Lines: ``{"id", "date", "text", "title"?, "events": [{"plover",
"source": [codes], "target": [codes], "negated", ...}]}``. A predicted event matches a
gold event of the same record when the PLOVER type is equal, the source codes overlap,
the target codes overlap and ``negated`` agrees. "IGO" / "NGO" in gold match any actor
of kind igo / ngo (or a person acting for one); an empty gold side matches only an empty predicted side. Matching is
one-to-one, greedy in record order.

The *dyad* score asks only who did something to whom: the same rule without the type.

A record may carry ``"split": "tuned"`` or ``"split": "heldout"``. Held-out records measure
whether a change carries over to text nobody tuned for: :func:`read_gold` can keep one split,
and ``kg eval --show-errors`` never lists a held-out record's errors.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.articles import decode_bytes, read_record
from kg.errors import ArticleError
from kg.types import Article, Event

GENERIC = {"IGO": "igo", "NGO": "ngo"}
HELDOUT = "heldout"


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalResult:
    overall: Scores = field(default_factory=Scores)
    dyad: Scores = field(default_factory=Scores)
    by_type: dict[str, Scores] = field(default_factory=dict)
    records: int = 0
    misses: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    false: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    actor_hits: int = 0
    actor_total: int = 0
    hidden: int = 0  # held-out records whose errors are not listed
    dates_right: int = 0  # matched events whose gold has a date: dated right at the gold's precision
    dates_total: int = 0

    def type_scores(self, plover: str) -> Scores:
        return self.by_type.setdefault(plover, Scores())

    @property
    def actor_accuracy(self) -> float:
        return self.actor_hits / self.actor_total if self.actor_total else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_total if self.dates_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "overall": self.overall.to_dict(),
            "dyad": self.dyad.to_dict(),
            "by_type": {k: v.to_dict() for k, v in sorted(self.by_type.items())},
            "actor_accuracy": round(self.actor_accuracy, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "dated_matches": self.dates_total,
        }


def side_matches(gold: list[str], predicted: Iterable[Any]) -> bool:
    """Whether a gold side (codes) overlaps a predicted side (actors).

    >>> from kg.types import Actor
    >>> side_matches(["IGO"], [Actor("UN", "igo", "United Nations")])
    True
    >>> side_matches([], [])
    True
    """
    predicted = list(predicted)
    if not gold:
        return not predicted
    codes = {a.code for a in predicted}
    kinds = {a.parent_kind if a.kind == "person" and a.parent_kind else a.kind for a in predicted}
    return any(code in codes or (code in GENERIC and GENERIC[code] in kinds) for code in gold)


def event_matches(gold: dict[str, Any], event: Event, *, typed: bool = True) -> bool:
    """Whether a predicted event matches a gold event; ``typed=False`` ignores the type (dyad)."""
    return (
        (not typed or gold.get("plover") == event.plover)
        and side_matches(gold.get("source") or [], event.source)
        and side_matches(gold.get("target") or [], event.target)
        and bool(gold.get("negated", False)) == event.negated
    )


def read_gold(path: str | Path, *, split: str | None = None) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
    """Gold records as Articles with their gold events.

    Args:
        path: a JSON Lines gold file.
        split: keep only records of this split ("tuned" or "heldout"; a record without
            one is "tuned"); None keeps all.

    Raises:
        ArticleError: the file cannot be read or a line is not a valid record.
    """
    name = str(path)
    try:
        text = decode_bytes(Path(path).read_bytes(), name)
    except OSError as exc:
        raise ArticleError(name, f"cannot read: {exc.strerror or exc}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(name, f"invalid JSON ({exc.msg})", line=number) from None
        if split is not None and record.get("split", "tuned") != split:
            continue
        article = read_record(record, name=name, line=number)
        yield article, list(record.get("events") or [])


def evaluate(
    gold: Iterable[tuple[Article, list[dict[str, Any]]]],
    extract: Callable[[Iterable[Article]], Iterable[tuple[Article, list[Event]]]],
    *,
    hide: Iterable[str] = (),
) -> EvalResult:
    """Score extracted events against gold events, record by record.

    Args:
        gold: (article, gold events) pairs, as :func:`read_gold` gives them.
        extract: the extractor, articles in, (article, events) out.
        hide: ids of records whose errors are counted but not listed.
    """
    pairs = list(gold)
    golds = {article.id: events for article, events in pairs}
    hidden = set(hide)
    result = EvalResult()
    for article, events in extract(a for a, _ in pairs):
        result.records += 1
        gold_events = golds.get(article.id, [])
        missed, unmatched, matched = _match(gold_events, events, typed=True)
        _score_dates(result, matched)
        left = {id(e) for e in unmatched}
        for event in events:
            if id(event) not in left:
                result.type_scores(event.plover).tp += 1
        for event in unmatched:
            result.type_scores(event.plover).fp += 1
        for miss in missed:
            result.type_scores(miss.get("plover", "?")).fn += 1
        _count(result.overall, missed, events, unmatched)
        dyad_missed, dyad_unmatched, _ = _match(gold_events, events, typed=False)
        _count(result.dyad, dyad_missed, events, dyad_unmatched)
        if article.id in hidden:
            result.hidden += 1
        else:
            result.false.extend((article.id, e.sentence or article.text, _brief(e)) for e in unmatched)
            result.misses.extend((article.id, article.text, m) for m in missed)
        _score_actors(result, gold_events, events)
    return result


def _match(gold: list[dict[str, Any]], events: list[Event], *, typed: bool
           ) -> tuple[list[dict[str, Any]], list[Event], list[tuple[dict[str, Any], Event]]]:
    """One-to-one greedy matching: the gold events missed, the predicted events left over, the pairs."""
    remaining = list(gold)
    unmatched: list[Event] = []
    pairs: list[tuple[dict[str, Any], Event]] = []
    for event in events:
        hit = next((g for g in remaining if event_matches(g, event, typed=typed)), None)
        if hit is None:
            unmatched.append(event)
        else:
            remaining.remove(hit)
            pairs.append((hit, event))
    return remaining, unmatched, pairs


def date_right(gold: str, event: Event) -> bool:
    """Whether an event's date agrees with a gold date at the gold's precision.

    >>> from kg.types import TimeSpan
    >>> date_right("2014-04", Event("Accuse", "ACCUSE", "112", (), (), (), time=TimeSpan("2014-04-03", "day")))
    True
    """
    return event.time is not None and event.time.value.startswith(gold)


def _score_dates(result: EvalResult, pairs: list[tuple[dict[str, Any], Event]]) -> None:
    for gold, event in pairs:
        if gold.get("date"):
            result.dates_total += 1
            result.dates_right += date_right(str(gold["date"]), event)


def _count(scores: Scores, missed: list[dict[str, Any]], events: list[Event], unmatched: list[Event]) -> None:
    scores.tp += len(events) - len(unmatched)
    scores.fp += len(unmatched)
    scores.fn += len(missed)


def _score_actors(result: EvalResult, gold: list[dict[str, Any]], events: list[Event]) -> None:
    """Share of gold source and target codes found on a predicted event of the same type."""
    for g in gold:
        same_type = [e for e in events if e.plover == g.get("plover")]
        for side in ("source", "target"):
            for code in g.get(side) or []:
                result.actor_total += 1
                if any(side_matches([code], getattr(e, side)) for e in same_type):
                    result.actor_hits += 1


def _brief(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "plover": event.plover,
        "source": [a.code for a in event.source],
        "target": [a.code for a in event.target],
        "negated": event.negated,
        "modality": event.modality,
    }
