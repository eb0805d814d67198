package extract

import (
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"
)

// The article's language from its text, by github.com/RadhiFadlillah/whatlanggo
// (trigram profiles of 84 languages, the detector go-trafilatura uses; a
// few hundred microseconds per article and no model to load). Chosen over
// github.com/pemistahl/lingua-go, which is more accurate on short texts
// but loads hundreds of megabytes of n-gram models: an article's body is
// long enough for trigrams, and pare runs on many pages at once.

const (
	// minLangText is the least text, in bytes, the detector reads: less,
	// and a caption or a headline decides. From the detector's own advice
	// (reliable from a few sentences).
	minLangText = 200
	// maxLangText is how much of the body it reads: enough for its
	// trigrams to settle, so a long article costs no more.
	maxLangText = 1200
	// langOverride is the detector's confidence from which its answer
	// replaces a language the markup states: a page marked "en" whose
	// text is German. Below it the markup stands (close languages such as
	// Danish and Norwegian, or a page of mixed languages).
	langOverride = 0.9
)

// settleLanguage sets art's Language from its text when the markup says
// none, or says a language the text plainly is not.
func (p *page) settleLanguage(art *Article, kept []int32) {
	var sb strings.Builder
	for _, i := range kept {
		if sb.Len() >= maxLangText {
			break
		}
		sb.WriteString(p.blocks[i].text)
		sb.WriteByte('\n')
	}
	if sb.Len() < minLangText {
		return
	}
	info := whatlanggo.Detect(sb.String())
	code := info.Lang.Iso6391()
	if code == "" || !info.IsReliable() {
		return
	}
	declared := strings.ToLower(art.Language)
	if i := strings.IndexAny(declared, "-_"); i >= 0 {
		declared = declared[:i]
	}
	switch {
	case declared == code, sameLanguage[declared] == code:
	case art.Language == "", info.Confidence >= langOverride:
		art.Language, art.LanguageSource = code, "text"
	}
}

// sameLanguage maps tags the markup uses to the code the detector gives
// for the same language: Norwegian "no" is Bokmål, "nb", to it.
var sameLanguage = map[string]string{"no": "nb", "iw": "he", "in": "id"}
