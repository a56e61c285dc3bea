// Prints the user id the container runs as and whether it owns its data directory:
// both come from the USERID build argument.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	info, err := os.Stat("/data")
	if err != nil {
		fmt.Println("no /data:", err)
		os.Exit(1)
	}
	owner := info.Sys().(*syscall.Stat_t).Uid
	fmt.Printf("uid=%d data-owner=%d\n", os.Getuid(), owner)
}
