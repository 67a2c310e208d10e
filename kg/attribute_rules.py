"""The model's attribute rules (tag to part of speech and morphology, a few lemma exceptions),
applied by table look-up instead of by spaCy's general Matcher.

Part of the nlp stage: :func:`kg.nlp.build_nlp` hands the model's ``attribute_ruler`` to
:func:`tabulate_attribute_rules`. The ruler of an English model holds some 180 patterns of one
or two tokens, each token tested on its tag, lower-case form, dependency label or whether it is
white space. spaCy's Matcher tries every pattern at every token, which makes the ruler one of
the dearest steps of the pipeline. Whether a one-token pattern matches depends only on those
four values, so the answer is worked out once per combination and kept; a two-token pattern
matches where its first token's answer and the next token's answer say so. The matches are
applied in the ruler's own order (a later rule wins), so every token ends with the attributes
the Matcher would have given it. A ruler with patterns of another form (operators, other
attributes, longer patterns) is left as it is.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

logger = logging.getLogger(__name__)

# The token attributes a pattern may test, in the order of a token's key.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]
_MAX_TOKENS = 2

Test = Callable[[tuple[str, str, str, bool]], bool]


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the rule's place in the ruler (its attribute id): later rules win
    tests: tuple[Test, ...]  # one test per token of the pattern
    target: int  # which token of the match gets the attributes


@dataclass(frozen=True)
class _Answer:
    """What the rules say about one token key."""

    rules: tuple[int, ...]  # one-token rules that match it
    firsts: frozenset[int]  # two-token patterns (by position) it can start
    seconds: frozenset[int]  # two-token patterns it can end


def _value_test(attr: str, spec: Any) -> Test | None:
    """A test of one attribute as the Matcher reads it; None for a form not handled here."""
    at = _KEY_ATTRS.index(attr)
    if attr == "IS_SPACE":
        if not isinstance(spec, bool):
            return None
        return lambda key: key[at] == spec
    if isinstance(spec, str):
        return lambda key: key[at] == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, arg), = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        values = frozenset(arg)
        return (lambda key: key[at] in values) if op == "IN" else (lambda key: key[at] not in values)
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda key: regex.search(str(key[at])) is not None
    return None


def _token_test(spec: dict[str, Any]) -> Test | None:
    tests: list[Test] = []
    for attr, value in spec.items():
        test = _value_test(attr, value) if attr in _KEY_ATTRS else None
        if test is None:
            return None
        tests.append(test)
    return lambda key: all(test(key) for test in tests)


def _patterns(ruler: AttributeRuler) -> list[_Pattern] | None:
    """The ruler's patterns as tests, or None if one of them is of a form not handled here."""
    found: list[_Pattern] = []
    entries: list[dict[str, Any]] = ruler.patterns  # type: ignore[assignment]
    for rule, entry in enumerate(entries):  # the i-th entry is the rule spaCy numbers i
        index: int = entry.get("index", 0)
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not 1 <= len(pattern) <= _MAX_TOKENS:
                return None
            tests = [_token_test(spec) for spec in pattern]
            target = index if index >= 0 else len(pattern) + index
            if any(t is None for t in tests) or not 0 <= target < len(pattern):
                return None
            found.append(_Pattern(rule, tuple(tests), target))  # type: ignore[arg-type]
    return found


class AttributeTable:
    """The rules of one attribute ruler, answered per token key and applied in rule order."""

    def __init__(self, ruler: AttributeRuler, patterns: list[_Pattern]) -> None:
        self.ruler = ruler
        self.singles = [p for p in patterns if len(p.tests) == 1]
        self.pairs = [p for p in patterns if len(p.tests) == 2]
        self.answers: dict[tuple[int, ...], _Answer] = {}
        self.merged: dict[tuple[int, ...], dict[int, Any]] = {}
        self.rules = ruler.attrs  # the rules' attributes, by rule
        self.size = len(ruler.attrs)

    def _answer(self, row: tuple[int, ...]) -> _Answer:
        strings = self.ruler.vocab.strings
        key = (strings[row[0]], strings[row[1]], strings[row[2]], bool(row[3]))
        answer = _Answer(
            tuple(sorted({p.rule for p in self.singles if p.tests[0](key)})),
            frozenset(i for i, p in enumerate(self.pairs) if p.tests[0](key)),
            frozenset(i for i, p in enumerate(self.pairs) if p.tests[1](key)),
        )
        self.answers[row] = answer
        return answer

    def match(self, doc: Doc) -> list[tuple[int, ...]]:
        """For each token, the rules that match it, in the order they are applied."""
        if self.ruler.attrs is not self.rules or len(self.rules) != self.size:
            # rules added or replaced since: a new table, or the Matcher if it cannot have one
            del self.ruler.match, self.ruler.set_annotations
            tabulate_attribute_rules(self.ruler)
            return self.ruler.match(doc)  # type: ignore[no-any-return]
        answers = self.answers
        found = [answers.get(row) or self._answer(row) for row in map(tuple, doc.to_array(_KEY_IDS).tolist())]
        rules = [answer.rules for answer in found]
        for i in range(len(found) - 1):
            if found[i].firsts:
                for which in found[i].firsts & found[i + 1].seconds:
                    pattern = self.pairs[which]
                    at = i + pattern.target
                    if pattern.rule not in rules[at]:
                        rules[at] = tuple(sorted((*rules[at], pattern.rule)))
        return rules

    def set_annotations(self, doc: Doc, rules: list[tuple[int, ...]]) -> None:
        """Set each token's attributes from the rules that match it, a later rule winning."""
        merged = self.merged
        for i, matched in enumerate(rules):
            if matched:
                set_token_attrs(doc[i], merged.get(matched) or self._attrs(matched))

    def _attrs(self, rules: tuple[int, ...]) -> dict[int, Any]:
        merged: dict[int, Any] = {}
        for rule in rules:
            merged.update(self.rules[rule])
        self.merged[rules] = merged
        return merged


def tabulate_attribute_rules(ruler: AttributeRuler) -> AttributeTable | None:
    """Make ``ruler`` apply its rules through an :class:`AttributeTable`.

    The ruler keeps its patterns (it saves and loads as before); its ``match`` and
    ``set_annotations`` steps become the table's. Returns the table, or None when a pattern
    is of a form the table does not handle (the ruler is then left as it is).
    """
    patterns = _patterns(ruler)
    if patterns is None:
        logger.debug("attribute ruler left to the Matcher: a pattern of another form")
        return None
    table = AttributeTable(ruler, patterns)
    ruler.match = table.match  # type: ignore[method-assign]
    ruler.set_annotations = table.set_annotations  # type: ignore[method-assign]
    return table
