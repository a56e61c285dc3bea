package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	conf, err := os.Open("/etc/greeter.conf")
	if err != nil {
		fmt.Println("no config:", err)
		os.Exit(1)
	}
	defer conf.Close()
	settings := map[string]string{}
	scan := bufio.NewScanner(conf)
	for scan.Scan() {
		if k, v, ok := strings.Cut(scan.Text(), "="); ok {
			settings[k] = v
		}
	}
	page, err := os.ReadFile(settings["page"])
	if err != nil {
		fmt.Println("no page:", err)
		os.Exit(2)
	}
	fmt.Printf("%s: %s", settings["name"], page)
	if _, err := os.Stat("/usr/share/greeter/old.html"); os.IsNotExist(err) {
		fmt.Println("old page removed")
	}
}
