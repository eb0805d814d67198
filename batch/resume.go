package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Recorded is the set of inputs an earlier run wrote records for, by
// Identity.Key.
type Recorded map[string]struct{}

// Has reports whether id was recorded; it is the Options.Done of a
// resumed run.
func (r Recorded) Has(id Identity) bool {
	_, ok := r[id.Key()]
	return ok
}

// Resume prepares f, the JSON Lines output of an earlier run opened for
// reading and writing, for a run that goes on where that one stopped. It
// reads every record's identity, cuts off a last line that a killed run
// left unfinished (it has no newline; that input is done again), and
// leaves f positioned at its end for appending. Error records count as
// recorded too: to retry them, remove their lines first.
func Resume(f *os.File) (Recorded, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("batch: resume: %w", err)
	}
	rec := Recorded{}
	br := bufio.NewReaderSize(f, 1<<20)
	var whole int64 // bytes up to the end of the last complete line
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			break // line is the torn tail, if any
		}
		if err != nil {
			return nil, fmt.Errorf("batch: resume: %s: %w", f.Name(), err)
		}
		whole += int64(len(line))
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var id Identity
		if err := json.Unmarshal(line, &id); err != nil || id.File == "" {
			return nil, fmt.Errorf("batch: resume: %s line %d is not a pare record", f.Name(), n)
		}
		rec[id.Key()] = struct{}{}
	}
	if err := f.Truncate(whole); err != nil {
		return nil, fmt.Errorf("batch: resume: %w", err)
	}
	if _, err := f.Seek(whole, io.SeekStart); err != nil {
		return nil, fmt.Errorf("batch: resume: %w", err)
	}
	return rec, nil
}
