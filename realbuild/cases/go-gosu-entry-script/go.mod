module example.com/whoamigo

go 1.19
