"""Runs as root and drops to the account the project's script made (an unread script in
the original's RUN): prints its passwd and group entries, then the ids of a child that
runs as it."""
import grp
import os
import pwd
import subprocess

import six

user = pwd.getpwnam("worker")
print("six:", six.__version__)
print("passwd:", tuple(user))
print("group:", tuple(grp.getgrnam("worker")))
child = subprocess.run(["id"], capture_output=True, text=True,
                       user=user.pw_uid, group=user.pw_gid, extra_groups=[])
print(child.stdout.strip())
