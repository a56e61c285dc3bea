// Spools its input through a temporary file, as a non-root user: it needs a /tmp that
// any user may write (mode 1777), which every distribution image and distroless have
// and an empty root (scratch) does not.
package main

import (
	"bufio"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
)

func main() {
	f, err := os.CreateTemp("", "spool-*.txt")
	if err != nil {
		fmt.Println("temp file:", err)
		os.Exit(1)
	}
	defer os.Remove(f.Name())
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(f, "record %d\n", i)
	}
	f.Close()
	g, err := os.Open(f.Name())
	if err != nil {
		fmt.Println("reopen:", err)
		os.Exit(1)
	}
	lines := 0
	for s := bufio.NewScanner(g); s.Scan(); {
		lines++
	}
	g.Close()
	info, err := os.Stat(os.TempDir())
	if err != nil {
		fmt.Println("stat:", err)
		os.Exit(1)
	}
	u, _ := user.Current()
	fmt.Printf("spooled %d records in %s (mode %v) as uid %s\n", lines,
		filepath.Dir(f.Name()), info.Mode(), u.Uid)
}
