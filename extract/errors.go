package extract

import "errors"

// The sentinel errors, for errors.Is. A page over a limit fails with the
// limit's error, wrapped with what was found; a page whose context is done
// (its time budget, a deadline or a cancellation) fails with the
// context's error, context.DeadlineExceeded or context.Canceled.
var (
	// ErrTooLarge is returned for a page over Options.MaxInputBytes.
	ErrTooLarge = errors.New("extract: page too large")
	// ErrTooManyNodes is returned for a page whose markup makes more
	// nodes than Options.MaxNodes, before it is parsed.
	ErrTooManyNodes = errors.New("extract: page has too many nodes")
	// ErrTooDeep is returned for a page nested too deeply to parse even
	// once flattened to Options.MaxDepth; a page nested past MaxDepth is
	// flattened and kept, not refused.
	ErrTooDeep = errors.New("extract: page nested too deeply")
	// ErrNotHTML is returned for input that is not text: binary data,
	// images, archives.
	ErrNotHTML = errors.New("extract: not an HTML page")
)
