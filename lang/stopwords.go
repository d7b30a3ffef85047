package lang

// Stopword lists after the Snowball project's, extended with forms news
// text uses often.

const spanishStop = `de la que el en y a los del se las por un para con no una su al lo como más
pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien
desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué
unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas
algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío mía míos mías
tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra
vuestros vuestras esos esas estoy estás está estamos estáis están esté estés estemos estéis estén
estaré estarás estará estaremos estaréis estarán estaría estarías estaríamos estaríais estarían
estaba estabas estábamos estabais estaban estuve estuviste estuvo estuvimos estuvisteis estuvieron
he has ha hemos habéis han haya hayas hayamos hayáis hayan habré habrás habrá habremos habréis habrán
habría habrías habríamos habríais habrían había habías habíamos habíais habían hube hubiste hubo
hubimos hubisteis hubieron soy eres es somos sois son sea seas seamos seáis sean seré serás será
seremos seréis serán sería serías seríamos seríais serían era eras éramos erais eran fui fuiste fue
fuimos fuisteis fueron tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos tengáis tengan
tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos tendríais tendrían tenía
tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron ser haber tener hacer
cómo dónde cuándo cuál cuáles aquel aquella aquellos aquellas aquí allí ahí así luego pues tras
según mientras aunque sino incluso además cada misma mismo mismos mismas toda todas otro otros
dos tres sido siendo habiendo estado ello sí solo sólo ahora entonces tan tal tales cuyo cuya`

const englishStop = `i me my myself we our ours ourselves you your yours yourself yourselves he him
his himself she her hers herself it its itself they them their theirs themselves what which who whom
this that these those am is are was were be been being have has had having do does did doing a an
the and but if or because as until while of at by for with about against between into through
during before after above below to from up down in out on off over under again further then once
here there when where why how all any both each few more most other some such no nor not only own
same so than too very s t can will just don should now said says also would could may might must
shall one two three new mr mrs ms its it's`

const portugueseStop = `de a o que e do da em um para é com não uma os no se na por mais as dos como
mas foi ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso
ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num
nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas
este fosse dele tu te vocês vos lhes meus minhas teu tua teus tuas nosso nossa nossos nossas dela
delas esta estes estas aquele aquela aqueles aquelas isto aquilo estou está estamos estão estive
esteve estivemos estiveram estava estávamos estavam hei havemos hão houve houvemos houveram sou somos
são era éramos eram fui foi fomos foram seria seriam tenho tem temos tém tinha tínhamos tinham tive
teve tivemos tiveram disse segundo sobre após contra ainda`
