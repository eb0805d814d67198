package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
)

// readPage reads the whole page, within the size limit, ungzipping it when
// it is gzip data (saved pages are often stored compressed). It returns
// ctx's error as soon as ctx is done, even while a Read blocks (see
// readAll).
func readPage(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	if r == nil {
		return nil, nil
	}
	raw, err := readAll(ctx, r, limit+1, sizeHint(r, limit))
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil {
		return nil, fmt.Errorf("extract: reading page: %w", err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	if len(raw) >= 2 && raw[0] == 0x1f && raw[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("%w: broken gzip data: %v", ErrNotHTML, err)
		}
		raw, err = io.ReadAll(ctxReader{ctx, io.LimitReader(zr, limit+1)})
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		// A truncated stream keeps what it held, like a truncated page.
		if err != nil && (!errors.Is(err, io.ErrUnexpectedEOF) || len(raw) == 0) {
			return nil, fmt.Errorf("%w: broken gzip data: %v", ErrNotHTML, err)
		}
		if int64(len(raw)) > limit {
			return nil, fmt.Errorf("%w: more than %d bytes once ungzipped", ErrTooLarge, limit)
		}
	}
	return raw, nil
}

// sizeHint returns how many bytes r holds, when it says so cheaply (a
// bytes or strings reader or buffer, a regular file), at most limit+1; 0
// when unknown. Reading into a buffer of that size spares io.ReadAll's
// doubling, which copies the page several times and leaves a buffer up
// to twice its size.
func sizeHint(r io.Reader, limit int64) int {
	var n int64
	switch v := r.(type) {
	case interface{ Len() int }:
		n = int64(v.Len())
	case *os.File:
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		n = fi.Size() // an upper bound when the file was partly read
	}
	return int(min(max(n, 0), limit+1))
}

// minReadBuf is the least room readAll starts with: 512 bytes, what
// io.ReadAll starts with.
const minReadBuf = 512

// readAll reads at most limit bytes of r, starting with room for hint
// bytes and one more, so that reading a page of the hinted size to EOF
// needs no growth. A reader that holds its bytes in memory (those with a
// Len method: bytes and strings readers, buffers) is read here, ctx
// looked at between reads. Any other may block, so it is read in a
// goroutine (readAsync).
func readAll(ctx context.Context, r io.Reader, limit int64, hint int) ([]byte, error) {
	b := make([]byte, 0, hint+1)
	if cap(b) < minReadBuf {
		b = make([]byte, 0, minReadBuf)
	}
	lr := io.LimitReader(r, limit)
	if _, inMemory := r.(interface{ Len() int }); !inMemory {
		return readAsync(ctx, lr, b)
	}
	for {
		if err := ctx.Err(); err != nil {
			return b, err
		}
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append pick the next capacity
		}
	}
}

// asyncChunk is how much readAsync's goroutine reads at a time: 64 KiB,
// a pipe's buffer on Linux, and what it holds on to while a Read that
// ctx gave up on blocks.
const asyncChunk = 64 << 10

// readAsync reads r to EOF onto b in a goroutine, a chunk at a time, and
// returns ctx's error as soon as ctx is done, even while a Read blocks
// (a pipe, a socket, a stalled network file system). Nothing can make a
// blocked Read return: the goroutine stays in it until it does (closing
// the reader does it for files, pipes and sockets), then exits without
// reading again. An abandoned reader holds one goroutine and one chunk,
// not the page.
func readAsync(ctx context.Context, r io.Reader, b []byte) ([]byte, error) {
	type result struct {
		n   int
		err error
	}
	chunk := make([]byte, asyncChunk)
	results := make(chan result)
	more := make(chan struct{})
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			n, err := r.Read(chunk)
			select {
			case results <- result{n, err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
			select {
			case <-more: // chunk is free again
			case <-done:
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return b, ctx.Err()
		case res := <-results:
			b = append(b, chunk[:res.n]...)
			if res.err == io.EOF {
				return b, nil
			}
			if res.err != nil {
				return b, res.err
			}
			more <- struct{}{}
		}
	}
}
