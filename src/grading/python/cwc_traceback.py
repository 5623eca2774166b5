"""Tracebacks that show only the learner's own lines.

Frames from the harness, the tests and the standard library are dropped: a beginner needs to see which of *their*
lines went wrong, labelled "your code", not forty lines of machinery.
"""
import linecache
import traceback

from cwc_syntax import excerpt


def learner_frames(exc, labels):
    """(label, FrameSummary) for each frame of `exc` in one of the learner's files, outermost first.

    `labels` maps a file name to what learners see instead, e.g. {"/home/pyodide/req-1/solution.py": "your code"}.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    return [(labels[frame.filename], frame) for frame in frames if frame.filename in labels]


def innermost_learner_frame(exc, labels):
    """The live frame object where `exc` left the learner's code (for its local names), or None."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in labels:
            found = tb.tb_frame
        tb = tb.tb_next
    return found


_MESSAGE_LIMIT = 1_000
_REPEATS_SHOWN = 3


def exception_line(exc):
    """`ZeroDivisionError: division by zero`, as Python prints it (including any 'Did you mean' it adds)."""
    try:
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    except Exception:
        text = f"{type(exc).__name__}: {exc}"
    text = text or type(exc).__name__
    return text if len(text) <= _MESSAGE_LIMIT else text[:_MESSAGE_LIMIT] + " ..."


def format_traceback(exc, labels):
    """The traceback limited to the learner's lines, or None when none of their lines were involved."""
    frames = learner_frames(exc, labels)
    if not frames:
        return None
    lines = ["Traceback (most recent call last):"]
    repeats = 0
    for index, (label, frame) in enumerate(frames):
        # A function calling itself: show the line a few times, then count the rest, as Python does.
        if index > 0 and (frame.filename, frame.lineno, frame.name) == (frames[index - 1][1].filename,
                                                                        frames[index - 1][1].lineno,
                                                                        frames[index - 1][1].name):
            repeats += 1
            if repeats >= _REPEATS_SHOWN:
                continue
        elif repeats >= _REPEATS_SHOWN:
            lines.append(f"  [the lines above repeated {repeats - _REPEATS_SHOWN + 1} more times]")
            repeats = 0
        else:
            repeats = 0
        where = f"  {label}, line {frame.lineno}"
        if frame.name != "<module>":
            where += f", in {frame.name}"
        lines.append(where)
        source = _source_line(frame)
        if source:
            stripped = source.lstrip()
            shift = len(source) - len(stripped)
            column, end = _columns(frame)
            if column is not None and not _whole_line(stripped, column - shift, end - shift if end else None):
                shown = excerpt(stripped, column - shift, end - shift if end else None)
            else:
                shown = stripped
            lines.extend("    " + part for part in shown.split("\n"))
    if repeats >= _REPEATS_SHOWN:
        lines.append(f"  [the lines above repeated {repeats - _REPEATS_SHOWN + 1} more times]")
    lines.append(exception_line(exc))
    return "\n".join(lines)


def error_position(exc, labels):
    """(line, column, excerpt) of the innermost learner frame, for a diagnostic; (None, None, None) if none."""
    frames = learner_frames(exc, labels)
    if not frames:
        return None, None, None
    _, frame = frames[-1]
    column, end = _columns(frame)
    source = _source_line(frame)
    shown = excerpt(source, column, end) if source else None
    return frame.lineno, column, shown


def _source_line(frame):
    """The frame's line exactly as written (FrameSummary.line is stripped, which would shift the columns)."""
    return linecache.getline(frame.filename, frame.lineno).rstrip()


def _columns(frame):
    """1-based start and end columns of the failing expression when it sits on one line."""
    if frame.colno is None or frame.end_lineno != frame.lineno or frame.end_colno is None:
        return None, None
    return frame.colno + 1, frame.end_colno + 1


def _whole_line(stripped, column, end):
    """True when the range covers the whole statement, so carets would add nothing."""
    return column <= 1 and (end is None or end - 1 >= len(stripped))
