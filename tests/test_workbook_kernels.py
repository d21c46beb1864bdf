"""A kernel that runs several notebooks gives each what a fresh kernel gives it: a notebook run
after another in one kernel has the outputs it has alone in a fresh kernel. Real kernels."""

import re

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from kornews.kernels import kernel_pool
from kornews.workbook import KERNEL, QUIET_KERNEL, execute_notebook

# A module of the notebooks' folder that warns from a line of its own: Python shows that warning
# once per line and process unless told to forget (a fresh kernel has never shown it).
NOISY = "import warnings\n\n\ndef speak():\n    warnings.warn('noisy line')\n"
# The first notebook changes everything a notebook can leave behind in its kernel.
MESSY = [
    "import noisy\nnoisy.speak()\nleft_behind = 1",
    "import matplotlib, pandas as pd\nmatplotlib.rcParams['lines.linewidth'] = 9\n"
    "pd.set_option('display.max_rows', 3)",
    "import pandas as pd\nfrom kornews.notebook import show\nshow(pd.DataFrame({'a': [1]}))",
    "import os\nos.chdir('/')",
]
# The second looks at each, as a fresh kernel would show it.
LOOKING = [
    "print('left_behind' in dir())",
    "import matplotlib, pandas as pd\n"
    "print(matplotlib.rcParams['lines.linewidth'], pd.get_option('display.max_rows'))",
    "import noisy\nnoisy.speak()",
    "import pandas as pd\nfrom kornews.notebook import show\nshow(pd.DataFrame({'a': [1]}))",
    "import os\nprint(os.getcwd())",
    # No history file: the profile's is shared by every IPython process of the user.
    "print(get_ipython().history_manager.hist_file)",
    "6 * 7",
]


def write_notebook(path, *sources):
    cells = [new_code_cell(source) for source in sources]
    nbformat.write(
        new_notebook(
            cells=cells, metadata={"kernelspec": {"name": KERNEL, "display_name": "Python 3"}}
        ),
        path,
    )


def _outputs(executed):
    """Each code cell's execution count and outputs, object addresses left out."""
    text = re.sub(r" at 0x[0-9a-f]+", " at 0x", executed.read_text(encoding="utf-8"))
    cells = nbformat.reads(text, as_version=4).cells  # each text one string
    return [(c.execution_count, c.outputs) for c in cells if c.cell_type == "code"]


def _printed(outputs) -> str:
    return "".join(o.get("text", "") for o in outputs)


def test_a_notebook_after_another_in_one_kernel_is_as_in_a_fresh_kernel(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    (folder / "noisy.py").write_text(NOISY)
    write_notebook(folder / "01-messy.ipynb", *MESSY)
    write_notebook(folder / "02-looking.ipynb", *LOOKING)
    notebooks = sorted(folder.glob("*.ipynb"))
    shared, alone = tmp_path / "shared", tmp_path / "alone"
    shared.mkdir(), alone.mkdir()
    parameters = {}  # the notebooks declare none

    def run(notebook, kernel):
        return execute_notebook(notebook, parameters, shared, kernel=kernel), kernel.manager

    launched = []
    with kernel_pool(
        notebooks, run, size=1, name=KERNEL, extra_arguments=QUIET_KERNEL, launched=launched
    ) as runs:
        (first, kernel), (second, same_kernel) = (r.result() for r in runs)
    assert kernel is same_kernel  # both notebooks ran in the one kernel
    assert len(launched) == 1 and launched[0].is_set()  # what the renderers' fork waits for
    fresh = execute_notebook(notebooks[1], parameters, alone)

    looked = _outputs(second)
    assert looked == _outputs(fresh)
    assert [count for count, _ in looked] == [1, 2, 3, 4, 5, 6, 7]
    assert _printed(looked[0][1]) == "False\n"
    assert _printed(looked[1][1]) == "1.5 60\n"  # matplotlib's and pandas' defaults
    assert "UserWarning: noisy line" in _printed(looked[2][1])
    assert 'id="T_kornews0' in looked[3][1][0].data["text/html"]  # the notebook's first table
    assert _printed(looked[4][1]) == f"{folder}\n"
    assert _printed(looked[5][1]) == ":memory:\n"
    assert looked[6][1][0].execution_count == 7 and looked[6][1][0].data["text/plain"] == "42"
    # The first notebook warned too, as it would in a fresh kernel.
    assert "UserWarning: noisy line" in _printed(_outputs(first)[0][1])
