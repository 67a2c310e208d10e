"""The action lexicon's files are checked key by key; every flag is handled (kg.extraction.lexicon)."""
from __future__ import annotations

import copy
import json

import pytest

from kg import resources
from kg.errors import PatternError
from kg.extraction import assemble, match
from kg.extraction.lexicon import FLAGS, check_frames, check_patterns, load_lexicon


@pytest.fixture(scope="module")
def patterns() -> dict:
    return json.loads((resources.DATA_DIR / "event_patterns.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def frames() -> dict:
    return json.loads((resources.DATA_DIR / "event_frames.json").read_text(encoding="utf-8"))


def test_every_flag_is_handled_by_exactly_the_code_that_knows_it():
    assert match.HANDLED_FLAGS | assemble.HANDLED_FLAGS | {"intransitive"} == FLAGS
    assert not match.HANDLED_FLAGS & assemble.HANDLED_FLAGS


def test_the_file_describes_every_flag(patterns):
    assert set(patterns["flags"]) == FLAGS
    assert all(text.strip() for text in patterns["flags"].values())


def test_the_shipped_files_pass(patterns, frames):
    check_patterns(patterns)
    check_frames(frames)
    assert load_lexicon().by_verb


def test_an_unknown_flag_is_an_error_that_names_it(patterns):
    bad = copy.deepcopy(patterns)
    bad["entries"][0]["jiont"] = True
    with pytest.raises(PatternError, match=r"Unknown flag \(entry 1, class \w+\) 'jiont'"):
        check_patterns(bad)


def test_an_unknown_entry_key_is_an_error_that_names_it(patterns):
    bad = copy.deepcopy(patterns)
    bad["entries"][2]["object"] = ["envoy"]
    with pytest.raises(PatternError, match=r"entry key \(entry 3.*'object'"):
        check_patterns(bad)


def test_a_flag_must_be_true_or_false(patterns):
    bad = copy.deepcopy(patterns)
    bad["entries"][0]["joint"] = "yes"
    with pytest.raises(PatternError, match="flag 'joint' must be true or false"):
        check_patterns(bad)


def test_an_undescribed_or_unhandled_flag_in_the_flags_section_is_an_error(patterns):
    missing = copy.deepcopy(patterns)
    del missing["flags"]["reactive"]
    with pytest.raises(PatternError, match="'reactive' is missing"):
        check_patterns(missing)
    extra = copy.deepcopy(patterns)
    extra["flags"]["sanction_like"] = "never handled"
    with pytest.raises(PatternError, match="Unknown flag 'sanction_like'"):
        check_patterns(extra)


def test_framing_keys_are_checked(frames):
    unknown = dict(frames, threats=["menace"])
    with pytest.raises(PatternError, match="'threats'"):
        check_frames(unknown)
    missing = {k: v for k, v in frames.items() if k != "speech"}
    with pytest.raises(PatternError, match="'speech' is missing"):
        check_frames(missing)
    with pytest.raises(PatternError, match="'speach'"):
        load_lexicon().word_set("speach")
