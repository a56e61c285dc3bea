// Reads the file its command names, relative to its working directory, where an
// archive the build unpacked put it (standing in for curl ... | tar -xz of a site's
// configuration): the runner must have that directory too.
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Println("config:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
