package model

// The words of the ratings 1 … 5 an evaluation gives each benefit, as the window
// offers them and the monitoring report prints them; 0 is not rated.
var ratingWords = [...]string{"Belum dinilai", "Kurang", "Cukup", "Baik", "Sangat baik", "Istimewa"}

// MaxRating is the highest rating.
const MaxRating = len(ratingWords) - 1

// RatingWord is the word of rating r in Bahasa Indonesia: "Baik" for 3, "Belum
// dinilai" for 0 (or anything outside 0 … 5).
func RatingWord(r int) string {
	if r < 0 || r > MaxRating {
		return ratingWords[0]
	}
	return ratingWords[r]
}
