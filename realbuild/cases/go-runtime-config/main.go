// Reads its configuration relative to the working directory, as many services do
// (conf/application.conf, Rocket.toml, templates/).
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile("conf/app.conf")
	if err != nil {
		fmt.Println("config:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
