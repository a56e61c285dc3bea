# Node from Fedora's packages with a global install: npm's prefix is /usr there, so the
# global packages in /usr/lib/node_modules and their links in /usr/bin are gathered in
# the builder by the shell (a Fedora base image may lack findutils), npm kept (pm2 runs)
FROM fedora:38 AS builder
RUN dnf install -y nodejs npm python3 make gcc-c++ && dnf clean all
RUN npm install -g pm2
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
# the packages installed globally into /usr/lib/node_modules, for the runner
# hadolint ignore=DL3059
RUN mkdir -p /usr/lib/node_modules /opt/global-modules && for d in /usr/lib/node_modules/* /usr/lib/node_modules/.[!.]*; do [ -e "$d" ] || [ -L "$d" ] || continue; case "${d##*/}" in npm|corepack) ;; *) cp -a "$d" /opt/global-modules/ || exit 1;; esac; done && node -e "var fs = require('fs'), b = '/usr/bin', d = '/opt/global-usr-bin'; fs.mkdirSync(d); fs.readdirSync(b).forEach(function (f) { var t; try { t = fs.readlinkSync(b + '/' + f); } catch (e) { return; } if (/lib[/]node_modules[/]/.test(t) && !/node_modules[/](npm|corepack)[/]/.test(t)) fs.symlinkSync(t, d + '/' + f); });" && { test -L /opt/global-usr-bin/pm2-runtime || test -e /usr/local/bin/pm2-runtime; } && { command -v python3 >/dev/null || command -v python >/dev/null || command -v python2 >/dev/null || [ -x /usr/libexec/platform-python ] || { dnf install -y python3 && dnf clean all; }; } && "$(command -v python3 || command -v python || command -v python2 || echo /usr/libexec/platform-python)" -c 'exec("""import fnmatch, os, subprocess\ntrees, inside, devs, names, out = ["/app", "/opt/global-modules", "/usr/local"], ["/app", "/opt/global-modules", "/usr/local"], [], ["*.so*", "*.node"], "/var/lib/dtranspile/runtime-packages"\ndef under(p, dirs):\n    return any(p == d or p.startswith(d.rstrip("/") + "/") for d in dirs)\ndef text(argv):\n    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=open(os.devnull, "w")).communicate()[0].decode("utf-8", "replace")\nfound = [t for t in trees if os.path.isfile(t)]\nfor tree in trees:\n    for top, dirs, files in os.walk(tree):\n        for f in files:\n            p = os.path.join(top, f)\n            if not os.path.islink(p) and os.path.isfile(p) and (any(fnmatch.fnmatch(f, n) for n in names) or os.stat(p).st_mode & 64):\n                found.append(p)\nlibs = set()\nfor p in found:\n    for line in text(["ldd", p]).splitlines():\n        w = line.split()\n        if len(w) > 2 and w[1] == "=>" and w[2].startswith("/") and not under(w[2], inside):\n            libs.add(os.path.join(os.path.realpath(os.path.dirname(w[2])), os.path.basename(w[2])))\ndef elf(p):\n    with open(p, "rb") as f:\n        return f.read(4) == b"\\x7fELF"\nif devs:\n    for l in subprocess.check_output(["rpm", "-ql"] + devs).decode("utf-8", "replace").splitlines():\n        if l.endswith(".so") and os.path.isfile(l) and elf(os.path.realpath(l)):\n            libs.add(os.path.realpath(l))\nowners = set()\nif libs:\n    owners.update(subprocess.check_output(["rpm", "-qf", "--qf", "%{NAME}\\n"] + sorted(libs)).decode("utf-8", "replace").split())\nif not os.path.isdir(os.path.dirname(out)):\n    os.makedirs(os.path.dirname(out))\nopen(out, "w").write("".join(n + "\\n" for n in sorted(owners)))""")'

FROM fedora:38
COPY --from=builder /etc/yum.repos.d /etc/yum.repos.d
COPY --from=builder /etc/pki/rpm-gpg /etc/pki/rpm-gpg
COPY --from=builder /var/lib/dtranspile/runtime-packages /tmp/dtranspile-runtime-packages
# the packages the original installs for run time, and those owning the libraries the build's compiled files load
# hadolint ignore=DL3041
RUN dnf install -y nodejs npm python3 && set -- && while read -r p; do set -- "$@" "$p"; done < /tmp/dtranspile-runtime-packages && { [ $# -eq 0 ] || dnf install -y "$@"; } && dnf clean all && rm -f /tmp/dtranspile-runtime-packages
WORKDIR /app
COPY --from=builder /app /app
COPY --from=builder /usr/local /usr/local
COPY --from=builder /opt/global-modules /usr/lib/node_modules
COPY --from=builder /opt/global-usr-bin /usr/bin
COPY . .
CMD ["pm2-runtime", "server.js"]
