"""The README's Python examples run as written, in order, in a folder holding a copy of seeds/,
so the README cannot drift from the code."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

from conftest import ROOT, SEEDS

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)


def test_readme_python_examples_run(tmp_path):
    assert BLOCKS, "the README should show the library in Python"
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for number, code in enumerate(BLOCKS, start=1):
        # kg's own modules loaded first: a submodule must never shadow a function of the same
        # name ("kg.build", "kg.extract")
        done = subprocess.run([sys.executable, "-c", "import kg.builder, kg.extraction, kg.export\n" + code],
                              cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, f"README Python block {number} fails:\n{done.stderr[-2000:]}"
