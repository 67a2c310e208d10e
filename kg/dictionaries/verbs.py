"""The CAMEO verb dictionary (``CAMEO.2.0.txt``) as synsets, verb blocks and transformations.

A block (``--- ASK [---] ---``) holds verbs (``+ASK_FOR {...} [020]``) and patterns
(``- * (FOR {FINANCIAL AID}) [0231] # ASK``); each pattern becomes a code and the element
lists before and after the verb. See ``kg/data/petrarch/NOTICE.md`` for the element kinds.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.dictionaries.common import (
    Json,
    Line,
    SourceLineError,
    Tally,
    dump,
    normalise_phrase,
    read_lines,
    strip_comment,
)

ACTOR_MARKERS = {"$": "source", "+": "target", "%": "both", "^": "skip"}

_CODE = r"(?:\d{2,4}|---)"
_CODE_RE = re.compile(rf"^(?P<active>{_CODE})?(?::(?P<passive>{_CODE}))?$")
_BLOCK_RE = re.compile(r"^---\s*(?P<name>[^\s\[]+)\s*(?:\[(?P<code>[^\]]*)\])?")
_VERB_RE = re.compile(
    r"^(?P<form>[^\s{\[]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN_CODE_RE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
_TOKEN_RE = re.compile(r"[(){}*]|[^\s(){}*]+")
_VERB_WORD_RE = re.compile(r"^[A-Za-z][A-Za-z_'-]*$")
# What a verb-dictionary line starts with, and so which handler reads it (order matters).
_LINE_KINDS = (("~", "transformation"), ("&", "synset"), ("---", "block"), ("-", "pattern"))


def parse_cameo_code(text: str, line: Line) -> tuple[str | None, str | None]:
    """A CAMEO code ``"042:043"`` as (active, passive); ``---`` and absent parts are None.

    Raises:
        SourceLineError: if the code is not digits, ``---`` or ``active:passive``.
    """
    match = _CODE_RE.match(text.strip())
    if not match or not text.strip():
        raise line.error("malformed code", "[CODE], [---] or [ACTIVE:PASSIVE]", f"[{text}]")
    active, passive = match.group("active"), match.group("passive")
    return (None if active in (None, "---") else active,
            None if passive in (None, "---") else passive)


@dataclass
class VerbDictionary:
    """The converted CAMEO verb dictionary."""

    synsets: dict[str, list[str]] = field(default_factory=dict)
    blocks: list[Json] = field(default_factory=list)
    transformations: list[Json] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    synset: str | None = None  # the synset whose "+" lines are being read
    block: Json | None = None  # the verb block whose lines are being read


def read_prepositions(path: Path) -> frozenset[str]:
    """The Phoenix preposition list, lowercase; a bare pattern word in it is a particle."""
    return frozenset(normalise_phrase(line.text) for line in read_lines(path)
                     if line.text.strip() and not line.text.startswith("#"))


def read_verb_dictionary(path: Path, *, prepositions: frozenset[str]) -> VerbDictionary:
    """Convert the CAMEO verb dictionary: synsets, verb blocks, patterns, transformations.

    Args:
        path: ``CAMEO.2.0.txt``.
        prepositions: words that stand as particles when bare in a pattern ("off", "out").

    Returns:
        The converted dictionary, blocks sorted by name, verbs and patterns in file order.
    """
    result = VerbDictionary()
    handlers: dict[str, Callable[[VerbDictionary, Line, frozenset[str]], None]] = {
        "synset": _read_synset_label, "phrase": _read_synset_phrase, "block": _read_block,
        "pattern": _read_pattern, "verb": _read_verb, "transformation": _read_transformation,
    }
    for line in read_lines(path):
        kind = _verb_line_kind(line.text, reading_synset=result.synset is not None)
        if kind is None:
            continue
        try:
            handlers[kind](result, line, prepositions)
        except SourceLineError as error:
            group = "patterns_skipped" if kind == "pattern" else "lines_skipped"
            result.tally.skip(error, group=group)
    result.blocks.sort(key=lambda block: block["block"])
    _count_verbs(result)
    return result


def _verb_line_kind(text: str, *, reading_synset: bool) -> str | None:
    """Which handler reads a line of the verb dictionary (None: blank or comment)."""
    stripped = text.strip()
    if not stripped or stripped.startswith(("#", "<!")):
        return None
    for prefix, kind in _LINE_KINDS:
        if stripped.startswith(prefix):
            return kind
    return "phrase" if stripped.startswith("+") and reading_synset else "verb"


def _read_synset_label(result: VerbDictionary, line: Line, _: frozenset[str]) -> None:
    label = strip_comment(line.text).strip()
    if not re.fullmatch(r"&[A-Za-z0-9_]+", label):
        raise line.error("malformed synset label", "&NAME")
    result.synset = synset_name(label)
    result.block = None
    result.synsets.setdefault(result.synset, [])


def synset_name(reference: str) -> str:
    """A synset's key: without ``&`` and trailing ``_``, lowercase, inner underscores kept.

    >>> synset_name("&AUXVERB1_"), synset_name("&FIGHT_OF_WORDS")
    ('auxverb1', 'fight_of_words')
    """
    return reference.lstrip("&").rstrip("_").lower()


def _read_synset_phrase(result: VerbDictionary, line: Line, _: frozenset[str]) -> None:
    phrase = normalise_phrase(strip_comment(line.text).strip()[1:])
    if not phrase:
        raise line.error("empty synset phrase", "+WORD or +WORD_WORD")
    members = result.synsets[result.synset or ""]
    if phrase in members:
        result.tally.note("duplicates_dropped", "synset phrase")
    else:
        members.append(phrase)


def _read_block(result: VerbDictionary, line: Line, _: frozenset[str]) -> None:
    match = _BLOCK_RE.match(line.text.strip())
    if not match:
        raise line.error("malformed block header", "--- NAME [CODE] ---")
    code, passive = (parse_cameo_code(match["code"], line) if match["code"] is not None
                     else (None, None))
    result.synset = None
    result.block = {"block": normalise_phrase(match["name"]), "code": code, "passive": passive,
                    "verbs": [], "patterns": []}
    result.blocks.append(result.block)


def _current_block(result: VerbDictionary, line: Line) -> Json:
    if result.block is None:
        raise line.error("line outside any verb block", "a --- NAME [CODE] --- header first")
    return result.block


def _read_verb(result: VerbDictionary, line: Line, _: frozenset[str]) -> None:
    block = _current_block(result, line)
    verb = parse_verb(line)
    if verb in block["verbs"]:
        result.tally.note("duplicates_dropped", "verb")
    else:
        block["verbs"].append(verb)


def parse_verb(line: Line) -> Json:
    """One verb line: ``+ASK_FOR {+ASKED_FOR ...} [020]`` -> lemma, own code, words around.

    The own code is None when the line has none (the block's code applies) and ``"---"``
    when the line says ``[---]`` (the verb alone codes no event, whatever the block says).

    Raises:
        SourceLineError: if the line is not ``VERB {FORMS} [CODE]``.
    """
    match = _VERB_RE.match(strip_comment(line.text, "#;").strip())
    if not match:
        raise line.error("malformed verb line", "VERB {IRREGULAR FORMS} [CODE]")
    code: str | None = None
    passive: str | None = None
    if match["code"] is not None:
        code, passive = parse_cameo_code(match["code"], line)
        code = "---" if code is None and passive is None else code
    lemma, before, after = split_multiword(match["form"], line)
    return {"lemma": lemma, "code": code, "passive": passive, "before": before, "after": after}


def split_multiword(form: str, line: Line) -> tuple[str, list[str], list[str]]:
    """A verb form as (lemma, words before, words after); ``+`` marks the verb word.

    Raises:
        SourceLineError: if a multi-word form does not mark exactly one word with ``+``.
    """
    words = [word for word in form.split("_") if word]
    if len(words) == 1:
        return words[0].lstrip("+").lower(), [], []
    marked = [i for i, word in enumerate(words) if word.startswith("+")]
    if len(marked) != 1 or not words[marked[0]].lstrip("+"):
        raise line.error("multi-word verb without one + mark", "one word marked with +", form)
    i = marked[0]
    lower = [word.lstrip("+").lower() for word in words]
    return lower[i], lower[:i], lower[i + 1:]


def _read_transformation(result: VerbDictionary, line: Line, _: frozenset[str]) -> None:
    text = " ".join(strip_comment(line.text).strip()[1:].split())
    if "=" not in text or not text.partition("=")[2].split():
        raise line.error("malformed transformation", "~ a (b c VERB) VERB = a b CODE")
    code = text.partition("=")[2].split()[-1]
    result.transformations.append({"text": text.lower(), "code": code})


def _read_pattern(result: VerbDictionary, line: Line, prepositions: frozenset[str]) -> None:
    block = _current_block(result, line)
    patterns = parse_pattern(line, synsets=result.synsets, prepositions=prepositions)
    if len(patterns) > 1:
        result.tally.note("patterns_expanded", "a/b alternatives", len(patterns))
    for pattern in patterns:
        if pattern in block["patterns"]:
            result.tally.note("duplicates_dropped", "pattern")
        else:
            block["patterns"].append(pattern)


def parse_pattern(line: Line, *, synsets: dict[str, list[str]],
                  prepositions: frozenset[str]) -> list[Json]:
    """One pattern line as pattern records (more than one when it spells ``A/B`` alternatives).

    ``- {FINANCIAL AID} * (FOR +) [0231] # ASK`` gives ``pre`` and ``post`` element lists,
    the code, the pattern text and the verb named first in the comment.

    Raises:
        SourceLineError: no code, a malformed code, unbalanced brackets, no ``*`` or more
            than one, an undefined synset, or an element that cannot stand where it is.
    """
    body, _, comment = line.text.strip()[1:].partition("#")
    match = _PATTERN_CODE_RE.search(body)
    if not match:
        raise line.error("no code", "a [CODE] at the end of the pattern")
    code, passive = parse_cameo_code(match["code"], line)
    tokens = _TOKEN_RE.findall(body[:match.start()])
    check_brackets(tokens, line)
    first = comment.split()[0] if comment.split() else ""
    text = " ".join(body[:match.start()].split()).lower()
    shared = {"code": code, "passive": passive, "text": text,
              "verb": normalise_phrase(first) if _VERB_WORD_RE.match(first) else None}
    patterns = []
    for variant in expand_alternatives(tokens):
        pre, post = parse_elements(variant, line, synsets=synsets, prepositions=prepositions)
        patterns.append({**shared, "pre": pre, "post": post})
    return patterns


def check_brackets(tokens: list[str], line: Line) -> None:
    """Raise unless ``(...)`` and ``{...}`` pair up, with braces only inside parentheses.

    Raises:
        SourceLineError: on an unpaired, nested or misplaced bracket, or ``*`` inside one.
    """
    opened: list[str] = []
    for token in tokens:
        if token in "({" and (token in opened or "{" in opened):
            raise line.error("unbalanced brackets", "no bracket nested in a like one or in {}")
        if token in "({":
            opened.append(token)
        elif token in ")}":
            if not opened or {"(": ")", "{": "}"}[opened.pop()] != token:
                raise line.error("unbalanced brackets", f"an opening bracket before {token!r}")
        elif token == "*" and opened:
            raise line.error("unbalanced brackets", "the verb position * outside brackets")
    if opened:
        raise line.error("unbalanced brackets", f"a closing bracket for {opened[-1]!r}")


def expand_alternatives(tokens: list[str]) -> Iterator[list[str]]:
    """Every reading of tokens that spell alternatives with ``/`` (``BY/WITH``).

    >>> list(expand_alternatives(["(", "BY/WITH", "X", ")"]))
    [['(', 'BY', 'X', ')'], ['(', 'WITH', 'X', ')']]
    """
    choices = [[part for part in token.split("/") if part] or [token] for token in tokens]
    for variant in itertools.product(*choices):
        yield list(variant)


def parse_elements(tokens: list[str], line: Line, *, synsets: dict[str, list[str]],
                   prepositions: frozenset[str]) -> tuple[list[Json], list[Json]]:
    """Pattern tokens (brackets already checked) as the element lists before and after ``*``."""
    sides: list[list[Json]] = [[]]
    stream = iter(tokens)
    for token in stream:
        if token == "*":
            if len(sides) == 2:
                raise line.error("more than one verb position", "one * for the verb")
            sides.append([])
            continue
        element = _element(token, stream, line, prepositions)
        _check_synsets(element, line, synsets)
        sides[-1].append(element)
    if len(sides) == 1:
        raise line.error("no verb position", "a * for the verb")
    return sides[0], sides[1]


def _element(token: str, stream: Iterator[str], line: Line, prepositions: frozenset[str]) -> Json:
    if token == "(":
        return prep_element(list(itertools.takewhile(lambda t: t != ")", stream)), line)
    if token == "{":
        return noun_element(list(itertools.takewhile(lambda t: t != "}", stream)), line)
    if token in ACTOR_MARKERS:
        return {"t": "actor", "actor": ACTOR_MARKERS[token]}
    words = pattern_words(token)
    if len(words) == 1 and words[0] in prepositions:
        return {"t": "word", "word": words[0]}
    return noun_element([token], line)


def pattern_words(token: str) -> list[str]:
    """The lowercase words of a pattern token; ``_`` joins words, a synset name keeps its own.

    >>> pattern_words("FIGHTER_&AIRCRAFT"), pattern_words("&FIGHT_OF_WORDS")
    (['fighter', '&aircraft'], ['&fight_of_words'])
    """
    words: list[str] = []
    for part in re.split(r"_(?=&)", token):
        if part.startswith("&"):
            words.append("&" + synset_name(part))
        else:
            words.extend(word.lower() for word in part.split("_") if word)
    return words


def noun_element(tokens: list[str], line: Line) -> Json:
    """A bare word or the inside of ``{...}``: the last word is the head, the others mods.

    Raises:
        SourceLineError: if the phrase is empty or holds an actor marker.
    """
    if any(token in ACTOR_MARKERS for token in tokens):
        raise line.error("actor marker inside a noun phrase", "words only inside {...}")
    words = [word for token in tokens for word in pattern_words(token)]
    if not words:
        raise line.error("empty noun phrase", "at least one word inside {...}")
    return {"t": "noun", "head": words[-1], "mods": words[:-1]}


def prep_element(tokens: list[str], line: Line) -> Json:
    """The inside of ``(...)``: a preposition, then a noun (bare or braced) and/or a marker.

    Raises:
        SourceLineError: if it does not start with a word or holds two actor markers.
    """
    if not tokens or tokens[0] in ACTOR_MARKERS or tokens[0] in "{}":
        raise line.error("prepositional phrase without a preposition", "(PREP NOUN)")
    markers = [ACTOR_MARKERS[token] for token in tokens[1:] if token in ACTOR_MARKERS]
    if len(markers) > 1:
        raise line.error("two actor markers in one phrase", "at most one of $ + % ^")
    rest = [token for token in tokens[1:] if token not in ACTOR_MARKERS and token not in "{}"]
    noun = noun_element(rest, line) if rest else {"head": None, "mods": []}
    return {"t": "prep", "prep": " ".join(pattern_words(tokens[0])), "head": noun["head"],
            "mods": noun["mods"], "actor": markers[0] if markers else None}


def _check_synsets(element: Json, line: Line, synsets: dict[str, list[str]]) -> None:
    for word in [element.get("head") or "", *element.get("mods", [])]:
        if word.startswith("&") and word[1:] not in synsets:
            raise line.error("undefined synset", "a synset defined earlier in the file",
                             word.upper())


def _count_verbs(result: VerbDictionary) -> None:
    """Fill the tally: blocks, verbs, patterns, synsets, and same-looking patterns that differ."""
    counts = result.tally.counts
    counts["blocks"] = len(result.blocks)
    counts["verbs"] = sum(len(block["verbs"]) for block in result.blocks)
    counts["patterns"] = sum(len(block["patterns"]) for block in result.blocks)
    counts["synsets"] = len(result.synsets)
    counts["synset_phrases"] = sum(len(phrases) for phrases in result.synsets.values())
    counts["transformations"] = len(result.transformations)
    codes: dict[str, set[Any]] = defaultdict(set)
    for block in result.blocks:
        for pattern in block["patterns"]:
            codes[dump([block["block"], pattern["pre"], pattern["post"]])].add(pattern["code"])
    counts["patterns_with_rival_codes"] = sum(len(found) > 1 for found in codes.values())
    lemmas = Counter(verb["lemma"] for block in result.blocks for verb in block["verbs"]
                     if not verb["before"] and not verb["after"])
    counts["lemmas_in_several_blocks"] = sum(n > 1 for n in lemmas.values())
