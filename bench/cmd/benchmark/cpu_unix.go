//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuSeconds is the CPU time this process has used so far, user and
// system, all threads (so the collector's background work counts). Unlike
// wall time it barely moves when other processes load the machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
