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

Test = Callable[[Any], bool]  # a test of one attribute's value


@dataclass(frozen=True)
class _Token:
    """What one token of a pattern asks. Most patterns name the word's form, so the form is
    looked up in an index (``words``) rather than tested; other tests of the form are kept in
    ``form``; ``others`` test the tag, the dependency label and white space."""

    words: frozenset[str] | None  # the forms it accepts, when it lists them
    form: Test | None  # a test of the form of another kind (a pattern, a list it must avoid)
    others: tuple[tuple[int, Test], ...]  # (place in the key, test) for the other attributes

    @property
    def asks_form(self) -> bool:
        return self.words is not None or self.form is not None


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the rule's place in the ruler (its attribute id): later rules win
    tokens: tuple[int, ...]  # one token (its place in the table's list) per token of the pattern
    target: int  # which token of the match gets the attributes


@dataclass(frozen=True)
class _Answer:
    """What the rules say about one token key."""

    rules: tuple[int, ...]  # one-token rules that match it
    firsts: frozenset[int]  # two-token patterns (by position) it can start
    seconds: frozenset[int]  # two-token patterns it can end


def _value_test(attr: str, spec: Any) -> Test | None:
    """A test of one attribute's value as the Matcher reads it; None for a form not handled here."""
    if attr == "IS_SPACE":
        if not isinstance(spec, bool):
            return None
        return lambda value: value == spec
    if isinstance(spec, str):
        return lambda value: value == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, arg), = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        values = frozenset(arg)
        return (lambda value: value in values) if op == "IN" else (lambda value: value not in values)
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda value: regex.search(str(value)) is not None
    return None


def _listed_words(spec: Any) -> frozenset[str] | None:
    """The forms a LOWER test accepts when it names them (one form or an IN list)."""
    if isinstance(spec, str):
        return frozenset([spec])
    if isinstance(spec, dict) and list(spec) == ["IN"] and isinstance(spec["IN"], list) \
            and all(isinstance(v, str) for v in spec["IN"]):
        return frozenset(spec["IN"])
    return None


def _token(spec: dict[str, Any]) -> _Token | None:
    words: frozenset[str] | None = None
    form: Test | None = None
    others: list[tuple[int, Test]] = []
    for attr, value in spec.items():
        if attr not in _KEY_ATTRS:
            return None
        if attr == "LOWER" and (words := _listed_words(value)) is not None:
            continue
        test = _value_test(attr, value)
        if test is None:
            return None
        if attr == "LOWER":
            form = test
        else:
            others.append((_KEY_ATTRS.index(attr), test))
    return _Token(words, form, tuple(others))


def _patterns(ruler: AttributeRuler) -> tuple[list[_Pattern], list[_Token]] | None:
    """The ruler's patterns and their tokens, or None if one is of a form not handled here."""
    found: list[_Pattern] = []
    tokens: list[_Token] = []
    entries: list[dict[str, Any]] = ruler.patterns  # type: ignore[assignment]
    for rule, entry in enumerate(entries):  # the i-th entry is the rule spaCy numbers i
        index: int = entry.get("index", 0)
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not 1 <= len(pattern) <= _MAX_TOKENS:
                return None
            parsed = [_token(spec) for spec in pattern]
            target = index if index >= 0 else len(pattern) + index
            if any(t is None for t in parsed) or not 0 <= target < len(pattern):
                return None
            places = tuple(range(len(tokens), len(tokens) + len(parsed)))
            tokens.extend(parsed)  # type: ignore[arg-type]
            found.append(_Pattern(rule, places, target))
    return found, tokens


class AttributeTable:
    """The rules of one attribute ruler, answered per token key and applied in rule order.

    A token's answer depends on its tag, dependency label, white space and which pattern
    tokens its form satisfies; the last is found once per form through the index of named
    forms, so a word never seen before costs a dictionary look-up, not a test of every rule.
    """

    def __init__(self, ruler: AttributeRuler, patterns: list[_Pattern], tokens: list[_Token]) -> None:
        self.ruler = ruler
        self.tokens = tokens
        self.singles = [p for p in patterns if len(p.tokens) == 1]
        self.pairs = [p for p in patterns if len(p.tokens) == 2]
        self.by_word: dict[str, set[int]] = {}
        for place, token in enumerate(tokens):
            for word in token.words or ():
                self.by_word.setdefault(word, set()).add(place)
        self.form_tests = [(place, token.form) for place, token in enumerate(tokens) if token.form]
        self.forms: dict[int, frozenset[int]] = {}  # form id -> pattern tokens its form satisfies
        self.keyed: dict[tuple[Any, ...], _Answer] = {}  # (tag, dep, space, form's tokens)
        self.answers: dict[tuple[int, ...], _Answer] = {}  # a token's row of ids
        self.merged: dict[tuple[int, ...], dict[int, Any]] = {}
        self.rules = ruler.attrs  # the rules' attributes, by rule
        self.size = len(ruler.attrs)

    def _form(self, form_id: int) -> frozenset[int]:
        form = self.ruler.vocab.strings[form_id]
        fits = set(self.by_word.get(form, ()))
        fits.update(place for place, test in self.form_tests if test(form))
        self.forms[form_id] = found = frozenset(fits)
        return found

    def _fits(self, place: int, key: tuple[Any, ...], form: frozenset[int]) -> bool:
        token = self.tokens[place]
        if token.asks_form and place not in form:
            return False
        return all(test(key[at]) for at, test in token.others)

    def _answer(self, row: tuple[int, ...]) -> _Answer:
        form = self.forms.get(row[1])
        if form is None:
            form = self._form(row[1])
        strings = self.ruler.vocab.strings
        key = (strings[row[0]], None, strings[row[2]], bool(row[3]))
        found = self.keyed.get((*key, form))
        if found is None:
            found = _Answer(
                tuple(sorted({p.rule for p in self.singles if self._fits(p.tokens[0], key, form)})),
                frozenset(i for i, p in enumerate(self.pairs) if self._fits(p.tokens[0], key, form)),
                frozenset(i for i, p in enumerate(self.pairs) if self._fits(p.tokens[1], key, form)),
            )
            self.keyed[(*key, form)] = found
        self.answers[row] = found
        return found

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
    parsed = _patterns(ruler)
    if parsed is None:
        logger.debug("attribute ruler left to the Matcher: a pattern of another form")
        return None
    table = AttributeTable(ruler, *parsed)
    ruler.match = table.match  # type: ignore[method-assign]
    ruler.set_annotations = table.set_annotations  # type: ignore[method-assign]
    return table
