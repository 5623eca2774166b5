def average_pulse(readings):
    """The mean of a list of pulse readings, rounded to a whole number of beats per minute."""
    if len(readings) == 0:
        raise ValueError("There are no pulse readings to average")
    total = 0
    for reading in readings:
        total = total + reading
    average = total / len(readings)
    return round(average)
