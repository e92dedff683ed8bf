// Package cputime reads the processor time the process has used, for benchmarks that report it beside
// the wall clock: on a shared machine the load blurs the second far more than the first.
package cputime
