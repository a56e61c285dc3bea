module example.com/sqlitehello

go 1.18
