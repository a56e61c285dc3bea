#!/bin/sh
curl -fsS -X PUT http://db:5984/app
exec gunicorn -b 0.0.0.0:8000 app:app
