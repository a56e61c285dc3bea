"""Services started in the RUNs whose effect is captured (``recipes/services.py``):
which the capture follows, and the reasons of those it does not."""
import transpiler

HEAD = """FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends build-essential {pkgs} \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make && cp out/app-server /usr/local/bin/
"""


def _reason(pkgs, run, cmd='CMD ["app-server"]'):
    r = transpiler.transpile(HEAD.format(pkgs=pkgs) + f"RUN {run}\n{cmd}\n")
    return r.report.reason if r.report.declined else None


def test_packaged_database_declines_naming_its_data():
    why = _reason("default-mysql-server", "service mysql start && mysql -e 'CREATE DATABASE app'")
    assert "the database server mysql" in why and "/var/lib/mysql" in why


def test_stateless_server_is_captured():
    assert _reason("openssh-server", "service ssh start") is None
    assert _reason("nginx", "/etc/init.d/nginx restart") is None


def test_supervisord_and_unknown_services_decline():
    assert "supervisord" in _reason("supervisor", "/etc/init.d/supervisor start")
    assert "the service couchdb" in _reason("curl", "service couchdb start")


def test_initdb_cluster_and_pg_ctl_on_it_are_captured():
    run = ('su postgres -c "/usr/lib/postgresql/15/bin/initdb -D /srv/pg" && '
           'su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl -D /srv/pg/ -w start"')
    assert _reason("postgresql", run) is None


def test_pg_ctl_on_a_packaged_cluster_declines_inside_su():
    why = _reason("postgresql", 'su postgres -c "/usr/lib/postgresql/15/bin/pg_ctl '
                  '-D /var/lib/postgresql/15/main start"')
    assert "PostgreSQL server on /var/lib/postgresql/15/main" in why
