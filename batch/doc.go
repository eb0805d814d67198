// Package batch runs pare over many inputs at once: files, directories,
// lists of paths and WARC archives, with every input accounted for.
//
// A producer goroutine walks the inputs (checking file modes with Lstat,
// so a FIFO or device is reported and never opened) and reads WARC files
// one record at a time; workers extract the pages, each within a time
// and a size budget; one goroutine, the caller's, receives the pages, in
// input order if asked, and writes them. Channels are bounded, so memory
// does not grow with the input: a 10,000-record WARC runs in the memory
// of a 1,000-record one.
//
// Every input yields a Record: a page (with or without articles) or an
// error record with a machine-readable ErrorKind. WARC records that hold
// no HTML page (requests, metadata, images, redirects) are skipped and
// counted. The CLI's -format json and the Beam pipeline in the beam module
// write the same Record, so their outputs can be compared.
//
// Files:
//
//	run.go        Run, Options, the workers and the ordered delivery
//	producer.go   walking the inputs into jobs; opening a page file
//	inputs.go     Args, Lines, include and exclude globs, the walk
//	warc.go       reading WARC files (the only file that imports gowarc)
//	warcwrite.go  WARCWriter, for packing pages and for tests
//	open_unix.go  O_NONBLOCK, so a FIFO swapped in after the walk cannot block
//	record.go     Record, Identity, ErrorKind: the JSON Lines record
//	resume.go     Resume: what an earlier run recorded, a torn line cut
//	names.go      FileName: safe output file names for -outdir
//	stats.go      Stats: the counts at the end
package batch
