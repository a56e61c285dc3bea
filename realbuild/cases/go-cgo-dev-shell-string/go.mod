module example.com/janssonnorm

go 1.19
