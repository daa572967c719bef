"""Ordinary words of English, Dutch and French that are also first names or surnames.

A first name or surname written alone is taken for the person only when it is not
also an everyday word of the note's language: "will", "rose" or "bakker" in a note
are words, not people.  The lists are small on purpose: the most frequent words
(which a name rarely is) and the words known to double as names.  Written folded
(lower case, no accents), as :func:`roundtables.names.fold` compares them.
"""

from __future__ import annotations

_COMMON = """
a an and or but if of in on at to for by with from as is are was be it this that
"""

_EN = """
the a an and or but if then than so of in on at to for by with from as into onto
about over under after before between through during without within up down out off
is are was were be been being am do does did done have has had having will would shall
should can could may might must not no nor yes all any both each few more most other
some such only own same too very just also now here there when where why how what who
whom which whose this that these those i me my we us our you your he him his she her
it its they them their one two three four five six seven eight nine ten first last
new old good great high long little big small young white black green brown gray grey
red blue gold golden silver rose lily daisy ivy holly iris violet hazel olive pearl
ruby amber april may june august summer autumn winter spring will mark bill grant hope
faith joy grace dawn rich chase hunter cook baker smith miller carter mason cooper
turner walker fisher taylor porter parker page hall hill wood woods field fields park
lane bell moss rush price cost case lot best well king queen prince major earl duke
bishop pope saint frank art sky ray jack pat sue rob don bob gene guy nick sandy
rusty penny sunny chance victor justice honor honour noble wolf fox bird swan crow
drake hawk lamb bush stone rock brook rivers banks shore marsh ford bridge street
church castle tower mills burns sharp strong short tall wise wild love may sage basil
angel star storm rain snow north south east west day days night nights time times
said says say told tell team work works city town state house home room table tables
"""

_NL = """
de het een en of maar als dan dus want omdat van in op te aan met voor bij uit tot naar
over door om onder tussen na zonder tegen sinds tijdens is zijn was waren ben bent
wordt worden werd werden heeft hebben had hadden kan kunnen moet moeten zal zullen wil
willen mag mogen niet geen wel ook nog al alle deze dit die dat wat wie hoe waar
waarom ik mij me mijn wij we ons onze jij je jou jouw u uw hij hem zijn zij ze haar
hun hen het er hier daar nu toen zo heel veel meer minst meest goed nieuw groot
grote klein kleine jong jonge oud oude wit witte zwart zwarte groen groene rood rode
blauw geel grijs bruin lang lange kort korte hoog laag rijk arm sterk zwak vroeg
laat bos bosch berg bergen beek dijk dam hoek hof kamp laan molen brug stad dorp
veld velden weg straat kerk toren huis huizen water zee meer haven bakker visser
smit smid boer kok koning keizer prins graaf paus koster schipper mulder molenaar
timmerman schouten wolf vos haan mol leeuw beer valk kraai duif zwaan roos lelie
iris hazel mei juni juli augustus winter zomer lente herfst dag nacht tijd jaar
week maand mens mensen tafel tafels werk team deel plan vrede vrij blij trouw
"""

_FR = """
le la les l un une des de du d et ou mais si donc car ni que qui quoi dont ou a au
aux en dans sur sous par pour avec sans chez entre vers contre selon depuis pendant
avant apres est sont etait etaient etre ete a ont avait avaient avoir fait faire peut
peuvent doit doivent va vont sera seront ne pas plus moins tres bien mal aussi encore
deja toujours jamais tout tous toute toutes meme autre autres ce cet cette ces son sa
ses leur leurs mon ma mes ton ta tes notre nos votre vos je tu il elle on nous vous
ils elles se lui y ici la ou quand comment pourquoi un deux trois quatre cinq six
grand grande grands petit petite petits gros bon bonne beau belle fort forte blanc
blanche noir noire rouge vert verte bleu brun gris roux jeune vieux vieil nouveau
nouvelle haut bas long longue court juste franc franche constant aime clair claire
rose fleur fleurs lys violette marguerite olive perle ambre pierre roche mont bois
champ champs pre lac riviere pont rue eglise chateau tour maison ville village mer
port roi reine prince comte duc pape eveque boulanger boucher meunier fournier
charpentier marchand berger pasteur loup renard lievre lion ours coq pigeon corbeau
faucon cygne avril mai juin aout ete hiver automne printemps jour nuit temps an
annee semaine mois gens table tables travail equipe partie plan paix libre
"""

_LISTS = {
    "en": frozenset((_COMMON + _EN).split()),
    "nl": frozenset((_COMMON + _NL).split()),
    "fr": frozenset((_COMMON + _FR).split()),
}


def ordinary_words(language: str) -> frozenset[str]:
    """The ordinary words of ``language`` (en, nl, fr; English for any other)."""
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return _LISTS.get(code, _LISTS["en"])
