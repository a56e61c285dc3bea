# the user's home is named with a build argument: the runner declares it once, before the
# user creation that moves ahead of the WORKDIR in the home
FROM golang:1.21-bookworm
ARG USERNAME=gopher
RUN useradd --create-home --shell /bin/bash ${USERNAME}
WORKDIR /home/${USERNAME}/app
COPY go.mod main.go ./
RUN go build -o server .
USER ${USERNAME}
CMD ["./server"]
