def nhs_check_digit(first_nine: str) -> int | None:
    """Return the check digit for the first nine digits of an NHS number, or None if there can't be one."""
    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    # TODO: check first_nine is exactly nine digits (raise ValueError if not),
    # add up each digit times its weight, take the remainder after dividing by 11,
    # then turn it into the check digit (remember the 11 and 10 special cases).
    return 0
