# uwsgi is compiled by pip on the full python image, where buildpack-deps' libxml2 is:
# it links libxml2.so.2, which the slim runner lacks.  The builder reads what the
# copied programs and modules load (ldd) and the runner adds the libraries it has none of
FROM python:2.7
WORKDIR /src/demo
EXPOSE 8080
RUN pip install Django==1.9.2 uwsgi==2.0
ENTRYPOINT ["uwsgi"]
CMD ["--socket", "0.0.0.0:8080", "--module", "demo.wsgi:application", "--chdir", "/src/demo"]
