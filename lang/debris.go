package lang

// Debris is what one language's news pages leave around an article when it
// is scraped: the words of credits, prompts, labels and bylines that the
// cleaner recognises by form and context. All entries are lower-case; the
// cleaner compares them with Fold, so accents are optional. Entries are
// phrases, matched at word boundaries.
type Debris struct {
	// Credits open a photo, video or graphic credit: "Foto: Cuartoscuro".
	Credits []string
	// Bylines open a byline: "Por María López".
	Bylines []string
	// Published and Updated open a timestamp line: "Publicado: 11 dic 2025".
	Published []string
	Updated   []string
	// ReadingTime are the words of a reading-time line ("3 min de lectura").
	ReadingTime []string
	// Promos are phrases of newsletter, subscription, app and follow prompts;
	// a short line holding one is not article text.
	Promos []string
	// Follows are follow prompts glued to the end of a headline after a
	// "+" or "|": "… con EEUU + Seguir en".
	Follows []string
	// Embeds are placeholders left where an embedded post or video was.
	Embeds []string
	// Related open a "read also" line that links another article.
	Related []string
	// Labels are whole lines of page furniture: ad markers, share and print
	// buttons, "comments".
	Labels []string
	// Tags open a tag or topic list.
	Tags []string
	// Breadcrumbs are first crumbs of a navigation trail ("Inicio").
	Breadcrumbs []string
	// Cookies are words that, next to "cookie", make a line a cookie notice.
	Cookies []string
	// AgencyLeads open an agency credit line: "Con información de EFE".
	AgencyLeads []string
	// Rights are copyright phrases of a page footer.
	Rights []string
	// Comments are phrases of a comment system's notices: "Hemos bloqueado
	// los comentarios de este contenido".
	Comments []string
	// RightsCues are what a long legal footer says besides its opening
	// notice ("sin permiso", "propiedad intelectual"): a paragraph that
	// opens "Queda prohibida la reproducción asistida…" has none.
	RightsCues []string
	// Connectives are words a sentence cannot end with (articles,
	// prepositions, conjunctions): a line ending in one was broken.
	Connectives []string
}

// Agencies are news and photo agencies, named the same in every language;
// a line holding only them (with photographers' names after a slash) is a
// credit.
var Agencies = []string{
	"efe", "afp", "ap", "reuters", "europa press", "dpa", "ansa", "xinhua",
	"associated press", "bloomberg", "getty", "getty images", "agencias", "agencia",
	"sputnik", "notimex", "telam", "lusa", "agencia brasil", "agência brasil",
	"estadao conteudo", "folhapress", "anadolu", "tass", "ria novosti", "kyodo",
	"cuartoscuro", "shutterstock", "istock", "pexels", "unsplash", "pool",
	"archivo", "file", "arquivo", "cortesia", "courtesy", "redes sociales",
	"social media", "redes sociais", "x", "twitter", "instagram", "facebook",
}

var debris = map[string]*Debris{
	"es": {
		Credits:     []string{"foto", "fotos", "fotografia", "fotografias", "imagen", "imagenes", "video", "ilustracion", "infografia", "grafico", "credito", "fuente de la imagen", "foto de archivo", "fotos de archivo", "fotogaleria"},
		Bylines:     []string{"por", "escrito por", "redactado por", "autor", "autora", "autores", "redaccion", "firma", "texto"},
		Published:   []string{"publicado", "publicada", "publicado el", "publicada el", "publicado en", "fecha", "fecha de publicacion", "creado"},
		Updated:     []string{"actualizado", "actualizada", "actualizado el", "actualizada el", "ultima actualizacion", "modificado"},
		ReadingTime: []string{"tiempo de lectura", "lectura", "de lectura", "min de lectura", "minutos de lectura", "lectura de"},
		Promos: []string{"suscribete", "suscribase", "recibe gratis", "reciba gratis", "recibe nuestro", "recibe nuestra", "recibe las noticias",
			"nuestro boletin", "nuestra newsletter", "nuestros boletines", "nuestro newsletter", "da clic", "haz clic", "haga clic", "dale clic", "click aqui", "clic aqui",
			"siguenos", "unete a nuestro", "unete a nuestra", "descarga la app", "descarga nuestra app", "descarga nuestra aplicacion",
			"activa las notificaciones", "inicia sesion", "registrate", "hazte socio", "apoya nuestro periodismo",
			"contenido exclusivo para suscriptores", "solo para suscriptores", "ya eres suscriptor"},
		Follows:     []string{"seguir", "seguir en", "sigue", "sigue a", "siguenos", "siguenos en"},
		Embeds:      []string{"cargando contenido de", "cargando video", "cargando el video", "ver esta publicacion en instagram", "una publicacion compartida de", "publicacion compartida por", "contenido embebido", "reproducir video", "ver video", "ver galeria", "abrir galeria"},
		Related:     []string{"lee tambien", "lea tambien", "leer tambien", "te puede interesar", "le puede interesar", "puede interesarte", "te recomendamos", "le recomendamos", "recomendado", "recomendamos", "relacionado", "relacionados", "noticia relacionada", "noticias relacionadas", "mas informacion", "mas noticias", "mira tambien", "ver tambien", "ver mas", "leer mas", "sigue leyendo", "tambien te puede interesar", "lo mas leido", "mas leidas"},
		Labels:      []string{"publicidad", "anuncio", "contenido patrocinado", "patrocinado", "espacio publicitario", "continua leyendo", "continua despues de la publicidad", "la noticia continua abajo", "compartir", "comparte", "compartir en", "copiar enlace", "enlace copiado", "copiado al portapapeles", "imprimir", "comentarios", "comentar", "guardar", "escuchar", "escuchar noticia", "escuchar articulo", "ver pdf", "descargar pdf", "cerrar", "menu", "buscar", "volver", "ir arriba", "enviar por correo", "correo", "abrir", "ampliar", "temas", "contenido", "archivado en", "mas", "noticia", "en vivo", "ultima hora", "exclusivo", "opinion", "analisis", "portada"},
		Tags:        []string{"temas", "etiquetas", "tags", "temas relacionados", "archivado en", "palabras clave", "mas sobre", "topicos", "te puede interesar sobre"},
		Breadcrumbs: []string{"inicio", "portada", "home", "principal"},
		Cookies:     []string{"aceptar", "acepto", "aceptas", "utilizamos", "usamos", "este sitio", "navegacion", "navegando", "politica de cookies", "politica de privacidad", "configurar", "consentimiento", "experiencia"},
		AgencyLeads: []string{"con informacion de", "con informaciones de", "informacion de", "fuente", "fuentes", "con datos de", "agencias", "redaccion"},
		Rights:      []string{"todos los derechos reservados", "derechos reservados", "prohibida su reproduccion", "queda prohibida la reproduccion", "queda prohibida toda reproduccion", "prohibida la reproduccion total o parcial"},
		Comments: []string{"hemos bloqueado los comentarios", "comentarios de este contenido", "comentarios de esta noticia", "comentarios de este articulo",
			"redactar nuevos comentarios", "dejar comentarios", "dejar un comentario", "deja tu comentario", "escribe tu comentario",
			"los comentarios estan cerrados", "comentarios cerrados", "comentarios desactivados"},
		RightsCues:  []string{"sin permiso", "sin autorizacion", "propiedad intelectual", "reserva de derechos", "derechos reservados"},
		Connectives: []string{"a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde", "durante", "e", "el", "en", "entre", "hacia", "hasta", "la", "las", "lo", "los", "mediante", "ni", "o", "para", "pero", "por", "que", "según", "sin", "sobre", "su", "sus", "tras", "u", "un", "una", "unas", "unos", "y", "como", "cuando", "donde", "porque", "aunque", "mientras", "cuyo", "cuya"},
	},
	"en": {
		Credits:     []string{"photo", "photos", "photograph", "image", "images", "picture", "video", "illustration", "graphic", "credit", "photo credit", "image source", "file photo", "photo by", "photos by"},
		Bylines:     []string{"by", "written by", "author", "authors", "words by", "reporting by"},
		Published:   []string{"published", "published on", "posted", "posted on", "date", "first published"},
		Updated:     []string{"updated", "updated on", "last updated", "modified"},
		ReadingTime: []string{"reading time", "min read", "minute read", "minutes read", "read time"},
		Promos: []string{"subscribe now", "subscribe to our", "subscribe today", "sign up for our", "sign up to our", "our newsletter", "get our newsletter",
			"delivered to your inbox", "click here", "follow us", "join our", "download the app", "download our app", "turn on notifications",
			"support our journalism", "become a member", "already a subscriber", "subscribers only", "create a free account"},
		Follows:     []string{"follow", "follow on", "follow us", "follow us on"},
		Embeds:      []string{"loading twitter content", "loading content", "loading video", "view this post on instagram", "a post shared by", "embedded content", "play video", "watch video", "open gallery", "view gallery"},
		Related:     []string{"read more", "read also", "also read", "see also", "related", "related articles", "related stories", "more on this", "more from", "recommended", "you may also like", "you might also like", "more news", "most read"},
		Labels:      []string{"advertisement", "advert", "ad", "sponsored", "sponsored content", "paid content", "story continues below", "story continues below advertisement", "article continues below", "continue reading", "continue reading below", "share", "share this", "share on", "copy link", "link copied", "copied to clipboard", "print", "comments", "comment", "save", "save article", "listen", "listen to this article", "view pdf", "download pdf", "close", "menu", "search", "back to top", "email", "gift this article", "open", "expand", "topics", "more", "live", "breaking", "breaking news", "exclusive", "opinion", "analysis", "home"},
		Tags:        []string{"tags", "topics", "related topics", "filed under", "keywords", "more about", "more on"},
		Breadcrumbs: []string{"home", "homepage", "front page"},
		Cookies:     []string{"accept", "we use", "this site", "this website", "browsing", "cookie policy", "privacy policy", "consent", "manage", "settings", "preferences", "experience"},
		AgencyLeads: []string{"with reporting by", "additional reporting by", "reporting by", "source", "sources", "wires", "wire services", "staff and agencies", "agencies"},
		Rights:      []string{"all rights reserved", "may not be reproduced", "copyright"},
		Comments:    []string{"comments are closed", "comments have been closed", "commenting is disabled", "commenting has been disabled"},
		RightsCues:  []string{"without permission", "written permission", "prior permission", "all rights reserved", "intellectual property"},
		Connectives: []string{"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "and", "or", "but", "nor", "that", "which", "whose", "as", "than", "because", "although", "while", "when", "where", "if", "his", "her", "their", "its", "our", "my", "your"},
	},
	"pt": {
		Credits:     []string{"foto", "fotos", "fotografia", "imagem", "imagens", "video", "ilustracao", "infografico", "credito", "credito da foto", "foto de arquivo", "fotogaleria", "reproducao"},
		Bylines:     []string{"por", "escrito por", "autor", "autora", "autores", "redacao", "texto"},
		Published:   []string{"publicado", "publicada", "publicado em", "publicada em", "data", "postado em"},
		Updated:     []string{"atualizado", "atualizada", "atualizado em", "atualizada em", "ultima atualizacao", "modificado"},
		ReadingTime: []string{"tempo de leitura", "leitura", "min de leitura", "minutos de leitura"},
		Promos: []string{"assine ja", "assine a newsletter", "assine nossa", "inscreva-se", "receba gratis", "receba nossa", "receba as noticias", "nossa newsletter",
			"clique aqui", "siga-nos", "entre no canal", "entre no nosso canal", "baixe o app", "baixe o aplicativo", "baixe nosso aplicativo",
			"ative as notificacoes", "faca login", "cadastre-se", "apoie o jornalismo", "conteudo exclusivo para assinantes", "ja e assinante", "exclusivo para assinantes"},
		Follows:     []string{"seguir", "seguir no", "siga", "siga no", "siga-nos", "siga-nos no"},
		Embeds:      []string{"carregando conteudo", "carregando video", "ver esta publicacao no instagram", "uma publicacao compartilhada por", "conteudo incorporado", "assista ao video", "ver galeria"},
		Related:     []string{"leia tambem", "leia mais", "veja tambem", "veja mais", "saiba mais", "relacionadas", "relacionado", "noticias relacionadas", "recomendado", "voce pode gostar", "pode te interessar", "mais lidas", "mais noticias"},
		Labels:      []string{"publicidade", "anuncio", "conteudo patrocinado", "patrocinado", "continua apos a publicidade", "continua depois da publicidade", "continua apos o anuncio", "compartilhar", "compartilhe", "copiar link", "link copiado", "imprimir", "comentarios", "salvar", "ouvir", "ouca", "ouvir noticia", "ver pdf", "fechar", "menu", "buscar", "voltar ao topo", "topicos", "mais", "ao vivo", "urgente", "exclusivo", "opiniao", "analise"},
		Tags:        []string{"tags", "topicos", "assuntos", "temas", "palavras-chave", "mais sobre"},
		Breadcrumbs: []string{"inicio", "pagina inicial", "home", "capa"},
		Cookies:     []string{"aceitar", "aceito", "utilizamos", "usamos", "este site", "navegacao", "navegando", "politica de cookies", "politica de privacidade", "configurar", "consentimento", "experiencia"},
		AgencyLeads: []string{"com informacoes de", "com informacoes da", "com informacoes do", "fonte", "fontes", "com agencias", "agencias"},
		Rights:      []string{"todos os direitos reservados", "direitos reservados", "proibida a reproducao"},
		Comments:    []string{"deixe seu comentario", "deixe o seu comentario", "comentarios encerrados", "comentarios estao fechados", "comentarios deste conteudo"},
		RightsCues:  []string{"sem autorizacao", "sem permissao", "propriedade intelectual", "direitos reservados"},
		Connectives: []string{"a", "ao", "aos", "as", "com", "contra", "da", "das", "de", "do", "dos", "e", "em", "entre", "na", "nas", "no", "nos", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "que", "sem", "sob", "sobre", "seu", "sua", "seus", "suas", "um", "uma", "uns", "umas", "mas", "como", "quando", "onde", "porque", "embora", "enquanto"},
	},
}

// DebrisOf returns the debris words of a language, falling back to Default.
func DebrisOf(code string) *Debris {
	if d, ok := debris[code]; ok {
		return d
	}
	return debris[Default]
}

// DebrisLanguages lists the languages that have debris words, so a cleaner
// can also catch page furniture left in another language (English share
// buttons on a Spanish page).
func DebrisLanguages() []string { return []string{"es", "en", "pt"} }

// NameParticles are the lower-case words a personal name may hold between
// its capitalised parts ("María de los Ángeles", "Ludwig van Beethoven").
var NameParticles = []string{"de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "der", "den", "di", "du", "le", "e", "and", "bin", "ibn", "al", "el", "mc", "st"}
