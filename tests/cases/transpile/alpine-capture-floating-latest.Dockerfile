# FROM alpine:latest floats: a RUN after the build clones data with git, which stays in
# the builder, so its effect is captured; the runner is alpine:latest too, which moves
# with the builder (the captured files are the builder release's)
FROM alpine:latest
RUN apk add --no-cache python3 py3-pip git
WORKDIR /app
COPY . .
RUN pip install --break-system-packages -r requirements.txt
RUN git clone --depth 1 https://github.com/example/data.git /opt/data
CMD ["python3", "app.py"]
