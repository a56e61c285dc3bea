import os


def greet(name):
    return f"hello {name} from {os.path.dirname(os.path.abspath(__file__))}"
