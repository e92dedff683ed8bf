package dict

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// dictData reads byte ranges of a dictd data file: plain (.dict), dictzip (.dict.dz with the "RA"
// random-access header: only the needed chunks are inflated) or plain gzip (inflated once, lazily).
type dictData interface {
	read(off, n int64) ([]byte, error)
	Close() error
}

type plainData struct{ f *os.File }

func (p plainData) read(off, n int64) ([]byte, error) {
	buf := make([]byte, n)
	if _, err := p.f.ReadAt(buf, off); err != nil {
		return nil, fmt.Errorf("reading %s at %d: %w", p.f.Name(), off, err)
	}
	return buf, nil
}

func (p plainData) Close() error { return p.f.Close() }

// dictzipData reads chunks of a dictzip file; each chunk inflates on its own.
type dictzipData struct {
	f        *os.File
	chunkLen int64
	offsets  []int64 // file offset of each chunk, plus the end of the last
	mu       sync.Mutex
	cache    map[int][]byte // inflated chunks, bounded
}

// gzipData holds a plain gzip file's whole inflated content, read on first use.
type gzipData struct {
	path string
	once sync.Once
	data []byte
	err  error
}

func (g *gzipData) read(off, n int64) ([]byte, error) {
	g.once.Do(func() {
		f, err := os.Open(g.path)
		if err != nil {
			g.err = err
			return
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			g.err = fmt.Errorf("reading %s: %w", g.path, err)
			return
		}
		g.data, g.err = io.ReadAll(zr)
	})
	if g.err != nil {
		return nil, g.err
	}
	if off < 0 || off+n > int64(len(g.data)) {
		return nil, fmt.Errorf("%s: entry at %d+%d beyond the end (%d bytes)", g.path, off, n, len(g.data))
	}
	return g.data[off : off+n], nil
}

func (g *gzipData) Close() error { return nil }

// openData opens path as dictzip when it has the random-access header, else as gzip.
func openData(path string) (dictData, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	d, err := parseDictzip(f)
	if err == nil {
		return d, nil
	}
	f.Close()
	if errors.Is(err, errNotDictzip) {
		return &gzipData{path: path}, nil
	}
	return nil, fmt.Errorf("reading %s: %w", path, err)
}

var errNotDictzip = errors.New("gzip file without dictzip header")

// parseDictzip reads the gzip header (RFC 1952) and its "RA" extra field: version, chunk length,
// chunk count and each chunk's compressed size.
func parseDictzip(f *os.File) (*dictzipData, error) {
	var hdr [12]byte
	if _, err := io.ReadFull(f, hdr[:]); err != nil {
		return nil, fmt.Errorf("gzip header: %w", err)
	}
	if hdr[0] != 0x1f || hdr[1] != 0x8b || hdr[2] != 8 {
		return nil, errors.New("not a gzip file")
	}
	flg := hdr[3]
	if flg&0x04 == 0 {
		return nil, errNotDictzip
	}
	extra := make([]byte, binary.LittleEndian.Uint16(hdr[10:]))
	if _, err := io.ReadFull(f, extra); err != nil {
		return nil, fmt.Errorf("gzip extra field: %w", err)
	}
	d, err := parseRA(extra)
	if err != nil {
		return nil, err
	}
	pos := int64(12 + len(extra))
	if pos, err = skipHeaderFields(f, pos, flg); err != nil {
		return nil, err
	}
	for i, size := range d.offsets {
		d.offsets[i] = pos
		pos += size
	}
	d.offsets = append(d.offsets, pos)
	d.f = f
	d.cache = make(map[int][]byte)
	return d, nil
}

func parseRA(extra []byte) (*dictzipData, error) {
	for len(extra) >= 4 {
		n := int(binary.LittleEndian.Uint16(extra[2:]))
		if len(extra) < 4+n {
			break
		}
		body := extra[4 : 4+n]
		if extra[0] == 'R' && extra[1] == 'A' && len(body) >= 6 {
			chlen := int64(binary.LittleEndian.Uint16(body[2:]))
			count := int(binary.LittleEndian.Uint16(body[4:]))
			if len(body) < 6+2*count || chlen == 0 {
				return nil, errors.New("truncated dictzip chunk table")
			}
			d := &dictzipData{chunkLen: chlen, offsets: make([]int64, count)}
			for i := range count {
				d.offsets[i] = int64(binary.LittleEndian.Uint16(body[6+2*i:]))
			}
			return d, nil
		}
		extra = extra[4+n:]
	}
	return nil, errNotDictzip
}

// skipHeaderFields skips the optional file name, comment and header CRC.
func skipHeaderFields(f *os.File, pos int64, flg byte) (int64, error) {
	for _, bit := range []byte{0x08, 0x10} {
		if flg&bit == 0 {
			continue
		}
		var b [1]byte
		for {
			if _, err := f.ReadAt(b[:], pos); err != nil {
				return 0, fmt.Errorf("gzip header: %w", err)
			}
			pos++
			if b[0] == 0 {
				break
			}
		}
	}
	if flg&0x02 != 0 {
		pos += 2
	}
	return pos, nil
}

func (d *dictzipData) read(off, n int64) ([]byte, error) {
	var out []byte
	for c := int(off / d.chunkLen); int64(len(out)) < n; c++ {
		chunk, err := d.chunk(c)
		if err != nil {
			return nil, err
		}
		start := max(0, off-int64(c)*d.chunkLen)
		end := min(int64(len(chunk)), start+n-int64(len(out)))
		if start >= end {
			return nil, fmt.Errorf("%s: entry at %d+%d beyond the end", d.f.Name(), off, n)
		}
		out = append(out, chunk[start:end]...)
	}
	return out, nil
}

func (d *dictzipData) chunk(c int) ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if b, ok := d.cache[c]; ok {
		return b, nil
	}
	if c < 0 || c+1 >= len(d.offsets) {
		return nil, fmt.Errorf("%s: chunk %d out of range (%d chunks)", d.f.Name(), c, len(d.offsets)-1)
	}
	comp := make([]byte, d.offsets[c+1]-d.offsets[c])
	if _, err := d.f.ReadAt(comp, d.offsets[c]); err != nil {
		return nil, fmt.Errorf("reading %s chunk %d: %w", d.f.Name(), c, err)
	}
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(comp)), d.chunkLen))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) { // a flushed chunk has no final block
		return nil, fmt.Errorf("inflating %s chunk %d: %w", d.f.Name(), c, err)
	}
	if len(d.cache) >= 16 {
		clear(d.cache)
	}
	d.cache[c] = b
	return b, nil
}

func (d *dictzipData) Close() error { return d.f.Close() }
