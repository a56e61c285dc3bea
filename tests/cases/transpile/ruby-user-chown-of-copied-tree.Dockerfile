# the user is created again in the runner before the copies (its home); the chown of
# /home/app/src is not repeated there: that tree comes by COPY --from=builder, which keeps
# the owners the builder gave its contents, and the directory itself, which such a copy
# leaves root's, takes its owner from an empty one the builder stages (before:
# `useradd -m app && -R app ...`, newread d98cd1ad)
FROM ruby:2.7-slim
RUN apt-get update && apt-get install -y build-essential && useradd -m app && mkdir -p /home/app/src && cd /home/app/src && gem install rack && chown -R app /home/app/src && rm -rf /var/lib/apt/lists/*
WORKDIR /home/app/src
USER app
CMD ["rackup"]
