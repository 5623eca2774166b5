"""Output and input for the learner's code.

stdout and stderr go into one capped buffer, interleaved as printed, so a runaway `while True: print(1)` stops
costing memory once the cap is reached. In Run mode the buffer also streams to the host in batches (one JS call per
print would flood the page). input() asks the host, reads the exercise's stdin lines, or says clearly that this
exercise cannot ask for input here.
"""
import io
import time

# Keep equal to OUTPUT_LIMIT and OUTPUT_TRUNCATED_NOTICE in src/schema/results.ts (a unit test checks).
OUTPUT_LIMIT = 100_000
OUTPUT_TRUNCATED_NOTICE = "\n[Output cut here: your program printed more than 100,000 characters.]"

NO_INPUT_MESSAGE = (
    "This exercise can't ask you for input here, so input() has nothing to read. "
    "Give your variables values in the code instead of asking for them."
)

# Streamed output is sent a line at a time after a quiet spell (so `print(...)` before a long wait shows at once),
# at most every _STREAM_BATCH_SECONDS while printing fast, and whenever _STREAM_BATCH_CHARS are waiting.
_STREAM_BATCH_CHARS = 8192
_STREAM_BATCH_SECONDS = 0.05


# Keep equal to INPUT_CANCELLED in src/runners/python/input-channel.ts: the host's answer when Stop cancelled input().
INPUT_CANCELLED = "\x03"


class NoInputError(EOFError):
    """input() was called with no input to give. An EOFError, so `except EOFError` still works."""


def ran_out_message(count):
    lines = "line" if count == 1 else "lines"
    return (
        f"Your program asked for input more times than this exercise provides ({count} {lines}). "
        "Check how many times your code calls input()."
    )


class OutputBuffer:
    """One capped transcript of stdout and stderr. `sink(text, stream)`, if given, receives batches as they fill."""

    def __init__(self, sink=None):
        self.sink = sink
        self.parts = []
        self.size = 0
        self.truncated = False
        self._pending = []
        self._pending_size = 0
        self._pending_stream = None
        self._last_send = float("-inf")

    def write(self, text, stream):
        if self.truncated or not text:
            return
        room = OUTPUT_LIMIT - self.size
        if len(text) >= room:
            text = text[:room]
            self.truncated = True
        if text:
            self.parts.append(text)
            self.size += len(text)
            self._queue(text, stream)
        if self.truncated:
            self._queue(OUTPUT_TRUNCATED_NOTICE, "stderr")
            self.flush()

    def text(self):
        return "".join(self.parts) + (OUTPUT_TRUNCATED_NOTICE if self.truncated else "")

    def take(self):
        """The transcript so far and whether it was cut; then start afresh (one transcript per test)."""
        self.flush()
        result = (self.text(), self.truncated)
        self.parts, self.size, self.truncated = [], 0, False
        return result

    def flush(self):
        if self._pending and self.sink is not None:
            self.sink("".join(self._pending), self._pending_stream)
            self._last_send = time.monotonic()
        self._pending, self._pending_size, self._pending_stream = [], 0, None

    def _queue(self, text, stream):
        if self.sink is None:
            return
        if self._pending_stream not in (None, stream):
            self.flush()
        self._pending.append(text)
        self._pending_size += len(text)
        self._pending_stream = stream
        # Line-buffered, as a terminal is: whole lines go out, at most every _STREAM_BATCH_SECONDS.
        quiet = time.monotonic() - self._last_send >= _STREAM_BATCH_SECONDS
        if self._pending_size >= _STREAM_BATCH_CHARS or (quiet and text.endswith("\n")):
            self.flush()


class StreamWriter(io.TextIOBase):
    """What sys.stdout / sys.stderr point at while learner code runs."""

    def __init__(self, buffer, stream):
        super().__init__()
        self._buffer = buffer
        self._stream = stream

    @property
    def name(self):
        return f"<{self._stream}>"

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._buffer.write(text, self._stream)
        return len(text)

    def flush(self):
        self._buffer.flush()


class LineSource:
    """Where input() gets its lines: the host (interactive), the exercise's stdin lines, or nowhere."""

    def __init__(self, lines, ask_host=None):
        self._lines = list(lines) if lines is not None else None
        self._given = len(self._lines) if self._lines is not None else 0
        self._ask_host = ask_host

    def next_line(self, prompt):
        if self._ask_host is not None:
            line = self._ask_host(prompt)
            if line == INPUT_CANCELLED:
                raise KeyboardInterrupt  # the learner pressed Stop while the page was asking
            if isinstance(line, str):
                return line.rstrip("\r\n")
            raise NoInputError(NO_INPUT_MESSAGE)
        if self._lines:
            return self._lines.pop(0)
        if self._lines is None:
            raise NoInputError(NO_INPUT_MESSAGE)
        raise NoInputError(ran_out_message(self._given))

    @property
    def interactive(self):
        return self._ask_host is not None

    def at_end(self):
        return self._ask_host is None and self._lines is not None and not self._lines


def make_input(buffer, source):
    """A replacement for the built-in input(): shows the prompt, gets a line, echoes it as a terminal would."""

    def input(prompt=""):  # noqa: A001 - it replaces the built-in on purpose
        prompt = str(prompt)
        if prompt:
            buffer.write(prompt, "stdout")
        buffer.flush()
        line = source.next_line(prompt)
        buffer.write(line + "\n", "stdout")
        return line

    return input


class StdinReader(io.TextIOBase):
    """sys.stdin for learner code: the same lines as input(), and end-of-file once they run out."""

    def __init__(self, source):
        super().__init__()
        self._source = source

    def readable(self):
        return True

    def isatty(self):
        return False

    def readline(self, size=-1):
        if self._source.at_end():
            return ""
        return self._source.next_line("") + "\n"

    def read(self, size=-1):
        if self._source.interactive:
            return self.readline()  # a person is typing: one line, not "until end of file"
        lines = []
        while not self._source.at_end():
            lines.append(self.readline())
        return "".join(lines)
