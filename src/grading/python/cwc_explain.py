"""Plain-English readings of Python's errors, for anxious beginners.

Python's own message is always kept beside ours; ours says what it usually means and what to try. Wording matters
more than coverage: an unknown error gets no explanation rather than a misleading one.
"""
import builtins
import difflib
import os
import re

_BUILTIN_NAMES = [name for name in dir(builtins) if not name.startswith("_")]


def close_match(name, candidates):
    """The candidate a typo most likely meant: same letters in another case first, then difflib's best."""
    candidates = [c for c in dict.fromkeys(candidates) if isinstance(c, str) and c != name and not c.startswith("__")]
    for candidate in candidates:
        if candidate.lower() == name.lower():
            return candidate
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return found[0] if found else None


def _kind(type_name):
    """'str' -> 'text (a str)', so messages name the type the way a beginner thinks of it."""
    return {
        "str": "text (a str)",
        "int": "a whole number (an int)",
        "float": "a decimal number (a float)",
        "NoneType": "None",
        "list": "a list",
        "dict": "a dictionary (a dict)",
        "tuple": "a tuple",
        "bool": "True or False (a bool)",
    }.get(type_name, f"a {type_name}")


_NONE_HINT = (
    "One of the values is None, which usually means a function didn't `return` anything: "
    "check it ends with `return` and the answer."
)


def _explain_type_error(message):
    if "NoneType" in message:
        return _NONE_HINT
    if re.search(r'can only concatenate str \(not "(int|float)"\) to str', message) or re.search(
        r"unsupported operand type\(s\) for \+: '(int|float)' and 'str'", message
    ):
        return (
            "You tried to add text (a str) and a number together. To join them as text, turn the number into text "
            "with str(...); to do arithmetic, turn the text into a number with int(...) or float(...)."
        )
    match = re.search(r"unsupported operand type\(s\) for (.+?): '(\w+)' and '(\w+)'", message)
    if match:
        op, left, right = match.groups()
        if "str" in (left, right):
            return (
                f"One of the values in this `{op}` is text (a str), not a number. "
                "Turn text into a number with int(...) or float(...) before doing arithmetic with it."
            )
        return f"The `{op}` operator doesn't work between {_kind(left)} and {_kind(right)}."
    match = re.search(r"'(\w+)' object is not callable", message)
    if match:
        return (
            f"Your code put brackets after {_kind(match.group(1))} as if it were a function. "
            "Look for a missing `*` (write `2 * (x + 1)`, not `2(x + 1)`), or a variable that has the same name "
            "as a function."
        )
    if re.search(r"takes \d+ positional arguments? but \d+ (were|was) given", message) or re.search(
        r"missing \d+ required (positional|keyword-only) arguments?|takes (exactly|at most|at least|no) "
        r"(\w+ )?arguments?|expected (at most |at least )?\d+ arguments?, got \d+", message
    ):
        return (
            "A function was called with a different number of values than its `def` line has parameters. "
            "Check the parameters in your `def` line match what the instructions ask for, in the same order."
        )
    match = re.search(r"got an unexpected keyword argument '(\w+)'", message)
    if match:
        return (
            f"A function was called with a parameter named `{match.group(1)}`, but its `def` line doesn't have one "
            "by that name. Check the spelling of your parameter names against the instructions."
        )
    match = re.search(r"'([<>]=?)' not supported between instances of '(\w+)' and '(\w+)'", message)
    if match:
        op, left, right = match.groups()
        if "str" in (left, right):
            return (
                "You compared text (a str) with a number. Turn the text into a number first with int(...) or "
                "float(...), so Python can tell which is bigger."
            )
        return f"Python can't compare {_kind(left)} with {_kind(right)} using `{op}`."
    match = re.search(r"'(\w+)' object is not subscriptable", message)
    if match:
        return f"You used square brackets `[...]` on {_kind(match.group(1))}, which doesn't hold items to look up."
    match = re.search(r"'(\w+)' object is not iterable", message)
    if match:
        return (
            f"A loop (or list(), sum(), ...) needs a collection such as a list, but got {_kind(match.group(1))}. "
            "To count up to a number, use range(...)."
        )
    match = re.search(r"object of type '(\w+)' has no len\(\)", message)
    if match:
        return f"len() counts the items in a list or the characters in text; {_kind(match.group(1))} has no length."
    if "can't multiply sequence by non-int" in message:
        return (
            "You multiplied text or a list by a decimal number. If the text holds a number, turn it into one "
            "with float(...) first."
        )
    if "does not support item assignment" in message:
        return "This value can't be changed in place (text and tuples can't). Build a new value instead."
    return None


def _explain_value_error(message):
    match = re.search(r"invalid literal for int\(\) with base 10: (.*)$", message)
    if match:
        text = match.group(1)
        if "." in text:
            return (
                f"int() can only turn text that looks like a whole number into a number, and {text} has a "
                "decimal point. Use float(...) for decimals."
            )
        return (
            f"int() couldn't turn the text {text} into a whole number: the text must contain only digits "
            "(and perhaps a minus sign)."
        )
    match = re.search(r"could not convert string to float: (.*)$", message)
    if match:
        return (
            f"float() couldn't turn the text {match.group(1)} into a number: the text must look like a number, "
            "such as '72.5'."
        )
    if "math domain error" in message:
        return "That maths function can't take this value, for example the square root of a negative number."
    if re.search(r"(too many|not enough) values to unpack", message):
        return "The number of names on the left of `=` doesn't match the number of values on the right."
    return None


def explain(exc, names=()):
    """A plain-English sentence or two about `exc`, or None when we have nothing useful to add.

    `names` are the names the learner could have meant (their variables and functions), for typo suggestions.
    """
    message = str(exc)
    if isinstance(exc, RecursionError):
        return (
            "Your function kept calling itself and never stopped, until Python gave up. Check it has a case that "
            "returns an answer without calling itself again."
        )
    if isinstance(exc, UnboundLocalError):
        name = getattr(exc, "name", None) or _quoted(message) or "a variable"
        return (
            f"`{name}` is used inside a function before the function gives it a value. Give it a value first "
            "inside the function, or pass it in as a parameter."
        )
    if isinstance(exc, NameError):
        return _explain_name_error(exc, names)
    if isinstance(exc, ZeroDivisionError):
        return (
            "Your code divided by zero, which has no answer. Check the number you divide by: should your code "
            "deal with zero (for example, raise a ValueError) before dividing?"
        )
    if isinstance(exc, IndexError):
        return (
            "Your code asked for a position that isn't there. Positions count from 0, so a list of 3 items has "
            "positions 0, 1 and 2 (and [-1] is the last one)."
        )
    if isinstance(exc, KeyError):
        key = exc.args[0] if exc.args else None
        return (
            f"The dictionary has no key {key!r}. Keys must match exactly, capitals and spaces included. "
            "Use .get(key) when a key may be missing."
        )
    if isinstance(exc, ModuleNotFoundError):
        return (
            f"There's no module called {exc.name!r} here. This course runs Python in your browser with Python's "
            "standard library only: check the spelling against the lesson."
        )
    if isinstance(exc, FileNotFoundError):
        return _explain_missing_file(exc)
    if isinstance(exc, AttributeError):
        return _explain_attribute_error(exc)
    if isinstance(exc, TypeError):
        return _explain_type_error(message)
    if isinstance(exc, ValueError):
        return _explain_value_error(message)
    if isinstance(exc, OverflowError):
        return "A number got too big for Python to work with. Check for a calculation that grows without limit."
    return None


def _quoted(message):
    match = re.search(r"'([^']+)'", message)
    return match.group(1) if match else None


def _explain_name_error(exc, names):
    name = getattr(exc, "name", None) or _quoted(str(exc))
    if not name:
        return None
    first = f"Python doesn't know the name `{name}`."
    if name in ("true", "false", "null", "none", "nil"):
        fixed = {"true": "True", "false": "False"}.get(name, "None")
        return f"{first} Python writes it with a capital letter: `{fixed}`."
    suggestion = close_match(name, list(names) + _BUILTIN_NAMES)
    if suggestion:
        return f"{first} Did you mean `{suggestion}`? Names must be spelled exactly the same, capitals included."
    return (
        f"{first} Check the spelling, and that it's given a value before this line runs. "
        f"If you meant the text {name}, put it in quotes: '{name}'."
    )


def _explain_attribute_error(exc):
    name = getattr(exc, "name", None)
    obj = getattr(exc, "obj", None)
    if name is None:
        return None
    if obj is None and "NoneType" in str(exc):
        return f"The value is None, so it has no `.{name}`. {_NONE_HINT}"
    owner = f"the {obj.__name__} module" if type(obj).__name__ == "module" else _kind(type(obj).__name__)
    try:
        options = [attr for attr in dir(obj) if not attr.startswith("_")]
    except Exception:
        options = []
    suggestion = close_match(name, options)
    hint = f" Did you mean `.{suggestion}`?" if suggestion else ""
    return f"{owner[0].upper() + owner[1:]} has nothing called `.{name}`.{hint}"


def _explain_missing_file(exc):
    wanted = exc.filename if exc.filename is not None else "that file"
    try:
        here = sorted(f for f in os.listdir(".") if not f.endswith(".py"))
    except OSError:
        here = []
    files = f" The files you can open here are: {', '.join(here)}." if here else ""
    return f"There's no file called {wanted!r} where your code runs. Check the name and spelling.{files}"
