// A GOPATH-era service run in its own folder: it reads the project's config beside it.
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile("../config/greeting.txt")
	if err != nil {
		fmt.Println("config:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
