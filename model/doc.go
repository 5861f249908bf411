// Package model is the domain of Kemitraan: schools, partners and the partnerships
// that move through the seven stages, with the Indonesian conventions for dates,
// numbers and letter numbers. It imports only the standard library: it knows nothing
// of screens, files or PDF.
package model
