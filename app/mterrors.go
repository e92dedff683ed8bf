package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/mt"
	"github.com/glose-app/glose/suggest/tm"
)

// mtErrorText says what went wrong with machine translation in the interface's language, and
// what to do in the app: the English message of mt.Error names environment variables, which only
// the command-line tool reads.
func mtErrorText(err error) string {
	var me *mt.Error
	switch {
	case errors.Is(err, context.Canceled):
		return lang.L("Cancelled")
	case !errors.As(err, &me):
		return err.Error()
	}
	a := map[string]any{"Service": me.Service, "Status": me.StatusCode, "Detail": me.Detail,
		"Seconds": fmt.Sprintf("%.0f", me.Timeout.Seconds()), "Attempts": me.Attempts}
	var msg string
	switch me.Kind {
	case mt.ErrKey:
		msg = lang.L("{{.Service}} rejected the API key (HTTP {{.Status}}: {{.Detail}}). Check the key in Tools › Settings.", a)
	case mt.ErrBusy:
		msg = lang.L("{{.Service}} is busy or failing (HTTP {{.Status}}: {{.Detail}}). Try again later.", a)
	case mt.ErrTimeout:
		msg = lang.L("{{.Service}} did not answer within {{.Seconds}} s: the server may be overloaded. Try again later, or choose another service in Tools › Settings.", a)
	case mt.ErrUnreachable:
		msg = lang.L("Cannot reach {{.Service}}. Check that the server is running and that its address in Tools › Settings is right.", a)
	case mt.ErrBadURL:
		msg = lang.L("The address of {{.Service}} is not valid. Correct it in Tools › Settings.", a)
	case mt.ErrRefused:
		msg = lang.L("{{.Service}} refused the request (HTTP {{.Status}}: {{.Detail}}).", a)
	case mt.ErrBadReply:
		msg = lang.L("{{.Service}} sent a reply Glose cannot read. Check that the address in Tools › Settings is the service's.", a)
	case mt.ErrCanceled:
		return lang.L("Cancelled")
	default:
		return me.Error()
	}
	if me.Attempts > 1 {
		msg += " " + lang.N("({{.Attempts}} attempts)", me.Attempts, a)
	}
	return msg
}

// segmentNumbers names segments by their indexes (sorted) in the interface's language:
// "segment 8", "segments 8–12, 15".
func segmentNumbers(idx []int) string {
	s := strings.TrimPrefix(strings.TrimPrefix(suggest.Ranges(idx), "segments "), "segment ")
	return lang.N("segment {{.List}}", len(idx), map[string]any{"List": s})
}

// pretranslateErrorText says why a pre-translation stopped and what it left undone.
func pretranslateErrorText(err error) string {
	var pe *suggest.PretranslateError
	if !errors.As(err, &pe) {
		return mtErrorText(err)
	}
	cause := pe.Err
	var msg string
	if len(pe.Failed) > 0 {
		msg = lang.L("Pre-translation stopped at {{.Segment}}: {{.Error}}", map[string]any{
			"Segment": segmentNumbers(pe.Failed), "Error": mtErrorText(cause)})
	} else {
		msg = lang.L("Pre-translation stopped: {{.Error}}", map[string]any{"Error": mtErrorText(cause)})
	}
	return msg + "\n" + leftText(pe)
}

// leftText says how many segments a stopped pre-translation left untranslated.
func leftText(pe *suggest.PretranslateError) string {
	return lang.N("{{.N}} segments left untranslated ({{.Segments}}).", len(pe.Left), map[string]any{
		"N": len(pe.Left), "Segments": segmentNumbers(pe.Left)})
}

// differencesText names how a memory match differs from the segment, in the interface's language.
func differencesText(d tm.Difference) string {
	names := map[tm.Difference]string{
		tm.DiffWords: lang.L("words"), tm.DiffNumbers: lang.L("numbers"), tm.DiffWordForms: lang.L("word forms"),
		tm.DiffAccents: lang.L("accents"), tm.DiffCase: lang.L("case"), tm.DiffPunctuation: lang.L("punctuation"),
		tm.DiffQuotes: lang.L("quotation marks"), tm.DiffNumberFormat: lang.L("number format"), tm.DiffSpacing: lang.L("spacing"),
	}
	var parts []string
	for k := tm.DiffWords; k <= tm.DiffSpacing; k <<= 1 {
		if d&k != 0 {
			parts = append(parts, names[k])
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return lang.L("Differs in {{.What}}", map[string]any{"What": strings.Join(parts, ", ")})
}
