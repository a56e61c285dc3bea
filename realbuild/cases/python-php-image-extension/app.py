"""The app: normalises each argument through the installed package (a C extension
linking libjansson) and its console script, and asks the image's own PHP in
/usr/local/bin (which no package installed) for a line."""
import os
import subprocess
import sys

import jsonnorm

print("module:", jsonnorm.canonical(sys.argv[1]) if len(sys.argv) > 1 else "-")
print("from:", os.path.dirname(jsonnorm.__file__))
done = subprocess.run(["jsonnorm"] + sys.argv[1:], stdout=subprocess.PIPE, universal_newlines=True)
print("script:", done.stdout.strip().replace("\n", " | "), "exit", done.returncode)
php = subprocess.run(["/usr/local/bin/php", "-r", "echo 'php says ', 6 * 7, PHP_EOL;"],
                     stdout=subprocess.PIPE, universal_newlines=True)
print(php.stdout.strip(), "exit", php.returncode)
sys.exit(done.returncode)
