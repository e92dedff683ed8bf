package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Model file: gzip of magic, version, a JSON header, transitions as float32, then for each feature
// (sorted by hash) the hash delta as uvarint, a uvarint bit mask of its non-zero tags and one int16
// per non-zero tag, scaled by header.Scale.
const (
	fileMagic   = "GLOSENER"
	fileVersion = 1
)

type fileHeader struct {
	Labels   []string          `json:"labels"`
	Features int               `json:"features"`
	Scale    float64           `json:"scale"`
	Temp     float64           `json:"temperature"`
	Clusters map[string]string `json:"clusters,omitempty"`
	// Casing is the form the training text mostly writes each word in (casing.go).
	Casing []string `json:"casing,omitempty"`
}

// Save writes the model in its compact binary format, which Load reads.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	hashes := m.hashes
	big := 0.0
	for _, v := range m.weights {
		big = max(big, math.Abs(float64(v)))
	}
	hdr := fileHeader{Labels: m.labels, Features: len(hashes), Scale: max(big, 1e-9) / 32767, Temp: m.temp, Clusters: m.x.clusters,
		Casing: m.casing.forms()}
	js, err := json.Marshal(hdr)
	if err != nil {
		return err
	}
	bw.WriteString(fileMagic)
	bw.WriteByte(fileVersion)
	putUvarint(bw, uint64(len(js)))
	bw.Write(js)
	for _, v := range m.trans {
		binary.Write(bw, binary.LittleEndian, v)
	}
	var prev uint64
	vals := make([]int16, 0, m.ntags)
	for i, h := range hashes {
		putUvarint(bw, h-prev)
		prev = h
		row := m.weights[i*m.ntags : (i+1)*m.ntags]
		mask := uint64(0)
		vals = vals[:0]
		for t, v := range row {
			if q := math.Round(float64(v) / hdr.Scale); q != 0 {
				mask |= 1 << t
				vals = append(vals, int16(q))
			}
		}
		putUvarint(bw, mask)
		binary.Write(bw, binary.LittleEndian, vals)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing model: %w", err)
	}
	return nil
}

func putUvarint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

// LoadFile reads a model file written by Save (glose-cli train); errors name the file.
func LoadFile(path string) (*Model, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the entity model: %w", err)
	}
	m, err := Load(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Load decodes a model written by Save. Corrupt or truncated data gives an error saying what is wrong.
func Load(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("ner model: not a gzip-compressed model file: %w", err)
	}
	raw, err := io.ReadAll(io.LimitReader(zr, 1<<30))
	if err != nil {
		return nil, fmt.Errorf("ner model: decompressing: %w", err)
	}
	r := bytes.NewReader(raw)
	m, err := decodeModel(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: at byte %d of the decompressed data: %w", len(raw)-r.Len(), err)
	}
	sum := sha256.Sum256(raw)
	m.id = "sha256:" + hex.EncodeToString(sum[:6])
	return m, nil
}

// ID names the model by its content, "sha256:" and the first 12 hex digits of the SHA-256 of its
// decompressed file (the same model compressed otherwise has the same ID), so that a document can
// record which model pre-annotated it (annotate.Preannotation); "" for a model trained in this process
// and not read from a file.
func (m *Model) ID() string { return m.id }

func decodeModel(r *bytes.Reader) (*Model, error) {
	magic := make([]byte, len(fileMagic)+1)
	if _, err := io.ReadFull(r, magic); err != nil || string(magic[:len(fileMagic)]) != fileMagic {
		return nil, errors.New("missing the GLOSENER signature: not a Glose NER model")
	}
	if v := magic[len(fileMagic)]; v != fileVersion {
		return nil, fmt.Errorf("model format version %d, this build reads version %d", v, fileVersion)
	}
	hdr, err := readHeader(r)
	if err != nil {
		return nil, err
	}
	m := &Model{labels: hdr.Labels, ntags: 1 + 2*len(hdr.Labels), gaz: sharedGazetteer(), temp: hdr.Temp}
	m.x.clusters = hdr.Clusters
	m.casing = newCasingLexicon(hdr.Casing)
	m.trans = make([]float32, (m.ntags+1)*m.ntags)
	if err := binary.Read(r, binary.LittleEndian, m.trans); err != nil {
		return nil, fmt.Errorf("reading transition weights: %w", err)
	}
	if hdr.Features > r.Len() {
		return nil, fmt.Errorf("header announces %d features but only %d bytes follow", hdr.Features, r.Len())
	}
	return m, m.readFeatures(r, hdr)
}

func readHeader(r *bytes.Reader) (fileHeader, error) {
	var hdr fileHeader
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return hdr, errors.New("truncated header")
	}
	js := make([]byte, n)
	io.ReadFull(r, js)
	if err := json.Unmarshal(js, &hdr); err != nil {
		return hdr, fmt.Errorf("header: %w", err)
	}
	if len(hdr.Labels) == 0 || len(hdr.Labels) > 31 {
		return hdr, fmt.Errorf("header has %d labels, want 1 to 31", len(hdr.Labels))
	}
	if hdr.Features < 0 || !(hdr.Scale > 0) || math.IsInf(hdr.Scale, 0) || !(hdr.Temp > 0) || math.IsInf(hdr.Temp, 0) {
		return hdr, fmt.Errorf("header has invalid feature count %d, scale %g or temperature %g", hdr.Features, hdr.Scale, hdr.Temp)
	}
	return hdr, nil
}

func (m *Model) readFeatures(r *bytes.Reader, hdr fileHeader) error {
	m.hashes = make([]uint64, 0, hdr.Features)
	m.table = newFeatureTable(hdr.Features)
	m.weights = make([]float32, 0, hdr.Features*m.ntags)
	var h uint64
	for i := 0; i < hdr.Features; i++ {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return fmt.Errorf("feature %d of %d: truncated hash: %w", i, hdr.Features, err)
		}
		h += d
		mask, err := binary.ReadUvarint(r)
		if err != nil || mask>>m.ntags != 0 {
			return fmt.Errorf("feature %d of %d: bad tag mask", i, hdr.Features)
		}
		if i > 0 && d == 0 {
			return fmt.Errorf("feature %d of %d: hashes not strictly increasing", i, hdr.Features)
		}
		m.hashes = append(m.hashes, h)
		m.table.put(h, int32(i))
		for t := 0; t < m.ntags; t++ {
			var q int16
			if mask&(1<<t) != 0 {
				if err := binary.Read(r, binary.LittleEndian, &q); err != nil {
					return fmt.Errorf("feature %d of %d: truncated weights: %w", i, hdr.Features, err)
				}
			}
			m.weights = append(m.weights, float32(float64(q)*hdr.Scale))
		}
	}
	if r.Len() != 0 {
		return fmt.Errorf("%d unexpected bytes after the last feature", r.Len())
	}
	m.indexFixed(true)
	return nil
}
