// Package paint is the generator's test input.
package paint

import (
	"errors"
	"fmt"
)

// A Color is a colour; the zero Color is not set.
type Color uint8

// The colours.
const (
	Red Color = iota + 1
	Green
	Blue
)

var colorNames = [...]string{Red: "red", Green: "green", Blue: "blue"}

// Hex returns the colour's hex code.
func (c Color) Hex() string { return fmt.Sprintf("#%02x", uint8(c)) }

// A Level has a named zero.
type Level uint8

var levelNames = []string{"none", "low", "high"}

// A Finish has its names in a struct table and wraps ErrPaint.
type Finish uint16

// The finishes.
const (
	Matte Finish = 2
	Gloss Finish = 5
)

// ErrPaint is wrapped by the errors of Finish.
var ErrPaint = errors.New("paint: bad paint")

var finishTable = [...]struct{ key, ru string }{
	Matte: {"matte", "матовая"},
	Gloss: {key: "gloss", ru: "глянцевая"},
}

// NameRU returns the finish in Russian.
func (f Finish) NameRU() string { return finishTable[f].ru }

// A SNILSReading has an acronym in its name.
type SNILSReading uint8

var readingNames = [...]string{1: "strict", 2: "lenient"}

// A Coat is how many coats; the zero Coat is none, a valid value.
type Coat uint8

// The coats.
const (
	OneCoat Coat = iota + 1
	TwoCoats
)

var coatNames = [...]string{OneCoat: "one", TwoCoats: "two"}

// A Brush is a brush, its names in an array of arrays.
type Brush uint8

// The brushes.
const (
	Flat Brush = iota + 1
	Round
)

var brushInfo = [...][2]string{Flat: {"flat", "плоская"}, Round: {"round", "круглая"}}
