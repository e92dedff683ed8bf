// Package mt sends segments to machine translation services behind one interface: LibreTranslate,
// the DeepL API v2 and any OpenAI-compatible chat-completions server (a local llama.cpp, Ollama or
// vLLM as well as OpenAI). Requests time out, are retried with exponential backoff on 429 and 5xx
// (honouring Retry-After, bounded) but not after a timeout, and API keys never appear in errors,
// logs or printed settings. Errors are *Error, whose Kind lets an interface word them itself.
//
// The command-line tool configures it from the environment (see FromEnv):
//
//	GLOSE_MT                  libretranslate | deepl | openai
//	GLOSE_LIBRETRANSLATE_URL  e.g. http://localhost:5000 (the default)
//	GLOSE_LIBRETRANSLATE_KEY  api_key, if the server wants one
//	DEEPL_AUTH_KEY            DeepL key; keys ending in ":fx" use api-free.deepl.com
//	GLOSE_DEEPL_URL           another DeepL endpoint (a proxy, a test server)
//	GLOSE_OPENAI_URL          e.g. http://localhost:8080 (llama.cpp) or https://api.openai.com
//	GLOSE_OPENAI_MODEL        the model name the server expects
//	GLOSE_OPENAI_KEY          bearer token, if the server wants one
//	GLOSE_MT_TIMEOUT          per-request timeout, e.g. 30s
package mt

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Translator translates texts (one result per text, in order) from one BCP 47 language to another.
// After an error it may return the translations of the first texts, made before the error, which
// the caller may keep (a long pre-translation keeps what it paid for).
type Translator interface {
	Translate(ctx context.Context, texts []string, from, to string) ([]string, error)
	// Name says which service this is, for messages ("LibreTranslate (http://…)").
	Name() string
}

// Provider names.
const (
	LibreTranslate = "libretranslate"
	DeepL          = "deepl"
	OpenAI         = "openai"
)

// Config selects and configures a provider: the app's settings, or FromEnv for the CLI.
type Config struct {
	Provider string // LibreTranslate, DeepL or OpenAI; empty means no machine translation

	LibreTranslateURL string // default http://localhost:5000
	LibreTranslateKey string // optional

	DeepLKey     string // required for DeepL
	DeepLURL     string // default https://api.deepl.com, or https://api-free.deepl.com for ":fx" keys
	DeepLEnglish string // the English variant DeepL writes: "EN-GB" (default) or "EN-US"

	OpenAIURL   string // default https://api.openai.com
	OpenAIModel string // required for OpenAI
	OpenAIKey   string // optional for local servers

	Timeout    time.Duration // per request; default 30 s (90 s for OpenAI-compatible servers)
	MaxRetries int           // retries after a 429 or 5xx; default 3, negative for none
	MaxBackoff time.Duration // longest wait between attempts, Retry-After included; default 30 s
}

// String describes the configuration with its keys redacted.
func (c Config) String() string {
	r := c
	r.LibreTranslateKey, r.DeepLKey, r.OpenAIKey = redacted(c.LibreTranslateKey), redacted(c.DeepLKey), redacted(c.OpenAIKey)
	type plain Config // no String method: no recursion
	return fmt.Sprintf("%+v", plain(r))
}

// GoString is String, so that %#v redacts too.
func (c Config) GoString() string { return "mt.Config" + c.String() }

func redacted(key string) string {
	if key == "" {
		return ""
	}
	return "[REDACTED]"
}

// FromEnv reads a Config from environment variables through getenv (os.Getenv in the CLI); see
// the package documentation for the names.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		Provider:          strings.ToLower(strings.TrimSpace(getenv("GLOSE_MT"))),
		LibreTranslateURL: getenv("GLOSE_LIBRETRANSLATE_URL"),
		LibreTranslateKey: getenv("GLOSE_LIBRETRANSLATE_KEY"),
		DeepLKey:          getenv("DEEPL_AUTH_KEY"),
		DeepLURL:          getenv("GLOSE_DEEPL_URL"),
		OpenAIURL:         getenv("GLOSE_OPENAI_URL"),
		OpenAIModel:       getenv("GLOSE_OPENAI_MODEL"),
		OpenAIKey:         getenv("GLOSE_OPENAI_KEY"),
	}
	if s := getenv("GLOSE_MT_TIMEOUT"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("GLOSE_MT_TIMEOUT=%q: expected a duration such as 30s", s)
		}
		c.Timeout = d
	}
	return c, nil
}

// New returns the configured provider, or nil and no error when Provider is empty.
func New(c Config) (Translator, error) {
	switch c.Provider {
	case "":
		return nil, nil
	case LibreTranslate:
		return newLibreTranslate(c), nil
	case DeepL:
		if c.DeepLKey == "" {
			return nil, fmt.Errorf("DeepL needs an authentication key: set DEEPL_AUTH_KEY or the DeepL key in the settings")
		}
		return newDeepL(c), nil
	case OpenAI:
		if c.OpenAIModel == "" {
			return nil, fmt.Errorf("an OpenAI-compatible server needs a model name: set GLOSE_OPENAI_MODEL or the model in the settings")
		}
		return newOpenAI(c), nil
	}
	return nil, fmt.Errorf("unknown machine translation provider %q: expected %s, %s or %s",
		c.Provider, LibreTranslate, DeepL, OpenAI)
}
