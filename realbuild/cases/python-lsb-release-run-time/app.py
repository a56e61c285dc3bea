"""Report the release the program runs on, as lsb_release names it."""
import subprocess

import six

codename = subprocess.run(["lsb_release", "-cs"], capture_output=True, text=True, check=True)
print(six.text_type("running on %s" % codename.stdout.strip()))
