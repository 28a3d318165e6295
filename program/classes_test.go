package program

import (
	"testing"

	"pgregory.net/rapid"
)

func TestClassIndexDisjoint(t *testing.T) {
	if a, b, ok := overlap(builtinClasses.index); ok {
		t.Errorf("ranges of %s and %s overlap", a.class, b.class)
	}
	if a, b, ok := overlap(builtinClasses.excl); ok {
		t.Errorf("exclusion ranges of %s and %s overlap", Exclusion(a.class), Exclusion(b.class))
	}
}

func TestClassNames(t *testing.T) {
	cs := Classes()
	if len(cs) != 22 {
		t.Fatalf("%d classes, want 22", len(cs))
	}
	if a := Art35Classes(); len(a) != 20 || a[19] != ClassPerinatal {
		t.Fatalf("Art35Classes = %v", a)
	}
	seen := map[string]bool{}
	for i, c := range cs {
		if c.Number() != i+1 || c.NameRU() == "" || c.NameEN() == "" || len(c.Ranges()) == 0 {
			t.Errorf("class %d incomplete", i+1)
		}
		if seen[c.String()] {
			t.Errorf("duplicate key %s", c)
		}
		seen[c.String()] = true
		b, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Class
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("class %s text round trip: %v %v", c, back, err)
		}
		_, inArt35 := c.Art35Name()
		if inArt35 != (c <= ClassPerinatal) {
			t.Errorf("class %s: in art. 35 list = %v", c, inArt35)
		}
	}
	// Exact wording checks against program.md §1.1 (docs.cntd.ru/document/467982912/titles/25OB5K7).
	if ClassDigestive.NameRU() != "болезни органов пищеварения, в том числе болезни полости рта, слюнных желез и челюстей (за исключением зубного протезирования)" {
		t.Error("digestive wording")
	}
	if n, _ := ClassDigestive.Art35Name(); n != "болезни органов пищеварения" {
		t.Error("art. 35 digestive wording")
	}
	if n, _ := ClassInfectious.Art35Name(); n != "инфекционные и паразитарные болезни, за исключением заболеваний, передаваемых половым путем, туберкулеза, ВИЧ-инфекции и синдрома приобретенного иммунодефицита" {
		t.Error("art. 35 infectious wording")
	}
	var bad Class
	if bad.IsValid() || bad.NameRU() != "" || bad.Number() != 0 || bad.Ranges() != nil || bad.String() != "Class(0)" {
		t.Error("zero class must be invalid")
	}
	if _, err := bad.MarshalText(); err == nil {
		t.Error("zero class marshals")
	}
	if _, err := ParseClass("nope"); err == nil {
		t.Error("ParseClass accepted an unknown key")
	}
}

// One real code per class, with its ICD-10 chapter (МКБ-10, WHO edition used
// in Russia) as the source of the mapping.
func TestClassOfRealCodes(t *testing.T) {
	tests := []struct {
		code string
		want Class
	}{
		{"A09", ClassInfectious},                // инфекционный гастроэнтерит, ch. I
		{"U07.1", ClassInfectious},              // COVID-19, program.md §1.1
		{"C50.9", ClassNeoplasms},               // рак молочной железы, ch. II
		{"D48.9", ClassNeoplasms},               // last block of ch. II
		{"E11.9", ClassEndocrine},               // сахарный диабет 2 типа, ch. IV
		{"E66.0", ClassNutritionMetabolic},      // ожирение
		{"G40.9", ClassNervous},                 // эпилепсия, ch. VI
		{"D50.0", ClassBlood},                   // железодефицитная анемия, ch. III
		{"D84.9", ClassImmune},                  // иммунодефицит, D80–D89
		{"H25.9", ClassEye},                     // катаракта, ch. VII
		{"H66.9", ClassEar},                     // средний отит, ch. VIII
		{"I21.0", ClassCirculatory},             // инфаркт миокарда, ch. IX
		{"J18.9", ClassRespiratory},             // пневмония, ch. X
		{"K02.1", ClassDigestive},               // кариес дентина, ch. XI
		{"N39.0", ClassGenitourinary},           // инфекция мочевых путей, ch. XIV
		{"L40.0", ClassSkin},                    // псориаз, ch. XII
		{"M54.5", ClassMusculoskeletal},         // боль внизу спины, ch. XIII
		{"S72.0", ClassInjuries},                // перелом шейки бедра, ch. XIX
		{"T98.3", ClassInjuries},                // last code of ch. XIX
		{"Q21.0", ClassCongenital},              // дефект межжелудочковой перегородки, ch. XVII
		{"Q65.0", ClassDeformationsChromosomal}, // врожденный вывих бедра (деформация)
		{"Q90.9", ClassDeformationsChromosomal}, // синдром Дауна
		{"O80", ClassPregnancy},                 // роды, ch. XV
		{"P07.3", ClassPerinatal},               // недоношенность, ch. XVI
		{"F32.1", ClassMental},                  // депрессивный эпизод, ch. V
		{"R50.9", ClassSymptoms},                // лихорадка, ch. XVIII
	}
	for _, tt := range tests {
		got, ok := ClassOf(MustParseICD10(tt.code))
		if !ok || got != tt.want {
			t.Errorf("ClassOf(%s) = %s, %v; want %s", tt.code, got, ok, tt.want)
		}
	}
	for _, s := range []string{"Z00.0", "V01", "Y98", "U99", "D49", "E36", "H96", "K94", "P97", "T99"} {
		if c, ok := ClassOf(MustParseICD10(s)); ok {
			t.Errorf("ClassOf(%s) = %s, want none", s, c)
		}
	}
	if _, ok := ClassOf(0); ok {
		t.Error("zero code has a class")
	}
}

// Property: every valid code falls in at most one class, and the binary
// search agrees with the linear scan.
func TestClassOfProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genICD10().Draw(t, "code")
		n := 0
		for _, cl := range Classes() {
			for _, r := range cl.Ranges() {
				if r.Contains(c) {
					n++
				}
			}
		}
		if n > 1 {
			t.Fatalf("%s falls in %d classes", c, n)
		}
		got, ok := ClassOf(c)
		want, wok := classOfLinear(c)
		if got != want || ok != wok || ok != (n == 1) {
			t.Fatalf("ClassOf(%s) = %s,%v; linear %s,%v; %d ranges", c, got, ok, want, wok, n)
		}
	})
}

func TestClassOfZeroAllocs(t *testing.T) {
	c := MustParseICD10("K02.1")
	if n := testing.AllocsPerRun(100, func() { sinkClass, _ = ClassOf(c) }); n != 0 {
		t.Errorf("ClassOf allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = ExclusionOf(c, CoverageRules{}) }); n != 0 {
		t.Errorf("ExclusionOf allocates %v", n)
	}
}

var sinkClass Class

// BenchmarkClassOf compares the binary search with a linear scan over the
// same ranges, on codes spread over the whole classification.
func BenchmarkClassOf(b *testing.B) {
	var codes []ICD10
	for o := 1; o < icdMaxOrd; o += 97 {
		codes = append(codes, ICD10(o))
	}
	b.Run("binary", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkClass, _ = ClassOf(codes[i%len(codes)])
		}
	})
	b.Run("linear", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkClass, _ = classOfLinear(codes[i%len(codes)])
		}
	})
	// The same sorted, flattened ranges the binary search uses, scanned in order.
	b.Run("linear-index", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			c := codes[i%len(codes)]
			sinkClass = 0
			for _, r := range builtinClasses.index {
				if r.lo <= c && c <= r.hi {
					sinkClass = r.class
					break
				}
			}
		}
	})
	b.Run("parse+classify", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c, _ := ParseICD10("к02.1")
			sinkClass, _ = ClassOf(c)
		}
	})
}
