package rules_test

import (
	"os"
	"testing"

	"github.com/pare-dev/pare/rules"
)

// siteConfigDir is the FiveFilters collection beside the repository.
const siteConfigDir = "../../shared/ftr-site-config"

// BenchmarkLoadSiteConfigs loads the whole FiveFilters collection, as
// "pare -site-config" does at every start.
func BenchmarkLoadSiteConfigs(b *testing.B) {
	if _, err := os.Stat(siteConfigDir); err != nil {
		b.Skipf("no %s: %v", siteConfigDir, err)
	}
	fsys := os.DirFS(siteConfigDir)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := rules.LoadSiteConfigs(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
