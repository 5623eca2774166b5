import csv


def count_by_ward(path="ward_census.csv"):
    """How many patients are on each ward: a dictionary of ward name to count."""
    counts = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            ward = row["ward"]
            counts[ward] = counts.get(ward, 0) + 1
    return counts


print(count_by_ward())
