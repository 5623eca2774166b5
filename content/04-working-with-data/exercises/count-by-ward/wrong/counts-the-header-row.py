import csv


def count_by_ward(path="ward_census.csv"):
    counts = {}
    with open(path, newline="") as f:
        # csv.reader gives plain lists, header line included, and the ward is found by position.
        for row in csv.reader(f):
            ward = row[3]
            counts[ward] = counts.get(ward, 0) + 1
    return counts
