def format_nhs_number(text):
    """An NHS number in the display form "999 876 5439", from however it was typed."""
    digits = text.strip().replace(" ", "").replace("-", "")
    if len(digits) != 10:
        raise ValueError(f"An NHS number has 10 digits, but '{text}' has {len(digits)} characters")
    if not digits.isdigit():
        raise ValueError(f"An NHS number has only the digits 0 to 9, but '{text}' has something else")
    return f"{digits[0:3]} {digits[3:6]} {digits[6:]}"


print(format_nhs_number("9998765439"))
