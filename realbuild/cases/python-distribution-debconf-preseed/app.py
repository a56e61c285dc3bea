import locale

import greet

print(greet.hello())
print("default:", open("/etc/default/locale").read().strip())
locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
print("decimal point:", locale.localeconv()["decimal_point"])
print(locale.format_string("%.2f", 1234.5, grouping=True))
