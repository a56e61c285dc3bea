import sys


def main():
    print("hello", " ".join(sys.argv[1:]))
