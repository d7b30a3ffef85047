// Package story draws what a group of articles says together: shared
// passages, merged entities, quote variants, the timeline and
// cross-checked claims.
package story
