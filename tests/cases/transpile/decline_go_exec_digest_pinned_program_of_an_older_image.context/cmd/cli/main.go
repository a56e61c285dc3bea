package main

import "os/exec"

func main() {
	_ = exec.Command("bzr", "branch", "lp:example").Run()
}
