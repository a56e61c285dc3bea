# the script is the CMD's word after an exec-form ENTRYPOINT of python, in the final
# WORKDIR /root, where a download puts it
FROM python:3.11-slim
WORKDIR /root
RUN pip install requests && wget -q https://example.com/run.py
ENTRYPOINT ["python"]
CMD ["run.py"]
