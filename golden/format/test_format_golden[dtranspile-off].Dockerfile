FROM alpine
# dtranspile: off
run    echo   kept   \
         as is
env K    v


# dtranspile: on
RUN echo   formatted
