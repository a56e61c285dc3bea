# `yarn serve` runs the package.json script "serve" (yarn's shorthand for `yarn run
# serve`); without the build context it is unread (Vue CLI's is `vue-cli-service serve`,
# a dev dependency), so the dev dependencies stay in the runner
FROM node:18 AS builder
WORKDIR /usr/src/app
COPY . /usr/src/app
RUN yarn
RUN yarn build

FROM node:18
WORKDIR /usr/src/app
COPY --from=builder /usr/src/app /usr/src/app
EXPOSE 8080
CMD ["yarn", "serve"]
