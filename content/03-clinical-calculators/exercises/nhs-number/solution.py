def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None if there can't be one."""
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


def ten_digits(text) -> str | None:
    """The ten digits with any 3-3-4 grouping removed, or None if the layout is wrong."""
    if not isinstance(text, str):
        # An NHS number is an identifier, not a quantity: as a number it would lose leading zeros.
        return None
    text = text.strip()
    if len(text) == 12 and text[3] == text[7] and text[3] in [" ", "-"]:
        text = text[:3] + text[4:7] + text[8:]
    # isdigit() also says yes to digits from other writing systems, so insist on plain ASCII too.
    if len(text) != 10 or not text.isdigit() or not text.isascii():
        return None
    return text


def is_valid_nhs_number(text) -> bool:
    """True if text is a correctly laid out NHS number whose check digit is right."""
    digits = ten_digits(text)
    if digits is None:
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def format_nhs_number(text) -> str:
    """The number as '943 476 5919'; ValueError if it isn't a valid NHS number."""
    if not is_valid_nhs_number(text):
        raise ValueError(f"{text} is not a valid NHS number, so it can't be formatted.")
    digits = ten_digits(text)
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
