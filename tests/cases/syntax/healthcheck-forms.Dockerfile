FROM alpine
HEALTHCHECK NONE
HEALTHCHECK CMD curl -f http://localhost/
HEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]
healthcheck cmd echo lower
