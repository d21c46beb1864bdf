"""Two test runs at once (two checkouts, or make test beside make workbook) write nothing the
other reads: what IPython, Jupyter and Dask keep between processes lives in this run's own
folder (tests/conftest.py), never in the home folder or a fixed temporary path."""

import tempfile
from pathlib import Path


def _run_folder() -> Path:
    from IPython.paths import get_ipython_dir

    return Path(get_ipython_dir()).parent


def test_ipython_jupyter_and_dask_keep_their_files_in_the_runs_own_folder():
    import dask
    from jupyter_core.paths import jupyter_runtime_dir

    run = _run_folder()
    assert run.parent == Path(tempfile.gettempdir())
    assert run.name.startswith("kornews-test-run-")
    assert Path(jupyter_runtime_dir()).parent == run
    assert Path(dask.config.get("temporary-directory")).parent == run


def test_the_tests_own_ipython_shell_keeps_its_history_in_the_runs_own_folder():
    # What tests/test_notebooks.py runs notebooks' cells in, here in the test's process.
    from IPython.core.interactiveshell import InteractiveShell

    history = Path(InteractiveShell.instance().history_manager.hist_file)
    assert history.is_relative_to(_run_folder())
