# Miniconda on CentOS: no runner of the same RPM distribution with its packages
# installed again is built, and the image does not show the Python X.Y
FROM centos:7
RUN yum install -y gcc make bzip2 curl && yum clean all
RUN curl -fsSLo /tmp/mc.sh https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh \
    && bash /tmp/mc.sh -b -p /opt/conda && rm /tmp/mc.sh
ENV PATH=/opt/conda/bin:$PATH
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
