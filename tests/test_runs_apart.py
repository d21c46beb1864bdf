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


def test_matplotlib_keeps_its_config_and_font_list_in_the_runs_own_folder():
    import matplotlib

    run = _run_folder()
    assert Path(matplotlib.get_configdir()) == Path(matplotlib.get_cachedir()) == run / "matplotlib"
    assert list((run / "matplotlib").glob("fontlist-*.json"))  # copied, or built once here


def test_kernels_talk_through_socket_files_of_the_run_not_tcp_ports(monkeypatch):
    from kornews.kernels import manager_class

    run = _run_folder()
    first, second = manager_class()(kernel_name="python3"), manager_class()(kernel_name="python3")
    assert first.transport == second.transport == "ipc"
    assert Path(first.ip).parent == Path(second.ip).parent == run / "kernels"
    assert first.ip != second.ip  # each kernel's files have a name of their own
    # Outside a test run (no folder given) kernels take TCP ports as Jupyter chooses them.
    monkeypatch.delenv("KORNEWS_KERNEL_SOCKETS")
    assert manager_class()(kernel_name="python3").transport == "tcp"


def test_a_kernel_on_socket_files_runs_code():
    from jupyter_client.utils import run_sync

    from kornews.kernels import manager_class

    async def answer() -> str:
        manager = manager_class()(kernel_name="python3")
        await manager.start_kernel()
        client = manager.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=60)
            reply = await client.execute_interactive("print(6 * 7)", timeout=60)
            return reply["content"]["status"]
        finally:
            client.stop_channels()
            await manager.shutdown_kernel(now=True)

    assert run_sync(answer)() == "ok"
