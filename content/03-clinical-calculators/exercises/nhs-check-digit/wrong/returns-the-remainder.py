# Mistake: returning the remainder itself. Some write-ups (even the Data Dictionary's own step 5) say the
# "remainder" is checked against the tenth digit; the comparison is really with 11 minus the remainder.
def nhs_check_digit(first_nine: str) -> int | None:
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError("Please give exactly nine digits.")
    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for digit, weight in zip(first_nine, weights):
        total += int(digit) * weight
    return total % 11
