# syntax=docker/dockerfile:1
#  check=skip=JSONArgsRecommended

from alpine
