package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver: pure Go, no C toolchain
)

// A choice is one stored entry of a person's history of insurers, in the
// database's terms: the portal's check.go turns it into an smo.Entry and
// back, so the store knows nothing of the rules.
type choice struct {
	Day     string // YYYY-MM-DD, the day the application was filed
	Insurer string // registry number
	Region  int    // oms.Region, the region's two-digit code as a number
	Reason  string // smo.Reason's text form
}

// A decideFunc is given a person's stored history, oldest first, and says
// what to record: the new choice and true, or false to record nothing.
type decideFunc func(history []choice) (choice, bool, error)

// A store keeps every person's histories of choices, of insurers and of
// clinics and doctors (store_clinic.go), in a database. Its methods are
// safe for concurrent use, also by several processes on one database.
type store struct {
	db      *sql.DB
	dialect *dialect
}

// A dialect holds the SQL that differs between the databases.
type dialect struct {
	name   string
	schema []string
	// lock is run first in Decide's transaction to make the transactions
	// of one person run one after another (empty: the BEGIN does it).
	lock          string
	insertPerson  string
	selectHistory string
	insertChoice  string

	// The history of choices of clinic and doctor (store_clinic.go).
	selectClinicHistory string
	insertClinicChoice  string
}

// SQLite: the file is in WAL mode (readers do not block the writer),
// synchronous=FULL (a commit is on disk before it is acknowledged, so a
// crash, even of the machine, loses nothing accepted), and every
// transaction begins IMMEDIATE, taking the database's single write lock
// before it reads the history: two check-and-record transactions, from
// this process or another, cannot interleave, and a waiting one retries
// for busy_timeout. Within the process a single connection serialises
// them without the busy-wait.
var sqliteDialect = &dialect{
	name: "sqlite",
	schema: []string{
		`CREATE TABLE IF NOT EXISTS portal_persons (enp TEXT PRIMARY KEY)`,
		`CREATE TABLE IF NOT EXISTS portal_choices (
			id          INTEGER PRIMARY KEY AUTOINCREMENT,
			enp         TEXT NOT NULL REFERENCES portal_persons (enp),
			day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
			insurer     TEXT NOT NULL,
			region      INTEGER NOT NULL,
			reason      TEXT NOT NULL,
			recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`,
		`CREATE INDEX IF NOT EXISTS portal_choices_enp ON portal_choices (enp, day)`,
		sqliteClinicTable,
		`CREATE INDEX IF NOT EXISTS portal_clinic_choices_enp ON portal_clinic_choices (enp, day)`,
	},
	insertPerson:  `INSERT INTO portal_persons (enp) VALUES (?) ON CONFLICT (enp) DO NOTHING`,
	selectHistory: `SELECT day, insurer, region, reason FROM portal_choices WHERE enp = ? ORDER BY day, id`,
	insertChoice:  `INSERT INTO portal_choices (enp, day, insurer, region, reason) VALUES (?, ?, ?, ?, ?)`,

	// The history of choices of clinic and doctor (store_clinic.go).
	selectClinicHistory: `SELECT day, subject, ground, clinic, doctor FROM portal_clinic_choices WHERE enp = ? ORDER BY day, id`,
	insertClinicChoice:  `INSERT INTO portal_clinic_choices (enp, day, subject, ground, clinic, doctor) VALUES (?, ?, ?, ?, ?, ?)`,
}

// PostgreSQL: READ COMMITTED transactions, serialised per person by a row
// lock. The person's row is first created if missing (ON CONFLICT DO
// NOTHING waits for a concurrent insert of the same key to commit), then
// locked with SELECT … FOR UPDATE; the second of two concurrent requests
// for one person waits there until the first commits, and its history
// query, a new statement, then sees the first one's choice. Locking the
// history rows themselves would not do: a person with no rows yet has
// nothing to lock. Unlike SERIALIZABLE this needs no retry loop, and
// unlike an advisory lock on a hash of the key it cannot collide or be
// forgotten by another writer that goes through the same table.
var postgresDialect = &dialect{
	name: "postgres",
	schema: []string{
		// Two services starting at once would race to create the tables:
		// a transaction-scoped advisory lock makes them take turns.
		`SELECT pg_advisory_xact_lock(7268651)`,
		`CREATE TABLE IF NOT EXISTS portal_persons (enp TEXT PRIMARY KEY)`,
		`CREATE TABLE IF NOT EXISTS portal_choices (
			id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
			enp         TEXT NOT NULL REFERENCES portal_persons (enp),
			day         DATE NOT NULL,
			insurer     TEXT NOT NULL,
			region      SMALLINT NOT NULL,
			reason      TEXT NOT NULL,
			recorded_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
		`CREATE INDEX IF NOT EXISTS portal_choices_enp ON portal_choices (enp, day)`,
		postgresClinicTable,
		`CREATE INDEX IF NOT EXISTS portal_clinic_choices_enp ON portal_clinic_choices (enp, day)`,
	},
	lock:          `SELECT enp FROM portal_persons WHERE enp = $1 FOR UPDATE`,
	insertPerson:  `INSERT INTO portal_persons (enp) VALUES ($1) ON CONFLICT (enp) DO NOTHING`,
	selectHistory: `SELECT to_char(day, 'YYYY-MM-DD'), insurer, region, reason FROM portal_choices WHERE enp = $1 ORDER BY day, id`,
	insertChoice:  `INSERT INTO portal_choices (enp, day, insurer, region, reason) VALUES ($1, $2::date, $3, $4, $5)`,

	// The history of choices of clinic and doctor (store_clinic.go).
	selectClinicHistory: `SELECT to_char(day, 'YYYY-MM-DD'), subject, ground, clinic, doctor FROM portal_clinic_choices WHERE enp = $1 ORDER BY day, id`,
	insertClinicChoice:  `INSERT INTO portal_clinic_choices (enp, day, subject, ground, clinic, doctor) VALUES ($1, $2::date, $3, $4, $5, $6)`,
}

// openStore opens the database named by dsn and creates the schema if it
// is not there: a PostgreSQL URL (postgres://… or postgresql://…), or
// else the path of a SQLite file, created if missing.
func openStore(ctx context.Context, dsn string) (*store, error) {
	var s *store
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(16)
		db.SetMaxIdleConns(16)
		db.SetConnMaxIdleTime(5 * time.Minute)
		s = &store{db: db, dialect: postgresDialect}
	case dsn == "":
		return nil, errors.New("no database given")
	case strings.ContainsRune(dsn, '?'):
		return nil, fmt.Errorf("SQLite file %q: the name may not contain '?'", dsn)
	default:
		db, err := sql.Open("sqlite", dsn+"?_txlock=immediate&_busy_timeout=10000&_journal_mode=WAL&_synchronous=FULL&_foreign_keys=1")
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(1)
		db.SetConnMaxIdleTime(0)
		s = &store{db: db, dialect: sqliteDialect}
	}
	if err := s.createSchema(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("%s: %w", s.dialect.name, err)
	}
	return s, nil
}

func (s *store) createSchema(ctx context.Context) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range s.dialect.schema {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close closes the database.
func (s *store) Close() error { return s.db.Close() }

// Ping reports whether the database answers.
func (s *store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// Decide loads the person's history, calls decide on it and records the
// choice it returns, all in one transaction that no other Decide (or
// DecideClinic) for the same person overlaps: what decide saw is still the
// history when its choice is written. It reports whether a choice was recorded; once it
// returns true the choice is committed and durable.
func (s *store) Decide(ctx context.Context, person string, decide decideFunc) (bool, error) {
	recorded := false
	err := s.inPersonTx(ctx, person, func(tx *sql.Tx) error {
		h, err := queryHistory(ctx, tx, s.dialect.selectHistory, person)
		if err != nil {
			return err
		}
		c, ok, err := decide(h)
		if err != nil || !ok {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.dialect.insertChoice, person, c.Day, c.Insurer, c.Region, c.Reason); err != nil {
			return err
		}
		recorded = true
		return nil
	})
	return recorded && err == nil, err
}

// History returns the person's stored history, oldest first; none for a
// person never seen.
func (s *store) History(ctx context.Context, person string) ([]choice, error) {
	return queryHistory(ctx, s.db, s.dialect.selectHistory, person)
}

// inPersonTx runs fn in a transaction that no other inPersonTx for the
// same person overlaps (the person's row is created if missing and
// locked), committed if fn returns nil. Both histories, of insurers and
// of clinics, take the same lock.
func (s *store) inPersonTx(ctx context.Context, person string, fn func(*sql.Tx) error) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.dialect.insertPerson, person); err != nil {
			return err
		}
		if s.dialect.lock != "" {
			if _, err := tx.ExecContext(ctx, s.dialect.lock, person); err != nil {
				return err
			}
		}
		return fn(tx)
	})
}

// inTx runs fn in a transaction, committed if fn returns nil.
func (s *store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryHistory(ctx context.Context, q querier, query, person string) ([]choice, error) {
	rows, err := q.QueryContext(ctx, query, person)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []choice
	for rows.Next() {
		var c choice
		if err := rows.Scan(&c.Day, &c.Insurer, &c.Region, &c.Reason); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
