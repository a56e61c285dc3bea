package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	path, err := exec.LookPath("git")
	if err != nil {
		fmt.Println("no git:", err)
		os.Exit(3)
	}
	out, err := exec.Command("git", "--version").Output()
	if err != nil {
		fmt.Println("git failed:", err)
		os.Exit(4)
	}
	fmt.Println("git at", path)
	fmt.Println("git answers:", strings.HasPrefix(string(out), "git version "))
	dir, _ := os.MkdirTemp("", "repo")
	init := exec.Command("git", "init", "-q", dir)
	if err := init.Run(); err != nil {
		fmt.Println("git init failed:", err)
		os.Exit(5)
	}
	_, err = os.Stat(dir + "/.git/HEAD")
	fmt.Println("repository made:", err == nil)
}
