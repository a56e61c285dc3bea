# Home Assistant's shape: a script of the build context runs before the pip build and
# installs what the program runs (nmap, ffmpeg, libcec ...); its text is not read and the
# slim runner would have none of it: declined, naming the RUN and the COPY
FROM python:3.6
WORKDIR /usr/src/app
COPY virtualization/Docker/ virtualization/Docker/
RUN virtualization/Docker/setup_docker_prereqs
COPY requirements_all.txt requirements_all.txt
RUN pip3 install --no-cache-dir -r requirements_all.txt
COPY . .
CMD ["python", "-m", "homeassistant", "--config", "/config"]
