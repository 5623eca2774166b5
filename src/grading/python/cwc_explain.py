"""Plain-English readings of Python's errors, for anxious beginners.

Python's own message is always kept beside ours; ours says what it usually means and what to try. Wording matters
more than coverage: an unknown error gets no explanation rather than a misleading one.
"""
import builtins
import difflib
import os
import re

from cwc_explain_values import NONE_HINT, explain_type_error, explain_value_error, kind

_BUILTIN_NAMES = [name for name in dir(builtins) if not name.startswith("_")]


def close_match(name, candidates):
    """The candidate a typo most likely meant: same letters in another case first, then difflib's best."""
    candidates = [c for c in dict.fromkeys(candidates) if isinstance(c, str) and c != name and not c.startswith("__")]
    for candidate in candidates:
        if candidate.lower() == name.lower():
            return candidate
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return found[0] if found else None


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
        return explain_type_error(message)
    if isinstance(exc, ValueError):
        return explain_value_error(message)
    if isinstance(exc, MemoryError):
        return ("Your code tried to use more memory than the browser allows, usually by building a huge list or "
                "text. Check the sizes your code works with.")
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
        return f"The value is None, so it has no `.{name}`. {NONE_HINT}"
    owner = f"the {obj.__name__} module" if type(obj).__name__ == "module" else kind(type(obj).__name__)
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
