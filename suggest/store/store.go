// Package store opens the SQLite database that holds the user's translation memory and glossary
// (modernc.org/sqlite, pure Go): one file shared by all documents, in WAL mode with a busy timeout
// so that the desktop app and the command-line tool can use it at the same time.
package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// BusyTimeout is how long a statement waits for another process's lock before failing.
const BusyTimeout = 5 * time.Second

// Open opens (creating if needed, with its directory) the database file at path, in WAL mode with
// a busy timeout of BusyTimeout and foreign keys on.
func Open(path string) (*sql.DB, error) {
	if path == "" {
		return nil, errors.New("opening translation database: empty path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("creating directory for %s: %w", path, err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "cache_size(-32000)") // 32 MB: a 100k-unit memory's index stays in memory
	q.Set("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if err := ping(db); err != nil {
		db.Close()
		return nil, Explain(path, err)
	}
	return db, nil
}

// ping opens db's first connection, which sets its pragmas, waiting up to BusyTimeout while another
// process holds the file: switching a new database to WAL takes SQLite's exclusive lock and fails at
// once, without the busy timeout, when another connection is setting it up too (four writers opening
// a new memory together failed about once in twenty runs on a loaded machine).
func ping(db *sql.DB) error {
	deadline := time.Now().Add(BusyTimeout)
	for {
		err := db.Ping()
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Explain turns SQLite's busy, locked, read-only and corrupt errors into messages that say what to
// do; other errors are wrapped with the path.
func Explain(path string, err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("%s is busy: another program kept it locked for more than %v; close it or retry: %w",
				path, BusyTimeout, err)
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			return fmt.Errorf("cannot write %s: check the file and its directory are writable: %w", path, err)
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%s is not a valid Glose database (corrupt or another kind of file): %w", path, err)
		}
	}
	if strings.Contains(err.Error(), "no such module: fts5") {
		return fmt.Errorf("%s: this SQLite build lacks FTS5: %w", path, err)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// Problem is what kind of SQLite failure an error is, for a program that says it in its own words.
type Problem int

// The problems ProblemOf tells apart.
const (
	ProblemOther    Problem = iota // not one of these: the error's own words are all there is
	ProblemBusy                    // another process keeps the database locked
	ProblemReadOnly                // the file or its folder cannot be written
	ProblemCorrupt                 // the file is damaged, or not a database
)

// ProblemOf tells which Problem err, from Open or a statement, is.
func ProblemOf(err error) Problem {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return ProblemOther
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return ProblemBusy
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
		return ProblemReadOnly
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return ProblemCorrupt
	}
	return ProblemOther
}
