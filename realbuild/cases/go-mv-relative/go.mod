module github.com/ggicci/docker-example-server

go 1.19
