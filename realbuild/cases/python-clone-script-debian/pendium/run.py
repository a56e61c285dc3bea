import os

import tabulate

from pendium import pages

here = os.path.dirname(os.path.abspath(__file__))
print(tabulate.tabulate(pages.index(os.path.join(here, "wiki")), headers=["page", "words"]))
print("tabulate", tabulate.__version__)
print("checkout:", here, "git" if os.path.isdir(os.path.join(here, ".git")) else "no .git")
