# `./waf install` puts the libraries it built in /usr/local/lib, like make install:
# they are gathered in the builder and copied to the runner, which runs ldconfig
FROM python:3.11-bookworm
RUN apt-get update && apt-get install -y build-essential libfftw3-dev libyaml-dev \
    && git clone https://github.com/MTG/essentia.git /essentia && cd /essentia \
    && python3 ./waf configure --with-python && python3 ./waf && python3 ./waf install && ldconfig \
    && cd / && rm -rf /essentia
RUN pip install numpy==1.26.4 librosa
ADD analyze.py /
ENTRYPOINT [ "python", "/analyze.py" ]
