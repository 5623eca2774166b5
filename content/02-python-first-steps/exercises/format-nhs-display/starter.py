def format_nhs_number(text):
    """An NHS number in the display form "999 876 5439", from however it was typed."""
    # TODO: remove blank space at the ends, and every space and hyphen
    # TODO: raise a ValueError unless exactly 10 digits are left
    # TODO: return the digits in groups of 3, 3 and 4, separated by spaces
    return text


print(format_nhs_number("9998765439"))
