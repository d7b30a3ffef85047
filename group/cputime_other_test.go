//go:build !unix

package group

import "time"

// cpuTime is unknown here: benchmarks then report wall-clock throughput only.
func cpuTime() time.Duration { return 0 }
