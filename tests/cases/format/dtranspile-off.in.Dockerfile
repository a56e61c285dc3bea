from alpine
# dtranspile: off
run    echo   kept   \
         as is
env K    v


# dtranspile: on
run    echo   formatted
