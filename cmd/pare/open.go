package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// errNotRegular is the error record of an input that is not a regular
// file: a FIFO, a socket, a device, or a link to one.
var errNotRegular = errors.New("not a regular file")

// openPage opens a page file for reading. It looks at the name's mode
// first (Lstat, then Stat through a symbolic link) and opens only a
// regular file: opening a FIFO blocks until a writer comes, which hung a
// whole run over a folder holding one, and a device may never end. The
// open itself cannot block (O_NONBLOCK where the system has it, no
// effect on a regular file), and the opened file's mode is checked again
// in case the name was replaced between the two.
func openPage(name string) (*os.File, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	link := info.Mode()&fs.ModeSymlink != 0
	if link {
		if info, err = os.Stat(name); err != nil {
			return nil, err
		}
	}
	if err := regular(info, link); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	if info, err = f.Stat(); err == nil {
		err = regular(info, false)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regular returns nil for a regular file and errNotRegular, saying what
// the file is, for anything else.
func regular(info fs.FileInfo, link bool) error {
	m := info.Mode()
	if m.IsRegular() {
		return nil
	}
	var kind string
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeCharDevice != 0:
		kind = "a character device"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	case m.IsDir():
		kind = "a directory"
	default:
		kind = "an irregular file"
	}
	if link {
		kind = "a link to " + kind
	}
	return fmt.Errorf("%w: %s", errNotRegular, kind)
}
