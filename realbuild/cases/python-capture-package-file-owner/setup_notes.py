"""The project's setup script: writes the operators' notes next to nano's configuration."""
import shutil

import six

with open("/home/dev/notes.txt", "w") as f:
    f.write(f"edit with nano (six {six.__version__})\n")
shutil.chown("/home/dev/notes.txt", "dev", "dev")
