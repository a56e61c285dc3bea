module example.org/deployhelper

go 1.19
