"""Every notebook runs top to bottom in a fresh kernel, and none is committed with outputs."""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no notebook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    carrying = [i for i, cell in enumerate(cells) if cell.get("outputs") or cell.get("execution_count")]
    assert not carrying, f"{path.name}: cells {carrying} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_in_a_fresh_kernel(path, tmp_path):
    notebook = nbformat.read(path, as_version=4)
    # Run from an unrelated folder: the notebook must find the project by itself.
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    stderr = [o["text"] for c in notebook.cells for o in c.get("outputs", []) if o.get("name") == "stderr"]
    assert not any("missing from font" in text or "Glyph" in text for text in stderr), stderr
    # A cell that ends in a plot shows it as an image, not as "<Figure size ...>".
    for cell in notebook.cells:
        if cell.cell_type == "code" and "plots.plot_" in cell.source.splitlines()[-1]:
            assert any("image/png" in o.get("data", {}) for o in cell.outputs), cell.source
