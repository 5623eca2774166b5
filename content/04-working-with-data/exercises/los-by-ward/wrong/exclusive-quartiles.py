import csv
import statistics
from datetime import date


def length_of_stay(admitted, discharged):
    return (date.fromisoformat(discharged) - date.fromisoformat(admitted)).days


def los_by_ward(path="discharges.csv"):
    stays = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            ward = row["ward"]
            if ward not in stays:
                stays[ward] = []
            stays[ward].append(length_of_stay(row["admitted"], row["discharged"]))

    summary = {}
    for ward, days in stays.items():
        # Python's default method is "exclusive", which gives different quartiles.
        q1, middle, q3 = statistics.quantiles(days, n=4)
        summary[ward] = {"stays": len(days), "median": statistics.median(days), "q1": q1, "q3": q3}
    return summary
