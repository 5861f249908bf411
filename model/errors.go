package model

// Errors of the domain's rules. Stores wrap them (with %w) with the record concerned;
// the UI recognises them with errors.Is and says them in the user's language.
var (
	// ErrNotFound: no record with that ID.
	ErrNotFound = NewKind("notfound", "data tidak ditemukan", nil)
	// ErrPartnerInUse: a partner that partnerships refer to cannot be deleted.
	ErrPartnerInUse = NewKind("partnerinuse", "mitra masih dipakai oleh kemitraan", nil)
)
