package extract

import (
	"os"
	"strings"
	"testing"
)

func TestProbeMeta(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("PROBE"), "\n") {
		m, ok := parseMetaLine(s)
		t.Logf("%q -> ok=%v %+v", s, ok, m)
	}
}
