package extract

import "errors"

var (
	// ErrTooLarge is returned for a page over Options.MaxInputBytes.
	ErrTooLarge = errors.New("extract: page too large")
	// ErrNotHTML is returned for input that is not text: binary data,
	// images, archives.
	ErrNotHTML = errors.New("extract: not an HTML page")
)
