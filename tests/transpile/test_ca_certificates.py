"""The generated packages whose Recommends bring ca-certificates
(datagen/ca_certificates.py) and the runner's use of them (runner_stage._certificates)."""

from transpiler.knowledge import ca_certificates
from transpiler import transpile


def test_chains_of_the_covered_releases():
    assert ca_certificates.chain("debian", "bookworm", "wget") == ("wget", "ca-certificates")
    # before focal, git recommends no ca-certificates itself: its libcurl3-gnutls does
    assert ca_certificates.chain("ubuntu", "xenial", "git") == \
        ("git", "libcurl3-gnutls", "ca-certificates")
    assert ca_certificates.chain("ubuntu", "noble", "curl") == \
        ("curl", "libcurl4t64", "ca-certificates")
    # a package the release lacks brings nothing
    assert ca_certificates.chain("ubuntu", "xenial", "libcurl4") == ()


def test_the_data_holds_only_the_candidates():
    """runner_stage._brings_certificates asks the data about every package the runner
    installs with its Recommends: only CA_RECOMMENDED_BY's may answer a chain."""
    from transpiler.knowledge.packages import CA_RECOMMENDED_BY
    assert set(ca_certificates._load()["brings"]) <= CA_RECOMMENDED_BY
    assert ca_certificates.chain("debian", "bookworm", "openssl") == ()


def test_uncovered_releases_answer_none():
    assert ca_certificates.chain("ubuntu", "trusty", "wget") is None
    assert ca_certificates.chain("debian", "buster", "git") is None
    assert ca_certificates.chain("alpine", "3.18", "wget") is None
    assert ca_certificates.chain("debian", None, "wget") is None


def _runner(base):
    out = transpile(f"FROM {base}\nRUN apt-get update && apt-get install -y gcc libc6-dev "
                    "wget\nCOPY main.c .\nRUN gcc -o /usr/local/bin/app main.c\n"
                    "CMD [\"app\"]\n").output
    return out.split("\n\nFROM ", 1)[1]


def test_the_runner_installs_its_own_where_the_release_has_no_data():
    assert "ca-certificates" not in _runner("ubuntu:18.04")
    assert "install -y --no-install-recommends ca-certificates" in _runner("ubuntu:14.04")
    assert "install -y --no-install-recommends ca-certificates" in _runner("debian:stretch")


def test_the_generator_follows_apt():
    from datagen.ca_certificates import chain_to_certificates
    from datagen.runtime_packages import Index

    index = Index()
    for st in ({"Package": "git", "Version": "1", "Depends": "libcurl3-gnutls, perl"},
               {"Package": "libcurl3-gnutls", "Version": "1", "Recommends": "ca-certificates"},
               {"Package": "ca-certificates", "Version": "1"},
               {"Package": "perl", "Version": "1", "Priority": "required",
                "Recommends": "ca-certificates"},
               # alternatives: apt takes the first; one every image has satisfies the group
               {"Package": "a", "Version": "1", "Depends": "perl | libcurl3-gnutls"},
               {"Package": "b", "Version": "1", "Depends": "missing | libcurl3-gnutls"},
               {"Package": "c", "Version": "1", "Recommends": "perl"}):
        index.add(st)
    assert chain_to_certificates(index, "git") == ("git", "libcurl3-gnutls", "ca-certificates")
    assert chain_to_certificates(index, "a") == ()
    assert chain_to_certificates(index, "b") == ("b", "libcurl3-gnutls", "ca-certificates")
    # perl is in every image: its Recommends are not installed
    assert chain_to_certificates(index, "c") == ()
