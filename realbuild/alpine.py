"""The alpine:3.20 stand-in, made from Debian packages because Alpine's mirrors cannot be
reached here.  Faithful in what a program or a RUN line can notice: musl is the C library
(Debian trixie's musl 1.2.5, the version alpine 3.20 ships) at alpine's path
``/lib/ld-musl-x86_64.so.1``; BusyBox provides the shell and alpine's applets at alpine's
paths; ``/etc/alpine-release``, alpine's os-release, passwd and group; a CA bundle; no
time-zone data.  Honest where it cannot be: ``apk add`` provides only what it can really
install (``ca-certificates``, ``tzdata`` from the Debian mirror) and fails the build,
naming the package, for anything else.

Differences that remain (said in README.md): Debian's BusyBox (1.37, linked statically
against glibc) lacks a few applets alpine's has; ``adduser``/``addgroup``/``deluser``/
``delgroup`` are among them, so they are shell implementations of BusyBox's options (the
transpiler's alpine runners use them); alpine's base also has libssl3, libcrypto3, zlib
and apk-tools linked against musl, which no Debian package provides, so they are absent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

RELEASE = "3.20.3"

#: alpine 3.20's busybox applet links by directory (``busybox --list-full`` of the real
#: image, less apk-tools/musl-utils/scanelf which are other packages)
APPLETS = {
    "bin": """arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df dmesg
        dnsdomainname dumpkmap echo ed egrep false fatattr fdflush fgrep fsync getopt grep
        gunzip gzip hostname ionice iostat ipcalc kbd_mode kill link linux32 linux64 ln
        login ls lsattr lzop makemime mkdir mknod mktemp more mount mountpoint mpstat mv
        netstat nice pidof ping ping6 pipe_progress printenv ps pwd reformime rev rm rmdir
        run-parts sed setpriv setserial sh sleep stat stty su sync tar touch true umount
        uname usleep watch zcat""",
    "sbin": """acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim
        getty halt hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr
        iplink ipneigh iproute iprule iptunnel klogd loadkmap logread losetup lsmod mdev
        mkdosfs mkfs.vfat mkmntdirs mkswap modinfo modprobe nameif nologin pivot_root
        poweroff raidautorun reboot rmmod route setconsole slattach swapoff swapon
        switch_root sysctl syslogd tunctl udhcpc vconfig watchdog""",
    "usr/bin": """[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt cksum
        clear cmp comm cpio crontab cryptpw cut dc deallocvt diff dirname dos2unix du eject
        env expand expr factor fallocate find flock fold free fuser groups hd head hexdump
        hostid id install ipcrm ipcs killall last less logger lsof lsusb lzcat lzma lzopcat
        md5sum mesg microcom mkfifo mkpasswd nc nl nmeter nohup nproc nsenter nslookup od
        openvt passwd paste pgrep pkill pmap printf pscan pstree pwdx readlink realpath
        renice reset resize seq setkeycodes setsid sha1sum sha256sum sha3sum sha512sum
        showkey shred shuf sort split ssl_client strings sum tac tail tee test time timeout
        top tr traceroute traceroute6 tree truncate tty ttysize udhcpc6 unexpand uniq
        unix2dos unlink unlzma unlzop unshare unxz unzip uptime uudecode uuencode vi vlock
        volname wc wget which whoami whois xargs xxd xzcat yes""",
    "usr/sbin": """add-shell arping brctl chpasswd chroot crond fbset killall5 loadfont
        nanddump nandwrite nbd-client ntpd partprobe rdate rdev readahead remove-shell
        sendmail setfont setlogcons""",
}

#: applets the stand-in implements in shell because Debian's BusyBox has not them
SHELL_APPLETS = ("usr/sbin/addgroup", "usr/sbin/adduser", "usr/sbin/delgroup",
                 "usr/sbin/deluser")

OS_RELEASE = f"""\
NAME="Alpine Linux"
ID=alpine
VERSION_ID={RELEASE}
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
"""

PASSWD = """\
root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
"""

GROUP = """\
root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
"""

SHELLS = "# valid login shells\n/bin/sh\n/bin/ash\n"

# ``apk``: what a Dockerfile line `apk add --no-cache X` can get from this stand-in.
# ca-certificates: the bundle is there (as in alpine's base, ca-certificates-bundle);
# the package adds update-ca-certificates, which is written here.  tzdata: the Debian
# release's tzdata .deb (URL fixed when the image is made) unpacked with BusyBox.
APK = r"""#!/bin/sh
# apk of the dtranspile realbuild alpine stand-in (made from Debian packages):
# installs only what it can really provide, fails naming anything else.
standin="alpine:3.20 stand-in (dtranspile realbuild, made from Debian packages)"
cmd=""
pkgs=""
while [ $# -gt 0 ]; do
    case "$1" in
        -t|--virtual|-X|--repository|--root|-p|--arch|--cache-dir|--keys-dir) shift ;;
        -*) ;;
        *) if [ -z "$cmd" ]; then cmd="$1"; else pkgs="$pkgs $1"; fi ;;
    esac
    shift
done
installed() { grep -qx "$1" /etc/apk/world 2>/dev/null; }
ucc() {
    cat > /usr/sbin/update-ca-certificates <<'EOF'
#!/bin/sh
# update-ca-certificates of the stand-in: the bundle plus /usr/local/share/ca-certificates
set -e
base=/etc/ssl/certs/ca-certificates.crt
[ -f /etc/ssl/certs/.base-bundle.crt ] || cp "$base" /etc/ssl/certs/.base-bundle.crt
cp /etc/ssl/certs/.base-bundle.crt "$base.new"
for f in /usr/local/share/ca-certificates/*.crt; do
    [ -f "$f" ] || continue
    cat "$f" >> "$base.new"
    echo >> "$base.new"
done
mv "$base.new" "$base"
EOF
    chmod 755 /usr/sbin/update-ca-certificates
}
case "$cmd" in
    update|upgrade|fix|cache|info|version|stats|"") exit 0 ;;
    del)
        for p in $pkgs; do sed -i "/^$p\$/d" /etc/apk/world; done
        exit 0 ;;
    add) ;;
    *) echo "apk $cmd: not provided by the $standin" >&2; exit 99 ;;
esac
for p in $pkgs; do
    name="${p%%[<>=~]*}"
    case "$name" in
        ca-certificates|ca-certificates-bundle)
            [ "$name" = ca-certificates ] && ucc ;;
        tzdata)
            if [ ! -d /usr/share/zoneinfo ]; then
                mkdir -p /tmp/.apk-tzdata
                for url in $(cat /lib/apk/standin-tzdata-urls); do
                    wget -q -O /tmp/.apk-tzdata/t.deb "$url" \
                      && busybox dpkg-deb -x /tmp/.apk-tzdata/t.deb /tmp/.apk-tzdata/root \
                      || { echo "apk add tzdata: could not fetch $url" >&2; exit 1; }
                done
                mkdir -p /usr/share
                mv /tmp/.apk-tzdata/root/usr/share/zoneinfo /usr/share/zoneinfo
                rm -rf /tmp/.apk-tzdata
            fi ;;
        *)
            echo "ERROR: unable to select packages:" >&2
            echo "  $name: the $standin cannot provide it (only ca-certificates, tzdata)" >&2
            exit 1 ;;
    esac
    installed "$name" || echo "$name" >> /etc/apk/world
done
exit 0
"""

# BusyBox's addgroup/adduser/delgroup/deluser options, in shell (Debian's BusyBox has
# not these applets): -S system account (ids from 100 to 999, shell /sbin/nologin,
# primary group nogroup unless -G), -D no password, -H no home, -u/-g id, -h home, -s
# shell, -G group, -g GECOS for adduser.
def _free_id(var: str, table: str, tool: str) -> str:
    """Shell lines that take the given id or pick the first free one in BusyBox's range
    (system accounts 100-999, others from 1000)."""
    return (f'if [ -z "${var}" ]; then\n'
            f'    if [ -n "$system" ]; then {var}=100; max=999; else {var}=1000; max=256000; fi\n'
            f'    while cut -d: -f3 {table} | grep -qx "${var}"; do {var}=$(({var} + 1)); done\n'
            f'    [ "${var}" -le "$max" ] || {{ echo "{tool}: no {var} left" >&2; exit 1; }}\n'
            f'elif cut -d: -f3 {table} | grep -qx "${var}"; then\n'
            f'    echo "{tool}: {var} \'${var}\' in use" >&2; exit 1\n'
            'fi\n')


ADDGROUP = r"""#!/bin/sh
# addgroup [-g GID] [-S] GROUP  |  addgroup USER GROUP  (BusyBox options)
gid=""; system=""
while getopts g:S opt; do
    case $opt in g) gid=$OPTARG ;; S) system=1 ;; *) exit 1 ;; esac
done
shift $((OPTIND - 1))
if [ $# -eq 2 ]; then
    grep -q "^$1:" /etc/passwd || { echo "addgroup: unknown user $1" >&2; exit 1; }
    line=$(grep "^$2:" /etc/group) || { echo "addgroup: unknown group $2" >&2; exit 1; }
    case "$line" in *:) new="$line$1" ;; *) new="$line,$1" ;; esac
    sed -i "s/^$2:.*/$new/" /etc/group
    exit 0
fi
[ $# -eq 1 ] || { echo "usage: addgroup [-g GID] [-S] GROUP" >&2; exit 1; }
if grep -q "^$1:" /etc/group; then echo "addgroup: group '$1' in use" >&2; exit 1; fi
@FREE_GID@echo "$1:x:$gid:" >> /etc/group
"""

ADDGROUP = ADDGROUP.replace("@FREE_GID@", _free_id("gid", "/etc/group", "addgroup"))

ADDUSER = r"""#!/bin/sh
# adduser [-h DIR] [-g GECOS] [-s SHELL] [-G GRP] [-S] [-D] [-H] [-u UID] [-k SKEL] USER [GROUP]
home=""; gecos="Linux User,,,"; shell=""; group=""; system=""; nohome=""; uid=""
while getopts h:g:s:G:SDHu:k: opt; do
    case $opt in
        h) home=$OPTARG ;; g) gecos=$OPTARG ;; s) shell=$OPTARG ;; G) group=$OPTARG ;;
        S) system=1 ;; D) ;; H) nohome=1 ;; u) uid=$OPTARG ;; k) ;; *) exit 1 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: adduser [OPTIONS] USER [GROUP]" >&2; exit 1; }
name=$1
[ $# -ge 2 ] && group=$2
if grep -q "^$name:" /etc/passwd; then echo "adduser: user '$name' in use" >&2; exit 1; fi
[ -n "$home" ] || home=/home/$name
[ -n "$shell" ] || { if [ -n "$system" ]; then shell=/sbin/nologin; else shell=/bin/sh; fi; }
@FREE_UID@if [ -z "$group" ]; then
    if [ -n "$system" ]; then
        group=nogroup
    else
        addgroup -g "$uid" "$name" 2>/dev/null || addgroup "$name" || exit 1
        group=$name
    fi
fi
gid=$(grep "^$group:" /etc/group | cut -d: -f3)
[ -n "$gid" ] || { echo "adduser: unknown group $group" >&2; exit 1; }
echo "$name:x:$uid:$gid:$gecos:$home:$shell" >> /etc/passwd
echo "$name:!::0:::::" >> /etc/shadow
if [ -z "$nohome" ]; then
    mkdir -p "$home" && chown "$uid:$gid" "$home" && chmod 2755 "$home"
fi
"""

ADDUSER = ADDUSER.replace("@FREE_UID@", _free_id("uid", "/etc/passwd", "adduser"))

DELUSER = r"""#!/bin/sh
[ $# -ge 1 ] || exit 1
sed -i "/^$1:/d" /etc/passwd /etc/shadow
sed -i -e "s/:$1\$/:/" -e "s/:$1,/:/" -e "s/,$1,/,/" -e "s/,$1\$//" /etc/group
"""

DELGROUP = r"""#!/bin/sh
[ $# -ge 1 ] || exit 1
sed -i "/^$1:/d" /etc/group
"""


def populate(mnt: Path, files: Path, busybox_applets: set, tzdata_urls: list) -> list:
    """Lay the stand-in out in ``mnt`` from ``files`` (a trixie tree with musl and
    busybox-static installed); return the alpine applets Debian's BusyBox lacks."""
    for d in ("bin", "sbin", "lib", "usr/bin", "usr/sbin", "usr/lib", "usr/local/bin",
              "etc/apk", "etc/ssl/certs", "lib/apk/db", "var/cache/apk", "root", "home",
              "var/empty", "run", "proc", "sys", "dev", "media", "mnt", "opt", "srv"):
        (mnt / d).mkdir(parents=True, exist_ok=True)
    (mnt / "root").chmod(0o700)
    tmp = mnt / "tmp"
    tmp.mkdir(exist_ok=True)
    tmp.chmod(0o1777)
    shutil.copy2(_inside(files, "usr/lib/x86_64-linux-musl/libc.so"),
                 mnt / "lib/ld-musl-x86_64.so.1")
    os.symlink("ld-musl-x86_64.so.1", mnt / "lib/libc.musl-x86_64.so.1")
    shutil.copy2(_inside(files, "usr/bin/busybox"), mnt / "bin/busybox")
    missing = []
    for directory, names in APPLETS.items():
        depth = directory.count("/") + 1
        for name in names.split():
            if name not in busybox_applets:
                missing.append(f"/{directory}/{name}")
                continue
            os.symlink("../" * (depth - 1) + "bin/busybox" if depth > 1 else "busybox",
                       mnt / directory / name)
    scripts = {"sbin/apk": APK, "usr/sbin/addgroup": ADDGROUP, "usr/sbin/adduser": ADDUSER,
               "usr/sbin/deluser": DELUSER, "usr/sbin/delgroup": DELGROUP}
    for path, text in scripts.items():
        (mnt / path).write_text(text)
        (mnt / path).chmod(0o755)
    etc = mnt / "etc"
    (etc / "alpine-release").write_text(RELEASE + "\n")
    (etc / "os-release").write_text(OS_RELEASE)
    (etc / "passwd").write_text(PASSWD)
    (etc / "group").write_text(GROUP)
    shadow = "".join(f"{line.split(':')[0]}:*::0:::::\n" for line in PASSWD.splitlines())
    (etc / "shadow").write_text(shadow.replace("root:*:", "root:!:"))
    (etc / "shadow").chmod(0o640)
    (etc / "shells").write_text(SHELLS)
    (etc / "hostname").write_text("localhost\n")
    (etc / "profile").write_text(
        'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n')
    (etc / "apk/world").write_text("alpine-baselayout\nalpine-keys\napk-tools\nbusybox\n"
                                   "ca-certificates-bundle\nlibc-utils\n")
    (etc / "apk/repositories").write_text(
        "https://dl-cdn.alpinelinux.org/alpine/v3.20/main\n"
        "https://dl-cdn.alpinelinux.org/alpine/v3.20/community\n")
    (etc / "apk/arch").write_text("x86_64\n")
    (mnt / "lib/apk/standin-tzdata-urls").write_text("\n".join(tzdata_urls) + "\n")
    shutil.copy2(_inside(files, "etc/ssl/certs/ca-certificates.crt"),
                 etc / "ssl/certs/ca-certificates.crt")
    os.symlink("certs/ca-certificates.crt", etc / "ssl/cert.pem")
    return missing


def _inside(root: Path, rel: str) -> Path:
    """``rel`` resolved inside the tree ``root``, following its absolute symlinks there
    rather than on this machine."""
    path = root
    for part in Path(rel).parts:
        path = path / part
        for _ in range(40):
            if not path.is_symlink():
                break
            target = os.readlink(path)
            path = (root / target.lstrip("/")) if target.startswith("/") else \
                path.parent / target
    return path
