package annotate

import (
	"strings"
	"testing"
	"time"

	"github.com/cotejo/cotejo"
)

// published is a Thursday.
var published = cotejo.Date{Time: time.Date(2025, 12, 11, 14, 8, 0, 0, time.UTC), Grain: cotejo.Minute}

// TestTimexesReadWholeExpressions lists what each text's expressions
// cover and resolve to, as "text=date".
func TestTimexesReadWholeExpressions(t *testing.T) {
	tests := []struct{ name, lang, published, body, want string }{
		{"coordinated months", "es", "2025-12-11", "Estuvo detenida en enero y marzo.", "enero=2025-01 marzo=2025-03"},
		{"coordinated years", "es", "2011-02-02", "Fue reelegido en 1999 y 2006.", "1999=1999 2006=2006"},
		{"numbers in a list are no years", "es", "2011-02-02", "Hubo 1999 y 2006 votos.", ""},
		{"a year after a preposition and an article", "es", "2011-02-02", "Gobernó desde el 2006 y 2011 fue duro.", "el 2006=2006 2011=2011"},
		{"postposed last is a year of its own", "en", "2025-12-11", "He was arrested on March 3 last year in Caracas.", "on March 3=2025-03-03 last year=2024"},
		{"pasada la medianoche is no past date", "es", "2025-12-11", "Ocurrió el 11 de febrero pasada la medianoche.", "el 11 de febrero=2025-02-11"},
		{"a range's days with their articles", "es", "2025-12-11", "Será entre el 3 y el 5 de mayo.", "el 3=2026-05-03 el 5 de mayo=2026-05-05"},
		{"próximo before a preposition is no tense", "es", "2025-12-11", "El 30 de junio próximo a vencer.", "El 30 de junio=2025-06-30"},
		{"a range over a month's end with articles gives its first day no date", "es", "2025-12-11", "Será entre el 30 y el 2 de mayo.", "el 2 de mayo=2026-05-02"},
		{"a weekday that is a name is not the day's", "es", "2025-12-11", "Ayer Domingo Cavallo anunció su plan.", "Ayer=2025-12-10"},
		{"pasado as a noun or participle is no day after tomorrow", "es", "2025-12-11", "Lo que ha pasado mañana se sabrá.", "mañana=2025-12-12"},
		{"hacer poco is no time", "es", "2025-12-11", "El Gobierno hace poco por resolver la crisis.", ""},
		{"hace poco before con is a time", "es", "2025-12-11", "Se reunió hace poco con el ministro.", "hace poco="},
		{"hace unos días before y is a time", "es", "2025-12-11", "Llegó hace unos días y se instaló en Lima.", "hace unos días="},
		{"a period of a relative year without a publication date", "es", "", "Ocurrió a finales del año pasado en la frontera.", "finales del año pasado="},
		{"a future verb does not move a month said in it to next year", "es", "2025-12-03", "La cumbre está prevista para diciembre.", "diciembre=2025-12"},
		{"hace poco is a time", "es", "2025-12-11", "Llegó hace poco a la ciudad.", "hace poco="},
		{"a perfect participle is no day after tomorrow", "es", "2025-12-11", "Hemos pasado mañana y tarde en la sala.", "mañana=2025-12-12"},
		{"a weekday capitalised by the press", "es", "2025-12-11", "Lo anunció hoy Jueves el portavoz.", "hoy Jueves=2025-12-11"},
		{"a weekday starting a name", "es", "2025-12-11", "Hoy Jueves Santo hay procesiones.", "Hoy=2025-12-11"},
		{"a weekday's number that counts something", "es", "2025-12-11", "El domingo 14 personas murieron.", "El domingo=2025-12-07"},
		{"a part of the day needs its article", "es", "2025-12-11", "La votación se aplazó de hoy a mañana.", "hoy=2025-12-11 mañana=2025-12-12"},
		{"an English past verb says last week's Thursday", "en", "2025-12-08", "The talks resumed this Thursday in Geneva.", "this Thursday=2025-12-04"},
		{"the reporting verb is not the date's tense", "es", "2025-12-09", "Petro dijo que la reunión es este miércoles en Bogotá.", "este miércoles=2025-12-10"},
		{"pasado el mediodía is no past date", "es", "2025-12-11", "Ocurrió el 11 de febrero pasado el mediodía.", "el 11 de febrero=2025-02-11"},
		{"since a span ago is how long, not when", "es", "2025-12-11", "Está en el poder desde hace 32 años y llegó hace dos años.", "hace dos años=2023"},
		{"the past night is yesterday", "es", "2025-12-11", "Los choques siguieron durante la pasada noche.", "la pasada noche=2025-12-10"},
		{"the night past is yesterday", "es", "2025-12-11", "La noche pasada fue muy dura.", "La noche pasada=2025-12-10"},
		{"last night is yesterday", "en", "2025-12-11", "Clashes continued last night.", "last night=2025-12-10"},
		{"this same year", "es", "2025-12-11", "Cederá el poder este mismo año.", "este mismo año=2025"},
		{"the day of today", "es", "2025-12-11", "Llegó el día de hoy a la ciudad.", "el día de hoy=2025-12-11"},
		{"the day of tomorrow is some day", "es", "2025-12-11", "Quién sabe qué pasará el día de mañana.", ""},
		{"a month set as a target lies ahead", "es", "2025-07-11", "Los militares anunciaron elecciones para junio.", "junio=2026-06"},
		{"a month after en keeps the tense", "es", "2025-07-11", "Los militares anunciaron elecciones en junio.", "junio=2025-06"},
		{"the beginning of the year", "es", "2025-07-11", "A principios de año las protestas eran pacíficas.", "principios de año=2025"},
		{"a fused preposition stays out", "es", "2025-12-11", "Hablará antes del lunes y del 30 de junio.", "lunes=2025-12-15 30 de junio=2026-06-30"},
		{"the year with its article", "es", "2025-12-11", "Ocurrió en el año 2005 y se repetirá para el 2027.", "el año 2005=2005 el 2027=2027"},
		{"a week inside a month is the month", "es", "2025-12-11", "Se reunieron la semana pasada.", "la semana pasada=2025-12"},
		{"a week across two months has no date", "es", "2025-10-08", "Se reunieron la semana pasada.", "la semana pasada="},
	}
	for _, tt := range tests {
		pub, _ := cotejo.ParseDate(tt.published)
		var got []string
		for _, x := range Timexes(tt.body, tt.lang, pub) {
			got = append(got, x.Text+"="+x.Date.String())
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: %q: timexes %q, want %q", tt.name, tt.body, g, tt.want)
		}
	}
}

// A run of parts of the day costs linear time: each start reads the date
// after it once, never coming back to another part of the day.
func BenchmarkTimexesPartsOfDayRun(b *testing.B) {
	body := strings.Repeat("del mañana ", 4000)
	pub, _ := cotejo.ParseDate("2025-12-11")
	for b.Loop() {
		Timexes(body, "es", pub)
	}
}

func TestTimexesResolveAgainstPublication(t *testing.T) {
	tests := []struct {
		lang, body, text, date string
		relative               bool
	}{
		// Absolute, read off the text.
		{"es", "Ocurrió el 21 de noviembre de 2025 en Minsk.", "el 21 de noviembre de 2025", "2025-11-21", false},
		{"es", "Llegó en noviembre de 2024.", "noviembre de 2024", "2024-11", false},
		{"es", "Gobierna desde 2019.", "2019", "2019", false},
		{"es", "Firmado el 11/12/2025.", "11/12/2025", "2025-12-11", false},
		{"es", "Publicado 2025-11-21.", "2025-11-21", "2025-11-21", false},
		{"es", "El jueves 4 de diciembre de 2025 hubo otra.", "El jueves 4 de diciembre de 2025", "2025-12-04", false},
		{"es", "Fue el 1º de mayo de 2020.", "el 1º de mayo de 2020", "2020-05-01", false},
		{"es", "El 11 dic. 2025 - 14:08 CET", "El 11 dic. 2025", "2025-12-11", false},
		{"es", "Egipto (2011) cambió.", "2011", "2011", false},
		{"es", "© 2020 Todos los derechos.", "2020", "2020", false},
		{"es", "Lo anunció a primeros de 2012.", "primeros de 2012", "2012", false},
		{"es", "Hubo disparos anteanoche en la plaza.", "anteanoche", "2025-12-09", true},
		{"es", "Se retirará a fin de año.", "fin de año", "2025", true},
		// Year-less dates: nearest before publication, unless future.
		{"es", "Será el lunes 15 de diciembre.", "el lunes 15 de diciembre", "2025-12-15", true},
		{"es", "Fue el sábado 14 de diciembre.", "el sábado 14 de diciembre", "2024-12-14", true},
		{"es", "Fue el domingo 14 de diciembre.", "el domingo 14 de diciembre", "2025-12-14", true},
		{"es", "Llamó el 21 de noviembre.", "el 21 de noviembre", "2025-11-21", true},
		{"es", "Se vieron el pasado 7 de mayo.", "el pasado 7 de mayo", "2025-05-07", true},
		{"es", "Renunció el 11 de febrero pasado.", "el 11 de febrero pasado", "2025-02-11", true},
		{"es", "Llegó la noche del viernes a Minsk.", "la noche del viernes", "2025-12-05", true},
		{"es", "Ocurrió a principios del pasado abril.", "principios del pasado abril", "2025-04", true},
		{"es", "Llegará a finales de enero.", "finales de enero", "2026-01", true},
		{"es", "Se firmó a mediados de 2019.", "mediados de 2019", "2019", false},
		{"es", "A finales del año pasado cayó.", "finales del año pasado", "2024", true},
		{"en", "It fell in late 2011.", "late 2011", "2011", false},
		{"es", "Las elecciones previstas para el 2013.", "el 2013", "2013", false},
		{"es", "Las elecciones eran para julio de este año.", "julio de este año", "2025-07", true},
		{"es", "Ocurrió en marzo del año pasado.", "marzo del año pasado", "2024-03", true},
		{"en", "It opens in March of next year.", "March of next year", "2026-03", true},
		// "este" + weekday: the nearest one, unless a tense says which.
		{"es", "El consejo se reúne este viernes en La Haya.", "este viernes", "2025-12-12", true},
		{"es", "El país elige este sábado a su presidente.", "este sábado", "2025-12-13", true},
		{"es", "El acto de este lunes fue tenso.", "este lunes", "2025-12-08", true},
		{"es", "Los soldados llegaron este viernes a Minsk.", "este viernes", "2025-12-05", true},
		{"es", "Lo indicó hoy por la noche en un comunicado.", "hoy por la noche", "2025-12-11", true},
		{"es", "Habló el domingo por la mañana.", "el domingo por la mañana", "2025-12-07", true},
		{"es", "Llegó ayer a la tarde.", "ayer a la tarde", "2025-12-10", true},
		{"es", "Se fue en noviembre por la noche.", "noviembre", "2025-11", true},
		{"pt", "Ele falou ontem à noite.", "ontem à noite", "2025-12-10", true},
		{"en", "He spoke on Sunday night.", "on Sunday night", "2025-12-07", true},
		{"es", "Llegó la noche del pasado viernes a Minsk.", "la noche del pasado viernes", "2025-12-05", true},
		{"es", "Llegó la noche de este viernes a Minsk.", "la noche de este viernes", "2025-12-05", true},
		{"es", "Aplazado el 11 de febrero pasado, el juicio se celebrará en Minsk.", "el 11 de febrero pasado", "2025-02-11", true},
		{"pt", "Chegou a noite de sexta-feira.", "a noite de sexta-feira", "2025-12-05", true},
		{"es", "Se vieron el 20 de diciembre.", "el 20 de diciembre", "2024-12-20", true},
		{"es", "Se reunirán el 20 de enero.", "el 20 de enero", "2026-01-20", true},
		{"es", "Se verán el próximo 7 de mayo.", "el próximo 7 de mayo", "2026-05-07", true},
		{"es", "Viajó en septiembre.", "septiembre", "2025-09", true},
		{"es", "Volverá en marzo.", "marzo", "2026-03", true},
		// Weekdays.
		{"es", "Lo anunció este jueves.", "este jueves", "2025-12-11", true},
		{"es", "Lo anunció el martes.", "el martes", "2025-12-09", true},
		{"es", "Lo anunció el viernes.", "el viernes", "2025-12-05", true},
		{"es", "El jueves se reunirá con Trump.", "El jueves", "2025-12-18", true},
		{"es", "El lunes viajará a Moscú.", "El lunes", "2025-12-15", true},
		{"es", "Habló el jueves pasado.", "el jueves pasado", "2025-12-04", true},
		{"es", "Irá el próximo lunes.", "el próximo lunes", "2025-12-15", true},
		{"es", "Lo aprobó el pasado día 27.", "el pasado día 27", "2025-11-27", true},
		{"es", "Lo aprobó el pasado día 3.", "el pasado día 3", "2025-12-03", true},
		{"es", "Protestan desde el pasado mes de marzo.", "el pasado mes de marzo", "2025-03", true},
		{"es", "La próxima reunión, prevista para el 27 de febrero.", "el 27 de febrero", "2026-02-27", true},
		// Relative days, months, years.
		{"es", "Anoche habló.", "Anoche", "2025-12-10", true},
		{"es", "Ayer habló.", "Ayer", "2025-12-10", true},
		{"es", "Hoy habla.", "Hoy", "2025-12-11", true},
		{"es", "Mañana hablará.", "Mañana", "2025-12-12", true},
		{"es", "Habló el mes pasado.", "el mes pasado", "2025-11", true},
		{"es", "Habló el año pasado.", "el año pasado", "2024", true},
		{"es", "Este año hubo elecciones.", "Este año", "2025", true},
		{"es", "Habrá elecciones el año que viene.", "el año que viene", "2026", true},
		{"es", "Ocurrió hace dos semanas.", "hace dos semanas", "2025-11-27", true},
		{"es", "Ocurrió hace 3 días.", "hace 3 días", "2025-12-08", true},
		{"es", "Ocurrió hace dos años.", "hace dos años", "2023", true},
		// Parts of today, hedged and forward spans, dotted dates, a
		// weekday with its day of the month.
		{"es", "El ataque ocurrió esta mañana en Alepo.", "esta mañana", "2025-12-11", true},
		{"es", "Hablará esta noche.", "esta noche", "2025-12-11", true},
		{"en", "He spoke this morning.", "this morning", "2025-12-11", true},
		{"en", "He will speak tonight.", "tonight", "2025-12-11", true},
		{"pt", "Falou esta manhã.", "esta manhã", "2025-12-11", true},
		{"es", "Empezó hace ya seis meses.", "hace ya seis meses", "2025-06", true},
		{"pt", "Morreu há quase dois anos.", "há quase dois anos", "2023", true},
		{"es", "Se votará dentro de dos semanas.", "dentro de dos semanas", "2025-12-25", true},
		{"pt", "Chega daqui a três dias.", "daqui a três dias", "2025-12-14", true},
		{"es", "Ocurrió el 23.02.2017 en la frontera.", "23.02.2017", "2017-02-23", false},
		{"es", "El viernes 07/10/2011 hubo protestas.", "El viernes 07/10/2011", "2011-10-07", false},
		{"es", "Votarán el próximo domingo 21.", "el próximo domingo 21", "2025-12-21", true},
		{"es", "Lo anunció el lunes 8, en Caracas.", "el lunes 8", "2025-12-08", true},
		{"es", "Lo anunció hoy jueves el portavoz.", "hoy jueves", "2025-12-11", true},
		{"es", "Cerró a final del pasado enero.", "final del pasado enero", "2025-01", true},
		{"es", "Se firmó el 3 de mayo próximo pasado.", "el 3 de mayo próximo pasado", "2025-05-03", true},
		{"es", "Llegó el pasado diciembre.", "el pasado diciembre", "2024-12", true},
		{"es", "Ayer miércoles hubo elecciones.", "Ayer miércoles", "2025-12-10", true},
		{"es", "Se reunió hace poco más de un mes.", "hace poco más de un mes", "2025-11", true},
		{"es", "Llegará el próximo diciembre.", "el próximo diciembre", "2026-12", true},
		{"es", "Regirá hasta el 30 de junio próximo.", "el 30 de junio próximo", "2026-06-30", true},
		{"es", "Llegó en febrero pasado.", "febrero pasado", "2025-02", true},
		{"es", "Llegó en diciembre pasado.", "diciembre pasado", "2024-12", true},
		{"es", "Se verán pasado mañana.", "pasado mañana", "2025-12-13", true},
		{"es", "Se fue hace más de dos años.", "hace más de dos años", "2023", true},
		{"es", "Entra en vigor el primero de enero.", "el primero de enero", "2025-01-01", true},
		// Vague or week-long: kept without a date.
		{"es", "Se reunió hace unos días.", "hace unos días", "", true},
		{"es", "Se reunió en días recientes.", "en días recientes", "", true},
		{"es", "Se reunió esta semana.", "esta semana", "", true},
		// English.
		{"en", "He spoke last Thursday.", "last Thursday", "2025-12-04", true},
		{"en", "He spoke on Monday.", "on Monday", "2025-12-08", true},
		{"en", "He will speak on Monday.", "on Monday", "2025-12-15", true},
		{"en", "It happened last month.", "last month", "2025-11", true},
		{"en", "It happened on November 21, 2025.", "on November 21, 2025", "2025-11-21", false},
		{"en", "It happened on 21 November 2025.", "on 21 November 2025", "2025-11-21", false},
		{"en", "It happened in November 2024.", "November 2024", "2024-11", false},
		{"en", "He has ruled since 1994.", "1994", "1994", false},
		{"en", "It happened two weeks ago.", "two weeks ago", "2025-11-27", true},
		{"en", "Yesterday he spoke.", "Yesterday", "2025-12-10", true},
		{"en", "It was signed 12/11/2025.", "12/11/2025", "2025-12-11", false},
		// Portuguese.
		{"pt", "Ele falou na quinta-feira.", "na quinta-feira", "2025-12-11", true},
		{"pt", "Ele falou ontem.", "ontem", "2025-12-10", true},
		{"pt", "Aconteceu em 21 de novembro de 2025.", "21 de novembro de 2025", "2025-11-21", false},
		{"pt", "Aconteceu no mês passado.", "no mês passado", "2025-11", true},
		{"pt", "Aconteceu há duas semanas.", "há duas semanas", "2025-11-27", true},
	}
	for _, tt := range tests {
		got := Timexes(tt.body, tt.lang, published)
		if len(got) != 1 {
			t.Errorf("Timexes(%q) = %+v, want one timex %q", tt.body, got, tt.text)
			continue
		}
		g := got[0]
		if g.Text != tt.text || g.Date.String() != tt.date || g.Relative != tt.relative {
			t.Errorf("Timexes(%q) = %q %q relative=%v, want %q %q relative=%v", tt.body, g.Text, g.Date.String(), g.Relative, tt.text, tt.date, tt.relative)
		}
		if g.Span.Text(tt.body) != g.Text {
			t.Errorf("Timexes(%q): span %v covers %q, not %q", tt.body, g.Span, g.Span.Text(tt.body), g.Text)
		}
	}
}

// A story stamped late on Thursday (UTC) that says "ayer jueves" was
// written on Friday: every relative date moves with it. A stamp without
// a time of day moves nothing.
func TestTimexesFollowTheDayTheTextSpeaksFrom(t *testing.T) {
	late := cotejo.Date{Time: time.Date(2025, 12, 11, 23, 30, 0, 0, time.UTC), Grain: cotejo.Minute}
	day, _ := cotejo.ParseDate("2025-12-11")
	for _, tc := range []struct {
		pub  cotejo.Date
		want string
	}{
		{late, "Ayer jueves=2025-12-11 Mañana=2025-12-13"},
		{day, "Ayer jueves=2025-12-10 Mañana=2025-12-12"},
	} {
		var got []string
		for _, x := range Timexes("Ayer jueves hubo elecciones. Mañana habrá otras.", "es", tc.pub) {
			got = append(got, x.Text+"="+x.Date.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("published %v: %q, want %q", tc.pub, g, tc.want)
		}
	}
	// "pasado mañana jueves" names no day to correct by.
	tue := cotejo.Date{Time: time.Date(2025, 12, 9, 10, 0, 0, 0, time.UTC), Grain: cotejo.Minute}
	var got []string
	for _, x := range Timexes("Pasado mañana jueves habrá elecciones. Ayer hubo otras.", "es", tue) {
		got = append(got, x.Text+"="+x.Date.String())
	}
	if g := strings.Join(got, " "); !strings.Contains(g, "Ayer=2025-12-08") {
		t.Errorf("pasado mañana moved the text's day: %q", g)
	}
}

func TestTimexesIgnoreNonDates(t *testing.T) {
	for _, body := range []string{
		"Hubo 2019 personas en la Plaza de Mayo.",
		"Lo vio por la mañana y a la mañana siguiente.",
		"You may leave. He will march on.",
		"The March and April figures were revised.",
		"Tiene 1.500 seguidores y 17 días de diferencia.",
		"Recibió 1.500.000 votos y 12.05.20 dólares.",
		"Las resoluciones 1970 y 1973 del Consejo.",
		"(2011 personas)",
		"La segunda reunión fue larga.",
		"Los fines de semana descansa.",
		"Uno de los 2000 detenidos huyó.",
		"A finales de mes cobra.",
		"El fin de semana descansa.",
		"Es el fin de la guerra.",
		"Los primeros de la lista llegaron.",
		"Llegaron 2011 a finales.",
	} {
		if got := Timexes(body, "es", published); len(got) != 0 {
			t.Errorf("Timexes(%q) = %+v, want none", body, got)
		}
	}
}

func TestTimexesWithoutPublicationResolveOnlyWrittenDates(t *testing.T) {
	got := Timexes("El 21 de noviembre de 2025, y el jueves.", "es", cotejo.Date{})
	if len(got) != 2 || got[0].Date.String() != "2025-11-21" || !got[1].Date.IsZero() {
		t.Errorf("got %+v, want a resolved written date then an unresolved weekday", got)
	}
}

func FuzzTimexes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "es")
		f.Add(s, "en")
		f.Add(s, "pt")
	}
	// A part of the day at the very end reads past the last token.
	f.Add("Llegó la noche del", "es")
	f.Add("Llegó la noche de", "es")
	f.Fuzz(func(t *testing.T, body, code string) {
		if len(body) > 1<<16 {
			return
		}
		got := Timexes(body, code, published)
		spans := make([]cotejo.Span, len(got))
		for i, x := range got {
			spans[i] = x.Span
			if x.Text != x.Span.Text(body) {
				t.Fatalf("timex %d text %q does not match its span", i, x.Text)
			}
		}
		checkSpans(t, "timex", body, spans)
	})
}

// A range or list of days names its month once, after the last day: the
// first days are dates of that month too.
func TestTimexesReadTheFirstDaysOfARange(t *testing.T) {
	tests := []struct {
		body string
		want []string // text=date
	}{
		{"Del 15 al 17 de marzo del 2012 apoyaremos la lucha.", []string{"15=2012-03-15", "17 de marzo del 2012=2012-03-17"}},
		{"Los días 3 y 4 de junio habrá huelga.", []string{"Los días 3=2026-06-03", "4 de junio=2026-06-04"}},
		{"Fue del 28 al 2 de marzo.", []string{"2 de marzo=2025-03-02"}}, // over a month's end: the first is not March's
		{"Recibió 15 y 20 votos el 3 de marzo.", []string{"el 3 de marzo=2025-03-03"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tx := range Timexes(tt.body, "es", published) {
			got = append(got, tx.Text+"="+tx.Date.String())
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Timexes(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}
