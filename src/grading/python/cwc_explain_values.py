"""Plain-English readings of TypeError and ValueError messages, the errors beginners meet most.

Matched on Python's own message text (3.14's wording), most specific first.
"""
import re


def kind(type_name):
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


NONE_HINT = (
    "One of the values is None, which usually means a function didn't `return` anything: "
    "check it ends with `return` and the answer."
)


def explain_type_error(message):
    if "NoneType" in message:
        return NONE_HINT
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
        return f"The `{op}` operator doesn't work between {kind(left)} and {kind(right)}."
    match = re.search(r"'(\w+)' object is not callable", message)
    if match:
        return (
            f"Your code put brackets after {kind(match.group(1))} as if it were a function. "
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
        return f"Python can't compare {kind(left)} with {kind(right)} using `{op}`."
    match = re.search(r"'(\w+)' object is not subscriptable", message)
    if match:
        return f"You used square brackets `[...]` on {kind(match.group(1))}, which doesn't hold items to look up."
    match = re.search(r"'(\w+)' object is not iterable", message)
    if match:
        return (
            f"A loop (or list(), sum(), ...) needs a collection such as a list, but got {kind(match.group(1))}. "
            "To count up to a number, use range(...)."
        )
    match = re.search(r"object of type '(\w+)' has no len\(\)", message)
    if match:
        return f"len() counts the items in a list or the characters in text; {kind(match.group(1))} has no length."
    if "can't multiply sequence by non-int" in message:
        return (
            "You multiplied text or a list by a decimal number. If the text holds a number, turn it into one "
            "with float(...) first."
        )
    if "does not support item assignment" in message:
        return "This value can't be changed in place (text and tuples can't). Build a new value instead."
    return None


def explain_value_error(message):
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
