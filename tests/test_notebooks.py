"""The notebooks run from top to bottom, on the seed article and on a larger corpus.

Each notebook is executed in memory with nbclient on a kernel that runs this interpreter
(the project's virtualenv), with ``KG_STORE`` pointing at a fresh store per corpus, so the
first notebook builds it and the others reuse it. A failing cell fails the test; nothing is
written back to the notebook files.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
CORPORA = {
    "seeds": ROOT / "seeds",
    "gold": Path(__file__).resolve().parent / "data" / "gold_corpus.jsonl",
}


def test_there_are_notebooks_and_they_are_committed_clean():
    assert {p.stem for p in NOTEBOOKS} >= {"relations_over_time", "actor_network", "asking_the_graph"}
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert nb.metadata.kernelspec.name == "python3", path.name
        code = [cell for cell in nb.cells if cell.cell_type == "code"]
        assert all(not cell.outputs and cell.execution_count is None for cell in code), \
            f"{path.name} is committed with outputs: clear them before committing"
        first = nb.cells[0]
        assert first.cell_type == "code" and "parameters" in first.metadata.get("tags", []), \
            f"{path.name}: the first cell should be the parameters cell (tagged 'parameters')"
        source = "\n".join(cell.source for cell in code)
        assert "import kg" in source and "KG_STORE" in source and "KG_CORPUS" in source, path.name
        # notebooks call the library and plot; logic belongs in kg/
        assert not any(line.lstrip().startswith(("def ", "class ", "lambda")) for line in source.splitlines()), path.name


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory) -> Path:
    """A kernel spec named python3 that starts ipykernel on this very interpreter."""
    spec_dir = tmp_path_factory.mktemp("kernels") / "python3"
    spec_dir.mkdir()
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3 (kg venv)", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return spec_dir.parent


@pytest.fixture(scope="module")
def store_dirs(tmp_path_factory) -> dict[str, Path]:
    """One store folder per corpus, not built yet: the first notebook to run builds it."""
    base = tmp_path_factory.mktemp("notebook-stores")
    return {name: base / name for name in CORPORA}


# What the notebooks print about what they looked at: every pair, actor and type they chose must
# have something to show, on any store.
SHOWN = re.compile(r"^(?P<what>\S+–\S+|who_did_what, actor \S+|events_of_type, type \S+): (?P<n>\d+) (?:event|row)\(s\)",
                   re.MULTILINE)


def _run(path: Path, corpus: str, kernel_dir: Path, store: Path, tmp_path: Path, *, parameters: str | None = None):
    """Execute the notebook (its first cell replaced by ``parameters`` if given); return the printed text."""
    before = path.read_bytes()
    nb = nbformat.read(path, as_version=4)
    if parameters is not None:
        nb.cells[0].source += "\n" + parameters
    km = KernelManager(kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir)]))
    client = NotebookClient(nb, km=km, timeout=240, allow_errors=False,
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    env = {**os.environ, "KG_STORE": str(store), "KG_CORPUS": str(CORPORA[corpus]),
           "IPYTHONDIR": str(tmp_path / "ipython"), "PYTHONWARNINGS": "ignore::DeprecationWarning"}
    client.execute(env=env)  # raises CellExecutionError, naming the cell, when one fails
    assert km.kernel_spec is not None and km.kernel_spec.argv[0] == sys.executable
    assert any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")
    assert path.read_bytes() == before, "executing a notebook must not write to it"
    return "".join(output.get("text", "") for cell in nb.cells if cell.cell_type == "code"
                   for output in cell.outputs if output.get("name") == "stdout")


@pytest.mark.parametrize("corpus", list(CORPORA))
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, corpus: str, kernel_dir: Path, store_dirs: dict[str, Path], tmp_path):
    printed = _run(path, corpus, kernel_dir, store_dirs[corpus], tmp_path)
    shown = {m["what"]: int(m["n"]) for m in SHOWN.finditer(printed)}
    if path.stem in ("relations_over_time", "asking_the_graph"):
        assert shown, f"{path.name} printed nothing about the pairs, actor or type it chose:\n{printed[-1500:]}"
    empty = [what for what, n in shown.items() if n == 0]
    assert not empty, f"{path.name} on {corpus}: chosen from the store, yet nothing to show for {empty}"


def test_parameters_set_in_the_first_cell_are_used(kernel_dir: Path, store_dirs: dict[str, Path], tmp_path):
    printed = _run(NOTEBOOK_DIR / "relations_over_time.ipynb", "seeds", kernel_dir, store_dirs["seeds"], tmp_path,
                   parameters='PAIRS = [("Russia", "nato")]')
    assert re.search(r"^Russia–nato: [1-9]\d* event\(s\)", printed, re.MULTILINE), printed[-1500:]
    assert "NATO–RUS" not in printed
