# the system's OpenSSL configuration edited with perl -pi before the build, as sed -i
# edits it in python-openssl-cnf-edit-carried: an edit in place of the image's file,
# which OpenSSL reads at run time, so the slim runner gets it as edited (perl was no
# edit in place before, and the runner kept its own openssl.cnf)
FROM python:3.11
RUN perl -pi -e 's/^CipherString = DEFAULT\@SECLEVEL=2/CipherString = DEFAULT\@SECLEVEL=1/' /etc/ssl/openssl.cnf
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
