//go:build !unix

package main

// openFlags is zero where there is no O_NONBLOCK; openPage's mode check
// before the open still keeps it off special files.
const openFlags = 0
