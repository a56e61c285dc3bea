# the script lies in a directory an archive unpacks and a mv renames (15606465's web2py):
# what the directory holds is not known from the Dockerfile's words, so it still declines
FROM ubuntu:22.04
RUN apt-get update && apt-get install -y curl unzip python3-pip
RUN pip3 install requests==2.31.0
RUN curl -o web2py.zip https://codeload.github.com/web2py/web2py/zip/R-2.9.11 && unzip web2py.zip && mv web2py-R-2.9.11 /home/web2py && rm web2py.zip
CMD python3 /home/web2py/web2py.py -i 0.0.0.0 -p 8000
