# `touch ~/.bash_aliases notes.txt` in /src, repeated in the runner whose WORKDIR is
# /app, is written again there with its relative words made absolute (/src/notes.txt);
# `~/.bash_aliases` is the shell's home as written, but the words are unquoted by then:
# whether it was `'~/x'` (a directory named `~`) is not known. Declined, saying so
# (main wrote /src/~/.bash_aliases, a directory named `~` in /src).
FROM python:3.11
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
WORKDIR /src
RUN touch ~/.bash_aliases notes.txt
WORKDIR /app
CMD ["python", "app.py"]
