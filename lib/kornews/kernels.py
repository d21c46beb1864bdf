"""Kernels kept for several notebooks: the workbook starts one a core, and each runs notebook
after notebook, every one in a fresh namespace (:func:`fresh`), so that its outputs are those of
a fresh kernel while Python's start, the imports (pandas, matplotlib, kornews), the Hangul font
and Kiwi are paid once per kernel, not once per notebook.

What a fresh kernel starts with and a notebook may change is put back before each notebook: the
user namespace, the execution count and the history (IPython's reset), open figures,
matplotlib's and pandas' settings, which warnings were already shown, the table ids of
:func:`kornews.notebook.show` and the working directory. Caches of kornews (Kiwi, the tables)
are kept on purpose: they hold nothing a notebook can change.
"""

from __future__ import annotations

import gc
import os
import queue
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from uuid import uuid4

from .notebook import restart_table_ids

# Run once as a kernel starts, and before each notebook (hidden: no output, no execution count).
PREPARE = "import kornews.kernels\nkornews.kernels.prepare()"
FRESH = "import kornews.kernels\nkornews.kernels.fresh({folder!r})"
# The kernel's state as it started, before any notebook: what fresh() puts back.
_START: dict = {}
# History in memory, as nbclient keeps a fresh kernel's: the profile's history.sqlite is shared by
# every IPython process of the user (another workbook, a test run), and IPython moves it aside as
# corrupt when another holds it locked.
HISTORY = "--HistoryManager.hist_file=:memory:"


# A folder for the kernels' sockets (Jupyter's ipc transport), when set: TCP ports on localhost are
# chosen free, then closed until the kernel binds them, and another process may take one between;
# files in a folder of one's own are no one else's (each test run sets its own).
SOCKETS = "KORNEWS_KERNEL_SOCKETS"


@cache
def manager_class() -> type:
    """jupyter_client's ``AsyncKernelManager``, its kernels' sockets files of ``$KORNEWS_KERNEL_SOCKETS``
    when set (each kernel names its own), else TCP ports as Jupyter chooses them; for nbclient's
    and papermill's ``kernel_manager_class`` too."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class SocketKernelManager(AsyncKernelManager):
        @default("transport")
        def _transport_default(self) -> str:
            return "ipc" if os.environ.get(SOCKETS) else "tcp"

        @default("ip")
        def _ip_default(self) -> str:
            folder = os.environ.get(SOCKETS)
            if not folder:
                return super()._ip_default()
            Path(folder).mkdir(parents=True, exist_ok=True)
            return str(Path(folder) / f"kernel-{uuid4().hex[:12]}")

    return SocketKernelManager


class Kernel:
    """A kernel started on first use (:meth:`fresh`), for notebooks run one after another in
    the thread that made it (its event loop is that thread's)."""

    def __init__(
        self, *, name: str, extra_arguments: list[str], launched: threading.Event | None = None
    ):
        self.name, self.extra_arguments = name, extra_arguments
        self.manager = None
        # Set once its process is launched (its ports bound there, none open here).
        self.launched = launched or threading.Event()
        # When it was asked to start and when it was ready (time.monotonic), and its process:
        # for timelines.
        self.started = self.ready = self.pid = None

    def fresh(self, folder: Path) -> None:
        """Start the kernel if need be, then give the next notebook a fresh namespace with
        ``folder`` its working directory. Raises RuntimeError when the kernel refuses."""
        from jupyter_client.utils import run_sync

        run_sync(self._fresh)(folder)

    async def _fresh(self, folder: Path) -> None:
        if self.manager is None:
            self.started = time.monotonic()
            manager = manager_class()(kernel_name=self.name)
            try:
                await manager.start_kernel(
                    cwd=str(folder), extra_arguments=[*self.extra_arguments, HISTORY]
                )
            finally:
                self.launched.set()
            self.manager = manager
            self.pid = getattr(manager.provisioner, "pid", None)
            await self._send(PREPARE)
            self.ready = time.monotonic()
        await self._send(FRESH.format(folder=str(folder)))

    async def _send(self, code: str) -> None:
        client = self.manager.client()
        client.start_channels()
        try:
            await client.wait_for_ready(timeout=60)
            reply = await client.execute_interactive(code, silent=True, timeout=60)
        finally:
            client.stop_channels()
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"the kernel could not be reset: {reply['content'].get('evalue')}")

    def shutdown(self) -> None:
        """Stop the kernel, if it was started."""
        from jupyter_client.utils import run_sync

        if self.manager is not None:
            # A kernel that died already has nothing left to stop.
            with suppress(Exception):
                run_sync(self.manager.shutdown_kernel)(now=True)
            self.manager = None


@contextmanager
def kernel_pool(
    notebooks: list[Path],
    run: Callable,
    *,
    size: int,
    name: str,
    extra_arguments: list[str],
    launched: list[threading.Event] | None = None,
) -> Iterator[list[Future]]:
    """``run(notebook, kernel)`` for each notebook, in ``size`` kernels at once, each in a thread
    of its own taking the next notebook in order as its last ends; yields the futures of the
    results, in notebook order. A kernel whose notebook failed is stopped and takes no other.
    On leaving, the notebooks not yet started are dropped; running ones finish on their own, and
    each kernel is stopped after its last notebook. ``launched``, if given, gets an event a
    kernel, set once its process is launched (or it will not be): a process forked after that
    holds none of the sockets that choosing the kernel's ports opens here."""
    pending: queue.SimpleQueue = queue.SimpleQueue()
    futures = [Future() for _ in notebooks]
    for item in zip(notebooks, futures):
        pending.put(item)

    # What the threads import first, imported here: a module that two threads import at once can
    # be seen half made.
    import jupyter_client.manager  # noqa: F401
    import jupyter_client.provisioning  # noqa: F401
    import jupyter_client.utils  # noqa: F401

    events = [threading.Event() for _ in range(size)]
    if launched is not None:
        launched += events

    def work(event: threading.Event) -> None:
        kernel = Kernel(name=name, extra_arguments=extra_arguments, launched=event)
        try:
            while True:
                try:
                    notebook, future = pending.get_nowait()
                except queue.Empty:
                    return
                if not future.set_running_or_notify_cancel():
                    continue  # dropped
                try:
                    future.set_result(run(notebook, kernel))
                except BaseException as error:  # handed to the thread that waits on it
                    future.set_exception(error)
                    return
        finally:
            event.set()  # no notebook came, or the start failed
            kernel.shutdown()

    for number, event in enumerate(events):
        threading.Thread(target=work, args=(event,), name=f"kornews-kernel-{number}").start()
    try:
        yield futures
    finally:
        for future in futures:
            future.cancel()  # those not started; a running or finished one is left as it is


def prepare() -> None:
    """In the kernel, as it starts: import what every notebook imports, and keep the state a
    fresh kernel has before any notebook."""
    import matplotlib
    import matplotlib.pyplot  # noqa: F401 - every notebook's plots import it
    import pandas  # noqa: F401

    import kornews  # noqa: F401

    _START["rc"] = {k: v for k, v in matplotlib.rcParams.items() if k != "backend"}
    _START["filters"] = list(warnings.filters)
    # What is imported stays alive as long as the kernel: out of the garbage collector's reach,
    # which would otherwise scan it again at each full collection of every notebook.
    gc.freeze()


def fresh(folder: str) -> None:
    """In the kernel, before a notebook: put back what a fresh kernel starts with (see the
    module's docstring), then work in ``folder``."""
    import matplotlib
    import matplotlib.pyplot as plt
    import pandas as pd
    from IPython import get_ipython

    get_ipython().reset(new_session=True)  # namespace, history, execution count 1
    plt.close("all")
    # As matplotlib's rc_context restores them: without validating each value again.
    dict.update(matplotlib.rcParams, _START["rc"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas warns of its deprecated options as it resets them
        pd.reset_option("all")
    warnings.resetwarnings()  # also forgets which warnings were shown, as a fresh kernel has
    warnings.filters[:] = _START["filters"]
    restart_table_ids()
    os.chdir(folder)
