import sys


def main():
    with open(sys.argv[1]) as f:
        print(f.read().strip())
