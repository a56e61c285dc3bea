// Reads a data file a RUN before the build wrote outside the sources (a model, a
// GeoIP database, templates): the runner must have it too.
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile("/opt/data/model.txt")
	if err != nil {
		fmt.Println("model:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
