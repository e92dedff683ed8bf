package qa

import "testing"

// TestTimesAreOneNumber: French writes a time of day "07h45", "19 h 30" or "18 heures", English
// "7.45am", "7:30 pm" or "6 p.m.": the same time, whose numbers the numbers check compared one by one
// ("7, 45 of the source is missing; 7.45 of the translation is not in the source", a newcomer's
// first false alarm). Another time, or a time on one side only, is still flagged.
func TestTimesAreOneNumber(t *testing.T) {
	checkNumbers(t, []numberCase{
		{"07h45, 7.45am", "Le train part à 07h45 de Lyon.", "The train leaves Lyon at 7.45am.", false},
		{"19 h 30, 7:30 pm", "Rendez-vous à 19\u00a0h\u00a030, « place Bellecour » 😀.", "Meet at 7:30 pm, “place Bellecour” 😀.", false},
		{"18 heures, 6 p.m.", "La grève commence à 18 heures.", "The strike starts at 6 p.m.", false},
		{"18h, 18:00", "Dès 18h, puis 3 trains.", "From 18:00, then 3 trains.", false},
		{"0h30, 12.30am", "À 0h30, il a dit non.", "At 12.30am, he said no.", false},
		{"14h05, 2:05 without pm", "À 14h05 précises.", "At 2:05 sharp.", false},
		{"another time", "Le train part à 07h45.", "The train leaves at 8.45am.", true},
		{"evening for morning", "À 19h30.", "At 7.30am.", true},
		{"a time on one side only", "Le train part à 07h45.", "The train leaves at 7.45 km.", true},
	})
}
