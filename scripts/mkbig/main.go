// Command mkbig writes a long French article for benchmarks: Wikinews texts from the shared development
// data, concatenated until the output reaches the requested size.
//
//	mkbig [-size 1048576] [-data ../shared/data/ner-wikinews-train.jsonl] > big.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
)

func main() {
	size := flag.Int("size", 1<<20, "bytes to write, at least")
	data := flag.String("data", "../shared/data/ner-wikinews-train.jsonl", "doccano JSONL `FILE` to take texts from")
	flag.Parse()
	if err := run(*data, *size); err != nil {
		fmt.Fprintln(os.Stderr, "mkbig:", err)
		os.Exit(1)
	}
}

func run(path string, size int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	written := 0
	for written < size {
		if _, err := f.Seek(0, 0); err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		n := 0
		for sc.Scan() && written < size {
			var doc struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				return fmt.Errorf("%s: line %d: %w", path, n+1, err)
			}
			k, _ := fmt.Fprintf(out, "%s\n\n", doc.Text)
			written += k
			n++
		}
		if err := sc.Err(); err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%s holds no texts", path)
		}
	}
	return nil
}
