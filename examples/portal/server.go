package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/omsrules/oms"
	"github.com/omsrules/oms/program"
	"github.com/omsrules/oms/smo"
	"github.com/rickb777/date"
)

// A server answers the portal's questions. Apart from the store, which
// keeps the histories of choices in a database, it holds only immutable
// values of the library; it is safe for concurrent use.
type server struct {
	reg         *smo.Registry
	territorial map[territorialKey]*program.Territorial
	store       *store
	access      program.AccessRules
	maxBody     int64
	log         *log.Logger
	// checkers holds an smo.Checker per region, with the region's
	// production calendar, built on first use.
	checkers [100]struct {
		once sync.Once
		c    *smo.Checker
	}
}

type territorialKey struct {
	region oms.Region
	year   int
}

func newServer(reg *smo.Registry, terr []*program.Territorial, st *store, maxBody int64, logger *log.Logger) *server {
	s := &server{reg: reg, territorial: map[territorialKey]*program.Territorial{}, store: st, access: program.DefaultAccessRules(), maxBody: maxBody, log: logger}
	for _, t := range terr {
		s.territorial[territorialKey{t.Region(), t.Year()}] = t
	}
	return s
}

// A route is one endpoint of the service.
type route struct {
	method, path, summary string
	handler               http.Handler
}

// routes lists the service's endpoints: a new one is one line here.
func (s *server) routes() []route {
	return []route{
		{"POST", "/v1/eligibility", "is the person insured, in which category, are the documents complete", endpoint(s, s.eligibility)},
		{"POST", "/v1/switch", "may the person choose or switch to this insurer; recorded if allowed", endpointCtx(s, s.switchInsurer)},
		{"POST", "/v1/history", "the person's recorded choices of insurer", endpointCtx(s, s.history)},
		{"POST", "/v1/clinic-choice", "may the person choose this clinic or doctor; recorded if allowed", endpointCtx(s, s.clinicChoice)},
		{"POST", "/v1/clinic-history", "the person's recorded choices of clinic and doctor", endpointCtx(s, s.clinicHistory)},
		{"POST", "/v1/coverage", "is care for an ICD-10 code paid by ОМС in a region", endpoint(s, s.coverage)},
		{"POST", "/v1/deadline", "when does a period end, 24:00 in the region's time zone", endpoint(s, s.deadline)},
		{"GET", "/healthz", "is the service up and its database answering", http.HandlerFunc(s.health)},
	}
}

// handler returns the service: its routes, the index at /, a 500 for a
// panic, and an access log line per request.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	index := map[string]string{}
	for _, r := range s.routes() {
		mux.Handle(r.path, methodOnly(r.method, r.handler))
		index[r.method+" "+r.path] = r.summary
	}
	mux.Handle("/", methodOnly("GET", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			writeError(w, r, http.StatusNotFound, "no such endpoint; GET / lists them")
			return
		}
		writeJSON(w, http.StatusOK, index)
	})))
	return s.accessLog(s.recover(mux))
}

// methodOnly answers 405, with Allow, to any method but m (and HEAD for
// GET).
func methodOnly(m string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == m || (m == http.MethodGet && r.Method == http.MethodHead) {
			h.ServeHTTP(w, r)
			return
		}
		allow, hint := m, "use "+m
		if m == http.MethodGet {
			allow = "GET, HEAD"
		} else {
			hint += " with a JSON body"
		}
		w.Header().Set("Allow", allow)
		writeError(w, r, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; "+hint)
	})
}

// recover turns a panic into a 500, logged: a bug, never bad input.
func (s *server) recover(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Printf("panic serving %s %s: %v", r.Method, r.Pattern, v)
				writeError(w, r, http.StatusInternalServerError, "internal error")
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// A loggingWriter notes the status and size of an answer.
type loggingWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *loggingWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *loggingWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

// accessLog writes a line per request: method, route, status, duration
// and size. It logs the route the request matched, never the raw path
// or query, and no body: no СНИЛС, ЕНП or name can reach the log.
func (s *server) accessLog(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		lw := &loggingWriter{ResponseWriter: w}
		h.ServeHTTP(lw, r)
		route := r.Pattern // set by the mux on r itself
		if route == "" || (route == "/" && r.URL.Path != "/") {
			route = "-"
		}
		s.log.Printf("access method=%s route=%s status=%d duration=%s bytes=%d",
			safeMethod(r.Method), route, lw.status, time.Since(start).Round(time.Microsecond), lw.bytes)
	})
}

// safeMethod returns the method if it is a standard one: a client could
// put anything in its place.
func safeMethod(m string) string {
	switch m {
	case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE":
		return m
	}
	return "other"
}

// health answers GET /healthz.
func (s *server) health(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.log.Printf("health: database: %v", err)
		writeJSON(w, http.StatusServiceUnavailable, HealthResponse{Status: "unavailable", Database: s.store.dialect.name})
		return
	}
	writeJSON(w, http.StatusOK, HealthResponse{Status: "ok", Database: s.store.dialect.name})
}

// A badInput is an error in the request's values: a 400.
type badInput struct{ msg string }

func (e *badInput) Error() string { return e.msg }

func bad(format string, a ...any) error { return &badInput{fmt.Sprintf(format, a...)} }

// A conflict is a request at odds with what the service recorded: a 409.
type conflict struct{ msg string }

func (e *conflict) Error() string { return e.msg }

// endpoint wraps fn as an endpoint with a JSON body of type Req.
func endpoint[Req any](s *server, fn func(*Req) (any, error)) http.Handler {
	return endpointCtx(s, func(_ context.Context, req *Req) (any, error) { return fn(req) })
}

// endpointCtx is endpoint for an fn that needs the request's context (to
// reach the database).
func endpointCtx[Req any](s *server, fn func(context.Context, *Req) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ct := r.Header.Get("Content-Type")
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			writeError(w, r, http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %q: want application/json", ct))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
		var req Req
		if status, msg := decodeBody(r.Body, &req); status != 0 {
			writeError(w, r, status, msg)
			return
		}
		resp, err := fn(r.Context(), &req)
		if err != nil {
			var b *badInput
			var c *conflict
			switch {
			case errors.As(err, &b):
				writeError(w, r, http.StatusBadRequest, b.msg)
				return
			case errors.As(err, &c):
				writeError(w, r, http.StatusConflict, c.msg)
				return
			}
			s.log.Printf("%s: %v", r.Pattern, err)
			writeError(w, r, http.StatusInternalServerError, "internal error")
			return
		}
		writeAnswer(w, r, resp)
	})
}

// decodeBody decodes exactly one JSON value into v, unknown fields being
// errors; on failure it returns the status and a message that names the
// field, in JSON's terms rather than Go's.
func decodeBody(body io.Reader, v any) (int, string) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if err = dec.Decode(&struct{}{}); err == io.EOF {
			return 0, ""
		} else if err == nil {
			return http.StatusBadRequest, "more than one JSON value in the body"
		}
	}
	var tooBig *http.MaxBytesError
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes", tooBig.Limit)
	case err == io.EOF:
		return http.StatusBadRequest, "empty body: want a JSON object"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return http.StatusBadRequest, "invalid JSON: the body ends inside a value"
	case errors.As(err, &typeErr):
		field := typeErr.Field
		if field == "" {
			field = "the body"
		}
		return http.StatusBadRequest, fmt.Sprintf("%s: got a JSON %s, want %s", field, typeErr.Value, jsonKind(typeErr.Type))
	case errors.As(err, &syntaxErr):
		return http.StatusBadRequest, fmt.Sprintf("invalid JSON at byte %d: %s", syntaxErr.Offset, syntaxErr.Error())
	default:
		// An unknown field: `json: unknown field "colour"`.
		return http.StatusBadRequest, strings.TrimPrefix(err.Error(), "json: ")
	}
}

// jsonKind names what JSON value a Go type takes.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return jsonKind(t.Elem()) + " or null"
	}
	return "another value"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v) // a failed write is the client's problem
}

// parseDay parses "YYYY-MM-DD" strictly.
func parseDay(field, s string) (date.Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return date.Date{}, bad("%s: %q is not a date YYYY-MM-DD", field, s)
	}
	d := date.NewAt(t)
	if d.Year() < 1900 || d.Year() > 2100 {
		return date.Date{}, bad("%s: %s is out of range", field, s)
	}
	return d, nil
}

func parseRegion(field, s string) (oms.Region, error) {
	r, err := oms.ParseRegion(s)
	if err != nil {
		return 0, bad("%s: %v", field, err)
	}
	return r, nil
}

// enum parses the text form of a library enumeration.
func enum(field, s string, v interface{ UnmarshalText([]byte) error }) error {
	if err := v.UnmarshalText([]byte(s)); err != nil {
		return bad("%s: %v", field, err)
	}
	return nil
}
