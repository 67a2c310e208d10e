"""The English word lists of kg/data/words.json and their loader (kg.extraction.words)."""
from __future__ import annotations

import json

import pytest

from kg import resources
from kg.errors import PatternError
from kg.extraction.words import load_words, read_words, word_keys


def _raw() -> dict:
    return json.loads((resources.DATA_DIR / "words.json").read_text(encoding="utf-8"))


def test_every_key_the_code_knows_is_in_the_file_with_a_description():
    raw = _raw()
    assert list(raw["keys"]) == list(word_keys())
    for key, value in raw["keys"].items():
        assert value["description"].strip(), key
        assert value["words"] and len(value["words"]) == len(set(value["words"])), key


def test_loaded_lists_are_frozensets():
    words = load_words()
    assert "civilian" in words.person_nouns and "GOV" in words.home_sectors
    assert isinstance(words.owner_preps, frozenset)


def test_an_unknown_key_names_the_key_and_the_file():
    raw = _raw()
    raw["keys"]["crowdz"] = {"description": "a typo", "words": ["mob"]}
    with pytest.raises(PatternError, match=r"'crowdz'.*words\.json"):
        read_words(raw, path="kg/data/words.json")


def test_a_missing_key_names_the_key_and_the_file():
    raw = _raw()
    del raw["keys"]["crowds"]
    with pytest.raises(PatternError, match=r"'crowds' is missing from kg/data/words\.json"):
        read_words(raw, path="kg/data/words.json")


@pytest.mark.parametrize("value", [["mob"], {"words": ["mob"]}, {"description": "x", "words": "mob"},
                                   {"description": "x", "words": [1]}])
def test_a_malformed_list_is_an_error(value):
    raw = _raw()
    raw["keys"]["crowds"] = value
    with pytest.raises(PatternError, match="crowds"):
        read_words(raw)
