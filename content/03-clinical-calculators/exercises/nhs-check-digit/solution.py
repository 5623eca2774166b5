def nhs_check_digit(first_nine: str) -> int | None:
    """Return the check digit for the first nine digits of an NHS number, or None if there can't be one."""
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError("Please give exactly nine digits, for example '943476591'.")

    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for digit, weight in zip(first_nine, weights):
        total += int(digit) * weight

    remainder = total % 11
    check = 11 - remainder
    if check == 11:
        return 0
    if check == 10:
        # No NHS number is ever issued with these nine digits.
        return None
    return check
