"""`kg viz`: one self-contained HTML file that draws the actor graph in a browser, offline.

The drawing is checked in a real headless Chromium (the Debian package). When
/usr/bin/chromium is missing, the session fixture installs it with apt-get (the tests run
as root); a failed install fails the tests instead of skipping them.
"""
from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import debian_package

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # Any attempt to reach a host fails at once: the page must draw without the network.
    "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--virtual-time-budget=20000",
)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Chromium from Debian, installed with apt-get when it is not there yet."""
    return debian_package(CHROMIUM, "chromium")


class _Sources(HTMLParser):
    """Collects every tag and every src/href/data/action attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "data", "action", "srcset", "poster") and value:
                self.refs.append((tag, name, value))


def _write_viz(store: Path, out: Path) -> str:
    result = CliRunner().invoke(cli, ["viz", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def _shown_actors(store: Path) -> int:
    from kg.export import viz_data

    return len(viz_data(store)["nodes"])


def test_viz_page_loads_nothing_from_the_network(seed_store, tmp_path):
    page = _write_viz(seed_store, tmp_path / "graph.html")
    parser = _Sources()
    parser.feed(page)
    assert "script" in parser.tags and "svg" in parser.tags
    assert parser.refs == [], f"the page refers to outside resources: {parser.refs}"
    assert "link" not in parser.tags and "iframe" not in parser.tags
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"(@import|url\(\s*['\"]?\s*(https?:)?//)", page, re.IGNORECASE)
    # the data travels inline, and the actor codes of the seed article are in it
    data = re.search(r'<script type="application/json" data-role="data">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    codes = {node["code"] for node in json.loads(data.group(1))["nodes"]}
    assert {"NATO", "RUS"} <= codes


def test_a_states_bodies_are_drawn_as_the_state_and_persons_tied_to_whom_they_act_for(seed_store):
    from kg.export import viz_data

    data = viz_data(seed_store)
    nodes = {node["iri"].rsplit("/", 1)[-1]: node for node in data["nodes"]}
    assert "RUS-MIL" not in nodes and "NATO-MIL" not in nodes
    assert nodes["RUS"]["sectors"] == ["MIL"]  # "Russia's military" acted, under Russia
    rus = data["nodes"].index(nodes["RUS"])
    assert any(edge["t"] == rus and edge["ts"] == "MIL" and edge["type"] == "ExpressIntentToCooperate"
               for edge in data["edges"])
    assert data["nodes"][nodes["valery-gerasimov"]["of"]]["code"] == "RUS"
    assert nodes["valery-gerasimov"]["sector"] == "MIL"
    assert data["nodes"][nodes["philip-breedlove"]["of"]]["code"] == "NATO"
    assert len({node["code"] for node in data["nodes"] if node["kind"] != "person"}) == \
        len([node for node in data["nodes"] if node["kind"] != "person"])


def test_viz_data_cannot_close_its_script_element():
    from rdflib import Graph

    from kg.export import to_html

    graph = Graph().parse(data="""
        @prefix kg: <https://w3id.org/kg-events/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @base <https://w3id.org/kg-events/id/> .
        <event/x> a kg:Accuse ; kg:source <actor/A> ; kg:target <actor/B> ;
            kg:negated false ; kg:mention <mention/x> .
        <mention/x> kg:sentence "A said </script><script>alert(1)</script> <!-- to B" .
        <actor/A> kg:code "AAA" ; rdfs:label "A" .
        <actor/B> kg:code "BBB" ; rdfs:label "B" .
    """, format="turtle")
    page = to_html(graph)
    assert page.count("</script>") == 2  # the data element's and the renderer's, nothing more
    assert "alert(1)" in page


def _dump_dom(chromium: Path, page: Path, profile: Path, fragment: str = "") -> tuple[str, str]:
    done = subprocess.run(
        [str(chromium), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri() + fragment],
        check=False, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout, done.stderr


def _rendered(dom: str) -> tuple[int, int]:
    svg = re.search(r"<svg[^>]*data-role=\"graph\"[^>]*>", dom)
    assert svg is not None, "no graph element in the page Chromium loaded"
    nodes = re.search(r'data-rendered="(\d+)"', svg.group(0))
    edges = re.search(r'data-edges="(\d+)"', svg.group(0))
    assert nodes and edges, "the renderer did not run: no data-rendered attribute on the graph"
    return int(nodes.group(1)), int(edges.group(1))


def test_viz_draws_in_headless_chromium(chromium, gold_store, tmp_path):
    page = tmp_path / "graph.html"
    _write_viz(gold_store, page)
    dom, log = _dump_dom(chromium, page, tmp_path / "profile")
    assert "Uncaught" not in log, log[-3000:]
    nodes, edges = _rendered(dom)
    assert nodes == _shown_actors(gold_store) and nodes > 50
    assert edges > 50
    assert dom.count("<circle") == nodes
    assert 'class="kg-acts-for"' in dom  # persons are tied to whom they act for
    assert "<option value=\"RUS\">" in dom and "<option value=\"plover:SANCTION\">" in dom
    # the filters, given in the address, narrow the picture down
    dom, log = _dump_dom(chromium, page, tmp_path / "profile", "#actor=NATO")
    narrowed, _ = _rendered(dom)
    assert 1 < narrowed < nodes
    dom, _ = _dump_dom(chromium, page, tmp_path / "profile", "#from=2014-01-01&to=2014-12-31&undated=0")
    in_2014, _ = _rendered(dom)
    assert 0 < in_2014 < nodes
