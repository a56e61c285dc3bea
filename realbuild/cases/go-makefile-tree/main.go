// Built by a Makefile the Dockerfile does not show: a cgo program (linked against the
// builder's glibc) that reads a file the Makefile generated beside it in bin/.
package main

/*
#include <gnu/libc-version.h>
*/
import "C"

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	exe, err := os.Executable()
	if err != nil {
		fmt.Println("executable:", err)
		os.Exit(1)
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(exe), "greeting.txt"))
	if err != nil {
		fmt.Println("greeting:", err)
		os.Exit(2)
	}
	fmt.Println(strings.TrimSpace(string(data)), strings.Join(os.Args[1:], " "))
	fmt.Println("glibc", C.GoString(C.gnu_get_libc_version()) != "")
}
