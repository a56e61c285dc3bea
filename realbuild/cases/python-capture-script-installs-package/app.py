import subprocess

import six

out = subprocess.run(["jq", "-r", ".greeting"], input='{"greeting": "hello from jq"}',
                     capture_output=True, text=True, check=True)
print(out.stdout.strip())
print("copyright ends:", open("/usr/share/doc/jq/copyright").read().splitlines()[-1])
print("six", six.__version__)
