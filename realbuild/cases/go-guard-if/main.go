// Built after a guard that fails the build when go.mod is missing: prints the longest
// of its arguments and their total length, and exits with the number of arguments, so
// the output and the exit status tell a wrong or missing binary apart.
package main

import (
	"fmt"
	"os"
)

func main() {
	longest, total := "", 0
	for _, arg := range os.Args[1:] {
		total += len(arg)
		if len(arg) > len(longest) {
			longest = arg
		}
	}
	fmt.Printf("longest=%q total=%d\n", longest, total)
	os.Exit(len(os.Args) - 1)
}
