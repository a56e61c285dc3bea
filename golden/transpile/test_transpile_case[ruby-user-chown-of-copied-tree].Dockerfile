# the user is created again in the runner before the copies (its home); the chown of
# /home/app/src is not repeated there: that tree comes by COPY --from=builder, which keeps
# the owners the builder gave its contents, and the directory itself, which such a copy
# leaves root's, takes its owner from an empty one the builder stages (before:
# `useradd -m app && -R app ...`, newread d98cd1ad)
FROM ruby:2.7-slim AS builder
RUN apt-get update && apt-get install -y build-essential && useradd -m app && mkdir -p /home/app/src && cd /home/app/src && gem install rack && chown -R app /home/app/src && rm -rf /var/lib/apt/lists/*
# /home/app/src as an empty directory with its owner and mode here, for the runner (a copy keeps a child's owner and mode, not its target's)
# hadolint ignore=DL3059
RUN mkdir -p /var/lib/dtranspile/workdir && if [ -d /home/app/src ]; then mkdir /var/lib/dtranspile/workdir/src && chown "$(stat -c %u:%g /home/app/src)" /var/lib/dtranspile/workdir/src && chmod "$(stat -c %a /home/app/src)" /var/lib/dtranspile/workdir/src; fi

FROM ruby:2.7-slim
RUN apt-get update && apt-get install -y --no-install-recommends libatomic1 libgomp1 && rm -rf /var/lib/apt/lists/*
# user created by the RUN at line 7 of the original
RUN useradd -m app
WORKDIR /home/app/src
COPY --from=builder /usr/local/bundle/bin/rackup /usr/local/bundle/bin/rackup
COPY --from=builder /usr/local/bundle /usr/local/bundle
COPY --from=builder /home/app/src /home/app/src
# /home/app/src with the original's owner and mode (a WORKDIR or a copy here makes it root's 0755)
COPY --from=builder /var/lib/dtranspile/workdir /home/app/
USER app
CMD ["rackup"]
