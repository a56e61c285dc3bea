import sys
from pathlib import Path

# the harness (realbuild/) lives at the repository root, outside the shipped package
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
