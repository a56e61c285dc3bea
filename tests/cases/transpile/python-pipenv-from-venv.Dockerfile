# pipenv installed into a virtualenv and run by its path: it does not install there.
# pipenv takes the active virtualenv by VIRTUAL_ENV alone (environments.is_in_virtualenv),
# unset here, so it makes its own under ~/.local/share/virtualenvs, as a bare `pipenv
# install` does; that directory goes to the runner, or a `pipenv run` in the unread
# start.sh finds no virtualenv for the project there (audit17a, 6519d661)
FROM python:3.11-bookworm
RUN python3 -m venv /venv
RUN /venv/bin/pip install pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN /venv/bin/pipenv install --deploy
COPY . .
CMD ["./start.sh"]
