def average_pulse(readings):
    total = 0
    for reading in readings:
        total = total + reading
    average = total / len(readings)
    return round(average)
