// Reads a runtime config file, converts a fixed instant into time zones (needs tzdata in
// the image) and reports the user it runs as (needs the user in /etc/passwd).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/user"
	"time"
)

type config struct {
	Zones []string `json:"zones"`
	At    string   `json:"at"`
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Println("config:", err)
		os.Exit(2)
	}
	var c config
	if err := json.Unmarshal(data, &c); err != nil {
		fmt.Println("config:", err)
		os.Exit(2)
	}
	at, _ := time.Parse(time.RFC3339, c.At)
	for _, z := range c.Zones {
		loc, err := time.LoadLocation(z)
		if err != nil {
			fmt.Println(z, "error:", err)
			continue
		}
		fmt.Println(z, at.In(loc).Format("2006-01-02 15:04 MST"))
	}
	u, err := user.Current()
	if err != nil {
		fmt.Println("user:", err)
	} else {
		fmt.Printf("user=%s uid=%s\n", u.Username, u.Uid)
	}
	wd, _ := os.Getwd()
	fmt.Println("cwd", wd)
}
