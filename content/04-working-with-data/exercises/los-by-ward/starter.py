import csv
import statistics
from datetime import date


def length_of_stay(admitted, discharged):
    """Days from admission to discharge; both dates are text in the form "YYYY-MM-DD"."""
    return (date.fromisoformat(discharged) - date.fromisoformat(admitted)).days


def los_by_ward(path="discharges.csv"):
    """For each ward: the number of stays, and the median, lower and upper quartile length of stay in days."""
    # TODO: read the file, and collect each ward's lengths of stay in a list
    # TODO: for each ward, return {"stays": ..., "median": ..., "q1": ..., "q3": ...},
    #       with quartiles from statistics.quantiles(days, n=4, method="inclusive")
    return {}


print(los_by_ward())
