"""Real builds: build and run a single-stage Dockerfile and its dtranspile rewrite with
Debian's buildah/podman on base images made locally from Debian packages, and compare
behaviour and size.  Not part of the tool (nothing here is shipped in the wheel).

Layout:
    env.py     where the storage lives, the containers.conf/storage.conf it needs, command runner
    setup.py   idempotent ``apt-get install`` of buildah, podman, runc, debootstrap
    images.py  the local image factory (debootstrap -> debian:bookworm[-slim], toolchains, runners)
    cases.py   the sample cases in realbuild/cases/<name>/ (Dockerfile + case.json + sources),
               with the shared sources of realbuild/fixtures/<name>/ they name
    runner.py  build original and transpiled, run both, compare, measure

Entry points: ``python -m realbuild [CASE...]`` (see __main__.py) and
``bench/realbuild_report.py``; the pytest suite is tests/realbuild/ (skipped unless
DTRANSPILE_REALBUILD=1)."""
