package annotate

import "math"

// RoundConfidence is c to four decimals, as suggestions are given it: a model's probability,
// 0.6736193898476472, or a product of two, 0.7200000000000001, is written 0.6736 and 0.72 in every
// export (Glose JSON, XLIFF's x-glose-ORG-auto-0.72, Label Studio's score), where more digits say
// nothing a person can use and an artefact of floating point reads as a bug.
func RoundConfidence(c float64) float64 { return math.Round(c*1e4) / 1e4 }
