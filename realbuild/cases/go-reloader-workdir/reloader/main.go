// A live-reloader in miniature (as lime, gin or fresh): it builds and runs the Go
// sources of its working directory at run time, so it needs the Go toolchain there.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	cmd := exec.Command("go", "run", ".")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "reloader:", err)
		os.Exit(1)
	}
}
