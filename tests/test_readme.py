"""The README's examples run as written, in order, so the README cannot drift from the code.

Python blocks run in a folder holding a copy of seeds/. Shell blocks (```shell) run line by
line with bash in another such folder, with the virtualenv's `kg` first on the PATH; console
blocks (```console) run each `$ ` command there and compare its output with the lines shown
under it. Examples that need the network or a long-running server are written as plain blocks.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
SHELL = re.findall(r"```(shell|console)\n(.*?)```", README, re.DOTALL)


def test_readme_python_examples_run(tmp_path):
    assert BLOCKS, "the README should show the library in Python"
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for number, code in enumerate(BLOCKS, start=1):
        # kg's own modules loaded first: a submodule must never shadow a function of the same
        # name ("kg.build", "kg.extract")
        done = subprocess.run([sys.executable, "-c", "import kg.builder, kg.extraction, kg.export\n" + code],
                              cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, f"README Python block {number} fails:\n{done.stderr[-2000:]}"


def _commands(kind: str, text: str) -> list[tuple[str, list[str] | None]]:
    """(command, expected output lines or None) for each command of a block."""
    if kind == "shell":
        return [(line, None) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    commands: list[tuple[str, list[str] | None]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            assert commands, f"a console block starts with output, not a `$ ` command: {line}"
            commands[-1][1].append(line)  # type: ignore[union-attr]
    return commands


@pytest.fixture()
def shell_env(tmp_path) -> dict[str, str]:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "KG_STORE": str(tmp_path / ".kg-store"), "COLUMNS": "100"}
    env.pop("KG_SPACY_MODEL", None)
    return env


def test_readme_shell_examples_run(tmp_path, shell_env):
    kinds = {kind for kind, _ in SHELL}
    assert kinds == {"shell", "console"}, "the README should show the command line in shell and console blocks"
    for number, (kind, text) in enumerate(SHELL, start=1):
        for command, expected in _commands(kind, text):
            done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=shell_env,
                                  capture_output=True, text=True, timeout=300, check=False)
            assert done.returncode == 0, f"README {kind} block {number}: `{command}` fails:\n{done.stderr[-2000:]}"
            if expected is not None:
                assert done.stdout.splitlines() == expected, \
                    f"README {kind} block {number}: `{command}` prints something else now:\n{done.stdout}"
