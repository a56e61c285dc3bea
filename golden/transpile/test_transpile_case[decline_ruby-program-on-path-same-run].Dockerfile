# a program put on the PATH by hand in the RUN that also installs the gems
# (wkhtmltopdf, which pdfkit runs): the runner gets GEM_HOME and the app, not /usr/bin
FROM ruby:2.6
WORKDIR /app
COPY . .
RUN curl -sSLo /usr/bin/wkhtmltopdf https://example.org/wkhtmltopdf && chmod +x /usr/bin/wkhtmltopdf && bundle install
CMD ["bundle", "exec", "puma"]
