// A static CLI: prints its arguments and a checksum,
// and exits with a code that depends on the input (so the exit status is compared too).
package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"runtime"
	"strings"
)

func main() {
	args := os.Args[1:]
	sum := sha256.Sum256([]byte(strings.Join(args, " ")))
	fmt.Printf("hello, %s!\n", strings.Join(args, ", "))
	fmt.Printf("sha256=%x\n", sum[:8])
	fmt.Printf("goos=%s goarch=%s\n", runtime.GOOS, runtime.GOARCH)
	os.Exit(len(args) % 4)
}
