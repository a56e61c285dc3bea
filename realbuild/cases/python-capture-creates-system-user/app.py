"""Runs as the system user the captured RUN made: prints who it is, its passwd and group
entries, reads the group-readable configuration, updates its state in its home, and
prints the owners and modes of those files."""
import grp
import json
import os
import pwd
import subprocess

me = pwd.getpwuid(os.getuid())
print("user:", me.pw_name, me.pw_uid, "group:", grp.getgrgid(os.getgid()).gr_name, os.getgid())
print("passwd:", tuple(me))
print("group:", tuple(grp.getgrnam("app")))
print("HOME:", os.environ.get("HOME"), "cwd:", os.getcwd())
print(subprocess.run(["id"], capture_output=True, text=True).stdout.strip())
print(open("/etc/app/app.conf").read().strip())
state_path = os.path.join(me.pw_dir, "state.json")
state = json.load(open(state_path))
state["runs"] += 1
json.dump(state, open(state_path, "w"))
print("state:", json.load(open(state_path)))
print(subprocess.run(["stat", "-c", "%n %U:%G %a", "/etc/app", "/etc/app/app.conf", "/var/lib/app",
                      state_path], capture_output=True, text=True).stdout.strip())
