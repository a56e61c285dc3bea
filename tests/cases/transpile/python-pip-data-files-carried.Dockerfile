# `pip install xgboost==0.90` writes libxgboost.so outside site-packages: the wheel's
# .data/data/xgboost goes to sys.prefix/xgboost (/usr/local/xgboost), where xgboost's
# libpath looks for it at import.  Whatever a requirements file installs, the builder
# gathers the files pip's RECORDs name outside site-packages and /usr/local/bin and the
# runner copies them to the same paths (nothing where there are none)
FROM python:3.7-buster
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir xgboost==0.90 && pip install --no-cache-dir flask==3.0.0
COPY . .
CMD ["python", "predict.py"]
