module example.com/echoargs

go 1.19
