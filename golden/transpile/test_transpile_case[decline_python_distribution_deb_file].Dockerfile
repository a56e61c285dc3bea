FROM debian:buster
RUN apt-get update && apt-get install -y python3 python3-pip wget \
    && wget -q https://example.com/tool_1.0_amd64.deb && dpkg -i tool_1.0_amd64.deb
WORKDIR /app
COPY . .
RUN pip3 install -r requirements.txt
CMD ["python3", "main.py"]
