# On the official python image: the checkout the final PYTHONPATH names (cloned before
# the install, its extension built in place after it) reaches the slim runner whole,
# and the full image's libraries its compiled files load are read with the rest
FROM python:3.11-bookworm
RUN git clone --depth 1 https://github.com/example/fastgeo.git /opt/fastgeo
RUN pip install --no-cache-dir numpy cython
RUN cd /opt/fastgeo && python setup.py build_ext --inplace
ENV PYTHONPATH=/opt/fastgeo
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
