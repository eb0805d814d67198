package parebeam

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/pare-dev/pare/batch"
)

// writeShard runs batch over the WARC file at src and writes its records
// to shard. Where the file system can rename, the records go to a
// temporary name first, so a shard is either whole or absent: a failed or
// retried bundle never leaves half a shard for Resume to take as done.
func writeShard(ctx context.Context, fsys filesystem.Interface, shard, src string, opts batch.Options) (batch.Stats, error) {
	in, err := fsys.OpenRead(ctx, src)
	if err != nil {
		return batch.Stats{}, err
	}
	defer in.Close()
	renamer, canRename := fsys.(filesystem.Renamer)
	target := shard
	if canRename {
		target = fmt.Sprintf("%s.tmp-%016x", shard, rand.Uint64())
	}
	out, err := fsys.OpenWrite(ctx, target)
	if err != nil {
		return batch.Stats{}, err
	}
	bw := bufio.NewWriterSize(out, 1<<20)
	st, err := batch.RunWARC(ctx, src, in, opts, func(p batch.Page) error {
		return p.Record.WriteJSON(bw)
	})
	err = errors.Join(err, bw.Flush(), out.Close())
	if err != nil {
		if rm, ok := fsys.(filesystem.Remover); ok && canRename {
			_ = rm.Remove(ctx, target)
		}
		return st, err
	}
	if canRename {
		if err := renamer.Rename(ctx, target, shard); err != nil {
			return st, err
		}
	}
	return st, nil
}
