//go:build !race

package ui

// raceDetector says that the tests run under the race detector (see layoutWalk).
const raceDetector = false
