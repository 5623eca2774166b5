def read_whole_number(text):
    """The whole number in text, as an int, or None if text is not a whole number."""
    try:
        return int(text)
    except ValueError:
        return None


print(read_whole_number(" 18 "))
print(read_whole_number("18.5"))
