# Mistake: checking the layout but never the check digit, so a mistyped number is accepted.
def is_valid_nhs_number(text) -> bool:
    if not isinstance(text, str):
        return False
    text = text.strip()
    if len(text) == 12 and text[3] == text[7] and text[3] in [" ", "-"]:
        text = text[:3] + text[4:7] + text[8:]
    return len(text) == 10 and text.isdigit() and text.isascii()


def format_nhs_number(text) -> str:
    if not is_valid_nhs_number(text):
        raise ValueError(f"{text} is not a valid NHS number.")
    digits = text.strip().replace(" ", "").replace("-", "")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
