"""The grading harness: runs inside Pyodide, in the browser's worker and under Node alike.

`main(request_json, host)` takes one request and returns the results as JSON (src/schema/results.ts: `results` for
Check, `runResult` for Run). `host` is the JavaScript side: `host.output(text, stream)` receives Run output as it is
printed, `host.read_line(prompt)` answers input() when the page can ask the learner, and `host.collected(names_json)`
and `host.test_done(index, outcome)` report a Check's progress, so a run stopped part-way keeps what finished.

The harness and its helper modules are installed by src/grading/python/bridge.ts under private names and removed
from sys.modules afterwards, so the learner's code cannot import them; the results are assembled here, in
closures and locals the learner's code has no reference to.
"""
import builtins
import json
import sys

import cwc_results as results
from cwc_check import check
from cwc_guard import Baseline
from cwc_request import Request
from cwc_request import tidy as tidy_after_requests
from cwc_sources import SOURCES
from cwc_testmodule import new_pytest
from cwc_traceback import format_traceback
from cwc_unittest import load_private_unittest


class _Environment:
    """What every request shares: the pristine interpreter snapshot and the private copies of test libraries."""

    def __init__(self):
        self.real_import = builtins.__import__
        self.private_builtins = dict(builtins.__dict__)
        self.pytest_code = compile(SOURCES["cwc_pytest"], "<harness pytest>", "exec", dont_inherit=True)
        self.unittest = load_private_unittest()
        # The tests' own pytest stand-in, on private built-ins: made once (it holds no state of its own) and, like
        # the private unittest, guarded by a watch that puts it back before every test.
        self.private_pytest = new_pytest(self.pytest_code, dict(self.private_builtins))
        self.baseline = Baseline()
        case = self.unittest["unittest.case"]
        self.baseline.keep(self.private_pytest, "pytest.")
        self.baseline.keep(case, "unittest.")
        self.baseline.keep(case.TestCase, "unittest.TestCase.")


_ENV = _Environment()


def main(request_json, host):
    try:
        payload = json.loads(request_json)
        if payload.get("mode") == "tidy":
            return json.dumps(tidy())
        outcome = run(payload, host) if payload.get("mode") == "run" else check(_ENV, payload, host)
    except KeyboardInterrupt:
        outcome = _stopped_outside_learner_code(request_json)
    except BaseException as exc:  # noqa: BLE001 - never let a harness bug look like the learner's
        outcome = _internal(request_json, exc)
    # The request put back on its way out what the harness runs on; `tidy` (or else the next request) the rest.
    return json.dumps(outcome)


def tidy():
    """Put the whole standard library back as at install time, between requests (the host calls this once it has
    passed a result on, so the learner does not wait for it). The next request then skips doing so itself."""
    tidy_after_requests(_ENV.baseline)
    return {"tidy": True}


def run(payload, host):
    """Run: execute the learner's program as __main__ and report what it printed and how it ended."""
    with Request(_ENV.baseline, payload, host, stream=True) as request:
        code = payload["code"]
        path = request.write_learner("main.py", code)
        try:
            compiled = compile(code, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as err:
            if not isinstance(err, SyntaxError):
                err = SyntaxError(str(err))
            message, diagnostic = results.syntax_problem(err, code)
            return results.run_result("error", "", False, "syntax", message, [diagnostic])
        # `import pytest` works in a playground too (a fresh stand-in, nothing shared with any test).
        if "pytest" in code:
            sys.modules["pytest"] = new_pytest(_ENV.pytest_code, builtins)
        module = request.module("__main__", path)
        failure = request.run_learner(lambda: exec(compiled, module.__dict__))
        # The program may have replaced what the harness is about to use to describe how it ended.
        request.settle(harness_only=True, io=False)
        return _run_outcome(failure, request)


def _run_outcome(exc, request):
    if exc is None:
        return results.run_result("ok", *request.buffer.take())
    if isinstance(exc, KeyboardInterrupt):
        diagnostics = results.interrupted_diagnostics(exc, request.labels)
        return results.run_result("error", *request.buffer.take(), "interrupted", results.INTERRUPTED_MESSAGE,
                                  diagnostics)
    if isinstance(exc, SystemExit):
        if exc.code is None or exc.code == 0:
            return results.run_result("ok", *request.buffer.take())
        if isinstance(exc.code, str):
            request.buffer.write(exc.code + "\n", "stderr")
        message = f"Your program stopped itself with exit({exc.code!r})."
        return results.run_result("error", *request.buffer.take(), "runtime", message)
    if results.is_no_input(exc):
        return results.run_result("error", *request.buffer.take(), "input", str(exc))
    traceback = format_traceback(exc, request.labels)
    diagnostic = results.error_diagnostic(exc, request.labels)
    request.buffer.write((traceback or diagnostic["message"]) + "\n", "stderr")
    where = f" on line {diagnostic['line']}" if "line" in diagnostic else ""
    return results.run_result("error", *request.buffer.take(), "runtime",
                              f"Your program stopped with an error{where}.", [diagnostic])


def _mode(request_json):
    try:
        return json.loads(request_json).get("mode")
    except Exception:
        return "check"


def _stopped_outside_learner_code(request_json):
    if _mode(request_json) == "run":
        return results.run_result("error", "", False, "interrupted", results.INTERRUPTED_MESSAGE)
    return results.check_error("interrupted", results.INTERRUPTED_MESSAGE)


def _internal(request_json, exc):
    message = ("Something went wrong inside the grader, not in your code "
               f"({type(exc).__name__}: {exc}). Try again; if it keeps happening, tell the course team.")
    if _mode(request_json) == "run":
        return results.run_result("error", "", False, "internal", message)
    return results.check_error("internal", message)
