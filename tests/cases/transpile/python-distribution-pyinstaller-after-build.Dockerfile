# pyinstaller after the build on a same-distribution runner: it bundles the
# interpreter and needs the shared libpython that python3-pip's Recommends
# (python3-dev) bring in the original, which the runner leaves out (draw10: WAIL)
FROM ubuntu:18.04
RUN apt-get update && apt-get install -y python3 python3-pip libgtk-3-0 \
    && rm -rf /var/lib/apt/lists/*
RUN pip3 install pyinstaller==3.4
WORKDIR /app
COPY requirements.txt ./
RUN pip3 install -r requirements.txt
COPY . ./
RUN pyinstaller --onefile app.py && mv /app/dist/app /app/app
ENTRYPOINT ["/app/app"]
