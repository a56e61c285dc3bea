// A CLI started by a shell entry script of the build context.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	year, err := os.ReadFile("/tmp/greeter/year")
	fmt.Println("hello", strings.Join(os.Args[1:], " "))
	fmt.Println("year file written by the script:", err == nil && len(year) > 0)
}
