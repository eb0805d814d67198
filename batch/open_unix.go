//go:build unix

package batch

import "syscall"

// openFlags makes opening a FIFO return at once instead of waiting for a
// writer, should one replace a regular file between the walk's Lstat and
// the open; on a regular file O_NONBLOCK has no effect.
const openFlags = syscall.O_NONBLOCK
