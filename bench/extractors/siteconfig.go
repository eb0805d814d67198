package extractors

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
	"github.com/pare-dev/pare/rules"
)

// EnvSiteConfigDir names the environment variable that points
// pare-siteconfig at a folder of FiveFilters site configs; unset, it
// reads ftr-site-config beside the benchmark data (shared/ftr-site-config).
const EnvSiteConfigDir = "PARE_SITE_CONFIG"

// SiteConfigDir returns the folder of site configs pare-siteconfig reads.
func SiteConfigDir() (string, error) {
	if d := os.Getenv(EnvSiteConfigDir); d != "" {
		return d, nil
	}
	data, err := datasets.FindDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(data), "ftr-site-config"), nil
}

// newPareSiteConfig is pare with rules off and the FiveFilters site
// configs on, as "pare -no-rules -site-config DIR" runs: the generic
// figures beside those a user gets from the collection, never instead.
func newPareSiteConfig(name string) (Extractor, error) {
	dir, err := SiteConfigDir()
	if err != nil {
		return nil, err
	}
	set, _, err := rules.LoadSiteConfigs(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("site configs in %s: %w", dir, err)
	}
	ex, err := extract.New(extract.Options{Outputs: extract.Text, SiteConfigs: set, DateGuesser: htmldate.Guesser{}})
	if err != nil {
		return nil, err
	}
	return pare{name: name, ex: ex}, nil
}
