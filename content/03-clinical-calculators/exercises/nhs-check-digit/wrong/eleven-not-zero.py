# Mistake: forgetting step 4, so an answer of 11 is returned as 11 instead of becoming 0.
def nhs_check_digit(first_nine: str) -> int | None:
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError("Please give exactly nine digits.")
    weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
    total = 0
    for digit, weight in zip(first_nine, weights):
        total += int(digit) * weight
    check = 11 - total % 11
    if check == 10:
        return None
    return check
