// Writes a file into its working directory (/var/lib/notes, made 1000:1000 0700 by the
// build's RUN) and reports that directory's owner and mode: the runner has no shell and
// no stat, so the program prints them itself, as `stat -c '%u:%g %a' .` would.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	wd, _ := os.Getwd()
	fmt.Println("cwd", wd)
	fmt.Println("uid", os.Getuid(), "gid", os.Getgid())
	info, err := os.Stat(".")
	if err != nil {
		fmt.Println("stat:", err)
		os.Exit(2)
	}
	st := info.Sys().(*syscall.Stat_t)
	fmt.Printf("stat %d:%d %o\n", st.Uid, st.Gid, info.Mode().Perm())
	if err := os.WriteFile("state.txt", []byte("written\n"), 0o644); err != nil {
		fmt.Println("write failed:", err)
		return
	}
	back, _ := os.ReadFile("state.txt")
	fmt.Printf("write ok: %s", back)
}
