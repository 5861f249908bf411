package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"

	bolt "go.etcd.io/bbolt"
)

// Every value in the file (since schema version 3) is kept in an envelope that
// carries its checksum, so that damage bbolt does not see (it keeps no checksums of
// its pages) is found when the record is read, by Check and before a restore, and
// named: which record, in which bucket.
//
//	byte 0      envelopeMark (0xE5)
//	bytes 1–4   CRC-32C (Castagnoli), big-endian, of the key's length (4 bytes,
//	            big-endian), the key and the payload
//	bytes 5…    the payload: the record's JSON, an attachment's bytes, a counter
//
// The key is in the sum, so a record found under another key (a flipped bit in a
// key) is damaged too. No value of schema version 2 starts with the mark: records
// are JSON objects ("{"), counters are below 2^56, attachments are PDF ("%"), PNG
// (0x89) or JPEG (0xFF) files; so a raw value is told from an envelope by its first
// byte, which the upgrade (migrate2to3) relies on.
const (
	envelopeMark = 0xE5
	envelopeHead = 5
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// recordSum is the checksum of a key and its payload.
func recordSum(key, payload []byte) uint32 {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(key)))
	sum := crc32.Update(0, castagnoli, n[:])
	sum = crc32.Update(sum, castagnoli, key)
	return crc32.Update(sum, castagnoli, payload)
}

// seal puts payload in its envelope for key.
func seal(key, payload []byte) []byte {
	v := make([]byte, envelopeHead+len(payload))
	v[0] = envelopeMark
	binary.BigEndian.PutUint32(v[1:], recordSum(key, payload))
	copy(v[envelopeHead:], payload)
	return v
}

// Errors of an envelope; recordError names the record they concern.
var (
	errNoEnvelope  = errors.New("tanpa amplop pemeriksa (checksum)")
	errBadChecksum = errors.New("checksum tidak cocok: isinya berubah sejak ditulis")
)

// open returns the payload of the value stored under key, after checking its sum.
// The payload shares v's memory: valid for the transaction.
func open(bucket, key, v []byte) ([]byte, error) {
	if len(v) < envelopeHead || v[0] != envelopeMark {
		return nil, badRecord(bucket, key, errNoEnvelope)
	}
	payload := v[envelopeHead:]
	if binary.BigEndian.Uint32(v[1:]) != recordSum(key, payload) {
		return nil, badRecord(bucket, key, errBadChecksum)
	}
	return payload, nil
}

// sealed reports whether v is in an envelope (whether its sum holds or not).
func sealed(v []byte) bool { return len(v) >= envelopeHead && v[0] == envelopeMark }

// put stores payload under key in its envelope.
func put(b *bolt.Bucket, key, payload []byte) error {
	return b.Put(key, seal(key, payload))
}

// get returns the checked payload under key, nil (and no error) when there is none.
func get(b *bolt.Bucket, bucket, key []byte) ([]byte, error) {
	v := b.Get(key)
	if v == nil {
		return nil, nil
	}
	return open(bucket, key, v)
}

// putJSON stores v as JSON under key.
func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("menyimpan %s: %w (%w)", key, ErrBug, err)
	}
	return put(b, key, data)
}

// decode checks a stored value and reads its JSON into v, which copies it out of
// the transaction's pages. A value whose sum fails or that does not decode is a
// damaged record.
func decode(bucket, key, value []byte, v any) error {
	payload, err := open(bucket, key, value)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(payload, v); err != nil {
		return badRecord(bucket, key, err)
	}
	return nil
}

// decodeRaw reads a value of a file older than version 3, which has no envelope.
func decodeRaw(bucket, key, value []byte, v any) error {
	if err := json.Unmarshal(value, v); err != nil {
		return badRecord(bucket, key, err)
	}
	return nil
}
