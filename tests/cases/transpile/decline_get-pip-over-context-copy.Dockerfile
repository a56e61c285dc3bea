# `wget URL` does not overwrite a file already there (it writes get-pip.py.1): after the
# build context is copied into the directory, the get-pip.py the Python runs may be the
# context's own, whose text is not read, rather than pip's installer
FROM ubuntu:22.04
WORKDIR /app
COPY . .
RUN apt-get update && apt-get install -y --no-install-recommends python3 wget \
    ca-certificates && rm -rf /var/lib/apt/lists/*
RUN wget https://bootstrap.pypa.io/get-pip.py && python3 get-pip.py
RUN pip install -r requirements.txt
CMD ["python3", "app.py"]
