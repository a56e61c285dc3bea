import os


def hello():
    # where the package is imported from: the checkout pip made under <cwd>/src
    return "hello from greet at " + os.path.dirname(os.path.abspath(__file__))
