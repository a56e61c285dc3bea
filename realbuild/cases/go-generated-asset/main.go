// Serves (here: prints) a web asset the build generated next to its sources, as
// uchiwa reads the bower components npm install fetched into public/.
package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile("public/app.js")
	if err != nil {
		fmt.Println("asset:", err)
		os.Exit(1)
	}
	fmt.Print(string(data))
}
