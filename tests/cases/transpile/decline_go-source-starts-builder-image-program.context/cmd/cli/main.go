package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	if len(os.Args) > 2 && os.Args[1] == "exec" {
		cmd := exec.Command("ssh", "-o", "StrictHostKeyChecking=no", os.Args[2])
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			os.Exit(1)
		}
		return
	}
	fmt.Println("usage: cli exec HOST")
}
