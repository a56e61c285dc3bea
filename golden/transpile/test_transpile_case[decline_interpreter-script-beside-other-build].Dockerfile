# A Django program (`python3 manage.py runserver`) beside the npm build the transpiler
# reads: the node recipe's runner carries the npm build's outputs, not python3 and what
# the script needs
FROM node:20-alpine
RUN apk add --no-cache python3 py3-pip
WORKDIR /app
COPY requirements.txt package.json ./
RUN pip3 install --break-system-packages -r requirements.txt
RUN npm install
COPY . .
RUN npm run build
CMD python3 manage.py runserver 0.0.0.0:8000
