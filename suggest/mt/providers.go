package mt

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// libreTranslate speaks LibreTranslate's POST /translate.
type libreTranslate struct {
	c   *client
	key string
}

func newLibreTranslate(c Config) *libreTranslate {
	url := c.LibreTranslateURL
	if url == "" {
		url = "http://localhost:5000"
	}
	cl := newClient(c, "LibreTranslate", url, "GLOSE_LIBRETRANSLATE_KEY (the API key setting)", 30*time.Second, c.LibreTranslateKey)
	cl.message = jsonMessage("error")
	return &libreTranslate{c: cl, key: c.LibreTranslateKey}
}

func (l *libreTranslate) Name() string { return l.c.name() }

func (l *libreTranslate) Translate(ctx context.Context, texts []string, from, to string) ([]string, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	req := map[string]any{"source": primary(from), "target": primary(to), "format": "text"}
	if len(texts) == 1 {
		req["q"] = texts[0]
	} else {
		req["q"] = texts // LibreTranslate ≥ 1.3 translates arrays in one call
	}
	if l.key != "" {
		req["api_key"] = l.key
	}
	var resp struct {
		TranslatedText json.RawMessage `json:"translatedText"`
	}
	if err := l.c.postJSON(ctx, "/translate", http.Header{}, req, &resp); err != nil {
		return nil, err
	}
	var out []string
	if len(texts) == 1 {
		var s string
		if err := json.Unmarshal(resp.TranslatedText, &s); err == nil {
			return []string{s}, nil
		}
	}
	if err := json.Unmarshal(resp.TranslatedText, &out); err != nil || len(out) != len(texts) {
		return nil, l.c.fail(ErrBadReply, 200, "", nil, "%s sent %s for %d texts", l.Name(), snippet(resp.TranslatedText), len(texts))
	}
	return out, nil
}

// deepL speaks the DeepL API v2: POST /v2/translate with up to 50 texts.
type deepL struct {
	c       *client
	key     string
	english string
}

func newDeepL(c Config) *deepL {
	// DeepL's documentation writes the endpoint with its version (https://api.deepl.com/v2), and
	// people paste it so: the version and the method are Glose's to add.
	url := strings.TrimRight(c.DeepLURL, "/")
	url = strings.TrimSuffix(strings.TrimSuffix(url, "/translate"), "/v2")
	if url == "" {
		url = "https://api.deepl.com"
		if strings.HasSuffix(c.DeepLKey, ":fx") {
			url = "https://api-free.deepl.com"
		}
	}
	cl := newClient(c, "DeepL", url, "DEEPL_AUTH_KEY (the DeepL key setting)", 30*time.Second, c.DeepLKey)
	cl.message = jsonMessage("message")
	english := strings.ToUpper(c.DeepLEnglish)
	if english == "" {
		english = "EN-GB"
	}
	return &deepL{c: cl, key: c.DeepLKey, english: english}
}

func (d *deepL) Name() string { return d.c.name() }

const deepLBatch = 50

func (d *deepL) Translate(ctx context.Context, texts []string, from, to string) ([]string, error) {
	target := strings.ToUpper(primary(to))
	if target == "EN" {
		target = d.english
	}
	header := http.Header{"Authorization": {"DeepL-Auth-Key " + d.key}}
	var out []string
	for start := 0; start < len(texts); start += deepLBatch {
		batch := texts[start:min(start+deepLBatch, len(texts))]
		req := map[string]any{"text": batch, "source_lang": strings.ToUpper(primary(from)), "target_lang": target}
		var resp struct {
			Translations []struct {
				DetectedSourceLanguage string `json:"detected_source_language"`
				Text                   string `json:"text"`
			} `json:"translations"`
		}
		if err := d.c.postJSON(ctx, "/v2/translate", header, req, &resp); err != nil {
			return out, err
		}
		if len(resp.Translations) != len(batch) {
			return out, d.c.fail(ErrBadReply, 200, "", nil, "%s returned %d translations for %d texts", d.Name(), len(resp.Translations), len(batch))
		}
		for _, t := range resp.Translations {
			out = append(out, t.Text)
		}
	}
	return out, nil
}

// openAI speaks the chat-completions API of OpenAI-compatible servers, one text per request.
type openAI struct {
	c     *client
	key   string
	model string
}

func newOpenAI(c Config) *openAI {
	url := c.OpenAIURL
	if url == "" {
		url = "https://api.openai.com"
	}
	url = strings.TrimSuffix(strings.TrimRight(url, "/"), "/v1")
	cl := newClient(c, "OpenAI-compatible server", url, "GLOSE_OPENAI_KEY (the API key setting)", 90*time.Second, c.OpenAIKey)
	cl.message = func(b []byte) string {
		var e struct {
			Error struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if json.Unmarshal(b, &e) == nil && e.Error.Message != "" {
			return e.Error.Message
		}
		return jsonMessage("error")(b)
	}
	return &openAI{c: cl, key: c.OpenAIKey, model: c.OpenAIModel}
}

func (o *openAI) Name() string { return o.c.name() }

// Prompt is the system prompt sent to chat models; %s are the language names.
const Prompt = "You are a professional news translator. Translate the user's text from %s into %s. " +
	"Keep personal names, place names and organisation names as the target language writes them, " +
	"keep numbers exact, keep every quotation as a quotation with the same boundaries, " +
	"and use the target language's typography. Reply with the translation only, no comments."

func (o *openAI) Translate(ctx context.Context, texts []string, from, to string) ([]string, error) {
	header := http.Header{}
	if o.key != "" {
		header.Set("Authorization", "Bearer "+o.key)
	}
	system := fmt.Sprintf(Prompt, languageName(from), languageName(to))
	out := make([]string, 0, len(texts))
	for _, t := range texts {
		req := map[string]any{
			"model":       o.model,
			"temperature": 0,
			"messages": []map[string]string{
				{"role": "system", "content": system},
				{"role": "user", "content": t},
			},
		}
		var resp struct {
			Choices []struct {
				Message struct {
					Content string `json:"content"`
				} `json:"message"`
			} `json:"choices"`
		}
		if err := o.c.postJSON(ctx, "/v1/chat/completions", header, req, &resp); err != nil {
			return out, err
		}
		if len(resp.Choices) == 0 {
			return out, o.c.fail(ErrBadReply, 200, "", nil, "%s returned no choices", o.Name())
		}
		out = append(out, strings.TrimSpace(resp.Choices[0].Message.Content))
	}
	return out, nil
}

func jsonMessage(field string) func([]byte) string {
	return func(b []byte) string {
		var m map[string]any
		if json.Unmarshal(b, &m) != nil {
			return ""
		}
		s, _ := m[field].(string)
		return s
	}
}

func primary(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

func languageName(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	if n := display.English.Tags().Name(t); n != "" {
		return n
	}
	return tag
}
