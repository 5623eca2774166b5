"""Check: grade the learner's code against the exercise's tests.

Order matters for the learner: a syntax error, a crash while loading, or a missing function is one clear `error`
(no test ran), never a row of failed tests. Then each test runs with its own output, behind a guard that restores
what the tests rely on and reports a test during which the learner's code tampered with it.
"""
import ast
import builtins
import json
import sys

import cwc_results as results
from cwc_capture import OUTPUT_LIMIT, OUTPUT_TRUNCATED_NOTICE
from cwc_collect import collect
from cwc_explain import close_match, explain
from cwc_fixtures import Fixtures
from cwc_guard import TestGuard
from cwc_inert import inert
from cwc_request import Request
from cwc_returns import missing_return_hint
from cwc_testmodule import TestImporter, load_test_module, missing_definitions, new_pytest, test_file
from cwc_traceback import exception_line, format_traceback


class _Stopped(BaseException):
    """KeyboardInterrupt during a test: stop everything and report where the code was."""

    def __init__(self, exc):
        self.exc = exc


def check(env, payload, host):
    with Request(env.baseline, payload, host, stream=False) as request:
        try:
            return _check(env, payload, request)
        except _Stopped as stopped:
            output, truncated = request.buffer.take()
            return results.check_error("interrupted", results.INTERRUPTED_MESSAGE,
                                       results.interrupted_diagnostics(stopped.exc, request.labels), output,
                                       truncated)


def _check(env, payload, request):
    code = payload["code"]
    path = request.write_learner("solution.py", code)
    try:
        tree = compile(code, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        compiled = compile(tree, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as err:
        if not isinstance(err, SyntaxError):
            err = SyntaxError(str(err))
        message, diagnostic = results.syntax_problem(err, code)
        return results.check_error("syntax", message, [diagnostic])
    # The learner may `import pytest` too: they get their own copy, on the real built-ins.
    if "pytest" in code:
        sys.modules["pytest"] = new_pytest(env.pytest_code, builtins)
    module = request.module("solution", path)
    failure = request.run_learner(lambda: exec(compiled, module.__dict__))
    output, truncated = request.buffer.take()
    if failure is not None:
        request.settle(harness_only=True, io=False)  # before the harness explains the failure
        return _load_failure(failure, request, output, truncated)
    # Put back what the learner's module replaced, unless it can only have bound its own names; the test guards put
    # back what the tests rely on either way.
    request.settle(modules=not inert(tree))

    try:
        tests_file = test_file(payload["tests"])
    except SyntaxError as err:
        return results.check_error("internal", f"The exercise's tests have a syntax error (line {err.lineno}): "
                                               f"{err.msg}. This is not your fault: please tell the course team.")
    test_tree, label = tests_file.tree, tests_file.label
    missing = missing_definitions(tests_file.wanted, module.__dict__)
    if missing:
        return _missing(missing, module.__dict__, output, truncated)

    private_pytest = env.private_pytest
    importer = TestImporter(env.real_import, private_pytest, env.unittest)
    try:
        tests = load_test_module(tests_file, env.private_builtins, importer, request.input,
                                 private_pytest.ApproxBase)
    except BaseException as exc:  # noqa: BLE001
        if isinstance(exc, KeyboardInterrupt):
            raise _Stopped(exc) from None
        return results.check_error("internal", "The exercise's tests couldn't start: "
                                   f"{exception_line(exc)}. This is not your fault: please tell the course team.")
    load_output, load_truncated = request.buffer.take()
    if load_output and not truncated:  # the tests' own top-level prints, after the learner's (rare)
        output, truncated = _joined(output, load_output, load_truncated)

    case = env.unittest["unittest.case"]
    items = collect(tests.__dict__, label, case.TestCase, Fixtures(tests.__dict__, label), private_pytest.ParameterSet)
    if not items:
        return results.check_error("internal", "The exercise's test file has no tests in it. "
                                   "This is not your fault: please tell the course team.", output=output,
                                   truncated=truncated)
    # What the tests rely on: the built-ins, the private pytest and unittest if the tests use them (a test file that
    # never imports them cannot call them), and the modules the tests import.
    owners = [(builtins, "")]
    if "pytest" in importer.private_used:
        owners.append((private_pytest, "pytest."))
    if "unittest" in importer.private_used:
        owners += [(case, "unittest."), (case.TestCase, "unittest.TestCase.")]
    owners += [(m, f"{name}.") for name, m in importer.imported.items() if name not in ("sys", "builtins")]
    guard = TestGuard(owners, env.baseline)
    request.report("collected", json.dumps([item.name for item in items]))
    outcomes = []
    for index, item in enumerate(items):
        outcomes.append(_run_test(item, guard, request, test_tree, tree))
        # A dict of plain strings and booleans, read by the host as it is (no json module between tests).
        request.report("test_done", index, outcomes[-1])
    status = "pass" if all(o["status"] == "pass" for o in outcomes) else "fail"
    return {"version": results.VERSION, "status": status, "diagnostics": [], "tests": outcomes, "output": output,
            "outputTruncated": truncated}


def _joined(first, second, second_truncated):
    """Two transcripts as one, still within the cap."""
    text = first + second.replace(OUTPUT_TRUNCATED_NOTICE, "")
    if len(text) > OUTPUT_LIMIT or second_truncated:
        return text[:OUTPUT_LIMIT] + OUTPUT_TRUNCATED_NOTICE, True
    return text, False


def _load_failure(exc, request, output, truncated):
    if isinstance(exc, KeyboardInterrupt):
        raise _Stopped(exc)
    if isinstance(exc, SystemExit):
        return results.check_error("runtime", results.EXIT_DURING_LOAD, [], output, truncated)
    if results.is_no_input(exc):
        return results.check_error("input", str(exc), [], output, truncated)
    diagnostic = results.error_diagnostic(exc, request.labels)
    where = f" on line {diagnostic['line']}" if "line" in diagnostic else ""
    message = (f"Your code stopped with an error{where} while it was loading, so the tests couldn't run. "
               "Code outside your functions runs first.")
    return results.check_error("runtime", message, [diagnostic], output, truncated)


def _missing(missing, namespace, output, truncated):
    shown = [f"`{name}()`" if called else f"`{name}`" for name, called in missing]
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]
    diagnostics = []
    for name, called in missing:
        diagnostic = {"message": f"{name} is not defined", "code": "missing-definition"}
        options = [n for n, v in namespace.items() if not n.startswith("_") and (callable(v) or not called)]
        suggestion = close_match(name, options)
        if suggestion:
            diagnostic["explanation"] = (f"Your code defines `{suggestion}`: did you mean `{name}`? The name must "
                                         "match the instructions exactly, capitals included.")
        else:
            diagnostic["explanation"] = (f"The tests use `{name}`, so your code needs to define it, spelled exactly "
                                         "as in the instructions.")
        diagnostics.append(diagnostic)
    return results.check_error("missing-definition", f"Your code doesn't define {listed} yet", diagnostics, output,
                               truncated)


def _run_test(item, guard, request, test_tree, learner_tree):
    guard.before()
    request.install_io()
    failure = request.run_learner(item.call)
    tampered = guard.tampered() or item.tampered()
    if item.last_in_group:
        request.run_learner(item.group.finish)
    # What the test's code changed in the modules the harness runs on is put back before the harness uses them:
    # now, when a failure is to be explained; otherwise when the request ends (between passing tests the harness
    # calls no standard-library Python code, and the next test's guard puts back what the tests rely on).
    request.settle(harness_only=True, modules=failure is not None or bool(tampered), io=False)
    output, truncated = request.buffer.take()
    if isinstance(failure, KeyboardInterrupt):
        raise _Stopped(failure)
    outcome = {"name": item.name, "status": "pass", "output": output, "outputTruncated": truncated}
    if tampered:
        outcome.update(status="error", message=(
            f"Your code changed `{tampered}`, which the tests rely on, so this test can't be trusted. "
            "Remove the line that changes it."))
    elif failure is not None:
        outcome.update(_failure_fields(failure, item, request, test_tree, learner_tree))
    return outcome


def _failure_fields(exc, item, request, test_tree, learner_tree):
    labels = request.labels
    if isinstance(exc, AssertionError):
        original = getattr(exc, "cwc_original", None)
        shown = original if original is not None else exc
        fields = {"status": "fail", "message": str(exc) or "An `assert` in your code failed."}
        explanation = explain(original, results.learner_names(original, labels)) if original is not None else None
        if getattr(exc, "has_got", False) and exc.got is None:
            explanation = missing_return_hint(item.func, test_tree, learner_tree) or explanation
    elif isinstance(exc, SystemExit):
        return {"status": "error", "message": results.EXIT_DURING_TEST}
    elif results.is_no_input(exc):
        return {"status": "error", "message": str(exc)}
    else:
        shown = exc
        fields = {"status": "error", "message": exception_line(exc)}
        explanation = explain(exc, results.learner_names(exc, labels))
        if "NoneType" in str(exc):
            explanation = missing_return_hint(item.func, test_tree, learner_tree) or explanation
    if explanation:
        fields["explanation"] = explanation
    traceback = format_traceback(shown, labels)
    if traceback:
        fields["traceback"] = traceback
    return fields
