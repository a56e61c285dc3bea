"""A tool's global options before the subcommand (recipes/global_options): moved after
it, so the readers of pip, poetry, pipenv, npm, yarn, go and cargo commands see ``pip
install ...``; an option that changes the tool's directory moves the step there; any
other word first keeps the command as written."""
from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.global_options import read, subcommand_first


def test_general_options_move_after_the_subcommand():
    assert subcommand_first(("pip", "--no-cache-dir", "install", "-r", "r.txt")) == \
        ("pip", "install", "--no-cache-dir", "-r", "r.txt")
    assert subcommand_first(("pip3", "-qq", "--timeout", "60", "--proxy=http://p:3128",
                             "install", "x")) == \
        ("pip3", "install", "-qq", "--timeout", "60", "--proxy=http://p:3128", "x")
    assert subcommand_first(("/usr/bin/python3", "-m", "pip", "--disable-pip-version-check",
                             "install", ".")) == \
        ("/usr/bin/python3", "-m", "pip", "install", "--disable-pip-version-check", ".")


def test_other_commands_and_options_stay():
    for argv in (("pip", "install", "x"), ("pip", "--index-url", "u", "install", "x"),
                 ("pip", "--python", "/v/bin/python", "install", "x"),
                 ("pip", "--isolated", "install", "x"), ("pip", "--no-cache-dir"),
                 ("python", "-q", "install")):
        assert subcommand_first(argv) == argv


def test_install_with_general_options_first_is_read():
    result = transpile("FROM python:3.11-bookworm\nRUN apt-get update && apt-get install -y "
                       "libsnappy-dev\nWORKDIR /app\nCOPY . .\n"
                       "RUN pip --no-cache-dir install -r requirements.txt\n"
                       'CMD ["python", "app.py"]\n')
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /usr/local/lib/python3.11/site-packages" in result.output


def _read(text):
    got = read(tuple(text.split()))
    return " ".join(got.argv), got.directory


def test_each_tools_global_options():
    assert _read("poetry --no-interaction install") == ("poetry install --no-interaction", None)
    assert _read("poetry -n -vv install --no-dev") == ("poetry install -n -vv --no-dev", None)
    assert _read("pipenv --python 3.8 install --system") == \
        ("pipenv install --python 3.8 --system", None)
    assert _read("npm --silent install") == ("npm install --silent", None)
    assert _read("npm --loglevel error --registry=https://r ci") == \
        ("npm ci --loglevel error --registry=https://r", None)
    assert _read("npm --production false install") == ("npm install --production=false", None)
    assert _read("npm -g install serve") == ("npm install -g serve", None)
    assert _read("cargo --locked -q build --release") == ("cargo build --locked -q --release",
                                                         None)
    assert _read("cargo +nightly build") == ("cargo build", None)


def test_directory_options_move_the_command():
    assert _read("poetry -C svc install") == ("poetry install", "svc")
    assert _read("poetry --directory=/app/svc -n install") == ("poetry install -n", "/app/svc")
    assert _read("npm --prefix server ci") == ("npm ci", "server")
    assert _read("npm -C server run build") == ("npm run build", "server")
    assert _read("yarn --cwd web install --frozen-lockfile") == \
        ("yarn install --frozen-lockfile", "web")
    assert _read("yarn --cwd web") == ("yarn", "web")  # (no subcommand: yarn installs)
    assert _read("go -C cmd/api build -o /out/api .") == ("go build -o /out/api .", "cmd/api")
    assert _read("go build -C cmd/api -o api .") == ("go build -o api .", "cmd/api")
    # npm reads its options anywhere up to `--`, yarn 1 those after its own commands
    assert _read("npm ci --prefix server --omit=dev") == ("npm ci --omit=dev", "server")
    assert _read("npm run build --prefix=client") == ("npm run build", "client")
    assert _read("yarn install --cwd web --frozen-lockfile") == \
        ("yarn install --frozen-lockfile", "web")


def test_directory_options_after_the_subcommand_left_as_written():
    # a script's words (yarn's, and npm's after `--`), two directories, workspaces
    for text in ("yarn build --cwd web", "yarn run build --cwd web",
                 "npm run build -- --prefix x", "npm --prefix a ci --prefix b",
                 "npm ci --prefix a -w pkg", "npm install -g --prefix /opt/g x",
                 "npm ci --prefix"):
        assert _read(text) == (text, None)


def test_as_the_tools_read_them():
    # yarn's --production [prod] binds the next word: no subcommand, so an install
    assert _read("yarn --production build") == ("yarn --production", None)
    assert _read("yarn --prod false") == ("yarn --prod=false", None)
    # go reads -C only first (after go or after the subcommand)
    assert _read("go build -o x -C dir .") == ("go build -o x -C dir .", None)
    # a global install's --prefix is the global prefix, not the project's directory
    assert _read("npm --prefix /usr/local -g install x") == \
        ("npm --prefix /usr/local -g install x", None)


def test_unread_and_stopping_options_stay():
    for text in ("npm -v", "npm --version", "npm -w pkg run build", "yarn -v", "cargo --version",
                 "cargo -V", "poetry --version", "pipenv --site-packages install",
                 "poetry -P dir install", "npm --prefix", "go -C", "mvn -B -q package"):
        assert _read(text) == (text, None)


def test_directory_options_transpile_in_that_directory():
    result = transpile("FROM node:20-bookworm\nWORKDIR /app\nCOPY . .\n"
                       "RUN npm --prefix server ci\n" 'CMD ["node", "server/index.js"]\n')
    assert not result.report.declined, result.report.reason
    assert "find /app/server -type f" in result.output
    result = transpile("FROM golang:1.21-bookworm\nWORKDIR /src\nCOPY . .\n"
                       "RUN go -C cmd/server build -o server .\n"
                       'CMD ["/src/cmd/server/server"]\n')
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /src/cmd/server/server /src/cmd/server/server" in result.output


def test_maven_project_option():
    from transpiler.multistage.recipes.java import _project_directory

    assert _project_directory("mvn", ("mvn", "-f", "svc/pom.xml", "package"), "/src") == \
        ("/src/svc", None)
    assert _project_directory("mvn", ("mvn", "--file=svc", "package"), "/src") == ("/src/svc", None)
    assert _project_directory("mvn", ("mvn", "-fae", "package"), "/src") == ("/src", None)
    assert _project_directory("gradle", ("gradle", "-p", "app", "build"), "/src") == \
        ("/src/app", None)
    for argv in (("mvn", "-f", "pom-docker.xml", "package"), ("mvn", "-pl", "core", "package"),
                 ("mvn", "-f", "$DIR/pom.xml", "package")):
        assert _project_directory("mvn", argv, "/src")[1]


def test_one_reader_of_directory_options():
    # global_options.directory_options finds them where the tool reads them; read()
    # moves the command with exactly one, node_commands.package_directory takes the last
    from transpiler.multistage.recipes.global_options import directory_options
    from transpiler.multistage.recipes.node_commands import package_directory

    def found(text):
        return [(o.value, o.option) for o in directory_options(tuple(text.split()))]
    assert found("npm ci --prefix server") == [("server", "--prefix")]
    assert found("npm --prefix a ci --prefix=b") == [("a", "--prefix"), ("b", "--prefix")]
    assert found("npm start -- --prefix a") == []
    assert found("npm ci --prefix") == [(None, "--prefix")]
    assert found("yarn install --cwd web") == [("web", "--cwd")]
    assert found("yarn --cache-folder /c --cwd web install") == [("web", "--cwd")]
    assert found("yarn build --cwd web") == []  # (the script's words)
    assert found("pnpm -C web install") == [("web", "-C")]
    assert found("pnpm install --dir=web") == [("web", "--dir")]
    assert found("pnpm --filter api -C web install") == [("web", "-C")]
    assert found("pnpm run build -C web") == []  # (the script's words)
    assert found("pip install --prefix /x y") == []
    for text in ("npm ci --prefix server --omit=dev", "npm -C server run build",
                 "yarn --cwd web install", "yarn install --cwd web --frozen-lockfile",
                 "npm --prefix a ci --prefix b", "npm --prefix /opt/g -g install x",
                 "pnpm --dir=web install", "npm start -- --prefix a", "yarn build --cwd x"):
        argv = tuple(text.split())
        directory, rest = package_directory(argv[0], argv[1:])
        reading = read(argv)
        assert directory == (reading.directory or (found(text)[-1][0] if found(text) else None))
        if reading.directory is not None:
            assert set(rest) == set(reading.argv[1:])


def test_pnpm_directory_option():
    # pnpm -C/--dir (--prefix, renamed dir) runs pnpm in that directory, before or after
    # an install command (nopt); after a script's name the words are the script's
    assert _read("pnpm -C web install --frozen-lockfile") == \
        ("pnpm install --frozen-lockfile", "web")
    assert _read("pnpm --dir=web run build") == ("pnpm run build", "web")
    assert _read("pnpm install --dir web --prod") == ("pnpm install --prod", "web")
    assert _read("pnpm --silent install") == ("pnpm install --silent", None)
    # filters, recursion, the workspace root and a global install name no one directory
    for text in ("pnpm --filter api -C web install", "pnpm -r -C web install",
                 "pnpm -w -C web install", "pnpm -C /opt/g add -g x", "pnpm run build -C web",
                 "pnpm -C a install --dir b"):
        assert _read(text) == (text, None)
