# a .deb installed before the build (Python from the distribution's packages): the runner
# installs those packages again by name and no archive has this one, so the build runs
# from that RUN on with its effect captured, where a dpkg hook keeps the file for the runner
FROM debian:buster
RUN apt-get update && apt-get install -y python3 python3-pip wget \
    && wget -q https://example.com/tool_1.0_amd64.deb && dpkg -i tool_1.0_amd64.deb
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "main.py"]
