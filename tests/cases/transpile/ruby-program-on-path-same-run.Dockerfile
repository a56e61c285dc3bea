# a program put on the PATH by hand in the RUN that also installs the gems
# (wkhtmltopdf, which pdfkit runs): the runner gets GEM_HOME, the app and the program at
# its path; the builder's library scan reads it, and the runner tests it
FROM ruby:2.6
WORKDIR /app
COPY . .
RUN curl -sSLo /usr/bin/wkhtmltopdf https://example.org/wkhtmltopdf && chmod +x /usr/bin/wkhtmltopdf && bundle install
CMD ["bundle", "exec", "puma"]
