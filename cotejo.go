// Package cotejo holds the domain of cotejo: articles read from many outlets,
// the stories they are grouped into, and what is extracted and cross-checked
// across them. It imports only the standard library; every stage and every
// outside dependency lives in a package of its own.
package cotejo

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Span is a half-open byte range [Start, End) into an article's Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the part of body the span covers, or "" when it is out of range.
func (s Span) Text(body string) string {
	if s.Start < 0 || s.End > len(body) || s.Start > s.End {
		return ""
	}
	return body[s.Start:s.End]
}

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Grain is how precise a Date is.
type Grain int

// Grains from coarsest to finest. The zero Grain means "no date".
const (
	NoDate Grain = iota
	Year
	Month
	Day
	Minute
)

// String names the grain.
func (g Grain) String() string {
	switch g {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	case Minute:
		return "minute"
	}
	return "none"
}

// Date is a point in time known to a given grain: "2025", "2025-11",
// "2025-11-21" or "2025-12-11T14:08:00". The zero Date is unknown and
// marshals to JSON null.
type Date struct {
	Time  time.Time
	Grain Grain
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Grain == NoDate }

// String formats the date to its grain, or "" when it is unknown. Times are
// printed as local wall-clock time of the source, without a zone.
func (d Date) String() string {
	switch d.Grain {
	case Year:
		return d.Time.Format("2006")
	case Month:
		return d.Time.Format("2006-01")
	case Day:
		return d.Time.Format("2006-01-02")
	case Minute:
		return d.Time.Format("2006-01-02T15:04:05")
	}
	return ""
}

// Before reports whether d starts before o.
func (d Date) Before(o Date) bool { return d.Time.Before(o.Time) }

// MarshalJSON writes the date as a string to its grain, or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a date written by MarshalJSON (or null).
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// ParseDate reads the forms Date.String writes (and RFC 3339 timestamps).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	layouts := []struct {
		layout string
		grain  Grain
	}{
		{time.RFC3339, Minute},
		{"2006-01-02T15:04:05", Minute},
		{"2006-01-02T15:04", Minute},
		{"2006-01-02 15:04:05", Minute},
		{"2006-01-02", Day},
		{"2006-01", Month},
		{"2006", Year},
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return Date{Time: t, Grain: l.grain}, nil
		}
	}
	return Date{}, fmt.Errorf("date %q: not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss", s)
}
