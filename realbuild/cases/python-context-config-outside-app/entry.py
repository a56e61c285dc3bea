"""Reads what the build copied outside the app directory before the pip install: an
ini file put into /etc/greeter by `COPY greeting.ini .` (owned by uid 1000), and a
file named /etc/greeter/words (`COPY docker/config.txt /etc/greeter/words`); then runs
the app from /app."""
import configparser
import os
import sys

sys.path.insert(0, "/app")
from app import table  # noqa: E402

ini = configparser.ConfigParser()
ini.read("/etc/greeter/greeting.ini")
st = os.stat("/etc/greeter/greeting.ini")
words = open("/etc/greeter/words").read().split()
print("owner", st.st_uid, "isfile(words)", os.path.isfile("/etc/greeter/words"))
print(table([(ini["greeting"]["text"], w) for w in words]))
