import os
import pwd
import sys

import pkg_resources


def _body(path):
    if path == "/":
        me = pwd.getpwuid(os.getuid()).pw_name
        return "iris %s as %s (home %s), python %d.%d in %s\n" % (
            pkg_resources.get_distribution("iris").version, me, os.path.expanduser("~" + me),
            sys.version_info[0], sys.version_info[1], sys.prefix)
    if path == "/var":
        out = []
        for d in ("/home/iris/var/log/uwsgi", "/home/iris/var/log/nginx", "/home/iris/var/run",
                  "/home/iris/var/relay", "/var/log/nginx", "/var/lib/nginx", "/home/iris",
                  "/home/iris/env", "/home/iris/env/bin", "/home/iris/src", "/home/iris/daemons", "/home/iris/build"):
            if not os.path.exists(d):
                out.append("%s absent" % d)
                continue
            st = os.stat(d)
            out.append("%s %s %o writable=%s" % (d, pwd.getpwuid(st.st_uid).pw_name, st.st_mode & 0o7777,
                                                os.access(d, os.W_OK)))
        return "\n".join(out) + "\n"
    if path == "/messages":
        return pkg_resources.resource_string("iris", "messages.txt").decode()
    return None


def application(environ, start_response):
    body = _body(environ.get("PATH_INFO", "/"))
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found\n"]
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode()]
