from tabulate import tabulate


def table(rows):
    return tabulate(rows, headers=["greeting", "word"])
