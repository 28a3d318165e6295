package main

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// An outcome is what a worker makes of one row: the rendered block of the
// report and what the summary needs, so the writer only copies bytes.
type outcome struct {
	line      int
	out       *rendered // the rendered block (text or one JSON line), from blocks; nil if not reported
	malformed bool
	pass      bool
	violated  []string // codes of the violations, for the summary
	category  string
	problems  []ProblemKind // the kinds of the application's problems, for the summary
	// unconfirmed: a violation of the application rests on a rule the
	// library marks unconfirmed.
	unconfirmed bool
}

// batchSize is the number of rows a worker takes at once: handing rows
// over one by one costs more in synchronisation than checking them.
const batchSize = 32

// pipeline checks rows on workers and hands the outcomes to emit in input
// order. At most window batches are in flight at once, so memory does not
// grow with the input.
type pipeline struct {
	workers int
	window  int // batches in flight
	// newProcess makes the function a worker turns its rows into outcomes
	// with: one per worker, so that each may keep caches without locks.
	newProcess func() func(row) outcome
	// inFlight and maxInFlight count rows, so tests can check that memory
	// is bounded; done counts rows emitted, for the progress line.
	inFlight, maxInFlight atomic.Int64
	done                  atomic.Int64
}

// defaultWorkers is the number of workers when none is asked for: one
// more than the cores. The reader and the writer of the report take a
// share of a core each, and with a worker to spare no core waits on them
// or on a worker's hand-off (on two cores, BenchmarkAuditJSON: 5.7 µs an
// application with three workers, 6.3 with two, and less CPU time too).
func defaultWorkers() int { return runtime.GOMAXPROCS(0) + 1 }

func newPipeline(workers int, newProcess func() func(row) outcome) *pipeline {
	if workers < 1 {
		workers = defaultWorkers()
	}
	return &pipeline{workers: workers, window: 4 * workers, newProcess: newProcess}
}

// maxRows is the most rows the pipeline holds at once.
func (p *pipeline) maxRows() int { return (p.window + p.workers + 2) * batchSize }

type batch struct {
	rows []row
	res  chan []outcome // capacity 1
}

// run reads src to its end (or until ctx is done) and calls emit for each
// outcome, in the order of the rows. emit runs on the calling goroutine.
func (p *pipeline) run(ctx context.Context, src source, emit func(outcome)) {
	jobs := make(chan batch, p.workers)
	order := make(chan chan []outcome, p.window)

	var wg sync.WaitGroup
	for range p.workers {
		wg.Add(1)
		process := p.newProcess()
		go func() {
			defer wg.Done()
			for b := range jobs {
				out := make([]outcome, len(b.rows))
				for i, r := range b.rows {
					out[i] = process(r)
				}
				b.res <- out
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for ctx.Err() == nil {
			rows := make([]row, 0, batchSize)
			for len(rows) < batchSize {
				r, ok := src.Next()
				if !ok {
					break
				}
				rows = append(rows, r)
			}
			if len(rows) == 0 {
				return
			}
			n := p.inFlight.Add(int64(len(rows)))
			for m := p.maxInFlight.Load(); n > m && !p.maxInFlight.CompareAndSwap(m, n); m = p.maxInFlight.Load() {
			}
			res := make(chan []outcome, 1)
			// order is sent first: its capacity is what bounds the batches
			// in flight; the job is then always taken by a worker.
			select {
			case order <- res:
			case <-ctx.Done():
				return
			}
			jobs <- batch{rows: rows, res: res}
			if len(rows) < batchSize {
				return
			}
		}
	}()
	for res := range order {
		outs := <-res
		p.inFlight.Add(-int64(len(outs)))
		for _, o := range outs {
			p.done.Add(1)
			emit(o)
		}
	}
	wg.Wait()
}
