# the zone is set inside the RUN that builds (tzdata, then the link): the runner
# installs tzdata again but would not have the link; it gets the builder's
FROM python:3.11-alpine3.19
WORKDIR /app
COPY . .
RUN apk add --no-cache gcc musl-dev libffi-dev tzdata \
 && ln -sf /usr/share/zoneinfo/Asia/Shanghai /etc/localtime \
 && echo "Asia/Shanghai" > /etc/timezone \
 && pip install --no-cache-dir -r requirements.txt \
 && apk del gcc musl-dev libffi-dev
CMD ["python", "app.py"]
