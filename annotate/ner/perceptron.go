package ner

import "math"

// emissions fills tr.emitBuf with per-token tag scores of st under weights w.
func emissions(st *sentence, ntags int, w []float64, buf []float64) []float64 {
	n := len(st.offs) - 1
	buf = buf[:0]
	for i := 0; i < n; i++ {
		base := len(buf)
		for t := 0; t < ntags; t++ {
			buf = append(buf, 0)
		}
		row := buf[base:]
		for _, f := range st.feats[st.offs[i]:st.offs[i+1]] {
			ws := w[int(f)*ntags : int(f+1)*ntags]
			for t := range row {
				row[t] += ws[t]
			}
		}
	}
	return buf
}

// learn decodes one sentence and, where it differs from gold, moves the weights towards gold.
// It returns the number of wrong tokens.
func (tr *trainer) learn(st *sentence) int {
	nt := tr.ntags
	tr.emitBuf = emissions(st, nt, tr.w, tr.emitBuf)
	pred := viterbi(len(st.gold), nt, tr.emitBuf, tr.tw)
	errs := 0
	for i, g := range st.gold {
		p := pred[i]
		if p != g {
			errs++
			for _, f := range st.feats[st.offs[i]:st.offs[i+1]] {
				tr.update(tr.w, tr.u, int(f)*nt+g, 1)
				tr.update(tr.w, tr.u, int(f)*nt+p, -1)
			}
		}
		pg, pp := nt, nt
		if i > 0 {
			pg, pp = st.gold[i-1], pred[i-1]
		}
		if pg != pp || g != p {
			tr.update(tr.tw, tr.tu, pg*nt+g, 1)
			tr.update(tr.tw, tr.tu, pp*nt+p, -1)
		}
	}
	tr.c++
	return errs
}

func (tr *trainer) update(w, u []float64, k int, d float64) {
	w[k] += d
	u[k] += tr.c * d
}

// averaged returns the averaged weights w - u/c (the mean of the weights over all updates).
func (tr *trainer) averaged() ([]float64, []float64) {
	avg := func(w, u []float64) []float64 {
		out := make([]float64, len(w))
		for i := range w {
			out[i] = w[i] - u[i]/tr.c
		}
		return out
	}
	return avg(tr.w, tr.u), avg(tr.tw, tr.tu)
}

// decodeAll tags the given documents' sentences with weights w and transitions tw.
func (m *Model) decodeAll(exs []Example, docs []*docInfo, sents []sentence, w, tw []float64) []Example {
	out := make([]Example, len(exs))
	for i := range exs {
		out[i].Text = exs[i].Text
	}
	var buf []float64
	nt := m.ntags
	for k := range sents {
		st := &sents[k]
		buf = emissions(st, nt, w, buf)
		tags := viterbi(len(st.gold), nt, buf, tw)
		out[st.doc].Spans = m.appendMentionsPlain(out[st.doc].Spans, docs[st.doc], st.first, tags)
	}
	return out
}

// appendMentionsPlain converts tags to mentions without confidences (for dev scoring).
func (m *Model) appendMentionsPlain(out []Mention, d *docInfo, s int, tags []int) []Mention {
	for i := 0; i < len(tags); i++ {
		if tags[i] == 0 {
			continue
		}
		l, _ := tagLabel(tags[i])
		j := i + 1
		for j < len(tags) && tags[j] != 0 && !isBegin(tags[j]) {
			j++
		}
		out = append(out, Mention{Start: d.toks[s+i].start, End: d.toks[s+j-1].end, Label: m.labels[l]})
		i = j - 1
	}
	return out
}

// setWeights stores the chosen weights in the model, dropping features whose weights are all small.
func (m *Model) setWeights(hashes []uint64, w, tw []float64, prune float64) {
	nt := m.ntags
	m.hashes = m.hashes[:0]
	m.weights = m.weights[:0]
	for i, h := range hashes {
		row := w[i*nt : (i+1)*nt]
		big := 0.0
		for _, v := range row {
			big = max(big, math.Abs(v))
		}
		if big < prune {
			continue
		}
		m.hashes = append(m.hashes, h)
		for _, v := range row {
			m.weights = append(m.weights, float32(v))
		}
	}
	m.table = newFeatureTable(len(m.hashes))
	for i, h := range m.hashes {
		m.table.put(h, int32(i))
	}
	m.trans = make([]float32, len(tw))
	for i, v := range tw {
		m.trans[i] = float32(v)
	}
	m.indexFixed(false)
}
