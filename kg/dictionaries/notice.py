"""The text of ``kg/data/petrarch/NOTICE.md``: provenance, conversion rules, licence."""
from __future__ import annotations

from kg.dictionaries.actors import ORG_PREFIXES, PIVOT_YEAR
from kg.dictionaries.common import Line

NOTICE_TEMPLATE = """\
# kg/data/petrarch: converted PETRARCH-2 dictionaries

Generated, do not edit: regenerate with `make dictionaries` (`python -m kg.dictionaries`);
`python -m kg.dictionaries --check` fails when these files are stale.

## Where they come from

These files are derived from the dictionaries of the PETRARCH-2 event coder, from the public
repository openeventdata/petrarch2 (commit 676801c), under the MIT licence reproduced below
(Copyright (c) 2014 Open Event Data; the source files repeat the MIT notice in their headers,
in the name of the Open Event Data Alliance, 2014 and 2015).

| file | derived from |
|---|---|
| synsets.json | the synonym sets (`&NAME`) of CAMEO.2.0.txt |
| verbs.jsonl | the verb blocks and patterns of CAMEO.2.0.txt; Phoenix.prepositions.txt decides which bare pattern words are particles |
| transformations.jsonl | the `~` lines of CAMEO.2.0.txt |
| actors.jsonl | Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt; the sector codes of Phoenix.agents.txt help split the actor codes |
| agents.jsonl | Phoenix.agents.txt |
| discards.jsonl | Phoenix.discards.txt |
| summary.json | counts of what was converted, repaired, dropped and skipped, with reasons |

## How they were converted

- Words are lowercase, underscores became spaces, marker underscores at the end were
  dropped. Every `.jsonl` file starts with a header line whose keys start with `_`.
- Verb codes: `[---]` is null; `[042:043]` is code 042 with passive code 043. A verb line
  without a code has code null (the block's code applies); a verb line that says `[---]`
  keeps `"---"` (that verb alone codes no event). Pattern elements: `noun` (head is the
  last word of a `{{...}}` phrase, the others are mods; synsets keep their `&`), `prep`
  (first word of a `(...)` group), `actor` (`$` source, `+` target, `%` both, `^` skip)
  and `word` (a bare word outside brackets that the preposition list holds: off, out, up).
  `A/B` alternatives become one pattern each. Patterns with unbalanced brackets, an
  undefined synset, no code or a malformed code are skipped and counted.
- Dates: YYYYMMDD, or YYMMDD where a two-digit year of {pivot} or more is 19YY and below
  {pivot} is 20YY (PETRARCH's reader takes 30 itself as 2030; no date in these files has
  that year). `<date` gives an end, `>date` a start, `date-date` both. A bound with the
  wrong number of digits (7, 9, 10), an impossible date or a restriction without `<`, `>`
  or `-` is dropped and counted.
- Actors: a primary line with no code at all followed by another primary line is read as
  a synonym whose `+` was forgotten and joins the next record; `[---]` leaves a record
  without codes (its names code nothing). Names with a control or replacement character
  are dropped. Kinds: in the countries file, a record with a state code (a bare country
  code, or a country plus one part that is not a sector, as GBRGIB or USRARM) is
  `country`, else one with a dated code or an elite code (ELI) is `person`, else
  `organization` (so dated institutions, a few dozen, read as persons); in the
  international file dated or elite is `person`, else IGO is `igo`, NGO `ngo`, the rest
  `organization`; every record of the non-state file is a `group`. A president of the
  Council of the EU whose comment names the state they come from ("president of the CoEU
  from UNITED_KINGDOM") gets that state, as the countries file codes the name, as an undated
  code: the one that holds outside their presidency (counted as `homes_added`).
- Codes are cut into three-letter parts. The first is an org prefix
  ({prefixes}), a sector when the code names no state (MED for a news
  agency: a sector of the agent dictionary that is not an ISO country), or else the
  country, ISO 3166-1 or not (regions, former states such as SUN or YUG, Phoenix's own;
  listed in summary.json). After an org prefix comes an ISO country if any, then the
  organisation unless that part is a sector (there MUS is Muslim, not Mauritius); the
  remaining parts are the sectors, in order.
- Agents: `[~X]` is added after the actor code (position `after`), `[X~]` before. The
  plural is the one in `{{...}}`, none for `{{}}`, else the regular plural of the last word
  (+s; consonant+y -> ies; ss, x, z, ch, sh -> es; none for a term already ending in a
  single s). `!NAME!` markers expand to one record per member, without plurals; lines
  with a marker inside a word are skipped.
- Discards: a leading `+` means the whole story, a trailing `_` a whole word.
- Order: verb blocks by name (their verbs and patterns in file order), actors by file then
  first name, agents and discards by their fields. Exact repeats are dropped and counted
  (the international file holds whole sections twice).

## Licence of the source dictionaries

{licence}
"""


def notice(licence: list[Line]) -> str:
    """The text of ``NOTICE.md``, with the source's licence copied in."""
    text = "\n".join(line.text.rstrip() for line in licence).strip()
    return NOTICE_TEMPLATE.format(pivot=PIVOT_YEAR, prefixes=", ".join(ORG_PREFIXES), licence=text)
