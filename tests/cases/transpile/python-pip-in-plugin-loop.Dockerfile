FROM python:3.11-alpine3.19
RUN apk add --no-cache gcc musl-dev libffi-dev
WORKDIR /opt/app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
# a loop over a glob whose pip installs go to the default site-packages (the loop
# variable is only the value of -r)
RUN for d in app/plugins/*; do \
        if [ -f "$d/requirements.txt" ]; then \
            pip install --no-cache-dir -r "$d/requirements.txt"; \
        fi; \
    done
CMD ["python", "serve.py"]
