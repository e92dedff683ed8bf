package mt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Error is a failure of a machine translation service. Its message never holds an API key.
// Kind and the fields beside Msg let an interface say it in its own language and point to its
// own settings; Msg is English and names the environment variables the command-line tool reads.
type Error struct {
	Kind       ErrorKind
	Service    string        // e.g. "DeepL (https://api.deepl.com)"
	StatusCode int           // HTTP status, 0 when no response came
	Detail     string        // the service's own message or the network error, redacted; may be empty
	Timeout    time.Duration // the per-request timeout, for ErrTimeout
	Attempts   int           // requests made, retries included
	Elapsed    time.Duration // from the first request to the failure
	Msg        string        // what went wrong and what to do
	cause      error         // only context errors, for errors.Is
}

// ErrorKind says what went wrong with a machine translation service.
type ErrorKind int

// Kinds of Error.
const (
	ErrOther       ErrorKind = iota // a request Glose could not encode, and the like
	ErrKey                          // the service rejected the API key (HTTP 401, 403)
	ErrBusy                         // HTTP 429 or 5xx, still after the retries
	ErrTimeout                      // no answer within the timeout
	ErrUnreachable                  // no connection (server down, wrong host or port)
	ErrBadURL                       // the URL setting is malformed
	ErrRefused                      // any other HTTP error (400, 404, 456 quota…)
	ErrBadReply                     // a reply Glose cannot read, or the wrong number of translations
	ErrCanceled                     // the caller gave up (context ended)
)

func (e *Error) Error() string { return e.Msg }

// Unwrap returns context.Canceled or context.DeadlineExceeded when the caller's context ended.
func (e *Error) Unwrap() error { return e.cause }

// client posts JSON to a service with timeouts, bounded retries and key redaction.
type client struct {
	service    string // "LibreTranslate"
	baseURL    string
	keyHint    string // the setting to check after an authentication error
	secrets    []string
	httpc      *http.Client
	timeout    time.Duration
	maxRetries int
	backoff    time.Duration // first wait (±50% jitter); doubles each retry
	maxBackoff time.Duration
	sleep      func(context.Context, time.Duration) error
	message    func(body []byte) string // the service's error message in an error body
}

func newClient(c Config, service, baseURL, keyHint string, defaultTimeout time.Duration, secrets ...string) *client {
	cl := &client{
		service: service, baseURL: strings.TrimRight(baseURL, "/"), keyHint: keyHint,
		httpc: &http.Client{}, timeout: c.Timeout, maxRetries: c.MaxRetries,
		backoff: 500 * time.Millisecond, maxBackoff: c.MaxBackoff, sleep: sleepCtx,
	}
	for _, s := range secrets {
		if s != "" {
			cl.secrets = append(cl.secrets, s)
		}
	}
	if cl.timeout <= 0 {
		cl.timeout = defaultTimeout
	}
	if cl.maxRetries == 0 {
		cl.maxRetries = 3
	}
	if cl.maxBackoff <= 0 {
		cl.maxBackoff = 30 * time.Second
	}
	return cl
}

// name is the service and its URL, in a form that reads in any language.
func (c *client) name() string { return c.service + " (" + c.baseURL + ")" }

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// redact removes the keys from s.
func (c *client) redact(s string) string {
	for _, k := range c.secrets {
		s = strings.ReplaceAll(s, k, "[REDACTED]")
	}
	return s
}

func (c *client) fail(kind ErrorKind, status int, detail string, cause error, format string, a ...any) *Error {
	if cause != nil && !errors.Is(cause, context.Canceled) && !errors.Is(cause, context.DeadlineExceeded) {
		cause = nil
	}
	return &Error{Kind: kind, Service: c.name(), StatusCode: status, Detail: c.redact(detail), Timeout: c.timeout,
		Attempts: 1, Msg: c.redact(fmt.Sprintf(format, a...)), cause: cause}
}

// postJSON posts in as JSON to path and decodes the reply into out, retrying 429 and 5xx up to
// maxRetries times. A timeout is not retried: a server too slow to answer once is no faster the
// next time, and retrying only multiplies the wait.
func (c *client) postJSON(ctx context.Context, path string, header http.Header, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return c.fail(ErrOther, 0, err.Error(), nil, "encoding the request to %s: %v", c.name(), err)
	}
	backoff := c.backoff
	start := time.Now()
	for attempt := 0; ; attempt++ {
		wait, err := c.attempt(ctx, path, header, body, out)
		if err == nil {
			return nil
		}
		if wait < 0 || attempt >= c.maxRetries || c.maxRetries < 0 {
			return c.attempts(err, attempt+1, time.Since(start))
		}
		if wait == 0 {
			wait = backoff/2 + rand.N(backoff/2+1) // jitter
			backoff *= 2
		}
		if serr := c.sleep(ctx, min(wait, c.maxBackoff)); serr != nil {
			return c.fail(ErrCanceled, 0, "", serr, "%s: %v while waiting to retry (last error: %s)", c.name(), serr, err)
		}
	}
}

// attempts records on err how many requests were made and over how long, and says so in its
// message when there was more than one.
func (c *client) attempts(err *Error, n int, elapsed time.Duration) *Error {
	err.Attempts, err.Elapsed = n, elapsed
	if n > 1 {
		err.Msg += fmt.Sprintf(" (%d attempts in %v)", n, elapsed.Round(100*time.Millisecond))
	}
	return err
}

// attempt makes one request. On failure it returns the wait before a retry, or -1 when retrying
// cannot help.
func (c *client) attempt(ctx context.Context, path string, header http.Header, body []byte, out any) (time.Duration, *Error) {
	actx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodPost, c.baseURL+path, bytes.NewReader(body))
	if err != nil {
		return -1, c.fail(ErrBadURL, 0, err.Error(), nil, "bad %s URL %q: %v", c.service, c.baseURL, err)
	}
	req.Header = header.Clone()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.httpc.Do(req)
	if err != nil {
		return c.transportError(ctx, actx, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return c.transportError(ctx, actx, err)
	}
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(data, out); err != nil {
			return -1, c.fail(ErrBadReply, resp.StatusCode, snippet(data), nil, "%s sent a reply Glose cannot read (%v): %s", c.name(), err, snippet(data))
		}
		return 0, nil
	}
	return c.statusError(resp, data)
}

func (c *client) transportError(ctx, actx context.Context, err error) (time.Duration, *Error) {
	switch {
	case ctx.Err() != nil:
		return -1, c.fail(ErrCanceled, 0, "", ctx.Err(), "%s: %v", c.name(), ctx.Err())
	case actx.Err() != nil:
		return -1, c.fail(ErrTimeout, 0, "", nil, "%s did not answer within %v: the server may be overloaded; try again later or raise the timeout (GLOSE_MT_TIMEOUT)",
			c.name(), c.timeout)
	}
	return -1, c.fail(ErrUnreachable, 0, err.Error(), nil, "cannot reach %s: %v: check the server is running and the URL is right", c.name(), err)
}

func (c *client) statusError(resp *http.Response, data []byte) (time.Duration, *Error) {
	msg := snippet(data)
	if c.message != nil {
		if m := c.message(data); m != "" {
			msg = m
		}
	}
	code := resp.StatusCode
	switch {
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return -1, c.fail(ErrKey, code, msg, nil, "%s rejected the API key (HTTP %d: %s): check %s", c.name(), code, msg, c.keyHint)
	case code == http.StatusTooManyRequests || code >= 500:
		return c.retryAfter(resp), c.fail(ErrBusy, code, msg, nil, "%s is busy or failing (HTTP %d: %s): try again later", c.name(), code, msg)
	}
	return -1, c.fail(ErrRefused, code, msg, nil, "%s refused the request (HTTP %d: %s)", c.name(), code, msg)
}

// retryAfter reads a Retry-After header (seconds or an HTTP date); 0 means none, so the caller's
// exponential backoff applies.
func (c *client) retryAfter(resp *http.Response) time.Duration {
	if s := resp.Header.Get("Retry-After"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 {
			return max(time.Millisecond, time.Duration(n)*time.Second)
		}
		if t, err := http.ParseTime(s); err == nil {
			return max(time.Millisecond, time.Until(t))
		}
	}
	return 0
}

// snippet is the start of a body, for messages.
func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	if s == "" {
		return "empty body"
	}
	return s
}
