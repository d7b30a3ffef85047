package lang

// detectWords are each candidate language's commonest function words, the
// strongest evidence a language detector has on a sentence or more. They
// are added to the word model of the detector (see Detect) on top of the
// sample texts in langid/, so that every one of them is known even when the
// samples happen not to use it. A word shared by several languages counts
// for each; the character model breaks such ties.
var detectWords = map[string]string{
	"es": `el la los las de del que y en un una unos unas por con para se no es son su sus al lo le les
como más pero ya este esta estos estas ese esa entre cuando muy sin sobre también hasta donde desde
todo durante fue ha han había hay según dijo tras pues aunque nos ni ello eso así ahora sido ser
está están era porque qué cómo él ella ellos yo mi años año sólo solo además`,
	"pt": `o a os as de do da dos das que e em um uma uns umas para com não no na nos nas por se mais
como mas foi ao aos à às ele ela eles seu sua seus suas ou quando muito já também só pelo pela pelos
pelas até isso isto entre depois sem mesmo ter são está estão era disse após nem num numa esse essa
este esta foram tem há ser você eu ano anos ainda sobre`,
	"gl": `o a os as de do da dos das que e en un unha uns unhas para con non no na nos nas por se máis
como pero mais foi ao aos á ás el ela eles seu súa seus súas ou cando moi xa tamén só polo pola polos
polas ata iso isto entre despois sen mesmo ter son está están era dixo tras nin nun nunha ese esa este
esta foron ten hai ser eu ano anos aínda sobre cos coa porque segundo`,
	"ca": `el la els les de del dels que i en un una uns unes per amb no és són al als com més però
seu seva seus seves li ja aquest aquesta aquests aquestes entre quan molt sense sobre també fins on
des tot durant va van ha han hi ho ens segons perquè això aquí ara ser està estan era dir any anys
encara cap res jo ell ella ells d l s`,
	"fr": `le la les de des du que et en un une pour avec ne pas est sont son sa ses au aux ce cette ces
comme plus mais lui sur aussi dans qui il elle ils elles été être avoir fait après leur leurs nous
vous on par se sans entre où tout tous très y a ont était avait selon depuis encore déjà d l qu n s c`,
	"it": `il lo la i gli le di del dello della dei degli delle che e è in un uno una per con non suo
sua suoi sue al allo alla ai agli alle come più ma ha hanno sono anche dal dalla nel nella nei negli
questo questa questi tra fra quando molto senza sopra stato stata essere ancora dopo già se cui loro
così ci si era erano secondo anni anno l dell all`,
	"en": `the of and to in a is that for it on with as was at by he be this from have are or an they
which his has but not were their said been will would who its after also had she her we you there
can more when if about than into been could our up out so what no only other them these some`,
	"de": `der die das und in den von zu mit sich des auf für ist im dem nicht ein eine einen einem
als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie über so zum zur
war wurde haben wir ich aber oder vor nur sein seine ihre kann schon mehr bis durch gegen sagte`,
}
