"""The app: greets each argument through the extension that links libgreet (installed
by make into /usr/local/lib, found through the loader's cache), and asks the image's
own PHP in /usr/local/bin for a line."""
import subprocess
import sys

import greetpy

for name in sys.argv[1:]:
    print(greetpy.greet(name))
php = subprocess.run(["/usr/local/bin/php", "-r", "echo 'php says ', 6 * 7, PHP_EOL;"],
                     stdout=subprocess.PIPE, universal_newlines=True)
print(php.stdout.strip(), "exit", php.returncode)
