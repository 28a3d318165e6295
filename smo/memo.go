package smo

import (
	"sync/atomic"
	"unsafe"

	"github.com/omsrules/oms"
)

// Most applications end in one of a few outcomes whose findings carry no
// per-call text: the same codes, the same fixed messages, the citations of
// the same period. A Checker makes the Decision of each such outcome once
// and returns it again whenever the same findings recur, so that the usual
// check allocates nothing. Decisions are immutable, so sharing one is safe;
// a shared decision is equal, finding by finding, to the one the check
// would have made.

const (
	// memoFindings is the most findings a shared decision has, and the
	// number a check collects before it allocates.
	memoFindings = 6
	// memoSize bounds the shared decisions of one checker.
	memoSize = 256
)

// decisionMemo holds a checker's shared decisions. The map is never
// changed once published: a new decision is added to a copy, swapped in
// atomically, so reads take no lock.
type decisionMemo struct {
	m atomic.Pointer[map[memoKey]oms.Decision]
}

// memoKey identifies findings by where their texts and citations are
// stored: for fixed texts, the string literals. A hit is confirmed by
// comparing the findings in full, so the key need only tell outcomes apart.
type memoKey [memoFindings][3]uintptr

func keyOf(fs []oms.Finding) memoKey {
	var k memoKey
	for i := range fs {
		f := &fs[i]
		k[i] = [3]uintptr{
			uintptr(unsafe.Pointer(unsafe.StringData(f.RU))),
			uintptr(unsafe.Pointer(unsafe.StringData(f.Citation.Point))) ^ uintptr(len(f.Citation.Point)),
			uintptr(unsafe.Pointer(unsafe.StringData(f.Citation.Act))) ^ uintptr(f.Severity)<<1 ^ uintptr(boolBit(f.Unconfirmed)),
		}
	}
	return k
}

func boolBit(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// decision returns the decision of the findings collected in out: a
// shared one when the checker has made it before and the findings carry
// no per-call text.
func (c *Checker) decision(out *findings) oms.Decision {
	if out.more.Len() > 0 {
		return out.more.Decision()
	}
	fs := out.buf[:out.n]
	if c.memo == nil || out.dynamic || len(fs) == 0 {
		return newDecision(fs)
	}
	k := keyOf(fs)
	m := c.memo.m.Load()
	if m != nil {
		if d, ok := (*m)[k]; ok && sameFindings(d, fs) {
			return d
		}
	}
	d := newDecision(fs)
	c.memo.add(m, k, d)
	return d
}

// add publishes d under k in a copy of old, unless the memo is full or
// another check has published meanwhile (d is then made again next time).
func (memo *decisionMemo) add(old *map[memoKey]oms.Decision, k memoKey, d oms.Decision) {
	n := 0
	if old != nil {
		n = len(*old)
	}
	if n >= memoSize {
		return
	}
	m := make(map[memoKey]oms.Decision, n+1)
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	m[k] = d
	memo.m.CompareAndSwap(old, &m)
}

func newDecision(fs []oms.Finding) oms.Decision {
	var b oms.DecisionBuilder
	b.Grow(len(fs))
	b.Add(fs...)
	return b.Decision()
}

// sameFindings reports whether d holds exactly the findings fs.
func sameFindings(d oms.Decision, fs []oms.Finding) bool {
	if d.Len() != len(fs) {
		return false
	}
	for i := range fs {
		if d.At(i) != fs[i] {
			return false
		}
	}
	return true
}
