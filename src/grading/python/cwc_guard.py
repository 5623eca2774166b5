"""Keeping each request fresh, and the learner's code away from the machinery that grades it.

The interpreter is snapshotted once, when the harness is installed (before any learner code has run). Every request
starts and ends by putting it back: built-ins, the standard library's modules (bindings, and for the modules the
harness and typical tests run on, their functions' code and classes too), sys.modules, sys.path, the working folder,
the recursion limit and the standard streams. Within a request, what the tests rely on is put back before each test
and checked after it: a test during which the learner's code replaced `len`, `math.isclose` or `pytest.approx` is
reported as an error, never as a pass. Each of these is a `Watch` (cwc_snapshot.py): cheap when nothing changed.
"""
import builtins
import gc
import os
import posix
import sys
from types import BuiltinFunctionType

from cwc_snapshot import DeepSnapshot, Snapshot, Watch, note_function_write

# Imported at install time so their pristine state is part of the snapshot (exercises use these most).
COMMON_MODULES = (
    "math", "statistics", "csv", "json", "datetime", "decimal", "fractions", "re", "random", "collections",
    "itertools", "functools", "string", "io", "operator", "dataclasses", "enum", "typing", "textwrap",
)
# Pure-Python modules the harness itself calls while grading: protected down to their functions' code.
HARNESS_RELIES_ON = (
    "ast", "json", "json.encoder", "json.decoder", "traceback", "linecache", "inspect", "difflib", "os",
    "posixpath", "shutil", "re", "re._compiler", "re._parser", "tokenize", "contextlib", "functools", "types",
    "enum", "collections", "statistics", "fractions", "random", "dataclasses", "string", "textwrap", "csv",
    "datetime", "typing", "operator",
)
# Modules whose namespaces legitimately change while Python runs: never restored or checked wholesale.
_LIVE = {"sys", "builtins", "__main__", "js", "pyodide_js"}


def _refuse_exit(code=0):
    """os._exit / os.abort would end Python for good in the browser; treat them like sys.exit()."""
    raise SystemExit(code)


# Reading every live object would reach the tests and the harness's own state: refused to all code, always.
_REFUSED_EVENTS = frozenset(("gc.get_objects", "gc.get_referrers", "gc.get_referents"))


def _audit(event, args):
    """Installed once, before any learner code: refuses the events above, and further audit hooks (which would
    run code of the learner's whenever the harness does anything); notes writes to functions' code."""
    if event in _REFUSED_EVENTS or event == "sys.addaudithook":
        raise RuntimeError(f"{event} is not available here")
    note_function_write(event, args)


# What the harness calls between tests, taken now: the learner's code may rebind `sys.settrace`, `gc.callbacks`,
# `os.chdir` or `sys.monitoring.get_tool`, but never these references (and gc runs the callbacks of this very list).
# cwc_request uses them too.
_settrace, _gettrace, _setprofile, _getprofile = sys.settrace, sys.gettrace, sys.setprofile, sys.getprofile
_setrecursionlimit = sys.setrecursionlimit
_chdir = os.chdir
_gc_callbacks = gc.callbacks
_MONITORING = getattr(sys, "monitoring", None)
_get_tool = getattr(_MONITORING, "get_tool", None)
_clear_tool_id = getattr(_MONITORING, "clear_tool_id", None)
_free_tool_id = getattr(_MONITORING, "free_tool_id", None)


def _monitoring_tools():
    if _get_tool is None:
        return {}
    return {tool: _get_tool(tool) for tool in range(6) if _get_tool(tool) is not None}


def quiet_hooks(baseline_tools):
    """No learner code may run behind the harness's back: gc callbacks, trace, profile and monitoring tools off."""
    _gc_callbacks.clear()
    _settrace(None)
    _setprofile(None)
    if _get_tool is not None:
        for tool in range(6):
            if _get_tool(tool) is not None and tool not in baseline_tools:
                if _clear_tool_id is not None:
                    _clear_tool_id(tool)
                _free_tool_id(tool)


def _hidden(name):
    """The harness's own modules: installed under these names, then removed. Never bring them back."""
    return name.startswith("cwc_") or name == "harness"


class Baseline:
    """The interpreter as it was before any learner code ran, and how to get back there."""

    def __init__(self):
        for name in COMMON_MODULES:
            __import__(name)
        # os._exit / os.abort would end Python for good: blocked for all time, before the snapshot, so putting the
        # snapshot back never brings them back.
        for module in (os, posix):
            module._exit = module.abort = _refuse_exit
        self.modules = {n: m for n, m in sys.modules.items() if not _hidden(n)}
        deep = {n for n in HARNESS_RELIES_ON if n in self.modules}
        self.snapshots = [
            DeepSnapshot(module, f"{name}.") if name in deep else Snapshot(module, f"{name}.")
            for name, module in self.modules.items()
            if type(module).__name__ == "module" and name not in _LIVE and "pyodide" not in name
        ]
        # The harness's own modules too: learner code that reaches them through frames and rewrites a function
        # spoils at most the request it runs in.
        own = [DeepSnapshot(module, f"{name}.") for name, module in sys.modules.items()
               if _hidden(name) and type(module).__name__ == "module"]
        self.snapshots += own
        self.all = Watch(self.snapshots)
        # Put back before the harness uses them again after learner code ran (see cwc_check._run_test).
        self.harness = Watch([s for s in self.snapshots if isinstance(s, DeepSnapshot)])
        # What the harness uses once a request's tests are over: json, to hand the result over.
        self.json = Watch([s for s in self.snapshots if isinstance(s, DeepSnapshot)
                           and s.owner.__name__ in ("json", "json.encoder", "json.decoder")])
        self.builtins = Watch([Snapshot(builtins, "")])
        # sys changes as Python runs (streams, sys.last_exc, ...), but its functions must stay its own.
        self.sys_functions = [(space, {n: v for n, v in vars(space).items() if isinstance(v, BuiltinFunctionType)})
                              for space in (sys, _MONITORING) if space is not None]
        # Watches that outlive a request, for test guards: see guard_watch().
        self._baseline_snapshots = {id(s.owner): s for s in self.snapshots}
        self._kept = {}
        self.path = list(sys.path)
        self.cwd = os.getcwd()
        self.recursion_limit = sys.getrecursionlimit()
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.monitoring_tools = _monitoring_tools()
        # True while no learner code has run since everything was last put back (see Request.__enter__).
        self.fresh = True
        sys.addaudithook(_audit)

    def quiet(self):
        quiet_hooks(self.monitoring_tools)

    def restore_modules(self, harness_only=False):
        """Put back every standard-library name, function and class attribute the learner's code replaced; with
        `harness_only`, just in the modules the harness itself runs on (before it explains a failure)."""
        (self.harness if harness_only else self.all).restore()

    def keep(self, owner, label):
        """Guard `owner` (e.g. the private unittest) with a watch that lasts from request to request."""
        snapshot = DeepSnapshot(owner, label) if type(owner).__name__ == "module" else Snapshot(owner, label)
        self._kept[id(owner)] = (owner, Watch([snapshot]))

    def guard_watch(self, owner):
        """A lasting watch for a test guard over `owner`, or None when the guard must snapshot it afresh.

        Kept owners, and every module the baseline knows: their snapshots were taken before any learner code ran,
        so they are right in every request (whatever ran since, even code of the learner's scheduled to run between
        requests), and a watch kept between requests stays cheap (marked only when its snapshots were put back)."""
        kept = self._kept.get(id(owner))
        snapshot = self._baseline_snapshots.get(id(owner))
        if kept is None and snapshot is not None and snapshot.owner is owner:
            kept = self._kept[id(owner)] = (owner, Watch([snapshot], taken_now=False))
        return None if kept is None else kept[1]

    def reset(self, modules=True):
        """Everything back as at install time. Safe to call twice, and after a request was cut short.

        With `modules=False` (a request's start after a tidy, or its end), of the standard library only json is put
        back (all the harness still uses, to hand the result over); the rest waits for the tidy."""
        self.quiet()
        self.builtins.restore(drop_added_to_first=True)
        if modules:
            self.all.restore()
        else:
            self.json.restore()
        for name in [n for n in sys.modules if n not in self.modules]:
            del sys.modules[name]
        for name, module in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        for space, functions in self.sys_functions:
            current = vars(space)
            for name, function in functions.items():
                if current.get(name) is not function:
                    current[name] = function
        sys.path[:] = self.path
        _chdir(self.cwd)
        _setrecursionlimit(self.recursion_limit)
        sys.stdin, sys.stdout, sys.stderr = self.streams


class TestGuard:
    """What one test may not change: restored before the test, checked after it."""

    def __init__(self, owners, baseline):
        """`owners`: (namespace, label) pairs, the built-ins first (names added to them are removed again)."""
        self.baseline = baseline
        fresh, kept = [], []
        for owner, label in owners:
            watch = baseline.guard_watch(owner)
            if watch is not None:
                kept.append(watch)
            elif type(owner).__name__ == "module" and owner is not builtins:  # (built-ins: no Python code)
                fresh.append(DeepSnapshot(owner, label))
            else:
                fresh.append(Snapshot(owner, label))
        self.watches = [Watch(fresh), *kept]

    def before(self):
        self.baseline.quiet()
        for watch in self.watches:
            watch.restore(drop_added_to_first=watch is self.watches[0])

    def tampered(self):
        """The first thing the test's code replaced, e.g. "len" or "math.isclose"; None when all is intact."""
        if _gettrace() is not None:
            return "sys.settrace"
        if _getprofile() is not None:
            return "sys.setprofile"
        if _gc_callbacks:
            return "gc.callbacks"
        if _monitoring_tools().keys() - self.baseline.monitoring_tools.keys():
            return "sys.monitoring"
        for watch in self.watches:
            name = watch.changed()
            if name:
                return name
        return None
