# ubuntu has no slim image: the runner would be ubuntu:22.04 itself, and the build
# installs no package that could stay in the builder (no compiler, no -dev package):
# and pip keeps no cache (--no-cache-dir): the final image would hold what the original
# holds, so nothing is gained
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN pip3 install --no-cache-dir -r requirements.txt
CMD ["python3", "app.py"]
