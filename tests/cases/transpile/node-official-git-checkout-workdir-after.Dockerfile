# the checkout is cloned by a RUN and the WORKDIR that makes it the program's directory
# comes after the build: git's files are the full image's own, which the builder stage
# (that does not repeat the final WORKDIR) still has for the runner to copy
FROM node:20-bookworm
RUN git clone https://github.com/example/dashboard.git && cd dashboard && npm install
WORKDIR /dashboard
CMD ["node", "."]
