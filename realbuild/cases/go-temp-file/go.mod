module example.com/spool

go 1.19
