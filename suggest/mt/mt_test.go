package mt

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const secret = "sk-SECRET-1234:fx"

// fakeService answers like the real services and records what it received.
type fakeService struct {
	t        *testing.T
	mu       sync.Mutex
	calls    int
	failures []int         // statuses to answer before succeeding
	header   http.Header   // extra reply headers for failures
	delay    time.Duration // before answering
}

func (f *fakeService) next() (int, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if len(f.failures) > 0 {
		s := f.failures[0]
		f.failures = f.failures[1:]
		return s, true
	}
	return 0, false
}

func decodeBody(t *testing.T, r *http.Request, want string) map[string]any {
	t.Helper()
	if r.Method != http.MethodPost || r.URL.Path != want {
		t.Errorf("request %s %s, want POST %s", r.Method, r.URL.Path, want)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	var m map[string]any
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		t.Errorf("body: %v", err)
	}
	return m
}

func upper(v any) any {
	switch x := v.(type) {
	case string:
		return "EN:" + x
	case []any:
		out := make([]any, len(x))
		for i, s := range x {
			out[i] = upper(s)
		}
		return out
	}
	return nil
}

func (f *fakeService) fail(w http.ResponseWriter, status int, body string) {
	for k, v := range f.header {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprint(w, body)
}

func (f *fakeService) libreTranslate(w http.ResponseWriter, r *http.Request) {
	time.Sleep(f.delay)
	m := decodeBody(f.t, r, "/translate")
	if status, ok := f.next(); ok {
		f.fail(w, status, `{"error":"Slowdown: too many requests"}`)
		return
	}
	if m["source"] != "fr" || m["target"] != "en" || m["format"] != "text" {
		f.t.Errorf("LibreTranslate body %v", m)
	}
	if m["api_key"] != secret {
		f.fail(w, http.StatusForbidden, `{"error":"Invalid API key `+fmt.Sprint(m["api_key"])+`"}`)
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"translatedText": upper(m["q"])})
}

func (f *fakeService) deepL(w http.ResponseWriter, r *http.Request) {
	m := decodeBody(f.t, r, "/v2/translate")
	if status, ok := f.next(); ok {
		f.fail(w, status, `{"message":"Too many requests"}`)
		return
	}
	if got := r.Header.Get("Authorization"); got != "DeepL-Auth-Key "+secret {
		f.fail(w, http.StatusForbidden, `{"message":"Authorization failure, check auth_key"}`)
		return
	}
	if m["source_lang"] != "FR" || m["target_lang"] != "EN-GB" {
		f.t.Errorf("DeepL body %v", m)
	}
	texts, _ := m["text"].([]any)
	if len(texts) == 0 || len(texts) > 50 {
		f.fail(w, http.StatusBadRequest, `{"message":"Value for 'text' not supported."}`)
		return
	}
	var tr []map[string]any
	for _, t := range texts {
		tr = append(tr, map[string]any{"detected_source_language": "FR", "text": upper(t)})
	}
	json.NewEncoder(w).Encode(map[string]any{"translations": tr})
}

func (f *fakeService) openAI(w http.ResponseWriter, r *http.Request) {
	m := decodeBody(f.t, r, "/v1/chat/completions")
	if status, ok := f.next(); ok {
		f.fail(w, status, `{"error":{"message":"Rate limit reached","type":"requests"}}`)
		return
	}
	if got := r.Header.Get("Authorization"); got != "Bearer "+secret {
		f.fail(w, http.StatusUnauthorized, `{"error":{"message":"Incorrect API key provided: `+strings.TrimPrefix(got, "Bearer ")+`","type":"invalid_request_error","code":"invalid_api_key"}}`)
		return
	}
	msgs, _ := m["messages"].([]any)
	if m["model"] != "test-model" || len(msgs) != 2 || m["temperature"] != 0.0 {
		f.t.Errorf("OpenAI body %v", m)
	}
	sys, _ := msgs[0].(map[string]any)
	if !strings.Contains(fmt.Sprint(sys["content"]), "from French") || !strings.Contains(fmt.Sprint(sys["content"]), "into English") || !strings.Contains(fmt.Sprint(sys["content"]), "quotation") {
		f.t.Errorf("system prompt %v", sys)
	}
	user, _ := msgs[1].(map[string]any)
	json.NewEncoder(w).Encode(map[string]any{"id": "x", "object": "chat.completion",
		"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": " " + upper(user["content"]).(string) + "\n"}}}})
}

// setup starts a fake of the provider and returns a translator for it whose sleeps are recorded.
func setup(t *testing.T, provider string, f *fakeService, key string) (Translator, *[]time.Duration) {
	f.t = t
	handlers := map[string]http.HandlerFunc{LibreTranslate: f.libreTranslate, DeepL: f.deepL, OpenAI: f.openAI}
	srv := httptest.NewServer(handlers[provider])
	t.Cleanup(srv.Close)
	cfg := Config{Provider: provider, LibreTranslateURL: srv.URL, LibreTranslateKey: key, DeepLURL: srv.URL,
		DeepLKey: key, OpenAIURL: srv.URL + "/v1", OpenAIModel: "test-model", OpenAIKey: key, Timeout: 2 * time.Second}
	tr, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var sleeps []time.Duration
	clientOf(tr).sleep = func(_ context.Context, d time.Duration) error { sleeps = append(sleeps, d); return nil }
	return tr, &sleeps
}

func clientOf(tr Translator) *client {
	switch p := tr.(type) {
	case *libreTranslate:
		return p.c
	case *deepL:
		return p.c
	case *openAI:
		return p.c
	}
	return nil
}

var providers = []string{LibreTranslate, DeepL, OpenAI}

func TestTranslate(t *testing.T) {
	for _, p := range providers {
		for _, texts := range [][]string{{"« Bonjour », dit Sergueï 😀."}, {"un", "deux", "trois"}} {
			t.Run(p, func(t *testing.T) {
				tr, _ := setup(t, p, &fakeService{}, secret)
				got, err := tr.Translate(context.Background(), texts, "fr-FR", "en")
				if err != nil {
					t.Fatal(err)
				}
				for i, s := range texts {
					if got[i] != "EN:"+s {
						t.Errorf("got %q, want %q", got[i], "EN:"+s)
					}
				}
			})
		}
	}
}

func TestDeepLBatches(t *testing.T) {
	f := &fakeService{}
	tr, _ := setup(t, DeepL, f, secret)
	texts := make([]string, 120)
	for i := range texts {
		texts[i] = fmt.Sprint("phrase ", i)
	}
	got, err := tr.Translate(context.Background(), texts, "fr", "en")
	if err != nil || len(got) != 120 || got[119] != "EN:phrase 119" || f.calls != 3 {
		t.Fatalf("got %d results, %v, %d calls", len(got), err, f.calls)
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name       string
		failures   []int
		retryAfter string
		wantErr    string
		wantCalls  int
		wantSleeps []time.Duration // exact where the server said; 0 means "some backoff"
	}{
		{"503 then ok", []int{503, 502}, "", "", 3, []time.Duration{0, 0}},
		{"429 retry-after", []int{429}, "7", "", 2, []time.Duration{7 * time.Second}},
		{"retry-after capped", []int{429}, "3600", "", 2, []time.Duration{30 * time.Second}},
		{"gives up", []int{500, 500, 500, 500, 500}, "", "): try again later (4 attempts in ", 4, []time.Duration{0, 0, 0}},
		{"400 not retried", []int{400}, "", "refused the request (HTTP 400", 1, nil},
	}
	for _, p := range providers {
		for _, tt := range tests {
			t.Run(p+"/"+tt.name, func(t *testing.T) {
				f := &fakeService{failures: tt.failures}
				if tt.retryAfter != "" {
					f.header = http.Header{"Retry-After": {tt.retryAfter}}
				}
				tr, sleeps := setup(t, p, f, secret)
				_, err := tr.Translate(context.Background(), []string{"Oui"}, "fr", "en")
				if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if f.calls != tt.wantCalls || len(*sleeps) != len(tt.wantSleeps) {
					t.Fatalf("%d calls, sleeps %v; want %d calls, %d sleeps", f.calls, *sleeps, tt.wantCalls, len(tt.wantSleeps))
				}
				for i, w := range tt.wantSleeps {
					if got := (*sleeps)[i]; (w != 0 && got != w) || got <= 0 || got > 30*time.Second {
						t.Errorf("sleep %d = %v, want %v", i, got, w)
					}
				}
			})
		}
	}
}

// TestErrorKinds: every failure says what kind it is, so that the app can say it in French.
func TestErrorKinds(t *testing.T) {
	tests := []struct {
		status int
		key    string
		kind   ErrorKind
	}{{0, "wrong", ErrKey}, {500, secret, ErrBusy}, {429, secret, ErrBusy}, {456, secret, ErrRefused}, {404, secret, ErrRefused}}
	for _, p := range providers {
		for _, tt := range tests {
			f := &fakeService{}
			if tt.status != 0 {
				f.failures = []int{tt.status, tt.status, tt.status, tt.status}
			}
			tr, _ := setup(t, p, f, tt.key)
			_, err := tr.Translate(context.Background(), []string{"Oui"}, "fr", "en")
			var me *Error
			if !errors.As(err, &me) || me.Kind != tt.kind || me.Detail == "" || !strings.HasPrefix(me.Service, clientOf(tr).service+" (http://") {
				t.Errorf("%s %d: %#v", p, tt.status, err)
			}
		}
	}
}

// TestDeepLURLWithVersion: the DeepL URL as DeepL's documentation writes it (…/v2) works.
func TestDeepLURLWithVersion(t *testing.T) {
	f := &fakeService{t: t}
	srv := httptest.NewServer(http.HandlerFunc(f.deepL))
	defer srv.Close()
	for _, suffix := range []string{"/v2", "/v2/", "/v2/translate", ""} {
		tr, err := New(Config{Provider: DeepL, DeepLKey: secret, DeepLURL: srv.URL + suffix})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := tr.Translate(context.Background(), []string{"Oui"}, "fr", "en"); err != nil || len(got) != 1 {
			t.Errorf("%s: %v, %v", suffix, got, err)
		}
	}
}

func TestAuthErrorsRedactKey(t *testing.T) {
	const wrong = "sk-WRONG-98765"
	for _, p := range providers {
		t.Run(p, func(t *testing.T) {
			tr, _ := setup(t, p, &fakeService{}, wrong)
			_, err := tr.Translate(context.Background(), []string{"Oui"}, "fr", "en")
			var me *Error
			if !errors.As(err, &me) || (me.StatusCode != 401 && me.StatusCode != 403) {
				t.Fatalf("err = %v, want an authentication error", err)
			}
			if strings.Contains(err.Error(), wrong) || !strings.Contains(err.Error(), "rejected the API key") {
				t.Errorf("error %q leaks the key or does not say what is wrong", err)
			}
		})
	}
}

func TestTimeoutUnreachableCanceled(t *testing.T) {
	f := &fakeService{delay: 300 * time.Millisecond}
	tr, _ := setup(t, LibreTranslate, f, secret)
	clientOf(tr).timeout = 20 * time.Millisecond
	_, err := tr.Translate(context.Background(), []string{"Oui"}, "fr", "en")
	var me *Error
	// A timeout is not retried: the message's time is the whole wait.
	if !errors.As(err, &me) || me.Kind != ErrTimeout || me.Attempts != 1 ||
		!strings.Contains(err.Error(), "did not answer within 20ms") || strings.Contains(err.Error(), "attempts") {
		t.Errorf("timeout: %v", err)
	}

	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	tr, err = New(Config{Provider: LibreTranslate, LibreTranslateURL: url})
	if err != nil {
		t.Fatal(err)
	}
	_, err = tr.Translate(context.Background(), []string{"Oui"}, "fr", "en")
	if err == nil || !strings.Contains(err.Error(), "cannot reach LibreTranslate ("+url+")") || !strings.Contains(err.Error(), "check the server is running") {
		t.Errorf("unreachable: %v", err)
	}

	tr, _ = setup(t, DeepL, &fakeService{}, secret)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tr.Translate(ctx, []string{"Oui"}, "fr", "en"); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %v", err)
	}
}

func TestConfig(t *testing.T) {
	env := map[string]string{"GLOSE_MT": "DeepL", "DEEPL_AUTH_KEY": secret, "GLOSE_OPENAI_KEY": "sk-other",
		"GLOSE_LIBRETRANSLATE_KEY": "lt-key", "GLOSE_MT_TIMEOUT": "5s"}
	c, err := FromEnv(func(k string) string { return env[k] })
	if err != nil || c.Provider != DeepL || c.DeepLKey != secret || c.Timeout != 5*time.Second {
		t.Fatalf("FromEnv = %v, %v", c, err)
	}
	for _, s := range []string{fmt.Sprint(c), fmt.Sprintf("%+v", c), fmt.Sprintf("%#v", c), c.String(), fmt.Sprintf("%v", &c)} {
		if strings.Contains(s, "SECRET") || strings.Contains(s, "sk-other") || strings.Contains(s, "lt-key") {
			t.Errorf("config printed with a key: %s", s)
		}
	}
	tr, err := New(c)
	if err != nil || !strings.Contains(tr.Name(), "https://api-free.deepl.com") {
		t.Errorf("DeepL free key: %v, %v", tr, err)
	}
	bad := []Config{{Provider: "google"}, {Provider: DeepL}, {Provider: OpenAI}}
	for _, b := range bad {
		if _, err := New(b); err == nil {
			t.Errorf("New(%v) succeeded", b)
		}
	}
	if _, err := FromEnv(func(k string) string { return map[string]string{"GLOSE_MT_TIMEOUT": "soon"}[k] }); err == nil {
		t.Error("bad timeout accepted")
	}
	if tr, err := New(Config{}); tr != nil || err != nil {
		t.Errorf("New(empty) = %v, %v", tr, err)
	}
}
