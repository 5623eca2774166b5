def nhs_check_digit(first_nine: str) -> int | None:
    """Your answer from the last exercise: the check digit for nine digits, or None if there can't be one."""
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError("Please give exactly nine digits, for example '943476591'.")
    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for digit, weight in zip(first_nine, weights):
        total += int(digit) * weight
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def is_valid_nhs_number(text) -> bool:
    """True if text is a correctly laid out NHS number whose check digit is right."""
    # TODO: return False for anything that isn't a string, strip the ends, undo 3-3-4 grouping,
    # insist on exactly 10 plain digits, then compare the tenth digit with nhs_check_digit.
    return True


def format_nhs_number(text) -> str:
    """The number as '943 476 5919'; ValueError if it isn't a valid NHS number."""
    # TODO: raise ValueError for an invalid number, then build the 3-3-4 form.
    return text
