// A program started with `go run .`: it reads messages.txt from its working directory
// and prints it --times times; the exit code depends on the argument.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	times := flag.Int("times", 1, "how many times")
	flag.Parse()
	data, err := os.ReadFile("messages.txt")
	if err != nil {
		fmt.Println("no messages:", err)
		os.Exit(3)
	}
	dir, _ := os.Getwd()
	for i := 0; i < *times; i++ {
		fmt.Printf("#%d %s (in %s)\n", i+1, strings.TrimSpace(string(data)), dir)
	}
	if *times != 2 {
		os.Exit(1)
	}
}
