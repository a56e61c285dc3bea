"""A sales report in the locale the image sets (LANG=de_DE.UTF-8, generated with
locale-gen in the build): number grouping, month names and collation come from the C
library's locale data, which an image without that locale lacks."""
import locale
import sys
import time

from tabulate import tabulate

try:
    locale.setlocale(locale.LC_ALL, "")
except locale.Error as exc:
    print("locale:", exc)
    sys.exit(1)
cities = ["Zürich", "Österreich", "Aachen", "Ulm", "Äpfelstadt", "Berlin"]
rows = [(city, locale.format_string("%.2f", 1234.5 * (i + 1) ** 3, grouping=True))
        for i, city in enumerate(sorted(cities, key=locale.strxfrm))]
july = time.strptime("2024-07-01", "%Y-%m-%d")
print(locale.setlocale(locale.LC_ALL), time.strftime("%B %Y", july))
print(tabulate(rows, headers=["Ort", "Umsatz"]))
