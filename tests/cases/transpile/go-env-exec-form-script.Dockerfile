# `env` runs the script's shell: env's options and assignments are transparent, the
# script is read (with --context) and env itself is a program the runner must have,
# so the runner has a shell (distroless has no env)
FROM golang:1.22-bookworm
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/server .
CMD ["/usr/bin/env", "-u", "OLDPWD", "--", "MODE=prod", "sh", "start.sh"]
