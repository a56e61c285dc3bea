module example.com/cxxhello

go 1.19
