# the user is created again in the runner before the copies (its home); the chown of
# /home/app/src is not repeated there: that tree comes by COPY --from=builder, which keeps
# the owner the builder gave it (before: `useradd -m app && -R app ...`, newread d98cd1ad)
FROM ruby:2.7-slim AS builder
RUN apt-get update && apt-get install -y build-essential && useradd -m app && mkdir -p /home/app/src && cd /home/app/src && gem install rack && chown -R app /home/app/src && rm -rf /var/lib/apt/lists/*

FROM ruby:2.7-slim
# user created by the RUN at line 5 of the original
RUN useradd -m app
COPY --from=builder /usr/local/bundle/bin/rackup /usr/local/bundle/bin/rackup
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /home/app/src /home/app/src
WORKDIR /home/app/src
USER app
CMD ["rackup"]
