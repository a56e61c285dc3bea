// What else the image must hold at run time, printed before main (the shared fixture
// sqlite-sum) sums in SQLite through cgo: git, a package the Dockerfile installs for run
// time (as the corpus files' go get images keep it), the CA bundle, and GOPATH.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func init() {
	err := exec.Command("git", "--version").Run()
	fmt.Println("git runs:", err == nil)
	_, err = os.Stat("/etc/ssl/certs/ca-certificates.crt")
	fmt.Println("ca bundle:", err == nil)
	fmt.Println("GOPATH:", os.Getenv("GOPATH"))
}
