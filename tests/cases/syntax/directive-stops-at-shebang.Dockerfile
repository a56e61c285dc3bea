#!/usr/bin/env docker
# escape=`
FROM alpine
