"""Building results in the one format (src/schema/results.ts, version 3), and reading the errors that stop code."""
import cwc_capture as capture
from cwc_explain import explain
from cwc_syntax import syntax_diagnostic
from cwc_traceback import error_position, exception_line, innermost_learner_frame

VERSION = 3

INTERRUPTED_MESSAGE = "Your code was stopped before it finished."
EXIT_DURING_LOAD = (
    "Your code called exit() while it was loading, so the tests couldn't run. Remove the exit() call: "
    "the tests only need your functions to be defined."
)
EXIT_DURING_TEST = (
    "Your code called exit(), which stops the whole program. A function should `return` its answer "
    "(or raise an error) instead."
)


def check_error(problem, message, diagnostics=(), output="", truncated=False):
    return {
        "version": VERSION, "status": "error", "problem": problem, "message": message,
        "diagnostics": list(diagnostics), "tests": [], "output": output, "outputTruncated": truncated,
    }


def run_result(status, output, truncated, problem=None, message=None, diagnostics=()):
    result = {"version": VERSION, "status": status, "diagnostics": list(diagnostics), "output": output,
              "outputTruncated": truncated}
    if problem is not None:
        result["problem"] = problem
    if message is not None:
        result["message"] = message
    return result


def syntax_problem(err, source):
    """(message, diagnostic) for code that doesn't parse."""
    diagnostic = syntax_diagnostic(err, source)
    where = f" on line {diagnostic['line']}" if "line" in diagnostic else ""
    return f"Python couldn't read your code: there's a mistake{where}.", diagnostic


def learner_names(exc, labels):
    """Names the learner had in scope where the error happened: candidates for a typo suggestion."""
    frame = innermost_learner_frame(exc, labels)
    if frame is None:
        return []
    return list(frame.f_locals) + list(frame.f_globals)


def error_diagnostic(exc, labels):
    """The error that stopped the learner's code, as a diagnostic: where, Python's words, and ours."""
    line, column, shown = error_position(exc, labels)
    diagnostic = {"message": exception_line(exc), "code": type(exc).__name__}
    explanation = explain(exc, learner_names(exc, labels))
    if explanation:
        diagnostic["explanation"] = explanation
    if line is not None:
        diagnostic["line"] = line
    if column is not None:
        diagnostic["column"] = column
    if shown:
        diagnostic["excerpt"] = shown
    return diagnostic


def interrupted_diagnostics(exc, labels):
    """Where the code was when it was stopped: usually the loop that never ends."""
    line, column, shown = error_position(exc, labels)
    if line is None:
        return []
    diagnostic = {"message": "KeyboardInterrupt", "code": "KeyboardInterrupt", "line": line,
                  "explanation": f"Your code was running line {line} when it was stopped."}
    if shown:
        diagnostic["excerpt"] = shown
    return [diagnostic]


def is_no_input(exc):
    return isinstance(exc, capture.NoInputError)
