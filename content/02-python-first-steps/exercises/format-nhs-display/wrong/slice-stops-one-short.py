def format_nhs_number(text):
    digits = text.strip().replace(" ", "").replace("-", "")
    if len(digits) != 10 or not digits.isdigit():
        raise ValueError("An NHS number has exactly 10 digits")
    # The last slice stops at position 9, so the final digit is lost.
    return f"{digits[0:3]} {digits[3:6]} {digits[6:9]}"
