def read_whole_number(text):
    try:
        # float() accepts "18.5", and int() then silently cuts it down to 18.
        return int(float(text))
    except ValueError:
        return None
