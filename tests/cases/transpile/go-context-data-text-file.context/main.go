package main
import ("fmt";"os")
func main(){b,_:=os.ReadFile("words.txt");fmt.Print(string(b))}
