"""The README's Python examples run as written (from the project root, as a reader would)."""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def _needs(block: str) -> list[str]:
    """Top-level packages the block imports that this machine lacks (dask for the scale-out sketch)."""
    names = re.findall(r"^(?:import|from) (\w+)", block, re.M)
    return [name for name in dict.fromkeys(names) if importlib.util.find_spec(name) is None]


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_python_runs(block, monkeypatch):
    if missing := _needs(block):
        pytest.skip(f"needs {', '.join(missing)}")
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
