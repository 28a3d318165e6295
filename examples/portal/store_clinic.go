package main

import (
	"context"
	"database/sql"
)

// The history of a person's choices of clinic and doctor (323-ФЗ ст. 21),
// beside the history of insurers in the same database and under the same
// per-person lock.

// A clinicChoice is one stored choice of clinic or doctor, in the
// database's terms: clinic.go turns it into a program.ChoiceEntry and
// back. Only choices that took effect are stored, so there is no
// "refused" column.
type clinicChoice struct {
	Day     string // YYYY-MM-DD, the day the application was filed
	Subject string // program.ChoiceSubject's text: clinic | doctor
	Ground  string // program.ChoiceGround's text: at_will | relocation
	Clinic  string // the clinic chosen, or the one the doctor works in
	Doctor  string // the doctor chosen; "" for a choice of clinic
}

// A decideClinicFunc is given a person's stored choices of clinic and
// doctor, oldest first, and says what to record: the new choice and true,
// or false to record nothing.
type decideClinicFunc func(history []clinicChoice) (clinicChoice, bool, error)

const sqliteClinicTable = `CREATE TABLE IF NOT EXISTS portal_clinic_choices (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	enp         TEXT NOT NULL REFERENCES portal_persons (enp),
	day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	subject     TEXT NOT NULL CHECK (subject IN ('clinic', 'doctor')),
	ground      TEXT NOT NULL CHECK (ground IN ('at_will', 'relocation')),
	clinic      TEXT NOT NULL CHECK (clinic <> ''),
	doctor      TEXT NOT NULL DEFAULT '',
	recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`

const postgresClinicTable = `CREATE TABLE IF NOT EXISTS portal_clinic_choices (
	id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	enp         TEXT NOT NULL REFERENCES portal_persons (enp),
	day         DATE NOT NULL,
	subject     TEXT NOT NULL CHECK (subject IN ('clinic', 'doctor')),
	ground      TEXT NOT NULL CHECK (ground IN ('at_will', 'relocation')),
	clinic      TEXT NOT NULL CHECK (clinic <> ''),
	doctor      TEXT NOT NULL DEFAULT '',
	recorded_at TIMESTAMPTZ NOT NULL DEFAULT now())`

// DecideClinic is Decide for the history of clinics and doctors: it loads
// the person's stored choices, calls decide on them and records the choice
// it returns, in one transaction that no other Decide or DecideClinic for
// the same person overlaps. It reports whether a choice was recorded (and
// committed).
func (s *store) DecideClinic(ctx context.Context, person string, decide decideClinicFunc) (bool, error) {
	recorded := false
	err := s.inPersonTx(ctx, person, func(tx *sql.Tx) error {
		h, err := queryClinicHistory(ctx, tx, s.dialect.selectClinicHistory, person)
		if err != nil {
			return err
		}
		c, ok, err := decide(h)
		if err != nil || !ok {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.dialect.insertClinicChoice, person, c.Day, c.Subject, c.Ground, c.Clinic, c.Doctor); err != nil {
			return err
		}
		recorded = true
		return nil
	})
	return recorded && err == nil, err
}

// ClinicHistory returns the person's stored choices of clinic and doctor,
// oldest first (in the order recorded within a day); none for a person
// never seen.
func (s *store) ClinicHistory(ctx context.Context, person string) ([]clinicChoice, error) {
	return queryClinicHistory(ctx, s.db, s.dialect.selectClinicHistory, person)
}

func queryClinicHistory(ctx context.Context, q querier, query, person string) ([]clinicChoice, error) {
	rows, err := q.QueryContext(ctx, query, person)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []clinicChoice
	for rows.Next() {
		var c clinicChoice
		if err := rows.Scan(&c.Day, &c.Subject, &c.Ground, &c.Clinic, &c.Doctor); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
