# the build writes a gemrc whose --bindir puts gem executables in ~/bin, not in
# GEM_HOME/bin: what gem install writes is not followed
FROM ruby:2.2
RUN useradd developer -m -s /bin/bash
USER developer
ENV HOME=/home/developer
ENV GEM_HOME=/home/developer/.gems
RUN echo "gem: --no-document --bindir ~/bin" > /home/developer/.gemrc
COPY . /home/developer/tool
RUN cd /home/developer/tool && gem build tool.gemspec && gem install tool-*.gem
CMD ["tool"]
