"""Print the user the program runs as and where its package was installed from: pip
install --user as that user put it under the home useradd made for it."""
import os
import pwd

import six

print("six %s from %s, as %s" % (six.__version__, os.path.dirname(six.__file__),
                                 pwd.getpwuid(os.getuid()).pw_name))
