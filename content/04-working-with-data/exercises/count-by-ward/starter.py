import csv


def count_by_ward(path="ward_census.csv"):
    """How many patients are on each ward: a dictionary of ward name to count."""
    counts = {}
    # TODO: open the file at path, read it with csv.DictReader, and count the rows for each ward
    return counts


print(count_by_ward())
