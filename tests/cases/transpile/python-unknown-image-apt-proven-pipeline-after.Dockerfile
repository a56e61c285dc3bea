# The apt-get install at line 6 is followed by a pipeline (`curl ... | python3`) joined by
# `&&`: a failed install skips it and fails the RUN, so the install still proves the
# unknown image Debian-family; the runner is the same image, gcc and libxml2-dev stay in
# the builder, and pip (get-pip's) and what it installed are captured
FROM registry.example.com/acme/web-base:5
RUN apt-get update && apt-get install -y --no-install-recommends gcc libxml2-dev curl \
    && curl -sSL https://bootstrap.pypa.io/get-pip.py | python3
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python3", "app.py"]
