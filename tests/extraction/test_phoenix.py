"""The Phoenix dictionaries in kg's terms: codes, dated roles, agents, discards (kg.extraction.phoenix)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.extraction.gazetteer import Discards, load_gazetteer, role_on
from kg.extraction.phoenix import load_phoenix


def _code(code, **parts):
    return {"code": code, "country": None, "prefix": None, "org": None, "sectors": [], "start": None, "end": None,
            **parts}


@pytest.fixture()
def tiny(tmp_path):
    """A data folder holding the real code table and three small dictionary files."""
    from kg import resources

    (tmp_path / "phoenix_codes.json").write_text((resources.DATA_DIR / "phoenix_codes.json").read_text())
    base = tmp_path / "petrarch"
    base.mkdir()
    actors = [
        {"names": ["world health organization"], "kind": "igo",
         "codes": [_code("IGOUNOHLHWHO", prefix="IGO", org="UNO", sectors=["HLH", "WHO"])]},
        {"names": ["undp"], "kind": "igo", "codes": [_code("IGOUNODEV", prefix="IGO", org="UNO", sectors=["DEV"])]},
        {"names": ["gulf oil cooperative"], "kind": "igo", "codes": [_code("IGOMEABUS", prefix="IGO", org="MEA")]},
        {"names": ["arab league of regions"], "kind": "igo", "codes": [_code("MEA", country="MEA")]},
        {"names": ["dili"], "kind": "country", "codes": [_code("TMP", country="TMP")]},
        {"names": ["afghan national army"], "kind": "country", "codes": [_code("AFGMIL", country="AFG", sectors=["MIL"])]},
        {"names": ["hamzah"], "kind": "group", "codes": [_code("IMGSEAMUSJMA", prefix="IMG", org="SEA")]},
        {"names": ["jane roe"], "kind": "person",
         "codes": [_code("FJIELI", country="FJI", sectors=["ELI"]),
                   _code("FJIGOV", country="FJI", sectors=["GOV"], start="1999-05-19", end="2000-05-27")]},
    ]
    agents = [{"term": "insurgent", "plural": "insurgents", "code": "REB", "sectors": ["REB"], "position": "after"}]
    discards = [{"phrase": "world cup", "scope": "sentence", "whole_word": False},
                {"phrase": "1988", "scope": "sentence", "whole_word": False},
                {"phrase": "weeks ago", "scope": "sentence", "whole_word": False},
                {"phrase": "box office", "scope": "story", "whole_word": False}]
    for name, rows in (("actors", actors), ("agents", agents), ("discards", discards)):
        lines = [json.dumps({"_generated": "test"})] + [json.dumps(r) for r in rows]
        (base / f"{name}.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return load_phoenix(str(tmp_path))


def test_organisation_codes_take_kg_acronyms_by_longest_start(tiny):
    codes = {a.names[0]: (a.code, a.kind) for a in tiny.actors}
    assert codes["world health organization"] == ("WHO", "igo")
    assert codes["undp"] == ("UNDP", "igo")
    assert codes["gulf oil cooperative"] == ("IGOMEABUS", "igo")  # no listed start: its own code


def test_a_group_of_no_state_and_no_known_acronym_is_left_out(tiny):
    # its code would name no actor a reader or the graph knows ("Prince Hamzah" is no such group)
    assert "hamzah" not in {a.names[0] for a in tiny.actors}


def test_state_codes_are_renamed_or_dropped(tiny):
    codes = {a.names[0]: (a.code, a.sector) for a in tiny.actors}
    assert codes["dili"] == ("TLS", None)              # Phoenix's old code for East Timor
    assert "arab league of regions" not in codes       # a region names no state
    assert codes["afghan national army"] == ("AFG", "MIL")


def test_dated_roles_come_first_and_the_default_last(tiny):
    person = next(a for a in tiny.actors if a.kind == "person")
    assert [r.get("sector") for r in person.roles] == ["GOV", "ELI"]
    from kg.extraction.gazetteer import Entry

    entry = Entry(code=person.code, kind="person", label=person.label, roles=person.roles)
    assert role_on(entry, dt.date(1999, 8, 1))["sector"] == "GOV"
    assert role_on(entry, dt.date(2010, 1, 1))["sector"] == "ELI"
    assert role_on(entry, None)["sector"] == "ELI"


def test_agents_and_discards(tiny):
    assert tiny.agents == {"insurgent": "REB", "insurgents": "REB"}
    assert "1988" not in tiny.discards and "weeks ago" not in tiny.discards  # kg dates history, keeps it
    discards = Discards(tiny.discards)
    assert discards.sentence("Saudi Arabia beat Argentina at the World Cup.")
    assert not discards.sentence("Libya offered to hand over two suspects in the 1988 bombing.")
    assert discards.story("The film topped the box office.") and not discards.story("Saudi Arabia won.")


def test_the_gazetteer_takes_dictionary_names_the_overlay_lacks():
    gaz = load_gazetteer()
    assert "Russia" in gaz.names and "russia" not in gaz.folded  # the hand-written name wins
    assert gaz.entry("Kandahar").code == "AFG"
    assert gaz.sector_nouns["insurgent"] == "REB"


def test_a_state_that_no_longer_exists_keeps_its_code_while_it_existed():
    from kg.extraction.gazetteer import actor_of, in_its_time

    assert in_its_time("SUN", dt.date(1991, 12, 25)) == "SUN"
    assert in_its_time("SUN", dt.date(1991, 12, 26)) == "RUS"
    assert in_its_time("SUN", None) == "RUS"  # undated: today's state
    assert in_its_time("FRA", dt.date(1950, 1, 1)) == "FRA"
    gaz = load_gazetteer()
    east = actor_of(gaz.entry("East Germany"), when=dt.date(1989, 11, 9))
    assert (east.code, east.label) == ("DDR", "East Germany")
    later = actor_of(gaz.entry("East Germany"), when=dt.date(2005, 1, 1))
    assert (later.code, later.label) == ("DEU", "Germany")


def test_a_dictionary_name_takes_the_code_of_its_date():
    """Phoenix dates a republic's code: within Yugoslavia until independence, its own after."""
    from kg.extraction.gazetteer import actor_of

    entry = load_gazetteer().entry("Hrvatska")
    assert actor_of(entry, when=dt.date(1990, 5, 1)).code == "YUG"
    assert actor_of(entry, when=dt.date(1995, 5, 1)).code == "HRV"
    assert actor_of(entry, when=dt.date(1995, 5, 1)).sector is None  # a republic is not a sector


@pytest.mark.parametrize(("date", "code"), [(dt.date(1985, 3, 20), "SUN"), (dt.date(2015, 3, 20), "RUS")])
def test_the_articles_date_decides_a_former_states_code(events_in, date, code):
    events = events_in("The Soviet Union expelled two American diplomats on Tuesday.", date=date)
    expel = next(e for e in events if e.type == "ExpelDiplomats")
    assert {a.code for a in expel.source} == {code}
    assert {a.code for a in expel.target} == {"USA"}


def test_an_unknown_key_in_a_hand_written_file_names_it(tmp_path):
    import shutil

    from kg import resources
    from kg.errors import PatternError

    for path in resources.DATA_DIR.glob("*.json*"):
        shutil.copy(path, tmp_path / path.name)
    shutil.copytree(resources.DATA_DIR / "petrarch", tmp_path / "petrarch")
    with (tmp_path / "groups.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"code": "XXX", "names": ["Nobody"], "secter": "REB"}) + "\n")
    with pytest.raises(PatternError, match=r"groups.jsonl:\d+: unknown key\(s\) secter"):
        load_gazetteer(str(tmp_path))


def test_niger_is_the_state_of_niger_even_beside_nigeria(events_in):
    events = events_in("Nigeria recalled its ambassador to Niger after the border clash.")
    assert [({a.code for a in e.source}, {a.code for a in e.target}) for e in events] == [({"NGA"}, {"NER"})]
    assert load_gazetteer().entry("Niger Delta").code == "NGA"
