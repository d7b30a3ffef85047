package group

import "math"

// MinHash with LSH banding: each article's salient features are reduced
// to a signature of minHashes values; articles whose signatures agree on
// all rows of at least one band land in the same bucket and become
// candidates of each other, so that candidates are found without comparing
// all pairs. With b bands of r rows, two sets of Jaccard similarity s
// collide with probability 1-(1-s^r)^b: with 16 bands of 3 rows, about 0.65
// at s=0.4 and 0.9 at s=0.5, and under 0.02 at s=0.1.
const (
	bands       = 16
	rows        = 3
	minHashes   = bands * rows
	bucketLimit = 48 // most recent stories kept per bucket
)

// hashSeeds are fixed so that signatures are stable across runs and
// processes (a store may persist them).
var hashSeeds = func() [minHashes]uint64 {
	var s [minHashes]uint64
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// mix is the splitmix64 finaliser: a fast, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// signature is the MinHash signature of a set of feature ids.
type signature [minHashes]uint64

func minHash(set []uint32) (signature, bool) {
	var sig signature
	if len(set) == 0 {
		return sig, false
	}
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, id := range set {
		for i, seed := range hashSeeds {
			if h := mix(uint64(id) ^ seed); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig, true
}

// bandKeys returns one bucket key per band.
func (s *signature) bandKeys() [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range s[b*rows : (b+1)*rows] {
			h = mix(h ^ v)
		}
		keys[b] = h
	}
	return keys
}

// postings maps a key (an LSH bucket or a salient feature) to the stories
// filed under it, keeping only the most recent limit so that a popular key
// costs no more than a rare one.
type postings[K comparable] struct {
	m     map[K][]int32
	limit int
}

func newPostings[K comparable](limit int) postings[K] {
	return postings[K]{m: make(map[K][]int32), limit: limit}
}

// add files story under key, unless it is already the latest there.
func (p postings[K]) add(key K, story int32) {
	l := p.m[key]
	if n := len(l); n > 0 && l[n-1] == story {
		return
	}
	if len(l) >= 2*p.limit {
		l = append(l[:0], l[len(l)-p.limit:]...)
	}
	p.m[key] = append(l, story)
}

// get returns the stories filed under key, at most limit, latest last.
func (p postings[K]) get(key K) []int32 {
	l := p.m[key]
	if len(l) > p.limit {
		return l[len(l)-p.limit:]
	}
	return l
}
