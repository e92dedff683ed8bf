package formats

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

// BenchmarkReadLargeXLIFF reads a client's XLIFF file of about 33 MB (XLIFF 2, and 1.2), the size of
// a book-length job, whose units hold inline codes (see codesClient). Besides ns/op, B/op and
// allocs/op it reports the heap's peak during a read (peak-MB), what the machine must have free.
func BenchmarkReadLargeXLIFF(b *testing.B) {
	for _, v12 := range []bool{false, true} {
		name := "xliff2"
		if v12 {
			name = "xliff12"
		}
		data := codesClient(78000, v12)
		b.Run(fmt.Sprintf("%s/%dMB", name, len(data)>>20), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			peak := 0.0
			for b.Loop() {
				runtime.GC()
				base := heapLive()
				stop := watchHeap()
				if _, _, err := Read("big.xlf", data, ReadOptions{}); err != nil {
					b.Fatal(err)
				}
				peak = max(peak, float64(stop()-base)/(1<<20))
			}
			b.ReportMetric(peak, "peak-MB")
		})
	}
}

// heapLive is the bytes of live and not yet swept heap objects now.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// watchHeap samples the heap every two milliseconds until the returned function is called, which returns
// the largest size seen.
func watchHeap() func() uint64 {
	done, res := make(chan struct{}), make(chan uint64)
	go func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		var top uint64
		for {
			top = max(top, heapLive())
			select {
			case <-done:
				res <- max(top, heapLive())
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 { close(done); return <-res }
}
