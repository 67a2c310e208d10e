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


# Where the hand lexicon codes a bare verb otherwise than the CAMEO verb dictionary's own code
# for it, and why. The dictionary is the default; the overlay departs from it only here.
OVERLAY_DEPARTURES = {
    "abstain": "abstaining in a vote concedes nothing; only abstaining from violence de-escalates (087)",
    "bargain": "negotiating (046) is what news means; CAMEO's 050 is diplomatic cooperation",
    "collaborate": "material cooperation (060), not diplomatic (050)",
    "coordinate": "material cooperation (060), not diplomatic (050)",
    "defend": "with no object phrase, defending someone in words (052); armed protection needs troops",
    "demolish": "pulling buildings down is damage to property (171, COERCE); destroying by force stays CAMEO's 190",
    "encircle": "a blockade or siege (191)",
    "engage": "'engage with' is talks (040); fighting is coded through its nouns",
    "facilitate": "facilitating talks is mediation (045)",
    "intervene": "intervening in a state is armed force used there (190, as CAMEO's 'intervene militarily')",
    "invade": "an invasion is an attack (190); occupying what was taken is coded on its own",
    "invite": "an invitation asks someone to act (020)",
    "loot": "seizing property (171) whoever loots; rioting is coded through 'riot'",
    "pardon": "forgiving (056); a pardon that frees prisoners is a release through its objects",
    "protest": "a state's protest is a criticism (111); crowds protesting are coded through their subjects",
    "rampage": "a rampage by a crowd is a riot (145)",
    "renounce": "renouncing a claim or a treaty rejects it (120)",
    "snub": "a snub rejects (120)",
    "sue": "a lawsuit (115), as CAMEO's codebook names it",
    "summon": "summoning an envoy is a formal complaint, coded through its objects; bare, a demand (100)",
    "surrender": "surrendering to someone is a military surrender (0874), as CAMEO codes forces that surrender",
    "vote": "a vote for something supports it (050)",
}


def _plover_of(code: str, table: dict[str, str]) -> str | None:
    while code:
        if table.get(code):
            return table[code]
        code = code[:-1]
    return None


def test_the_hand_lexicon_departs_from_the_cameo_dictionary_only_where_it_says_why():
    from kg.extraction.verbs import _default_applies, load_verb_dictionary

    table: dict[str, str] = {}
    from kg.dictionaries.convert import default_source

    for line in (default_source().parent / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if ":" in line and line[:1].isdigit():
            code, rest = line.split(":", 1)
            table.setdefault(code.strip(), rest.split(",")[0].strip())
    lex, dictionary = load_lexicon(), load_verb_dictionary()
    departures = set()
    for verb, entries in lex.by_verb.items():
        bare = [e for e in entries if not e.objects and not e.subjects
                and not e.flags & {"person_object", "people_object", "joint", "requires_org_object"}]
        senses = [s for s in dictionary.senses.get(verb, ()) if _default_applies(s) and not s.after and not s.before]
        if not bare or not senses:
            continue
        theirs = {_plover_of(str(s.code), table) for s in senses}
        if None not in theirs and lex.info(bare[0].cls)["plover"] not in theirs:
            departures.add(verb)
    assert departures == set(OVERLAY_DEPARTURES)
