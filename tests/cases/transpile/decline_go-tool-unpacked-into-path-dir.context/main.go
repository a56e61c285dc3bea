package main
import ("fmt";"os")
func main(){ b,_ := os.ReadFile("templates/index.html"); fmt.Println(string(b)) }
