"""First program of the command: runs in the final WORKDIR."""
import os

print("setup in", os.getcwd())
