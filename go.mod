module github.com/pare-dev/pare

go 1.26.0

require (
	github.com/andybalholm/cascadia v1.3.5 // indirect
	golang.org/x/net v0.62.0 // indirect
)
