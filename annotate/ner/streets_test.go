package ner

import "testing"

// TestStreetTails: the name after a street's noun is the street where the article writes it alone; a
// person's name, a street of no particle and a document without the street stay as read.
func TestStreetTails(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Le marché se tient place des Lices. Les commerçants des Lices 🧺 protestent.",
			[]string{"LOC:place des Lices", "ORG:Lices"}, "LOC:place des Lices, LOC:Lices"},
		{"Rendez-vous rue de la Roquette\u00a0; à la Roquette, rien.", []string{"LOC:rue de la Roquette", "PER:Roquette"},
			"LOC:rue de la Roquette, LOC:Roquette"},
		{"Ils vont place de la Concorde, puis côté Concorde.", []string{"LOC:place de la Concorde", "PER:Concorde"},
			"LOC:place de la Concorde, LOC:Concorde"},
		// as read
		{"Il habite avenue de Victor Hugo. Victor Hugo écrivait.", []string{"LOC:avenue de Victor Hugo", "PER:Victor Hugo"},
			"LOC:avenue de Victor Hugo, PER:Victor Hugo"},
		{"Il habite rue Lices. Les Lices jouent.", []string{"LOC:rue Lices", "ORG:Lices"}, "LOC:rue Lices, ORG:Lices"},
		{"Les commerçants des Lices protestent.", []string{"ORG:Lices"}, "ORG:Lices"},
	}, func(d *docInfo, ms []Mention) []Mention {
		streetTails(d, sharedGazetteer(), ms)
		return ms
	})
}
