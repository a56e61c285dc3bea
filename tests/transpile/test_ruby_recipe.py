"""The Ruby recipe's declines say what they found (the golden cases only check that
they decline), and its readings of bundler and gem command lines."""

from pathlib import Path

import pytest

from transpiler.multistage.api import transpile
from transpiler.multistage.recipes.ruby import RECIPE, _config_reads, _subcommand

CASES = Path(__file__).resolve().parent.parent / "cases" / "transpile"


@pytest.mark.parametrize("case,words", [
    ("decline_ruby-cmd-bundle-install", "`bundle install`"),
    ("decline_ruby-rake-default-task", "`rake (default)`"),
    ("decline_ruby-node-tarball-usr-local", "writes /usr/local in the builder"),
    ("decline_ruby-gem-update-system", "gem update --system"),
    ("decline_ruby-bundle-exec-shell-script", "`bundle exec ./run.sh`"),
    ("decline_ruby-foreman-procfile", "foreman start"),
    ("decline_ruby-alpine-removes-everything", "removes every package"),
    ("decline_ruby-jekyll-serve", "jekyll builds the site at run time"),
    ("decline_ruby-gemrc-bindir", "writes a gemrc whose options move"),
    ("decline_ruby-arg-from-slim", "chosen by a build argument"),
    ("decline_ruby-imagemagick-dev-unmapped", "loads coders and configuration files"),
])
def test_decline_reasons(case, words):
    result = transpile((CASES / f"{case}.Dockerfile").read_text())
    assert result.report.declined
    assert words in result.report.reason


def test_bundler_default_command_is_install():
    assert _subcommand(("bundle",))[0] == "install"
    assert _subcommand(("bundle", "--jobs", "4"))[0] == "install"
    assert _subcommand(("bundle", "exec", "rake"))[0] == "exec"


def test_bundle_config_writes():
    assert not _config_reads(["build.nokogiri", "--use-system-libraries"])
    assert not _config_reads(["set", "without", "test"])
    assert not _config_reads(["--delete", "https://example.org"])
    assert _config_reads([])
    assert _config_reads(["get", "path"])
    assert _config_reads(["path"])


@pytest.mark.parametrize("words,ok", [
    (("rails", "server", "-b", "0.0.0.0"), True),
    (("rake", "db:migrate"), True),
    (("rails", "assets:precompile"), True),
    (("rake", "spec"), False),
    (("rake", "compile"), False),
    (("rails", "generate", "model"), False),
])
def test_rake_and_rails_tasks(words, ok):
    from transpiler.multistage.recipes.base import Decline
    try:
        RECIPE._check_task(words[0], words[1:])
        assert ok
    except Decline:
        assert not ok


def test_global_bundle_config_of_a_user_whose_home_is_unknown():
    # (an account of the image's own: its home only the image's passwd shows)
    text = ("FROM ruby:2.6\nUSER app\nWORKDIR /srv/src\nCOPY . .\n"
            "RUN bundle config set without test && bundle install\n"
            'CMD ["bundle", "exec", "ruby", "app.rb"]\n')
    result = transpile(text)
    assert result.report.declined
    assert "home of user app" in result.report.reason


def test_global_bundle_config_of_a_user_the_dockerfile_creates():
    # (useradd -m app records /home/app: the settings are read there; without the
    # context the decline is about the gems, not the home)
    text = ("FROM ruby:2.6\nRUN useradd -m app\nUSER app\nWORKDIR /home/app/src\nCOPY . .\n"
            "RUN bundle config set without test && bundle install\n"
            'CMD ["bundle", "exec", "ruby", "app.rb"]\n')
    result = transpile(text)
    assert result.report.declined
    assert "home of user" not in result.report.reason
    assert "Gemfile.lock is not read" in result.report.reason
    read = transpile(text, context=CASES / "ruby-bundle-exec-ruby-binstub.context")
    assert not read.report.declined, read.report.reason
    assert "COPY --from=builder /home/app/.bundle/config /home/app/.bundle/config\n" in \
        read.output


def test_gemfile_lock_gem_of_the_full_image_keeps_the_full_image():
    name = "ruby-gemfile-lock-mini-magick"
    result = transpile((CASES / f"{name}.Dockerfile").read_text(),
                       context=CASES / f"{name}.context")
    assert result.report.runner == "ruby:2.6.5"
    # without the context the lock is not read: the gems are unknown, so declined
    without = transpile((CASES / f"{name}.Dockerfile").read_text())
    assert without.report.declined and "Gemfile.lock is not read" in without.report.reason


def test_gemrc_of_the_context_is_read_or_declined():
    name = "ruby-gemrc-context"
    text = (CASES / f"{name}.Dockerfile").read_text()
    unread = transpile(text)
    assert unread.report.declined and "give --context" in unread.report.reason
    read = transpile(text, context=CASES / f"{name}.context")
    assert not read.report.declined, read.report.reason


def test_bundle_exec_of_a_ruby_file_of_the_context():
    name = "ruby-bundle-exec-ruby-binstub"
    text = (CASES / f"{name}.Dockerfile").read_text()
    unread = transpile(text)
    assert unread.report.declined and "bundle exec bin/server" in unread.report.reason
    read = transpile(text, context=CASES / f"{name}.context")
    assert not read.report.declined, read.report.reason
    assert read.report.runner == "ruby:2.7-slim"


def test_gem_install_dir_short_option_is_carried():
    text = ("FROM ruby:2.6-slim\nRUN apt-get update && apt-get install -y gcc make\n"
            "RUN gem i -i/opt/gems thin\nENV GEM_PATH=/opt/gems\n"
            'CMD ["ruby", "-e", "require %q(thin)"]\n')
    result = transpile(text)
    assert not result.report.declined, result.report.reason
    assert "COPY --from=builder /opt/gems /opt/gems" in result.output
