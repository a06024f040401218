"""PDFs printed in a process of their own, beside each process that asks for them.

WeasyPrint lays a document out in Python: a few hundred milliseconds of CPU for a job
description. Inside a threaded gunicorn worker, that holds the interpreter lock the worker's other
threads need to serve pages: each of their waits for PostgreSQL or Redis costs them up to a switch
interval (5 ms) more, and a page with twenty round trips comes back 100 ms late. With
DOWNLOADS_PDF_PROCESS (on in production), a process hands the HTML to its PDF process and waits
for the bytes without holding the lock; the PDF process runs at a lower CPU priority
(DOWNLOADS_PDF_PROCESS_NICE), so when the cores are busy the pages go first and the PDFs wait.

The PDF process is a fresh interpreter (`spawn`: none of the parent's threads, connections or
Django state) that imports WeasyPrint and pdf_engine.py only. It is started by `start()` when a
gunicorn worker starts (deploy/gunicorn.conf.py) and when the personalisation form is built, so
the employer's PDF finds it ready, or else at the first PDF; replaced after RENDERS_PER_PROCESS
files (memory), at once if it dies, and if a print is still unfinished after STUCK_AFTER seconds.
An employer waits PRINT_TIMEOUT seconds at most, then gets the 429 page. How many PDFs a process
prints at once is bounded before they get here (limits.py: one per process by default).
"""

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from django.conf import settings

from core.limits import Refused
from job_descriptions.downloads import pdf_engine

logger = logging.getLogger(__name__)
RENDERS_PER_PROCESS = 500
# Seconds an employer waits for a PDF (a render takes 0.2 s): past them the machine is overloaded
# and the employer gets the 429 page, as when every rendering slot is taken; the print goes on
# (the PDF process is busy, not broken), and its caller may keep what it prints (`when_printed`).
PRINT_TIMEOUT = 10
# Seconds after which a print still unfinished means a PDF process that is stuck: it is killed and
# replaced before the next print.
STUCK_AFTER = 60


class PrintTimeout(Refused):
    """The employer stopped waiting; the print may still end (`when_printed`)."""

    def __init__(self, future):
        super().__init__(getattr(settings, "DOWNLOADS_HEAVY_RETRY_AFTER", 10), "worker")
        self._future = future

    def when_printed(self, keep):
        """Calls `keep(pdf bytes)` when the print ends, if it does (in another thread)."""

        def done(future):
            if not future.cancelled() and future.exception() is None:
                keep(future.result())

        self._future.add_done_callback(done)


class PdfProcess:
    """One PDF process for the process that uses it (a forked copy starts its own)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._executor = None
        self._owner = None
        self._unfinished = {}  # print future: when it was asked for

    def _current(self):
        with self._lock:
            if self._executor is None or self._owner != os.getpid():
                niceness = getattr(settings, "DOWNLOADS_PDF_PROCESS_NICE", 10)
                self._executor = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=pdf_engine.start_printer,
                    initargs=(niceness,),
                    max_tasks_per_child=RENDERS_PER_PROCESS,
                )
                self._owner = os.getpid()
            return self._executor

    def _discard(self, executor, kill=False):
        with self._lock:
            if self._executor is executor:
                self._executor = None
                self._unfinished = {}
        if kill:
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def start(self):
        """Starts the PDF process without waiting for it (loading WeasyPrint takes about a second)."""
        self._current().submit(pdf_engine.available)

    def print(self, html):
        """The PDF printed from `html` by the PDF process; a process that died is replaced once, one
        that is stuck before the print."""
        executor = self._current()
        if self._stuck():
            logger.warning("Processus des PDF bloqué depuis %s s : un nouveau le remplace", STUCK_AFTER)
            self._discard(executor, kill=True)
            executor = self._current()
        try:
            return self._print_with(executor, html)
        except BrokenProcessPool:
            self._discard(executor)
            logger.warning("Le processus des PDF s'est arrêté : un nouveau le remplace")
            return self._print_with(self._current(), html)

    def _stuck(self):
        with self._lock:
            oldest = min(self._unfinished.values(), default=None)
        return oldest is not None and time.monotonic() - oldest > STUCK_AFTER

    def _print_with(self, executor, html):
        future = executor.submit(pdf_engine.html_to_pdf, html)
        with self._lock:
            self._unfinished[future] = time.monotonic()
        future.add_done_callback(self._finished)
        try:
            return future.result(timeout=PRINT_TIMEOUT)
        except FutureTimeout:
            future.cancel()  # not started yet: never printed
            logger.warning("PDF non imprimé en %s s : page 429", PRINT_TIMEOUT)
            raise PrintTimeout(future) from None

    def _finished(self, future):
        with self._lock:
            self._unfinished.pop(future, None)

    def running(self):
        """Whether this process has started its PDF process."""
        return self._executor is not None and self._owner == os.getpid()

    def pid(self):
        """The PDF process's id (started if need be)."""
        return self._current().submit(os.getpid).result(timeout=PRINT_TIMEOUT)

    def stop(self):
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


PDF_PROCESS = PdfProcess()
