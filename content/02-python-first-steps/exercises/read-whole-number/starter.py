def read_whole_number(text):
    """The whole number in text, as an int, or None if text is not a whole number."""
    # TODO: try to turn text into an int; if Python raises a ValueError, return None instead
    return text


print(read_whole_number(" 18 "))
print(read_whole_number("18.5"))
