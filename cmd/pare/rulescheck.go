package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pare-dev/pare/rules"
)

// loadRulesDir loads the pare rules of a -rules folder. A folder that is
// not there, or holds no rule file, is an error naming it: a typo in the
// path would otherwise run the page with no rule of the user's and say
// nothing.
func loadRulesDir(dir string) (*rules.Set, error) {
	native, _, err := countRuleFiles(dir)
	if err != nil {
		return nil, fmt.Errorf("-rules %s: %w", dir, err)
	}
	if native == 0 {
		return nil, fmt.Errorf("-rules %s: the folder holds no rule file (*.yaml, *.yml, *.json)", dir)
	}
	return rules.Load(os.DirFS(dir))
}

// loadSiteConfigDir loads the FiveFilters site configs of a -site-config
// folder, which must hold some. The warnings are left to "pare rules
// check", which lists them.
func loadSiteConfigDir(dir string) (*rules.Set, error) {
	set, _, err := loadSiteConfigReport(dir)
	return set, err
}

// loadSiteConfigReport is loadSiteConfigDir with the loader's report:
// the files, expressions and warnings (what pare cannot honour, by
// file and line).
func loadSiteConfigReport(dir string) (*rules.Set, rules.Report, error) {
	_, sites, err := countRuleFiles(dir)
	if err != nil {
		return nil, rules.Report{}, fmt.Errorf("-site-config %s: %w", dir, err)
	}
	if sites == 0 {
		return nil, rules.Report{}, fmt.Errorf("-site-config %s: the folder holds no site config (HOST.txt)", dir)
	}
	return rules.LoadSiteConfigs(os.DirFS(dir))
}

// countRuleFiles counts the pare rule files and the site configs below
// dir, as Load and LoadSiteConfigs find them.
func countRuleFiles(dir string) (native, sites int, err error) {
	info, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return 0, 0, errors.New("no such folder")
		}
		return 0, 0, err
	}
	if !info.IsDir() {
		return 0, 0, errors.New("not a folder")
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(name)) {
		case ".yaml", ".yml", ".json":
			if !strings.HasPrefix(name, ".") {
				native++
			}
		case ".txt":
			sites++
		}
		return nil
	})
	return native, sites, err
}

// rulesCheck is "pare rules check DIR...": it loads the pare rules and
// the site configs of each folder, prints each error (file:line) and
// warning on stdout, then a summary line, and returns exitOK when every
// file loaded, exitFailed when any did not, exitUsage without a folder.
func rulesCheck(dirs []string, stdout, stderr io.Writer) int {
	if len(dirs) == 0 {
		fmt.Fprintf(stderr, "usage: %s rules check DIR...\n\nChecks the pare rules (*.yaml, *.json) and FiveFilters site configs (HOST.txt) in each folder.\n", programName)
		return exitUsage
	}
	var natives, sites, nerrs, nwarns int
	fail := func(format string, args ...any) {
		nerrs++
		fmt.Fprintf(stdout, "error: "+format+"\n", args...)
	}
	for _, dir := range dirs {
		native, txt, err := countRuleFiles(dir)
		switch {
		case err != nil:
			fail("%s: %v", oneLine(dir), err)
			continue
		case native+txt == 0:
			fail("%s: no rule file (*.yaml, *.yml, *.json) and no site config (HOST.txt)", oneLine(dir))
			continue
		}
		if native > 0 {
			set, err := rules.Load(os.DirFS(dir))
			bad := map[string]bool{}
			for _, e := range unjoin(err) {
				if e != nil {
					bad[errorFile(e)] = true
					fail("%s", oneLine(inDir(dir, e)))
				}
			}
			if set != nil {
				natives += len(set.Rules())
			} else {
				natives += max(0, native-len(bad))
			}
		}
		if txt > 0 {
			_, rep, err := rules.LoadSiteConfigs(os.DirFS(dir))
			bad := map[string]bool{}
			for _, e := range unjoin(err) {
				if e != nil {
					bad[errorFile(e)] = true
					fail("%s", oneLine(inDir(dir, e)))
				}
			}
			for _, w := range rep.Warnings {
				nwarns++
				w.File = filepath.Join(dir, w.File)
				fmt.Fprintf(stdout, "warning: %s\n", oneLine(w.String()))
			}
			sites += max(rep.Files, txt-len(bad)-skipped(rep))
		}
	}
	fmt.Fprintf(stdout, "%s rule files and %s site configs loaded, %s errors, %s warnings\n",
		thousands(natives), thousands(sites), thousands(nerrs), thousands(nwarns))
	if nerrs > 0 {
		return exitFailed
	}
	return exitOK
}

// skipped counts the .txt files LoadSiteConfigs skipped as named after
// no host (they carry no line).
func skipped(rep rules.Report) int {
	n := 0
	for _, w := range rep.Warnings {
		if w.Line == 0 && strings.HasSuffix(w.Msg, "; skipped") {
			n++
		}
	}
	return n
}

// errorFile returns the file an error of rules names.
func errorFile(err error) string {
	var re *rules.Error
	if errors.As(err, &re) {
		return re.File
	}
	return ""
}

// inDir shows a rules error with its file named from dir, without the
// package's prefix.
func inDir(dir string, err error) string {
	var re *rules.Error
	if errors.As(err, &re) {
		c := *re
		c.File = filepath.Join(dir, re.File)
		return strings.TrimPrefix(c.Error(), "rules: ")
	}
	return strings.TrimPrefix(err.Error(), "rules: ")
}

// thousands writes n with comma separators: 1,965.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
