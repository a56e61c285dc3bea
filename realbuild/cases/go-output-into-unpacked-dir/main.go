// Reads a template beside its own executable, in the directory an archive the build
// unpacked filled (standing in for curl ... | tar -xz of a site bundle) and that the
// build then compiled the program into: the runner must have that directory whole, not
// the program alone.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	self, err := os.Executable()
	if err != nil {
		fmt.Println("executable:", err)
		os.Exit(1)
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(self), "templates", "greeting.txt"))
	if err != nil {
		fmt.Println("template:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
