"""One request's surroundings: a fresh folder holding the exercise's files, captured output, input(), and the
promise that whatever the learner's code changes is undone before the next request."""
import builtins
import linecache
import os
import shutil
import sys
import types

import cwc_capture as capture
from cwc_guard import _chdir, _setrecursionlimit
from cwc_snapshot import Snapshot, Watch

LEARNER_LABEL = "your code"
_counter = [0]
_leftover_dirs = []


def tidy(baseline):
    """Between requests: the whole standard library back as at install time, the cached source lines of the
    learner's files dropped, and the finished requests' folders removed."""
    baseline.reset(modules=True)
    linecache.clearcache()
    while _leftover_dirs:
        shutil.rmtree(_leftover_dirs.pop(), ignore_errors=True)
    baseline.fresh = True


class Request:
    def __init__(self, baseline, payload, host, stream):
        self.baseline = baseline
        self.host = host
        sink = (lambda text, name: host.output(text, name)) if stream else None
        self.buffer = capture.OutputBuffer(sink)
        ask = (lambda prompt: host.read_line(prompt)) if payload.get("interactive") else None
        self.lines = capture.LineSource(payload.get("stdin"), ask)
        self.input = capture.make_input(self.buffer, self.lines)
        self.files = payload.get("files") or []
        self.labels = {}
        self.dir = None
        self.builtins = None
        self.pytest_code = None

    def __enter__(self):
        # Everything back as at install time; the standard library's modules only if no tidy() has done so since
        # learner code last ran.
        if self.baseline.fresh:
            self.baseline.reset(modules=False)
        else:
            tidy(self.baseline)
        self.baseline.fresh = False
        _counter[0] += 1
        self.dir = os.path.join(self.baseline.cwd, f"cwc-request-{_counter[0]}")
        os.makedirs(self.dir, exist_ok=True)
        for file in self.files:
            self.write(file["path"], file["content"])
        sys.path.insert(0, self.dir)
        self.install_io()
        self.builtins = Watch([Snapshot(builtins, "")])
        return self

    def __exit__(self, *exc_info):
        self.buffer.flush()
        self.baseline.reset(modules=False)
        # Its folder goes at the tidy (standard-library code, run once the result has been handed over).
        _leftover_dirs.append(self.dir)
        return False

    def write(self, path, content):
        """Write a file into the request folder; paths may have folders but may not climb out of it."""
        relative = os.path.normpath(path)
        if os.path.isabs(relative) or relative.startswith(".."):
            raise ValueError(f"exercise file paths must stay inside the exercise folder: {path!r}")
        full = os.path.join(self.dir, relative)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(content)
        return full

    def write_learner(self, name, code):
        """The learner's code, on disk so tracebacks can quote it, shown to them as "your code"."""
        path = self.write(name, code)
        self.labels[path] = LEARNER_LABEL
        return path

    def install_io(self):
        sys.stdout = capture.StreamWriter(self.buffer, "stdout")
        sys.stderr = capture.StreamWriter(self.buffer, "stderr")
        sys.stdin = capture.StdinReader(self.lines)
        builtins.input = self.input
        _chdir(self.dir)

    def settle(self, harness_only=False, modules=True, io=True):
        """After learner code ran: put back what it replaced before the tests or the harness use it again. With
        `modules=False`, the standard library's modules are left for later (the harness won't use them before);
        with `io=False`, the standard streams and input() too (the next test sets its own)."""
        self.baseline.quiet()
        if modules:
            self.baseline.restore_modules(harness_only)
        self.builtins.restore(drop_added_to_first=True)
        _setrecursionlimit(self.baseline.recursion_limit)
        if io:
            self.install_io()

    def module(self, name, path):
        """A fresh module for the learner's code, on the real built-ins (never the harness's private copy)."""
        module = types.ModuleType(name)
        module.__dict__["__builtins__"] = builtins
        module.__file__ = path
        sys.modules[name] = module
        return module

    def report(self, event, *args):
        """Progress for the host (tests collected, each test's result), so a stopped run keeps what finished."""
        getattr(self.host, event)(*args)

    def run_learner(self, action):
        """Run learner code; returns the exception it ended with (any kind, even SystemExit), or None."""
        try:
            action()
        except BaseException as exc:  # noqa: BLE001 - exit() and Ctrl-C are results too
            return exc
        finally:
            self.buffer.flush()
        return None
