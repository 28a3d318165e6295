package eligibility

import "fmt"

// enumText is the text form of a small enumeration: codes[i] is the stable
// code of value i.
type enumText struct {
	name  string // the Go type, for errors
	codes []string
}

func (e enumText) string(v uint8) string {
	if int(v) < len(e.codes) {
		return e.codes[v]
	}
	return fmt.Sprintf("%s(%d)", e.name, v)
}

func (e enumText) marshal(v uint8) ([]byte, error) {
	if int(v) >= len(e.codes) {
		return nil, fmt.Errorf("eligibility: invalid %s %d", e.name, v)
	}
	return []byte(e.codes[v]), nil
}

func (e enumText) unmarshal(text []byte) (uint8, error) {
	for i, c := range e.codes {
		if string(text) == c {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("eligibility: unknown %s %q", e.name, text)
}
