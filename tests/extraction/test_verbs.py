"""The CAMEO verb dictionary matched on real parses: patterns, defaults, actor marks, classes."""
from __future__ import annotations

import json

import pytest

from kg.extraction.verbs import class_for_code, load_verb_dictionary, match_verb

HEADER = {"_generated": "test"}
BLOCKS = [
    {"block": "ask", "code": None,
     "verbs": [{"lemma": "ask", "code": "020", "before": [], "after": []},
               {"lemma": "request", "code": None, "before": [], "after": []}],
     "patterns": [
         {"code": "0231", "pre": [], "post": [{"t": "noun", "head": "aid", "mods": ["financial"]}],
          "text": "* {FINANCIAL AID}"},
         {"code": "023", "pre": [], "post": [{"t": "noun", "head": "aid", "mods": []}], "text": "* AID"},
         {"code": "0234", "pre": [], "post": [{"t": "noun", "head": "&security", "mods": []}],
          "text": "* &SECURITY"},
     ]},
    {"block": "move", "code": None,
     "verbs": [{"lemma": "move", "code": None, "before": [], "after": []}],
     "patterns": [
         {"code": "154", "pre": [{"t": "noun", "head": "troop", "mods": []}],
          "post": [{"t": "prep", "prep": "toward", "head": None, "mods": [], "actor": "target"}],
          "text": "TROOP * (TOWARD +)"},
     ]},
    {"block": "meet people", "code": "040",
     "verbs": [{"lemma": "meet", "code": None, "before": [], "after": []},
               {"lemma": "face", "code": None, "before": [], "after": []}],
     "patterns": [{"code": "012", "pre": [], "post": [{"t": "noun", "head": "problem", "mods": []}],
                   "text": "* PROBLEM"}]},
    {"block": "beef", "code": None,
     "verbs": [{"lemma": "beef", "code": "150", "before": [], "after": ["up"]}],
     "patterns": []},
]


@pytest.fixture()
def dictionary(tmp_path):
    base = tmp_path / "petrarch"
    base.mkdir()
    (base / "synsets.json").write_text(json.dumps({"security": ["protection", "security"]}))
    lines = [json.dumps(HEADER)] + [json.dumps(b) for b in BLOCKS]
    (base / "verbs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return load_verb_dictionary(str(tmp_path))


def _verb(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, verb, code", [
    ("Kenya asked Britain for financial aid.", "asked", "0231"),   # the most specific pattern wins
    ("Kenya asked Britain for aid.", "asked", "023"),
    ("Kenya asked the UN for protection.", "asked", "0234"),        # a synonym-set word
    ("Kenya asked Britain about the weather.", "asked", "020"),     # no pattern: the verb's own code
    ("Chad beefed up its border guard.", "beefed", "150"),          # a multi-word verb
])
def test_codes_from_patterns_and_defaults(nlp, dictionary, text, verb, code):
    found = match_verb(_verb(nlp, text, verb), dictionary)
    assert found is not None and found.code == code


def test_a_block_default_belongs_to_the_verb_the_block_is_named_after(nlp, dictionary):
    met = match_verb(_verb(nlp, "Kenya met Uganda on Monday.", "met"), dictionary)
    assert met is not None and met.code == "040"
    assert match_verb(_verb(nlp, "Kenya faced Uganda on Monday.", "faced"), dictionary) is None
    faced = match_verb(_verb(nlp, "Kenya faced a problem.", "faced"), dictionary)
    assert faced is not None and faced.code == "012"  # a synonym still takes the block's patterns


def test_a_verb_with_no_code_and_no_pattern_reports_nothing(nlp, dictionary):
    assert match_verb(_verb(nlp, "Kenya requested a vote.", "requested"), dictionary) is None
    assert match_verb(_verb(nlp, "Chad beefed the stew.", "beefed"), dictionary) is None


def test_pattern_names_the_thing_and_the_target(nlp, dictionary):
    found = match_verb(_verb(nlp, "Kenya asked Britain for financial aid.", "asked"), dictionary)
    assert found is not None and found.thing is not None and found.thing.text == "aid"
    moved = match_verb(_verb(nlp, "Russian troops moved toward Ukraine.", "moved"), dictionary)
    assert moved is not None and moved.code == "154" and moved.target is not None
    assert moved.target.text == "Ukraine"
    assert match_verb(_verb(nlp, "The company moved toward Ukraine.", "moved"), dictionary) is None


@pytest.mark.parametrize("code, cls", [
    ("0231", "Appeal"),          # no class of its own: the nearest ancestor, 020
    ("161", "BreakRelations"),   # several classes carry 161: the preferred one
    ("0871", "DeclareCeasefire"),
    ("185", "AttemptAssassination"),
    ("1712", "DestroyProperty"),
    ("010", None),               # statements are no PLOVER event
])
def test_codes_map_to_ontology_classes(code, cls):
    assert class_for_code(code) == cls


def test_the_converted_dictionary_loads_with_its_patterns():
    loaded = load_verb_dictionary()
    assert len(loaded.senses) > 1000 and loaded.pattern_count > 3000
    assert any(s.code for s in loaded.senses["ask"])
