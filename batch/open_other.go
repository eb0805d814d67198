//go:build !unix

package batch

// openFlags adds nothing where there is no O_NONBLOCK.
const openFlags = 0
