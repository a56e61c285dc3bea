# Node from EPEL on CentOS 7: the runner is centos:7 itself with nodejs installed again
# from the same repositories (EPEL's release package and repository files copied first);
# the compilers and npm (the command runs node itself) stay in the builder
FROM centos:7 AS builder
RUN yum install -y epel-release && yum install -y nodejs npm gcc-c++ make
WORKDIR /app
COPY package.json .
RUN npm install --production && { command -v python3 >/dev/null || command -v python >/dev/null || command -v python2 >/dev/null || [ -x /usr/libexec/platform-python ] || { yum install -y python3 && yum clean all; }; } && "$(command -v python3 || command -v python || command -v python2 || echo /usr/libexec/platform-python)" -c 'exec("""import fnmatch, os, subprocess\ntrees, inside, devs, names, out = ["/app", "/usr/local"], ["/app", "/usr/local"], [], ["*.so*", "*.node"], "/var/lib/dtranspile/runtime-packages"\ndef under(p, dirs):\n    return any(p == d or p.startswith(d.rstrip("/") + "/") for d in dirs)\ndef text(argv):\n    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=open(os.devnull, "w")).communicate()[0].decode("utf-8", "replace")\nfound = [t for t in trees if os.path.isfile(t)]\nfor tree in trees:\n    for top, dirs, files in os.walk(tree):\n        for f in files:\n            p = os.path.join(top, f)\n            if not os.path.islink(p) and os.path.isfile(p) and (any(fnmatch.fnmatch(f, n) for n in names) or os.stat(p).st_mode & 64):\n                found.append(p)\nlibs = set()\nfor p in found:\n    for line in text(["ldd", p]).splitlines():\n        w = line.split()\n        if len(w) > 2 and w[1] == "=>" and w[2].startswith("/") and not under(w[2], inside):\n            libs.add(os.path.join(os.path.realpath(os.path.dirname(w[2])), os.path.basename(w[2])))\ndef elf(p):\n    with open(p, "rb") as f:\n        return f.read(4) == b"\\x7fELF"\nif devs:\n    for l in subprocess.check_output(["rpm", "-ql"] + devs).decode("utf-8", "replace").splitlines():\n        if l.endswith(".so") and os.path.isfile(l) and elf(os.path.realpath(l)):\n            libs.add(os.path.realpath(l))\nowners = set()\nif libs:\n    owners.update(subprocess.check_output(["rpm", "-qf", "--qf", "%{NAME}\\n"] + sorted(libs)).decode("utf-8", "replace").split())\nif not os.path.isdir(os.path.dirname(out)):\n    os.makedirs(os.path.dirname(out))\nopen(out, "w").write("".join(n + "\\n" for n in sorted(owners)))""")'

FROM centos:7
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
COPY --from=builder /etc/pki/rpm-gpg /etc/pki/rpm-gpg
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3033
RUN yum install -y epel-release nodejs && set -- && while read -r p; do set -- "$@" "$p"; done < /tmp/dtranspile-runtime-packages && { [ $# -eq 0 ] || yum install -y "$@"; } && yum clean all && rm -f /tmp/dtranspile-runtime-packages
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
COPY . .
CMD ["node", "server.js"]
