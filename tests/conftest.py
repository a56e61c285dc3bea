import sys
from pathlib import Path

# test helpers (oracle.py, golden.py) import as top-level modules
sys.path.insert(0, str(Path(__file__).resolve().parent))
