"""The project's parts agree: queries parse, the vocabulary matches the ontology, every class
has a shape and is reachable from the lexicon, every command is documented, and the modules
import one another in one direction only."""
from __future__ import annotations

import ast
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SH
from rdflib.plugins.sparql import prepareQuery

from kg import resources, vocab
from kg._vocab_gen import render
from kg.extraction import load_lexicon


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
    assert "kg/data/words.json" in names


def _kg_imports() -> dict[str, set[str]]:
    """Each kg module and the kg modules it imports anywhere in its source (not by string)."""
    base = resources.PACKAGE_DIR
    modules = {".".join(p.relative_to(base.parent).with_suffix("").parts).removesuffix(".__init__"): p
               for p in base.rglob("*.py")}
    found: dict[str, set[str]] = {}
    for name, path in modules.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
                imported |= {f"{node.module}.{a.name}" for a in node.names}
        found[name] = {m for m in imported if m in modules and m != name}
    return found


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen: set[str] = set()
    stack = list(graph.get(start, ()))
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack += graph.get(node, ())
    return False


def test_no_two_modules_import_each_other():
    # a subpackage's __init__ imports its modules, which Python loads under it: not a cycle
    graph = {m: {i for i in imports if not m.startswith(i + ".")} for m, imports in _kg_imports().items()}
    cycles = sorted(m for m in graph if _reaches(graph, m, m))
    assert not cycles, f"modules on an import cycle: {cycles}"


def test_extractor_layers():
    graph = _kg_imports()
    event_side = {"kg.extraction.match", "kg.extraction.framing", "kg.extraction.frames", "kg.extraction.assemble"}
    assert not graph["kg.extraction.parse"] & event_side
    assert "kg.extraction.framing" not in graph["kg.extraction.match"]
    assert "kg.extraction.match" not in graph["kg.extraction.framing"]
    assert "kg.builder" not in graph["kg.parallel"]


def test_no_module_imports_the_cli_and_the_graph_needs_no_spacy():
    assert not [m for m, imports in _kg_imports().items() if "kg.cli" in imports and m != "kg.__main__"]
    source = Path(resources.PACKAGE_DIR / "graph.py").read_text(encoding="utf-8")
    assert "spacy" not in {a.name.split(".")[0] for node in ast.walk(ast.parse(source))
                           if isinstance(node, ast.Import) for a in node.names}
    assert not any(isinstance(node, ast.ImportFrom) and (node.module or "").startswith("spacy")
                   for node in ast.walk(ast.parse(source)))
