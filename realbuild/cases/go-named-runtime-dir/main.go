// Serves (here: prints) its web page from static/ on disk, as grpc-ui's UI or
// freegeoip's public/ are read at run time rather than compiled in.
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile("static/index.html")
	if err != nil {
		fmt.Println("page:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
