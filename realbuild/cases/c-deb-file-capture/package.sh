#!/bin/sh
# builds greet_1.0_amd64.deb from the compiled program
set -e
root=pkgroot
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/etc/greet"
install -m 0755 greet "$root/usr/bin/greet"
echo "hello from a package file" > "$root/etc/greet/greeting"
echo /etc/greet/greeting > "$root/DEBIAN/conffiles"
cat > "$root/DEBIAN/control" <<CONTROL
Package: greet
Version: 1.0
Architecture: amd64
Maintainer: realbuild <realbuild@example.invalid>
Depends: jq
Description: a greeting installed from a package file
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    getent passwd greet >/dev/null || useradd --system --no-create-home greet
    mkdir -p /var/lib/greet
    echo "configured by the postinst" > /var/lib/greet/state
fi
POSTINST
chmod 0755 "$root/DEBIAN/postinst"
dpkg-deb --build --root-owner-group "$root" greet_1.0_amd64.deb
rm -rf "$root"
