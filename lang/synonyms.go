package lang

import "strings"

// Synonyms and near-synonyms that outlets use interchangeably for one
// fact, per language: one set per line, words as printed (any inflection
// of a word meets its set through its stem). Claim alignment reads a set
// as one shared feature ("sismo" and "terremoto" make one statement), and
// the roles of one person compare by set ("presidente" and "mandatario"
// are no disagreement).
var synonyms = map[string]string{
	"es": `sismo terremoto temblor seísmo
		presidente presidenta mandatario mandataria líder gobernante
		reunión encuentro
		asilo refugio exilio
		dimitir renunciar dimisión renuncia dimitió dimitiera renunció renunciara
		dijo afirmó aseguró señaló manifestó indicó expresó sostuvo
		subir elevar aumentar incrementar alza aumento incremento
		bajar reducir recortar disminuir rebaja recorte
		muertos fallecidos víctimas decesos murió murieron falleció fallecieron
		heridos lesionados
		gobierno ejecutivo
		decretar declarar
		vivienda hogar
		incendio fuego
		vecinos residentes habitantes
		confinar encerrar
		apoyo respaldo
		ratificar reafirmar reiterar
		llamada conversación
		dejar abandonar
		instalar desplegar
		controlar sofocar extinguir
		huelga
		portavoz vocero vocera
		moneda divisa
		detener arrestar capturar
		acuerdo pacto
		enviado emisario embajador
		pausa pausar detener frenar suspender interrumpir
		evaluar analizar contemplar estudiar considerar sopesar`,
	"en": `earthquake quake tremor
		president leader
		said told stated declared
		meeting talks
		asylum refuge
		resign quit
		raise increase hike rise
		cut reduce lower
		dead killed deaths fatalities died
		injured wounded
		strike walkout
		wage pay salary
		shut close shutting closing
		ban prohibit
		support
		spokesman spokeswoman spokesperson
		arrest detain
		deal agreement
		pause halt suspend
		weigh consider study`,
	"pt": `terremoto sismo tremor
		presidente presidenta mandatário líder
		disse afirmou declarou
		reunião encontro
		asilo refúgio exílio
		renunciar demitir renúncia
		mortos vítimas morreram morreu
		feridos
		greve paralisação
		aumentar elevar subir alta aumento
		apoio respaldo
		acordo pacto`,
}

// Role words general enough to fit any title: an outlet calling a minister
// "dirigente" or "official" does not contradict one calling him
// "ministro", so they never make a disagreement of roles.
var genericRoles = map[string]string{
	"es": `dirigente representante funcionario diplomático político jerarca autoridad miembro titular`,
	"en": `official representative diplomat politician figure member head`,
	"pt": `dirigente representante funcionário diplomata político autoridade membro titular`,
}

var (
	synonymSet     = map[string]map[string]string{} // language → stem → set key
	genericRoleSet = map[string]map[string]bool{}
)

func init() {
	for code, lines := range synonyms {
		l := languages[code]
		m := map[string]string{}
		for _, line := range strings.Split(lines, "\n") {
			ws := strings.Fields(line)
			if len(ws) == 0 {
				continue
			}
			key := l.Stem(ws[0])
			for _, w := range ws {
				m[l.Stem(w)] = key
			}
		}
		synonymSet[code] = m
	}
	for code, ws := range genericRoles {
		m := map[string]bool{}
		for _, w := range strings.Fields(ws) {
			for _, f := range roleForms(code, w) {
				m[Fold(f)] = true
			}
		}
		genericRoleSet[code] = m
	}
}

// Synonym returns the key of the set of synonyms a word belongs to (any
// case or inflection), or "" when it belongs to none.
func (l *Language) Synonym(w string) string { return synonymSet[l.Code][l.Stem(w)] }

// SynonymOfStem is Synonym for a word already stemmed by Stem.
func (l *Language) SynonymOfStem(stem string) string { return synonymSet[l.Code][stem] }

// IsGenericRole reports whether a role word fits any title ("dirigente",
// "official") and so never contradicts another.
func (l *Language) IsGenericRole(w string) bool { return genericRoleSet[l.Code][Fold(w)] }
