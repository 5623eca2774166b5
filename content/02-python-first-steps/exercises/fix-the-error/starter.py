def average_pulse(readings):
    """The mean of a list of pulse readings, rounded to a whole number of beats per minute."""
    total = 0
    for reading in readings:
        total = total + reading
    average = total / len(reading)
    return round(average)
