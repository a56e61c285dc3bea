// Reads site.conf beside its own executable, then the template it names, in the
// directory an archive the build unpacked filled (standing in for curl ... | tar -xz of
// a site bundle), that the build compiled the program into and whose site.conf a later
// RUN edits (sed -i) and prunes (find -delete): the runner must have that directory
// whole, as the build left it, not the program alone.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	self, err := os.Executable()
	if err != nil {
		fmt.Println("executable:", err)
		os.Exit(1)
	}
	dir := filepath.Dir(self)
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err == nil {
		fmt.Println("README.md was not pruned")
		os.Exit(1)
	}
	conf, err := os.ReadFile(filepath.Join(dir, "site.conf"))
	if err != nil {
		fmt.Println("config:", err)
		os.Exit(1)
	}
	line := strings.TrimSpace(string(conf))
	if !strings.HasPrefix(line, "greeting=") {
		fmt.Println("config not edited:", line)
		os.Exit(1)
	}
	data, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(line, "greeting=")))
	if err != nil {
		fmt.Println("template:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
