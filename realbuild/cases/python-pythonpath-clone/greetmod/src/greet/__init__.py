import os

_HERE = os.path.dirname(__file__)


def hello(name):
    return "hello from " + name


def motto():
    with open(os.path.join(_HERE, "motto.txt")) as f:
        return f.read().strip()
