"""kg.dictionaries: PETRARCH-2's dictionaries converted into kg/data/petrarch/.

Small excerpts in each source format are written here by hand; one test converts the real
files in ../shared/reference/petrarch2 and checks that the committed output is current.
"""
from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from kg import dictionaries
from kg.dictionaries import actors, agents, common, discards, verbs
from kg.dictionaries.__main__ import main
from kg.dictionaries.common import Line, SourceLineError, Tally
from kg.errors import PatternError

PETRARCH = ROOT.parent / "shared" / "reference" / "petrarch2"
COMMITTED = ROOT / "kg" / "data" / "petrarch"
PREPOSITIONS = frozenset({"off", "out", "up", "for", "to", "in", "against"})
SECTORS = frozenset({"GOV", "ELI", "MIL", "BUS", "EDU", "HLH", "MED", "MUS"})


def line(text: str, number: int = 7) -> Line:
    return Line("test.txt", number, text)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def noun(head: str, *mods: str) -> dict:
    return {"t": "noun", "head": head, "mods": list(mods)}


def prep(word: str, head: str | None = None, *mods: str, actor: str | None = None) -> dict:
    return {"t": "prep", "prep": word, "head": head, "mods": list(mods), "actor": actor}


def actor(role: str) -> dict:
    return {"t": "actor", "actor": role}


# ---------------------------------------------------------------- verb dictionary

VERB_EXCERPT = """\
####### SYNONYM SETS #######
&CURRENCY
+DOLLAR
+CASH_
+PA'ANGA
+DOLLAR

&AUXVERB2_
+IS_TO
+WOULD

####### VERB PATTERNS #######
---  ASK   [020]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [021]
ASK
REQUEST  # OY 25 Jul 2003
- * &CURRENCY                                         [0231]        # REQUEST
- * (FOR {FINANCIAL AID})                             [0231]        # ASK
- * &UNDEFINED                                        [0232]        # ASK
- * VENTURE (WITH VISIT)                              VISIT)[042:043]

---  ALTER   [---]  ---
CHANGE {CHANGES CHANGED CHANGING }
- * CONSTITUTION                                      [0344]        # CHANGE

~ a (a b ATTACK) SAY = a b 015
"""


def test_synsets_are_keyed_lowercase_without_marks(tmp_path):
    converted = verbs.read_verb_dictionary(write(tmp_path, "v.txt", VERB_EXCERPT),
                                           prepositions=PREPOSITIONS)
    assert converted.synsets == {"currency": ["dollar", "cash", "pa'anga"], "auxverb2": ["is to", "would"]}
    assert converted.tally.counts["synsets"] == 2
    assert converted.tally.reasons["duplicates_dropped"]["synset phrase"] == 1


def test_verb_blocks_patterns_and_skips(tmp_path):
    converted = verbs.read_verb_dictionary(write(tmp_path, "v.txt", VERB_EXCERPT),
                                           prepositions=PREPOSITIONS)
    alter, ask = converted.blocks  # sorted by block name
    assert (ask["block"], ask["code"], alter["block"], alter["code"]) == ("ask", "020", "alter", None)
    assert [verb["lemma"] for verb in ask["verbs"]] == ["ask", "ask", "request"]
    assert ask["verbs"][0] == {"lemma": "ask", "code": "021", "passive": None, "before": [], "after": ["for"]}
    assert ask["patterns"] == [
        {"code": "0231", "passive": None, "pre": [], "post": [noun("&currency")],
         "text": "* &currency", "verb": "request"},
        {"code": "0231", "passive": None, "pre": [], "post": [prep("for", "aid", "financial")],
         "text": "* (for {financial aid})", "verb": "ask"},
    ]
    assert dict(converted.tally.reasons["patterns_skipped"]) == {"undefined synset": 1, "unbalanced brackets": 1}
    assert converted.transformations == [{"text": "a (a b attack) say = a b 015", "code": "015"}]
    counts = converted.tally.counts
    assert (counts["blocks"], counts["verbs"], counts["patterns"], counts["transformations"]) == (2, 4, 3, 1)


@pytest.mark.parametrize(("text", "lemma", "code", "passive", "before", "after"), [
    ("HURRY {HURRIES HURRYING HURRIED }", "hurry", None, None, [], []),
    ("SPEED {SPEEDING SPEEDS SPED } [042]", "speed", "042", None, [], []),
    ("+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF} [051]", "cordon", "051", None, [], ["off"]),
    ("WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED  WIRE_+TAPPING }", "tap", None, None, ["wire"], []),
    ("+KIDNAPPED_AND_KILLED", "kidnapped", None, None, [], ["and", "killed"]),
    ("REPORT [---]", "report", "---", None, [], []),
    ("RECONVENE[---]", "reconvene", "---", None, [], []),
    ("CONFER {CONFERS CONFERRED CONFERRING } [040:040]  # OY 13 Mar 2006", "confer", "040", "040", [], []),
    ("SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93", "scrap", None, None, [], []),
])
def test_verb_lines(text, lemma, code, passive, before, after):
    assert verbs.parse_verb(line(text)) == {"lemma": lemma, "code": code, "passive": passive,
                                            "before": before, "after": after}


@pytest.mark.parametrize(("text", "reason"), [
    ("+KILLED_+AND", "multi-word verb without one + mark"),
    ("ASK FOR [020]", "malformed verb line"),
    ("ASK [02X]", "malformed code"),
])
def test_bad_verb_lines(text, reason):
    with pytest.raises(SourceLineError) as raised:
        verbs.parse_verb(line(text))
    assert raised.value.reason == reason
    assert "test.txt:7" in str(raised.value) and "expected" in str(raised.value)


@pytest.mark.parametrize(("header", "code", "passive"), [
    ("---  ASK   [020]  ---", "020", None),
    ("---  ALTER   [---]  ---", None, None),
    ("---  VISIT   [042:043]  ---", "042", "043"),
    ("---  OFFEND   [:110]  ---", None, "110"),
    ("---  DELAY   [120]---  ---", "120", None),
])
def test_block_codes(tmp_path, header, code, passive):
    converted = verbs.read_verb_dictionary(write(tmp_path, "v.txt", header + "\nX\n"),
                                           prepositions=PREPOSITIONS)
    assert (converted.blocks[0]["code"], converted.blocks[0]["passive"]) == (code, passive)


SYNSETS = {"military": ["army"], "aircraft": ["jet"], "weapon": ["gun"]}


@pytest.mark.parametrize(("text", "pre", "post", "code", "passive"), [
    ("- * AID   [070]   # RUSH", [], [noun("aid")], "070", None),
    ("- &MILITARY *  [154]", [noun("&military")], [], "154", None),
    ("- PROSECUTOR * &MILITARY [173]", [noun("prosecutor")], [noun("&military")], "173", None),
    ("- * {ARMS SHIPMENT} [072]", [], [noun("shipment", "arms")], "072", None),
    ("- * {&MILITARY AID} [0232]", [], [noun("aid", "&military")], "0232", None),
    ("- FIGHTER_&AIRCRAFT * [195]", [noun("&aircraft", "fighter")], [], "195", None),
    ("- * (AGAINST) [113]", [], [prep("against")], "113", None),
    ("- * (TO A VOTE) [014]", [], [prep("to", "vote", "a")], "014", None),
    ("- * (FOR {FIGHTER &AIRCRAFT}) [0232]", [], [prep("for", "&aircraft", "fighter")], "0232", None),
    ("- * (TO + BORDER) [154]", [], [prep("to", "border", actor="target")], "154", None),
    ("- * (FROM ^) [042]", [], [prep("from", actor="skip")], "042", None),
    ("- * (AS $) [045]", [], [prep("as", actor="source")], "045", None),
    ("- $ * + [111]", [actor("source")], [actor("target")], "111", None),
    ("- % &AIRCRAFT * [062:062]", [actor("both"), noun("&aircraft")], [], "062", "062"),
    ("- * ^ &MILITARY (IN +) [110]", [], [actor("skip"), noun("&military"), prep("in", actor="target")],
     "110", None),
    ("- * OFF &WEAPON [183]", [], [{"t": "word", "word": "off"}, noun("&weapon")], "183", None),
    ("- * DEPLOYMENT [---]", [], [noun("deployment")], None, None),
    ("- * (BEFORE COURT) [:173]", [], [prep("before", "court")], None, "173"),
    ("- *SCEPTICAL [012]", [], [noun("sceptical")], "012", None),
])
def test_patterns(text, pre, post, code, passive):
    (pattern,) = verbs.parse_pattern(line(text), synsets=SYNSETS, prepositions=PREPOSITIONS)
    assert (pattern["pre"], pattern["post"], pattern["code"], pattern["passive"]) == (pre, post, code, passive)


def test_pattern_text_and_verb_come_from_the_line():
    (pattern,) = verbs.parse_pattern(line("- *  (FOR   {FINANCIAL AID})   [0231]  # ASK , REQUEST"),
                                     synsets=SYNSETS, prepositions=PREPOSITIONS)
    assert (pattern["text"], pattern["verb"]) == ("* (for {financial aid})", "ask")
    (pattern,) = verbs.parse_pattern(line("- * STRIKE [087] # CALLED_OFF"), synsets=SYNSETS,
                                     prepositions=PREPOSITIONS)
    assert pattern["verb"] == "called off"


def test_alternatives_become_one_pattern_each():
    patterns = verbs.parse_pattern(line("- * (BY/WITH &WEAPON) [194] # ATTACK"), synsets=SYNSETS,
                                   prepositions=PREPOSITIONS)
    assert [p["post"] for p in patterns] == [[prep("by", "&weapon")], [prep("with", "&weapon")]]


@pytest.mark.parametrize(("text", "reason"), [
    ("- * VENTURE (WITH VISIT)  VISIT)[042:043]  # MAKE", "unbalanced brackets"),
    ("- * (FOR {FINANCIAL AID) [0231]", "unbalanced brackets"),
    ("- * &FIGHT_CRIM [1124] # BRAND", "undefined synset"),
    ("- * AID  # RUSH", "no code"),
    ("- * DOWN (FROM) [080!] # BACK", "malformed code"),
    ("- AID [070]", "no verb position"),
    ("- * AID * [070]", "more than one verb position"),
    ("- * {AID $} [070]", "actor marker inside a noun phrase"),
    ("- * (TO $ +) [070]", "two actor markers in one phrase"),
])
def test_unparseable_patterns(text, reason):
    with pytest.raises(SourceLineError) as raised:
        verbs.parse_pattern(line(text), synsets=SYNSETS, prepositions=PREPOSITIONS)
    assert raised.value.reason == reason


# ---------------------------------------------------------------- actor dictionaries

ACTOR_EXCERPT = """\
# comment line
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_
+AFGHAN_

HAMID_KARZAI_  # CountryInfo.txt
+KARZAI
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
LEONID_BREZHNEV_  # the + was forgotten on the next line
SECRETARY_BREZHNEV
\t[RUSELI 19240101-641014]
\t[RUSGOV <821110]
ARMENIA_ [ARM]
\t[USRARM <900823]
AFGHAN_NATIONAL_ARMY
\t[AFGMIL]
INDIAN_OCEAN  [---]
BAD_DATES_
\t[AFGGOV 2004017-20061201]
\t[AFGGOV 20121204]
\t[AFGGOV 330231-340101]
COTE_D\ufffdIVOIRE_
"""


def test_actor_records(tmp_path):
    tally = Tally()
    records = actors.read_actor_file(write(tmp_path, "a.txt", ACTOR_EXCERPT), file_key="countries",
                                     sectors=SECTORS, tally=tally)
    by_name = {record["names"][0]: record for record in records}
    assert list(by_name) == ["afghanistan", "hamid karzai", "leonid brezhnev", "armenia",
                             "afghan national army", "indian ocean", "bad dates"]
    assert by_name["afghanistan"]["names"] == ["afghanistan", "afghan", "kabul"]
    assert [(c["code"], c["start"], c["end"]) for c in by_name["hamid karzai"]["codes"]] == [
        ("AFGELI", "1975-01-01", "2000-01-01"), ("AFGGOV", "2001-12-22", None), ("AFGELI", None, None)]
    brezhnev = by_name["leonid brezhnev"]
    assert brezhnev["names"] == ["leonid brezhnev", "secretary brezhnev"]
    assert [(c["start"], c["end"]) for c in brezhnev["codes"]] == [("1924-01-01", "1964-10-14"),
                                                                   (None, "1982-11-10")]
    assert by_name["indian ocean"]["codes"] == []
    assert [(c["start"], c["end"]) for c in by_name["bad dates"]["codes"]] == [
        (None, "2006-12-01"), (None, None), (None, "1934-01-01")]
    assert dict(tally.reasons["dates_dropped"]) == {"date with 7 digits": 1, "impossible calendar date": 1,
                                                    "restriction without <, > or -": 1}
    assert tally.reasons["repairs"]["actor without a code joined to the next (missing +)"] == 1
    assert tally.reasons["lines_skipped"]["actor without a usable name"] == 1
    assert tally.reasons["names_dropped"]["unreadable character"] == 1
    kinds = {name: record["kind"] for name, record in by_name.items()}
    assert kinds == {"afghanistan": "country", "hamid karzai": "person", "leonid brezhnev": "person",
                     "armenia": "country", "afghan national army": "organization",
                     "indian ocean": "organization", "bad dates": "person"}


def test_inline_restrictions_on_the_primary_line(tmp_path):
    text = "B._LYNN_PASCOE_\t[USAGOV 981022-010811] [IGOUNO  >070201]# note\n"
    tally = Tally()
    (record,) = actors.read_actor_file(write(tmp_path, "i.txt", text), file_key="international",
                                       sectors=SECTORS, tally=tally)
    assert [(c["code"], c["start"], c["end"]) for c in record["codes"]] == [
        ("USAGOV", "1998-10-22", "2001-08-11"), ("IGOUNO", "2007-02-01", None)]
    assert record["kind"] == "person"


def test_a_council_president_is_their_home_state_outside_the_presidency(tmp_path):
    # the rotating presidency of the EU Council goes to a member state's minister: the comment
    # says which state, and that state is the undated default the loader falls back to
    countries = "UNITED_KINGDOM_ [GBR]\n+BRITAIN\n"
    text = ("DAVID_OWEN_\t[IGOEUREEC 770101-770630] # president of the CoEU from UNITED_KINGDOM# IGOrulers.txt\n"
            "ABN_AMRO_\t[MNCNLD]\t# recoded from SAE files\n")
    tally = Tally()
    records = (actors.read_actor_file(write(tmp_path, "c.txt", countries), file_key="countries",
                                      sectors=SECTORS, tally=tally)
               + actors.read_actor_file(write(tmp_path, "i.txt", text), file_key="international",
                                        sectors=SECTORS, tally=tally))
    actors.add_home_states(records, tally)
    owen, bank = records[1], records[2]
    assert [(c["code"], c["start"], c["end"]) for c in owen["codes"]] == [
        ("IGOEUREEC", "1977-01-01", "1977-06-30"), ("GBR", None, None)]
    assert [c["code"] for c in bank["codes"]] == ["MNCNLD"] and "home" not in bank and "home" not in owen
    assert tally.reasons["homes_added"]


@pytest.mark.parametrize(("content", "start", "end", "dropped"), [
    ("AFGGOV 331108-730717", "1933-11-08", "1973-07-17", None),
    ("AFGGOV >011222", "2001-12-22", None, None),
    ("AFGGOV <011222", None, "2001-12-22", None),
    ("EGYGOV > 140608", "2014-06-08", None, None),
    ("AFGELI 19270101-730717", "1927-01-01", "1973-07-17", None),
    ("USAELI 291231-300101", "2029-12-31", "1930-01-01", None),
    ("KORGOVBUS 2004017-20061201", None, "2006-12-01", "date with 7 digits"),
    ("IRQOCC 1920030320-20060520", None, "2006-05-20", "date with 10 digits"),
    ("USAGOV 19820101", None, None, "restriction without <, > or -"),
    ("AFGGOV 330231-340101", None, "1934-01-01", "impossible calendar date"),
    ("AFGGOV", None, None, None),
])
def test_date_restrictions(content, start, end, dropped):
    tally = Tally()
    code = actors.parse_restriction(content, line(content), sectors=SECTORS, tally=tally)
    assert code is not None and (code["start"], code["end"]) == (start, end)
    assert list(tally.reasons["dates_dropped"]) == ([dropped] if dropped else [])


def test_null_and_malformed_codes():
    assert actors.parse_restriction("---", line("[---]"), sectors=SECTORS, tally=Tally()) is None
    with pytest.raises(SourceLineError, match="malformed actor code"):
        actors.parse_restriction("afg", line("[afg]"), sectors=SECTORS, tally=Tally())
    with pytest.raises(SourceLineError, match="unbalanced brackets"):
        actors.codes_on_line("\t[AFGGOV 331108", line("\t[AFGGOV 331108"), sectors=SECTORS, tally=Tally())


@pytest.mark.parametrize(("code", "country", "prefix", "org", "sectors"), [
    ("AFG", "AFG", None, None, []),
    ("AFGGOVBUS", "AFG", None, None, ["GOV", "BUS"]),
    ("YUGSRB", "YUG", None, None, ["SRB"]),
    ("IGOUNO", None, "IGO", "UNO", []),
    ("IGOUNOHLHWHO", None, "IGO", "UNO", ["HLH", "WHO"]),
    ("NGOUSAEDU", "USA", "NGO", None, ["EDU"]),
    ("MNCUSA", "USA", "MNC", None, []),
    ("NGOHLH", None, "NGO", None, ["HLH"]),
    ("IMGMUSISI", None, "IMG", None, ["MUS", "ISI"]),
    ("MUS", "MUS", None, None, []),
    ("MED", None, None, None, ["MED"]),
])
def test_code_splitting(code, country, prefix, org, sectors):
    assert actors.split_code(code, sectors=SECTORS) == {"country": country, "prefix": prefix, "org": org,
                                                        "sectors": sectors}


def code(text: str, start: str | None = None) -> dict:
    return {"code": text, "start": start, "end": None, **actors.split_code(text, sectors=SECTORS)}


@pytest.mark.parametrize(("file_key", "codes", "kind"), [
    ("countries", [code("AFG")], "country"),
    ("countries", [code("GBRGIB")], "country"),
    ("countries", [code("USRARM"), code("ARM", "1991-12-21")], "country"),
    ("countries", [code("AFGGOV", "2001-12-22")], "person"),
    ("countries", [code("CHNELI")], "person"),
    ("countries", [code("AFGMIL")], "organization"),
    ("international", [code("IGOUNO", "1997-01-01")], "person"),
    ("international", [code("IGOWSTNAT")], "igo"),
    ("international", [code("NGOHLH")], "ngo"),
    ("international", [code("MNCUSA")], "organization"),
    ("international", [code("MED")], "organization"),
    ("nonstate", [code("AFGREB", "2001-01-01")], "group"),
])
def test_actor_kinds(file_key, codes, kind):
    assert actors.actor_kind(file_key, codes, sectors=SECTORS) == kind


# ---------------------------------------------------------------- agents and discards

AGENT_EXCERPT = """\
!PERSON! = MAN, WOMAN
FARMER [~AGR]  # ab 01 Jan 2001
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
DEPUTY [~GOV]
CONGRESS!PERSON! [~LEG}
HUMAN_RIGHTS_BODY  [NGO~]
TROOPS [~MIL]
ISLAMIC_EXTREMIST
AD!PERSON!RATION [~GOV]
"""


def test_agents(tmp_path):
    tally = Tally()
    records = agents.read_agents(write(tmp_path, "g.txt", AGENT_EXCERPT), tally=tally)
    by_term = {record["term"]: record for record in records}
    assert by_term["farmer"] == {"term": "farmer", "plural": "farmers", "code": "AGR", "sectors": ["AGR"],
                                 "position": "after"}
    assert by_term["police"]["plural"] is None
    assert by_term["attorney general"]["plural"] == "attorneys general"
    assert by_term["attorney general"]["sectors"] == ["GOV", "ATG"]
    assert by_term["deputy"]["plural"] == "deputies"
    assert by_term["troops"]["plural"] is None
    assert [(r["term"], r["plural"]) for r in records if r["term"].startswith("congress")] == [
        ("congressman", None), ("congresswoman", None)]
    assert (by_term["human rights body"]["code"], by_term["human rights body"]["position"]) == ("NGO", "before")
    assert dict(tally.reasons["lines_skipped"]) == {"no code": 1, "substitution marker inside a word": 1}
    assert tally.counts["agents"] == len(records) == 8


@pytest.mark.parametrize(("term", "plural"), [
    ("farmer", "farmers"), ("deputy", "deputies"), ("envoy", "envoys"), ("boss", "bosses"),
    ("church", "churches"), ("troops", None), ("gen.", None),
])
def test_regular_plurals(term, plural):
    assert agents.make_plural(term) == plural


def test_discards(tmp_path):
    text = "+5K RUN #  ELH 06 Oct 2009\nAFL GRAND FINAL   # MleH\n\nBATSMAN_\n+MOON LANDING_\nAFL GRAND FINAL\n"
    tally = Tally()
    records = discards.read_discards(write(tmp_path, "d.txt", text), tally=tally)
    assert records == [
        {"phrase": "5k run", "scope": "story", "whole_word": False},
        {"phrase": "afl grand final", "scope": "sentence", "whole_word": False},
        {"phrase": "batsman", "scope": "sentence", "whole_word": True},
        {"phrase": "moon landing", "scope": "story", "whole_word": True},
    ]
    assert tally.counts["discards"] == 4 and tally.reasons["duplicates_dropped"]["discard"] == 1


# ---------------------------------------------------------------- whole conversion


@pytest.fixture()
def small_source(tmp_path) -> Path:
    """A PETRARCH-2 folder of hand-written excerpts."""
    source = tmp_path / "petrarch2"
    source.mkdir()
    write(source, "CAMEO.2.0.txt", VERB_EXCERPT)
    write(source, "Phoenix.prepositions.txt", "for\noff\n")
    write(source, "Phoenix.Countries.actors.txt", ACTOR_EXCERPT)
    write(source, "Phoenix.International.actors.txt", "UNITED_NATIONS_\t[IGOUNO]\nSOVIET_UNION_ [SUN]\n")
    write(source, "Phoenix.MilNonState.actors.txt", "TALIBAN_ [AFGREB]\n")
    write(source, "Phoenix.agents.txt", AGENT_EXCERPT + "FORMER_LEADER [~ELI]\nSOLDIER [~MIL]\n")
    write(source, "Phoenix.discards.txt", "+5K RUN\n")
    write(source, "LICENSE", "The MIT License (MIT)\n\nCopyright (c) 2014 Open Event Data\n")
    return source


def test_conversion_files_headers_and_summary(small_source):
    conversion = dictionaries.convert_dictionaries(small_source)
    assert sorted(conversion.files) == ["NOTICE.md", "actors.jsonl", "agents.jsonl", "discards.jsonl",
                                        "summary.json", "synsets.json", "transformations.jsonl", "verbs.jsonl"]
    for name, content in conversion.files.items():
        if name.endswith(".jsonl"):
            first = json.loads(content.decode("utf-8").splitlines()[0])
            assert first["_generated"].startswith("by python -m kg.dictionaries from ")
            assert first["_licence"] == "MIT, Copyright (c) 2014 Open Event Data; see NOTICE.md"
    notice = conversion.files["NOTICE.md"].decode("utf-8")
    assert "make dictionaries" in notice and "Copyright (c) 2014 Open Event Data" in notice
    summary = json.loads(conversion.files["summary.json"])
    assert summary["verbs"]["patterns_skipped"] == {"undefined synset": 1, "unbalanced brackets": 1}
    assert summary["actors"]["by_kind"] == {"country": 2, "group": 1, "igo": 1, "organization": 3, "person": 3}
    assert summary["actors"]["non_iso_prefixes"] == {"SUN": 1, "USR": 1}
    assert summary["actors"]["non_iso_prefixes_historic"] == ["SUN"]
    assert summary["actors"]["dated_roles"] == 6
    assert (summary["agents"]["agents"], summary["discards"]["discards"]) == (10, 1)


def test_conversion_is_deterministic(small_source):
    assert dictionaries.convert_dictionaries(small_source) == dictionaries.convert_dictionaries(small_source)


def test_cli_writes_then_checks(small_source, tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    written = runner.invoke(main, ["--source", str(small_source), "--out", str(out)])
    assert written.exit_code == 0, written.output
    assert runner.invoke(main, ["--source", str(small_source), "--out", str(out), "--check"]).exit_code == 0
    (out / "verbs.jsonl").write_text("{}\n", encoding="utf-8")
    stale = runner.invoke(main, ["--source", str(small_source), "--out", str(out), "--check"])
    assert stale.exit_code == 1
    assert "verbs.jsonl is stale" in stale.output and len(stale.output.strip().splitlines()) == 1


def test_a_missing_source_file_is_a_pattern_error(small_source):
    (small_source / "Phoenix.agents.txt").unlink()
    with pytest.raises(PatternError, match="Phoenix.agents.txt' not found"):
        dictionaries.convert_dictionaries(small_source)
    result = CliRunner().invoke(main, ["--source", str(small_source), "--check"])
    assert result.exit_code == 1 and "KG_PETRARCH_DIR" in result.output


@pytest.mark.parametrize("module", [common, verbs, actors, agents])
def test_doctests(module):
    assert doctest.testmod(module).failed == 0


def test_committed_files_are_current(tmp_path):
    assert PETRARCH.is_dir(), f"the PETRARCH-2 dictionaries are expected at {PETRARCH} (../shared beside the checkout)"
    dictionaries.write_dictionaries(source=PETRARCH, out=tmp_path)
    for fresh in sorted(tmp_path.iterdir()):
        committed = COMMITTED / fresh.name
        assert committed.is_file(), f"{committed} is missing: run `make dictionaries`"
        assert committed.read_bytes() == fresh.read_bytes(), f"{committed} is stale: run `make dictionaries`"
