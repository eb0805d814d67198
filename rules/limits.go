package rules

import (
	"fmt"
	"io"
	"io/fs"
)

// DefaultMaxFileBytes is the largest rule file Load reads: 256 KiB, a
// hundred times the largest rule pare ships. goccy/go-yaml allocates up
// to 300 bytes per byte of a dense file (BenchmarkLoadHostile), so a
// hostile file at this limit costs under 80 MB and a quarter of a second;
// at the 1 MiB first proposed it cost 300 MB and three quarters.
const DefaultMaxFileBytes = 256 << 10

// Options are the limits of LoadWithOptions. The zero value gives the
// defaults, which Load uses.
type Options struct {
	// MaxFileBytes is the size of the largest rule file read, in bytes;
	// a larger file is not read past the limit and gives an *Error
	// wrapping ErrFileTooLarge. Zero means DefaultMaxFileBytes.
	MaxFileBytes int64
}

func (o Options) withDefaults() Options {
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	return o
}

// readFile reads the rule file p, refusing what is not a regular file
// before opening it (opening a FIFO blocks until a writer comes) and
// reading no more than max+1 bytes, since a file system's sizes may be
// missing or change under the read.
func readFile(fsys fs.FS, p string, max int64) ([]byte, error) {
	info, err := fs.Stat(fsys, p) // follows a symbolic link to its target
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%w (%s)", ErrNotRegular, info.Mode().Type())
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrFileTooLarge, info.Size(), max)
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrFileTooLarge, max)
	}
	return data, nil
}
