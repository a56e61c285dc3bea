"""Alpine's CA bundle as read from the minirootfs tarballs (datagen/alpine_rootfs.py):
known where the data read the release at or before the point release asked for."""

import pytest

from transpiler.knowledge import alpine_rootfs
from transpiler.knowledge.images import image_facts


@pytest.mark.parametrize("release,version,expected", [
    ("3.19", "3.19.9", True),    # after the point release read (3.19.4)
    ("3.13", "3.13.12", True),   # the point release read itself
    ("3.10", "3.10.9", False),   # ca-certificates-cacert only: /etc/ssl/cert.pem, no bundle
    ("3.19", "3.19.1", None),    # before the one read: not known
    ("3.22", "3.22.5", None),    # a release the mirror's branches lack
    ("3.19", None, None),
])
def test_has_ca_bundle(release, version, expected):
    assert alpine_rootfs.has_ca_bundle(release, version) is expected


def test_alpine_runner_facts_take_the_bundle():
    """The hand record says nothing of Alpine's certificates; the data read from the
    image decides for the tags it knows, and images built on Alpine inherit it."""
    assert image_facts("alpine:3.19").has_ca_certificates
    assert not image_facts("alpine:3.10").has_ca_certificates
    assert not image_facts("alpine:3.19.1").has_ca_certificates  # unknown: copied, as before
