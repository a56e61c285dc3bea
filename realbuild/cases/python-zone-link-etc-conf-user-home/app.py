"""Reads what setup RUNs of the original left: the system's time zone (a link to a zone
file), a configuration file under /etc, and the user's home (made by adduser, mode 750)."""
import os
import pwd
import stat
import time

import six

home = os.stat("/home/greeter")
print("six", six.__version__)
print("zone", time.strftime("%Z", time.localtime(1719835200)), os.readlink("/etc/localtime"))
print("conf", open("/etc/greeter/greeter.conf").read().strip())
print("home", oct(stat.S_IMODE(home.st_mode)), pwd.getpwuid(home.st_uid).pw_name)
print("user", pwd.getpwuid(os.getuid()).pw_name)
