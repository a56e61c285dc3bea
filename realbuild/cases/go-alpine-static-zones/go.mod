module example.com/tzclock

go 1.24
