// Command pare prints the clean articles of saved web pages.
//
//	pare page.html              the article(s) as text
//	pare -format json pages/    one JSON object per page
//	curl -s URL | pare -url URL -
//
// See the README for every flag and the JSON shape.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
