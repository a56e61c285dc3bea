module github.com/example/api/v2

go 1.22
